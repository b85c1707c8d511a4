; s2o
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@s2o_permute0_scores_a = internal addrspace(3) global [1088 x float] undef, align 16
@s2o_permute0_scores_b = internal addrspace(3) global [1088 x float] undef, align 16
@s2o_permute0_hist = internal addrspace(3) global [1024 x i32] undef, align 16
@s2o_permute0_big = internal addrspace(3) global [8192 x i32] undef, align 16
@s2o_permute0_flag = internal addrspace(3) global [4 x i32] undef, align 4
@s2o_permute0_red = internal addrspace(3) global [32 x float] undef, align 16
@s2o_permute0_start = internal addrspace(3) global [256 x i32] undef, align 16
@s2o_permute0_scan = internal addrspace(3) global [8 x i32] undef, align 16
@s2o_select2_x = internal addrspace(3) global [4096 x i32] undef, align 16
@s2o_select2_c = internal addrspace(3) global [4096 x i32] undef, align 16
@s2o_select2_cmpg = internal addrspace(3) global [128 x i32] undef, align 16
@s2o_select2_cmpt = internal addrspace(3) global [128 x i32] undef, align 16
@s2o_select2_hist = internal addrspace(3) global [256 x i32] undef, align 16
@s2o_select2_hist2 = internal addrspace(3) global [256 x i32] undef, align 16
@s2o_select2_red = internal addrspace(3) global [32 x float] undef, align 16
@s2o_select2_scana = internal addrspace(3) global [8 x i32] undef, align 16
@s2o_select2_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@s2o_select2_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@s2o_select2_sel = internal addrspace(3) global [2 x i32] undef, align 16
@s2o_select2_mass = internal addrspace(3) global [1 x double] undef, align 16
@s2o_select2_radix = internal addrspace(3) global [2048 x i32] undef, align 16
@s2o_scores1_a = internal addrspace(3) global [3840 x i32] undef, align 16
@s2o_scores1_b = internal addrspace(3) global [3840 x i32] undef, align 16
@s2o_scores1_raw = internal addrspace(3) global [4096 x float] undef, align 16
@s2o_perm_scores1_red = internal addrspace(3) global [32 x float] undef, align 16
@s2o_perm_scores1_sums = internal addrspace(3) global [1024 x float] undef, align 16
@s2o_attn3_smem = internal addrspace(3) global [16384 x i8] undef, align 1024
@s2o_attn3_stop = internal addrspace(3) global [8 x float] undef, align 16

; @s2o_permute0_probes: kernels/9d0886ef215d8d80.ll

declare i32 @llvm.nvvm.read.ptx.sreg.tid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()

; @s2o_permute0_scores: kernels/de253ba993fff4c7.ll

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.z()

declare void @llvm.nvvm.barrier0()

declare float @llvm.fma.f32(float %p0, float %p1, float %p2)

; @s2o_permute0: kernels/2465624e9dd38fe4.ll

declare i32 @llvm.nvvm.read.ptx.sreg.nctaid.y()

declare i32 @llvm.nvvm.shfl.sync.up.i32(i32 %p0, i32 %p1, i32 %p2, i32 %p3)

declare float @llvm.nvvm.shfl.sync.bfly.f32(i32 %p0, float %p1, i32 %p2, i32 %p3)

declare i32 @llvm.nvvm.match.any.sync.i32(i32 %p0, i32 %p1)

declare i32 @llvm.ctpop.i32(i32 %p0)

declare void @llvm.nvvm.bar.warp.sync(i32 %p0)

; @s2o_permclass0: kernels/43d86ebc61954639.ll

; @s2o_select2: kernels/5050837d147d40ab.ll

declare float @llvm.nvvm.fmax.f(float %p0, float %p1)

declare float @llvm.nvvm.ex2.approx.ftz.f(float %p0)

declare i32 @llvm.nvvm.vote.ballot.sync(i32 %p0, i1 %p1)

declare i32 @llvm.ctlz.i32(i32 %p0, i1 %p1)

; @s2o_pool_q1: kernels/25029ce575fb5df3.ll

; @s2o_pool_k1: kernels/25029ce575fb5df3.ll

; @s2o_scores1: kernels/3d9c067e333c4b2a.ll

declare i32 @llvm.nvvm.barrier0.or(i32 %p0)

; @s2o_perm_scores1: kernels/7ac1afdc57b51de3.ll

; @s2o_attn3: kernels/1e3b30c8b34ba1cf.ll

declare i1 @llvm.nvvm.vote.any.sync(i32 %p0, i1 %p1)

!nvvm.annotations = !{!0, !1, !2, !3, !4, !5, !6, !7, !8, !9, !10, !11}
!0 = !{void (i16*, float*, i32, i32)* @s2o_permute0_probes, !"maxntidx", i32 128}
!1 = !{void (float*, i16*, i32*, i32, i32, i32)* @s2o_permute0_scores, !"maxntidx", i32 256}
!2 = !{void (i32*, i32*, i32, i32)* @s2o_permute0, !"maxntidx", i32 256}
!3 = !{void (i32*, i32*, i32, i32)* @s2o_permute0, !"minctasm", i32 3}
!4 = !{void (i32*, i8*, i32, i32, i32, i32, i32, i32)* @s2o_permclass0, !"maxntidx", i32 256}
!5 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32)* @s2o_select2, !"maxntidx", i32 256}
!6 = !{void (i16*, float*, i32, i32)* @s2o_pool_q1, !"maxntidx", i32 128}
!7 = !{void (i16*, float*, i32, i32)* @s2o_pool_k1, !"maxntidx", i32 128}
!8 = !{void (float*, float*, float*, i8*, i32, i32, i32, i32)* @s2o_scores1, !"maxntidx", i32 128}
!9 = !{void (i16*, float*, float*, i32*, i32, i32, i32, i32, i32, i32)* @s2o_perm_scores1, !"maxntidx", i32 128}
!10 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32, i32*, i32, i32, i32*)* @s2o_attn3, !"maxntidx", i32 128}
!11 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32, i32*, i32, i32, i32*)* @s2o_attn3, !"minctasm", i32 3}
