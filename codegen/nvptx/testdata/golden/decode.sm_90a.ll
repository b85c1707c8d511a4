; decode
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@decode_attn0_smem = external addrspace(3) global [0 x i8], align 1024
@decode_attn0_decode_r1_p = internal addrspace(3) global [64 x float] undef, align 16
@decode_attn0_decode_r1_m = internal addrspace(3) global [4 x float] undef, align 4
@decode_attn0_decode_r1_l = internal addrspace(3) global [4 x float] undef, align 4
@decode_attn0_decode_r1_acc = internal addrspace(3) global [512 x float] undef, align 16
@decode_attn0_decode_r2_p = internal addrspace(3) global [128 x float] undef, align 16
@decode_attn0_decode_r2_m = internal addrspace(3) global [8 x float] undef, align 4
@decode_attn0_decode_r2_l = internal addrspace(3) global [8 x float] undef, align 4
@decode_attn0_decode_r2_acc = internal addrspace(3) global [1024 x float] undef, align 16
@decode_attn0_decode_r4_p = internal addrspace(3) global [128 x float] undef, align 16
@decode_attn0_decode_r4_m = internal addrspace(3) global [16 x float] undef, align 4
@decode_attn0_decode_r4_l = internal addrspace(3) global [16 x float] undef, align 4
@decode_attn0_decode_r4_acc = internal addrspace(3) global [2048 x float] undef, align 16
@decode_attn0_decode_r8_p = internal addrspace(3) global [256 x float] undef, align 16
@decode_attn0_decode_r8_m = internal addrspace(3) global [32 x float] undef, align 4
@decode_attn0_decode_r8_l = internal addrspace(3) global [32 x float] undef, align 4
@decode_attn0_decode_r8_acc = internal addrspace(3) global [4096 x float] undef, align 16
@decode_attn0_combine_red = internal addrspace(3) global [32 x float] undef, align 4
@decode_attn0_combine_acc = internal addrspace(3) global [512 x float] undef, align 16
@decode_attn0_combine_l = internal addrspace(3) global [4 x float] undef, align 4

; @decode_attn0: kernels/9464082f8dc9f0a1.ll

declare i32 @llvm.nvvm.read.ptx.sreg.tid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()

declare void @llvm.nvvm.barrier0()

declare float @llvm.nvvm.fmax.f(float %p0, float %p1)

declare float @llvm.nvvm.shfl.sync.bfly.f32(i32 %p0, float %p1, i32 %p2, i32 %p3)

declare i1 @llvm.nvvm.vote.any.sync(i32 %p0, i1 %p1)

declare float @llvm.nvvm.ex2.approx.ftz.f(float %p0)

declare float @llvm.fma.f32(float %p0, float %p1, float %p2)

; @decode_attn0_decode_r1: kernels/13bd03980d53572f.ll

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.z()

declare void @llvm.nvvm.bar.warp.sync(i32 %p0)

; @decode_attn0_decode_r2: kernels/31ff85596e402682.ll

; @decode_attn0_decode_r4: kernels/a3b9492563a175ac.ll

; @decode_attn0_decode_r8: kernels/94a67d42be899ce3.ll

; @decode_attn0_combine: kernels/8baa62fc07fbfc1d.ll

!nvvm.annotations = !{!0, !1, !2, !3, !4, !5, !6}
!0 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32)* @decode_attn0, !"maxntidx", i32 256}
!1 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32)* @decode_attn0, !"minctasm", i32 2}
!2 = !{void (i16*, i16*, i16*, float*, float*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32, i32, i32)* @decode_attn0_decode_r1, !"maxntidx", i32 128}
!3 = !{void (i16*, i16*, i16*, float*, float*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32, i32, i32)* @decode_attn0_decode_r2, !"maxntidx", i32 128}
!4 = !{void (i16*, i16*, i16*, float*, float*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32, i32, i32)* @decode_attn0_decode_r4, !"maxntidx", i32 128}
!5 = !{void (i16*, i16*, i16*, float*, float*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32, i32, i32)* @decode_attn0_decode_r8, !"maxntidx", i32 128}
!6 = !{void (float*, float*, i16*, i32, i32)* @decode_attn0_combine, !"maxntidx", i32 128}
