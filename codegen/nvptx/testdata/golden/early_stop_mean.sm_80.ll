; esmean
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@esmean_select1_x = internal addrspace(3) global [4096 x i32] undef, align 16
@esmean_select1_c = internal addrspace(3) global [4096 x i32] undef, align 16
@esmean_select1_cmpg = internal addrspace(3) global [128 x i32] undef, align 16
@esmean_select1_cmpt = internal addrspace(3) global [128 x i32] undef, align 16
@esmean_select1_hist = internal addrspace(3) global [256 x i32] undef, align 16
@esmean_select1_hist2 = internal addrspace(3) global [256 x i32] undef, align 16
@esmean_select1_red = internal addrspace(3) global [32 x float] undef, align 16
@esmean_select1_scana = internal addrspace(3) global [8 x i32] undef, align 16
@esmean_select1_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@esmean_select1_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@esmean_select1_sel = internal addrspace(3) global [2 x i32] undef, align 16
@esmean_select1_mass = internal addrspace(3) global [1 x double] undef, align 16
@esmean_select1_radix = internal addrspace(3) global [2048 x i32] undef, align 16
@esmean_scores0_a = internal addrspace(3) global [3840 x i32] undef, align 16
@esmean_scores0_b = internal addrspace(3) global [3840 x i32] undef, align 16
@esmean_scores0_raw = internal addrspace(3) global [4096 x float] undef, align 16
@esmean_attn2_smem = internal addrspace(3) global [16384 x i8] undef, align 1024
@esmean_attn2_stop = internal addrspace(3) global [8 x float] undef, align 16

; @esmean_select1: kernels/f258b014fb2f0f63.ll

declare i32 @llvm.nvvm.read.ptx.sreg.tid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()

declare float @llvm.nvvm.fmax.f(float %p0, float %p1)

declare float @llvm.nvvm.shfl.sync.bfly.f32(i32 %p0, float %p1, i32 %p2, i32 %p3)

declare void @llvm.nvvm.barrier0()

declare float @llvm.nvvm.ex2.approx.ftz.f(float %p0)

declare i32 @llvm.nvvm.vote.ballot.sync(i32 %p0, i1 %p1)

declare i32 @llvm.ctpop.i32(i32 %p0)

declare i32 @llvm.nvvm.shfl.sync.up.i32(i32 %p0, i32 %p1, i32 %p2, i32 %p3)

declare i32 @llvm.nvvm.match.any.sync.i32(i32 %p0, i32 %p1)

declare i32 @llvm.ctlz.i32(i32 %p0, i1 %p1)

; @esmean_pool_q0: kernels/997e2439e1d1555d.ll

; @esmean_pool_k0: kernels/997e2439e1d1555d.ll

; @esmean_scores0: kernels/3d9c067e333c4b2a.ll

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.z()

declare i32 @llvm.nvvm.barrier0.or(i32 %p0)

; @esmean_attn2: kernels/ec43f791e65ee02a.ll

declare i1 @llvm.nvvm.vote.any.sync(i32 %p0, i1 %p1)

declare float @llvm.fma.f32(float %p0, float %p1, float %p2)

!nvvm.annotations = !{!0, !1, !2, !3, !4, !5}
!0 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32)* @esmean_select1, !"maxntidx", i32 256}
!1 = !{void (i16*, float*, i32, i32)* @esmean_pool_q0, !"maxntidx", i32 128}
!2 = !{void (i16*, float*, i32, i32)* @esmean_pool_k0, !"maxntidx", i32 128}
!3 = !{void (float*, float*, float*, i8*, i32, i32, i32, i32)* @esmean_scores0, !"maxntidx", i32 128}
!4 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32, i32*)* @esmean_attn2, !"maxntidx", i32 128}
!5 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32, i32*)* @esmean_attn2, !"minctasm", i32 3}
