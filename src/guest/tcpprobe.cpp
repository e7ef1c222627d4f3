// SPDX-License-Identifier: GPL-3.0-or-later
#include "tcpprobe.h"

#include <cerrno>
#include <cstring>
#include <poll.h>
#include <unistd.h>

namespace Maestro::Guest {

namespace {

// Closes the socket on every return path.
class SocketHandle
{
public:
    explicit SocketHandle(int fd)
        : m_fd(fd)
    {}
    ~SocketHandle()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    SocketHandle(const SocketHandle &) = delete;
    SocketHandle &operator=(const SocketHandle &) = delete;
    int fd() const { return m_fd; }

private:
    int m_fd;
};

} // namespace

std::optional<std::string> probeTcp(const SocketAddress &address, std::chrono::milliseconds limit)
{
    const SocketHandle socket(
        ::socket(address.storage.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0));
    if (socket.fd() < 0)
        return std::strerror(errno);
    if (::connect(socket.fd(), reinterpret_cast<const sockaddr *>(&address.storage), address.length)
        == 0)
        return std::nullopt;
    if (errno != EINPROGRESS)
        return std::strerror(errno);
    pollfd poller{socket.fd(), POLLOUT, 0};
    int ready = 0;
    do {
        ready = ::poll(&poller, 1, static_cast<int>(limit.count()));
    } while (ready < 0 && errno == EINTR);
    if (ready == 0)
        return "timed out";
    int error = 0;
    socklen_t length = sizeof error;
    if (ready < 0 || ::getsockopt(socket.fd(), SOL_SOCKET, SO_ERROR, &error, &length) != 0)
        return std::strerror(errno);
    if (error != 0)
        return std::strerror(error);
    return std::nullopt;
}

} // namespace Maestro::Guest
