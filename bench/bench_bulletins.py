"""Benchmarks for the pure building blocks of the bulletin, the launch and the showcase: how well past
weekly updates are read back (against the hand-made readings in tests/data/bulletins/), and how long
the update reader, the workshop allocation, pictures and text take.

    .venv/bin/python -m bench.bench_bulletins
"""

import io
import random
import time

from bench.harness import measured, table


def _reading_figures() -> None:
    from tests.bulletins.expected import UPDATES, figures

    print("\nWeekly updates read back (entries compared in order with the expected readings):\n")
    rows = [
        [what, f"{right}/{total}", f"{right / total:.1%}" if total else "–"]
        for what, (right, total) in figures(UPDATES).items()
    ]
    print(table(["what", "right", "share"], rows))


def _reading_speed() -> None:
    from silverlinings.bulletins.parsing import MAX_CHARS, update_parse
    from tests.bulletins.expected import UPDATES, hard_pastes

    unit = "\n".join(path.read_text(encoding="utf-8") for path in UPDATES) + "\n"
    rows = []
    longest = max(UPDATES, key=lambda path: path.stat().st_size).read_text(encoding="utf-8")
    for label, text in [
        ("the longest update", longest),
        ("the largest paste allowed", unit * (MAX_CHARS // len(unit))),
        *((f"the largest paste of '{name}' lines", text) for name, text in hard_pastes().items()),
    ]:
        with measured() as result:
            update_parse(text)
        rows.append([label, f"{len(text):,}", f"{result['seconds'] * 1000:.0f} ms", f"{result['peak_mib']:.1f} MiB"])
    print("\nReading an update:\n")
    print(table(["paste", "characters", "time", "peak memory"], rows))


def _allocation_speed() -> None:
    from silverlinings.events.allocation import Registrant, Workshop, places_allocate

    rows = []
    for people in (1_000, 10_000):
        maker = random.Random(people)
        slots = [f"slot-{n}" for n in range(4)]
        workshops = [Workshop(f"{slot}-w{k}", slot, people // 25 + 10 * k) for slot in slots for k in range(6)]
        registrants = [
            Registrant(n, {slot: tuple(maker.sample([w.id for w in workshops if w.slot == slot], 4)) for slot in slots})
            for n in range(people)
        ]
        started = time.perf_counter()
        allocation = places_allocate(registrants=registrants, workshops=workshops, seed="bench")
        elapsed = time.perf_counter() - started
        first = sum(allocation.choice_counts(slot).get(1, 0) for slot in slots) / (4 * people)
        rows.append([f"{people:,} × 4 slots × 6 workshops", f"{elapsed * 1000:.0f} ms", f"{first:.0%}"])
    print("\nWorkshop allocation:\n")
    print(table(["registrants", "time", "first choices"], rows))


def _picture_speed() -> None:
    from PIL import Image

    from silverlinings.core.images import image_clean, image_variants

    # smooth colour with a little grain, closer to a photo than pure noise (which no encoder can shrink)
    grain = Image.effect_noise((4000, 3000), 12)
    scene = Image.merge("RGB", [Image.linear_gradient("L").resize((4000, 3000)), grain, grain.transpose(1)])
    photo = io.BytesIO()
    scene.save(photo, "JPEG", quality=90)
    rows = []
    for label, work in [("clean", image_clean), ("variants 320/640/1280, WebP and JPEG", image_variants)]:
        with measured() as result:
            work(photo.getvalue())
        rows.append([label, f"{result['seconds'] * 1000:.0f} ms", f"{result['peak_mib']:.0f} MiB"])
    print("\nA 4000 × 3000 photo (12 megapixels):\n")
    print(table(["step", "time", "peak memory"], rows))


def main() -> None:
    _reading_figures()
    _reading_speed()
    _allocation_speed()
    _picture_speed()


if __name__ == "__main__":
    main()
