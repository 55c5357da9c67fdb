#!/usr/bin/python3
"""Reads Empathy Desk's accessibility tree through AT-SPI, as a screen reader does, and checks that the
inbox, the conversation with its mood badges, the reply box and the actions are named and reachable with
the keyboard alone. Run by run-atspi-test.sh inside Xvfb and a D-Bus session with the AT-SPI bus."""
import os
import sys

import pyatspi
from gi.repository import GLib

INTERACTIVE = {'push button', 'check box', 'combo box', 'text', 'list', 'table', 'page tab',
               'radio button', 'toggle button', 'slider', 'spin button', 'menu item'}
problems = []


def fail(message):
    problems.append(message)
    print('FAIL:', message)


def state(node, which):
    try:
        return node.getState().contains(which)
    except Exception:
        return False


def walk(node, depth=0):
    if node is None or depth > 30:
        return
    yield node
    for i in range(node.childCount):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        # Item views have many rows; their cells are checked separately.
        if node.getRoleName() in ('list', 'table') and i > 40:
            break
        yield from walk(child, depth + 1)


def desk_alive():
    """False once the empathy-desk process (its pid in DESK_PID) has ended: no reason to wait on."""
    try:
        os.kill(int(os.environ['DESK_PID']), 0)
    except (KeyError, ValueError):
        return True
    except OSError:
        return False
    return True


def run_until(condition, seconds):
    """Runs the main loop, where AT-SPI delivers its events, until condition() holds or the time is up.
    Nothing sleeps: the loop wakes for each event (and once at the deadline); condition() is asked again
    after each one. Returns what condition() last answered."""
    context = GLib.MainContext.default()
    timed_out = [False]

    def time_up():
        timed_out[0] = True
        return False

    deadline = GLib.timeout_add(int(seconds * 1000), time_up)
    try:
        result = condition()
        while not result and not timed_out[0]:
            context.iteration(True)
            result = condition()
        return result
    finally:
        if not timed_out[0]:
            GLib.source_remove(deadline)


def wait_for(what, find, seconds=30):
    found = [None]

    def ready():
        found[0] = find()
        return found[0] is not None or not desk_alive()

    run_until(ready, seconds)
    if found[0] is not None:
        return found[0]
    fail(f'empathy-desk ended before {what} appeared' if not desk_alive() else f'{what} did not appear within {seconds} s')
    return None


def application():
    for app in pyatspi.Registry.getDesktop(0):
        if app is not None and app.name == 'empathy-desk':
            return app
    return None


def find(root, role, name=None):
    for node in walk(root):
        if node.getRoleName() == role and (name is None or node.name == name) and state(node, pyatspi.STATE_SHOWING):
            return node
    return None


# X key codes of the keys used (Xvfb's default evdev keymap).
RETURN, TAB, DOWN, CONTROL, ONE, THREE, EM, ESCAPE = 36, 23, 116, 37, 10, 12, 58, 9


# Where the keyboard focus is, as the focus events a screen reader listens to tell it; how many arrived.
last_focus = [None]
focus_events = [0]


def on_focus(event):
    if event.detail1:
        last_focus[0] = event.source
        focus_events[0] += 1


def on_anything(event):
    """Wakes the main loop: the tree changed, a window came or went (wait_for asks again)."""


pyatspi.Registry.registerEventListener(on_focus, 'object:state-changed:focused')
pyatspi.Registry.registerEventListener(on_anything, 'object:children-changed', 'window', 'object:state-changed:showing')


def after_keys(before, until):
    """Waits, at most five seconds, until the keys just sent moved the focus or, when the focus may already
    be where they lead, until `until()` holds."""
    run_until(lambda: focus_events[0] > before or (until is not None and until()), 5)


def focus_name():
    node = last_focus[0]
    try:
        return (node.getRoleName(), node.name) if node is not None else None
    except Exception:
        return None


def press(keycode, until=None):
    before = focus_events[0]
    pyatspi.Registry.generateKeyboardEvent(keycode, None, pyatspi.KEY_PRESSRELEASE)
    after_keys(before, until)


def chord(modifier, keycode, until=None):
    before = focus_events[0]
    pyatspi.Registry.generateKeyboardEvent(modifier, None, pyatspi.KEY_PRESS)
    pyatspi.Registry.generateKeyboardEvent(keycode, None, pyatspi.KEY_PRESSRELEASE)
    pyatspi.Registry.generateKeyboardEvent(modifier, None, pyatspi.KEY_RELEASE)
    after_keys(before, until)


