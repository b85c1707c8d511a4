# PyTorch's decode paths at the shapes attnc bench times in
# scripts/gpu-decode.sh that ../shared/anchors/decode_anchors.py does not
# (batch 8 × 32K keys, the most `attnc bench` holds; GQA 32 query heads on
# 8 KV heads at 128K): SDPA's backends and FlexAttention decoding, bf16,
# d = 128, one query row per head, in the same call as attnc's rows.
import os, json, torch, torch.nn.functional as F
from torch.nn.attention import sdpa_kernel, SDPBackend
from torch.nn.attention.flex_attention import flex_attention
from triton.testing import do_bench
flex = torch.compile(flex_attention, dynamic=False)
rows = []
D = 128
for B, H, G, N in [(8, 32, 32, 32768), (1, 32, 8, 131072)]:
    q = torch.randn(B, H, 1, D, device="cuda", dtype=torch.bfloat16)
    k = torch.randn(B, G, N, D, device="cuda", dtype=torch.bfloat16)
    v = torch.randn(B, G, N, D, device="cuda", dtype=torch.bfloat16)
    gb = 2 * B * G * N * D * 2 / 1e9
    for name, be in [("sdpa-flash", SDPBackend.FLASH_ATTENTION), ("sdpa-efficient", SDPBackend.EFFICIENT_ATTENTION), ("sdpa-cudnn", SDPBackend.CUDNN_ATTENTION)]:
        try:
            with sdpa_kernel(be):
                f = lambda: F.scaled_dot_product_attention(q, k, v, enable_gqa=G != H)
                f(); ms = do_bench(f, warmup=10, rep=50, return_mode="median")
            r = dict(what=name, B=B, H=H, G=G, N=N, ms=ms, tbs=gb / ms)
        except Exception as e:
            r = dict(what=name, B=B, H=H, G=G, N=N, error=str(e)[:120])
        rows.append(r); print(r, flush=True)
    try:
        f = lambda: flex(q, k, v, enable_gqa=G != H)
        f(); ms = do_bench(f, warmup=10, rep=50, return_mode="median")
        r = dict(what="flex-decoding", B=B, H=H, G=G, N=N, ms=ms, tbs=gb / ms)
    except Exception as e:
        r = dict(what="flex-decoding", B=B, H=H, G=G, N=N, error=str(e)[:120])
    rows.append(r); print(r, flush=True)
    del q, k, v; torch.cuda.empty_cache()
json.dump(rows, open(os.path.join(os.environ.get("OUT", "/tmp"), "decode_peers.json"), "w"), indent=1)
