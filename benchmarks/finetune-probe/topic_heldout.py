# Trained once on the topic model's data, scored on the paragraphs of dev10…dev14 (run.sh writes them). topic_heldout.py EPOCHS
import os, sys, glob, json, numpy as np, torch
from topic_lib import written, real, LABELS, finetune, predict, tfidf, f1
train=written+real
enc,head=finetune(train,int(sys.argv[1]))
torch.save({'enc':enc.state_dict(),'head':head.state_dict()},os.environ['FT_WORK']+'/topic-ft.pt')
for d in sorted(x for x in glob.glob(os.environ['FT_WORK']+'/heldout/dev*') if os.path.isdir(x)):
    test=[json.loads(l) for f in sorted(glob.glob(d+'/*.jsonl')) for l in open(f)]
    Y=np.array([LABELS.index(r['label']) for r in test])
    Pf=predict(enc,head,[r['text'] for r in test]); Pt=tfidf(train,test)
    np.save(d+'.ft.npy',Pf); np.save(d+'.tf.npy',Pt)
    for n,P in (('ft',Pf),('tf',Pt),('mix',(Pf+Pt)/2)):
        p=P.argmax(1); print(d.split('/')[-1],n,'acc %.3f macroF1 %.3f'%(np.mean(p==Y),f1(list(Y),list(p))),flush=True)
