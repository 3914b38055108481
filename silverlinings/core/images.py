"""Pictures people upload: checked, cleaned of metadata and resized for the web, or refused with a message.

Nothing here trusts the file. Its size is checked first; its kind is read from its content (never
its name) and only JPEG, PNG, WebP and GIF are opened; the width and height come from the header and
are checked against `max_pixels` before a single pixel is decoded, so a small file that would unpack
to gigabytes (a decompression bomb) costs nothing. SVG is refused: it is a document that can carry
scripts and links, not a picture. Animated images are refused: movement that cannot be paused fails
WCAG 2.2.2, and every frame would need resizing.

The picture is turned the way its EXIF orientation says, then saved again from its pixels alone, so
EXIF (camera, time, GPS location), XMP, comments and colour profiles are all gone. Colours in another
profile (a CMYK print file, Adobe RGB) are converted to sRGB first.
"""

import io
import threading
from dataclasses import dataclass

MAX_BYTES = 10 * 1024 * 1024
MAX_PIXELS = 40_000_000
#: Widths of the copies made for pages, for `srcset`; a picture is never made wider than it is.
VARIANT_WIDTHS = (320, 640, 1280)
_OPENED = ["JPEG", "PNG", "WEBP", "GIF"]
_ACCEPTED = "a JPG, PNG or WebP"
#: The cleaned upload is kept at high quality and saved quickly (it is the source, not what pages load);
#: the copies for pages are smaller and worth the extra encoding time.
_SAVE_OPTIONS = {
    "JPEG": {"quality": 92},
    "PNG": {"compress_level": 6},
    "WEBP": {"quality": 90, "method": 2},
}
_VARIANT_OPTIONS = {
    "JPEG": {"quality": 82, "optimize": True, "progressive": True},
    "PNG": {"optimize": True},
    "WEBP": {"quality": 80, "method": 4},
}


class ImageRefused(Exception):
    """The picture cannot be used; `message` says why and what to do, in GOV.UK error style."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class CleanImage:
    data: bytes
    format: str  # JPEG, PNG or WEBP
    width: int
    height: int

    @property
    def content_type(self) -> str:
        return f"image/{self.format.lower()}"

    @property
    def extension(self) -> str:
        return {"JPEG": ".jpg", "PNG": ".png", "WEBP": ".webp"}[self.format]


def _file_size(size: int) -> str:
    """‘10MB’, ‘500KB’: how GOV.UK writes a file size limit."""
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.3g}MB"
    return f"{max(1, round(size / 1024))}KB"


def _looks_like_svg(head: bytes) -> bool:
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return b"<svg" in text or (text.startswith((b"<?xml", b"<!doctype svg", b"<!--")) and b"svg" in text)


def _refuse_by_size_and_kind(data: bytes, max_bytes: int) -> None:
    if not data:
        raise ImageRefused("The selected file is empty. Choose the picture again")
    if len(data) > max_bytes:
        raise ImageRefused(f"The selected file must be smaller than {_file_size(max_bytes)}")
    if _looks_like_svg(data[:2048]):
        raise ImageRefused(f"The selected file is an SVG, which cannot be used. Upload {_ACCEPTED} instead")


def _open(data: bytes):
    """The image with only its header read, or a refusal. Pixels are not decoded here."""
    from PIL import Image, UnidentifiedImageError

    try:
        image = Image.open(io.BytesIO(data), formats=_OPENED)
    except Image.DecompressionBombError as error:
        raise ImageRefused("The selected image has too many pixels. Make it smaller and upload it again") from error
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise ImageRefused(f"The selected file must be {_ACCEPTED}") from error
    return image


def _refuse_by_shape(image, max_pixels: int) -> None:
    width, height = image.size
    if width < 1 or height < 1:
        raise ImageRefused(f"The selected file must be {_ACCEPTED}")
    if width * height > max_pixels:
        raise ImageRefused(
            f"The selected image must have fewer than {max_pixels / 1_000_000:g} million pixels. "
            f"It is {width:,} by {height:,} pixels: make it smaller and upload it again"
        )
    if getattr(image, "is_animated", False) and getattr(image, "n_frames", 1) > 1:
        raise ImageRefused(f"The selected image is animated. Upload a still picture as {_ACCEPTED}")


_STRICT_LOADING = threading.Lock()


def _decoded(image):
    """Decode the pixels; a file cut short or damaged is refused rather than shown half grey.

    WeasyPrint switches Pillow's process-wide LOAD_TRUNCATED_IMAGES on when it is imported (as any
    PDF build does), which would pad a cut-off upload with grey: decode with it off, under a lock.
    """
    from PIL import ImageFile

    try:
        with _STRICT_LOADING:
            lenient, ImageFile.LOAD_TRUNCATED_IMAGES = ImageFile.LOAD_TRUNCATED_IMAGES, False
            try:
                image.load()
            finally:
                ImageFile.LOAD_TRUNCATED_IMAGES = lenient
    except (OSError, SyntaxError, ValueError) as error:
        raise ImageRefused(
            "The selected file is damaged or incomplete. Open it, save it again and upload the new copy"
        ) from error
    return image


def _to_srgb(image):
    """Pixels in sRGB (RGB or RGBA) whatever the file's colour model and profile, profile dropped."""
    from PIL import ImageCms

    profile = image.info.get("icc_profile")
    has_alpha = image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info)
    target = "RGBA" if has_alpha else "RGB"
    if profile and image.mode in ("RGB", "CMYK", "RGBA"):
        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(profile))
            srgb = ImageCms.createProfile("sRGB")
            mode = "RGBA" if image.mode == "RGBA" else "RGB"
            return ImageCms.profileToProfile(image, source, srgb, outputMode=mode)
        except (ImageCms.PyCMSError, OSError, ValueError):
            pass  # a broken profile: fall back to Pillow's own conversion below
    return image.convert(target) if image.mode != target else image


