# SPDX-License-Identifier: GPL-3.0-or-later
"""Finding, reading and operating a Qt Widgets window from outside, as a user would:
AT-SPI (pyatspi) to find widgets, read them and learn where they are on the screen, and
xdotool to click, drag and type there (real input events through XTEST). No test hooks.
Pitfalls it follows are in the shared notes (gui-driving.md): a hung app gives empty
answers instead of errors (so everything polls with a timeout), cells are transient (query
again after a change), QPushButton's Press is asynchronous (poll for its effect), and there
is no window manager (focus with `xdotool windowfocus`).
Runs under Debian's /usr/bin/python3 (pyatspi is python3-pyatspi)."""
import subprocess
import sys
import time

import pyatspi
from gi.repository import GLib

# Views whose cells are children too: searching through them costs a round trip a cell.
_BIG = (pyatspi.ROLE_TREE, pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_LIST)


class TrialError(Exception):
    pass


def log(message):
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def wait_for(what, condition, timeout=20.0, interval=0.1):
    """condition() until it returns something true; its value. TrialError after timeout."""
    end = time.monotonic() + timeout
    while True:
        try:
            value = condition()
        except Exception:  # a widget went away under us (transient cells, closed dialogs)
            value = None
        if value:
            return value
        if time.monotonic() > end:
            raise TrialError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(interval)


def find_app(pid, timeout=20.0):
    def app():
        for a in pyatspi.Registry.getDesktop(0):
            if a is not None and a.get_process_id() == pid and a.childCount > 0:
                return a
        return None
    return wait_for(f"the app (pid {pid}) on the AT-SPI desktop", app, timeout)


def showing(acc):
    return acc.getState().contains(pyatspi.STATE_SHOWING)


def find_all(root, predicate, out=None, into_big=False):
    """Depth first; does not descend into trees, tables and lists unless into_big."""
    out = [] if out is None else out
    for i in range(max(root.childCount, 0)):
        child = root.getChildAtIndex(i)
        if child is None:
            continue
        if predicate(child):
            out.append(child)
        if into_big or child.getRole() not in _BIG:
            find_all(child, predicate, out, into_big)
    return out


def find(root, role, name=None, only_showing=True):
    hits = find_all(root, lambda a: a.getRole() == role
                    and (name is None or a.name == name)
                    and (not only_showing or showing(a)))
    return hits[0] if hits else None


def wait_find(root, role, name=None, timeout=20.0):
    return wait_for(f"{pyatspi.Role(role).value_nick if hasattr(pyatspi, 'Role') else role}"
                    f" {name!r}", lambda: find(root, role, name), timeout)


def center(acc):
    e = acc.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    if e.width <= 0 or e.height <= 0:
        raise TrialError(f"{acc.name!r} has no extent on the screen")
    return e.x + e.width // 2, e.y + e.height // 2


def press(acc):
    action = acc.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    if "Press" not in names:
        raise TrialError(f"{acc.name!r} cannot be pressed ({names})")
    return action.doAction(names.index("Press"))


def enabled(acc):
    return acc.getState().contains(pyatspi.STATE_ENABLED)


# --- tables and trees (Table interface: rows as displayed, a cell's text is its name) ---

def column_of(table, header):
    t = table.queryTable()
    for c in range(t.nColumns):
        h = t.getColumnHeader(c)
        if (h is not None and h.name == header) or t.getColumnDescription(c) == header:
            return c
    raise TrialError(f"table {table.name!r} has no column {header!r}")


def rows(table):
    t = table.queryTable()
    return [[t.getAccessibleAt(r, c).name for c in range(t.nColumns)] for r in range(t.nRows)]


def cell(table, row, column):
    return table.queryTable().getAccessibleAt(row, column)


def row_of(table, column, text):
    t = table.queryTable()
    for r in range(t.nRows):
        if t.getAccessibleAt(r, column).name == text:
            return r
    return -1


def text_of(acc):
    t = acc.queryText()
    return t.getText(0, t.characterCount)


# --- xdotool: real input at the places AT-SPI names ---

def xdo(*args):
    subprocess.run(["xdotool", *map(str, args)], check=True)


def focus_window(pid):
    """No window manager: windowfocus works where windowactivate does not (P5)."""
    out = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(pid)],
                         check=True, capture_output=True, text=True).stdout.split()
    xdo("windowfocus", "--sync", out[0])


def click(acc, button=1, repeat=1):
    x, y = center(acc)
    xdo("mousemove", "--sync", x, y)
    xdo("click", "--repeat", repeat, "--delay", 80, button)


def key(*keys):
    xdo("key", "--clearmodifiers", *keys)


def type_text(text):
    xdo("type", "--delay", 20, text)


def drag(start, end, modifier=None, steps=12):
    """Press at `start`, move in steps (so Qt sees a drag past its threshold), release at
    `end`, with `modifier` held throughout."""
    (x0, y0), (x1, y1) = start, end
    if modifier:
        xdo("keydown", modifier)
    try:
        xdo("mousemove", "--sync", x0, y0)
        xdo("mousedown", 1)
        for i in range(1, steps + 1):
            xdo("mousemove", "--sync", x0 + (x1 - x0) * i // steps, y0 + (y1 - y0) * i // steps)
            time.sleep(0.02)  # pacing for the app's event loop, not a wait for a result
        xdo("mouseup", 1)
    finally:
        if modifier:
            xdo("keyup", modifier)


def screenshot(path):
    subprocess.run(["import", "-window", "root", path], check=False)


def main_guard(run):
    try:
        run()
    except (TrialError, GLib.GError) as e:  # GError: an object gone from the app
        log(f"FAILED: {e}")
        sys.exit(1)
