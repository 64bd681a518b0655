"""What making a photo's renditions costs: time and peak memory per worker,
Pillow (what Dateline uses) against libvips (pyvips), from one 24-megapixel JPEG.

Each measurement runs in a fresh process, so its peak resident memory (the
RSS high-water mark, VmHWM) is its own; the figure quoted is that peak
less the process's RSS once the libraries are imported. In one run:

  (a) Pillow decoding the whole JPEG at full size: the baseline;
  (b) Dateline's renditions with Pillow (dateline.photos.services.make_renditions's
      recipe: the JPEG decoded straight to the scale the widest rendition
      needs, draft mode; 4 ratios × 6 widths × JPEG and WebP = 48 files);
  (c) the same recipe decoding at full size first (no draft mode);
  (d) the same 48 renditions with libvips (shrink-on-load, then crop and resize
      in memory), if pyvips is installed (`pip install -e ".[bench]"`);
  (e) one 1280-wide rendition encoded as JPEG, WebP and AVIF with Pillow:
      what AVIF would add, per rendition;
  (f) what an upload waits for before its row is written: the file checked
      (imaging.inspect, a whole decode at 1/8 scale) and its metadata read.

Figures are medians of several rounds, quoted as ratios to (a).

    python bench/photo_renditions.py [--rounds 3]
"""

import argparse
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

WIDTH, HEIGHT = 6000, 4000  # 24 megapixels, a common press camera's frame
WIDTHS = (320, 640, 960, 1280, 1600, 2048)
SHAPES = {"original": None, "16x9": (16, 9), "4x3": (4, 3), "1x1": (1, 1)}
FOCAL = (0.6, 0.4)


def make_jpeg(path):
    """A 24-megapixel JPEG shaped like a photo: broad areas and edges (noise
    at two coarse scales, upsampled) with a little grain, not a flat test
    card (too easy) nor pure noise (which no encoder meets in a photo)."""
    from PIL import Image

    def octave(divisor, sigma):
        return Image.effect_noise((WIDTH // divisor, HEIGHT // divisor), sigma).resize(
            (WIDTH, HEIGHT), Image.Resampling.BICUBIC
        )

    channels = []
    for _ in range(3):
        broad = Image.blend(octave(96, 80), octave(12, 40), 0.35)
        channels.append(Image.blend(broad, Image.effect_noise((WIDTH, HEIGHT), 10), 0.2))
    Image.merge("RGB", channels).save(path, "JPEG", quality=92)


def _status(field):
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def rss_kib():
    return _status("VmRSS")


def peak_kib():
    # The process's own high-water mark (VmHWM). getrusage's ru_maxrss is no
    # good here: Linux carries the parent's figure across fork and exec, so
    # every worker would report at least what the parent held.
    return _status("VmHWM")


# --- workers (each in its own process) --------------------------------------


def work_decode(path):
    from PIL import Image

    start = rss_kib()
    t = time.perf_counter()
    with Image.open(path) as image:
        image.load()
        size = image.size
    return {"seconds": time.perf_counter() - t, "peak_kib": peak_kib() - start, "size": size, "files": 0}


def _setup_django():
    scratch = tempfile.mkdtemp(prefix="dateline-photo-bench-")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dateline.settings")
    os.environ["DATELINE_DATA_DIR"] = scratch
    import django

    django.setup()


def work_pillow(path, draft=True):
    """Dateline's own recipe, on a stand-in Photo row (no database)."""
    _setup_django()
    from PIL import Image

    from dateline.photos import imaging
    from dateline.photos import renditions as cuts

    start = rss_kib()
    t = time.perf_counter()
    with open(path, "rb") as fp:
        image = imaging.open_image(fp, "image/jpeg")
        w, h = image.size
        scale = max(cuts.widths_for(cw)[-1] / cw for cw, _ in (cuts.crop_size(w, h, r) for r in cuts.RATIOS))
        frame = imaging.upright_srgb(image, min(1.0, scale) if draft else 1.0)
    rights = {"creator": "Kim Do-hoon", "credit_line": "Yonhap", "copyright_notice": "© Yonhap", "rights_usage": ""}
    files = total = 0
    for ratio, shape in SHAPES.items():
        cw, ch = cuts.crop_size(w, h, ratio)
        current = frame.crop(imaging.crop_box(frame.width, frame.height, shape, *FOCAL))
        for width in sorted(cuts.widths_for(cw), reverse=True):
            size = (width, max(1, round(ch * width / cw)))
            if current.size != size:
                current = current.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)
            for fmt in ("jpeg", "webp"):
                total += len(imaging.encode(current, fmt, rights))
                files += 1
    return {"seconds": time.perf_counter() - t, "peak_kib": peak_kib() - start, "files": files, "bytes": total}


def work_vips(path):
    import pyvips

    pyvips.cache_set_max(0)
    start = rss_kib()
    t = time.perf_counter()
    largest = max(min(WIDTHS[-1], w) / w for w in (WIDTH, round(HEIGHT * 16 / 9), round(HEIGHT * 4 / 3), HEIGHT))
    # Shrink-on-load to the scale the widest rendition needs (with the same
    # 5% slack Dateline allows Pillow), kept in memory for the crops.
    frame = pyvips.Image.thumbnail(path, round(WIDTH * largest * 0.95) + 1, height=100_000).copy_memory()
    fw, fh = frame.width, frame.height
    files = total = 0
    for shape in SHAPES.values():
        if shape is None:
            cw, ch = fw, fh
        else:
            rw, rh = shape
            cw, ch = (round(fh * rw / rh), fh) if fw * rh > fh * rw else (fw, round(fw * rh / rw))
        left = min(max(round(FOCAL[0] * fw - cw / 2), 0), fw - cw)
        top = min(max(round(FOCAL[1] * fh - ch / 2), 0), fh - ch)
        crop = frame.crop(left, top, cw, ch)
        full_width = cw * WIDTH / fw  # the crop's width in the original's pixels
        for width in [w for w in WIDTHS if w <= full_width] or [round(full_width)]:
            scaled = crop.resize(width / cw, kernel="lanczos3")
            for save in (
                lambda im: im.jpegsave_buffer(Q=82, interlace=True, keep="none"),
                lambda im: im.webpsave_buffer(Q=78, effort=4, keep="none"),
            ):
                total += len(save(scaled))
                files += 1
    return {"seconds": time.perf_counter() - t, "peak_kib": peak_kib() - start, "files": files, "bytes": total}


