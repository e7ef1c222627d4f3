#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The user's part of editing-trial.sh: drives maestro-desktop (already started on the copy
of the quickstart) through AT-SPI and xdotool only, step by step, each step waiting for
what the window shows afterwards.
usage: drive_editing.py APP_PID NEW_PORT SHOT_DIR
Prints what it saw; screenshots of the key moments go to SHOT_DIR. Exit 1 on failure."""
import sys

import pyatspi

from trialatspi import (TrialError, cell, click, column_of, drag, center, enabled, find,
                        find_app, focus_window, key, log, main_guard, press, row_of, rows,
                        screenshot, text_of, type_text, wait_for)

VAR, VALUE = "TRIAL_VAR", "from-the-trial"


class Window:
    def __init__(self, pid):
        self.pid = pid
        self.app = find_app(pid)

    def title(self):
        return self.app.getChildAtIndex(0).name

    def dialog(self, predicate):
        """A top-level dialog of the app whose title satisfies predicate."""
        for i in range(self.app.childCount):
            child = self.app.getChildAtIndex(i)
            if child is not None and child.getRole() == pyatspi.ROLE_DIALOG \
                    and predicate(child.name):
                return child
        return None

    def wait_dialog(self, what, predicate):
        return wait_for(what, lambda: self.dialog(predicate))

    def table(self, role, name):
        # Cells are transient: look the view up again after every change.
        return find(self.app, role, name)

    def tree(self):
        return self.table(pyatspi.ROLE_TREE, "Environment")

    def instance_row(self, instance):
        tree = self.tree()
        row = row_of(tree, 0, instance)
        return rows(tree)[row] if row >= 0 else None

    def run_in_preview(self, title_part):
        preview = self.wait_dialog(f"the plan preview ({title_part})",
                                   lambda n: title_part in n and "Plan Preview" in n)
        steps = find(preview, pyatspi.ROLE_TREE, "Plan steps") \
            or find(preview, pyatspi.ROLE_TABLE, "Plan steps")
        plan = rows(steps)
        log(f"plan preview '{preview.name}': {plan}")
        press(find(preview, pyatspi.ROLE_PUSH_BUTTON, "Run"))
        wait_for("the preview to close", lambda: self.dialog(lambda n: n == preview.name) is None)
        return plan


def running(window, instance):
    row = window.instance_row(instance)
    return row if row and row[4].startswith("running") and row[5] == "passed" else None


def container_id(row):
    return row[3].split("·")[-1].split()[0] if "·" in row[3] else ""


def start_environment(w):
    toolbar = find(w.app, pyatspi.ROLE_TOOL_BAR, "Main toolbar")
    press(find(toolbar, pyatspi.ROLE_PUSH_BUTTON, "Start…"))  # nothing selected: everything
    w.run_in_preview("Start")
    for instance in ("redis-1", "web-1"):
        row = wait_for(f"{instance} running with its check passed",
                       lambda: running(w, instance), timeout=60)
        log(f"tree: {row}")
    return container_id(w.instance_row("web-1"))


def open_web_form(w):
    click(cell(w.tree(), row_of(w.tree(), 0, "web-1"), 0))
    tabs = find(w.app, pyatspi.ROLE_PAGE_TAB_LIST, "Details")
    click(find(tabs, pyatspi.ROLE_PAGE_TAB, "Edit"))
    wait_for("web-1's form", lambda: find(w.app, pyatspi.ROLE_LABEL,
                                          "Instance web-1 of service web"))


def edit_cell(view_cell, text, select_all=False):
    """Double-click opens the cell's editor; Return commits it."""
    click(view_cell, repeat=2)
    if select_all:
        key("ctrl+a")
    type_text(text)
    key("Return")


def change_port(w, new_port):
    ports = w.table(pyatspi.ROLE_TABLE, "ports")
    external = column_of(ports, "External")
    log(f"ports before: {rows(ports)[0]}")
    edit_cell(cell(ports, 0, external), new_port, select_all=True)
    row = wait_for("the new port in the form", lambda: rows(
        w.table(pyatspi.ROLE_TABLE, "ports"))[0] if cell(
            w.table(pyatspi.ROLE_TABLE, "ports"), 0, external).name == new_port else None)
    log(f"ports after: {row}")


def add_variable(w):
    env = w.table(pyatspi.ROLE_TABLE, "env")
    # The last row is the empty one for a new entry. A key commits the row on its own and
    # the form shows the new snapshot, so the value is a second edit of the new row.
    edit_cell(cell(env, env.queryTable().nRows - 1, 0), VAR)
    row = wait_for(f"{VAR} in the env table",
                   lambda: row_of(w.table(pyatspi.ROLE_TABLE, "env"), 0, VAR) + 1) - 1
    edit_cell(cell(w.table(pyatspi.ROLE_TABLE, "env"), row, 1), VALUE)
    wait_for(f"{VAR}={VALUE} in the env table",
             lambda: [VAR, VALUE] in rows(w.table(pyatspi.ROLE_TABLE, "env")))
    log(f"env: {rows(w.table(pyatspi.ROLE_TABLE, 'env'))}")


