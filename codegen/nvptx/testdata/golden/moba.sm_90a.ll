; moba
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@moba_gate1_smem = internal addrspace(3) global [32832 x i8] undef, align 16
@moba_attn2_smem = internal addrspace(3) global [24576 x i8] undef, align 1024
@moba_attn2_rowcount_w = internal addrspace(3) global [256 x i32] undef, align 4
@moba_attn2_rowcount_stage = internal addrspace(3) global [2112 x i32] undef, align 4
@moba_attn2_rowscan_s0 = internal addrspace(3) global [32 x i32] undef, align 4
@moba_attn2_rowscan_s1 = internal addrspace(3) global [32 x i32] undef, align 4
@moba_attn2_rowfill_w = internal addrspace(3) global [256 x i32] undef, align 4
@moba_attn2_rowfill_r = internal addrspace(3) global [257 x i32] undef, align 4
@moba_attn2_rowfill_stage = internal addrspace(3) global [2112 x i32] undef, align 4

define ptx_kernel void @moba_gate_pool1(i16* %x, i16* %out, i32 %L, i32 %NT) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %1, 16
	%4 = add i32 %3, 16
	%5 = icmp slt i32 %4, %L
	%6 = add i32 %3, 16
	%7 = select i1 %5, i32 %6, i32 %L
	%8 = mul i32 %2, %L
	%9 = mul i32 %8, 64
	%10 = add i32 %9, %0
	%11 = sext i32 %10 to i64
	%12 = getelementptr i16, i16* %x, i64 %11
	br label %13

13:
	%14 = phi i32 [ %3, %entry ], [ %24, %17 ]
	%15 = phi float [ 0.0, %entry ], [ %23, %17 ]
	%16 = icmp slt i32 %14, %7
	br i1 %16, label %17, label %25

17:
	%18 = mul i32 %14, 64
	%19 = sext i32 %18 to i64
	%20 = getelementptr i16, i16* %12, i64 %19
	%21 = load i16, i16* %20
	%22 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %21)
	%23 = fadd float %15, %22
	%24 = add i32 %14, 1
	br label %13

25:
	%26 = sub i32 %7, %3
	%27 = sitofp i32 %26 to float
	%28 = fdiv float %15, %27
	%29 = call i32 @llvm.nvvm.read.ptx.sreg.nctaid.y()
	%30 = mul i32 %29, %NT
	%31 = mul i32 %30, 64
	%32 = mul i32 %2, %NT
	%33 = add i32 %32, %1
	%34 = mul i32 %33, 64
	%35 = add i32 %34, %0
	%36 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float 0.0, float %28)
	%37 = trunc i32 %36 to i16
	%38 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %37)
	%39 = fcmp oeq float %38, 0x7FF0000000000000
	%40 = fneg float 0x7FF0000000000000
	%41 = fcmp oeq float %38, %40
	%42 = or i1 %39, %41
	%43 = fsub float %28, %38
	%44 = select i1 %42, float 0.0, float %43
	%45 = lshr i32 %36, 16
	%46 = trunc i32 %45 to i16
	%47 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %46)
	%48 = fcmp oeq float %47, 0x7FF0000000000000
	%49 = fneg float 0x7FF0000000000000
	%50 = fcmp oeq float %47, %49
	%51 = or i1 %48, %50
	%52 = fsub float 0.0, %47
	%53 = select i1 %51, float 0.0, float %52
	%54 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %53, float %44)
	%55 = trunc i32 %54 to i16
	%56 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %55)
	%57 = fcmp oeq float %56, 0x7FF0000000000000
	%58 = fneg float 0x7FF0000000000000
	%59 = fcmp oeq float %56, %58
	%60 = or i1 %57, %59
	%61 = fsub float %44, %56
	%62 = select i1 %60, float 0.0, float %61
	%63 = lshr i32 %54, 16
	%64 = trunc i32 %63 to i16
	%65 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %64)
	%66 = fcmp oeq float %65, 0x7FF0000000000000
	%67 = fneg float 0x7FF0000000000000
	%68 = fcmp oeq float %65, %67
	%69 = or i1 %66, %68
	%70 = fsub float %53, %65
	%71 = select i1 %69, float 0.0, float %70
	%72 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %71, float %62)
	%73 = trunc i32 %36 to i16
	%74 = mul i32 %31, 0
	%75 = add i32 %35, %74
	%76 = sext i32 %75 to i64
	%77 = getelementptr i16, i16* %out, i64 %76
	store i16 %73, i16* %77
	%78 = trunc i32 %54 to i16
	%79 = mul i32 %31, 1
	%80 = add i32 %35, %79
	%81 = sext i32 %80 to i64
	%82 = getelementptr i16, i16* %out, i64 %81
	store i16 %78, i16* %82
	%83 = trunc i32 %72 to i16
	%84 = mul i32 %31, 2
	%85 = add i32 %35, %84
	%86 = sext i32 %85 to i64
	%87 = getelementptr i16, i16* %out, i64 %86
	store i16 %83, i16* %87
	ret void
}

declare i32 @llvm.nvvm.read.ptx.sreg.tid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()

declare i32 @llvm.nvvm.read.ptx.sreg.nctaid.y()

define ptx_kernel void @moba_gate1(i16* %q, i16* %km, i32* %out, float* %e, i32 %M, i32 %N, i32 %NB, i32 %group) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = and i32 %0, 31
	%4 = lshr i32 %0, 5
	%5 = mul i32 %1, 16
	%6 = sub i32 %N, %M
	%7 = sdiv i32 %2, %group
	%8 = call i32 @llvm.nvvm.read.ptx.sreg.nctaid.y()
	%9 = sdiv i32 %8, %group
	%10 = mul i32 %9, %NB
	%11 = mul i32 %10, 64
	%12 = icmp ne float* %e, null
	%13 = lshr i32 %3, 2
	%14 = and i32 %3, 3
	%15 = add i32 %13, 0
	%16 = add i32 %5, %15
	%17 = sub i32 %M, 1
	%18 = icmp slt i32 %16, %17
	%19 = select i1 %18, i32 %16, i32 %17
	%20 = mul i32 %2, %M
	%21 = add i32 %20, %19
	%22 = mul i32 %21, 64
	%23 = shl i32 %14, 1
	%24 = add i32 %23, 0
	%25 = add i32 %22, %24
	%26 = sext i32 %25 to i64
	%27 = getelementptr i16, i16* %q, i64 %26
	%28 = bitcast i16* %27 to i32*
	%29 = load i32, i32* %28
	%30 = add i32 %13, 8
	%31 = add i32 %5, %30
	%32 = sub i32 %M, 1
	%33 = icmp slt i32 %31, %32
	%34 = select i1 %33, i32 %31, i32 %32
	%35 = mul i32 %2, %M
	%36 = add i32 %35, %34
	%37 = mul i32 %36, 64
	%38 = shl i32 %14, 1
	%39 = add i32 %38, 0
	%40 = add i32 %37, %39
	%41 = sext i32 %40 to i64
	%42 = getelementptr i16, i16* %q, i64 %41
	%43 = bitcast i16* %42 to i32*
	%44 = load i32, i32* %43
	%45 = add i32 %13, 0
	%46 = add i32 %5, %45
	%47 = sub i32 %M, 1
	%48 = icmp slt i32 %46, %47
	%49 = select i1 %48, i32 %46, i32 %47
	%50 = mul i32 %2, %M
	%51 = add i32 %50, %49
	%52 = mul i32 %51, 64
	%53 = shl i32 %14, 1
	%54 = add i32 %53, 8
	%55 = add i32 %52, %54
	%56 = sext i32 %55 to i64
	%57 = getelementptr i16, i16* %q, i64 %56
	%58 = bitcast i16* %57 to i32*
	%59 = load i32, i32* %58
	%60 = add i32 %13, 8
	%61 = add i32 %5, %60
	%62 = sub i32 %M, 1
	%63 = icmp slt i32 %61, %62
	%64 = select i1 %63, i32 %61, i32 %62
	%65 = mul i32 %2, %M
	%66 = add i32 %65, %64
	%67 = mul i32 %66, 64
	%68 = shl i32 %14, 1
	%69 = add i32 %68, 8
	%70 = add i32 %67, %69
	%71 = sext i32 %70 to i64
	%72 = getelementptr i16, i16* %q, i64 %71
	%73 = bitcast i16* %72 to i32*
	%74 = load i32, i32* %73
	%75 = add i32 %13, 0
	%76 = add i32 %5, %75
	%77 = sub i32 %M, 1
	%78 = icmp slt i32 %76, %77
	%79 = select i1 %78, i32 %76, i32 %77
	%80 = mul i32 %2, %M
	%81 = add i32 %80, %79
	%82 = mul i32 %81, 64
	%83 = shl i32 %14, 1
	%84 = add i32 %83, 16
	%85 = add i32 %82, %84
	%86 = sext i32 %85 to i64
	%87 = getelementptr i16, i16* %q, i64 %86
	%88 = bitcast i16* %87 to i32*
	%89 = load i32, i32* %88
	%90 = add i32 %13, 8
	%91 = add i32 %5, %90
	%92 = sub i32 %M, 1
	%93 = icmp slt i32 %91, %92
	%94 = select i1 %93, i32 %91, i32 %92
	%95 = mul i32 %2, %M
	%96 = add i32 %95, %94
	%97 = mul i32 %96, 64
	%98 = shl i32 %14, 1
	%99 = add i32 %98, 16
	%100 = add i32 %97, %99
	%101 = sext i32 %100 to i64
	%102 = getelementptr i16, i16* %q, i64 %101
	%103 = bitcast i16* %102 to i32*
	%104 = load i32, i32* %103
	%105 = add i32 %13, 0
	%106 = add i32 %5, %105
	%107 = sub i32 %M, 1
	%108 = icmp slt i32 %106, %107
	%109 = select i1 %108, i32 %106, i32 %107
	%110 = mul i32 %2, %M
	%111 = add i32 %110, %109
	%112 = mul i32 %111, 64
	%113 = shl i32 %14, 1
	%114 = add i32 %113, 24
	%115 = add i32 %112, %114
	%116 = sext i32 %115 to i64
	%117 = getelementptr i16, i16* %q, i64 %116
	%118 = bitcast i16* %117 to i32*
	%119 = load i32, i32* %118
	%120 = add i32 %13, 8
	%121 = add i32 %5, %120
	%122 = sub i32 %M, 1
	%123 = icmp slt i32 %121, %122
	%124 = select i1 %123, i32 %121, i32 %122
	%125 = mul i32 %2, %M
	%126 = add i32 %125, %124
	%127 = mul i32 %126, 64
	%128 = shl i32 %14, 1
	%129 = add i32 %128, 24
	%130 = add i32 %127, %129
	%131 = sext i32 %130 to i64
	%132 = getelementptr i16, i16* %q, i64 %131
	%133 = bitcast i16* %132 to i32*
	%134 = load i32, i32* %133
	%135 = add i32 %13, 0
	%136 = add i32 %5, %135
	%137 = sub i32 %M, 1
	%138 = icmp slt i32 %136, %137
	%139 = select i1 %138, i32 %136, i32 %137
	%140 = mul i32 %2, %M
	%141 = add i32 %140, %139
	%142 = mul i32 %141, 64
	%143 = shl i32 %14, 1
	%144 = add i32 %143, 32
	%145 = add i32 %142, %144
	%146 = sext i32 %145 to i64
	%147 = getelementptr i16, i16* %q, i64 %146
	%148 = bitcast i16* %147 to i32*
	%149 = load i32, i32* %148
	%150 = add i32 %13, 8
	%151 = add i32 %5, %150
	%152 = sub i32 %M, 1
	%153 = icmp slt i32 %151, %152
	%154 = select i1 %153, i32 %151, i32 %152
	%155 = mul i32 %2, %M
	%156 = add i32 %155, %154
	%157 = mul i32 %156, 64
	%158 = shl i32 %14, 1
	%159 = add i32 %158, 32
	%160 = add i32 %157, %159
	%161 = sext i32 %160 to i64
	%162 = getelementptr i16, i16* %q, i64 %161
	%163 = bitcast i16* %162 to i32*
	%164 = load i32, i32* %163
	%165 = add i32 %13, 0
	%166 = add i32 %5, %165
	%167 = sub i32 %M, 1
	%168 = icmp slt i32 %166, %167
	%169 = select i1 %168, i32 %166, i32 %167
	%170 = mul i32 %2, %M
	%171 = add i32 %170, %169
	%172 = mul i32 %171, 64
	%173 = shl i32 %14, 1
	%174 = add i32 %173, 40
	%175 = add i32 %172, %174
	%176 = sext i32 %175 to i64
	%177 = getelementptr i16, i16* %q, i64 %176
	%178 = bitcast i16* %177 to i32*
	%179 = load i32, i32* %178
	%180 = add i32 %13, 8
	%181 = add i32 %5, %180
	%182 = sub i32 %M, 1
	%183 = icmp slt i32 %181, %182
	%184 = select i1 %183, i32 %181, i32 %182
	%185 = mul i32 %2, %M
	%186 = add i32 %185, %184
	%187 = mul i32 %186, 64
	%188 = shl i32 %14, 1
	%189 = add i32 %188, 40
	%190 = add i32 %187, %189
	%191 = sext i32 %190 to i64
	%192 = getelementptr i16, i16* %q, i64 %191
	%193 = bitcast i16* %192 to i32*
	%194 = load i32, i32* %193
	%195 = add i32 %13, 0
	%196 = add i32 %5, %195
	%197 = sub i32 %M, 1
	%198 = icmp slt i32 %196, %197
	%199 = select i1 %198, i32 %196, i32 %197
	%200 = mul i32 %2, %M
	%201 = add i32 %200, %199
	%202 = mul i32 %201, 64
	%203 = shl i32 %14, 1
	%204 = add i32 %203, 48
	%205 = add i32 %202, %204
	%206 = sext i32 %205 to i64
	%207 = getelementptr i16, i16* %q, i64 %206
	%208 = bitcast i16* %207 to i32*
	%209 = load i32, i32* %208
	%210 = add i32 %13, 8
	%211 = add i32 %5, %210
	%212 = sub i32 %M, 1
	%213 = icmp slt i32 %211, %212
	%214 = select i1 %213, i32 %211, i32 %212
	%215 = mul i32 %2, %M
	%216 = add i32 %215, %214
	%217 = mul i32 %216, 64
	%218 = shl i32 %14, 1
	%219 = add i32 %218, 48
	%220 = add i32 %217, %219
	%221 = sext i32 %220 to i64
	%222 = getelementptr i16, i16* %q, i64 %221
	%223 = bitcast i16* %222 to i32*
	%224 = load i32, i32* %223
	%225 = add i32 %13, 0
	%226 = add i32 %5, %225
	%227 = sub i32 %M, 1
	%228 = icmp slt i32 %226, %227
	%229 = select i1 %228, i32 %226, i32 %227
	%230 = mul i32 %2, %M
	%231 = add i32 %230, %229
	%232 = mul i32 %231, 64
	%233 = shl i32 %14, 1
	%234 = add i32 %233, 56
	%235 = add i32 %232, %234
	%236 = sext i32 %235 to i64
	%237 = getelementptr i16, i16* %q, i64 %236
	%238 = bitcast i16* %237 to i32*
	%239 = load i32, i32* %238
	%240 = add i32 %13, 8
	%241 = add i32 %5, %240
	%242 = sub i32 %M, 1
	%243 = icmp slt i32 %241, %242
	%244 = select i1 %243, i32 %241, i32 %242
	%245 = mul i32 %2, %M
	%246 = add i32 %245, %244
	%247 = mul i32 %246, 64
	%248 = shl i32 %14, 1
	%249 = add i32 %248, 56
	%250 = add i32 %247, %249
	%251 = sext i32 %250 to i64
	%252 = getelementptr i16, i16* %q, i64 %251
	%253 = bitcast i16* %252 to i32*
	%254 = load i32, i32* %253
	%255 = add i32 %13, 0
	%256 = add i32 %5, %255
	%257 = add i32 %256, %6
	%258 = sub i32 0, %257
	%259 = add i32 %258, 15
	%260 = sdiv i32 %259, 16
	%261 = sub i32 0, %260
	%262 = icmp sge i32 %257, 0
	%263 = sdiv i32 %257, 16
	%264 = select i1 %262, i32 %263, i32 %261
	%265 = sub i32 0, %257
	%266 = add i32 %265, 15
	%267 = sdiv i32 %266, 16
	%268 = sub i32 0, %267
	%269 = icmp sge i32 %257, 0
	%270 = sdiv i32 %257, 16
	%271 = select i1 %269, i32 %270, i32 %268
	%272 = add i32 %271, 1
	%273 = icmp slt i32 %272, %NB
	%274 = select i1 %273, i32 %272, i32 %NB
	%275 = icmp sgt i32 %274, 0
	%276 = select i1 %275, i32 %274, i32 0
	%277 = sub i32 %264, 0
	%278 = icmp sgt i32 %277, 0
	%279 = select i1 %278, i32 %277, i32 0
	%280 = sub i32 %276, 1
	%281 = icmp slt i32 %264, %280
	%282 = select i1 %281, i32 %264, i32 %280
	%283 = sub i32 %282, %279
	%284 = add i32 %283, 1
	%285 = icmp sgt i32 %284, 0
	%286 = select i1 %285, i32 %284, i32 0
	%287 = add i32 %286, 0
	%288 = icmp slt i32 8, %276
	%289 = select i1 %288, i32 8, i32 %276
	%290 = icmp sgt i32 %289, %287
	%291 = select i1 %290, i32 %289, i32 %287
	%292 = sub i32 %291, %287
	%293 = add i32 %5, %255
	%294 = icmp slt i32 %293, %M
	%295 = sub i32 0, %257
	%296 = add i32 %295, 15
	%297 = sdiv i32 %296, 16
	%298 = sub i32 0, %297
	%299 = icmp sge i32 %257, 0
	%300 = sdiv i32 %257, 16
	%301 = select i1 %299, i32 %300, i32 %298
	%302 = add i32 %301, 1
	%303 = icmp slt i32 %302, %NB
	%304 = select i1 %303, i32 %302, i32 %NB
	%305 = icmp sgt i32 %304, 0
	%306 = select i1 %305, i32 %304, i32 0
	%307 = add i32 %13, 8
	%308 = add i32 %5, %307
	%309 = add i32 %308, %6
	%310 = sub i32 0, %309
	%311 = add i32 %310, 15
	%312 = sdiv i32 %311, 16
	%313 = sub i32 0, %312
	%314 = icmp sge i32 %309, 0
	%315 = sdiv i32 %309, 16
	%316 = select i1 %314, i32 %315, i32 %313
	%317 = sub i32 0, %309
	%318 = add i32 %317, 15
	%319 = sdiv i32 %318, 16
	%320 = sub i32 0, %319
	%321 = icmp sge i32 %309, 0
	%322 = sdiv i32 %309, 16
	%323 = select i1 %321, i32 %322, i32 %320
	%324 = add i32 %323, 1
	%325 = icmp slt i32 %324, %NB
	%326 = select i1 %325, i32 %324, i32 %NB
	%327 = icmp sgt i32 %326, 0
	%328 = select i1 %327, i32 %326, i32 0
	%329 = sub i32 %316, 0
	%330 = icmp sgt i32 %329, 0
	%331 = select i1 %330, i32 %329, i32 0
	%332 = sub i32 %328, 1
	%333 = icmp slt i32 %316, %332
	%334 = select i1 %333, i32 %316, i32 %332
	%335 = sub i32 %334, %331
	%336 = add i32 %335, 1
	%337 = icmp sgt i32 %336, 0
	%338 = select i1 %337, i32 %336, i32 0
	%339 = add i32 %338, 0
	%340 = icmp slt i32 8, %328
	%341 = select i1 %340, i32 8, i32 %328
	%342 = icmp sgt i32 %341, %339
	%343 = select i1 %342, i32 %341, i32 %339
	%344 = sub i32 %343, %339
	%345 = add i32 %5, %307
	%346 = icmp slt i32 %345, %M
	%347 = sub i32 0, %309
	%348 = add i32 %347, 15
	%349 = sdiv i32 %348, 16
	%350 = sub i32 0, %349
	%351 = icmp sge i32 %309, 0
	%352 = sdiv i32 %309, 16
	%353 = select i1 %351, i32 %352, i32 %350
	%354 = add i32 %353, 1
	%355 = icmp slt i32 %354, %NB
	%356 = select i1 %355, i32 %354, i32 %NB
	%357 = icmp sgt i32 %356, 0
	%358 = select i1 %357, i32 %356, i32 0
	%359 = add i32 %5, 16
	%360 = icmp slt i32 %359, %M
	%361 = select i1 %360, i32 %359, i32 %M
	%362 = sub i32 %361, %5
	%363 = sub i32 %362, 1
	%364 = add i32 %5, %363
	%365 = add i32 %364, %6
	%366 = sub i32 0, %365
	%367 = add i32 %366, 15
	%368 = sdiv i32 %367, 16
	%369 = sub i32 0, %368
	%370 = icmp sge i32 %365, 0
	%371 = sdiv i32 %365, 16
	%372 = select i1 %370, i32 %371, i32 %369
	%373 = add i32 %372, 1
	%374 = icmp slt i32 %373, %NB
	%375 = select i1 %374, i32 %373, i32 %NB
	%376 = icmp sgt i32 %375, 0
	%377 = select i1 %376, i32 %375, i32 0
	%378 = add i32 %4, 0
	%379 = add i32 %5, %378
	%380 = add i32 %379, %6
	%381 = sub i32 0, %380
	%382 = add i32 %381, 15
	%383 = sdiv i32 %382, 16
	%384 = sub i32 0, %383
	%385 = icmp sge i32 %380, 0
	%386 = sdiv i32 %380, 16
	%387 = select i1 %385, i32 %386, i32 %384
	%388 = sub i32 0, %380
	%389 = add i32 %388, 15
	%390 = sdiv i32 %389, 16
	%391 = sub i32 0, %390
	%392 = icmp sge i32 %380, 0
	%393 = sdiv i32 %380, 16
	%394 = select i1 %392, i32 %393, i32 %391
	%395 = add i32 %394, 1
	%396 = icmp slt i32 %395, %NB
	%397 = select i1 %396, i32 %395, i32 %NB
	%398 = icmp sgt i32 %397, 0
	%399 = select i1 %398, i32 %397, i32 0
	%400 = sub i32 %387, 0
	%401 = icmp sgt i32 %400, 0
	%402 = select i1 %401, i32 %400, i32 0
	%403 = sub i32 %399, 1
	%404 = icmp slt i32 %387, %403
	%405 = select i1 %404, i32 %387, i32 %403
	%406 = sub i32 %405, %402
	%407 = add i32 %406, 1
	%408 = icmp sgt i32 %407, 0
	%409 = select i1 %408, i32 %407, i32 0
	%410 = add i32 %409, 0
	%411 = icmp slt i32 8, %399
	%412 = select i1 %411, i32 8, i32 %399
	%413 = icmp sgt i32 %412, %410
	%414 = select i1 %413, i32 %412, i32 %410
	%415 = sub i32 %414, %410
	%416 = add i32 %5, %378
	%417 = icmp slt i32 %416, %M
	%418 = icmp sgt i32 %415, 0
	%419 = and i1 %417, %418
	%420 = add i32 %4, 4
	%421 = add i32 %5, %420
	%422 = add i32 %421, %6
	%423 = sub i32 0, %422
	%424 = add i32 %423, 15
	%425 = sdiv i32 %424, 16
	%426 = sub i32 0, %425
	%427 = icmp sge i32 %422, 0
	%428 = sdiv i32 %422, 16
	%429 = select i1 %427, i32 %428, i32 %426
	%430 = sub i32 0, %422
	%431 = add i32 %430, 15
	%432 = sdiv i32 %431, 16
	%433 = sub i32 0, %432
	%434 = icmp sge i32 %422, 0
	%435 = sdiv i32 %422, 16
	%436 = select i1 %434, i32 %435, i32 %433
	%437 = add i32 %436, 1
	%438 = icmp slt i32 %437, %NB
	%439 = select i1 %438, i32 %437, i32 %NB
	%440 = icmp sgt i32 %439, 0
	%441 = select i1 %440, i32 %439, i32 0
	%442 = sub i32 %429, 0
	%443 = icmp sgt i32 %442, 0
	%444 = select i1 %443, i32 %442, i32 0
	%445 = sub i32 %441, 1
	%446 = icmp slt i32 %429, %445
	%447 = select i1 %446, i32 %429, i32 %445
	%448 = sub i32 %447, %444
	%449 = add i32 %448, 1
	%450 = icmp sgt i32 %449, 0
	%451 = select i1 %450, i32 %449, i32 0
	%452 = add i32 %451, 0
	%453 = icmp slt i32 8, %441
	%454 = select i1 %453, i32 8, i32 %441
	%455 = icmp sgt i32 %454, %452
	%456 = select i1 %455, i32 %454, i32 %452
	%457 = sub i32 %456, %452
	%458 = add i32 %5, %420
	%459 = icmp slt i32 %458, %M
	%460 = icmp sgt i32 %457, 0
	%461 = and i1 %459, %460
	%462 = add i32 %4, 8
	%463 = add i32 %5, %462
	%464 = add i32 %463, %6
	%465 = sub i32 0, %464
	%466 = add i32 %465, 15
	%467 = sdiv i32 %466, 16
	%468 = sub i32 0, %467
	%469 = icmp sge i32 %464, 0
	%470 = sdiv i32 %464, 16
	%471 = select i1 %469, i32 %470, i32 %468
	%472 = sub i32 0, %464
	%473 = add i32 %472, 15
	%474 = sdiv i32 %473, 16
	%475 = sub i32 0, %474
	%476 = icmp sge i32 %464, 0
	%477 = sdiv i32 %464, 16
	%478 = select i1 %476, i32 %477, i32 %475
	%479 = add i32 %478, 1
	%480 = icmp slt i32 %479, %NB
	%481 = select i1 %480, i32 %479, i32 %NB
	%482 = icmp sgt i32 %481, 0
	%483 = select i1 %482, i32 %481, i32 0
	%484 = sub i32 %471, 0
	%485 = icmp sgt i32 %484, 0
	%486 = select i1 %485, i32 %484, i32 0
	%487 = sub i32 %483, 1
	%488 = icmp slt i32 %471, %487
	%489 = select i1 %488, i32 %471, i32 %487
	%490 = sub i32 %489, %486
	%491 = add i32 %490, 1
	%492 = icmp sgt i32 %491, 0
	%493 = select i1 %492, i32 %491, i32 0
	%494 = add i32 %493, 0
	%495 = icmp slt i32 8, %483
	%496 = select i1 %495, i32 8, i32 %483
	%497 = icmp sgt i32 %496, %494
	%498 = select i1 %497, i32 %496, i32 %494
	%499 = sub i32 %498, %494
	%500 = add i32 %5, %462
	%501 = icmp slt i32 %500, %M
	%502 = icmp sgt i32 %499, 0
	%503 = and i1 %501, %502
	%504 = add i32 %4, 12
	%505 = add i32 %5, %504
	%506 = add i32 %505, %6
	%507 = sub i32 0, %506
	%508 = add i32 %507, 15
	%509 = sdiv i32 %508, 16
	%510 = sub i32 0, %509
	%511 = icmp sge i32 %506, 0
	%512 = sdiv i32 %506, 16
	%513 = select i1 %511, i32 %512, i32 %510
	%514 = sub i32 0, %506
	%515 = add i32 %514, 15
	%516 = sdiv i32 %515, 16
	%517 = sub i32 0, %516
	%518 = icmp sge i32 %506, 0
	%519 = sdiv i32 %506, 16
	%520 = select i1 %518, i32 %519, i32 %517
	%521 = add i32 %520, 1
	%522 = icmp slt i32 %521, %NB
	%523 = select i1 %522, i32 %521, i32 %NB
	%524 = icmp sgt i32 %523, 0
	%525 = select i1 %524, i32 %523, i32 0
	%526 = sub i32 %513, 0
	%527 = icmp sgt i32 %526, 0
	%528 = select i1 %527, i32 %526, i32 0
	%529 = sub i32 %525, 1
	%530 = icmp slt i32 %513, %529
	%531 = select i1 %530, i32 %513, i32 %529
	%532 = sub i32 %531, %528
	%533 = add i32 %532, 1
	%534 = icmp sgt i32 %533, 0
	%535 = select i1 %534, i32 %533, i32 0
	%536 = add i32 %535, 0
	%537 = icmp slt i32 8, %525
	%538 = select i1 %537, i32 8, i32 %525
	%539 = icmp sgt i32 %538, %536
	%540 = select i1 %539, i32 %538, i32 %536
	%541 = sub i32 %540, %536
	%542 = add i32 %5, %504
	%543 = icmp slt i32 %542, %M
	%544 = icmp sgt i32 %541, 0
	%545 = and i1 %543, %544
	br label %546

546:
	%547 = phi i32 [ 0, %entry ], [ %4560, %4557 ]
	%548 = phi i32 [ 0, %entry ], [ %2320, %4557 ]
	%549 = phi i32 [ 0, %entry ], [ %2321, %4557 ]
	%550 = phi i32 [ 0, %entry ], [ %3066, %4557 ]
	%551 = phi i32 [ 0, %entry ], [ %3067, %4557 ]
	%552 = phi i32 [ 0, %entry ], [ %3812, %4557 ]
	%553 = phi i32 [ 0, %entry ], [ %3813, %4557 ]
	%554 = phi i32 [ 0, %entry ], [ %4558, %4557 ]
	%555 = phi i32 [ 0, %entry ], [ %4559, %4557 ]
	%556 = icmp slt i32 %547, %377
	br i1 %556, label %557, label %561

557:
	%558 = mul i32 %4, 32
	%559 = add i32 %547, %558
	%560 = icmp slt i32 %559, %377
	br i1 %560, label %562, label %1515

561:
	br i1 %12, label %5045, label %5047

562:
	%563 = add i32 %13, 0
	%564 = add i32 %559, %563
	%565 = sub i32 %NB, 1
	%566 = icmp slt i32 %564, %565
	%567 = select i1 %566, i32 %564, i32 %565
	%568 = mul i32 %7, %NB
	%569 = add i32 %568, %567
	%570 = mul i32 %569, 64
	%571 = shl i32 %14, 1
	%572 = add i32 %570, %571
	%573 = mul i32 %11, 0
	%574 = add i32 %572, %573
	%575 = add i32 %574, 0
	%576 = sext i32 %575 to i64
	%577 = getelementptr i16, i16* %km, i64 %576
	%578 = bitcast i16* %577 to i32*
	%579 = load i32, i32* %578
	%580 = mul i32 %11, 0
	%581 = add i32 %572, %580
	%582 = add i32 %581, 8
	%583 = sext i32 %582 to i64
	%584 = getelementptr i16, i16* %km, i64 %583
	%585 = bitcast i16* %584 to i32*
	%586 = load i32, i32* %585
	%587 = mul i32 %11, 1
	%588 = add i32 %572, %587
	%589 = add i32 %588, 0
	%590 = sext i32 %589 to i64
	%591 = getelementptr i16, i16* %km, i64 %590
	%592 = bitcast i16* %591 to i32*
	%593 = load i32, i32* %592
	%594 = mul i32 %11, 1
	%595 = add i32 %572, %594
	%596 = add i32 %595, 8
	%597 = sext i32 %596 to i64
	%598 = getelementptr i16, i16* %km, i64 %597
	%599 = bitcast i16* %598 to i32*
	%600 = load i32, i32* %599
	%601 = mul i32 %11, 2
	%602 = add i32 %572, %601
	%603 = add i32 %602, 0
	%604 = sext i32 %603 to i64
	%605 = getelementptr i16, i16* %km, i64 %604
	%606 = bitcast i16* %605 to i32*
	%607 = load i32, i32* %606
	%608 = mul i32 %11, 2
	%609 = add i32 %572, %608
	%610 = add i32 %609, 8
	%611 = sext i32 %610 to i64
	%612 = getelementptr i16, i16* %km, i64 %611
	%613 = bitcast i16* %612 to i32*
	%614 = load i32, i32* %613
	%615 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %607, i32 %614, float 0.0, float 0.0, float 0.0, float 0.0)
	%616 = extractvalue { float, float, float, float } %615, 0
	%617 = extractvalue { float, float, float, float } %615, 1
	%618 = extractvalue { float, float, float, float } %615, 2
	%619 = extractvalue { float, float, float, float } %615, 3
	%620 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %593, i32 %600, float %616, float %617, float %618, float %619)
	%621 = extractvalue { float, float, float, float } %620, 0
	%622 = extractvalue { float, float, float, float } %620, 1
	%623 = extractvalue { float, float, float, float } %620, 2
	%624 = extractvalue { float, float, float, float } %620, 3
	%625 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %579, i32 %586, float %621, float %622, float %623, float %624)
	%626 = extractvalue { float, float, float, float } %625, 0
	%627 = extractvalue { float, float, float, float } %625, 1
	%628 = extractvalue { float, float, float, float } %625, 2
	%629 = extractvalue { float, float, float, float } %625, 3
	%630 = mul i32 %11, 0
	%631 = add i32 %572, %630
	%632 = add i32 %631, 16
	%633 = sext i32 %632 to i64
	%634 = getelementptr i16, i16* %km, i64 %633
	%635 = bitcast i16* %634 to i32*
	%636 = load i32, i32* %635
	%637 = mul i32 %11, 0
	%638 = add i32 %572, %637
	%639 = add i32 %638, 24
	%640 = sext i32 %639 to i64
	%641 = getelementptr i16, i16* %km, i64 %640
	%642 = bitcast i16* %641 to i32*
	%643 = load i32, i32* %642
	%644 = mul i32 %11, 1
	%645 = add i32 %572, %644
	%646 = add i32 %645, 16
	%647 = sext i32 %646 to i64
	%648 = getelementptr i16, i16* %km, i64 %647
	%649 = bitcast i16* %648 to i32*
	%650 = load i32, i32* %649
	%651 = mul i32 %11, 1
	%652 = add i32 %572, %651
	%653 = add i32 %652, 24
	%654 = sext i32 %653 to i64
	%655 = getelementptr i16, i16* %km, i64 %654
	%656 = bitcast i16* %655 to i32*
	%657 = load i32, i32* %656
	%658 = mul i32 %11, 2
	%659 = add i32 %572, %658
	%660 = add i32 %659, 16
	%661 = sext i32 %660 to i64
	%662 = getelementptr i16, i16* %km, i64 %661
	%663 = bitcast i16* %662 to i32*
	%664 = load i32, i32* %663
	%665 = mul i32 %11, 2
	%666 = add i32 %572, %665
	%667 = add i32 %666, 24
	%668 = sext i32 %667 to i64
	%669 = getelementptr i16, i16* %km, i64 %668
	%670 = bitcast i16* %669 to i32*
	%671 = load i32, i32* %670
	%672 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %664, i32 %671, float %626, float %627, float %628, float %629)
	%673 = extractvalue { float, float, float, float } %672, 0
	%674 = extractvalue { float, float, float, float } %672, 1
	%675 = extractvalue { float, float, float, float } %672, 2
	%676 = extractvalue { float, float, float, float } %672, 3
	%677 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %650, i32 %657, float %673, float %674, float %675, float %676)
	%678 = extractvalue { float, float, float, float } %677, 0
	%679 = extractvalue { float, float, float, float } %677, 1
	%680 = extractvalue { float, float, float, float } %677, 2
	%681 = extractvalue { float, float, float, float } %677, 3
	%682 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %636, i32 %643, float %678, float %679, float %680, float %681)
	%683 = extractvalue { float, float, float, float } %682, 0
	%684 = extractvalue { float, float, float, float } %682, 1
	%685 = extractvalue { float, float, float, float } %682, 2
	%686 = extractvalue { float, float, float, float } %682, 3
	%687 = mul i32 %11, 0
	%688 = add i32 %572, %687
	%689 = add i32 %688, 32
	%690 = sext i32 %689 to i64
	%691 = getelementptr i16, i16* %km, i64 %690
	%692 = bitcast i16* %691 to i32*
	%693 = load i32, i32* %692
	%694 = mul i32 %11, 0
	%695 = add i32 %572, %694
	%696 = add i32 %695, 40
	%697 = sext i32 %696 to i64
	%698 = getelementptr i16, i16* %km, i64 %697
	%699 = bitcast i16* %698 to i32*
	%700 = load i32, i32* %699
	%701 = mul i32 %11, 1
	%702 = add i32 %572, %701
	%703 = add i32 %702, 32
	%704 = sext i32 %703 to i64
	%705 = getelementptr i16, i16* %km, i64 %704
	%706 = bitcast i16* %705 to i32*
	%707 = load i32, i32* %706
	%708 = mul i32 %11, 1
	%709 = add i32 %572, %708
	%710 = add i32 %709, 40
	%711 = sext i32 %710 to i64
	%712 = getelementptr i16, i16* %km, i64 %711
	%713 = bitcast i16* %712 to i32*
	%714 = load i32, i32* %713
	%715 = mul i32 %11, 2
	%716 = add i32 %572, %715
	%717 = add i32 %716, 32
	%718 = sext i32 %717 to i64
	%719 = getelementptr i16, i16* %km, i64 %718
	%720 = bitcast i16* %719 to i32*
	%721 = load i32, i32* %720
	%722 = mul i32 %11, 2
	%723 = add i32 %572, %722
	%724 = add i32 %723, 40
	%725 = sext i32 %724 to i64
	%726 = getelementptr i16, i16* %km, i64 %725
	%727 = bitcast i16* %726 to i32*
	%728 = load i32, i32* %727
	%729 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %721, i32 %728, float %683, float %684, float %685, float %686)
	%730 = extractvalue { float, float, float, float } %729, 0
	%731 = extractvalue { float, float, float, float } %729, 1
	%732 = extractvalue { float, float, float, float } %729, 2
	%733 = extractvalue { float, float, float, float } %729, 3
	%734 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %707, i32 %714, float %730, float %731, float %732, float %733)
	%735 = extractvalue { float, float, float, float } %734, 0
	%736 = extractvalue { float, float, float, float } %734, 1
	%737 = extractvalue { float, float, float, float } %734, 2
	%738 = extractvalue { float, float, float, float } %734, 3
	%739 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %693, i32 %700, float %735, float %736, float %737, float %738)
	%740 = extractvalue { float, float, float, float } %739, 0
	%741 = extractvalue { float, float, float, float } %739, 1
	%742 = extractvalue { float, float, float, float } %739, 2
	%743 = extractvalue { float, float, float, float } %739, 3
	%744 = mul i32 %11, 0
	%745 = add i32 %572, %744
	%746 = add i32 %745, 48
	%747 = sext i32 %746 to i64
	%748 = getelementptr i16, i16* %km, i64 %747
	%749 = bitcast i16* %748 to i32*
	%750 = load i32, i32* %749
	%751 = mul i32 %11, 0
	%752 = add i32 %572, %751
	%753 = add i32 %752, 56
	%754 = sext i32 %753 to i64
	%755 = getelementptr i16, i16* %km, i64 %754
	%756 = bitcast i16* %755 to i32*
	%757 = load i32, i32* %756
	%758 = mul i32 %11, 1
	%759 = add i32 %572, %758
	%760 = add i32 %759, 48
	%761 = sext i32 %760 to i64
	%762 = getelementptr i16, i16* %km, i64 %761
	%763 = bitcast i16* %762 to i32*
	%764 = load i32, i32* %763
	%765 = mul i32 %11, 1
	%766 = add i32 %572, %765
	%767 = add i32 %766, 56
	%768 = sext i32 %767 to i64
	%769 = getelementptr i16, i16* %km, i64 %768
	%770 = bitcast i16* %769 to i32*
	%771 = load i32, i32* %770
	%772 = mul i32 %11, 2
	%773 = add i32 %572, %772
	%774 = add i32 %773, 48
	%775 = sext i32 %774 to i64
	%776 = getelementptr i16, i16* %km, i64 %775
	%777 = bitcast i16* %776 to i32*
	%778 = load i32, i32* %777
	%779 = mul i32 %11, 2
	%780 = add i32 %572, %779
	%781 = add i32 %780, 56
	%782 = sext i32 %781 to i64
	%783 = getelementptr i16, i16* %km, i64 %782
	%784 = bitcast i16* %783 to i32*
	%785 = load i32, i32* %784
	%786 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %778, i32 %785, float %740, float %741, float %742, float %743)
	%787 = extractvalue { float, float, float, float } %786, 0
	%788 = extractvalue { float, float, float, float } %786, 1
	%789 = extractvalue { float, float, float, float } %786, 2
	%790 = extractvalue { float, float, float, float } %786, 3
	%791 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %764, i32 %771, float %787, float %788, float %789, float %790)
	%792 = extractvalue { float, float, float, float } %791, 0
	%793 = extractvalue { float, float, float, float } %791, 1
	%794 = extractvalue { float, float, float, float } %791, 2
	%795 = extractvalue { float, float, float, float } %791, 3
	%796 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %750, i32 %757, float %792, float %793, float %794, float %795)
	%797 = extractvalue { float, float, float, float } %796, 0
	%798 = extractvalue { float, float, float, float } %796, 1
	%799 = extractvalue { float, float, float, float } %796, 2
	%800 = extractvalue { float, float, float, float } %796, 3
	%801 = add i32 %13, 8
	%802 = add i32 %559, %801
	%803 = sub i32 %NB, 1
	%804 = icmp slt i32 %802, %803
	%805 = select i1 %804, i32 %802, i32 %803
	%806 = mul i32 %7, %NB
	%807 = add i32 %806, %805
	%808 = mul i32 %807, 64
	%809 = shl i32 %14, 1
	%810 = add i32 %808, %809
	%811 = mul i32 %11, 0
	%812 = add i32 %810, %811
	%813 = add i32 %812, 0
	%814 = sext i32 %813 to i64
	%815 = getelementptr i16, i16* %km, i64 %814
	%816 = bitcast i16* %815 to i32*
	%817 = load i32, i32* %816
	%818 = mul i32 %11, 0
	%819 = add i32 %810, %818
	%820 = add i32 %819, 8
	%821 = sext i32 %820 to i64
	%822 = getelementptr i16, i16* %km, i64 %821
	%823 = bitcast i16* %822 to i32*
	%824 = load i32, i32* %823
	%825 = mul i32 %11, 1
	%826 = add i32 %810, %825
	%827 = add i32 %826, 0
	%828 = sext i32 %827 to i64
	%829 = getelementptr i16, i16* %km, i64 %828
	%830 = bitcast i16* %829 to i32*
	%831 = load i32, i32* %830
	%832 = mul i32 %11, 1
	%833 = add i32 %810, %832
	%834 = add i32 %833, 8
	%835 = sext i32 %834 to i64
	%836 = getelementptr i16, i16* %km, i64 %835
	%837 = bitcast i16* %836 to i32*
	%838 = load i32, i32* %837
	%839 = mul i32 %11, 2
	%840 = add i32 %810, %839
	%841 = add i32 %840, 0
	%842 = sext i32 %841 to i64
	%843 = getelementptr i16, i16* %km, i64 %842
	%844 = bitcast i16* %843 to i32*
	%845 = load i32, i32* %844
	%846 = mul i32 %11, 2
	%847 = add i32 %810, %846
	%848 = add i32 %847, 8
	%849 = sext i32 %848 to i64
	%850 = getelementptr i16, i16* %km, i64 %849
	%851 = bitcast i16* %850 to i32*
	%852 = load i32, i32* %851
	%853 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %845, i32 %852, float 0.0, float 0.0, float 0.0, float 0.0)
	%854 = extractvalue { float, float, float, float } %853, 0
	%855 = extractvalue { float, float, float, float } %853, 1
	%856 = extractvalue { float, float, float, float } %853, 2
	%857 = extractvalue { float, float, float, float } %853, 3
	%858 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %831, i32 %838, float %854, float %855, float %856, float %857)
	%859 = extractvalue { float, float, float, float } %858, 0
	%860 = extractvalue { float, float, float, float } %858, 1
	%861 = extractvalue { float, float, float, float } %858, 2
	%862 = extractvalue { float, float, float, float } %858, 3
	%863 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %817, i32 %824, float %859, float %860, float %861, float %862)
	%864 = extractvalue { float, float, float, float } %863, 0
	%865 = extractvalue { float, float, float, float } %863, 1
	%866 = extractvalue { float, float, float, float } %863, 2
	%867 = extractvalue { float, float, float, float } %863, 3
	%868 = mul i32 %11, 0
	%869 = add i32 %810, %868
	%870 = add i32 %869, 16
	%871 = sext i32 %870 to i64
	%872 = getelementptr i16, i16* %km, i64 %871
	%873 = bitcast i16* %872 to i32*
	%874 = load i32, i32* %873
	%875 = mul i32 %11, 0
	%876 = add i32 %810, %875
	%877 = add i32 %876, 24
	%878 = sext i32 %877 to i64
	%879 = getelementptr i16, i16* %km, i64 %878
	%880 = bitcast i16* %879 to i32*
	%881 = load i32, i32* %880
	%882 = mul i32 %11, 1
	%883 = add i32 %810, %882
	%884 = add i32 %883, 16
	%885 = sext i32 %884 to i64
	%886 = getelementptr i16, i16* %km, i64 %885
	%887 = bitcast i16* %886 to i32*
	%888 = load i32, i32* %887
	%889 = mul i32 %11, 1
	%890 = add i32 %810, %889
	%891 = add i32 %890, 24
	%892 = sext i32 %891 to i64
	%893 = getelementptr i16, i16* %km, i64 %892
	%894 = bitcast i16* %893 to i32*
	%895 = load i32, i32* %894
	%896 = mul i32 %11, 2
	%897 = add i32 %810, %896
	%898 = add i32 %897, 16
	%899 = sext i32 %898 to i64
	%900 = getelementptr i16, i16* %km, i64 %899
	%901 = bitcast i16* %900 to i32*
	%902 = load i32, i32* %901
	%903 = mul i32 %11, 2
	%904 = add i32 %810, %903
	%905 = add i32 %904, 24
	%906 = sext i32 %905 to i64
	%907 = getelementptr i16, i16* %km, i64 %906
	%908 = bitcast i16* %907 to i32*
	%909 = load i32, i32* %908
	%910 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %902, i32 %909, float %864, float %865, float %866, float %867)
	%911 = extractvalue { float, float, float, float } %910, 0
	%912 = extractvalue { float, float, float, float } %910, 1
	%913 = extractvalue { float, float, float, float } %910, 2
	%914 = extractvalue { float, float, float, float } %910, 3
	%915 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %888, i32 %895, float %911, float %912, float %913, float %914)
	%916 = extractvalue { float, float, float, float } %915, 0
	%917 = extractvalue { float, float, float, float } %915, 1
	%918 = extractvalue { float, float, float, float } %915, 2
	%919 = extractvalue { float, float, float, float } %915, 3
	%920 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %874, i32 %881, float %916, float %917, float %918, float %919)
	%921 = extractvalue { float, float, float, float } %920, 0
	%922 = extractvalue { float, float, float, float } %920, 1
	%923 = extractvalue { float, float, float, float } %920, 2
	%924 = extractvalue { float, float, float, float } %920, 3
	%925 = mul i32 %11, 0
	%926 = add i32 %810, %925
	%927 = add i32 %926, 32
	%928 = sext i32 %927 to i64
	%929 = getelementptr i16, i16* %km, i64 %928
	%930 = bitcast i16* %929 to i32*
	%931 = load i32, i32* %930
	%932 = mul i32 %11, 0
	%933 = add i32 %810, %932
	%934 = add i32 %933, 40
	%935 = sext i32 %934 to i64
	%936 = getelementptr i16, i16* %km, i64 %935
	%937 = bitcast i16* %936 to i32*
	%938 = load i32, i32* %937
	%939 = mul i32 %11, 1
	%940 = add i32 %810, %939
	%941 = add i32 %940, 32
	%942 = sext i32 %941 to i64
	%943 = getelementptr i16, i16* %km, i64 %942
	%944 = bitcast i16* %943 to i32*
	%945 = load i32, i32* %944
	%946 = mul i32 %11, 1
	%947 = add i32 %810, %946
	%948 = add i32 %947, 40
	%949 = sext i32 %948 to i64
	%950 = getelementptr i16, i16* %km, i64 %949
	%951 = bitcast i16* %950 to i32*
	%952 = load i32, i32* %951
	%953 = mul i32 %11, 2
	%954 = add i32 %810, %953
	%955 = add i32 %954, 32
	%956 = sext i32 %955 to i64
	%957 = getelementptr i16, i16* %km, i64 %956
	%958 = bitcast i16* %957 to i32*
	%959 = load i32, i32* %958
	%960 = mul i32 %11, 2
	%961 = add i32 %810, %960
	%962 = add i32 %961, 40
	%963 = sext i32 %962 to i64
	%964 = getelementptr i16, i16* %km, i64 %963
	%965 = bitcast i16* %964 to i32*
	%966 = load i32, i32* %965
	%967 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %959, i32 %966, float %921, float %922, float %923, float %924)
	%968 = extractvalue { float, float, float, float } %967, 0
	%969 = extractvalue { float, float, float, float } %967, 1
	%970 = extractvalue { float, float, float, float } %967, 2
	%971 = extractvalue { float, float, float, float } %967, 3
	%972 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %945, i32 %952, float %968, float %969, float %970, float %971)
	%973 = extractvalue { float, float, float, float } %972, 0
	%974 = extractvalue { float, float, float, float } %972, 1
	%975 = extractvalue { float, float, float, float } %972, 2
	%976 = extractvalue { float, float, float, float } %972, 3
	%977 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %931, i32 %938, float %973, float %974, float %975, float %976)
	%978 = extractvalue { float, float, float, float } %977, 0
	%979 = extractvalue { float, float, float, float } %977, 1
	%980 = extractvalue { float, float, float, float } %977, 2
	%981 = extractvalue { float, float, float, float } %977, 3
	%982 = mul i32 %11, 0
	%983 = add i32 %810, %982
	%984 = add i32 %983, 48
	%985 = sext i32 %984 to i64
	%986 = getelementptr i16, i16* %km, i64 %985
	%987 = bitcast i16* %986 to i32*
	%988 = load i32, i32* %987
	%989 = mul i32 %11, 0
	%990 = add i32 %810, %989
	%991 = add i32 %990, 56
	%992 = sext i32 %991 to i64
	%993 = getelementptr i16, i16* %km, i64 %992
	%994 = bitcast i16* %993 to i32*
	%995 = load i32, i32* %994
	%996 = mul i32 %11, 1
	%997 = add i32 %810, %996
	%998 = add i32 %997, 48
	%999 = sext i32 %998 to i64
	%1000 = getelementptr i16, i16* %km, i64 %999
	%1001 = bitcast i16* %1000 to i32*
	%1002 = load i32, i32* %1001
	%1003 = mul i32 %11, 1
	%1004 = add i32 %810, %1003
	%1005 = add i32 %1004, 56
	%1006 = sext i32 %1005 to i64
	%1007 = getelementptr i16, i16* %km, i64 %1006
	%1008 = bitcast i16* %1007 to i32*
	%1009 = load i32, i32* %1008
	%1010 = mul i32 %11, 2
	%1011 = add i32 %810, %1010
	%1012 = add i32 %1011, 48
	%1013 = sext i32 %1012 to i64
	%1014 = getelementptr i16, i16* %km, i64 %1013
	%1015 = bitcast i16* %1014 to i32*
	%1016 = load i32, i32* %1015
	%1017 = mul i32 %11, 2
	%1018 = add i32 %810, %1017
	%1019 = add i32 %1018, 56
	%1020 = sext i32 %1019 to i64
	%1021 = getelementptr i16, i16* %km, i64 %1020
	%1022 = bitcast i16* %1021 to i32*
	%1023 = load i32, i32* %1022
	%1024 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %1016, i32 %1023, float %978, float %979, float %980, float %981)
	%1025 = extractvalue { float, float, float, float } %1024, 0
	%1026 = extractvalue { float, float, float, float } %1024, 1
	%1027 = extractvalue { float, float, float, float } %1024, 2
	%1028 = extractvalue { float, float, float, float } %1024, 3
	%1029 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %1002, i32 %1009, float %1025, float %1026, float %1027, float %1028)
	%1030 = extractvalue { float, float, float, float } %1029, 0
	%1031 = extractvalue { float, float, float, float } %1029, 1
	%1032 = extractvalue { float, float, float, float } %1029, 2
	%1033 = extractvalue { float, float, float, float } %1029, 3
	%1034 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %988, i32 %995, float %1030, float %1031, float %1032, float %1033)
	%1035 = extractvalue { float, float, float, float } %1034, 0
	%1036 = extractvalue { float, float, float, float } %1034, 1
	%1037 = extractvalue { float, float, float, float } %1034, 2
	%1038 = extractvalue { float, float, float, float } %1034, 3
	%1039 = add i32 %13, 16
	%1040 = add i32 %559, %1039
	%1041 = sub i32 %NB, 1
	%1042 = icmp slt i32 %1040, %1041
	%1043 = select i1 %1042, i32 %1040, i32 %1041
	%1044 = mul i32 %7, %NB
	%1045 = add i32 %1044, %1043
	%1046 = mul i32 %1045, 64
	%1047 = shl i32 %14, 1
	%1048 = add i32 %1046, %1047
	%1049 = mul i32 %11, 0
	%1050 = add i32 %1048, %1049
	%1051 = add i32 %1050, 0
	%1052 = sext i32 %1051 to i64
	%1053 = getelementptr i16, i16* %km, i64 %1052
	%1054 = bitcast i16* %1053 to i32*
	%1055 = load i32, i32* %1054
	%1056 = mul i32 %11, 0
	%1057 = add i32 %1048, %1056
	%1058 = add i32 %1057, 8
	%1059 = sext i32 %1058 to i64
	%1060 = getelementptr i16, i16* %km, i64 %1059
	%1061 = bitcast i16* %1060 to i32*
	%1062 = load i32, i32* %1061
	%1063 = mul i32 %11, 1
	%1064 = add i32 %1048, %1063
	%1065 = add i32 %1064, 0
	%1066 = sext i32 %1065 to i64
	%1067 = getelementptr i16, i16* %km, i64 %1066
	%1068 = bitcast i16* %1067 to i32*
	%1069 = load i32, i32* %1068
	%1070 = mul i32 %11, 1
	%1071 = add i32 %1048, %1070
	%1072 = add i32 %1071, 8
	%1073 = sext i32 %1072 to i64
	%1074 = getelementptr i16, i16* %km, i64 %1073
	%1075 = bitcast i16* %1074 to i32*
	%1076 = load i32, i32* %1075
	%1077 = mul i32 %11, 2
	%1078 = add i32 %1048, %1077
	%1079 = add i32 %1078, 0
	%1080 = sext i32 %1079 to i64
	%1081 = getelementptr i16, i16* %km, i64 %1080
	%1082 = bitcast i16* %1081 to i32*
	%1083 = load i32, i32* %1082
	%1084 = mul i32 %11, 2
	%1085 = add i32 %1048, %1084
	%1086 = add i32 %1085, 8
	%1087 = sext i32 %1086 to i64
	%1088 = getelementptr i16, i16* %km, i64 %1087
	%1089 = bitcast i16* %1088 to i32*
	%1090 = load i32, i32* %1089
	%1091 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %1083, i32 %1090, float 0.0, float 0.0, float 0.0, float 0.0)
	%1092 = extractvalue { float, float, float, float } %1091, 0
	%1093 = extractvalue { float, float, float, float } %1091, 1
	%1094 = extractvalue { float, float, float, float } %1091, 2
	%1095 = extractvalue { float, float, float, float } %1091, 3
	%1096 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %1069, i32 %1076, float %1092, float %1093, float %1094, float %1095)
	%1097 = extractvalue { float, float, float, float } %1096, 0
	%1098 = extractvalue { float, float, float, float } %1096, 1
	%1099 = extractvalue { float, float, float, float } %1096, 2
	%1100 = extractvalue { float, float, float, float } %1096, 3
	%1101 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %1055, i32 %1062, float %1097, float %1098, float %1099, float %1100)
	%1102 = extractvalue { float, float, float, float } %1101, 0
	%1103 = extractvalue { float, float, float, float } %1101, 1
	%1104 = extractvalue { float, float, float, float } %1101, 2
	%1105 = extractvalue { float, float, float, float } %1101, 3
	%1106 = mul i32 %11, 0
	%1107 = add i32 %1048, %1106
	%1108 = add i32 %1107, 16
	%1109 = sext i32 %1108 to i64
	%1110 = getelementptr i16, i16* %km, i64 %1109
	%1111 = bitcast i16* %1110 to i32*
	%1112 = load i32, i32* %1111
	%1113 = mul i32 %11, 0
	%1114 = add i32 %1048, %1113
	%1115 = add i32 %1114, 24
	%1116 = sext i32 %1115 to i64
	%1117 = getelementptr i16, i16* %km, i64 %1116
	%1118 = bitcast i16* %1117 to i32*
	%1119 = load i32, i32* %1118
	%1120 = mul i32 %11, 1
	%1121 = add i32 %1048, %1120
	%1122 = add i32 %1121, 16
	%1123 = sext i32 %1122 to i64
	%1124 = getelementptr i16, i16* %km, i64 %1123
	%1125 = bitcast i16* %1124 to i32*
	%1126 = load i32, i32* %1125
	%1127 = mul i32 %11, 1
	%1128 = add i32 %1048, %1127
	%1129 = add i32 %1128, 24
	%1130 = sext i32 %1129 to i64
	%1131 = getelementptr i16, i16* %km, i64 %1130
	%1132 = bitcast i16* %1131 to i32*
	%1133 = load i32, i32* %1132
	%1134 = mul i32 %11, 2
	%1135 = add i32 %1048, %1134
	%1136 = add i32 %1135, 16
	%1137 = sext i32 %1136 to i64
	%1138 = getelementptr i16, i16* %km, i64 %1137
	%1139 = bitcast i16* %1138 to i32*
	%1140 = load i32, i32* %1139
	%1141 = mul i32 %11, 2
	%1142 = add i32 %1048, %1141
	%1143 = add i32 %1142, 24
	%1144 = sext i32 %1143 to i64
	%1145 = getelementptr i16, i16* %km, i64 %1144
	%1146 = bitcast i16* %1145 to i32*
	%1147 = load i32, i32* %1146
	%1148 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %1140, i32 %1147, float %1102, float %1103, float %1104, float %1105)
	%1149 = extractvalue { float, float, float, float } %1148, 0
	%1150 = extractvalue { float, float, float, float } %1148, 1
	%1151 = extractvalue { float, float, float, float } %1148, 2
	%1152 = extractvalue { float, float, float, float } %1148, 3
	%1153 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %1126, i32 %1133, float %1149, float %1150, float %1151, float %1152)
	%1154 = extractvalue { float, float, float, float } %1153, 0
	%1155 = extractvalue { float, float, float, float } %1153, 1
	%1156 = extractvalue { float, float, float, float } %1153, 2
	%1157 = extractvalue { float, float, float, float } %1153, 3
	%1158 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %1112, i32 %1119, float %1154, float %1155, float %1156, float %1157)
	%1159 = extractvalue { float, float, float, float } %1158, 0
	%1160 = extractvalue { float, float, float, float } %1158, 1
	%1161 = extractvalue { float, float, float, float } %1158, 2
	%1162 = extractvalue { float, float, float, float } %1158, 3
	%1163 = mul i32 %11, 0
	%1164 = add i32 %1048, %1163
	%1165 = add i32 %1164, 32
	%1166 = sext i32 %1165 to i64
	%1167 = getelementptr i16, i16* %km, i64 %1166
	%1168 = bitcast i16* %1167 to i32*
	%1169 = load i32, i32* %1168
	%1170 = mul i32 %11, 0
	%1171 = add i32 %1048, %1170
	%1172 = add i32 %1171, 40
	%1173 = sext i32 %1172 to i64
	%1174 = getelementptr i16, i16* %km, i64 %1173
	%1175 = bitcast i16* %1174 to i32*
	%1176 = load i32, i32* %1175
	%1177 = mul i32 %11, 1
	%1178 = add i32 %1048, %1177
	%1179 = add i32 %1178, 32
	%1180 = sext i32 %1179 to i64
	%1181 = getelementptr i16, i16* %km, i64 %1180
	%1182 = bitcast i16* %1181 to i32*
	%1183 = load i32, i32* %1182
	%1184 = mul i32 %11, 1
	%1185 = add i32 %1048, %1184
	%1186 = add i32 %1185, 40
	%1187 = sext i32 %1186 to i64
	%1188 = getelementptr i16, i16* %km, i64 %1187
	%1189 = bitcast i16* %1188 to i32*
	%1190 = load i32, i32* %1189
	%1191 = mul i32 %11, 2
	%1192 = add i32 %1048, %1191
	%1193 = add i32 %1192, 32
	%1194 = sext i32 %1193 to i64
	%1195 = getelementptr i16, i16* %km, i64 %1194
	%1196 = bitcast i16* %1195 to i32*
	%1197 = load i32, i32* %1196
	%1198 = mul i32 %11, 2
	%1199 = add i32 %1048, %1198
	%1200 = add i32 %1199, 40
	%1201 = sext i32 %1200 to i64
	%1202 = getelementptr i16, i16* %km, i64 %1201
	%1203 = bitcast i16* %1202 to i32*
	%1204 = load i32, i32* %1203
	%1205 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %1197, i32 %1204, float %1159, float %1160, float %1161, float %1162)
	%1206 = extractvalue { float, float, float, float } %1205, 0
	%1207 = extractvalue { float, float, float, float } %1205, 1
	%1208 = extractvalue { float, float, float, float } %1205, 2
	%1209 = extractvalue { float, float, float, float } %1205, 3
	%1210 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %1183, i32 %1190, float %1206, float %1207, float %1208, float %1209)
	%1211 = extractvalue { float, float, float, float } %1210, 0
	%1212 = extractvalue { float, float, float, float } %1210, 1
	%1213 = extractvalue { float, float, float, float } %1210, 2
	%1214 = extractvalue { float, float, float, float } %1210, 3
	%1215 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %1169, i32 %1176, float %1211, float %1212, float %1213, float %1214)
	%1216 = extractvalue { float, float, float, float } %1215, 0
	%1217 = extractvalue { float, float, float, float } %1215, 1
	%1218 = extractvalue { float, float, float, float } %1215, 2
	%1219 = extractvalue { float, float, float, float } %1215, 3
	%1220 = mul i32 %11, 0
	%1221 = add i32 %1048, %1220
	%1222 = add i32 %1221, 48
	%1223 = sext i32 %1222 to i64
	%1224 = getelementptr i16, i16* %km, i64 %1223
	%1225 = bitcast i16* %1224 to i32*
	%1226 = load i32, i32* %1225
	%1227 = mul i32 %11, 0
	%1228 = add i32 %1048, %1227
	%1229 = add i32 %1228, 56
	%1230 = sext i32 %1229 to i64
	%1231 = getelementptr i16, i16* %km, i64 %1230
	%1232 = bitcast i16* %1231 to i32*
	%1233 = load i32, i32* %1232
	%1234 = mul i32 %11, 1
	%1235 = add i32 %1048, %1234
	%1236 = add i32 %1235, 48
	%1237 = sext i32 %1236 to i64
	%1238 = getelementptr i16, i16* %km, i64 %1237
	%1239 = bitcast i16* %1238 to i32*
	%1240 = load i32, i32* %1239
	%1241 = mul i32 %11, 1
	%1242 = add i32 %1048, %1241
	%1243 = add i32 %1242, 56
	%1244 = sext i32 %1243 to i64
	%1245 = getelementptr i16, i16* %km, i64 %1244
	%1246 = bitcast i16* %1245 to i32*
	%1247 = load i32, i32* %1246
	%1248 = mul i32 %11, 2
	%1249 = add i32 %1048, %1248
	%1250 = add i32 %1249, 48
	%1251 = sext i32 %1250 to i64
	%1252 = getelementptr i16, i16* %km, i64 %1251
	%1253 = bitcast i16* %1252 to i32*
	%1254 = load i32, i32* %1253
	%1255 = mul i32 %11, 2
	%1256 = add i32 %1048, %1255
	%1257 = add i32 %1256, 56
	%1258 = sext i32 %1257 to i64
	%1259 = getelementptr i16, i16* %km, i64 %1258
	%1260 = bitcast i16* %1259 to i32*
	%1261 = load i32, i32* %1260
	%1262 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %1254, i32 %1261, float %1216, float %1217, float %1218, float %1219)
	%1263 = extractvalue { float, float, float, float } %1262, 0
	%1264 = extractvalue { float, float, float, float } %1262, 1
	%1265 = extractvalue { float, float, float, float } %1262, 2
	%1266 = extractvalue { float, float, float, float } %1262, 3
	%1267 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %1240, i32 %1247, float %1263, float %1264, float %1265, float %1266)
	%1268 = extractvalue { float, float, float, float } %1267, 0
	%1269 = extractvalue { float, float, float, float } %1267, 1
	%1270 = extractvalue { float, float, float, float } %1267, 2
	%1271 = extractvalue { float, float, float, float } %1267, 3
	%1272 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %1226, i32 %1233, float %1268, float %1269, float %1270, float %1271)
	%1273 = extractvalue { float, float, float, float } %1272, 0
	%1274 = extractvalue { float, float, float, float } %1272, 1
	%1275 = extractvalue { float, float, float, float } %1272, 2
	%1276 = extractvalue { float, float, float, float } %1272, 3
	%1277 = add i32 %13, 24
	%1278 = add i32 %559, %1277
	%1279 = sub i32 %NB, 1
	%1280 = icmp slt i32 %1278, %1279
	%1281 = select i1 %1280, i32 %1278, i32 %1279
	%1282 = mul i32 %7, %NB
	%1283 = add i32 %1282, %1281
	%1284 = mul i32 %1283, 64
	%1285 = shl i32 %14, 1
	%1286 = add i32 %1284, %1285
	%1287 = mul i32 %11, 0
	%1288 = add i32 %1286, %1287
	%1289 = add i32 %1288, 0
	%1290 = sext i32 %1289 to i64
	%1291 = getelementptr i16, i16* %km, i64 %1290
	%1292 = bitcast i16* %1291 to i32*
	%1293 = load i32, i32* %1292
	%1294 = mul i32 %11, 0
	%1295 = add i32 %1286, %1294
	%1296 = add i32 %1295, 8
	%1297 = sext i32 %1296 to i64
	%1298 = getelementptr i16, i16* %km, i64 %1297
	%1299 = bitcast i16* %1298 to i32*
	%1300 = load i32, i32* %1299
	%1301 = mul i32 %11, 1
	%1302 = add i32 %1286, %1301
	%1303 = add i32 %1302, 0
	%1304 = sext i32 %1303 to i64
	%1305 = getelementptr i16, i16* %km, i64 %1304
	%1306 = bitcast i16* %1305 to i32*
	%1307 = load i32, i32* %1306
	%1308 = mul i32 %11, 1
	%1309 = add i32 %1286, %1308
	%1310 = add i32 %1309, 8
	%1311 = sext i32 %1310 to i64
	%1312 = getelementptr i16, i16* %km, i64 %1311
	%1313 = bitcast i16* %1312 to i32*
	%1314 = load i32, i32* %1313
	%1315 = mul i32 %11, 2
	%1316 = add i32 %1286, %1315
	%1317 = add i32 %1316, 0
	%1318 = sext i32 %1317 to i64
	%1319 = getelementptr i16, i16* %km, i64 %1318
	%1320 = bitcast i16* %1319 to i32*
	%1321 = load i32, i32* %1320
	%1322 = mul i32 %11, 2
	%1323 = add i32 %1286, %1322
	%1324 = add i32 %1323, 8
	%1325 = sext i32 %1324 to i64
	%1326 = getelementptr i16, i16* %km, i64 %1325
	%1327 = bitcast i16* %1326 to i32*
	%1328 = load i32, i32* %1327
	%1329 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %1321, i32 %1328, float 0.0, float 0.0, float 0.0, float 0.0)
	%1330 = extractvalue { float, float, float, float } %1329, 0
	%1331 = extractvalue { float, float, float, float } %1329, 1
	%1332 = extractvalue { float, float, float, float } %1329, 2
	%1333 = extractvalue { float, float, float, float } %1329, 3
	%1334 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %1307, i32 %1314, float %1330, float %1331, float %1332, float %1333)
	%1335 = extractvalue { float, float, float, float } %1334, 0
	%1336 = extractvalue { float, float, float, float } %1334, 1
	%1337 = extractvalue { float, float, float, float } %1334, 2
	%1338 = extractvalue { float, float, float, float } %1334, 3
	%1339 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %1293, i32 %1300, float %1335, float %1336, float %1337, float %1338)
	%1340 = extractvalue { float, float, float, float } %1339, 0
	%1341 = extractvalue { float, float, float, float } %1339, 1
	%1342 = extractvalue { float, float, float, float } %1339, 2
	%1343 = extractvalue { float, float, float, float } %1339, 3
	%1344 = mul i32 %11, 0
	%1345 = add i32 %1286, %1344
	%1346 = add i32 %1345, 16
	%1347 = sext i32 %1346 to i64
	%1348 = getelementptr i16, i16* %km, i64 %1347
	%1349 = bitcast i16* %1348 to i32*
	%1350 = load i32, i32* %1349
	%1351 = mul i32 %11, 0
	%1352 = add i32 %1286, %1351
	%1353 = add i32 %1352, 24
	%1354 = sext i32 %1353 to i64
	%1355 = getelementptr i16, i16* %km, i64 %1354
	%1356 = bitcast i16* %1355 to i32*
	%1357 = load i32, i32* %1356
	%1358 = mul i32 %11, 1
	%1359 = add i32 %1286, %1358
	%1360 = add i32 %1359, 16
	%1361 = sext i32 %1360 to i64
	%1362 = getelementptr i16, i16* %km, i64 %1361
	%1363 = bitcast i16* %1362 to i32*
	%1364 = load i32, i32* %1363
	%1365 = mul i32 %11, 1
	%1366 = add i32 %1286, %1365
	%1367 = add i32 %1366, 24
	%1368 = sext i32 %1367 to i64
	%1369 = getelementptr i16, i16* %km, i64 %1368
	%1370 = bitcast i16* %1369 to i32*
	%1371 = load i32, i32* %1370
	%1372 = mul i32 %11, 2
	%1373 = add i32 %1286, %1372
	%1374 = add i32 %1373, 16
	%1375 = sext i32 %1374 to i64
	%1376 = getelementptr i16, i16* %km, i64 %1375
	%1377 = bitcast i16* %1376 to i32*
	%1378 = load i32, i32* %1377
	%1379 = mul i32 %11, 2
	%1380 = add i32 %1286, %1379
	%1381 = add i32 %1380, 24
	%1382 = sext i32 %1381 to i64
	%1383 = getelementptr i16, i16* %km, i64 %1382
	%1384 = bitcast i16* %1383 to i32*
	%1385 = load i32, i32* %1384
	%1386 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %1378, i32 %1385, float %1340, float %1341, float %1342, float %1343)
	%1387 = extractvalue { float, float, float, float } %1386, 0
	%1388 = extractvalue { float, float, float, float } %1386, 1
	%1389 = extractvalue { float, float, float, float } %1386, 2
	%1390 = extractvalue { float, float, float, float } %1386, 3
	%1391 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %1364, i32 %1371, float %1387, float %1388, float %1389, float %1390)
	%1392 = extractvalue { float, float, float, float } %1391, 0
	%1393 = extractvalue { float, float, float, float } %1391, 1
	%1394 = extractvalue { float, float, float, float } %1391, 2
	%1395 = extractvalue { float, float, float, float } %1391, 3
	%1396 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %1350, i32 %1357, float %1392, float %1393, float %1394, float %1395)
	%1397 = extractvalue { float, float, float, float } %1396, 0
	%1398 = extractvalue { float, float, float, float } %1396, 1
	%1399 = extractvalue { float, float, float, float } %1396, 2
	%1400 = extractvalue { float, float, float, float } %1396, 3
	%1401 = mul i32 %11, 0
	%1402 = add i32 %1286, %1401
	%1403 = add i32 %1402, 32
	%1404 = sext i32 %1403 to i64
	%1405 = getelementptr i16, i16* %km, i64 %1404
	%1406 = bitcast i16* %1405 to i32*
	%1407 = load i32, i32* %1406
	%1408 = mul i32 %11, 0
	%1409 = add i32 %1286, %1408
	%1410 = add i32 %1409, 40
	%1411 = sext i32 %1410 to i64
	%1412 = getelementptr i16, i16* %km, i64 %1411
	%1413 = bitcast i16* %1412 to i32*
	%1414 = load i32, i32* %1413
	%1415 = mul i32 %11, 1
	%1416 = add i32 %1286, %1415
	%1417 = add i32 %1416, 32
	%1418 = sext i32 %1417 to i64
	%1419 = getelementptr i16, i16* %km, i64 %1418
	%1420 = bitcast i16* %1419 to i32*
	%1421 = load i32, i32* %1420
	%1422 = mul i32 %11, 1
	%1423 = add i32 %1286, %1422
	%1424 = add i32 %1423, 40
	%1425 = sext i32 %1424 to i64
	%1426 = getelementptr i16, i16* %km, i64 %1425
	%1427 = bitcast i16* %1426 to i32*
	%1428 = load i32, i32* %1427
	%1429 = mul i32 %11, 2
	%1430 = add i32 %1286, %1429
	%1431 = add i32 %1430, 32
	%1432 = sext i32 %1431 to i64
	%1433 = getelementptr i16, i16* %km, i64 %1432
	%1434 = bitcast i16* %1433 to i32*
	%1435 = load i32, i32* %1434
	%1436 = mul i32 %11, 2
	%1437 = add i32 %1286, %1436
	%1438 = add i32 %1437, 40
	%1439 = sext i32 %1438 to i64
	%1440 = getelementptr i16, i16* %km, i64 %1439
	%1441 = bitcast i16* %1440 to i32*
	%1442 = load i32, i32* %1441
	%1443 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %1435, i32 %1442, float %1397, float %1398, float %1399, float %1400)
	%1444 = extractvalue { float, float, float, float } %1443, 0
	%1445 = extractvalue { float, float, float, float } %1443, 1
	%1446 = extractvalue { float, float, float, float } %1443, 2
	%1447 = extractvalue { float, float, float, float } %1443, 3
	%1448 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %1421, i32 %1428, float %1444, float %1445, float %1446, float %1447)
	%1449 = extractvalue { float, float, float, float } %1448, 0
	%1450 = extractvalue { float, float, float, float } %1448, 1
	%1451 = extractvalue { float, float, float, float } %1448, 2
	%1452 = extractvalue { float, float, float, float } %1448, 3
	%1453 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %1407, i32 %1414, float %1449, float %1450, float %1451, float %1452)
	%1454 = extractvalue { float, float, float, float } %1453, 0
	%1455 = extractvalue { float, float, float, float } %1453, 1
	%1456 = extractvalue { float, float, float, float } %1453, 2
	%1457 = extractvalue { float, float, float, float } %1453, 3
	%1458 = mul i32 %11, 0
	%1459 = add i32 %1286, %1458
	%1460 = add i32 %1459, 48
	%1461 = sext i32 %1460 to i64
	%1462 = getelementptr i16, i16* %km, i64 %1461
	%1463 = bitcast i16* %1462 to i32*
	%1464 = load i32, i32* %1463
	%1465 = mul i32 %11, 0
	%1466 = add i32 %1286, %1465
	%1467 = add i32 %1466, 56
	%1468 = sext i32 %1467 to i64
	%1469 = getelementptr i16, i16* %km, i64 %1468
	%1470 = bitcast i16* %1469 to i32*
	%1471 = load i32, i32* %1470
	%1472 = mul i32 %11, 1
	%1473 = add i32 %1286, %1472
	%1474 = add i32 %1473, 48
	%1475 = sext i32 %1474 to i64
	%1476 = getelementptr i16, i16* %km, i64 %1475
	%1477 = bitcast i16* %1476 to i32*
	%1478 = load i32, i32* %1477
	%1479 = mul i32 %11, 1
	%1480 = add i32 %1286, %1479
	%1481 = add i32 %1480, 56
	%1482 = sext i32 %1481 to i64
	%1483 = getelementptr i16, i16* %km, i64 %1482
	%1484 = bitcast i16* %1483 to i32*
	%1485 = load i32, i32* %1484
	%1486 = mul i32 %11, 2
	%1487 = add i32 %1286, %1486
	%1488 = add i32 %1487, 48
	%1489 = sext i32 %1488 to i64
	%1490 = getelementptr i16, i16* %km, i64 %1489
	%1491 = bitcast i16* %1490 to i32*
	%1492 = load i32, i32* %1491
	%1493 = mul i32 %11, 2
	%1494 = add i32 %1286, %1493
	%1495 = add i32 %1494, 56
	%1496 = sext i32 %1495 to i64
	%1497 = getelementptr i16, i16* %km, i64 %1496
	%1498 = bitcast i16* %1497 to i32*
	%1499 = load i32, i32* %1498
	%1500 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %1492, i32 %1499, float %1454, float %1455, float %1456, float %1457)
	%1501 = extractvalue { float, float, float, float } %1500, 0
	%1502 = extractvalue { float, float, float, float } %1500, 1
	%1503 = extractvalue { float, float, float, float } %1500, 2
	%1504 = extractvalue { float, float, float, float } %1500, 3
	%1505 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %1478, i32 %1485, float %1501, float %1502, float %1503, float %1504)
	%1506 = extractvalue { float, float, float, float } %1505, 0
	%1507 = extractvalue { float, float, float, float } %1505, 1
	%1508 = extractvalue { float, float, float, float } %1505, 2
	%1509 = extractvalue { float, float, float, float } %1505, 3
	%1510 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %1464, i32 %1471, float %1506, float %1507, float %1508, float %1509)
	%1511 = extractvalue { float, float, float, float } %1510, 0
	%1512 = extractvalue { float, float, float, float } %1510, 1
	%1513 = extractvalue { float, float, float, float } %1510, 2
	%1514 = extractvalue { float, float, float, float } %1510, 3
	br label %1515

1515:
	%1516 = phi float [ 0.0, %557 ], [ %797, %562 ]
	%1517 = phi float [ 0.0, %557 ], [ %798, %562 ]
	%1518 = phi float [ 0.0, %557 ], [ %799, %562 ]
	%1519 = phi float [ 0.0, %557 ], [ %800, %562 ]
	%1520 = phi float [ 0.0, %557 ], [ %1035, %562 ]
	%1521 = phi float [ 0.0, %557 ], [ %1036, %562 ]
	%1522 = phi float [ 0.0, %557 ], [ %1037, %562 ]
	%1523 = phi float [ 0.0, %557 ], [ %1038, %562 ]
	%1524 = phi float [ 0.0, %557 ], [ %1273, %562 ]
	%1525 = phi float [ 0.0, %557 ], [ %1274, %562 ]
	%1526 = phi float [ 0.0, %557 ], [ %1275, %562 ]
	%1527 = phi float [ 0.0, %557 ], [ %1276, %562 ]
	%1528 = phi float [ 0.0, %557 ], [ %1511, %562 ]
	%1529 = phi float [ 0.0, %557 ], [ %1512, %562 ]
	%1530 = phi float [ 0.0, %557 ], [ %1513, %562 ]
	%1531 = phi float [ 0.0, %557 ], [ %1514, %562 ]
	%1532 = mul i32 %4, 32
	%1533 = shl i32 %14, 1
	%1534 = add i32 %1533, 0
	%1535 = add i32 %1532, %1534
	%1536 = add i32 %547, %1535
	%1537 = icmp slt i32 %1536, %377
	%1538 = and i1 %1537, %294
	%1539 = icmp slt i32 %1536, %306
	%1540 = and i1 %1538, %1539
	%1541 = fmul float %1516, 0.125
	%1542 = icmp sge i32 %1536, %279
	%1543 = icmp sle i32 %1536, %282
	%1544 = and i1 %1542, %1543
	%1545 = xor i1 %1544, true
	%1546 = and i1 %1540, %1545
	%1547 = select i1 %1546, float %1541, float 0xFFF0000000000000
	%1548 = mul i32 %255, 129
	%1549 = add i32 %1548, %1535
	%1550 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1551 = bitcast i8 addrspace(3)* %1550 to float addrspace(3)*
	%1552 = getelementptr float, float addrspace(3)* %1551, i32 %1549
	store float %1547, float addrspace(3)* %1552
	%1553 = and i1 %1537, %294
	%1554 = and i1 %12, %1553
	br i1 %1554, label %1555, label %1564

1555:
	%1556 = select i1 %1540, float %1541, float 0xFFF0000000000000
	%1557 = mul i32 %2, %M
	%1558 = add i32 %5, %255
	%1559 = add i32 %1557, %1558
	%1560 = mul i32 %1559, %NB
	%1561 = add i32 %1560, %1536
	%1562 = sext i32 %1561 to i64
	%1563 = getelementptr float, float* %e, i64 %1562
	store float %1556, float* %1563
	br label %1564

1564:
	%1565 = mul i32 %4, 32
	%1566 = shl i32 %14, 1
	%1567 = add i32 %1566, 1
	%1568 = add i32 %1565, %1567
	%1569 = add i32 %547, %1568
	%1570 = icmp slt i32 %1569, %377
	%1571 = and i1 %1570, %294
	%1572 = icmp slt i32 %1569, %306
	%1573 = and i1 %1571, %1572
	%1574 = fmul float %1517, 0.125
	%1575 = icmp sge i32 %1569, %279
	%1576 = icmp sle i32 %1569, %282
	%1577 = and i1 %1575, %1576
	%1578 = xor i1 %1577, true
	%1579 = and i1 %1573, %1578
	%1580 = select i1 %1579, float %1574, float 0xFFF0000000000000
	%1581 = mul i32 %255, 129
	%1582 = add i32 %1581, %1568
	%1583 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1584 = bitcast i8 addrspace(3)* %1583 to float addrspace(3)*
	%1585 = getelementptr float, float addrspace(3)* %1584, i32 %1582
	store float %1580, float addrspace(3)* %1585
	%1586 = and i1 %1570, %294
	%1587 = and i1 %12, %1586
	br i1 %1587, label %1588, label %1597

1588:
	%1589 = select i1 %1573, float %1574, float 0xFFF0000000000000
	%1590 = mul i32 %2, %M
	%1591 = add i32 %5, %255
	%1592 = add i32 %1590, %1591
	%1593 = mul i32 %1592, %NB
	%1594 = add i32 %1593, %1569
	%1595 = sext i32 %1594 to i64
	%1596 = getelementptr float, float* %e, i64 %1595
	store float %1589, float* %1596
	br label %1597

1597:
	%1598 = mul i32 %4, 32
	%1599 = shl i32 %14, 1
	%1600 = add i32 %1599, 0
	%1601 = add i32 %1598, %1600
	%1602 = add i32 %547, %1601
	%1603 = icmp slt i32 %1602, %377
	%1604 = and i1 %1603, %346
	%1605 = icmp slt i32 %1602, %358
	%1606 = and i1 %1604, %1605
	%1607 = fmul float %1518, 0.125
	%1608 = icmp sge i32 %1602, %331
	%1609 = icmp sle i32 %1602, %334
	%1610 = and i1 %1608, %1609
	%1611 = xor i1 %1610, true
	%1612 = and i1 %1606, %1611
	%1613 = select i1 %1612, float %1607, float 0xFFF0000000000000
	%1614 = mul i32 %307, 129
	%1615 = add i32 %1614, %1601
	%1616 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1617 = bitcast i8 addrspace(3)* %1616 to float addrspace(3)*
	%1618 = getelementptr float, float addrspace(3)* %1617, i32 %1615
	store float %1613, float addrspace(3)* %1618
	%1619 = and i1 %1603, %346
	%1620 = and i1 %12, %1619
	br i1 %1620, label %1621, label %1630

1621:
	%1622 = select i1 %1606, float %1607, float 0xFFF0000000000000
	%1623 = mul i32 %2, %M
	%1624 = add i32 %5, %307
	%1625 = add i32 %1623, %1624
	%1626 = mul i32 %1625, %NB
	%1627 = add i32 %1626, %1602
	%1628 = sext i32 %1627 to i64
	%1629 = getelementptr float, float* %e, i64 %1628
	store float %1622, float* %1629
	br label %1630

1630:
	%1631 = mul i32 %4, 32
	%1632 = shl i32 %14, 1
	%1633 = add i32 %1632, 1
	%1634 = add i32 %1631, %1633
	%1635 = add i32 %547, %1634
	%1636 = icmp slt i32 %1635, %377
	%1637 = and i1 %1636, %346
	%1638 = icmp slt i32 %1635, %358
	%1639 = and i1 %1637, %1638
	%1640 = fmul float %1519, 0.125
	%1641 = icmp sge i32 %1635, %331
	%1642 = icmp sle i32 %1635, %334
	%1643 = and i1 %1641, %1642
	%1644 = xor i1 %1643, true
	%1645 = and i1 %1639, %1644
	%1646 = select i1 %1645, float %1640, float 0xFFF0000000000000
	%1647 = mul i32 %307, 129
	%1648 = add i32 %1647, %1634
	%1649 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1650 = bitcast i8 addrspace(3)* %1649 to float addrspace(3)*
	%1651 = getelementptr float, float addrspace(3)* %1650, i32 %1648
	store float %1646, float addrspace(3)* %1651
	%1652 = and i1 %1636, %346
	%1653 = and i1 %12, %1652
	br i1 %1653, label %1654, label %1663

1654:
	%1655 = select i1 %1639, float %1640, float 0xFFF0000000000000
	%1656 = mul i32 %2, %M
	%1657 = add i32 %5, %307
	%1658 = add i32 %1656, %1657
	%1659 = mul i32 %1658, %NB
	%1660 = add i32 %1659, %1635
	%1661 = sext i32 %1660 to i64
	%1662 = getelementptr float, float* %e, i64 %1661
	store float %1655, float* %1662
	br label %1663

1663:
	%1664 = mul i32 %4, 32
	%1665 = shl i32 %14, 1
	%1666 = add i32 %1665, 8
	%1667 = add i32 %1664, %1666
	%1668 = add i32 %547, %1667
	%1669 = icmp slt i32 %1668, %377
	%1670 = and i1 %1669, %294
	%1671 = icmp slt i32 %1668, %306
	%1672 = and i1 %1670, %1671
	%1673 = fmul float %1520, 0.125
	%1674 = icmp sge i32 %1668, %279
	%1675 = icmp sle i32 %1668, %282
	%1676 = and i1 %1674, %1675
	%1677 = xor i1 %1676, true
	%1678 = and i1 %1672, %1677
	%1679 = select i1 %1678, float %1673, float 0xFFF0000000000000
	%1680 = mul i32 %255, 129
	%1681 = add i32 %1680, %1667
	%1682 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1683 = bitcast i8 addrspace(3)* %1682 to float addrspace(3)*
	%1684 = getelementptr float, float addrspace(3)* %1683, i32 %1681
	store float %1679, float addrspace(3)* %1684
	%1685 = and i1 %1669, %294
	%1686 = and i1 %12, %1685
	br i1 %1686, label %1687, label %1696

1687:
	%1688 = select i1 %1672, float %1673, float 0xFFF0000000000000
	%1689 = mul i32 %2, %M
	%1690 = add i32 %5, %255
	%1691 = add i32 %1689, %1690
	%1692 = mul i32 %1691, %NB
	%1693 = add i32 %1692, %1668
	%1694 = sext i32 %1693 to i64
	%1695 = getelementptr float, float* %e, i64 %1694
	store float %1688, float* %1695
	br label %1696

1696:
	%1697 = mul i32 %4, 32
	%1698 = shl i32 %14, 1
	%1699 = add i32 %1698, 9
	%1700 = add i32 %1697, %1699
	%1701 = add i32 %547, %1700
	%1702 = icmp slt i32 %1701, %377
	%1703 = and i1 %1702, %294
	%1704 = icmp slt i32 %1701, %306
	%1705 = and i1 %1703, %1704
	%1706 = fmul float %1521, 0.125
	%1707 = icmp sge i32 %1701, %279
	%1708 = icmp sle i32 %1701, %282
	%1709 = and i1 %1707, %1708
	%1710 = xor i1 %1709, true
	%1711 = and i1 %1705, %1710
	%1712 = select i1 %1711, float %1706, float 0xFFF0000000000000
	%1713 = mul i32 %255, 129
	%1714 = add i32 %1713, %1700
	%1715 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1716 = bitcast i8 addrspace(3)* %1715 to float addrspace(3)*
	%1717 = getelementptr float, float addrspace(3)* %1716, i32 %1714
	store float %1712, float addrspace(3)* %1717
	%1718 = and i1 %1702, %294
	%1719 = and i1 %12, %1718
	br i1 %1719, label %1720, label %1729

1720:
	%1721 = select i1 %1705, float %1706, float 0xFFF0000000000000
	%1722 = mul i32 %2, %M
	%1723 = add i32 %5, %255
	%1724 = add i32 %1722, %1723
	%1725 = mul i32 %1724, %NB
	%1726 = add i32 %1725, %1701
	%1727 = sext i32 %1726 to i64
	%1728 = getelementptr float, float* %e, i64 %1727
	store float %1721, float* %1728
	br label %1729

1729:
	%1730 = mul i32 %4, 32
	%1731 = shl i32 %14, 1
	%1732 = add i32 %1731, 8
	%1733 = add i32 %1730, %1732
	%1734 = add i32 %547, %1733
	%1735 = icmp slt i32 %1734, %377
	%1736 = and i1 %1735, %346
	%1737 = icmp slt i32 %1734, %358
	%1738 = and i1 %1736, %1737
	%1739 = fmul float %1522, 0.125
	%1740 = icmp sge i32 %1734, %331
	%1741 = icmp sle i32 %1734, %334
	%1742 = and i1 %1740, %1741
	%1743 = xor i1 %1742, true
	%1744 = and i1 %1738, %1743
	%1745 = select i1 %1744, float %1739, float 0xFFF0000000000000
	%1746 = mul i32 %307, 129
	%1747 = add i32 %1746, %1733
	%1748 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1749 = bitcast i8 addrspace(3)* %1748 to float addrspace(3)*
	%1750 = getelementptr float, float addrspace(3)* %1749, i32 %1747
	store float %1745, float addrspace(3)* %1750
	%1751 = and i1 %1735, %346
	%1752 = and i1 %12, %1751
	br i1 %1752, label %1753, label %1762

1753:
	%1754 = select i1 %1738, float %1739, float 0xFFF0000000000000
	%1755 = mul i32 %2, %M
	%1756 = add i32 %5, %307
	%1757 = add i32 %1755, %1756
	%1758 = mul i32 %1757, %NB
	%1759 = add i32 %1758, %1734
	%1760 = sext i32 %1759 to i64
	%1761 = getelementptr float, float* %e, i64 %1760
	store float %1754, float* %1761
	br label %1762

1762:
	%1763 = mul i32 %4, 32
	%1764 = shl i32 %14, 1
	%1765 = add i32 %1764, 9
	%1766 = add i32 %1763, %1765
	%1767 = add i32 %547, %1766
	%1768 = icmp slt i32 %1767, %377
	%1769 = and i1 %1768, %346
	%1770 = icmp slt i32 %1767, %358
	%1771 = and i1 %1769, %1770
	%1772 = fmul float %1523, 0.125
	%1773 = icmp sge i32 %1767, %331
	%1774 = icmp sle i32 %1767, %334
	%1775 = and i1 %1773, %1774
	%1776 = xor i1 %1775, true
	%1777 = and i1 %1771, %1776
	%1778 = select i1 %1777, float %1772, float 0xFFF0000000000000
	%1779 = mul i32 %307, 129
	%1780 = add i32 %1779, %1766
	%1781 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1782 = bitcast i8 addrspace(3)* %1781 to float addrspace(3)*
	%1783 = getelementptr float, float addrspace(3)* %1782, i32 %1780
	store float %1778, float addrspace(3)* %1783
	%1784 = and i1 %1768, %346
	%1785 = and i1 %12, %1784
	br i1 %1785, label %1786, label %1795

1786:
	%1787 = select i1 %1771, float %1772, float 0xFFF0000000000000
	%1788 = mul i32 %2, %M
	%1789 = add i32 %5, %307
	%1790 = add i32 %1788, %1789
	%1791 = mul i32 %1790, %NB
	%1792 = add i32 %1791, %1767
	%1793 = sext i32 %1792 to i64
	%1794 = getelementptr float, float* %e, i64 %1793
	store float %1787, float* %1794
	br label %1795

1795:
	%1796 = mul i32 %4, 32
	%1797 = shl i32 %14, 1
	%1798 = add i32 %1797, 16
	%1799 = add i32 %1796, %1798
	%1800 = add i32 %547, %1799
	%1801 = icmp slt i32 %1800, %377
	%1802 = and i1 %1801, %294
	%1803 = icmp slt i32 %1800, %306
	%1804 = and i1 %1802, %1803
	%1805 = fmul float %1524, 0.125
	%1806 = icmp sge i32 %1800, %279
	%1807 = icmp sle i32 %1800, %282
	%1808 = and i1 %1806, %1807
	%1809 = xor i1 %1808, true
	%1810 = and i1 %1804, %1809
	%1811 = select i1 %1810, float %1805, float 0xFFF0000000000000
	%1812 = mul i32 %255, 129
	%1813 = add i32 %1812, %1799
	%1814 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1815 = bitcast i8 addrspace(3)* %1814 to float addrspace(3)*
	%1816 = getelementptr float, float addrspace(3)* %1815, i32 %1813
	store float %1811, float addrspace(3)* %1816
	%1817 = and i1 %1801, %294
	%1818 = and i1 %12, %1817
	br i1 %1818, label %1819, label %1828

1819:
	%1820 = select i1 %1804, float %1805, float 0xFFF0000000000000
	%1821 = mul i32 %2, %M
	%1822 = add i32 %5, %255
	%1823 = add i32 %1821, %1822
	%1824 = mul i32 %1823, %NB
	%1825 = add i32 %1824, %1800
	%1826 = sext i32 %1825 to i64
	%1827 = getelementptr float, float* %e, i64 %1826
	store float %1820, float* %1827
	br label %1828

1828:
	%1829 = mul i32 %4, 32
	%1830 = shl i32 %14, 1
	%1831 = add i32 %1830, 17
	%1832 = add i32 %1829, %1831
	%1833 = add i32 %547, %1832
	%1834 = icmp slt i32 %1833, %377
	%1835 = and i1 %1834, %294
	%1836 = icmp slt i32 %1833, %306
	%1837 = and i1 %1835, %1836
	%1838 = fmul float %1525, 0.125
	%1839 = icmp sge i32 %1833, %279
	%1840 = icmp sle i32 %1833, %282
	%1841 = and i1 %1839, %1840
	%1842 = xor i1 %1841, true
	%1843 = and i1 %1837, %1842
	%1844 = select i1 %1843, float %1838, float 0xFFF0000000000000
	%1845 = mul i32 %255, 129
	%1846 = add i32 %1845, %1832
	%1847 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1848 = bitcast i8 addrspace(3)* %1847 to float addrspace(3)*
	%1849 = getelementptr float, float addrspace(3)* %1848, i32 %1846
	store float %1844, float addrspace(3)* %1849
	%1850 = and i1 %1834, %294
	%1851 = and i1 %12, %1850
	br i1 %1851, label %1852, label %1861

1852:
	%1853 = select i1 %1837, float %1838, float 0xFFF0000000000000
	%1854 = mul i32 %2, %M
	%1855 = add i32 %5, %255
	%1856 = add i32 %1854, %1855
	%1857 = mul i32 %1856, %NB
	%1858 = add i32 %1857, %1833
	%1859 = sext i32 %1858 to i64
	%1860 = getelementptr float, float* %e, i64 %1859
	store float %1853, float* %1860
	br label %1861

1861:
	%1862 = mul i32 %4, 32
	%1863 = shl i32 %14, 1
	%1864 = add i32 %1863, 16
	%1865 = add i32 %1862, %1864
	%1866 = add i32 %547, %1865
	%1867 = icmp slt i32 %1866, %377
	%1868 = and i1 %1867, %346
	%1869 = icmp slt i32 %1866, %358
	%1870 = and i1 %1868, %1869
	%1871 = fmul float %1526, 0.125
	%1872 = icmp sge i32 %1866, %331
	%1873 = icmp sle i32 %1866, %334
	%1874 = and i1 %1872, %1873
	%1875 = xor i1 %1874, true
	%1876 = and i1 %1870, %1875
	%1877 = select i1 %1876, float %1871, float 0xFFF0000000000000
	%1878 = mul i32 %307, 129
	%1879 = add i32 %1878, %1865
	%1880 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1881 = bitcast i8 addrspace(3)* %1880 to float addrspace(3)*
	%1882 = getelementptr float, float addrspace(3)* %1881, i32 %1879
	store float %1877, float addrspace(3)* %1882
	%1883 = and i1 %1867, %346
	%1884 = and i1 %12, %1883
	br i1 %1884, label %1885, label %1894

1885:
	%1886 = select i1 %1870, float %1871, float 0xFFF0000000000000
	%1887 = mul i32 %2, %M
	%1888 = add i32 %5, %307
	%1889 = add i32 %1887, %1888
	%1890 = mul i32 %1889, %NB
	%1891 = add i32 %1890, %1866
	%1892 = sext i32 %1891 to i64
	%1893 = getelementptr float, float* %e, i64 %1892
	store float %1886, float* %1893
	br label %1894

1894:
	%1895 = mul i32 %4, 32
	%1896 = shl i32 %14, 1
	%1897 = add i32 %1896, 17
	%1898 = add i32 %1895, %1897
	%1899 = add i32 %547, %1898
	%1900 = icmp slt i32 %1899, %377
	%1901 = and i1 %1900, %346
	%1902 = icmp slt i32 %1899, %358
	%1903 = and i1 %1901, %1902
	%1904 = fmul float %1527, 0.125
	%1905 = icmp sge i32 %1899, %331
	%1906 = icmp sle i32 %1899, %334
	%1907 = and i1 %1905, %1906
	%1908 = xor i1 %1907, true
	%1909 = and i1 %1903, %1908
	%1910 = select i1 %1909, float %1904, float 0xFFF0000000000000
	%1911 = mul i32 %307, 129
	%1912 = add i32 %1911, %1898
	%1913 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1914 = bitcast i8 addrspace(3)* %1913 to float addrspace(3)*
	%1915 = getelementptr float, float addrspace(3)* %1914, i32 %1912
	store float %1910, float addrspace(3)* %1915
	%1916 = and i1 %1900, %346
	%1917 = and i1 %12, %1916
	br i1 %1917, label %1918, label %1927

1918:
	%1919 = select i1 %1903, float %1904, float 0xFFF0000000000000
	%1920 = mul i32 %2, %M
	%1921 = add i32 %5, %307
	%1922 = add i32 %1920, %1921
	%1923 = mul i32 %1922, %NB
	%1924 = add i32 %1923, %1899
	%1925 = sext i32 %1924 to i64
	%1926 = getelementptr float, float* %e, i64 %1925
	store float %1919, float* %1926
	br label %1927

1927:
	%1928 = mul i32 %4, 32
	%1929 = shl i32 %14, 1
	%1930 = add i32 %1929, 24
	%1931 = add i32 %1928, %1930
	%1932 = add i32 %547, %1931
	%1933 = icmp slt i32 %1932, %377
	%1934 = and i1 %1933, %294
	%1935 = icmp slt i32 %1932, %306
	%1936 = and i1 %1934, %1935
	%1937 = fmul float %1528, 0.125
	%1938 = icmp sge i32 %1932, %279
	%1939 = icmp sle i32 %1932, %282
	%1940 = and i1 %1938, %1939
	%1941 = xor i1 %1940, true
	%1942 = and i1 %1936, %1941
	%1943 = select i1 %1942, float %1937, float 0xFFF0000000000000
	%1944 = mul i32 %255, 129
	%1945 = add i32 %1944, %1931
	%1946 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1947 = bitcast i8 addrspace(3)* %1946 to float addrspace(3)*
	%1948 = getelementptr float, float addrspace(3)* %1947, i32 %1945
	store float %1943, float addrspace(3)* %1948
	%1949 = and i1 %1933, %294
	%1950 = and i1 %12, %1949
	br i1 %1950, label %1951, label %1960

1951:
	%1952 = select i1 %1936, float %1937, float 0xFFF0000000000000
	%1953 = mul i32 %2, %M
	%1954 = add i32 %5, %255
	%1955 = add i32 %1953, %1954
	%1956 = mul i32 %1955, %NB
	%1957 = add i32 %1956, %1932
	%1958 = sext i32 %1957 to i64
	%1959 = getelementptr float, float* %e, i64 %1958
	store float %1952, float* %1959
	br label %1960

1960:
	%1961 = mul i32 %4, 32
	%1962 = shl i32 %14, 1
	%1963 = add i32 %1962, 25
	%1964 = add i32 %1961, %1963
	%1965 = add i32 %547, %1964
	%1966 = icmp slt i32 %1965, %377
	%1967 = and i1 %1966, %294
	%1968 = icmp slt i32 %1965, %306
	%1969 = and i1 %1967, %1968
	%1970 = fmul float %1529, 0.125
	%1971 = icmp sge i32 %1965, %279
	%1972 = icmp sle i32 %1965, %282
	%1973 = and i1 %1971, %1972
	%1974 = xor i1 %1973, true
	%1975 = and i1 %1969, %1974
	%1976 = select i1 %1975, float %1970, float 0xFFF0000000000000
	%1977 = mul i32 %255, 129
	%1978 = add i32 %1977, %1964
	%1979 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1980 = bitcast i8 addrspace(3)* %1979 to float addrspace(3)*
	%1981 = getelementptr float, float addrspace(3)* %1980, i32 %1978
	store float %1976, float addrspace(3)* %1981
	%1982 = and i1 %1966, %294
	%1983 = and i1 %12, %1982
	br i1 %1983, label %1984, label %1993

1984:
	%1985 = select i1 %1969, float %1970, float 0xFFF0000000000000
	%1986 = mul i32 %2, %M
	%1987 = add i32 %5, %255
	%1988 = add i32 %1986, %1987
	%1989 = mul i32 %1988, %NB
	%1990 = add i32 %1989, %1965
	%1991 = sext i32 %1990 to i64
	%1992 = getelementptr float, float* %e, i64 %1991
	store float %1985, float* %1992
	br label %1993

1993:
	%1994 = mul i32 %4, 32
	%1995 = shl i32 %14, 1
	%1996 = add i32 %1995, 24
	%1997 = add i32 %1994, %1996
	%1998 = add i32 %547, %1997
	%1999 = icmp slt i32 %1998, %377
	%2000 = and i1 %1999, %346
	%2001 = icmp slt i32 %1998, %358
	%2002 = and i1 %2000, %2001
	%2003 = fmul float %1530, 0.125
	%2004 = icmp sge i32 %1998, %331
	%2005 = icmp sle i32 %1998, %334
	%2006 = and i1 %2004, %2005
	%2007 = xor i1 %2006, true
	%2008 = and i1 %2002, %2007
	%2009 = select i1 %2008, float %2003, float 0xFFF0000000000000
	%2010 = mul i32 %307, 129
	%2011 = add i32 %2010, %1997
	%2012 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%2013 = bitcast i8 addrspace(3)* %2012 to float addrspace(3)*
	%2014 = getelementptr float, float addrspace(3)* %2013, i32 %2011
	store float %2009, float addrspace(3)* %2014
	%2015 = and i1 %1999, %346
	%2016 = and i1 %12, %2015
	br i1 %2016, label %2017, label %2026

2017:
	%2018 = select i1 %2002, float %2003, float 0xFFF0000000000000
	%2019 = mul i32 %2, %M
	%2020 = add i32 %5, %307
	%2021 = add i32 %2019, %2020
	%2022 = mul i32 %2021, %NB
	%2023 = add i32 %2022, %1998
	%2024 = sext i32 %2023 to i64
	%2025 = getelementptr float, float* %e, i64 %2024
	store float %2018, float* %2025
	br label %2026

2026:
	%2027 = mul i32 %4, 32
	%2028 = shl i32 %14, 1
	%2029 = add i32 %2028, 25
	%2030 = add i32 %2027, %2029
	%2031 = add i32 %547, %2030
	%2032 = icmp slt i32 %2031, %377
	%2033 = and i1 %2032, %346
	%2034 = icmp slt i32 %2031, %358
	%2035 = and i1 %2033, %2034
	%2036 = fmul float %1531, 0.125
	%2037 = icmp sge i32 %2031, %331
	%2038 = icmp sle i32 %2031, %334
	%2039 = and i1 %2037, %2038
	%2040 = xor i1 %2039, true
	%2041 = and i1 %2035, %2040
	%2042 = select i1 %2041, float %2036, float 0xFFF0000000000000
	%2043 = mul i32 %307, 129
	%2044 = add i32 %2043, %2030
	%2045 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%2046 = bitcast i8 addrspace(3)* %2045 to float addrspace(3)*
	%2047 = getelementptr float, float addrspace(3)* %2046, i32 %2044
	store float %2042, float addrspace(3)* %2047
	%2048 = and i1 %2032, %346
	%2049 = and i1 %12, %2048
	br i1 %2049, label %2050, label %2059

2050:
	%2051 = select i1 %2035, float %2036, float 0xFFF0000000000000
	%2052 = mul i32 %2, %M
	%2053 = add i32 %5, %307
	%2054 = add i32 %2052, %2053
	%2055 = mul i32 %2054, %NB
	%2056 = add i32 %2055, %2031
	%2057 = sext i32 %2056 to i64
	%2058 = getelementptr float, float* %e, i64 %2057
	store float %2051, float* %2058
	br label %2059

2059:
	call void @llvm.nvvm.barrier0()
	br i1 %419, label %2060, label %2319

2060:
	%2061 = mul i32 %378, 129
	%2062 = add i32 0, %3
	%2063 = add i32 %2061, %2062
	%2064 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%2065 = bitcast i8 addrspace(3)* %2064 to float addrspace(3)*
	%2066 = getelementptr float, float addrspace(3)* %2065, i32 %2063
	%2067 = load float, float addrspace(3)* %2066
	%2068 = fcmp ogt float %2067, 0xFFF0000000000000
	%2069 = fadd float %2067, 0.0
	%2070 = bitcast float %2069 to i32
	%2071 = ashr i32 %2070, 31
	%2072 = or i32 %2071, -2147483648
	%2073 = xor i32 %2070, %2072
	%2074 = mul i32 %378, 129
	%2075 = add i32 32, %3
	%2076 = add i32 %2074, %2075
	%2077 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%2078 = bitcast i8 addrspace(3)* %2077 to float addrspace(3)*
	%2079 = getelementptr float, float addrspace(3)* %2078, i32 %2076
	%2080 = load float, float addrspace(3)* %2079
	%2081 = fcmp ogt float %2080, 0xFFF0000000000000
	%2082 = fadd float %2080, 0.0
	%2083 = bitcast float %2082 to i32
	%2084 = ashr i32 %2083, 31
	%2085 = or i32 %2084, -2147483648
	%2086 = xor i32 %2083, %2085
	%2087 = mul i32 %378, 129
	%2088 = add i32 64, %3
	%2089 = add i32 %2087, %2088
	%2090 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%2091 = bitcast i8 addrspace(3)* %2090 to float addrspace(3)*
	%2092 = getelementptr float, float addrspace(3)* %2091, i32 %2089
	%2093 = load float, float addrspace(3)* %2092
	%2094 = fcmp ogt float %2093, 0xFFF0000000000000
	%2095 = fadd float %2093, 0.0
	%2096 = bitcast float %2095 to i32
	%2097 = ashr i32 %2096, 31
	%2098 = or i32 %2097, -2147483648
	%2099 = xor i32 %2096, %2098
	%2100 = mul i32 %378, 129
	%2101 = add i32 96, %3
	%2102 = add i32 %2100, %2101
	%2103 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%2104 = bitcast i8 addrspace(3)* %2103 to float addrspace(3)*
	%2105 = getelementptr float, float addrspace(3)* %2104, i32 %2102
	%2106 = load float, float addrspace(3)* %2105
	%2107 = fcmp ogt float %2106, 0xFFF0000000000000
	%2108 = fadd float %2106, 0.0
	%2109 = bitcast float %2108 to i32
	%2110 = ashr i32 %2109, 31
	%2111 = or i32 %2110, -2147483648
	%2112 = xor i32 %2109, %2111
	%2113 = select i1 %2068, i32 %2073, i32 0
	%2114 = icmp ugt i32 0, %2113
	%2115 = select i1 %2114, i32 0, i32 %2113
	%2116 = select i1 %2081, i32 %2086, i32 0
	%2117 = icmp ugt i32 %2115, %2116
	%2118 = select i1 %2117, i32 %2115, i32 %2116
	%2119 = select i1 %2094, i32 %2099, i32 0
	%2120 = icmp ugt i32 %2118, %2119
	%2121 = select i1 %2120, i32 %2118, i32 %2119
	%2122 = select i1 %2107, i32 %2112, i32 0
	%2123 = icmp ugt i32 %2121, %2122
	%2124 = select i1 %2123, i32 %2121, i32 %2122
	%2125 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2124, i32 1, i32 31)
	%2126 = and i32 %3, 2
	%2127 = icmp eq i32 %2126, 0
	%2128 = and i32 %3, 1
	%2129 = icmp eq i32 %2128, 0
	%2130 = icmp eq i1 %2127, %2129
	%2131 = icmp ugt i32 %2124, %2125
	%2132 = select i1 %2131, i32 %2124, i32 %2125
	%2133 = icmp ult i32 %2124, %2125
	%2134 = select i1 %2133, i32 %2124, i32 %2125
	%2135 = select i1 %2130, i32 %2132, i32 %2134
	%2136 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2135, i32 2, i32 31)
	%2137 = and i32 %3, 4
	%2138 = icmp eq i32 %2137, 0
	%2139 = and i32 %3, 2
	%2140 = icmp eq i32 %2139, 0
	%2141 = icmp eq i1 %2138, %2140
	%2142 = icmp ugt i32 %2135, %2136
	%2143 = select i1 %2142, i32 %2135, i32 %2136
	%2144 = icmp ult i32 %2135, %2136
	%2145 = select i1 %2144, i32 %2135, i32 %2136
	%2146 = select i1 %2141, i32 %2143, i32 %2145
	%2147 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2146, i32 1, i32 31)
	%2148 = and i32 %3, 4
	%2149 = icmp eq i32 %2148, 0
	%2150 = and i32 %3, 1
	%2151 = icmp eq i32 %2150, 0
	%2152 = icmp eq i1 %2149, %2151
	%2153 = icmp ugt i32 %2146, %2147
	%2154 = select i1 %2153, i32 %2146, i32 %2147
	%2155 = icmp ult i32 %2146, %2147
	%2156 = select i1 %2155, i32 %2146, i32 %2147
	%2157 = select i1 %2152, i32 %2154, i32 %2156
	%2158 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2157, i32 4, i32 31)
	%2159 = and i32 %3, 8
	%2160 = icmp eq i32 %2159, 0
	%2161 = and i32 %3, 4
	%2162 = icmp eq i32 %2161, 0
	%2163 = icmp eq i1 %2160, %2162
	%2164 = icmp ugt i32 %2157, %2158
	%2165 = select i1 %2164, i32 %2157, i32 %2158
	%2166 = icmp ult i32 %2157, %2158
	%2167 = select i1 %2166, i32 %2157, i32 %2158
	%2168 = select i1 %2163, i32 %2165, i32 %2167
	%2169 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2168, i32 2, i32 31)
	%2170 = and i32 %3, 8
	%2171 = icmp eq i32 %2170, 0
	%2172 = and i32 %3, 2
	%2173 = icmp eq i32 %2172, 0
	%2174 = icmp eq i1 %2171, %2173
	%2175 = icmp ugt i32 %2168, %2169
	%2176 = select i1 %2175, i32 %2168, i32 %2169
	%2177 = icmp ult i32 %2168, %2169
	%2178 = select i1 %2177, i32 %2168, i32 %2169
	%2179 = select i1 %2174, i32 %2176, i32 %2178
	%2180 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2179, i32 1, i32 31)
	%2181 = and i32 %3, 8
	%2182 = icmp eq i32 %2181, 0
	%2183 = and i32 %3, 1
	%2184 = icmp eq i32 %2183, 0
	%2185 = icmp eq i1 %2182, %2184
	%2186 = icmp ugt i32 %2179, %2180
	%2187 = select i1 %2186, i32 %2179, i32 %2180
	%2188 = icmp ult i32 %2179, %2180
	%2189 = select i1 %2188, i32 %2179, i32 %2180
	%2190 = select i1 %2185, i32 %2187, i32 %2189
	%2191 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2190, i32 8, i32 31)
	%2192 = and i32 %3, 16
	%2193 = icmp eq i32 %2192, 0
	%2194 = and i32 %3, 8
	%2195 = icmp eq i32 %2194, 0
	%2196 = icmp eq i1 %2193, %2195
	%2197 = icmp ugt i32 %2190, %2191
	%2198 = select i1 %2197, i32 %2190, i32 %2191
	%2199 = icmp ult i32 %2190, %2191
	%2200 = select i1 %2199, i32 %2190, i32 %2191
	%2201 = select i1 %2196, i32 %2198, i32 %2200
	%2202 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2201, i32 4, i32 31)
	%2203 = and i32 %3, 16
	%2204 = icmp eq i32 %2203, 0
	%2205 = and i32 %3, 4
	%2206 = icmp eq i32 %2205, 0
	%2207 = icmp eq i1 %2204, %2206
	%2208 = icmp ugt i32 %2201, %2202
	%2209 = select i1 %2208, i32 %2201, i32 %2202
	%2210 = icmp ult i32 %2201, %2202
	%2211 = select i1 %2210, i32 %2201, i32 %2202
	%2212 = select i1 %2207, i32 %2209, i32 %2211
	%2213 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2212, i32 2, i32 31)
	%2214 = and i32 %3, 16
	%2215 = icmp eq i32 %2214, 0
	%2216 = and i32 %3, 2
	%2217 = icmp eq i32 %2216, 0
	%2218 = icmp eq i1 %2215, %2217
	%2219 = icmp ugt i32 %2212, %2213
	%2220 = select i1 %2219, i32 %2212, i32 %2213
	%2221 = icmp ult i32 %2212, %2213
	%2222 = select i1 %2221, i32 %2212, i32 %2213
	%2223 = select i1 %2218, i32 %2220, i32 %2222
	%2224 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2223, i32 1, i32 31)
	%2225 = and i32 %3, 16
	%2226 = icmp eq i32 %2225, 0
	%2227 = and i32 %3, 1
	%2228 = icmp eq i32 %2227, 0
	%2229 = icmp eq i1 %2226, %2228
	%2230 = icmp ugt i32 %2223, %2224
	%2231 = select i1 %2230, i32 %2223, i32 %2224
	%2232 = icmp ult i32 %2223, %2224
	%2233 = select i1 %2232, i32 %2223, i32 %2224
	%2234 = select i1 %2229, i32 %2231, i32 %2233
	%2235 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2234, i32 16, i32 31)
	%2236 = and i32 %3, 32
	%2237 = icmp eq i32 %2236, 0
	%2238 = and i32 %3, 16
	%2239 = icmp eq i32 %2238, 0
	%2240 = icmp eq i1 %2237, %2239
	%2241 = icmp ugt i32 %2234, %2235
	%2242 = select i1 %2241, i32 %2234, i32 %2235
	%2243 = icmp ult i32 %2234, %2235
	%2244 = select i1 %2243, i32 %2234, i32 %2235
	%2245 = select i1 %2240, i32 %2242, i32 %2244
	%2246 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2245, i32 8, i32 31)
	%2247 = and i32 %3, 32
	%2248 = icmp eq i32 %2247, 0
	%2249 = and i32 %3, 8
	%2250 = icmp eq i32 %2249, 0
	%2251 = icmp eq i1 %2248, %2250
	%2252 = icmp ugt i32 %2245, %2246
	%2253 = select i1 %2252, i32 %2245, i32 %2246
	%2254 = icmp ult i32 %2245, %2246
	%2255 = select i1 %2254, i32 %2245, i32 %2246
	%2256 = select i1 %2251, i32 %2253, i32 %2255
	%2257 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2256, i32 4, i32 31)
	%2258 = and i32 %3, 32
	%2259 = icmp eq i32 %2258, 0
	%2260 = and i32 %3, 4
	%2261 = icmp eq i32 %2260, 0
	%2262 = icmp eq i1 %2259, %2261
	%2263 = icmp ugt i32 %2256, %2257
	%2264 = select i1 %2263, i32 %2256, i32 %2257
	%2265 = icmp ult i32 %2256, %2257
	%2266 = select i1 %2265, i32 %2256, i32 %2257
	%2267 = select i1 %2262, i32 %2264, i32 %2266
	%2268 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2267, i32 2, i32 31)
	%2269 = and i32 %3, 32
	%2270 = icmp eq i32 %2269, 0
	%2271 = and i32 %3, 2
	%2272 = icmp eq i32 %2271, 0
	%2273 = icmp eq i1 %2270, %2272
	%2274 = icmp ugt i32 %2267, %2268
	%2275 = select i1 %2274, i32 %2267, i32 %2268
	%2276 = icmp ult i32 %2267, %2268
	%2277 = select i1 %2276, i32 %2267, i32 %2268
	%2278 = select i1 %2273, i32 %2275, i32 %2277
	%2279 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2278, i32 1, i32 31)
	%2280 = and i32 %3, 32
	%2281 = icmp eq i32 %2280, 0
	%2282 = and i32 %3, 1
	%2283 = icmp eq i32 %2282, 0
	%2284 = icmp eq i1 %2281, %2283
	%2285 = icmp ugt i32 %2278, %2279
	%2286 = select i1 %2285, i32 %2278, i32 %2279
	%2287 = icmp ult i32 %2278, %2279
	%2288 = select i1 %2287, i32 %2278, i32 %2279
	%2289 = select i1 %2284, i32 %2286, i32 %2288
	%2290 = sub i32 %415, 1
	%2291 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2289, i32 %2290, i32 31)
	%2292 = icmp ugt i32 %2291, 0
	%2293 = sub i32 %2291, 1
	%2294 = select i1 %2292, i32 %2293, i32 0
	%2295 = icmp ugt i32 %549, %2294
	%2296 = select i1 %2295, i32 %549, i32 %2294
	%2297 = icmp ugt i32 %2073, %2296
	%2298 = and i1 %2068, %2297
	%2299 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2298)
	%2300 = call i32 @llvm.ctpop.i32(i32 %2299)
	%2301 = add i32 0, %2300
	%2302 = icmp ugt i32 %2086, %2296
	%2303 = and i1 %2081, %2302
	%2304 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2303)
	%2305 = call i32 @llvm.ctpop.i32(i32 %2304)
	%2306 = add i32 %2301, %2305
	%2307 = icmp ugt i32 %2099, %2296
	%2308 = and i1 %2094, %2307
	%2309 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2308)
	%2310 = call i32 @llvm.ctpop.i32(i32 %2309)
	%2311 = add i32 %2306, %2310
	%2312 = icmp ugt i32 %2112, %2296
	%2313 = and i1 %2107, %2312
	%2314 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2313)
	%2315 = call i32 @llvm.ctpop.i32(i32 %2314)
	%2316 = add i32 %2311, %2315
	%2317 = add i32 %548, %2316
	%2318 = icmp sgt i32 %2317, 160
	br i1 %2318, label %2322, label %2325

2319:
	%2320 = phi i32 [ %548, %2059 ], [ %2805, %2802 ]
	%2321 = phi i32 [ %549, %2059 ], [ %2327, %2802 ]
	br i1 %461, label %2806, label %3065

2322:
	%2323 = mul i32 %378, 160
	%2324 = mul i32 %4, 256
	br label %2344

2325:
	%2326 = phi i32 [ %548, %2060 ], [ %415, %2682 ]
	%2327 = phi i32 [ %2296, %2060 ], [ %2406, %2682 ]
	%2328 = phi i32 [ %2316, %2060 ], [ %2702, %2682 ]
	%2329 = phi i1 [ %2298, %2060 ], [ %2684, %2682 ]
	%2330 = phi i1 [ %2303, %2060 ], [ %2689, %2682 ]
	%2331 = phi i1 [ %2308, %2060 ], [ %2694, %2682 ]
	%2332 = phi i1 [ %2313, %2060 ], [ %2699, %2682 ]
	%2333 = phi i32 [ %2299, %2060 ], [ %2685, %2682 ]
	%2334 = phi i32 [ %2304, %2060 ], [ %2690, %2682 ]
	%2335 = phi i32 [ %2309, %2060 ], [ %2695, %2682 ]
	%2336 = phi i32 [ %2314, %2060 ], [ %2700, %2682 ]
	%2337 = shl i32 1, %3
	%2338 = sub i32 %2337, 1
	%2339 = mul i32 %378, 160
	%2340 = and i32 %2333, %2338
	%2341 = call i32 @llvm.ctpop.i32(i32 %2340)
	%2342 = add i32 %2326, %2341
	%2343 = add i32 %2339, %2342
	br i1 %2329, label %2745, label %2754

2344:
	%2345 = phi i32 [ %3, %2322 ], [ %2361, %2349 ]
	%2346 = phi i32 [ -1, %2322 ], [ %2357, %2349 ]
	%2347 = phi i32 [ 0, %2322 ], [ %2360, %2349 ]
	%2348 = icmp slt i32 %2345, %548
	br i1 %2348, label %2349, label %2362

2349:
	%2350 = add i32 %2323, %2345
	%2351 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%2352 = bitcast i8 addrspace(3)* %2351 to i32 addrspace(3)*
	%2353 = getelementptr i32, i32 addrspace(3)* %2352, i32 %2350
	%2354 = load i32, i32 addrspace(3)* %2353
	%2355 = icmp ult i32 %2346, %2354
	%2356 = select i1 %2355, i32 %2346, i32 %2354
	%2357 = select i1 true, i32 %2356, i32 %2346
	%2358 = icmp ugt i32 %2347, %2354
	%2359 = select i1 %2358, i32 %2347, i32 %2354
	%2360 = select i1 true, i32 %2359, i32 %2347
	%2361 = add i32 %2345, 32
	br label %2344

2362:
	%2363 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2346, i32 1, i32 31)
	%2364 = icmp ult i32 %2346, %2363
	%2365 = select i1 %2364, i32 %2346, i32 %2363
	%2366 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2347, i32 1, i32 31)
	%2367 = icmp ugt i32 %2347, %2366
	%2368 = select i1 %2367, i32 %2347, i32 %2366
	%2369 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2365, i32 2, i32 31)
	%2370 = icmp ult i32 %2365, %2369
	%2371 = select i1 %2370, i32 %2365, i32 %2369
	%2372 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2368, i32 2, i32 31)
	%2373 = icmp ugt i32 %2368, %2372
	%2374 = select i1 %2373, i32 %2368, i32 %2372
	%2375 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2371, i32 4, i32 31)
	%2376 = icmp ult i32 %2371, %2375
	%2377 = select i1 %2376, i32 %2371, i32 %2375
	%2378 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2374, i32 4, i32 31)
	%2379 = icmp ugt i32 %2374, %2378
	%2380 = select i1 %2379, i32 %2374, i32 %2378
	%2381 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2377, i32 8, i32 31)
	%2382 = icmp ult i32 %2377, %2381
	%2383 = select i1 %2382, i32 %2377, i32 %2381
	%2384 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2380, i32 8, i32 31)
	%2385 = icmp ugt i32 %2380, %2384
	%2386 = select i1 %2385, i32 %2380, i32 %2384
	%2387 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2383, i32 16, i32 31)
	%2388 = icmp ult i32 %2383, %2387
	%2389 = select i1 %2388, i32 %2383, i32 %2387
	%2390 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2386, i32 16, i32 31)
	%2391 = icmp ugt i32 %2386, %2390
	%2392 = select i1 %2391, i32 %2386, i32 %2390
	%2393 = xor i32 %2389, %2392
	%2394 = call i32 @llvm.ctlz.i32(i32 %2393, i1 false)
	%2395 = sub i32 32, %2394
	%2396 = icmp eq i32 %2395, 32
	%2397 = icmp slt i32 %2395, 31
	%2398 = select i1 %2397, i32 %2395, i32 31
	%2399 = shl i32 -1, %2398
	%2400 = select i1 %2396, i32 0, i32 %2399
	%2401 = and i32 %2392, %2400
	%2402 = add i32 %2395, 7
	%2403 = udiv i32 %2402, 8
	br label %2404

2404:
	%2405 = phi i32 [ 0, %2362 ], [ %2663, %2477 ]
	%2406 = phi i32 [ %2401, %2362 ], [ %2659, %2477 ]
	%2407 = phi i32 [ %2400, %2362 ], [ %2661, %2477 ]
	%2408 = phi i32 [ %415, %2362 ], [ %2662, %2477 ]
	%2409 = icmp slt i32 %2405, %2403
	br i1 %2409, label %2410, label %2462

2410:
	%2411 = sub i32 %2403, %2405
	%2412 = sub i32 %2411, 1
	%2413 = mul i32 %2412, 8
	%2414 = mul i32 %3, 8
	%2415 = add i32 %2414, 0
	%2416 = add i32 %2324, %2415
	%2417 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2418 = bitcast i8 addrspace(3)* %2417 to i32 addrspace(3)*
	%2419 = getelementptr i32, i32 addrspace(3)* %2418, i32 %2416
	store i32 0, i32 addrspace(3)* %2419
	%2420 = mul i32 %3, 8
	%2421 = add i32 %2420, 1
	%2422 = add i32 %2324, %2421
	%2423 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2424 = bitcast i8 addrspace(3)* %2423 to i32 addrspace(3)*
	%2425 = getelementptr i32, i32 addrspace(3)* %2424, i32 %2422
	store i32 0, i32 addrspace(3)* %2425
	%2426 = mul i32 %3, 8
	%2427 = add i32 %2426, 2
	%2428 = add i32 %2324, %2427
	%2429 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2430 = bitcast i8 addrspace(3)* %2429 to i32 addrspace(3)*
	%2431 = getelementptr i32, i32 addrspace(3)* %2430, i32 %2428
	store i32 0, i32 addrspace(3)* %2431
	%2432 = mul i32 %3, 8
	%2433 = add i32 %2432, 3
	%2434 = add i32 %2324, %2433
	%2435 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2436 = bitcast i8 addrspace(3)* %2435 to i32 addrspace(3)*
	%2437 = getelementptr i32, i32 addrspace(3)* %2436, i32 %2434
	store i32 0, i32 addrspace(3)* %2437
	%2438 = mul i32 %3, 8
	%2439 = add i32 %2438, 4
	%2440 = add i32 %2324, %2439
	%2441 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2442 = bitcast i8 addrspace(3)* %2441 to i32 addrspace(3)*
	%2443 = getelementptr i32, i32 addrspace(3)* %2442, i32 %2440
	store i32 0, i32 addrspace(3)* %2443
	%2444 = mul i32 %3, 8
	%2445 = add i32 %2444, 5
	%2446 = add i32 %2324, %2445
	%2447 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2448 = bitcast i8 addrspace(3)* %2447 to i32 addrspace(3)*
	%2449 = getelementptr i32, i32 addrspace(3)* %2448, i32 %2446
	store i32 0, i32 addrspace(3)* %2449
	%2450 = mul i32 %3, 8
	%2451 = add i32 %2450, 6
	%2452 = add i32 %2324, %2451
	%2453 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2454 = bitcast i8 addrspace(3)* %2453 to i32 addrspace(3)*
	%2455 = getelementptr i32, i32 addrspace(3)* %2454, i32 %2452
	store i32 0, i32 addrspace(3)* %2455
	%2456 = mul i32 %3, 8
	%2457 = add i32 %2456, 7
	%2458 = add i32 %2324, %2457
	%2459 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2460 = bitcast i8 addrspace(3)* %2459 to i32 addrspace(3)*
	%2461 = getelementptr i32, i32 addrspace(3)* %2460, i32 %2458
	store i32 0, i32 addrspace(3)* %2461
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %2465

2462:
	%2463 = shl i32 1, %3
	%2464 = sub i32 %2463, 1
	br label %2674

2465:
	%2466 = phi i32 [ %3, %2410 ], [ %2673, %2672 ]
	%2467 = icmp slt i32 %2466, %548
	br i1 %2467, label %2468, label %2477

2468:
	%2469 = add i32 %2323, %2466
	%2470 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%2471 = bitcast i8 addrspace(3)* %2470 to i32 addrspace(3)*
	%2472 = getelementptr i32, i32 addrspace(3)* %2471, i32 %2469
	%2473 = load i32, i32 addrspace(3)* %2472
	%2474 = and i32 %2473, %2407
	%2475 = icmp eq i32 %2474, %2406
	%2476 = and i1 true, %2475
	br i1 %2476, label %2664, label %2672

2477:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2478 = mul i32 %3, 8
	%2479 = add i32 %2478, 0
	%2480 = sub i32 255, %2479
	%2481 = add i32 %2324, %2480
	%2482 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2483 = bitcast i8 addrspace(3)* %2482 to i32 addrspace(3)*
	%2484 = getelementptr i32, i32 addrspace(3)* %2483, i32 %2481
	%2485 = load i32, i32 addrspace(3)* %2484
	%2486 = add i32 0, %2485
	%2487 = mul i32 %3, 8
	%2488 = add i32 %2487, 1
	%2489 = sub i32 255, %2488
	%2490 = add i32 %2324, %2489
	%2491 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2492 = bitcast i8 addrspace(3)* %2491 to i32 addrspace(3)*
	%2493 = getelementptr i32, i32 addrspace(3)* %2492, i32 %2490
	%2494 = load i32, i32 addrspace(3)* %2493
	%2495 = add i32 %2486, %2494
	%2496 = mul i32 %3, 8
	%2497 = add i32 %2496, 2
	%2498 = sub i32 255, %2497
	%2499 = add i32 %2324, %2498
	%2500 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2501 = bitcast i8 addrspace(3)* %2500 to i32 addrspace(3)*
	%2502 = getelementptr i32, i32 addrspace(3)* %2501, i32 %2499
	%2503 = load i32, i32 addrspace(3)* %2502
	%2504 = add i32 %2495, %2503
	%2505 = mul i32 %3, 8
	%2506 = add i32 %2505, 3
	%2507 = sub i32 255, %2506
	%2508 = add i32 %2324, %2507
	%2509 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2510 = bitcast i8 addrspace(3)* %2509 to i32 addrspace(3)*
	%2511 = getelementptr i32, i32 addrspace(3)* %2510, i32 %2508
	%2512 = load i32, i32 addrspace(3)* %2511
	%2513 = add i32 %2504, %2512
	%2514 = mul i32 %3, 8
	%2515 = add i32 %2514, 4
	%2516 = sub i32 255, %2515
	%2517 = add i32 %2324, %2516
	%2518 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2519 = bitcast i8 addrspace(3)* %2518 to i32 addrspace(3)*
	%2520 = getelementptr i32, i32 addrspace(3)* %2519, i32 %2517
	%2521 = load i32, i32 addrspace(3)* %2520
	%2522 = add i32 %2513, %2521
	%2523 = mul i32 %3, 8
	%2524 = add i32 %2523, 5
	%2525 = sub i32 255, %2524
	%2526 = add i32 %2324, %2525
	%2527 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2528 = bitcast i8 addrspace(3)* %2527 to i32 addrspace(3)*
	%2529 = getelementptr i32, i32 addrspace(3)* %2528, i32 %2526
	%2530 = load i32, i32 addrspace(3)* %2529
	%2531 = add i32 %2522, %2530
	%2532 = mul i32 %3, 8
	%2533 = add i32 %2532, 6
	%2534 = sub i32 255, %2533
	%2535 = add i32 %2324, %2534
	%2536 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2537 = bitcast i8 addrspace(3)* %2536 to i32 addrspace(3)*
	%2538 = getelementptr i32, i32 addrspace(3)* %2537, i32 %2535
	%2539 = load i32, i32 addrspace(3)* %2538
	%2540 = add i32 %2531, %2539
	%2541 = mul i32 %3, 8
	%2542 = add i32 %2541, 7
	%2543 = sub i32 255, %2542
	%2544 = add i32 %2324, %2543
	%2545 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2546 = bitcast i8 addrspace(3)* %2545 to i32 addrspace(3)*
	%2547 = getelementptr i32, i32 addrspace(3)* %2546, i32 %2544
	%2548 = load i32, i32 addrspace(3)* %2547
	%2549 = add i32 %2540, %2548
	%2550 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2549, i32 1, i32 0)
	%2551 = icmp uge i32 %3, 1
	%2552 = select i1 %2551, i32 %2550, i32 0
	%2553 = add i32 %2549, %2552
	%2554 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2553, i32 2, i32 0)
	%2555 = icmp uge i32 %3, 2
	%2556 = select i1 %2555, i32 %2554, i32 0
	%2557 = add i32 %2553, %2556
	%2558 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2557, i32 4, i32 0)
	%2559 = icmp uge i32 %3, 4
	%2560 = select i1 %2559, i32 %2558, i32 0
	%2561 = add i32 %2557, %2560
	%2562 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2561, i32 8, i32 0)
	%2563 = icmp uge i32 %3, 8
	%2564 = select i1 %2563, i32 %2562, i32 0
	%2565 = add i32 %2561, %2564
	%2566 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2565, i32 16, i32 0)
	%2567 = icmp uge i32 %3, 16
	%2568 = select i1 %2567, i32 %2566, i32 0
	%2569 = add i32 %2565, %2568
	%2570 = sub i32 %2569, %2549
	%2571 = icmp slt i32 %2570, %2408
	%2572 = icmp sge i32 %2569, %2408
	%2573 = and i1 %2571, %2572
	%2574 = add i32 %2570, %2485
	%2575 = xor i1 false, true
	%2576 = icmp sge i32 %2574, %2408
	%2577 = and i1 %2575, %2576
	%2578 = mul i32 %3, 8
	%2579 = add i32 %2578, 0
	%2580 = sub i32 255, %2579
	%2581 = select i1 %2577, i32 %2580, i32 0
	%2582 = select i1 %2577, i32 %2570, i32 0
	%2583 = or i1 false, %2577
	%2584 = add i32 %2574, %2494
	%2585 = xor i1 %2583, true
	%2586 = icmp sge i32 %2584, %2408
	%2587 = and i1 %2585, %2586
	%2588 = mul i32 %3, 8
	%2589 = add i32 %2588, 1
	%2590 = sub i32 255, %2589
	%2591 = select i1 %2587, i32 %2590, i32 %2581
	%2592 = select i1 %2587, i32 %2574, i32 %2582
	%2593 = or i1 %2583, %2587
	%2594 = add i32 %2584, %2503
	%2595 = xor i1 %2593, true
	%2596 = icmp sge i32 %2594, %2408
	%2597 = and i1 %2595, %2596
	%2598 = mul i32 %3, 8
	%2599 = add i32 %2598, 2
	%2600 = sub i32 255, %2599
	%2601 = select i1 %2597, i32 %2600, i32 %2591
	%2602 = select i1 %2597, i32 %2584, i32 %2592
	%2603 = or i1 %2593, %2597
	%2604 = add i32 %2594, %2512
	%2605 = xor i1 %2603, true
	%2606 = icmp sge i32 %2604, %2408
	%2607 = and i1 %2605, %2606
	%2608 = mul i32 %3, 8
	%2609 = add i32 %2608, 3
	%2610 = sub i32 255, %2609
	%2611 = select i1 %2607, i32 %2610, i32 %2601
	%2612 = select i1 %2607, i32 %2594, i32 %2602
	%2613 = or i1 %2603, %2607
	%2614 = add i32 %2604, %2521
	%2615 = xor i1 %2613, true
	%2616 = icmp sge i32 %2614, %2408
	%2617 = and i1 %2615, %2616
	%2618 = mul i32 %3, 8
	%2619 = add i32 %2618, 4
	%2620 = sub i32 255, %2619
	%2621 = select i1 %2617, i32 %2620, i32 %2611
	%2622 = select i1 %2617, i32 %2604, i32 %2612
	%2623 = or i1 %2613, %2617
	%2624 = add i32 %2614, %2530
	%2625 = xor i1 %2623, true
	%2626 = icmp sge i32 %2624, %2408
	%2627 = and i1 %2625, %2626
	%2628 = mul i32 %3, 8
	%2629 = add i32 %2628, 5
	%2630 = sub i32 255, %2629
	%2631 = select i1 %2627, i32 %2630, i32 %2621
	%2632 = select i1 %2627, i32 %2614, i32 %2622
	%2633 = or i1 %2623, %2627
	%2634 = add i32 %2624, %2539
	%2635 = xor i1 %2633, true
	%2636 = icmp sge i32 %2634, %2408
	%2637 = and i1 %2635, %2636
	%2638 = mul i32 %3, 8
	%2639 = add i32 %2638, 6
	%2640 = sub i32 255, %2639
	%2641 = select i1 %2637, i32 %2640, i32 %2631
	%2642 = select i1 %2637, i32 %2624, i32 %2632
	%2643 = or i1 %2633, %2637
	%2644 = add i32 %2634, %2548
	%2645 = xor i1 %2643, true
	%2646 = icmp sge i32 %2644, %2408
	%2647 = and i1 %2645, %2646
	%2648 = mul i32 %3, 8
	%2649 = add i32 %2648, 7
	%2650 = sub i32 255, %2649
	%2651 = select i1 %2647, i32 %2650, i32 %2641
	%2652 = select i1 %2647, i32 %2634, i32 %2642
	%2653 = or i1 %2643, %2647
	%2654 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2573)
	%2655 = call i32 @llvm.cttz.i32(i32 %2654, i1 false)
	%2656 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2651, i32 %2655, i32 31)
	%2657 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2652, i32 %2655, i32 31)
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2658 = shl i32 %2656, %2413
	%2659 = or i32 %2406, %2658
	%2660 = shl i32 255, %2413
	%2661 = or i32 %2407, %2660
	%2662 = sub i32 %2408, %2657
	%2663 = add i32 %2405, 1
	br label %2404

2664:
	%2665 = lshr i32 %2473, %2413
	%2666 = and i32 %2665, 255
	%2667 = add i32 %2324, %2666
	%2668 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2669 = bitcast i8 addrspace(3)* %2668 to i32 addrspace(3)*
	%2670 = getelementptr i32, i32 addrspace(3)* %2669, i32 %2667
	%2671 = atomicrmw add i32 addrspace(3)* %2670, i32 1 monotonic
	br label %2672

2672:
	%2673 = add i32 %2466, 32
	br label %2465

2674:
	%2675 = phi i32 [ 0, %2462 ], [ %2744, %2739 ]
	%2676 = phi i32 [ 0, %2462 ], [ %2741, %2739 ]
	%2677 = phi i32 [ 0, %2462 ], [ %2743, %2739 ]
	%2678 = icmp slt i32 %2675, %548
	br i1 %2678, label %2679, label %2682

2679:
	%2680 = add i32 %2675, %3
	%2681 = icmp slt i32 %2680, %548
	br i1 %2681, label %2703, label %2713

2682:
	%2683 = icmp ugt i32 %2073, %2406
	%2684 = and i1 %2068, %2683
	%2685 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2684)
	%2686 = call i32 @llvm.ctpop.i32(i32 %2685)
	%2687 = add i32 0, %2686
	%2688 = icmp ugt i32 %2086, %2406
	%2689 = and i1 %2081, %2688
	%2690 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2689)
	%2691 = call i32 @llvm.ctpop.i32(i32 %2690)
	%2692 = add i32 %2687, %2691
	%2693 = icmp ugt i32 %2099, %2406
	%2694 = and i1 %2094, %2693
	%2695 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2694)
	%2696 = call i32 @llvm.ctpop.i32(i32 %2695)
	%2697 = add i32 %2692, %2696
	%2698 = icmp ugt i32 %2112, %2406
	%2699 = and i1 %2107, %2698
	%2700 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2699)
	%2701 = call i32 @llvm.ctpop.i32(i32 %2700)
	%2702 = add i32 %2697, %2701
	br label %2325

2703:
	%2704 = add i32 %2323, %2680
	%2705 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%2706 = bitcast i8 addrspace(3)* %2705 to i32 addrspace(3)*
	%2707 = getelementptr i32, i32 addrspace(3)* %2706, i32 %2704
	%2708 = load i32, i32 addrspace(3)* %2707
	%2709 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%2710 = bitcast i8 addrspace(3)* %2709 to i32 addrspace(3)*
	%2711 = getelementptr i32, i32 addrspace(3)* %2710, i32 %2704
	%2712 = load i32, i32 addrspace(3)* %2711
	br label %2713

2713:
	%2714 = phi i32 [ 0, %2679 ], [ %2708, %2703 ]
	%2715 = phi i32 [ 0, %2679 ], [ %2712, %2703 ]
	%2716 = icmp eq i32 %2714, %2406
	%2717 = and i1 %2681, %2716
	%2718 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2717)
	%2719 = and i32 %2718, %2464
	%2720 = call i32 @llvm.ctpop.i32(i32 %2719)
	%2721 = add i32 %2677, %2720
	%2722 = icmp ugt i32 %2714, %2406
	%2723 = icmp slt i32 %2721, %2408
	%2724 = and i1 %2717, %2723
	%2725 = or i1 %2722, %2724
	%2726 = and i1 %2681, %2725
	%2727 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2726)
	%2728 = and i32 %2727, %2464
	%2729 = call i32 @llvm.ctpop.i32(i32 %2728)
	%2730 = add i32 %2676, %2729
	%2731 = add i32 %2323, %2730
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %2726, label %2732, label %2739

2732:
	%2733 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%2734 = bitcast i8 addrspace(3)* %2733 to i32 addrspace(3)*
	%2735 = getelementptr i32, i32 addrspace(3)* %2734, i32 %2731
	store i32 %2714, i32 addrspace(3)* %2735
	%2736 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%2737 = bitcast i8 addrspace(3)* %2736 to i32 addrspace(3)*
	%2738 = getelementptr i32, i32 addrspace(3)* %2737, i32 %2731
	store i32 %2715, i32 addrspace(3)* %2738
	br label %2739

2739:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2740 = call i32 @llvm.ctpop.i32(i32 %2727)
	%2741 = add i32 %2676, %2740
	%2742 = call i32 @llvm.ctpop.i32(i32 %2718)
	%2743 = add i32 %2677, %2742
	%2744 = add i32 %2675, 32
	br label %2674

2745:
	%2746 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%2747 = bitcast i8 addrspace(3)* %2746 to i32 addrspace(3)*
	%2748 = getelementptr i32, i32 addrspace(3)* %2747, i32 %2343
	store i32 %2073, i32 addrspace(3)* %2748
	%2749 = add i32 0, %3
	%2750 = add i32 %547, %2749
	%2751 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%2752 = bitcast i8 addrspace(3)* %2751 to i32 addrspace(3)*
	%2753 = getelementptr i32, i32 addrspace(3)* %2752, i32 %2343
	store i32 %2750, i32 addrspace(3)* %2753
	br label %2754

2754:
	%2755 = call i32 @llvm.ctpop.i32(i32 %2333)
	%2756 = add i32 %2326, %2755
	%2757 = and i32 %2334, %2338
	%2758 = call i32 @llvm.ctpop.i32(i32 %2757)
	%2759 = add i32 %2756, %2758
	%2760 = add i32 %2339, %2759
	br i1 %2330, label %2761, label %2770

2761:
	%2762 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%2763 = bitcast i8 addrspace(3)* %2762 to i32 addrspace(3)*
	%2764 = getelementptr i32, i32 addrspace(3)* %2763, i32 %2760
	store i32 %2086, i32 addrspace(3)* %2764
	%2765 = add i32 32, %3
	%2766 = add i32 %547, %2765
	%2767 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%2768 = bitcast i8 addrspace(3)* %2767 to i32 addrspace(3)*
	%2769 = getelementptr i32, i32 addrspace(3)* %2768, i32 %2760
	store i32 %2766, i32 addrspace(3)* %2769
	br label %2770

2770:
	%2771 = call i32 @llvm.ctpop.i32(i32 %2334)
	%2772 = add i32 %2756, %2771
	%2773 = and i32 %2335, %2338
	%2774 = call i32 @llvm.ctpop.i32(i32 %2773)
	%2775 = add i32 %2772, %2774
	%2776 = add i32 %2339, %2775
	br i1 %2331, label %2777, label %2786

2777:
	%2778 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%2779 = bitcast i8 addrspace(3)* %2778 to i32 addrspace(3)*
	%2780 = getelementptr i32, i32 addrspace(3)* %2779, i32 %2776
	store i32 %2099, i32 addrspace(3)* %2780
	%2781 = add i32 64, %3
	%2782 = add i32 %547, %2781
	%2783 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%2784 = bitcast i8 addrspace(3)* %2783 to i32 addrspace(3)*
	%2785 = getelementptr i32, i32 addrspace(3)* %2784, i32 %2776
	store i32 %2782, i32 addrspace(3)* %2785
	br label %2786

2786:
	%2787 = call i32 @llvm.ctpop.i32(i32 %2335)
	%2788 = add i32 %2772, %2787
	%2789 = and i32 %2336, %2338
	%2790 = call i32 @llvm.ctpop.i32(i32 %2789)
	%2791 = add i32 %2788, %2790
	%2792 = add i32 %2339, %2791
	br i1 %2332, label %2793, label %2802

2793:
	%2794 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%2795 = bitcast i8 addrspace(3)* %2794 to i32 addrspace(3)*
	%2796 = getelementptr i32, i32 addrspace(3)* %2795, i32 %2792
	store i32 %2112, i32 addrspace(3)* %2796
	%2797 = add i32 96, %3
	%2798 = add i32 %547, %2797
	%2799 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%2800 = bitcast i8 addrspace(3)* %2799 to i32 addrspace(3)*
	%2801 = getelementptr i32, i32 addrspace(3)* %2800, i32 %2792
	store i32 %2798, i32 addrspace(3)* %2801
	br label %2802

2802:
	%2803 = call i32 @llvm.ctpop.i32(i32 %2336)
	%2804 = add i32 %2788, %2803
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2805 = add i32 %2326, %2328
	br label %2319

2806:
	%2807 = mul i32 %420, 129
	%2808 = add i32 0, %3
	%2809 = add i32 %2807, %2808
	%2810 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%2811 = bitcast i8 addrspace(3)* %2810 to float addrspace(3)*
	%2812 = getelementptr float, float addrspace(3)* %2811, i32 %2809
	%2813 = load float, float addrspace(3)* %2812
	%2814 = fcmp ogt float %2813, 0xFFF0000000000000
	%2815 = fadd float %2813, 0.0
	%2816 = bitcast float %2815 to i32
	%2817 = ashr i32 %2816, 31
	%2818 = or i32 %2817, -2147483648
	%2819 = xor i32 %2816, %2818
	%2820 = mul i32 %420, 129
	%2821 = add i32 32, %3
	%2822 = add i32 %2820, %2821
	%2823 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%2824 = bitcast i8 addrspace(3)* %2823 to float addrspace(3)*
	%2825 = getelementptr float, float addrspace(3)* %2824, i32 %2822
	%2826 = load float, float addrspace(3)* %2825
	%2827 = fcmp ogt float %2826, 0xFFF0000000000000
	%2828 = fadd float %2826, 0.0
	%2829 = bitcast float %2828 to i32
	%2830 = ashr i32 %2829, 31
	%2831 = or i32 %2830, -2147483648
	%2832 = xor i32 %2829, %2831
	%2833 = mul i32 %420, 129
	%2834 = add i32 64, %3
	%2835 = add i32 %2833, %2834
	%2836 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%2837 = bitcast i8 addrspace(3)* %2836 to float addrspace(3)*
	%2838 = getelementptr float, float addrspace(3)* %2837, i32 %2835
	%2839 = load float, float addrspace(3)* %2838
	%2840 = fcmp ogt float %2839, 0xFFF0000000000000
	%2841 = fadd float %2839, 0.0
	%2842 = bitcast float %2841 to i32
	%2843 = ashr i32 %2842, 31
	%2844 = or i32 %2843, -2147483648
	%2845 = xor i32 %2842, %2844
	%2846 = mul i32 %420, 129
	%2847 = add i32 96, %3
	%2848 = add i32 %2846, %2847
	%2849 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%2850 = bitcast i8 addrspace(3)* %2849 to float addrspace(3)*
	%2851 = getelementptr float, float addrspace(3)* %2850, i32 %2848
	%2852 = load float, float addrspace(3)* %2851
	%2853 = fcmp ogt float %2852, 0xFFF0000000000000
	%2854 = fadd float %2852, 0.0
	%2855 = bitcast float %2854 to i32
	%2856 = ashr i32 %2855, 31
	%2857 = or i32 %2856, -2147483648
	%2858 = xor i32 %2855, %2857
	%2859 = select i1 %2814, i32 %2819, i32 0
	%2860 = icmp ugt i32 0, %2859
	%2861 = select i1 %2860, i32 0, i32 %2859
	%2862 = select i1 %2827, i32 %2832, i32 0
	%2863 = icmp ugt i32 %2861, %2862
	%2864 = select i1 %2863, i32 %2861, i32 %2862
	%2865 = select i1 %2840, i32 %2845, i32 0
	%2866 = icmp ugt i32 %2864, %2865
	%2867 = select i1 %2866, i32 %2864, i32 %2865
	%2868 = select i1 %2853, i32 %2858, i32 0
	%2869 = icmp ugt i32 %2867, %2868
	%2870 = select i1 %2869, i32 %2867, i32 %2868
	%2871 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2870, i32 1, i32 31)
	%2872 = and i32 %3, 2
	%2873 = icmp eq i32 %2872, 0
	%2874 = and i32 %3, 1
	%2875 = icmp eq i32 %2874, 0
	%2876 = icmp eq i1 %2873, %2875
	%2877 = icmp ugt i32 %2870, %2871
	%2878 = select i1 %2877, i32 %2870, i32 %2871
	%2879 = icmp ult i32 %2870, %2871
	%2880 = select i1 %2879, i32 %2870, i32 %2871
	%2881 = select i1 %2876, i32 %2878, i32 %2880
	%2882 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2881, i32 2, i32 31)
	%2883 = and i32 %3, 4
	%2884 = icmp eq i32 %2883, 0
	%2885 = and i32 %3, 2
	%2886 = icmp eq i32 %2885, 0
	%2887 = icmp eq i1 %2884, %2886
	%2888 = icmp ugt i32 %2881, %2882
	%2889 = select i1 %2888, i32 %2881, i32 %2882
	%2890 = icmp ult i32 %2881, %2882
	%2891 = select i1 %2890, i32 %2881, i32 %2882
	%2892 = select i1 %2887, i32 %2889, i32 %2891
	%2893 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2892, i32 1, i32 31)
	%2894 = and i32 %3, 4
	%2895 = icmp eq i32 %2894, 0
	%2896 = and i32 %3, 1
	%2897 = icmp eq i32 %2896, 0
	%2898 = icmp eq i1 %2895, %2897
	%2899 = icmp ugt i32 %2892, %2893
	%2900 = select i1 %2899, i32 %2892, i32 %2893
	%2901 = icmp ult i32 %2892, %2893
	%2902 = select i1 %2901, i32 %2892, i32 %2893
	%2903 = select i1 %2898, i32 %2900, i32 %2902
	%2904 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2903, i32 4, i32 31)
	%2905 = and i32 %3, 8
	%2906 = icmp eq i32 %2905, 0
	%2907 = and i32 %3, 4
	%2908 = icmp eq i32 %2907, 0
	%2909 = icmp eq i1 %2906, %2908
	%2910 = icmp ugt i32 %2903, %2904
	%2911 = select i1 %2910, i32 %2903, i32 %2904
	%2912 = icmp ult i32 %2903, %2904
	%2913 = select i1 %2912, i32 %2903, i32 %2904
	%2914 = select i1 %2909, i32 %2911, i32 %2913
	%2915 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2914, i32 2, i32 31)
	%2916 = and i32 %3, 8
	%2917 = icmp eq i32 %2916, 0
	%2918 = and i32 %3, 2
	%2919 = icmp eq i32 %2918, 0
	%2920 = icmp eq i1 %2917, %2919
	%2921 = icmp ugt i32 %2914, %2915
	%2922 = select i1 %2921, i32 %2914, i32 %2915
	%2923 = icmp ult i32 %2914, %2915
	%2924 = select i1 %2923, i32 %2914, i32 %2915
	%2925 = select i1 %2920, i32 %2922, i32 %2924
	%2926 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2925, i32 1, i32 31)
	%2927 = and i32 %3, 8
	%2928 = icmp eq i32 %2927, 0
	%2929 = and i32 %3, 1
	%2930 = icmp eq i32 %2929, 0
	%2931 = icmp eq i1 %2928, %2930
	%2932 = icmp ugt i32 %2925, %2926
	%2933 = select i1 %2932, i32 %2925, i32 %2926
	%2934 = icmp ult i32 %2925, %2926
	%2935 = select i1 %2934, i32 %2925, i32 %2926
	%2936 = select i1 %2931, i32 %2933, i32 %2935
	%2937 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2936, i32 8, i32 31)
	%2938 = and i32 %3, 16
	%2939 = icmp eq i32 %2938, 0
	%2940 = and i32 %3, 8
	%2941 = icmp eq i32 %2940, 0
	%2942 = icmp eq i1 %2939, %2941
	%2943 = icmp ugt i32 %2936, %2937
	%2944 = select i1 %2943, i32 %2936, i32 %2937
	%2945 = icmp ult i32 %2936, %2937
	%2946 = select i1 %2945, i32 %2936, i32 %2937
	%2947 = select i1 %2942, i32 %2944, i32 %2946
	%2948 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2947, i32 4, i32 31)
	%2949 = and i32 %3, 16
	%2950 = icmp eq i32 %2949, 0
	%2951 = and i32 %3, 4
	%2952 = icmp eq i32 %2951, 0
	%2953 = icmp eq i1 %2950, %2952
	%2954 = icmp ugt i32 %2947, %2948
	%2955 = select i1 %2954, i32 %2947, i32 %2948
	%2956 = icmp ult i32 %2947, %2948
	%2957 = select i1 %2956, i32 %2947, i32 %2948
	%2958 = select i1 %2953, i32 %2955, i32 %2957
	%2959 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2958, i32 2, i32 31)
	%2960 = and i32 %3, 16
	%2961 = icmp eq i32 %2960, 0
	%2962 = and i32 %3, 2
	%2963 = icmp eq i32 %2962, 0
	%2964 = icmp eq i1 %2961, %2963
	%2965 = icmp ugt i32 %2958, %2959
	%2966 = select i1 %2965, i32 %2958, i32 %2959
	%2967 = icmp ult i32 %2958, %2959
	%2968 = select i1 %2967, i32 %2958, i32 %2959
	%2969 = select i1 %2964, i32 %2966, i32 %2968
	%2970 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2969, i32 1, i32 31)
	%2971 = and i32 %3, 16
	%2972 = icmp eq i32 %2971, 0
	%2973 = and i32 %3, 1
	%2974 = icmp eq i32 %2973, 0
	%2975 = icmp eq i1 %2972, %2974
	%2976 = icmp ugt i32 %2969, %2970
	%2977 = select i1 %2976, i32 %2969, i32 %2970
	%2978 = icmp ult i32 %2969, %2970
	%2979 = select i1 %2978, i32 %2969, i32 %2970
	%2980 = select i1 %2975, i32 %2977, i32 %2979
	%2981 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2980, i32 16, i32 31)
	%2982 = and i32 %3, 32
	%2983 = icmp eq i32 %2982, 0
	%2984 = and i32 %3, 16
	%2985 = icmp eq i32 %2984, 0
	%2986 = icmp eq i1 %2983, %2985
	%2987 = icmp ugt i32 %2980, %2981
	%2988 = select i1 %2987, i32 %2980, i32 %2981
	%2989 = icmp ult i32 %2980, %2981
	%2990 = select i1 %2989, i32 %2980, i32 %2981
	%2991 = select i1 %2986, i32 %2988, i32 %2990
	%2992 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2991, i32 8, i32 31)
	%2993 = and i32 %3, 32
	%2994 = icmp eq i32 %2993, 0
	%2995 = and i32 %3, 8
	%2996 = icmp eq i32 %2995, 0
	%2997 = icmp eq i1 %2994, %2996
	%2998 = icmp ugt i32 %2991, %2992
	%2999 = select i1 %2998, i32 %2991, i32 %2992
	%3000 = icmp ult i32 %2991, %2992
	%3001 = select i1 %3000, i32 %2991, i32 %2992
	%3002 = select i1 %2997, i32 %2999, i32 %3001
	%3003 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3002, i32 4, i32 31)
	%3004 = and i32 %3, 32
	%3005 = icmp eq i32 %3004, 0
	%3006 = and i32 %3, 4
	%3007 = icmp eq i32 %3006, 0
	%3008 = icmp eq i1 %3005, %3007
	%3009 = icmp ugt i32 %3002, %3003
	%3010 = select i1 %3009, i32 %3002, i32 %3003
	%3011 = icmp ult i32 %3002, %3003
	%3012 = select i1 %3011, i32 %3002, i32 %3003
	%3013 = select i1 %3008, i32 %3010, i32 %3012
	%3014 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3013, i32 2, i32 31)
	%3015 = and i32 %3, 32
	%3016 = icmp eq i32 %3015, 0
	%3017 = and i32 %3, 2
	%3018 = icmp eq i32 %3017, 0
	%3019 = icmp eq i1 %3016, %3018
	%3020 = icmp ugt i32 %3013, %3014
	%3021 = select i1 %3020, i32 %3013, i32 %3014
	%3022 = icmp ult i32 %3013, %3014
	%3023 = select i1 %3022, i32 %3013, i32 %3014
	%3024 = select i1 %3019, i32 %3021, i32 %3023
	%3025 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3024, i32 1, i32 31)
	%3026 = and i32 %3, 32
	%3027 = icmp eq i32 %3026, 0
	%3028 = and i32 %3, 1
	%3029 = icmp eq i32 %3028, 0
	%3030 = icmp eq i1 %3027, %3029
	%3031 = icmp ugt i32 %3024, %3025
	%3032 = select i1 %3031, i32 %3024, i32 %3025
	%3033 = icmp ult i32 %3024, %3025
	%3034 = select i1 %3033, i32 %3024, i32 %3025
	%3035 = select i1 %3030, i32 %3032, i32 %3034
	%3036 = sub i32 %457, 1
	%3037 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %3035, i32 %3036, i32 31)
	%3038 = icmp ugt i32 %3037, 0
	%3039 = sub i32 %3037, 1
	%3040 = select i1 %3038, i32 %3039, i32 0
	%3041 = icmp ugt i32 %551, %3040
	%3042 = select i1 %3041, i32 %551, i32 %3040
	%3043 = icmp ugt i32 %2819, %3042
	%3044 = and i1 %2814, %3043
	%3045 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3044)
	%3046 = call i32 @llvm.ctpop.i32(i32 %3045)
	%3047 = add i32 0, %3046
	%3048 = icmp ugt i32 %2832, %3042
	%3049 = and i1 %2827, %3048
	%3050 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3049)
	%3051 = call i32 @llvm.ctpop.i32(i32 %3050)
	%3052 = add i32 %3047, %3051
	%3053 = icmp ugt i32 %2845, %3042
	%3054 = and i1 %2840, %3053
	%3055 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3054)
	%3056 = call i32 @llvm.ctpop.i32(i32 %3055)
	%3057 = add i32 %3052, %3056
	%3058 = icmp ugt i32 %2858, %3042
	%3059 = and i1 %2853, %3058
	%3060 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3059)
	%3061 = call i32 @llvm.ctpop.i32(i32 %3060)
	%3062 = add i32 %3057, %3061
	%3063 = add i32 %550, %3062
	%3064 = icmp sgt i32 %3063, 160
	br i1 %3064, label %3068, label %3071

3065:
	%3066 = phi i32 [ %550, %2319 ], [ %3551, %3548 ]
	%3067 = phi i32 [ %551, %2319 ], [ %3073, %3548 ]
	br i1 %503, label %3552, label %3811

3068:
	%3069 = mul i32 %420, 160
	%3070 = mul i32 %4, 256
	br label %3090

3071:
	%3072 = phi i32 [ %550, %2806 ], [ %457, %3428 ]
	%3073 = phi i32 [ %3042, %2806 ], [ %3152, %3428 ]
	%3074 = phi i32 [ %3062, %2806 ], [ %3448, %3428 ]
	%3075 = phi i1 [ %3044, %2806 ], [ %3430, %3428 ]
	%3076 = phi i1 [ %3049, %2806 ], [ %3435, %3428 ]
	%3077 = phi i1 [ %3054, %2806 ], [ %3440, %3428 ]
	%3078 = phi i1 [ %3059, %2806 ], [ %3445, %3428 ]
	%3079 = phi i32 [ %3045, %2806 ], [ %3431, %3428 ]
	%3080 = phi i32 [ %3050, %2806 ], [ %3436, %3428 ]
	%3081 = phi i32 [ %3055, %2806 ], [ %3441, %3428 ]
	%3082 = phi i32 [ %3060, %2806 ], [ %3446, %3428 ]
	%3083 = shl i32 1, %3
	%3084 = sub i32 %3083, 1
	%3085 = mul i32 %420, 160
	%3086 = and i32 %3079, %3084
	%3087 = call i32 @llvm.ctpop.i32(i32 %3086)
	%3088 = add i32 %3072, %3087
	%3089 = add i32 %3085, %3088
	br i1 %3075, label %3491, label %3500

3090:
	%3091 = phi i32 [ %3, %3068 ], [ %3107, %3095 ]
	%3092 = phi i32 [ -1, %3068 ], [ %3103, %3095 ]
	%3093 = phi i32 [ 0, %3068 ], [ %3106, %3095 ]
	%3094 = icmp slt i32 %3091, %550
	br i1 %3094, label %3095, label %3108

3095:
	%3096 = add i32 %3069, %3091
	%3097 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%3098 = bitcast i8 addrspace(3)* %3097 to i32 addrspace(3)*
	%3099 = getelementptr i32, i32 addrspace(3)* %3098, i32 %3096
	%3100 = load i32, i32 addrspace(3)* %3099
	%3101 = icmp ult i32 %3092, %3100
	%3102 = select i1 %3101, i32 %3092, i32 %3100
	%3103 = select i1 true, i32 %3102, i32 %3092
	%3104 = icmp ugt i32 %3093, %3100
	%3105 = select i1 %3104, i32 %3093, i32 %3100
	%3106 = select i1 true, i32 %3105, i32 %3093
	%3107 = add i32 %3091, 32
	br label %3090

3108:
	%3109 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3092, i32 1, i32 31)
	%3110 = icmp ult i32 %3092, %3109
	%3111 = select i1 %3110, i32 %3092, i32 %3109
	%3112 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3093, i32 1, i32 31)
	%3113 = icmp ugt i32 %3093, %3112
	%3114 = select i1 %3113, i32 %3093, i32 %3112
	%3115 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3111, i32 2, i32 31)
	%3116 = icmp ult i32 %3111, %3115
	%3117 = select i1 %3116, i32 %3111, i32 %3115
	%3118 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3114, i32 2, i32 31)
	%3119 = icmp ugt i32 %3114, %3118
	%3120 = select i1 %3119, i32 %3114, i32 %3118
	%3121 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3117, i32 4, i32 31)
	%3122 = icmp ult i32 %3117, %3121
	%3123 = select i1 %3122, i32 %3117, i32 %3121
	%3124 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3120, i32 4, i32 31)
	%3125 = icmp ugt i32 %3120, %3124
	%3126 = select i1 %3125, i32 %3120, i32 %3124
	%3127 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3123, i32 8, i32 31)
	%3128 = icmp ult i32 %3123, %3127
	%3129 = select i1 %3128, i32 %3123, i32 %3127
	%3130 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3126, i32 8, i32 31)
	%3131 = icmp ugt i32 %3126, %3130
	%3132 = select i1 %3131, i32 %3126, i32 %3130
	%3133 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3129, i32 16, i32 31)
	%3134 = icmp ult i32 %3129, %3133
	%3135 = select i1 %3134, i32 %3129, i32 %3133
	%3136 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3132, i32 16, i32 31)
	%3137 = icmp ugt i32 %3132, %3136
	%3138 = select i1 %3137, i32 %3132, i32 %3136
	%3139 = xor i32 %3135, %3138
	%3140 = call i32 @llvm.ctlz.i32(i32 %3139, i1 false)
	%3141 = sub i32 32, %3140
	%3142 = icmp eq i32 %3141, 32
	%3143 = icmp slt i32 %3141, 31
	%3144 = select i1 %3143, i32 %3141, i32 31
	%3145 = shl i32 -1, %3144
	%3146 = select i1 %3142, i32 0, i32 %3145
	%3147 = and i32 %3138, %3146
	%3148 = add i32 %3141, 7
	%3149 = udiv i32 %3148, 8
	br label %3150

3150:
	%3151 = phi i32 [ 0, %3108 ], [ %3409, %3223 ]
	%3152 = phi i32 [ %3147, %3108 ], [ %3405, %3223 ]
	%3153 = phi i32 [ %3146, %3108 ], [ %3407, %3223 ]
	%3154 = phi i32 [ %457, %3108 ], [ %3408, %3223 ]
	%3155 = icmp slt i32 %3151, %3149
	br i1 %3155, label %3156, label %3208

3156:
	%3157 = sub i32 %3149, %3151
	%3158 = sub i32 %3157, 1
	%3159 = mul i32 %3158, 8
	%3160 = mul i32 %3, 8
	%3161 = add i32 %3160, 0
	%3162 = add i32 %3070, %3161
	%3163 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3164 = bitcast i8 addrspace(3)* %3163 to i32 addrspace(3)*
	%3165 = getelementptr i32, i32 addrspace(3)* %3164, i32 %3162
	store i32 0, i32 addrspace(3)* %3165
	%3166 = mul i32 %3, 8
	%3167 = add i32 %3166, 1
	%3168 = add i32 %3070, %3167
	%3169 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3170 = bitcast i8 addrspace(3)* %3169 to i32 addrspace(3)*
	%3171 = getelementptr i32, i32 addrspace(3)* %3170, i32 %3168
	store i32 0, i32 addrspace(3)* %3171
	%3172 = mul i32 %3, 8
	%3173 = add i32 %3172, 2
	%3174 = add i32 %3070, %3173
	%3175 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3176 = bitcast i8 addrspace(3)* %3175 to i32 addrspace(3)*
	%3177 = getelementptr i32, i32 addrspace(3)* %3176, i32 %3174
	store i32 0, i32 addrspace(3)* %3177
	%3178 = mul i32 %3, 8
	%3179 = add i32 %3178, 3
	%3180 = add i32 %3070, %3179
	%3181 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3182 = bitcast i8 addrspace(3)* %3181 to i32 addrspace(3)*
	%3183 = getelementptr i32, i32 addrspace(3)* %3182, i32 %3180
	store i32 0, i32 addrspace(3)* %3183
	%3184 = mul i32 %3, 8
	%3185 = add i32 %3184, 4
	%3186 = add i32 %3070, %3185
	%3187 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3188 = bitcast i8 addrspace(3)* %3187 to i32 addrspace(3)*
	%3189 = getelementptr i32, i32 addrspace(3)* %3188, i32 %3186
	store i32 0, i32 addrspace(3)* %3189
	%3190 = mul i32 %3, 8
	%3191 = add i32 %3190, 5
	%3192 = add i32 %3070, %3191
	%3193 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3194 = bitcast i8 addrspace(3)* %3193 to i32 addrspace(3)*
	%3195 = getelementptr i32, i32 addrspace(3)* %3194, i32 %3192
	store i32 0, i32 addrspace(3)* %3195
	%3196 = mul i32 %3, 8
	%3197 = add i32 %3196, 6
	%3198 = add i32 %3070, %3197
	%3199 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3200 = bitcast i8 addrspace(3)* %3199 to i32 addrspace(3)*
	%3201 = getelementptr i32, i32 addrspace(3)* %3200, i32 %3198
	store i32 0, i32 addrspace(3)* %3201
	%3202 = mul i32 %3, 8
	%3203 = add i32 %3202, 7
	%3204 = add i32 %3070, %3203
	%3205 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3206 = bitcast i8 addrspace(3)* %3205 to i32 addrspace(3)*
	%3207 = getelementptr i32, i32 addrspace(3)* %3206, i32 %3204
	store i32 0, i32 addrspace(3)* %3207
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %3211

3208:
	%3209 = shl i32 1, %3
	%3210 = sub i32 %3209, 1
	br label %3420

3211:
	%3212 = phi i32 [ %3, %3156 ], [ %3419, %3418 ]
	%3213 = icmp slt i32 %3212, %550
	br i1 %3213, label %3214, label %3223

3214:
	%3215 = add i32 %3069, %3212
	%3216 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%3217 = bitcast i8 addrspace(3)* %3216 to i32 addrspace(3)*
	%3218 = getelementptr i32, i32 addrspace(3)* %3217, i32 %3215
	%3219 = load i32, i32 addrspace(3)* %3218
	%3220 = and i32 %3219, %3153
	%3221 = icmp eq i32 %3220, %3152
	%3222 = and i1 true, %3221
	br i1 %3222, label %3410, label %3418

3223:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3224 = mul i32 %3, 8
	%3225 = add i32 %3224, 0
	%3226 = sub i32 255, %3225
	%3227 = add i32 %3070, %3226
	%3228 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3229 = bitcast i8 addrspace(3)* %3228 to i32 addrspace(3)*
	%3230 = getelementptr i32, i32 addrspace(3)* %3229, i32 %3227
	%3231 = load i32, i32 addrspace(3)* %3230
	%3232 = add i32 0, %3231
	%3233 = mul i32 %3, 8
	%3234 = add i32 %3233, 1
	%3235 = sub i32 255, %3234
	%3236 = add i32 %3070, %3235
	%3237 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3238 = bitcast i8 addrspace(3)* %3237 to i32 addrspace(3)*
	%3239 = getelementptr i32, i32 addrspace(3)* %3238, i32 %3236
	%3240 = load i32, i32 addrspace(3)* %3239
	%3241 = add i32 %3232, %3240
	%3242 = mul i32 %3, 8
	%3243 = add i32 %3242, 2
	%3244 = sub i32 255, %3243
	%3245 = add i32 %3070, %3244
	%3246 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3247 = bitcast i8 addrspace(3)* %3246 to i32 addrspace(3)*
	%3248 = getelementptr i32, i32 addrspace(3)* %3247, i32 %3245
	%3249 = load i32, i32 addrspace(3)* %3248
	%3250 = add i32 %3241, %3249
	%3251 = mul i32 %3, 8
	%3252 = add i32 %3251, 3
	%3253 = sub i32 255, %3252
	%3254 = add i32 %3070, %3253
	%3255 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3256 = bitcast i8 addrspace(3)* %3255 to i32 addrspace(3)*
	%3257 = getelementptr i32, i32 addrspace(3)* %3256, i32 %3254
	%3258 = load i32, i32 addrspace(3)* %3257
	%3259 = add i32 %3250, %3258
	%3260 = mul i32 %3, 8
	%3261 = add i32 %3260, 4
	%3262 = sub i32 255, %3261
	%3263 = add i32 %3070, %3262
	%3264 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3265 = bitcast i8 addrspace(3)* %3264 to i32 addrspace(3)*
	%3266 = getelementptr i32, i32 addrspace(3)* %3265, i32 %3263
	%3267 = load i32, i32 addrspace(3)* %3266
	%3268 = add i32 %3259, %3267
	%3269 = mul i32 %3, 8
	%3270 = add i32 %3269, 5
	%3271 = sub i32 255, %3270
	%3272 = add i32 %3070, %3271
	%3273 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3274 = bitcast i8 addrspace(3)* %3273 to i32 addrspace(3)*
	%3275 = getelementptr i32, i32 addrspace(3)* %3274, i32 %3272
	%3276 = load i32, i32 addrspace(3)* %3275
	%3277 = add i32 %3268, %3276
	%3278 = mul i32 %3, 8
	%3279 = add i32 %3278, 6
	%3280 = sub i32 255, %3279
	%3281 = add i32 %3070, %3280
	%3282 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3283 = bitcast i8 addrspace(3)* %3282 to i32 addrspace(3)*
	%3284 = getelementptr i32, i32 addrspace(3)* %3283, i32 %3281
	%3285 = load i32, i32 addrspace(3)* %3284
	%3286 = add i32 %3277, %3285
	%3287 = mul i32 %3, 8
	%3288 = add i32 %3287, 7
	%3289 = sub i32 255, %3288
	%3290 = add i32 %3070, %3289
	%3291 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3292 = bitcast i8 addrspace(3)* %3291 to i32 addrspace(3)*
	%3293 = getelementptr i32, i32 addrspace(3)* %3292, i32 %3290
	%3294 = load i32, i32 addrspace(3)* %3293
	%3295 = add i32 %3286, %3294
	%3296 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3295, i32 1, i32 0)
	%3297 = icmp uge i32 %3, 1
	%3298 = select i1 %3297, i32 %3296, i32 0
	%3299 = add i32 %3295, %3298
	%3300 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3299, i32 2, i32 0)
	%3301 = icmp uge i32 %3, 2
	%3302 = select i1 %3301, i32 %3300, i32 0
	%3303 = add i32 %3299, %3302
	%3304 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3303, i32 4, i32 0)
	%3305 = icmp uge i32 %3, 4
	%3306 = select i1 %3305, i32 %3304, i32 0
	%3307 = add i32 %3303, %3306
	%3308 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3307, i32 8, i32 0)
	%3309 = icmp uge i32 %3, 8
	%3310 = select i1 %3309, i32 %3308, i32 0
	%3311 = add i32 %3307, %3310
	%3312 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3311, i32 16, i32 0)
	%3313 = icmp uge i32 %3, 16
	%3314 = select i1 %3313, i32 %3312, i32 0
	%3315 = add i32 %3311, %3314
	%3316 = sub i32 %3315, %3295
	%3317 = icmp slt i32 %3316, %3154
	%3318 = icmp sge i32 %3315, %3154
	%3319 = and i1 %3317, %3318
	%3320 = add i32 %3316, %3231
	%3321 = xor i1 false, true
	%3322 = icmp sge i32 %3320, %3154
	%3323 = and i1 %3321, %3322
	%3324 = mul i32 %3, 8
	%3325 = add i32 %3324, 0
	%3326 = sub i32 255, %3325
	%3327 = select i1 %3323, i32 %3326, i32 0
	%3328 = select i1 %3323, i32 %3316, i32 0
	%3329 = or i1 false, %3323
	%3330 = add i32 %3320, %3240
	%3331 = xor i1 %3329, true
	%3332 = icmp sge i32 %3330, %3154
	%3333 = and i1 %3331, %3332
	%3334 = mul i32 %3, 8
	%3335 = add i32 %3334, 1
	%3336 = sub i32 255, %3335
	%3337 = select i1 %3333, i32 %3336, i32 %3327
	%3338 = select i1 %3333, i32 %3320, i32 %3328
	%3339 = or i1 %3329, %3333
	%3340 = add i32 %3330, %3249
	%3341 = xor i1 %3339, true
	%3342 = icmp sge i32 %3340, %3154
	%3343 = and i1 %3341, %3342
	%3344 = mul i32 %3, 8
	%3345 = add i32 %3344, 2
	%3346 = sub i32 255, %3345
	%3347 = select i1 %3343, i32 %3346, i32 %3337
	%3348 = select i1 %3343, i32 %3330, i32 %3338
	%3349 = or i1 %3339, %3343
	%3350 = add i32 %3340, %3258
	%3351 = xor i1 %3349, true
	%3352 = icmp sge i32 %3350, %3154
	%3353 = and i1 %3351, %3352
	%3354 = mul i32 %3, 8
	%3355 = add i32 %3354, 3
	%3356 = sub i32 255, %3355
	%3357 = select i1 %3353, i32 %3356, i32 %3347
	%3358 = select i1 %3353, i32 %3340, i32 %3348
	%3359 = or i1 %3349, %3353
	%3360 = add i32 %3350, %3267
	%3361 = xor i1 %3359, true
	%3362 = icmp sge i32 %3360, %3154
	%3363 = and i1 %3361, %3362
	%3364 = mul i32 %3, 8
	%3365 = add i32 %3364, 4
	%3366 = sub i32 255, %3365
	%3367 = select i1 %3363, i32 %3366, i32 %3357
	%3368 = select i1 %3363, i32 %3350, i32 %3358
	%3369 = or i1 %3359, %3363
	%3370 = add i32 %3360, %3276
	%3371 = xor i1 %3369, true
	%3372 = icmp sge i32 %3370, %3154
	%3373 = and i1 %3371, %3372
	%3374 = mul i32 %3, 8
	%3375 = add i32 %3374, 5
	%3376 = sub i32 255, %3375
	%3377 = select i1 %3373, i32 %3376, i32 %3367
	%3378 = select i1 %3373, i32 %3360, i32 %3368
	%3379 = or i1 %3369, %3373
	%3380 = add i32 %3370, %3285
	%3381 = xor i1 %3379, true
	%3382 = icmp sge i32 %3380, %3154
	%3383 = and i1 %3381, %3382
	%3384 = mul i32 %3, 8
	%3385 = add i32 %3384, 6
	%3386 = sub i32 255, %3385
	%3387 = select i1 %3383, i32 %3386, i32 %3377
	%3388 = select i1 %3383, i32 %3370, i32 %3378
	%3389 = or i1 %3379, %3383
	%3390 = add i32 %3380, %3294
	%3391 = xor i1 %3389, true
	%3392 = icmp sge i32 %3390, %3154
	%3393 = and i1 %3391, %3392
	%3394 = mul i32 %3, 8
	%3395 = add i32 %3394, 7
	%3396 = sub i32 255, %3395
	%3397 = select i1 %3393, i32 %3396, i32 %3387
	%3398 = select i1 %3393, i32 %3380, i32 %3388
	%3399 = or i1 %3389, %3393
	%3400 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3319)
	%3401 = call i32 @llvm.cttz.i32(i32 %3400, i1 false)
	%3402 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %3397, i32 %3401, i32 31)
	%3403 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %3398, i32 %3401, i32 31)
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3404 = shl i32 %3402, %3159
	%3405 = or i32 %3152, %3404
	%3406 = shl i32 255, %3159
	%3407 = or i32 %3153, %3406
	%3408 = sub i32 %3154, %3403
	%3409 = add i32 %3151, 1
	br label %3150

3410:
	%3411 = lshr i32 %3219, %3159
	%3412 = and i32 %3411, 255
	%3413 = add i32 %3070, %3412
	%3414 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3415 = bitcast i8 addrspace(3)* %3414 to i32 addrspace(3)*
	%3416 = getelementptr i32, i32 addrspace(3)* %3415, i32 %3413
	%3417 = atomicrmw add i32 addrspace(3)* %3416, i32 1 monotonic
	br label %3418

3418:
	%3419 = add i32 %3212, 32
	br label %3211

3420:
	%3421 = phi i32 [ 0, %3208 ], [ %3490, %3485 ]
	%3422 = phi i32 [ 0, %3208 ], [ %3487, %3485 ]
	%3423 = phi i32 [ 0, %3208 ], [ %3489, %3485 ]
	%3424 = icmp slt i32 %3421, %550
	br i1 %3424, label %3425, label %3428

3425:
	%3426 = add i32 %3421, %3
	%3427 = icmp slt i32 %3426, %550
	br i1 %3427, label %3449, label %3459

3428:
	%3429 = icmp ugt i32 %2819, %3152
	%3430 = and i1 %2814, %3429
	%3431 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3430)
	%3432 = call i32 @llvm.ctpop.i32(i32 %3431)
	%3433 = add i32 0, %3432
	%3434 = icmp ugt i32 %2832, %3152
	%3435 = and i1 %2827, %3434
	%3436 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3435)
	%3437 = call i32 @llvm.ctpop.i32(i32 %3436)
	%3438 = add i32 %3433, %3437
	%3439 = icmp ugt i32 %2845, %3152
	%3440 = and i1 %2840, %3439
	%3441 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3440)
	%3442 = call i32 @llvm.ctpop.i32(i32 %3441)
	%3443 = add i32 %3438, %3442
	%3444 = icmp ugt i32 %2858, %3152
	%3445 = and i1 %2853, %3444
	%3446 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3445)
	%3447 = call i32 @llvm.ctpop.i32(i32 %3446)
	%3448 = add i32 %3443, %3447
	br label %3071

3449:
	%3450 = add i32 %3069, %3426
	%3451 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%3452 = bitcast i8 addrspace(3)* %3451 to i32 addrspace(3)*
	%3453 = getelementptr i32, i32 addrspace(3)* %3452, i32 %3450
	%3454 = load i32, i32 addrspace(3)* %3453
	%3455 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%3456 = bitcast i8 addrspace(3)* %3455 to i32 addrspace(3)*
	%3457 = getelementptr i32, i32 addrspace(3)* %3456, i32 %3450
	%3458 = load i32, i32 addrspace(3)* %3457
	br label %3459

3459:
	%3460 = phi i32 [ 0, %3425 ], [ %3454, %3449 ]
	%3461 = phi i32 [ 0, %3425 ], [ %3458, %3449 ]
	%3462 = icmp eq i32 %3460, %3152
	%3463 = and i1 %3427, %3462
	%3464 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3463)
	%3465 = and i32 %3464, %3210
	%3466 = call i32 @llvm.ctpop.i32(i32 %3465)
	%3467 = add i32 %3423, %3466
	%3468 = icmp ugt i32 %3460, %3152
	%3469 = icmp slt i32 %3467, %3154
	%3470 = and i1 %3463, %3469
	%3471 = or i1 %3468, %3470
	%3472 = and i1 %3427, %3471
	%3473 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3472)
	%3474 = and i32 %3473, %3210
	%3475 = call i32 @llvm.ctpop.i32(i32 %3474)
	%3476 = add i32 %3422, %3475
	%3477 = add i32 %3069, %3476
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %3472, label %3478, label %3485

3478:
	%3479 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%3480 = bitcast i8 addrspace(3)* %3479 to i32 addrspace(3)*
	%3481 = getelementptr i32, i32 addrspace(3)* %3480, i32 %3477
	store i32 %3460, i32 addrspace(3)* %3481
	%3482 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%3483 = bitcast i8 addrspace(3)* %3482 to i32 addrspace(3)*
	%3484 = getelementptr i32, i32 addrspace(3)* %3483, i32 %3477
	store i32 %3461, i32 addrspace(3)* %3484
	br label %3485

3485:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3486 = call i32 @llvm.ctpop.i32(i32 %3473)
	%3487 = add i32 %3422, %3486
	%3488 = call i32 @llvm.ctpop.i32(i32 %3464)
	%3489 = add i32 %3423, %3488
	%3490 = add i32 %3421, 32
	br label %3420

3491:
	%3492 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%3493 = bitcast i8 addrspace(3)* %3492 to i32 addrspace(3)*
	%3494 = getelementptr i32, i32 addrspace(3)* %3493, i32 %3089
	store i32 %2819, i32 addrspace(3)* %3494
	%3495 = add i32 0, %3
	%3496 = add i32 %547, %3495
	%3497 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%3498 = bitcast i8 addrspace(3)* %3497 to i32 addrspace(3)*
	%3499 = getelementptr i32, i32 addrspace(3)* %3498, i32 %3089
	store i32 %3496, i32 addrspace(3)* %3499
	br label %3500

3500:
	%3501 = call i32 @llvm.ctpop.i32(i32 %3079)
	%3502 = add i32 %3072, %3501
	%3503 = and i32 %3080, %3084
	%3504 = call i32 @llvm.ctpop.i32(i32 %3503)
	%3505 = add i32 %3502, %3504
	%3506 = add i32 %3085, %3505
	br i1 %3076, label %3507, label %3516

3507:
	%3508 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%3509 = bitcast i8 addrspace(3)* %3508 to i32 addrspace(3)*
	%3510 = getelementptr i32, i32 addrspace(3)* %3509, i32 %3506
	store i32 %2832, i32 addrspace(3)* %3510
	%3511 = add i32 32, %3
	%3512 = add i32 %547, %3511
	%3513 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%3514 = bitcast i8 addrspace(3)* %3513 to i32 addrspace(3)*
	%3515 = getelementptr i32, i32 addrspace(3)* %3514, i32 %3506
	store i32 %3512, i32 addrspace(3)* %3515
	br label %3516

3516:
	%3517 = call i32 @llvm.ctpop.i32(i32 %3080)
	%3518 = add i32 %3502, %3517
	%3519 = and i32 %3081, %3084
	%3520 = call i32 @llvm.ctpop.i32(i32 %3519)
	%3521 = add i32 %3518, %3520
	%3522 = add i32 %3085, %3521
	br i1 %3077, label %3523, label %3532

3523:
	%3524 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%3525 = bitcast i8 addrspace(3)* %3524 to i32 addrspace(3)*
	%3526 = getelementptr i32, i32 addrspace(3)* %3525, i32 %3522
	store i32 %2845, i32 addrspace(3)* %3526
	%3527 = add i32 64, %3
	%3528 = add i32 %547, %3527
	%3529 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%3530 = bitcast i8 addrspace(3)* %3529 to i32 addrspace(3)*
	%3531 = getelementptr i32, i32 addrspace(3)* %3530, i32 %3522
	store i32 %3528, i32 addrspace(3)* %3531
	br label %3532

3532:
	%3533 = call i32 @llvm.ctpop.i32(i32 %3081)
	%3534 = add i32 %3518, %3533
	%3535 = and i32 %3082, %3084
	%3536 = call i32 @llvm.ctpop.i32(i32 %3535)
	%3537 = add i32 %3534, %3536
	%3538 = add i32 %3085, %3537
	br i1 %3078, label %3539, label %3548

3539:
	%3540 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%3541 = bitcast i8 addrspace(3)* %3540 to i32 addrspace(3)*
	%3542 = getelementptr i32, i32 addrspace(3)* %3541, i32 %3538
	store i32 %2858, i32 addrspace(3)* %3542
	%3543 = add i32 96, %3
	%3544 = add i32 %547, %3543
	%3545 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%3546 = bitcast i8 addrspace(3)* %3545 to i32 addrspace(3)*
	%3547 = getelementptr i32, i32 addrspace(3)* %3546, i32 %3538
	store i32 %3544, i32 addrspace(3)* %3547
	br label %3548

3548:
	%3549 = call i32 @llvm.ctpop.i32(i32 %3082)
	%3550 = add i32 %3534, %3549
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3551 = add i32 %3072, %3074
	br label %3065

3552:
	%3553 = mul i32 %462, 129
	%3554 = add i32 0, %3
	%3555 = add i32 %3553, %3554
	%3556 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%3557 = bitcast i8 addrspace(3)* %3556 to float addrspace(3)*
	%3558 = getelementptr float, float addrspace(3)* %3557, i32 %3555
	%3559 = load float, float addrspace(3)* %3558
	%3560 = fcmp ogt float %3559, 0xFFF0000000000000
	%3561 = fadd float %3559, 0.0
	%3562 = bitcast float %3561 to i32
	%3563 = ashr i32 %3562, 31
	%3564 = or i32 %3563, -2147483648
	%3565 = xor i32 %3562, %3564
	%3566 = mul i32 %462, 129
	%3567 = add i32 32, %3
	%3568 = add i32 %3566, %3567
	%3569 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%3570 = bitcast i8 addrspace(3)* %3569 to float addrspace(3)*
	%3571 = getelementptr float, float addrspace(3)* %3570, i32 %3568
	%3572 = load float, float addrspace(3)* %3571
	%3573 = fcmp ogt float %3572, 0xFFF0000000000000
	%3574 = fadd float %3572, 0.0
	%3575 = bitcast float %3574 to i32
	%3576 = ashr i32 %3575, 31
	%3577 = or i32 %3576, -2147483648
	%3578 = xor i32 %3575, %3577
	%3579 = mul i32 %462, 129
	%3580 = add i32 64, %3
	%3581 = add i32 %3579, %3580
	%3582 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%3583 = bitcast i8 addrspace(3)* %3582 to float addrspace(3)*
	%3584 = getelementptr float, float addrspace(3)* %3583, i32 %3581
	%3585 = load float, float addrspace(3)* %3584
	%3586 = fcmp ogt float %3585, 0xFFF0000000000000
	%3587 = fadd float %3585, 0.0
	%3588 = bitcast float %3587 to i32
	%3589 = ashr i32 %3588, 31
	%3590 = or i32 %3589, -2147483648
	%3591 = xor i32 %3588, %3590
	%3592 = mul i32 %462, 129
	%3593 = add i32 96, %3
	%3594 = add i32 %3592, %3593
	%3595 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%3596 = bitcast i8 addrspace(3)* %3595 to float addrspace(3)*
	%3597 = getelementptr float, float addrspace(3)* %3596, i32 %3594
	%3598 = load float, float addrspace(3)* %3597
	%3599 = fcmp ogt float %3598, 0xFFF0000000000000
	%3600 = fadd float %3598, 0.0
	%3601 = bitcast float %3600 to i32
	%3602 = ashr i32 %3601, 31
	%3603 = or i32 %3602, -2147483648
	%3604 = xor i32 %3601, %3603
	%3605 = select i1 %3560, i32 %3565, i32 0
	%3606 = icmp ugt i32 0, %3605
	%3607 = select i1 %3606, i32 0, i32 %3605
	%3608 = select i1 %3573, i32 %3578, i32 0
	%3609 = icmp ugt i32 %3607, %3608
	%3610 = select i1 %3609, i32 %3607, i32 %3608
	%3611 = select i1 %3586, i32 %3591, i32 0
	%3612 = icmp ugt i32 %3610, %3611
	%3613 = select i1 %3612, i32 %3610, i32 %3611
	%3614 = select i1 %3599, i32 %3604, i32 0
	%3615 = icmp ugt i32 %3613, %3614
	%3616 = select i1 %3615, i32 %3613, i32 %3614
	%3617 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3616, i32 1, i32 31)
	%3618 = and i32 %3, 2
	%3619 = icmp eq i32 %3618, 0
	%3620 = and i32 %3, 1
	%3621 = icmp eq i32 %3620, 0
	%3622 = icmp eq i1 %3619, %3621
	%3623 = icmp ugt i32 %3616, %3617
	%3624 = select i1 %3623, i32 %3616, i32 %3617
	%3625 = icmp ult i32 %3616, %3617
	%3626 = select i1 %3625, i32 %3616, i32 %3617
	%3627 = select i1 %3622, i32 %3624, i32 %3626
	%3628 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3627, i32 2, i32 31)
	%3629 = and i32 %3, 4
	%3630 = icmp eq i32 %3629, 0
	%3631 = and i32 %3, 2
	%3632 = icmp eq i32 %3631, 0
	%3633 = icmp eq i1 %3630, %3632
	%3634 = icmp ugt i32 %3627, %3628
	%3635 = select i1 %3634, i32 %3627, i32 %3628
	%3636 = icmp ult i32 %3627, %3628
	%3637 = select i1 %3636, i32 %3627, i32 %3628
	%3638 = select i1 %3633, i32 %3635, i32 %3637
	%3639 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3638, i32 1, i32 31)
	%3640 = and i32 %3, 4
	%3641 = icmp eq i32 %3640, 0
	%3642 = and i32 %3, 1
	%3643 = icmp eq i32 %3642, 0
	%3644 = icmp eq i1 %3641, %3643
	%3645 = icmp ugt i32 %3638, %3639
	%3646 = select i1 %3645, i32 %3638, i32 %3639
	%3647 = icmp ult i32 %3638, %3639
	%3648 = select i1 %3647, i32 %3638, i32 %3639
	%3649 = select i1 %3644, i32 %3646, i32 %3648
	%3650 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3649, i32 4, i32 31)
	%3651 = and i32 %3, 8
	%3652 = icmp eq i32 %3651, 0
	%3653 = and i32 %3, 4
	%3654 = icmp eq i32 %3653, 0
	%3655 = icmp eq i1 %3652, %3654
	%3656 = icmp ugt i32 %3649, %3650
	%3657 = select i1 %3656, i32 %3649, i32 %3650
	%3658 = icmp ult i32 %3649, %3650
	%3659 = select i1 %3658, i32 %3649, i32 %3650
	%3660 = select i1 %3655, i32 %3657, i32 %3659
	%3661 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3660, i32 2, i32 31)
	%3662 = and i32 %3, 8
	%3663 = icmp eq i32 %3662, 0
	%3664 = and i32 %3, 2
	%3665 = icmp eq i32 %3664, 0
	%3666 = icmp eq i1 %3663, %3665
	%3667 = icmp ugt i32 %3660, %3661
	%3668 = select i1 %3667, i32 %3660, i32 %3661
	%3669 = icmp ult i32 %3660, %3661
	%3670 = select i1 %3669, i32 %3660, i32 %3661
	%3671 = select i1 %3666, i32 %3668, i32 %3670
	%3672 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3671, i32 1, i32 31)
	%3673 = and i32 %3, 8
	%3674 = icmp eq i32 %3673, 0
	%3675 = and i32 %3, 1
	%3676 = icmp eq i32 %3675, 0
	%3677 = icmp eq i1 %3674, %3676
	%3678 = icmp ugt i32 %3671, %3672
	%3679 = select i1 %3678, i32 %3671, i32 %3672
	%3680 = icmp ult i32 %3671, %3672
	%3681 = select i1 %3680, i32 %3671, i32 %3672
	%3682 = select i1 %3677, i32 %3679, i32 %3681
	%3683 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3682, i32 8, i32 31)
	%3684 = and i32 %3, 16
	%3685 = icmp eq i32 %3684, 0
	%3686 = and i32 %3, 8
	%3687 = icmp eq i32 %3686, 0
	%3688 = icmp eq i1 %3685, %3687
	%3689 = icmp ugt i32 %3682, %3683
	%3690 = select i1 %3689, i32 %3682, i32 %3683
	%3691 = icmp ult i32 %3682, %3683
	%3692 = select i1 %3691, i32 %3682, i32 %3683
	%3693 = select i1 %3688, i32 %3690, i32 %3692
	%3694 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3693, i32 4, i32 31)
	%3695 = and i32 %3, 16
	%3696 = icmp eq i32 %3695, 0
	%3697 = and i32 %3, 4
	%3698 = icmp eq i32 %3697, 0
	%3699 = icmp eq i1 %3696, %3698
	%3700 = icmp ugt i32 %3693, %3694
	%3701 = select i1 %3700, i32 %3693, i32 %3694
	%3702 = icmp ult i32 %3693, %3694
	%3703 = select i1 %3702, i32 %3693, i32 %3694
	%3704 = select i1 %3699, i32 %3701, i32 %3703
	%3705 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3704, i32 2, i32 31)
	%3706 = and i32 %3, 16
	%3707 = icmp eq i32 %3706, 0
	%3708 = and i32 %3, 2
	%3709 = icmp eq i32 %3708, 0
	%3710 = icmp eq i1 %3707, %3709
	%3711 = icmp ugt i32 %3704, %3705
	%3712 = select i1 %3711, i32 %3704, i32 %3705
	%3713 = icmp ult i32 %3704, %3705
	%3714 = select i1 %3713, i32 %3704, i32 %3705
	%3715 = select i1 %3710, i32 %3712, i32 %3714
	%3716 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3715, i32 1, i32 31)
	%3717 = and i32 %3, 16
	%3718 = icmp eq i32 %3717, 0
	%3719 = and i32 %3, 1
	%3720 = icmp eq i32 %3719, 0
	%3721 = icmp eq i1 %3718, %3720
	%3722 = icmp ugt i32 %3715, %3716
	%3723 = select i1 %3722, i32 %3715, i32 %3716
	%3724 = icmp ult i32 %3715, %3716
	%3725 = select i1 %3724, i32 %3715, i32 %3716
	%3726 = select i1 %3721, i32 %3723, i32 %3725
	%3727 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3726, i32 16, i32 31)
	%3728 = and i32 %3, 32
	%3729 = icmp eq i32 %3728, 0
	%3730 = and i32 %3, 16
	%3731 = icmp eq i32 %3730, 0
	%3732 = icmp eq i1 %3729, %3731
	%3733 = icmp ugt i32 %3726, %3727
	%3734 = select i1 %3733, i32 %3726, i32 %3727
	%3735 = icmp ult i32 %3726, %3727
	%3736 = select i1 %3735, i32 %3726, i32 %3727
	%3737 = select i1 %3732, i32 %3734, i32 %3736
	%3738 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3737, i32 8, i32 31)
	%3739 = and i32 %3, 32
	%3740 = icmp eq i32 %3739, 0
	%3741 = and i32 %3, 8
	%3742 = icmp eq i32 %3741, 0
	%3743 = icmp eq i1 %3740, %3742
	%3744 = icmp ugt i32 %3737, %3738
	%3745 = select i1 %3744, i32 %3737, i32 %3738
	%3746 = icmp ult i32 %3737, %3738
	%3747 = select i1 %3746, i32 %3737, i32 %3738
	%3748 = select i1 %3743, i32 %3745, i32 %3747
	%3749 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3748, i32 4, i32 31)
	%3750 = and i32 %3, 32
	%3751 = icmp eq i32 %3750, 0
	%3752 = and i32 %3, 4
	%3753 = icmp eq i32 %3752, 0
	%3754 = icmp eq i1 %3751, %3753
	%3755 = icmp ugt i32 %3748, %3749
	%3756 = select i1 %3755, i32 %3748, i32 %3749
	%3757 = icmp ult i32 %3748, %3749
	%3758 = select i1 %3757, i32 %3748, i32 %3749
	%3759 = select i1 %3754, i32 %3756, i32 %3758
	%3760 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3759, i32 2, i32 31)
	%3761 = and i32 %3, 32
	%3762 = icmp eq i32 %3761, 0
	%3763 = and i32 %3, 2
	%3764 = icmp eq i32 %3763, 0
	%3765 = icmp eq i1 %3762, %3764
	%3766 = icmp ugt i32 %3759, %3760
	%3767 = select i1 %3766, i32 %3759, i32 %3760
	%3768 = icmp ult i32 %3759, %3760
	%3769 = select i1 %3768, i32 %3759, i32 %3760
	%3770 = select i1 %3765, i32 %3767, i32 %3769
	%3771 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3770, i32 1, i32 31)
	%3772 = and i32 %3, 32
	%3773 = icmp eq i32 %3772, 0
	%3774 = and i32 %3, 1
	%3775 = icmp eq i32 %3774, 0
	%3776 = icmp eq i1 %3773, %3775
	%3777 = icmp ugt i32 %3770, %3771
	%3778 = select i1 %3777, i32 %3770, i32 %3771
	%3779 = icmp ult i32 %3770, %3771
	%3780 = select i1 %3779, i32 %3770, i32 %3771
	%3781 = select i1 %3776, i32 %3778, i32 %3780
	%3782 = sub i32 %499, 1
	%3783 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %3781, i32 %3782, i32 31)
	%3784 = icmp ugt i32 %3783, 0
	%3785 = sub i32 %3783, 1
	%3786 = select i1 %3784, i32 %3785, i32 0
	%3787 = icmp ugt i32 %553, %3786
	%3788 = select i1 %3787, i32 %553, i32 %3786
	%3789 = icmp ugt i32 %3565, %3788
	%3790 = and i1 %3560, %3789
	%3791 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3790)
	%3792 = call i32 @llvm.ctpop.i32(i32 %3791)
	%3793 = add i32 0, %3792
	%3794 = icmp ugt i32 %3578, %3788
	%3795 = and i1 %3573, %3794
	%3796 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3795)
	%3797 = call i32 @llvm.ctpop.i32(i32 %3796)
	%3798 = add i32 %3793, %3797
	%3799 = icmp ugt i32 %3591, %3788
	%3800 = and i1 %3586, %3799
	%3801 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3800)
	%3802 = call i32 @llvm.ctpop.i32(i32 %3801)
	%3803 = add i32 %3798, %3802
	%3804 = icmp ugt i32 %3604, %3788
	%3805 = and i1 %3599, %3804
	%3806 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3805)
	%3807 = call i32 @llvm.ctpop.i32(i32 %3806)
	%3808 = add i32 %3803, %3807
	%3809 = add i32 %552, %3808
	%3810 = icmp sgt i32 %3809, 160
	br i1 %3810, label %3814, label %3817

3811:
	%3812 = phi i32 [ %552, %3065 ], [ %4297, %4294 ]
	%3813 = phi i32 [ %553, %3065 ], [ %3819, %4294 ]
	br i1 %545, label %4298, label %4557

3814:
	%3815 = mul i32 %462, 160
	%3816 = mul i32 %4, 256
	br label %3836

3817:
	%3818 = phi i32 [ %552, %3552 ], [ %499, %4174 ]
	%3819 = phi i32 [ %3788, %3552 ], [ %3898, %4174 ]
	%3820 = phi i32 [ %3808, %3552 ], [ %4194, %4174 ]
	%3821 = phi i1 [ %3790, %3552 ], [ %4176, %4174 ]
	%3822 = phi i1 [ %3795, %3552 ], [ %4181, %4174 ]
	%3823 = phi i1 [ %3800, %3552 ], [ %4186, %4174 ]
	%3824 = phi i1 [ %3805, %3552 ], [ %4191, %4174 ]
	%3825 = phi i32 [ %3791, %3552 ], [ %4177, %4174 ]
	%3826 = phi i32 [ %3796, %3552 ], [ %4182, %4174 ]
	%3827 = phi i32 [ %3801, %3552 ], [ %4187, %4174 ]
	%3828 = phi i32 [ %3806, %3552 ], [ %4192, %4174 ]
	%3829 = shl i32 1, %3
	%3830 = sub i32 %3829, 1
	%3831 = mul i32 %462, 160
	%3832 = and i32 %3825, %3830
	%3833 = call i32 @llvm.ctpop.i32(i32 %3832)
	%3834 = add i32 %3818, %3833
	%3835 = add i32 %3831, %3834
	br i1 %3821, label %4237, label %4246

3836:
	%3837 = phi i32 [ %3, %3814 ], [ %3853, %3841 ]
	%3838 = phi i32 [ -1, %3814 ], [ %3849, %3841 ]
	%3839 = phi i32 [ 0, %3814 ], [ %3852, %3841 ]
	%3840 = icmp slt i32 %3837, %552
	br i1 %3840, label %3841, label %3854

3841:
	%3842 = add i32 %3815, %3837
	%3843 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%3844 = bitcast i8 addrspace(3)* %3843 to i32 addrspace(3)*
	%3845 = getelementptr i32, i32 addrspace(3)* %3844, i32 %3842
	%3846 = load i32, i32 addrspace(3)* %3845
	%3847 = icmp ult i32 %3838, %3846
	%3848 = select i1 %3847, i32 %3838, i32 %3846
	%3849 = select i1 true, i32 %3848, i32 %3838
	%3850 = icmp ugt i32 %3839, %3846
	%3851 = select i1 %3850, i32 %3839, i32 %3846
	%3852 = select i1 true, i32 %3851, i32 %3839
	%3853 = add i32 %3837, 32
	br label %3836

3854:
	%3855 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3838, i32 1, i32 31)
	%3856 = icmp ult i32 %3838, %3855
	%3857 = select i1 %3856, i32 %3838, i32 %3855
	%3858 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3839, i32 1, i32 31)
	%3859 = icmp ugt i32 %3839, %3858
	%3860 = select i1 %3859, i32 %3839, i32 %3858
	%3861 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3857, i32 2, i32 31)
	%3862 = icmp ult i32 %3857, %3861
	%3863 = select i1 %3862, i32 %3857, i32 %3861
	%3864 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3860, i32 2, i32 31)
	%3865 = icmp ugt i32 %3860, %3864
	%3866 = select i1 %3865, i32 %3860, i32 %3864
	%3867 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3863, i32 4, i32 31)
	%3868 = icmp ult i32 %3863, %3867
	%3869 = select i1 %3868, i32 %3863, i32 %3867
	%3870 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3866, i32 4, i32 31)
	%3871 = icmp ugt i32 %3866, %3870
	%3872 = select i1 %3871, i32 %3866, i32 %3870
	%3873 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3869, i32 8, i32 31)
	%3874 = icmp ult i32 %3869, %3873
	%3875 = select i1 %3874, i32 %3869, i32 %3873
	%3876 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3872, i32 8, i32 31)
	%3877 = icmp ugt i32 %3872, %3876
	%3878 = select i1 %3877, i32 %3872, i32 %3876
	%3879 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3875, i32 16, i32 31)
	%3880 = icmp ult i32 %3875, %3879
	%3881 = select i1 %3880, i32 %3875, i32 %3879
	%3882 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3878, i32 16, i32 31)
	%3883 = icmp ugt i32 %3878, %3882
	%3884 = select i1 %3883, i32 %3878, i32 %3882
	%3885 = xor i32 %3881, %3884
	%3886 = call i32 @llvm.ctlz.i32(i32 %3885, i1 false)
	%3887 = sub i32 32, %3886
	%3888 = icmp eq i32 %3887, 32
	%3889 = icmp slt i32 %3887, 31
	%3890 = select i1 %3889, i32 %3887, i32 31
	%3891 = shl i32 -1, %3890
	%3892 = select i1 %3888, i32 0, i32 %3891
	%3893 = and i32 %3884, %3892
	%3894 = add i32 %3887, 7
	%3895 = udiv i32 %3894, 8
	br label %3896

3896:
	%3897 = phi i32 [ 0, %3854 ], [ %4155, %3969 ]
	%3898 = phi i32 [ %3893, %3854 ], [ %4151, %3969 ]
	%3899 = phi i32 [ %3892, %3854 ], [ %4153, %3969 ]
	%3900 = phi i32 [ %499, %3854 ], [ %4154, %3969 ]
	%3901 = icmp slt i32 %3897, %3895
	br i1 %3901, label %3902, label %3954

3902:
	%3903 = sub i32 %3895, %3897
	%3904 = sub i32 %3903, 1
	%3905 = mul i32 %3904, 8
	%3906 = mul i32 %3, 8
	%3907 = add i32 %3906, 0
	%3908 = add i32 %3816, %3907
	%3909 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3910 = bitcast i8 addrspace(3)* %3909 to i32 addrspace(3)*
	%3911 = getelementptr i32, i32 addrspace(3)* %3910, i32 %3908
	store i32 0, i32 addrspace(3)* %3911
	%3912 = mul i32 %3, 8
	%3913 = add i32 %3912, 1
	%3914 = add i32 %3816, %3913
	%3915 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3916 = bitcast i8 addrspace(3)* %3915 to i32 addrspace(3)*
	%3917 = getelementptr i32, i32 addrspace(3)* %3916, i32 %3914
	store i32 0, i32 addrspace(3)* %3917
	%3918 = mul i32 %3, 8
	%3919 = add i32 %3918, 2
	%3920 = add i32 %3816, %3919
	%3921 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3922 = bitcast i8 addrspace(3)* %3921 to i32 addrspace(3)*
	%3923 = getelementptr i32, i32 addrspace(3)* %3922, i32 %3920
	store i32 0, i32 addrspace(3)* %3923
	%3924 = mul i32 %3, 8
	%3925 = add i32 %3924, 3
	%3926 = add i32 %3816, %3925
	%3927 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3928 = bitcast i8 addrspace(3)* %3927 to i32 addrspace(3)*
	%3929 = getelementptr i32, i32 addrspace(3)* %3928, i32 %3926
	store i32 0, i32 addrspace(3)* %3929
	%3930 = mul i32 %3, 8
	%3931 = add i32 %3930, 4
	%3932 = add i32 %3816, %3931
	%3933 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3934 = bitcast i8 addrspace(3)* %3933 to i32 addrspace(3)*
	%3935 = getelementptr i32, i32 addrspace(3)* %3934, i32 %3932
	store i32 0, i32 addrspace(3)* %3935
	%3936 = mul i32 %3, 8
	%3937 = add i32 %3936, 5
	%3938 = add i32 %3816, %3937
	%3939 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3940 = bitcast i8 addrspace(3)* %3939 to i32 addrspace(3)*
	%3941 = getelementptr i32, i32 addrspace(3)* %3940, i32 %3938
	store i32 0, i32 addrspace(3)* %3941
	%3942 = mul i32 %3, 8
	%3943 = add i32 %3942, 6
	%3944 = add i32 %3816, %3943
	%3945 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3946 = bitcast i8 addrspace(3)* %3945 to i32 addrspace(3)*
	%3947 = getelementptr i32, i32 addrspace(3)* %3946, i32 %3944
	store i32 0, i32 addrspace(3)* %3947
	%3948 = mul i32 %3, 8
	%3949 = add i32 %3948, 7
	%3950 = add i32 %3816, %3949
	%3951 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3952 = bitcast i8 addrspace(3)* %3951 to i32 addrspace(3)*
	%3953 = getelementptr i32, i32 addrspace(3)* %3952, i32 %3950
	store i32 0, i32 addrspace(3)* %3953
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %3957

3954:
	%3955 = shl i32 1, %3
	%3956 = sub i32 %3955, 1
	br label %4166

3957:
	%3958 = phi i32 [ %3, %3902 ], [ %4165, %4164 ]
	%3959 = icmp slt i32 %3958, %552
	br i1 %3959, label %3960, label %3969

3960:
	%3961 = add i32 %3815, %3958
	%3962 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%3963 = bitcast i8 addrspace(3)* %3962 to i32 addrspace(3)*
	%3964 = getelementptr i32, i32 addrspace(3)* %3963, i32 %3961
	%3965 = load i32, i32 addrspace(3)* %3964
	%3966 = and i32 %3965, %3899
	%3967 = icmp eq i32 %3966, %3898
	%3968 = and i1 true, %3967
	br i1 %3968, label %4156, label %4164

3969:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3970 = mul i32 %3, 8
	%3971 = add i32 %3970, 0
	%3972 = sub i32 255, %3971
	%3973 = add i32 %3816, %3972
	%3974 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3975 = bitcast i8 addrspace(3)* %3974 to i32 addrspace(3)*
	%3976 = getelementptr i32, i32 addrspace(3)* %3975, i32 %3973
	%3977 = load i32, i32 addrspace(3)* %3976
	%3978 = add i32 0, %3977
	%3979 = mul i32 %3, 8
	%3980 = add i32 %3979, 1
	%3981 = sub i32 255, %3980
	%3982 = add i32 %3816, %3981
	%3983 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3984 = bitcast i8 addrspace(3)* %3983 to i32 addrspace(3)*
	%3985 = getelementptr i32, i32 addrspace(3)* %3984, i32 %3982
	%3986 = load i32, i32 addrspace(3)* %3985
	%3987 = add i32 %3978, %3986
	%3988 = mul i32 %3, 8
	%3989 = add i32 %3988, 2
	%3990 = sub i32 255, %3989
	%3991 = add i32 %3816, %3990
	%3992 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3993 = bitcast i8 addrspace(3)* %3992 to i32 addrspace(3)*
	%3994 = getelementptr i32, i32 addrspace(3)* %3993, i32 %3991
	%3995 = load i32, i32 addrspace(3)* %3994
	%3996 = add i32 %3987, %3995
	%3997 = mul i32 %3, 8
	%3998 = add i32 %3997, 3
	%3999 = sub i32 255, %3998
	%4000 = add i32 %3816, %3999
	%4001 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4002 = bitcast i8 addrspace(3)* %4001 to i32 addrspace(3)*
	%4003 = getelementptr i32, i32 addrspace(3)* %4002, i32 %4000
	%4004 = load i32, i32 addrspace(3)* %4003
	%4005 = add i32 %3996, %4004
	%4006 = mul i32 %3, 8
	%4007 = add i32 %4006, 4
	%4008 = sub i32 255, %4007
	%4009 = add i32 %3816, %4008
	%4010 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4011 = bitcast i8 addrspace(3)* %4010 to i32 addrspace(3)*
	%4012 = getelementptr i32, i32 addrspace(3)* %4011, i32 %4009
	%4013 = load i32, i32 addrspace(3)* %4012
	%4014 = add i32 %4005, %4013
	%4015 = mul i32 %3, 8
	%4016 = add i32 %4015, 5
	%4017 = sub i32 255, %4016
	%4018 = add i32 %3816, %4017
	%4019 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4020 = bitcast i8 addrspace(3)* %4019 to i32 addrspace(3)*
	%4021 = getelementptr i32, i32 addrspace(3)* %4020, i32 %4018
	%4022 = load i32, i32 addrspace(3)* %4021
	%4023 = add i32 %4014, %4022
	%4024 = mul i32 %3, 8
	%4025 = add i32 %4024, 6
	%4026 = sub i32 255, %4025
	%4027 = add i32 %3816, %4026
	%4028 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4029 = bitcast i8 addrspace(3)* %4028 to i32 addrspace(3)*
	%4030 = getelementptr i32, i32 addrspace(3)* %4029, i32 %4027
	%4031 = load i32, i32 addrspace(3)* %4030
	%4032 = add i32 %4023, %4031
	%4033 = mul i32 %3, 8
	%4034 = add i32 %4033, 7
	%4035 = sub i32 255, %4034
	%4036 = add i32 %3816, %4035
	%4037 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4038 = bitcast i8 addrspace(3)* %4037 to i32 addrspace(3)*
	%4039 = getelementptr i32, i32 addrspace(3)* %4038, i32 %4036
	%4040 = load i32, i32 addrspace(3)* %4039
	%4041 = add i32 %4032, %4040
	%4042 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4041, i32 1, i32 0)
	%4043 = icmp uge i32 %3, 1
	%4044 = select i1 %4043, i32 %4042, i32 0
	%4045 = add i32 %4041, %4044
	%4046 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4045, i32 2, i32 0)
	%4047 = icmp uge i32 %3, 2
	%4048 = select i1 %4047, i32 %4046, i32 0
	%4049 = add i32 %4045, %4048
	%4050 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4049, i32 4, i32 0)
	%4051 = icmp uge i32 %3, 4
	%4052 = select i1 %4051, i32 %4050, i32 0
	%4053 = add i32 %4049, %4052
	%4054 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4053, i32 8, i32 0)
	%4055 = icmp uge i32 %3, 8
	%4056 = select i1 %4055, i32 %4054, i32 0
	%4057 = add i32 %4053, %4056
	%4058 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4057, i32 16, i32 0)
	%4059 = icmp uge i32 %3, 16
	%4060 = select i1 %4059, i32 %4058, i32 0
	%4061 = add i32 %4057, %4060
	%4062 = sub i32 %4061, %4041
	%4063 = icmp slt i32 %4062, %3900
	%4064 = icmp sge i32 %4061, %3900
	%4065 = and i1 %4063, %4064
	%4066 = add i32 %4062, %3977
	%4067 = xor i1 false, true
	%4068 = icmp sge i32 %4066, %3900
	%4069 = and i1 %4067, %4068
	%4070 = mul i32 %3, 8
	%4071 = add i32 %4070, 0
	%4072 = sub i32 255, %4071
	%4073 = select i1 %4069, i32 %4072, i32 0
	%4074 = select i1 %4069, i32 %4062, i32 0
	%4075 = or i1 false, %4069
	%4076 = add i32 %4066, %3986
	%4077 = xor i1 %4075, true
	%4078 = icmp sge i32 %4076, %3900
	%4079 = and i1 %4077, %4078
	%4080 = mul i32 %3, 8
	%4081 = add i32 %4080, 1
	%4082 = sub i32 255, %4081
	%4083 = select i1 %4079, i32 %4082, i32 %4073
	%4084 = select i1 %4079, i32 %4066, i32 %4074
	%4085 = or i1 %4075, %4079
	%4086 = add i32 %4076, %3995
	%4087 = xor i1 %4085, true
	%4088 = icmp sge i32 %4086, %3900
	%4089 = and i1 %4087, %4088
	%4090 = mul i32 %3, 8
	%4091 = add i32 %4090, 2
	%4092 = sub i32 255, %4091
	%4093 = select i1 %4089, i32 %4092, i32 %4083
	%4094 = select i1 %4089, i32 %4076, i32 %4084
	%4095 = or i1 %4085, %4089
	%4096 = add i32 %4086, %4004
	%4097 = xor i1 %4095, true
	%4098 = icmp sge i32 %4096, %3900
	%4099 = and i1 %4097, %4098
	%4100 = mul i32 %3, 8
	%4101 = add i32 %4100, 3
	%4102 = sub i32 255, %4101
	%4103 = select i1 %4099, i32 %4102, i32 %4093
	%4104 = select i1 %4099, i32 %4086, i32 %4094
	%4105 = or i1 %4095, %4099
	%4106 = add i32 %4096, %4013
	%4107 = xor i1 %4105, true
	%4108 = icmp sge i32 %4106, %3900
	%4109 = and i1 %4107, %4108
	%4110 = mul i32 %3, 8
	%4111 = add i32 %4110, 4
	%4112 = sub i32 255, %4111
	%4113 = select i1 %4109, i32 %4112, i32 %4103
	%4114 = select i1 %4109, i32 %4096, i32 %4104
	%4115 = or i1 %4105, %4109
	%4116 = add i32 %4106, %4022
	%4117 = xor i1 %4115, true
	%4118 = icmp sge i32 %4116, %3900
	%4119 = and i1 %4117, %4118
	%4120 = mul i32 %3, 8
	%4121 = add i32 %4120, 5
	%4122 = sub i32 255, %4121
	%4123 = select i1 %4119, i32 %4122, i32 %4113
	%4124 = select i1 %4119, i32 %4106, i32 %4114
	%4125 = or i1 %4115, %4119
	%4126 = add i32 %4116, %4031
	%4127 = xor i1 %4125, true
	%4128 = icmp sge i32 %4126, %3900
	%4129 = and i1 %4127, %4128
	%4130 = mul i32 %3, 8
	%4131 = add i32 %4130, 6
	%4132 = sub i32 255, %4131
	%4133 = select i1 %4129, i32 %4132, i32 %4123
	%4134 = select i1 %4129, i32 %4116, i32 %4124
	%4135 = or i1 %4125, %4129
	%4136 = add i32 %4126, %4040
	%4137 = xor i1 %4135, true
	%4138 = icmp sge i32 %4136, %3900
	%4139 = and i1 %4137, %4138
	%4140 = mul i32 %3, 8
	%4141 = add i32 %4140, 7
	%4142 = sub i32 255, %4141
	%4143 = select i1 %4139, i32 %4142, i32 %4133
	%4144 = select i1 %4139, i32 %4126, i32 %4134
	%4145 = or i1 %4135, %4139
	%4146 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4065)
	%4147 = call i32 @llvm.cttz.i32(i32 %4146, i1 false)
	%4148 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %4143, i32 %4147, i32 31)
	%4149 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %4144, i32 %4147, i32 31)
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4150 = shl i32 %4148, %3905
	%4151 = or i32 %3898, %4150
	%4152 = shl i32 255, %3905
	%4153 = or i32 %3899, %4152
	%4154 = sub i32 %3900, %4149
	%4155 = add i32 %3897, 1
	br label %3896

4156:
	%4157 = lshr i32 %3965, %3905
	%4158 = and i32 %4157, 255
	%4159 = add i32 %3816, %4158
	%4160 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4161 = bitcast i8 addrspace(3)* %4160 to i32 addrspace(3)*
	%4162 = getelementptr i32, i32 addrspace(3)* %4161, i32 %4159
	%4163 = atomicrmw add i32 addrspace(3)* %4162, i32 1 monotonic
	br label %4164

4164:
	%4165 = add i32 %3958, 32
	br label %3957

4166:
	%4167 = phi i32 [ 0, %3954 ], [ %4236, %4231 ]
	%4168 = phi i32 [ 0, %3954 ], [ %4233, %4231 ]
	%4169 = phi i32 [ 0, %3954 ], [ %4235, %4231 ]
	%4170 = icmp slt i32 %4167, %552
	br i1 %4170, label %4171, label %4174

4171:
	%4172 = add i32 %4167, %3
	%4173 = icmp slt i32 %4172, %552
	br i1 %4173, label %4195, label %4205

4174:
	%4175 = icmp ugt i32 %3565, %3898
	%4176 = and i1 %3560, %4175
	%4177 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4176)
	%4178 = call i32 @llvm.ctpop.i32(i32 %4177)
	%4179 = add i32 0, %4178
	%4180 = icmp ugt i32 %3578, %3898
	%4181 = and i1 %3573, %4180
	%4182 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4181)
	%4183 = call i32 @llvm.ctpop.i32(i32 %4182)
	%4184 = add i32 %4179, %4183
	%4185 = icmp ugt i32 %3591, %3898
	%4186 = and i1 %3586, %4185
	%4187 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4186)
	%4188 = call i32 @llvm.ctpop.i32(i32 %4187)
	%4189 = add i32 %4184, %4188
	%4190 = icmp ugt i32 %3604, %3898
	%4191 = and i1 %3599, %4190
	%4192 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4191)
	%4193 = call i32 @llvm.ctpop.i32(i32 %4192)
	%4194 = add i32 %4189, %4193
	br label %3817

4195:
	%4196 = add i32 %3815, %4172
	%4197 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%4198 = bitcast i8 addrspace(3)* %4197 to i32 addrspace(3)*
	%4199 = getelementptr i32, i32 addrspace(3)* %4198, i32 %4196
	%4200 = load i32, i32 addrspace(3)* %4199
	%4201 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%4202 = bitcast i8 addrspace(3)* %4201 to i32 addrspace(3)*
	%4203 = getelementptr i32, i32 addrspace(3)* %4202, i32 %4196
	%4204 = load i32, i32 addrspace(3)* %4203
	br label %4205

4205:
	%4206 = phi i32 [ 0, %4171 ], [ %4200, %4195 ]
	%4207 = phi i32 [ 0, %4171 ], [ %4204, %4195 ]
	%4208 = icmp eq i32 %4206, %3898
	%4209 = and i1 %4173, %4208
	%4210 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4209)
	%4211 = and i32 %4210, %3956
	%4212 = call i32 @llvm.ctpop.i32(i32 %4211)
	%4213 = add i32 %4169, %4212
	%4214 = icmp ugt i32 %4206, %3898
	%4215 = icmp slt i32 %4213, %3900
	%4216 = and i1 %4209, %4215
	%4217 = or i1 %4214, %4216
	%4218 = and i1 %4173, %4217
	%4219 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4218)
	%4220 = and i32 %4219, %3956
	%4221 = call i32 @llvm.ctpop.i32(i32 %4220)
	%4222 = add i32 %4168, %4221
	%4223 = add i32 %3815, %4222
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %4218, label %4224, label %4231

4224:
	%4225 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%4226 = bitcast i8 addrspace(3)* %4225 to i32 addrspace(3)*
	%4227 = getelementptr i32, i32 addrspace(3)* %4226, i32 %4223
	store i32 %4206, i32 addrspace(3)* %4227
	%4228 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%4229 = bitcast i8 addrspace(3)* %4228 to i32 addrspace(3)*
	%4230 = getelementptr i32, i32 addrspace(3)* %4229, i32 %4223
	store i32 %4207, i32 addrspace(3)* %4230
	br label %4231

4231:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4232 = call i32 @llvm.ctpop.i32(i32 %4219)
	%4233 = add i32 %4168, %4232
	%4234 = call i32 @llvm.ctpop.i32(i32 %4210)
	%4235 = add i32 %4169, %4234
	%4236 = add i32 %4167, 32
	br label %4166

4237:
	%4238 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%4239 = bitcast i8 addrspace(3)* %4238 to i32 addrspace(3)*
	%4240 = getelementptr i32, i32 addrspace(3)* %4239, i32 %3835
	store i32 %3565, i32 addrspace(3)* %4240
	%4241 = add i32 0, %3
	%4242 = add i32 %547, %4241
	%4243 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%4244 = bitcast i8 addrspace(3)* %4243 to i32 addrspace(3)*
	%4245 = getelementptr i32, i32 addrspace(3)* %4244, i32 %3835
	store i32 %4242, i32 addrspace(3)* %4245
	br label %4246

4246:
	%4247 = call i32 @llvm.ctpop.i32(i32 %3825)
	%4248 = add i32 %3818, %4247
	%4249 = and i32 %3826, %3830
	%4250 = call i32 @llvm.ctpop.i32(i32 %4249)
	%4251 = add i32 %4248, %4250
	%4252 = add i32 %3831, %4251
	br i1 %3822, label %4253, label %4262

4253:
	%4254 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%4255 = bitcast i8 addrspace(3)* %4254 to i32 addrspace(3)*
	%4256 = getelementptr i32, i32 addrspace(3)* %4255, i32 %4252
	store i32 %3578, i32 addrspace(3)* %4256
	%4257 = add i32 32, %3
	%4258 = add i32 %547, %4257
	%4259 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%4260 = bitcast i8 addrspace(3)* %4259 to i32 addrspace(3)*
	%4261 = getelementptr i32, i32 addrspace(3)* %4260, i32 %4252
	store i32 %4258, i32 addrspace(3)* %4261
	br label %4262

4262:
	%4263 = call i32 @llvm.ctpop.i32(i32 %3826)
	%4264 = add i32 %4248, %4263
	%4265 = and i32 %3827, %3830
	%4266 = call i32 @llvm.ctpop.i32(i32 %4265)
	%4267 = add i32 %4264, %4266
	%4268 = add i32 %3831, %4267
	br i1 %3823, label %4269, label %4278

4269:
	%4270 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%4271 = bitcast i8 addrspace(3)* %4270 to i32 addrspace(3)*
	%4272 = getelementptr i32, i32 addrspace(3)* %4271, i32 %4268
	store i32 %3591, i32 addrspace(3)* %4272
	%4273 = add i32 64, %3
	%4274 = add i32 %547, %4273
	%4275 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%4276 = bitcast i8 addrspace(3)* %4275 to i32 addrspace(3)*
	%4277 = getelementptr i32, i32 addrspace(3)* %4276, i32 %4268
	store i32 %4274, i32 addrspace(3)* %4277
	br label %4278

4278:
	%4279 = call i32 @llvm.ctpop.i32(i32 %3827)
	%4280 = add i32 %4264, %4279
	%4281 = and i32 %3828, %3830
	%4282 = call i32 @llvm.ctpop.i32(i32 %4281)
	%4283 = add i32 %4280, %4282
	%4284 = add i32 %3831, %4283
	br i1 %3824, label %4285, label %4294

4285:
	%4286 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%4287 = bitcast i8 addrspace(3)* %4286 to i32 addrspace(3)*
	%4288 = getelementptr i32, i32 addrspace(3)* %4287, i32 %4284
	store i32 %3604, i32 addrspace(3)* %4288
	%4289 = add i32 96, %3
	%4290 = add i32 %547, %4289
	%4291 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%4292 = bitcast i8 addrspace(3)* %4291 to i32 addrspace(3)*
	%4293 = getelementptr i32, i32 addrspace(3)* %4292, i32 %4284
	store i32 %4290, i32 addrspace(3)* %4293
	br label %4294

4294:
	%4295 = call i32 @llvm.ctpop.i32(i32 %3828)
	%4296 = add i32 %4280, %4295
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4297 = add i32 %3818, %3820
	br label %3811

4298:
	%4299 = mul i32 %504, 129
	%4300 = add i32 0, %3
	%4301 = add i32 %4299, %4300
	%4302 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%4303 = bitcast i8 addrspace(3)* %4302 to float addrspace(3)*
	%4304 = getelementptr float, float addrspace(3)* %4303, i32 %4301
	%4305 = load float, float addrspace(3)* %4304
	%4306 = fcmp ogt float %4305, 0xFFF0000000000000
	%4307 = fadd float %4305, 0.0
	%4308 = bitcast float %4307 to i32
	%4309 = ashr i32 %4308, 31
	%4310 = or i32 %4309, -2147483648
	%4311 = xor i32 %4308, %4310
	%4312 = mul i32 %504, 129
	%4313 = add i32 32, %3
	%4314 = add i32 %4312, %4313
	%4315 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%4316 = bitcast i8 addrspace(3)* %4315 to float addrspace(3)*
	%4317 = getelementptr float, float addrspace(3)* %4316, i32 %4314
	%4318 = load float, float addrspace(3)* %4317
	%4319 = fcmp ogt float %4318, 0xFFF0000000000000
	%4320 = fadd float %4318, 0.0
	%4321 = bitcast float %4320 to i32
	%4322 = ashr i32 %4321, 31
	%4323 = or i32 %4322, -2147483648
	%4324 = xor i32 %4321, %4323
	%4325 = mul i32 %504, 129
	%4326 = add i32 64, %3
	%4327 = add i32 %4325, %4326
	%4328 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%4329 = bitcast i8 addrspace(3)* %4328 to float addrspace(3)*
	%4330 = getelementptr float, float addrspace(3)* %4329, i32 %4327
	%4331 = load float, float addrspace(3)* %4330
	%4332 = fcmp ogt float %4331, 0xFFF0000000000000
	%4333 = fadd float %4331, 0.0
	%4334 = bitcast float %4333 to i32
	%4335 = ashr i32 %4334, 31
	%4336 = or i32 %4335, -2147483648
	%4337 = xor i32 %4334, %4336
	%4338 = mul i32 %504, 129
	%4339 = add i32 96, %3
	%4340 = add i32 %4338, %4339
	%4341 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%4342 = bitcast i8 addrspace(3)* %4341 to float addrspace(3)*
	%4343 = getelementptr float, float addrspace(3)* %4342, i32 %4340
	%4344 = load float, float addrspace(3)* %4343
	%4345 = fcmp ogt float %4344, 0xFFF0000000000000
	%4346 = fadd float %4344, 0.0
	%4347 = bitcast float %4346 to i32
	%4348 = ashr i32 %4347, 31
	%4349 = or i32 %4348, -2147483648
	%4350 = xor i32 %4347, %4349
	%4351 = select i1 %4306, i32 %4311, i32 0
	%4352 = icmp ugt i32 0, %4351
	%4353 = select i1 %4352, i32 0, i32 %4351
	%4354 = select i1 %4319, i32 %4324, i32 0
	%4355 = icmp ugt i32 %4353, %4354
	%4356 = select i1 %4355, i32 %4353, i32 %4354
	%4357 = select i1 %4332, i32 %4337, i32 0
	%4358 = icmp ugt i32 %4356, %4357
	%4359 = select i1 %4358, i32 %4356, i32 %4357
	%4360 = select i1 %4345, i32 %4350, i32 0
	%4361 = icmp ugt i32 %4359, %4360
	%4362 = select i1 %4361, i32 %4359, i32 %4360
	%4363 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4362, i32 1, i32 31)
	%4364 = and i32 %3, 2
	%4365 = icmp eq i32 %4364, 0
	%4366 = and i32 %3, 1
	%4367 = icmp eq i32 %4366, 0
	%4368 = icmp eq i1 %4365, %4367
	%4369 = icmp ugt i32 %4362, %4363
	%4370 = select i1 %4369, i32 %4362, i32 %4363
	%4371 = icmp ult i32 %4362, %4363
	%4372 = select i1 %4371, i32 %4362, i32 %4363
	%4373 = select i1 %4368, i32 %4370, i32 %4372
	%4374 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4373, i32 2, i32 31)
	%4375 = and i32 %3, 4
	%4376 = icmp eq i32 %4375, 0
	%4377 = and i32 %3, 2
	%4378 = icmp eq i32 %4377, 0
	%4379 = icmp eq i1 %4376, %4378
	%4380 = icmp ugt i32 %4373, %4374
	%4381 = select i1 %4380, i32 %4373, i32 %4374
	%4382 = icmp ult i32 %4373, %4374
	%4383 = select i1 %4382, i32 %4373, i32 %4374
	%4384 = select i1 %4379, i32 %4381, i32 %4383
	%4385 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4384, i32 1, i32 31)
	%4386 = and i32 %3, 4
	%4387 = icmp eq i32 %4386, 0
	%4388 = and i32 %3, 1
	%4389 = icmp eq i32 %4388, 0
	%4390 = icmp eq i1 %4387, %4389
	%4391 = icmp ugt i32 %4384, %4385
	%4392 = select i1 %4391, i32 %4384, i32 %4385
	%4393 = icmp ult i32 %4384, %4385
	%4394 = select i1 %4393, i32 %4384, i32 %4385
	%4395 = select i1 %4390, i32 %4392, i32 %4394
	%4396 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4395, i32 4, i32 31)
	%4397 = and i32 %3, 8
	%4398 = icmp eq i32 %4397, 0
	%4399 = and i32 %3, 4
	%4400 = icmp eq i32 %4399, 0
	%4401 = icmp eq i1 %4398, %4400
	%4402 = icmp ugt i32 %4395, %4396
	%4403 = select i1 %4402, i32 %4395, i32 %4396
	%4404 = icmp ult i32 %4395, %4396
	%4405 = select i1 %4404, i32 %4395, i32 %4396
	%4406 = select i1 %4401, i32 %4403, i32 %4405
	%4407 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4406, i32 2, i32 31)
	%4408 = and i32 %3, 8
	%4409 = icmp eq i32 %4408, 0
	%4410 = and i32 %3, 2
	%4411 = icmp eq i32 %4410, 0
	%4412 = icmp eq i1 %4409, %4411
	%4413 = icmp ugt i32 %4406, %4407
	%4414 = select i1 %4413, i32 %4406, i32 %4407
	%4415 = icmp ult i32 %4406, %4407
	%4416 = select i1 %4415, i32 %4406, i32 %4407
	%4417 = select i1 %4412, i32 %4414, i32 %4416
	%4418 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4417, i32 1, i32 31)
	%4419 = and i32 %3, 8
	%4420 = icmp eq i32 %4419, 0
	%4421 = and i32 %3, 1
	%4422 = icmp eq i32 %4421, 0
	%4423 = icmp eq i1 %4420, %4422
	%4424 = icmp ugt i32 %4417, %4418
	%4425 = select i1 %4424, i32 %4417, i32 %4418
	%4426 = icmp ult i32 %4417, %4418
	%4427 = select i1 %4426, i32 %4417, i32 %4418
	%4428 = select i1 %4423, i32 %4425, i32 %4427
	%4429 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4428, i32 8, i32 31)
	%4430 = and i32 %3, 16
	%4431 = icmp eq i32 %4430, 0
	%4432 = and i32 %3, 8
	%4433 = icmp eq i32 %4432, 0
	%4434 = icmp eq i1 %4431, %4433
	%4435 = icmp ugt i32 %4428, %4429
	%4436 = select i1 %4435, i32 %4428, i32 %4429
	%4437 = icmp ult i32 %4428, %4429
	%4438 = select i1 %4437, i32 %4428, i32 %4429
	%4439 = select i1 %4434, i32 %4436, i32 %4438
	%4440 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4439, i32 4, i32 31)
	%4441 = and i32 %3, 16
	%4442 = icmp eq i32 %4441, 0
	%4443 = and i32 %3, 4
	%4444 = icmp eq i32 %4443, 0
	%4445 = icmp eq i1 %4442, %4444
	%4446 = icmp ugt i32 %4439, %4440
	%4447 = select i1 %4446, i32 %4439, i32 %4440
	%4448 = icmp ult i32 %4439, %4440
	%4449 = select i1 %4448, i32 %4439, i32 %4440
	%4450 = select i1 %4445, i32 %4447, i32 %4449
	%4451 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4450, i32 2, i32 31)
	%4452 = and i32 %3, 16
	%4453 = icmp eq i32 %4452, 0
	%4454 = and i32 %3, 2
	%4455 = icmp eq i32 %4454, 0
	%4456 = icmp eq i1 %4453, %4455
	%4457 = icmp ugt i32 %4450, %4451
	%4458 = select i1 %4457, i32 %4450, i32 %4451
	%4459 = icmp ult i32 %4450, %4451
	%4460 = select i1 %4459, i32 %4450, i32 %4451
	%4461 = select i1 %4456, i32 %4458, i32 %4460
	%4462 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4461, i32 1, i32 31)
	%4463 = and i32 %3, 16
	%4464 = icmp eq i32 %4463, 0
	%4465 = and i32 %3, 1
	%4466 = icmp eq i32 %4465, 0
	%4467 = icmp eq i1 %4464, %4466
	%4468 = icmp ugt i32 %4461, %4462
	%4469 = select i1 %4468, i32 %4461, i32 %4462
	%4470 = icmp ult i32 %4461, %4462
	%4471 = select i1 %4470, i32 %4461, i32 %4462
	%4472 = select i1 %4467, i32 %4469, i32 %4471
	%4473 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4472, i32 16, i32 31)
	%4474 = and i32 %3, 32
	%4475 = icmp eq i32 %4474, 0
	%4476 = and i32 %3, 16
	%4477 = icmp eq i32 %4476, 0
	%4478 = icmp eq i1 %4475, %4477
	%4479 = icmp ugt i32 %4472, %4473
	%4480 = select i1 %4479, i32 %4472, i32 %4473
	%4481 = icmp ult i32 %4472, %4473
	%4482 = select i1 %4481, i32 %4472, i32 %4473
	%4483 = select i1 %4478, i32 %4480, i32 %4482
	%4484 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4483, i32 8, i32 31)
	%4485 = and i32 %3, 32
	%4486 = icmp eq i32 %4485, 0
	%4487 = and i32 %3, 8
	%4488 = icmp eq i32 %4487, 0
	%4489 = icmp eq i1 %4486, %4488
	%4490 = icmp ugt i32 %4483, %4484
	%4491 = select i1 %4490, i32 %4483, i32 %4484
	%4492 = icmp ult i32 %4483, %4484
	%4493 = select i1 %4492, i32 %4483, i32 %4484
	%4494 = select i1 %4489, i32 %4491, i32 %4493
	%4495 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4494, i32 4, i32 31)
	%4496 = and i32 %3, 32
	%4497 = icmp eq i32 %4496, 0
	%4498 = and i32 %3, 4
	%4499 = icmp eq i32 %4498, 0
	%4500 = icmp eq i1 %4497, %4499
	%4501 = icmp ugt i32 %4494, %4495
	%4502 = select i1 %4501, i32 %4494, i32 %4495
	%4503 = icmp ult i32 %4494, %4495
	%4504 = select i1 %4503, i32 %4494, i32 %4495
	%4505 = select i1 %4500, i32 %4502, i32 %4504
	%4506 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4505, i32 2, i32 31)
	%4507 = and i32 %3, 32
	%4508 = icmp eq i32 %4507, 0
	%4509 = and i32 %3, 2
	%4510 = icmp eq i32 %4509, 0
	%4511 = icmp eq i1 %4508, %4510
	%4512 = icmp ugt i32 %4505, %4506
	%4513 = select i1 %4512, i32 %4505, i32 %4506
	%4514 = icmp ult i32 %4505, %4506
	%4515 = select i1 %4514, i32 %4505, i32 %4506
	%4516 = select i1 %4511, i32 %4513, i32 %4515
	%4517 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4516, i32 1, i32 31)
	%4518 = and i32 %3, 32
	%4519 = icmp eq i32 %4518, 0
	%4520 = and i32 %3, 1
	%4521 = icmp eq i32 %4520, 0
	%4522 = icmp eq i1 %4519, %4521
	%4523 = icmp ugt i32 %4516, %4517
	%4524 = select i1 %4523, i32 %4516, i32 %4517
	%4525 = icmp ult i32 %4516, %4517
	%4526 = select i1 %4525, i32 %4516, i32 %4517
	%4527 = select i1 %4522, i32 %4524, i32 %4526
	%4528 = sub i32 %541, 1
	%4529 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %4527, i32 %4528, i32 31)
	%4530 = icmp ugt i32 %4529, 0
	%4531 = sub i32 %4529, 1
	%4532 = select i1 %4530, i32 %4531, i32 0
	%4533 = icmp ugt i32 %555, %4532
	%4534 = select i1 %4533, i32 %555, i32 %4532
	%4535 = icmp ugt i32 %4311, %4534
	%4536 = and i1 %4306, %4535
	%4537 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4536)
	%4538 = call i32 @llvm.ctpop.i32(i32 %4537)
	%4539 = add i32 0, %4538
	%4540 = icmp ugt i32 %4324, %4534
	%4541 = and i1 %4319, %4540
	%4542 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4541)
	%4543 = call i32 @llvm.ctpop.i32(i32 %4542)
	%4544 = add i32 %4539, %4543
	%4545 = icmp ugt i32 %4337, %4534
	%4546 = and i1 %4332, %4545
	%4547 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4546)
	%4548 = call i32 @llvm.ctpop.i32(i32 %4547)
	%4549 = add i32 %4544, %4548
	%4550 = icmp ugt i32 %4350, %4534
	%4551 = and i1 %4345, %4550
	%4552 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4551)
	%4553 = call i32 @llvm.ctpop.i32(i32 %4552)
	%4554 = add i32 %4549, %4553
	%4555 = add i32 %554, %4554
	%4556 = icmp sgt i32 %4555, 160
	br i1 %4556, label %4561, label %4564

4557:
	%4558 = phi i32 [ %554, %3811 ], [ %5044, %5041 ]
	%4559 = phi i32 [ %555, %3811 ], [ %4566, %5041 ]
	call void @llvm.nvvm.barrier0()
	%4560 = add i32 %547, 128
	br label %546

4561:
	%4562 = mul i32 %504, 160
	%4563 = mul i32 %4, 256
	br label %4583

4564:
	%4565 = phi i32 [ %554, %4298 ], [ %541, %4921 ]
	%4566 = phi i32 [ %4534, %4298 ], [ %4645, %4921 ]
	%4567 = phi i32 [ %4554, %4298 ], [ %4941, %4921 ]
	%4568 = phi i1 [ %4536, %4298 ], [ %4923, %4921 ]
	%4569 = phi i1 [ %4541, %4298 ], [ %4928, %4921 ]
	%4570 = phi i1 [ %4546, %4298 ], [ %4933, %4921 ]
	%4571 = phi i1 [ %4551, %4298 ], [ %4938, %4921 ]
	%4572 = phi i32 [ %4537, %4298 ], [ %4924, %4921 ]
	%4573 = phi i32 [ %4542, %4298 ], [ %4929, %4921 ]
	%4574 = phi i32 [ %4547, %4298 ], [ %4934, %4921 ]
	%4575 = phi i32 [ %4552, %4298 ], [ %4939, %4921 ]
	%4576 = shl i32 1, %3
	%4577 = sub i32 %4576, 1
	%4578 = mul i32 %504, 160
	%4579 = and i32 %4572, %4577
	%4580 = call i32 @llvm.ctpop.i32(i32 %4579)
	%4581 = add i32 %4565, %4580
	%4582 = add i32 %4578, %4581
	br i1 %4568, label %4984, label %4993

4583:
	%4584 = phi i32 [ %3, %4561 ], [ %4600, %4588 ]
	%4585 = phi i32 [ -1, %4561 ], [ %4596, %4588 ]
	%4586 = phi i32 [ 0, %4561 ], [ %4599, %4588 ]
	%4587 = icmp slt i32 %4584, %554
	br i1 %4587, label %4588, label %4601

4588:
	%4589 = add i32 %4562, %4584
	%4590 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%4591 = bitcast i8 addrspace(3)* %4590 to i32 addrspace(3)*
	%4592 = getelementptr i32, i32 addrspace(3)* %4591, i32 %4589
	%4593 = load i32, i32 addrspace(3)* %4592
	%4594 = icmp ult i32 %4585, %4593
	%4595 = select i1 %4594, i32 %4585, i32 %4593
	%4596 = select i1 true, i32 %4595, i32 %4585
	%4597 = icmp ugt i32 %4586, %4593
	%4598 = select i1 %4597, i32 %4586, i32 %4593
	%4599 = select i1 true, i32 %4598, i32 %4586
	%4600 = add i32 %4584, 32
	br label %4583

4601:
	%4602 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4585, i32 1, i32 31)
	%4603 = icmp ult i32 %4585, %4602
	%4604 = select i1 %4603, i32 %4585, i32 %4602
	%4605 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4586, i32 1, i32 31)
	%4606 = icmp ugt i32 %4586, %4605
	%4607 = select i1 %4606, i32 %4586, i32 %4605
	%4608 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4604, i32 2, i32 31)
	%4609 = icmp ult i32 %4604, %4608
	%4610 = select i1 %4609, i32 %4604, i32 %4608
	%4611 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4607, i32 2, i32 31)
	%4612 = icmp ugt i32 %4607, %4611
	%4613 = select i1 %4612, i32 %4607, i32 %4611
	%4614 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4610, i32 4, i32 31)
	%4615 = icmp ult i32 %4610, %4614
	%4616 = select i1 %4615, i32 %4610, i32 %4614
	%4617 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4613, i32 4, i32 31)
	%4618 = icmp ugt i32 %4613, %4617
	%4619 = select i1 %4618, i32 %4613, i32 %4617
	%4620 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4616, i32 8, i32 31)
	%4621 = icmp ult i32 %4616, %4620
	%4622 = select i1 %4621, i32 %4616, i32 %4620
	%4623 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4619, i32 8, i32 31)
	%4624 = icmp ugt i32 %4619, %4623
	%4625 = select i1 %4624, i32 %4619, i32 %4623
	%4626 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4622, i32 16, i32 31)
	%4627 = icmp ult i32 %4622, %4626
	%4628 = select i1 %4627, i32 %4622, i32 %4626
	%4629 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4625, i32 16, i32 31)
	%4630 = icmp ugt i32 %4625, %4629
	%4631 = select i1 %4630, i32 %4625, i32 %4629
	%4632 = xor i32 %4628, %4631
	%4633 = call i32 @llvm.ctlz.i32(i32 %4632, i1 false)
	%4634 = sub i32 32, %4633
	%4635 = icmp eq i32 %4634, 32
	%4636 = icmp slt i32 %4634, 31
	%4637 = select i1 %4636, i32 %4634, i32 31
	%4638 = shl i32 -1, %4637
	%4639 = select i1 %4635, i32 0, i32 %4638
	%4640 = and i32 %4631, %4639
	%4641 = add i32 %4634, 7
	%4642 = udiv i32 %4641, 8
	br label %4643

4643:
	%4644 = phi i32 [ 0, %4601 ], [ %4902, %4716 ]
	%4645 = phi i32 [ %4640, %4601 ], [ %4898, %4716 ]
	%4646 = phi i32 [ %4639, %4601 ], [ %4900, %4716 ]
	%4647 = phi i32 [ %541, %4601 ], [ %4901, %4716 ]
	%4648 = icmp slt i32 %4644, %4642
	br i1 %4648, label %4649, label %4701

4649:
	%4650 = sub i32 %4642, %4644
	%4651 = sub i32 %4650, 1
	%4652 = mul i32 %4651, 8
	%4653 = mul i32 %3, 8
	%4654 = add i32 %4653, 0
	%4655 = add i32 %4563, %4654
	%4656 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4657 = bitcast i8 addrspace(3)* %4656 to i32 addrspace(3)*
	%4658 = getelementptr i32, i32 addrspace(3)* %4657, i32 %4655
	store i32 0, i32 addrspace(3)* %4658
	%4659 = mul i32 %3, 8
	%4660 = add i32 %4659, 1
	%4661 = add i32 %4563, %4660
	%4662 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4663 = bitcast i8 addrspace(3)* %4662 to i32 addrspace(3)*
	%4664 = getelementptr i32, i32 addrspace(3)* %4663, i32 %4661
	store i32 0, i32 addrspace(3)* %4664
	%4665 = mul i32 %3, 8
	%4666 = add i32 %4665, 2
	%4667 = add i32 %4563, %4666
	%4668 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4669 = bitcast i8 addrspace(3)* %4668 to i32 addrspace(3)*
	%4670 = getelementptr i32, i32 addrspace(3)* %4669, i32 %4667
	store i32 0, i32 addrspace(3)* %4670
	%4671 = mul i32 %3, 8
	%4672 = add i32 %4671, 3
	%4673 = add i32 %4563, %4672
	%4674 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4675 = bitcast i8 addrspace(3)* %4674 to i32 addrspace(3)*
	%4676 = getelementptr i32, i32 addrspace(3)* %4675, i32 %4673
	store i32 0, i32 addrspace(3)* %4676
	%4677 = mul i32 %3, 8
	%4678 = add i32 %4677, 4
	%4679 = add i32 %4563, %4678
	%4680 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4681 = bitcast i8 addrspace(3)* %4680 to i32 addrspace(3)*
	%4682 = getelementptr i32, i32 addrspace(3)* %4681, i32 %4679
	store i32 0, i32 addrspace(3)* %4682
	%4683 = mul i32 %3, 8
	%4684 = add i32 %4683, 5
	%4685 = add i32 %4563, %4684
	%4686 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4687 = bitcast i8 addrspace(3)* %4686 to i32 addrspace(3)*
	%4688 = getelementptr i32, i32 addrspace(3)* %4687, i32 %4685
	store i32 0, i32 addrspace(3)* %4688
	%4689 = mul i32 %3, 8
	%4690 = add i32 %4689, 6
	%4691 = add i32 %4563, %4690
	%4692 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4693 = bitcast i8 addrspace(3)* %4692 to i32 addrspace(3)*
	%4694 = getelementptr i32, i32 addrspace(3)* %4693, i32 %4691
	store i32 0, i32 addrspace(3)* %4694
	%4695 = mul i32 %3, 8
	%4696 = add i32 %4695, 7
	%4697 = add i32 %4563, %4696
	%4698 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4699 = bitcast i8 addrspace(3)* %4698 to i32 addrspace(3)*
	%4700 = getelementptr i32, i32 addrspace(3)* %4699, i32 %4697
	store i32 0, i32 addrspace(3)* %4700
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %4704

4701:
	%4702 = shl i32 1, %3
	%4703 = sub i32 %4702, 1
	br label %4913

4704:
	%4705 = phi i32 [ %3, %4649 ], [ %4912, %4911 ]
	%4706 = icmp slt i32 %4705, %554
	br i1 %4706, label %4707, label %4716

4707:
	%4708 = add i32 %4562, %4705
	%4709 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%4710 = bitcast i8 addrspace(3)* %4709 to i32 addrspace(3)*
	%4711 = getelementptr i32, i32 addrspace(3)* %4710, i32 %4708
	%4712 = load i32, i32 addrspace(3)* %4711
	%4713 = and i32 %4712, %4646
	%4714 = icmp eq i32 %4713, %4645
	%4715 = and i1 true, %4714
	br i1 %4715, label %4903, label %4911

4716:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4717 = mul i32 %3, 8
	%4718 = add i32 %4717, 0
	%4719 = sub i32 255, %4718
	%4720 = add i32 %4563, %4719
	%4721 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4722 = bitcast i8 addrspace(3)* %4721 to i32 addrspace(3)*
	%4723 = getelementptr i32, i32 addrspace(3)* %4722, i32 %4720
	%4724 = load i32, i32 addrspace(3)* %4723
	%4725 = add i32 0, %4724
	%4726 = mul i32 %3, 8
	%4727 = add i32 %4726, 1
	%4728 = sub i32 255, %4727
	%4729 = add i32 %4563, %4728
	%4730 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4731 = bitcast i8 addrspace(3)* %4730 to i32 addrspace(3)*
	%4732 = getelementptr i32, i32 addrspace(3)* %4731, i32 %4729
	%4733 = load i32, i32 addrspace(3)* %4732
	%4734 = add i32 %4725, %4733
	%4735 = mul i32 %3, 8
	%4736 = add i32 %4735, 2
	%4737 = sub i32 255, %4736
	%4738 = add i32 %4563, %4737
	%4739 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4740 = bitcast i8 addrspace(3)* %4739 to i32 addrspace(3)*
	%4741 = getelementptr i32, i32 addrspace(3)* %4740, i32 %4738
	%4742 = load i32, i32 addrspace(3)* %4741
	%4743 = add i32 %4734, %4742
	%4744 = mul i32 %3, 8
	%4745 = add i32 %4744, 3
	%4746 = sub i32 255, %4745
	%4747 = add i32 %4563, %4746
	%4748 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4749 = bitcast i8 addrspace(3)* %4748 to i32 addrspace(3)*
	%4750 = getelementptr i32, i32 addrspace(3)* %4749, i32 %4747
	%4751 = load i32, i32 addrspace(3)* %4750
	%4752 = add i32 %4743, %4751
	%4753 = mul i32 %3, 8
	%4754 = add i32 %4753, 4
	%4755 = sub i32 255, %4754
	%4756 = add i32 %4563, %4755
	%4757 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4758 = bitcast i8 addrspace(3)* %4757 to i32 addrspace(3)*
	%4759 = getelementptr i32, i32 addrspace(3)* %4758, i32 %4756
	%4760 = load i32, i32 addrspace(3)* %4759
	%4761 = add i32 %4752, %4760
	%4762 = mul i32 %3, 8
	%4763 = add i32 %4762, 5
	%4764 = sub i32 255, %4763
	%4765 = add i32 %4563, %4764
	%4766 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4767 = bitcast i8 addrspace(3)* %4766 to i32 addrspace(3)*
	%4768 = getelementptr i32, i32 addrspace(3)* %4767, i32 %4765
	%4769 = load i32, i32 addrspace(3)* %4768
	%4770 = add i32 %4761, %4769
	%4771 = mul i32 %3, 8
	%4772 = add i32 %4771, 6
	%4773 = sub i32 255, %4772
	%4774 = add i32 %4563, %4773
	%4775 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4776 = bitcast i8 addrspace(3)* %4775 to i32 addrspace(3)*
	%4777 = getelementptr i32, i32 addrspace(3)* %4776, i32 %4774
	%4778 = load i32, i32 addrspace(3)* %4777
	%4779 = add i32 %4770, %4778
	%4780 = mul i32 %3, 8
	%4781 = add i32 %4780, 7
	%4782 = sub i32 255, %4781
	%4783 = add i32 %4563, %4782
	%4784 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4785 = bitcast i8 addrspace(3)* %4784 to i32 addrspace(3)*
	%4786 = getelementptr i32, i32 addrspace(3)* %4785, i32 %4783
	%4787 = load i32, i32 addrspace(3)* %4786
	%4788 = add i32 %4779, %4787
	%4789 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4788, i32 1, i32 0)
	%4790 = icmp uge i32 %3, 1
	%4791 = select i1 %4790, i32 %4789, i32 0
	%4792 = add i32 %4788, %4791
	%4793 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4792, i32 2, i32 0)
	%4794 = icmp uge i32 %3, 2
	%4795 = select i1 %4794, i32 %4793, i32 0
	%4796 = add i32 %4792, %4795
	%4797 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4796, i32 4, i32 0)
	%4798 = icmp uge i32 %3, 4
	%4799 = select i1 %4798, i32 %4797, i32 0
	%4800 = add i32 %4796, %4799
	%4801 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4800, i32 8, i32 0)
	%4802 = icmp uge i32 %3, 8
	%4803 = select i1 %4802, i32 %4801, i32 0
	%4804 = add i32 %4800, %4803
	%4805 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4804, i32 16, i32 0)
	%4806 = icmp uge i32 %3, 16
	%4807 = select i1 %4806, i32 %4805, i32 0
	%4808 = add i32 %4804, %4807
	%4809 = sub i32 %4808, %4788
	%4810 = icmp slt i32 %4809, %4647
	%4811 = icmp sge i32 %4808, %4647
	%4812 = and i1 %4810, %4811
	%4813 = add i32 %4809, %4724
	%4814 = xor i1 false, true
	%4815 = icmp sge i32 %4813, %4647
	%4816 = and i1 %4814, %4815
	%4817 = mul i32 %3, 8
	%4818 = add i32 %4817, 0
	%4819 = sub i32 255, %4818
	%4820 = select i1 %4816, i32 %4819, i32 0
	%4821 = select i1 %4816, i32 %4809, i32 0
	%4822 = or i1 false, %4816
	%4823 = add i32 %4813, %4733
	%4824 = xor i1 %4822, true
	%4825 = icmp sge i32 %4823, %4647
	%4826 = and i1 %4824, %4825
	%4827 = mul i32 %3, 8
	%4828 = add i32 %4827, 1
	%4829 = sub i32 255, %4828
	%4830 = select i1 %4826, i32 %4829, i32 %4820
	%4831 = select i1 %4826, i32 %4813, i32 %4821
	%4832 = or i1 %4822, %4826
	%4833 = add i32 %4823, %4742
	%4834 = xor i1 %4832, true
	%4835 = icmp sge i32 %4833, %4647
	%4836 = and i1 %4834, %4835
	%4837 = mul i32 %3, 8
	%4838 = add i32 %4837, 2
	%4839 = sub i32 255, %4838
	%4840 = select i1 %4836, i32 %4839, i32 %4830
	%4841 = select i1 %4836, i32 %4823, i32 %4831
	%4842 = or i1 %4832, %4836
	%4843 = add i32 %4833, %4751
	%4844 = xor i1 %4842, true
	%4845 = icmp sge i32 %4843, %4647
	%4846 = and i1 %4844, %4845
	%4847 = mul i32 %3, 8
	%4848 = add i32 %4847, 3
	%4849 = sub i32 255, %4848
	%4850 = select i1 %4846, i32 %4849, i32 %4840
	%4851 = select i1 %4846, i32 %4833, i32 %4841
	%4852 = or i1 %4842, %4846
	%4853 = add i32 %4843, %4760
	%4854 = xor i1 %4852, true
	%4855 = icmp sge i32 %4853, %4647
	%4856 = and i1 %4854, %4855
	%4857 = mul i32 %3, 8
	%4858 = add i32 %4857, 4
	%4859 = sub i32 255, %4858
	%4860 = select i1 %4856, i32 %4859, i32 %4850
	%4861 = select i1 %4856, i32 %4843, i32 %4851
	%4862 = or i1 %4852, %4856
	%4863 = add i32 %4853, %4769
	%4864 = xor i1 %4862, true
	%4865 = icmp sge i32 %4863, %4647
	%4866 = and i1 %4864, %4865
	%4867 = mul i32 %3, 8
	%4868 = add i32 %4867, 5
	%4869 = sub i32 255, %4868
	%4870 = select i1 %4866, i32 %4869, i32 %4860
	%4871 = select i1 %4866, i32 %4853, i32 %4861
	%4872 = or i1 %4862, %4866
	%4873 = add i32 %4863, %4778
	%4874 = xor i1 %4872, true
	%4875 = icmp sge i32 %4873, %4647
	%4876 = and i1 %4874, %4875
	%4877 = mul i32 %3, 8
	%4878 = add i32 %4877, 6
	%4879 = sub i32 255, %4878
	%4880 = select i1 %4876, i32 %4879, i32 %4870
	%4881 = select i1 %4876, i32 %4863, i32 %4871
	%4882 = or i1 %4872, %4876
	%4883 = add i32 %4873, %4787
	%4884 = xor i1 %4882, true
	%4885 = icmp sge i32 %4883, %4647
	%4886 = and i1 %4884, %4885
	%4887 = mul i32 %3, 8
	%4888 = add i32 %4887, 7
	%4889 = sub i32 255, %4888
	%4890 = select i1 %4886, i32 %4889, i32 %4880
	%4891 = select i1 %4886, i32 %4873, i32 %4881
	%4892 = or i1 %4882, %4886
	%4893 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4812)
	%4894 = call i32 @llvm.cttz.i32(i32 %4893, i1 false)
	%4895 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %4890, i32 %4894, i32 31)
	%4896 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %4891, i32 %4894, i32 31)
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4897 = shl i32 %4895, %4652
	%4898 = or i32 %4645, %4897
	%4899 = shl i32 255, %4652
	%4900 = or i32 %4646, %4899
	%4901 = sub i32 %4647, %4896
	%4902 = add i32 %4644, 1
	br label %4643

4903:
	%4904 = lshr i32 %4712, %4652
	%4905 = and i32 %4904, 255
	%4906 = add i32 %4563, %4905
	%4907 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4908 = bitcast i8 addrspace(3)* %4907 to i32 addrspace(3)*
	%4909 = getelementptr i32, i32 addrspace(3)* %4908, i32 %4906
	%4910 = atomicrmw add i32 addrspace(3)* %4909, i32 1 monotonic
	br label %4911

4911:
	%4912 = add i32 %4705, 32
	br label %4704

4913:
	%4914 = phi i32 [ 0, %4701 ], [ %4983, %4978 ]
	%4915 = phi i32 [ 0, %4701 ], [ %4980, %4978 ]
	%4916 = phi i32 [ 0, %4701 ], [ %4982, %4978 ]
	%4917 = icmp slt i32 %4914, %554
	br i1 %4917, label %4918, label %4921

4918:
	%4919 = add i32 %4914, %3
	%4920 = icmp slt i32 %4919, %554
	br i1 %4920, label %4942, label %4952

4921:
	%4922 = icmp ugt i32 %4311, %4645
	%4923 = and i1 %4306, %4922
	%4924 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4923)
	%4925 = call i32 @llvm.ctpop.i32(i32 %4924)
	%4926 = add i32 0, %4925
	%4927 = icmp ugt i32 %4324, %4645
	%4928 = and i1 %4319, %4927
	%4929 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4928)
	%4930 = call i32 @llvm.ctpop.i32(i32 %4929)
	%4931 = add i32 %4926, %4930
	%4932 = icmp ugt i32 %4337, %4645
	%4933 = and i1 %4332, %4932
	%4934 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4933)
	%4935 = call i32 @llvm.ctpop.i32(i32 %4934)
	%4936 = add i32 %4931, %4935
	%4937 = icmp ugt i32 %4350, %4645
	%4938 = and i1 %4345, %4937
	%4939 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4938)
	%4940 = call i32 @llvm.ctpop.i32(i32 %4939)
	%4941 = add i32 %4936, %4940
	br label %4564

4942:
	%4943 = add i32 %4562, %4919
	%4944 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%4945 = bitcast i8 addrspace(3)* %4944 to i32 addrspace(3)*
	%4946 = getelementptr i32, i32 addrspace(3)* %4945, i32 %4943
	%4947 = load i32, i32 addrspace(3)* %4946
	%4948 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%4949 = bitcast i8 addrspace(3)* %4948 to i32 addrspace(3)*
	%4950 = getelementptr i32, i32 addrspace(3)* %4949, i32 %4943
	%4951 = load i32, i32 addrspace(3)* %4950
	br label %4952

4952:
	%4953 = phi i32 [ 0, %4918 ], [ %4947, %4942 ]
	%4954 = phi i32 [ 0, %4918 ], [ %4951, %4942 ]
	%4955 = icmp eq i32 %4953, %4645
	%4956 = and i1 %4920, %4955
	%4957 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4956)
	%4958 = and i32 %4957, %4703
	%4959 = call i32 @llvm.ctpop.i32(i32 %4958)
	%4960 = add i32 %4916, %4959
	%4961 = icmp ugt i32 %4953, %4645
	%4962 = icmp slt i32 %4960, %4647
	%4963 = and i1 %4956, %4962
	%4964 = or i1 %4961, %4963
	%4965 = and i1 %4920, %4964
	%4966 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4965)
	%4967 = and i32 %4966, %4703
	%4968 = call i32 @llvm.ctpop.i32(i32 %4967)
	%4969 = add i32 %4915, %4968
	%4970 = add i32 %4562, %4969
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %4965, label %4971, label %4978

4971:
	%4972 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%4973 = bitcast i8 addrspace(3)* %4972 to i32 addrspace(3)*
	%4974 = getelementptr i32, i32 addrspace(3)* %4973, i32 %4970
	store i32 %4953, i32 addrspace(3)* %4974
	%4975 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%4976 = bitcast i8 addrspace(3)* %4975 to i32 addrspace(3)*
	%4977 = getelementptr i32, i32 addrspace(3)* %4976, i32 %4970
	store i32 %4954, i32 addrspace(3)* %4977
	br label %4978

4978:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4979 = call i32 @llvm.ctpop.i32(i32 %4966)
	%4980 = add i32 %4915, %4979
	%4981 = call i32 @llvm.ctpop.i32(i32 %4957)
	%4982 = add i32 %4916, %4981
	%4983 = add i32 %4914, 32
	br label %4913

4984:
	%4985 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%4986 = bitcast i8 addrspace(3)* %4985 to i32 addrspace(3)*
	%4987 = getelementptr i32, i32 addrspace(3)* %4986, i32 %4582
	store i32 %4311, i32 addrspace(3)* %4987
	%4988 = add i32 0, %3
	%4989 = add i32 %547, %4988
	%4990 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%4991 = bitcast i8 addrspace(3)* %4990 to i32 addrspace(3)*
	%4992 = getelementptr i32, i32 addrspace(3)* %4991, i32 %4582
	store i32 %4989, i32 addrspace(3)* %4992
	br label %4993

4993:
	%4994 = call i32 @llvm.ctpop.i32(i32 %4572)
	%4995 = add i32 %4565, %4994
	%4996 = and i32 %4573, %4577
	%4997 = call i32 @llvm.ctpop.i32(i32 %4996)
	%4998 = add i32 %4995, %4997
	%4999 = add i32 %4578, %4998
	br i1 %4569, label %5000, label %5009

5000:
	%5001 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%5002 = bitcast i8 addrspace(3)* %5001 to i32 addrspace(3)*
	%5003 = getelementptr i32, i32 addrspace(3)* %5002, i32 %4999
	store i32 %4324, i32 addrspace(3)* %5003
	%5004 = add i32 32, %3
	%5005 = add i32 %547, %5004
	%5006 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%5007 = bitcast i8 addrspace(3)* %5006 to i32 addrspace(3)*
	%5008 = getelementptr i32, i32 addrspace(3)* %5007, i32 %4999
	store i32 %5005, i32 addrspace(3)* %5008
	br label %5009

5009:
	%5010 = call i32 @llvm.ctpop.i32(i32 %4573)
	%5011 = add i32 %4995, %5010
	%5012 = and i32 %4574, %4577
	%5013 = call i32 @llvm.ctpop.i32(i32 %5012)
	%5014 = add i32 %5011, %5013
	%5015 = add i32 %4578, %5014
	br i1 %4570, label %5016, label %5025

5016:
	%5017 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%5018 = bitcast i8 addrspace(3)* %5017 to i32 addrspace(3)*
	%5019 = getelementptr i32, i32 addrspace(3)* %5018, i32 %5015
	store i32 %4337, i32 addrspace(3)* %5019
	%5020 = add i32 64, %3
	%5021 = add i32 %547, %5020
	%5022 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%5023 = bitcast i8 addrspace(3)* %5022 to i32 addrspace(3)*
	%5024 = getelementptr i32, i32 addrspace(3)* %5023, i32 %5015
	store i32 %5021, i32 addrspace(3)* %5024
	br label %5025

5025:
	%5026 = call i32 @llvm.ctpop.i32(i32 %4574)
	%5027 = add i32 %5011, %5026
	%5028 = and i32 %4575, %4577
	%5029 = call i32 @llvm.ctpop.i32(i32 %5028)
	%5030 = add i32 %5027, %5029
	%5031 = add i32 %4578, %5030
	br i1 %4571, label %5032, label %5041

5032:
	%5033 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%5034 = bitcast i8 addrspace(3)* %5033 to i32 addrspace(3)*
	%5035 = getelementptr i32, i32 addrspace(3)* %5034, i32 %5031
	store i32 %4350, i32 addrspace(3)* %5035
	%5036 = add i32 96, %3
	%5037 = add i32 %547, %5036
	%5038 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%5039 = bitcast i8 addrspace(3)* %5038 to i32 addrspace(3)*
	%5040 = getelementptr i32, i32 addrspace(3)* %5039, i32 %5031
	store i32 %5037, i32 addrspace(3)* %5040
	br label %5041

5041:
	%5042 = call i32 @llvm.ctpop.i32(i32 %4575)
	%5043 = add i32 %5027, %5042
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%5044 = add i32 %4565, %4567
	br label %4557

5045:
	%5046 = add i32 %377, %0
	br label %5050

5047:
	%5048 = add i32 %5, %378
	%5049 = icmp slt i32 %5048, %M
	br i1 %5049, label %5069, label %5071

5050:
	%5051 = phi i32 [ %5046, %5045 ], [ %5068, %5067 ]
	%5052 = icmp slt i32 %5051, %NB
	br i1 %5052, label %5053, label %5054

5053:
	br label %5055

5054:
	br label %5047

5055:
	%5056 = phi i32 [ 0, %5053 ], [ %5066, %5058 ]
	%5057 = icmp slt i32 %5056, %362
	br i1 %5057, label %5058, label %5067

5058:
	%5059 = mul i32 %2, %M
	%5060 = add i32 %5, %5056
	%5061 = add i32 %5059, %5060
	%5062 = mul i32 %5061, %NB
	%5063 = add i32 %5062, %5051
	%5064 = sext i32 %5063 to i64
	%5065 = getelementptr float, float* %e, i64 %5064
	store float 0xFFF0000000000000, float* %5065
	%5066 = add i32 %5056, 1
	br label %5055

5067:
	%5068 = add i32 %5051, 128
	br label %5050

5069:
	%5070 = icmp sgt i32 %548, %415
	br i1 %5070, label %5074, label %5077

5071:
	%5072 = add i32 %5, %420
	%5073 = icmp slt i32 %5072, %M
	br i1 %5073, label %5528, label %5530

5074:
	%5075 = mul i32 %378, 160
	%5076 = mul i32 %4, 256
	br label %5084

5077:
	%5078 = phi i32 [ %548, %5069 ], [ %415, %5422 ]
	%5079 = sub i32 %410, 0
	%5080 = mul i32 %2, %M
	%5081 = add i32 %5, %378
	%5082 = add i32 %5080, %5081
	%5083 = mul i32 %5082, 8
	br label %5465

5084:
	%5085 = phi i32 [ %3, %5074 ], [ %5101, %5089 ]
	%5086 = phi i32 [ -1, %5074 ], [ %5097, %5089 ]
	%5087 = phi i32 [ 0, %5074 ], [ %5100, %5089 ]
	%5088 = icmp slt i32 %5085, %548
	br i1 %5088, label %5089, label %5102

5089:
	%5090 = add i32 %5075, %5085
	%5091 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%5092 = bitcast i8 addrspace(3)* %5091 to i32 addrspace(3)*
	%5093 = getelementptr i32, i32 addrspace(3)* %5092, i32 %5090
	%5094 = load i32, i32 addrspace(3)* %5093
	%5095 = icmp ult i32 %5086, %5094
	%5096 = select i1 %5095, i32 %5086, i32 %5094
	%5097 = select i1 true, i32 %5096, i32 %5086
	%5098 = icmp ugt i32 %5087, %5094
	%5099 = select i1 %5098, i32 %5087, i32 %5094
	%5100 = select i1 true, i32 %5099, i32 %5087
	%5101 = add i32 %5085, 32
	br label %5084

5102:
	%5103 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5086, i32 1, i32 31)
	%5104 = icmp ult i32 %5086, %5103
	%5105 = select i1 %5104, i32 %5086, i32 %5103
	%5106 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5087, i32 1, i32 31)
	%5107 = icmp ugt i32 %5087, %5106
	%5108 = select i1 %5107, i32 %5087, i32 %5106
	%5109 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5105, i32 2, i32 31)
	%5110 = icmp ult i32 %5105, %5109
	%5111 = select i1 %5110, i32 %5105, i32 %5109
	%5112 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5108, i32 2, i32 31)
	%5113 = icmp ugt i32 %5108, %5112
	%5114 = select i1 %5113, i32 %5108, i32 %5112
	%5115 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5111, i32 4, i32 31)
	%5116 = icmp ult i32 %5111, %5115
	%5117 = select i1 %5116, i32 %5111, i32 %5115
	%5118 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5114, i32 4, i32 31)
	%5119 = icmp ugt i32 %5114, %5118
	%5120 = select i1 %5119, i32 %5114, i32 %5118
	%5121 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5117, i32 8, i32 31)
	%5122 = icmp ult i32 %5117, %5121
	%5123 = select i1 %5122, i32 %5117, i32 %5121
	%5124 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5120, i32 8, i32 31)
	%5125 = icmp ugt i32 %5120, %5124
	%5126 = select i1 %5125, i32 %5120, i32 %5124
	%5127 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5123, i32 16, i32 31)
	%5128 = icmp ult i32 %5123, %5127
	%5129 = select i1 %5128, i32 %5123, i32 %5127
	%5130 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5126, i32 16, i32 31)
	%5131 = icmp ugt i32 %5126, %5130
	%5132 = select i1 %5131, i32 %5126, i32 %5130
	%5133 = xor i32 %5129, %5132
	%5134 = call i32 @llvm.ctlz.i32(i32 %5133, i1 false)
	%5135 = sub i32 32, %5134
	%5136 = icmp eq i32 %5135, 32
	%5137 = icmp slt i32 %5135, 31
	%5138 = select i1 %5137, i32 %5135, i32 31
	%5139 = shl i32 -1, %5138
	%5140 = select i1 %5136, i32 0, i32 %5139
	%5141 = and i32 %5132, %5140
	%5142 = add i32 %5135, 7
	%5143 = udiv i32 %5142, 8
	br label %5144

5144:
	%5145 = phi i32 [ 0, %5102 ], [ %5403, %5217 ]
	%5146 = phi i32 [ %5141, %5102 ], [ %5399, %5217 ]
	%5147 = phi i32 [ %5140, %5102 ], [ %5401, %5217 ]
	%5148 = phi i32 [ %415, %5102 ], [ %5402, %5217 ]
	%5149 = icmp slt i32 %5145, %5143
	br i1 %5149, label %5150, label %5202

5150:
	%5151 = sub i32 %5143, %5145
	%5152 = sub i32 %5151, 1
	%5153 = mul i32 %5152, 8
	%5154 = mul i32 %3, 8
	%5155 = add i32 %5154, 0
	%5156 = add i32 %5076, %5155
	%5157 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5158 = bitcast i8 addrspace(3)* %5157 to i32 addrspace(3)*
	%5159 = getelementptr i32, i32 addrspace(3)* %5158, i32 %5156
	store i32 0, i32 addrspace(3)* %5159
	%5160 = mul i32 %3, 8
	%5161 = add i32 %5160, 1
	%5162 = add i32 %5076, %5161
	%5163 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5164 = bitcast i8 addrspace(3)* %5163 to i32 addrspace(3)*
	%5165 = getelementptr i32, i32 addrspace(3)* %5164, i32 %5162
	store i32 0, i32 addrspace(3)* %5165
	%5166 = mul i32 %3, 8
	%5167 = add i32 %5166, 2
	%5168 = add i32 %5076, %5167
	%5169 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5170 = bitcast i8 addrspace(3)* %5169 to i32 addrspace(3)*
	%5171 = getelementptr i32, i32 addrspace(3)* %5170, i32 %5168
	store i32 0, i32 addrspace(3)* %5171
	%5172 = mul i32 %3, 8
	%5173 = add i32 %5172, 3
	%5174 = add i32 %5076, %5173
	%5175 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5176 = bitcast i8 addrspace(3)* %5175 to i32 addrspace(3)*
	%5177 = getelementptr i32, i32 addrspace(3)* %5176, i32 %5174
	store i32 0, i32 addrspace(3)* %5177
	%5178 = mul i32 %3, 8
	%5179 = add i32 %5178, 4
	%5180 = add i32 %5076, %5179
	%5181 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5182 = bitcast i8 addrspace(3)* %5181 to i32 addrspace(3)*
	%5183 = getelementptr i32, i32 addrspace(3)* %5182, i32 %5180
	store i32 0, i32 addrspace(3)* %5183
	%5184 = mul i32 %3, 8
	%5185 = add i32 %5184, 5
	%5186 = add i32 %5076, %5185
	%5187 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5188 = bitcast i8 addrspace(3)* %5187 to i32 addrspace(3)*
	%5189 = getelementptr i32, i32 addrspace(3)* %5188, i32 %5186
	store i32 0, i32 addrspace(3)* %5189
	%5190 = mul i32 %3, 8
	%5191 = add i32 %5190, 6
	%5192 = add i32 %5076, %5191
	%5193 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5194 = bitcast i8 addrspace(3)* %5193 to i32 addrspace(3)*
	%5195 = getelementptr i32, i32 addrspace(3)* %5194, i32 %5192
	store i32 0, i32 addrspace(3)* %5195
	%5196 = mul i32 %3, 8
	%5197 = add i32 %5196, 7
	%5198 = add i32 %5076, %5197
	%5199 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5200 = bitcast i8 addrspace(3)* %5199 to i32 addrspace(3)*
	%5201 = getelementptr i32, i32 addrspace(3)* %5200, i32 %5198
	store i32 0, i32 addrspace(3)* %5201
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %5205

5202:
	%5203 = shl i32 1, %3
	%5204 = sub i32 %5203, 1
	br label %5414

5205:
	%5206 = phi i32 [ %3, %5150 ], [ %5413, %5412 ]
	%5207 = icmp slt i32 %5206, %548
	br i1 %5207, label %5208, label %5217

5208:
	%5209 = add i32 %5075, %5206
	%5210 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%5211 = bitcast i8 addrspace(3)* %5210 to i32 addrspace(3)*
	%5212 = getelementptr i32, i32 addrspace(3)* %5211, i32 %5209
	%5213 = load i32, i32 addrspace(3)* %5212
	%5214 = and i32 %5213, %5147
	%5215 = icmp eq i32 %5214, %5146
	%5216 = and i1 true, %5215
	br i1 %5216, label %5404, label %5412

5217:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%5218 = mul i32 %3, 8
	%5219 = add i32 %5218, 0
	%5220 = sub i32 255, %5219
	%5221 = add i32 %5076, %5220
	%5222 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5223 = bitcast i8 addrspace(3)* %5222 to i32 addrspace(3)*
	%5224 = getelementptr i32, i32 addrspace(3)* %5223, i32 %5221
	%5225 = load i32, i32 addrspace(3)* %5224
	%5226 = add i32 0, %5225
	%5227 = mul i32 %3, 8
	%5228 = add i32 %5227, 1
	%5229 = sub i32 255, %5228
	%5230 = add i32 %5076, %5229
	%5231 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5232 = bitcast i8 addrspace(3)* %5231 to i32 addrspace(3)*
	%5233 = getelementptr i32, i32 addrspace(3)* %5232, i32 %5230
	%5234 = load i32, i32 addrspace(3)* %5233
	%5235 = add i32 %5226, %5234
	%5236 = mul i32 %3, 8
	%5237 = add i32 %5236, 2
	%5238 = sub i32 255, %5237
	%5239 = add i32 %5076, %5238
	%5240 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5241 = bitcast i8 addrspace(3)* %5240 to i32 addrspace(3)*
	%5242 = getelementptr i32, i32 addrspace(3)* %5241, i32 %5239
	%5243 = load i32, i32 addrspace(3)* %5242
	%5244 = add i32 %5235, %5243
	%5245 = mul i32 %3, 8
	%5246 = add i32 %5245, 3
	%5247 = sub i32 255, %5246
	%5248 = add i32 %5076, %5247
	%5249 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5250 = bitcast i8 addrspace(3)* %5249 to i32 addrspace(3)*
	%5251 = getelementptr i32, i32 addrspace(3)* %5250, i32 %5248
	%5252 = load i32, i32 addrspace(3)* %5251
	%5253 = add i32 %5244, %5252
	%5254 = mul i32 %3, 8
	%5255 = add i32 %5254, 4
	%5256 = sub i32 255, %5255
	%5257 = add i32 %5076, %5256
	%5258 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5259 = bitcast i8 addrspace(3)* %5258 to i32 addrspace(3)*
	%5260 = getelementptr i32, i32 addrspace(3)* %5259, i32 %5257
	%5261 = load i32, i32 addrspace(3)* %5260
	%5262 = add i32 %5253, %5261
	%5263 = mul i32 %3, 8
	%5264 = add i32 %5263, 5
	%5265 = sub i32 255, %5264
	%5266 = add i32 %5076, %5265
	%5267 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5268 = bitcast i8 addrspace(3)* %5267 to i32 addrspace(3)*
	%5269 = getelementptr i32, i32 addrspace(3)* %5268, i32 %5266
	%5270 = load i32, i32 addrspace(3)* %5269
	%5271 = add i32 %5262, %5270
	%5272 = mul i32 %3, 8
	%5273 = add i32 %5272, 6
	%5274 = sub i32 255, %5273
	%5275 = add i32 %5076, %5274
	%5276 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5277 = bitcast i8 addrspace(3)* %5276 to i32 addrspace(3)*
	%5278 = getelementptr i32, i32 addrspace(3)* %5277, i32 %5275
	%5279 = load i32, i32 addrspace(3)* %5278
	%5280 = add i32 %5271, %5279
	%5281 = mul i32 %3, 8
	%5282 = add i32 %5281, 7
	%5283 = sub i32 255, %5282
	%5284 = add i32 %5076, %5283
	%5285 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5286 = bitcast i8 addrspace(3)* %5285 to i32 addrspace(3)*
	%5287 = getelementptr i32, i32 addrspace(3)* %5286, i32 %5284
	%5288 = load i32, i32 addrspace(3)* %5287
	%5289 = add i32 %5280, %5288
	%5290 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5289, i32 1, i32 0)
	%5291 = icmp uge i32 %3, 1
	%5292 = select i1 %5291, i32 %5290, i32 0
	%5293 = add i32 %5289, %5292
	%5294 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5293, i32 2, i32 0)
	%5295 = icmp uge i32 %3, 2
	%5296 = select i1 %5295, i32 %5294, i32 0
	%5297 = add i32 %5293, %5296
	%5298 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5297, i32 4, i32 0)
	%5299 = icmp uge i32 %3, 4
	%5300 = select i1 %5299, i32 %5298, i32 0
	%5301 = add i32 %5297, %5300
	%5302 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5301, i32 8, i32 0)
	%5303 = icmp uge i32 %3, 8
	%5304 = select i1 %5303, i32 %5302, i32 0
	%5305 = add i32 %5301, %5304
	%5306 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5305, i32 16, i32 0)
	%5307 = icmp uge i32 %3, 16
	%5308 = select i1 %5307, i32 %5306, i32 0
	%5309 = add i32 %5305, %5308
	%5310 = sub i32 %5309, %5289
	%5311 = icmp slt i32 %5310, %5148
	%5312 = icmp sge i32 %5309, %5148
	%5313 = and i1 %5311, %5312
	%5314 = add i32 %5310, %5225
	%5315 = xor i1 false, true
	%5316 = icmp sge i32 %5314, %5148
	%5317 = and i1 %5315, %5316
	%5318 = mul i32 %3, 8
	%5319 = add i32 %5318, 0
	%5320 = sub i32 255, %5319
	%5321 = select i1 %5317, i32 %5320, i32 0
	%5322 = select i1 %5317, i32 %5310, i32 0
	%5323 = or i1 false, %5317
	%5324 = add i32 %5314, %5234
	%5325 = xor i1 %5323, true
	%5326 = icmp sge i32 %5324, %5148
	%5327 = and i1 %5325, %5326
	%5328 = mul i32 %3, 8
	%5329 = add i32 %5328, 1
	%5330 = sub i32 255, %5329
	%5331 = select i1 %5327, i32 %5330, i32 %5321
	%5332 = select i1 %5327, i32 %5314, i32 %5322
	%5333 = or i1 %5323, %5327
	%5334 = add i32 %5324, %5243
	%5335 = xor i1 %5333, true
	%5336 = icmp sge i32 %5334, %5148
	%5337 = and i1 %5335, %5336
	%5338 = mul i32 %3, 8
	%5339 = add i32 %5338, 2
	%5340 = sub i32 255, %5339
	%5341 = select i1 %5337, i32 %5340, i32 %5331
	%5342 = select i1 %5337, i32 %5324, i32 %5332
	%5343 = or i1 %5333, %5337
	%5344 = add i32 %5334, %5252
	%5345 = xor i1 %5343, true
	%5346 = icmp sge i32 %5344, %5148
	%5347 = and i1 %5345, %5346
	%5348 = mul i32 %3, 8
	%5349 = add i32 %5348, 3
	%5350 = sub i32 255, %5349
	%5351 = select i1 %5347, i32 %5350, i32 %5341
	%5352 = select i1 %5347, i32 %5334, i32 %5342
	%5353 = or i1 %5343, %5347
	%5354 = add i32 %5344, %5261
	%5355 = xor i1 %5353, true
	%5356 = icmp sge i32 %5354, %5148
	%5357 = and i1 %5355, %5356
	%5358 = mul i32 %3, 8
	%5359 = add i32 %5358, 4
	%5360 = sub i32 255, %5359
	%5361 = select i1 %5357, i32 %5360, i32 %5351
	%5362 = select i1 %5357, i32 %5344, i32 %5352
	%5363 = or i1 %5353, %5357
	%5364 = add i32 %5354, %5270
	%5365 = xor i1 %5363, true
	%5366 = icmp sge i32 %5364, %5148
	%5367 = and i1 %5365, %5366
	%5368 = mul i32 %3, 8
	%5369 = add i32 %5368, 5
	%5370 = sub i32 255, %5369
	%5371 = select i1 %5367, i32 %5370, i32 %5361
	%5372 = select i1 %5367, i32 %5354, i32 %5362
	%5373 = or i1 %5363, %5367
	%5374 = add i32 %5364, %5279
	%5375 = xor i1 %5373, true
	%5376 = icmp sge i32 %5374, %5148
	%5377 = and i1 %5375, %5376
	%5378 = mul i32 %3, 8
	%5379 = add i32 %5378, 6
	%5380 = sub i32 255, %5379
	%5381 = select i1 %5377, i32 %5380, i32 %5371
	%5382 = select i1 %5377, i32 %5364, i32 %5372
	%5383 = or i1 %5373, %5377
	%5384 = add i32 %5374, %5288
	%5385 = xor i1 %5383, true
	%5386 = icmp sge i32 %5384, %5148
	%5387 = and i1 %5385, %5386
	%5388 = mul i32 %3, 8
	%5389 = add i32 %5388, 7
	%5390 = sub i32 255, %5389
	%5391 = select i1 %5387, i32 %5390, i32 %5381
	%5392 = select i1 %5387, i32 %5374, i32 %5382
	%5393 = or i1 %5383, %5387
	%5394 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5313)
	%5395 = call i32 @llvm.cttz.i32(i32 %5394, i1 false)
	%5396 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %5391, i32 %5395, i32 31)
	%5397 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %5392, i32 %5395, i32 31)
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%5398 = shl i32 %5396, %5153
	%5399 = or i32 %5146, %5398
	%5400 = shl i32 255, %5153
	%5401 = or i32 %5147, %5400
	%5402 = sub i32 %5148, %5397
	%5403 = add i32 %5145, 1
	br label %5144

5404:
	%5405 = lshr i32 %5213, %5153
	%5406 = and i32 %5405, 255
	%5407 = add i32 %5076, %5406
	%5408 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5409 = bitcast i8 addrspace(3)* %5408 to i32 addrspace(3)*
	%5410 = getelementptr i32, i32 addrspace(3)* %5409, i32 %5407
	%5411 = atomicrmw add i32 addrspace(3)* %5410, i32 1 monotonic
	br label %5412

5412:
	%5413 = add i32 %5206, 32
	br label %5205

5414:
	%5415 = phi i32 [ 0, %5202 ], [ %5464, %5459 ]
	%5416 = phi i32 [ 0, %5202 ], [ %5461, %5459 ]
	%5417 = phi i32 [ 0, %5202 ], [ %5463, %5459 ]
	%5418 = icmp slt i32 %5415, %548
	br i1 %5418, label %5419, label %5422

5419:
	%5420 = add i32 %5415, %3
	%5421 = icmp slt i32 %5420, %548
	br i1 %5421, label %5423, label %5433

5422:
	br label %5077

5423:
	%5424 = add i32 %5075, %5420
	%5425 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%5426 = bitcast i8 addrspace(3)* %5425 to i32 addrspace(3)*
	%5427 = getelementptr i32, i32 addrspace(3)* %5426, i32 %5424
	%5428 = load i32, i32 addrspace(3)* %5427
	%5429 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%5430 = bitcast i8 addrspace(3)* %5429 to i32 addrspace(3)*
	%5431 = getelementptr i32, i32 addrspace(3)* %5430, i32 %5424
	%5432 = load i32, i32 addrspace(3)* %5431
	br label %5433

5433:
	%5434 = phi i32 [ 0, %5419 ], [ %5428, %5423 ]
	%5435 = phi i32 [ 0, %5419 ], [ %5432, %5423 ]
	%5436 = icmp eq i32 %5434, %5146
	%5437 = and i1 %5421, %5436
	%5438 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5437)
	%5439 = and i32 %5438, %5204
	%5440 = call i32 @llvm.ctpop.i32(i32 %5439)
	%5441 = add i32 %5417, %5440
	%5442 = icmp ugt i32 %5434, %5146
	%5443 = icmp slt i32 %5441, %5148
	%5444 = and i1 %5437, %5443
	%5445 = or i1 %5442, %5444
	%5446 = and i1 %5421, %5445
	%5447 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5446)
	%5448 = and i32 %5447, %5204
	%5449 = call i32 @llvm.ctpop.i32(i32 %5448)
	%5450 = add i32 %5416, %5449
	%5451 = add i32 %5075, %5450
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %5446, label %5452, label %5459

5452:
	%5453 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%5454 = bitcast i8 addrspace(3)* %5453 to i32 addrspace(3)*
	%5455 = getelementptr i32, i32 addrspace(3)* %5454, i32 %5451
	store i32 %5434, i32 addrspace(3)* %5455
	%5456 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%5457 = bitcast i8 addrspace(3)* %5456 to i32 addrspace(3)*
	%5458 = getelementptr i32, i32 addrspace(3)* %5457, i32 %5451
	store i32 %5435, i32 addrspace(3)* %5458
	br label %5459

5459:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%5460 = call i32 @llvm.ctpop.i32(i32 %5447)
	%5461 = add i32 %5416, %5460
	%5462 = call i32 @llvm.ctpop.i32(i32 %5438)
	%5463 = add i32 %5417, %5462
	%5464 = add i32 %5415, 32
	br label %5414

5465:
	%5466 = phi i32 [ 0, %5077 ], [ %5496, %5490 ]
	%5467 = phi i32 [ 0, %5077 ], [ %5495, %5490 ]
	%5468 = icmp slt i32 %5466, %5078
	br i1 %5468, label %5469, label %5472

5469:
	%5470 = add i32 %5466, %3
	%5471 = icmp slt i32 %5470, %5078
	br i1 %5471, label %5473, label %5480

5472:
	br label %5497

5473:
	%5474 = mul i32 %378, 160
	%5475 = add i32 %5474, %5470
	%5476 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%5477 = bitcast i8 addrspace(3)* %5476 to i32 addrspace(3)*
	%5478 = getelementptr i32, i32 addrspace(3)* %5477, i32 %5475
	%5479 = load i32, i32 addrspace(3)* %5478
	br label %5480

5480:
	%5481 = phi i32 [ 0, %5469 ], [ %5479, %5473 ]
	br i1 %5471, label %5482, label %5490

5482:
	%5483 = add i32 0, %5470
	%5484 = icmp sgt i32 %5481, %405
	%5485 = select i1 %5484, i32 %5079, i32 0
	%5486 = add i32 %5483, %5485
	%5487 = add i32 %5083, %5486
	%5488 = sext i32 %5487 to i64
	%5489 = getelementptr i32, i32* %out, i64 %5488
	store i32 %5481, i32* %5489
	br label %5490

5490:
	%5491 = icmp slt i32 %5481, %402
	%5492 = and i1 %5471, %5491
	%5493 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5492)
	%5494 = call i32 @llvm.ctpop.i32(i32 %5493)
	%5495 = add i32 %5467, %5494
	%5496 = add i32 %5466, 32
	br label %5465

5497:
	%5498 = phi i32 [ %3, %5472 ], [ %5507, %5500 ]
	%5499 = icmp slt i32 %5498, %5079
	br i1 %5499, label %5500, label %5508

5500:
	%5501 = add i32 0, %5467
	%5502 = add i32 %5501, %5498
	%5503 = add i32 %402, %5498
	%5504 = add i32 %5083, %5502
	%5505 = sext i32 %5504 to i64
	%5506 = getelementptr i32, i32* %out, i64 %5505
	store i32 %5503, i32* %5506
	%5507 = add i32 %5498, 32
	br label %5497

5508:
	%5509 = icmp eq i32 %3, 0
	%5510 = icmp eq i32 0, 1
	%5511 = and i1 %5509, %5510
	br i1 %5511, label %5512, label %5516

5512:
	%5513 = add i32 %5083, 0
	%5514 = sext i32 %5513 to i64
	%5515 = getelementptr i32, i32* %out, i64 %5514
	store i32 0, i32* %5515
	br label %5516

5516:
	%5517 = add i32 %410, %5078
	%5518 = add i32 %5517, %3
	br label %5519

5519:
	%5520 = phi i32 [ %5518, %5516 ], [ %5526, %5522 ]
	%5521 = icmp slt i32 %5520, 8
	br i1 %5521, label %5522, label %5527

5522:
	%5523 = add i32 %5083, %5520
	%5524 = sext i32 %5523 to i64
	%5525 = getelementptr i32, i32* %out, i64 %5524
	store i32 -1, i32* %5525
	%5526 = add i32 %5520, 32
	br label %5519

5527:
	br label %5071

5528:
	%5529 = icmp sgt i32 %550, %457
	br i1 %5529, label %5533, label %5536

5530:
	%5531 = add i32 %5, %462
	%5532 = icmp slt i32 %5531, %M
	br i1 %5532, label %5987, label %5989

5533:
	%5534 = mul i32 %420, 160
	%5535 = mul i32 %4, 256
	br label %5543

5536:
	%5537 = phi i32 [ %550, %5528 ], [ %457, %5881 ]
	%5538 = sub i32 %452, 0
	%5539 = mul i32 %2, %M
	%5540 = add i32 %5, %420
	%5541 = add i32 %5539, %5540
	%5542 = mul i32 %5541, 8
	br label %5924

5543:
	%5544 = phi i32 [ %3, %5533 ], [ %5560, %5548 ]
	%5545 = phi i32 [ -1, %5533 ], [ %5556, %5548 ]
	%5546 = phi i32 [ 0, %5533 ], [ %5559, %5548 ]
	%5547 = icmp slt i32 %5544, %550
	br i1 %5547, label %5548, label %5561

5548:
	%5549 = add i32 %5534, %5544
	%5550 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%5551 = bitcast i8 addrspace(3)* %5550 to i32 addrspace(3)*
	%5552 = getelementptr i32, i32 addrspace(3)* %5551, i32 %5549
	%5553 = load i32, i32 addrspace(3)* %5552
	%5554 = icmp ult i32 %5545, %5553
	%5555 = select i1 %5554, i32 %5545, i32 %5553
	%5556 = select i1 true, i32 %5555, i32 %5545
	%5557 = icmp ugt i32 %5546, %5553
	%5558 = select i1 %5557, i32 %5546, i32 %5553
	%5559 = select i1 true, i32 %5558, i32 %5546
	%5560 = add i32 %5544, 32
	br label %5543

5561:
	%5562 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5545, i32 1, i32 31)
	%5563 = icmp ult i32 %5545, %5562
	%5564 = select i1 %5563, i32 %5545, i32 %5562
	%5565 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5546, i32 1, i32 31)
	%5566 = icmp ugt i32 %5546, %5565
	%5567 = select i1 %5566, i32 %5546, i32 %5565
	%5568 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5564, i32 2, i32 31)
	%5569 = icmp ult i32 %5564, %5568
	%5570 = select i1 %5569, i32 %5564, i32 %5568
	%5571 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5567, i32 2, i32 31)
	%5572 = icmp ugt i32 %5567, %5571
	%5573 = select i1 %5572, i32 %5567, i32 %5571
	%5574 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5570, i32 4, i32 31)
	%5575 = icmp ult i32 %5570, %5574
	%5576 = select i1 %5575, i32 %5570, i32 %5574
	%5577 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5573, i32 4, i32 31)
	%5578 = icmp ugt i32 %5573, %5577
	%5579 = select i1 %5578, i32 %5573, i32 %5577
	%5580 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5576, i32 8, i32 31)
	%5581 = icmp ult i32 %5576, %5580
	%5582 = select i1 %5581, i32 %5576, i32 %5580
	%5583 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5579, i32 8, i32 31)
	%5584 = icmp ugt i32 %5579, %5583
	%5585 = select i1 %5584, i32 %5579, i32 %5583
	%5586 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5582, i32 16, i32 31)
	%5587 = icmp ult i32 %5582, %5586
	%5588 = select i1 %5587, i32 %5582, i32 %5586
	%5589 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5585, i32 16, i32 31)
	%5590 = icmp ugt i32 %5585, %5589
	%5591 = select i1 %5590, i32 %5585, i32 %5589
	%5592 = xor i32 %5588, %5591
	%5593 = call i32 @llvm.ctlz.i32(i32 %5592, i1 false)
	%5594 = sub i32 32, %5593
	%5595 = icmp eq i32 %5594, 32
	%5596 = icmp slt i32 %5594, 31
	%5597 = select i1 %5596, i32 %5594, i32 31
	%5598 = shl i32 -1, %5597
	%5599 = select i1 %5595, i32 0, i32 %5598
	%5600 = and i32 %5591, %5599
	%5601 = add i32 %5594, 7
	%5602 = udiv i32 %5601, 8
	br label %5603

5603:
	%5604 = phi i32 [ 0, %5561 ], [ %5862, %5676 ]
	%5605 = phi i32 [ %5600, %5561 ], [ %5858, %5676 ]
	%5606 = phi i32 [ %5599, %5561 ], [ %5860, %5676 ]
	%5607 = phi i32 [ %457, %5561 ], [ %5861, %5676 ]
	%5608 = icmp slt i32 %5604, %5602
	br i1 %5608, label %5609, label %5661

5609:
	%5610 = sub i32 %5602, %5604
	%5611 = sub i32 %5610, 1
	%5612 = mul i32 %5611, 8
	%5613 = mul i32 %3, 8
	%5614 = add i32 %5613, 0
	%5615 = add i32 %5535, %5614
	%5616 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5617 = bitcast i8 addrspace(3)* %5616 to i32 addrspace(3)*
	%5618 = getelementptr i32, i32 addrspace(3)* %5617, i32 %5615
	store i32 0, i32 addrspace(3)* %5618
	%5619 = mul i32 %3, 8
	%5620 = add i32 %5619, 1
	%5621 = add i32 %5535, %5620
	%5622 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5623 = bitcast i8 addrspace(3)* %5622 to i32 addrspace(3)*
	%5624 = getelementptr i32, i32 addrspace(3)* %5623, i32 %5621
	store i32 0, i32 addrspace(3)* %5624
	%5625 = mul i32 %3, 8
	%5626 = add i32 %5625, 2
	%5627 = add i32 %5535, %5626
	%5628 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5629 = bitcast i8 addrspace(3)* %5628 to i32 addrspace(3)*
	%5630 = getelementptr i32, i32 addrspace(3)* %5629, i32 %5627
	store i32 0, i32 addrspace(3)* %5630
	%5631 = mul i32 %3, 8
	%5632 = add i32 %5631, 3
	%5633 = add i32 %5535, %5632
	%5634 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5635 = bitcast i8 addrspace(3)* %5634 to i32 addrspace(3)*
	%5636 = getelementptr i32, i32 addrspace(3)* %5635, i32 %5633
	store i32 0, i32 addrspace(3)* %5636
	%5637 = mul i32 %3, 8
	%5638 = add i32 %5637, 4
	%5639 = add i32 %5535, %5638
	%5640 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5641 = bitcast i8 addrspace(3)* %5640 to i32 addrspace(3)*
	%5642 = getelementptr i32, i32 addrspace(3)* %5641, i32 %5639
	store i32 0, i32 addrspace(3)* %5642
	%5643 = mul i32 %3, 8
	%5644 = add i32 %5643, 5
	%5645 = add i32 %5535, %5644
	%5646 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5647 = bitcast i8 addrspace(3)* %5646 to i32 addrspace(3)*
	%5648 = getelementptr i32, i32 addrspace(3)* %5647, i32 %5645
	store i32 0, i32 addrspace(3)* %5648
	%5649 = mul i32 %3, 8
	%5650 = add i32 %5649, 6
	%5651 = add i32 %5535, %5650
	%5652 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5653 = bitcast i8 addrspace(3)* %5652 to i32 addrspace(3)*
	%5654 = getelementptr i32, i32 addrspace(3)* %5653, i32 %5651
	store i32 0, i32 addrspace(3)* %5654
	%5655 = mul i32 %3, 8
	%5656 = add i32 %5655, 7
	%5657 = add i32 %5535, %5656
	%5658 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5659 = bitcast i8 addrspace(3)* %5658 to i32 addrspace(3)*
	%5660 = getelementptr i32, i32 addrspace(3)* %5659, i32 %5657
	store i32 0, i32 addrspace(3)* %5660
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %5664

5661:
	%5662 = shl i32 1, %3
	%5663 = sub i32 %5662, 1
	br label %5873

5664:
	%5665 = phi i32 [ %3, %5609 ], [ %5872, %5871 ]
	%5666 = icmp slt i32 %5665, %550
	br i1 %5666, label %5667, label %5676

5667:
	%5668 = add i32 %5534, %5665
	%5669 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%5670 = bitcast i8 addrspace(3)* %5669 to i32 addrspace(3)*
	%5671 = getelementptr i32, i32 addrspace(3)* %5670, i32 %5668
	%5672 = load i32, i32 addrspace(3)* %5671
	%5673 = and i32 %5672, %5606
	%5674 = icmp eq i32 %5673, %5605
	%5675 = and i1 true, %5674
	br i1 %5675, label %5863, label %5871

5676:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%5677 = mul i32 %3, 8
	%5678 = add i32 %5677, 0
	%5679 = sub i32 255, %5678
	%5680 = add i32 %5535, %5679
	%5681 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5682 = bitcast i8 addrspace(3)* %5681 to i32 addrspace(3)*
	%5683 = getelementptr i32, i32 addrspace(3)* %5682, i32 %5680
	%5684 = load i32, i32 addrspace(3)* %5683
	%5685 = add i32 0, %5684
	%5686 = mul i32 %3, 8
	%5687 = add i32 %5686, 1
	%5688 = sub i32 255, %5687
	%5689 = add i32 %5535, %5688
	%5690 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5691 = bitcast i8 addrspace(3)* %5690 to i32 addrspace(3)*
	%5692 = getelementptr i32, i32 addrspace(3)* %5691, i32 %5689
	%5693 = load i32, i32 addrspace(3)* %5692
	%5694 = add i32 %5685, %5693
	%5695 = mul i32 %3, 8
	%5696 = add i32 %5695, 2
	%5697 = sub i32 255, %5696
	%5698 = add i32 %5535, %5697
	%5699 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5700 = bitcast i8 addrspace(3)* %5699 to i32 addrspace(3)*
	%5701 = getelementptr i32, i32 addrspace(3)* %5700, i32 %5698
	%5702 = load i32, i32 addrspace(3)* %5701
	%5703 = add i32 %5694, %5702
	%5704 = mul i32 %3, 8
	%5705 = add i32 %5704, 3
	%5706 = sub i32 255, %5705
	%5707 = add i32 %5535, %5706
	%5708 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5709 = bitcast i8 addrspace(3)* %5708 to i32 addrspace(3)*
	%5710 = getelementptr i32, i32 addrspace(3)* %5709, i32 %5707
	%5711 = load i32, i32 addrspace(3)* %5710
	%5712 = add i32 %5703, %5711
	%5713 = mul i32 %3, 8
	%5714 = add i32 %5713, 4
	%5715 = sub i32 255, %5714
	%5716 = add i32 %5535, %5715
	%5717 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5718 = bitcast i8 addrspace(3)* %5717 to i32 addrspace(3)*
	%5719 = getelementptr i32, i32 addrspace(3)* %5718, i32 %5716
	%5720 = load i32, i32 addrspace(3)* %5719
	%5721 = add i32 %5712, %5720
	%5722 = mul i32 %3, 8
	%5723 = add i32 %5722, 5
	%5724 = sub i32 255, %5723
	%5725 = add i32 %5535, %5724
	%5726 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5727 = bitcast i8 addrspace(3)* %5726 to i32 addrspace(3)*
	%5728 = getelementptr i32, i32 addrspace(3)* %5727, i32 %5725
	%5729 = load i32, i32 addrspace(3)* %5728
	%5730 = add i32 %5721, %5729
	%5731 = mul i32 %3, 8
	%5732 = add i32 %5731, 6
	%5733 = sub i32 255, %5732
	%5734 = add i32 %5535, %5733
	%5735 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5736 = bitcast i8 addrspace(3)* %5735 to i32 addrspace(3)*
	%5737 = getelementptr i32, i32 addrspace(3)* %5736, i32 %5734
	%5738 = load i32, i32 addrspace(3)* %5737
	%5739 = add i32 %5730, %5738
	%5740 = mul i32 %3, 8
	%5741 = add i32 %5740, 7
	%5742 = sub i32 255, %5741
	%5743 = add i32 %5535, %5742
	%5744 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5745 = bitcast i8 addrspace(3)* %5744 to i32 addrspace(3)*
	%5746 = getelementptr i32, i32 addrspace(3)* %5745, i32 %5743
	%5747 = load i32, i32 addrspace(3)* %5746
	%5748 = add i32 %5739, %5747
	%5749 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5748, i32 1, i32 0)
	%5750 = icmp uge i32 %3, 1
	%5751 = select i1 %5750, i32 %5749, i32 0
	%5752 = add i32 %5748, %5751
	%5753 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5752, i32 2, i32 0)
	%5754 = icmp uge i32 %3, 2
	%5755 = select i1 %5754, i32 %5753, i32 0
	%5756 = add i32 %5752, %5755
	%5757 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5756, i32 4, i32 0)
	%5758 = icmp uge i32 %3, 4
	%5759 = select i1 %5758, i32 %5757, i32 0
	%5760 = add i32 %5756, %5759
	%5761 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5760, i32 8, i32 0)
	%5762 = icmp uge i32 %3, 8
	%5763 = select i1 %5762, i32 %5761, i32 0
	%5764 = add i32 %5760, %5763
	%5765 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5764, i32 16, i32 0)
	%5766 = icmp uge i32 %3, 16
	%5767 = select i1 %5766, i32 %5765, i32 0
	%5768 = add i32 %5764, %5767
	%5769 = sub i32 %5768, %5748
	%5770 = icmp slt i32 %5769, %5607
	%5771 = icmp sge i32 %5768, %5607
	%5772 = and i1 %5770, %5771
	%5773 = add i32 %5769, %5684
	%5774 = xor i1 false, true
	%5775 = icmp sge i32 %5773, %5607
	%5776 = and i1 %5774, %5775
	%5777 = mul i32 %3, 8
	%5778 = add i32 %5777, 0
	%5779 = sub i32 255, %5778
	%5780 = select i1 %5776, i32 %5779, i32 0
	%5781 = select i1 %5776, i32 %5769, i32 0
	%5782 = or i1 false, %5776
	%5783 = add i32 %5773, %5693
	%5784 = xor i1 %5782, true
	%5785 = icmp sge i32 %5783, %5607
	%5786 = and i1 %5784, %5785
	%5787 = mul i32 %3, 8
	%5788 = add i32 %5787, 1
	%5789 = sub i32 255, %5788
	%5790 = select i1 %5786, i32 %5789, i32 %5780
	%5791 = select i1 %5786, i32 %5773, i32 %5781
	%5792 = or i1 %5782, %5786
	%5793 = add i32 %5783, %5702
	%5794 = xor i1 %5792, true
	%5795 = icmp sge i32 %5793, %5607
	%5796 = and i1 %5794, %5795
	%5797 = mul i32 %3, 8
	%5798 = add i32 %5797, 2
	%5799 = sub i32 255, %5798
	%5800 = select i1 %5796, i32 %5799, i32 %5790
	%5801 = select i1 %5796, i32 %5783, i32 %5791
	%5802 = or i1 %5792, %5796
	%5803 = add i32 %5793, %5711
	%5804 = xor i1 %5802, true
	%5805 = icmp sge i32 %5803, %5607
	%5806 = and i1 %5804, %5805
	%5807 = mul i32 %3, 8
	%5808 = add i32 %5807, 3
	%5809 = sub i32 255, %5808
	%5810 = select i1 %5806, i32 %5809, i32 %5800
	%5811 = select i1 %5806, i32 %5793, i32 %5801
	%5812 = or i1 %5802, %5806
	%5813 = add i32 %5803, %5720
	%5814 = xor i1 %5812, true
	%5815 = icmp sge i32 %5813, %5607
	%5816 = and i1 %5814, %5815
	%5817 = mul i32 %3, 8
	%5818 = add i32 %5817, 4
	%5819 = sub i32 255, %5818
	%5820 = select i1 %5816, i32 %5819, i32 %5810
	%5821 = select i1 %5816, i32 %5803, i32 %5811
	%5822 = or i1 %5812, %5816
	%5823 = add i32 %5813, %5729
	%5824 = xor i1 %5822, true
	%5825 = icmp sge i32 %5823, %5607
	%5826 = and i1 %5824, %5825
	%5827 = mul i32 %3, 8
	%5828 = add i32 %5827, 5
	%5829 = sub i32 255, %5828
	%5830 = select i1 %5826, i32 %5829, i32 %5820
	%5831 = select i1 %5826, i32 %5813, i32 %5821
	%5832 = or i1 %5822, %5826
	%5833 = add i32 %5823, %5738
	%5834 = xor i1 %5832, true
	%5835 = icmp sge i32 %5833, %5607
	%5836 = and i1 %5834, %5835
	%5837 = mul i32 %3, 8
	%5838 = add i32 %5837, 6
	%5839 = sub i32 255, %5838
	%5840 = select i1 %5836, i32 %5839, i32 %5830
	%5841 = select i1 %5836, i32 %5823, i32 %5831
	%5842 = or i1 %5832, %5836
	%5843 = add i32 %5833, %5747
	%5844 = xor i1 %5842, true
	%5845 = icmp sge i32 %5843, %5607
	%5846 = and i1 %5844, %5845
	%5847 = mul i32 %3, 8
	%5848 = add i32 %5847, 7
	%5849 = sub i32 255, %5848
	%5850 = select i1 %5846, i32 %5849, i32 %5840
	%5851 = select i1 %5846, i32 %5833, i32 %5841
	%5852 = or i1 %5842, %5846
	%5853 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5772)
	%5854 = call i32 @llvm.cttz.i32(i32 %5853, i1 false)
	%5855 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %5850, i32 %5854, i32 31)
	%5856 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %5851, i32 %5854, i32 31)
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%5857 = shl i32 %5855, %5612
	%5858 = or i32 %5605, %5857
	%5859 = shl i32 255, %5612
	%5860 = or i32 %5606, %5859
	%5861 = sub i32 %5607, %5856
	%5862 = add i32 %5604, 1
	br label %5603

5863:
	%5864 = lshr i32 %5672, %5612
	%5865 = and i32 %5864, 255
	%5866 = add i32 %5535, %5865
	%5867 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5868 = bitcast i8 addrspace(3)* %5867 to i32 addrspace(3)*
	%5869 = getelementptr i32, i32 addrspace(3)* %5868, i32 %5866
	%5870 = atomicrmw add i32 addrspace(3)* %5869, i32 1 monotonic
	br label %5871

5871:
	%5872 = add i32 %5665, 32
	br label %5664

5873:
	%5874 = phi i32 [ 0, %5661 ], [ %5923, %5918 ]
	%5875 = phi i32 [ 0, %5661 ], [ %5920, %5918 ]
	%5876 = phi i32 [ 0, %5661 ], [ %5922, %5918 ]
	%5877 = icmp slt i32 %5874, %550
	br i1 %5877, label %5878, label %5881

5878:
	%5879 = add i32 %5874, %3
	%5880 = icmp slt i32 %5879, %550
	br i1 %5880, label %5882, label %5892

5881:
	br label %5536

5882:
	%5883 = add i32 %5534, %5879
	%5884 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%5885 = bitcast i8 addrspace(3)* %5884 to i32 addrspace(3)*
	%5886 = getelementptr i32, i32 addrspace(3)* %5885, i32 %5883
	%5887 = load i32, i32 addrspace(3)* %5886
	%5888 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%5889 = bitcast i8 addrspace(3)* %5888 to i32 addrspace(3)*
	%5890 = getelementptr i32, i32 addrspace(3)* %5889, i32 %5883
	%5891 = load i32, i32 addrspace(3)* %5890
	br label %5892

5892:
	%5893 = phi i32 [ 0, %5878 ], [ %5887, %5882 ]
	%5894 = phi i32 [ 0, %5878 ], [ %5891, %5882 ]
	%5895 = icmp eq i32 %5893, %5605
	%5896 = and i1 %5880, %5895
	%5897 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5896)
	%5898 = and i32 %5897, %5663
	%5899 = call i32 @llvm.ctpop.i32(i32 %5898)
	%5900 = add i32 %5876, %5899
	%5901 = icmp ugt i32 %5893, %5605
	%5902 = icmp slt i32 %5900, %5607
	%5903 = and i1 %5896, %5902
	%5904 = or i1 %5901, %5903
	%5905 = and i1 %5880, %5904
	%5906 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5905)
	%5907 = and i32 %5906, %5663
	%5908 = call i32 @llvm.ctpop.i32(i32 %5907)
	%5909 = add i32 %5875, %5908
	%5910 = add i32 %5534, %5909
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %5905, label %5911, label %5918

5911:
	%5912 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%5913 = bitcast i8 addrspace(3)* %5912 to i32 addrspace(3)*
	%5914 = getelementptr i32, i32 addrspace(3)* %5913, i32 %5910
	store i32 %5893, i32 addrspace(3)* %5914
	%5915 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%5916 = bitcast i8 addrspace(3)* %5915 to i32 addrspace(3)*
	%5917 = getelementptr i32, i32 addrspace(3)* %5916, i32 %5910
	store i32 %5894, i32 addrspace(3)* %5917
	br label %5918

5918:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%5919 = call i32 @llvm.ctpop.i32(i32 %5906)
	%5920 = add i32 %5875, %5919
	%5921 = call i32 @llvm.ctpop.i32(i32 %5897)
	%5922 = add i32 %5876, %5921
	%5923 = add i32 %5874, 32
	br label %5873

5924:
	%5925 = phi i32 [ 0, %5536 ], [ %5955, %5949 ]
	%5926 = phi i32 [ 0, %5536 ], [ %5954, %5949 ]
	%5927 = icmp slt i32 %5925, %5537
	br i1 %5927, label %5928, label %5931

5928:
	%5929 = add i32 %5925, %3
	%5930 = icmp slt i32 %5929, %5537
	br i1 %5930, label %5932, label %5939

5931:
	br label %5956

5932:
	%5933 = mul i32 %420, 160
	%5934 = add i32 %5933, %5929
	%5935 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%5936 = bitcast i8 addrspace(3)* %5935 to i32 addrspace(3)*
	%5937 = getelementptr i32, i32 addrspace(3)* %5936, i32 %5934
	%5938 = load i32, i32 addrspace(3)* %5937
	br label %5939

5939:
	%5940 = phi i32 [ 0, %5928 ], [ %5938, %5932 ]
	br i1 %5930, label %5941, label %5949

5941:
	%5942 = add i32 0, %5929
	%5943 = icmp sgt i32 %5940, %447
	%5944 = select i1 %5943, i32 %5538, i32 0
	%5945 = add i32 %5942, %5944
	%5946 = add i32 %5542, %5945
	%5947 = sext i32 %5946 to i64
	%5948 = getelementptr i32, i32* %out, i64 %5947
	store i32 %5940, i32* %5948
	br label %5949

5949:
	%5950 = icmp slt i32 %5940, %444
	%5951 = and i1 %5930, %5950
	%5952 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5951)
	%5953 = call i32 @llvm.ctpop.i32(i32 %5952)
	%5954 = add i32 %5926, %5953
	%5955 = add i32 %5925, 32
	br label %5924

5956:
	%5957 = phi i32 [ %3, %5931 ], [ %5966, %5959 ]
	%5958 = icmp slt i32 %5957, %5538
	br i1 %5958, label %5959, label %5967

5959:
	%5960 = add i32 0, %5926
	%5961 = add i32 %5960, %5957
	%5962 = add i32 %444, %5957
	%5963 = add i32 %5542, %5961
	%5964 = sext i32 %5963 to i64
	%5965 = getelementptr i32, i32* %out, i64 %5964
	store i32 %5962, i32* %5965
	%5966 = add i32 %5957, 32
	br label %5956

5967:
	%5968 = icmp eq i32 %3, 0
	%5969 = icmp eq i32 0, 1
	%5970 = and i1 %5968, %5969
	br i1 %5970, label %5971, label %5975

5971:
	%5972 = add i32 %5542, 0
	%5973 = sext i32 %5972 to i64
	%5974 = getelementptr i32, i32* %out, i64 %5973
	store i32 0, i32* %5974
	br label %5975

5975:
	%5976 = add i32 %452, %5537
	%5977 = add i32 %5976, %3
	br label %5978

5978:
	%5979 = phi i32 [ %5977, %5975 ], [ %5985, %5981 ]
	%5980 = icmp slt i32 %5979, 8
	br i1 %5980, label %5981, label %5986

5981:
	%5982 = add i32 %5542, %5979
	%5983 = sext i32 %5982 to i64
	%5984 = getelementptr i32, i32* %out, i64 %5983
	store i32 -1, i32* %5984
	%5985 = add i32 %5979, 32
	br label %5978

5986:
	br label %5530

5987:
	%5988 = icmp sgt i32 %552, %499
	br i1 %5988, label %5992, label %5995

5989:
	%5990 = add i32 %5, %504
	%5991 = icmp slt i32 %5990, %M
	br i1 %5991, label %6446, label %6448

5992:
	%5993 = mul i32 %462, 160
	%5994 = mul i32 %4, 256
	br label %6002

5995:
	%5996 = phi i32 [ %552, %5987 ], [ %499, %6340 ]
	%5997 = sub i32 %494, 0
	%5998 = mul i32 %2, %M
	%5999 = add i32 %5, %462
	%6000 = add i32 %5998, %5999
	%6001 = mul i32 %6000, 8
	br label %6383

6002:
	%6003 = phi i32 [ %3, %5992 ], [ %6019, %6007 ]
	%6004 = phi i32 [ -1, %5992 ], [ %6015, %6007 ]
	%6005 = phi i32 [ 0, %5992 ], [ %6018, %6007 ]
	%6006 = icmp slt i32 %6003, %552
	br i1 %6006, label %6007, label %6020

6007:
	%6008 = add i32 %5993, %6003
	%6009 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%6010 = bitcast i8 addrspace(3)* %6009 to i32 addrspace(3)*
	%6011 = getelementptr i32, i32 addrspace(3)* %6010, i32 %6008
	%6012 = load i32, i32 addrspace(3)* %6011
	%6013 = icmp ult i32 %6004, %6012
	%6014 = select i1 %6013, i32 %6004, i32 %6012
	%6015 = select i1 true, i32 %6014, i32 %6004
	%6016 = icmp ugt i32 %6005, %6012
	%6017 = select i1 %6016, i32 %6005, i32 %6012
	%6018 = select i1 true, i32 %6017, i32 %6005
	%6019 = add i32 %6003, 32
	br label %6002

6020:
	%6021 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6004, i32 1, i32 31)
	%6022 = icmp ult i32 %6004, %6021
	%6023 = select i1 %6022, i32 %6004, i32 %6021
	%6024 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6005, i32 1, i32 31)
	%6025 = icmp ugt i32 %6005, %6024
	%6026 = select i1 %6025, i32 %6005, i32 %6024
	%6027 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6023, i32 2, i32 31)
	%6028 = icmp ult i32 %6023, %6027
	%6029 = select i1 %6028, i32 %6023, i32 %6027
	%6030 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6026, i32 2, i32 31)
	%6031 = icmp ugt i32 %6026, %6030
	%6032 = select i1 %6031, i32 %6026, i32 %6030
	%6033 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6029, i32 4, i32 31)
	%6034 = icmp ult i32 %6029, %6033
	%6035 = select i1 %6034, i32 %6029, i32 %6033
	%6036 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6032, i32 4, i32 31)
	%6037 = icmp ugt i32 %6032, %6036
	%6038 = select i1 %6037, i32 %6032, i32 %6036
	%6039 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6035, i32 8, i32 31)
	%6040 = icmp ult i32 %6035, %6039
	%6041 = select i1 %6040, i32 %6035, i32 %6039
	%6042 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6038, i32 8, i32 31)
	%6043 = icmp ugt i32 %6038, %6042
	%6044 = select i1 %6043, i32 %6038, i32 %6042
	%6045 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6041, i32 16, i32 31)
	%6046 = icmp ult i32 %6041, %6045
	%6047 = select i1 %6046, i32 %6041, i32 %6045
	%6048 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6044, i32 16, i32 31)
	%6049 = icmp ugt i32 %6044, %6048
	%6050 = select i1 %6049, i32 %6044, i32 %6048
	%6051 = xor i32 %6047, %6050
	%6052 = call i32 @llvm.ctlz.i32(i32 %6051, i1 false)
	%6053 = sub i32 32, %6052
	%6054 = icmp eq i32 %6053, 32
	%6055 = icmp slt i32 %6053, 31
	%6056 = select i1 %6055, i32 %6053, i32 31
	%6057 = shl i32 -1, %6056
	%6058 = select i1 %6054, i32 0, i32 %6057
	%6059 = and i32 %6050, %6058
	%6060 = add i32 %6053, 7
	%6061 = udiv i32 %6060, 8
	br label %6062

6062:
	%6063 = phi i32 [ 0, %6020 ], [ %6321, %6135 ]
	%6064 = phi i32 [ %6059, %6020 ], [ %6317, %6135 ]
	%6065 = phi i32 [ %6058, %6020 ], [ %6319, %6135 ]
	%6066 = phi i32 [ %499, %6020 ], [ %6320, %6135 ]
	%6067 = icmp slt i32 %6063, %6061
	br i1 %6067, label %6068, label %6120

6068:
	%6069 = sub i32 %6061, %6063
	%6070 = sub i32 %6069, 1
	%6071 = mul i32 %6070, 8
	%6072 = mul i32 %3, 8
	%6073 = add i32 %6072, 0
	%6074 = add i32 %5994, %6073
	%6075 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6076 = bitcast i8 addrspace(3)* %6075 to i32 addrspace(3)*
	%6077 = getelementptr i32, i32 addrspace(3)* %6076, i32 %6074
	store i32 0, i32 addrspace(3)* %6077
	%6078 = mul i32 %3, 8
	%6079 = add i32 %6078, 1
	%6080 = add i32 %5994, %6079
	%6081 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6082 = bitcast i8 addrspace(3)* %6081 to i32 addrspace(3)*
	%6083 = getelementptr i32, i32 addrspace(3)* %6082, i32 %6080
	store i32 0, i32 addrspace(3)* %6083
	%6084 = mul i32 %3, 8
	%6085 = add i32 %6084, 2
	%6086 = add i32 %5994, %6085
	%6087 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6088 = bitcast i8 addrspace(3)* %6087 to i32 addrspace(3)*
	%6089 = getelementptr i32, i32 addrspace(3)* %6088, i32 %6086
	store i32 0, i32 addrspace(3)* %6089
	%6090 = mul i32 %3, 8
	%6091 = add i32 %6090, 3
	%6092 = add i32 %5994, %6091
	%6093 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6094 = bitcast i8 addrspace(3)* %6093 to i32 addrspace(3)*
	%6095 = getelementptr i32, i32 addrspace(3)* %6094, i32 %6092
	store i32 0, i32 addrspace(3)* %6095
	%6096 = mul i32 %3, 8
	%6097 = add i32 %6096, 4
	%6098 = add i32 %5994, %6097
	%6099 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6100 = bitcast i8 addrspace(3)* %6099 to i32 addrspace(3)*
	%6101 = getelementptr i32, i32 addrspace(3)* %6100, i32 %6098
	store i32 0, i32 addrspace(3)* %6101
	%6102 = mul i32 %3, 8
	%6103 = add i32 %6102, 5
	%6104 = add i32 %5994, %6103
	%6105 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6106 = bitcast i8 addrspace(3)* %6105 to i32 addrspace(3)*
	%6107 = getelementptr i32, i32 addrspace(3)* %6106, i32 %6104
	store i32 0, i32 addrspace(3)* %6107
	%6108 = mul i32 %3, 8
	%6109 = add i32 %6108, 6
	%6110 = add i32 %5994, %6109
	%6111 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6112 = bitcast i8 addrspace(3)* %6111 to i32 addrspace(3)*
	%6113 = getelementptr i32, i32 addrspace(3)* %6112, i32 %6110
	store i32 0, i32 addrspace(3)* %6113
	%6114 = mul i32 %3, 8
	%6115 = add i32 %6114, 7
	%6116 = add i32 %5994, %6115
	%6117 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6118 = bitcast i8 addrspace(3)* %6117 to i32 addrspace(3)*
	%6119 = getelementptr i32, i32 addrspace(3)* %6118, i32 %6116
	store i32 0, i32 addrspace(3)* %6119
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %6123

6120:
	%6121 = shl i32 1, %3
	%6122 = sub i32 %6121, 1
	br label %6332

6123:
	%6124 = phi i32 [ %3, %6068 ], [ %6331, %6330 ]
	%6125 = icmp slt i32 %6124, %552
	br i1 %6125, label %6126, label %6135

6126:
	%6127 = add i32 %5993, %6124
	%6128 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%6129 = bitcast i8 addrspace(3)* %6128 to i32 addrspace(3)*
	%6130 = getelementptr i32, i32 addrspace(3)* %6129, i32 %6127
	%6131 = load i32, i32 addrspace(3)* %6130
	%6132 = and i32 %6131, %6065
	%6133 = icmp eq i32 %6132, %6064
	%6134 = and i1 true, %6133
	br i1 %6134, label %6322, label %6330

6135:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%6136 = mul i32 %3, 8
	%6137 = add i32 %6136, 0
	%6138 = sub i32 255, %6137
	%6139 = add i32 %5994, %6138
	%6140 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6141 = bitcast i8 addrspace(3)* %6140 to i32 addrspace(3)*
	%6142 = getelementptr i32, i32 addrspace(3)* %6141, i32 %6139
	%6143 = load i32, i32 addrspace(3)* %6142
	%6144 = add i32 0, %6143
	%6145 = mul i32 %3, 8
	%6146 = add i32 %6145, 1
	%6147 = sub i32 255, %6146
	%6148 = add i32 %5994, %6147
	%6149 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6150 = bitcast i8 addrspace(3)* %6149 to i32 addrspace(3)*
	%6151 = getelementptr i32, i32 addrspace(3)* %6150, i32 %6148
	%6152 = load i32, i32 addrspace(3)* %6151
	%6153 = add i32 %6144, %6152
	%6154 = mul i32 %3, 8
	%6155 = add i32 %6154, 2
	%6156 = sub i32 255, %6155
	%6157 = add i32 %5994, %6156
	%6158 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6159 = bitcast i8 addrspace(3)* %6158 to i32 addrspace(3)*
	%6160 = getelementptr i32, i32 addrspace(3)* %6159, i32 %6157
	%6161 = load i32, i32 addrspace(3)* %6160
	%6162 = add i32 %6153, %6161
	%6163 = mul i32 %3, 8
	%6164 = add i32 %6163, 3
	%6165 = sub i32 255, %6164
	%6166 = add i32 %5994, %6165
	%6167 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6168 = bitcast i8 addrspace(3)* %6167 to i32 addrspace(3)*
	%6169 = getelementptr i32, i32 addrspace(3)* %6168, i32 %6166
	%6170 = load i32, i32 addrspace(3)* %6169
	%6171 = add i32 %6162, %6170
	%6172 = mul i32 %3, 8
	%6173 = add i32 %6172, 4
	%6174 = sub i32 255, %6173
	%6175 = add i32 %5994, %6174
	%6176 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6177 = bitcast i8 addrspace(3)* %6176 to i32 addrspace(3)*
	%6178 = getelementptr i32, i32 addrspace(3)* %6177, i32 %6175
	%6179 = load i32, i32 addrspace(3)* %6178
	%6180 = add i32 %6171, %6179
	%6181 = mul i32 %3, 8
	%6182 = add i32 %6181, 5
	%6183 = sub i32 255, %6182
	%6184 = add i32 %5994, %6183
	%6185 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6186 = bitcast i8 addrspace(3)* %6185 to i32 addrspace(3)*
	%6187 = getelementptr i32, i32 addrspace(3)* %6186, i32 %6184
	%6188 = load i32, i32 addrspace(3)* %6187
	%6189 = add i32 %6180, %6188
	%6190 = mul i32 %3, 8
	%6191 = add i32 %6190, 6
	%6192 = sub i32 255, %6191
	%6193 = add i32 %5994, %6192
	%6194 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6195 = bitcast i8 addrspace(3)* %6194 to i32 addrspace(3)*
	%6196 = getelementptr i32, i32 addrspace(3)* %6195, i32 %6193
	%6197 = load i32, i32 addrspace(3)* %6196
	%6198 = add i32 %6189, %6197
	%6199 = mul i32 %3, 8
	%6200 = add i32 %6199, 7
	%6201 = sub i32 255, %6200
	%6202 = add i32 %5994, %6201
	%6203 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6204 = bitcast i8 addrspace(3)* %6203 to i32 addrspace(3)*
	%6205 = getelementptr i32, i32 addrspace(3)* %6204, i32 %6202
	%6206 = load i32, i32 addrspace(3)* %6205
	%6207 = add i32 %6198, %6206
	%6208 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6207, i32 1, i32 0)
	%6209 = icmp uge i32 %3, 1
	%6210 = select i1 %6209, i32 %6208, i32 0
	%6211 = add i32 %6207, %6210
	%6212 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6211, i32 2, i32 0)
	%6213 = icmp uge i32 %3, 2
	%6214 = select i1 %6213, i32 %6212, i32 0
	%6215 = add i32 %6211, %6214
	%6216 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6215, i32 4, i32 0)
	%6217 = icmp uge i32 %3, 4
	%6218 = select i1 %6217, i32 %6216, i32 0
	%6219 = add i32 %6215, %6218
	%6220 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6219, i32 8, i32 0)
	%6221 = icmp uge i32 %3, 8
	%6222 = select i1 %6221, i32 %6220, i32 0
	%6223 = add i32 %6219, %6222
	%6224 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6223, i32 16, i32 0)
	%6225 = icmp uge i32 %3, 16
	%6226 = select i1 %6225, i32 %6224, i32 0
	%6227 = add i32 %6223, %6226
	%6228 = sub i32 %6227, %6207
	%6229 = icmp slt i32 %6228, %6066
	%6230 = icmp sge i32 %6227, %6066
	%6231 = and i1 %6229, %6230
	%6232 = add i32 %6228, %6143
	%6233 = xor i1 false, true
	%6234 = icmp sge i32 %6232, %6066
	%6235 = and i1 %6233, %6234
	%6236 = mul i32 %3, 8
	%6237 = add i32 %6236, 0
	%6238 = sub i32 255, %6237
	%6239 = select i1 %6235, i32 %6238, i32 0
	%6240 = select i1 %6235, i32 %6228, i32 0
	%6241 = or i1 false, %6235
	%6242 = add i32 %6232, %6152
	%6243 = xor i1 %6241, true
	%6244 = icmp sge i32 %6242, %6066
	%6245 = and i1 %6243, %6244
	%6246 = mul i32 %3, 8
	%6247 = add i32 %6246, 1
	%6248 = sub i32 255, %6247
	%6249 = select i1 %6245, i32 %6248, i32 %6239
	%6250 = select i1 %6245, i32 %6232, i32 %6240
	%6251 = or i1 %6241, %6245
	%6252 = add i32 %6242, %6161
	%6253 = xor i1 %6251, true
	%6254 = icmp sge i32 %6252, %6066
	%6255 = and i1 %6253, %6254
	%6256 = mul i32 %3, 8
	%6257 = add i32 %6256, 2
	%6258 = sub i32 255, %6257
	%6259 = select i1 %6255, i32 %6258, i32 %6249
	%6260 = select i1 %6255, i32 %6242, i32 %6250
	%6261 = or i1 %6251, %6255
	%6262 = add i32 %6252, %6170
	%6263 = xor i1 %6261, true
	%6264 = icmp sge i32 %6262, %6066
	%6265 = and i1 %6263, %6264
	%6266 = mul i32 %3, 8
	%6267 = add i32 %6266, 3
	%6268 = sub i32 255, %6267
	%6269 = select i1 %6265, i32 %6268, i32 %6259
	%6270 = select i1 %6265, i32 %6252, i32 %6260
	%6271 = or i1 %6261, %6265
	%6272 = add i32 %6262, %6179
	%6273 = xor i1 %6271, true
	%6274 = icmp sge i32 %6272, %6066
	%6275 = and i1 %6273, %6274
	%6276 = mul i32 %3, 8
	%6277 = add i32 %6276, 4
	%6278 = sub i32 255, %6277
	%6279 = select i1 %6275, i32 %6278, i32 %6269
	%6280 = select i1 %6275, i32 %6262, i32 %6270
	%6281 = or i1 %6271, %6275
	%6282 = add i32 %6272, %6188
	%6283 = xor i1 %6281, true
	%6284 = icmp sge i32 %6282, %6066
	%6285 = and i1 %6283, %6284
	%6286 = mul i32 %3, 8
	%6287 = add i32 %6286, 5
	%6288 = sub i32 255, %6287
	%6289 = select i1 %6285, i32 %6288, i32 %6279
	%6290 = select i1 %6285, i32 %6272, i32 %6280
	%6291 = or i1 %6281, %6285
	%6292 = add i32 %6282, %6197
	%6293 = xor i1 %6291, true
	%6294 = icmp sge i32 %6292, %6066
	%6295 = and i1 %6293, %6294
	%6296 = mul i32 %3, 8
	%6297 = add i32 %6296, 6
	%6298 = sub i32 255, %6297
	%6299 = select i1 %6295, i32 %6298, i32 %6289
	%6300 = select i1 %6295, i32 %6282, i32 %6290
	%6301 = or i1 %6291, %6295
	%6302 = add i32 %6292, %6206
	%6303 = xor i1 %6301, true
	%6304 = icmp sge i32 %6302, %6066
	%6305 = and i1 %6303, %6304
	%6306 = mul i32 %3, 8
	%6307 = add i32 %6306, 7
	%6308 = sub i32 255, %6307
	%6309 = select i1 %6305, i32 %6308, i32 %6299
	%6310 = select i1 %6305, i32 %6292, i32 %6300
	%6311 = or i1 %6301, %6305
	%6312 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6231)
	%6313 = call i32 @llvm.cttz.i32(i32 %6312, i1 false)
	%6314 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %6309, i32 %6313, i32 31)
	%6315 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %6310, i32 %6313, i32 31)
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%6316 = shl i32 %6314, %6071
	%6317 = or i32 %6064, %6316
	%6318 = shl i32 255, %6071
	%6319 = or i32 %6065, %6318
	%6320 = sub i32 %6066, %6315
	%6321 = add i32 %6063, 1
	br label %6062

6322:
	%6323 = lshr i32 %6131, %6071
	%6324 = and i32 %6323, 255
	%6325 = add i32 %5994, %6324
	%6326 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6327 = bitcast i8 addrspace(3)* %6326 to i32 addrspace(3)*
	%6328 = getelementptr i32, i32 addrspace(3)* %6327, i32 %6325
	%6329 = atomicrmw add i32 addrspace(3)* %6328, i32 1 monotonic
	br label %6330

6330:
	%6331 = add i32 %6124, 32
	br label %6123

6332:
	%6333 = phi i32 [ 0, %6120 ], [ %6382, %6377 ]
	%6334 = phi i32 [ 0, %6120 ], [ %6379, %6377 ]
	%6335 = phi i32 [ 0, %6120 ], [ %6381, %6377 ]
	%6336 = icmp slt i32 %6333, %552
	br i1 %6336, label %6337, label %6340

6337:
	%6338 = add i32 %6333, %3
	%6339 = icmp slt i32 %6338, %552
	br i1 %6339, label %6341, label %6351

6340:
	br label %5995

6341:
	%6342 = add i32 %5993, %6338
	%6343 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%6344 = bitcast i8 addrspace(3)* %6343 to i32 addrspace(3)*
	%6345 = getelementptr i32, i32 addrspace(3)* %6344, i32 %6342
	%6346 = load i32, i32 addrspace(3)* %6345
	%6347 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%6348 = bitcast i8 addrspace(3)* %6347 to i32 addrspace(3)*
	%6349 = getelementptr i32, i32 addrspace(3)* %6348, i32 %6342
	%6350 = load i32, i32 addrspace(3)* %6349
	br label %6351

6351:
	%6352 = phi i32 [ 0, %6337 ], [ %6346, %6341 ]
	%6353 = phi i32 [ 0, %6337 ], [ %6350, %6341 ]
	%6354 = icmp eq i32 %6352, %6064
	%6355 = and i1 %6339, %6354
	%6356 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6355)
	%6357 = and i32 %6356, %6122
	%6358 = call i32 @llvm.ctpop.i32(i32 %6357)
	%6359 = add i32 %6335, %6358
	%6360 = icmp ugt i32 %6352, %6064
	%6361 = icmp slt i32 %6359, %6066
	%6362 = and i1 %6355, %6361
	%6363 = or i1 %6360, %6362
	%6364 = and i1 %6339, %6363
	%6365 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6364)
	%6366 = and i32 %6365, %6122
	%6367 = call i32 @llvm.ctpop.i32(i32 %6366)
	%6368 = add i32 %6334, %6367
	%6369 = add i32 %5993, %6368
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %6364, label %6370, label %6377

6370:
	%6371 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%6372 = bitcast i8 addrspace(3)* %6371 to i32 addrspace(3)*
	%6373 = getelementptr i32, i32 addrspace(3)* %6372, i32 %6369
	store i32 %6352, i32 addrspace(3)* %6373
	%6374 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%6375 = bitcast i8 addrspace(3)* %6374 to i32 addrspace(3)*
	%6376 = getelementptr i32, i32 addrspace(3)* %6375, i32 %6369
	store i32 %6353, i32 addrspace(3)* %6376
	br label %6377

6377:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%6378 = call i32 @llvm.ctpop.i32(i32 %6365)
	%6379 = add i32 %6334, %6378
	%6380 = call i32 @llvm.ctpop.i32(i32 %6356)
	%6381 = add i32 %6335, %6380
	%6382 = add i32 %6333, 32
	br label %6332

6383:
	%6384 = phi i32 [ 0, %5995 ], [ %6414, %6408 ]
	%6385 = phi i32 [ 0, %5995 ], [ %6413, %6408 ]
	%6386 = icmp slt i32 %6384, %5996
	br i1 %6386, label %6387, label %6390

6387:
	%6388 = add i32 %6384, %3
	%6389 = icmp slt i32 %6388, %5996
	br i1 %6389, label %6391, label %6398

6390:
	br label %6415

6391:
	%6392 = mul i32 %462, 160
	%6393 = add i32 %6392, %6388
	%6394 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%6395 = bitcast i8 addrspace(3)* %6394 to i32 addrspace(3)*
	%6396 = getelementptr i32, i32 addrspace(3)* %6395, i32 %6393
	%6397 = load i32, i32 addrspace(3)* %6396
	br label %6398

6398:
	%6399 = phi i32 [ 0, %6387 ], [ %6397, %6391 ]
	br i1 %6389, label %6400, label %6408

6400:
	%6401 = add i32 0, %6388
	%6402 = icmp sgt i32 %6399, %489
	%6403 = select i1 %6402, i32 %5997, i32 0
	%6404 = add i32 %6401, %6403
	%6405 = add i32 %6001, %6404
	%6406 = sext i32 %6405 to i64
	%6407 = getelementptr i32, i32* %out, i64 %6406
	store i32 %6399, i32* %6407
	br label %6408

6408:
	%6409 = icmp slt i32 %6399, %486
	%6410 = and i1 %6389, %6409
	%6411 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6410)
	%6412 = call i32 @llvm.ctpop.i32(i32 %6411)
	%6413 = add i32 %6385, %6412
	%6414 = add i32 %6384, 32
	br label %6383

6415:
	%6416 = phi i32 [ %3, %6390 ], [ %6425, %6418 ]
	%6417 = icmp slt i32 %6416, %5997
	br i1 %6417, label %6418, label %6426

6418:
	%6419 = add i32 0, %6385
	%6420 = add i32 %6419, %6416
	%6421 = add i32 %486, %6416
	%6422 = add i32 %6001, %6420
	%6423 = sext i32 %6422 to i64
	%6424 = getelementptr i32, i32* %out, i64 %6423
	store i32 %6421, i32* %6424
	%6425 = add i32 %6416, 32
	br label %6415

6426:
	%6427 = icmp eq i32 %3, 0
	%6428 = icmp eq i32 0, 1
	%6429 = and i1 %6427, %6428
	br i1 %6429, label %6430, label %6434

6430:
	%6431 = add i32 %6001, 0
	%6432 = sext i32 %6431 to i64
	%6433 = getelementptr i32, i32* %out, i64 %6432
	store i32 0, i32* %6433
	br label %6434

6434:
	%6435 = add i32 %494, %5996
	%6436 = add i32 %6435, %3
	br label %6437

6437:
	%6438 = phi i32 [ %6436, %6434 ], [ %6444, %6440 ]
	%6439 = icmp slt i32 %6438, 8
	br i1 %6439, label %6440, label %6445

6440:
	%6441 = add i32 %6001, %6438
	%6442 = sext i32 %6441 to i64
	%6443 = getelementptr i32, i32* %out, i64 %6442
	store i32 -1, i32* %6443
	%6444 = add i32 %6438, 32
	br label %6437

6445:
	br label %5989

6446:
	%6447 = icmp sgt i32 %554, %541
	br i1 %6447, label %6449, label %6452

6448:
	ret void

6449:
	%6450 = mul i32 %504, 160
	%6451 = mul i32 %4, 256
	br label %6459

6452:
	%6453 = phi i32 [ %554, %6446 ], [ %541, %6797 ]
	%6454 = sub i32 %536, 0
	%6455 = mul i32 %2, %M
	%6456 = add i32 %5, %504
	%6457 = add i32 %6455, %6456
	%6458 = mul i32 %6457, 8
	br label %6840

6459:
	%6460 = phi i32 [ %3, %6449 ], [ %6476, %6464 ]
	%6461 = phi i32 [ -1, %6449 ], [ %6472, %6464 ]
	%6462 = phi i32 [ 0, %6449 ], [ %6475, %6464 ]
	%6463 = icmp slt i32 %6460, %554
	br i1 %6463, label %6464, label %6477

6464:
	%6465 = add i32 %6450, %6460
	%6466 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%6467 = bitcast i8 addrspace(3)* %6466 to i32 addrspace(3)*
	%6468 = getelementptr i32, i32 addrspace(3)* %6467, i32 %6465
	%6469 = load i32, i32 addrspace(3)* %6468
	%6470 = icmp ult i32 %6461, %6469
	%6471 = select i1 %6470, i32 %6461, i32 %6469
	%6472 = select i1 true, i32 %6471, i32 %6461
	%6473 = icmp ugt i32 %6462, %6469
	%6474 = select i1 %6473, i32 %6462, i32 %6469
	%6475 = select i1 true, i32 %6474, i32 %6462
	%6476 = add i32 %6460, 32
	br label %6459

6477:
	%6478 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6461, i32 1, i32 31)
	%6479 = icmp ult i32 %6461, %6478
	%6480 = select i1 %6479, i32 %6461, i32 %6478
	%6481 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6462, i32 1, i32 31)
	%6482 = icmp ugt i32 %6462, %6481
	%6483 = select i1 %6482, i32 %6462, i32 %6481
	%6484 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6480, i32 2, i32 31)
	%6485 = icmp ult i32 %6480, %6484
	%6486 = select i1 %6485, i32 %6480, i32 %6484
	%6487 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6483, i32 2, i32 31)
	%6488 = icmp ugt i32 %6483, %6487
	%6489 = select i1 %6488, i32 %6483, i32 %6487
	%6490 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6486, i32 4, i32 31)
	%6491 = icmp ult i32 %6486, %6490
	%6492 = select i1 %6491, i32 %6486, i32 %6490
	%6493 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6489, i32 4, i32 31)
	%6494 = icmp ugt i32 %6489, %6493
	%6495 = select i1 %6494, i32 %6489, i32 %6493
	%6496 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6492, i32 8, i32 31)
	%6497 = icmp ult i32 %6492, %6496
	%6498 = select i1 %6497, i32 %6492, i32 %6496
	%6499 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6495, i32 8, i32 31)
	%6500 = icmp ugt i32 %6495, %6499
	%6501 = select i1 %6500, i32 %6495, i32 %6499
	%6502 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6498, i32 16, i32 31)
	%6503 = icmp ult i32 %6498, %6502
	%6504 = select i1 %6503, i32 %6498, i32 %6502
	%6505 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6501, i32 16, i32 31)
	%6506 = icmp ugt i32 %6501, %6505
	%6507 = select i1 %6506, i32 %6501, i32 %6505
	%6508 = xor i32 %6504, %6507
	%6509 = call i32 @llvm.ctlz.i32(i32 %6508, i1 false)
	%6510 = sub i32 32, %6509
	%6511 = icmp eq i32 %6510, 32
	%6512 = icmp slt i32 %6510, 31
	%6513 = select i1 %6512, i32 %6510, i32 31
	%6514 = shl i32 -1, %6513
	%6515 = select i1 %6511, i32 0, i32 %6514
	%6516 = and i32 %6507, %6515
	%6517 = add i32 %6510, 7
	%6518 = udiv i32 %6517, 8
	br label %6519

6519:
	%6520 = phi i32 [ 0, %6477 ], [ %6778, %6592 ]
	%6521 = phi i32 [ %6516, %6477 ], [ %6774, %6592 ]
	%6522 = phi i32 [ %6515, %6477 ], [ %6776, %6592 ]
	%6523 = phi i32 [ %541, %6477 ], [ %6777, %6592 ]
	%6524 = icmp slt i32 %6520, %6518
	br i1 %6524, label %6525, label %6577

6525:
	%6526 = sub i32 %6518, %6520
	%6527 = sub i32 %6526, 1
	%6528 = mul i32 %6527, 8
	%6529 = mul i32 %3, 8
	%6530 = add i32 %6529, 0
	%6531 = add i32 %6451, %6530
	%6532 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6533 = bitcast i8 addrspace(3)* %6532 to i32 addrspace(3)*
	%6534 = getelementptr i32, i32 addrspace(3)* %6533, i32 %6531
	store i32 0, i32 addrspace(3)* %6534
	%6535 = mul i32 %3, 8
	%6536 = add i32 %6535, 1
	%6537 = add i32 %6451, %6536
	%6538 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6539 = bitcast i8 addrspace(3)* %6538 to i32 addrspace(3)*
	%6540 = getelementptr i32, i32 addrspace(3)* %6539, i32 %6537
	store i32 0, i32 addrspace(3)* %6540
	%6541 = mul i32 %3, 8
	%6542 = add i32 %6541, 2
	%6543 = add i32 %6451, %6542
	%6544 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6545 = bitcast i8 addrspace(3)* %6544 to i32 addrspace(3)*
	%6546 = getelementptr i32, i32 addrspace(3)* %6545, i32 %6543
	store i32 0, i32 addrspace(3)* %6546
	%6547 = mul i32 %3, 8
	%6548 = add i32 %6547, 3
	%6549 = add i32 %6451, %6548
	%6550 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6551 = bitcast i8 addrspace(3)* %6550 to i32 addrspace(3)*
	%6552 = getelementptr i32, i32 addrspace(3)* %6551, i32 %6549
	store i32 0, i32 addrspace(3)* %6552
	%6553 = mul i32 %3, 8
	%6554 = add i32 %6553, 4
	%6555 = add i32 %6451, %6554
	%6556 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6557 = bitcast i8 addrspace(3)* %6556 to i32 addrspace(3)*
	%6558 = getelementptr i32, i32 addrspace(3)* %6557, i32 %6555
	store i32 0, i32 addrspace(3)* %6558
	%6559 = mul i32 %3, 8
	%6560 = add i32 %6559, 5
	%6561 = add i32 %6451, %6560
	%6562 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6563 = bitcast i8 addrspace(3)* %6562 to i32 addrspace(3)*
	%6564 = getelementptr i32, i32 addrspace(3)* %6563, i32 %6561
	store i32 0, i32 addrspace(3)* %6564
	%6565 = mul i32 %3, 8
	%6566 = add i32 %6565, 6
	%6567 = add i32 %6451, %6566
	%6568 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6569 = bitcast i8 addrspace(3)* %6568 to i32 addrspace(3)*
	%6570 = getelementptr i32, i32 addrspace(3)* %6569, i32 %6567
	store i32 0, i32 addrspace(3)* %6570
	%6571 = mul i32 %3, 8
	%6572 = add i32 %6571, 7
	%6573 = add i32 %6451, %6572
	%6574 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6575 = bitcast i8 addrspace(3)* %6574 to i32 addrspace(3)*
	%6576 = getelementptr i32, i32 addrspace(3)* %6575, i32 %6573
	store i32 0, i32 addrspace(3)* %6576
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %6580

6577:
	%6578 = shl i32 1, %3
	%6579 = sub i32 %6578, 1
	br label %6789

6580:
	%6581 = phi i32 [ %3, %6525 ], [ %6788, %6787 ]
	%6582 = icmp slt i32 %6581, %554
	br i1 %6582, label %6583, label %6592

6583:
	%6584 = add i32 %6450, %6581
	%6585 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%6586 = bitcast i8 addrspace(3)* %6585 to i32 addrspace(3)*
	%6587 = getelementptr i32, i32 addrspace(3)* %6586, i32 %6584
	%6588 = load i32, i32 addrspace(3)* %6587
	%6589 = and i32 %6588, %6522
	%6590 = icmp eq i32 %6589, %6521
	%6591 = and i1 true, %6590
	br i1 %6591, label %6779, label %6787

6592:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%6593 = mul i32 %3, 8
	%6594 = add i32 %6593, 0
	%6595 = sub i32 255, %6594
	%6596 = add i32 %6451, %6595
	%6597 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6598 = bitcast i8 addrspace(3)* %6597 to i32 addrspace(3)*
	%6599 = getelementptr i32, i32 addrspace(3)* %6598, i32 %6596
	%6600 = load i32, i32 addrspace(3)* %6599
	%6601 = add i32 0, %6600
	%6602 = mul i32 %3, 8
	%6603 = add i32 %6602, 1
	%6604 = sub i32 255, %6603
	%6605 = add i32 %6451, %6604
	%6606 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6607 = bitcast i8 addrspace(3)* %6606 to i32 addrspace(3)*
	%6608 = getelementptr i32, i32 addrspace(3)* %6607, i32 %6605
	%6609 = load i32, i32 addrspace(3)* %6608
	%6610 = add i32 %6601, %6609
	%6611 = mul i32 %3, 8
	%6612 = add i32 %6611, 2
	%6613 = sub i32 255, %6612
	%6614 = add i32 %6451, %6613
	%6615 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6616 = bitcast i8 addrspace(3)* %6615 to i32 addrspace(3)*
	%6617 = getelementptr i32, i32 addrspace(3)* %6616, i32 %6614
	%6618 = load i32, i32 addrspace(3)* %6617
	%6619 = add i32 %6610, %6618
	%6620 = mul i32 %3, 8
	%6621 = add i32 %6620, 3
	%6622 = sub i32 255, %6621
	%6623 = add i32 %6451, %6622
	%6624 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6625 = bitcast i8 addrspace(3)* %6624 to i32 addrspace(3)*
	%6626 = getelementptr i32, i32 addrspace(3)* %6625, i32 %6623
	%6627 = load i32, i32 addrspace(3)* %6626
	%6628 = add i32 %6619, %6627
	%6629 = mul i32 %3, 8
	%6630 = add i32 %6629, 4
	%6631 = sub i32 255, %6630
	%6632 = add i32 %6451, %6631
	%6633 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6634 = bitcast i8 addrspace(3)* %6633 to i32 addrspace(3)*
	%6635 = getelementptr i32, i32 addrspace(3)* %6634, i32 %6632
	%6636 = load i32, i32 addrspace(3)* %6635
	%6637 = add i32 %6628, %6636
	%6638 = mul i32 %3, 8
	%6639 = add i32 %6638, 5
	%6640 = sub i32 255, %6639
	%6641 = add i32 %6451, %6640
	%6642 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6643 = bitcast i8 addrspace(3)* %6642 to i32 addrspace(3)*
	%6644 = getelementptr i32, i32 addrspace(3)* %6643, i32 %6641
	%6645 = load i32, i32 addrspace(3)* %6644
	%6646 = add i32 %6637, %6645
	%6647 = mul i32 %3, 8
	%6648 = add i32 %6647, 6
	%6649 = sub i32 255, %6648
	%6650 = add i32 %6451, %6649
	%6651 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6652 = bitcast i8 addrspace(3)* %6651 to i32 addrspace(3)*
	%6653 = getelementptr i32, i32 addrspace(3)* %6652, i32 %6650
	%6654 = load i32, i32 addrspace(3)* %6653
	%6655 = add i32 %6646, %6654
	%6656 = mul i32 %3, 8
	%6657 = add i32 %6656, 7
	%6658 = sub i32 255, %6657
	%6659 = add i32 %6451, %6658
	%6660 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6661 = bitcast i8 addrspace(3)* %6660 to i32 addrspace(3)*
	%6662 = getelementptr i32, i32 addrspace(3)* %6661, i32 %6659
	%6663 = load i32, i32 addrspace(3)* %6662
	%6664 = add i32 %6655, %6663
	%6665 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6664, i32 1, i32 0)
	%6666 = icmp uge i32 %3, 1
	%6667 = select i1 %6666, i32 %6665, i32 0
	%6668 = add i32 %6664, %6667
	%6669 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6668, i32 2, i32 0)
	%6670 = icmp uge i32 %3, 2
	%6671 = select i1 %6670, i32 %6669, i32 0
	%6672 = add i32 %6668, %6671
	%6673 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6672, i32 4, i32 0)
	%6674 = icmp uge i32 %3, 4
	%6675 = select i1 %6674, i32 %6673, i32 0
	%6676 = add i32 %6672, %6675
	%6677 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6676, i32 8, i32 0)
	%6678 = icmp uge i32 %3, 8
	%6679 = select i1 %6678, i32 %6677, i32 0
	%6680 = add i32 %6676, %6679
	%6681 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6680, i32 16, i32 0)
	%6682 = icmp uge i32 %3, 16
	%6683 = select i1 %6682, i32 %6681, i32 0
	%6684 = add i32 %6680, %6683
	%6685 = sub i32 %6684, %6664
	%6686 = icmp slt i32 %6685, %6523
	%6687 = icmp sge i32 %6684, %6523
	%6688 = and i1 %6686, %6687
	%6689 = add i32 %6685, %6600
	%6690 = xor i1 false, true
	%6691 = icmp sge i32 %6689, %6523
	%6692 = and i1 %6690, %6691
	%6693 = mul i32 %3, 8
	%6694 = add i32 %6693, 0
	%6695 = sub i32 255, %6694
	%6696 = select i1 %6692, i32 %6695, i32 0
	%6697 = select i1 %6692, i32 %6685, i32 0
	%6698 = or i1 false, %6692
	%6699 = add i32 %6689, %6609
	%6700 = xor i1 %6698, true
	%6701 = icmp sge i32 %6699, %6523
	%6702 = and i1 %6700, %6701
	%6703 = mul i32 %3, 8
	%6704 = add i32 %6703, 1
	%6705 = sub i32 255, %6704
	%6706 = select i1 %6702, i32 %6705, i32 %6696
	%6707 = select i1 %6702, i32 %6689, i32 %6697
	%6708 = or i1 %6698, %6702
	%6709 = add i32 %6699, %6618
	%6710 = xor i1 %6708, true
	%6711 = icmp sge i32 %6709, %6523
	%6712 = and i1 %6710, %6711
	%6713 = mul i32 %3, 8
	%6714 = add i32 %6713, 2
	%6715 = sub i32 255, %6714
	%6716 = select i1 %6712, i32 %6715, i32 %6706
	%6717 = select i1 %6712, i32 %6699, i32 %6707
	%6718 = or i1 %6708, %6712
	%6719 = add i32 %6709, %6627
	%6720 = xor i1 %6718, true
	%6721 = icmp sge i32 %6719, %6523
	%6722 = and i1 %6720, %6721
	%6723 = mul i32 %3, 8
	%6724 = add i32 %6723, 3
	%6725 = sub i32 255, %6724
	%6726 = select i1 %6722, i32 %6725, i32 %6716
	%6727 = select i1 %6722, i32 %6709, i32 %6717
	%6728 = or i1 %6718, %6722
	%6729 = add i32 %6719, %6636
	%6730 = xor i1 %6728, true
	%6731 = icmp sge i32 %6729, %6523
	%6732 = and i1 %6730, %6731
	%6733 = mul i32 %3, 8
	%6734 = add i32 %6733, 4
	%6735 = sub i32 255, %6734
	%6736 = select i1 %6732, i32 %6735, i32 %6726
	%6737 = select i1 %6732, i32 %6719, i32 %6727
	%6738 = or i1 %6728, %6732
	%6739 = add i32 %6729, %6645
	%6740 = xor i1 %6738, true
	%6741 = icmp sge i32 %6739, %6523
	%6742 = and i1 %6740, %6741
	%6743 = mul i32 %3, 8
	%6744 = add i32 %6743, 5
	%6745 = sub i32 255, %6744
	%6746 = select i1 %6742, i32 %6745, i32 %6736
	%6747 = select i1 %6742, i32 %6729, i32 %6737
	%6748 = or i1 %6738, %6742
	%6749 = add i32 %6739, %6654
	%6750 = xor i1 %6748, true
	%6751 = icmp sge i32 %6749, %6523
	%6752 = and i1 %6750, %6751
	%6753 = mul i32 %3, 8
	%6754 = add i32 %6753, 6
	%6755 = sub i32 255, %6754
	%6756 = select i1 %6752, i32 %6755, i32 %6746
	%6757 = select i1 %6752, i32 %6739, i32 %6747
	%6758 = or i1 %6748, %6752
	%6759 = add i32 %6749, %6663
	%6760 = xor i1 %6758, true
	%6761 = icmp sge i32 %6759, %6523
	%6762 = and i1 %6760, %6761
	%6763 = mul i32 %3, 8
	%6764 = add i32 %6763, 7
	%6765 = sub i32 255, %6764
	%6766 = select i1 %6762, i32 %6765, i32 %6756
	%6767 = select i1 %6762, i32 %6749, i32 %6757
	%6768 = or i1 %6758, %6762
	%6769 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6688)
	%6770 = call i32 @llvm.cttz.i32(i32 %6769, i1 false)
	%6771 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %6766, i32 %6770, i32 31)
	%6772 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %6767, i32 %6770, i32 31)
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%6773 = shl i32 %6771, %6528
	%6774 = or i32 %6521, %6773
	%6775 = shl i32 255, %6528
	%6776 = or i32 %6522, %6775
	%6777 = sub i32 %6523, %6772
	%6778 = add i32 %6520, 1
	br label %6519

6779:
	%6780 = lshr i32 %6588, %6528
	%6781 = and i32 %6780, 255
	%6782 = add i32 %6451, %6781
	%6783 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6784 = bitcast i8 addrspace(3)* %6783 to i32 addrspace(3)*
	%6785 = getelementptr i32, i32 addrspace(3)* %6784, i32 %6782
	%6786 = atomicrmw add i32 addrspace(3)* %6785, i32 1 monotonic
	br label %6787

6787:
	%6788 = add i32 %6581, 32
	br label %6580

6789:
	%6790 = phi i32 [ 0, %6577 ], [ %6839, %6834 ]
	%6791 = phi i32 [ 0, %6577 ], [ %6836, %6834 ]
	%6792 = phi i32 [ 0, %6577 ], [ %6838, %6834 ]
	%6793 = icmp slt i32 %6790, %554
	br i1 %6793, label %6794, label %6797

6794:
	%6795 = add i32 %6790, %3
	%6796 = icmp slt i32 %6795, %554
	br i1 %6796, label %6798, label %6808

6797:
	br label %6452

6798:
	%6799 = add i32 %6450, %6795
	%6800 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%6801 = bitcast i8 addrspace(3)* %6800 to i32 addrspace(3)*
	%6802 = getelementptr i32, i32 addrspace(3)* %6801, i32 %6799
	%6803 = load i32, i32 addrspace(3)* %6802
	%6804 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%6805 = bitcast i8 addrspace(3)* %6804 to i32 addrspace(3)*
	%6806 = getelementptr i32, i32 addrspace(3)* %6805, i32 %6799
	%6807 = load i32, i32 addrspace(3)* %6806
	br label %6808

6808:
	%6809 = phi i32 [ 0, %6794 ], [ %6803, %6798 ]
	%6810 = phi i32 [ 0, %6794 ], [ %6807, %6798 ]
	%6811 = icmp eq i32 %6809, %6521
	%6812 = and i1 %6796, %6811
	%6813 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6812)
	%6814 = and i32 %6813, %6579
	%6815 = call i32 @llvm.ctpop.i32(i32 %6814)
	%6816 = add i32 %6792, %6815
	%6817 = icmp ugt i32 %6809, %6521
	%6818 = icmp slt i32 %6816, %6523
	%6819 = and i1 %6812, %6818
	%6820 = or i1 %6817, %6819
	%6821 = and i1 %6796, %6820
	%6822 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6821)
	%6823 = and i32 %6822, %6579
	%6824 = call i32 @llvm.ctpop.i32(i32 %6823)
	%6825 = add i32 %6791, %6824
	%6826 = add i32 %6450, %6825
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %6821, label %6827, label %6834

6827:
	%6828 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%6829 = bitcast i8 addrspace(3)* %6828 to i32 addrspace(3)*
	%6830 = getelementptr i32, i32 addrspace(3)* %6829, i32 %6826
	store i32 %6809, i32 addrspace(3)* %6830
	%6831 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%6832 = bitcast i8 addrspace(3)* %6831 to i32 addrspace(3)*
	%6833 = getelementptr i32, i32 addrspace(3)* %6832, i32 %6826
	store i32 %6810, i32 addrspace(3)* %6833
	br label %6834

6834:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%6835 = call i32 @llvm.ctpop.i32(i32 %6822)
	%6836 = add i32 %6791, %6835
	%6837 = call i32 @llvm.ctpop.i32(i32 %6813)
	%6838 = add i32 %6792, %6837
	%6839 = add i32 %6790, 32
	br label %6789

6840:
	%6841 = phi i32 [ 0, %6452 ], [ %6871, %6865 ]
	%6842 = phi i32 [ 0, %6452 ], [ %6870, %6865 ]
	%6843 = icmp slt i32 %6841, %6453
	br i1 %6843, label %6844, label %6847

6844:
	%6845 = add i32 %6841, %3
	%6846 = icmp slt i32 %6845, %6453
	br i1 %6846, label %6848, label %6855

6847:
	br label %6872

6848:
	%6849 = mul i32 %504, 160
	%6850 = add i32 %6849, %6845
	%6851 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%6852 = bitcast i8 addrspace(3)* %6851 to i32 addrspace(3)*
	%6853 = getelementptr i32, i32 addrspace(3)* %6852, i32 %6850
	%6854 = load i32, i32 addrspace(3)* %6853
	br label %6855

6855:
	%6856 = phi i32 [ 0, %6844 ], [ %6854, %6848 ]
	br i1 %6846, label %6857, label %6865

6857:
	%6858 = add i32 0, %6845
	%6859 = icmp sgt i32 %6856, %531
	%6860 = select i1 %6859, i32 %6454, i32 0
	%6861 = add i32 %6858, %6860
	%6862 = add i32 %6458, %6861
	%6863 = sext i32 %6862 to i64
	%6864 = getelementptr i32, i32* %out, i64 %6863
	store i32 %6856, i32* %6864
	br label %6865

6865:
	%6866 = icmp slt i32 %6856, %528
	%6867 = and i1 %6846, %6866
	%6868 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6867)
	%6869 = call i32 @llvm.ctpop.i32(i32 %6868)
	%6870 = add i32 %6842, %6869
	%6871 = add i32 %6841, 32
	br label %6840

6872:
	%6873 = phi i32 [ %3, %6847 ], [ %6882, %6875 ]
	%6874 = icmp slt i32 %6873, %6454
	br i1 %6874, label %6875, label %6883

6875:
	%6876 = add i32 0, %6842
	%6877 = add i32 %6876, %6873
	%6878 = add i32 %528, %6873
	%6879 = add i32 %6458, %6877
	%6880 = sext i32 %6879 to i64
	%6881 = getelementptr i32, i32* %out, i64 %6880
	store i32 %6878, i32* %6881
	%6882 = add i32 %6873, 32
	br label %6872

6883:
	%6884 = icmp eq i32 %3, 0
	%6885 = icmp eq i32 0, 1
	%6886 = and i1 %6884, %6885
	br i1 %6886, label %6887, label %6891

6887:
	%6888 = add i32 %6458, 0
	%6889 = sext i32 %6888 to i64
	%6890 = getelementptr i32, i32* %out, i64 %6889
	store i32 0, i32* %6890
	br label %6891

6891:
	%6892 = add i32 %536, %6453
	%6893 = add i32 %6892, %3
	br label %6894

6894:
	%6895 = phi i32 [ %6893, %6891 ], [ %6901, %6897 ]
	%6896 = icmp slt i32 %6895, 8
	br i1 %6896, label %6897, label %6902

6897:
	%6898 = add i32 %6458, %6895
	%6899 = sext i32 %6898 to i64
	%6900 = getelementptr i32, i32* %out, i64 %6899
	store i32 -1, i32* %6900
	%6901 = add i32 %6895, 32
	br label %6894

6902:
	br label %6448
}

declare void @llvm.nvvm.barrier0()

declare i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 %p0, i32 %p1, i32 %p2, i32 %p3)

declare i32 @llvm.nvvm.shfl.sync.idx.i32(i32 %p0, i32 %p1, i32 %p2, i32 %p3)

declare i32 @llvm.nvvm.vote.ballot.sync(i32 %p0, i1 %p1)

declare i32 @llvm.ctpop.i32(i32 %p0)

declare i32 @llvm.ctlz.i32(i32 %p0, i1 %p1)

declare void @llvm.nvvm.bar.warp.sync(i32 %p0)

declare i32 @llvm.nvvm.shfl.sync.up.i32(i32 %p0, i32 %p1, i32 %p2, i32 %p3)

declare i32 @llvm.cttz.i32(i32 %p0, i1 %p1)

define ptx_kernel void @moba_attn2(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch, i32 %hg, i64* %rowmask, i64* %rowoff) {
entry:
	%0 = ptrtoint [24576 x i8] addrspace(3)* @moba_attn2_smem to i32
	%1 = add i32 %0, u0x2000
	%2 = add i32 %0, u0x4000
	%3 = lshr i32 %2, 4
	%4 = and i32 %3, u0x3FFF
	%5 = lshr i32 %0, 4
	%6 = and i32 %5, u0x3FFF
	%7 = lshr i32 %1, 4
	%8 = and i32 %7, u0x3FFF
	%9 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%10 = lshr i32 %9, 5
	%11 = and i32 %9, 31
	%12 = lshr i32 %11, 2
	%13 = and i32 %11, 3
	%14 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%15 = mul i32 %14, %NQ
	%16 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%17 = add i32 %15, %16
	%18 = mul i32 %hg, %NQ
	%19 = udiv i32 %17, %18
	%20 = urem i32 %17, %18
	%21 = mul i32 %19, %hg
	%22 = sub i32 %H, %21
	%23 = icmp slt i32 %hg, %22
	%24 = select i1 %23, i32 %hg, i32 %22
	%25 = sub i32 %NQ, 1
	%26 = udiv i32 %20, %24
	%27 = sub i32 %25, %26
	%28 = urem i32 %20, %24
	%29 = add i32 %21, %28
	%30 = sdiv i32 %29, %group
	%31 = mul i32 %27, 64
	%32 = mul i32 %29, %M
	%33 = mul i32 %32, 64
	%34 = sext i32 %33 to i64
	%35 = getelementptr i16, i16* %q, i64 %34
	%36 = mul i32 %30, %N
	%37 = mul i32 %36, 64
	%38 = sext i32 %37 to i64
	%39 = getelementptr i16, i16* %k, i64 %38
	%40 = mul i32 %30, %N
	%41 = mul i32 %40, 64
	%42 = sext i32 %41 to i64
	%43 = getelementptr i16, i16* %v, i64 %42
	%44 = udiv i32 %29, %lh
	%45 = mul i32 %44, %NQ
	%46 = add i32 %45, %27
	%47 = mul i32 %46, 2
	%48 = mul i32 %47, %NK
	%49 = mul i32 %29, %ch
	%50 = mul i32 %49, %NQ
	%51 = add i32 %50, %27
	%52 = mul i32 %51, %NK
	%53 = add i32 %48, 0
	%54 = sext i32 %53 to i64
	%55 = getelementptr i32, i32* %list, i64 %54
	%56 = load i32, i32* %55
	%57 = icmp sgt i32 %NK, 0
	%58 = icmp sge i32 %56, 0
	%59 = and i1 %57, %58
	%60 = lshr i32 %9, 3
	%61 = and i32 %9, 7
	%62 = lshr i32 %61, 3
	%63 = mul i32 %62, u0x2000
	%64 = and i32 %61, 7
	%65 = and i32 %60, 7
	%66 = xor i32 %64, %65
	%67 = mul i32 %60, 128
	%68 = shl i32 %66, 4
	%69 = add i32 %67, %68
	%70 = add i32 %63, %69
	%71 = add i32 %2, %70
	%72 = add i32 %31, %60
	%73 = mul i32 %72, 64
	%74 = mul i32 %61, 8
	%75 = add i32 %73, %74
	%76 = sext i32 %75 to i64
	%77 = getelementptr i16, i16* %35, i64 %76
	%78 = add i32 %72, 0
	%79 = icmp slt i32 %78, %M
	%80 = getelementptr i16, i16* %77, i64 0
	%81 = select i1 %79, i16* %80, i16* %35
	%82 = add i32 %71, 0
	%83 = select i1 %79, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %82, i16* %81, i32 %83)
	%84 = add i32 %72, 16
	%85 = icmp slt i32 %84, %M
	%86 = getelementptr i16, i16* %77, i64 1024
	%87 = select i1 %85, i16* %86, i16* %35
	%88 = add i32 %71, 2048
	%89 = select i1 %85, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %88, i16* %87, i32 %89)
	%90 = add i32 %72, 32
	%91 = icmp slt i32 %90, %M
	%92 = getelementptr i16, i16* %77, i64 2048
	%93 = select i1 %91, i16* %92, i16* %35
	%94 = add i32 %71, u0x1000
	%95 = select i1 %91, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %94, i16* %93, i32 %95)
	%96 = add i32 %72, 48
	%97 = icmp slt i32 %96, %M
	%98 = getelementptr i16, i16* %77, i64 3072
	%99 = select i1 %97, i16* %98, i16* %35
	%100 = add i32 %71, 6144
	%101 = select i1 %97, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %100, i16* %99, i32 %101)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %59, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%102 = and i32 %11, 7
	%103 = lshr i32 %11, 3
	%104 = and i32 %103, 1
	%105 = shl i32 %104, 3
	%106 = add i32 %102, %105
	%107 = lshr i32 %11, 4
	%108 = mul i32 %10, 16
	%109 = add i32 %106, 0
	%110 = add i32 %108, %109
	%111 = mul i32 %110, 128
	%112 = add i32 %2, %111
	%113 = and i32 %11, 7
	%114 = xor i32 %107, %113
	%115 = shl i32 %114, 4
	%116 = add i32 %112, %115
	%117 = mul i32 %56, 64
	%118 = lshr i32 %9, 3
	%119 = and i32 %9, 7
	%120 = lshr i32 %119, 3
	%121 = mul i32 %120, u0x2000
	%122 = and i32 %119, 7
	%123 = and i32 %118, 7
	%124 = xor i32 %122, %123
	%125 = mul i32 %118, 128
	%126 = shl i32 %124, 4
	%127 = add i32 %125, %126
	%128 = add i32 %121, %127
	%129 = add i32 %0, %128
	%130 = add i32 %117, %118
	%131 = mul i32 %130, 64
	%132 = mul i32 %119, 8
	%133 = add i32 %131, %132
	%134 = sext i32 %133 to i64
	%135 = getelementptr i16, i16* %39, i64 %134
	%136 = add i32 %130, 0
	%137 = icmp slt i32 %136, %N
	%138 = getelementptr i16, i16* %135, i64 0
	%139 = select i1 %137, i16* %138, i16* %39
	%140 = add i32 %129, 0
	%141 = select i1 %137, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %140, i16* %139, i32 %141)
	%142 = add i32 %130, 16
	%143 = icmp slt i32 %142, %N
	%144 = getelementptr i16, i16* %135, i64 1024
	%145 = select i1 %143, i16* %144, i16* %39
	%146 = add i32 %129, 2048
	%147 = select i1 %143, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %146, i16* %145, i32 %147)
	%148 = add i32 %130, 32
	%149 = icmp slt i32 %148, %N
	%150 = getelementptr i16, i16* %135, i64 2048
	%151 = select i1 %149, i16* %150, i16* %39
	%152 = add i32 %129, u0x1000
	%153 = select i1 %149, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %152, i16* %151, i32 %153)
	%154 = add i32 %130, 48
	%155 = icmp slt i32 %154, %N
	%156 = getelementptr i16, i16* %135, i64 3072
	%157 = select i1 %155, i16* %156, i16* %39
	%158 = add i32 %129, 6144
	%159 = select i1 %155, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %158, i16* %157, i32 %159)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%160 = phi i32 [ 0, %prologue ], [ %1747, %pv ]
	%161 = phi i32 [ %56, %prologue ], [ %1754, %pv ]
	%162 = phi float [ 0.0, %prologue ], [ %1970, %pv ]
	%163 = phi float [ 0.0, %prologue ], [ %1971, %pv ]
	%164 = phi float [ 0.0, %prologue ], [ %1972, %pv ]
	%165 = phi float [ 0.0, %prologue ], [ %1973, %pv ]
	%166 = phi float [ 0.0, %prologue ], [ %1974, %pv ]
	%167 = phi float [ 0.0, %prologue ], [ %1975, %pv ]
	%168 = phi float [ 0.0, %prologue ], [ %1976, %pv ]
	%169 = phi float [ 0.0, %prologue ], [ %1977, %pv ]
	%170 = phi float [ 0.0, %prologue ], [ %1978, %pv ]
	%171 = phi float [ 0.0, %prologue ], [ %1979, %pv ]
	%172 = phi float [ 0.0, %prologue ], [ %1980, %pv ]
	%173 = phi float [ 0.0, %prologue ], [ %1981, %pv ]
	%174 = phi float [ 0.0, %prologue ], [ %1982, %pv ]
	%175 = phi float [ 0.0, %prologue ], [ %1983, %pv ]
	%176 = phi float [ 0.0, %prologue ], [ %1984, %pv ]
	%177 = phi float [ 0.0, %prologue ], [ %1985, %pv ]
	%178 = phi float [ 0.0, %prologue ], [ %1986, %pv ]
	%179 = phi float [ 0.0, %prologue ], [ %1987, %pv ]
	%180 = phi float [ 0.0, %prologue ], [ %1988, %pv ]
	%181 = phi float [ 0.0, %prologue ], [ %1989, %pv ]
	%182 = phi float [ 0.0, %prologue ], [ %1990, %pv ]
	%183 = phi float [ 0.0, %prologue ], [ %1991, %pv ]
	%184 = phi float [ 0.0, %prologue ], [ %1992, %pv ]
	%185 = phi float [ 0.0, %prologue ], [ %1993, %pv ]
	%186 = phi float [ 0.0, %prologue ], [ %1994, %pv ]
	%187 = phi float [ 0.0, %prologue ], [ %1995, %pv ]
	%188 = phi float [ 0.0, %prologue ], [ %1996, %pv ]
	%189 = phi float [ 0.0, %prologue ], [ %1997, %pv ]
	%190 = phi float [ 0.0, %prologue ], [ %1998, %pv ]
	%191 = phi float [ 0.0, %prologue ], [ %1999, %pv ]
	%192 = phi float [ 0.0, %prologue ], [ %2000, %pv ]
	%193 = phi float [ 0.0, %prologue ], [ %2001, %pv ]
	%194 = phi float [ 0xFFF0000000000000, %prologue ], [ %1643, %pv ]
	%195 = phi float [ 0.0, %prologue ], [ %1694, %pv ]
	%196 = phi float [ 0xFFF0000000000000, %prologue ], [ %1695, %pv ]
	%197 = phi float [ 0.0, %prologue ], [ %1746, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	%198 = mul i32 %161, 64
	%199 = lshr i32 %9, 3
	%200 = and i32 %9, 7
	%201 = lshr i32 %200, 3
	%202 = mul i32 %201, u0x2000
	%203 = and i32 %200, 7
	%204 = and i32 %199, 7
	%205 = xor i32 %203, %204
	%206 = mul i32 %199, 128
	%207 = shl i32 %205, 4
	%208 = add i32 %206, %207
	%209 = add i32 %202, %208
	%210 = add i32 %1, %209
	%211 = add i32 %198, %199
	%212 = mul i32 %211, 64
	%213 = mul i32 %200, 8
	%214 = add i32 %212, %213
	%215 = sext i32 %214 to i64
	%216 = getelementptr i16, i16* %43, i64 %215
	%217 = add i32 %211, 0
	%218 = icmp slt i32 %217, %N
	%219 = getelementptr i16, i16* %216, i64 0
	%220 = select i1 %218, i16* %219, i16* %43
	%221 = add i32 %210, 0
	%222 = select i1 %218, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %221, i16* %220, i32 %222)
	%223 = add i32 %211, 16
	%224 = icmp slt i32 %223, %N
	%225 = getelementptr i16, i16* %216, i64 1024
	%226 = select i1 %224, i16* %225, i16* %43
	%227 = add i32 %210, 2048
	%228 = select i1 %224, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %227, i16* %226, i32 %228)
	%229 = add i32 %211, 32
	%230 = icmp slt i32 %229, %N
	%231 = getelementptr i16, i16* %216, i64 2048
	%232 = select i1 %230, i16* %231, i16* %43
	%233 = add i32 %210, u0x1000
	%234 = select i1 %230, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %233, i16* %232, i32 %234)
	%235 = add i32 %211, 48
	%236 = icmp slt i32 %235, %N
	%237 = getelementptr i16, i16* %216, i64 3072
	%238 = select i1 %236, i16* %237, i16* %43
	%239 = add i32 %210, 6144
	%240 = select i1 %236, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %239, i16* %238, i32 %240)
	call void asm sideeffect "cp.async.commit_group;", ""()
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%241 = add i32 %4, 0
	%242 = zext i32 %241 to i64
	%243 = or i64 %242, u0x4000004000010000
	%244 = add i32 %6, 0
	%245 = zext i32 %244 to i64
	%246 = or i64 %245, u0x4000004000010000
	%247 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, i64 %243, i64 %246, i32 1)
	%248 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 0
	%249 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 1
	%250 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 2
	%251 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 3
	%252 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 4
	%253 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 5
	%254 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 6
	%255 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 7
	%256 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 8
	%257 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 9
	%258 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 10
	%259 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 11
	%260 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 12
	%261 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 13
	%262 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 14
	%263 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 15
	%264 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 16
	%265 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 17
	%266 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 18
	%267 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 19
	%268 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 20
	%269 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 21
	%270 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 22
	%271 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 23
	%272 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 24
	%273 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 25
	%274 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 26
	%275 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 27
	%276 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 28
	%277 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 29
	%278 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 30
	%279 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 31
	%280 = add i32 %4, 2
	%281 = zext i32 %280 to i64
	%282 = or i64 %281, u0x4000004000010000
	%283 = add i32 %6, 2
	%284 = zext i32 %283 to i64
	%285 = or i64 %284, u0x4000004000010000
	%286 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %248, float %249, float %250, float %251, float %252, float %253, float %254, float %255, float %256, float %257, float %258, float %259, float %260, float %261, float %262, float %263, float %264, float %265, float %266, float %267, float %268, float %269, float %270, float %271, float %272, float %273, float %274, float %275, float %276, float %277, float %278, float %279, i64 %282, i64 %285, i32 1)
	%287 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 0
	%288 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 1
	%289 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 2
	%290 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 3
	%291 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 4
	%292 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 5
	%293 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 6
	%294 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 7
	%295 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 8
	%296 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 9
	%297 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 10
	%298 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 11
	%299 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 12
	%300 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 13
	%301 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 14
	%302 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 15
	%303 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 16
	%304 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 17
	%305 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 18
	%306 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 19
	%307 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 20
	%308 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 21
	%309 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 22
	%310 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 23
	%311 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 24
	%312 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 25
	%313 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 26
	%314 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 27
	%315 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 28
	%316 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 29
	%317 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 30
	%318 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 31
	%319 = add i32 %4, 4
	%320 = zext i32 %319 to i64
	%321 = or i64 %320, u0x4000004000010000
	%322 = add i32 %6, 4
	%323 = zext i32 %322 to i64
	%324 = or i64 %323, u0x4000004000010000
	%325 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %287, float %288, float %289, float %290, float %291, float %292, float %293, float %294, float %295, float %296, float %297, float %298, float %299, float %300, float %301, float %302, float %303, float %304, float %305, float %306, float %307, float %308, float %309, float %310, float %311, float %312, float %313, float %314, float %315, float %316, float %317, float %318, i64 %321, i64 %324, i32 1)
	%326 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 0
	%327 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 1
	%328 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 2
	%329 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 3
	%330 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 4
	%331 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 5
	%332 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 6
	%333 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 7
	%334 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 8
	%335 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 9
	%336 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 10
	%337 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 11
	%338 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 12
	%339 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 13
	%340 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 14
	%341 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 15
	%342 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 16
	%343 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 17
	%344 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 18
	%345 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 19
	%346 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 20
	%347 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 21
	%348 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 22
	%349 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 23
	%350 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 24
	%351 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 25
	%352 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 26
	%353 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 27
	%354 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 28
	%355 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 29
	%356 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 30
	%357 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 31
	%358 = add i32 %4, 6
	%359 = zext i32 %358 to i64
	%360 = or i64 %359, u0x4000004000010000
	%361 = add i32 %6, 6
	%362 = zext i32 %361 to i64
	%363 = or i64 %362, u0x4000004000010000
	%364 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %326, float %327, float %328, float %329, float %330, float %331, float %332, float %333, float %334, float %335, float %336, float %337, float %338, float %339, float %340, float %341, float %342, float %343, float %344, float %345, float %346, float %347, float %348, float %349, float %350, float %351, float %352, float %353, float %354, float %355, float %356, float %357, i64 %360, i64 %363, i32 1)
	%365 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 0
	%366 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 1
	%367 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 2
	%368 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 3
	%369 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 4
	%370 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 5
	%371 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 6
	%372 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 7
	%373 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 8
	%374 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 9
	%375 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 10
	%376 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 11
	%377 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 12
	%378 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 13
	%379 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 14
	%380 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 15
	%381 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 16
	%382 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 17
	%383 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 18
	%384 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 19
	%385 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 20
	%386 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 21
	%387 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 22
	%388 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 23
	%389 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 24
	%390 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 25
	%391 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 26
	%392 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 27
	%393 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 28
	%394 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 29
	%395 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 30
	%396 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%397 = call float asm sideeffect "", "=f,0"(float %365)
	%398 = call float asm sideeffect "", "=f,0"(float %366)
	%399 = call float asm sideeffect "", "=f,0"(float %367)
	%400 = call float asm sideeffect "", "=f,0"(float %368)
	%401 = call float asm sideeffect "", "=f,0"(float %369)
	%402 = call float asm sideeffect "", "=f,0"(float %370)
	%403 = call float asm sideeffect "", "=f,0"(float %371)
	%404 = call float asm sideeffect "", "=f,0"(float %372)
	%405 = call float asm sideeffect "", "=f,0"(float %373)
	%406 = call float asm sideeffect "", "=f,0"(float %374)
	%407 = call float asm sideeffect "", "=f,0"(float %375)
	%408 = call float asm sideeffect "", "=f,0"(float %376)
	%409 = call float asm sideeffect "", "=f,0"(float %377)
	%410 = call float asm sideeffect "", "=f,0"(float %378)
	%411 = call float asm sideeffect "", "=f,0"(float %379)
	%412 = call float asm sideeffect "", "=f,0"(float %380)
	%413 = call float asm sideeffect "", "=f,0"(float %381)
	%414 = call float asm sideeffect "", "=f,0"(float %382)
	%415 = call float asm sideeffect "", "=f,0"(float %383)
	%416 = call float asm sideeffect "", "=f,0"(float %384)
	%417 = call float asm sideeffect "", "=f,0"(float %385)
	%418 = call float asm sideeffect "", "=f,0"(float %386)
	%419 = call float asm sideeffect "", "=f,0"(float %387)
	%420 = call float asm sideeffect "", "=f,0"(float %388)
	%421 = call float asm sideeffect "", "=f,0"(float %389)
	%422 = call float asm sideeffect "", "=f,0"(float %390)
	%423 = call float asm sideeffect "", "=f,0"(float %391)
	%424 = call float asm sideeffect "", "=f,0"(float %392)
	%425 = call float asm sideeffect "", "=f,0"(float %393)
	%426 = call float asm sideeffect "", "=f,0"(float %394)
	%427 = call float asm sideeffect "", "=f,0"(float %395)
	%428 = call float asm sideeffect "", "=f,0"(float %396)
	%429 = mul i32 %10, 16
	%430 = add i32 %31, %429
	%431 = add i32 %12, 0
	%432 = add i32 %430, %431
	%433 = mul i32 %10, 16
	%434 = add i32 %31, %433
	%435 = add i32 %12, 8
	%436 = add i32 %434, %435
	%437 = sitofp i32 %29 to float
	%438 = add i32 %52, %161
	%439 = sext i32 %438 to i64
	%440 = getelementptr i8, i8* %cls, i64 %439
	%441 = load i8, i8* %440
	%442 = mul i32 %29, %NQ
	%443 = add i32 %442, %27
	%444 = sext i32 %443 to i64
	%445 = getelementptr i64, i64* %rowoff, i64 %444
	%446 = load i64, i64* %445
	%447 = mul i32 %160, 64
	%448 = sext i32 %447 to i64
	%449 = add i64 %446, %448
	%450 = sub i32 %432, %31
	%451 = sext i32 %450 to i64
	%452 = add i64 %449, %451
	%453 = getelementptr i64, i64* %rowmask, i64 %452
	%454 = load i64, i64* %453
	%455 = sub i32 %436, %31
	%456 = sext i32 %455 to i64
	%457 = add i64 %449, %456
	%458 = getelementptr i64, i64* %rowmask, i64 %457
	%459 = load i64, i64* %458
	%460 = icmp ne i8 %441, 2
	br i1 %460, label %partial, label %rowsfull

epilogue:
	%461 = phi float [ 0.0, %entry ], [ %1694, %pv ]
	%462 = phi float [ 0.0, %entry ], [ %1746, %pv ]
	%463 = phi i32 [ 0, %entry ], [ %1747, %pv ]
	%464 = phi float [ 0.0, %entry ], [ %1970, %pv ]
	%465 = phi float [ 0.0, %entry ], [ %1971, %pv ]
	%466 = phi float [ 0.0, %entry ], [ %1972, %pv ]
	%467 = phi float [ 0.0, %entry ], [ %1973, %pv ]
	%468 = phi float [ 0.0, %entry ], [ %1974, %pv ]
	%469 = phi float [ 0.0, %entry ], [ %1975, %pv ]
	%470 = phi float [ 0.0, %entry ], [ %1976, %pv ]
	%471 = phi float [ 0.0, %entry ], [ %1977, %pv ]
	%472 = phi float [ 0.0, %entry ], [ %1978, %pv ]
	%473 = phi float [ 0.0, %entry ], [ %1979, %pv ]
	%474 = phi float [ 0.0, %entry ], [ %1980, %pv ]
	%475 = phi float [ 0.0, %entry ], [ %1981, %pv ]
	%476 = phi float [ 0.0, %entry ], [ %1982, %pv ]
	%477 = phi float [ 0.0, %entry ], [ %1983, %pv ]
	%478 = phi float [ 0.0, %entry ], [ %1984, %pv ]
	%479 = phi float [ 0.0, %entry ], [ %1985, %pv ]
	%480 = phi float [ 0.0, %entry ], [ %1986, %pv ]
	%481 = phi float [ 0.0, %entry ], [ %1987, %pv ]
	%482 = phi float [ 0.0, %entry ], [ %1988, %pv ]
	%483 = phi float [ 0.0, %entry ], [ %1989, %pv ]
	%484 = phi float [ 0.0, %entry ], [ %1990, %pv ]
	%485 = phi float [ 0.0, %entry ], [ %1991, %pv ]
	%486 = phi float [ 0.0, %entry ], [ %1992, %pv ]
	%487 = phi float [ 0.0, %entry ], [ %1993, %pv ]
	%488 = phi float [ 0.0, %entry ], [ %1994, %pv ]
	%489 = phi float [ 0.0, %entry ], [ %1995, %pv ]
	%490 = phi float [ 0.0, %entry ], [ %1996, %pv ]
	%491 = phi float [ 0.0, %entry ], [ %1997, %pv ]
	%492 = phi float [ 0.0, %entry ], [ %1998, %pv ]
	%493 = phi float [ 0.0, %entry ], [ %1999, %pv ]
	%494 = phi float [ 0.0, %entry ], [ %2000, %pv ]
	%495 = phi float [ 0.0, %entry ], [ %2001, %pv ]
	%496 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %461, i32 1, i32 31)
	%497 = fadd float %461, %496
	%498 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %497, i32 2, i32 31)
	%499 = fadd float %497, %498
	%500 = fcmp ogt float %499, 0.0
	%501 = fdiv float 1.0, %499
	%502 = select i1 %500, float %501, float 0.0
	%503 = mul i32 %10, 16
	%504 = add i32 %31, %503
	%505 = add i32 %12, 0
	%506 = add i32 %504, %505
	%507 = fmul float %464, %502
	%508 = fmul float %465, %502
	%509 = fmul float %468, %502
	%510 = fmul float %469, %502
	%511 = fmul float %472, %502
	%512 = fmul float %473, %502
	%513 = fmul float %476, %502
	%514 = fmul float %477, %502
	%515 = fmul float %480, %502
	%516 = fmul float %481, %502
	%517 = fmul float %484, %502
	%518 = fmul float %485, %502
	%519 = fmul float %488, %502
	%520 = fmul float %489, %502
	%521 = fmul float %492, %502
	%522 = fmul float %493, %502
	%523 = icmp slt i32 %506, %M
	br i1 %523, label %store0, label %stored0

partial:
	%524 = shl i32 %13, 1
	%525 = add i32 0, %524
	%526 = add i32 %198, %525
	%527 = icmp slt i32 %526, %N
	%528 = shl i32 %13, 1
	%529 = add i32 0, %528
	%530 = add i32 %198, %529
	%531 = sub i32 %530, %198
	%532 = zext i32 %531 to i64
	%533 = lshr i64 %454, %532
	%534 = and i64 %533, 1
	%535 = icmp ne i64 %534, 0
	%536 = and i1 %527, %535
	%537 = select i1 %536, i32 %526, i32 0
	%538 = sitofp i32 %432 to float
	%539 = sitofp i32 %537 to float
	%540 = fcmp ole float %539, %538
	%541 = uitofp i1 %540 to float
	%542 = fcmp une float %541, 0.0
	%543 = and i1 %536, %542
	%544 = select i1 %543, float %397, float 0xFFF0000000000000
	%545 = shl i32 %13, 1
	%546 = add i32 1, %545
	%547 = add i32 %198, %546
	%548 = icmp slt i32 %547, %N
	%549 = shl i32 %13, 1
	%550 = add i32 1, %549
	%551 = add i32 %198, %550
	%552 = sub i32 %551, %198
	%553 = zext i32 %552 to i64
	%554 = lshr i64 %454, %553
	%555 = and i64 %554, 1
	%556 = icmp ne i64 %555, 0
	%557 = and i1 %548, %556
	%558 = select i1 %557, i32 %547, i32 0
	%559 = sitofp i32 %432 to float
	%560 = sitofp i32 %558 to float
	%561 = fcmp ole float %560, %559
	%562 = uitofp i1 %561 to float
	%563 = fcmp une float %562, 0.0
	%564 = and i1 %557, %563
	%565 = select i1 %564, float %398, float 0xFFF0000000000000
	%566 = shl i32 %13, 1
	%567 = add i32 0, %566
	%568 = add i32 %198, %567
	%569 = icmp slt i32 %568, %N
	%570 = shl i32 %13, 1
	%571 = add i32 0, %570
	%572 = add i32 %198, %571
	%573 = sub i32 %572, %198
	%574 = zext i32 %573 to i64
	%575 = lshr i64 %459, %574
	%576 = and i64 %575, 1
	%577 = icmp ne i64 %576, 0
	%578 = and i1 %569, %577
	%579 = select i1 %578, i32 %568, i32 0
	%580 = sitofp i32 %436 to float
	%581 = sitofp i32 %579 to float
	%582 = fcmp ole float %581, %580
	%583 = uitofp i1 %582 to float
	%584 = fcmp une float %583, 0.0
	%585 = and i1 %578, %584
	%586 = select i1 %585, float %399, float 0xFFF0000000000000
	%587 = shl i32 %13, 1
	%588 = add i32 1, %587
	%589 = add i32 %198, %588
	%590 = icmp slt i32 %589, %N
	%591 = shl i32 %13, 1
	%592 = add i32 1, %591
	%593 = add i32 %198, %592
	%594 = sub i32 %593, %198
	%595 = zext i32 %594 to i64
	%596 = lshr i64 %459, %595
	%597 = and i64 %596, 1
	%598 = icmp ne i64 %597, 0
	%599 = and i1 %590, %598
	%600 = select i1 %599, i32 %589, i32 0
	%601 = sitofp i32 %436 to float
	%602 = sitofp i32 %600 to float
	%603 = fcmp ole float %602, %601
	%604 = uitofp i1 %603 to float
	%605 = fcmp une float %604, 0.0
	%606 = and i1 %599, %605
	%607 = select i1 %606, float %400, float 0xFFF0000000000000
	%608 = shl i32 %13, 1
	%609 = add i32 8, %608
	%610 = add i32 %198, %609
	%611 = icmp slt i32 %610, %N
	%612 = shl i32 %13, 1
	%613 = add i32 8, %612
	%614 = add i32 %198, %613
	%615 = sub i32 %614, %198
	%616 = zext i32 %615 to i64
	%617 = lshr i64 %454, %616
	%618 = and i64 %617, 1
	%619 = icmp ne i64 %618, 0
	%620 = and i1 %611, %619
	%621 = select i1 %620, i32 %610, i32 0
	%622 = sitofp i32 %432 to float
	%623 = sitofp i32 %621 to float
	%624 = fcmp ole float %623, %622
	%625 = uitofp i1 %624 to float
	%626 = fcmp une float %625, 0.0
	%627 = and i1 %620, %626
	%628 = select i1 %627, float %401, float 0xFFF0000000000000
	%629 = shl i32 %13, 1
	%630 = add i32 9, %629
	%631 = add i32 %198, %630
	%632 = icmp slt i32 %631, %N
	%633 = shl i32 %13, 1
	%634 = add i32 9, %633
	%635 = add i32 %198, %634
	%636 = sub i32 %635, %198
	%637 = zext i32 %636 to i64
	%638 = lshr i64 %454, %637
	%639 = and i64 %638, 1
	%640 = icmp ne i64 %639, 0
	%641 = and i1 %632, %640
	%642 = select i1 %641, i32 %631, i32 0
	%643 = sitofp i32 %432 to float
	%644 = sitofp i32 %642 to float
	%645 = fcmp ole float %644, %643
	%646 = uitofp i1 %645 to float
	%647 = fcmp une float %646, 0.0
	%648 = and i1 %641, %647
	%649 = select i1 %648, float %402, float 0xFFF0000000000000
	%650 = shl i32 %13, 1
	%651 = add i32 8, %650
	%652 = add i32 %198, %651
	%653 = icmp slt i32 %652, %N
	%654 = shl i32 %13, 1
	%655 = add i32 8, %654
	%656 = add i32 %198, %655
	%657 = sub i32 %656, %198
	%658 = zext i32 %657 to i64
	%659 = lshr i64 %459, %658
	%660 = and i64 %659, 1
	%661 = icmp ne i64 %660, 0
	%662 = and i1 %653, %661
	%663 = select i1 %662, i32 %652, i32 0
	%664 = sitofp i32 %436 to float
	%665 = sitofp i32 %663 to float
	%666 = fcmp ole float %665, %664
	%667 = uitofp i1 %666 to float
	%668 = fcmp une float %667, 0.0
	%669 = and i1 %662, %668
	%670 = select i1 %669, float %403, float 0xFFF0000000000000
	%671 = shl i32 %13, 1
	%672 = add i32 9, %671
	%673 = add i32 %198, %672
	%674 = icmp slt i32 %673, %N
	%675 = shl i32 %13, 1
	%676 = add i32 9, %675
	%677 = add i32 %198, %676
	%678 = sub i32 %677, %198
	%679 = zext i32 %678 to i64
	%680 = lshr i64 %459, %679
	%681 = and i64 %680, 1
	%682 = icmp ne i64 %681, 0
	%683 = and i1 %674, %682
	%684 = select i1 %683, i32 %673, i32 0
	%685 = sitofp i32 %436 to float
	%686 = sitofp i32 %684 to float
	%687 = fcmp ole float %686, %685
	%688 = uitofp i1 %687 to float
	%689 = fcmp une float %688, 0.0
	%690 = and i1 %683, %689
	%691 = select i1 %690, float %404, float 0xFFF0000000000000
	%692 = shl i32 %13, 1
	%693 = add i32 16, %692
	%694 = add i32 %198, %693
	%695 = icmp slt i32 %694, %N
	%696 = shl i32 %13, 1
	%697 = add i32 16, %696
	%698 = add i32 %198, %697
	%699 = sub i32 %698, %198
	%700 = zext i32 %699 to i64
	%701 = lshr i64 %454, %700
	%702 = and i64 %701, 1
	%703 = icmp ne i64 %702, 0
	%704 = and i1 %695, %703
	%705 = select i1 %704, i32 %694, i32 0
	%706 = sitofp i32 %432 to float
	%707 = sitofp i32 %705 to float
	%708 = fcmp ole float %707, %706
	%709 = uitofp i1 %708 to float
	%710 = fcmp une float %709, 0.0
	%711 = and i1 %704, %710
	%712 = select i1 %711, float %405, float 0xFFF0000000000000
	%713 = shl i32 %13, 1
	%714 = add i32 17, %713
	%715 = add i32 %198, %714
	%716 = icmp slt i32 %715, %N
	%717 = shl i32 %13, 1
	%718 = add i32 17, %717
	%719 = add i32 %198, %718
	%720 = sub i32 %719, %198
	%721 = zext i32 %720 to i64
	%722 = lshr i64 %454, %721
	%723 = and i64 %722, 1
	%724 = icmp ne i64 %723, 0
	%725 = and i1 %716, %724
	%726 = select i1 %725, i32 %715, i32 0
	%727 = sitofp i32 %432 to float
	%728 = sitofp i32 %726 to float
	%729 = fcmp ole float %728, %727
	%730 = uitofp i1 %729 to float
	%731 = fcmp une float %730, 0.0
	%732 = and i1 %725, %731
	%733 = select i1 %732, float %406, float 0xFFF0000000000000
	%734 = shl i32 %13, 1
	%735 = add i32 16, %734
	%736 = add i32 %198, %735
	%737 = icmp slt i32 %736, %N
	%738 = shl i32 %13, 1
	%739 = add i32 16, %738
	%740 = add i32 %198, %739
	%741 = sub i32 %740, %198
	%742 = zext i32 %741 to i64
	%743 = lshr i64 %459, %742
	%744 = and i64 %743, 1
	%745 = icmp ne i64 %744, 0
	%746 = and i1 %737, %745
	%747 = select i1 %746, i32 %736, i32 0
	%748 = sitofp i32 %436 to float
	%749 = sitofp i32 %747 to float
	%750 = fcmp ole float %749, %748
	%751 = uitofp i1 %750 to float
	%752 = fcmp une float %751, 0.0
	%753 = and i1 %746, %752
	%754 = select i1 %753, float %407, float 0xFFF0000000000000
	%755 = shl i32 %13, 1
	%756 = add i32 17, %755
	%757 = add i32 %198, %756
	%758 = icmp slt i32 %757, %N
	%759 = shl i32 %13, 1
	%760 = add i32 17, %759
	%761 = add i32 %198, %760
	%762 = sub i32 %761, %198
	%763 = zext i32 %762 to i64
	%764 = lshr i64 %459, %763
	%765 = and i64 %764, 1
	%766 = icmp ne i64 %765, 0
	%767 = and i1 %758, %766
	%768 = select i1 %767, i32 %757, i32 0
	%769 = sitofp i32 %436 to float
	%770 = sitofp i32 %768 to float
	%771 = fcmp ole float %770, %769
	%772 = uitofp i1 %771 to float
	%773 = fcmp une float %772, 0.0
	%774 = and i1 %767, %773
	%775 = select i1 %774, float %408, float 0xFFF0000000000000
	%776 = shl i32 %13, 1
	%777 = add i32 24, %776
	%778 = add i32 %198, %777
	%779 = icmp slt i32 %778, %N
	%780 = shl i32 %13, 1
	%781 = add i32 24, %780
	%782 = add i32 %198, %781
	%783 = sub i32 %782, %198
	%784 = zext i32 %783 to i64
	%785 = lshr i64 %454, %784
	%786 = and i64 %785, 1
	%787 = icmp ne i64 %786, 0
	%788 = and i1 %779, %787
	%789 = select i1 %788, i32 %778, i32 0
	%790 = sitofp i32 %432 to float
	%791 = sitofp i32 %789 to float
	%792 = fcmp ole float %791, %790
	%793 = uitofp i1 %792 to float
	%794 = fcmp une float %793, 0.0
	%795 = and i1 %788, %794
	%796 = select i1 %795, float %409, float 0xFFF0000000000000
	%797 = shl i32 %13, 1
	%798 = add i32 25, %797
	%799 = add i32 %198, %798
	%800 = icmp slt i32 %799, %N
	%801 = shl i32 %13, 1
	%802 = add i32 25, %801
	%803 = add i32 %198, %802
	%804 = sub i32 %803, %198
	%805 = zext i32 %804 to i64
	%806 = lshr i64 %454, %805
	%807 = and i64 %806, 1
	%808 = icmp ne i64 %807, 0
	%809 = and i1 %800, %808
	%810 = select i1 %809, i32 %799, i32 0
	%811 = sitofp i32 %432 to float
	%812 = sitofp i32 %810 to float
	%813 = fcmp ole float %812, %811
	%814 = uitofp i1 %813 to float
	%815 = fcmp une float %814, 0.0
	%816 = and i1 %809, %815
	%817 = select i1 %816, float %410, float 0xFFF0000000000000
	%818 = shl i32 %13, 1
	%819 = add i32 24, %818
	%820 = add i32 %198, %819
	%821 = icmp slt i32 %820, %N
	%822 = shl i32 %13, 1
	%823 = add i32 24, %822
	%824 = add i32 %198, %823
	%825 = sub i32 %824, %198
	%826 = zext i32 %825 to i64
	%827 = lshr i64 %459, %826
	%828 = and i64 %827, 1
	%829 = icmp ne i64 %828, 0
	%830 = and i1 %821, %829
	%831 = select i1 %830, i32 %820, i32 0
	%832 = sitofp i32 %436 to float
	%833 = sitofp i32 %831 to float
	%834 = fcmp ole float %833, %832
	%835 = uitofp i1 %834 to float
	%836 = fcmp une float %835, 0.0
	%837 = and i1 %830, %836
	%838 = select i1 %837, float %411, float 0xFFF0000000000000
	%839 = shl i32 %13, 1
	%840 = add i32 25, %839
	%841 = add i32 %198, %840
	%842 = icmp slt i32 %841, %N
	%843 = shl i32 %13, 1
	%844 = add i32 25, %843
	%845 = add i32 %198, %844
	%846 = sub i32 %845, %198
	%847 = zext i32 %846 to i64
	%848 = lshr i64 %459, %847
	%849 = and i64 %848, 1
	%850 = icmp ne i64 %849, 0
	%851 = and i1 %842, %850
	%852 = select i1 %851, i32 %841, i32 0
	%853 = sitofp i32 %436 to float
	%854 = sitofp i32 %852 to float
	%855 = fcmp ole float %854, %853
	%856 = uitofp i1 %855 to float
	%857 = fcmp une float %856, 0.0
	%858 = and i1 %851, %857
	%859 = select i1 %858, float %412, float 0xFFF0000000000000
	%860 = shl i32 %13, 1
	%861 = add i32 32, %860
	%862 = add i32 %198, %861
	%863 = icmp slt i32 %862, %N
	%864 = shl i32 %13, 1
	%865 = add i32 32, %864
	%866 = add i32 %198, %865
	%867 = sub i32 %866, %198
	%868 = zext i32 %867 to i64
	%869 = lshr i64 %454, %868
	%870 = and i64 %869, 1
	%871 = icmp ne i64 %870, 0
	%872 = and i1 %863, %871
	%873 = select i1 %872, i32 %862, i32 0
	%874 = sitofp i32 %432 to float
	%875 = sitofp i32 %873 to float
	%876 = fcmp ole float %875, %874
	%877 = uitofp i1 %876 to float
	%878 = fcmp une float %877, 0.0
	%879 = and i1 %872, %878
	%880 = select i1 %879, float %413, float 0xFFF0000000000000
	%881 = shl i32 %13, 1
	%882 = add i32 33, %881
	%883 = add i32 %198, %882
	%884 = icmp slt i32 %883, %N
	%885 = shl i32 %13, 1
	%886 = add i32 33, %885
	%887 = add i32 %198, %886
	%888 = sub i32 %887, %198
	%889 = zext i32 %888 to i64
	%890 = lshr i64 %454, %889
	%891 = and i64 %890, 1
	%892 = icmp ne i64 %891, 0
	%893 = and i1 %884, %892
	%894 = select i1 %893, i32 %883, i32 0
	%895 = sitofp i32 %432 to float
	%896 = sitofp i32 %894 to float
	%897 = fcmp ole float %896, %895
	%898 = uitofp i1 %897 to float
	%899 = fcmp une float %898, 0.0
	%900 = and i1 %893, %899
	%901 = select i1 %900, float %414, float 0xFFF0000000000000
	%902 = shl i32 %13, 1
	%903 = add i32 32, %902
	%904 = add i32 %198, %903
	%905 = icmp slt i32 %904, %N
	%906 = shl i32 %13, 1
	%907 = add i32 32, %906
	%908 = add i32 %198, %907
	%909 = sub i32 %908, %198
	%910 = zext i32 %909 to i64
	%911 = lshr i64 %459, %910
	%912 = and i64 %911, 1
	%913 = icmp ne i64 %912, 0
	%914 = and i1 %905, %913
	%915 = select i1 %914, i32 %904, i32 0
	%916 = sitofp i32 %436 to float
	%917 = sitofp i32 %915 to float
	%918 = fcmp ole float %917, %916
	%919 = uitofp i1 %918 to float
	%920 = fcmp une float %919, 0.0
	%921 = and i1 %914, %920
	%922 = select i1 %921, float %415, float 0xFFF0000000000000
	%923 = shl i32 %13, 1
	%924 = add i32 33, %923
	%925 = add i32 %198, %924
	%926 = icmp slt i32 %925, %N
	%927 = shl i32 %13, 1
	%928 = add i32 33, %927
	%929 = add i32 %198, %928
	%930 = sub i32 %929, %198
	%931 = zext i32 %930 to i64
	%932 = lshr i64 %459, %931
	%933 = and i64 %932, 1
	%934 = icmp ne i64 %933, 0
	%935 = and i1 %926, %934
	%936 = select i1 %935, i32 %925, i32 0
	%937 = sitofp i32 %436 to float
	%938 = sitofp i32 %936 to float
	%939 = fcmp ole float %938, %937
	%940 = uitofp i1 %939 to float
	%941 = fcmp une float %940, 0.0
	%942 = and i1 %935, %941
	%943 = select i1 %942, float %416, float 0xFFF0000000000000
	%944 = shl i32 %13, 1
	%945 = add i32 40, %944
	%946 = add i32 %198, %945
	%947 = icmp slt i32 %946, %N
	%948 = shl i32 %13, 1
	%949 = add i32 40, %948
	%950 = add i32 %198, %949
	%951 = sub i32 %950, %198
	%952 = zext i32 %951 to i64
	%953 = lshr i64 %454, %952
	%954 = and i64 %953, 1
	%955 = icmp ne i64 %954, 0
	%956 = and i1 %947, %955
	%957 = select i1 %956, i32 %946, i32 0
	%958 = sitofp i32 %432 to float
	%959 = sitofp i32 %957 to float
	%960 = fcmp ole float %959, %958
	%961 = uitofp i1 %960 to float
	%962 = fcmp une float %961, 0.0
	%963 = and i1 %956, %962
	%964 = select i1 %963, float %417, float 0xFFF0000000000000
	%965 = shl i32 %13, 1
	%966 = add i32 41, %965
	%967 = add i32 %198, %966
	%968 = icmp slt i32 %967, %N
	%969 = shl i32 %13, 1
	%970 = add i32 41, %969
	%971 = add i32 %198, %970
	%972 = sub i32 %971, %198
	%973 = zext i32 %972 to i64
	%974 = lshr i64 %454, %973
	%975 = and i64 %974, 1
	%976 = icmp ne i64 %975, 0
	%977 = and i1 %968, %976
	%978 = select i1 %977, i32 %967, i32 0
	%979 = sitofp i32 %432 to float
	%980 = sitofp i32 %978 to float
	%981 = fcmp ole float %980, %979
	%982 = uitofp i1 %981 to float
	%983 = fcmp une float %982, 0.0
	%984 = and i1 %977, %983
	%985 = select i1 %984, float %418, float 0xFFF0000000000000
	%986 = shl i32 %13, 1
	%987 = add i32 40, %986
	%988 = add i32 %198, %987
	%989 = icmp slt i32 %988, %N
	%990 = shl i32 %13, 1
	%991 = add i32 40, %990
	%992 = add i32 %198, %991
	%993 = sub i32 %992, %198
	%994 = zext i32 %993 to i64
	%995 = lshr i64 %459, %994
	%996 = and i64 %995, 1
	%997 = icmp ne i64 %996, 0
	%998 = and i1 %989, %997
	%999 = select i1 %998, i32 %988, i32 0
	%1000 = sitofp i32 %436 to float
	%1001 = sitofp i32 %999 to float
	%1002 = fcmp ole float %1001, %1000
	%1003 = uitofp i1 %1002 to float
	%1004 = fcmp une float %1003, 0.0
	%1005 = and i1 %998, %1004
	%1006 = select i1 %1005, float %419, float 0xFFF0000000000000
	%1007 = shl i32 %13, 1
	%1008 = add i32 41, %1007
	%1009 = add i32 %198, %1008
	%1010 = icmp slt i32 %1009, %N
	%1011 = shl i32 %13, 1
	%1012 = add i32 41, %1011
	%1013 = add i32 %198, %1012
	%1014 = sub i32 %1013, %198
	%1015 = zext i32 %1014 to i64
	%1016 = lshr i64 %459, %1015
	%1017 = and i64 %1016, 1
	%1018 = icmp ne i64 %1017, 0
	%1019 = and i1 %1010, %1018
	%1020 = select i1 %1019, i32 %1009, i32 0
	%1021 = sitofp i32 %436 to float
	%1022 = sitofp i32 %1020 to float
	%1023 = fcmp ole float %1022, %1021
	%1024 = uitofp i1 %1023 to float
	%1025 = fcmp une float %1024, 0.0
	%1026 = and i1 %1019, %1025
	%1027 = select i1 %1026, float %420, float 0xFFF0000000000000
	%1028 = shl i32 %13, 1
	%1029 = add i32 48, %1028
	%1030 = add i32 %198, %1029
	%1031 = icmp slt i32 %1030, %N
	%1032 = shl i32 %13, 1
	%1033 = add i32 48, %1032
	%1034 = add i32 %198, %1033
	%1035 = sub i32 %1034, %198
	%1036 = zext i32 %1035 to i64
	%1037 = lshr i64 %454, %1036
	%1038 = and i64 %1037, 1
	%1039 = icmp ne i64 %1038, 0
	%1040 = and i1 %1031, %1039
	%1041 = select i1 %1040, i32 %1030, i32 0
	%1042 = sitofp i32 %432 to float
	%1043 = sitofp i32 %1041 to float
	%1044 = fcmp ole float %1043, %1042
	%1045 = uitofp i1 %1044 to float
	%1046 = fcmp une float %1045, 0.0
	%1047 = and i1 %1040, %1046
	%1048 = select i1 %1047, float %421, float 0xFFF0000000000000
	%1049 = shl i32 %13, 1
	%1050 = add i32 49, %1049
	%1051 = add i32 %198, %1050
	%1052 = icmp slt i32 %1051, %N
	%1053 = shl i32 %13, 1
	%1054 = add i32 49, %1053
	%1055 = add i32 %198, %1054
	%1056 = sub i32 %1055, %198
	%1057 = zext i32 %1056 to i64
	%1058 = lshr i64 %454, %1057
	%1059 = and i64 %1058, 1
	%1060 = icmp ne i64 %1059, 0
	%1061 = and i1 %1052, %1060
	%1062 = select i1 %1061, i32 %1051, i32 0
	%1063 = sitofp i32 %432 to float
	%1064 = sitofp i32 %1062 to float
	%1065 = fcmp ole float %1064, %1063
	%1066 = uitofp i1 %1065 to float
	%1067 = fcmp une float %1066, 0.0
	%1068 = and i1 %1061, %1067
	%1069 = select i1 %1068, float %422, float 0xFFF0000000000000
	%1070 = shl i32 %13, 1
	%1071 = add i32 48, %1070
	%1072 = add i32 %198, %1071
	%1073 = icmp slt i32 %1072, %N
	%1074 = shl i32 %13, 1
	%1075 = add i32 48, %1074
	%1076 = add i32 %198, %1075
	%1077 = sub i32 %1076, %198
	%1078 = zext i32 %1077 to i64
	%1079 = lshr i64 %459, %1078
	%1080 = and i64 %1079, 1
	%1081 = icmp ne i64 %1080, 0
	%1082 = and i1 %1073, %1081
	%1083 = select i1 %1082, i32 %1072, i32 0
	%1084 = sitofp i32 %436 to float
	%1085 = sitofp i32 %1083 to float
	%1086 = fcmp ole float %1085, %1084
	%1087 = uitofp i1 %1086 to float
	%1088 = fcmp une float %1087, 0.0
	%1089 = and i1 %1082, %1088
	%1090 = select i1 %1089, float %423, float 0xFFF0000000000000
	%1091 = shl i32 %13, 1
	%1092 = add i32 49, %1091
	%1093 = add i32 %198, %1092
	%1094 = icmp slt i32 %1093, %N
	%1095 = shl i32 %13, 1
	%1096 = add i32 49, %1095
	%1097 = add i32 %198, %1096
	%1098 = sub i32 %1097, %198
	%1099 = zext i32 %1098 to i64
	%1100 = lshr i64 %459, %1099
	%1101 = and i64 %1100, 1
	%1102 = icmp ne i64 %1101, 0
	%1103 = and i1 %1094, %1102
	%1104 = select i1 %1103, i32 %1093, i32 0
	%1105 = sitofp i32 %436 to float
	%1106 = sitofp i32 %1104 to float
	%1107 = fcmp ole float %1106, %1105
	%1108 = uitofp i1 %1107 to float
	%1109 = fcmp une float %1108, 0.0
	%1110 = and i1 %1103, %1109
	%1111 = select i1 %1110, float %424, float 0xFFF0000000000000
	%1112 = shl i32 %13, 1
	%1113 = add i32 56, %1112
	%1114 = add i32 %198, %1113
	%1115 = icmp slt i32 %1114, %N
	%1116 = shl i32 %13, 1
	%1117 = add i32 56, %1116
	%1118 = add i32 %198, %1117
	%1119 = sub i32 %1118, %198
	%1120 = zext i32 %1119 to i64
	%1121 = lshr i64 %454, %1120
	%1122 = and i64 %1121, 1
	%1123 = icmp ne i64 %1122, 0
	%1124 = and i1 %1115, %1123
	%1125 = select i1 %1124, i32 %1114, i32 0
	%1126 = sitofp i32 %432 to float
	%1127 = sitofp i32 %1125 to float
	%1128 = fcmp ole float %1127, %1126
	%1129 = uitofp i1 %1128 to float
	%1130 = fcmp une float %1129, 0.0
	%1131 = and i1 %1124, %1130
	%1132 = select i1 %1131, float %425, float 0xFFF0000000000000
	%1133 = shl i32 %13, 1
	%1134 = add i32 57, %1133
	%1135 = add i32 %198, %1134
	%1136 = icmp slt i32 %1135, %N
	%1137 = shl i32 %13, 1
	%1138 = add i32 57, %1137
	%1139 = add i32 %198, %1138
	%1140 = sub i32 %1139, %198
	%1141 = zext i32 %1140 to i64
	%1142 = lshr i64 %454, %1141
	%1143 = and i64 %1142, 1
	%1144 = icmp ne i64 %1143, 0
	%1145 = and i1 %1136, %1144
	%1146 = select i1 %1145, i32 %1135, i32 0
	%1147 = sitofp i32 %432 to float
	%1148 = sitofp i32 %1146 to float
	%1149 = fcmp ole float %1148, %1147
	%1150 = uitofp i1 %1149 to float
	%1151 = fcmp une float %1150, 0.0
	%1152 = and i1 %1145, %1151
	%1153 = select i1 %1152, float %426, float 0xFFF0000000000000
	%1154 = shl i32 %13, 1
	%1155 = add i32 56, %1154
	%1156 = add i32 %198, %1155
	%1157 = icmp slt i32 %1156, %N
	%1158 = shl i32 %13, 1
	%1159 = add i32 56, %1158
	%1160 = add i32 %198, %1159
	%1161 = sub i32 %1160, %198
	%1162 = zext i32 %1161 to i64
	%1163 = lshr i64 %459, %1162
	%1164 = and i64 %1163, 1
	%1165 = icmp ne i64 %1164, 0
	%1166 = and i1 %1157, %1165
	%1167 = select i1 %1166, i32 %1156, i32 0
	%1168 = sitofp i32 %436 to float
	%1169 = sitofp i32 %1167 to float
	%1170 = fcmp ole float %1169, %1168
	%1171 = uitofp i1 %1170 to float
	%1172 = fcmp une float %1171, 0.0
	%1173 = and i1 %1166, %1172
	%1174 = select i1 %1173, float %427, float 0xFFF0000000000000
	%1175 = shl i32 %13, 1
	%1176 = add i32 57, %1175
	%1177 = add i32 %198, %1176
	%1178 = icmp slt i32 %1177, %N
	%1179 = shl i32 %13, 1
	%1180 = add i32 57, %1179
	%1181 = add i32 %198, %1180
	%1182 = sub i32 %1181, %198
	%1183 = zext i32 %1182 to i64
	%1184 = lshr i64 %459, %1183
	%1185 = and i64 %1184, 1
	%1186 = icmp ne i64 %1185, 0
	%1187 = and i1 %1178, %1186
	%1188 = select i1 %1187, i32 %1177, i32 0
	%1189 = sitofp i32 %436 to float
	%1190 = sitofp i32 %1188 to float
	%1191 = fcmp ole float %1190, %1189
	%1192 = uitofp i1 %1191 to float
	%1193 = fcmp une float %1192, 0.0
	%1194 = and i1 %1187, %1193
	%1195 = select i1 %1194, float %428, float 0xFFF0000000000000
	br label %softmax

softmax:
	%1196 = phi float [ %1285, %rowsfull ], [ %544, %partial ]
	%1197 = phi float [ %1294, %rowsfull ], [ %565, %partial ]
	%1198 = phi float [ %1303, %rowsfull ], [ %586, %partial ]
	%1199 = phi float [ %1312, %rowsfull ], [ %607, %partial ]
	%1200 = phi float [ %1321, %rowsfull ], [ %628, %partial ]
	%1201 = phi float [ %1330, %rowsfull ], [ %649, %partial ]
	%1202 = phi float [ %1339, %rowsfull ], [ %670, %partial ]
	%1203 = phi float [ %1348, %rowsfull ], [ %691, %partial ]
	%1204 = phi float [ %1357, %rowsfull ], [ %712, %partial ]
	%1205 = phi float [ %1366, %rowsfull ], [ %733, %partial ]
	%1206 = phi float [ %1375, %rowsfull ], [ %754, %partial ]
	%1207 = phi float [ %1384, %rowsfull ], [ %775, %partial ]
	%1208 = phi float [ %1393, %rowsfull ], [ %796, %partial ]
	%1209 = phi float [ %1402, %rowsfull ], [ %817, %partial ]
	%1210 = phi float [ %1411, %rowsfull ], [ %838, %partial ]
	%1211 = phi float [ %1420, %rowsfull ], [ %859, %partial ]
	%1212 = phi float [ %1429, %rowsfull ], [ %880, %partial ]
	%1213 = phi float [ %1438, %rowsfull ], [ %901, %partial ]
	%1214 = phi float [ %1447, %rowsfull ], [ %922, %partial ]
	%1215 = phi float [ %1456, %rowsfull ], [ %943, %partial ]
	%1216 = phi float [ %1465, %rowsfull ], [ %964, %partial ]
	%1217 = phi float [ %1474, %rowsfull ], [ %985, %partial ]
	%1218 = phi float [ %1483, %rowsfull ], [ %1006, %partial ]
	%1219 = phi float [ %1492, %rowsfull ], [ %1027, %partial ]
	%1220 = phi float [ %1501, %rowsfull ], [ %1048, %partial ]
	%1221 = phi float [ %1510, %rowsfull ], [ %1069, %partial ]
	%1222 = phi float [ %1519, %rowsfull ], [ %1090, %partial ]
	%1223 = phi float [ %1528, %rowsfull ], [ %1111, %partial ]
	%1224 = phi float [ %1537, %rowsfull ], [ %1132, %partial ]
	%1225 = phi float [ %1546, %rowsfull ], [ %1153, %partial ]
	%1226 = phi float [ %1555, %rowsfull ], [ %1174, %partial ]
	%1227 = phi float [ %1564, %rowsfull ], [ %1195, %partial ]
	%1228 = call float @llvm.nvvm.fmax.f(float %1196, float %1197)
	%1229 = call float @llvm.nvvm.fmax.f(float %1200, float %1201)
	%1230 = call float @llvm.nvvm.fmax.f(float %1204, float %1205)
	%1231 = call float @llvm.nvvm.fmax.f(float %1208, float %1209)
	%1232 = call float @llvm.nvvm.fmax.f(float %1212, float %1213)
	%1233 = call float @llvm.nvvm.fmax.f(float %1216, float %1217)
	%1234 = call float @llvm.nvvm.fmax.f(float %1220, float %1221)
	%1235 = call float @llvm.nvvm.fmax.f(float %1224, float %1225)
	%1236 = call float @llvm.nvvm.fmax.f(float %1228, float %1229)
	%1237 = call float @llvm.nvvm.fmax.f(float %1230, float %1231)
	%1238 = call float @llvm.nvvm.fmax.f(float %1232, float %1233)
	%1239 = call float @llvm.nvvm.fmax.f(float %1234, float %1235)
	%1240 = call float @llvm.nvvm.fmax.f(float %1236, float %1237)
	%1241 = call float @llvm.nvvm.fmax.f(float %1238, float %1239)
	%1242 = call float @llvm.nvvm.fmax.f(float %1240, float %1241)
	%1243 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1242, i32 1, i32 31)
	%1244 = call float @llvm.nvvm.fmax.f(float %1242, float %1243)
	%1245 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1244, i32 2, i32 31)
	%1246 = call float @llvm.nvvm.fmax.f(float %1244, float %1245)
	%1247 = fmul float %1246, 0x3FC7154760000000
	%1248 = call float @llvm.nvvm.fmax.f(float %194, float %1247)
	%1249 = fadd float %194, 8.0
	%1250 = fcmp ogt float %1248, %1249
	%1251 = or i1 false, %1250
	%1252 = call float @llvm.nvvm.fmax.f(float %1198, float %1199)
	%1253 = call float @llvm.nvvm.fmax.f(float %1202, float %1203)
	%1254 = call float @llvm.nvvm.fmax.f(float %1206, float %1207)
	%1255 = call float @llvm.nvvm.fmax.f(float %1210, float %1211)
	%1256 = call float @llvm.nvvm.fmax.f(float %1214, float %1215)
	%1257 = call float @llvm.nvvm.fmax.f(float %1218, float %1219)
	%1258 = call float @llvm.nvvm.fmax.f(float %1222, float %1223)
	%1259 = call float @llvm.nvvm.fmax.f(float %1226, float %1227)
	%1260 = call float @llvm.nvvm.fmax.f(float %1252, float %1253)
	%1261 = call float @llvm.nvvm.fmax.f(float %1254, float %1255)
	%1262 = call float @llvm.nvvm.fmax.f(float %1256, float %1257)
	%1263 = call float @llvm.nvvm.fmax.f(float %1258, float %1259)
	%1264 = call float @llvm.nvvm.fmax.f(float %1260, float %1261)
	%1265 = call float @llvm.nvvm.fmax.f(float %1262, float %1263)
	%1266 = call float @llvm.nvvm.fmax.f(float %1264, float %1265)
	%1267 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1266, i32 1, i32 31)
	%1268 = call float @llvm.nvvm.fmax.f(float %1266, float %1267)
	%1269 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1268, i32 2, i32 31)
	%1270 = call float @llvm.nvvm.fmax.f(float %1268, float %1269)
	%1271 = fmul float %1270, 0x3FC7154760000000
	%1272 = call float @llvm.nvvm.fmax.f(float %196, float %1271)
	%1273 = fadd float %196, 8.0
	%1274 = fcmp ogt float %1272, %1273
	%1275 = or i1 %1251, %1274
	%1276 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1275)
	br i1 %1276, label %1565, label %1608

rowsfull:
	%1277 = shl i32 %13, 1
	%1278 = add i32 0, %1277
	%1279 = add i32 %198, %1278
	%1280 = sub i32 %1279, %198
	%1281 = zext i32 %1280 to i64
	%1282 = lshr i64 %454, %1281
	%1283 = and i64 %1282, 1
	%1284 = icmp ne i64 %1283, 0
	%1285 = select i1 %1284, float %397, float 0xFFF0000000000000
	%1286 = shl i32 %13, 1
	%1287 = add i32 1, %1286
	%1288 = add i32 %198, %1287
	%1289 = sub i32 %1288, %198
	%1290 = zext i32 %1289 to i64
	%1291 = lshr i64 %454, %1290
	%1292 = and i64 %1291, 1
	%1293 = icmp ne i64 %1292, 0
	%1294 = select i1 %1293, float %398, float 0xFFF0000000000000
	%1295 = shl i32 %13, 1
	%1296 = add i32 0, %1295
	%1297 = add i32 %198, %1296
	%1298 = sub i32 %1297, %198
	%1299 = zext i32 %1298 to i64
	%1300 = lshr i64 %459, %1299
	%1301 = and i64 %1300, 1
	%1302 = icmp ne i64 %1301, 0
	%1303 = select i1 %1302, float %399, float 0xFFF0000000000000
	%1304 = shl i32 %13, 1
	%1305 = add i32 1, %1304
	%1306 = add i32 %198, %1305
	%1307 = sub i32 %1306, %198
	%1308 = zext i32 %1307 to i64
	%1309 = lshr i64 %459, %1308
	%1310 = and i64 %1309, 1
	%1311 = icmp ne i64 %1310, 0
	%1312 = select i1 %1311, float %400, float 0xFFF0000000000000
	%1313 = shl i32 %13, 1
	%1314 = add i32 8, %1313
	%1315 = add i32 %198, %1314
	%1316 = sub i32 %1315, %198
	%1317 = zext i32 %1316 to i64
	%1318 = lshr i64 %454, %1317
	%1319 = and i64 %1318, 1
	%1320 = icmp ne i64 %1319, 0
	%1321 = select i1 %1320, float %401, float 0xFFF0000000000000
	%1322 = shl i32 %13, 1
	%1323 = add i32 9, %1322
	%1324 = add i32 %198, %1323
	%1325 = sub i32 %1324, %198
	%1326 = zext i32 %1325 to i64
	%1327 = lshr i64 %454, %1326
	%1328 = and i64 %1327, 1
	%1329 = icmp ne i64 %1328, 0
	%1330 = select i1 %1329, float %402, float 0xFFF0000000000000
	%1331 = shl i32 %13, 1
	%1332 = add i32 8, %1331
	%1333 = add i32 %198, %1332
	%1334 = sub i32 %1333, %198
	%1335 = zext i32 %1334 to i64
	%1336 = lshr i64 %459, %1335
	%1337 = and i64 %1336, 1
	%1338 = icmp ne i64 %1337, 0
	%1339 = select i1 %1338, float %403, float 0xFFF0000000000000
	%1340 = shl i32 %13, 1
	%1341 = add i32 9, %1340
	%1342 = add i32 %198, %1341
	%1343 = sub i32 %1342, %198
	%1344 = zext i32 %1343 to i64
	%1345 = lshr i64 %459, %1344
	%1346 = and i64 %1345, 1
	%1347 = icmp ne i64 %1346, 0
	%1348 = select i1 %1347, float %404, float 0xFFF0000000000000
	%1349 = shl i32 %13, 1
	%1350 = add i32 16, %1349
	%1351 = add i32 %198, %1350
	%1352 = sub i32 %1351, %198
	%1353 = zext i32 %1352 to i64
	%1354 = lshr i64 %454, %1353
	%1355 = and i64 %1354, 1
	%1356 = icmp ne i64 %1355, 0
	%1357 = select i1 %1356, float %405, float 0xFFF0000000000000
	%1358 = shl i32 %13, 1
	%1359 = add i32 17, %1358
	%1360 = add i32 %198, %1359
	%1361 = sub i32 %1360, %198
	%1362 = zext i32 %1361 to i64
	%1363 = lshr i64 %454, %1362
	%1364 = and i64 %1363, 1
	%1365 = icmp ne i64 %1364, 0
	%1366 = select i1 %1365, float %406, float 0xFFF0000000000000
	%1367 = shl i32 %13, 1
	%1368 = add i32 16, %1367
	%1369 = add i32 %198, %1368
	%1370 = sub i32 %1369, %198
	%1371 = zext i32 %1370 to i64
	%1372 = lshr i64 %459, %1371
	%1373 = and i64 %1372, 1
	%1374 = icmp ne i64 %1373, 0
	%1375 = select i1 %1374, float %407, float 0xFFF0000000000000
	%1376 = shl i32 %13, 1
	%1377 = add i32 17, %1376
	%1378 = add i32 %198, %1377
	%1379 = sub i32 %1378, %198
	%1380 = zext i32 %1379 to i64
	%1381 = lshr i64 %459, %1380
	%1382 = and i64 %1381, 1
	%1383 = icmp ne i64 %1382, 0
	%1384 = select i1 %1383, float %408, float 0xFFF0000000000000
	%1385 = shl i32 %13, 1
	%1386 = add i32 24, %1385
	%1387 = add i32 %198, %1386
	%1388 = sub i32 %1387, %198
	%1389 = zext i32 %1388 to i64
	%1390 = lshr i64 %454, %1389
	%1391 = and i64 %1390, 1
	%1392 = icmp ne i64 %1391, 0
	%1393 = select i1 %1392, float %409, float 0xFFF0000000000000
	%1394 = shl i32 %13, 1
	%1395 = add i32 25, %1394
	%1396 = add i32 %198, %1395
	%1397 = sub i32 %1396, %198
	%1398 = zext i32 %1397 to i64
	%1399 = lshr i64 %454, %1398
	%1400 = and i64 %1399, 1
	%1401 = icmp ne i64 %1400, 0
	%1402 = select i1 %1401, float %410, float 0xFFF0000000000000
	%1403 = shl i32 %13, 1
	%1404 = add i32 24, %1403
	%1405 = add i32 %198, %1404
	%1406 = sub i32 %1405, %198
	%1407 = zext i32 %1406 to i64
	%1408 = lshr i64 %459, %1407
	%1409 = and i64 %1408, 1
	%1410 = icmp ne i64 %1409, 0
	%1411 = select i1 %1410, float %411, float 0xFFF0000000000000
	%1412 = shl i32 %13, 1
	%1413 = add i32 25, %1412
	%1414 = add i32 %198, %1413
	%1415 = sub i32 %1414, %198
	%1416 = zext i32 %1415 to i64
	%1417 = lshr i64 %459, %1416
	%1418 = and i64 %1417, 1
	%1419 = icmp ne i64 %1418, 0
	%1420 = select i1 %1419, float %412, float 0xFFF0000000000000
	%1421 = shl i32 %13, 1
	%1422 = add i32 32, %1421
	%1423 = add i32 %198, %1422
	%1424 = sub i32 %1423, %198
	%1425 = zext i32 %1424 to i64
	%1426 = lshr i64 %454, %1425
	%1427 = and i64 %1426, 1
	%1428 = icmp ne i64 %1427, 0
	%1429 = select i1 %1428, float %413, float 0xFFF0000000000000
	%1430 = shl i32 %13, 1
	%1431 = add i32 33, %1430
	%1432 = add i32 %198, %1431
	%1433 = sub i32 %1432, %198
	%1434 = zext i32 %1433 to i64
	%1435 = lshr i64 %454, %1434
	%1436 = and i64 %1435, 1
	%1437 = icmp ne i64 %1436, 0
	%1438 = select i1 %1437, float %414, float 0xFFF0000000000000
	%1439 = shl i32 %13, 1
	%1440 = add i32 32, %1439
	%1441 = add i32 %198, %1440
	%1442 = sub i32 %1441, %198
	%1443 = zext i32 %1442 to i64
	%1444 = lshr i64 %459, %1443
	%1445 = and i64 %1444, 1
	%1446 = icmp ne i64 %1445, 0
	%1447 = select i1 %1446, float %415, float 0xFFF0000000000000
	%1448 = shl i32 %13, 1
	%1449 = add i32 33, %1448
	%1450 = add i32 %198, %1449
	%1451 = sub i32 %1450, %198
	%1452 = zext i32 %1451 to i64
	%1453 = lshr i64 %459, %1452
	%1454 = and i64 %1453, 1
	%1455 = icmp ne i64 %1454, 0
	%1456 = select i1 %1455, float %416, float 0xFFF0000000000000
	%1457 = shl i32 %13, 1
	%1458 = add i32 40, %1457
	%1459 = add i32 %198, %1458
	%1460 = sub i32 %1459, %198
	%1461 = zext i32 %1460 to i64
	%1462 = lshr i64 %454, %1461
	%1463 = and i64 %1462, 1
	%1464 = icmp ne i64 %1463, 0
	%1465 = select i1 %1464, float %417, float 0xFFF0000000000000
	%1466 = shl i32 %13, 1
	%1467 = add i32 41, %1466
	%1468 = add i32 %198, %1467
	%1469 = sub i32 %1468, %198
	%1470 = zext i32 %1469 to i64
	%1471 = lshr i64 %454, %1470
	%1472 = and i64 %1471, 1
	%1473 = icmp ne i64 %1472, 0
	%1474 = select i1 %1473, float %418, float 0xFFF0000000000000
	%1475 = shl i32 %13, 1
	%1476 = add i32 40, %1475
	%1477 = add i32 %198, %1476
	%1478 = sub i32 %1477, %198
	%1479 = zext i32 %1478 to i64
	%1480 = lshr i64 %459, %1479
	%1481 = and i64 %1480, 1
	%1482 = icmp ne i64 %1481, 0
	%1483 = select i1 %1482, float %419, float 0xFFF0000000000000
	%1484 = shl i32 %13, 1
	%1485 = add i32 41, %1484
	%1486 = add i32 %198, %1485
	%1487 = sub i32 %1486, %198
	%1488 = zext i32 %1487 to i64
	%1489 = lshr i64 %459, %1488
	%1490 = and i64 %1489, 1
	%1491 = icmp ne i64 %1490, 0
	%1492 = select i1 %1491, float %420, float 0xFFF0000000000000
	%1493 = shl i32 %13, 1
	%1494 = add i32 48, %1493
	%1495 = add i32 %198, %1494
	%1496 = sub i32 %1495, %198
	%1497 = zext i32 %1496 to i64
	%1498 = lshr i64 %454, %1497
	%1499 = and i64 %1498, 1
	%1500 = icmp ne i64 %1499, 0
	%1501 = select i1 %1500, float %421, float 0xFFF0000000000000
	%1502 = shl i32 %13, 1
	%1503 = add i32 49, %1502
	%1504 = add i32 %198, %1503
	%1505 = sub i32 %1504, %198
	%1506 = zext i32 %1505 to i64
	%1507 = lshr i64 %454, %1506
	%1508 = and i64 %1507, 1
	%1509 = icmp ne i64 %1508, 0
	%1510 = select i1 %1509, float %422, float 0xFFF0000000000000
	%1511 = shl i32 %13, 1
	%1512 = add i32 48, %1511
	%1513 = add i32 %198, %1512
	%1514 = sub i32 %1513, %198
	%1515 = zext i32 %1514 to i64
	%1516 = lshr i64 %459, %1515
	%1517 = and i64 %1516, 1
	%1518 = icmp ne i64 %1517, 0
	%1519 = select i1 %1518, float %423, float 0xFFF0000000000000
	%1520 = shl i32 %13, 1
	%1521 = add i32 49, %1520
	%1522 = add i32 %198, %1521
	%1523 = sub i32 %1522, %198
	%1524 = zext i32 %1523 to i64
	%1525 = lshr i64 %459, %1524
	%1526 = and i64 %1525, 1
	%1527 = icmp ne i64 %1526, 0
	%1528 = select i1 %1527, float %424, float 0xFFF0000000000000
	%1529 = shl i32 %13, 1
	%1530 = add i32 56, %1529
	%1531 = add i32 %198, %1530
	%1532 = sub i32 %1531, %198
	%1533 = zext i32 %1532 to i64
	%1534 = lshr i64 %454, %1533
	%1535 = and i64 %1534, 1
	%1536 = icmp ne i64 %1535, 0
	%1537 = select i1 %1536, float %425, float 0xFFF0000000000000
	%1538 = shl i32 %13, 1
	%1539 = add i32 57, %1538
	%1540 = add i32 %198, %1539
	%1541 = sub i32 %1540, %198
	%1542 = zext i32 %1541 to i64
	%1543 = lshr i64 %454, %1542
	%1544 = and i64 %1543, 1
	%1545 = icmp ne i64 %1544, 0
	%1546 = select i1 %1545, float %426, float 0xFFF0000000000000
	%1547 = shl i32 %13, 1
	%1548 = add i32 56, %1547
	%1549 = add i32 %198, %1548
	%1550 = sub i32 %1549, %198
	%1551 = zext i32 %1550 to i64
	%1552 = lshr i64 %459, %1551
	%1553 = and i64 %1552, 1
	%1554 = icmp ne i64 %1553, 0
	%1555 = select i1 %1554, float %427, float 0xFFF0000000000000
	%1556 = shl i32 %13, 1
	%1557 = add i32 57, %1556
	%1558 = add i32 %198, %1557
	%1559 = sub i32 %1558, %198
	%1560 = zext i32 %1559 to i64
	%1561 = lshr i64 %459, %1560
	%1562 = and i64 %1561, 1
	%1563 = icmp ne i64 %1562, 0
	%1564 = select i1 %1563, float %428, float 0xFFF0000000000000
	br label %softmax

1565:
	%1566 = fcmp oeq float %1248, 0xFFF0000000000000
	%1567 = select i1 %1566, float 0.0, float %1248
	%1568 = fsub float %194, %1567
	%1569 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1568)
	%1570 = fcmp oeq float %1272, 0xFFF0000000000000
	%1571 = select i1 %1570, float 0.0, float %1272
	%1572 = fsub float %196, %1571
	%1573 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1572)
	%1574 = fmul float %162, %1569
	%1575 = fmul float %163, %1569
	%1576 = fmul float %164, %1573
	%1577 = fmul float %165, %1573
	%1578 = fmul float %166, %1569
	%1579 = fmul float %167, %1569
	%1580 = fmul float %168, %1573
	%1581 = fmul float %169, %1573
	%1582 = fmul float %170, %1569
	%1583 = fmul float %171, %1569
	%1584 = fmul float %172, %1573
	%1585 = fmul float %173, %1573
	%1586 = fmul float %174, %1569
	%1587 = fmul float %175, %1569
	%1588 = fmul float %176, %1573
	%1589 = fmul float %177, %1573
	%1590 = fmul float %178, %1569
	%1591 = fmul float %179, %1569
	%1592 = fmul float %180, %1573
	%1593 = fmul float %181, %1573
	%1594 = fmul float %182, %1569
	%1595 = fmul float %183, %1569
	%1596 = fmul float %184, %1573
	%1597 = fmul float %185, %1573
	%1598 = fmul float %186, %1569
	%1599 = fmul float %187, %1569
	%1600 = fmul float %188, %1573
	%1601 = fmul float %189, %1573
	%1602 = fmul float %190, %1569
	%1603 = fmul float %191, %1569
	%1604 = fmul float %192, %1573
	%1605 = fmul float %193, %1573
	%1606 = fmul float %195, %1569
	%1607 = fmul float %197, %1573
	br label %1608

1608:
	%1609 = phi float [ %162, %softmax ], [ %1574, %1565 ]
	%1610 = phi float [ %163, %softmax ], [ %1575, %1565 ]
	%1611 = phi float [ %164, %softmax ], [ %1576, %1565 ]
	%1612 = phi float [ %165, %softmax ], [ %1577, %1565 ]
	%1613 = phi float [ %166, %softmax ], [ %1578, %1565 ]
	%1614 = phi float [ %167, %softmax ], [ %1579, %1565 ]
	%1615 = phi float [ %168, %softmax ], [ %1580, %1565 ]
	%1616 = phi float [ %169, %softmax ], [ %1581, %1565 ]
	%1617 = phi float [ %170, %softmax ], [ %1582, %1565 ]
	%1618 = phi float [ %171, %softmax ], [ %1583, %1565 ]
	%1619 = phi float [ %172, %softmax ], [ %1584, %1565 ]
	%1620 = phi float [ %173, %softmax ], [ %1585, %1565 ]
	%1621 = phi float [ %174, %softmax ], [ %1586, %1565 ]
	%1622 = phi float [ %175, %softmax ], [ %1587, %1565 ]
	%1623 = phi float [ %176, %softmax ], [ %1588, %1565 ]
	%1624 = phi float [ %177, %softmax ], [ %1589, %1565 ]
	%1625 = phi float [ %178, %softmax ], [ %1590, %1565 ]
	%1626 = phi float [ %179, %softmax ], [ %1591, %1565 ]
	%1627 = phi float [ %180, %softmax ], [ %1592, %1565 ]
	%1628 = phi float [ %181, %softmax ], [ %1593, %1565 ]
	%1629 = phi float [ %182, %softmax ], [ %1594, %1565 ]
	%1630 = phi float [ %183, %softmax ], [ %1595, %1565 ]
	%1631 = phi float [ %184, %softmax ], [ %1596, %1565 ]
	%1632 = phi float [ %185, %softmax ], [ %1597, %1565 ]
	%1633 = phi float [ %186, %softmax ], [ %1598, %1565 ]
	%1634 = phi float [ %187, %softmax ], [ %1599, %1565 ]
	%1635 = phi float [ %188, %softmax ], [ %1600, %1565 ]
	%1636 = phi float [ %189, %softmax ], [ %1601, %1565 ]
	%1637 = phi float [ %190, %softmax ], [ %1602, %1565 ]
	%1638 = phi float [ %191, %softmax ], [ %1603, %1565 ]
	%1639 = phi float [ %192, %softmax ], [ %1604, %1565 ]
	%1640 = phi float [ %193, %softmax ], [ %1605, %1565 ]
	%1641 = phi float [ %195, %softmax ], [ %1606, %1565 ]
	%1642 = phi float [ %197, %softmax ], [ %1607, %1565 ]
	%1643 = select i1 %1276, float %1248, float %194
	%1644 = fcmp oeq float %1643, 0xFFF0000000000000
	%1645 = select i1 %1644, float 0.0, float %1643
	%1646 = fneg float %1645
	%1647 = call float @llvm.fma.f32(float %1196, float 0x3FC7154760000000, float %1646)
	%1648 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1647)
	%1649 = call float @llvm.fma.f32(float %1197, float 0x3FC7154760000000, float %1646)
	%1650 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1649)
	%1651 = call float @llvm.fma.f32(float %1200, float 0x3FC7154760000000, float %1646)
	%1652 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1651)
	%1653 = call float @llvm.fma.f32(float %1201, float 0x3FC7154760000000, float %1646)
	%1654 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1653)
	%1655 = call float @llvm.fma.f32(float %1204, float 0x3FC7154760000000, float %1646)
	%1656 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1655)
	%1657 = call float @llvm.fma.f32(float %1205, float 0x3FC7154760000000, float %1646)
	%1658 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1657)
	%1659 = call float @llvm.fma.f32(float %1208, float 0x3FC7154760000000, float %1646)
	%1660 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1659)
	%1661 = call float @llvm.fma.f32(float %1209, float 0x3FC7154760000000, float %1646)
	%1662 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1661)
	%1663 = call float @llvm.fma.f32(float %1212, float 0x3FC7154760000000, float %1646)
	%1664 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1663)
	%1665 = call float @llvm.fma.f32(float %1213, float 0x3FC7154760000000, float %1646)
	%1666 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1665)
	%1667 = call float @llvm.fma.f32(float %1216, float 0x3FC7154760000000, float %1646)
	%1668 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1667)
	%1669 = call float @llvm.fma.f32(float %1217, float 0x3FC7154760000000, float %1646)
	%1670 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1669)
	%1671 = call float @llvm.fma.f32(float %1220, float 0x3FC7154760000000, float %1646)
	%1672 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1671)
	%1673 = call float @llvm.fma.f32(float %1221, float 0x3FC7154760000000, float %1646)
	%1674 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1673)
	%1675 = call float @llvm.fma.f32(float %1224, float 0x3FC7154760000000, float %1646)
	%1676 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1675)
	%1677 = call float @llvm.fma.f32(float %1225, float 0x3FC7154760000000, float %1646)
	%1678 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1677)
	%1679 = fadd float %1648, %1650
	%1680 = fadd float %1652, %1654
	%1681 = fadd float %1656, %1658
	%1682 = fadd float %1660, %1662
	%1683 = fadd float %1664, %1666
	%1684 = fadd float %1668, %1670
	%1685 = fadd float %1672, %1674
	%1686 = fadd float %1676, %1678
	%1687 = fadd float %1679, %1680
	%1688 = fadd float %1681, %1682
	%1689 = fadd float %1683, %1684
	%1690 = fadd float %1685, %1686
	%1691 = fadd float %1687, %1688
	%1692 = fadd float %1689, %1690
	%1693 = fadd float %1691, %1692
	%1694 = fadd float %1641, %1693
	%1695 = select i1 %1276, float %1272, float %196
	%1696 = fcmp oeq float %1695, 0xFFF0000000000000
	%1697 = select i1 %1696, float 0.0, float %1695
	%1698 = fneg float %1697
	%1699 = call float @llvm.fma.f32(float %1198, float 0x3FC7154760000000, float %1698)
	%1700 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1699)
	%1701 = call float @llvm.fma.f32(float %1199, float 0x3FC7154760000000, float %1698)
	%1702 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1701)
	%1703 = call float @llvm.fma.f32(float %1202, float 0x3FC7154760000000, float %1698)
	%1704 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1703)
	%1705 = call float @llvm.fma.f32(float %1203, float 0x3FC7154760000000, float %1698)
	%1706 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1705)
	%1707 = call float @llvm.fma.f32(float %1206, float 0x3FC7154760000000, float %1698)
	%1708 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1707)
	%1709 = call float @llvm.fma.f32(float %1207, float 0x3FC7154760000000, float %1698)
	%1710 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1709)
	%1711 = call float @llvm.fma.f32(float %1210, float 0x3FC7154760000000, float %1698)
	%1712 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1711)
	%1713 = call float @llvm.fma.f32(float %1211, float 0x3FC7154760000000, float %1698)
	%1714 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1713)
	%1715 = call float @llvm.fma.f32(float %1214, float 0x3FC7154760000000, float %1698)
	%1716 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1715)
	%1717 = call float @llvm.fma.f32(float %1215, float 0x3FC7154760000000, float %1698)
	%1718 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1717)
	%1719 = call float @llvm.fma.f32(float %1218, float 0x3FC7154760000000, float %1698)
	%1720 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1719)
	%1721 = call float @llvm.fma.f32(float %1219, float 0x3FC7154760000000, float %1698)
	%1722 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1721)
	%1723 = call float @llvm.fma.f32(float %1222, float 0x3FC7154760000000, float %1698)
	%1724 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1723)
	%1725 = call float @llvm.fma.f32(float %1223, float 0x3FC7154760000000, float %1698)
	%1726 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1725)
	%1727 = call float @llvm.fma.f32(float %1226, float 0x3FC7154760000000, float %1698)
	%1728 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1727)
	%1729 = call float @llvm.fma.f32(float %1227, float 0x3FC7154760000000, float %1698)
	%1730 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1729)
	%1731 = fadd float %1700, %1702
	%1732 = fadd float %1704, %1706
	%1733 = fadd float %1708, %1710
	%1734 = fadd float %1712, %1714
	%1735 = fadd float %1716, %1718
	%1736 = fadd float %1720, %1722
	%1737 = fadd float %1724, %1726
	%1738 = fadd float %1728, %1730
	%1739 = fadd float %1731, %1732
	%1740 = fadd float %1733, %1734
	%1741 = fadd float %1735, %1736
	%1742 = fadd float %1737, %1738
	%1743 = fadd float %1739, %1740
	%1744 = fadd float %1741, %1742
	%1745 = fadd float %1743, %1744
	%1746 = fadd float %1642, %1745
	%1747 = add i32 %160, 1
	%1748 = icmp slt i32 %1747, %NK
	%1749 = select i1 %1748, i32 %1747, i32 0
	%1750 = add i32 %48, %1749
	%1751 = sext i32 %1750 to i64
	%1752 = getelementptr i32, i32* %list, i64 %1751
	%1753 = load i32, i32* %1752
	%1754 = select i1 %1748, i32 %1753, i32 -1
	%1755 = icmp sge i32 %1754, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %1755, label %prefetch, label %pv

prefetch:
	%1756 = mul i32 %1754, 64
	%1757 = lshr i32 %9, 3
	%1758 = and i32 %9, 7
	%1759 = lshr i32 %1758, 3
	%1760 = mul i32 %1759, u0x2000
	%1761 = and i32 %1758, 7
	%1762 = and i32 %1757, 7
	%1763 = xor i32 %1761, %1762
	%1764 = mul i32 %1757, 128
	%1765 = shl i32 %1763, 4
	%1766 = add i32 %1764, %1765
	%1767 = add i32 %1760, %1766
	%1768 = add i32 %0, %1767
	%1769 = add i32 %1756, %1757
	%1770 = mul i32 %1769, 64
	%1771 = mul i32 %1758, 8
	%1772 = add i32 %1770, %1771
	%1773 = sext i32 %1772 to i64
	%1774 = getelementptr i16, i16* %39, i64 %1773
	%1775 = add i32 %1769, 0
	%1776 = icmp slt i32 %1775, %N
	%1777 = getelementptr i16, i16* %1774, i64 0
	%1778 = select i1 %1776, i16* %1777, i16* %39
	%1779 = add i32 %1768, 0
	%1780 = select i1 %1776, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1779, i16* %1778, i32 %1780)
	%1781 = add i32 %1769, 16
	%1782 = icmp slt i32 %1781, %N
	%1783 = getelementptr i16, i16* %1774, i64 1024
	%1784 = select i1 %1782, i16* %1783, i16* %39
	%1785 = add i32 %1768, 2048
	%1786 = select i1 %1782, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1785, i16* %1784, i32 %1786)
	%1787 = add i32 %1769, 32
	%1788 = icmp slt i32 %1787, %N
	%1789 = getelementptr i16, i16* %1774, i64 2048
	%1790 = select i1 %1788, i16* %1789, i16* %39
	%1791 = add i32 %1768, u0x1000
	%1792 = select i1 %1788, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1791, i16* %1790, i32 %1792)
	%1793 = add i32 %1769, 48
	%1794 = icmp slt i32 %1793, %N
	%1795 = getelementptr i16, i16* %1774, i64 3072
	%1796 = select i1 %1794, i16* %1795, i16* %39
	%1797 = add i32 %1768, 6144
	%1798 = select i1 %1794, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1797, i16* %1796, i32 %1798)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1799 = and i32 %11, 7
	%1800 = lshr i32 %11, 3
	%1801 = and i32 %1800, 1
	%1802 = shl i32 %1801, 3
	%1803 = add i32 %1799, %1802
	%1804 = mul i32 %1803, 128
	%1805 = add i32 %1, %1804
	%1806 = and i32 %11, 7
	%1807 = xor i32 %107, %1806
	%1808 = shl i32 %1807, 4
	%1809 = add i32 %1805, %1808
	%1810 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1650, float %1648)
	%1811 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1702, float %1700)
	%1812 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1654, float %1652)
	%1813 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1706, float %1704)
	%1814 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1658, float %1656)
	%1815 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1710, float %1708)
	%1816 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1662, float %1660)
	%1817 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1714, float %1712)
	%1818 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1666, float %1664)
	%1819 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1718, float %1716)
	%1820 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1670, float %1668)
	%1821 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1722, float %1720)
	%1822 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1674, float %1672)
	%1823 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1726, float %1724)
	%1824 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1678, float %1676)
	%1825 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1730, float %1728)
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%1826 = add i32 %8, 0
	%1827 = zext i32 %1826 to i64
	%1828 = or i64 %1827, u0x4000004002000000
	%1829 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1609, float %1610, float %1611, float %1612, float %1613, float %1614, float %1615, float %1616, float %1617, float %1618, float %1619, float %1620, float %1621, float %1622, float %1623, float %1624, float %1625, float %1626, float %1627, float %1628, float %1629, float %1630, float %1631, float %1632, float %1633, float %1634, float %1635, float %1636, float %1637, float %1638, float %1639, float %1640, i32 %1810, i32 %1811, i32 %1812, i32 %1813, i64 %1828, i32 1)
	%1830 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1829, 0
	%1831 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1829, 1
	%1832 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1829, 2
	%1833 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1829, 3
	%1834 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1829, 4
	%1835 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1829, 5
	%1836 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1829, 6
	%1837 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1829, 7
	%1838 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1829, 8
	%1839 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1829, 9
	%1840 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1829, 10
	%1841 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1829, 11
	%1842 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1829, 12
	%1843 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1829, 13
	%1844 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1829, 14
	%1845 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1829, 15
	%1846 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1829, 16
	%1847 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1829, 17
	%1848 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1829, 18
	%1849 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1829, 19
	%1850 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1829, 20
	%1851 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1829, 21
	%1852 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1829, 22
	%1853 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1829, 23
	%1854 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1829, 24
	%1855 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1829, 25
	%1856 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1829, 26
	%1857 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1829, 27
	%1858 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1829, 28
	%1859 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1829, 29
	%1860 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1829, 30
	%1861 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1829, 31
	%1862 = add i32 %8, 128
	%1863 = zext i32 %1862 to i64
	%1864 = or i64 %1863, u0x4000004002000000
	%1865 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1830, float %1831, float %1832, float %1833, float %1834, float %1835, float %1836, float %1837, float %1838, float %1839, float %1840, float %1841, float %1842, float %1843, float %1844, float %1845, float %1846, float %1847, float %1848, float %1849, float %1850, float %1851, float %1852, float %1853, float %1854, float %1855, float %1856, float %1857, float %1858, float %1859, float %1860, float %1861, i32 %1814, i32 %1815, i32 %1816, i32 %1817, i64 %1864, i32 1)
	%1866 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1865, 0
	%1867 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1865, 1
	%1868 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1865, 2
	%1869 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1865, 3
	%1870 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1865, 4
	%1871 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1865, 5
	%1872 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1865, 6
	%1873 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1865, 7
	%1874 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1865, 8
	%1875 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1865, 9
	%1876 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1865, 10
	%1877 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1865, 11
	%1878 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1865, 12
	%1879 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1865, 13
	%1880 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1865, 14
	%1881 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1865, 15
	%1882 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1865, 16
	%1883 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1865, 17
	%1884 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1865, 18
	%1885 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1865, 19
	%1886 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1865, 20
	%1887 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1865, 21
	%1888 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1865, 22
	%1889 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1865, 23
	%1890 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1865, 24
	%1891 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1865, 25
	%1892 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1865, 26
	%1893 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1865, 27
	%1894 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1865, 28
	%1895 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1865, 29
	%1896 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1865, 30
	%1897 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1865, 31
	%1898 = add i32 %8, 256
	%1899 = zext i32 %1898 to i64
	%1900 = or i64 %1899, u0x4000004002000000
	%1901 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1866, float %1867, float %1868, float %1869, float %1870, float %1871, float %1872, float %1873, float %1874, float %1875, float %1876, float %1877, float %1878, float %1879, float %1880, float %1881, float %1882, float %1883, float %1884, float %1885, float %1886, float %1887, float %1888, float %1889, float %1890, float %1891, float %1892, float %1893, float %1894, float %1895, float %1896, float %1897, i32 %1818, i32 %1819, i32 %1820, i32 %1821, i64 %1900, i32 1)
	%1902 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1901, 0
	%1903 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1901, 1
	%1904 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1901, 2
	%1905 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1901, 3
	%1906 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1901, 4
	%1907 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1901, 5
	%1908 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1901, 6
	%1909 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1901, 7
	%1910 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1901, 8
	%1911 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1901, 9
	%1912 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1901, 10
	%1913 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1901, 11
	%1914 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1901, 12
	%1915 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1901, 13
	%1916 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1901, 14
	%1917 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1901, 15
	%1918 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1901, 16
	%1919 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1901, 17
	%1920 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1901, 18
	%1921 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1901, 19
	%1922 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1901, 20
	%1923 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1901, 21
	%1924 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1901, 22
	%1925 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1901, 23
	%1926 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1901, 24
	%1927 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1901, 25
	%1928 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1901, 26
	%1929 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1901, 27
	%1930 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1901, 28
	%1931 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1901, 29
	%1932 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1901, 30
	%1933 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1901, 31
	%1934 = add i32 %8, 384
	%1935 = zext i32 %1934 to i64
	%1936 = or i64 %1935, u0x4000004002000000
	%1937 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1902, float %1903, float %1904, float %1905, float %1906, float %1907, float %1908, float %1909, float %1910, float %1911, float %1912, float %1913, float %1914, float %1915, float %1916, float %1917, float %1918, float %1919, float %1920, float %1921, float %1922, float %1923, float %1924, float %1925, float %1926, float %1927, float %1928, float %1929, float %1930, float %1931, float %1932, float %1933, i32 %1822, i32 %1823, i32 %1824, i32 %1825, i64 %1936, i32 1)
	%1938 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1937, 0
	%1939 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1937, 1
	%1940 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1937, 2
	%1941 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1937, 3
	%1942 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1937, 4
	%1943 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1937, 5
	%1944 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1937, 6
	%1945 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1937, 7
	%1946 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1937, 8
	%1947 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1937, 9
	%1948 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1937, 10
	%1949 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1937, 11
	%1950 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1937, 12
	%1951 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1937, 13
	%1952 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1937, 14
	%1953 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1937, 15
	%1954 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1937, 16
	%1955 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1937, 17
	%1956 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1937, 18
	%1957 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1937, 19
	%1958 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1937, 20
	%1959 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1937, 21
	%1960 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1937, 22
	%1961 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1937, 23
	%1962 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1937, 24
	%1963 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1937, 25
	%1964 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1937, 26
	%1965 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1937, 27
	%1966 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1937, 28
	%1967 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1937, 29
	%1968 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1937, 30
	%1969 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1937, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%1970 = call float asm sideeffect "", "=f,0"(float %1938)
	%1971 = call float asm sideeffect "", "=f,0"(float %1939)
	%1972 = call float asm sideeffect "", "=f,0"(float %1940)
	%1973 = call float asm sideeffect "", "=f,0"(float %1941)
	%1974 = call float asm sideeffect "", "=f,0"(float %1942)
	%1975 = call float asm sideeffect "", "=f,0"(float %1943)
	%1976 = call float asm sideeffect "", "=f,0"(float %1944)
	%1977 = call float asm sideeffect "", "=f,0"(float %1945)
	%1978 = call float asm sideeffect "", "=f,0"(float %1946)
	%1979 = call float asm sideeffect "", "=f,0"(float %1947)
	%1980 = call float asm sideeffect "", "=f,0"(float %1948)
	%1981 = call float asm sideeffect "", "=f,0"(float %1949)
	%1982 = call float asm sideeffect "", "=f,0"(float %1950)
	%1983 = call float asm sideeffect "", "=f,0"(float %1951)
	%1984 = call float asm sideeffect "", "=f,0"(float %1952)
	%1985 = call float asm sideeffect "", "=f,0"(float %1953)
	%1986 = call float asm sideeffect "", "=f,0"(float %1954)
	%1987 = call float asm sideeffect "", "=f,0"(float %1955)
	%1988 = call float asm sideeffect "", "=f,0"(float %1956)
	%1989 = call float asm sideeffect "", "=f,0"(float %1957)
	%1990 = call float asm sideeffect "", "=f,0"(float %1958)
	%1991 = call float asm sideeffect "", "=f,0"(float %1959)
	%1992 = call float asm sideeffect "", "=f,0"(float %1960)
	%1993 = call float asm sideeffect "", "=f,0"(float %1961)
	%1994 = call float asm sideeffect "", "=f,0"(float %1962)
	%1995 = call float asm sideeffect "", "=f,0"(float %1963)
	%1996 = call float asm sideeffect "", "=f,0"(float %1964)
	%1997 = call float asm sideeffect "", "=f,0"(float %1965)
	%1998 = call float asm sideeffect "", "=f,0"(float %1966)
	%1999 = call float asm sideeffect "", "=f,0"(float %1967)
	%2000 = call float asm sideeffect "", "=f,0"(float %1968)
	%2001 = call float asm sideeffect "", "=f,0"(float %1969)
	br i1 %1755, label %loop, label %epilogue

store0:
	%2002 = mul i32 %29, %M
	%2003 = add i32 %2002, %506
	%2004 = mul i32 %2003, 64
	%2005 = shl i32 %13, 1
	%2006 = add i32 0, %2005
	%2007 = add i32 %2004, %2006
	%2008 = sext i32 %2007 to i64
	%2009 = getelementptr i16, i16* %out, i64 %2008
	%2010 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %508, float %507)
	%2011 = bitcast i16* %2009 to i32*
	store i32 %2010, i32* %2011
	%2012 = shl i32 %13, 1
	%2013 = add i32 8, %2012
	%2014 = add i32 %2004, %2013
	%2015 = sext i32 %2014 to i64
	%2016 = getelementptr i16, i16* %out, i64 %2015
	%2017 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %510, float %509)
	%2018 = bitcast i16* %2016 to i32*
	store i32 %2017, i32* %2018
	%2019 = shl i32 %13, 1
	%2020 = add i32 16, %2019
	%2021 = add i32 %2004, %2020
	%2022 = sext i32 %2021 to i64
	%2023 = getelementptr i16, i16* %out, i64 %2022
	%2024 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %512, float %511)
	%2025 = bitcast i16* %2023 to i32*
	store i32 %2024, i32* %2025
	%2026 = shl i32 %13, 1
	%2027 = add i32 24, %2026
	%2028 = add i32 %2004, %2027
	%2029 = sext i32 %2028 to i64
	%2030 = getelementptr i16, i16* %out, i64 %2029
	%2031 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %514, float %513)
	%2032 = bitcast i16* %2030 to i32*
	store i32 %2031, i32* %2032
	%2033 = shl i32 %13, 1
	%2034 = add i32 32, %2033
	%2035 = add i32 %2004, %2034
	%2036 = sext i32 %2035 to i64
	%2037 = getelementptr i16, i16* %out, i64 %2036
	%2038 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %516, float %515)
	%2039 = bitcast i16* %2037 to i32*
	store i32 %2038, i32* %2039
	%2040 = shl i32 %13, 1
	%2041 = add i32 40, %2040
	%2042 = add i32 %2004, %2041
	%2043 = sext i32 %2042 to i64
	%2044 = getelementptr i16, i16* %out, i64 %2043
	%2045 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %518, float %517)
	%2046 = bitcast i16* %2044 to i32*
	store i32 %2045, i32* %2046
	%2047 = shl i32 %13, 1
	%2048 = add i32 48, %2047
	%2049 = add i32 %2004, %2048
	%2050 = sext i32 %2049 to i64
	%2051 = getelementptr i16, i16* %out, i64 %2050
	%2052 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %520, float %519)
	%2053 = bitcast i16* %2051 to i32*
	store i32 %2052, i32* %2053
	%2054 = shl i32 %13, 1
	%2055 = add i32 56, %2054
	%2056 = add i32 %2004, %2055
	%2057 = sext i32 %2056 to i64
	%2058 = getelementptr i16, i16* %out, i64 %2057
	%2059 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %522, float %521)
	%2060 = bitcast i16* %2058 to i32*
	store i32 %2059, i32* %2060
	br label %stored0

stored0:
	%2061 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %462, i32 1, i32 31)
	%2062 = fadd float %462, %2061
	%2063 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2062, i32 2, i32 31)
	%2064 = fadd float %2062, %2063
	%2065 = fcmp ogt float %2064, 0.0
	%2066 = fdiv float 1.0, %2064
	%2067 = select i1 %2065, float %2066, float 0.0
	%2068 = mul i32 %10, 16
	%2069 = add i32 %31, %2068
	%2070 = add i32 %12, 8
	%2071 = add i32 %2069, %2070
	%2072 = fmul float %466, %2067
	%2073 = fmul float %467, %2067
	%2074 = fmul float %470, %2067
	%2075 = fmul float %471, %2067
	%2076 = fmul float %474, %2067
	%2077 = fmul float %475, %2067
	%2078 = fmul float %478, %2067
	%2079 = fmul float %479, %2067
	%2080 = fmul float %482, %2067
	%2081 = fmul float %483, %2067
	%2082 = fmul float %486, %2067
	%2083 = fmul float %487, %2067
	%2084 = fmul float %490, %2067
	%2085 = fmul float %491, %2067
	%2086 = fmul float %494, %2067
	%2087 = fmul float %495, %2067
	%2088 = icmp slt i32 %2071, %M
	br i1 %2088, label %store1, label %stored1

store1:
	%2089 = mul i32 %29, %M
	%2090 = add i32 %2089, %2071
	%2091 = mul i32 %2090, 64
	%2092 = shl i32 %13, 1
	%2093 = add i32 0, %2092
	%2094 = add i32 %2091, %2093
	%2095 = sext i32 %2094 to i64
	%2096 = getelementptr i16, i16* %out, i64 %2095
	%2097 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2073, float %2072)
	%2098 = bitcast i16* %2096 to i32*
	store i32 %2097, i32* %2098
	%2099 = shl i32 %13, 1
	%2100 = add i32 8, %2099
	%2101 = add i32 %2091, %2100
	%2102 = sext i32 %2101 to i64
	%2103 = getelementptr i16, i16* %out, i64 %2102
	%2104 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2075, float %2074)
	%2105 = bitcast i16* %2103 to i32*
	store i32 %2104, i32* %2105
	%2106 = shl i32 %13, 1
	%2107 = add i32 16, %2106
	%2108 = add i32 %2091, %2107
	%2109 = sext i32 %2108 to i64
	%2110 = getelementptr i16, i16* %out, i64 %2109
	%2111 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2077, float %2076)
	%2112 = bitcast i16* %2110 to i32*
	store i32 %2111, i32* %2112
	%2113 = shl i32 %13, 1
	%2114 = add i32 24, %2113
	%2115 = add i32 %2091, %2114
	%2116 = sext i32 %2115 to i64
	%2117 = getelementptr i16, i16* %out, i64 %2116
	%2118 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2079, float %2078)
	%2119 = bitcast i16* %2117 to i32*
	store i32 %2118, i32* %2119
	%2120 = shl i32 %13, 1
	%2121 = add i32 32, %2120
	%2122 = add i32 %2091, %2121
	%2123 = sext i32 %2122 to i64
	%2124 = getelementptr i16, i16* %out, i64 %2123
	%2125 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2081, float %2080)
	%2126 = bitcast i16* %2124 to i32*
	store i32 %2125, i32* %2126
	%2127 = shl i32 %13, 1
	%2128 = add i32 40, %2127
	%2129 = add i32 %2091, %2128
	%2130 = sext i32 %2129 to i64
	%2131 = getelementptr i16, i16* %out, i64 %2130
	%2132 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2083, float %2082)
	%2133 = bitcast i16* %2131 to i32*
	store i32 %2132, i32* %2133
	%2134 = shl i32 %13, 1
	%2135 = add i32 48, %2134
	%2136 = add i32 %2091, %2135
	%2137 = sext i32 %2136 to i64
	%2138 = getelementptr i16, i16* %out, i64 %2137
	%2139 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2085, float %2084)
	%2140 = bitcast i16* %2138 to i32*
	store i32 %2139, i32* %2140
	%2141 = shl i32 %13, 1
	%2142 = add i32 56, %2141
	%2143 = add i32 %2091, %2142
	%2144 = sext i32 %2143 to i64
	%2145 = getelementptr i16, i16* %out, i64 %2144
	%2146 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2087, float %2086)
	%2147 = bitcast i16* %2145 to i32*
	store i32 %2146, i32* %2147
	br label %stored1

stored1:
	ret void
}

declare float @llvm.nvvm.fmax.f(float %p0, float %p1)

declare float @llvm.nvvm.shfl.sync.bfly.f32(i32 %p0, float %p1, i32 %p2, i32 %p3)

declare i1 @llvm.nvvm.vote.any.sync(i32 %p0, i1 %p1)

declare float @llvm.nvvm.ex2.approx.ftz.f(float %p0)

declare float @llvm.fma.f32(float %p0, float %p1, float %p2)

define ptx_kernel void @moba_attn2_rowcount(i32* %rows, i32* %counts, i32 %M, i32 %N, i32 %W, i32 %NQ) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	br label %3

3:
	%4 = phi i32 [ %0, %entry ], [ %8, %6 ]
	%5 = icmp slt i32 %4, 256
	br i1 %5, label %6, label %9

6:
	%7 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @moba_attn2_rowcount_w, i32 0, i32 %4
	store i32 0, i32 addrspace(3)* %7
	%8 = add i32 %4, 64
	br label %3

9:
	call void @llvm.nvvm.barrier0()
	%10 = mul i32 %1, 64
	%11 = add i32 %10, %0
	%12 = icmp slt i32 %11, %M
	br label %13

13:
	%14 = phi i32 [ 0, %9 ], [ %52, %50 ]
	%15 = phi i1 [ false, %9 ], [ %51, %50 ]
	%16 = icmp slt i32 %14, %W
	br i1 %16, label %17, label %18

17:
	call void @llvm.nvvm.barrier0()
	br label %20

18:
	call void @llvm.nvvm.barrier0()
	%19 = icmp eq i32 %0, 0
	br i1 %19, label %92, label %93

20:
	%21 = phi i32 [ %0, %17 ], [ %48, %43 ]
	%22 = icmp slt i32 %21, 2048
	br i1 %22, label %23, label %32

23:
	%24 = lshr i32 %21, 5
	%25 = and i32 %21, 31
	%26 = mul i32 %1, 64
	%27 = add i32 %26, %24
	%28 = add i32 %14, %25
	%29 = icmp slt i32 %27, %M
	%30 = icmp slt i32 %28, %W
	%31 = and i1 %29, %30
	br i1 %31, label %35, label %43

32:
	call void @llvm.nvvm.barrier0()
	%33 = xor i1 %15, true
	%34 = and i1 %12, %33
	br i1 %34, label %49, label %50

35:
	%36 = mul i32 %2, %M
	%37 = add i32 %36, %27
	%38 = mul i32 %37, %W
	%39 = add i32 %38, %28
	%40 = sext i32 %39 to i64
	%41 = getelementptr i32, i32* %rows, i64 %40
	%42 = load i32, i32* %41
	br label %43

43:
	%44 = phi i32 [ -1, %23 ], [ %42, %35 ]
	%45 = mul i32 %24, 33
	%46 = add i32 %45, %25
	%47 = getelementptr [2112 x i32], [2112 x i32] addrspace(3)* @moba_attn2_rowcount_stage, i32 0, i32 %46
	store i32 %44, i32 addrspace(3)* %47
	%48 = add i32 %21, 64
	br label %20

49:
	br label %53

50:
	%51 = phi i1 [ %15, %32 ], [ %55, %69 ]
	%52 = add i32 %14, 32
	br label %13

53:
	%54 = phi i32 [ 0, %49 ], [ %73, %71 ]
	%55 = phi i1 [ %15, %49 ], [ %62, %71 ]
	%56 = icmp slt i32 %54, 32
	br i1 %56, label %57, label %69

57:
	%58 = mul i32 %0, 33
	%59 = add i32 %58, %54
	%60 = getelementptr [2112 x i32], [2112 x i32] addrspace(3)* @moba_attn2_rowcount_stage, i32 0, i32 %59
	%61 = load i32, i32 addrspace(3)* %60
	%62 = icmp slt i32 %61, 0
	%63 = add i32 %61, 1
	%64 = mul i32 %61, 16
	%65 = add i32 %64, 16
	%66 = icmp slt i32 %65, %N
	%67 = select i1 %66, i32 %65, i32 %N
	%68 = xor i1 %62, true
	br i1 %68, label %70, label %71

69:
	br label %50

70:
	br label %74

71:
	%72 = add i32 %54, 1
	%73 = select i1 %62, i32 32, i32 %72
	br label %53

74:
	%75 = phi i32 [ %64, %70 ], [ %82, %77 ]
	%76 = icmp slt i32 %75, %67
	br i1 %76, label %77, label %91

77:
	%78 = sdiv i32 %75, 64
	%79 = add i32 %78, 1
	%80 = mul i32 %79, 64
	%81 = icmp slt i32 %67, %80
	%82 = select i1 %81, i32 %67, i32 %80
	%83 = mul i32 %78, 64
	%84 = sub i32 %75, %83
	%85 = sub i32 %82, %83
	%86 = and i32 %78, 31
	%87 = shl i32 1, %86
	%88 = lshr i32 %78, 5
	%89 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @moba_attn2_rowcount_w, i32 0, i32 %88
	%90 = atomicrmw or i32 addrspace(3)* %89, i32 %87 monotonic
	br label %74

91:
	br label %71

92:
	br label %94

93:
	ret void

94:
	%95 = phi i32 [ 0, %92 ], [ %103, %98 ]
	%96 = phi i32 [ 0, %92 ], [ %102, %98 ]
	%97 = icmp slt i32 %95, 256
	br i1 %97, label %98, label %104

98:
	%99 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @moba_attn2_rowcount_w, i32 0, i32 %95
	%100 = load i32, i32 addrspace(3)* %99
	%101 = call i32 @llvm.ctpop.i32(i32 %100)
	%102 = add i32 %96, %101
	%103 = add i32 %95, 1
	br label %94

104:
	%105 = mul i32 %2, %NQ
	%106 = add i32 %105, %1
	%107 = sext i32 %106 to i64
	%108 = getelementptr i32, i32* %counts, i64 %107
	store i32 %96, i32* %108
	br label %93
}

define ptx_kernel void @moba_attn2_rowscan(i32* %counts, i64* %offs, i32 %items) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	br label %1

1:
	%2 = phi i32 [ 0, %entry ], [ %486, %482 ]
	%3 = phi i64 [ 0, %entry ], [ %485, %482 ]
	%4 = icmp slt i32 %2, %items
	br i1 %4, label %5, label %9

5:
	%6 = add i32 %2, 0
	%7 = add i32 %6, %0
	%8 = icmp slt i32 %7, %items
	br i1 %8, label %11, label %15

9:
	%10 = icmp eq i32 %0, 0
	br i1 %10, label %487, label %490

11:
	%12 = sext i32 %7 to i64
	%13 = getelementptr i32, i32* %counts, i64 %12
	%14 = load i32, i32* %13
	br label %15

15:
	%16 = phi i32 [ 0, %5 ], [ %14, %11 ]
	%17 = and i32 %0, 31
	%18 = lshr i32 %0, 5
	%19 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %16, i32 1, i32 0)
	%20 = icmp uge i32 %17, 1
	%21 = select i1 %20, i32 %19, i32 0
	%22 = add i32 %16, %21
	%23 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %22, i32 2, i32 0)
	%24 = icmp uge i32 %17, 2
	%25 = select i1 %24, i32 %23, i32 0
	%26 = add i32 %22, %25
	%27 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %26, i32 4, i32 0)
	%28 = icmp uge i32 %17, 4
	%29 = select i1 %28, i32 %27, i32 0
	%30 = add i32 %26, %29
	%31 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %30, i32 8, i32 0)
	%32 = icmp uge i32 %17, 8
	%33 = select i1 %32, i32 %31, i32 0
	%34 = add i32 %30, %33
	%35 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %34, i32 16, i32 0)
	%36 = icmp uge i32 %17, 16
	%37 = select i1 %36, i32 %35, i32 0
	%38 = add i32 %34, %37
	%39 = icmp eq i32 %17, 31
	br i1 %39, label %40, label %42

40:
	%41 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s0, i32 0, i32 %18
	store i32 %38, i32 addrspace(3)* %41
	br label %42

42:
	call void @llvm.nvvm.barrier0()
	%43 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s0, i32 0, i32 0
	%44 = load i32, i32 addrspace(3)* %43
	%45 = icmp sgt i32 %18, 0
	%46 = select i1 %45, i32 %44, i32 0
	%47 = add i32 0, %46
	%48 = add i32 0, %44
	%49 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s0, i32 0, i32 1
	%50 = load i32, i32 addrspace(3)* %49
	%51 = icmp sgt i32 %18, 1
	%52 = select i1 %51, i32 %50, i32 0
	%53 = add i32 %47, %52
	%54 = add i32 %48, %50
	%55 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s0, i32 0, i32 2
	%56 = load i32, i32 addrspace(3)* %55
	%57 = icmp sgt i32 %18, 2
	%58 = select i1 %57, i32 %56, i32 0
	%59 = add i32 %53, %58
	%60 = add i32 %54, %56
	%61 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s0, i32 0, i32 3
	%62 = load i32, i32 addrspace(3)* %61
	%63 = icmp sgt i32 %18, 3
	%64 = select i1 %63, i32 %62, i32 0
	%65 = add i32 %59, %64
	%66 = add i32 %60, %62
	%67 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s0, i32 0, i32 4
	%68 = load i32, i32 addrspace(3)* %67
	%69 = icmp sgt i32 %18, 4
	%70 = select i1 %69, i32 %68, i32 0
	%71 = add i32 %65, %70
	%72 = add i32 %66, %68
	%73 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s0, i32 0, i32 5
	%74 = load i32, i32 addrspace(3)* %73
	%75 = icmp sgt i32 %18, 5
	%76 = select i1 %75, i32 %74, i32 0
	%77 = add i32 %71, %76
	%78 = add i32 %72, %74
	%79 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s0, i32 0, i32 6
	%80 = load i32, i32 addrspace(3)* %79
	%81 = icmp sgt i32 %18, 6
	%82 = select i1 %81, i32 %80, i32 0
	%83 = add i32 %77, %82
	%84 = add i32 %78, %80
	%85 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s0, i32 0, i32 7
	%86 = load i32, i32 addrspace(3)* %85
	%87 = icmp sgt i32 %18, 7
	%88 = select i1 %87, i32 %86, i32 0
	%89 = add i32 %83, %88
	%90 = add i32 %84, %86
	%91 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s0, i32 0, i32 8
	%92 = load i32, i32 addrspace(3)* %91
	%93 = icmp sgt i32 %18, 8
	%94 = select i1 %93, i32 %92, i32 0
	%95 = add i32 %89, %94
	%96 = add i32 %90, %92
	%97 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s0, i32 0, i32 9
	%98 = load i32, i32 addrspace(3)* %97
	%99 = icmp sgt i32 %18, 9
	%100 = select i1 %99, i32 %98, i32 0
	%101 = add i32 %95, %100
	%102 = add i32 %96, %98
	%103 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s0, i32 0, i32 10
	%104 = load i32, i32 addrspace(3)* %103
	%105 = icmp sgt i32 %18, 10
	%106 = select i1 %105, i32 %104, i32 0
	%107 = add i32 %101, %106
	%108 = add i32 %102, %104
	%109 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s0, i32 0, i32 11
	%110 = load i32, i32 addrspace(3)* %109
	%111 = icmp sgt i32 %18, 11
	%112 = select i1 %111, i32 %110, i32 0
	%113 = add i32 %107, %112
	%114 = add i32 %108, %110
	%115 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s0, i32 0, i32 12
	%116 = load i32, i32 addrspace(3)* %115
	%117 = icmp sgt i32 %18, 12
	%118 = select i1 %117, i32 %116, i32 0
	%119 = add i32 %113, %118
	%120 = add i32 %114, %116
	%121 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s0, i32 0, i32 13
	%122 = load i32, i32 addrspace(3)* %121
	%123 = icmp sgt i32 %18, 13
	%124 = select i1 %123, i32 %122, i32 0
	%125 = add i32 %119, %124
	%126 = add i32 %120, %122
	%127 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s0, i32 0, i32 14
	%128 = load i32, i32 addrspace(3)* %127
	%129 = icmp sgt i32 %18, 14
	%130 = select i1 %129, i32 %128, i32 0
	%131 = add i32 %125, %130
	%132 = add i32 %126, %128
	%133 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s0, i32 0, i32 15
	%134 = load i32, i32 addrspace(3)* %133
	%135 = icmp sgt i32 %18, 15
	%136 = select i1 %135, i32 %134, i32 0
	%137 = add i32 %131, %136
	%138 = add i32 %132, %134
	%139 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s0, i32 0, i32 16
	%140 = load i32, i32 addrspace(3)* %139
	%141 = icmp sgt i32 %18, 16
	%142 = select i1 %141, i32 %140, i32 0
	%143 = add i32 %137, %142
	%144 = add i32 %138, %140
	%145 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s0, i32 0, i32 17
	%146 = load i32, i32 addrspace(3)* %145
	%147 = icmp sgt i32 %18, 17
	%148 = select i1 %147, i32 %146, i32 0
	%149 = add i32 %143, %148
	%150 = add i32 %144, %146
	%151 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s0, i32 0, i32 18
	%152 = load i32, i32 addrspace(3)* %151
	%153 = icmp sgt i32 %18, 18
	%154 = select i1 %153, i32 %152, i32 0
	%155 = add i32 %149, %154
	%156 = add i32 %150, %152
	%157 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s0, i32 0, i32 19
	%158 = load i32, i32 addrspace(3)* %157
	%159 = icmp sgt i32 %18, 19
	%160 = select i1 %159, i32 %158, i32 0
	%161 = add i32 %155, %160
	%162 = add i32 %156, %158
	%163 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s0, i32 0, i32 20
	%164 = load i32, i32 addrspace(3)* %163
	%165 = icmp sgt i32 %18, 20
	%166 = select i1 %165, i32 %164, i32 0
	%167 = add i32 %161, %166
	%168 = add i32 %162, %164
	%169 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s0, i32 0, i32 21
	%170 = load i32, i32 addrspace(3)* %169
	%171 = icmp sgt i32 %18, 21
	%172 = select i1 %171, i32 %170, i32 0
	%173 = add i32 %167, %172
	%174 = add i32 %168, %170
	%175 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s0, i32 0, i32 22
	%176 = load i32, i32 addrspace(3)* %175
	%177 = icmp sgt i32 %18, 22
	%178 = select i1 %177, i32 %176, i32 0
	%179 = add i32 %173, %178
	%180 = add i32 %174, %176
	%181 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s0, i32 0, i32 23
	%182 = load i32, i32 addrspace(3)* %181
	%183 = icmp sgt i32 %18, 23
	%184 = select i1 %183, i32 %182, i32 0
	%185 = add i32 %179, %184
	%186 = add i32 %180, %182
	%187 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s0, i32 0, i32 24
	%188 = load i32, i32 addrspace(3)* %187
	%189 = icmp sgt i32 %18, 24
	%190 = select i1 %189, i32 %188, i32 0
	%191 = add i32 %185, %190
	%192 = add i32 %186, %188
	%193 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s0, i32 0, i32 25
	%194 = load i32, i32 addrspace(3)* %193
	%195 = icmp sgt i32 %18, 25
	%196 = select i1 %195, i32 %194, i32 0
	%197 = add i32 %191, %196
	%198 = add i32 %192, %194
	%199 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s0, i32 0, i32 26
	%200 = load i32, i32 addrspace(3)* %199
	%201 = icmp sgt i32 %18, 26
	%202 = select i1 %201, i32 %200, i32 0
	%203 = add i32 %197, %202
	%204 = add i32 %198, %200
	%205 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s0, i32 0, i32 27
	%206 = load i32, i32 addrspace(3)* %205
	%207 = icmp sgt i32 %18, 27
	%208 = select i1 %207, i32 %206, i32 0
	%209 = add i32 %203, %208
	%210 = add i32 %204, %206
	%211 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s0, i32 0, i32 28
	%212 = load i32, i32 addrspace(3)* %211
	%213 = icmp sgt i32 %18, 28
	%214 = select i1 %213, i32 %212, i32 0
	%215 = add i32 %209, %214
	%216 = add i32 %210, %212
	%217 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s0, i32 0, i32 29
	%218 = load i32, i32 addrspace(3)* %217
	%219 = icmp sgt i32 %18, 29
	%220 = select i1 %219, i32 %218, i32 0
	%221 = add i32 %215, %220
	%222 = add i32 %216, %218
	%223 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s0, i32 0, i32 30
	%224 = load i32, i32 addrspace(3)* %223
	%225 = icmp sgt i32 %18, 30
	%226 = select i1 %225, i32 %224, i32 0
	%227 = add i32 %221, %226
	%228 = add i32 %222, %224
	%229 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s0, i32 0, i32 31
	%230 = load i32, i32 addrspace(3)* %229
	%231 = icmp sgt i32 %18, 31
	%232 = select i1 %231, i32 %230, i32 0
	%233 = add i32 %227, %232
	%234 = add i32 %228, %230
	%235 = add i32 %233, %38
	%236 = sub i32 %235, %16
	%237 = sext i32 %236 to i64
	%238 = mul i64 %237, 64
	%239 = add i64 %3, %238
	br i1 %8, label %240, label %243

240:
	%241 = sext i32 %7 to i64
	%242 = getelementptr i64, i64* %offs, i64 %241
	store i64 %239, i64* %242
	br label %243

243:
	%244 = sext i32 %234 to i64
	%245 = mul i64 %244, 64
	%246 = add i64 %3, %245
	%247 = add i32 %2, 1024
	%248 = add i32 %247, %0
	%249 = icmp slt i32 %248, %items
	br i1 %249, label %250, label %254

250:
	%251 = sext i32 %248 to i64
	%252 = getelementptr i32, i32* %counts, i64 %251
	%253 = load i32, i32* %252
	br label %254

254:
	%255 = phi i32 [ 0, %243 ], [ %253, %250 ]
	%256 = and i32 %0, 31
	%257 = lshr i32 %0, 5
	%258 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %255, i32 1, i32 0)
	%259 = icmp uge i32 %256, 1
	%260 = select i1 %259, i32 %258, i32 0
	%261 = add i32 %255, %260
	%262 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %261, i32 2, i32 0)
	%263 = icmp uge i32 %256, 2
	%264 = select i1 %263, i32 %262, i32 0
	%265 = add i32 %261, %264
	%266 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %265, i32 4, i32 0)
	%267 = icmp uge i32 %256, 4
	%268 = select i1 %267, i32 %266, i32 0
	%269 = add i32 %265, %268
	%270 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %269, i32 8, i32 0)
	%271 = icmp uge i32 %256, 8
	%272 = select i1 %271, i32 %270, i32 0
	%273 = add i32 %269, %272
	%274 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %273, i32 16, i32 0)
	%275 = icmp uge i32 %256, 16
	%276 = select i1 %275, i32 %274, i32 0
	%277 = add i32 %273, %276
	%278 = icmp eq i32 %256, 31
	br i1 %278, label %279, label %281

279:
	%280 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s1, i32 0, i32 %257
	store i32 %277, i32 addrspace(3)* %280
	br label %281

281:
	call void @llvm.nvvm.barrier0()
	%282 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s1, i32 0, i32 0
	%283 = load i32, i32 addrspace(3)* %282
	%284 = icmp sgt i32 %257, 0
	%285 = select i1 %284, i32 %283, i32 0
	%286 = add i32 0, %285
	%287 = add i32 0, %283
	%288 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s1, i32 0, i32 1
	%289 = load i32, i32 addrspace(3)* %288
	%290 = icmp sgt i32 %257, 1
	%291 = select i1 %290, i32 %289, i32 0
	%292 = add i32 %286, %291
	%293 = add i32 %287, %289
	%294 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s1, i32 0, i32 2
	%295 = load i32, i32 addrspace(3)* %294
	%296 = icmp sgt i32 %257, 2
	%297 = select i1 %296, i32 %295, i32 0
	%298 = add i32 %292, %297
	%299 = add i32 %293, %295
	%300 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s1, i32 0, i32 3
	%301 = load i32, i32 addrspace(3)* %300
	%302 = icmp sgt i32 %257, 3
	%303 = select i1 %302, i32 %301, i32 0
	%304 = add i32 %298, %303
	%305 = add i32 %299, %301
	%306 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s1, i32 0, i32 4
	%307 = load i32, i32 addrspace(3)* %306
	%308 = icmp sgt i32 %257, 4
	%309 = select i1 %308, i32 %307, i32 0
	%310 = add i32 %304, %309
	%311 = add i32 %305, %307
	%312 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s1, i32 0, i32 5
	%313 = load i32, i32 addrspace(3)* %312
	%314 = icmp sgt i32 %257, 5
	%315 = select i1 %314, i32 %313, i32 0
	%316 = add i32 %310, %315
	%317 = add i32 %311, %313
	%318 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s1, i32 0, i32 6
	%319 = load i32, i32 addrspace(3)* %318
	%320 = icmp sgt i32 %257, 6
	%321 = select i1 %320, i32 %319, i32 0
	%322 = add i32 %316, %321
	%323 = add i32 %317, %319
	%324 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s1, i32 0, i32 7
	%325 = load i32, i32 addrspace(3)* %324
	%326 = icmp sgt i32 %257, 7
	%327 = select i1 %326, i32 %325, i32 0
	%328 = add i32 %322, %327
	%329 = add i32 %323, %325
	%330 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s1, i32 0, i32 8
	%331 = load i32, i32 addrspace(3)* %330
	%332 = icmp sgt i32 %257, 8
	%333 = select i1 %332, i32 %331, i32 0
	%334 = add i32 %328, %333
	%335 = add i32 %329, %331
	%336 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s1, i32 0, i32 9
	%337 = load i32, i32 addrspace(3)* %336
	%338 = icmp sgt i32 %257, 9
	%339 = select i1 %338, i32 %337, i32 0
	%340 = add i32 %334, %339
	%341 = add i32 %335, %337
	%342 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s1, i32 0, i32 10
	%343 = load i32, i32 addrspace(3)* %342
	%344 = icmp sgt i32 %257, 10
	%345 = select i1 %344, i32 %343, i32 0
	%346 = add i32 %340, %345
	%347 = add i32 %341, %343
	%348 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s1, i32 0, i32 11
	%349 = load i32, i32 addrspace(3)* %348
	%350 = icmp sgt i32 %257, 11
	%351 = select i1 %350, i32 %349, i32 0
	%352 = add i32 %346, %351
	%353 = add i32 %347, %349
	%354 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s1, i32 0, i32 12
	%355 = load i32, i32 addrspace(3)* %354
	%356 = icmp sgt i32 %257, 12
	%357 = select i1 %356, i32 %355, i32 0
	%358 = add i32 %352, %357
	%359 = add i32 %353, %355
	%360 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s1, i32 0, i32 13
	%361 = load i32, i32 addrspace(3)* %360
	%362 = icmp sgt i32 %257, 13
	%363 = select i1 %362, i32 %361, i32 0
	%364 = add i32 %358, %363
	%365 = add i32 %359, %361
	%366 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s1, i32 0, i32 14
	%367 = load i32, i32 addrspace(3)* %366
	%368 = icmp sgt i32 %257, 14
	%369 = select i1 %368, i32 %367, i32 0
	%370 = add i32 %364, %369
	%371 = add i32 %365, %367
	%372 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s1, i32 0, i32 15
	%373 = load i32, i32 addrspace(3)* %372
	%374 = icmp sgt i32 %257, 15
	%375 = select i1 %374, i32 %373, i32 0
	%376 = add i32 %370, %375
	%377 = add i32 %371, %373
	%378 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s1, i32 0, i32 16
	%379 = load i32, i32 addrspace(3)* %378
	%380 = icmp sgt i32 %257, 16
	%381 = select i1 %380, i32 %379, i32 0
	%382 = add i32 %376, %381
	%383 = add i32 %377, %379
	%384 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s1, i32 0, i32 17
	%385 = load i32, i32 addrspace(3)* %384
	%386 = icmp sgt i32 %257, 17
	%387 = select i1 %386, i32 %385, i32 0
	%388 = add i32 %382, %387
	%389 = add i32 %383, %385
	%390 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s1, i32 0, i32 18
	%391 = load i32, i32 addrspace(3)* %390
	%392 = icmp sgt i32 %257, 18
	%393 = select i1 %392, i32 %391, i32 0
	%394 = add i32 %388, %393
	%395 = add i32 %389, %391
	%396 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s1, i32 0, i32 19
	%397 = load i32, i32 addrspace(3)* %396
	%398 = icmp sgt i32 %257, 19
	%399 = select i1 %398, i32 %397, i32 0
	%400 = add i32 %394, %399
	%401 = add i32 %395, %397
	%402 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s1, i32 0, i32 20
	%403 = load i32, i32 addrspace(3)* %402
	%404 = icmp sgt i32 %257, 20
	%405 = select i1 %404, i32 %403, i32 0
	%406 = add i32 %400, %405
	%407 = add i32 %401, %403
	%408 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s1, i32 0, i32 21
	%409 = load i32, i32 addrspace(3)* %408
	%410 = icmp sgt i32 %257, 21
	%411 = select i1 %410, i32 %409, i32 0
	%412 = add i32 %406, %411
	%413 = add i32 %407, %409
	%414 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s1, i32 0, i32 22
	%415 = load i32, i32 addrspace(3)* %414
	%416 = icmp sgt i32 %257, 22
	%417 = select i1 %416, i32 %415, i32 0
	%418 = add i32 %412, %417
	%419 = add i32 %413, %415
	%420 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s1, i32 0, i32 23
	%421 = load i32, i32 addrspace(3)* %420
	%422 = icmp sgt i32 %257, 23
	%423 = select i1 %422, i32 %421, i32 0
	%424 = add i32 %418, %423
	%425 = add i32 %419, %421
	%426 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s1, i32 0, i32 24
	%427 = load i32, i32 addrspace(3)* %426
	%428 = icmp sgt i32 %257, 24
	%429 = select i1 %428, i32 %427, i32 0
	%430 = add i32 %424, %429
	%431 = add i32 %425, %427
	%432 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s1, i32 0, i32 25
	%433 = load i32, i32 addrspace(3)* %432
	%434 = icmp sgt i32 %257, 25
	%435 = select i1 %434, i32 %433, i32 0
	%436 = add i32 %430, %435
	%437 = add i32 %431, %433
	%438 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s1, i32 0, i32 26
	%439 = load i32, i32 addrspace(3)* %438
	%440 = icmp sgt i32 %257, 26
	%441 = select i1 %440, i32 %439, i32 0
	%442 = add i32 %436, %441
	%443 = add i32 %437, %439
	%444 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s1, i32 0, i32 27
	%445 = load i32, i32 addrspace(3)* %444
	%446 = icmp sgt i32 %257, 27
	%447 = select i1 %446, i32 %445, i32 0
	%448 = add i32 %442, %447
	%449 = add i32 %443, %445
	%450 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s1, i32 0, i32 28
	%451 = load i32, i32 addrspace(3)* %450
	%452 = icmp sgt i32 %257, 28
	%453 = select i1 %452, i32 %451, i32 0
	%454 = add i32 %448, %453
	%455 = add i32 %449, %451
	%456 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s1, i32 0, i32 29
	%457 = load i32, i32 addrspace(3)* %456
	%458 = icmp sgt i32 %257, 29
	%459 = select i1 %458, i32 %457, i32 0
	%460 = add i32 %454, %459
	%461 = add i32 %455, %457
	%462 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s1, i32 0, i32 30
	%463 = load i32, i32 addrspace(3)* %462
	%464 = icmp sgt i32 %257, 30
	%465 = select i1 %464, i32 %463, i32 0
	%466 = add i32 %460, %465
	%467 = add i32 %461, %463
	%468 = getelementptr [32 x i32], [32 x i32] addrspace(3)* @moba_attn2_rowscan_s1, i32 0, i32 31
	%469 = load i32, i32 addrspace(3)* %468
	%470 = icmp sgt i32 %257, 31
	%471 = select i1 %470, i32 %469, i32 0
	%472 = add i32 %466, %471
	%473 = add i32 %467, %469
	%474 = add i32 %472, %277
	%475 = sub i32 %474, %255
	%476 = sext i32 %475 to i64
	%477 = mul i64 %476, 64
	%478 = add i64 %246, %477
	br i1 %249, label %479, label %482

479:
	%480 = sext i32 %248 to i64
	%481 = getelementptr i64, i64* %offs, i64 %480
	store i64 %478, i64* %481
	br label %482

482:
	%483 = sext i32 %473 to i64
	%484 = mul i64 %483, 64
	%485 = add i64 %246, %484
	%486 = add i32 %2, 2048
	br label %1

487:
	%488 = sext i32 %items to i64
	%489 = getelementptr i64, i64* %offs, i64 %488
	store i64 %3, i64* %489
	br label %490

490:
	ret void
}

define ptx_kernel void @moba_attn2_rowfill(i32* %rows, i64* %offs, i32* %list, i64* %masks, i32 %M, i32 %N, i32 %W, i32 %NQ, i32 %NK) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %2, %NQ
	%4 = add i32 %3, %1
	br label %5

5:
	%6 = phi i32 [ %0, %entry ], [ %10, %8 ]
	%7 = icmp slt i32 %6, 256
	br i1 %7, label %8, label %11

8:
	%9 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @moba_attn2_rowfill_w, i32 0, i32 %6
	store i32 0, i32 addrspace(3)* %9
	%10 = add i32 %6, 64
	br label %5

11:
	call void @llvm.nvvm.barrier0()
	%12 = mul i32 %1, 64
	%13 = add i32 %12, %0
	%14 = icmp slt i32 %13, %M
	br label %15

15:
	%16 = phi i32 [ 0, %11 ], [ %54, %52 ]
	%17 = phi i1 [ false, %11 ], [ %53, %52 ]
	%18 = icmp slt i32 %16, %W
	br i1 %18, label %19, label %20

19:
	call void @llvm.nvvm.barrier0()
	br label %22

20:
	call void @llvm.nvvm.barrier0()
	%21 = icmp eq i32 %0, 0
	br i1 %21, label %94, label %95

22:
	%23 = phi i32 [ %0, %19 ], [ %50, %45 ]
	%24 = icmp slt i32 %23, 2048
	br i1 %24, label %25, label %34

25:
	%26 = lshr i32 %23, 5
	%27 = and i32 %23, 31
	%28 = mul i32 %1, 64
	%29 = add i32 %28, %26
	%30 = add i32 %16, %27
	%31 = icmp slt i32 %29, %M
	%32 = icmp slt i32 %30, %W
	%33 = and i1 %31, %32
	br i1 %33, label %37, label %45

34:
	call void @llvm.nvvm.barrier0()
	%35 = xor i1 %17, true
	%36 = and i1 %14, %35
	br i1 %36, label %51, label %52

37:
	%38 = mul i32 %2, %M
	%39 = add i32 %38, %29
	%40 = mul i32 %39, %W
	%41 = add i32 %40, %30
	%42 = sext i32 %41 to i64
	%43 = getelementptr i32, i32* %rows, i64 %42
	%44 = load i32, i32* %43
	br label %45

45:
	%46 = phi i32 [ -1, %25 ], [ %44, %37 ]
	%47 = mul i32 %26, 33
	%48 = add i32 %47, %27
	%49 = getelementptr [2112 x i32], [2112 x i32] addrspace(3)* @moba_attn2_rowfill_stage, i32 0, i32 %48
	store i32 %46, i32 addrspace(3)* %49
	%50 = add i32 %23, 64
	br label %22

51:
	br label %55

52:
	%53 = phi i1 [ %17, %34 ], [ %57, %71 ]
	%54 = add i32 %16, 32
	br label %15

55:
	%56 = phi i32 [ 0, %51 ], [ %75, %73 ]
	%57 = phi i1 [ %17, %51 ], [ %64, %73 ]
	%58 = icmp slt i32 %56, 32
	br i1 %58, label %59, label %71

59:
	%60 = mul i32 %0, 33
	%61 = add i32 %60, %56
	%62 = getelementptr [2112 x i32], [2112 x i32] addrspace(3)* @moba_attn2_rowfill_stage, i32 0, i32 %61
	%63 = load i32, i32 addrspace(3)* %62
	%64 = icmp slt i32 %63, 0
	%65 = add i32 %63, 1
	%66 = mul i32 %63, 16
	%67 = add i32 %66, 16
	%68 = icmp slt i32 %67, %N
	%69 = select i1 %68, i32 %67, i32 %N
	%70 = xor i1 %64, true
	br i1 %70, label %72, label %73

71:
	br label %52

72:
	br label %76

73:
	%74 = add i32 %56, 1
	%75 = select i1 %64, i32 32, i32 %74
	br label %55

76:
	%77 = phi i32 [ %66, %72 ], [ %84, %79 ]
	%78 = icmp slt i32 %77, %69
	br i1 %78, label %79, label %93

79:
	%80 = sdiv i32 %77, 64
	%81 = add i32 %80, 1
	%82 = mul i32 %81, 64
	%83 = icmp slt i32 %69, %82
	%84 = select i1 %83, i32 %69, i32 %82
	%85 = mul i32 %80, 64
	%86 = sub i32 %77, %85
	%87 = sub i32 %84, %85
	%88 = and i32 %80, 31
	%89 = shl i32 1, %88
	%90 = lshr i32 %80, 5
	%91 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @moba_attn2_rowfill_w, i32 0, i32 %90
	%92 = atomicrmw or i32 addrspace(3)* %91, i32 %89 monotonic
	br label %76

93:
	br label %73

94:
	br label %100

95:
	call void @llvm.nvvm.barrier0()
	%96 = getelementptr [257 x i32], [257 x i32] addrspace(3)* @moba_attn2_rowfill_r, i32 0, i32 256
	%97 = load i32, i32 addrspace(3)* %96
	%98 = mul i32 %NK, 2
	%99 = mul i32 %4, %98
	br label %113

100:
	%101 = phi i32 [ 0, %94 ], [ %110, %104 ]
	%102 = phi i32 [ 0, %94 ], [ %109, %104 ]
	%103 = icmp slt i32 %101, 256
	br i1 %103, label %104, label %111

104:
	%105 = getelementptr [257 x i32], [257 x i32] addrspace(3)* @moba_attn2_rowfill_r, i32 0, i32 %101
	store i32 %102, i32 addrspace(3)* %105
	%106 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @moba_attn2_rowfill_w, i32 0, i32 %101
	%107 = load i32, i32 addrspace(3)* %106
	%108 = call i32 @llvm.ctpop.i32(i32 %107)
	%109 = add i32 %102, %108
	%110 = add i32 %101, 1
	br label %100

111:
	%112 = getelementptr [257 x i32], [257 x i32] addrspace(3)* @moba_attn2_rowfill_r, i32 0, i32 256
	store i32 %102, i32 addrspace(3)* %112
	br label %95

113:
	%114 = phi i32 [ %0, %95 ], [ %159, %158 ]
	%115 = icmp slt i32 %114, %NK
	br i1 %115, label %116, label %124

116:
	%117 = lshr i32 %114, 5
	%118 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @moba_attn2_rowfill_w, i32 0, i32 %117
	%119 = load i32, i32 addrspace(3)* %118
	%120 = and i32 %114, 31
	%121 = shl i32 1, %120
	%122 = and i32 %119, %121
	%123 = icmp ne i32 %122, 0
	br i1 %123, label %128, label %148

124:
	%125 = sext i32 %4 to i64
	%126 = getelementptr i64, i64* %offs, i64 %125
	%127 = load i64, i64* %126
	br label %160

128:
	%129 = lshr i32 %114, 5
	%130 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @moba_attn2_rowfill_w, i32 0, i32 %129
	%131 = load i32, i32 addrspace(3)* %130
	%132 = and i32 %114, 31
	%133 = shl i32 1, %132
	%134 = sub i32 %133, 1
	%135 = and i32 %131, %134
	%136 = lshr i32 %114, 5
	%137 = getelementptr [257 x i32], [257 x i32] addrspace(3)* @moba_attn2_rowfill_r, i32 0, i32 %136
	%138 = load i32, i32 addrspace(3)* %137
	%139 = call i32 @llvm.ctpop.i32(i32 %135)
	%140 = add i32 %138, %139
	%141 = add i32 %99, %140
	%142 = sext i32 %141 to i64
	%143 = getelementptr i32, i32* %list, i64 %142
	store i32 %114, i32* %143
	%144 = add i32 %NK, %140
	%145 = add i32 %99, %144
	%146 = sext i32 %145 to i64
	%147 = getelementptr i32, i32* %list, i64 %146
	store i32 0, i32* %147
	br label %148

148:
	%149 = icmp sge i32 %114, %97
	br i1 %149, label %150, label %158

150:
	%151 = add i32 %99, %114
	%152 = sext i32 %151 to i64
	%153 = getelementptr i32, i32* %list, i64 %152
	store i32 -1, i32* %153
	%154 = add i32 %NK, %114
	%155 = add i32 %99, %154
	%156 = sext i32 %155 to i64
	%157 = getelementptr i32, i32* %list, i64 %156
	store i32 -1, i32* %157
	br label %158

158:
	%159 = add i32 %114, 64
	br label %113

160:
	%161 = phi i32 [ 0, %124 ], [ %169, %163 ]
	%162 = icmp slt i32 %161, %97
	br i1 %162, label %163, label %170

163:
	%164 = mul i32 %161, 64
	%165 = add i32 %164, %0
	%166 = sext i32 %165 to i64
	%167 = add i64 %127, %166
	%168 = getelementptr i64, i64* %masks, i64 %167
	store i64 0, i64* %168
	%169 = add i32 %161, 1
	br label %160

170:
	%171 = mul i32 %1, 64
	%172 = add i32 %171, %0
	%173 = icmp slt i32 %172, %M
	br label %174

174:
	%175 = phi i32 [ 0, %170 ], [ %217, %213 ]
	%176 = phi i1 [ false, %170 ], [ %214, %213 ]
	%177 = phi i32 [ -1, %170 ], [ %215, %213 ]
	%178 = phi i64 [ 0, %170 ], [ %216, %213 ]
	%179 = icmp slt i32 %175, %W
	br i1 %179, label %180, label %181

180:
	call void @llvm.nvvm.barrier0()
	br label %183

181:
	%182 = icmp sge i32 %177, 0
	br i1 %182, label %289, label %307

183:
	%184 = phi i32 [ %0, %180 ], [ %211, %206 ]
	%185 = icmp slt i32 %184, 2048
	br i1 %185, label %186, label %195

186:
	%187 = lshr i32 %184, 5
	%188 = and i32 %184, 31
	%189 = mul i32 %1, 64
	%190 = add i32 %189, %187
	%191 = add i32 %175, %188
	%192 = icmp slt i32 %190, %M
	%193 = icmp slt i32 %191, %W
	%194 = and i1 %192, %193
	br i1 %194, label %198, label %206

195:
	call void @llvm.nvvm.barrier0()
	%196 = xor i1 %176, true
	%197 = and i1 %173, %196
	br i1 %197, label %212, label %213

198:
	%199 = mul i32 %2, %M
	%200 = add i32 %199, %190
	%201 = mul i32 %200, %W
	%202 = add i32 %201, %191
	%203 = sext i32 %202 to i64
	%204 = getelementptr i32, i32* %rows, i64 %203
	%205 = load i32, i32* %204
	br label %206

206:
	%207 = phi i32 [ -1, %186 ], [ %205, %198 ]
	%208 = mul i32 %187, 33
	%209 = add i32 %208, %188
	%210 = getelementptr [2112 x i32], [2112 x i32] addrspace(3)* @moba_attn2_rowfill_stage, i32 0, i32 %209
	store i32 %207, i32 addrspace(3)* %210
	%211 = add i32 %184, 64
	br label %183

212:
	br label %218

213:
	%214 = phi i1 [ %176, %195 ], [ %220, %236 ]
	%215 = phi i32 [ %177, %195 ], [ %221, %236 ]
	%216 = phi i64 [ %178, %195 ], [ %222, %236 ]
	%217 = add i32 %175, 32
	br label %174

218:
	%219 = phi i32 [ 0, %212 ], [ %242, %238 ]
	%220 = phi i1 [ %176, %212 ], [ %229, %238 ]
	%221 = phi i32 [ %177, %212 ], [ %239, %238 ]
	%222 = phi i64 [ %178, %212 ], [ %240, %238 ]
	%223 = icmp slt i32 %219, 32
	br i1 %223, label %224, label %236

224:
	%225 = mul i32 %0, 33
	%226 = add i32 %225, %219
	%227 = getelementptr [2112 x i32], [2112 x i32] addrspace(3)* @moba_attn2_rowfill_stage, i32 0, i32 %226
	%228 = load i32, i32 addrspace(3)* %227
	%229 = icmp slt i32 %228, 0
	%230 = add i32 %228, 1
	%231 = mul i32 %228, 16
	%232 = add i32 %231, 16
	%233 = icmp slt i32 %232, %N
	%234 = select i1 %233, i32 %232, i32 %N
	%235 = xor i1 %229, true
	br i1 %235, label %237, label %238

236:
	br label %213

237:
	br label %243

238:
	%239 = phi i32 [ %221, %224 ], [ %245, %258 ]
	%240 = phi i64 [ %222, %224 ], [ %246, %258 ]
	%241 = add i32 %219, 1
	%242 = select i1 %229, i32 32, i32 %241
	br label %218

243:
	%244 = phi i32 [ %231, %237 ], [ %253, %261 ]
	%245 = phi i32 [ %221, %237 ], [ %249, %261 ]
	%246 = phi i64 [ %222, %237 ], [ %269, %261 ]
	%247 = icmp slt i32 %244, %234
	br i1 %247, label %248, label %258

248:
	%249 = sdiv i32 %244, 64
	%250 = add i32 %249, 1
	%251 = mul i32 %250, 64
	%252 = icmp slt i32 %234, %251
	%253 = select i1 %252, i32 %234, i32 %251
	%254 = mul i32 %249, 64
	%255 = sub i32 %244, %254
	%256 = sub i32 %253, %254
	%257 = icmp ne i32 %249, %245
	br i1 %257, label %259, label %261

258:
	br label %238

259:
	%260 = icmp sge i32 %245, 0
	br i1 %260, label %270, label %288

261:
	%262 = sub i32 %256, %255
	%263 = sext i32 %262 to i64
	%264 = sub i64 64, %263
	%265 = lshr i64 -1, %264
	%266 = sext i32 %255 to i64
	%267 = shl i64 %265, %266
	%268 = select i1 %257, i64 0, i64 %246
	%269 = or i64 %268, %267
	br label %243

270:
	%271 = lshr i32 %245, 5
	%272 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @moba_attn2_rowfill_w, i32 0, i32 %271
	%273 = load i32, i32 addrspace(3)* %272
	%274 = and i32 %245, 31
	%275 = shl i32 1, %274
	%276 = sub i32 %275, 1
	%277 = and i32 %273, %276
	%278 = lshr i32 %245, 5
	%279 = getelementptr [257 x i32], [257 x i32] addrspace(3)* @moba_attn2_rowfill_r, i32 0, i32 %278
	%280 = load i32, i32 addrspace(3)* %279
	%281 = call i32 @llvm.ctpop.i32(i32 %277)
	%282 = add i32 %280, %281
	%283 = mul i32 %282, 64
	%284 = add i32 %283, %0
	%285 = sext i32 %284 to i64
	%286 = add i64 %127, %285
	%287 = getelementptr i64, i64* %masks, i64 %286
	store i64 %246, i64* %287
	br label %288

288:
	br label %261

289:
	%290 = lshr i32 %177, 5
	%291 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @moba_attn2_rowfill_w, i32 0, i32 %290
	%292 = load i32, i32 addrspace(3)* %291
	%293 = and i32 %177, 31
	%294 = shl i32 1, %293
	%295 = sub i32 %294, 1
	%296 = and i32 %292, %295
	%297 = lshr i32 %177, 5
	%298 = getelementptr [257 x i32], [257 x i32] addrspace(3)* @moba_attn2_rowfill_r, i32 0, i32 %297
	%299 = load i32, i32 addrspace(3)* %298
	%300 = call i32 @llvm.ctpop.i32(i32 %296)
	%301 = add i32 %299, %300
	%302 = mul i32 %301, 64
	%303 = add i32 %302, %0
	%304 = sext i32 %303 to i64
	%305 = add i64 %127, %304
	%306 = getelementptr i64, i64* %masks, i64 %305
	store i64 %178, i64* %306
	br label %307

307:
	ret void
}

!nvvm.annotations = !{!0, !1, !2, !3, !4, !5, !6}
!0 = !{void (i16*, i16*, i32, i32)* @moba_gate_pool1, !"maxntidx", i32 64}
!1 = !{void (i16*, i16*, i32*, float*, i32, i32, i32, i32)* @moba_gate1, !"maxntidx", i32 128}
!2 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32, i64*, i64*)* @moba_attn2, !"maxntidx", i32 128}
!3 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32, i64*, i64*)* @moba_attn2, !"minctasm", i32 4}
!4 = !{void (i32*, i32*, i32, i32, i32, i32)* @moba_attn2_rowcount, !"maxntidx", i32 64}
!5 = !{void (i32*, i64*, i32)* @moba_attn2_rowscan, !"maxntidx", i32 1024}
!6 = !{void (i32*, i64*, i32*, i64*, i32, i32, i32, i32, i32)* @moba_attn2_rowfill, !"maxntidx", i32 64}
