; f32out
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@f32out_attn0_smem = internal addrspace(3) global [49152 x i8] undef, align 1024

; @f32out_attn0: kernels/2bdfbd72052604fa.ll

declare i32 @llvm.nvvm.read.ptx.sreg.tid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()

declare void @llvm.nvvm.barrier0()

declare float @llvm.nvvm.fmax.f(float %p0, float %p1)

declare float @llvm.nvvm.shfl.sync.bfly.f32(i32 %p0, float %p1, i32 %p2, i32 %p3)

declare i1 @llvm.nvvm.vote.any.sync(i32 %p0, i1 %p1)

declare float @llvm.nvvm.ex2.approx.ftz.f(float %p0)

declare float @llvm.fma.f32(float %p0, float %p1, float %p2)

!nvvm.annotations = !{!0, !1}
!0 = !{void (i16*, i16*, i16*, float*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32)* @f32out_attn0, !"maxntidx", i32 256}
!1 = !{void (i16*, i16*, i16*, float*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32)* @f32out_attn0, !"minctasm", i32 2}