def wants_info_rows(w):
    """web's wants_info as the service form shows it (only when web is selected)."""
    table = w.table(pyatspi.ROLE_TABLE, "wants_info")
    return [r[0] for r in rows(table) if r[0]] if table else None


def graph_nodes(w):
    """The graph's service nodes (GraphAccessible), by name. A new layout replaces them."""
    graph = find(w.app, pyatspi.ROLE_FILLER, "Dependency graph")
    nodes = {}
    for i in range(graph.childCount):
        child = graph.getChildAtIndex(i)
        if child is not None and child.getRole() == pyatspi.ROLE_IMAGE:
            nodes[child.name] = child
    return nodes


def draw_dependency(w):
    nodes = graph_nodes(w)
    if set(nodes) != {"redis", "web"}:
        raise TrialError(f"the graph's accessible nodes are {sorted(nodes)}")
    # web already requires redis; Shift draws wants_info (web wants redis's address).
    drag(center(nodes["web"]), center(nodes["redis"]), modifier="shift")
    # The Edit dock follows the tree: grouped by service, web's row shows web's form.
    toolbar = find(w.app, pyatspi.ROLE_TOOL_BAR, "Main toolbar")
    click(find(toolbar, pyatspi.ROLE_CHECK_BOX, "Group by Service"))
    # A group row's accessible text names what it is: "Service web".
    wait_for("web's row in the tree", lambda: row_of(w.tree(), 0, "Service web") >= 0)
    click(cell(w.tree(), row_of(w.tree(), 0, "Service web"), 0))
    wait_for("web's form", lambda: find(w.app, pyatspi.ROLE_LABEL, "Service web"))
    wait_for("redis in web's wants_info", lambda: wants_info_rows(w) == ["redis"])
    log(f"web's wants_info after drawing: {wants_info_rows(w)}")


def undo(w):
    focus_window(w.pid)
    key("ctrl+z")
    wait_for("the drawn dependency undone", lambda: wants_info_rows(w) == [])
    log(f"web's wants_info after undo: {wants_info_rows(w)}")


def save_through_review(w, shots):
    focus_window(w.pid)
    key("ctrl+s")
    review = w.wait_dialog("Review changes", lambda n: n == "Review changes")
    log("review dialog:\n" + text_of(find(review, pyatspi.ROLE_TEXT, "Changes to save")))
    screenshot(f"{shots}/review.png")
    press(find(review, pyatspi.ROLE_PUSH_BUTTON, "Save the changes"))
    wait_for("the title without the unsaved mark", lambda: "*" not in w.title())
    log(f"saved; title: {w.title()}")


def apply_changes(w, old_id):
    wait_for("Apply Changes enabled (drift seen)", lambda: enabled(
        find(w.app, pyatspi.ROLE_MENU_ITEM, "Apply Changes…", only_showing=False)))
    focus_window(w.pid)
    key("ctrl+shift+a")
    plan = w.run_in_preview("Apply Changes")
    if [step[1] for step in plan] != ["web-1"]:
        raise TrialError(f"Apply Changes plans {plan}, expected web-1 alone")
    row = wait_for("web-1 re-created and running", lambda: (
        running(w, "web-1") if container_id(w.instance_row("web-1")) not in ("", old_id)
        else None), timeout=60)
    log(f"tree: {row} (container was {old_id})")
    redis = w.instance_row("redis-1")
    log(f"tree: {redis}")


def main():
    pid, new_port, shots = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    w = Window(pid)
    wait_for("the quickstart's instances in the tree", lambda: w.instance_row("web-1"))
    focus_window(pid)
    log("1. start the environment")
    old_id = start_environment(w)
    log(f"2. change web-1's host port to {new_port} in the Edit dock")
    open_web_form(w)
    change_port(w, new_port)
    log(f"3. add the environment variable {VAR}")
    add_variable(w)
    log("4. draw a dependency in the graph: Shift+drag from web onto redis")
    draw_dependency(w)
    log("5. undo one step")
    undo(w)
    log("6. save through the review")
    save_through_review(w, shots)
    log("7. Apply Changes and run it")
    apply_changes(w, old_id)
    screenshot(f"{shots}/applied.png")
    log("8. quit (Ctrl+Q): nothing is left to save or to run")
    focus_window(pid)
    key("ctrl+q")
    wait_for("the application to exit", lambda: has_exited(pid), timeout=30)


def has_exited(pid):
    # The app is the shell's child, so until the shell waits for it, it stays a zombie.
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] == "Z"
    except FileNotFoundError:
        return True


if __name__ == "__main__":
    main_guard(main)
