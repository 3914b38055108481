"""Uploaded pictures: real files made here with Pillow (and one bomb made by hand), cleaned or refused."""

import io
import struct
import tracemalloc
import zlib

import pytest
from PIL import Image, ImageCms, ImageDraw
from PIL.PngImagePlugin import PngInfo

from silverlinings.core.images import ImageRefused, image_clean, image_variants

NOT_A_PICTURE = "The selected file must be a JPG, PNG or WebP"
GPS_IFD = 0x8825
ORIENTATION = 0x0112


def saved(image: Image.Image, format_: str, **options) -> bytes:
    out = io.BytesIO()
    image.save(out, format=format_, **options)
    return out.getvalue()


def halves(size=(80, 40), left=(200, 0, 0), right=(0, 0, 200)) -> Image.Image:
    """Left half one colour, right half another: which way up it ends is easy to check."""
    image = Image.new("RGB", size, right)
    ImageDraw.Draw(image).rectangle((0, 0, size[0] // 2 - 1, size[1] - 1), fill=left)
    return image


def near(pixel, expected, tolerance=12) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(pixel, expected, strict=True))


@pytest.fixture(scope="module")
def photo_with_location() -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x0110] = "PhoneModel 12"  # Model
    exif[0x9003] = "2020:11:13 10:15:00"  # DateTimeOriginal
    gps = exif.get_ifd(GPS_IFD)
    gps.update({1: "N", 2: (51.0, 30.0, 12.5), 3: "W", 4: (0.0, 7.0, 40.0)})
    return saved(halves((320, 240)), "JPEG", exif=exif.tobytes(), comment=b"taken at home", quality=90)


def png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


