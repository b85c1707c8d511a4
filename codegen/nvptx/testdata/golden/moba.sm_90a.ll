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
	%547 = phi i32 [ 0, %entry ], [ %4361, %4358 ]
	%548 = phi i32 [ 0, %entry ], [ %2115, %4358 ]
	%549 = phi i32 [ 0, %entry ], [ %2116, %4358 ]
	%550 = phi i32 [ 0, %entry ], [ %2863, %4358 ]
	%551 = phi i32 [ 0, %entry ], [ %2864, %4358 ]
	%552 = phi i32 [ 0, %entry ], [ %3611, %4358 ]
	%553 = phi i32 [ 0, %entry ], [ %3612, %4358 ]
	%554 = phi i32 [ 0, %entry ], [ %4359, %4358 ]
	%555 = phi i32 [ 0, %entry ], [ %4360, %4358 ]
	%556 = icmp slt i32 %547, %377
	br i1 %556, label %557, label %561

557:
	%558 = mul i32 %4, 32
	%559 = add i32 %547, %558
	%560 = icmp slt i32 %559, %377
	br i1 %560, label %562, label %1515

561:
	br i1 %12, label %5053, label %5055

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
	br i1 %419, label %2060, label %2114

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
	%2113 = icmp eq i32 %549, 0
	br i1 %2113, label %2117, label %2300

2114:
	%2115 = phi i32 [ %548, %2059 ], [ %2807, %2804 ]
	%2116 = phi i32 [ %549, %2059 ], [ %2329, %2804 ]
	br i1 %461, label %2808, label %2862

2117:
	%2118 = select i1 %2068, i32 %2073, i32 0
	%2119 = icmp ugt i32 0, %2118
	%2120 = select i1 %2119, i32 0, i32 %2118
	%2121 = select i1 %2081, i32 %2086, i32 0
	%2122 = icmp ugt i32 %2120, %2121
	%2123 = select i1 %2122, i32 %2120, i32 %2121
	%2124 = select i1 %2094, i32 %2099, i32 0
	%2125 = icmp ugt i32 %2123, %2124
	%2126 = select i1 %2125, i32 %2123, i32 %2124
	%2127 = select i1 %2107, i32 %2112, i32 0
	%2128 = icmp ugt i32 %2126, %2127
	%2129 = select i1 %2128, i32 %2126, i32 %2127
	%2130 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2129, i32 1, i32 31)
	%2131 = and i32 %3, 2
	%2132 = icmp eq i32 %2131, 0
	%2133 = and i32 %3, 1
	%2134 = icmp eq i32 %2133, 0
	%2135 = icmp eq i1 %2132, %2134
	%2136 = icmp ugt i32 %2129, %2130
	%2137 = select i1 %2136, i32 %2129, i32 %2130
	%2138 = icmp ult i32 %2129, %2130
	%2139 = select i1 %2138, i32 %2129, i32 %2130
	%2140 = select i1 %2135, i32 %2137, i32 %2139
	%2141 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2140, i32 2, i32 31)
	%2142 = and i32 %3, 4
	%2143 = icmp eq i32 %2142, 0
	%2144 = and i32 %3, 2
	%2145 = icmp eq i32 %2144, 0
	%2146 = icmp eq i1 %2143, %2145
	%2147 = icmp ugt i32 %2140, %2141
	%2148 = select i1 %2147, i32 %2140, i32 %2141
	%2149 = icmp ult i32 %2140, %2141
	%2150 = select i1 %2149, i32 %2140, i32 %2141
	%2151 = select i1 %2146, i32 %2148, i32 %2150
	%2152 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2151, i32 1, i32 31)
	%2153 = and i32 %3, 4
	%2154 = icmp eq i32 %2153, 0
	%2155 = and i32 %3, 1
	%2156 = icmp eq i32 %2155, 0
	%2157 = icmp eq i1 %2154, %2156
	%2158 = icmp ugt i32 %2151, %2152
	%2159 = select i1 %2158, i32 %2151, i32 %2152
	%2160 = icmp ult i32 %2151, %2152
	%2161 = select i1 %2160, i32 %2151, i32 %2152
	%2162 = select i1 %2157, i32 %2159, i32 %2161
	%2163 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2162, i32 4, i32 31)
	%2164 = and i32 %3, 8
	%2165 = icmp eq i32 %2164, 0
	%2166 = and i32 %3, 4
	%2167 = icmp eq i32 %2166, 0
	%2168 = icmp eq i1 %2165, %2167
	%2169 = icmp ugt i32 %2162, %2163
	%2170 = select i1 %2169, i32 %2162, i32 %2163
	%2171 = icmp ult i32 %2162, %2163
	%2172 = select i1 %2171, i32 %2162, i32 %2163
	%2173 = select i1 %2168, i32 %2170, i32 %2172
	%2174 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2173, i32 2, i32 31)
	%2175 = and i32 %3, 8
	%2176 = icmp eq i32 %2175, 0
	%2177 = and i32 %3, 2
	%2178 = icmp eq i32 %2177, 0
	%2179 = icmp eq i1 %2176, %2178
	%2180 = icmp ugt i32 %2173, %2174
	%2181 = select i1 %2180, i32 %2173, i32 %2174
	%2182 = icmp ult i32 %2173, %2174
	%2183 = select i1 %2182, i32 %2173, i32 %2174
	%2184 = select i1 %2179, i32 %2181, i32 %2183
	%2185 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2184, i32 1, i32 31)
	%2186 = and i32 %3, 8
	%2187 = icmp eq i32 %2186, 0
	%2188 = and i32 %3, 1
	%2189 = icmp eq i32 %2188, 0
	%2190 = icmp eq i1 %2187, %2189
	%2191 = icmp ugt i32 %2184, %2185
	%2192 = select i1 %2191, i32 %2184, i32 %2185
	%2193 = icmp ult i32 %2184, %2185
	%2194 = select i1 %2193, i32 %2184, i32 %2185
	%2195 = select i1 %2190, i32 %2192, i32 %2194
	%2196 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2195, i32 8, i32 31)
	%2197 = and i32 %3, 16
	%2198 = icmp eq i32 %2197, 0
	%2199 = and i32 %3, 8
	%2200 = icmp eq i32 %2199, 0
	%2201 = icmp eq i1 %2198, %2200
	%2202 = icmp ugt i32 %2195, %2196
	%2203 = select i1 %2202, i32 %2195, i32 %2196
	%2204 = icmp ult i32 %2195, %2196
	%2205 = select i1 %2204, i32 %2195, i32 %2196
	%2206 = select i1 %2201, i32 %2203, i32 %2205
	%2207 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2206, i32 4, i32 31)
	%2208 = and i32 %3, 16
	%2209 = icmp eq i32 %2208, 0
	%2210 = and i32 %3, 4
	%2211 = icmp eq i32 %2210, 0
	%2212 = icmp eq i1 %2209, %2211
	%2213 = icmp ugt i32 %2206, %2207
	%2214 = select i1 %2213, i32 %2206, i32 %2207
	%2215 = icmp ult i32 %2206, %2207
	%2216 = select i1 %2215, i32 %2206, i32 %2207
	%2217 = select i1 %2212, i32 %2214, i32 %2216
	%2218 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2217, i32 2, i32 31)
	%2219 = and i32 %3, 16
	%2220 = icmp eq i32 %2219, 0
	%2221 = and i32 %3, 2
	%2222 = icmp eq i32 %2221, 0
	%2223 = icmp eq i1 %2220, %2222
	%2224 = icmp ugt i32 %2217, %2218
	%2225 = select i1 %2224, i32 %2217, i32 %2218
	%2226 = icmp ult i32 %2217, %2218
	%2227 = select i1 %2226, i32 %2217, i32 %2218
	%2228 = select i1 %2223, i32 %2225, i32 %2227
	%2229 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2228, i32 1, i32 31)
	%2230 = and i32 %3, 16
	%2231 = icmp eq i32 %2230, 0
	%2232 = and i32 %3, 1
	%2233 = icmp eq i32 %2232, 0
	%2234 = icmp eq i1 %2231, %2233
	%2235 = icmp ugt i32 %2228, %2229
	%2236 = select i1 %2235, i32 %2228, i32 %2229
	%2237 = icmp ult i32 %2228, %2229
	%2238 = select i1 %2237, i32 %2228, i32 %2229
	%2239 = select i1 %2234, i32 %2236, i32 %2238
	%2240 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2239, i32 16, i32 31)
	%2241 = and i32 %3, 32
	%2242 = icmp eq i32 %2241, 0
	%2243 = and i32 %3, 16
	%2244 = icmp eq i32 %2243, 0
	%2245 = icmp eq i1 %2242, %2244
	%2246 = icmp ugt i32 %2239, %2240
	%2247 = select i1 %2246, i32 %2239, i32 %2240
	%2248 = icmp ult i32 %2239, %2240
	%2249 = select i1 %2248, i32 %2239, i32 %2240
	%2250 = select i1 %2245, i32 %2247, i32 %2249
	%2251 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2250, i32 8, i32 31)
	%2252 = and i32 %3, 32
	%2253 = icmp eq i32 %2252, 0
	%2254 = and i32 %3, 8
	%2255 = icmp eq i32 %2254, 0
	%2256 = icmp eq i1 %2253, %2255
	%2257 = icmp ugt i32 %2250, %2251
	%2258 = select i1 %2257, i32 %2250, i32 %2251
	%2259 = icmp ult i32 %2250, %2251
	%2260 = select i1 %2259, i32 %2250, i32 %2251
	%2261 = select i1 %2256, i32 %2258, i32 %2260
	%2262 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2261, i32 4, i32 31)
	%2263 = and i32 %3, 32
	%2264 = icmp eq i32 %2263, 0
	%2265 = and i32 %3, 4
	%2266 = icmp eq i32 %2265, 0
	%2267 = icmp eq i1 %2264, %2266
	%2268 = icmp ugt i32 %2261, %2262
	%2269 = select i1 %2268, i32 %2261, i32 %2262
	%2270 = icmp ult i32 %2261, %2262
	%2271 = select i1 %2270, i32 %2261, i32 %2262
	%2272 = select i1 %2267, i32 %2269, i32 %2271
	%2273 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2272, i32 2, i32 31)
	%2274 = and i32 %3, 32
	%2275 = icmp eq i32 %2274, 0
	%2276 = and i32 %3, 2
	%2277 = icmp eq i32 %2276, 0
	%2278 = icmp eq i1 %2275, %2277
	%2279 = icmp ugt i32 %2272, %2273
	%2280 = select i1 %2279, i32 %2272, i32 %2273
	%2281 = icmp ult i32 %2272, %2273
	%2282 = select i1 %2281, i32 %2272, i32 %2273
	%2283 = select i1 %2278, i32 %2280, i32 %2282
	%2284 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2283, i32 1, i32 31)
	%2285 = and i32 %3, 32
	%2286 = icmp eq i32 %2285, 0
	%2287 = and i32 %3, 1
	%2288 = icmp eq i32 %2287, 0
	%2289 = icmp eq i1 %2286, %2288
	%2290 = icmp ugt i32 %2283, %2284
	%2291 = select i1 %2290, i32 %2283, i32 %2284
	%2292 = icmp ult i32 %2283, %2284
	%2293 = select i1 %2292, i32 %2283, i32 %2284
	%2294 = select i1 %2289, i32 %2291, i32 %2293
	%2295 = sub i32 %415, 1
	%2296 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2294, i32 %2295, i32 31)
	%2297 = icmp ugt i32 %2296, 0
	%2298 = sub i32 %2296, 1
	%2299 = select i1 %2297, i32 %2298, i32 0
	br label %2300

2300:
	%2301 = phi i32 [ %549, %2060 ], [ %2299, %2117 ]
	%2302 = icmp ugt i32 %2073, %2301
	%2303 = and i1 %2068, %2302
	%2304 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2303)
	%2305 = call i32 @llvm.ctpop.i32(i32 %2304)
	%2306 = add i32 0, %2305
	%2307 = icmp ugt i32 %2086, %2301
	%2308 = and i1 %2081, %2307
	%2309 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2308)
	%2310 = call i32 @llvm.ctpop.i32(i32 %2309)
	%2311 = add i32 %2306, %2310
	%2312 = icmp ugt i32 %2099, %2301
	%2313 = and i1 %2094, %2312
	%2314 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2313)
	%2315 = call i32 @llvm.ctpop.i32(i32 %2314)
	%2316 = add i32 %2311, %2315
	%2317 = icmp ugt i32 %2112, %2301
	%2318 = and i1 %2107, %2317
	%2319 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2318)
	%2320 = call i32 @llvm.ctpop.i32(i32 %2319)
	%2321 = add i32 %2316, %2320
	%2322 = add i32 %548, %2321
	%2323 = icmp sgt i32 %2322, 160
	br i1 %2323, label %2324, label %2327

2324:
	%2325 = mul i32 %378, 160
	%2326 = mul i32 %4, 256
	br label %2346

2327:
	%2328 = phi i32 [ %548, %2300 ], [ %415, %2684 ]
	%2329 = phi i32 [ %2301, %2300 ], [ %2408, %2684 ]
	%2330 = phi i32 [ %2321, %2300 ], [ %2704, %2684 ]
	%2331 = phi i1 [ %2303, %2300 ], [ %2686, %2684 ]
	%2332 = phi i1 [ %2308, %2300 ], [ %2691, %2684 ]
	%2333 = phi i1 [ %2313, %2300 ], [ %2696, %2684 ]
	%2334 = phi i1 [ %2318, %2300 ], [ %2701, %2684 ]
	%2335 = phi i32 [ %2304, %2300 ], [ %2687, %2684 ]
	%2336 = phi i32 [ %2309, %2300 ], [ %2692, %2684 ]
	%2337 = phi i32 [ %2314, %2300 ], [ %2697, %2684 ]
	%2338 = phi i32 [ %2319, %2300 ], [ %2702, %2684 ]
	%2339 = shl i32 1, %3
	%2340 = sub i32 %2339, 1
	%2341 = mul i32 %378, 160
	%2342 = and i32 %2335, %2340
	%2343 = call i32 @llvm.ctpop.i32(i32 %2342)
	%2344 = add i32 %2328, %2343
	%2345 = add i32 %2341, %2344
	br i1 %2331, label %2747, label %2756

2346:
	%2347 = phi i32 [ %3, %2324 ], [ %2363, %2351 ]
	%2348 = phi i32 [ -1, %2324 ], [ %2359, %2351 ]
	%2349 = phi i32 [ 0, %2324 ], [ %2362, %2351 ]
	%2350 = icmp slt i32 %2347, %548
	br i1 %2350, label %2351, label %2364

2351:
	%2352 = add i32 %2325, %2347
	%2353 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%2354 = bitcast i8 addrspace(3)* %2353 to i32 addrspace(3)*
	%2355 = getelementptr i32, i32 addrspace(3)* %2354, i32 %2352
	%2356 = load i32, i32 addrspace(3)* %2355
	%2357 = icmp ult i32 %2348, %2356
	%2358 = select i1 %2357, i32 %2348, i32 %2356
	%2359 = select i1 true, i32 %2358, i32 %2348
	%2360 = icmp ugt i32 %2349, %2356
	%2361 = select i1 %2360, i32 %2349, i32 %2356
	%2362 = select i1 true, i32 %2361, i32 %2349
	%2363 = add i32 %2347, 32
	br label %2346

2364:
	%2365 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2348, i32 1, i32 31)
	%2366 = icmp ult i32 %2348, %2365
	%2367 = select i1 %2366, i32 %2348, i32 %2365
	%2368 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2349, i32 1, i32 31)
	%2369 = icmp ugt i32 %2349, %2368
	%2370 = select i1 %2369, i32 %2349, i32 %2368
	%2371 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2367, i32 2, i32 31)
	%2372 = icmp ult i32 %2367, %2371
	%2373 = select i1 %2372, i32 %2367, i32 %2371
	%2374 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2370, i32 2, i32 31)
	%2375 = icmp ugt i32 %2370, %2374
	%2376 = select i1 %2375, i32 %2370, i32 %2374
	%2377 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2373, i32 4, i32 31)
	%2378 = icmp ult i32 %2373, %2377
	%2379 = select i1 %2378, i32 %2373, i32 %2377
	%2380 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2376, i32 4, i32 31)
	%2381 = icmp ugt i32 %2376, %2380
	%2382 = select i1 %2381, i32 %2376, i32 %2380
	%2383 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2379, i32 8, i32 31)
	%2384 = icmp ult i32 %2379, %2383
	%2385 = select i1 %2384, i32 %2379, i32 %2383
	%2386 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2382, i32 8, i32 31)
	%2387 = icmp ugt i32 %2382, %2386
	%2388 = select i1 %2387, i32 %2382, i32 %2386
	%2389 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2385, i32 16, i32 31)
	%2390 = icmp ult i32 %2385, %2389
	%2391 = select i1 %2390, i32 %2385, i32 %2389
	%2392 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2388, i32 16, i32 31)
	%2393 = icmp ugt i32 %2388, %2392
	%2394 = select i1 %2393, i32 %2388, i32 %2392
	%2395 = xor i32 %2391, %2394
	%2396 = call i32 @llvm.ctlz.i32(i32 %2395, i1 false)
	%2397 = sub i32 32, %2396
	%2398 = icmp eq i32 %2397, 32
	%2399 = icmp slt i32 %2397, 31
	%2400 = select i1 %2399, i32 %2397, i32 31
	%2401 = shl i32 -1, %2400
	%2402 = select i1 %2398, i32 0, i32 %2401
	%2403 = and i32 %2394, %2402
	%2404 = add i32 %2397, 7
	%2405 = udiv i32 %2404, 8
	br label %2406

2406:
	%2407 = phi i32 [ 0, %2364 ], [ %2665, %2479 ]
	%2408 = phi i32 [ %2403, %2364 ], [ %2661, %2479 ]
	%2409 = phi i32 [ %2402, %2364 ], [ %2663, %2479 ]
	%2410 = phi i32 [ %415, %2364 ], [ %2664, %2479 ]
	%2411 = icmp slt i32 %2407, %2405
	br i1 %2411, label %2412, label %2464

2412:
	%2413 = sub i32 %2405, %2407
	%2414 = sub i32 %2413, 1
	%2415 = mul i32 %2414, 8
	%2416 = mul i32 %3, 8
	%2417 = add i32 %2416, 0
	%2418 = add i32 %2326, %2417
	%2419 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2420 = bitcast i8 addrspace(3)* %2419 to i32 addrspace(3)*
	%2421 = getelementptr i32, i32 addrspace(3)* %2420, i32 %2418
	store i32 0, i32 addrspace(3)* %2421
	%2422 = mul i32 %3, 8
	%2423 = add i32 %2422, 1
	%2424 = add i32 %2326, %2423
	%2425 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2426 = bitcast i8 addrspace(3)* %2425 to i32 addrspace(3)*
	%2427 = getelementptr i32, i32 addrspace(3)* %2426, i32 %2424
	store i32 0, i32 addrspace(3)* %2427
	%2428 = mul i32 %3, 8
	%2429 = add i32 %2428, 2
	%2430 = add i32 %2326, %2429
	%2431 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2432 = bitcast i8 addrspace(3)* %2431 to i32 addrspace(3)*
	%2433 = getelementptr i32, i32 addrspace(3)* %2432, i32 %2430
	store i32 0, i32 addrspace(3)* %2433
	%2434 = mul i32 %3, 8
	%2435 = add i32 %2434, 3
	%2436 = add i32 %2326, %2435
	%2437 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2438 = bitcast i8 addrspace(3)* %2437 to i32 addrspace(3)*
	%2439 = getelementptr i32, i32 addrspace(3)* %2438, i32 %2436
	store i32 0, i32 addrspace(3)* %2439
	%2440 = mul i32 %3, 8
	%2441 = add i32 %2440, 4
	%2442 = add i32 %2326, %2441
	%2443 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2444 = bitcast i8 addrspace(3)* %2443 to i32 addrspace(3)*
	%2445 = getelementptr i32, i32 addrspace(3)* %2444, i32 %2442
	store i32 0, i32 addrspace(3)* %2445
	%2446 = mul i32 %3, 8
	%2447 = add i32 %2446, 5
	%2448 = add i32 %2326, %2447
	%2449 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2450 = bitcast i8 addrspace(3)* %2449 to i32 addrspace(3)*
	%2451 = getelementptr i32, i32 addrspace(3)* %2450, i32 %2448
	store i32 0, i32 addrspace(3)* %2451
	%2452 = mul i32 %3, 8
	%2453 = add i32 %2452, 6
	%2454 = add i32 %2326, %2453
	%2455 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2456 = bitcast i8 addrspace(3)* %2455 to i32 addrspace(3)*
	%2457 = getelementptr i32, i32 addrspace(3)* %2456, i32 %2454
	store i32 0, i32 addrspace(3)* %2457
	%2458 = mul i32 %3, 8
	%2459 = add i32 %2458, 7
	%2460 = add i32 %2326, %2459
	%2461 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2462 = bitcast i8 addrspace(3)* %2461 to i32 addrspace(3)*
	%2463 = getelementptr i32, i32 addrspace(3)* %2462, i32 %2460
	store i32 0, i32 addrspace(3)* %2463
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %2467

2464:
	%2465 = shl i32 1, %3
	%2466 = sub i32 %2465, 1
	br label %2676

2467:
	%2468 = phi i32 [ %3, %2412 ], [ %2675, %2674 ]
	%2469 = icmp slt i32 %2468, %548
	br i1 %2469, label %2470, label %2479

2470:
	%2471 = add i32 %2325, %2468
	%2472 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%2473 = bitcast i8 addrspace(3)* %2472 to i32 addrspace(3)*
	%2474 = getelementptr i32, i32 addrspace(3)* %2473, i32 %2471
	%2475 = load i32, i32 addrspace(3)* %2474
	%2476 = and i32 %2475, %2409
	%2477 = icmp eq i32 %2476, %2408
	%2478 = and i1 true, %2477
	br i1 %2478, label %2666, label %2674

2479:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2480 = mul i32 %3, 8
	%2481 = add i32 %2480, 0
	%2482 = sub i32 255, %2481
	%2483 = add i32 %2326, %2482
	%2484 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2485 = bitcast i8 addrspace(3)* %2484 to i32 addrspace(3)*
	%2486 = getelementptr i32, i32 addrspace(3)* %2485, i32 %2483
	%2487 = load i32, i32 addrspace(3)* %2486
	%2488 = add i32 0, %2487
	%2489 = mul i32 %3, 8
	%2490 = add i32 %2489, 1
	%2491 = sub i32 255, %2490
	%2492 = add i32 %2326, %2491
	%2493 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2494 = bitcast i8 addrspace(3)* %2493 to i32 addrspace(3)*
	%2495 = getelementptr i32, i32 addrspace(3)* %2494, i32 %2492
	%2496 = load i32, i32 addrspace(3)* %2495
	%2497 = add i32 %2488, %2496
	%2498 = mul i32 %3, 8
	%2499 = add i32 %2498, 2
	%2500 = sub i32 255, %2499
	%2501 = add i32 %2326, %2500
	%2502 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2503 = bitcast i8 addrspace(3)* %2502 to i32 addrspace(3)*
	%2504 = getelementptr i32, i32 addrspace(3)* %2503, i32 %2501
	%2505 = load i32, i32 addrspace(3)* %2504
	%2506 = add i32 %2497, %2505
	%2507 = mul i32 %3, 8
	%2508 = add i32 %2507, 3
	%2509 = sub i32 255, %2508
	%2510 = add i32 %2326, %2509
	%2511 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2512 = bitcast i8 addrspace(3)* %2511 to i32 addrspace(3)*
	%2513 = getelementptr i32, i32 addrspace(3)* %2512, i32 %2510
	%2514 = load i32, i32 addrspace(3)* %2513
	%2515 = add i32 %2506, %2514
	%2516 = mul i32 %3, 8
	%2517 = add i32 %2516, 4
	%2518 = sub i32 255, %2517
	%2519 = add i32 %2326, %2518
	%2520 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2521 = bitcast i8 addrspace(3)* %2520 to i32 addrspace(3)*
	%2522 = getelementptr i32, i32 addrspace(3)* %2521, i32 %2519
	%2523 = load i32, i32 addrspace(3)* %2522
	%2524 = add i32 %2515, %2523
	%2525 = mul i32 %3, 8
	%2526 = add i32 %2525, 5
	%2527 = sub i32 255, %2526
	%2528 = add i32 %2326, %2527
	%2529 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2530 = bitcast i8 addrspace(3)* %2529 to i32 addrspace(3)*
	%2531 = getelementptr i32, i32 addrspace(3)* %2530, i32 %2528
	%2532 = load i32, i32 addrspace(3)* %2531
	%2533 = add i32 %2524, %2532
	%2534 = mul i32 %3, 8
	%2535 = add i32 %2534, 6
	%2536 = sub i32 255, %2535
	%2537 = add i32 %2326, %2536
	%2538 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2539 = bitcast i8 addrspace(3)* %2538 to i32 addrspace(3)*
	%2540 = getelementptr i32, i32 addrspace(3)* %2539, i32 %2537
	%2541 = load i32, i32 addrspace(3)* %2540
	%2542 = add i32 %2533, %2541
	%2543 = mul i32 %3, 8
	%2544 = add i32 %2543, 7
	%2545 = sub i32 255, %2544
	%2546 = add i32 %2326, %2545
	%2547 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2548 = bitcast i8 addrspace(3)* %2547 to i32 addrspace(3)*
	%2549 = getelementptr i32, i32 addrspace(3)* %2548, i32 %2546
	%2550 = load i32, i32 addrspace(3)* %2549
	%2551 = add i32 %2542, %2550
	%2552 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2551, i32 1, i32 0)
	%2553 = icmp uge i32 %3, 1
	%2554 = select i1 %2553, i32 %2552, i32 0
	%2555 = add i32 %2551, %2554
	%2556 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2555, i32 2, i32 0)
	%2557 = icmp uge i32 %3, 2
	%2558 = select i1 %2557, i32 %2556, i32 0
	%2559 = add i32 %2555, %2558
	%2560 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2559, i32 4, i32 0)
	%2561 = icmp uge i32 %3, 4
	%2562 = select i1 %2561, i32 %2560, i32 0
	%2563 = add i32 %2559, %2562
	%2564 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2563, i32 8, i32 0)
	%2565 = icmp uge i32 %3, 8
	%2566 = select i1 %2565, i32 %2564, i32 0
	%2567 = add i32 %2563, %2566
	%2568 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2567, i32 16, i32 0)
	%2569 = icmp uge i32 %3, 16
	%2570 = select i1 %2569, i32 %2568, i32 0
	%2571 = add i32 %2567, %2570
	%2572 = sub i32 %2571, %2551
	%2573 = icmp slt i32 %2572, %2410
	%2574 = icmp sge i32 %2571, %2410
	%2575 = and i1 %2573, %2574
	%2576 = add i32 %2572, %2487
	%2577 = xor i1 false, true
	%2578 = icmp sge i32 %2576, %2410
	%2579 = and i1 %2577, %2578
	%2580 = mul i32 %3, 8
	%2581 = add i32 %2580, 0
	%2582 = sub i32 255, %2581
	%2583 = select i1 %2579, i32 %2582, i32 0
	%2584 = select i1 %2579, i32 %2572, i32 0
	%2585 = or i1 false, %2579
	%2586 = add i32 %2576, %2496
	%2587 = xor i1 %2585, true
	%2588 = icmp sge i32 %2586, %2410
	%2589 = and i1 %2587, %2588
	%2590 = mul i32 %3, 8
	%2591 = add i32 %2590, 1
	%2592 = sub i32 255, %2591
	%2593 = select i1 %2589, i32 %2592, i32 %2583
	%2594 = select i1 %2589, i32 %2576, i32 %2584
	%2595 = or i1 %2585, %2589
	%2596 = add i32 %2586, %2505
	%2597 = xor i1 %2595, true
	%2598 = icmp sge i32 %2596, %2410
	%2599 = and i1 %2597, %2598
	%2600 = mul i32 %3, 8
	%2601 = add i32 %2600, 2
	%2602 = sub i32 255, %2601
	%2603 = select i1 %2599, i32 %2602, i32 %2593
	%2604 = select i1 %2599, i32 %2586, i32 %2594
	%2605 = or i1 %2595, %2599
	%2606 = add i32 %2596, %2514
	%2607 = xor i1 %2605, true
	%2608 = icmp sge i32 %2606, %2410
	%2609 = and i1 %2607, %2608
	%2610 = mul i32 %3, 8
	%2611 = add i32 %2610, 3
	%2612 = sub i32 255, %2611
	%2613 = select i1 %2609, i32 %2612, i32 %2603
	%2614 = select i1 %2609, i32 %2596, i32 %2604
	%2615 = or i1 %2605, %2609
	%2616 = add i32 %2606, %2523
	%2617 = xor i1 %2615, true
	%2618 = icmp sge i32 %2616, %2410
	%2619 = and i1 %2617, %2618
	%2620 = mul i32 %3, 8
	%2621 = add i32 %2620, 4
	%2622 = sub i32 255, %2621
	%2623 = select i1 %2619, i32 %2622, i32 %2613
	%2624 = select i1 %2619, i32 %2606, i32 %2614
	%2625 = or i1 %2615, %2619
	%2626 = add i32 %2616, %2532
	%2627 = xor i1 %2625, true
	%2628 = icmp sge i32 %2626, %2410
	%2629 = and i1 %2627, %2628
	%2630 = mul i32 %3, 8
	%2631 = add i32 %2630, 5
	%2632 = sub i32 255, %2631
	%2633 = select i1 %2629, i32 %2632, i32 %2623
	%2634 = select i1 %2629, i32 %2616, i32 %2624
	%2635 = or i1 %2625, %2629
	%2636 = add i32 %2626, %2541
	%2637 = xor i1 %2635, true
	%2638 = icmp sge i32 %2636, %2410
	%2639 = and i1 %2637, %2638
	%2640 = mul i32 %3, 8
	%2641 = add i32 %2640, 6
	%2642 = sub i32 255, %2641
	%2643 = select i1 %2639, i32 %2642, i32 %2633
	%2644 = select i1 %2639, i32 %2626, i32 %2634
	%2645 = or i1 %2635, %2639
	%2646 = add i32 %2636, %2550
	%2647 = xor i1 %2645, true
	%2648 = icmp sge i32 %2646, %2410
	%2649 = and i1 %2647, %2648
	%2650 = mul i32 %3, 8
	%2651 = add i32 %2650, 7
	%2652 = sub i32 255, %2651
	%2653 = select i1 %2649, i32 %2652, i32 %2643
	%2654 = select i1 %2649, i32 %2636, i32 %2644
	%2655 = or i1 %2645, %2649
	%2656 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2575)
	%2657 = call i32 @llvm.cttz.i32(i32 %2656, i1 false)
	%2658 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2653, i32 %2657, i32 31)
	%2659 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2654, i32 %2657, i32 31)
	%2660 = shl i32 %2658, %2415
	%2661 = or i32 %2408, %2660
	%2662 = shl i32 255, %2415
	%2663 = or i32 %2409, %2662
	%2664 = sub i32 %2410, %2659
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2665 = add i32 %2407, 1
	br label %2406

2666:
	%2667 = lshr i32 %2475, %2415
	%2668 = and i32 %2667, 255
	%2669 = add i32 %2326, %2668
	%2670 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2671 = bitcast i8 addrspace(3)* %2670 to i32 addrspace(3)*
	%2672 = getelementptr i32, i32 addrspace(3)* %2671, i32 %2669
	%2673 = atomicrmw add i32 addrspace(3)* %2672, i32 1 monotonic
	br label %2674

2674:
	%2675 = add i32 %2468, 32
	br label %2467

2676:
	%2677 = phi i32 [ 0, %2464 ], [ %2746, %2741 ]
	%2678 = phi i32 [ 0, %2464 ], [ %2743, %2741 ]
	%2679 = phi i32 [ 0, %2464 ], [ %2745, %2741 ]
	%2680 = icmp slt i32 %2677, %548
	br i1 %2680, label %2681, label %2684

2681:
	%2682 = add i32 %2677, %3
	%2683 = icmp slt i32 %2682, %548
	br i1 %2683, label %2705, label %2715

