// SPDX-License-Identifier: GPL-3.0-or-later
// The one source of a precompiled header's owner target (cmake/PrecompiledHeaders.cmake):
// the target exists to build the header, which the other targets reuse.
