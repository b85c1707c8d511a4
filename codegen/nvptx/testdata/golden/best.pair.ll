; best
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@best_select1_x = internal addrspace(3) global [4096 x i32] undef, align 16
@best_select1_c = internal addrspace(3) global [4096 x i32] undef, align 16
@best_select1_cmpg = internal addrspace(3) global [128 x i32] undef, align 16
@best_select1_cmpt = internal addrspace(3) global [128 x i32] undef, align 16
@best_select1_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_hist2 = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_init_hist = internal addrspace(3) global [2048 x i32] undef, align 16
@best_select1_init_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_init_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_init_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_init_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_init_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_init_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_hist21_hist = internal addrspace(3) global [2048 x i32] undef, align 16
@best_select1_hist21_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_hist21_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_hist21_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_hist21_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_hist21_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_hist21_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_pick21_hist = internal addrspace(3) global [2048 x i32] undef, align 16
@best_select1_pick21_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_pick21_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_pick21_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_pick21_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_pick21_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_pick21_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_hist10_hist = internal addrspace(3) global [2048 x i32] undef, align 16
@best_select1_hist10_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_hist10_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_hist10_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_hist10_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_hist10_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_hist10_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_pick10_hist = internal addrspace(3) global [2048 x i32] undef, align 16
@best_select1_pick10_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_pick10_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_pick10_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_pick10_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_pick10_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_pick10_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_hist0_hist = internal addrspace(3) global [2048 x i32] undef, align 16
@best_select1_hist0_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_hist0_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_hist0_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_hist0_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_hist0_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_hist0_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_pick0_hist = internal addrspace(3) global [2048 x i32] undef, align 16
@best_select1_pick0_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_pick0_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_pick0_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_pick0_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_pick0_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_pick0_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_ties_hist = internal addrspace(3) global [2048 x i32] undef, align 16
@best_select1_ties_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_ties_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_ties_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_ties_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_ties_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_ties_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_scan_hist = internal addrspace(3) global [2048 x i32] undef, align 16
@best_select1_scan_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_scan_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_scan_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_scan_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_scan_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_scan_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_scan_tile = internal addrspace(3) global [2112 x i32] undef, align 16
@best_select1_take_x = internal addrspace(3) global [4096 x i32] undef, align 16
@best_select1_take_c = internal addrspace(3) global [4096 x i32] undef, align 16
@best_select1_take_cmpg = internal addrspace(3) global [128 x i32] undef, align 16
@best_select1_take_cmpt = internal addrspace(3) global [128 x i32] undef, align 16
@best_select1_take_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_take_hist2 = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_take_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_take_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_take_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_take_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_take_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_take_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_scores0_a = internal addrspace(3) global [3840 x i32] undef, align 16
@best_scores0_b = internal addrspace(3) global [3840 x i32] undef, align 16
@best_scores0_raw = internal addrspace(3) global [4096 x float] undef, align 16
@best_attn2_smem = external addrspace(3) global [0 x i8], align 1024
@best_attn2_pairs_flags = internal addrspace(3) global [32768 x i8] undef, align 16
@best_attn2_pairs_scan = internal addrspace(3) global [8 x i32] undef, align 16
@best_attn2_pairs_end = internal addrspace(3) global i32 undef, align 4
@best_attn2_comp_scan = internal addrspace(3) global [8 x i32] undef, align 16
@best_attn2_comp_end = internal addrspace(3) global i32 undef, align 4
@best_attn2_comp_flags = internal addrspace(3) global [32768 x i8] undef, align 16

; @best_select1: kernels/870a16b147f59c17.ll

declare i32 @llvm.nvvm.read.ptx.sreg.tid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()

declare float @llvm.nvvm.fmax.f(float %p0, float %p1)

declare float @llvm.nvvm.shfl.sync.bfly.f32(i32 %p0, float %p1, i32 %p2, i32 %p3)

declare void @llvm.nvvm.barrier0()

declare float @llvm.nvvm.ex2.approx.ftz.f(float %p0)

; @best_select1_init: kernels/7e82ed6b0d7f9164.ll

