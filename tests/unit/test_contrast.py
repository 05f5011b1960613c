"""Every colour pair the themes define meets WCAG AA (computed, not eyeballed).

Text: 4.5:1. Graphics that carry meaning (chart bars, lines, the target line, the focus frame,
control borders in high contrast): 3:1. Chart grid lines are decoration (the axis labels carry the
values) and are only required to be visible (1.3:1). Disabled controls are exempt (WCAG 1.4.3).
"""

from __future__ import annotations

import pytest

from iop_facilitator.ui import theme as themes

TEXT = 4.5
GRAPHIC = 3.0


def luminance(hex_colour: str) -> float:
    value = hex_colour.lstrip("#")
    channels = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_the_formula_matches_known_values() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)


def pairs(t: themes.Theme) -> list[tuple[str, str, str, float]]:
    """(what, foreground, background, minimum) for every pair the theme paints."""
    out = []
    for bg_name in ("window", "base", "alternate_base"):
        bg = getattr(t, bg_name)
        out.append((f"text on {bg_name}", t.text, bg, TEXT))
        out.append((f"link on {bg_name}", t.link, bg, TEXT))
        for tone, colour in t.tones.items():
            out.append((f"{tone} text on {bg_name}", colour, bg, TEXT))
        out.append((f"focus frame on {bg_name}", t.focus, bg, GRAPHIC))
    out.append(("placeholder on base", t.placeholder, t.base, TEXT))
    out.append(("button text", t.text, t.button, TEXT))
    out.append(("focus frame on button", t.focus, t.button, GRAPHIC))
    out.append(("selected text", t.highlighted_text, t.highlight, TEXT))
    out.append(("tooltip", t.tooltip_text, t.tooltip_base, TEXT))
    for level, colour in t.tints.items():
        out.append((f"text on {level} rows", t.tint_text, colour, TEXT))
    c = t.chart
    out += [
        ("chart text", c["ink"], c["base"], TEXT),
        ("chart letters on filled cells", c["on_fill"], c["fill"], TEXT),
        ("chart letters on pending bars", c["ink"], c["pending"], TEXT),
        ("chart letters on empty cells", c["ink"], c["none"], TEXT),
        ("chart bars and lines", c["fill"], c["base"], GRAPHIC),
        ("chart below-target bars", c["warn"], c["base"], GRAPHIC),
        ("chart target line", c["target"], c["base"], GRAPHIC),
        ("chart cell borders", c["ink"], c["base"], GRAPHIC),
        ("chart grid (decoration)", c["grid"], c["base"], 1.3),
    ]
    if t.name == "high_contrast":
        out.append(("control borders", t.frame, t.window, GRAPHIC))
    return out


@pytest.mark.parametrize("name", sorted(themes.THEMES))
def test_every_pair_meets_wcag_aa(name: str) -> None:
    theme = themes.THEMES[name]
    failing = [
        f"{what}: {fg} on {bg} is {contrast(fg, bg):.2f}:1, needs {minimum}:1"
        for what, fg, bg, minimum in pairs(theme)
        if contrast(fg, bg) < minimum
    ]
    assert not failing, "\n".join(failing)


@pytest.mark.parametrize("name", sorted(themes.THEMES))
def test_every_theme_defines_the_same_roles(name: str) -> None:
    theme = themes.THEMES[name]
    assert set(theme.tones) == set(themes.LIGHT.tones)
    assert set(theme.tints) == set(themes.TINT_LEVELS)
    assert set(theme.chart) == set(themes.LIGHT.chart)
    assert theme.chart["base"] == theme.base  # charts paint on the palette's base


def test_the_dark_themes_are_dark_and_the_light_one_light() -> None:
    assert luminance(themes.DARK.base) < 0.05 and luminance(themes.HIGH_CONTRAST.base) < 0.01
    assert luminance(themes.LIGHT.base) > 0.9
    assert contrast(themes.HIGH_CONTRAST.text, themes.HIGH_CONTRAST.base) >= 15
