// SPDX-License-Identifier: GPL-3.0-or-later
#include "tcpprobe.h"

#include <cerrno>
#include <cstring>
#include <poll.h>
#include <sys/socket.h>
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

// Docker's userland proxy accepts on a published port as soon as the container runs, and
// closes the connection when the service behind it does not listen yet. A peer that hangs up
// within a moment is therefore not taken as ready; one that stays or speaks first is.
bool closedAtOnce(int fd)
{
    constexpr int SettleMilliseconds = 200;
    pollfd poller{fd, POLLIN | POLLRDHUP, 0};
    if (::poll(&poller, 1, SettleMilliseconds) <= 0)
        return false;
    char byte = 0;
    return (poller.revents & (POLLHUP | POLLERR | POLLRDHUP)) != 0
           || ::recv(fd, &byte, 1, MSG_PEEK) <= 0;
}

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
    return closedAtOnce(socket.fd()) ? std::optional<std::string>("closed the connection at once")
                                     : std::nullopt;
}

} // namespace Maestro::Guest
