# The ledger's kinds: each development file scored by models trained on the others (benchmarks/README.md, "Fine-tuning
# the sentence model on this machine: a probe"). commit_probe.py EPOCHS [FILE,FILE…]
import os, json, sys, time, numpy as np
import finetune as ft
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from scipy.sparse import hstack
KINDS=['commitment','claim','refusal','none']
base=os.environ['FT_REPO']+'/corpus/commitments/'
devs=['dev.jsonl']+[f'dev-{i}.jsonl' for i in range(2,9)]
data={f:[json.loads(l) for l in open(base+f)] for f in devs+['train-only.jsonl']}
EPOCHS=int(sys.argv[1]) if len(sys.argv)>1 else 3
folds=sys.argv[2].split(',') if len(sys.argv)>2 else devs
def finetune(train):
    return ft.finetune([r['text'] for r in train],[KINDS.index(r['kind']) for r in train],4,EPOCHS,96,class_weights=True)
def predict(enc,head,texts):
    return ft.predict(enc,head,texts,96,64)
def tfidf(train,test):
    w=TfidfVectorizer(ngram_range=(1,2),sublinear_tf=True,min_df=2,lowercase=True); c=TfidfVectorizer(analyzer='char_wb',ngram_range=(4,4),sublinear_tf=True,min_df=2)
    Xtr=hstack([w.fit_transform([r['text'] for r in train]),c.fit_transform([r['text'] for r in train])]).tocsr()
    Xte=hstack([w.transform([r['text'] for r in test]),c.transform([r['text'] for r in test])]).tocsr()
    lr=LogisticRegression(C=10,max_iter=3000,class_weight='balanced').fit(Xtr,[KINDS.index(r['kind']) for r in train])
    return lr.predict_proba(Xte)
def score(y,p):
    tp=sum(1 for a,b in zip(y,p) if a==b and a!=3); pp=sum(1 for b in p if b!=3); ll=sum(1 for a in y if a!=3)
    return tp/max(1,pp), tp/max(1,ll), ft.macro_f1(y,p,range(4))
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