def work_encode(path):
    """One 1280-wide rendition in each format, encoded 5 times."""
    from PIL import Image

    with Image.open(path) as image:
        image.draft("RGB", (1500, 1000))
        frame = image.convert("RGB").resize((1280, 853), Image.Resampling.LANCZOS)
    out = {}
    for fmt, options in (
        ("JPEG", {"quality": 82, "progressive": True}),
        ("WEBP", {"quality": 78, "method": 4}),
        ("AVIF", {"quality": 60, "speed": 8}),
    ):
        times = []
        for _ in range(5):
            buffer = io.BytesIO()
            t = time.perf_counter()
            frame.save(buffer, fmt, **options)
            times.append(time.perf_counter() - t)
        out[fmt] = {"seconds": statistics.median(times), "bytes": len(buffer.getvalue())}
    return out


def work_accept(path):
    _setup_django()
    from dateline.photos import imaging, metadata

    data = Path(path).read_bytes()
    times = []
    for _ in range(5):
        t = time.perf_counter()
        imaging.inspect(data)
        metadata.read(data)
        times.append(time.perf_counter() - t)
    return {"seconds": statistics.median(times)}


WORKERS = {
    "accept": work_accept,
    "decode": work_decode,
    "pillow": lambda path: work_pillow(path, draft=True),
    "pillow-nodraft": lambda path: work_pillow(path, draft=False),
    "vips": work_vips,
    "encode": work_encode,
}


def in_process(mode, path):
    result = subprocess.run(
        [sys.executable, __file__, "--worker", mode, str(path)], capture_output=True, text=True, cwd=REPO
    )
    if result.returncode != 0:
        raise SystemExit(f"{mode} failed:\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--worker", nargs=2, metavar=("MODE", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        mode, path = args.worker
        print(json.dumps(WORKERS[mode](path)))
        return

    try:
        import pyvips  # noqa: F401

        modes = ["decode", "pillow", "pillow-nodraft", "vips"]
    except (ImportError, OSError):
        print('pyvips is not installed: (d) is skipped. Install it with: pip install -e ".[bench]"')
        modes = ["decode", "pillow", "pillow-nodraft"]

    with tempfile.TemporaryDirectory(prefix="dateline-photo-bench-") as scratch:
        path = Path(scratch) / "24mp.jpg"
        make_jpeg(path)
        print(f"source: {WIDTH} × {HEIGHT} JPEG, {path.stat().st_size / 1e6:.1f} MB; {args.rounds} rounds")
        runs = {mode: [] for mode in modes}
        for _ in range(args.rounds):
            for mode in modes:  # interleaved, so load on the machine hits each alike
                runs[mode].append(in_process(mode, path))
        encode = in_process("encode", path)
        accept = in_process("accept", path)

    def median(mode, key):
        return statistics.median(r[key] for r in runs[mode])

    base_s, base_mem = median("decode", "seconds"), median("decode", "peak_kib")
    labels = {
        "decode": "(a) Pillow, decode only (baseline)",
        "pillow": "(b) Pillow, draft mode (Dateline)",
        "pillow-nodraft": "(c) Pillow, full-size decode",
        "vips": "(d) libvips (pyvips)",
    }
    print(f"{'':38}{'seconds':>9}{'× (a)':>8}{'renditions/s':>14}{'peak MiB':>10}{'× (a)':>8}")
    results = {}
    for mode in modes:
        seconds, peak = median(mode, "seconds"), median(mode, "peak_kib")
        files = runs[mode][0]["files"]
        rate = files / seconds if files else 0
        results[mode] = {"seconds": seconds, "peak_kib": peak, "files": files, "per_second": rate}
        print(
            f"{labels[mode]:38}{seconds:>9.2f}{seconds / base_s:>8.2f}{(f'{rate:.1f}' if files else '-'):>14}"
            f"{peak / 1024:>10.0f}{peak / base_mem:>8.2f}"
        )
    jpeg = encode["JPEG"]
    print("\n(e) one 1280-wide rendition, Pillow:")
    for fmt, figures in encode.items():
        print(
            f"    {fmt:5} {figures['seconds'] * 1000:7.1f} ms ({figures['seconds'] / jpeg['seconds']:.1f}× JPEG)"
            f"  {figures['bytes'] / 1024:6.0f} KiB ({figures['bytes'] / jpeg['bytes']:.2f}× JPEG)"
        )
    print(f"\n(f) upload check and metadata: {accept['seconds'] * 1000:.0f} ms ({accept['seconds'] / base_s:.2f}× (a))")
    (REPO / "bench" / "out").mkdir(exist_ok=True)
    (REPO / "bench" / "out" / "photo_renditions.json").write_text(
        json.dumps({"results": results, "encode": encode, "accept": accept}, indent=2)
    )


if __name__ == "__main__":
    main()
