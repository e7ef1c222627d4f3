// SPDX-License-Identifier: GPL-3.0-or-later
// The floor of an in-process SSH client: libssh in blocking mode on one thread (no event
// loop, no thread hop, no JSON), one direct-streamlocal channel to the daemon's socket and
// sequential GET requests on it, with just enough HTTP framing to find each response's end.
// Compared with curl and with EngineClient by tests/bench/docker/sshfloor.sh.
//   bench_rawssh PORT KEY KNOWN_HOSTS DAEMON_SOCKET PATHS_FILE   (one request path a line)
// Prints the wall time of all requests in ms.
#include <libssh/libssh.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

namespace {
// True once `data` holds a whole response: Content-Length bytes after the head, or the end
// of a chunked body (Docker uses one or the other).
bool complete(std::string_view data)
{
    const size_t head = data.find("\r\n\r\n");
    if (head == std::string_view::npos)
        return false;
    const size_t length = data.substr(0, head).find("Content-Length: ");
    if (length != std::string_view::npos)
        return data.size() >= head + 4 + std::strtoul(data.data() + length + 16, nullptr, 10);
    return data.size() >= 5 && data.substr(data.size() - 5) == "0\r\n\r\n";
}
} // namespace

int main(int argc, char **argv)
{
    if (argc != 6) {
        std::fprintf(stderr, "usage: bench_rawssh PORT KEY KNOWN_HOSTS DAEMON_SOCKET PATHS_FILE\n");
        return 2;
    }
    ssh_session session = ssh_new();
    unsigned int port = unsigned(std::atoi(argv[1]));
    int one = 1;
    // The options SshSession uses, so that only the I/O model differs.
    ssh_options_set(session, SSH_OPTIONS_HOST, "127.0.0.1");
    ssh_options_set(session, SSH_OPTIONS_PORT, &port);
    ssh_options_set(session, SSH_OPTIONS_USER, "root");
    ssh_options_set(session, SSH_OPTIONS_KNOWNHOSTS, argv[3]);
    ssh_options_set(session, SSH_OPTIONS_NODELAY, &one);
    ssh_options_set(session, SSH_OPTIONS_CIPHERS_C_S, "aes128-gcm@openssh.com");
    ssh_options_set(session, SSH_OPTIONS_CIPHERS_S_C, "aes128-gcm@openssh.com");
    ssh_options_set(session, SSH_OPTIONS_COMPRESSION, "no");
    ssh_key key = nullptr;
    if (ssh_connect(session) != SSH_OK || ssh_session_is_known_server(session) != SSH_KNOWN_HOSTS_OK
        || ssh_pki_import_privkey_file(argv[2], nullptr, nullptr, nullptr, &key) != SSH_OK
        || ssh_userauth_publickey(session, nullptr, key) != SSH_AUTH_SUCCESS) {
        std::fprintf(stderr, "ssh: %s\n", ssh_get_error(session));
        return 1;
    }
    ssh_channel channel = ssh_channel_new(session);
    if (ssh_channel_open_forward_unix(channel, argv[4], "127.0.0.1", 0) != SSH_OK) {
        std::fprintf(stderr, "channel: %s\n", ssh_get_error(session));
        return 1;
    }
    std::vector<std::string> paths;
    std::ifstream file(argv[5]);
    for (std::string line; std::getline(file, line);)
        paths.push_back(line);

    std::string response;
    std::vector<char> buffer(64 * 1024);
    const auto start = std::chrono::steady_clock::now();
    for (const std::string &path : paths) {
        const std::string request = "GET " + path + " HTTP/1.1\r\nHost: docker\r\n\r\n";
        ssh_channel_write(channel, request.data(), uint32_t(request.size()));
        response.clear();
        while (!complete(response)) {
            const int n = ssh_channel_read(channel, buffer.data(), uint32_t(buffer.size()), 0);
            if (n <= 0) {
                std::fprintf(stderr, "read: %s\n", ssh_get_error(session));
                return 1;
            }
            response.append(buffer.data(), size_t(n));
        }
        if (response.compare(0, 12, "HTTP/1.1 200") != 0) {
            std::fprintf(stderr, "%s: %.40s\n", path.c_str(), response.c_str());
            return 1;
        }
    }
    const std::chrono::duration<double, std::milli> elapsed
        = std::chrono::steady_clock::now() - start;
    std::printf("%.1f\n", elapsed.count());
    ssh_channel_free(channel);
    ssh_key_free(key);
    ssh_disconnect(session);
    ssh_free(session);
    return 0;
}