@pytest.fixture(scope="module")
def png_bomb() -> bytes:
    """8,000 by 8,000 grey pixels (64 MB once decoded) in a file of about 280 KB."""
    width = height = 8000
    compressor, block = zlib.compressobj(1), bytes(width + 1) * 100  # each row: filter byte, then pixels
    pixels = b"".join(compressor.compress(block) for _ in range(height // 100)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", header) + png_chunk(b"IDAT", pixels) + png_chunk(b"IEND", b"")


def test_gps_location_and_all_exif_are_gone(photo_with_location):
    source = Image.open(io.BytesIO(photo_with_location))
    assert source.getexif().get_ifd(GPS_IFD)[1] == "N"  # the test file really has a location
    assert b"PhoneModel" in photo_with_location and b"taken at home" in photo_with_location
    clean = image_clean(photo_with_location)
    assert (clean.format, clean.width, clean.height) == ("JPEG", 320, 240)
    assert (clean.content_type, clean.extension) == ("image/jpeg", ".jpg")
    reopened = Image.open(io.BytesIO(clean.data))
    assert dict(reopened.getexif()) == {}
    assert not {"exif", "comment", "icc_profile", "xmp"} & set(reopened.info)
    for trace in (b"Exif", b"PhoneMaker", b"PhoneModel", b"2020:11:13", b"taken at home"):
        assert trace not in clean.data
    assert near(reopened.getpixel((10, 10)), (200, 0, 0))


def test_orientation_is_applied_before_metadata_is_stripped():
    exif = Image.Exif()
    exif[ORIENTATION] = 6  # stored on its side: show it turned a quarter clockwise
    data = saved(halves((80, 40)), "JPEG", exif=exif.tobytes(), quality=95)
    clean = image_clean(data)
    assert (clean.width, clean.height) == (40, 80)
    upright = Image.open(io.BytesIO(clean.data))
    assert ORIENTATION not in upright.getexif()
    assert near(upright.getpixel((20, 10)), (200, 0, 0))  # the stored left half is now the top
    assert near(upright.getpixel((20, 70)), (0, 0, 200))


def test_png_bomb_is_refused_before_its_pixels_are_decoded(png_bomb):
    assert len(png_bomb) < 400_000
    assert Image.open(io.BytesIO(png_bomb)).size == (8000, 8000)
    tracemalloc.start()
    with pytest.raises(ImageRefused) as refused:
        image_clean(png_bomb)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert refused.value.message == (
        "The selected image must have fewer than 40 million pixels. "
        "It is 8,000 by 8,000 pixels: make it smaller and upload it again"
    )
    assert peak < 2_000_000  # decoding would need 64 MB


def test_header_claiming_huge_dimensions_is_refused_by_pillows_own_limit_too():
    header = struct.pack(">IIBBBBB", 100_000, 100_000, 8, 2, 0, 0, 0)
    data = b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", header) + png_chunk(b"IEND", b"")
    with pytest.raises(ImageRefused) as refused:
        image_clean(data, max_pixels=10**12)
    assert refused.value.message == "The selected image has too many pixels. Make it smaller and upload it again"


def test_pixel_limit_is_the_callers(photo_with_location):
    with pytest.raises(ImageRefused) as refused:
        image_clean(photo_with_location, max_pixels=50_000)
    assert refused.value.message == (
        "The selected image must have fewer than 0.05 million pixels. "
        "It is 320 by 240 pixels: make it smaller and upload it again"
    )


@pytest.mark.parametrize(
    "svg",
    [
        b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><circle r="4"/></svg>',
        b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>',
        b'\xef\xbb\xbf  <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x.dtd">\n<svg></svg>',
        b"<!-- drawn in a browser -->\n<svg></svg>",
    ],
)
def test_svg_is_refused(svg):
    with pytest.raises(ImageRefused) as refused:
        image_clean(svg)
    assert refused.value.message == (
        "The selected file is an SVG, which cannot be used. Upload a JPG, PNG or WebP instead"
    )


@pytest.mark.parametrize(
    "data",
    [
        b"Minutes of the network meeting, renamed minutes.png\n" * 20,
        b"%PDF-1.7\n1 0 obj <<>> endobj\n",
        b"GIF89a<script>alert(1)</script>",
        b"\x89PNG\r\n\x1a\n" + b"\x00" * 40,
        b"PK\x03\x04" + b"\x00" * 100,
    ],
)
def test_file_that_is_not_a_picture_is_refused(data):
    with pytest.raises(ImageRefused) as refused:
        image_clean(data)
    assert refused.value.message == NOT_A_PICTURE


@pytest.mark.parametrize("format_", ["BMP", "TIFF", "ICO"])
def test_picture_in_another_format_is_refused(format_):
    with pytest.raises(ImageRefused) as refused:
        image_clean(saved(halves((32, 32)), format_))
    assert refused.value.message == NOT_A_PICTURE


def test_truncated_jpeg_is_refused_as_damaged():
    noise = Image.effect_noise((300, 300), 80).convert("RGB")
    data = saved(noise, "JPEG", quality=95)
    with pytest.raises(ImageRefused) as refused:
        image_clean(data[: len(data) // 2])
    assert refused.value.message == (
        "The selected file is damaged or incomplete. Open it, save it again and upload the new copy"
    )


def test_empty_file_is_refused():
    with pytest.raises(ImageRefused) as refused:
        image_clean(b"")
    assert refused.value.message == "The selected file is empty. Choose the picture again"


@pytest.mark.parametrize(
    ("max_bytes", "words"), [(1000, "1KB"), (500 * 1024, "500KB"), (2 * 1024 * 1024, "2MB"), (1536 * 1024, "1.5MB")]
)
def test_oversized_file_is_refused_before_it_is_opened(max_bytes, words):
    data = b"\x89PNG\r\n\x1a\n" + b"\x00" * max_bytes  # too large, and not even a picture: size comes first
    with pytest.raises(ImageRefused) as refused:
        image_clean(data, max_bytes=max_bytes)
    assert refused.value.message == f"The selected file must be smaller than {words}"


def test_cmyk_jpeg_becomes_rgb():
    data = saved(Image.new("CMYK", (60, 40), (0, 255, 255, 0)), "JPEG", quality=95)
    assert Image.open(io.BytesIO(data)).mode == "CMYK"
    clean = image_clean(data)
    reopened = Image.open(io.BytesIO(clean.data))
    assert (clean.format, reopened.mode) == ("JPEG", "RGB")
    assert near(reopened.getpixel((30, 20)), (255, 0, 0))


def test_colour_profile_is_converted_and_dropped():
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    data = saved(halves(), "JPEG", icc_profile=profile, quality=95)
    clean = image_clean(data)
    reopened = Image.open(io.BytesIO(clean.data))
    assert "icc_profile" not in reopened.info
    assert near(reopened.getpixel((5, 5)), (200, 0, 0))


def test_png_with_transparency_keeps_it_and_loses_its_text():
    image = Image.new("RGBA", (100, 50), (0, 0, 0, 0))
    ImageDraw.Draw(image).rectangle((0, 0, 49, 49), fill=(0, 94, 165, 255))
    info = PngInfo()
    info.add_text("Author", "A. Person, 12 Acacia Avenue")
    clean = image_clean(saved(image, "PNG", pnginfo=info))
    reopened = Image.open(io.BytesIO(clean.data))
    assert (clean.format, reopened.mode, clean.width, clean.height) == ("PNG", "RGBA", 100, 50)
    assert reopened.getpixel((10, 10)) == (0, 94, 165, 255)
    assert reopened.getpixel((90, 10))[3] == 0
    assert b"Acacia" not in clean.data
    assert "Author" not in reopened.info


def test_opaque_png_and_still_gif_become_png_without_alpha():
    for format_ in ("PNG", "GIF"):
        clean = image_clean(saved(halves().convert("RGBA" if format_ == "PNG" else "P"), format_))
        assert clean.format == "PNG"
        assert Image.open(io.BytesIO(clean.data)).mode == "RGB"


def test_webp_stays_webp():
    clean = image_clean(saved(halves(), "WEBP", quality=90))
    assert (clean.format, clean.content_type, clean.extension) == ("WEBP", "image/webp", ".webp")


def test_animated_gif_is_refused():
    frames = [Image.new("RGB", (20, 20), colour) for colour in ((200, 0, 0), (0, 200, 0), (0, 0, 200))]
    data = saved(frames[0], "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)
    with pytest.raises(ImageRefused) as refused:
        image_clean(data)
    assert refused.value.message == "The selected image is animated. Upload a still picture as a JPG, PNG or WebP"


def test_variants_at_each_width_as_webp_and_jpeg(photo_with_location):
    wide = saved(halves((2000, 1000)), "JPEG", quality=90)
    variants = image_variants(wide)
    assert [(v.width, v.height, v.format) for v in variants] == [
        (320, 160, "WEBP"),
        (320, 160, "JPEG"),
        (640, 320, "WEBP"),
        (640, 320, "JPEG"),
        (1280, 640, "WEBP"),
        (1280, 640, "JPEG"),
    ]
    for variant in variants:
        reopened = Image.open(io.BytesIO(variant.data))
        assert (reopened.format, reopened.size) == (variant.format, (variant.width, variant.height))
        assert near(reopened.getpixel((5, 5)), (200, 0, 0))


def test_variants_never_enlarge_and_carry_no_location(photo_with_location):
    variants = image_variants(photo_with_location)
    assert [(v.width, v.height, v.format) for v in variants] == [(320, 240, "WEBP"), (320, 240, "JPEG")]
    assert all(b"Exif" not in v.data and b"PhoneModel" not in v.data for v in variants)
    small = image_variants(saved(halves((200, 100)), "PNG"))
    assert [(v.width, v.height, v.format) for v in small] == [(200, 100, "WEBP"), (200, 100, "JPEG")]


def test_variants_of_a_transparent_picture_are_webp_and_png():
    image = Image.new("RGBA", (700, 350), (0, 0, 0, 0))
    variants = image_variants(saved(image, "PNG"))
    assert [(v.width, v.format) for v in variants] == [(320, "WEBP"), (320, "PNG"), (640, "WEBP"), (640, "PNG")]
    assert Image.open(io.BytesIO(variants[1].data)).mode == "RGBA"


def test_variants_refuse_what_clean_refuses(png_bomb):
    with pytest.raises(ImageRefused):
        image_variants(png_bomb)


def test_truncated_jpeg_is_refused_even_after_weasyprint_is_imported():
    """WeasyPrint turns on Pillow's lenient loading for the whole process when it is imported."""
    import weasyprint  # noqa: F401
    from PIL import ImageFile

    assert ImageFile.LOAD_TRUNCATED_IMAGES is True
    test_truncated_jpeg_is_refused_as_damaged()
    assert ImageFile.LOAD_TRUNCATED_IMAGES is True
