"""The topics' probes' data and models: the shipped topic model's training data (written passages, the independent
development campaigns' paragraphs, the real statements' training half; not the translations), the fine-tuned model
and the tf-idf baseline over the 12 topics."""
import os, json, glob, numpy as np
import finetune as ft
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from scipy.sparse import hstack
root=os.environ['FT_REPO']+'/corpus/training/train/'
written=[json.loads(l) for f in sorted(glob.glob(root+'*.jsonl'))+sorted(glob.glob(root+'independent/*.jsonl')) for l in open(f)]
real=[json.loads(l) for f in sorted(glob.glob(root+'realworld/*.jsonl')) for l in open(f)]
LABELS=sorted(set(r['label'] for r in written))
def finetune(train, epochs):
    return ft.finetune([r['text'] for r in train],[LABELS.index(r['label']) for r in train],len(LABELS),epochs,128)
def predict(enc,head,texts):
    return ft.predict(enc,head,texts,128,32)
def tfidf(train,test):
    w=TfidfVectorizer(ngram_range=(1,2),sublinear_tf=True,min_df=2); c=TfidfVectorizer(analyzer='char_wb',ngram_range=(2,5),sublinear_tf=True,min_df=3)
    tr=[r['text'] for r in train]; te=[r['text'] for r in test]
    Xtr=hstack([w.fit_transform(tr),c.fit_transform(tr)]).tocsr(); Xte=hstack([w.transform(te),c.transform(te)]).tocsr()
    lr=LogisticRegression(C=10,max_iter=3000).fit(Xtr,[LABELS.index(r['label']) for r in train])
    P=np.zeros((len(te),len(LABELS))); P[:,lr.classes_]=lr.predict_proba(Xte); return P
def f1(y,p):
    return ft.macro_f1(y,p,set(y))