2684:
	%2685 = icmp ugt i32 %2073, %2408
	%2686 = and i1 %2068, %2685
	%2687 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2686)
	%2688 = call i32 @llvm.ctpop.i32(i32 %2687)
	%2689 = add i32 0, %2688
	%2690 = icmp ugt i32 %2086, %2408
	%2691 = and i1 %2081, %2690
	%2692 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2691)
	%2693 = call i32 @llvm.ctpop.i32(i32 %2692)
	%2694 = add i32 %2689, %2693
	%2695 = icmp ugt i32 %2099, %2408
	%2696 = and i1 %2094, %2695
	%2697 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2696)
	%2698 = call i32 @llvm.ctpop.i32(i32 %2697)
	%2699 = add i32 %2694, %2698
	%2700 = icmp ugt i32 %2112, %2408
	%2701 = and i1 %2107, %2700
	%2702 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2701)
	%2703 = call i32 @llvm.ctpop.i32(i32 %2702)
	%2704 = add i32 %2699, %2703
	br label %2327

2705:
	%2706 = add i32 %2325, %2682
	%2707 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%2708 = bitcast i8 addrspace(3)* %2707 to i32 addrspace(3)*
	%2709 = getelementptr i32, i32 addrspace(3)* %2708, i32 %2706
	%2710 = load i32, i32 addrspace(3)* %2709
	%2711 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%2712 = bitcast i8 addrspace(3)* %2711 to i32 addrspace(3)*
	%2713 = getelementptr i32, i32 addrspace(3)* %2712, i32 %2706
	%2714 = load i32, i32 addrspace(3)* %2713
	br label %2715

2715:
	%2716 = phi i32 [ 0, %2681 ], [ %2710, %2705 ]
	%2717 = phi i32 [ 0, %2681 ], [ %2714, %2705 ]
	%2718 = icmp eq i32 %2716, %2408
	%2719 = and i1 %2683, %2718
	%2720 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2719)
	%2721 = and i32 %2720, %2466
	%2722 = call i32 @llvm.ctpop.i32(i32 %2721)
	%2723 = add i32 %2679, %2722
	%2724 = icmp ugt i32 %2716, %2408
	%2725 = icmp slt i32 %2723, %2410
	%2726 = and i1 %2719, %2725
	%2727 = or i1 %2724, %2726
	%2728 = and i1 %2683, %2727
	%2729 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2728)
	%2730 = and i32 %2729, %2466
	%2731 = call i32 @llvm.ctpop.i32(i32 %2730)
	%2732 = add i32 %2678, %2731
	%2733 = add i32 %2325, %2732
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %2728, label %2734, label %2741

2734:
	%2735 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%2736 = bitcast i8 addrspace(3)* %2735 to i32 addrspace(3)*
	%2737 = getelementptr i32, i32 addrspace(3)* %2736, i32 %2733
	store i32 %2716, i32 addrspace(3)* %2737
	%2738 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%2739 = bitcast i8 addrspace(3)* %2738 to i32 addrspace(3)*
	%2740 = getelementptr i32, i32 addrspace(3)* %2739, i32 %2733
	store i32 %2717, i32 addrspace(3)* %2740
	br label %2741

2741:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2742 = call i32 @llvm.ctpop.i32(i32 %2729)
	%2743 = add i32 %2678, %2742
	%2744 = call i32 @llvm.ctpop.i32(i32 %2720)
	%2745 = add i32 %2679, %2744
	%2746 = add i32 %2677, 32
	br label %2676

2747:
	%2748 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%2749 = bitcast i8 addrspace(3)* %2748 to i32 addrspace(3)*
	%2750 = getelementptr i32, i32 addrspace(3)* %2749, i32 %2345
	store i32 %2073, i32 addrspace(3)* %2750
	%2751 = add i32 0, %3
	%2752 = add i32 %547, %2751
	%2753 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%2754 = bitcast i8 addrspace(3)* %2753 to i32 addrspace(3)*
	%2755 = getelementptr i32, i32 addrspace(3)* %2754, i32 %2345
	store i32 %2752, i32 addrspace(3)* %2755
	br label %2756

2756:
	%2757 = call i32 @llvm.ctpop.i32(i32 %2335)
	%2758 = add i32 %2328, %2757
	%2759 = and i32 %2336, %2340
	%2760 = call i32 @llvm.ctpop.i32(i32 %2759)
	%2761 = add i32 %2758, %2760
	%2762 = add i32 %2341, %2761
	br i1 %2332, label %2763, label %2772

2763:
	%2764 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%2765 = bitcast i8 addrspace(3)* %2764 to i32 addrspace(3)*
	%2766 = getelementptr i32, i32 addrspace(3)* %2765, i32 %2762
	store i32 %2086, i32 addrspace(3)* %2766
	%2767 = add i32 32, %3
	%2768 = add i32 %547, %2767
	%2769 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%2770 = bitcast i8 addrspace(3)* %2769 to i32 addrspace(3)*
	%2771 = getelementptr i32, i32 addrspace(3)* %2770, i32 %2762
	store i32 %2768, i32 addrspace(3)* %2771
	br label %2772

2772:
	%2773 = call i32 @llvm.ctpop.i32(i32 %2336)
	%2774 = add i32 %2758, %2773
	%2775 = and i32 %2337, %2340
	%2776 = call i32 @llvm.ctpop.i32(i32 %2775)
	%2777 = add i32 %2774, %2776
	%2778 = add i32 %2341, %2777
	br i1 %2333, label %2779, label %2788

2779:
	%2780 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%2781 = bitcast i8 addrspace(3)* %2780 to i32 addrspace(3)*
	%2782 = getelementptr i32, i32 addrspace(3)* %2781, i32 %2778
	store i32 %2099, i32 addrspace(3)* %2782
	%2783 = add i32 64, %3
	%2784 = add i32 %547, %2783
	%2785 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%2786 = bitcast i8 addrspace(3)* %2785 to i32 addrspace(3)*
	%2787 = getelementptr i32, i32 addrspace(3)* %2786, i32 %2778
	store i32 %2784, i32 addrspace(3)* %2787
	br label %2788

2788:
	%2789 = call i32 @llvm.ctpop.i32(i32 %2337)
	%2790 = add i32 %2774, %2789
	%2791 = and i32 %2338, %2340
	%2792 = call i32 @llvm.ctpop.i32(i32 %2791)
	%2793 = add i32 %2790, %2792
	%2794 = add i32 %2341, %2793
	br i1 %2334, label %2795, label %2804

2795:
	%2796 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%2797 = bitcast i8 addrspace(3)* %2796 to i32 addrspace(3)*
	%2798 = getelementptr i32, i32 addrspace(3)* %2797, i32 %2794
	store i32 %2112, i32 addrspace(3)* %2798
	%2799 = add i32 96, %3
	%2800 = add i32 %547, %2799
	%2801 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%2802 = bitcast i8 addrspace(3)* %2801 to i32 addrspace(3)*
	%2803 = getelementptr i32, i32 addrspace(3)* %2802, i32 %2794
	store i32 %2800, i32 addrspace(3)* %2803
	br label %2804

2804:
	%2805 = call i32 @llvm.ctpop.i32(i32 %2338)
	%2806 = add i32 %2790, %2805
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2807 = add i32 %2328, %2330
	br label %2114

2808:
	%2809 = mul i32 %420, 129
	%2810 = add i32 0, %3
	%2811 = add i32 %2809, %2810
	%2812 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%2813 = bitcast i8 addrspace(3)* %2812 to float addrspace(3)*
	%2814 = getelementptr float, float addrspace(3)* %2813, i32 %2811
	%2815 = load float, float addrspace(3)* %2814
	%2816 = fcmp ogt float %2815, 0xFFF0000000000000
	%2817 = fadd float %2815, 0.0
	%2818 = bitcast float %2817 to i32
	%2819 = ashr i32 %2818, 31
	%2820 = or i32 %2819, -2147483648
	%2821 = xor i32 %2818, %2820
	%2822 = mul i32 %420, 129
	%2823 = add i32 32, %3
	%2824 = add i32 %2822, %2823
	%2825 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%2826 = bitcast i8 addrspace(3)* %2825 to float addrspace(3)*
	%2827 = getelementptr float, float addrspace(3)* %2826, i32 %2824
	%2828 = load float, float addrspace(3)* %2827
	%2829 = fcmp ogt float %2828, 0xFFF0000000000000
	%2830 = fadd float %2828, 0.0
	%2831 = bitcast float %2830 to i32
	%2832 = ashr i32 %2831, 31
	%2833 = or i32 %2832, -2147483648
	%2834 = xor i32 %2831, %2833
	%2835 = mul i32 %420, 129
	%2836 = add i32 64, %3
	%2837 = add i32 %2835, %2836
	%2838 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%2839 = bitcast i8 addrspace(3)* %2838 to float addrspace(3)*
	%2840 = getelementptr float, float addrspace(3)* %2839, i32 %2837
	%2841 = load float, float addrspace(3)* %2840
	%2842 = fcmp ogt float %2841, 0xFFF0000000000000
	%2843 = fadd float %2841, 0.0
	%2844 = bitcast float %2843 to i32
	%2845 = ashr i32 %2844, 31
	%2846 = or i32 %2845, -2147483648
	%2847 = xor i32 %2844, %2846
	%2848 = mul i32 %420, 129
	%2849 = add i32 96, %3
	%2850 = add i32 %2848, %2849
	%2851 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%2852 = bitcast i8 addrspace(3)* %2851 to float addrspace(3)*
	%2853 = getelementptr float, float addrspace(3)* %2852, i32 %2850
	%2854 = load float, float addrspace(3)* %2853
	%2855 = fcmp ogt float %2854, 0xFFF0000000000000
	%2856 = fadd float %2854, 0.0
	%2857 = bitcast float %2856 to i32
	%2858 = ashr i32 %2857, 31
	%2859 = or i32 %2858, -2147483648
	%2860 = xor i32 %2857, %2859
	%2861 = icmp eq i32 %551, 0
	br i1 %2861, label %2865, label %3048

2862:
	%2863 = phi i32 [ %550, %2114 ], [ %3555, %3552 ]
	%2864 = phi i32 [ %551, %2114 ], [ %3077, %3552 ]
	br i1 %503, label %3556, label %3610

2865:
	%2866 = select i1 %2816, i32 %2821, i32 0
	%2867 = icmp ugt i32 0, %2866
	%2868 = select i1 %2867, i32 0, i32 %2866
	%2869 = select i1 %2829, i32 %2834, i32 0
	%2870 = icmp ugt i32 %2868, %2869
	%2871 = select i1 %2870, i32 %2868, i32 %2869
	%2872 = select i1 %2842, i32 %2847, i32 0
	%2873 = icmp ugt i32 %2871, %2872
	%2874 = select i1 %2873, i32 %2871, i32 %2872
	%2875 = select i1 %2855, i32 %2860, i32 0
	%2876 = icmp ugt i32 %2874, %2875
	%2877 = select i1 %2876, i32 %2874, i32 %2875
	%2878 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2877, i32 1, i32 31)
	%2879 = and i32 %3, 2
	%2880 = icmp eq i32 %2879, 0
	%2881 = and i32 %3, 1
	%2882 = icmp eq i32 %2881, 0
	%2883 = icmp eq i1 %2880, %2882
	%2884 = icmp ugt i32 %2877, %2878
	%2885 = select i1 %2884, i32 %2877, i32 %2878
	%2886 = icmp ult i32 %2877, %2878
	%2887 = select i1 %2886, i32 %2877, i32 %2878
	%2888 = select i1 %2883, i32 %2885, i32 %2887
	%2889 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2888, i32 2, i32 31)
	%2890 = and i32 %3, 4
	%2891 = icmp eq i32 %2890, 0
	%2892 = and i32 %3, 2
	%2893 = icmp eq i32 %2892, 0
	%2894 = icmp eq i1 %2891, %2893
	%2895 = icmp ugt i32 %2888, %2889
	%2896 = select i1 %2895, i32 %2888, i32 %2889
	%2897 = icmp ult i32 %2888, %2889
	%2898 = select i1 %2897, i32 %2888, i32 %2889
	%2899 = select i1 %2894, i32 %2896, i32 %2898
	%2900 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2899, i32 1, i32 31)
	%2901 = and i32 %3, 4
	%2902 = icmp eq i32 %2901, 0
	%2903 = and i32 %3, 1
	%2904 = icmp eq i32 %2903, 0
	%2905 = icmp eq i1 %2902, %2904
	%2906 = icmp ugt i32 %2899, %2900
	%2907 = select i1 %2906, i32 %2899, i32 %2900
	%2908 = icmp ult i32 %2899, %2900
	%2909 = select i1 %2908, i32 %2899, i32 %2900
	%2910 = select i1 %2905, i32 %2907, i32 %2909
	%2911 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2910, i32 4, i32 31)
	%2912 = and i32 %3, 8
	%2913 = icmp eq i32 %2912, 0
	%2914 = and i32 %3, 4
	%2915 = icmp eq i32 %2914, 0
	%2916 = icmp eq i1 %2913, %2915
	%2917 = icmp ugt i32 %2910, %2911
	%2918 = select i1 %2917, i32 %2910, i32 %2911
	%2919 = icmp ult i32 %2910, %2911
	%2920 = select i1 %2919, i32 %2910, i32 %2911
	%2921 = select i1 %2916, i32 %2918, i32 %2920
	%2922 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2921, i32 2, i32 31)
	%2923 = and i32 %3, 8
	%2924 = icmp eq i32 %2923, 0
	%2925 = and i32 %3, 2
	%2926 = icmp eq i32 %2925, 0
	%2927 = icmp eq i1 %2924, %2926
	%2928 = icmp ugt i32 %2921, %2922
	%2929 = select i1 %2928, i32 %2921, i32 %2922
	%2930 = icmp ult i32 %2921, %2922
	%2931 = select i1 %2930, i32 %2921, i32 %2922
	%2932 = select i1 %2927, i32 %2929, i32 %2931
	%2933 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2932, i32 1, i32 31)
	%2934 = and i32 %3, 8
	%2935 = icmp eq i32 %2934, 0
	%2936 = and i32 %3, 1
	%2937 = icmp eq i32 %2936, 0
	%2938 = icmp eq i1 %2935, %2937
	%2939 = icmp ugt i32 %2932, %2933
	%2940 = select i1 %2939, i32 %2932, i32 %2933
	%2941 = icmp ult i32 %2932, %2933
	%2942 = select i1 %2941, i32 %2932, i32 %2933
	%2943 = select i1 %2938, i32 %2940, i32 %2942
	%2944 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2943, i32 8, i32 31)
	%2945 = and i32 %3, 16
	%2946 = icmp eq i32 %2945, 0
	%2947 = and i32 %3, 8
	%2948 = icmp eq i32 %2947, 0
	%2949 = icmp eq i1 %2946, %2948
	%2950 = icmp ugt i32 %2943, %2944
	%2951 = select i1 %2950, i32 %2943, i32 %2944
	%2952 = icmp ult i32 %2943, %2944
	%2953 = select i1 %2952, i32 %2943, i32 %2944
	%2954 = select i1 %2949, i32 %2951, i32 %2953
	%2955 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2954, i32 4, i32 31)
	%2956 = and i32 %3, 16
	%2957 = icmp eq i32 %2956, 0
	%2958 = and i32 %3, 4
	%2959 = icmp eq i32 %2958, 0
	%2960 = icmp eq i1 %2957, %2959
	%2961 = icmp ugt i32 %2954, %2955
	%2962 = select i1 %2961, i32 %2954, i32 %2955
	%2963 = icmp ult i32 %2954, %2955
	%2964 = select i1 %2963, i32 %2954, i32 %2955
	%2965 = select i1 %2960, i32 %2962, i32 %2964
	%2966 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2965, i32 2, i32 31)
	%2967 = and i32 %3, 16
	%2968 = icmp eq i32 %2967, 0
	%2969 = and i32 %3, 2
	%2970 = icmp eq i32 %2969, 0
	%2971 = icmp eq i1 %2968, %2970
	%2972 = icmp ugt i32 %2965, %2966
	%2973 = select i1 %2972, i32 %2965, i32 %2966
	%2974 = icmp ult i32 %2965, %2966
	%2975 = select i1 %2974, i32 %2965, i32 %2966
	%2976 = select i1 %2971, i32 %2973, i32 %2975
	%2977 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2976, i32 1, i32 31)
	%2978 = and i32 %3, 16
	%2979 = icmp eq i32 %2978, 0
	%2980 = and i32 %3, 1
	%2981 = icmp eq i32 %2980, 0
	%2982 = icmp eq i1 %2979, %2981
	%2983 = icmp ugt i32 %2976, %2977
	%2984 = select i1 %2983, i32 %2976, i32 %2977
	%2985 = icmp ult i32 %2976, %2977
	%2986 = select i1 %2985, i32 %2976, i32 %2977
	%2987 = select i1 %2982, i32 %2984, i32 %2986
	%2988 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2987, i32 16, i32 31)
	%2989 = and i32 %3, 32
	%2990 = icmp eq i32 %2989, 0
	%2991 = and i32 %3, 16
	%2992 = icmp eq i32 %2991, 0
	%2993 = icmp eq i1 %2990, %2992
	%2994 = icmp ugt i32 %2987, %2988
	%2995 = select i1 %2994, i32 %2987, i32 %2988
	%2996 = icmp ult i32 %2987, %2988
	%2997 = select i1 %2996, i32 %2987, i32 %2988
	%2998 = select i1 %2993, i32 %2995, i32 %2997
	%2999 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2998, i32 8, i32 31)
	%3000 = and i32 %3, 32
	%3001 = icmp eq i32 %3000, 0
	%3002 = and i32 %3, 8
	%3003 = icmp eq i32 %3002, 0
	%3004 = icmp eq i1 %3001, %3003
	%3005 = icmp ugt i32 %2998, %2999
	%3006 = select i1 %3005, i32 %2998, i32 %2999
	%3007 = icmp ult i32 %2998, %2999
	%3008 = select i1 %3007, i32 %2998, i32 %2999
	%3009 = select i1 %3004, i32 %3006, i32 %3008
	%3010 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3009, i32 4, i32 31)
	%3011 = and i32 %3, 32
	%3012 = icmp eq i32 %3011, 0
	%3013 = and i32 %3, 4
	%3014 = icmp eq i32 %3013, 0
	%3015 = icmp eq i1 %3012, %3014
	%3016 = icmp ugt i32 %3009, %3010
	%3017 = select i1 %3016, i32 %3009, i32 %3010
	%3018 = icmp ult i32 %3009, %3010
	%3019 = select i1 %3018, i32 %3009, i32 %3010
	%3020 = select i1 %3015, i32 %3017, i32 %3019
	%3021 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3020, i32 2, i32 31)
	%3022 = and i32 %3, 32
	%3023 = icmp eq i32 %3022, 0
	%3024 = and i32 %3, 2
	%3025 = icmp eq i32 %3024, 0
	%3026 = icmp eq i1 %3023, %3025
	%3027 = icmp ugt i32 %3020, %3021
	%3028 = select i1 %3027, i32 %3020, i32 %3021
	%3029 = icmp ult i32 %3020, %3021
	%3030 = select i1 %3029, i32 %3020, i32 %3021
	%3031 = select i1 %3026, i32 %3028, i32 %3030
	%3032 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3031, i32 1, i32 31)
	%3033 = and i32 %3, 32
	%3034 = icmp eq i32 %3033, 0
	%3035 = and i32 %3, 1
	%3036 = icmp eq i32 %3035, 0
	%3037 = icmp eq i1 %3034, %3036
	%3038 = icmp ugt i32 %3031, %3032
	%3039 = select i1 %3038, i32 %3031, i32 %3032
	%3040 = icmp ult i32 %3031, %3032
	%3041 = select i1 %3040, i32 %3031, i32 %3032
	%3042 = select i1 %3037, i32 %3039, i32 %3041
	%3043 = sub i32 %457, 1
	%3044 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %3042, i32 %3043, i32 31)
	%3045 = icmp ugt i32 %3044, 0
	%3046 = sub i32 %3044, 1
	%3047 = select i1 %3045, i32 %3046, i32 0
	br label %3048

3048:
	%3049 = phi i32 [ %551, %2808 ], [ %3047, %2865 ]
	%3050 = icmp ugt i32 %2821, %3049
	%3051 = and i1 %2816, %3050
	%3052 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3051)
	%3053 = call i32 @llvm.ctpop.i32(i32 %3052)
	%3054 = add i32 0, %3053
	%3055 = icmp ugt i32 %2834, %3049
	%3056 = and i1 %2829, %3055
	%3057 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3056)
	%3058 = call i32 @llvm.ctpop.i32(i32 %3057)
	%3059 = add i32 %3054, %3058
	%3060 = icmp ugt i32 %2847, %3049
	%3061 = and i1 %2842, %3060
	%3062 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3061)
	%3063 = call i32 @llvm.ctpop.i32(i32 %3062)
	%3064 = add i32 %3059, %3063
	%3065 = icmp ugt i32 %2860, %3049
	%3066 = and i1 %2855, %3065
	%3067 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3066)
	%3068 = call i32 @llvm.ctpop.i32(i32 %3067)
	%3069 = add i32 %3064, %3068
	%3070 = add i32 %550, %3069
	%3071 = icmp sgt i32 %3070, 160
	br i1 %3071, label %3072, label %3075

3072:
	%3073 = mul i32 %420, 160
	%3074 = mul i32 %4, 256
	br label %3094

3075:
	%3076 = phi i32 [ %550, %3048 ], [ %457, %3432 ]
	%3077 = phi i32 [ %3049, %3048 ], [ %3156, %3432 ]
	%3078 = phi i32 [ %3069, %3048 ], [ %3452, %3432 ]
	%3079 = phi i1 [ %3051, %3048 ], [ %3434, %3432 ]
	%3080 = phi i1 [ %3056, %3048 ], [ %3439, %3432 ]
	%3081 = phi i1 [ %3061, %3048 ], [ %3444, %3432 ]
	%3082 = phi i1 [ %3066, %3048 ], [ %3449, %3432 ]
	%3083 = phi i32 [ %3052, %3048 ], [ %3435, %3432 ]
	%3084 = phi i32 [ %3057, %3048 ], [ %3440, %3432 ]
	%3085 = phi i32 [ %3062, %3048 ], [ %3445, %3432 ]
	%3086 = phi i32 [ %3067, %3048 ], [ %3450, %3432 ]
	%3087 = shl i32 1, %3
	%3088 = sub i32 %3087, 1
	%3089 = mul i32 %420, 160
	%3090 = and i32 %3083, %3088
	%3091 = call i32 @llvm.ctpop.i32(i32 %3090)
	%3092 = add i32 %3076, %3091
	%3093 = add i32 %3089, %3092
	br i1 %3079, label %3495, label %3504

3094:
	%3095 = phi i32 [ %3, %3072 ], [ %3111, %3099 ]
	%3096 = phi i32 [ -1, %3072 ], [ %3107, %3099 ]
	%3097 = phi i32 [ 0, %3072 ], [ %3110, %3099 ]
	%3098 = icmp slt i32 %3095, %550
	br i1 %3098, label %3099, label %3112

3099:
	%3100 = add i32 %3073, %3095
	%3101 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%3102 = bitcast i8 addrspace(3)* %3101 to i32 addrspace(3)*
	%3103 = getelementptr i32, i32 addrspace(3)* %3102, i32 %3100
	%3104 = load i32, i32 addrspace(3)* %3103
	%3105 = icmp ult i32 %3096, %3104
	%3106 = select i1 %3105, i32 %3096, i32 %3104
	%3107 = select i1 true, i32 %3106, i32 %3096
	%3108 = icmp ugt i32 %3097, %3104
	%3109 = select i1 %3108, i32 %3097, i32 %3104
	%3110 = select i1 true, i32 %3109, i32 %3097
	%3111 = add i32 %3095, 32
	br label %3094

3112:
	%3113 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3096, i32 1, i32 31)
	%3114 = icmp ult i32 %3096, %3113
	%3115 = select i1 %3114, i32 %3096, i32 %3113
	%3116 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3097, i32 1, i32 31)
	%3117 = icmp ugt i32 %3097, %3116
	%3118 = select i1 %3117, i32 %3097, i32 %3116
	%3119 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3115, i32 2, i32 31)
	%3120 = icmp ult i32 %3115, %3119
	%3121 = select i1 %3120, i32 %3115, i32 %3119
	%3122 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3118, i32 2, i32 31)
	%3123 = icmp ugt i32 %3118, %3122
	%3124 = select i1 %3123, i32 %3118, i32 %3122
	%3125 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3121, i32 4, i32 31)
	%3126 = icmp ult i32 %3121, %3125
	%3127 = select i1 %3126, i32 %3121, i32 %3125
	%3128 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3124, i32 4, i32 31)
	%3129 = icmp ugt i32 %3124, %3128
	%3130 = select i1 %3129, i32 %3124, i32 %3128
	%3131 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3127, i32 8, i32 31)
	%3132 = icmp ult i32 %3127, %3131
	%3133 = select i1 %3132, i32 %3127, i32 %3131
	%3134 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3130, i32 8, i32 31)
	%3135 = icmp ugt i32 %3130, %3134
	%3136 = select i1 %3135, i32 %3130, i32 %3134
	%3137 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3133, i32 16, i32 31)
	%3138 = icmp ult i32 %3133, %3137
	%3139 = select i1 %3138, i32 %3133, i32 %3137
	%3140 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3136, i32 16, i32 31)
	%3141 = icmp ugt i32 %3136, %3140
	%3142 = select i1 %3141, i32 %3136, i32 %3140
	%3143 = xor i32 %3139, %3142
	%3144 = call i32 @llvm.ctlz.i32(i32 %3143, i1 false)
	%3145 = sub i32 32, %3144
	%3146 = icmp eq i32 %3145, 32
	%3147 = icmp slt i32 %3145, 31
	%3148 = select i1 %3147, i32 %3145, i32 31
	%3149 = shl i32 -1, %3148
	%3150 = select i1 %3146, i32 0, i32 %3149
	%3151 = and i32 %3142, %3150
	%3152 = add i32 %3145, 7
	%3153 = udiv i32 %3152, 8
	br label %3154

3154:
	%3155 = phi i32 [ 0, %3112 ], [ %3413, %3227 ]
	%3156 = phi i32 [ %3151, %3112 ], [ %3409, %3227 ]
	%3157 = phi i32 [ %3150, %3112 ], [ %3411, %3227 ]
	%3158 = phi i32 [ %457, %3112 ], [ %3412, %3227 ]
	%3159 = icmp slt i32 %3155, %3153
	br i1 %3159, label %3160, label %3212

3160:
	%3161 = sub i32 %3153, %3155
	%3162 = sub i32 %3161, 1
	%3163 = mul i32 %3162, 8
	%3164 = mul i32 %3, 8
	%3165 = add i32 %3164, 0
	%3166 = add i32 %3074, %3165
	%3167 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3168 = bitcast i8 addrspace(3)* %3167 to i32 addrspace(3)*
	%3169 = getelementptr i32, i32 addrspace(3)* %3168, i32 %3166
	store i32 0, i32 addrspace(3)* %3169
	%3170 = mul i32 %3, 8
	%3171 = add i32 %3170, 1
	%3172 = add i32 %3074, %3171
	%3173 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3174 = bitcast i8 addrspace(3)* %3173 to i32 addrspace(3)*
	%3175 = getelementptr i32, i32 addrspace(3)* %3174, i32 %3172
	store i32 0, i32 addrspace(3)* %3175
	%3176 = mul i32 %3, 8
	%3177 = add i32 %3176, 2
	%3178 = add i32 %3074, %3177
	%3179 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3180 = bitcast i8 addrspace(3)* %3179 to i32 addrspace(3)*
	%3181 = getelementptr i32, i32 addrspace(3)* %3180, i32 %3178
	store i32 0, i32 addrspace(3)* %3181
	%3182 = mul i32 %3, 8
	%3183 = add i32 %3182, 3
	%3184 = add i32 %3074, %3183
	%3185 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3186 = bitcast i8 addrspace(3)* %3185 to i32 addrspace(3)*
	%3187 = getelementptr i32, i32 addrspace(3)* %3186, i32 %3184
	store i32 0, i32 addrspace(3)* %3187
	%3188 = mul i32 %3, 8
	%3189 = add i32 %3188, 4
	%3190 = add i32 %3074, %3189
	%3191 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3192 = bitcast i8 addrspace(3)* %3191 to i32 addrspace(3)*
	%3193 = getelementptr i32, i32 addrspace(3)* %3192, i32 %3190
	store i32 0, i32 addrspace(3)* %3193
	%3194 = mul i32 %3, 8
	%3195 = add i32 %3194, 5
	%3196 = add i32 %3074, %3195
	%3197 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3198 = bitcast i8 addrspace(3)* %3197 to i32 addrspace(3)*
	%3199 = getelementptr i32, i32 addrspace(3)* %3198, i32 %3196
	store i32 0, i32 addrspace(3)* %3199
	%3200 = mul i32 %3, 8
	%3201 = add i32 %3200, 6
	%3202 = add i32 %3074, %3201
	%3203 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3204 = bitcast i8 addrspace(3)* %3203 to i32 addrspace(3)*
	%3205 = getelementptr i32, i32 addrspace(3)* %3204, i32 %3202
	store i32 0, i32 addrspace(3)* %3205
	%3206 = mul i32 %3, 8
	%3207 = add i32 %3206, 7
	%3208 = add i32 %3074, %3207
	%3209 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3210 = bitcast i8 addrspace(3)* %3209 to i32 addrspace(3)*
	%3211 = getelementptr i32, i32 addrspace(3)* %3210, i32 %3208
	store i32 0, i32 addrspace(3)* %3211
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %3215

3212:
	%3213 = shl i32 1, %3
	%3214 = sub i32 %3213, 1
	br label %3424

3215:
	%3216 = phi i32 [ %3, %3160 ], [ %3423, %3422 ]
	%3217 = icmp slt i32 %3216, %550
	br i1 %3217, label %3218, label %3227

3218:
	%3219 = add i32 %3073, %3216
	%3220 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%3221 = bitcast i8 addrspace(3)* %3220 to i32 addrspace(3)*
	%3222 = getelementptr i32, i32 addrspace(3)* %3221, i32 %3219
	%3223 = load i32, i32 addrspace(3)* %3222
	%3224 = and i32 %3223, %3157
	%3225 = icmp eq i32 %3224, %3156
	%3226 = and i1 true, %3225
	br i1 %3226, label %3414, label %3422

