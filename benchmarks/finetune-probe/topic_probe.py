# The real statements of the training half held out by company (GroupKFold), the written paragraphs always trained on.
# topic_probe.py EPOCHS FOLDS
import os, sys, numpy as np
from sklearn.model_selection import GroupKFold
from topic_lib import written, real, LABELS, finetune, predict, tfidf, f1
EPOCHS=int(sys.argv[1]); FOLDS=int(sys.argv[2])
groups=[r['company'] for r in real]; Y=np.array([LABELS.index(r['label']) for r in real])
res={'ft':np.zeros(len(real),int),'tf':np.zeros(len(real),int),'mix':np.zeros(len(real),int)}
for k,(tr,te) in enumerate(GroupKFold(FOLDS).split(real,groups=groups)):
    train=written+[real[i] for i in tr]; test=[real[i] for i in te]
    enc,head=finetune(train,EPOCHS); Pf=predict(enc,head,[r['text'] for r in test]); Pt=tfidf(train,test)
    for n,P in (('ft',Pf),('tf',Pt),('mix',(Pf+Pt)/2)):
        res[n][te]=P.argmax(1); print(k,n,'acc %.3f'%np.mean(P.argmax(1)==Y[te]),flush=True)
np.save(os.environ['FT_WORK']+'/real-oof.npy',np.stack([res[n] for n in ('ft','tf','mix')]))
for n in res: print('POOLED',n,'acc %.3f macroF1 %.3f'%(np.mean(res[n]==Y),f1(list(Y),list(res[n]))))
