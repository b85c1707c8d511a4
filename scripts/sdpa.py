# PyTorch SDPA (FlashAttention-2 and cuDNN backends) on the lent GPU, the
# same shapes as attnc's timed GPU cases: bf16, one sequence, H = 32,
# d = 128 (D sets another), causal. A quick subset of ../shared/anchors/gpu_anchors.py, run
# in the same call as attnc's TestGPU so that ratios come from one card.
import os, torch, torch.nn.functional as F
from torch.nn.attention import sdpa_kernel, SDPBackend
from triton.testing import do_bench
print(torch.__version__, torch.cuda.get_device_name(), flush=True)
H, D = 32, int(os.environ.get("D", "128"))
for N in [int(x) for x in os.environ.get("NS", "8192,32768").split(",")]:
    q, k, v = (torch.randn(1, H, N, D, device="cuda", dtype=torch.bfloat16) for _ in range(3))
    for name, be in [("sdpa-flash", SDPBackend.FLASH_ATTENTION), ("sdpa-cudnn", SDPBackend.CUDNN_ATTENTION)]:
        with sdpa_kernel(be):
            f = lambda: F.scaled_dot_product_attention(q, k, v, is_causal=True)
            f()
            big = N > 65536  # a launch of 0.25–0.45 s: fewer repetitions
            ms = do_bench(f, warmup=5 if big else 25, rep=30 if big else 100, return_mode="median")
            if os.environ.get("ORDER"):  # every launch in order, as TestGPU's ATTNC_GPU_TIMES: clocks that drop under load show as a trend
                ts = []
                for _ in range(11):
                    a, b = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
                    a.record()
                    f()
                    b.record()
                    b.synchronize()
                    ts.append(a.elapsed_time(b))
                print(f"{name} N={N}: launches in order (ms): " + " ".join(f"{t:.3f}" for t in ts[1:]), flush=True)
        print(f"{name} N={N}: median {ms:.3f} ms, {2*N*N*D*H/ms/1e9:.1f} TFLOP/s causal", flush=True)

    del q, k, v