3227:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3228 = mul i32 %3, 8
	%3229 = add i32 %3228, 0
	%3230 = sub i32 255, %3229
	%3231 = add i32 %3074, %3230
	%3232 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3233 = bitcast i8 addrspace(3)* %3232 to i32 addrspace(3)*
	%3234 = getelementptr i32, i32 addrspace(3)* %3233, i32 %3231
	%3235 = load i32, i32 addrspace(3)* %3234
	%3236 = add i32 0, %3235
	%3237 = mul i32 %3, 8
	%3238 = add i32 %3237, 1
	%3239 = sub i32 255, %3238
	%3240 = add i32 %3074, %3239
	%3241 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3242 = bitcast i8 addrspace(3)* %3241 to i32 addrspace(3)*
	%3243 = getelementptr i32, i32 addrspace(3)* %3242, i32 %3240
	%3244 = load i32, i32 addrspace(3)* %3243
	%3245 = add i32 %3236, %3244
	%3246 = mul i32 %3, 8
	%3247 = add i32 %3246, 2
	%3248 = sub i32 255, %3247
	%3249 = add i32 %3074, %3248
	%3250 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3251 = bitcast i8 addrspace(3)* %3250 to i32 addrspace(3)*
	%3252 = getelementptr i32, i32 addrspace(3)* %3251, i32 %3249
	%3253 = load i32, i32 addrspace(3)* %3252
	%3254 = add i32 %3245, %3253
	%3255 = mul i32 %3, 8
	%3256 = add i32 %3255, 3
	%3257 = sub i32 255, %3256
	%3258 = add i32 %3074, %3257
	%3259 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3260 = bitcast i8 addrspace(3)* %3259 to i32 addrspace(3)*
	%3261 = getelementptr i32, i32 addrspace(3)* %3260, i32 %3258
	%3262 = load i32, i32 addrspace(3)* %3261
	%3263 = add i32 %3254, %3262
	%3264 = mul i32 %3, 8
	%3265 = add i32 %3264, 4
	%3266 = sub i32 255, %3265
	%3267 = add i32 %3074, %3266
	%3268 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3269 = bitcast i8 addrspace(3)* %3268 to i32 addrspace(3)*
	%3270 = getelementptr i32, i32 addrspace(3)* %3269, i32 %3267
	%3271 = load i32, i32 addrspace(3)* %3270
	%3272 = add i32 %3263, %3271
	%3273 = mul i32 %3, 8
	%3274 = add i32 %3273, 5
	%3275 = sub i32 255, %3274
	%3276 = add i32 %3074, %3275
	%3277 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3278 = bitcast i8 addrspace(3)* %3277 to i32 addrspace(3)*
	%3279 = getelementptr i32, i32 addrspace(3)* %3278, i32 %3276
	%3280 = load i32, i32 addrspace(3)* %3279
	%3281 = add i32 %3272, %3280
	%3282 = mul i32 %3, 8
	%3283 = add i32 %3282, 6
	%3284 = sub i32 255, %3283
	%3285 = add i32 %3074, %3284
	%3286 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3287 = bitcast i8 addrspace(3)* %3286 to i32 addrspace(3)*
	%3288 = getelementptr i32, i32 addrspace(3)* %3287, i32 %3285
	%3289 = load i32, i32 addrspace(3)* %3288
	%3290 = add i32 %3281, %3289
	%3291 = mul i32 %3, 8
	%3292 = add i32 %3291, 7
	%3293 = sub i32 255, %3292
	%3294 = add i32 %3074, %3293
	%3295 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3296 = bitcast i8 addrspace(3)* %3295 to i32 addrspace(3)*
	%3297 = getelementptr i32, i32 addrspace(3)* %3296, i32 %3294
	%3298 = load i32, i32 addrspace(3)* %3297
	%3299 = add i32 %3290, %3298
	%3300 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3299, i32 1, i32 0)
	%3301 = icmp uge i32 %3, 1
	%3302 = select i1 %3301, i32 %3300, i32 0
	%3303 = add i32 %3299, %3302
	%3304 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3303, i32 2, i32 0)
	%3305 = icmp uge i32 %3, 2
	%3306 = select i1 %3305, i32 %3304, i32 0
	%3307 = add i32 %3303, %3306
	%3308 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3307, i32 4, i32 0)
	%3309 = icmp uge i32 %3, 4
	%3310 = select i1 %3309, i32 %3308, i32 0
	%3311 = add i32 %3307, %3310
	%3312 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3311, i32 8, i32 0)
	%3313 = icmp uge i32 %3, 8
	%3314 = select i1 %3313, i32 %3312, i32 0
	%3315 = add i32 %3311, %3314
	%3316 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3315, i32 16, i32 0)
	%3317 = icmp uge i32 %3, 16
	%3318 = select i1 %3317, i32 %3316, i32 0
	%3319 = add i32 %3315, %3318
	%3320 = sub i32 %3319, %3299
	%3321 = icmp slt i32 %3320, %3158
	%3322 = icmp sge i32 %3319, %3158
	%3323 = and i1 %3321, %3322
	%3324 = add i32 %3320, %3235
	%3325 = xor i1 false, true
	%3326 = icmp sge i32 %3324, %3158
	%3327 = and i1 %3325, %3326
	%3328 = mul i32 %3, 8
	%3329 = add i32 %3328, 0
	%3330 = sub i32 255, %3329
	%3331 = select i1 %3327, i32 %3330, i32 0
	%3332 = select i1 %3327, i32 %3320, i32 0
	%3333 = or i1 false, %3327
	%3334 = add i32 %3324, %3244
	%3335 = xor i1 %3333, true
	%3336 = icmp sge i32 %3334, %3158
	%3337 = and i1 %3335, %3336
	%3338 = mul i32 %3, 8
	%3339 = add i32 %3338, 1
	%3340 = sub i32 255, %3339
	%3341 = select i1 %3337, i32 %3340, i32 %3331
	%3342 = select i1 %3337, i32 %3324, i32 %3332
	%3343 = or i1 %3333, %3337
	%3344 = add i32 %3334, %3253
	%3345 = xor i1 %3343, true
	%3346 = icmp sge i32 %3344, %3158
	%3347 = and i1 %3345, %3346
	%3348 = mul i32 %3, 8
	%3349 = add i32 %3348, 2
	%3350 = sub i32 255, %3349
	%3351 = select i1 %3347, i32 %3350, i32 %3341
	%3352 = select i1 %3347, i32 %3334, i32 %3342
	%3353 = or i1 %3343, %3347
	%3354 = add i32 %3344, %3262
	%3355 = xor i1 %3353, true
	%3356 = icmp sge i32 %3354, %3158
	%3357 = and i1 %3355, %3356
	%3358 = mul i32 %3, 8
	%3359 = add i32 %3358, 3
	%3360 = sub i32 255, %3359
	%3361 = select i1 %3357, i32 %3360, i32 %3351
	%3362 = select i1 %3357, i32 %3344, i32 %3352
	%3363 = or i1 %3353, %3357
	%3364 = add i32 %3354, %3271
	%3365 = xor i1 %3363, true
	%3366 = icmp sge i32 %3364, %3158
	%3367 = and i1 %3365, %3366
	%3368 = mul i32 %3, 8
	%3369 = add i32 %3368, 4
	%3370 = sub i32 255, %3369
	%3371 = select i1 %3367, i32 %3370, i32 %3361
	%3372 = select i1 %3367, i32 %3354, i32 %3362
	%3373 = or i1 %3363, %3367
	%3374 = add i32 %3364, %3280
	%3375 = xor i1 %3373, true
	%3376 = icmp sge i32 %3374, %3158
	%3377 = and i1 %3375, %3376
	%3378 = mul i32 %3, 8
	%3379 = add i32 %3378, 5
	%3380 = sub i32 255, %3379
	%3381 = select i1 %3377, i32 %3380, i32 %3371
	%3382 = select i1 %3377, i32 %3364, i32 %3372
	%3383 = or i1 %3373, %3377
	%3384 = add i32 %3374, %3289
	%3385 = xor i1 %3383, true
	%3386 = icmp sge i32 %3384, %3158
	%3387 = and i1 %3385, %3386
	%3388 = mul i32 %3, 8
	%3389 = add i32 %3388, 6
	%3390 = sub i32 255, %3389
	%3391 = select i1 %3387, i32 %3390, i32 %3381
	%3392 = select i1 %3387, i32 %3374, i32 %3382
	%3393 = or i1 %3383, %3387
	%3394 = add i32 %3384, %3298
	%3395 = xor i1 %3393, true
	%3396 = icmp sge i32 %3394, %3158
	%3397 = and i1 %3395, %3396
	%3398 = mul i32 %3, 8
	%3399 = add i32 %3398, 7
	%3400 = sub i32 255, %3399
	%3401 = select i1 %3397, i32 %3400, i32 %3391
	%3402 = select i1 %3397, i32 %3384, i32 %3392
	%3403 = or i1 %3393, %3397
	%3404 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3323)
	%3405 = call i32 @llvm.cttz.i32(i32 %3404, i1 false)
	%3406 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %3401, i32 %3405, i32 31)
	%3407 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %3402, i32 %3405, i32 31)
	%3408 = shl i32 %3406, %3163
	%3409 = or i32 %3156, %3408
	%3410 = shl i32 255, %3163
	%3411 = or i32 %3157, %3410
	%3412 = sub i32 %3158, %3407
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3413 = add i32 %3155, 1
	br label %3154

3414:
	%3415 = lshr i32 %3223, %3163
	%3416 = and i32 %3415, 255
	%3417 = add i32 %3074, %3416
	%3418 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3419 = bitcast i8 addrspace(3)* %3418 to i32 addrspace(3)*
	%3420 = getelementptr i32, i32 addrspace(3)* %3419, i32 %3417
	%3421 = atomicrmw add i32 addrspace(3)* %3420, i32 1 monotonic
	br label %3422

3422:
	%3423 = add i32 %3216, 32
	br label %3215

3424:
	%3425 = phi i32 [ 0, %3212 ], [ %3494, %3489 ]
	%3426 = phi i32 [ 0, %3212 ], [ %3491, %3489 ]
	%3427 = phi i32 [ 0, %3212 ], [ %3493, %3489 ]
	%3428 = icmp slt i32 %3425, %550
	br i1 %3428, label %3429, label %3432

3429:
	%3430 = add i32 %3425, %3
	%3431 = icmp slt i32 %3430, %550
	br i1 %3431, label %3453, label %3463

3432:
	%3433 = icmp ugt i32 %2821, %3156
	%3434 = and i1 %2816, %3433
	%3435 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3434)
	%3436 = call i32 @llvm.ctpop.i32(i32 %3435)
	%3437 = add i32 0, %3436
	%3438 = icmp ugt i32 %2834, %3156
	%3439 = and i1 %2829, %3438
	%3440 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3439)
	%3441 = call i32 @llvm.ctpop.i32(i32 %3440)
	%3442 = add i32 %3437, %3441
	%3443 = icmp ugt i32 %2847, %3156
	%3444 = and i1 %2842, %3443
	%3445 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3444)
	%3446 = call i32 @llvm.ctpop.i32(i32 %3445)
	%3447 = add i32 %3442, %3446
	%3448 = icmp ugt i32 %2860, %3156
	%3449 = and i1 %2855, %3448
	%3450 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3449)
	%3451 = call i32 @llvm.ctpop.i32(i32 %3450)
	%3452 = add i32 %3447, %3451
	br label %3075

3453:
	%3454 = add i32 %3073, %3430
	%3455 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%3456 = bitcast i8 addrspace(3)* %3455 to i32 addrspace(3)*
	%3457 = getelementptr i32, i32 addrspace(3)* %3456, i32 %3454
	%3458 = load i32, i32 addrspace(3)* %3457
	%3459 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%3460 = bitcast i8 addrspace(3)* %3459 to i32 addrspace(3)*
	%3461 = getelementptr i32, i32 addrspace(3)* %3460, i32 %3454
	%3462 = load i32, i32 addrspace(3)* %3461
	br label %3463

3463:
	%3464 = phi i32 [ 0, %3429 ], [ %3458, %3453 ]
	%3465 = phi i32 [ 0, %3429 ], [ %3462, %3453 ]
	%3466 = icmp eq i32 %3464, %3156
	%3467 = and i1 %3431, %3466
	%3468 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3467)
	%3469 = and i32 %3468, %3214
	%3470 = call i32 @llvm.ctpop.i32(i32 %3469)
	%3471 = add i32 %3427, %3470
	%3472 = icmp ugt i32 %3464, %3156
	%3473 = icmp slt i32 %3471, %3158
	%3474 = and i1 %3467, %3473
	%3475 = or i1 %3472, %3474
	%3476 = and i1 %3431, %3475
	%3477 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3476)
	%3478 = and i32 %3477, %3214
	%3479 = call i32 @llvm.ctpop.i32(i32 %3478)
	%3480 = add i32 %3426, %3479
	%3481 = add i32 %3073, %3480
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %3476, label %3482, label %3489

3482:
	%3483 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%3484 = bitcast i8 addrspace(3)* %3483 to i32 addrspace(3)*
	%3485 = getelementptr i32, i32 addrspace(3)* %3484, i32 %3481
	store i32 %3464, i32 addrspace(3)* %3485
	%3486 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%3487 = bitcast i8 addrspace(3)* %3486 to i32 addrspace(3)*
	%3488 = getelementptr i32, i32 addrspace(3)* %3487, i32 %3481
	store i32 %3465, i32 addrspace(3)* %3488
	br label %3489

3489:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3490 = call i32 @llvm.ctpop.i32(i32 %3477)
	%3491 = add i32 %3426, %3490
	%3492 = call i32 @llvm.ctpop.i32(i32 %3468)
	%3493 = add i32 %3427, %3492
	%3494 = add i32 %3425, 32
	br label %3424

3495:
	%3496 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%3497 = bitcast i8 addrspace(3)* %3496 to i32 addrspace(3)*
	%3498 = getelementptr i32, i32 addrspace(3)* %3497, i32 %3093
	store i32 %2821, i32 addrspace(3)* %3498
	%3499 = add i32 0, %3
	%3500 = add i32 %547, %3499
	%3501 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%3502 = bitcast i8 addrspace(3)* %3501 to i32 addrspace(3)*
	%3503 = getelementptr i32, i32 addrspace(3)* %3502, i32 %3093
	store i32 %3500, i32 addrspace(3)* %3503
	br label %3504

3504:
	%3505 = call i32 @llvm.ctpop.i32(i32 %3083)
	%3506 = add i32 %3076, %3505
	%3507 = and i32 %3084, %3088
	%3508 = call i32 @llvm.ctpop.i32(i32 %3507)
	%3509 = add i32 %3506, %3508
	%3510 = add i32 %3089, %3509
	br i1 %3080, label %3511, label %3520

3511:
	%3512 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%3513 = bitcast i8 addrspace(3)* %3512 to i32 addrspace(3)*
	%3514 = getelementptr i32, i32 addrspace(3)* %3513, i32 %3510
	store i32 %2834, i32 addrspace(3)* %3514
	%3515 = add i32 32, %3
	%3516 = add i32 %547, %3515
	%3517 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%3518 = bitcast i8 addrspace(3)* %3517 to i32 addrspace(3)*
	%3519 = getelementptr i32, i32 addrspace(3)* %3518, i32 %3510
	store i32 %3516, i32 addrspace(3)* %3519
	br label %3520

3520:
	%3521 = call i32 @llvm.ctpop.i32(i32 %3084)
	%3522 = add i32 %3506, %3521
	%3523 = and i32 %3085, %3088
	%3524 = call i32 @llvm.ctpop.i32(i32 %3523)
	%3525 = add i32 %3522, %3524
	%3526 = add i32 %3089, %3525
	br i1 %3081, label %3527, label %3536

3527:
	%3528 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%3529 = bitcast i8 addrspace(3)* %3528 to i32 addrspace(3)*
	%3530 = getelementptr i32, i32 addrspace(3)* %3529, i32 %3526
	store i32 %2847, i32 addrspace(3)* %3530
	%3531 = add i32 64, %3
	%3532 = add i32 %547, %3531
	%3533 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%3534 = bitcast i8 addrspace(3)* %3533 to i32 addrspace(3)*
	%3535 = getelementptr i32, i32 addrspace(3)* %3534, i32 %3526
	store i32 %3532, i32 addrspace(3)* %3535
	br label %3536

3536:
	%3537 = call i32 @llvm.ctpop.i32(i32 %3085)
	%3538 = add i32 %3522, %3537
	%3539 = and i32 %3086, %3088
	%3540 = call i32 @llvm.ctpop.i32(i32 %3539)
	%3541 = add i32 %3538, %3540
	%3542 = add i32 %3089, %3541
	br i1 %3082, label %3543, label %3552

3543:
	%3544 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%3545 = bitcast i8 addrspace(3)* %3544 to i32 addrspace(3)*
	%3546 = getelementptr i32, i32 addrspace(3)* %3545, i32 %3542
	store i32 %2860, i32 addrspace(3)* %3546
	%3547 = add i32 96, %3
	%3548 = add i32 %547, %3547
	%3549 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%3550 = bitcast i8 addrspace(3)* %3549 to i32 addrspace(3)*
	%3551 = getelementptr i32, i32 addrspace(3)* %3550, i32 %3542
	store i32 %3548, i32 addrspace(3)* %3551
	br label %3552

3552:
	%3553 = call i32 @llvm.ctpop.i32(i32 %3086)
	%3554 = add i32 %3538, %3553
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3555 = add i32 %3076, %3078
	br label %2862

3556:
	%3557 = mul i32 %462, 129
	%3558 = add i32 0, %3
	%3559 = add i32 %3557, %3558
	%3560 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%3561 = bitcast i8 addrspace(3)* %3560 to float addrspace(3)*
	%3562 = getelementptr float, float addrspace(3)* %3561, i32 %3559
	%3563 = load float, float addrspace(3)* %3562
	%3564 = fcmp ogt float %3563, 0xFFF0000000000000
	%3565 = fadd float %3563, 0.0
	%3566 = bitcast float %3565 to i32
	%3567 = ashr i32 %3566, 31
	%3568 = or i32 %3567, -2147483648
	%3569 = xor i32 %3566, %3568
	%3570 = mul i32 %462, 129
	%3571 = add i32 32, %3
	%3572 = add i32 %3570, %3571
	%3573 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%3574 = bitcast i8 addrspace(3)* %3573 to float addrspace(3)*
	%3575 = getelementptr float, float addrspace(3)* %3574, i32 %3572
	%3576 = load float, float addrspace(3)* %3575
	%3577 = fcmp ogt float %3576, 0xFFF0000000000000
	%3578 = fadd float %3576, 0.0
	%3579 = bitcast float %3578 to i32
	%3580 = ashr i32 %3579, 31
	%3581 = or i32 %3580, -2147483648
	%3582 = xor i32 %3579, %3581
	%3583 = mul i32 %462, 129
	%3584 = add i32 64, %3
	%3585 = add i32 %3583, %3584
	%3586 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%3587 = bitcast i8 addrspace(3)* %3586 to float addrspace(3)*
	%3588 = getelementptr float, float addrspace(3)* %3587, i32 %3585
	%3589 = load float, float addrspace(3)* %3588
	%3590 = fcmp ogt float %3589, 0xFFF0000000000000
	%3591 = fadd float %3589, 0.0
	%3592 = bitcast float %3591 to i32
	%3593 = ashr i32 %3592, 31
	%3594 = or i32 %3593, -2147483648
	%3595 = xor i32 %3592, %3594
	%3596 = mul i32 %462, 129
	%3597 = add i32 96, %3
	%3598 = add i32 %3596, %3597
	%3599 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%3600 = bitcast i8 addrspace(3)* %3599 to float addrspace(3)*
	%3601 = getelementptr float, float addrspace(3)* %3600, i32 %3598
	%3602 = load float, float addrspace(3)* %3601
	%3603 = fcmp ogt float %3602, 0xFFF0000000000000
	%3604 = fadd float %3602, 0.0
	%3605 = bitcast float %3604 to i32
	%3606 = ashr i32 %3605, 31
	%3607 = or i32 %3606, -2147483648
	%3608 = xor i32 %3605, %3607
	%3609 = icmp eq i32 %553, 0
	br i1 %3609, label %3613, label %3796

3610:
	%3611 = phi i32 [ %552, %2862 ], [ %4303, %4300 ]
	%3612 = phi i32 [ %553, %2862 ], [ %3825, %4300 ]
	br i1 %545, label %4304, label %4358

3613:
	%3614 = select i1 %3564, i32 %3569, i32 0
	%3615 = icmp ugt i32 0, %3614
	%3616 = select i1 %3615, i32 0, i32 %3614
	%3617 = select i1 %3577, i32 %3582, i32 0
	%3618 = icmp ugt i32 %3616, %3617
	%3619 = select i1 %3618, i32 %3616, i32 %3617
	%3620 = select i1 %3590, i32 %3595, i32 0
	%3621 = icmp ugt i32 %3619, %3620
	%3622 = select i1 %3621, i32 %3619, i32 %3620
	%3623 = select i1 %3603, i32 %3608, i32 0
	%3624 = icmp ugt i32 %3622, %3623
	%3625 = select i1 %3624, i32 %3622, i32 %3623
	%3626 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3625, i32 1, i32 31)
	%3627 = and i32 %3, 2
	%3628 = icmp eq i32 %3627, 0
	%3629 = and i32 %3, 1
	%3630 = icmp eq i32 %3629, 0
	%3631 = icmp eq i1 %3628, %3630
	%3632 = icmp ugt i32 %3625, %3626
	%3633 = select i1 %3632, i32 %3625, i32 %3626
	%3634 = icmp ult i32 %3625, %3626
	%3635 = select i1 %3634, i32 %3625, i32 %3626
	%3636 = select i1 %3631, i32 %3633, i32 %3635
	%3637 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3636, i32 2, i32 31)
	%3638 = and i32 %3, 4
	%3639 = icmp eq i32 %3638, 0
	%3640 = and i32 %3, 2
	%3641 = icmp eq i32 %3640, 0
	%3642 = icmp eq i1 %3639, %3641
	%3643 = icmp ugt i32 %3636, %3637
	%3644 = select i1 %3643, i32 %3636, i32 %3637
	%3645 = icmp ult i32 %3636, %3637
	%3646 = select i1 %3645, i32 %3636, i32 %3637
	%3647 = select i1 %3642, i32 %3644, i32 %3646
	%3648 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3647, i32 1, i32 31)
	%3649 = and i32 %3, 4
	%3650 = icmp eq i32 %3649, 0
	%3651 = and i32 %3, 1
	%3652 = icmp eq i32 %3651, 0
	%3653 = icmp eq i1 %3650, %3652
	%3654 = icmp ugt i32 %3647, %3648
	%3655 = select i1 %3654, i32 %3647, i32 %3648
	%3656 = icmp ult i32 %3647, %3648
	%3657 = select i1 %3656, i32 %3647, i32 %3648
	%3658 = select i1 %3653, i32 %3655, i32 %3657
	%3659 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3658, i32 4, i32 31)
	%3660 = and i32 %3, 8
	%3661 = icmp eq i32 %3660, 0
	%3662 = and i32 %3, 4
	%3663 = icmp eq i32 %3662, 0
	%3664 = icmp eq i1 %3661, %3663
	%3665 = icmp ugt i32 %3658, %3659
	%3666 = select i1 %3665, i32 %3658, i32 %3659
	%3667 = icmp ult i32 %3658, %3659
	%3668 = select i1 %3667, i32 %3658, i32 %3659
	%3669 = select i1 %3664, i32 %3666, i32 %3668
	%3670 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3669, i32 2, i32 31)
	%3671 = and i32 %3, 8
	%3672 = icmp eq i32 %3671, 0
	%3673 = and i32 %3, 2
	%3674 = icmp eq i32 %3673, 0
	%3675 = icmp eq i1 %3672, %3674
	%3676 = icmp ugt i32 %3669, %3670
	%3677 = select i1 %3676, i32 %3669, i32 %3670
	%3678 = icmp ult i32 %3669, %3670
	%3679 = select i1 %3678, i32 %3669, i32 %3670
	%3680 = select i1 %3675, i32 %3677, i32 %3679
	%3681 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3680, i32 1, i32 31)
	%3682 = and i32 %3, 8
	%3683 = icmp eq i32 %3682, 0
	%3684 = and i32 %3, 1
	%3685 = icmp eq i32 %3684, 0
	%3686 = icmp eq i1 %3683, %3685
	%3687 = icmp ugt i32 %3680, %3681
	%3688 = select i1 %3687, i32 %3680, i32 %3681
	%3689 = icmp ult i32 %3680, %3681
	%3690 = select i1 %3689, i32 %3680, i32 %3681
	%3691 = select i1 %3686, i32 %3688, i32 %3690
	%3692 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3691, i32 8, i32 31)
	%3693 = and i32 %3, 16
	%3694 = icmp eq i32 %3693, 0
	%3695 = and i32 %3, 8
	%3696 = icmp eq i32 %3695, 0
	%3697 = icmp eq i1 %3694, %3696
	%3698 = icmp ugt i32 %3691, %3692
	%3699 = select i1 %3698, i32 %3691, i32 %3692
	%3700 = icmp ult i32 %3691, %3692
	%3701 = select i1 %3700, i32 %3691, i32 %3692
	%3702 = select i1 %3697, i32 %3699, i32 %3701
	%3703 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3702, i32 4, i32 31)
	%3704 = and i32 %3, 16
	%3705 = icmp eq i32 %3704, 0
	%3706 = and i32 %3, 4
	%3707 = icmp eq i32 %3706, 0
	%3708 = icmp eq i1 %3705, %3707
	%3709 = icmp ugt i32 %3702, %3703
	%3710 = select i1 %3709, i32 %3702, i32 %3703
	%3711 = icmp ult i32 %3702, %3703
	%3712 = select i1 %3711, i32 %3702, i32 %3703
	%3713 = select i1 %3708, i32 %3710, i32 %3712
	%3714 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3713, i32 2, i32 31)
	%3715 = and i32 %3, 16
	%3716 = icmp eq i32 %3715, 0
	%3717 = and i32 %3, 2
	%3718 = icmp eq i32 %3717, 0
	%3719 = icmp eq i1 %3716, %3718
	%3720 = icmp ugt i32 %3713, %3714
	%3721 = select i1 %3720, i32 %3713, i32 %3714
	%3722 = icmp ult i32 %3713, %3714
	%3723 = select i1 %3722, i32 %3713, i32 %3714
	%3724 = select i1 %3719, i32 %3721, i32 %3723
	%3725 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3724, i32 1, i32 31)
	%3726 = and i32 %3, 16
	%3727 = icmp eq i32 %3726, 0
	%3728 = and i32 %3, 1
	%3729 = icmp eq i32 %3728, 0
	%3730 = icmp eq i1 %3727, %3729
	%3731 = icmp ugt i32 %3724, %3725
	%3732 = select i1 %3731, i32 %3724, i32 %3725
	%3733 = icmp ult i32 %3724, %3725
	%3734 = select i1 %3733, i32 %3724, i32 %3725
	%3735 = select i1 %3730, i32 %3732, i32 %3734
	%3736 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3735, i32 16, i32 31)
	%3737 = and i32 %3, 32
	%3738 = icmp eq i32 %3737, 0
	%3739 = and i32 %3, 16
	%3740 = icmp eq i32 %3739, 0
	%3741 = icmp eq i1 %3738, %3740
	%3742 = icmp ugt i32 %3735, %3736
	%3743 = select i1 %3742, i32 %3735, i32 %3736
	%3744 = icmp ult i32 %3735, %3736
	%3745 = select i1 %3744, i32 %3735, i32 %3736
	%3746 = select i1 %3741, i32 %3743, i32 %3745
	%3747 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3746, i32 8, i32 31)
	%3748 = and i32 %3, 32
	%3749 = icmp eq i32 %3748, 0
	%3750 = and i32 %3, 8
	%3751 = icmp eq i32 %3750, 0
	%3752 = icmp eq i1 %3749, %3751
	%3753 = icmp ugt i32 %3746, %3747
	%3754 = select i1 %3753, i32 %3746, i32 %3747
	%3755 = icmp ult i32 %3746, %3747
	%3756 = select i1 %3755, i32 %3746, i32 %3747
	%3757 = select i1 %3752, i32 %3754, i32 %3756
	%3758 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3757, i32 4, i32 31)
	%3759 = and i32 %3, 32
	%3760 = icmp eq i32 %3759, 0
	%3761 = and i32 %3, 4
	%3762 = icmp eq i32 %3761, 0
	%3763 = icmp eq i1 %3760, %3762
	%3764 = icmp ugt i32 %3757, %3758
	%3765 = select i1 %3764, i32 %3757, i32 %3758
	%3766 = icmp ult i32 %3757, %3758
	%3767 = select i1 %3766, i32 %3757, i32 %3758
	%3768 = select i1 %3763, i32 %3765, i32 %3767
	%3769 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3768, i32 2, i32 31)
	%3770 = and i32 %3, 32
	%3771 = icmp eq i32 %3770, 0
	%3772 = and i32 %3, 2
	%3773 = icmp eq i32 %3772, 0
	%3774 = icmp eq i1 %3771, %3773
	%3775 = icmp ugt i32 %3768, %3769
	%3776 = select i1 %3775, i32 %3768, i32 %3769
	%3777 = icmp ult i32 %3768, %3769
	%3778 = select i1 %3777, i32 %3768, i32 %3769
	%3779 = select i1 %3774, i32 %3776, i32 %3778
	%3780 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3779, i32 1, i32 31)
	%3781 = and i32 %3, 32
	%3782 = icmp eq i32 %3781, 0
	%3783 = and i32 %3, 1
	%3784 = icmp eq i32 %3783, 0
	%3785 = icmp eq i1 %3782, %3784
	%3786 = icmp ugt i32 %3779, %3780
	%3787 = select i1 %3786, i32 %3779, i32 %3780
	%3788 = icmp ult i32 %3779, %3780
	%3789 = select i1 %3788, i32 %3779, i32 %3780
	%3790 = select i1 %3785, i32 %3787, i32 %3789
	%3791 = sub i32 %499, 1
	%3792 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %3790, i32 %3791, i32 31)
	%3793 = icmp ugt i32 %3792, 0
	%3794 = sub i32 %3792, 1
	%3795 = select i1 %3793, i32 %3794, i32 0
	br label %3796

3796:
	%3797 = phi i32 [ %553, %3556 ], [ %3795, %3613 ]
	%3798 = icmp ugt i32 %3569, %3797
	%3799 = and i1 %3564, %3798
	%3800 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3799)
	%3801 = call i32 @llvm.ctpop.i32(i32 %3800)
	%3802 = add i32 0, %3801
	%3803 = icmp ugt i32 %3582, %3797
	%3804 = and i1 %3577, %3803
	%3805 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3804)
	%3806 = call i32 @llvm.ctpop.i32(i32 %3805)
	%3807 = add i32 %3802, %3806
	%3808 = icmp ugt i32 %3595, %3797
	%3809 = and i1 %3590, %3808
	%3810 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3809)
	%3811 = call i32 @llvm.ctpop.i32(i32 %3810)
	%3812 = add i32 %3807, %3811
	%3813 = icmp ugt i32 %3608, %3797
	%3814 = and i1 %3603, %3813
	%3815 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3814)
	%3816 = call i32 @llvm.ctpop.i32(i32 %3815)
	%3817 = add i32 %3812, %3816
	%3818 = add i32 %552, %3817
	%3819 = icmp sgt i32 %3818, 160
	br i1 %3819, label %3820, label %3823

3820:
	%3821 = mul i32 %462, 160
	%3822 = mul i32 %4, 256
	br label %3842

3823:
	%3824 = phi i32 [ %552, %3796 ], [ %499, %4180 ]
	%3825 = phi i32 [ %3797, %3796 ], [ %3904, %4180 ]
	%3826 = phi i32 [ %3817, %3796 ], [ %4200, %4180 ]
	%3827 = phi i1 [ %3799, %3796 ], [ %4182, %4180 ]
	%3828 = phi i1 [ %3804, %3796 ], [ %4187, %4180 ]
	%3829 = phi i1 [ %3809, %3796 ], [ %4192, %4180 ]
	%3830 = phi i1 [ %3814, %3796 ], [ %4197, %4180 ]
	%3831 = phi i32 [ %3800, %3796 ], [ %4183, %4180 ]
	%3832 = phi i32 [ %3805, %3796 ], [ %4188, %4180 ]
	%3833 = phi i32 [ %3810, %3796 ], [ %4193, %4180 ]
	%3834 = phi i32 [ %3815, %3796 ], [ %4198, %4180 ]
	%3835 = shl i32 1, %3
	%3836 = sub i32 %3835, 1
	%3837 = mul i32 %462, 160
	%3838 = and i32 %3831, %3836
	%3839 = call i32 @llvm.ctpop.i32(i32 %3838)
	%3840 = add i32 %3824, %3839
	%3841 = add i32 %3837, %3840
	br i1 %3827, label %4243, label %4252

3842:
	%3843 = phi i32 [ %3, %3820 ], [ %3859, %3847 ]
	%3844 = phi i32 [ -1, %3820 ], [ %3855, %3847 ]
	%3845 = phi i32 [ 0, %3820 ], [ %3858, %3847 ]
	%3846 = icmp slt i32 %3843, %552
	br i1 %3846, label %3847, label %3860

3847:
	%3848 = add i32 %3821, %3843
	%3849 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%3850 = bitcast i8 addrspace(3)* %3849 to i32 addrspace(3)*
	%3851 = getelementptr i32, i32 addrspace(3)* %3850, i32 %3848
	%3852 = load i32, i32 addrspace(3)* %3851
	%3853 = icmp ult i32 %3844, %3852
	%3854 = select i1 %3853, i32 %3844, i32 %3852
	%3855 = select i1 true, i32 %3854, i32 %3844
	%3856 = icmp ugt i32 %3845, %3852
	%3857 = select i1 %3856, i32 %3845, i32 %3852
	%3858 = select i1 true, i32 %3857, i32 %3845
	%3859 = add i32 %3843, 32
	br label %3842

