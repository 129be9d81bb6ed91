import unicodedata, re
class WordPiece:
    def __init__(self, vocab_path):
        words=[l.rstrip('\r\n') for l in open(vocab_path, encoding='utf-8')]
        self.vocab={w:i for i,w in enumerate(words)}
        self.unk=self.vocab['[UNK]']; self.cls=self.vocab['[CLS]']; self.sep=self.vocab['[SEP]']
        self.cache={}
    @staticmethod
    def _is_punct(ch):
        cp=ord(ch)
        if (33<=cp<=47) or (58<=cp<=64) or (91<=cp<=96) or (123<=cp<=126): return True
        return unicodedata.category(ch).startswith('P')
    def basic(self, text):
        out=[]
        text=''.join(c for c in text if not (ord(c)==0 or ord(c)==0xFFFD or unicodedata.category(c) in ('Cc','Cf')) or c in '\t\n\r')
        buf=[]
        for c in text:
            cp=ord(c)
            if (0x4E00<=cp<=0x9FFF): buf.append(' '+c+' ')
            else: buf.append(c)
        text=''.join(buf).lower()
        text=unicodedata.normalize('NFD',text)
        text=''.join(c for c in text if unicodedata.category(c)!='Mn')
        for w in text.split():
            cur=''
            for c in w:
                if self._is_punct(c):
                    if cur: out.append(cur); cur=''
                    out.append(c)
                else: cur+=c
            if cur: out.append(cur)
        return out
    def piece(self, w):
        if w in self.cache: return self.cache[w]
        if len(w)>100: r=[self.unk]
        else:
            r=[]; start=0
            while start<len(w):
                end=len(w); cur=None
                while start<end:
                    s=w[start:end]
                    if start>0: s='##'+s
                    if s in self.vocab: cur=self.vocab[s]; break
                    end-=1
                if cur is None: r=[self.unk]; break
                r.append(cur); start=end
        self.cache[w]=r; return r
    def encode(self, text, max_len=256):
        ids=[self.cls]
        for w in self.basic(text): ids.extend(self.piece(w))
        ids=ids[:max_len-1]+[self.sep]
        return ids