declare i32 @llvm.nvvm.shfl.sync.up.i32(i32 %p0, i32 %p1, i32 %p2, i32 %p3)

declare double @llvm.ceil.f64(double %p0)

; @best_select1_hist21: kernels/935a726e00ccf67b.ll

declare i1 @llvm.nvvm.vote.any.sync(i32 %p0, i1 %p1)

declare i32 @llvm.nvvm.match.any.sync.i32(i32 %p0, i32 %p1)

declare i32 @llvm.ctpop.i32(i32 %p0)

; @best_select1_pick21: kernels/16859b0c697051ee.ll

; @best_select1_hist10: kernels/1cb98837f5882694.ll

; @best_select1_pick10: kernels/2fa51ece52d0fff7.ll

; @best_select1_hist0: kernels/52fda8d9ebc16596.ll

; @best_select1_pick0: kernels/79b203f4bbbec157.ll

; @best_select1_ties: kernels/93139691535abc75.ll

; @best_select1_scan: kernels/0de29104d8b7175d.ll

; @best_select1_take: kernels/7d1e1c2016ea22ea.ll

declare i32 @llvm.nvvm.vote.ballot.sync(i32 %p0, i1 %p1)

declare i32 @llvm.ctlz.i32(i32 %p0, i1 %p1)

; @best_pool_q0: kernels/25029ce575fb5df3.ll

; @best_pool_k0: kernels/25029ce575fb5df3.ll

; @best_scores0: kernels/3d9c067e333c4b2a.ll

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.z()

declare i32 @llvm.nvvm.barrier0.or(i32 %p0)

; @best_attn2: kernels/b53b77ffbe8601b5.ll

declare float @llvm.nvvm.lg2.approx.ftz.f(float %p0)

declare float @llvm.fma.f32(float %p0, float %p1, float %p2)

; @best_attn2_pairs: kernels/f7f6314bac9b2339.ll

; @best_attn2_kbar: kernels/3bf584602d8ebfaf.ll

; @best_attn2_kround: kernels/14c8e17a21e57eff.ll

; @best_attn2_vbar: kernels/3bf584602d8ebfaf.ll

; @best_attn2_comp: kernels/72b8f9e48ea50204.ll

!nvvm.annotations = !{!0, !1, !2, !3, !4, !5, !6, !7, !8, !9, !10, !11, !12, !13, !14, !15, !16, !17, !18, !19, !20}
!0 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1, !"maxntidx", i32 256}
!1 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_init, !"maxntidx", i32 256}
!2 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_hist21, !"maxntidx", i32 256}
!3 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_pick21, !"maxntidx", i32 256}
!4 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_hist10, !"maxntidx", i32 256}
!5 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_pick10, !"maxntidx", i32 256}
!6 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_hist0, !"maxntidx", i32 256}
!7 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_pick0, !"maxntidx", i32 256}
!8 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_ties, !"maxntidx", i32 256}
!9 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_scan, !"maxntidx", i32 256}
!10 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_take, !"maxntidx", i32 256}
!11 = !{void (i16*, float*, i32, i32)* @best_pool_q0, !"maxntidx", i32 128}
!12 = !{void (i16*, float*, i32, i32)* @best_pool_k0, !"maxntidx", i32 128}
!13 = !{void (float*, float*, float*, i8*, i32, i32, i32, i32)* @best_scores0, !"maxntidx", i32 128}
!14 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32, i16*, i16*, i32*)* @best_attn2, !"maxntidx", i32 384}
!15 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32, i16*, i16*, i32*)* @best_attn2, !"minctasm", i32 1}
!16 = !{void (i32*, i32, i32, i32, i32, i32*)* @best_attn2_pairs, !"maxntidx", i32 256}
!17 = !{void (i16*, i16*, i32, i32)* @best_attn2_kbar, !"maxntidx", i32 64}
!18 = !{void (float*, i16*, i32)* @best_attn2_kround, !"maxntidx", i32 256}
!19 = !{void (i16*, i16*, i32, i32)* @best_attn2_vbar, !"maxntidx", i32 64}
!20 = !{void (i32*, i8*, i32, i32*, i32*, i32, i32)* @best_attn2_comp, !"maxntidx", i32 256}