3860:
	%3861 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3844, i32 1, i32 31)
	%3862 = icmp ult i32 %3844, %3861
	%3863 = select i1 %3862, i32 %3844, i32 %3861
	%3864 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3845, i32 1, i32 31)
	%3865 = icmp ugt i32 %3845, %3864
	%3866 = select i1 %3865, i32 %3845, i32 %3864
	%3867 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3863, i32 2, i32 31)
	%3868 = icmp ult i32 %3863, %3867
	%3869 = select i1 %3868, i32 %3863, i32 %3867
	%3870 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3866, i32 2, i32 31)
	%3871 = icmp ugt i32 %3866, %3870
	%3872 = select i1 %3871, i32 %3866, i32 %3870
	%3873 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3869, i32 4, i32 31)
	%3874 = icmp ult i32 %3869, %3873
	%3875 = select i1 %3874, i32 %3869, i32 %3873
	%3876 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3872, i32 4, i32 31)
	%3877 = icmp ugt i32 %3872, %3876
	%3878 = select i1 %3877, i32 %3872, i32 %3876
	%3879 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3875, i32 8, i32 31)
	%3880 = icmp ult i32 %3875, %3879
	%3881 = select i1 %3880, i32 %3875, i32 %3879
	%3882 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3878, i32 8, i32 31)
	%3883 = icmp ugt i32 %3878, %3882
	%3884 = select i1 %3883, i32 %3878, i32 %3882
	%3885 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3881, i32 16, i32 31)
	%3886 = icmp ult i32 %3881, %3885
	%3887 = select i1 %3886, i32 %3881, i32 %3885
	%3888 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3884, i32 16, i32 31)
	%3889 = icmp ugt i32 %3884, %3888
	%3890 = select i1 %3889, i32 %3884, i32 %3888
	%3891 = xor i32 %3887, %3890
	%3892 = call i32 @llvm.ctlz.i32(i32 %3891, i1 false)
	%3893 = sub i32 32, %3892
	%3894 = icmp eq i32 %3893, 32
	%3895 = icmp slt i32 %3893, 31
	%3896 = select i1 %3895, i32 %3893, i32 31
	%3897 = shl i32 -1, %3896
	%3898 = select i1 %3894, i32 0, i32 %3897
	%3899 = and i32 %3890, %3898
	%3900 = add i32 %3893, 7
	%3901 = udiv i32 %3900, 8
	br label %3902

3902:
	%3903 = phi i32 [ 0, %3860 ], [ %4161, %3975 ]
	%3904 = phi i32 [ %3899, %3860 ], [ %4157, %3975 ]
	%3905 = phi i32 [ %3898, %3860 ], [ %4159, %3975 ]
	%3906 = phi i32 [ %499, %3860 ], [ %4160, %3975 ]
	%3907 = icmp slt i32 %3903, %3901
	br i1 %3907, label %3908, label %3960

3908:
	%3909 = sub i32 %3901, %3903
	%3910 = sub i32 %3909, 1
	%3911 = mul i32 %3910, 8
	%3912 = mul i32 %3, 8
	%3913 = add i32 %3912, 0
	%3914 = add i32 %3822, %3913
	%3915 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3916 = bitcast i8 addrspace(3)* %3915 to i32 addrspace(3)*
	%3917 = getelementptr i32, i32 addrspace(3)* %3916, i32 %3914
	store i32 0, i32 addrspace(3)* %3917
	%3918 = mul i32 %3, 8
	%3919 = add i32 %3918, 1
	%3920 = add i32 %3822, %3919
	%3921 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3922 = bitcast i8 addrspace(3)* %3921 to i32 addrspace(3)*
	%3923 = getelementptr i32, i32 addrspace(3)* %3922, i32 %3920
	store i32 0, i32 addrspace(3)* %3923
	%3924 = mul i32 %3, 8
	%3925 = add i32 %3924, 2
	%3926 = add i32 %3822, %3925
	%3927 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3928 = bitcast i8 addrspace(3)* %3927 to i32 addrspace(3)*
	%3929 = getelementptr i32, i32 addrspace(3)* %3928, i32 %3926
	store i32 0, i32 addrspace(3)* %3929
	%3930 = mul i32 %3, 8
	%3931 = add i32 %3930, 3
	%3932 = add i32 %3822, %3931
	%3933 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3934 = bitcast i8 addrspace(3)* %3933 to i32 addrspace(3)*
	%3935 = getelementptr i32, i32 addrspace(3)* %3934, i32 %3932
	store i32 0, i32 addrspace(3)* %3935
	%3936 = mul i32 %3, 8
	%3937 = add i32 %3936, 4
	%3938 = add i32 %3822, %3937
	%3939 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3940 = bitcast i8 addrspace(3)* %3939 to i32 addrspace(3)*
	%3941 = getelementptr i32, i32 addrspace(3)* %3940, i32 %3938
	store i32 0, i32 addrspace(3)* %3941
	%3942 = mul i32 %3, 8
	%3943 = add i32 %3942, 5
	%3944 = add i32 %3822, %3943
	%3945 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3946 = bitcast i8 addrspace(3)* %3945 to i32 addrspace(3)*
	%3947 = getelementptr i32, i32 addrspace(3)* %3946, i32 %3944
	store i32 0, i32 addrspace(3)* %3947
	%3948 = mul i32 %3, 8
	%3949 = add i32 %3948, 6
	%3950 = add i32 %3822, %3949
	%3951 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3952 = bitcast i8 addrspace(3)* %3951 to i32 addrspace(3)*
	%3953 = getelementptr i32, i32 addrspace(3)* %3952, i32 %3950
	store i32 0, i32 addrspace(3)* %3953
	%3954 = mul i32 %3, 8
	%3955 = add i32 %3954, 7
	%3956 = add i32 %3822, %3955
	%3957 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3958 = bitcast i8 addrspace(3)* %3957 to i32 addrspace(3)*
	%3959 = getelementptr i32, i32 addrspace(3)* %3958, i32 %3956
	store i32 0, i32 addrspace(3)* %3959
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %3963

3960:
	%3961 = shl i32 1, %3
	%3962 = sub i32 %3961, 1
	br label %4172

3963:
	%3964 = phi i32 [ %3, %3908 ], [ %4171, %4170 ]
	%3965 = icmp slt i32 %3964, %552
	br i1 %3965, label %3966, label %3975

3966:
	%3967 = add i32 %3821, %3964
	%3968 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%3969 = bitcast i8 addrspace(3)* %3968 to i32 addrspace(3)*
	%3970 = getelementptr i32, i32 addrspace(3)* %3969, i32 %3967
	%3971 = load i32, i32 addrspace(3)* %3970
	%3972 = and i32 %3971, %3905
	%3973 = icmp eq i32 %3972, %3904
	%3974 = and i1 true, %3973
	br i1 %3974, label %4162, label %4170

3975:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3976 = mul i32 %3, 8
	%3977 = add i32 %3976, 0
	%3978 = sub i32 255, %3977
	%3979 = add i32 %3822, %3978
	%3980 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3981 = bitcast i8 addrspace(3)* %3980 to i32 addrspace(3)*
	%3982 = getelementptr i32, i32 addrspace(3)* %3981, i32 %3979
	%3983 = load i32, i32 addrspace(3)* %3982
	%3984 = add i32 0, %3983
	%3985 = mul i32 %3, 8
	%3986 = add i32 %3985, 1
	%3987 = sub i32 255, %3986
	%3988 = add i32 %3822, %3987
	%3989 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3990 = bitcast i8 addrspace(3)* %3989 to i32 addrspace(3)*
	%3991 = getelementptr i32, i32 addrspace(3)* %3990, i32 %3988
	%3992 = load i32, i32 addrspace(3)* %3991
	%3993 = add i32 %3984, %3992
	%3994 = mul i32 %3, 8
	%3995 = add i32 %3994, 2
	%3996 = sub i32 255, %3995
	%3997 = add i32 %3822, %3996
	%3998 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3999 = bitcast i8 addrspace(3)* %3998 to i32 addrspace(3)*
	%4000 = getelementptr i32, i32 addrspace(3)* %3999, i32 %3997
	%4001 = load i32, i32 addrspace(3)* %4000
	%4002 = add i32 %3993, %4001
	%4003 = mul i32 %3, 8
	%4004 = add i32 %4003, 3
	%4005 = sub i32 255, %4004
	%4006 = add i32 %3822, %4005
	%4007 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4008 = bitcast i8 addrspace(3)* %4007 to i32 addrspace(3)*
	%4009 = getelementptr i32, i32 addrspace(3)* %4008, i32 %4006
	%4010 = load i32, i32 addrspace(3)* %4009
	%4011 = add i32 %4002, %4010
	%4012 = mul i32 %3, 8
	%4013 = add i32 %4012, 4
	%4014 = sub i32 255, %4013
	%4015 = add i32 %3822, %4014
	%4016 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4017 = bitcast i8 addrspace(3)* %4016 to i32 addrspace(3)*
	%4018 = getelementptr i32, i32 addrspace(3)* %4017, i32 %4015
	%4019 = load i32, i32 addrspace(3)* %4018
	%4020 = add i32 %4011, %4019
	%4021 = mul i32 %3, 8
	%4022 = add i32 %4021, 5
	%4023 = sub i32 255, %4022
	%4024 = add i32 %3822, %4023
	%4025 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4026 = bitcast i8 addrspace(3)* %4025 to i32 addrspace(3)*
	%4027 = getelementptr i32, i32 addrspace(3)* %4026, i32 %4024
	%4028 = load i32, i32 addrspace(3)* %4027
	%4029 = add i32 %4020, %4028
	%4030 = mul i32 %3, 8
	%4031 = add i32 %4030, 6
	%4032 = sub i32 255, %4031
	%4033 = add i32 %3822, %4032
	%4034 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4035 = bitcast i8 addrspace(3)* %4034 to i32 addrspace(3)*
	%4036 = getelementptr i32, i32 addrspace(3)* %4035, i32 %4033
	%4037 = load i32, i32 addrspace(3)* %4036
	%4038 = add i32 %4029, %4037
	%4039 = mul i32 %3, 8
	%4040 = add i32 %4039, 7
	%4041 = sub i32 255, %4040
	%4042 = add i32 %3822, %4041
	%4043 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4044 = bitcast i8 addrspace(3)* %4043 to i32 addrspace(3)*
	%4045 = getelementptr i32, i32 addrspace(3)* %4044, i32 %4042
	%4046 = load i32, i32 addrspace(3)* %4045
	%4047 = add i32 %4038, %4046
	%4048 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4047, i32 1, i32 0)
	%4049 = icmp uge i32 %3, 1
	%4050 = select i1 %4049, i32 %4048, i32 0
	%4051 = add i32 %4047, %4050
	%4052 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4051, i32 2, i32 0)
	%4053 = icmp uge i32 %3, 2
	%4054 = select i1 %4053, i32 %4052, i32 0
	%4055 = add i32 %4051, %4054
	%4056 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4055, i32 4, i32 0)
	%4057 = icmp uge i32 %3, 4
	%4058 = select i1 %4057, i32 %4056, i32 0
	%4059 = add i32 %4055, %4058
	%4060 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4059, i32 8, i32 0)
	%4061 = icmp uge i32 %3, 8
	%4062 = select i1 %4061, i32 %4060, i32 0
	%4063 = add i32 %4059, %4062
	%4064 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4063, i32 16, i32 0)
	%4065 = icmp uge i32 %3, 16
	%4066 = select i1 %4065, i32 %4064, i32 0
	%4067 = add i32 %4063, %4066
	%4068 = sub i32 %4067, %4047
	%4069 = icmp slt i32 %4068, %3906
	%4070 = icmp sge i32 %4067, %3906
	%4071 = and i1 %4069, %4070
	%4072 = add i32 %4068, %3983
	%4073 = xor i1 false, true
	%4074 = icmp sge i32 %4072, %3906
	%4075 = and i1 %4073, %4074
	%4076 = mul i32 %3, 8
	%4077 = add i32 %4076, 0
	%4078 = sub i32 255, %4077
	%4079 = select i1 %4075, i32 %4078, i32 0
	%4080 = select i1 %4075, i32 %4068, i32 0
	%4081 = or i1 false, %4075
	%4082 = add i32 %4072, %3992
	%4083 = xor i1 %4081, true
	%4084 = icmp sge i32 %4082, %3906
	%4085 = and i1 %4083, %4084
	%4086 = mul i32 %3, 8
	%4087 = add i32 %4086, 1
	%4088 = sub i32 255, %4087
	%4089 = select i1 %4085, i32 %4088, i32 %4079
	%4090 = select i1 %4085, i32 %4072, i32 %4080
	%4091 = or i1 %4081, %4085
	%4092 = add i32 %4082, %4001
	%4093 = xor i1 %4091, true
	%4094 = icmp sge i32 %4092, %3906
	%4095 = and i1 %4093, %4094
	%4096 = mul i32 %3, 8
	%4097 = add i32 %4096, 2
	%4098 = sub i32 255, %4097
	%4099 = select i1 %4095, i32 %4098, i32 %4089
	%4100 = select i1 %4095, i32 %4082, i32 %4090
	%4101 = or i1 %4091, %4095
	%4102 = add i32 %4092, %4010
	%4103 = xor i1 %4101, true
	%4104 = icmp sge i32 %4102, %3906
	%4105 = and i1 %4103, %4104
	%4106 = mul i32 %3, 8
	%4107 = add i32 %4106, 3
	%4108 = sub i32 255, %4107
	%4109 = select i1 %4105, i32 %4108, i32 %4099
	%4110 = select i1 %4105, i32 %4092, i32 %4100
	%4111 = or i1 %4101, %4105
	%4112 = add i32 %4102, %4019
	%4113 = xor i1 %4111, true
	%4114 = icmp sge i32 %4112, %3906
	%4115 = and i1 %4113, %4114
	%4116 = mul i32 %3, 8
	%4117 = add i32 %4116, 4
	%4118 = sub i32 255, %4117
	%4119 = select i1 %4115, i32 %4118, i32 %4109
	%4120 = select i1 %4115, i32 %4102, i32 %4110
	%4121 = or i1 %4111, %4115
	%4122 = add i32 %4112, %4028
	%4123 = xor i1 %4121, true
	%4124 = icmp sge i32 %4122, %3906
	%4125 = and i1 %4123, %4124
	%4126 = mul i32 %3, 8
	%4127 = add i32 %4126, 5
	%4128 = sub i32 255, %4127
	%4129 = select i1 %4125, i32 %4128, i32 %4119
	%4130 = select i1 %4125, i32 %4112, i32 %4120
	%4131 = or i1 %4121, %4125
	%4132 = add i32 %4122, %4037
	%4133 = xor i1 %4131, true
	%4134 = icmp sge i32 %4132, %3906
	%4135 = and i1 %4133, %4134
	%4136 = mul i32 %3, 8
	%4137 = add i32 %4136, 6
	%4138 = sub i32 255, %4137
	%4139 = select i1 %4135, i32 %4138, i32 %4129
	%4140 = select i1 %4135, i32 %4122, i32 %4130
	%4141 = or i1 %4131, %4135
	%4142 = add i32 %4132, %4046
	%4143 = xor i1 %4141, true
	%4144 = icmp sge i32 %4142, %3906
	%4145 = and i1 %4143, %4144
	%4146 = mul i32 %3, 8
	%4147 = add i32 %4146, 7
	%4148 = sub i32 255, %4147
	%4149 = select i1 %4145, i32 %4148, i32 %4139
	%4150 = select i1 %4145, i32 %4132, i32 %4140
	%4151 = or i1 %4141, %4145
	%4152 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4071)
	%4153 = call i32 @llvm.cttz.i32(i32 %4152, i1 false)
	%4154 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %4149, i32 %4153, i32 31)
	%4155 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %4150, i32 %4153, i32 31)
	%4156 = shl i32 %4154, %3911
	%4157 = or i32 %3904, %4156
	%4158 = shl i32 255, %3911
	%4159 = or i32 %3905, %4158
	%4160 = sub i32 %3906, %4155
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4161 = add i32 %3903, 1
	br label %3902

4162:
	%4163 = lshr i32 %3971, %3911
	%4164 = and i32 %4163, 255
	%4165 = add i32 %3822, %4164
	%4166 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4167 = bitcast i8 addrspace(3)* %4166 to i32 addrspace(3)*
	%4168 = getelementptr i32, i32 addrspace(3)* %4167, i32 %4165
	%4169 = atomicrmw add i32 addrspace(3)* %4168, i32 1 monotonic
	br label %4170

4170:
	%4171 = add i32 %3964, 32
	br label %3963

4172:
	%4173 = phi i32 [ 0, %3960 ], [ %4242, %4237 ]
	%4174 = phi i32 [ 0, %3960 ], [ %4239, %4237 ]
	%4175 = phi i32 [ 0, %3960 ], [ %4241, %4237 ]
	%4176 = icmp slt i32 %4173, %552
	br i1 %4176, label %4177, label %4180

4177:
	%4178 = add i32 %4173, %3
	%4179 = icmp slt i32 %4178, %552
	br i1 %4179, label %4201, label %4211

4180:
	%4181 = icmp ugt i32 %3569, %3904
	%4182 = and i1 %3564, %4181
	%4183 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4182)
	%4184 = call i32 @llvm.ctpop.i32(i32 %4183)
	%4185 = add i32 0, %4184
	%4186 = icmp ugt i32 %3582, %3904
	%4187 = and i1 %3577, %4186
	%4188 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4187)
	%4189 = call i32 @llvm.ctpop.i32(i32 %4188)
	%4190 = add i32 %4185, %4189
	%4191 = icmp ugt i32 %3595, %3904
	%4192 = and i1 %3590, %4191
	%4193 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4192)
	%4194 = call i32 @llvm.ctpop.i32(i32 %4193)
	%4195 = add i32 %4190, %4194
	%4196 = icmp ugt i32 %3608, %3904
	%4197 = and i1 %3603, %4196
	%4198 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4197)
	%4199 = call i32 @llvm.ctpop.i32(i32 %4198)
	%4200 = add i32 %4195, %4199
	br label %3823

4201:
	%4202 = add i32 %3821, %4178
	%4203 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%4204 = bitcast i8 addrspace(3)* %4203 to i32 addrspace(3)*
	%4205 = getelementptr i32, i32 addrspace(3)* %4204, i32 %4202
	%4206 = load i32, i32 addrspace(3)* %4205
	%4207 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%4208 = bitcast i8 addrspace(3)* %4207 to i32 addrspace(3)*
	%4209 = getelementptr i32, i32 addrspace(3)* %4208, i32 %4202
	%4210 = load i32, i32 addrspace(3)* %4209
	br label %4211

4211:
	%4212 = phi i32 [ 0, %4177 ], [ %4206, %4201 ]
	%4213 = phi i32 [ 0, %4177 ], [ %4210, %4201 ]
	%4214 = icmp eq i32 %4212, %3904
	%4215 = and i1 %4179, %4214
	%4216 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4215)
	%4217 = and i32 %4216, %3962
	%4218 = call i32 @llvm.ctpop.i32(i32 %4217)
	%4219 = add i32 %4175, %4218
	%4220 = icmp ugt i32 %4212, %3904
	%4221 = icmp slt i32 %4219, %3906
	%4222 = and i1 %4215, %4221
	%4223 = or i1 %4220, %4222
	%4224 = and i1 %4179, %4223
	%4225 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4224)
	%4226 = and i32 %4225, %3962
	%4227 = call i32 @llvm.ctpop.i32(i32 %4226)
	%4228 = add i32 %4174, %4227
	%4229 = add i32 %3821, %4228
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %4224, label %4230, label %4237

4230:
	%4231 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%4232 = bitcast i8 addrspace(3)* %4231 to i32 addrspace(3)*
	%4233 = getelementptr i32, i32 addrspace(3)* %4232, i32 %4229
	store i32 %4212, i32 addrspace(3)* %4233
	%4234 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%4235 = bitcast i8 addrspace(3)* %4234 to i32 addrspace(3)*
	%4236 = getelementptr i32, i32 addrspace(3)* %4235, i32 %4229
	store i32 %4213, i32 addrspace(3)* %4236
	br label %4237

4237:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4238 = call i32 @llvm.ctpop.i32(i32 %4225)
	%4239 = add i32 %4174, %4238
	%4240 = call i32 @llvm.ctpop.i32(i32 %4216)
	%4241 = add i32 %4175, %4240
	%4242 = add i32 %4173, 32
	br label %4172

4243:
	%4244 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%4245 = bitcast i8 addrspace(3)* %4244 to i32 addrspace(3)*
	%4246 = getelementptr i32, i32 addrspace(3)* %4245, i32 %3841
	store i32 %3569, i32 addrspace(3)* %4246
	%4247 = add i32 0, %3
	%4248 = add i32 %547, %4247
	%4249 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%4250 = bitcast i8 addrspace(3)* %4249 to i32 addrspace(3)*
	%4251 = getelementptr i32, i32 addrspace(3)* %4250, i32 %3841
	store i32 %4248, i32 addrspace(3)* %4251
	br label %4252

4252:
	%4253 = call i32 @llvm.ctpop.i32(i32 %3831)
	%4254 = add i32 %3824, %4253
	%4255 = and i32 %3832, %3836
	%4256 = call i32 @llvm.ctpop.i32(i32 %4255)
	%4257 = add i32 %4254, %4256
	%4258 = add i32 %3837, %4257
	br i1 %3828, label %4259, label %4268

4259:
	%4260 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%4261 = bitcast i8 addrspace(3)* %4260 to i32 addrspace(3)*
	%4262 = getelementptr i32, i32 addrspace(3)* %4261, i32 %4258
	store i32 %3582, i32 addrspace(3)* %4262
	%4263 = add i32 32, %3
	%4264 = add i32 %547, %4263
	%4265 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%4266 = bitcast i8 addrspace(3)* %4265 to i32 addrspace(3)*
	%4267 = getelementptr i32, i32 addrspace(3)* %4266, i32 %4258
	store i32 %4264, i32 addrspace(3)* %4267
	br label %4268

4268:
	%4269 = call i32 @llvm.ctpop.i32(i32 %3832)
	%4270 = add i32 %4254, %4269
	%4271 = and i32 %3833, %3836
	%4272 = call i32 @llvm.ctpop.i32(i32 %4271)
	%4273 = add i32 %4270, %4272
	%4274 = add i32 %3837, %4273
	br i1 %3829, label %4275, label %4284

4275:
	%4276 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%4277 = bitcast i8 addrspace(3)* %4276 to i32 addrspace(3)*
	%4278 = getelementptr i32, i32 addrspace(3)* %4277, i32 %4274
	store i32 %3595, i32 addrspace(3)* %4278
	%4279 = add i32 64, %3
	%4280 = add i32 %547, %4279
	%4281 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%4282 = bitcast i8 addrspace(3)* %4281 to i32 addrspace(3)*
	%4283 = getelementptr i32, i32 addrspace(3)* %4282, i32 %4274
	store i32 %4280, i32 addrspace(3)* %4283
	br label %4284

4284:
	%4285 = call i32 @llvm.ctpop.i32(i32 %3833)
	%4286 = add i32 %4270, %4285
	%4287 = and i32 %3834, %3836
	%4288 = call i32 @llvm.ctpop.i32(i32 %4287)
	%4289 = add i32 %4286, %4288
	%4290 = add i32 %3837, %4289
	br i1 %3830, label %4291, label %4300

4291:
	%4292 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%4293 = bitcast i8 addrspace(3)* %4292 to i32 addrspace(3)*
	%4294 = getelementptr i32, i32 addrspace(3)* %4293, i32 %4290
	store i32 %3608, i32 addrspace(3)* %4294
	%4295 = add i32 96, %3
	%4296 = add i32 %547, %4295
	%4297 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%4298 = bitcast i8 addrspace(3)* %4297 to i32 addrspace(3)*
	%4299 = getelementptr i32, i32 addrspace(3)* %4298, i32 %4290
	store i32 %4296, i32 addrspace(3)* %4299
	br label %4300

4300:
	%4301 = call i32 @llvm.ctpop.i32(i32 %3834)
	%4302 = add i32 %4286, %4301
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4303 = add i32 %3824, %3826
	br label %3610

4304:
	%4305 = mul i32 %504, 129
	%4306 = add i32 0, %3
	%4307 = add i32 %4305, %4306
	%4308 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%4309 = bitcast i8 addrspace(3)* %4308 to float addrspace(3)*
	%4310 = getelementptr float, float addrspace(3)* %4309, i32 %4307
	%4311 = load float, float addrspace(3)* %4310
	%4312 = fcmp ogt float %4311, 0xFFF0000000000000
	%4313 = fadd float %4311, 0.0
	%4314 = bitcast float %4313 to i32
	%4315 = ashr i32 %4314, 31
	%4316 = or i32 %4315, -2147483648
	%4317 = xor i32 %4314, %4316
	%4318 = mul i32 %504, 129
	%4319 = add i32 32, %3
	%4320 = add i32 %4318, %4319
	%4321 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%4322 = bitcast i8 addrspace(3)* %4321 to float addrspace(3)*
	%4323 = getelementptr float, float addrspace(3)* %4322, i32 %4320
	%4324 = load float, float addrspace(3)* %4323
	%4325 = fcmp ogt float %4324, 0xFFF0000000000000
	%4326 = fadd float %4324, 0.0
	%4327 = bitcast float %4326 to i32
	%4328 = ashr i32 %4327, 31
	%4329 = or i32 %4328, -2147483648
	%4330 = xor i32 %4327, %4329
	%4331 = mul i32 %504, 129
	%4332 = add i32 64, %3
	%4333 = add i32 %4331, %4332
	%4334 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%4335 = bitcast i8 addrspace(3)* %4334 to float addrspace(3)*
	%4336 = getelementptr float, float addrspace(3)* %4335, i32 %4333
	%4337 = load float, float addrspace(3)* %4336
	%4338 = fcmp ogt float %4337, 0xFFF0000000000000
	%4339 = fadd float %4337, 0.0
	%4340 = bitcast float %4339 to i32
	%4341 = ashr i32 %4340, 31
	%4342 = or i32 %4341, -2147483648
	%4343 = xor i32 %4340, %4342
	%4344 = mul i32 %504, 129
	%4345 = add i32 96, %3
	%4346 = add i32 %4344, %4345
	%4347 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%4348 = bitcast i8 addrspace(3)* %4347 to float addrspace(3)*
	%4349 = getelementptr float, float addrspace(3)* %4348, i32 %4346
	%4350 = load float, float addrspace(3)* %4349
	%4351 = fcmp ogt float %4350, 0xFFF0000000000000
	%4352 = fadd float %4350, 0.0
	%4353 = bitcast float %4352 to i32
	%4354 = ashr i32 %4353, 31
	%4355 = or i32 %4354, -2147483648
	%4356 = xor i32 %4353, %4355
	%4357 = icmp eq i32 %555, 0
	br i1 %4357, label %4362, label %4545

4358:
	%4359 = phi i32 [ %554, %3610 ], [ %5052, %5049 ]
	%4360 = phi i32 [ %555, %3610 ], [ %4574, %5049 ]
	call void @llvm.nvvm.barrier0()
	%4361 = add i32 %547, 128
	br label %546

4362:
	%4363 = select i1 %4312, i32 %4317, i32 0
	%4364 = icmp ugt i32 0, %4363
	%4365 = select i1 %4364, i32 0, i32 %4363
	%4366 = select i1 %4325, i32 %4330, i32 0
	%4367 = icmp ugt i32 %4365, %4366
	%4368 = select i1 %4367, i32 %4365, i32 %4366
	%4369 = select i1 %4338, i32 %4343, i32 0
	%4370 = icmp ugt i32 %4368, %4369
	%4371 = select i1 %4370, i32 %4368, i32 %4369
	%4372 = select i1 %4351, i32 %4356, i32 0
	%4373 = icmp ugt i32 %4371, %4372
	%4374 = select i1 %4373, i32 %4371, i32 %4372
	%4375 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4374, i32 1, i32 31)
	%4376 = and i32 %3, 2
	%4377 = icmp eq i32 %4376, 0
	%4378 = and i32 %3, 1
	%4379 = icmp eq i32 %4378, 0
	%4380 = icmp eq i1 %4377, %4379
	%4381 = icmp ugt i32 %4374, %4375
	%4382 = select i1 %4381, i32 %4374, i32 %4375
	%4383 = icmp ult i32 %4374, %4375
	%4384 = select i1 %4383, i32 %4374, i32 %4375
	%4385 = select i1 %4380, i32 %4382, i32 %4384
	%4386 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4385, i32 2, i32 31)
	%4387 = and i32 %3, 4
	%4388 = icmp eq i32 %4387, 0
	%4389 = and i32 %3, 2
	%4390 = icmp eq i32 %4389, 0
	%4391 = icmp eq i1 %4388, %4390
	%4392 = icmp ugt i32 %4385, %4386
	%4393 = select i1 %4392, i32 %4385, i32 %4386
	%4394 = icmp ult i32 %4385, %4386
	%4395 = select i1 %4394, i32 %4385, i32 %4386
	%4396 = select i1 %4391, i32 %4393, i32 %4395
	%4397 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4396, i32 1, i32 31)
	%4398 = and i32 %3, 4
	%4399 = icmp eq i32 %4398, 0
	%4400 = and i32 %3, 1
	%4401 = icmp eq i32 %4400, 0
	%4402 = icmp eq i1 %4399, %4401
	%4403 = icmp ugt i32 %4396, %4397
	%4404 = select i1 %4403, i32 %4396, i32 %4397
	%4405 = icmp ult i32 %4396, %4397
	%4406 = select i1 %4405, i32 %4396, i32 %4397
	%4407 = select i1 %4402, i32 %4404, i32 %4406
	%4408 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4407, i32 4, i32 31)
	%4409 = and i32 %3, 8
	%4410 = icmp eq i32 %4409, 0
	%4411 = and i32 %3, 4
	%4412 = icmp eq i32 %4411, 0
	%4413 = icmp eq i1 %4410, %4412
	%4414 = icmp ugt i32 %4407, %4408
	%4415 = select i1 %4414, i32 %4407, i32 %4408
	%4416 = icmp ult i32 %4407, %4408
	%4417 = select i1 %4416, i32 %4407, i32 %4408
	%4418 = select i1 %4413, i32 %4415, i32 %4417
	%4419 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4418, i32 2, i32 31)
	%4420 = and i32 %3, 8
	%4421 = icmp eq i32 %4420, 0
	%4422 = and i32 %3, 2
	%4423 = icmp eq i32 %4422, 0
	%4424 = icmp eq i1 %4421, %4423
	%4425 = icmp ugt i32 %4418, %4419
	%4426 = select i1 %4425, i32 %4418, i32 %4419
	%4427 = icmp ult i32 %4418, %4419
	%4428 = select i1 %4427, i32 %4418, i32 %4419
	%4429 = select i1 %4424, i32 %4426, i32 %4428
	%4430 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4429, i32 1, i32 31)
	%4431 = and i32 %3, 8
	%4432 = icmp eq i32 %4431, 0
	%4433 = and i32 %3, 1
	%4434 = icmp eq i32 %4433, 0
	%4435 = icmp eq i1 %4432, %4434
	%4436 = icmp ugt i32 %4429, %4430
	%4437 = select i1 %4436, i32 %4429, i32 %4430
	%4438 = icmp ult i32 %4429, %4430
	%4439 = select i1 %4438, i32 %4429, i32 %4430
	%4440 = select i1 %4435, i32 %4437, i32 %4439
	%4441 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4440, i32 8, i32 31)
	%4442 = and i32 %3, 16
	%4443 = icmp eq i32 %4442, 0
	%4444 = and i32 %3, 8
	%4445 = icmp eq i32 %4444, 0
	%4446 = icmp eq i1 %4443, %4445
	%4447 = icmp ugt i32 %4440, %4441
	%4448 = select i1 %4447, i32 %4440, i32 %4441
	%4449 = icmp ult i32 %4440, %4441
	%4450 = select i1 %4449, i32 %4440, i32 %4441
	%4451 = select i1 %4446, i32 %4448, i32 %4450
	%4452 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4451, i32 4, i32 31)
	%4453 = and i32 %3, 16
	%4454 = icmp eq i32 %4453, 0
	%4455 = and i32 %3, 4
	%4456 = icmp eq i32 %4455, 0
	%4457 = icmp eq i1 %4454, %4456
	%4458 = icmp ugt i32 %4451, %4452
	%4459 = select i1 %4458, i32 %4451, i32 %4452
	%4460 = icmp ult i32 %4451, %4452
	%4461 = select i1 %4460, i32 %4451, i32 %4452
	%4462 = select i1 %4457, i32 %4459, i32 %4461
	%4463 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4462, i32 2, i32 31)
	%4464 = and i32 %3, 16
	%4465 = icmp eq i32 %4464, 0
	%4466 = and i32 %3, 2
	%4467 = icmp eq i32 %4466, 0
	%4468 = icmp eq i1 %4465, %4467
	%4469 = icmp ugt i32 %4462, %4463
	%4470 = select i1 %4469, i32 %4462, i32 %4463
	%4471 = icmp ult i32 %4462, %4463
	%4472 = select i1 %4471, i32 %4462, i32 %4463
	%4473 = select i1 %4468, i32 %4470, i32 %4472
	%4474 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4473, i32 1, i32 31)
	%4475 = and i32 %3, 16
	%4476 = icmp eq i32 %4475, 0
	%4477 = and i32 %3, 1
	%4478 = icmp eq i32 %4477, 0
	%4479 = icmp eq i1 %4476, %4478
	%4480 = icmp ugt i32 %4473, %4474
	%4481 = select i1 %4480, i32 %4473, i32 %4474
	%4482 = icmp ult i32 %4473, %4474
	%4483 = select i1 %4482, i32 %4473, i32 %4474
	%4484 = select i1 %4479, i32 %4481, i32 %4483
	%4485 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4484, i32 16, i32 31)
	%4486 = and i32 %3, 32
	%4487 = icmp eq i32 %4486, 0
	%4488 = and i32 %3, 16
	%4489 = icmp eq i32 %4488, 0
	%4490 = icmp eq i1 %4487, %4489
	%4491 = icmp ugt i32 %4484, %4485
	%4492 = select i1 %4491, i32 %4484, i32 %4485
	%4493 = icmp ult i32 %4484, %4485
	%4494 = select i1 %4493, i32 %4484, i32 %4485
	%4495 = select i1 %4490, i32 %4492, i32 %4494
	%4496 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4495, i32 8, i32 31)
	%4497 = and i32 %3, 32
	%4498 = icmp eq i32 %4497, 0
	%4499 = and i32 %3, 8
	%4500 = icmp eq i32 %4499, 0
	%4501 = icmp eq i1 %4498, %4500
	%4502 = icmp ugt i32 %4495, %4496
	%4503 = select i1 %4502, i32 %4495, i32 %4496
	%4504 = icmp ult i32 %4495, %4496
	%4505 = select i1 %4504, i32 %4495, i32 %4496
	%4506 = select i1 %4501, i32 %4503, i32 %4505
	%4507 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4506, i32 4, i32 31)
	%4508 = and i32 %3, 32
	%4509 = icmp eq i32 %4508, 0
	%4510 = and i32 %3, 4
	%4511 = icmp eq i32 %4510, 0
	%4512 = icmp eq i1 %4509, %4511
	%4513 = icmp ugt i32 %4506, %4507
	%4514 = select i1 %4513, i32 %4506, i32 %4507
	%4515 = icmp ult i32 %4506, %4507
	%4516 = select i1 %4515, i32 %4506, i32 %4507
	%4517 = select i1 %4512, i32 %4514, i32 %4516
	%4518 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4517, i32 2, i32 31)
	%4519 = and i32 %3, 32
	%4520 = icmp eq i32 %4519, 0
	%4521 = and i32 %3, 2
	%4522 = icmp eq i32 %4521, 0
	%4523 = icmp eq i1 %4520, %4522
	%4524 = icmp ugt i32 %4517, %4518
	%4525 = select i1 %4524, i32 %4517, i32 %4518
	%4526 = icmp ult i32 %4517, %4518
	%4527 = select i1 %4526, i32 %4517, i32 %4518
	%4528 = select i1 %4523, i32 %4525, i32 %4527
	%4529 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4528, i32 1, i32 31)
	%4530 = and i32 %3, 32
	%4531 = icmp eq i32 %4530, 0
	%4532 = and i32 %3, 1
	%4533 = icmp eq i32 %4532, 0
	%4534 = icmp eq i1 %4531, %4533
	%4535 = icmp ugt i32 %4528, %4529
	%4536 = select i1 %4535, i32 %4528, i32 %4529
	%4537 = icmp ult i32 %4528, %4529
	%4538 = select i1 %4537, i32 %4528, i32 %4529
	%4539 = select i1 %4534, i32 %4536, i32 %4538
	%4540 = sub i32 %541, 1
	%4541 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %4539, i32 %4540, i32 31)
	%4542 = icmp ugt i32 %4541, 0
	%4543 = sub i32 %4541, 1
	%4544 = select i1 %4542, i32 %4543, i32 0
	br label %4545

