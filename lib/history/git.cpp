// Git as a revision store (libgit2): the versions of one file along the first-parent line of
// HEAD, like `git log --first-parent --follow FILE`, read straight from the object database.
//
// Walking back from HEAD, a commit is a revision when the file's blob differs from its first
// parent's. When the parent has no file at the current path, a rename is looked for in the
// tree diff (libgit2's similarity detection); without one the file was added there and the
// walk stops, so history before a deletion and re-addition is not followed. A merge counts
// when it changed the file relative to its first parent (the side branch's work arrives as the
// merge). Each version is parsed by its path's extension and the revisions are the operations
// between consecutive versions, so a history read from git is the same History as a stored one.
#include <git2.h>

#include <algorithm>
#include <ctime>
#include <filesystem>
#include <memory>

#include "argmap/history.hpp"

namespace argmap {

namespace {

// libgit2 is initialised for the duration of one read (calls nest; it counts).
struct Library {
    Library() { git_libgit2_init(); }
    ~Library() { git_libgit2_shutdown(); }
    Library(const Library&) = delete;
    Library& operator=(const Library&) = delete;
};

template <class T, void (*Free)(T*)>
struct Deleter {
    void operator()(T* p) const noexcept { Free(p); }
};
using Repository = std::unique_ptr<git_repository, Deleter<git_repository, git_repository_free>>;
using Commit = std::unique_ptr<git_commit, Deleter<git_commit, git_commit_free>>;
using Tree = std::unique_ptr<git_tree, Deleter<git_tree, git_tree_free>>;
using TreeEntry = std::unique_ptr<git_tree_entry, Deleter<git_tree_entry, git_tree_entry_free>>;
using Blob = std::unique_ptr<git_blob, Deleter<git_blob, git_blob_free>>;
using Diff = std::unique_ptr<git_diff, Deleter<git_diff, git_diff_free>>;

void check(int rc, const std::string& what) {
    if (rc >= 0) return;
    const git_error* e = git_error_last();
    throw HistoryError(what + ": " + (e && e->message ? e->message : "libgit2 error " + std::to_string(rc)));
}

std::string hex(const git_oid& oid) {
    char buf[GIT_OID_HEXSZ + 1];
    git_oid_tostr(buf, sizeof buf, &oid);
    return buf;
}

Tree tree_of(git_commit* c) {
    git_tree* t = nullptr;
    check(git_commit_tree(&t, c), "cannot read the tree of commit " + hex(*git_commit_id(c)));
    return Tree(t);
}

// The blob at `path` in `tree`, or nullopt when there is none (or it is not a file).
std::optional<git_oid> blob_at(git_tree* tree, const std::string& path) {
    git_tree_entry* e = nullptr;
    const int rc = git_tree_entry_bypath(&e, tree, path.c_str());
    if (rc == GIT_ENOTFOUND) return std::nullopt;
    check(rc, "cannot look up " + path);
    TreeEntry entry(e);
    if (git_tree_entry_type(e) != GIT_OBJECT_BLOB) return std::nullopt;
    return *git_tree_entry_id(e);
}

// The path `path` had in `parent` when the commit renamed it, or nullopt.
std::optional<std::string> renamed_from(git_repository* repo, git_tree* parent, git_tree* tree, const std::string& path) {
    git_diff* d = nullptr;
    check(git_diff_tree_to_tree(&d, repo, parent, tree, nullptr), "cannot diff trees");
    Diff diff(d);
    git_diff_find_options find{};  // the library's defaults, then renames on
    check(git_diff_find_options_init(&find, GIT_DIFF_FIND_OPTIONS_VERSION), "cannot set up rename detection");
    find.flags = GIT_DIFF_FIND_RENAMES;
    check(git_diff_find_similar(d, &find), "cannot find renames");
    for (std::size_t i = 0; i < git_diff_num_deltas(d); ++i) {
        const git_diff_delta* delta = git_diff_get_delta(d, i);
        if (delta->status == GIT_DELTA_RENAMED && path == delta->new_file.path) return std::string(delta->old_file.path);
    }
    return std::nullopt;
}

// "2024-05-01T10:00:00+02:00" (or "...Z") from a git signature time.
std::string iso_time(const git_time& t) {
    const std::time_t local = static_cast<std::time_t>(t.time + static_cast<git_time_t>(t.offset) * 60);
    std::tm tm{};
    gmtime_r(&local, &tm);
    char buf[40];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &tm);
    std::string out = buf;
    if (t.offset == 0) return out + "Z";
    const int off = t.offset < 0 ? -t.offset : t.offset;
    std::snprintf(buf, sizeof buf, "%c%02d:%02d", t.offset < 0 ? '-' : '+', off / 60, off % 60);
    return out + buf;
}

struct Version {
    Commit commit;
    std::string path;
    git_oid blob;
};

}  // namespace

