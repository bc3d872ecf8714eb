// Inputs the fuzzer (fuzz/fuzz_readers.cpp) once crashed or tripped a sanitizer with, one
// directory per format under tests/data/fuzz/. Each must now do what the fuzz target demands:
// fail with a diagnostic and an empty map, or read into a map that native XML and JSON carry
// exactly (read, write, read back, compare equal).
#include <catch2/catch.hpp>

#include <argmap/io.hpp>

#include "round_trip.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

// Calls visit(format, path, content) for every file under root/FORMAT/; returns how many.
template <class Visit>
std::size_t for_each_file_by_format(const std::filesystem::path& root, Visit visit) {
    namespace fs = std::filesystem;
    std::size_t files = 0;
    for (const auto& dir : fs::directory_iterator(root)) {
        const auto format = argmap::io::parse_format(dir.path().filename().string());
        REQUIRE(format);  // directories are named after formats
        for (const auto& file : fs::directory_iterator(dir.path())) {
            INFO(file.path().string());
            std::ifstream in(file.path(), std::ios::binary);
            std::stringstream buf;
            buf << in.rdbuf();
            visit(*format, file.path().string(), buf.str());
            ++files;
        }
    }
    return files;
}

}  // namespace

TEST_CASE("inputs that once crashed a reader now fail cleanly or round-trip", "[fuzz]") {
    const std::filesystem::path root = ARGMAP_TEST_DATA "/fuzz";
    REQUIRE(std::filesystem::exists(root));
    const auto files = for_each_file_by_format(root, [](argmap::io::Format format, const std::string& path, const std::string& text) {
        argmap::ArgumentMap map;
        const auto r = argmap::io::read_map(text, format, map, path);
        if (!r) {
            CHECK(map.empty());
            CHECK_THAT(r.description(), Catch::Contains(path + ":"));
            return;
        }
        for (auto lossless : {argmap::io::Format::xml, argmap::io::Format::json}) {
            argmap::ArgumentMap back;
            const auto written = argmap::io::write_map(map, lossless);
            CHECK(argmap::io::read_map(written, lossless, back, "again"));
            CHECK(back == map);
        }
    });
    CHECK(files > 0);
}

// Maps the round-trip fuzzer (fuzz/fuzz_round_trip.cpp) once broke, one directory per format
// under tests/data/fuzz-round-trip/: each is read, written in every format and read back under
// the property of fuzz/round_trip.hpp.
TEST_CASE("maps that once broke a read-write-read round trip now survive it", "[fuzz]") {
    const std::filesystem::path root = ARGMAP_TEST_DATA "/fuzz-round-trip";
    REQUIRE(std::filesystem::exists(root));
    const auto files = for_each_file_by_format(root, [](argmap::io::Format format, const std::string& path, const std::string& text) {
        argmap::ArgumentMap map;
        REQUIRE(argmap::io::read_map(text, format, map, path));
        CHECK(argmap::fuzz::round_trip_failure(map).value_or("") == "");
    });
    CHECK(files > 0);
}
