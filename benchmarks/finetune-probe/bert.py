import math, torch, torch.nn as nn, torch.nn.functional as F
class Layer(nn.Module):
    def __init__(s, d=384, h=12, ff=1536):
        super().__init__(); s.h=h
        s.q=nn.Linear(d,d); s.k=nn.Linear(d,d); s.v=nn.Linear(d,d); s.o=nn.Linear(d,d); s.ln1=nn.LayerNorm(d,eps=1e-12)
        s.i=nn.Linear(d,ff); s.out=nn.Linear(ff,d); s.ln2=nn.LayerNorm(d,eps=1e-12); s.drop=nn.Dropout(0.1)
    def forward(s, x, bias):
        B,T,D=x.shape; hd=D//s.h
        q=s.q(x).view(B,T,s.h,hd).transpose(1,2); k=s.k(x).view(B,T,s.h,hd).transpose(1,2); v=s.v(x).view(B,T,s.h,hd).transpose(1,2)
        a=(q@k.transpose(-1,-2))/math.sqrt(hd)+bias
        a=s.drop(a.softmax(-1))
        c=(a@v).transpose(1,2).reshape(B,T,D)
        x=s.ln1(x+s.drop(s.o(c)))
        return s.ln2(x+s.drop(s.out(F.gelu(s.i(x)))))
class MiniLM(nn.Module):
    def __init__(s, n_layers=6):
        super().__init__()
        s.word=nn.Embedding(30522,384); s.pos=nn.Embedding(512,384); s.tt=nn.Embedding(2,384); s.ln=nn.LayerNorm(384,eps=1e-12)
        s.layers=nn.ModuleList([Layer() for _ in range(n_layers)]); s.drop=nn.Dropout(0.1)
    def forward(s, ids, mask):
        T=ids.shape[1]
        x=s.ln(s.word(ids)+s.pos(torch.arange(T))[None]+s.tt(torch.zeros_like(ids)))
        x=s.drop(x)
        bias=(1.0-mask[:,None,None,:].float())*-1e4
        for l in s.layers: x=l(x,bias)
        m=mask[:,:,None].float()
        return (x*m).sum(1)/m.sum(1).clamp(min=1e-9)   # mean pooling
    def load_onnx(s, w):
        T=lambda a: torch.tensor(a)
        s.word.weight.data=T(w['embeddings.word_embeddings.weight']); s.pos.weight.data=T(w['embeddings.position_embeddings.weight'])
        s.tt.weight.data=T(w['embeddings.token_type_embeddings.weight']); s.ln.weight.data=T(w['embeddings.LayerNorm.weight']); s.ln.bias.data=T(w['embeddings.LayerNorm.bias'])
        for i,l in enumerate(s.layers):
            p=f'encoder.layer.{i}.'
            for mod,name in ((l.q,'attention.self.query'),(l.k,'attention.self.key'),(l.v,'attention.self.value'),(l.o,'attention.output.dense'),(l.i,'intermediate.dense'),(l.out,'output.dense')):
                mod.weight.data=T(w[p+name+'.weight']); mod.bias.data=T(w[p+name+'.bias'])
            l.ln1.weight.data=T(w[p+'attention.output.LayerNorm.weight']); l.ln1.bias.data=T(w[p+'attention.output.LayerNorm.bias'])
            l.ln2.weight.data=T(w[p+'output.LayerNorm.weight']); l.ln2.bias.data=T(w[p+'output.LayerNorm.bias'])
def batch(tok, texts, max_len=128):
    enc=[tok.encode(t,max_len) for t in texts]; L=max(len(e) for e in enc)
    ids=torch.zeros(len(enc),L,dtype=torch.long); mask=torch.zeros(len(enc),L,dtype=torch.long)
    for j,e in enumerate(enc): ids[j,:len(e)]=torch.tensor(e); mask[j,:len(e)]=1
    return ids,mask