4545:
	%4546 = phi i32 [ %555, %4304 ], [ %4544, %4362 ]
	%4547 = icmp ugt i32 %4317, %4546
	%4548 = and i1 %4312, %4547
	%4549 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4548)
	%4550 = call i32 @llvm.ctpop.i32(i32 %4549)
	%4551 = add i32 0, %4550
	%4552 = icmp ugt i32 %4330, %4546
	%4553 = and i1 %4325, %4552
	%4554 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4553)
	%4555 = call i32 @llvm.ctpop.i32(i32 %4554)
	%4556 = add i32 %4551, %4555
	%4557 = icmp ugt i32 %4343, %4546
	%4558 = and i1 %4338, %4557
	%4559 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4558)
	%4560 = call i32 @llvm.ctpop.i32(i32 %4559)
	%4561 = add i32 %4556, %4560
	%4562 = icmp ugt i32 %4356, %4546
	%4563 = and i1 %4351, %4562
	%4564 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4563)
	%4565 = call i32 @llvm.ctpop.i32(i32 %4564)
	%4566 = add i32 %4561, %4565
	%4567 = add i32 %554, %4566
	%4568 = icmp sgt i32 %4567, 160
	br i1 %4568, label %4569, label %4572

4569:
	%4570 = mul i32 %504, 160
	%4571 = mul i32 %4, 256
	br label %4591

4572:
	%4573 = phi i32 [ %554, %4545 ], [ %541, %4929 ]
	%4574 = phi i32 [ %4546, %4545 ], [ %4653, %4929 ]
	%4575 = phi i32 [ %4566, %4545 ], [ %4949, %4929 ]
	%4576 = phi i1 [ %4548, %4545 ], [ %4931, %4929 ]
	%4577 = phi i1 [ %4553, %4545 ], [ %4936, %4929 ]
	%4578 = phi i1 [ %4558, %4545 ], [ %4941, %4929 ]
	%4579 = phi i1 [ %4563, %4545 ], [ %4946, %4929 ]
	%4580 = phi i32 [ %4549, %4545 ], [ %4932, %4929 ]
	%4581 = phi i32 [ %4554, %4545 ], [ %4937, %4929 ]
	%4582 = phi i32 [ %4559, %4545 ], [ %4942, %4929 ]
	%4583 = phi i32 [ %4564, %4545 ], [ %4947, %4929 ]
	%4584 = shl i32 1, %3
	%4585 = sub i32 %4584, 1
	%4586 = mul i32 %504, 160
	%4587 = and i32 %4580, %4585
	%4588 = call i32 @llvm.ctpop.i32(i32 %4587)
	%4589 = add i32 %4573, %4588
	%4590 = add i32 %4586, %4589
	br i1 %4576, label %4992, label %5001

4591:
	%4592 = phi i32 [ %3, %4569 ], [ %4608, %4596 ]
	%4593 = phi i32 [ -1, %4569 ], [ %4604, %4596 ]
	%4594 = phi i32 [ 0, %4569 ], [ %4607, %4596 ]
	%4595 = icmp slt i32 %4592, %554
	br i1 %4595, label %4596, label %4609

4596:
	%4597 = add i32 %4570, %4592
	%4598 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%4599 = bitcast i8 addrspace(3)* %4598 to i32 addrspace(3)*
	%4600 = getelementptr i32, i32 addrspace(3)* %4599, i32 %4597
	%4601 = load i32, i32 addrspace(3)* %4600
	%4602 = icmp ult i32 %4593, %4601
	%4603 = select i1 %4602, i32 %4593, i32 %4601
	%4604 = select i1 true, i32 %4603, i32 %4593
	%4605 = icmp ugt i32 %4594, %4601
	%4606 = select i1 %4605, i32 %4594, i32 %4601
	%4607 = select i1 true, i32 %4606, i32 %4594
	%4608 = add i32 %4592, 32
	br label %4591

4609:
	%4610 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4593, i32 1, i32 31)
	%4611 = icmp ult i32 %4593, %4610
	%4612 = select i1 %4611, i32 %4593, i32 %4610
	%4613 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4594, i32 1, i32 31)
	%4614 = icmp ugt i32 %4594, %4613
	%4615 = select i1 %4614, i32 %4594, i32 %4613
	%4616 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4612, i32 2, i32 31)
	%4617 = icmp ult i32 %4612, %4616
	%4618 = select i1 %4617, i32 %4612, i32 %4616
	%4619 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4615, i32 2, i32 31)
	%4620 = icmp ugt i32 %4615, %4619
	%4621 = select i1 %4620, i32 %4615, i32 %4619
	%4622 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4618, i32 4, i32 31)
	%4623 = icmp ult i32 %4618, %4622
	%4624 = select i1 %4623, i32 %4618, i32 %4622
	%4625 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4621, i32 4, i32 31)
	%4626 = icmp ugt i32 %4621, %4625
	%4627 = select i1 %4626, i32 %4621, i32 %4625
	%4628 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4624, i32 8, i32 31)
	%4629 = icmp ult i32 %4624, %4628
	%4630 = select i1 %4629, i32 %4624, i32 %4628
	%4631 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4627, i32 8, i32 31)
	%4632 = icmp ugt i32 %4627, %4631
	%4633 = select i1 %4632, i32 %4627, i32 %4631
	%4634 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4630, i32 16, i32 31)
	%4635 = icmp ult i32 %4630, %4634
	%4636 = select i1 %4635, i32 %4630, i32 %4634
	%4637 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4633, i32 16, i32 31)
	%4638 = icmp ugt i32 %4633, %4637
	%4639 = select i1 %4638, i32 %4633, i32 %4637
	%4640 = xor i32 %4636, %4639
	%4641 = call i32 @llvm.ctlz.i32(i32 %4640, i1 false)
	%4642 = sub i32 32, %4641
	%4643 = icmp eq i32 %4642, 32
	%4644 = icmp slt i32 %4642, 31
	%4645 = select i1 %4644, i32 %4642, i32 31
	%4646 = shl i32 -1, %4645
	%4647 = select i1 %4643, i32 0, i32 %4646
	%4648 = and i32 %4639, %4647
	%4649 = add i32 %4642, 7
	%4650 = udiv i32 %4649, 8
	br label %4651

4651:
	%4652 = phi i32 [ 0, %4609 ], [ %4910, %4724 ]
	%4653 = phi i32 [ %4648, %4609 ], [ %4906, %4724 ]
	%4654 = phi i32 [ %4647, %4609 ], [ %4908, %4724 ]
	%4655 = phi i32 [ %541, %4609 ], [ %4909, %4724 ]
	%4656 = icmp slt i32 %4652, %4650
	br i1 %4656, label %4657, label %4709

4657:
	%4658 = sub i32 %4650, %4652
	%4659 = sub i32 %4658, 1
	%4660 = mul i32 %4659, 8
	%4661 = mul i32 %3, 8
	%4662 = add i32 %4661, 0
	%4663 = add i32 %4571, %4662
	%4664 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4665 = bitcast i8 addrspace(3)* %4664 to i32 addrspace(3)*
	%4666 = getelementptr i32, i32 addrspace(3)* %4665, i32 %4663
	store i32 0, i32 addrspace(3)* %4666
	%4667 = mul i32 %3, 8
	%4668 = add i32 %4667, 1
	%4669 = add i32 %4571, %4668
	%4670 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4671 = bitcast i8 addrspace(3)* %4670 to i32 addrspace(3)*
	%4672 = getelementptr i32, i32 addrspace(3)* %4671, i32 %4669
	store i32 0, i32 addrspace(3)* %4672
	%4673 = mul i32 %3, 8
	%4674 = add i32 %4673, 2
	%4675 = add i32 %4571, %4674
	%4676 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4677 = bitcast i8 addrspace(3)* %4676 to i32 addrspace(3)*
	%4678 = getelementptr i32, i32 addrspace(3)* %4677, i32 %4675
	store i32 0, i32 addrspace(3)* %4678
	%4679 = mul i32 %3, 8
	%4680 = add i32 %4679, 3
	%4681 = add i32 %4571, %4680
	%4682 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4683 = bitcast i8 addrspace(3)* %4682 to i32 addrspace(3)*
	%4684 = getelementptr i32, i32 addrspace(3)* %4683, i32 %4681
	store i32 0, i32 addrspace(3)* %4684
	%4685 = mul i32 %3, 8
	%4686 = add i32 %4685, 4
	%4687 = add i32 %4571, %4686
	%4688 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4689 = bitcast i8 addrspace(3)* %4688 to i32 addrspace(3)*
	%4690 = getelementptr i32, i32 addrspace(3)* %4689, i32 %4687
	store i32 0, i32 addrspace(3)* %4690
	%4691 = mul i32 %3, 8
	%4692 = add i32 %4691, 5
	%4693 = add i32 %4571, %4692
	%4694 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4695 = bitcast i8 addrspace(3)* %4694 to i32 addrspace(3)*
	%4696 = getelementptr i32, i32 addrspace(3)* %4695, i32 %4693
	store i32 0, i32 addrspace(3)* %4696
	%4697 = mul i32 %3, 8
	%4698 = add i32 %4697, 6
	%4699 = add i32 %4571, %4698
	%4700 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4701 = bitcast i8 addrspace(3)* %4700 to i32 addrspace(3)*
	%4702 = getelementptr i32, i32 addrspace(3)* %4701, i32 %4699
	store i32 0, i32 addrspace(3)* %4702
	%4703 = mul i32 %3, 8
	%4704 = add i32 %4703, 7
	%4705 = add i32 %4571, %4704
	%4706 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4707 = bitcast i8 addrspace(3)* %4706 to i32 addrspace(3)*
	%4708 = getelementptr i32, i32 addrspace(3)* %4707, i32 %4705
	store i32 0, i32 addrspace(3)* %4708
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %4712

4709:
	%4710 = shl i32 1, %3
	%4711 = sub i32 %4710, 1
	br label %4921

4712:
	%4713 = phi i32 [ %3, %4657 ], [ %4920, %4919 ]
	%4714 = icmp slt i32 %4713, %554
	br i1 %4714, label %4715, label %4724

4715:
	%4716 = add i32 %4570, %4713
	%4717 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%4718 = bitcast i8 addrspace(3)* %4717 to i32 addrspace(3)*
	%4719 = getelementptr i32, i32 addrspace(3)* %4718, i32 %4716
	%4720 = load i32, i32 addrspace(3)* %4719
	%4721 = and i32 %4720, %4654
	%4722 = icmp eq i32 %4721, %4653
	%4723 = and i1 true, %4722
	br i1 %4723, label %4911, label %4919

4724:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4725 = mul i32 %3, 8
	%4726 = add i32 %4725, 0
	%4727 = sub i32 255, %4726
	%4728 = add i32 %4571, %4727
	%4729 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4730 = bitcast i8 addrspace(3)* %4729 to i32 addrspace(3)*
	%4731 = getelementptr i32, i32 addrspace(3)* %4730, i32 %4728
	%4732 = load i32, i32 addrspace(3)* %4731
	%4733 = add i32 0, %4732
	%4734 = mul i32 %3, 8
	%4735 = add i32 %4734, 1
	%4736 = sub i32 255, %4735
	%4737 = add i32 %4571, %4736
	%4738 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4739 = bitcast i8 addrspace(3)* %4738 to i32 addrspace(3)*
	%4740 = getelementptr i32, i32 addrspace(3)* %4739, i32 %4737
	%4741 = load i32, i32 addrspace(3)* %4740
	%4742 = add i32 %4733, %4741
	%4743 = mul i32 %3, 8
	%4744 = add i32 %4743, 2
	%4745 = sub i32 255, %4744
	%4746 = add i32 %4571, %4745
	%4747 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4748 = bitcast i8 addrspace(3)* %4747 to i32 addrspace(3)*
	%4749 = getelementptr i32, i32 addrspace(3)* %4748, i32 %4746
	%4750 = load i32, i32 addrspace(3)* %4749
	%4751 = add i32 %4742, %4750
	%4752 = mul i32 %3, 8
	%4753 = add i32 %4752, 3
	%4754 = sub i32 255, %4753
	%4755 = add i32 %4571, %4754
	%4756 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4757 = bitcast i8 addrspace(3)* %4756 to i32 addrspace(3)*
	%4758 = getelementptr i32, i32 addrspace(3)* %4757, i32 %4755
	%4759 = load i32, i32 addrspace(3)* %4758
	%4760 = add i32 %4751, %4759
	%4761 = mul i32 %3, 8
	%4762 = add i32 %4761, 4
	%4763 = sub i32 255, %4762
	%4764 = add i32 %4571, %4763
	%4765 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4766 = bitcast i8 addrspace(3)* %4765 to i32 addrspace(3)*
	%4767 = getelementptr i32, i32 addrspace(3)* %4766, i32 %4764
	%4768 = load i32, i32 addrspace(3)* %4767
	%4769 = add i32 %4760, %4768
	%4770 = mul i32 %3, 8
	%4771 = add i32 %4770, 5
	%4772 = sub i32 255, %4771
	%4773 = add i32 %4571, %4772
	%4774 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4775 = bitcast i8 addrspace(3)* %4774 to i32 addrspace(3)*
	%4776 = getelementptr i32, i32 addrspace(3)* %4775, i32 %4773
	%4777 = load i32, i32 addrspace(3)* %4776
	%4778 = add i32 %4769, %4777
	%4779 = mul i32 %3, 8
	%4780 = add i32 %4779, 6
	%4781 = sub i32 255, %4780
	%4782 = add i32 %4571, %4781
	%4783 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4784 = bitcast i8 addrspace(3)* %4783 to i32 addrspace(3)*
	%4785 = getelementptr i32, i32 addrspace(3)* %4784, i32 %4782
	%4786 = load i32, i32 addrspace(3)* %4785
	%4787 = add i32 %4778, %4786
	%4788 = mul i32 %3, 8
	%4789 = add i32 %4788, 7
	%4790 = sub i32 255, %4789
	%4791 = add i32 %4571, %4790
	%4792 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4793 = bitcast i8 addrspace(3)* %4792 to i32 addrspace(3)*
	%4794 = getelementptr i32, i32 addrspace(3)* %4793, i32 %4791
	%4795 = load i32, i32 addrspace(3)* %4794
	%4796 = add i32 %4787, %4795
	%4797 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4796, i32 1, i32 0)
	%4798 = icmp uge i32 %3, 1
	%4799 = select i1 %4798, i32 %4797, i32 0
	%4800 = add i32 %4796, %4799
	%4801 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4800, i32 2, i32 0)
	%4802 = icmp uge i32 %3, 2
	%4803 = select i1 %4802, i32 %4801, i32 0
	%4804 = add i32 %4800, %4803
	%4805 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4804, i32 4, i32 0)
	%4806 = icmp uge i32 %3, 4
	%4807 = select i1 %4806, i32 %4805, i32 0
	%4808 = add i32 %4804, %4807
	%4809 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4808, i32 8, i32 0)
	%4810 = icmp uge i32 %3, 8
	%4811 = select i1 %4810, i32 %4809, i32 0
	%4812 = add i32 %4808, %4811
	%4813 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4812, i32 16, i32 0)
	%4814 = icmp uge i32 %3, 16
	%4815 = select i1 %4814, i32 %4813, i32 0
	%4816 = add i32 %4812, %4815
	%4817 = sub i32 %4816, %4796
	%4818 = icmp slt i32 %4817, %4655
	%4819 = icmp sge i32 %4816, %4655
	%4820 = and i1 %4818, %4819
	%4821 = add i32 %4817, %4732
	%4822 = xor i1 false, true
	%4823 = icmp sge i32 %4821, %4655
	%4824 = and i1 %4822, %4823
	%4825 = mul i32 %3, 8
	%4826 = add i32 %4825, 0
	%4827 = sub i32 255, %4826
	%4828 = select i1 %4824, i32 %4827, i32 0
	%4829 = select i1 %4824, i32 %4817, i32 0
	%4830 = or i1 false, %4824
	%4831 = add i32 %4821, %4741
	%4832 = xor i1 %4830, true
	%4833 = icmp sge i32 %4831, %4655
	%4834 = and i1 %4832, %4833
	%4835 = mul i32 %3, 8
	%4836 = add i32 %4835, 1
	%4837 = sub i32 255, %4836
	%4838 = select i1 %4834, i32 %4837, i32 %4828
	%4839 = select i1 %4834, i32 %4821, i32 %4829
	%4840 = or i1 %4830, %4834
	%4841 = add i32 %4831, %4750
	%4842 = xor i1 %4840, true
	%4843 = icmp sge i32 %4841, %4655
	%4844 = and i1 %4842, %4843
	%4845 = mul i32 %3, 8
	%4846 = add i32 %4845, 2
	%4847 = sub i32 255, %4846
	%4848 = select i1 %4844, i32 %4847, i32 %4838
	%4849 = select i1 %4844, i32 %4831, i32 %4839
	%4850 = or i1 %4840, %4844
	%4851 = add i32 %4841, %4759
	%4852 = xor i1 %4850, true
	%4853 = icmp sge i32 %4851, %4655
	%4854 = and i1 %4852, %4853
	%4855 = mul i32 %3, 8
	%4856 = add i32 %4855, 3
	%4857 = sub i32 255, %4856
	%4858 = select i1 %4854, i32 %4857, i32 %4848
	%4859 = select i1 %4854, i32 %4841, i32 %4849
	%4860 = or i1 %4850, %4854
	%4861 = add i32 %4851, %4768
	%4862 = xor i1 %4860, true
	%4863 = icmp sge i32 %4861, %4655
	%4864 = and i1 %4862, %4863
	%4865 = mul i32 %3, 8
	%4866 = add i32 %4865, 4
	%4867 = sub i32 255, %4866
	%4868 = select i1 %4864, i32 %4867, i32 %4858
	%4869 = select i1 %4864, i32 %4851, i32 %4859
	%4870 = or i1 %4860, %4864
	%4871 = add i32 %4861, %4777
	%4872 = xor i1 %4870, true
	%4873 = icmp sge i32 %4871, %4655
	%4874 = and i1 %4872, %4873
	%4875 = mul i32 %3, 8
	%4876 = add i32 %4875, 5
	%4877 = sub i32 255, %4876
	%4878 = select i1 %4874, i32 %4877, i32 %4868
	%4879 = select i1 %4874, i32 %4861, i32 %4869
	%4880 = or i1 %4870, %4874
	%4881 = add i32 %4871, %4786
	%4882 = xor i1 %4880, true
	%4883 = icmp sge i32 %4881, %4655
	%4884 = and i1 %4882, %4883
	%4885 = mul i32 %3, 8
	%4886 = add i32 %4885, 6
	%4887 = sub i32 255, %4886
	%4888 = select i1 %4884, i32 %4887, i32 %4878
	%4889 = select i1 %4884, i32 %4871, i32 %4879
	%4890 = or i1 %4880, %4884
	%4891 = add i32 %4881, %4795
	%4892 = xor i1 %4890, true
	%4893 = icmp sge i32 %4891, %4655
	%4894 = and i1 %4892, %4893
	%4895 = mul i32 %3, 8
	%4896 = add i32 %4895, 7
	%4897 = sub i32 255, %4896
	%4898 = select i1 %4894, i32 %4897, i32 %4888
	%4899 = select i1 %4894, i32 %4881, i32 %4889
	%4900 = or i1 %4890, %4894
	%4901 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4820)
	%4902 = call i32 @llvm.cttz.i32(i32 %4901, i1 false)
	%4903 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %4898, i32 %4902, i32 31)
	%4904 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %4899, i32 %4902, i32 31)
	%4905 = shl i32 %4903, %4660
	%4906 = or i32 %4653, %4905
	%4907 = shl i32 255, %4660
	%4908 = or i32 %4654, %4907
	%4909 = sub i32 %4655, %4904
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4910 = add i32 %4652, 1
	br label %4651

4911:
	%4912 = lshr i32 %4720, %4660
	%4913 = and i32 %4912, 255
	%4914 = add i32 %4571, %4913
	%4915 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4916 = bitcast i8 addrspace(3)* %4915 to i32 addrspace(3)*
	%4917 = getelementptr i32, i32 addrspace(3)* %4916, i32 %4914
	%4918 = atomicrmw add i32 addrspace(3)* %4917, i32 1 monotonic
	br label %4919

4919:
	%4920 = add i32 %4713, 32
	br label %4712

4921:
	%4922 = phi i32 [ 0, %4709 ], [ %4991, %4986 ]
	%4923 = phi i32 [ 0, %4709 ], [ %4988, %4986 ]
	%4924 = phi i32 [ 0, %4709 ], [ %4990, %4986 ]
	%4925 = icmp slt i32 %4922, %554
	br i1 %4925, label %4926, label %4929

4926:
	%4927 = add i32 %4922, %3
	%4928 = icmp slt i32 %4927, %554
	br i1 %4928, label %4950, label %4960

4929:
	%4930 = icmp ugt i32 %4317, %4653
	%4931 = and i1 %4312, %4930
	%4932 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4931)
	%4933 = call i32 @llvm.ctpop.i32(i32 %4932)
	%4934 = add i32 0, %4933
	%4935 = icmp ugt i32 %4330, %4653
	%4936 = and i1 %4325, %4935
	%4937 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4936)
	%4938 = call i32 @llvm.ctpop.i32(i32 %4937)
	%4939 = add i32 %4934, %4938
	%4940 = icmp ugt i32 %4343, %4653
	%4941 = and i1 %4338, %4940
	%4942 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4941)
	%4943 = call i32 @llvm.ctpop.i32(i32 %4942)
	%4944 = add i32 %4939, %4943
	%4945 = icmp ugt i32 %4356, %4653
	%4946 = and i1 %4351, %4945
	%4947 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4946)
	%4948 = call i32 @llvm.ctpop.i32(i32 %4947)
	%4949 = add i32 %4944, %4948
	br label %4572

4950:
	%4951 = add i32 %4570, %4927
	%4952 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%4953 = bitcast i8 addrspace(3)* %4952 to i32 addrspace(3)*
	%4954 = getelementptr i32, i32 addrspace(3)* %4953, i32 %4951
	%4955 = load i32, i32 addrspace(3)* %4954
	%4956 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%4957 = bitcast i8 addrspace(3)* %4956 to i32 addrspace(3)*
	%4958 = getelementptr i32, i32 addrspace(3)* %4957, i32 %4951
	%4959 = load i32, i32 addrspace(3)* %4958
	br label %4960

4960:
	%4961 = phi i32 [ 0, %4926 ], [ %4955, %4950 ]
	%4962 = phi i32 [ 0, %4926 ], [ %4959, %4950 ]
	%4963 = icmp eq i32 %4961, %4653
	%4964 = and i1 %4928, %4963
	%4965 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4964)
	%4966 = and i32 %4965, %4711
	%4967 = call i32 @llvm.ctpop.i32(i32 %4966)
	%4968 = add i32 %4924, %4967
	%4969 = icmp ugt i32 %4961, %4653
	%4970 = icmp slt i32 %4968, %4655
	%4971 = and i1 %4964, %4970
	%4972 = or i1 %4969, %4971
	%4973 = and i1 %4928, %4972
	%4974 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4973)
	%4975 = and i32 %4974, %4711
	%4976 = call i32 @llvm.ctpop.i32(i32 %4975)
	%4977 = add i32 %4923, %4976
	%4978 = add i32 %4570, %4977
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %4973, label %4979, label %4986

4979:
	%4980 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%4981 = bitcast i8 addrspace(3)* %4980 to i32 addrspace(3)*
	%4982 = getelementptr i32, i32 addrspace(3)* %4981, i32 %4978
	store i32 %4961, i32 addrspace(3)* %4982
	%4983 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%4984 = bitcast i8 addrspace(3)* %4983 to i32 addrspace(3)*
	%4985 = getelementptr i32, i32 addrspace(3)* %4984, i32 %4978
	store i32 %4962, i32 addrspace(3)* %4985
	br label %4986

4986:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4987 = call i32 @llvm.ctpop.i32(i32 %4974)
	%4988 = add i32 %4923, %4987
	%4989 = call i32 @llvm.ctpop.i32(i32 %4965)
	%4990 = add i32 %4924, %4989
	%4991 = add i32 %4922, 32
	br label %4921

4992:
	%4993 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%4994 = bitcast i8 addrspace(3)* %4993 to i32 addrspace(3)*
	%4995 = getelementptr i32, i32 addrspace(3)* %4994, i32 %4590
	store i32 %4317, i32 addrspace(3)* %4995
	%4996 = add i32 0, %3
	%4997 = add i32 %547, %4996
	%4998 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%4999 = bitcast i8 addrspace(3)* %4998 to i32 addrspace(3)*
	%5000 = getelementptr i32, i32 addrspace(3)* %4999, i32 %4590
	store i32 %4997, i32 addrspace(3)* %5000
	br label %5001

5001:
	%5002 = call i32 @llvm.ctpop.i32(i32 %4580)
	%5003 = add i32 %4573, %5002
	%5004 = and i32 %4581, %4585
	%5005 = call i32 @llvm.ctpop.i32(i32 %5004)
	%5006 = add i32 %5003, %5005
	%5007 = add i32 %4586, %5006
	br i1 %4577, label %5008, label %5017

5008:
	%5009 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%5010 = bitcast i8 addrspace(3)* %5009 to i32 addrspace(3)*
	%5011 = getelementptr i32, i32 addrspace(3)* %5010, i32 %5007
	store i32 %4330, i32 addrspace(3)* %5011
	%5012 = add i32 32, %3
	%5013 = add i32 %547, %5012
	%5014 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%5015 = bitcast i8 addrspace(3)* %5014 to i32 addrspace(3)*
	%5016 = getelementptr i32, i32 addrspace(3)* %5015, i32 %5007
	store i32 %5013, i32 addrspace(3)* %5016
	br label %5017

5017:
	%5018 = call i32 @llvm.ctpop.i32(i32 %4581)
	%5019 = add i32 %5003, %5018
	%5020 = and i32 %4582, %4585
	%5021 = call i32 @llvm.ctpop.i32(i32 %5020)
	%5022 = add i32 %5019, %5021
	%5023 = add i32 %4586, %5022
	br i1 %4578, label %5024, label %5033

5024:
	%5025 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%5026 = bitcast i8 addrspace(3)* %5025 to i32 addrspace(3)*
	%5027 = getelementptr i32, i32 addrspace(3)* %5026, i32 %5023
	store i32 %4343, i32 addrspace(3)* %5027
	%5028 = add i32 64, %3
	%5029 = add i32 %547, %5028
	%5030 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%5031 = bitcast i8 addrspace(3)* %5030 to i32 addrspace(3)*
	%5032 = getelementptr i32, i32 addrspace(3)* %5031, i32 %5023
	store i32 %5029, i32 addrspace(3)* %5032
	br label %5033

5033:
	%5034 = call i32 @llvm.ctpop.i32(i32 %4582)
	%5035 = add i32 %5019, %5034
	%5036 = and i32 %4583, %4585
	%5037 = call i32 @llvm.ctpop.i32(i32 %5036)
	%5038 = add i32 %5035, %5037
	%5039 = add i32 %4586, %5038
	br i1 %4579, label %5040, label %5049

5040:
	%5041 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%5042 = bitcast i8 addrspace(3)* %5041 to i32 addrspace(3)*
	%5043 = getelementptr i32, i32 addrspace(3)* %5042, i32 %5039
	store i32 %4356, i32 addrspace(3)* %5043
	%5044 = add i32 96, %3
	%5045 = add i32 %547, %5044
	%5046 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%5047 = bitcast i8 addrspace(3)* %5046 to i32 addrspace(3)*
	%5048 = getelementptr i32, i32 addrspace(3)* %5047, i32 %5039
	store i32 %5045, i32 addrspace(3)* %5048
	br label %5049

5049:
	%5050 = call i32 @llvm.ctpop.i32(i32 %4583)
	%5051 = add i32 %5035, %5050
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%5052 = add i32 %4573, %4575
	br label %4358

5053:
	%5054 = add i32 %377, %0
	br label %5058

5055:
	%5056 = add i32 %5, %378
	%5057 = icmp slt i32 %5056, %M
	br i1 %5057, label %5077, label %5079

5058:
	%5059 = phi i32 [ %5054, %5053 ], [ %5076, %5075 ]
	%5060 = icmp slt i32 %5059, %NB
	br i1 %5060, label %5061, label %5062

5061:
	br label %5063

5062:
	br label %5055

5063:
	%5064 = phi i32 [ 0, %5061 ], [ %5074, %5066 ]
	%5065 = icmp slt i32 %5064, %362
	br i1 %5065, label %5066, label %5075

5066:
	%5067 = mul i32 %2, %M
	%5068 = add i32 %5, %5064
	%5069 = add i32 %5067, %5068
	%5070 = mul i32 %5069, %NB
	%5071 = add i32 %5070, %5059
	%5072 = sext i32 %5071 to i64
	%5073 = getelementptr float, float* %e, i64 %5072
	store float 0xFFF0000000000000, float* %5073
	%5074 = add i32 %5064, 1
	br label %5063

