from tests.ui.test_accessibility import window, tab_chain, describe  # noqa
from PySide6.QtWidgets import QPushButton
def test_dump(window):
    sb = window.statusBar().findChildren(QPushButton)
    print(sb, describe(window.previousInFocusChain()))
    w = window.nextInFocusChain(); n=0
    while w is not window and n < 400:
        n+=1
        if isinstance(w, QPushButton) or "Today" in type(w).__name__: print(n, describe(w))
        w = w.nextInFocusChain()
