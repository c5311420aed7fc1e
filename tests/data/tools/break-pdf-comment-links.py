#!/usr/bin/env python3
"""Breaks the links of the review notes in one of Nianbao's review-copy PDFs, as damaged files do (#26.11):
the reply "已更正。" answers its page (/IRT to the page object), "甲回复。" and "乙回复。" answer each other
in a loop, and the note "标题不规范。" becomes a rectangle with a note (/Square). Uses qpdf's QDF form
and fix-qdf, so the result is a well-formed PDF whose notes alone are damaged.
"""
import re, subprocess, sys
src, out = sys.argv[1], sys.argv[2]
qdf = subprocess.run(['qpdf', '--qdf', '--object-streams=disable', src, '-'], capture_output=True, check=True).stdout
parts = re.split(rb'(?m)^(\d+) 0 obj\n', qdf)
head, objs = parts[0], {}
order = []
for i in range(1, len(parts), 2):
    objs[parts[i]] = parts[i + 1]
    order.append(parts[i])
def hexof(text):
    return b'<feff' + text.encode('utf-16-be').hex().encode() + b'>'
def find(text):
    for k, v in objs.items():
        if b'/Contents ' + hexof(text) in v:
            return k
    sys.exit('no note ' + text)
def irt(k, target):
    objs[k] = re.sub(rb'/IRT \d+ 0 R', b'/IRT ' + target + b' 0 R', objs[k])
reply = find('已更正。')
irt(reply, re.search(rb'/P (\d+) 0 R', objs[reply]).group(1))  # to its page
a, b = find('甲回复。'), find('乙回复。')
irt(a, b); irt(b, a)  # a loop of two replies
title = find('标题不规范。')
objs[title] = objs[title].replace(b'/Subtype /Text', b'/Subtype /Square')  # a rectangle with a note
body = head + b''.join(k + b' 0 obj\n' + objs[k] for k in order)
fixed = subprocess.run(['fix-qdf'], input=body, capture_output=True, check=True).stdout
open(out, 'wb').write(fixed)