5075:
	%5076 = add i32 %5059, 128
	br label %5058

5077:
	%5078 = icmp sgt i32 %548, %415
	br i1 %5078, label %5082, label %5085

5079:
	%5080 = add i32 %5, %420
	%5081 = icmp slt i32 %5080, %M
	br i1 %5081, label %5536, label %5538

5082:
	%5083 = mul i32 %378, 160
	%5084 = mul i32 %4, 256
	br label %5092

5085:
	%5086 = phi i32 [ %548, %5077 ], [ %415, %5430 ]
	%5087 = sub i32 %410, 0
	%5088 = mul i32 %2, %M
	%5089 = add i32 %5, %378
	%5090 = add i32 %5088, %5089
	%5091 = mul i32 %5090, 8
	br label %5473

5092:
	%5093 = phi i32 [ %3, %5082 ], [ %5109, %5097 ]
	%5094 = phi i32 [ -1, %5082 ], [ %5105, %5097 ]
	%5095 = phi i32 [ 0, %5082 ], [ %5108, %5097 ]
	%5096 = icmp slt i32 %5093, %548
	br i1 %5096, label %5097, label %5110

5097:
	%5098 = add i32 %5083, %5093
	%5099 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%5100 = bitcast i8 addrspace(3)* %5099 to i32 addrspace(3)*
	%5101 = getelementptr i32, i32 addrspace(3)* %5100, i32 %5098
	%5102 = load i32, i32 addrspace(3)* %5101
	%5103 = icmp ult i32 %5094, %5102
	%5104 = select i1 %5103, i32 %5094, i32 %5102
	%5105 = select i1 true, i32 %5104, i32 %5094
	%5106 = icmp ugt i32 %5095, %5102
	%5107 = select i1 %5106, i32 %5095, i32 %5102
	%5108 = select i1 true, i32 %5107, i32 %5095
	%5109 = add i32 %5093, 32
	br label %5092

5110:
	%5111 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5094, i32 1, i32 31)
	%5112 = icmp ult i32 %5094, %5111
	%5113 = select i1 %5112, i32 %5094, i32 %5111
	%5114 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5095, i32 1, i32 31)
	%5115 = icmp ugt i32 %5095, %5114
	%5116 = select i1 %5115, i32 %5095, i32 %5114
	%5117 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5113, i32 2, i32 31)
	%5118 = icmp ult i32 %5113, %5117
	%5119 = select i1 %5118, i32 %5113, i32 %5117
	%5120 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5116, i32 2, i32 31)
	%5121 = icmp ugt i32 %5116, %5120
	%5122 = select i1 %5121, i32 %5116, i32 %5120
	%5123 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5119, i32 4, i32 31)
	%5124 = icmp ult i32 %5119, %5123
	%5125 = select i1 %5124, i32 %5119, i32 %5123
	%5126 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5122, i32 4, i32 31)
	%5127 = icmp ugt i32 %5122, %5126
	%5128 = select i1 %5127, i32 %5122, i32 %5126
	%5129 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5125, i32 8, i32 31)
	%5130 = icmp ult i32 %5125, %5129
	%5131 = select i1 %5130, i32 %5125, i32 %5129
	%5132 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5128, i32 8, i32 31)
	%5133 = icmp ugt i32 %5128, %5132
	%5134 = select i1 %5133, i32 %5128, i32 %5132
	%5135 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5131, i32 16, i32 31)
	%5136 = icmp ult i32 %5131, %5135
	%5137 = select i1 %5136, i32 %5131, i32 %5135
	%5138 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5134, i32 16, i32 31)
	%5139 = icmp ugt i32 %5134, %5138
	%5140 = select i1 %5139, i32 %5134, i32 %5138
	%5141 = xor i32 %5137, %5140
	%5142 = call i32 @llvm.ctlz.i32(i32 %5141, i1 false)
	%5143 = sub i32 32, %5142
	%5144 = icmp eq i32 %5143, 32
	%5145 = icmp slt i32 %5143, 31
	%5146 = select i1 %5145, i32 %5143, i32 31
	%5147 = shl i32 -1, %5146
	%5148 = select i1 %5144, i32 0, i32 %5147
	%5149 = and i32 %5140, %5148
	%5150 = add i32 %5143, 7
	%5151 = udiv i32 %5150, 8
	br label %5152

5152:
	%5153 = phi i32 [ 0, %5110 ], [ %5411, %5225 ]
	%5154 = phi i32 [ %5149, %5110 ], [ %5407, %5225 ]
	%5155 = phi i32 [ %5148, %5110 ], [ %5409, %5225 ]
	%5156 = phi i32 [ %415, %5110 ], [ %5410, %5225 ]
	%5157 = icmp slt i32 %5153, %5151
	br i1 %5157, label %5158, label %5210

5158:
	%5159 = sub i32 %5151, %5153
	%5160 = sub i32 %5159, 1
	%5161 = mul i32 %5160, 8
	%5162 = mul i32 %3, 8
	%5163 = add i32 %5162, 0
	%5164 = add i32 %5084, %5163
	%5165 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5166 = bitcast i8 addrspace(3)* %5165 to i32 addrspace(3)*
	%5167 = getelementptr i32, i32 addrspace(3)* %5166, i32 %5164
	store i32 0, i32 addrspace(3)* %5167
	%5168 = mul i32 %3, 8
	%5169 = add i32 %5168, 1
	%5170 = add i32 %5084, %5169
	%5171 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5172 = bitcast i8 addrspace(3)* %5171 to i32 addrspace(3)*
	%5173 = getelementptr i32, i32 addrspace(3)* %5172, i32 %5170
	store i32 0, i32 addrspace(3)* %5173
	%5174 = mul i32 %3, 8
	%5175 = add i32 %5174, 2
	%5176 = add i32 %5084, %5175
	%5177 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5178 = bitcast i8 addrspace(3)* %5177 to i32 addrspace(3)*
	%5179 = getelementptr i32, i32 addrspace(3)* %5178, i32 %5176
	store i32 0, i32 addrspace(3)* %5179
	%5180 = mul i32 %3, 8
	%5181 = add i32 %5180, 3
	%5182 = add i32 %5084, %5181
	%5183 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5184 = bitcast i8 addrspace(3)* %5183 to i32 addrspace(3)*
	%5185 = getelementptr i32, i32 addrspace(3)* %5184, i32 %5182
	store i32 0, i32 addrspace(3)* %5185
	%5186 = mul i32 %3, 8
	%5187 = add i32 %5186, 4
	%5188 = add i32 %5084, %5187
	%5189 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5190 = bitcast i8 addrspace(3)* %5189 to i32 addrspace(3)*
	%5191 = getelementptr i32, i32 addrspace(3)* %5190, i32 %5188
	store i32 0, i32 addrspace(3)* %5191
	%5192 = mul i32 %3, 8
	%5193 = add i32 %5192, 5
	%5194 = add i32 %5084, %5193
	%5195 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5196 = bitcast i8 addrspace(3)* %5195 to i32 addrspace(3)*
	%5197 = getelementptr i32, i32 addrspace(3)* %5196, i32 %5194
	store i32 0, i32 addrspace(3)* %5197
	%5198 = mul i32 %3, 8
	%5199 = add i32 %5198, 6
	%5200 = add i32 %5084, %5199
	%5201 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5202 = bitcast i8 addrspace(3)* %5201 to i32 addrspace(3)*
	%5203 = getelementptr i32, i32 addrspace(3)* %5202, i32 %5200
	store i32 0, i32 addrspace(3)* %5203
	%5204 = mul i32 %3, 8
	%5205 = add i32 %5204, 7
	%5206 = add i32 %5084, %5205
	%5207 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5208 = bitcast i8 addrspace(3)* %5207 to i32 addrspace(3)*
	%5209 = getelementptr i32, i32 addrspace(3)* %5208, i32 %5206
	store i32 0, i32 addrspace(3)* %5209
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %5213

5210:
	%5211 = shl i32 1, %3
	%5212 = sub i32 %5211, 1
	br label %5422

5213:
	%5214 = phi i32 [ %3, %5158 ], [ %5421, %5420 ]
	%5215 = icmp slt i32 %5214, %548
	br i1 %5215, label %5216, label %5225

5216:
	%5217 = add i32 %5083, %5214
	%5218 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%5219 = bitcast i8 addrspace(3)* %5218 to i32 addrspace(3)*
	%5220 = getelementptr i32, i32 addrspace(3)* %5219, i32 %5217
	%5221 = load i32, i32 addrspace(3)* %5220
	%5222 = and i32 %5221, %5155
	%5223 = icmp eq i32 %5222, %5154
	%5224 = and i1 true, %5223
	br i1 %5224, label %5412, label %5420

5225:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%5226 = mul i32 %3, 8
	%5227 = add i32 %5226, 0
	%5228 = sub i32 255, %5227
	%5229 = add i32 %5084, %5228
	%5230 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5231 = bitcast i8 addrspace(3)* %5230 to i32 addrspace(3)*
	%5232 = getelementptr i32, i32 addrspace(3)* %5231, i32 %5229
	%5233 = load i32, i32 addrspace(3)* %5232
	%5234 = add i32 0, %5233
	%5235 = mul i32 %3, 8
	%5236 = add i32 %5235, 1
	%5237 = sub i32 255, %5236
	%5238 = add i32 %5084, %5237
	%5239 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5240 = bitcast i8 addrspace(3)* %5239 to i32 addrspace(3)*
	%5241 = getelementptr i32, i32 addrspace(3)* %5240, i32 %5238
	%5242 = load i32, i32 addrspace(3)* %5241
	%5243 = add i32 %5234, %5242
	%5244 = mul i32 %3, 8
	%5245 = add i32 %5244, 2
	%5246 = sub i32 255, %5245
	%5247 = add i32 %5084, %5246
	%5248 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5249 = bitcast i8 addrspace(3)* %5248 to i32 addrspace(3)*
	%5250 = getelementptr i32, i32 addrspace(3)* %5249, i32 %5247
	%5251 = load i32, i32 addrspace(3)* %5250
	%5252 = add i32 %5243, %5251
	%5253 = mul i32 %3, 8
	%5254 = add i32 %5253, 3
	%5255 = sub i32 255, %5254
	%5256 = add i32 %5084, %5255
	%5257 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5258 = bitcast i8 addrspace(3)* %5257 to i32 addrspace(3)*
	%5259 = getelementptr i32, i32 addrspace(3)* %5258, i32 %5256
	%5260 = load i32, i32 addrspace(3)* %5259
	%5261 = add i32 %5252, %5260
	%5262 = mul i32 %3, 8
	%5263 = add i32 %5262, 4
	%5264 = sub i32 255, %5263
	%5265 = add i32 %5084, %5264
	%5266 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5267 = bitcast i8 addrspace(3)* %5266 to i32 addrspace(3)*
	%5268 = getelementptr i32, i32 addrspace(3)* %5267, i32 %5265
	%5269 = load i32, i32 addrspace(3)* %5268
	%5270 = add i32 %5261, %5269
	%5271 = mul i32 %3, 8
	%5272 = add i32 %5271, 5
	%5273 = sub i32 255, %5272
	%5274 = add i32 %5084, %5273
	%5275 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5276 = bitcast i8 addrspace(3)* %5275 to i32 addrspace(3)*
	%5277 = getelementptr i32, i32 addrspace(3)* %5276, i32 %5274
	%5278 = load i32, i32 addrspace(3)* %5277
	%5279 = add i32 %5270, %5278
	%5280 = mul i32 %3, 8
	%5281 = add i32 %5280, 6
	%5282 = sub i32 255, %5281
	%5283 = add i32 %5084, %5282
	%5284 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5285 = bitcast i8 addrspace(3)* %5284 to i32 addrspace(3)*
	%5286 = getelementptr i32, i32 addrspace(3)* %5285, i32 %5283
	%5287 = load i32, i32 addrspace(3)* %5286
	%5288 = add i32 %5279, %5287
	%5289 = mul i32 %3, 8
	%5290 = add i32 %5289, 7
	%5291 = sub i32 255, %5290
	%5292 = add i32 %5084, %5291
	%5293 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5294 = bitcast i8 addrspace(3)* %5293 to i32 addrspace(3)*
	%5295 = getelementptr i32, i32 addrspace(3)* %5294, i32 %5292
	%5296 = load i32, i32 addrspace(3)* %5295
	%5297 = add i32 %5288, %5296
	%5298 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5297, i32 1, i32 0)
	%5299 = icmp uge i32 %3, 1
	%5300 = select i1 %5299, i32 %5298, i32 0
	%5301 = add i32 %5297, %5300
	%5302 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5301, i32 2, i32 0)
	%5303 = icmp uge i32 %3, 2
	%5304 = select i1 %5303, i32 %5302, i32 0
	%5305 = add i32 %5301, %5304
	%5306 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5305, i32 4, i32 0)
	%5307 = icmp uge i32 %3, 4
	%5308 = select i1 %5307, i32 %5306, i32 0
	%5309 = add i32 %5305, %5308
	%5310 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5309, i32 8, i32 0)
	%5311 = icmp uge i32 %3, 8
	%5312 = select i1 %5311, i32 %5310, i32 0
	%5313 = add i32 %5309, %5312
	%5314 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5313, i32 16, i32 0)
	%5315 = icmp uge i32 %3, 16
	%5316 = select i1 %5315, i32 %5314, i32 0
	%5317 = add i32 %5313, %5316
	%5318 = sub i32 %5317, %5297
	%5319 = icmp slt i32 %5318, %5156
	%5320 = icmp sge i32 %5317, %5156
	%5321 = and i1 %5319, %5320
	%5322 = add i32 %5318, %5233
	%5323 = xor i1 false, true
	%5324 = icmp sge i32 %5322, %5156
	%5325 = and i1 %5323, %5324
	%5326 = mul i32 %3, 8
	%5327 = add i32 %5326, 0
	%5328 = sub i32 255, %5327
	%5329 = select i1 %5325, i32 %5328, i32 0
	%5330 = select i1 %5325, i32 %5318, i32 0
	%5331 = or i1 false, %5325
	%5332 = add i32 %5322, %5242
	%5333 = xor i1 %5331, true
	%5334 = icmp sge i32 %5332, %5156
	%5335 = and i1 %5333, %5334
	%5336 = mul i32 %3, 8
	%5337 = add i32 %5336, 1
	%5338 = sub i32 255, %5337
	%5339 = select i1 %5335, i32 %5338, i32 %5329
	%5340 = select i1 %5335, i32 %5322, i32 %5330
	%5341 = or i1 %5331, %5335
	%5342 = add i32 %5332, %5251
	%5343 = xor i1 %5341, true
	%5344 = icmp sge i32 %5342, %5156
	%5345 = and i1 %5343, %5344
	%5346 = mul i32 %3, 8
	%5347 = add i32 %5346, 2
	%5348 = sub i32 255, %5347
	%5349 = select i1 %5345, i32 %5348, i32 %5339
	%5350 = select i1 %5345, i32 %5332, i32 %5340
	%5351 = or i1 %5341, %5345
	%5352 = add i32 %5342, %5260
	%5353 = xor i1 %5351, true
	%5354 = icmp sge i32 %5352, %5156
	%5355 = and i1 %5353, %5354
	%5356 = mul i32 %3, 8
	%5357 = add i32 %5356, 3
	%5358 = sub i32 255, %5357
	%5359 = select i1 %5355, i32 %5358, i32 %5349
	%5360 = select i1 %5355, i32 %5342, i32 %5350
	%5361 = or i1 %5351, %5355
	%5362 = add i32 %5352, %5269
	%5363 = xor i1 %5361, true
	%5364 = icmp sge i32 %5362, %5156
	%5365 = and i1 %5363, %5364
	%5366 = mul i32 %3, 8
	%5367 = add i32 %5366, 4
	%5368 = sub i32 255, %5367
	%5369 = select i1 %5365, i32 %5368, i32 %5359
	%5370 = select i1 %5365, i32 %5352, i32 %5360
	%5371 = or i1 %5361, %5365
	%5372 = add i32 %5362, %5278
	%5373 = xor i1 %5371, true
	%5374 = icmp sge i32 %5372, %5156
	%5375 = and i1 %5373, %5374
	%5376 = mul i32 %3, 8
	%5377 = add i32 %5376, 5
	%5378 = sub i32 255, %5377
	%5379 = select i1 %5375, i32 %5378, i32 %5369
	%5380 = select i1 %5375, i32 %5362, i32 %5370
	%5381 = or i1 %5371, %5375
	%5382 = add i32 %5372, %5287
	%5383 = xor i1 %5381, true
	%5384 = icmp sge i32 %5382, %5156
	%5385 = and i1 %5383, %5384
	%5386 = mul i32 %3, 8
	%5387 = add i32 %5386, 6
	%5388 = sub i32 255, %5387
	%5389 = select i1 %5385, i32 %5388, i32 %5379
	%5390 = select i1 %5385, i32 %5372, i32 %5380
	%5391 = or i1 %5381, %5385
	%5392 = add i32 %5382, %5296
	%5393 = xor i1 %5391, true
	%5394 = icmp sge i32 %5392, %5156
	%5395 = and i1 %5393, %5394
	%5396 = mul i32 %3, 8
	%5397 = add i32 %5396, 7
	%5398 = sub i32 255, %5397
	%5399 = select i1 %5395, i32 %5398, i32 %5389
	%5400 = select i1 %5395, i32 %5382, i32 %5390
	%5401 = or i1 %5391, %5395
	%5402 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5321)
	%5403 = call i32 @llvm.cttz.i32(i32 %5402, i1 false)
	%5404 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %5399, i32 %5403, i32 31)
	%5405 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %5400, i32 %5403, i32 31)
	%5406 = shl i32 %5404, %5161
	%5407 = or i32 %5154, %5406
	%5408 = shl i32 255, %5161
	%5409 = or i32 %5155, %5408
	%5410 = sub i32 %5156, %5405
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%5411 = add i32 %5153, 1
	br label %5152

5412:
	%5413 = lshr i32 %5221, %5161
	%5414 = and i32 %5413, 255
	%5415 = add i32 %5084, %5414
	%5416 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5417 = bitcast i8 addrspace(3)* %5416 to i32 addrspace(3)*
	%5418 = getelementptr i32, i32 addrspace(3)* %5417, i32 %5415
	%5419 = atomicrmw add i32 addrspace(3)* %5418, i32 1 monotonic
	br label %5420

5420:
	%5421 = add i32 %5214, 32
	br label %5213

5422:
	%5423 = phi i32 [ 0, %5210 ], [ %5472, %5467 ]
	%5424 = phi i32 [ 0, %5210 ], [ %5469, %5467 ]
	%5425 = phi i32 [ 0, %5210 ], [ %5471, %5467 ]
	%5426 = icmp slt i32 %5423, %548
	br i1 %5426, label %5427, label %5430

5427:
	%5428 = add i32 %5423, %3
	%5429 = icmp slt i32 %5428, %548
	br i1 %5429, label %5431, label %5441

5430:
	br label %5085

5431:
	%5432 = add i32 %5083, %5428
	%5433 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%5434 = bitcast i8 addrspace(3)* %5433 to i32 addrspace(3)*
	%5435 = getelementptr i32, i32 addrspace(3)* %5434, i32 %5432
	%5436 = load i32, i32 addrspace(3)* %5435
	%5437 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%5438 = bitcast i8 addrspace(3)* %5437 to i32 addrspace(3)*
	%5439 = getelementptr i32, i32 addrspace(3)* %5438, i32 %5432
	%5440 = load i32, i32 addrspace(3)* %5439
	br label %5441

5441:
	%5442 = phi i32 [ 0, %5427 ], [ %5436, %5431 ]
	%5443 = phi i32 [ 0, %5427 ], [ %5440, %5431 ]
	%5444 = icmp eq i32 %5442, %5154
	%5445 = and i1 %5429, %5444
	%5446 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5445)
	%5447 = and i32 %5446, %5212
	%5448 = call i32 @llvm.ctpop.i32(i32 %5447)
	%5449 = add i32 %5425, %5448
	%5450 = icmp ugt i32 %5442, %5154
	%5451 = icmp slt i32 %5449, %5156
	%5452 = and i1 %5445, %5451
	%5453 = or i1 %5450, %5452
	%5454 = and i1 %5429, %5453
	%5455 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5454)
	%5456 = and i32 %5455, %5212
	%5457 = call i32 @llvm.ctpop.i32(i32 %5456)
	%5458 = add i32 %5424, %5457
	%5459 = add i32 %5083, %5458
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %5454, label %5460, label %5467

5460:
	%5461 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%5462 = bitcast i8 addrspace(3)* %5461 to i32 addrspace(3)*
	%5463 = getelementptr i32, i32 addrspace(3)* %5462, i32 %5459
	store i32 %5442, i32 addrspace(3)* %5463
	%5464 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%5465 = bitcast i8 addrspace(3)* %5464 to i32 addrspace(3)*
	%5466 = getelementptr i32, i32 addrspace(3)* %5465, i32 %5459
	store i32 %5443, i32 addrspace(3)* %5466
	br label %5467

5467:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%5468 = call i32 @llvm.ctpop.i32(i32 %5455)
	%5469 = add i32 %5424, %5468
	%5470 = call i32 @llvm.ctpop.i32(i32 %5446)
	%5471 = add i32 %5425, %5470
	%5472 = add i32 %5423, 32
	br label %5422

5473:
	%5474 = phi i32 [ 0, %5085 ], [ %5504, %5498 ]
	%5475 = phi i32 [ 0, %5085 ], [ %5503, %5498 ]
	%5476 = icmp slt i32 %5474, %5086
	br i1 %5476, label %5477, label %5480

5477:
	%5478 = add i32 %5474, %3
	%5479 = icmp slt i32 %5478, %5086
	br i1 %5479, label %5481, label %5488

5480:
	br label %5505

5481:
	%5482 = mul i32 %378, 160
	%5483 = add i32 %5482, %5478
	%5484 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%5485 = bitcast i8 addrspace(3)* %5484 to i32 addrspace(3)*
	%5486 = getelementptr i32, i32 addrspace(3)* %5485, i32 %5483
	%5487 = load i32, i32 addrspace(3)* %5486
	br label %5488

5488:
	%5489 = phi i32 [ 0, %5477 ], [ %5487, %5481 ]
	br i1 %5479, label %5490, label %5498

5490:
	%5491 = add i32 0, %5478
	%5492 = icmp sgt i32 %5489, %405
	%5493 = select i1 %5492, i32 %5087, i32 0
	%5494 = add i32 %5491, %5493
	%5495 = add i32 %5091, %5494
	%5496 = sext i32 %5495 to i64
	%5497 = getelementptr i32, i32* %out, i64 %5496
	store i32 %5489, i32* %5497
	br label %5498

5498:
	%5499 = icmp slt i32 %5489, %402
	%5500 = and i1 %5479, %5499
	%5501 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5500)
	%5502 = call i32 @llvm.ctpop.i32(i32 %5501)
	%5503 = add i32 %5475, %5502
	%5504 = add i32 %5474, 32
	br label %5473

5505:
	%5506 = phi i32 [ %3, %5480 ], [ %5515, %5508 ]
	%5507 = icmp slt i32 %5506, %5087
	br i1 %5507, label %5508, label %5516

5508:
	%5509 = add i32 0, %5475
	%5510 = add i32 %5509, %5506
	%5511 = add i32 %402, %5506
	%5512 = add i32 %5091, %5510
	%5513 = sext i32 %5512 to i64
	%5514 = getelementptr i32, i32* %out, i64 %5513
	store i32 %5511, i32* %5514
	%5515 = add i32 %5506, 32
	br label %5505

5516:
	%5517 = icmp eq i32 %3, 0
	%5518 = icmp eq i32 0, 1
	%5519 = and i1 %5517, %5518
	br i1 %5519, label %5520, label %5524

5520:
	%5521 = add i32 %5091, 0
	%5522 = sext i32 %5521 to i64
	%5523 = getelementptr i32, i32* %out, i64 %5522
	store i32 0, i32* %5523
	br label %5524

5524:
	%5525 = add i32 %410, %5086
	%5526 = add i32 %5525, %3
	br label %5527

5527:
	%5528 = phi i32 [ %5526, %5524 ], [ %5534, %5530 ]
	%5529 = icmp slt i32 %5528, 8
	br i1 %5529, label %5530, label %5535

5530:
	%5531 = add i32 %5091, %5528
	%5532 = sext i32 %5531 to i64
	%5533 = getelementptr i32, i32* %out, i64 %5532
	store i32 -1, i32* %5533
	%5534 = add i32 %5528, 32
	br label %5527

5535:
	br label %5079

5536:
	%5537 = icmp sgt i32 %550, %457
	br i1 %5537, label %5541, label %5544

5538:
	%5539 = add i32 %5, %462
	%5540 = icmp slt i32 %5539, %M
	br i1 %5540, label %5995, label %5997

5541:
	%5542 = mul i32 %420, 160
	%5543 = mul i32 %4, 256
	br label %5551

5544:
	%5545 = phi i32 [ %550, %5536 ], [ %457, %5889 ]
	%5546 = sub i32 %452, 0
	%5547 = mul i32 %2, %M
	%5548 = add i32 %5, %420
	%5549 = add i32 %5547, %5548
	%5550 = mul i32 %5549, 8
	br label %5932

5551:
	%5552 = phi i32 [ %3, %5541 ], [ %5568, %5556 ]
	%5553 = phi i32 [ -1, %5541 ], [ %5564, %5556 ]
	%5554 = phi i32 [ 0, %5541 ], [ %5567, %5556 ]
	%5555 = icmp slt i32 %5552, %550
	br i1 %5555, label %5556, label %5569

5556:
	%5557 = add i32 %5542, %5552
	%5558 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%5559 = bitcast i8 addrspace(3)* %5558 to i32 addrspace(3)*
	%5560 = getelementptr i32, i32 addrspace(3)* %5559, i32 %5557
	%5561 = load i32, i32 addrspace(3)* %5560
	%5562 = icmp ult i32 %5553, %5561
	%5563 = select i1 %5562, i32 %5553, i32 %5561
	%5564 = select i1 true, i32 %5563, i32 %5553
	%5565 = icmp ugt i32 %5554, %5561
	%5566 = select i1 %5565, i32 %5554, i32 %5561
	%5567 = select i1 true, i32 %5566, i32 %5554
	%5568 = add i32 %5552, 32
	br label %5551

5569:
	%5570 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5553, i32 1, i32 31)
	%5571 = icmp ult i32 %5553, %5570
	%5572 = select i1 %5571, i32 %5553, i32 %5570
	%5573 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5554, i32 1, i32 31)
	%5574 = icmp ugt i32 %5554, %5573
	%5575 = select i1 %5574, i32 %5554, i32 %5573
	%5576 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5572, i32 2, i32 31)
	%5577 = icmp ult i32 %5572, %5576
	%5578 = select i1 %5577, i32 %5572, i32 %5576
	%5579 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5575, i32 2, i32 31)
	%5580 = icmp ugt i32 %5575, %5579
	%5581 = select i1 %5580, i32 %5575, i32 %5579
	%5582 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5578, i32 4, i32 31)
	%5583 = icmp ult i32 %5578, %5582
	%5584 = select i1 %5583, i32 %5578, i32 %5582
	%5585 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5581, i32 4, i32 31)
	%5586 = icmp ugt i32 %5581, %5585
	%5587 = select i1 %5586, i32 %5581, i32 %5585
	%5588 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5584, i32 8, i32 31)
	%5589 = icmp ult i32 %5584, %5588
	%5590 = select i1 %5589, i32 %5584, i32 %5588
	%5591 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5587, i32 8, i32 31)
	%5592 = icmp ugt i32 %5587, %5591
	%5593 = select i1 %5592, i32 %5587, i32 %5591
	%5594 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5590, i32 16, i32 31)
	%5595 = icmp ult i32 %5590, %5594
	%5596 = select i1 %5595, i32 %5590, i32 %5594
	%5597 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5593, i32 16, i32 31)
	%5598 = icmp ugt i32 %5593, %5597
	%5599 = select i1 %5598, i32 %5593, i32 %5597
	%5600 = xor i32 %5596, %5599
	%5601 = call i32 @llvm.ctlz.i32(i32 %5600, i1 false)
	%5602 = sub i32 32, %5601
	%5603 = icmp eq i32 %5602, 32
	%5604 = icmp slt i32 %5602, 31
	%5605 = select i1 %5604, i32 %5602, i32 31
	%5606 = shl i32 -1, %5605
	%5607 = select i1 %5603, i32 0, i32 %5606
	%5608 = and i32 %5599, %5607
	%5609 = add i32 %5602, 7
	%5610 = udiv i32 %5609, 8
	br label %5611

5611:
	%5612 = phi i32 [ 0, %5569 ], [ %5870, %5684 ]
	%5613 = phi i32 [ %5608, %5569 ], [ %5866, %5684 ]
	%5614 = phi i32 [ %5607, %5569 ], [ %5868, %5684 ]
	%5615 = phi i32 [ %457, %5569 ], [ %5869, %5684 ]
	%5616 = icmp slt i32 %5612, %5610
	br i1 %5616, label %5617, label %5669

5617:
	%5618 = sub i32 %5610, %5612
	%5619 = sub i32 %5618, 1
	%5620 = mul i32 %5619, 8
	%5621 = mul i32 %3, 8
	%5622 = add i32 %5621, 0
	%5623 = add i32 %5543, %5622
	%5624 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5625 = bitcast i8 addrspace(3)* %5624 to i32 addrspace(3)*
	%5626 = getelementptr i32, i32 addrspace(3)* %5625, i32 %5623
	store i32 0, i32 addrspace(3)* %5626
	%5627 = mul i32 %3, 8
	%5628 = add i32 %5627, 1
	%5629 = add i32 %5543, %5628
	%5630 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5631 = bitcast i8 addrspace(3)* %5630 to i32 addrspace(3)*
	%5632 = getelementptr i32, i32 addrspace(3)* %5631, i32 %5629
	store i32 0, i32 addrspace(3)* %5632
	%5633 = mul i32 %3, 8
	%5634 = add i32 %5633, 2
	%5635 = add i32 %5543, %5634
	%5636 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5637 = bitcast i8 addrspace(3)* %5636 to i32 addrspace(3)*
	%5638 = getelementptr i32, i32 addrspace(3)* %5637, i32 %5635
	store i32 0, i32 addrspace(3)* %5638
	%5639 = mul i32 %3, 8
	%5640 = add i32 %5639, 3
	%5641 = add i32 %5543, %5640
	%5642 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5643 = bitcast i8 addrspace(3)* %5642 to i32 addrspace(3)*
	%5644 = getelementptr i32, i32 addrspace(3)* %5643, i32 %5641
	store i32 0, i32 addrspace(3)* %5644
	%5645 = mul i32 %3, 8
	%5646 = add i32 %5645, 4
	%5647 = add i32 %5543, %5646
	%5648 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5649 = bitcast i8 addrspace(3)* %5648 to i32 addrspace(3)*
	%5650 = getelementptr i32, i32 addrspace(3)* %5649, i32 %5647
	store i32 0, i32 addrspace(3)* %5650
	%5651 = mul i32 %3, 8
	%5652 = add i32 %5651, 5
	%5653 = add i32 %5543, %5652
	%5654 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5655 = bitcast i8 addrspace(3)* %5654 to i32 addrspace(3)*
	%5656 = getelementptr i32, i32 addrspace(3)* %5655, i32 %5653
	store i32 0, i32 addrspace(3)* %5656
	%5657 = mul i32 %3, 8
	%5658 = add i32 %5657, 6
	%5659 = add i32 %5543, %5658
	%5660 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5661 = bitcast i8 addrspace(3)* %5660 to i32 addrspace(3)*
	%5662 = getelementptr i32, i32 addrspace(3)* %5661, i32 %5659
	store i32 0, i32 addrspace(3)* %5662
	%5663 = mul i32 %3, 8
	%5664 = add i32 %5663, 7
	%5665 = add i32 %5543, %5664
	%5666 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5667 = bitcast i8 addrspace(3)* %5666 to i32 addrspace(3)*
	%5668 = getelementptr i32, i32 addrspace(3)* %5667, i32 %5665
	store i32 0, i32 addrspace(3)* %5668
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %5672

5669:
	%5670 = shl i32 1, %3
	%5671 = sub i32 %5670, 1
	br label %5881

5672:
	%5673 = phi i32 [ %3, %5617 ], [ %5880, %5879 ]
	%5674 = icmp slt i32 %5673, %550
	br i1 %5674, label %5675, label %5684

