#!/usr/bin/env bash
# Builds the Central Asia map's history: the article as modelled, then one revision per file of
# this folder, each with the date of the event it records. The result is a native XML map with
# its <history> (argmap commit), from which the timelines in README.md are drawn.
#   usage: build-history.sh ARGMAP OUT.xml
set -euo pipefail
argmap=$1
out=$2
here=$(cd "$(dirname "$0")" && pwd)
rm -f "$out"
commit() { "$argmap" commit "$out" "$here/$1" -m "$3" --author "argmap developers" --date "$2" >/dev/null; }
# The article appeared in 2020; our copy gives no day, so its revisions carry 1 January 2020.
commit ../central-asia.argdown 2020-01-01 "Zogg's article as modelled (2020)"
commit 00-2020-article-forecasts.argdown 2020-01-01 "Mark the article's forecasts as predictions"
commit 01-2022-01-csto-in-kazakhstan.argdown 2022-01-07 "CSTO deployment in Kazakhstan; China backs Tokayev"
commit 02-2022-02-no-limits-statement.argdown 2022-02-04 "Joint statement: friendship without limits"
commit 03-2022-03-war-against-ukraine.argdown 2022-03-02 "Russia's war against Ukraine; Central Asia abstains at the UN"
commit 04-2022-06-no-recognition.argdown 2022-06-17 "Kazakhstan declines to recognise the Donbas republics"
commit 05-2022-09-samarkand-sco.argdown 2022-09-16 "Xi in Astana; SCO summit in Samarkand; Kyrgyz-Tajik fighting"
commit 06-2023-05-xian-summit.argdown 2023-05-19 "China-Central Asia summit in Xi'an; resolve 'Western wishful thinking'"
commit 07-2024-07-astana-sco.argdown 2024-07-04 "Russia leans on China; SCO summit in Astana"
