// SPDX-License-Identifier: GPL-3.0-or-later
#include "supervisor.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/signalfd.h>
#include <sys/wait.h>
#include <unistd.h>

namespace Maestro::Guest {

namespace {

constexpr int ForwardedSignals[] = {SIGTERM, SIGINT, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2};

void writeAll(int fd, const char *data, std::size_t size)
{
    while (size > 0) {
        const ssize_t written = ::write(fd, data, size);
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return; // a full disk or a closed stdout must not stop the service
        data += written;
        size -= std::size_t(written);
    }
}

[[noreturn]] void execCommand(const std::vector<std::string> &command, const sigset_t &mask,
                              int outputFd)
{
    // The child starts as the command expects: nothing blocked, SIGPIPE not ignored (both
    // survive exec).
    ::sigprocmask(SIG_SETMASK, &mask, nullptr);
    ::signal(SIGPIPE, SIG_DFL);
    if (outputFd >= 0) {
        ::dup2(outputFd, STDOUT_FILENO);
        ::dup2(outputFd, STDERR_FILENO);
    }
    std::vector<char *> argv;
    for (const std::string &word : command)
        argv.push_back(const_cast<char *>(word.c_str()));
    argv.push_back(nullptr);
    ::execvp(argv[0], argv.data());
    const int error = errno;
    std::fprintf(stderr, "maestro-guest: cannot run %s: %s\n", argv[0], std::strerror(error));
    ::_exit(error == ENOENT ? 127 : 126);
}

int exitStatusOf(int status)
{
    return WIFSIGNALED(status) ? 128 + WTERMSIG(status) : WEXITSTATUS(status);
}

// The command's output, merged, to stdout and the log file. False at the end of the pipe.
bool copyOutput(int pipeFd, int logFd)
{
    char buffer[16384];
    const ssize_t size = ::read(pipeFd, buffer, sizeof buffer);
    if (size < 0)
        return errno == EINTR;
    writeAll(STDOUT_FILENO, buffer, std::size_t(size));
    writeAll(logFd, buffer, std::size_t(size));
    return size > 0;
}

class Supervision
{
public:
    Supervision(pid_t child, int signalFd, int pipeFd, int logFd)
        : m_child(child)
        , m_signalFd(signalFd)
        , m_pipeFd(pipeFd)
        , m_logFd(logFd)
    {}

    int run()
    {
        while (!m_childEnded) {
            pollfd fds[2] = {{m_signalFd, POLLIN, 0}, {m_pipeFd, POLLIN, 0}};
            if (::poll(fds, m_pipeFd >= 0 ? 2 : 1, -1) < 0)
                continue; // EINTR: nothing is handled by signal handlers here
            if (m_pipeFd >= 0 && fds[1].revents != 0 && !copyOutput(m_pipeFd, m_logFd))
                closePipe();
            if (fds[0].revents & POLLIN)
                handleSignals();
        }
        drainOutput();
        return exitStatusOf(m_childStatus);
    }

private:
    void handleSignals()
    {
        signalfd_siginfo info{};
        while (::read(m_signalFd, &info, sizeof info) == ssize_t(sizeof info)) {
            if (info.ssi_signo == SIGCHLD)
                reap();
            else if (!m_childEnded)
                ::kill(m_child, int(info.ssi_signo));
        }
    }

    // Standard signals do not queue: one SIGCHLD may stand for several ended children.
    void reap()
    {
        int status = 0;
        pid_t pid = 0;
        while ((pid = ::waitpid(-1, &status, WNOHANG)) > 0) {
            if (pid == m_child) {
                m_childEnded = true;
                m_childStatus = status;
            }
        }
    }

    // What the command wrote before it ended is in the pipe; orphans that keep the pipe
    // open are not waited for.
    void drainOutput()
    {
        if (m_pipeFd < 0)
            return;
        ::fcntl(m_pipeFd, F_SETFL, ::fcntl(m_pipeFd, F_GETFL) | O_NONBLOCK);
        while (copyOutput(m_pipeFd, m_logFd)) {
        }
        closePipe();
    }

    void closePipe()
    {
        ::close(m_pipeFd);
        m_pipeFd = -1;
    }

    pid_t m_child;
    int m_signalFd;
    int m_pipeFd;
    int m_logFd;
    bool m_childEnded = false;
    int m_childStatus = 0;
};

} // namespace

int supervise(const std::vector<std::string> &command, int logFd)
{
    sigset_t handled;
    sigemptyset(&handled);
    for (const int signal : ForwardedSignals)
        sigaddset(&handled, signal);
    sigaddset(&handled, SIGCHLD);
    // Blocked before the fork, so no signal is lost between it and the first poll; blocked
    // signals also reach a PID 1, which the kernel spares those it has no handler for.
    sigset_t original;
    ::sigprocmask(SIG_BLOCK, &handled, &original);
    ::signal(SIGPIPE, SIG_IGN);
    const int signalFd = ::signalfd(-1, &handled, SFD_CLOEXEC | SFD_NONBLOCK);
    ::prctl(PR_SET_CHILD_SUBREAPER, 1);

    int pipeFds[2] = {-1, -1};
    if (logFd >= 0 && ::pipe2(pipeFds, O_CLOEXEC) != 0) {
        std::perror("maestro-guest: pipe");
        return 1;
    }
    const pid_t child = ::fork();
    if (child < 0) {
        std::perror("maestro-guest: fork");
        return 1;
    }
    if (child == 0)
        execCommand(command, original, pipeFds[1]);
    if (pipeFds[1] >= 0)
        ::close(pipeFds[1]);
    return Supervision(child, signalFd, pipeFds[0], logFd).run();
}

} // namespace Maestro::Guest