def main():
    app = wait_for('the empathy-desk application on the AT-SPI bus', application)
    if app is None:
        return 1
    frame = wait_for('the main window', lambda: find(app, 'frame', 'Empathy Desk'))
    if frame is None:
        return 1
    inbox = find(frame, 'list', 'Inbox')
    if inbox is None or inbox.childCount == 0:
        fail('no list named "Inbox" with rows')
        return 1

    # The keyboard alone: Ctrl+1 goes to the inbox, Enter opens the conversation and puts the focus in the
    # reply box.
    def on_inbox():
        now = last_focus[0]
        return now is not None and (now.name == 'Inbox' or (now.parent is not None and now.parent.name == 'Inbox'))

    chord(CONTROL, ONE, on_inbox)
    if not on_inbox():
        fail(f'Ctrl+1 did not put the focus on the inbox but on {focus_name()}')
    press(RETURN)
    reply = wait_for('the reply box taking the focus after Enter',
                     lambda: (lambda r: r if r is not None and state(r, pyatspi.STATE_FOCUSED) else None)(
                         find(frame, 'text', 'Reply')), 10)

    # Everything a user can operate is named, and says what it is for.
    checked = 0
    for node in walk(frame):
        role = node.getRoleName()
        if role not in INTERACTIVE or not state(node, pyatspi.STATE_SHOWING):
            continue
        if role in ('list', 'list item') and node.parent is not None and node.parent.getRoleName() == 'combo box':
            continue  # a combo box's popup list, named by its combo
        checked += 1
        if not node.name.strip():
            fail(f'a {role} without a name (in {node.parent.getRoleName()} {node.parent.name!r})')
        if role in ('push button', 'check box', 'combo box', 'text') and not state(node, pyatspi.STATE_FOCUSABLE):
            fail(f'{role} {node.name!r} cannot take the keyboard focus')
        if role != 'list item' and not node.description.strip():
            fail(f'{role} {node.name!r} has no description (what it is for)')
    print(f'{checked} controls named')
    for name in ('Search', 'Reply', 'Send', 'Apologise', 'Templates', 'Resolve', 'Compensate…', 'Settings…',
                 'Shortcuts'):
        role = 'text' if name in ('Search', 'Reply') else 'push button'
        if find(frame, role, name) is None:
            fail(f'no {role} named {name!r}')

    # The inbox says each customer's mood in words, not only with a coloured badge.
    row = inbox.getChildAtIndex(0)
    print('first inbox row:', row.name)
    if 'mood' not in row.name:
        fail(f'the inbox row {row.name!r} does not tell the customer\'s mood')

    # The conversation's messages carry their mood badges as text a reader reads out.
    conversation = find(frame, 'text', 'Conversation') or find(frame, 'label', 'Conversation')
    if conversation is None:
        fail('no text named "Conversation"')
    else:
        thread = conversation.queryText().getText(0, -1)
        badges = [w for w in ('\u263a Positive', '\u2639 Negative', '\u25cb Neutral') if w in thread] + \
            [line for line in thread.splitlines() if any(s in line for s in '\u263a\u2639\u25cb')]
        print('badges read:', badges[:3])
        if not badges:
            fail('the conversation reads no mood badge')

    # Ctrl+M opens the correction of the latest customer message's mood as a menu; Down walks its items.
    chord(CONTROL, EM)
    press(DOWN)
    item = last_focus[0]
    print('after Ctrl+M, Down:', focus_name())
    if item is None or item.getRoleName() != 'menu item' or not any(
            word in item.name for word in ('Positive', 'Neutral', 'Negative')):
        fail(f'Ctrl+M did not open the mood correction menu (focus: {focus_name()})')
    elif item.parent is None or item.parent.name != 'Correct the mood':
        fail(f'the correction menu is named {item.parent and item.parent.name!r}')
    press(ESCAPE)

    # Tab goes on from the reply box; every stop is named.
    if reply is not None:
        chord(CONTROL, THREE, lambda: focus_name() == ('text', 'Reply'))  # "go to the reply box"
        if focus_name() != ('text', 'Reply'):
            fail(f'Ctrl+3 did not put the focus in the reply box but on {focus_name()}')
        stops = []
        for _ in range(8):
            press(TAB)
            stops.append(focus_name())
            if stops[-1] is None or not stops[-1][1].strip():
                fail(f'Tab reached an unnamed stop after {stops[:-1]}')
                break
        print('tab stops after the reply box:', stops)

    if problems:
        print(f'{len(problems)} accessibility problem(s)')
        return 1
    print('accessibility tree: inbox, conversation, badges and actions named and reachable')
    return 0


if __name__ == '__main__':
    sys.exit(main())
