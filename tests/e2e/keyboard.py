"""Drive a page with the keyboard alone (Tab, Shift+Tab, Enter, Space, arrows and typing), checking at
every step that what has focus is on screen and shows GOV.UK Frontend's focus state (WCAG 2.1.1, 2.4.7,
2.4.11)."""

# What has focus: a name a person would use for it, and whether it can be seen to have focus.
FOCUSED = """() => {
    const el = document.activeElement;
    if (!el || el === document.body) { return {name: '', role: 'body', visible: true, indicated: true, value: ''}; }
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    const label = el.labels && el.labels.length ? el.labels[0].innerText : '';
    const text = label || el.getAttribute('aria-label') || el.innerText || el.value || '';
    const name = text.replace(/\\s+/g, ' ').trim();
    const onScreen = box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < window.innerHeight
        && box.right > 0 && box.left < window.innerWidth;
    // GOV.UK Frontend's focus state: its yellow as an outline, a shadow or a background (on the label's
    // drawn box for radios and checkboxes). The browser's own thin ring does not count.
    const yellow = 'rgb(255, 221, 0)';
    const styles = [style];
    if (el.labels && el.labels.length && (el.type === 'radio' || el.type === 'checkbox')) {
        styles.push(getComputedStyle(el.labels[0], '::before'), getComputedStyle(el.labels[0], '::after'));
    }
    const indicated = styles.some(s => (s.outlineStyle !== 'none' && s.outlineColor === yellow)
        || s.boxShadow.includes(yellow) || s.backgroundColor === yellow);
    const role = el.getAttribute('role') || (el.tagName === 'INPUT' ? el.type : el.tagName.toLowerCase());
    return {name, role, visible: onScreen, indicated, value: el.value || ''};
}"""


class KeyboardOnly:
    """`keys.tab_to("Save and continue")` presses Tab until that has focus; every step is checked."""

    def __init__(self, page, max_presses: int = 120):
        self.page = page
        self.max_presses = max_presses
        self.steps: list[str] = []

    def focused(self) -> dict:
        return self.page.evaluate(FOCUSED)

    def press(self, key: str) -> dict:
        self.page.keyboard.press(key)
        now = self.focused()
        self.steps.append(f"{key} → {now['role']} ‘{now['name'][:50]}’")
        if now["role"] != "body":
            assert now["visible"], f"focus is off screen after {key}: {now}"
            assert now["indicated"], f"focus cannot be seen after {key}: {now}"
        return now

    def tab_to(self, name: str, *, role: str | None = None, starts: bool = False, backwards: bool = False) -> dict:
        """Tab (or Shift+Tab) until the element called `name` (or whose name `starts` with it) has focus."""
        for _ in range(self.max_presses):
            now = self.press("Shift+Tab" if backwards else "Tab")
            named = now["name"].startswith(name) if starts else now["name"] == name
            if named and (role is None or now["role"] == role):
                return now
        raise AssertionError(f"never reached ‘{name}’ by keyboard; last steps: {self.steps[-12:]}")

    def type(self, text: str) -> None:
        self.page.keyboard.type(text)

    def activate(self, key: str = "Enter") -> None:
        """Press Enter on a link or a button that opens another page, and wait for that page."""
        with self.page.expect_navigation():
            self.page.keyboard.press(key)
        self.steps.append(f"{key} → {self.page.url}")