5675:
	%5676 = add i32 %5542, %5673
	%5677 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%5678 = bitcast i8 addrspace(3)* %5677 to i32 addrspace(3)*
	%5679 = getelementptr i32, i32 addrspace(3)* %5678, i32 %5676
	%5680 = load i32, i32 addrspace(3)* %5679
	%5681 = and i32 %5680, %5614
	%5682 = icmp eq i32 %5681, %5613
	%5683 = and i1 true, %5682
	br i1 %5683, label %5871, label %5879

5684:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%5685 = mul i32 %3, 8
	%5686 = add i32 %5685, 0
	%5687 = sub i32 255, %5686
	%5688 = add i32 %5543, %5687
	%5689 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5690 = bitcast i8 addrspace(3)* %5689 to i32 addrspace(3)*
	%5691 = getelementptr i32, i32 addrspace(3)* %5690, i32 %5688
	%5692 = load i32, i32 addrspace(3)* %5691
	%5693 = add i32 0, %5692
	%5694 = mul i32 %3, 8
	%5695 = add i32 %5694, 1
	%5696 = sub i32 255, %5695
	%5697 = add i32 %5543, %5696
	%5698 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5699 = bitcast i8 addrspace(3)* %5698 to i32 addrspace(3)*
	%5700 = getelementptr i32, i32 addrspace(3)* %5699, i32 %5697
	%5701 = load i32, i32 addrspace(3)* %5700
	%5702 = add i32 %5693, %5701
	%5703 = mul i32 %3, 8
	%5704 = add i32 %5703, 2
	%5705 = sub i32 255, %5704
	%5706 = add i32 %5543, %5705
	%5707 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5708 = bitcast i8 addrspace(3)* %5707 to i32 addrspace(3)*
	%5709 = getelementptr i32, i32 addrspace(3)* %5708, i32 %5706
	%5710 = load i32, i32 addrspace(3)* %5709
	%5711 = add i32 %5702, %5710
	%5712 = mul i32 %3, 8
	%5713 = add i32 %5712, 3
	%5714 = sub i32 255, %5713
	%5715 = add i32 %5543, %5714
	%5716 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5717 = bitcast i8 addrspace(3)* %5716 to i32 addrspace(3)*
	%5718 = getelementptr i32, i32 addrspace(3)* %5717, i32 %5715
	%5719 = load i32, i32 addrspace(3)* %5718
	%5720 = add i32 %5711, %5719
	%5721 = mul i32 %3, 8
	%5722 = add i32 %5721, 4
	%5723 = sub i32 255, %5722
	%5724 = add i32 %5543, %5723
	%5725 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5726 = bitcast i8 addrspace(3)* %5725 to i32 addrspace(3)*
	%5727 = getelementptr i32, i32 addrspace(3)* %5726, i32 %5724
	%5728 = load i32, i32 addrspace(3)* %5727
	%5729 = add i32 %5720, %5728
	%5730 = mul i32 %3, 8
	%5731 = add i32 %5730, 5
	%5732 = sub i32 255, %5731
	%5733 = add i32 %5543, %5732
	%5734 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5735 = bitcast i8 addrspace(3)* %5734 to i32 addrspace(3)*
	%5736 = getelementptr i32, i32 addrspace(3)* %5735, i32 %5733
	%5737 = load i32, i32 addrspace(3)* %5736
	%5738 = add i32 %5729, %5737
	%5739 = mul i32 %3, 8
	%5740 = add i32 %5739, 6
	%5741 = sub i32 255, %5740
	%5742 = add i32 %5543, %5741
	%5743 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5744 = bitcast i8 addrspace(3)* %5743 to i32 addrspace(3)*
	%5745 = getelementptr i32, i32 addrspace(3)* %5744, i32 %5742
	%5746 = load i32, i32 addrspace(3)* %5745
	%5747 = add i32 %5738, %5746
	%5748 = mul i32 %3, 8
	%5749 = add i32 %5748, 7
	%5750 = sub i32 255, %5749
	%5751 = add i32 %5543, %5750
	%5752 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5753 = bitcast i8 addrspace(3)* %5752 to i32 addrspace(3)*
	%5754 = getelementptr i32, i32 addrspace(3)* %5753, i32 %5751
	%5755 = load i32, i32 addrspace(3)* %5754
	%5756 = add i32 %5747, %5755
	%5757 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5756, i32 1, i32 0)
	%5758 = icmp uge i32 %3, 1
	%5759 = select i1 %5758, i32 %5757, i32 0
	%5760 = add i32 %5756, %5759
	%5761 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5760, i32 2, i32 0)
	%5762 = icmp uge i32 %3, 2
	%5763 = select i1 %5762, i32 %5761, i32 0
	%5764 = add i32 %5760, %5763
	%5765 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5764, i32 4, i32 0)
	%5766 = icmp uge i32 %3, 4
	%5767 = select i1 %5766, i32 %5765, i32 0
	%5768 = add i32 %5764, %5767
	%5769 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5768, i32 8, i32 0)
	%5770 = icmp uge i32 %3, 8
	%5771 = select i1 %5770, i32 %5769, i32 0
	%5772 = add i32 %5768, %5771
	%5773 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5772, i32 16, i32 0)
	%5774 = icmp uge i32 %3, 16
	%5775 = select i1 %5774, i32 %5773, i32 0
	%5776 = add i32 %5772, %5775
	%5777 = sub i32 %5776, %5756
	%5778 = icmp slt i32 %5777, %5615
	%5779 = icmp sge i32 %5776, %5615
	%5780 = and i1 %5778, %5779
	%5781 = add i32 %5777, %5692
	%5782 = xor i1 false, true
	%5783 = icmp sge i32 %5781, %5615
	%5784 = and i1 %5782, %5783
	%5785 = mul i32 %3, 8
	%5786 = add i32 %5785, 0
	%5787 = sub i32 255, %5786
	%5788 = select i1 %5784, i32 %5787, i32 0
	%5789 = select i1 %5784, i32 %5777, i32 0
	%5790 = or i1 false, %5784
	%5791 = add i32 %5781, %5701
	%5792 = xor i1 %5790, true
	%5793 = icmp sge i32 %5791, %5615
	%5794 = and i1 %5792, %5793
	%5795 = mul i32 %3, 8
	%5796 = add i32 %5795, 1
	%5797 = sub i32 255, %5796
	%5798 = select i1 %5794, i32 %5797, i32 %5788
	%5799 = select i1 %5794, i32 %5781, i32 %5789
	%5800 = or i1 %5790, %5794
	%5801 = add i32 %5791, %5710
	%5802 = xor i1 %5800, true
	%5803 = icmp sge i32 %5801, %5615
	%5804 = and i1 %5802, %5803
	%5805 = mul i32 %3, 8
	%5806 = add i32 %5805, 2
	%5807 = sub i32 255, %5806
	%5808 = select i1 %5804, i32 %5807, i32 %5798
	%5809 = select i1 %5804, i32 %5791, i32 %5799
	%5810 = or i1 %5800, %5804
	%5811 = add i32 %5801, %5719
	%5812 = xor i1 %5810, true
	%5813 = icmp sge i32 %5811, %5615
	%5814 = and i1 %5812, %5813
	%5815 = mul i32 %3, 8
	%5816 = add i32 %5815, 3
	%5817 = sub i32 255, %5816
	%5818 = select i1 %5814, i32 %5817, i32 %5808
	%5819 = select i1 %5814, i32 %5801, i32 %5809
	%5820 = or i1 %5810, %5814
	%5821 = add i32 %5811, %5728
	%5822 = xor i1 %5820, true
	%5823 = icmp sge i32 %5821, %5615
	%5824 = and i1 %5822, %5823
	%5825 = mul i32 %3, 8
	%5826 = add i32 %5825, 4
	%5827 = sub i32 255, %5826
	%5828 = select i1 %5824, i32 %5827, i32 %5818
	%5829 = select i1 %5824, i32 %5811, i32 %5819
	%5830 = or i1 %5820, %5824
	%5831 = add i32 %5821, %5737
	%5832 = xor i1 %5830, true
	%5833 = icmp sge i32 %5831, %5615
	%5834 = and i1 %5832, %5833
	%5835 = mul i32 %3, 8
	%5836 = add i32 %5835, 5
	%5837 = sub i32 255, %5836
	%5838 = select i1 %5834, i32 %5837, i32 %5828
	%5839 = select i1 %5834, i32 %5821, i32 %5829
	%5840 = or i1 %5830, %5834
	%5841 = add i32 %5831, %5746
	%5842 = xor i1 %5840, true
	%5843 = icmp sge i32 %5841, %5615
	%5844 = and i1 %5842, %5843
	%5845 = mul i32 %3, 8
	%5846 = add i32 %5845, 6
	%5847 = sub i32 255, %5846
	%5848 = select i1 %5844, i32 %5847, i32 %5838
	%5849 = select i1 %5844, i32 %5831, i32 %5839
	%5850 = or i1 %5840, %5844
	%5851 = add i32 %5841, %5755
	%5852 = xor i1 %5850, true
	%5853 = icmp sge i32 %5851, %5615
	%5854 = and i1 %5852, %5853
	%5855 = mul i32 %3, 8
	%5856 = add i32 %5855, 7
	%5857 = sub i32 255, %5856
	%5858 = select i1 %5854, i32 %5857, i32 %5848
	%5859 = select i1 %5854, i32 %5841, i32 %5849
	%5860 = or i1 %5850, %5854
	%5861 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5780)
	%5862 = call i32 @llvm.cttz.i32(i32 %5861, i1 false)
	%5863 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %5858, i32 %5862, i32 31)
	%5864 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %5859, i32 %5862, i32 31)
	%5865 = shl i32 %5863, %5620
	%5866 = or i32 %5613, %5865
	%5867 = shl i32 255, %5620
	%5868 = or i32 %5614, %5867
	%5869 = sub i32 %5615, %5864
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%5870 = add i32 %5612, 1
	br label %5611

5871:
	%5872 = lshr i32 %5680, %5620
	%5873 = and i32 %5872, 255
	%5874 = add i32 %5543, %5873
	%5875 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5876 = bitcast i8 addrspace(3)* %5875 to i32 addrspace(3)*
	%5877 = getelementptr i32, i32 addrspace(3)* %5876, i32 %5874
	%5878 = atomicrmw add i32 addrspace(3)* %5877, i32 1 monotonic
	br label %5879

5879:
	%5880 = add i32 %5673, 32
	br label %5672

5881:
	%5882 = phi i32 [ 0, %5669 ], [ %5931, %5926 ]
	%5883 = phi i32 [ 0, %5669 ], [ %5928, %5926 ]
	%5884 = phi i32 [ 0, %5669 ], [ %5930, %5926 ]
	%5885 = icmp slt i32 %5882, %550
	br i1 %5885, label %5886, label %5889

5886:
	%5887 = add i32 %5882, %3
	%5888 = icmp slt i32 %5887, %550
	br i1 %5888, label %5890, label %5900

5889:
	br label %5544

5890:
	%5891 = add i32 %5542, %5887
	%5892 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%5893 = bitcast i8 addrspace(3)* %5892 to i32 addrspace(3)*
	%5894 = getelementptr i32, i32 addrspace(3)* %5893, i32 %5891
	%5895 = load i32, i32 addrspace(3)* %5894
	%5896 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%5897 = bitcast i8 addrspace(3)* %5896 to i32 addrspace(3)*
	%5898 = getelementptr i32, i32 addrspace(3)* %5897, i32 %5891
	%5899 = load i32, i32 addrspace(3)* %5898
	br label %5900

5900:
	%5901 = phi i32 [ 0, %5886 ], [ %5895, %5890 ]
	%5902 = phi i32 [ 0, %5886 ], [ %5899, %5890 ]
	%5903 = icmp eq i32 %5901, %5613
	%5904 = and i1 %5888, %5903
	%5905 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5904)
	%5906 = and i32 %5905, %5671
	%5907 = call i32 @llvm.ctpop.i32(i32 %5906)
	%5908 = add i32 %5884, %5907
	%5909 = icmp ugt i32 %5901, %5613
	%5910 = icmp slt i32 %5908, %5615
	%5911 = and i1 %5904, %5910
	%5912 = or i1 %5909, %5911
	%5913 = and i1 %5888, %5912
	%5914 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5913)
	%5915 = and i32 %5914, %5671
	%5916 = call i32 @llvm.ctpop.i32(i32 %5915)
	%5917 = add i32 %5883, %5916
	%5918 = add i32 %5542, %5917
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %5913, label %5919, label %5926

5919:
	%5920 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%5921 = bitcast i8 addrspace(3)* %5920 to i32 addrspace(3)*
	%5922 = getelementptr i32, i32 addrspace(3)* %5921, i32 %5918
	store i32 %5901, i32 addrspace(3)* %5922
	%5923 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%5924 = bitcast i8 addrspace(3)* %5923 to i32 addrspace(3)*
	%5925 = getelementptr i32, i32 addrspace(3)* %5924, i32 %5918
	store i32 %5902, i32 addrspace(3)* %5925
	br label %5926

5926:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%5927 = call i32 @llvm.ctpop.i32(i32 %5914)
	%5928 = add i32 %5883, %5927
	%5929 = call i32 @llvm.ctpop.i32(i32 %5905)
	%5930 = add i32 %5884, %5929
	%5931 = add i32 %5882, 32
	br label %5881

5932:
	%5933 = phi i32 [ 0, %5544 ], [ %5963, %5957 ]
	%5934 = phi i32 [ 0, %5544 ], [ %5962, %5957 ]
	%5935 = icmp slt i32 %5933, %5545
	br i1 %5935, label %5936, label %5939

5936:
	%5937 = add i32 %5933, %3
	%5938 = icmp slt i32 %5937, %5545
	br i1 %5938, label %5940, label %5947

5939:
	br label %5964

5940:
	%5941 = mul i32 %420, 160
	%5942 = add i32 %5941, %5937
	%5943 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%5944 = bitcast i8 addrspace(3)* %5943 to i32 addrspace(3)*
	%5945 = getelementptr i32, i32 addrspace(3)* %5944, i32 %5942
	%5946 = load i32, i32 addrspace(3)* %5945
	br label %5947

5947:
	%5948 = phi i32 [ 0, %5936 ], [ %5946, %5940 ]
	br i1 %5938, label %5949, label %5957

5949:
	%5950 = add i32 0, %5937
	%5951 = icmp sgt i32 %5948, %447
	%5952 = select i1 %5951, i32 %5546, i32 0
	%5953 = add i32 %5950, %5952
	%5954 = add i32 %5550, %5953
	%5955 = sext i32 %5954 to i64
	%5956 = getelementptr i32, i32* %out, i64 %5955
	store i32 %5948, i32* %5956
	br label %5957

5957:
	%5958 = icmp slt i32 %5948, %444
	%5959 = and i1 %5938, %5958
	%5960 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5959)
	%5961 = call i32 @llvm.ctpop.i32(i32 %5960)
	%5962 = add i32 %5934, %5961
	%5963 = add i32 %5933, 32
	br label %5932

5964:
	%5965 = phi i32 [ %3, %5939 ], [ %5974, %5967 ]
	%5966 = icmp slt i32 %5965, %5546
	br i1 %5966, label %5967, label %5975

5967:
	%5968 = add i32 0, %5934
	%5969 = add i32 %5968, %5965
	%5970 = add i32 %444, %5965
	%5971 = add i32 %5550, %5969
	%5972 = sext i32 %5971 to i64
	%5973 = getelementptr i32, i32* %out, i64 %5972
	store i32 %5970, i32* %5973
	%5974 = add i32 %5965, 32
	br label %5964

5975:
	%5976 = icmp eq i32 %3, 0
	%5977 = icmp eq i32 0, 1
	%5978 = and i1 %5976, %5977
	br i1 %5978, label %5979, label %5983

5979:
	%5980 = add i32 %5550, 0
	%5981 = sext i32 %5980 to i64
	%5982 = getelementptr i32, i32* %out, i64 %5981
	store i32 0, i32* %5982
	br label %5983

5983:
	%5984 = add i32 %452, %5545
	%5985 = add i32 %5984, %3
	br label %5986

5986:
	%5987 = phi i32 [ %5985, %5983 ], [ %5993, %5989 ]
	%5988 = icmp slt i32 %5987, 8
	br i1 %5988, label %5989, label %5994

5989:
	%5990 = add i32 %5550, %5987
	%5991 = sext i32 %5990 to i64
	%5992 = getelementptr i32, i32* %out, i64 %5991
	store i32 -1, i32* %5992
	%5993 = add i32 %5987, 32
	br label %5986

5994:
	br label %5538

5995:
	%5996 = icmp sgt i32 %552, %499
	br i1 %5996, label %6000, label %6003

5997:
	%5998 = add i32 %5, %504
	%5999 = icmp slt i32 %5998, %M
	br i1 %5999, label %6454, label %6456

6000:
	%6001 = mul i32 %462, 160
	%6002 = mul i32 %4, 256
	br label %6010

6003:
	%6004 = phi i32 [ %552, %5995 ], [ %499, %6348 ]
	%6005 = sub i32 %494, 0
	%6006 = mul i32 %2, %M
	%6007 = add i32 %5, %462
	%6008 = add i32 %6006, %6007
	%6009 = mul i32 %6008, 8
	br label %6391

6010:
	%6011 = phi i32 [ %3, %6000 ], [ %6027, %6015 ]
	%6012 = phi i32 [ -1, %6000 ], [ %6023, %6015 ]
	%6013 = phi i32 [ 0, %6000 ], [ %6026, %6015 ]
	%6014 = icmp slt i32 %6011, %552
	br i1 %6014, label %6015, label %6028

6015:
	%6016 = add i32 %6001, %6011
	%6017 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%6018 = bitcast i8 addrspace(3)* %6017 to i32 addrspace(3)*
	%6019 = getelementptr i32, i32 addrspace(3)* %6018, i32 %6016
	%6020 = load i32, i32 addrspace(3)* %6019
	%6021 = icmp ult i32 %6012, %6020
	%6022 = select i1 %6021, i32 %6012, i32 %6020
	%6023 = select i1 true, i32 %6022, i32 %6012
	%6024 = icmp ugt i32 %6013, %6020
	%6025 = select i1 %6024, i32 %6013, i32 %6020
	%6026 = select i1 true, i32 %6025, i32 %6013
	%6027 = add i32 %6011, 32
	br label %6010

6028:
	%6029 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6012, i32 1, i32 31)
	%6030 = icmp ult i32 %6012, %6029
	%6031 = select i1 %6030, i32 %6012, i32 %6029
	%6032 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6013, i32 1, i32 31)
	%6033 = icmp ugt i32 %6013, %6032
	%6034 = select i1 %6033, i32 %6013, i32 %6032
	%6035 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6031, i32 2, i32 31)
	%6036 = icmp ult i32 %6031, %6035
	%6037 = select i1 %6036, i32 %6031, i32 %6035
	%6038 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6034, i32 2, i32 31)
	%6039 = icmp ugt i32 %6034, %6038
	%6040 = select i1 %6039, i32 %6034, i32 %6038
	%6041 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6037, i32 4, i32 31)
	%6042 = icmp ult i32 %6037, %6041
	%6043 = select i1 %6042, i32 %6037, i32 %6041
	%6044 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6040, i32 4, i32 31)
	%6045 = icmp ugt i32 %6040, %6044
	%6046 = select i1 %6045, i32 %6040, i32 %6044
	%6047 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6043, i32 8, i32 31)
	%6048 = icmp ult i32 %6043, %6047
	%6049 = select i1 %6048, i32 %6043, i32 %6047
	%6050 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6046, i32 8, i32 31)
	%6051 = icmp ugt i32 %6046, %6050
	%6052 = select i1 %6051, i32 %6046, i32 %6050
	%6053 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6049, i32 16, i32 31)
	%6054 = icmp ult i32 %6049, %6053
	%6055 = select i1 %6054, i32 %6049, i32 %6053
	%6056 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6052, i32 16, i32 31)
	%6057 = icmp ugt i32 %6052, %6056
	%6058 = select i1 %6057, i32 %6052, i32 %6056
	%6059 = xor i32 %6055, %6058
	%6060 = call i32 @llvm.ctlz.i32(i32 %6059, i1 false)
	%6061 = sub i32 32, %6060
	%6062 = icmp eq i32 %6061, 32
	%6063 = icmp slt i32 %6061, 31
	%6064 = select i1 %6063, i32 %6061, i32 31
	%6065 = shl i32 -1, %6064
	%6066 = select i1 %6062, i32 0, i32 %6065
	%6067 = and i32 %6058, %6066
	%6068 = add i32 %6061, 7
	%6069 = udiv i32 %6068, 8
	br label %6070

6070:
	%6071 = phi i32 [ 0, %6028 ], [ %6329, %6143 ]
	%6072 = phi i32 [ %6067, %6028 ], [ %6325, %6143 ]
	%6073 = phi i32 [ %6066, %6028 ], [ %6327, %6143 ]
	%6074 = phi i32 [ %499, %6028 ], [ %6328, %6143 ]
	%6075 = icmp slt i32 %6071, %6069
	br i1 %6075, label %6076, label %6128

6076:
	%6077 = sub i32 %6069, %6071
	%6078 = sub i32 %6077, 1
	%6079 = mul i32 %6078, 8
	%6080 = mul i32 %3, 8
	%6081 = add i32 %6080, 0
	%6082 = add i32 %6002, %6081
	%6083 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6084 = bitcast i8 addrspace(3)* %6083 to i32 addrspace(3)*
	%6085 = getelementptr i32, i32 addrspace(3)* %6084, i32 %6082
	store i32 0, i32 addrspace(3)* %6085
	%6086 = mul i32 %3, 8
	%6087 = add i32 %6086, 1
	%6088 = add i32 %6002, %6087
	%6089 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6090 = bitcast i8 addrspace(3)* %6089 to i32 addrspace(3)*
	%6091 = getelementptr i32, i32 addrspace(3)* %6090, i32 %6088
	store i32 0, i32 addrspace(3)* %6091
	%6092 = mul i32 %3, 8
	%6093 = add i32 %6092, 2
	%6094 = add i32 %6002, %6093
	%6095 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6096 = bitcast i8 addrspace(3)* %6095 to i32 addrspace(3)*
	%6097 = getelementptr i32, i32 addrspace(3)* %6096, i32 %6094
	store i32 0, i32 addrspace(3)* %6097
	%6098 = mul i32 %3, 8
	%6099 = add i32 %6098, 3
	%6100 = add i32 %6002, %6099
	%6101 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6102 = bitcast i8 addrspace(3)* %6101 to i32 addrspace(3)*
	%6103 = getelementptr i32, i32 addrspace(3)* %6102, i32 %6100
	store i32 0, i32 addrspace(3)* %6103
	%6104 = mul i32 %3, 8
	%6105 = add i32 %6104, 4
	%6106 = add i32 %6002, %6105
	%6107 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6108 = bitcast i8 addrspace(3)* %6107 to i32 addrspace(3)*
	%6109 = getelementptr i32, i32 addrspace(3)* %6108, i32 %6106
	store i32 0, i32 addrspace(3)* %6109
	%6110 = mul i32 %3, 8
	%6111 = add i32 %6110, 5
	%6112 = add i32 %6002, %6111
	%6113 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6114 = bitcast i8 addrspace(3)* %6113 to i32 addrspace(3)*
	%6115 = getelementptr i32, i32 addrspace(3)* %6114, i32 %6112
	store i32 0, i32 addrspace(3)* %6115
	%6116 = mul i32 %3, 8
	%6117 = add i32 %6116, 6
	%6118 = add i32 %6002, %6117
	%6119 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6120 = bitcast i8 addrspace(3)* %6119 to i32 addrspace(3)*
	%6121 = getelementptr i32, i32 addrspace(3)* %6120, i32 %6118
	store i32 0, i32 addrspace(3)* %6121
	%6122 = mul i32 %3, 8
	%6123 = add i32 %6122, 7
	%6124 = add i32 %6002, %6123
	%6125 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6126 = bitcast i8 addrspace(3)* %6125 to i32 addrspace(3)*
	%6127 = getelementptr i32, i32 addrspace(3)* %6126, i32 %6124
	store i32 0, i32 addrspace(3)* %6127
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %6131

6128:
	%6129 = shl i32 1, %3
	%6130 = sub i32 %6129, 1
	br label %6340

6131:
	%6132 = phi i32 [ %3, %6076 ], [ %6339, %6338 ]
	%6133 = icmp slt i32 %6132, %552
	br i1 %6133, label %6134, label %6143

6134:
	%6135 = add i32 %6001, %6132
	%6136 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%6137 = bitcast i8 addrspace(3)* %6136 to i32 addrspace(3)*
	%6138 = getelementptr i32, i32 addrspace(3)* %6137, i32 %6135
	%6139 = load i32, i32 addrspace(3)* %6138
	%6140 = and i32 %6139, %6073
	%6141 = icmp eq i32 %6140, %6072
	%6142 = and i1 true, %6141
	br i1 %6142, label %6330, label %6338

6143:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%6144 = mul i32 %3, 8
	%6145 = add i32 %6144, 0
	%6146 = sub i32 255, %6145
	%6147 = add i32 %6002, %6146
	%6148 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6149 = bitcast i8 addrspace(3)* %6148 to i32 addrspace(3)*
	%6150 = getelementptr i32, i32 addrspace(3)* %6149, i32 %6147
	%6151 = load i32, i32 addrspace(3)* %6150
	%6152 = add i32 0, %6151
	%6153 = mul i32 %3, 8
	%6154 = add i32 %6153, 1
	%6155 = sub i32 255, %6154
	%6156 = add i32 %6002, %6155
	%6157 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6158 = bitcast i8 addrspace(3)* %6157 to i32 addrspace(3)*
	%6159 = getelementptr i32, i32 addrspace(3)* %6158, i32 %6156
	%6160 = load i32, i32 addrspace(3)* %6159
	%6161 = add i32 %6152, %6160
	%6162 = mul i32 %3, 8
	%6163 = add i32 %6162, 2
	%6164 = sub i32 255, %6163
	%6165 = add i32 %6002, %6164
	%6166 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6167 = bitcast i8 addrspace(3)* %6166 to i32 addrspace(3)*
	%6168 = getelementptr i32, i32 addrspace(3)* %6167, i32 %6165
	%6169 = load i32, i32 addrspace(3)* %6168
	%6170 = add i32 %6161, %6169
	%6171 = mul i32 %3, 8
	%6172 = add i32 %6171, 3
	%6173 = sub i32 255, %6172
	%6174 = add i32 %6002, %6173
	%6175 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6176 = bitcast i8 addrspace(3)* %6175 to i32 addrspace(3)*
	%6177 = getelementptr i32, i32 addrspace(3)* %6176, i32 %6174
	%6178 = load i32, i32 addrspace(3)* %6177
	%6179 = add i32 %6170, %6178
	%6180 = mul i32 %3, 8
	%6181 = add i32 %6180, 4
	%6182 = sub i32 255, %6181
	%6183 = add i32 %6002, %6182
	%6184 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6185 = bitcast i8 addrspace(3)* %6184 to i32 addrspace(3)*
	%6186 = getelementptr i32, i32 addrspace(3)* %6185, i32 %6183
	%6187 = load i32, i32 addrspace(3)* %6186
	%6188 = add i32 %6179, %6187
	%6189 = mul i32 %3, 8
	%6190 = add i32 %6189, 5
	%6191 = sub i32 255, %6190
	%6192 = add i32 %6002, %6191
	%6193 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6194 = bitcast i8 addrspace(3)* %6193 to i32 addrspace(3)*
	%6195 = getelementptr i32, i32 addrspace(3)* %6194, i32 %6192
	%6196 = load i32, i32 addrspace(3)* %6195
	%6197 = add i32 %6188, %6196
	%6198 = mul i32 %3, 8
	%6199 = add i32 %6198, 6
	%6200 = sub i32 255, %6199
	%6201 = add i32 %6002, %6200
	%6202 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6203 = bitcast i8 addrspace(3)* %6202 to i32 addrspace(3)*
	%6204 = getelementptr i32, i32 addrspace(3)* %6203, i32 %6201
	%6205 = load i32, i32 addrspace(3)* %6204
	%6206 = add i32 %6197, %6205
	%6207 = mul i32 %3, 8
	%6208 = add i32 %6207, 7
	%6209 = sub i32 255, %6208
	%6210 = add i32 %6002, %6209
	%6211 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6212 = bitcast i8 addrspace(3)* %6211 to i32 addrspace(3)*
	%6213 = getelementptr i32, i32 addrspace(3)* %6212, i32 %6210
	%6214 = load i32, i32 addrspace(3)* %6213
	%6215 = add i32 %6206, %6214
	%6216 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6215, i32 1, i32 0)
	%6217 = icmp uge i32 %3, 1
	%6218 = select i1 %6217, i32 %6216, i32 0
	%6219 = add i32 %6215, %6218
	%6220 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6219, i32 2, i32 0)
	%6221 = icmp uge i32 %3, 2
	%6222 = select i1 %6221, i32 %6220, i32 0
	%6223 = add i32 %6219, %6222
	%6224 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6223, i32 4, i32 0)
	%6225 = icmp uge i32 %3, 4
	%6226 = select i1 %6225, i32 %6224, i32 0
	%6227 = add i32 %6223, %6226
	%6228 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6227, i32 8, i32 0)
	%6229 = icmp uge i32 %3, 8
	%6230 = select i1 %6229, i32 %6228, i32 0
	%6231 = add i32 %6227, %6230
	%6232 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6231, i32 16, i32 0)
	%6233 = icmp uge i32 %3, 16
	%6234 = select i1 %6233, i32 %6232, i32 0
	%6235 = add i32 %6231, %6234
	%6236 = sub i32 %6235, %6215
	%6237 = icmp slt i32 %6236, %6074
	%6238 = icmp sge i32 %6235, %6074
	%6239 = and i1 %6237, %6238
	%6240 = add i32 %6236, %6151
	%6241 = xor i1 false, true
	%6242 = icmp sge i32 %6240, %6074
	%6243 = and i1 %6241, %6242
	%6244 = mul i32 %3, 8
	%6245 = add i32 %6244, 0
	%6246 = sub i32 255, %6245
	%6247 = select i1 %6243, i32 %6246, i32 0
	%6248 = select i1 %6243, i32 %6236, i32 0
	%6249 = or i1 false, %6243
	%6250 = add i32 %6240, %6160
	%6251 = xor i1 %6249, true
	%6252 = icmp sge i32 %6250, %6074
	%6253 = and i1 %6251, %6252
	%6254 = mul i32 %3, 8
	%6255 = add i32 %6254, 1
	%6256 = sub i32 255, %6255
	%6257 = select i1 %6253, i32 %6256, i32 %6247
	%6258 = select i1 %6253, i32 %6240, i32 %6248
	%6259 = or i1 %6249, %6253
	%6260 = add i32 %6250, %6169
	%6261 = xor i1 %6259, true
	%6262 = icmp sge i32 %6260, %6074
	%6263 = and i1 %6261, %6262
	%6264 = mul i32 %3, 8
	%6265 = add i32 %6264, 2
	%6266 = sub i32 255, %6265
	%6267 = select i1 %6263, i32 %6266, i32 %6257
	%6268 = select i1 %6263, i32 %6250, i32 %6258
	%6269 = or i1 %6259, %6263
	%6270 = add i32 %6260, %6178
	%6271 = xor i1 %6269, true
	%6272 = icmp sge i32 %6270, %6074
	%6273 = and i1 %6271, %6272
	%6274 = mul i32 %3, 8
	%6275 = add i32 %6274, 3
	%6276 = sub i32 255, %6275
	%6277 = select i1 %6273, i32 %6276, i32 %6267
	%6278 = select i1 %6273, i32 %6260, i32 %6268
	%6279 = or i1 %6269, %6273
	%6280 = add i32 %6270, %6187
	%6281 = xor i1 %6279, true
	%6282 = icmp sge i32 %6280, %6074
	%6283 = and i1 %6281, %6282
	%6284 = mul i32 %3, 8
	%6285 = add i32 %6284, 4
	%6286 = sub i32 255, %6285
	%6287 = select i1 %6283, i32 %6286, i32 %6277
	%6288 = select i1 %6283, i32 %6270, i32 %6278
	%6289 = or i1 %6279, %6283
	%6290 = add i32 %6280, %6196
	%6291 = xor i1 %6289, true
	%6292 = icmp sge i32 %6290, %6074
	%6293 = and i1 %6291, %6292
	%6294 = mul i32 %3, 8
	%6295 = add i32 %6294, 5
	%6296 = sub i32 255, %6295
	%6297 = select i1 %6293, i32 %6296, i32 %6287
	%6298 = select i1 %6293, i32 %6280, i32 %6288
	%6299 = or i1 %6289, %6293
	%6300 = add i32 %6290, %6205
	%6301 = xor i1 %6299, true
	%6302 = icmp sge i32 %6300, %6074
	%6303 = and i1 %6301, %6302
	%6304 = mul i32 %3, 8
	%6305 = add i32 %6304, 6
	%6306 = sub i32 255, %6305
	%6307 = select i1 %6303, i32 %6306, i32 %6297
	%6308 = select i1 %6303, i32 %6290, i32 %6298
	%6309 = or i1 %6299, %6303
	%6310 = add i32 %6300, %6214
	%6311 = xor i1 %6309, true
	%6312 = icmp sge i32 %6310, %6074
	%6313 = and i1 %6311, %6312
	%6314 = mul i32 %3, 8
	%6315 = add i32 %6314, 7
	%6316 = sub i32 255, %6315
	%6317 = select i1 %6313, i32 %6316, i32 %6307
	%6318 = select i1 %6313, i32 %6300, i32 %6308
	%6319 = or i1 %6309, %6313
	%6320 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6239)
	%6321 = call i32 @llvm.cttz.i32(i32 %6320, i1 false)
	%6322 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %6317, i32 %6321, i32 31)
	%6323 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %6318, i32 %6321, i32 31)
	%6324 = shl i32 %6322, %6079
	%6325 = or i32 %6072, %6324
	%6326 = shl i32 255, %6079
	%6327 = or i32 %6073, %6326
	%6328 = sub i32 %6074, %6323
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%6329 = add i32 %6071, 1
	br label %6070

