// SPDX-License-Identifier: GPL-3.0-or-later
#include "interrupts.h"

#include <atomic>
#include <csignal>

namespace Maestro::Cli {

namespace {

std::atomic<int> g_interrupts{0};

extern "C" void onInterrupt(int)
{
    g_interrupts.fetch_add(1, std::memory_order_relaxed);
}

} // namespace

void installInterruptCounter()
{
    struct sigaction action = {};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
}

int interruptCount()
{
    return g_interrupts.load(std::memory_order_relaxed);
}

} // namespace Maestro::Cli
