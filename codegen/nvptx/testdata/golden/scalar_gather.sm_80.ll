; scalargather
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@scalargather_permute0_probe = internal addrspace(3) global [64 x float] undef, align 16
@scalargather_permute0_keys = internal addrspace(3) global [256 x i64] undef, align 16
@scalargather_permute0_flag = internal addrspace(3) global [2 x i32] undef, align 4
@scalargather_select2_x = internal addrspace(3) global [4096 x i32] undef, align 16
@scalargather_select2_c = internal addrspace(3) global [4096 x i32] undef, align 16
@scalargather_select2_cmpg = internal addrspace(3) global [128 x i32] undef, align 16
@scalargather_select2_cmpt = internal addrspace(3) global [128 x i32] undef, align 16
@scalargather_select2_hist = internal addrspace(3) global [256 x i32] undef, align 16
@scalargather_select2_hist2 = internal addrspace(3) global [256 x i32] undef, align 16
@scalargather_select2_red = internal addrspace(3) global [32 x float] undef, align 16
@scalargather_select2_scana = internal addrspace(3) global [8 x i32] undef, align 16
@scalargather_select2_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@scalargather_select2_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@scalargather_select2_sel = internal addrspace(3) global [2 x i32] undef, align 16
@scalargather_select2_mass = internal addrspace(3) global [1 x double] undef, align 16
@scalargather_select2_histm = internal addrspace(3) global [256 x i32] undef, align 16
@scalargather_select2_bins = internal addrspace(3) global [4 x i32] undef, align 16
@scalargather_scores1_a = internal addrspace(3) global [3840 x i32] undef, align 16
@scalargather_scores1_b = internal addrspace(3) global [3840 x i32] undef, align 16
@scalargather_scores1_raw = internal addrspace(3) global [4096 x float] undef, align 16

; @scalargather_permute0: kernels/e04d565d28d5415c.ll

declare i32 @llvm.nvvm.read.ptx.sreg.tid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()

declare void @llvm.nvvm.barrier0()

declare float @llvm.fma.f32(float %p0, float %p1, float %p2)

declare i1 @llvm.nvvm.vote.any.sync(i32 %p0, i1 %p1)

; @scalargather_permclass0: kernels/43d86ebc61954639.ll

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.z()

; @scalargather_select2: kernels/58530bcd61917584.ll

declare float @llvm.nvvm.fmax.f(float %p0, float %p1)

declare float @llvm.nvvm.shfl.sync.bfly.f32(i32 %p0, float %p1, i32 %p2, i32 %p3)

declare float @llvm.nvvm.ex2.approx.ftz.f(float %p0)

declare double @llvm.ceil.f64(double %p0)

declare double @llvm.maxnum.f64(double %p0, double %p1)

declare double @llvm.minnum.f64(double %p0, double %p1)

declare i32 @llvm.nvvm.match.any.sync.i32(i32 %p0, i32 %p1)

declare i32 @llvm.ctpop.i32(i32 %p0)

declare i32 @llvm.nvvm.shfl.sync.up.i32(i32 %p0, i32 %p1, i32 %p2, i32 %p3)

declare i32 @llvm.nvvm.vote.ballot.sync(i32 %p0, i1 %p1)

declare i32 @llvm.ctlz.i32(i32 %p0, i1 %p1)

declare float @llvm.fabs.f32(float %p0)

declare double @llvm.trunc.f64(double %p0)

declare i32 @llvm.nvvm.shfl.sync.idx.i32(i32 %p0, i32 %p1, i32 %p2, i32 %p3)

declare float @llvm.nvvm.shfl.sync.idx.f32(i32 %p0, float %p1, i32 %p2, i32 %p3)

; @scalargather_pool_q1: kernels/4f0a10107976b547.ll

; @scalargather_pool_k1: kernels/bdc33c9a0b0369f7.ll

; @scalargather_scores1: kernels/3d9c067e333c4b2a.ll

declare i32 @llvm.nvvm.barrier0.or(i32 %p0)

; @scalargather_attn3: kernels/0f46486d5db534ab.ll

declare float @llvm.nvvm.ex2.approx.f(float %p0)

!nvvm.annotations = !{!0, !1, !2, !3, !4, !5}
!0 = !{void (float*, float*, i32*, i32, i32, i32)* @scalargather_permute0, !"maxntidx", i32 256}
!1 = !{void (i32*, i8*, i32, i32, i32, i32, i32, i32)* @scalargather_permclass0, !"maxntidx", i32 256}
!2 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32)* @scalargather_select2, !"maxntidx", i32 256}
!3 = !{void (float*, float*, i32, i32)* @scalargather_pool_q1, !"maxntidx", i32 128}
!4 = !{void (float*, float*, i32, i32, i32*, i32)* @scalargather_pool_k1, !"maxntidx", i32 64}
!5 = !{void (float*, float*, float*, i8*, i32, i32, i32, i32)* @scalargather_scores1, !"maxntidx", i32 128}