def _clean_pixels(image):
    from PIL import ImageOps

    try:
        upright = ImageOps.exif_transpose(image)
    except (OSError, SyntaxError, ValueError, KeyError, TypeError):
        upright = image  # EXIF too damaged to read an orientation from: keep the picture as it is stored
    pixels = _to_srgb(upright)
    pixels.info = {}
    return pixels


def _encode(pixels, format_: str, options=_SAVE_OPTIONS) -> bytes:
    out = io.BytesIO()
    pixels.save(out, format=format_, **options[format_])
    return out.getvalue()


def _has_transparency(pixels) -> bool:
    return pixels.mode == "RGBA" and pixels.getchannel("A").getextrema()[0] < 255


def _uploaded_pixels(data: bytes, max_bytes: int, max_pixels: int, at_least: int | None = None):
    """(upright sRGB pixels with no metadata, the upload's format), or ImageRefused.

    RGBA only when some pixel is see-through, so an opaque PNG can become a JPEG variant. With
    `at_least`, a JPEG may be decoded at 1/2, 1/4 or 1/8 of its size (much faster) as long as both
    sides stay at least that many pixels, so it is still as wide as any copy made from it, either way up.
    """
    _refuse_by_size_and_kind(data, max_bytes)
    image = _open(data)
    _refuse_by_shape(image, max_pixels)
    source_format = image.format
    if at_least and source_format == "JPEG":
        image.draft(None, (at_least, at_least))
    pixels = _clean_pixels(_decoded(image))
    if pixels.mode == "RGBA" and not _has_transparency(pixels):
        pixels = pixels.convert("RGB")
    return pixels, source_format


def image_clean(data: bytes, *, max_bytes: int = MAX_BYTES, max_pixels: int = MAX_PIXELS) -> CleanImage:
    """The picture saved again without metadata, upright, in sRGB, at its own size; or ImageRefused.

    JPEG and WebP stay JPEG and WebP; PNG and still GIF become PNG (lossless, transparency kept).
    """
    pixels, source_format = _uploaded_pixels(data, max_bytes, max_pixels)
    format_ = source_format if source_format in ("JPEG", "WEBP") else "PNG"
    return CleanImage(_encode(pixels, format_), format_, pixels.width, pixels.height)


@dataclass(frozen=True)
class ImageVariant:
    width: int
    height: int
    format: str  # WEBP, and JPEG (or PNG for a picture with transparency) for older browsers
    data: bytes


def _fallback_format(pixels) -> str:
    return "PNG" if _has_transparency(pixels) else "JPEG"


def image_variants(
    data: bytes, *, widths=VARIANT_WIDTHS, max_bytes: int = MAX_BYTES, max_pixels: int = MAX_PIXELS
) -> list[ImageVariant]:
    """Copies for pages at each of `widths` no wider than the picture (or one at its own width if it is
    narrower than them all), each as WebP and as JPEG (PNG when it has transparency)."""
    from PIL import Image

    pixels, _ = _uploaded_pixels(data, max_bytes, max_pixels, at_least=max(widths))
    sizes = sorted({width for width in widths if width <= pixels.width}, reverse=True) or [pixels.width]
    variants, source = [], pixels
    for width in sizes:  # widest first, each made from the one before: smaller work at every step
        height = max(1, round(pixels.height * width / pixels.width))
        if width != source.width:
            source = source.resize((width, height), Image.Resampling.LANCZOS, reducing_gap=3.0)
        for format_ in ("WEBP", _fallback_format(pixels)):
            variants.append(ImageVariant(width, height, format_, _encode(source, format_, _VARIANT_OPTIONS)))
    return sorted(variants, key=lambda variant: variant.width)
