// Writing a file so that nothing is lost: a temporary file in the same folder, fsync, rename.
//
// rename(2) within one file system replaces the directory entry in one step, so a reader sees
// the old file or the new one. The data are made durable before the rename (fsync of the
// temporary) and the new entry after it (fsync of the folder, best effort: some file systems
// refuse it). Any failure before the rename removes the temporary and leaves the old file.
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <random>
#include <string>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "argmap/io.hpp"

namespace argmap::io {

namespace {

std::string reason(int err) { return std::strerror(err); }

/// The path a symbolic link chain ends at (the path itself when it is no link).
std::filesystem::path resolve_links(std::filesystem::path p) {
    for (int hops = 0; hops < 40; ++hops) {
        std::error_code ec;
        if (!std::filesystem::is_symlink(std::filesystem::symlink_status(p, ec)) || ec) return p;
        auto target = std::filesystem::read_symlink(p, ec);
        if (ec) return p;
        p = target.is_absolute() ? target : p.parent_path() / target;
    }
    return p;
}

/// Writes all of `bytes` to `fd`; false with errno set on failure.
bool write_all(int fd, std::string_view bytes) {
    const char* p = bytes.data();
    std::size_t left = bytes.size();
    while (left > 0) {
        const ssize_t k = ::write(fd, p, left);
        if (k < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        p += k;
        left -= static_cast<std::size_t>(k);
    }
    return true;
}

/// Something that is not a regular file (a device, a FIFO, /dev/stdout): written in place.
void write_in_place(const std::string& shown, const std::filesystem::path& p, std::string_view bytes) {
    const int fd = ::open(p.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
    if (fd < 0) throw WriteError(shown + ": cannot open for writing: " + reason(errno));
    if (!write_all(fd, bytes)) {
        const int err = errno;
        ::close(fd);
        throw WriteError(shown + ": cannot write: " + reason(err));
    }
    if (::close(fd) != 0) throw WriteError(shown + ": cannot write: " + reason(errno));
}

}  // namespace

void write_file_atomically(const std::string& path, std::string_view bytes) {
    if (path.empty()) throw WriteError("cannot write a file with an empty name");
    const std::filesystem::path target = resolve_links(path);
    struct stat st {};
    const bool exists = ::stat(target.c_str(), &st) == 0;
    if (exists && S_ISDIR(st.st_mode)) throw WriteError(path + ": is a directory");
    if (exists && !S_ISREG(st.st_mode)) return write_in_place(path, target, bytes);

    const std::filesystem::path folder = target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
    const std::string base = target.filename().string();
    // A hidden sibling with a random suffix; O_EXCL makes a clash an error, and we try another name.
    std::random_device rd;
    std::string temp;
    int fd = -1;
    for (int attempt = 0; attempt < 16 && fd < 0; ++attempt) {
        char suffix[16];
        std::snprintf(suffix, sizeof suffix, "%08x", static_cast<unsigned>(rd()));
        temp = (folder / ("." + base + ".tmp-" + suffix)).string();
        fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd < 0 && errno != EEXIST) break;
    }
    if (fd < 0) throw WriteError(path + ": cannot create a temporary file in " + folder.string() + ": " + reason(errno));

    auto fail = [&](const std::string& what, int err) {
        ::close(fd);
        ::unlink(temp.c_str());
        throw WriteError(path + ": " + what + ": " + reason(err));
    };
    if (exists) (void)::fchmod(fd, st.st_mode & 07777);  // keep the old file's mode; not fatal
    if (!write_all(fd, bytes)) fail("cannot write", errno);
    if (::fsync(fd) != 0 && errno != EINVAL && errno != EROFS) fail("cannot flush to disk", errno);
    if (::close(fd) != 0) {
        const int err = errno;
        ::unlink(temp.c_str());
        throw WriteError(path + ": cannot write: " + reason(err));
    }
    if (::rename(temp.c_str(), target.c_str()) != 0) {
        const int err = errno;
        ::unlink(temp.c_str());
        throw WriteError(path + ": cannot replace the file: " + reason(err));
    }
    // The rename itself made durable; a folder that cannot be opened or synced is no error.
    if (const int dfd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dfd >= 0) {
        (void)::fsync(dfd);
        ::close(dfd);
    }
}

}  // namespace argmap::io
