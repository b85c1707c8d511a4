# Dense causal attention's peers on the GPU (cuDNN and FlashAttention-2
# through SDPA), bf16, B = 1, H = 32, d = 128 — the two rows of
# ../shared/anchors/gpu_anchors.py that issue 14's ratios need, without
# its FlexAttention compiles (minutes at 131072). NS: the sizes.
import os
import torch
import torch.nn.functional as F
from torch.nn.attention import SDPBackend, sdpa_kernel
from triton.testing import do_bench

H, D = int(os.environ.get("H", "32")), int(os.environ.get("D", "128"))
print(torch.cuda.get_device_name(), "torch", torch.__version__, flush=True)
for N in [int(x) for x in os.environ.get("NS", "8192,32768,131072").split(",")]:
    q, k, v = (torch.randn(1, H, N, D, device="cuda", dtype=torch.bfloat16) for _ in range(3))
    for name, be in [("sdpa-cudnn", SDPBackend.CUDNN_ATTENTION), ("sdpa-flash", SDPBackend.FLASH_ATTENTION)]:
        with sdpa_kernel(be):
            f = lambda: F.scaled_dot_product_attention(q, k, v, is_causal=True)
            f()
            big = N > 65536
            ms = do_bench(f, warmup=5 if big else 25, rep=30 if big else 100, return_mode="median")
        tf = 4 * N * N * H * D / 2 / ms / 1e9
        print(f"{name:11s} N={N:6d} d={D} {ms:9.3f} ms {tf:6.0f} TFLOP/s", flush=True)
    del q, k, v