History git_history(const std::string& path) {
    namespace fs = std::filesystem;
    Library library;
    std::error_code ec;
    const fs::path file = fs::absolute(path, ec);
    const fs::path dir = fs::weakly_canonical(file.parent_path(), ec);
    git_repository* r = nullptr;
    if (git_repository_open_ext(&r, dir.c_str(), 0, nullptr) < 0)
        throw HistoryError(path + ": not inside a git repository (" + (git_error_last() ? git_error_last()->message : "") + ")");
    Repository repo(r);
    const char* workdir = git_repository_workdir(r);
    if (!workdir) throw HistoryError(path + ": the repository is bare");
    const fs::path root = fs::weakly_canonical(workdir, ec);
    const std::string rel = (dir / file.filename()).lexically_relative(root).generic_string();
    if (rel.empty() || rel.starts_with("..")) throw HistoryError(path + ": not inside the repository's working tree " + root.string());

    git_oid head;
    if (git_reference_name_to_id(&head, r, "HEAD") < 0) throw HistoryError(path + ": the repository has no commits");
    git_commit* c = nullptr;
    check(git_commit_lookup(&c, r, &head), "cannot read HEAD");
    Commit commit(c);

    // Newest first: the commits that changed the file, along the first-parent line.
    std::vector<Version> versions;
    std::string current = rel;
    Tree tree = tree_of(commit.get());
    auto blob = blob_at(tree.get(), current);
    if (!blob) throw HistoryError(path + ": not in HEAD (" + rel + " is not committed)");
    while (true) {
        if (git_commit_parentcount(commit.get()) == 0) {
            versions.push_back({std::move(commit), current, *blob});
            break;
        }
        git_commit* p = nullptr;
        check(git_commit_parent(&p, commit.get(), 0), "cannot read the parent of " + hex(*git_commit_id(commit.get())));
        Commit parent(p);
        Tree ptree = tree_of(p);
        std::string parent_path = current;
        auto pblob = blob_at(ptree.get(), current);
        if (!pblob) {
            auto old = renamed_from(r, ptree.get(), tree.get(), current);
            if (!old) {  // added here
                versions.push_back({std::move(commit), current, *blob});
                break;
            }
            parent_path = *old;
            pblob = blob_at(ptree.get(), parent_path);
        }
        if (!pblob || git_oid_cmp(&*pblob, &*blob) != 0) versions.push_back({std::move(commit), current, *blob});
        commit = std::move(parent);
        tree = std::move(ptree);
        current = parent_path;
        blob = pblob;
        if (!blob) break;
    }
    std::reverse(versions.begin(), versions.end());

    History history;
    ArgumentMap previous;
    for (const Version& v : versions) {
        const std::string id = hex(*git_commit_id(v.commit.get()));
        const std::string where = id.substr(0, 10) + ":" + v.path;
        git_blob* b = nullptr;
        check(git_blob_lookup(&b, r, &v.blob), "cannot read " + where);
        Blob content(b);
        const std::string_view text(static_cast<const char*>(git_blob_rawcontent(b)), static_cast<std::size_t>(git_blob_rawsize(b)));
        const auto format = io::format_of(v.path);
        if (!format) throw HistoryError(where + ": unknown file extension");
        ArgumentMap map;
        if (auto res = io::read_map(text, *format, map, where); !res) throw HistoryError(res.description());
        Revision rev;
        rev.id = id;
        const git_signature* author = git_commit_author(v.commit.get());
        rev.author = author && author->name ? author->name : "";
        rev.timestamp = iso_time(author ? author->when : git_signature{}.when);
        rev.message = git_commit_message(v.commit.get()) ? git_commit_message(v.commit.get()) : "";
        while (!rev.message.empty() && (rev.message.back() == '\n' || rev.message.back() == '\r')) rev.message.pop_back();
        rev.operations = operations_between(previous, map);
        history.append(std::move(rev));
        previous = std::move(map);
    }
    return history;
}

}  // namespace argmap
