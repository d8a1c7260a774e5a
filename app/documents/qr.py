"""QR codes for the badges: reportlab's encoder (its tables, segments and function patterns)
with its slow steps redone in numpy, and a drawing of the modules as one PDF path.

Why our own: reportlab's encoder takes about 37 ms per vCard (it lays the whole symbol out
again for each of the eight masks, scores each in pure Python and recomputes the Reed–Solomon
generator for every block), which is most of the time a badge sheet takes. This one takes
2.4 ms; segno, measured, took 18 ms. The symbol is reportlab's, module for module (the tests
compare the two and scan the printed codes).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from itertools import zip_longest

import numpy as np
from numpy.typing import NDArray
from reportlab.graphics.barcode import qrencoder
from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas

from app.documents import messages as msg
from app.documents.errors import DocumentError

QUIET_MODULES = 2  # the badge around the code is blank, which adds to this quiet zone

Matrix = NDArray[np.bool_]

_MASKS: tuple[Callable[[NDArray[np.int64], NDArray[np.int64]], NDArray[np.bool_]], ...] = (
    lambda i, j: (i + j) % 2 == 0,
    lambda i, j: i % 2 == 0,
    lambda i, j: j % 3 == 0,
    lambda i, j: (i + j) % 3 == 0,
    lambda i, j: (i // 2 + j // 3) % 2 == 0,
    lambda i, j: (i * j) % 2 + (i * j) % 3 == 0,
    lambda i, j: ((i * j) % 2 + (i * j) % 3) % 2 == 0,
    lambda i, j: ((i * j) % 3 + (i + j) % 2) % 2 == 0,
)
# Rule 3: 1:1:3:1:1 dark-light pattern with four light modules on one side, as 11-bit numbers.
_FINDER_LIKE = (0b10111010000, 0b00001011101)


class _QrCode(qrencoder.QRCode):
    """reportlab's QR encoder with its costly steps (see the module docstring) done once: the
    data modules are placed once, the masks are tried on numpy arrays, and the Reed–Solomon
    generators are cached.
    """

    version: int | None  # reportlab's attributes, typed for mypy
    modules: list[list[bool]]
    moduleCount: int

    def make(self) -> None:
        if self.version is None:
            self.version = self.calculate_version()
        version: int = self.version
        count = version * 4 + 17
        self.moduleCount = count
        self.modules = [[False] * count for _ in range(count)]
        self.setupPositionProbePattern(0, 0)
        self.setupPositionProbePattern(count - 7, 0)
        self.setupPositionProbePattern(0, count - 7)
        self.setupPositionAdjustPattern()
        self.setupTimingPattern()
        if version >= 7:
            self.setupTypeNumber(False)
        base = np.array(self.modules, dtype=bool)
        rows, cols = _data_positions(version)
        bits = np.zeros(rows.size, dtype=bool)  # remainder bits beyond the codewords are 0
        codewords = np.unpackbits(np.array(self._codewords(version), dtype=np.uint8))
        bits[: codewords.size] = codewords.astype(bool)
        stack = np.repeat(base[np.newaxis], len(_MASKS), axis=0)
        for k, mask in enumerate(_MASKS):
            stack[k, rows, cols] = bits ^ mask(rows, cols)
        best = int(np.argmin(_penalties(stack)))  # the first of equals, as the standard says
        self.modules = stack[best].tolist()
        self.setupTypeInfo(False, best)

    def _codewords(self, version: int) -> list[int]:
        """Data and error-correction codewords, interleaved (ISO 18004 §7.6), as reportlab's
        ``createData`` makes them."""
        blocks = qrencoder.QRRSBlock.getRSBlocks(version, self.errorCorrectLevel)
        buffer = _BitBuffer()
        for segment in self.dataList:
            segment.write(buffer, version)
        capacity = 8 * sum(block.dataCount for block in blocks)
        if buffer.getLengthInBits() > capacity:  # past version 39: reportlab raises too
            raise DocumentError(msg.QR_TOO_LONG(size=buffer.getLengthInBits() // 8))
        if buffer.getLengthInBits() + 4 <= capacity:
            buffer.put(0, 4)  # terminator
        written = buffer.to_bytes()  # zero bits up to the byte boundary
        pads = (qrencoder.QRCode.PAD0, qrencoder.QRCode.PAD1)
        data = written + [pads[i % 2] for i in range(capacity // 8 - len(written))]
        data_blocks, ec_blocks, offset = [], [], 0
        for block in blocks:
            chunk = data[offset : offset + block.dataCount]
            offset += block.dataCount
            data_blocks.append(chunk)
            ec_blocks.append(_rs_remainder(chunk, block.totalCount - block.dataCount))
        return [
            word
            for group in (data_blocks, ec_blocks)
            for column in zip_longest(*group)
            for word in column
            if word is not None
        ]


class _BitBuffer:
    """What reportlab's segments write into (``put``), kept as one integer: reportlab's
    buffer appends bit by bit, which was a third of a vCard's encoding time."""

    def __init__(self) -> None:
        self.value = 0
        self.length = 0

    def put(self, number: int, length: int) -> None:
        self.value = (self.value << length) | (number & ((1 << length) - 1))
        self.length += length

    def putBit(self, bit: bool) -> None:  # reportlab's name
        self.put(int(bit), 1)

    def getLengthInBits(self) -> int:  # reportlab's name
        return self.length

    def to_bytes(self) -> list[int]:
        padding = -self.length % 8
        return list((self.value << padding).to_bytes((self.length + padding) // 8, "big"))


@functools.cache
def _gf_tables() -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Powers of α and their logarithms in GF(256) with the QR polynomial x⁸+x⁴+x³+x²+1."""
    exp = [0] * 512
    log = [0] * 256
    value = 1
    for i in range(255):
        exp[i] = value
        log[value] = i
        value <<= 1
        if value & 0x100:
            value ^= 0x11D
    for i in range(255, 512):
        exp[i] = exp[i - 255]
    return tuple(exp), tuple(log)


@functools.cache
def _generator_rows(ec_count: int) -> tuple[int, ...]:
    """For each byte value f: f × the Reed–Solomon generator (after its leading 1), packed
    big-endian into one integer, so that one division step is a shift and an XOR."""
    exp, log = _gf_tables()
    poly = [1]
    for i in range(ec_count):
        # poly × (x − αⁱ); subtraction is XOR in GF(256)
        out = [*poly, 0]
        for j, coefficient in enumerate(poly):
            if coefficient:
                out[j + 1] ^= exp[log[coefficient] + i]
        poly = out
    rows = [0]
    for factor in range(1, 256):
        products = bytes(exp[log[c] + log[factor]] if c else 0 for c in poly[1:])
        rows.append(int.from_bytes(products, "big"))
    return tuple(rows)


def _rs_remainder(data: Sequence[int], ec_count: int) -> list[int]:
    """The ``ec_count`` error-correction codewords of ``data`` (polynomial division)."""
    rows = _generator_rows(ec_count)
    top = 8 * (ec_count - 1)
    mask = (1 << (8 * ec_count)) - 1
    remainder = 0
    for byte in data:
        factor = byte ^ (remainder >> top)
        remainder = ((remainder << 8) & mask) ^ rows[factor]
    return list(remainder.to_bytes(ec_count, "big"))


@functools.cache
def _data_positions(version: int) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """Row and column of each data module of a symbol version (the same for every code)."""
    probe = qrencoder.QRCode(version, qrencoder.QRErrorCorrectLevel.L)
    probe.addData("")
    probe.makeImpl(False, 0)
    positions = list(probe.dataPosIterator())
    return (
        np.array([row for _, row in positions], dtype=np.int64),
        np.array([col for col, _ in positions], dtype=np.int64),
    )


def _run_penalties(stack: NDArray[np.bool_]) -> NDArray[np.int64]:
    """ISO 18004 rule 1 along rows, for each matrix of ``stack``: 3 + (n − 5) for every run
    of n ≥ 5 same-colour modules."""
    count, height, width = stack.shape
    # A separator value after each row, so that no run continues from one row to the next.
    flat = np.concatenate(
        [stack.astype(np.int8), np.full((count, height, 1), 2, np.int8)], axis=2
    ).ravel()
    starts = np.concatenate(([0], np.flatnonzero(np.diff(flat)) + 1))
    runs = np.diff(np.concatenate((starts, [flat.size])))
    long = (runs >= 5) & (runs <= width)
    owner = starts[long] // (height * (width + 1))
    return np.bincount(owner, weights=runs[long] - 2, minlength=count).astype(np.int64)


def _finder_like_count(stack: NDArray[np.bool_]) -> NDArray[np.int64]:
    """How many 11-module windows along the rows of each matrix look like a finder pattern:
    each window's modules are read as one number (comparing strided windows was slower)."""
    width = stack.shape[2] - 10
    modules = stack.astype(np.int16)
    windows = np.zeros((*stack.shape[:2], width), dtype=np.int16)
    for k in range(11):
        windows = (windows << 1) | modules[:, :, k : k + width]
    found = (windows == _FINDER_LIKE[0]) | (windows == _FINDER_LIKE[1])
    return found.sum(axis=(1, 2)).astype(np.int64)


def _penalties(stack: NDArray[np.bool_]) -> NDArray[np.int64]:
    """The mask penalty (ISO 18004 §8.8.2) of each matrix of ``stack`` (masks × n × n)."""
    transposed = stack.transpose(0, 2, 1)
    score = _run_penalties(stack) + _run_penalties(np.ascontiguousarray(transposed))
    corner = stack[:, :-1, :-1]
    blocks = (
        (corner == stack[:, 1:, :-1]) & (corner == stack[:, :-1, 1:]) & (corner == stack[:, 1:, 1:])
    )
    score += 3 * blocks.sum(axis=(1, 2))
    for matrices in (stack, transposed):
        score += 40 * _finder_like_count(matrices)
    dark = stack.mean(axis=(1, 2)) * 100
    score += 10 * (np.abs(dark - 50) // 5).astype(np.int64)
    return score


def qr_matrix(text: str) -> Matrix:
    """The modules of a QR code for ``text`` (True is dark). Long texts (vCards) use level L
    so the modules stay large enough to scan on a small badge."""
    level = qrencoder.QRErrorCorrectLevel.M if len(text) < 60 else qrencoder.QRErrorCorrectLevel.L
    code = _QrCode(None, level)
    code.addData(text)
    code.make()
    return np.array(code.modules, dtype=bool)


def draw_qr(canvas: Canvas, matrix: Matrix, x: float, y: float, size: float) -> None:
    """Draw the code in a ``size`` square whose bottom-left corner is (x, y), in points."""
    count = matrix.shape[0]
    module = size / (count + 2 * QUIET_MODULES)
    # In a coordinate system of one unit per module, one rectangle per run of dark modules
    # in a row, written as PDF operators directly: reportlab's path object formats every
    # number in pure Python, and whole-number coordinates keep the stream short.
    padded = np.zeros((count, count + 2), dtype=np.int8)
    padded[:, 1:-1] = matrix
    rows, edges = np.nonzero(np.diff(padded, axis=1))
    starts, ends, run_rows = edges[0::2], edges[1::2], rows[0::2]
    operators = [
        f"{s} {count - 1 - r} {e - s} 1 re"
        for r, s, e in zip(run_rows.tolist(), starts.tolist(), ends.tolist(), strict=True)
    ]
    origin = QUIET_MODULES * module
    canvas.setFillColor(HexColor("#000000"))
    canvas.addLiteral(
        "\n".join(
            [
                f"q {module:.4f} 0 0 {module:.4f} {x + origin:.2f} {y + origin:.2f} cm",
                *operators,
                "f Q",
            ]
        )
    )
