; moba
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@moba_gate1_smem = internal addrspace(3) global [33280 x i8] undef, align 16
@moba_attn2_smem = internal addrspace(3) global [16384 x i8] undef, align 1024
@moba_attn2_rowcount_w = internal addrspace(3) global [256 x i32] undef, align 4
@moba_attn2_rowcount_stage = internal addrspace(3) global [2112 x i32] undef, align 4
@moba_attn2_rowscan_s0 = internal addrspace(3) global [32 x i32] undef, align 4
@moba_attn2_rowscan_s1 = internal addrspace(3) global [32 x i32] undef, align 4
@moba_attn2_rowfill_w = internal addrspace(3) global [256 x i32] undef, align 4
@moba_attn2_rowfill_r = internal addrspace(3) global [257 x i32] undef, align 4
@moba_attn2_rowfill_stage = internal addrspace(3) global [2112 x i32] undef, align 4

; @moba_gate_pool1: kernels/53578d8bcbaee432.ll

declare i32 @llvm.nvvm.read.ptx.sreg.tid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()

declare i32 @llvm.nvvm.read.ptx.sreg.nctaid.y()

; @moba_gate1: kernels/1e7db9f5a470db55.ll

declare void @llvm.nvvm.barrier0()

declare i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 %p0, i32 %p1, i32 %p2, i32 %p3)

declare i32 @llvm.nvvm.shfl.sync.idx.i32(i32 %p0, i32 %p1, i32 %p2, i32 %p3)

declare i32 @llvm.nvvm.vote.ballot.sync(i32 %p0, i1 %p1)

declare i32 @llvm.ctpop.i32(i32 %p0)

declare void @llvm.nvvm.bar.warp.sync(i32 %p0)

declare i32 @llvm.nvvm.shfl.sync.up.i32(i32 %p0, i32 %p1, i32 %p2, i32 %p3)

declare i32 @llvm.cttz.i32(i32 %p0, i1 %p1)

; @moba_attn2: kernels/b9b15e2c6ec42470.ll

declare float @llvm.nvvm.fmax.f(float %p0, float %p1)

declare float @llvm.nvvm.shfl.sync.bfly.f32(i32 %p0, float %p1, i32 %p2, i32 %p3)

declare i1 @llvm.nvvm.vote.any.sync(i32 %p0, i1 %p1)

declare float @llvm.nvvm.ex2.approx.ftz.f(float %p0)

declare float @llvm.fma.f32(float %p0, float %p1, float %p2)

; @moba_attn2_rowcount: kernels/2149e6b6a418dd42.ll

; @moba_attn2_rowscan: kernels/956d2577e4562f62.ll

; @moba_attn2_rowfill: kernels/e18ce148cf0d6345.ll

!nvvm.annotations = !{!0, !1, !2, !3, !4, !5, !6}
!0 = !{void (i16*, i16*, i32, i32)* @moba_gate_pool1, !"maxntidx", i32 64}
!1 = !{void (i16*, i16*, i32*, float*, i32, i32, i32, i32)* @moba_gate1, !"maxntidx", i32 128}
!2 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32, i64*, i64*)* @moba_attn2, !"maxntidx", i32 128}
!3 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32, i64*, i64*)* @moba_attn2, !"minctasm", i32 3}
!4 = !{void (i32*, i32*, i32, i32, i32, i32)* @moba_attn2_rowcount, !"maxntidx", i32 64}
!5 = !{void (i32*, i64*, i32)* @moba_attn2_rowscan, !"maxntidx", i32 1024}
!6 = !{void (i32*, i64*, i32*, i64*, i32, i32, i32, i32, i32)* @moba_attn2_rowfill, !"maxntidx", i32 64}