6330:
	%6331 = lshr i32 %6139, %6079
	%6332 = and i32 %6331, 255
	%6333 = add i32 %6002, %6332
	%6334 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6335 = bitcast i8 addrspace(3)* %6334 to i32 addrspace(3)*
	%6336 = getelementptr i32, i32 addrspace(3)* %6335, i32 %6333
	%6337 = atomicrmw add i32 addrspace(3)* %6336, i32 1 monotonic
	br label %6338

6338:
	%6339 = add i32 %6132, 32
	br label %6131

6340:
	%6341 = phi i32 [ 0, %6128 ], [ %6390, %6385 ]
	%6342 = phi i32 [ 0, %6128 ], [ %6387, %6385 ]
	%6343 = phi i32 [ 0, %6128 ], [ %6389, %6385 ]
	%6344 = icmp slt i32 %6341, %552
	br i1 %6344, label %6345, label %6348

6345:
	%6346 = add i32 %6341, %3
	%6347 = icmp slt i32 %6346, %552
	br i1 %6347, label %6349, label %6359

6348:
	br label %6003

6349:
	%6350 = add i32 %6001, %6346
	%6351 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%6352 = bitcast i8 addrspace(3)* %6351 to i32 addrspace(3)*
	%6353 = getelementptr i32, i32 addrspace(3)* %6352, i32 %6350
	%6354 = load i32, i32 addrspace(3)* %6353
	%6355 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%6356 = bitcast i8 addrspace(3)* %6355 to i32 addrspace(3)*
	%6357 = getelementptr i32, i32 addrspace(3)* %6356, i32 %6350
	%6358 = load i32, i32 addrspace(3)* %6357
	br label %6359

6359:
	%6360 = phi i32 [ 0, %6345 ], [ %6354, %6349 ]
	%6361 = phi i32 [ 0, %6345 ], [ %6358, %6349 ]
	%6362 = icmp eq i32 %6360, %6072
	%6363 = and i1 %6347, %6362
	%6364 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6363)
	%6365 = and i32 %6364, %6130
	%6366 = call i32 @llvm.ctpop.i32(i32 %6365)
	%6367 = add i32 %6343, %6366
	%6368 = icmp ugt i32 %6360, %6072
	%6369 = icmp slt i32 %6367, %6074
	%6370 = and i1 %6363, %6369
	%6371 = or i1 %6368, %6370
	%6372 = and i1 %6347, %6371
	%6373 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6372)
	%6374 = and i32 %6373, %6130
	%6375 = call i32 @llvm.ctpop.i32(i32 %6374)
	%6376 = add i32 %6342, %6375
	%6377 = add i32 %6001, %6376
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %6372, label %6378, label %6385

6378:
	%6379 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%6380 = bitcast i8 addrspace(3)* %6379 to i32 addrspace(3)*
	%6381 = getelementptr i32, i32 addrspace(3)* %6380, i32 %6377
	store i32 %6360, i32 addrspace(3)* %6381
	%6382 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%6383 = bitcast i8 addrspace(3)* %6382 to i32 addrspace(3)*
	%6384 = getelementptr i32, i32 addrspace(3)* %6383, i32 %6377
	store i32 %6361, i32 addrspace(3)* %6384
	br label %6385

6385:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%6386 = call i32 @llvm.ctpop.i32(i32 %6373)
	%6387 = add i32 %6342, %6386
	%6388 = call i32 @llvm.ctpop.i32(i32 %6364)
	%6389 = add i32 %6343, %6388
	%6390 = add i32 %6341, 32
	br label %6340

6391:
	%6392 = phi i32 [ 0, %6003 ], [ %6422, %6416 ]
	%6393 = phi i32 [ 0, %6003 ], [ %6421, %6416 ]
	%6394 = icmp slt i32 %6392, %6004
	br i1 %6394, label %6395, label %6398

6395:
	%6396 = add i32 %6392, %3
	%6397 = icmp slt i32 %6396, %6004
	br i1 %6397, label %6399, label %6406

6398:
	br label %6423

6399:
	%6400 = mul i32 %462, 160
	%6401 = add i32 %6400, %6396
	%6402 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%6403 = bitcast i8 addrspace(3)* %6402 to i32 addrspace(3)*
	%6404 = getelementptr i32, i32 addrspace(3)* %6403, i32 %6401
	%6405 = load i32, i32 addrspace(3)* %6404
	br label %6406

6406:
	%6407 = phi i32 [ 0, %6395 ], [ %6405, %6399 ]
	br i1 %6397, label %6408, label %6416

6408:
	%6409 = add i32 0, %6396
	%6410 = icmp sgt i32 %6407, %489
	%6411 = select i1 %6410, i32 %6005, i32 0
	%6412 = add i32 %6409, %6411
	%6413 = add i32 %6009, %6412
	%6414 = sext i32 %6413 to i64
	%6415 = getelementptr i32, i32* %out, i64 %6414
	store i32 %6407, i32* %6415
	br label %6416

6416:
	%6417 = icmp slt i32 %6407, %486
	%6418 = and i1 %6397, %6417
	%6419 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6418)
	%6420 = call i32 @llvm.ctpop.i32(i32 %6419)
	%6421 = add i32 %6393, %6420
	%6422 = add i32 %6392, 32
	br label %6391

6423:
	%6424 = phi i32 [ %3, %6398 ], [ %6433, %6426 ]
	%6425 = icmp slt i32 %6424, %6005
	br i1 %6425, label %6426, label %6434

6426:
	%6427 = add i32 0, %6393
	%6428 = add i32 %6427, %6424
	%6429 = add i32 %486, %6424
	%6430 = add i32 %6009, %6428
	%6431 = sext i32 %6430 to i64
	%6432 = getelementptr i32, i32* %out, i64 %6431
	store i32 %6429, i32* %6432
	%6433 = add i32 %6424, 32
	br label %6423

6434:
	%6435 = icmp eq i32 %3, 0
	%6436 = icmp eq i32 0, 1
	%6437 = and i1 %6435, %6436
	br i1 %6437, label %6438, label %6442

6438:
	%6439 = add i32 %6009, 0
	%6440 = sext i32 %6439 to i64
	%6441 = getelementptr i32, i32* %out, i64 %6440
	store i32 0, i32* %6441
	br label %6442

6442:
	%6443 = add i32 %494, %6004
	%6444 = add i32 %6443, %3
	br label %6445

6445:
	%6446 = phi i32 [ %6444, %6442 ], [ %6452, %6448 ]
	%6447 = icmp slt i32 %6446, 8
	br i1 %6447, label %6448, label %6453

6448:
	%6449 = add i32 %6009, %6446
	%6450 = sext i32 %6449 to i64
	%6451 = getelementptr i32, i32* %out, i64 %6450
	store i32 -1, i32* %6451
	%6452 = add i32 %6446, 32
	br label %6445

6453:
	br label %5997

6454:
	%6455 = icmp sgt i32 %554, %541
	br i1 %6455, label %6457, label %6460

6456:
	ret void

6457:
	%6458 = mul i32 %504, 160
	%6459 = mul i32 %4, 256
	br label %6467

6460:
	%6461 = phi i32 [ %554, %6454 ], [ %541, %6805 ]
	%6462 = sub i32 %536, 0
	%6463 = mul i32 %2, %M
	%6464 = add i32 %5, %504
	%6465 = add i32 %6463, %6464
	%6466 = mul i32 %6465, 8
	br label %6848

6467:
	%6468 = phi i32 [ %3, %6457 ], [ %6484, %6472 ]
	%6469 = phi i32 [ -1, %6457 ], [ %6480, %6472 ]
	%6470 = phi i32 [ 0, %6457 ], [ %6483, %6472 ]
	%6471 = icmp slt i32 %6468, %554
	br i1 %6471, label %6472, label %6485

6472:
	%6473 = add i32 %6458, %6468
	%6474 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%6475 = bitcast i8 addrspace(3)* %6474 to i32 addrspace(3)*
	%6476 = getelementptr i32, i32 addrspace(3)* %6475, i32 %6473
	%6477 = load i32, i32 addrspace(3)* %6476
	%6478 = icmp ult i32 %6469, %6477
	%6479 = select i1 %6478, i32 %6469, i32 %6477
	%6480 = select i1 true, i32 %6479, i32 %6469
	%6481 = icmp ugt i32 %6470, %6477
	%6482 = select i1 %6481, i32 %6470, i32 %6477
	%6483 = select i1 true, i32 %6482, i32 %6470
	%6484 = add i32 %6468, 32
	br label %6467

6485:
	%6486 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6469, i32 1, i32 31)
	%6487 = icmp ult i32 %6469, %6486
	%6488 = select i1 %6487, i32 %6469, i32 %6486
	%6489 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6470, i32 1, i32 31)
	%6490 = icmp ugt i32 %6470, %6489
	%6491 = select i1 %6490, i32 %6470, i32 %6489
	%6492 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6488, i32 2, i32 31)
	%6493 = icmp ult i32 %6488, %6492
	%6494 = select i1 %6493, i32 %6488, i32 %6492
	%6495 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6491, i32 2, i32 31)
	%6496 = icmp ugt i32 %6491, %6495
	%6497 = select i1 %6496, i32 %6491, i32 %6495
	%6498 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6494, i32 4, i32 31)
	%6499 = icmp ult i32 %6494, %6498
	%6500 = select i1 %6499, i32 %6494, i32 %6498
	%6501 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6497, i32 4, i32 31)
	%6502 = icmp ugt i32 %6497, %6501
	%6503 = select i1 %6502, i32 %6497, i32 %6501
	%6504 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6500, i32 8, i32 31)
	%6505 = icmp ult i32 %6500, %6504
	%6506 = select i1 %6505, i32 %6500, i32 %6504
	%6507 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6503, i32 8, i32 31)
	%6508 = icmp ugt i32 %6503, %6507
	%6509 = select i1 %6508, i32 %6503, i32 %6507
	%6510 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6506, i32 16, i32 31)
	%6511 = icmp ult i32 %6506, %6510
	%6512 = select i1 %6511, i32 %6506, i32 %6510
	%6513 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6509, i32 16, i32 31)
	%6514 = icmp ugt i32 %6509, %6513
	%6515 = select i1 %6514, i32 %6509, i32 %6513
	%6516 = xor i32 %6512, %6515
	%6517 = call i32 @llvm.ctlz.i32(i32 %6516, i1 false)
	%6518 = sub i32 32, %6517
	%6519 = icmp eq i32 %6518, 32
	%6520 = icmp slt i32 %6518, 31
	%6521 = select i1 %6520, i32 %6518, i32 31
	%6522 = shl i32 -1, %6521
	%6523 = select i1 %6519, i32 0, i32 %6522
	%6524 = and i32 %6515, %6523
	%6525 = add i32 %6518, 7
	%6526 = udiv i32 %6525, 8
	br label %6527

6527:
	%6528 = phi i32 [ 0, %6485 ], [ %6786, %6600 ]
	%6529 = phi i32 [ %6524, %6485 ], [ %6782, %6600 ]
	%6530 = phi i32 [ %6523, %6485 ], [ %6784, %6600 ]
	%6531 = phi i32 [ %541, %6485 ], [ %6785, %6600 ]
	%6532 = icmp slt i32 %6528, %6526
	br i1 %6532, label %6533, label %6585

6533:
	%6534 = sub i32 %6526, %6528
	%6535 = sub i32 %6534, 1
	%6536 = mul i32 %6535, 8
	%6537 = mul i32 %3, 8
	%6538 = add i32 %6537, 0
	%6539 = add i32 %6459, %6538
	%6540 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6541 = bitcast i8 addrspace(3)* %6540 to i32 addrspace(3)*
	%6542 = getelementptr i32, i32 addrspace(3)* %6541, i32 %6539
	store i32 0, i32 addrspace(3)* %6542
	%6543 = mul i32 %3, 8
	%6544 = add i32 %6543, 1
	%6545 = add i32 %6459, %6544
	%6546 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6547 = bitcast i8 addrspace(3)* %6546 to i32 addrspace(3)*
	%6548 = getelementptr i32, i32 addrspace(3)* %6547, i32 %6545
	store i32 0, i32 addrspace(3)* %6548
	%6549 = mul i32 %3, 8
	%6550 = add i32 %6549, 2
	%6551 = add i32 %6459, %6550
	%6552 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6553 = bitcast i8 addrspace(3)* %6552 to i32 addrspace(3)*
	%6554 = getelementptr i32, i32 addrspace(3)* %6553, i32 %6551
	store i32 0, i32 addrspace(3)* %6554
	%6555 = mul i32 %3, 8
	%6556 = add i32 %6555, 3
	%6557 = add i32 %6459, %6556
	%6558 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6559 = bitcast i8 addrspace(3)* %6558 to i32 addrspace(3)*
	%6560 = getelementptr i32, i32 addrspace(3)* %6559, i32 %6557
	store i32 0, i32 addrspace(3)* %6560
	%6561 = mul i32 %3, 8
	%6562 = add i32 %6561, 4
	%6563 = add i32 %6459, %6562
	%6564 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6565 = bitcast i8 addrspace(3)* %6564 to i32 addrspace(3)*
	%6566 = getelementptr i32, i32 addrspace(3)* %6565, i32 %6563
	store i32 0, i32 addrspace(3)* %6566
	%6567 = mul i32 %3, 8
	%6568 = add i32 %6567, 5
	%6569 = add i32 %6459, %6568
	%6570 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6571 = bitcast i8 addrspace(3)* %6570 to i32 addrspace(3)*
	%6572 = getelementptr i32, i32 addrspace(3)* %6571, i32 %6569
	store i32 0, i32 addrspace(3)* %6572
	%6573 = mul i32 %3, 8
	%6574 = add i32 %6573, 6
	%6575 = add i32 %6459, %6574
	%6576 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6577 = bitcast i8 addrspace(3)* %6576 to i32 addrspace(3)*
	%6578 = getelementptr i32, i32 addrspace(3)* %6577, i32 %6575
	store i32 0, i32 addrspace(3)* %6578
	%6579 = mul i32 %3, 8
	%6580 = add i32 %6579, 7
	%6581 = add i32 %6459, %6580
	%6582 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6583 = bitcast i8 addrspace(3)* %6582 to i32 addrspace(3)*
	%6584 = getelementptr i32, i32 addrspace(3)* %6583, i32 %6581
	store i32 0, i32 addrspace(3)* %6584
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %6588

6585:
	%6586 = shl i32 1, %3
	%6587 = sub i32 %6586, 1
	br label %6797

6588:
	%6589 = phi i32 [ %3, %6533 ], [ %6796, %6795 ]
	%6590 = icmp slt i32 %6589, %554
	br i1 %6590, label %6591, label %6600

6591:
	%6592 = add i32 %6458, %6589
	%6593 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%6594 = bitcast i8 addrspace(3)* %6593 to i32 addrspace(3)*
	%6595 = getelementptr i32, i32 addrspace(3)* %6594, i32 %6592
	%6596 = load i32, i32 addrspace(3)* %6595
	%6597 = and i32 %6596, %6530
	%6598 = icmp eq i32 %6597, %6529
	%6599 = and i1 true, %6598
	br i1 %6599, label %6787, label %6795

6600:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%6601 = mul i32 %3, 8
	%6602 = add i32 %6601, 0
	%6603 = sub i32 255, %6602
	%6604 = add i32 %6459, %6603
	%6605 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6606 = bitcast i8 addrspace(3)* %6605 to i32 addrspace(3)*
	%6607 = getelementptr i32, i32 addrspace(3)* %6606, i32 %6604
	%6608 = load i32, i32 addrspace(3)* %6607
	%6609 = add i32 0, %6608
	%6610 = mul i32 %3, 8
	%6611 = add i32 %6610, 1
	%6612 = sub i32 255, %6611
	%6613 = add i32 %6459, %6612
	%6614 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6615 = bitcast i8 addrspace(3)* %6614 to i32 addrspace(3)*
	%6616 = getelementptr i32, i32 addrspace(3)* %6615, i32 %6613
	%6617 = load i32, i32 addrspace(3)* %6616
	%6618 = add i32 %6609, %6617
	%6619 = mul i32 %3, 8
	%6620 = add i32 %6619, 2
	%6621 = sub i32 255, %6620
	%6622 = add i32 %6459, %6621
	%6623 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6624 = bitcast i8 addrspace(3)* %6623 to i32 addrspace(3)*
	%6625 = getelementptr i32, i32 addrspace(3)* %6624, i32 %6622
	%6626 = load i32, i32 addrspace(3)* %6625
	%6627 = add i32 %6618, %6626
	%6628 = mul i32 %3, 8
	%6629 = add i32 %6628, 3
	%6630 = sub i32 255, %6629
	%6631 = add i32 %6459, %6630
	%6632 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6633 = bitcast i8 addrspace(3)* %6632 to i32 addrspace(3)*
	%6634 = getelementptr i32, i32 addrspace(3)* %6633, i32 %6631
	%6635 = load i32, i32 addrspace(3)* %6634
	%6636 = add i32 %6627, %6635
	%6637 = mul i32 %3, 8
	%6638 = add i32 %6637, 4
	%6639 = sub i32 255, %6638
	%6640 = add i32 %6459, %6639
	%6641 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6642 = bitcast i8 addrspace(3)* %6641 to i32 addrspace(3)*
	%6643 = getelementptr i32, i32 addrspace(3)* %6642, i32 %6640
	%6644 = load i32, i32 addrspace(3)* %6643
	%6645 = add i32 %6636, %6644
	%6646 = mul i32 %3, 8
	%6647 = add i32 %6646, 5
	%6648 = sub i32 255, %6647
	%6649 = add i32 %6459, %6648
	%6650 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6651 = bitcast i8 addrspace(3)* %6650 to i32 addrspace(3)*
	%6652 = getelementptr i32, i32 addrspace(3)* %6651, i32 %6649
	%6653 = load i32, i32 addrspace(3)* %6652
	%6654 = add i32 %6645, %6653
	%6655 = mul i32 %3, 8
	%6656 = add i32 %6655, 6
	%6657 = sub i32 255, %6656
	%6658 = add i32 %6459, %6657
	%6659 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6660 = bitcast i8 addrspace(3)* %6659 to i32 addrspace(3)*
	%6661 = getelementptr i32, i32 addrspace(3)* %6660, i32 %6658
	%6662 = load i32, i32 addrspace(3)* %6661
	%6663 = add i32 %6654, %6662
	%6664 = mul i32 %3, 8
	%6665 = add i32 %6664, 7
	%6666 = sub i32 255, %6665
	%6667 = add i32 %6459, %6666
	%6668 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6669 = bitcast i8 addrspace(3)* %6668 to i32 addrspace(3)*
	%6670 = getelementptr i32, i32 addrspace(3)* %6669, i32 %6667
	%6671 = load i32, i32 addrspace(3)* %6670
	%6672 = add i32 %6663, %6671
	%6673 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6672, i32 1, i32 0)
	%6674 = icmp uge i32 %3, 1
	%6675 = select i1 %6674, i32 %6673, i32 0
	%6676 = add i32 %6672, %6675
	%6677 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6676, i32 2, i32 0)
	%6678 = icmp uge i32 %3, 2
	%6679 = select i1 %6678, i32 %6677, i32 0
	%6680 = add i32 %6676, %6679
	%6681 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6680, i32 4, i32 0)
	%6682 = icmp uge i32 %3, 4
	%6683 = select i1 %6682, i32 %6681, i32 0
	%6684 = add i32 %6680, %6683
	%6685 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6684, i32 8, i32 0)
	%6686 = icmp uge i32 %3, 8
	%6687 = select i1 %6686, i32 %6685, i32 0
	%6688 = add i32 %6684, %6687
	%6689 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6688, i32 16, i32 0)
	%6690 = icmp uge i32 %3, 16
	%6691 = select i1 %6690, i32 %6689, i32 0
	%6692 = add i32 %6688, %6691
	%6693 = sub i32 %6692, %6672
	%6694 = icmp slt i32 %6693, %6531
	%6695 = icmp sge i32 %6692, %6531
	%6696 = and i1 %6694, %6695
	%6697 = add i32 %6693, %6608
	%6698 = xor i1 false, true
	%6699 = icmp sge i32 %6697, %6531
	%6700 = and i1 %6698, %6699
	%6701 = mul i32 %3, 8
	%6702 = add i32 %6701, 0
	%6703 = sub i32 255, %6702
	%6704 = select i1 %6700, i32 %6703, i32 0
	%6705 = select i1 %6700, i32 %6693, i32 0
	%6706 = or i1 false, %6700
	%6707 = add i32 %6697, %6617
	%6708 = xor i1 %6706, true
	%6709 = icmp sge i32 %6707, %6531
	%6710 = and i1 %6708, %6709
	%6711 = mul i32 %3, 8
	%6712 = add i32 %6711, 1
	%6713 = sub i32 255, %6712
	%6714 = select i1 %6710, i32 %6713, i32 %6704
	%6715 = select i1 %6710, i32 %6697, i32 %6705
	%6716 = or i1 %6706, %6710
	%6717 = add i32 %6707, %6626
	%6718 = xor i1 %6716, true
	%6719 = icmp sge i32 %6717, %6531
	%6720 = and i1 %6718, %6719
	%6721 = mul i32 %3, 8
	%6722 = add i32 %6721, 2
	%6723 = sub i32 255, %6722
	%6724 = select i1 %6720, i32 %6723, i32 %6714
	%6725 = select i1 %6720, i32 %6707, i32 %6715
	%6726 = or i1 %6716, %6720
	%6727 = add i32 %6717, %6635
	%6728 = xor i1 %6726, true
	%6729 = icmp sge i32 %6727, %6531
	%6730 = and i1 %6728, %6729
	%6731 = mul i32 %3, 8
	%6732 = add i32 %6731, 3
	%6733 = sub i32 255, %6732
	%6734 = select i1 %6730, i32 %6733, i32 %6724
	%6735 = select i1 %6730, i32 %6717, i32 %6725
	%6736 = or i1 %6726, %6730
	%6737 = add i32 %6727, %6644
	%6738 = xor i1 %6736, true
	%6739 = icmp sge i32 %6737, %6531
	%6740 = and i1 %6738, %6739
	%6741 = mul i32 %3, 8
	%6742 = add i32 %6741, 4
	%6743 = sub i32 255, %6742
	%6744 = select i1 %6740, i32 %6743, i32 %6734
	%6745 = select i1 %6740, i32 %6727, i32 %6735
	%6746 = or i1 %6736, %6740
	%6747 = add i32 %6737, %6653
	%6748 = xor i1 %6746, true
	%6749 = icmp sge i32 %6747, %6531
	%6750 = and i1 %6748, %6749
	%6751 = mul i32 %3, 8
	%6752 = add i32 %6751, 5
	%6753 = sub i32 255, %6752
	%6754 = select i1 %6750, i32 %6753, i32 %6744
	%6755 = select i1 %6750, i32 %6737, i32 %6745
	%6756 = or i1 %6746, %6750
	%6757 = add i32 %6747, %6662
	%6758 = xor i1 %6756, true
	%6759 = icmp sge i32 %6757, %6531
	%6760 = and i1 %6758, %6759
	%6761 = mul i32 %3, 8
	%6762 = add i32 %6761, 6
	%6763 = sub i32 255, %6762
	%6764 = select i1 %6760, i32 %6763, i32 %6754
	%6765 = select i1 %6760, i32 %6747, i32 %6755
	%6766 = or i1 %6756, %6760
	%6767 = add i32 %6757, %6671
	%6768 = xor i1 %6766, true
	%6769 = icmp sge i32 %6767, %6531
	%6770 = and i1 %6768, %6769
	%6771 = mul i32 %3, 8
	%6772 = add i32 %6771, 7
	%6773 = sub i32 255, %6772
	%6774 = select i1 %6770, i32 %6773, i32 %6764
	%6775 = select i1 %6770, i32 %6757, i32 %6765
	%6776 = or i1 %6766, %6770
	%6777 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6696)
	%6778 = call i32 @llvm.cttz.i32(i32 %6777, i1 false)
	%6779 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %6774, i32 %6778, i32 31)
	%6780 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %6775, i32 %6778, i32 31)
	%6781 = shl i32 %6779, %6536
	%6782 = or i32 %6529, %6781
	%6783 = shl i32 255, %6536
	%6784 = or i32 %6530, %6783
	%6785 = sub i32 %6531, %6780
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%6786 = add i32 %6528, 1
	br label %6527

6787:
	%6788 = lshr i32 %6596, %6536
	%6789 = and i32 %6788, 255
	%6790 = add i32 %6459, %6789
	%6791 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6792 = bitcast i8 addrspace(3)* %6791 to i32 addrspace(3)*
	%6793 = getelementptr i32, i32 addrspace(3)* %6792, i32 %6790
	%6794 = atomicrmw add i32 addrspace(3)* %6793, i32 1 monotonic
	br label %6795

6795:
	%6796 = add i32 %6589, 32
	br label %6588

6797:
	%6798 = phi i32 [ 0, %6585 ], [ %6847, %6842 ]
	%6799 = phi i32 [ 0, %6585 ], [ %6844, %6842 ]
	%6800 = phi i32 [ 0, %6585 ], [ %6846, %6842 ]
	%6801 = icmp slt i32 %6798, %554
	br i1 %6801, label %6802, label %6805

6802:
	%6803 = add i32 %6798, %3
	%6804 = icmp slt i32 %6803, %554
	br i1 %6804, label %6806, label %6816

6805:
	br label %6460

6806:
	%6807 = add i32 %6458, %6803
	%6808 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%6809 = bitcast i8 addrspace(3)* %6808 to i32 addrspace(3)*
	%6810 = getelementptr i32, i32 addrspace(3)* %6809, i32 %6807
	%6811 = load i32, i32 addrspace(3)* %6810
	%6812 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%6813 = bitcast i8 addrspace(3)* %6812 to i32 addrspace(3)*
	%6814 = getelementptr i32, i32 addrspace(3)* %6813, i32 %6807
	%6815 = load i32, i32 addrspace(3)* %6814
	br label %6816

6816:
	%6817 = phi i32 [ 0, %6802 ], [ %6811, %6806 ]
	%6818 = phi i32 [ 0, %6802 ], [ %6815, %6806 ]
	%6819 = icmp eq i32 %6817, %6529
	%6820 = and i1 %6804, %6819
	%6821 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6820)
	%6822 = and i32 %6821, %6587
	%6823 = call i32 @llvm.ctpop.i32(i32 %6822)
	%6824 = add i32 %6800, %6823
	%6825 = icmp ugt i32 %6817, %6529
	%6826 = icmp slt i32 %6824, %6531
	%6827 = and i1 %6820, %6826
	%6828 = or i1 %6825, %6827
	%6829 = and i1 %6804, %6828
	%6830 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6829)
	%6831 = and i32 %6830, %6587
	%6832 = call i32 @llvm.ctpop.i32(i32 %6831)
	%6833 = add i32 %6799, %6832
	%6834 = add i32 %6458, %6833
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %6829, label %6835, label %6842

6835:
	%6836 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%6837 = bitcast i8 addrspace(3)* %6836 to i32 addrspace(3)*
	%6838 = getelementptr i32, i32 addrspace(3)* %6837, i32 %6834
	store i32 %6817, i32 addrspace(3)* %6838
	%6839 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%6840 = bitcast i8 addrspace(3)* %6839 to i32 addrspace(3)*
	%6841 = getelementptr i32, i32 addrspace(3)* %6840, i32 %6834
	store i32 %6818, i32 addrspace(3)* %6841
	br label %6842

6842:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%6843 = call i32 @llvm.ctpop.i32(i32 %6830)
	%6844 = add i32 %6799, %6843
	%6845 = call i32 @llvm.ctpop.i32(i32 %6821)
	%6846 = add i32 %6800, %6845
	%6847 = add i32 %6798, 32
	br label %6797

6848:
	%6849 = phi i32 [ 0, %6460 ], [ %6879, %6873 ]
	%6850 = phi i32 [ 0, %6460 ], [ %6878, %6873 ]
	%6851 = icmp slt i32 %6849, %6461
	br i1 %6851, label %6852, label %6855

6852:
	%6853 = add i32 %6849, %3
	%6854 = icmp slt i32 %6853, %6461
	br i1 %6854, label %6856, label %6863

6855:
	br label %6880

6856:
	%6857 = mul i32 %504, 160
	%6858 = add i32 %6857, %6853
	%6859 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%6860 = bitcast i8 addrspace(3)* %6859 to i32 addrspace(3)*
	%6861 = getelementptr i32, i32 addrspace(3)* %6860, i32 %6858
	%6862 = load i32, i32 addrspace(3)* %6861
	br label %6863

6863:
	%6864 = phi i32 [ 0, %6852 ], [ %6862, %6856 ]
	br i1 %6854, label %6865, label %6873

6865:
	%6866 = add i32 0, %6853
	%6867 = icmp sgt i32 %6864, %531
	%6868 = select i1 %6867, i32 %6462, i32 0
	%6869 = add i32 %6866, %6868
	%6870 = add i32 %6466, %6869
	%6871 = sext i32 %6870 to i64
	%6872 = getelementptr i32, i32* %out, i64 %6871
	store i32 %6864, i32* %6872
	br label %6873

6873:
	%6874 = icmp slt i32 %6864, %528
	%6875 = and i1 %6854, %6874
	%6876 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6875)
	%6877 = call i32 @llvm.ctpop.i32(i32 %6876)
	%6878 = add i32 %6850, %6877
	%6879 = add i32 %6849, 32
	br label %6848

6880:
	%6881 = phi i32 [ %3, %6855 ], [ %6890, %6883 ]
	%6882 = icmp slt i32 %6881, %6462
	br i1 %6882, label %6883, label %6891

6883:
	%6884 = add i32 0, %6850
	%6885 = add i32 %6884, %6881
	%6886 = add i32 %528, %6881
	%6887 = add i32 %6466, %6885
	%6888 = sext i32 %6887 to i64
	%6889 = getelementptr i32, i32* %out, i64 %6888
	store i32 %6886, i32* %6889
	%6890 = add i32 %6881, 32
	br label %6880

6891:
	%6892 = icmp eq i32 %3, 0
	%6893 = icmp eq i32 0, 1
	%6894 = and i1 %6892, %6893
	br i1 %6894, label %6895, label %6899

6895:
	%6896 = add i32 %6466, 0
	%6897 = sext i32 %6896 to i64
	%6898 = getelementptr i32, i32* %out, i64 %6897
	store i32 0, i32* %6898
	br label %6899

6899:
	%6900 = add i32 %536, %6461
	%6901 = add i32 %6900, %3
	br label %6902

6902:
	%6903 = phi i32 [ %6901, %6899 ], [ %6909, %6905 ]
	%6904 = icmp slt i32 %6903, 8
	br i1 %6904, label %6905, label %6910

6905:
	%6906 = add i32 %6466, %6903
	%6907 = sext i32 %6906 to i64
	%6908 = getelementptr i32, i32* %out, i64 %6907
	store i32 -1, i32* %6908
	%6909 = add i32 %6903, 32
	br label %6902

6910:
	br label %6456
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
