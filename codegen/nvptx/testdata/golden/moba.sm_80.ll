; moba
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@moba_gate1_smem = internal addrspace(3) global [32832 x i8] undef, align 16
@moba_attn2_smem = internal addrspace(3) global [16384 x i8] undef, align 1024
@moba_attn2_rowcount_w = internal addrspace(3) global [256 x i32] undef, align 4
@moba_attn2_rowscan_s0 = internal addrspace(3) global [32 x i32] undef, align 4
@moba_attn2_rowscan_s1 = internal addrspace(3) global [32 x i32] undef, align 4
@moba_attn2_rowfill_w = internal addrspace(3) global [256 x i32] undef, align 4
@moba_attn2_rowfill_r = internal addrspace(3) global [257 x i32] undef, align 4

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
	%547 = phi i32 [ 0, %entry ], [ %5885, %5882 ]
	%548 = phi i32 [ 0, %entry ], [ %2136, %5882 ]
	%549 = phi i32 [ 0, %entry ], [ %2137, %5882 ]
	%550 = phi i32 [ 0, %entry ], [ %3385, %5882 ]
	%551 = phi i32 [ 0, %entry ], [ %3386, %5882 ]
	%552 = phi i32 [ 0, %entry ], [ %4634, %5882 ]
	%553 = phi i32 [ 0, %entry ], [ %4635, %5882 ]
	%554 = phi i32 [ 0, %entry ], [ %5883, %5882 ]
	%555 = phi i32 [ 0, %entry ], [ %5884, %5882 ]
	%556 = icmp slt i32 %547, %377
	br i1 %556, label %557, label %561

557:
	%558 = mul i32 %4, 32
	%559 = add i32 %547, %558
	%560 = icmp slt i32 %559, %377
	br i1 %560, label %562, label %1515

561:
	br i1 %12, label %7057, label %7059

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
	br i1 %419, label %2060, label %2135

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
	%2113 = icmp ugt i32 %2073, %549
	%2114 = and i1 %2068, %2113
	%2115 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2114)
	%2116 = call i32 @llvm.ctpop.i32(i32 %2115)
	%2117 = add i32 0, %2116
	%2118 = icmp ugt i32 %2086, %549
	%2119 = and i1 %2081, %2118
	%2120 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2119)
	%2121 = call i32 @llvm.ctpop.i32(i32 %2120)
	%2122 = add i32 %2117, %2121
	%2123 = icmp ugt i32 %2099, %549
	%2124 = and i1 %2094, %2123
	%2125 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2124)
	%2126 = call i32 @llvm.ctpop.i32(i32 %2125)
	%2127 = add i32 %2122, %2126
	%2128 = icmp ugt i32 %2112, %549
	%2129 = and i1 %2107, %2128
	%2130 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2129)
	%2131 = call i32 @llvm.ctpop.i32(i32 %2130)
	%2132 = add i32 %2127, %2131
	%2133 = add i32 %548, %2132
	%2134 = icmp sgt i32 %2133, 160
	br i1 %2134, label %2138, label %2189

2135:
	%2136 = phi i32 [ %548, %2059 ], [ %3308, %3305 ]
	%2137 = phi i32 [ %549, %2059 ], [ %2191, %3305 ]
	br i1 %461, label %3309, label %3384

2138:
	%2139 = mul i32 %378, 160
	%2140 = mul i32 %4, 256
	%2141 = mul i32 %3, 8
	%2142 = add i32 %2141, 0
	%2143 = add i32 %2140, %2142
	%2144 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2145 = bitcast i8 addrspace(3)* %2144 to i32 addrspace(3)*
	%2146 = getelementptr i32, i32 addrspace(3)* %2145, i32 %2143
	store i32 0, i32 addrspace(3)* %2146
	%2147 = mul i32 %3, 8
	%2148 = add i32 %2147, 1
	%2149 = add i32 %2140, %2148
	%2150 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2151 = bitcast i8 addrspace(3)* %2150 to i32 addrspace(3)*
	%2152 = getelementptr i32, i32 addrspace(3)* %2151, i32 %2149
	store i32 0, i32 addrspace(3)* %2152
	%2153 = mul i32 %3, 8
	%2154 = add i32 %2153, 2
	%2155 = add i32 %2140, %2154
	%2156 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2157 = bitcast i8 addrspace(3)* %2156 to i32 addrspace(3)*
	%2158 = getelementptr i32, i32 addrspace(3)* %2157, i32 %2155
	store i32 0, i32 addrspace(3)* %2158
	%2159 = mul i32 %3, 8
	%2160 = add i32 %2159, 3
	%2161 = add i32 %2140, %2160
	%2162 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2163 = bitcast i8 addrspace(3)* %2162 to i32 addrspace(3)*
	%2164 = getelementptr i32, i32 addrspace(3)* %2163, i32 %2161
	store i32 0, i32 addrspace(3)* %2164
	%2165 = mul i32 %3, 8
	%2166 = add i32 %2165, 4
	%2167 = add i32 %2140, %2166
	%2168 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2169 = bitcast i8 addrspace(3)* %2168 to i32 addrspace(3)*
	%2170 = getelementptr i32, i32 addrspace(3)* %2169, i32 %2167
	store i32 0, i32 addrspace(3)* %2170
	%2171 = mul i32 %3, 8
	%2172 = add i32 %2171, 5
	%2173 = add i32 %2140, %2172
	%2174 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2175 = bitcast i8 addrspace(3)* %2174 to i32 addrspace(3)*
	%2176 = getelementptr i32, i32 addrspace(3)* %2175, i32 %2173
	store i32 0, i32 addrspace(3)* %2176
	%2177 = mul i32 %3, 8
	%2178 = add i32 %2177, 6
	%2179 = add i32 %2140, %2178
	%2180 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2181 = bitcast i8 addrspace(3)* %2180 to i32 addrspace(3)*
	%2182 = getelementptr i32, i32 addrspace(3)* %2181, i32 %2179
	store i32 0, i32 addrspace(3)* %2182
	%2183 = mul i32 %3, 8
	%2184 = add i32 %2183, 7
	%2185 = add i32 %2140, %2184
	%2186 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2187 = bitcast i8 addrspace(3)* %2186 to i32 addrspace(3)*
	%2188 = getelementptr i32, i32 addrspace(3)* %2187, i32 %2185
	store i32 0, i32 addrspace(3)* %2188
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %2219

2189:
	%2190 = phi i32 [ %548, %2060 ], [ %415, %3205 ]
	%2191 = phi i32 [ %549, %2060 ], [ %3181, %3205 ]
	%2192 = icmp ugt i32 %2073, %2191
	%2193 = and i1 %2068, %2192
	%2194 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2193)
	%2195 = call i32 @llvm.ctpop.i32(i32 %2194)
	%2196 = add i32 0, %2195
	%2197 = icmp ugt i32 %2086, %2191
	%2198 = and i1 %2081, %2197
	%2199 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2198)
	%2200 = call i32 @llvm.ctpop.i32(i32 %2199)
	%2201 = add i32 %2196, %2200
	%2202 = icmp ugt i32 %2099, %2191
	%2203 = and i1 %2094, %2202
	%2204 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2203)
	%2205 = call i32 @llvm.ctpop.i32(i32 %2204)
	%2206 = add i32 %2201, %2205
	%2207 = icmp ugt i32 %2112, %2191
	%2208 = and i1 %2107, %2207
	%2209 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2208)
	%2210 = call i32 @llvm.ctpop.i32(i32 %2209)
	%2211 = add i32 %2206, %2210
	%2212 = shl i32 1, %3
	%2213 = sub i32 %2212, 1
	%2214 = mul i32 %378, 160
	%2215 = and i32 %2194, %2213
	%2216 = call i32 @llvm.ctpop.i32(i32 %2215)
	%2217 = add i32 %2190, %2216
	%2218 = add i32 %2214, %2217
	br i1 %2193, label %3248, label %3257

2219:
	%2220 = phi i32 [ %3, %2138 ], [ %2474, %2473 ]
	%2221 = icmp slt i32 %2220, %548
	br i1 %2221, label %2222, label %2231

2222:
	%2223 = add i32 %2139, %2220
	%2224 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%2225 = bitcast i8 addrspace(3)* %2224 to i32 addrspace(3)*
	%2226 = getelementptr i32, i32 addrspace(3)* %2225, i32 %2223
	%2227 = load i32, i32 addrspace(3)* %2226
	%2228 = and i32 %2227, 0
	%2229 = icmp eq i32 %2228, 0
	%2230 = and i1 true, %2229
	br i1 %2230, label %2465, label %2473

2231:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2232 = mul i32 %3, 8
	%2233 = add i32 %2232, 0
	%2234 = sub i32 255, %2233
	%2235 = add i32 %2140, %2234
	%2236 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2237 = bitcast i8 addrspace(3)* %2236 to i32 addrspace(3)*
	%2238 = getelementptr i32, i32 addrspace(3)* %2237, i32 %2235
	%2239 = load i32, i32 addrspace(3)* %2238
	%2240 = add i32 0, %2239
	%2241 = mul i32 %3, 8
	%2242 = add i32 %2241, 1
	%2243 = sub i32 255, %2242
	%2244 = add i32 %2140, %2243
	%2245 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2246 = bitcast i8 addrspace(3)* %2245 to i32 addrspace(3)*
	%2247 = getelementptr i32, i32 addrspace(3)* %2246, i32 %2244
	%2248 = load i32, i32 addrspace(3)* %2247
	%2249 = add i32 %2240, %2248
	%2250 = mul i32 %3, 8
	%2251 = add i32 %2250, 2
	%2252 = sub i32 255, %2251
	%2253 = add i32 %2140, %2252
	%2254 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2255 = bitcast i8 addrspace(3)* %2254 to i32 addrspace(3)*
	%2256 = getelementptr i32, i32 addrspace(3)* %2255, i32 %2253
	%2257 = load i32, i32 addrspace(3)* %2256
	%2258 = add i32 %2249, %2257
	%2259 = mul i32 %3, 8
	%2260 = add i32 %2259, 3
	%2261 = sub i32 255, %2260
	%2262 = add i32 %2140, %2261
	%2263 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2264 = bitcast i8 addrspace(3)* %2263 to i32 addrspace(3)*
	%2265 = getelementptr i32, i32 addrspace(3)* %2264, i32 %2262
	%2266 = load i32, i32 addrspace(3)* %2265
	%2267 = add i32 %2258, %2266
	%2268 = mul i32 %3, 8
	%2269 = add i32 %2268, 4
	%2270 = sub i32 255, %2269
	%2271 = add i32 %2140, %2270
	%2272 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2273 = bitcast i8 addrspace(3)* %2272 to i32 addrspace(3)*
	%2274 = getelementptr i32, i32 addrspace(3)* %2273, i32 %2271
	%2275 = load i32, i32 addrspace(3)* %2274
	%2276 = add i32 %2267, %2275
	%2277 = mul i32 %3, 8
	%2278 = add i32 %2277, 5
	%2279 = sub i32 255, %2278
	%2280 = add i32 %2140, %2279
	%2281 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2282 = bitcast i8 addrspace(3)* %2281 to i32 addrspace(3)*
	%2283 = getelementptr i32, i32 addrspace(3)* %2282, i32 %2280
	%2284 = load i32, i32 addrspace(3)* %2283
	%2285 = add i32 %2276, %2284
	%2286 = mul i32 %3, 8
	%2287 = add i32 %2286, 6
	%2288 = sub i32 255, %2287
	%2289 = add i32 %2140, %2288
	%2290 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2291 = bitcast i8 addrspace(3)* %2290 to i32 addrspace(3)*
	%2292 = getelementptr i32, i32 addrspace(3)* %2291, i32 %2289
	%2293 = load i32, i32 addrspace(3)* %2292
	%2294 = add i32 %2285, %2293
	%2295 = mul i32 %3, 8
	%2296 = add i32 %2295, 7
	%2297 = sub i32 255, %2296
	%2298 = add i32 %2140, %2297
	%2299 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2300 = bitcast i8 addrspace(3)* %2299 to i32 addrspace(3)*
	%2301 = getelementptr i32, i32 addrspace(3)* %2300, i32 %2298
	%2302 = load i32, i32 addrspace(3)* %2301
	%2303 = add i32 %2294, %2302
	%2304 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2303, i32 1, i32 0)
	%2305 = icmp uge i32 %3, 1
	%2306 = select i1 %2305, i32 %2304, i32 0
	%2307 = add i32 %2303, %2306
	%2308 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2307, i32 2, i32 0)
	%2309 = icmp uge i32 %3, 2
	%2310 = select i1 %2309, i32 %2308, i32 0
	%2311 = add i32 %2307, %2310
	%2312 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2311, i32 4, i32 0)
	%2313 = icmp uge i32 %3, 4
	%2314 = select i1 %2313, i32 %2312, i32 0
	%2315 = add i32 %2311, %2314
	%2316 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2315, i32 8, i32 0)
	%2317 = icmp uge i32 %3, 8
	%2318 = select i1 %2317, i32 %2316, i32 0
	%2319 = add i32 %2315, %2318
	%2320 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2319, i32 16, i32 0)
	%2321 = icmp uge i32 %3, 16
	%2322 = select i1 %2321, i32 %2320, i32 0
	%2323 = add i32 %2319, %2322
	%2324 = sub i32 %2323, %2303
	%2325 = icmp slt i32 %2324, %415
	%2326 = icmp sge i32 %2323, %415
	%2327 = and i1 %2325, %2326
	%2328 = add i32 %2324, %2239
	%2329 = xor i1 false, true
	%2330 = icmp sge i32 %2328, %415
	%2331 = and i1 %2329, %2330
	%2332 = mul i32 %3, 8
	%2333 = add i32 %2332, 0
	%2334 = sub i32 255, %2333
	%2335 = select i1 %2331, i32 %2334, i32 0
	%2336 = select i1 %2331, i32 %2324, i32 0
	%2337 = or i1 false, %2331
	%2338 = add i32 %2328, %2248
	%2339 = xor i1 %2337, true
	%2340 = icmp sge i32 %2338, %415
	%2341 = and i1 %2339, %2340
	%2342 = mul i32 %3, 8
	%2343 = add i32 %2342, 1
	%2344 = sub i32 255, %2343
	%2345 = select i1 %2341, i32 %2344, i32 %2335
	%2346 = select i1 %2341, i32 %2328, i32 %2336
	%2347 = or i1 %2337, %2341
	%2348 = add i32 %2338, %2257
	%2349 = xor i1 %2347, true
	%2350 = icmp sge i32 %2348, %415
	%2351 = and i1 %2349, %2350
	%2352 = mul i32 %3, 8
	%2353 = add i32 %2352, 2
	%2354 = sub i32 255, %2353
	%2355 = select i1 %2351, i32 %2354, i32 %2345
	%2356 = select i1 %2351, i32 %2338, i32 %2346
	%2357 = or i1 %2347, %2351
	%2358 = add i32 %2348, %2266
	%2359 = xor i1 %2357, true
	%2360 = icmp sge i32 %2358, %415
	%2361 = and i1 %2359, %2360
	%2362 = mul i32 %3, 8
	%2363 = add i32 %2362, 3
	%2364 = sub i32 255, %2363
	%2365 = select i1 %2361, i32 %2364, i32 %2355
	%2366 = select i1 %2361, i32 %2348, i32 %2356
	%2367 = or i1 %2357, %2361
	%2368 = add i32 %2358, %2275
	%2369 = xor i1 %2367, true
	%2370 = icmp sge i32 %2368, %415
	%2371 = and i1 %2369, %2370
	%2372 = mul i32 %3, 8
	%2373 = add i32 %2372, 4
	%2374 = sub i32 255, %2373
	%2375 = select i1 %2371, i32 %2374, i32 %2365
	%2376 = select i1 %2371, i32 %2358, i32 %2366
	%2377 = or i1 %2367, %2371
	%2378 = add i32 %2368, %2284
	%2379 = xor i1 %2377, true
	%2380 = icmp sge i32 %2378, %415
	%2381 = and i1 %2379, %2380
	%2382 = mul i32 %3, 8
	%2383 = add i32 %2382, 5
	%2384 = sub i32 255, %2383
	%2385 = select i1 %2381, i32 %2384, i32 %2375
	%2386 = select i1 %2381, i32 %2368, i32 %2376
	%2387 = or i1 %2377, %2381
	%2388 = add i32 %2378, %2293
	%2389 = xor i1 %2387, true
	%2390 = icmp sge i32 %2388, %415
	%2391 = and i1 %2389, %2390
	%2392 = mul i32 %3, 8
	%2393 = add i32 %2392, 6
	%2394 = sub i32 255, %2393
	%2395 = select i1 %2391, i32 %2394, i32 %2385
	%2396 = select i1 %2391, i32 %2378, i32 %2386
	%2397 = or i1 %2387, %2391
	%2398 = add i32 %2388, %2302
	%2399 = xor i1 %2397, true
	%2400 = icmp sge i32 %2398, %415
	%2401 = and i1 %2399, %2400
	%2402 = mul i32 %3, 8
	%2403 = add i32 %2402, 7
	%2404 = sub i32 255, %2403
	%2405 = select i1 %2401, i32 %2404, i32 %2395
	%2406 = select i1 %2401, i32 %2388, i32 %2396
	%2407 = or i1 %2397, %2401
	%2408 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2327)
	%2409 = call i32 @llvm.cttz.i32(i32 %2408, i1 false)
	%2410 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2405, i32 %2409, i32 31)
	%2411 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2406, i32 %2409, i32 31)
	%2412 = shl i32 %2410, 24
	%2413 = or i32 0, %2412
	%2414 = shl i32 255, 24
	%2415 = or i32 0, %2414
	%2416 = sub i32 %415, %2411
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2417 = mul i32 %3, 8
	%2418 = add i32 %2417, 0
	%2419 = add i32 %2140, %2418
	%2420 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2421 = bitcast i8 addrspace(3)* %2420 to i32 addrspace(3)*
	%2422 = getelementptr i32, i32 addrspace(3)* %2421, i32 %2419
	store i32 0, i32 addrspace(3)* %2422
	%2423 = mul i32 %3, 8
	%2424 = add i32 %2423, 1
	%2425 = add i32 %2140, %2424
	%2426 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2427 = bitcast i8 addrspace(3)* %2426 to i32 addrspace(3)*
	%2428 = getelementptr i32, i32 addrspace(3)* %2427, i32 %2425
	store i32 0, i32 addrspace(3)* %2428
	%2429 = mul i32 %3, 8
	%2430 = add i32 %2429, 2
	%2431 = add i32 %2140, %2430
	%2432 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2433 = bitcast i8 addrspace(3)* %2432 to i32 addrspace(3)*
	%2434 = getelementptr i32, i32 addrspace(3)* %2433, i32 %2431
	store i32 0, i32 addrspace(3)* %2434
	%2435 = mul i32 %3, 8
	%2436 = add i32 %2435, 3
	%2437 = add i32 %2140, %2436
	%2438 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2439 = bitcast i8 addrspace(3)* %2438 to i32 addrspace(3)*
	%2440 = getelementptr i32, i32 addrspace(3)* %2439, i32 %2437
	store i32 0, i32 addrspace(3)* %2440
	%2441 = mul i32 %3, 8
	%2442 = add i32 %2441, 4
	%2443 = add i32 %2140, %2442
	%2444 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2445 = bitcast i8 addrspace(3)* %2444 to i32 addrspace(3)*
	%2446 = getelementptr i32, i32 addrspace(3)* %2445, i32 %2443
	store i32 0, i32 addrspace(3)* %2446
	%2447 = mul i32 %3, 8
	%2448 = add i32 %2447, 5
	%2449 = add i32 %2140, %2448
	%2450 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2451 = bitcast i8 addrspace(3)* %2450 to i32 addrspace(3)*
	%2452 = getelementptr i32, i32 addrspace(3)* %2451, i32 %2449
	store i32 0, i32 addrspace(3)* %2452
	%2453 = mul i32 %3, 8
	%2454 = add i32 %2453, 6
	%2455 = add i32 %2140, %2454
	%2456 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2457 = bitcast i8 addrspace(3)* %2456 to i32 addrspace(3)*
	%2458 = getelementptr i32, i32 addrspace(3)* %2457, i32 %2455
	store i32 0, i32 addrspace(3)* %2458
	%2459 = mul i32 %3, 8
	%2460 = add i32 %2459, 7
	%2461 = add i32 %2140, %2460
	%2462 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2463 = bitcast i8 addrspace(3)* %2462 to i32 addrspace(3)*
	%2464 = getelementptr i32, i32 addrspace(3)* %2463, i32 %2461
	store i32 0, i32 addrspace(3)* %2464
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %2475

2465:
	%2466 = lshr i32 %2227, 24
	%2467 = and i32 %2466, 255
	%2468 = add i32 %2140, %2467
	%2469 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2470 = bitcast i8 addrspace(3)* %2469 to i32 addrspace(3)*
	%2471 = getelementptr i32, i32 addrspace(3)* %2470, i32 %2468
	%2472 = atomicrmw add i32 addrspace(3)* %2471, i32 1 monotonic
	br label %2473

2473:
	%2474 = add i32 %2220, 32
	br label %2219

2475:
	%2476 = phi i32 [ %3, %2231 ], [ %2730, %2729 ]
	%2477 = icmp slt i32 %2476, %548
	br i1 %2477, label %2478, label %2487

2478:
	%2479 = add i32 %2139, %2476
	%2480 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%2481 = bitcast i8 addrspace(3)* %2480 to i32 addrspace(3)*
	%2482 = getelementptr i32, i32 addrspace(3)* %2481, i32 %2479
	%2483 = load i32, i32 addrspace(3)* %2482
	%2484 = and i32 %2483, %2415
	%2485 = icmp eq i32 %2484, %2413
	%2486 = and i1 true, %2485
	br i1 %2486, label %2721, label %2729

2487:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2488 = mul i32 %3, 8
	%2489 = add i32 %2488, 0
	%2490 = sub i32 255, %2489
	%2491 = add i32 %2140, %2490
	%2492 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2493 = bitcast i8 addrspace(3)* %2492 to i32 addrspace(3)*
	%2494 = getelementptr i32, i32 addrspace(3)* %2493, i32 %2491
	%2495 = load i32, i32 addrspace(3)* %2494
	%2496 = add i32 0, %2495
	%2497 = mul i32 %3, 8
	%2498 = add i32 %2497, 1
	%2499 = sub i32 255, %2498
	%2500 = add i32 %2140, %2499
	%2501 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2502 = bitcast i8 addrspace(3)* %2501 to i32 addrspace(3)*
	%2503 = getelementptr i32, i32 addrspace(3)* %2502, i32 %2500
	%2504 = load i32, i32 addrspace(3)* %2503
	%2505 = add i32 %2496, %2504
	%2506 = mul i32 %3, 8
	%2507 = add i32 %2506, 2
	%2508 = sub i32 255, %2507
	%2509 = add i32 %2140, %2508
	%2510 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2511 = bitcast i8 addrspace(3)* %2510 to i32 addrspace(3)*
	%2512 = getelementptr i32, i32 addrspace(3)* %2511, i32 %2509
	%2513 = load i32, i32 addrspace(3)* %2512
	%2514 = add i32 %2505, %2513
	%2515 = mul i32 %3, 8
	%2516 = add i32 %2515, 3
	%2517 = sub i32 255, %2516
	%2518 = add i32 %2140, %2517
	%2519 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2520 = bitcast i8 addrspace(3)* %2519 to i32 addrspace(3)*
	%2521 = getelementptr i32, i32 addrspace(3)* %2520, i32 %2518
	%2522 = load i32, i32 addrspace(3)* %2521
	%2523 = add i32 %2514, %2522
	%2524 = mul i32 %3, 8
	%2525 = add i32 %2524, 4
	%2526 = sub i32 255, %2525
	%2527 = add i32 %2140, %2526
	%2528 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2529 = bitcast i8 addrspace(3)* %2528 to i32 addrspace(3)*
	%2530 = getelementptr i32, i32 addrspace(3)* %2529, i32 %2527
	%2531 = load i32, i32 addrspace(3)* %2530
	%2532 = add i32 %2523, %2531
	%2533 = mul i32 %3, 8
	%2534 = add i32 %2533, 5
	%2535 = sub i32 255, %2534
	%2536 = add i32 %2140, %2535
	%2537 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2538 = bitcast i8 addrspace(3)* %2537 to i32 addrspace(3)*
	%2539 = getelementptr i32, i32 addrspace(3)* %2538, i32 %2536
	%2540 = load i32, i32 addrspace(3)* %2539
	%2541 = add i32 %2532, %2540
	%2542 = mul i32 %3, 8
	%2543 = add i32 %2542, 6
	%2544 = sub i32 255, %2543
	%2545 = add i32 %2140, %2544
	%2546 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2547 = bitcast i8 addrspace(3)* %2546 to i32 addrspace(3)*
	%2548 = getelementptr i32, i32 addrspace(3)* %2547, i32 %2545
	%2549 = load i32, i32 addrspace(3)* %2548
	%2550 = add i32 %2541, %2549
	%2551 = mul i32 %3, 8
	%2552 = add i32 %2551, 7
	%2553 = sub i32 255, %2552
	%2554 = add i32 %2140, %2553
	%2555 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2556 = bitcast i8 addrspace(3)* %2555 to i32 addrspace(3)*
	%2557 = getelementptr i32, i32 addrspace(3)* %2556, i32 %2554
	%2558 = load i32, i32 addrspace(3)* %2557
	%2559 = add i32 %2550, %2558
	%2560 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2559, i32 1, i32 0)
	%2561 = icmp uge i32 %3, 1
	%2562 = select i1 %2561, i32 %2560, i32 0
	%2563 = add i32 %2559, %2562
	%2564 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2563, i32 2, i32 0)
	%2565 = icmp uge i32 %3, 2
	%2566 = select i1 %2565, i32 %2564, i32 0
	%2567 = add i32 %2563, %2566
	%2568 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2567, i32 4, i32 0)
	%2569 = icmp uge i32 %3, 4
	%2570 = select i1 %2569, i32 %2568, i32 0
	%2571 = add i32 %2567, %2570
	%2572 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2571, i32 8, i32 0)
	%2573 = icmp uge i32 %3, 8
	%2574 = select i1 %2573, i32 %2572, i32 0
	%2575 = add i32 %2571, %2574
	%2576 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2575, i32 16, i32 0)
	%2577 = icmp uge i32 %3, 16
	%2578 = select i1 %2577, i32 %2576, i32 0
	%2579 = add i32 %2575, %2578
	%2580 = sub i32 %2579, %2559
	%2581 = icmp slt i32 %2580, %2416
	%2582 = icmp sge i32 %2579, %2416
	%2583 = and i1 %2581, %2582
	%2584 = add i32 %2580, %2495
	%2585 = xor i1 false, true
	%2586 = icmp sge i32 %2584, %2416
	%2587 = and i1 %2585, %2586
	%2588 = mul i32 %3, 8
	%2589 = add i32 %2588, 0
	%2590 = sub i32 255, %2589
	%2591 = select i1 %2587, i32 %2590, i32 0
	%2592 = select i1 %2587, i32 %2580, i32 0
	%2593 = or i1 false, %2587
	%2594 = add i32 %2584, %2504
	%2595 = xor i1 %2593, true
	%2596 = icmp sge i32 %2594, %2416
	%2597 = and i1 %2595, %2596
	%2598 = mul i32 %3, 8
	%2599 = add i32 %2598, 1
	%2600 = sub i32 255, %2599
	%2601 = select i1 %2597, i32 %2600, i32 %2591
	%2602 = select i1 %2597, i32 %2584, i32 %2592
	%2603 = or i1 %2593, %2597
	%2604 = add i32 %2594, %2513
	%2605 = xor i1 %2603, true
	%2606 = icmp sge i32 %2604, %2416
	%2607 = and i1 %2605, %2606
	%2608 = mul i32 %3, 8
	%2609 = add i32 %2608, 2
	%2610 = sub i32 255, %2609
	%2611 = select i1 %2607, i32 %2610, i32 %2601
	%2612 = select i1 %2607, i32 %2594, i32 %2602
	%2613 = or i1 %2603, %2607
	%2614 = add i32 %2604, %2522
	%2615 = xor i1 %2613, true
	%2616 = icmp sge i32 %2614, %2416
	%2617 = and i1 %2615, %2616
	%2618 = mul i32 %3, 8
	%2619 = add i32 %2618, 3
	%2620 = sub i32 255, %2619
	%2621 = select i1 %2617, i32 %2620, i32 %2611
	%2622 = select i1 %2617, i32 %2604, i32 %2612
	%2623 = or i1 %2613, %2617
	%2624 = add i32 %2614, %2531
	%2625 = xor i1 %2623, true
	%2626 = icmp sge i32 %2624, %2416
	%2627 = and i1 %2625, %2626
	%2628 = mul i32 %3, 8
	%2629 = add i32 %2628, 4
	%2630 = sub i32 255, %2629
	%2631 = select i1 %2627, i32 %2630, i32 %2621
	%2632 = select i1 %2627, i32 %2614, i32 %2622
	%2633 = or i1 %2623, %2627
	%2634 = add i32 %2624, %2540
	%2635 = xor i1 %2633, true
	%2636 = icmp sge i32 %2634, %2416
	%2637 = and i1 %2635, %2636
	%2638 = mul i32 %3, 8
	%2639 = add i32 %2638, 5
	%2640 = sub i32 255, %2639
	%2641 = select i1 %2637, i32 %2640, i32 %2631
	%2642 = select i1 %2637, i32 %2624, i32 %2632
	%2643 = or i1 %2633, %2637
	%2644 = add i32 %2634, %2549
	%2645 = xor i1 %2643, true
	%2646 = icmp sge i32 %2644, %2416
	%2647 = and i1 %2645, %2646
	%2648 = mul i32 %3, 8
	%2649 = add i32 %2648, 6
	%2650 = sub i32 255, %2649
	%2651 = select i1 %2647, i32 %2650, i32 %2641
	%2652 = select i1 %2647, i32 %2634, i32 %2642
	%2653 = or i1 %2643, %2647
	%2654 = add i32 %2644, %2558
	%2655 = xor i1 %2653, true
	%2656 = icmp sge i32 %2654, %2416
	%2657 = and i1 %2655, %2656
	%2658 = mul i32 %3, 8
	%2659 = add i32 %2658, 7
	%2660 = sub i32 255, %2659
	%2661 = select i1 %2657, i32 %2660, i32 %2651
	%2662 = select i1 %2657, i32 %2644, i32 %2652
	%2663 = or i1 %2653, %2657
	%2664 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2583)
	%2665 = call i32 @llvm.cttz.i32(i32 %2664, i1 false)
	%2666 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2661, i32 %2665, i32 31)
	%2667 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2662, i32 %2665, i32 31)
	%2668 = shl i32 %2666, 16
	%2669 = or i32 %2413, %2668
	%2670 = shl i32 255, 16
	%2671 = or i32 %2415, %2670
	%2672 = sub i32 %2416, %2667
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2673 = mul i32 %3, 8
	%2674 = add i32 %2673, 0
	%2675 = add i32 %2140, %2674
	%2676 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2677 = bitcast i8 addrspace(3)* %2676 to i32 addrspace(3)*
	%2678 = getelementptr i32, i32 addrspace(3)* %2677, i32 %2675
	store i32 0, i32 addrspace(3)* %2678
	%2679 = mul i32 %3, 8
	%2680 = add i32 %2679, 1
	%2681 = add i32 %2140, %2680
	%2682 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2683 = bitcast i8 addrspace(3)* %2682 to i32 addrspace(3)*
	%2684 = getelementptr i32, i32 addrspace(3)* %2683, i32 %2681
	store i32 0, i32 addrspace(3)* %2684
	%2685 = mul i32 %3, 8
	%2686 = add i32 %2685, 2
	%2687 = add i32 %2140, %2686
	%2688 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2689 = bitcast i8 addrspace(3)* %2688 to i32 addrspace(3)*
	%2690 = getelementptr i32, i32 addrspace(3)* %2689, i32 %2687
	store i32 0, i32 addrspace(3)* %2690
	%2691 = mul i32 %3, 8
	%2692 = add i32 %2691, 3
	%2693 = add i32 %2140, %2692
	%2694 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2695 = bitcast i8 addrspace(3)* %2694 to i32 addrspace(3)*
	%2696 = getelementptr i32, i32 addrspace(3)* %2695, i32 %2693
	store i32 0, i32 addrspace(3)* %2696
	%2697 = mul i32 %3, 8
	%2698 = add i32 %2697, 4
	%2699 = add i32 %2140, %2698
	%2700 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2701 = bitcast i8 addrspace(3)* %2700 to i32 addrspace(3)*
	%2702 = getelementptr i32, i32 addrspace(3)* %2701, i32 %2699
	store i32 0, i32 addrspace(3)* %2702
	%2703 = mul i32 %3, 8
	%2704 = add i32 %2703, 5
	%2705 = add i32 %2140, %2704
	%2706 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2707 = bitcast i8 addrspace(3)* %2706 to i32 addrspace(3)*
	%2708 = getelementptr i32, i32 addrspace(3)* %2707, i32 %2705
	store i32 0, i32 addrspace(3)* %2708
	%2709 = mul i32 %3, 8
	%2710 = add i32 %2709, 6
	%2711 = add i32 %2140, %2710
	%2712 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2713 = bitcast i8 addrspace(3)* %2712 to i32 addrspace(3)*
	%2714 = getelementptr i32, i32 addrspace(3)* %2713, i32 %2711
	store i32 0, i32 addrspace(3)* %2714
	%2715 = mul i32 %3, 8
	%2716 = add i32 %2715, 7
	%2717 = add i32 %2140, %2716
	%2718 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2719 = bitcast i8 addrspace(3)* %2718 to i32 addrspace(3)*
	%2720 = getelementptr i32, i32 addrspace(3)* %2719, i32 %2717
	store i32 0, i32 addrspace(3)* %2720
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %2731

2721:
	%2722 = lshr i32 %2483, 16
	%2723 = and i32 %2722, 255
	%2724 = add i32 %2140, %2723
	%2725 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2726 = bitcast i8 addrspace(3)* %2725 to i32 addrspace(3)*
	%2727 = getelementptr i32, i32 addrspace(3)* %2726, i32 %2724
	%2728 = atomicrmw add i32 addrspace(3)* %2727, i32 1 monotonic
	br label %2729

2729:
	%2730 = add i32 %2476, 32
	br label %2475

2731:
	%2732 = phi i32 [ %3, %2487 ], [ %2986, %2985 ]
	%2733 = icmp slt i32 %2732, %548
	br i1 %2733, label %2734, label %2743

2734:
	%2735 = add i32 %2139, %2732
	%2736 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%2737 = bitcast i8 addrspace(3)* %2736 to i32 addrspace(3)*
	%2738 = getelementptr i32, i32 addrspace(3)* %2737, i32 %2735
	%2739 = load i32, i32 addrspace(3)* %2738
	%2740 = and i32 %2739, %2671
	%2741 = icmp eq i32 %2740, %2669
	%2742 = and i1 true, %2741
	br i1 %2742, label %2977, label %2985

2743:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2744 = mul i32 %3, 8
	%2745 = add i32 %2744, 0
	%2746 = sub i32 255, %2745
	%2747 = add i32 %2140, %2746
	%2748 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2749 = bitcast i8 addrspace(3)* %2748 to i32 addrspace(3)*
	%2750 = getelementptr i32, i32 addrspace(3)* %2749, i32 %2747
	%2751 = load i32, i32 addrspace(3)* %2750
	%2752 = add i32 0, %2751
	%2753 = mul i32 %3, 8
	%2754 = add i32 %2753, 1
	%2755 = sub i32 255, %2754
	%2756 = add i32 %2140, %2755
	%2757 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2758 = bitcast i8 addrspace(3)* %2757 to i32 addrspace(3)*
	%2759 = getelementptr i32, i32 addrspace(3)* %2758, i32 %2756
	%2760 = load i32, i32 addrspace(3)* %2759
	%2761 = add i32 %2752, %2760
	%2762 = mul i32 %3, 8
	%2763 = add i32 %2762, 2
	%2764 = sub i32 255, %2763
	%2765 = add i32 %2140, %2764
	%2766 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2767 = bitcast i8 addrspace(3)* %2766 to i32 addrspace(3)*
	%2768 = getelementptr i32, i32 addrspace(3)* %2767, i32 %2765
	%2769 = load i32, i32 addrspace(3)* %2768
	%2770 = add i32 %2761, %2769
	%2771 = mul i32 %3, 8
	%2772 = add i32 %2771, 3
	%2773 = sub i32 255, %2772
	%2774 = add i32 %2140, %2773
	%2775 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2776 = bitcast i8 addrspace(3)* %2775 to i32 addrspace(3)*
	%2777 = getelementptr i32, i32 addrspace(3)* %2776, i32 %2774
	%2778 = load i32, i32 addrspace(3)* %2777
	%2779 = add i32 %2770, %2778
	%2780 = mul i32 %3, 8
	%2781 = add i32 %2780, 4
	%2782 = sub i32 255, %2781
	%2783 = add i32 %2140, %2782
	%2784 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2785 = bitcast i8 addrspace(3)* %2784 to i32 addrspace(3)*
	%2786 = getelementptr i32, i32 addrspace(3)* %2785, i32 %2783
	%2787 = load i32, i32 addrspace(3)* %2786
	%2788 = add i32 %2779, %2787
	%2789 = mul i32 %3, 8
	%2790 = add i32 %2789, 5
	%2791 = sub i32 255, %2790
	%2792 = add i32 %2140, %2791
	%2793 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2794 = bitcast i8 addrspace(3)* %2793 to i32 addrspace(3)*
	%2795 = getelementptr i32, i32 addrspace(3)* %2794, i32 %2792
	%2796 = load i32, i32 addrspace(3)* %2795
	%2797 = add i32 %2788, %2796
	%2798 = mul i32 %3, 8
	%2799 = add i32 %2798, 6
	%2800 = sub i32 255, %2799
	%2801 = add i32 %2140, %2800
	%2802 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2803 = bitcast i8 addrspace(3)* %2802 to i32 addrspace(3)*
	%2804 = getelementptr i32, i32 addrspace(3)* %2803, i32 %2801
	%2805 = load i32, i32 addrspace(3)* %2804
	%2806 = add i32 %2797, %2805
	%2807 = mul i32 %3, 8
	%2808 = add i32 %2807, 7
	%2809 = sub i32 255, %2808
	%2810 = add i32 %2140, %2809
	%2811 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2812 = bitcast i8 addrspace(3)* %2811 to i32 addrspace(3)*
	%2813 = getelementptr i32, i32 addrspace(3)* %2812, i32 %2810
	%2814 = load i32, i32 addrspace(3)* %2813
	%2815 = add i32 %2806, %2814
	%2816 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2815, i32 1, i32 0)
	%2817 = icmp uge i32 %3, 1
	%2818 = select i1 %2817, i32 %2816, i32 0
	%2819 = add i32 %2815, %2818
	%2820 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2819, i32 2, i32 0)
	%2821 = icmp uge i32 %3, 2
	%2822 = select i1 %2821, i32 %2820, i32 0
	%2823 = add i32 %2819, %2822
	%2824 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2823, i32 4, i32 0)
	%2825 = icmp uge i32 %3, 4
	%2826 = select i1 %2825, i32 %2824, i32 0
	%2827 = add i32 %2823, %2826
	%2828 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2827, i32 8, i32 0)
	%2829 = icmp uge i32 %3, 8
	%2830 = select i1 %2829, i32 %2828, i32 0
	%2831 = add i32 %2827, %2830
	%2832 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2831, i32 16, i32 0)
	%2833 = icmp uge i32 %3, 16
	%2834 = select i1 %2833, i32 %2832, i32 0
	%2835 = add i32 %2831, %2834
	%2836 = sub i32 %2835, %2815
	%2837 = icmp slt i32 %2836, %2672
	%2838 = icmp sge i32 %2835, %2672
	%2839 = and i1 %2837, %2838
	%2840 = add i32 %2836, %2751
	%2841 = xor i1 false, true
	%2842 = icmp sge i32 %2840, %2672
	%2843 = and i1 %2841, %2842
	%2844 = mul i32 %3, 8
	%2845 = add i32 %2844, 0
	%2846 = sub i32 255, %2845
	%2847 = select i1 %2843, i32 %2846, i32 0
	%2848 = select i1 %2843, i32 %2836, i32 0
	%2849 = or i1 false, %2843
	%2850 = add i32 %2840, %2760
	%2851 = xor i1 %2849, true
	%2852 = icmp sge i32 %2850, %2672
	%2853 = and i1 %2851, %2852
	%2854 = mul i32 %3, 8
	%2855 = add i32 %2854, 1
	%2856 = sub i32 255, %2855
	%2857 = select i1 %2853, i32 %2856, i32 %2847
	%2858 = select i1 %2853, i32 %2840, i32 %2848
	%2859 = or i1 %2849, %2853
	%2860 = add i32 %2850, %2769
	%2861 = xor i1 %2859, true
	%2862 = icmp sge i32 %2860, %2672
	%2863 = and i1 %2861, %2862
	%2864 = mul i32 %3, 8
	%2865 = add i32 %2864, 2
	%2866 = sub i32 255, %2865
	%2867 = select i1 %2863, i32 %2866, i32 %2857
	%2868 = select i1 %2863, i32 %2850, i32 %2858
	%2869 = or i1 %2859, %2863
	%2870 = add i32 %2860, %2778
	%2871 = xor i1 %2869, true
	%2872 = icmp sge i32 %2870, %2672
	%2873 = and i1 %2871, %2872
	%2874 = mul i32 %3, 8
	%2875 = add i32 %2874, 3
	%2876 = sub i32 255, %2875
	%2877 = select i1 %2873, i32 %2876, i32 %2867
	%2878 = select i1 %2873, i32 %2860, i32 %2868
	%2879 = or i1 %2869, %2873
	%2880 = add i32 %2870, %2787
	%2881 = xor i1 %2879, true
	%2882 = icmp sge i32 %2880, %2672
	%2883 = and i1 %2881, %2882
	%2884 = mul i32 %3, 8
	%2885 = add i32 %2884, 4
	%2886 = sub i32 255, %2885
	%2887 = select i1 %2883, i32 %2886, i32 %2877
	%2888 = select i1 %2883, i32 %2870, i32 %2878
	%2889 = or i1 %2879, %2883
	%2890 = add i32 %2880, %2796
	%2891 = xor i1 %2889, true
	%2892 = icmp sge i32 %2890, %2672
	%2893 = and i1 %2891, %2892
	%2894 = mul i32 %3, 8
	%2895 = add i32 %2894, 5
	%2896 = sub i32 255, %2895
	%2897 = select i1 %2893, i32 %2896, i32 %2887
	%2898 = select i1 %2893, i32 %2880, i32 %2888
	%2899 = or i1 %2889, %2893
	%2900 = add i32 %2890, %2805
	%2901 = xor i1 %2899, true
	%2902 = icmp sge i32 %2900, %2672
	%2903 = and i1 %2901, %2902
	%2904 = mul i32 %3, 8
	%2905 = add i32 %2904, 6
	%2906 = sub i32 255, %2905
	%2907 = select i1 %2903, i32 %2906, i32 %2897
	%2908 = select i1 %2903, i32 %2890, i32 %2898
	%2909 = or i1 %2899, %2903
	%2910 = add i32 %2900, %2814
	%2911 = xor i1 %2909, true
	%2912 = icmp sge i32 %2910, %2672
	%2913 = and i1 %2911, %2912
	%2914 = mul i32 %3, 8
	%2915 = add i32 %2914, 7
	%2916 = sub i32 255, %2915
	%2917 = select i1 %2913, i32 %2916, i32 %2907
	%2918 = select i1 %2913, i32 %2900, i32 %2908
	%2919 = or i1 %2909, %2913
	%2920 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2839)
	%2921 = call i32 @llvm.cttz.i32(i32 %2920, i1 false)
	%2922 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2917, i32 %2921, i32 31)
	%2923 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2918, i32 %2921, i32 31)
	%2924 = shl i32 %2922, 8
	%2925 = or i32 %2669, %2924
	%2926 = shl i32 255, 8
	%2927 = or i32 %2671, %2926
	%2928 = sub i32 %2672, %2923
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2929 = mul i32 %3, 8
	%2930 = add i32 %2929, 0
	%2931 = add i32 %2140, %2930
	%2932 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2933 = bitcast i8 addrspace(3)* %2932 to i32 addrspace(3)*
	%2934 = getelementptr i32, i32 addrspace(3)* %2933, i32 %2931
	store i32 0, i32 addrspace(3)* %2934
	%2935 = mul i32 %3, 8
	%2936 = add i32 %2935, 1
	%2937 = add i32 %2140, %2936
	%2938 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2939 = bitcast i8 addrspace(3)* %2938 to i32 addrspace(3)*
	%2940 = getelementptr i32, i32 addrspace(3)* %2939, i32 %2937
	store i32 0, i32 addrspace(3)* %2940
	%2941 = mul i32 %3, 8
	%2942 = add i32 %2941, 2
	%2943 = add i32 %2140, %2942
	%2944 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2945 = bitcast i8 addrspace(3)* %2944 to i32 addrspace(3)*
	%2946 = getelementptr i32, i32 addrspace(3)* %2945, i32 %2943
	store i32 0, i32 addrspace(3)* %2946
	%2947 = mul i32 %3, 8
	%2948 = add i32 %2947, 3
	%2949 = add i32 %2140, %2948
	%2950 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2951 = bitcast i8 addrspace(3)* %2950 to i32 addrspace(3)*
	%2952 = getelementptr i32, i32 addrspace(3)* %2951, i32 %2949
	store i32 0, i32 addrspace(3)* %2952
	%2953 = mul i32 %3, 8
	%2954 = add i32 %2953, 4
	%2955 = add i32 %2140, %2954
	%2956 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2957 = bitcast i8 addrspace(3)* %2956 to i32 addrspace(3)*
	%2958 = getelementptr i32, i32 addrspace(3)* %2957, i32 %2955
	store i32 0, i32 addrspace(3)* %2958
	%2959 = mul i32 %3, 8
	%2960 = add i32 %2959, 5
	%2961 = add i32 %2140, %2960
	%2962 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2963 = bitcast i8 addrspace(3)* %2962 to i32 addrspace(3)*
	%2964 = getelementptr i32, i32 addrspace(3)* %2963, i32 %2961
	store i32 0, i32 addrspace(3)* %2964
	%2965 = mul i32 %3, 8
	%2966 = add i32 %2965, 6
	%2967 = add i32 %2140, %2966
	%2968 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2969 = bitcast i8 addrspace(3)* %2968 to i32 addrspace(3)*
	%2970 = getelementptr i32, i32 addrspace(3)* %2969, i32 %2967
	store i32 0, i32 addrspace(3)* %2970
	%2971 = mul i32 %3, 8
	%2972 = add i32 %2971, 7
	%2973 = add i32 %2140, %2972
	%2974 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2975 = bitcast i8 addrspace(3)* %2974 to i32 addrspace(3)*
	%2976 = getelementptr i32, i32 addrspace(3)* %2975, i32 %2973
	store i32 0, i32 addrspace(3)* %2976
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %2987

2977:
	%2978 = lshr i32 %2739, 8
	%2979 = and i32 %2978, 255
	%2980 = add i32 %2140, %2979
	%2981 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2982 = bitcast i8 addrspace(3)* %2981 to i32 addrspace(3)*
	%2983 = getelementptr i32, i32 addrspace(3)* %2982, i32 %2980
	%2984 = atomicrmw add i32 addrspace(3)* %2983, i32 1 monotonic
	br label %2985

2985:
	%2986 = add i32 %2732, 32
	br label %2731

2987:
	%2988 = phi i32 [ %3, %2743 ], [ %3196, %3195 ]
	%2989 = icmp slt i32 %2988, %548
	br i1 %2989, label %2990, label %2999

2990:
	%2991 = add i32 %2139, %2988
	%2992 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%2993 = bitcast i8 addrspace(3)* %2992 to i32 addrspace(3)*
	%2994 = getelementptr i32, i32 addrspace(3)* %2993, i32 %2991
	%2995 = load i32, i32 addrspace(3)* %2994
	%2996 = and i32 %2995, %2927
	%2997 = icmp eq i32 %2996, %2925
	%2998 = and i1 true, %2997
	br i1 %2998, label %3187, label %3195

2999:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3000 = mul i32 %3, 8
	%3001 = add i32 %3000, 0
	%3002 = sub i32 255, %3001
	%3003 = add i32 %2140, %3002
	%3004 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3005 = bitcast i8 addrspace(3)* %3004 to i32 addrspace(3)*
	%3006 = getelementptr i32, i32 addrspace(3)* %3005, i32 %3003
	%3007 = load i32, i32 addrspace(3)* %3006
	%3008 = add i32 0, %3007
	%3009 = mul i32 %3, 8
	%3010 = add i32 %3009, 1
	%3011 = sub i32 255, %3010
	%3012 = add i32 %2140, %3011
	%3013 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3014 = bitcast i8 addrspace(3)* %3013 to i32 addrspace(3)*
	%3015 = getelementptr i32, i32 addrspace(3)* %3014, i32 %3012
	%3016 = load i32, i32 addrspace(3)* %3015
	%3017 = add i32 %3008, %3016
	%3018 = mul i32 %3, 8
	%3019 = add i32 %3018, 2
	%3020 = sub i32 255, %3019
	%3021 = add i32 %2140, %3020
	%3022 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3023 = bitcast i8 addrspace(3)* %3022 to i32 addrspace(3)*
	%3024 = getelementptr i32, i32 addrspace(3)* %3023, i32 %3021
	%3025 = load i32, i32 addrspace(3)* %3024
	%3026 = add i32 %3017, %3025
	%3027 = mul i32 %3, 8
	%3028 = add i32 %3027, 3
	%3029 = sub i32 255, %3028
	%3030 = add i32 %2140, %3029
	%3031 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3032 = bitcast i8 addrspace(3)* %3031 to i32 addrspace(3)*
	%3033 = getelementptr i32, i32 addrspace(3)* %3032, i32 %3030
	%3034 = load i32, i32 addrspace(3)* %3033
	%3035 = add i32 %3026, %3034
	%3036 = mul i32 %3, 8
	%3037 = add i32 %3036, 4
	%3038 = sub i32 255, %3037
	%3039 = add i32 %2140, %3038
	%3040 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3041 = bitcast i8 addrspace(3)* %3040 to i32 addrspace(3)*
	%3042 = getelementptr i32, i32 addrspace(3)* %3041, i32 %3039
	%3043 = load i32, i32 addrspace(3)* %3042
	%3044 = add i32 %3035, %3043
	%3045 = mul i32 %3, 8
	%3046 = add i32 %3045, 5
	%3047 = sub i32 255, %3046
	%3048 = add i32 %2140, %3047
	%3049 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3050 = bitcast i8 addrspace(3)* %3049 to i32 addrspace(3)*
	%3051 = getelementptr i32, i32 addrspace(3)* %3050, i32 %3048
	%3052 = load i32, i32 addrspace(3)* %3051
	%3053 = add i32 %3044, %3052
	%3054 = mul i32 %3, 8
	%3055 = add i32 %3054, 6
	%3056 = sub i32 255, %3055
	%3057 = add i32 %2140, %3056
	%3058 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3059 = bitcast i8 addrspace(3)* %3058 to i32 addrspace(3)*
	%3060 = getelementptr i32, i32 addrspace(3)* %3059, i32 %3057
	%3061 = load i32, i32 addrspace(3)* %3060
	%3062 = add i32 %3053, %3061
	%3063 = mul i32 %3, 8
	%3064 = add i32 %3063, 7
	%3065 = sub i32 255, %3064
	%3066 = add i32 %2140, %3065
	%3067 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3068 = bitcast i8 addrspace(3)* %3067 to i32 addrspace(3)*
	%3069 = getelementptr i32, i32 addrspace(3)* %3068, i32 %3066
	%3070 = load i32, i32 addrspace(3)* %3069
	%3071 = add i32 %3062, %3070
	%3072 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3071, i32 1, i32 0)
	%3073 = icmp uge i32 %3, 1
	%3074 = select i1 %3073, i32 %3072, i32 0
	%3075 = add i32 %3071, %3074
	%3076 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3075, i32 2, i32 0)
	%3077 = icmp uge i32 %3, 2
	%3078 = select i1 %3077, i32 %3076, i32 0
	%3079 = add i32 %3075, %3078
	%3080 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3079, i32 4, i32 0)
	%3081 = icmp uge i32 %3, 4
	%3082 = select i1 %3081, i32 %3080, i32 0
	%3083 = add i32 %3079, %3082
	%3084 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3083, i32 8, i32 0)
	%3085 = icmp uge i32 %3, 8
	%3086 = select i1 %3085, i32 %3084, i32 0
	%3087 = add i32 %3083, %3086
	%3088 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3087, i32 16, i32 0)
	%3089 = icmp uge i32 %3, 16
	%3090 = select i1 %3089, i32 %3088, i32 0
	%3091 = add i32 %3087, %3090
	%3092 = sub i32 %3091, %3071
	%3093 = icmp slt i32 %3092, %2928
	%3094 = icmp sge i32 %3091, %2928
	%3095 = and i1 %3093, %3094
	%3096 = add i32 %3092, %3007
	%3097 = xor i1 false, true
	%3098 = icmp sge i32 %3096, %2928
	%3099 = and i1 %3097, %3098
	%3100 = mul i32 %3, 8
	%3101 = add i32 %3100, 0
	%3102 = sub i32 255, %3101
	%3103 = select i1 %3099, i32 %3102, i32 0
	%3104 = select i1 %3099, i32 %3092, i32 0
	%3105 = or i1 false, %3099
	%3106 = add i32 %3096, %3016
	%3107 = xor i1 %3105, true
	%3108 = icmp sge i32 %3106, %2928
	%3109 = and i1 %3107, %3108
	%3110 = mul i32 %3, 8
	%3111 = add i32 %3110, 1
	%3112 = sub i32 255, %3111
	%3113 = select i1 %3109, i32 %3112, i32 %3103
	%3114 = select i1 %3109, i32 %3096, i32 %3104
	%3115 = or i1 %3105, %3109
	%3116 = add i32 %3106, %3025
	%3117 = xor i1 %3115, true
	%3118 = icmp sge i32 %3116, %2928
	%3119 = and i1 %3117, %3118
	%3120 = mul i32 %3, 8
	%3121 = add i32 %3120, 2
	%3122 = sub i32 255, %3121
	%3123 = select i1 %3119, i32 %3122, i32 %3113
	%3124 = select i1 %3119, i32 %3106, i32 %3114
	%3125 = or i1 %3115, %3119
	%3126 = add i32 %3116, %3034
	%3127 = xor i1 %3125, true
	%3128 = icmp sge i32 %3126, %2928
	%3129 = and i1 %3127, %3128
	%3130 = mul i32 %3, 8
	%3131 = add i32 %3130, 3
	%3132 = sub i32 255, %3131
	%3133 = select i1 %3129, i32 %3132, i32 %3123
	%3134 = select i1 %3129, i32 %3116, i32 %3124
	%3135 = or i1 %3125, %3129
	%3136 = add i32 %3126, %3043
	%3137 = xor i1 %3135, true
	%3138 = icmp sge i32 %3136, %2928
	%3139 = and i1 %3137, %3138
	%3140 = mul i32 %3, 8
	%3141 = add i32 %3140, 4
	%3142 = sub i32 255, %3141
	%3143 = select i1 %3139, i32 %3142, i32 %3133
	%3144 = select i1 %3139, i32 %3126, i32 %3134
	%3145 = or i1 %3135, %3139
	%3146 = add i32 %3136, %3052
	%3147 = xor i1 %3145, true
	%3148 = icmp sge i32 %3146, %2928
	%3149 = and i1 %3147, %3148
	%3150 = mul i32 %3, 8
	%3151 = add i32 %3150, 5
	%3152 = sub i32 255, %3151
	%3153 = select i1 %3149, i32 %3152, i32 %3143
	%3154 = select i1 %3149, i32 %3136, i32 %3144
	%3155 = or i1 %3145, %3149
	%3156 = add i32 %3146, %3061
	%3157 = xor i1 %3155, true
	%3158 = icmp sge i32 %3156, %2928
	%3159 = and i1 %3157, %3158
	%3160 = mul i32 %3, 8
	%3161 = add i32 %3160, 6
	%3162 = sub i32 255, %3161
	%3163 = select i1 %3159, i32 %3162, i32 %3153
	%3164 = select i1 %3159, i32 %3146, i32 %3154
	%3165 = or i1 %3155, %3159
	%3166 = add i32 %3156, %3070
	%3167 = xor i1 %3165, true
	%3168 = icmp sge i32 %3166, %2928
	%3169 = and i1 %3167, %3168
	%3170 = mul i32 %3, 8
	%3171 = add i32 %3170, 7
	%3172 = sub i32 255, %3171
	%3173 = select i1 %3169, i32 %3172, i32 %3163
	%3174 = select i1 %3169, i32 %3156, i32 %3164
	%3175 = or i1 %3165, %3169
	%3176 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3095)
	%3177 = call i32 @llvm.cttz.i32(i32 %3176, i1 false)
	%3178 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %3173, i32 %3177, i32 31)
	%3179 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %3174, i32 %3177, i32 31)
	%3180 = shl i32 %3178, 0
	%3181 = or i32 %2925, %3180
	%3182 = shl i32 255, 0
	%3183 = or i32 %2927, %3182
	%3184 = sub i32 %2928, %3179
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3185 = shl i32 1, %3
	%3186 = sub i32 %3185, 1
	br label %3197

3187:
	%3188 = lshr i32 %2995, 0
	%3189 = and i32 %3188, 255
	%3190 = add i32 %2140, %3189
	%3191 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3192 = bitcast i8 addrspace(3)* %3191 to i32 addrspace(3)*
	%3193 = getelementptr i32, i32 addrspace(3)* %3192, i32 %3190
	%3194 = atomicrmw add i32 addrspace(3)* %3193, i32 1 monotonic
	br label %3195

3195:
	%3196 = add i32 %2988, 32
	br label %2987

3197:
	%3198 = phi i32 [ 0, %2999 ], [ %3247, %3242 ]
	%3199 = phi i32 [ 0, %2999 ], [ %3244, %3242 ]
	%3200 = phi i32 [ 0, %2999 ], [ %3246, %3242 ]
	%3201 = icmp slt i32 %3198, %548
	br i1 %3201, label %3202, label %3205

3202:
	%3203 = add i32 %3198, %3
	%3204 = icmp slt i32 %3203, %548
	br i1 %3204, label %3206, label %3216

3205:
	br label %2189

3206:
	%3207 = add i32 %2139, %3203
	%3208 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%3209 = bitcast i8 addrspace(3)* %3208 to i32 addrspace(3)*
	%3210 = getelementptr i32, i32 addrspace(3)* %3209, i32 %3207
	%3211 = load i32, i32 addrspace(3)* %3210
	%3212 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%3213 = bitcast i8 addrspace(3)* %3212 to i32 addrspace(3)*
	%3214 = getelementptr i32, i32 addrspace(3)* %3213, i32 %3207
	%3215 = load i32, i32 addrspace(3)* %3214
	br label %3216

3216:
	%3217 = phi i32 [ 0, %3202 ], [ %3211, %3206 ]
	%3218 = phi i32 [ 0, %3202 ], [ %3215, %3206 ]
	%3219 = icmp eq i32 %3217, %3181
	%3220 = and i1 %3204, %3219
	%3221 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3220)
	%3222 = and i32 %3221, %3186
	%3223 = call i32 @llvm.ctpop.i32(i32 %3222)
	%3224 = add i32 %3200, %3223
	%3225 = icmp ugt i32 %3217, %3181
	%3226 = icmp slt i32 %3224, %3184
	%3227 = and i1 %3220, %3226
	%3228 = or i1 %3225, %3227
	%3229 = and i1 %3204, %3228
	%3230 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3229)
	%3231 = and i32 %3230, %3186
	%3232 = call i32 @llvm.ctpop.i32(i32 %3231)
	%3233 = add i32 %3199, %3232
	%3234 = add i32 %2139, %3233
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %3229, label %3235, label %3242

3235:
	%3236 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%3237 = bitcast i8 addrspace(3)* %3236 to i32 addrspace(3)*
	%3238 = getelementptr i32, i32 addrspace(3)* %3237, i32 %3234
	store i32 %3217, i32 addrspace(3)* %3238
	%3239 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%3240 = bitcast i8 addrspace(3)* %3239 to i32 addrspace(3)*
	%3241 = getelementptr i32, i32 addrspace(3)* %3240, i32 %3234
	store i32 %3218, i32 addrspace(3)* %3241
	br label %3242

3242:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3243 = call i32 @llvm.ctpop.i32(i32 %3230)
	%3244 = add i32 %3199, %3243
	%3245 = call i32 @llvm.ctpop.i32(i32 %3221)
	%3246 = add i32 %3200, %3245
	%3247 = add i32 %3198, 32
	br label %3197

3248:
	%3249 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%3250 = bitcast i8 addrspace(3)* %3249 to i32 addrspace(3)*
	%3251 = getelementptr i32, i32 addrspace(3)* %3250, i32 %2218
	store i32 %2073, i32 addrspace(3)* %3251
	%3252 = add i32 0, %3
	%3253 = add i32 %547, %3252
	%3254 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%3255 = bitcast i8 addrspace(3)* %3254 to i32 addrspace(3)*
	%3256 = getelementptr i32, i32 addrspace(3)* %3255, i32 %2218
	store i32 %3253, i32 addrspace(3)* %3256
	br label %3257

3257:
	%3258 = call i32 @llvm.ctpop.i32(i32 %2194)
	%3259 = add i32 %2190, %3258
	%3260 = and i32 %2199, %2213
	%3261 = call i32 @llvm.ctpop.i32(i32 %3260)
	%3262 = add i32 %3259, %3261
	%3263 = add i32 %2214, %3262
	br i1 %2198, label %3264, label %3273

3264:
	%3265 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%3266 = bitcast i8 addrspace(3)* %3265 to i32 addrspace(3)*
	%3267 = getelementptr i32, i32 addrspace(3)* %3266, i32 %3263
	store i32 %2086, i32 addrspace(3)* %3267
	%3268 = add i32 32, %3
	%3269 = add i32 %547, %3268
	%3270 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%3271 = bitcast i8 addrspace(3)* %3270 to i32 addrspace(3)*
	%3272 = getelementptr i32, i32 addrspace(3)* %3271, i32 %3263
	store i32 %3269, i32 addrspace(3)* %3272
	br label %3273

3273:
	%3274 = call i32 @llvm.ctpop.i32(i32 %2199)
	%3275 = add i32 %3259, %3274
	%3276 = and i32 %2204, %2213
	%3277 = call i32 @llvm.ctpop.i32(i32 %3276)
	%3278 = add i32 %3275, %3277
	%3279 = add i32 %2214, %3278
	br i1 %2203, label %3280, label %3289

3280:
	%3281 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%3282 = bitcast i8 addrspace(3)* %3281 to i32 addrspace(3)*
	%3283 = getelementptr i32, i32 addrspace(3)* %3282, i32 %3279
	store i32 %2099, i32 addrspace(3)* %3283
	%3284 = add i32 64, %3
	%3285 = add i32 %547, %3284
	%3286 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%3287 = bitcast i8 addrspace(3)* %3286 to i32 addrspace(3)*
	%3288 = getelementptr i32, i32 addrspace(3)* %3287, i32 %3279
	store i32 %3285, i32 addrspace(3)* %3288
	br label %3289

3289:
	%3290 = call i32 @llvm.ctpop.i32(i32 %2204)
	%3291 = add i32 %3275, %3290
	%3292 = and i32 %2209, %2213
	%3293 = call i32 @llvm.ctpop.i32(i32 %3292)
	%3294 = add i32 %3291, %3293
	%3295 = add i32 %2214, %3294
	br i1 %2208, label %3296, label %3305

3296:
	%3297 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%3298 = bitcast i8 addrspace(3)* %3297 to i32 addrspace(3)*
	%3299 = getelementptr i32, i32 addrspace(3)* %3298, i32 %3295
	store i32 %2112, i32 addrspace(3)* %3299
	%3300 = add i32 96, %3
	%3301 = add i32 %547, %3300
	%3302 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%3303 = bitcast i8 addrspace(3)* %3302 to i32 addrspace(3)*
	%3304 = getelementptr i32, i32 addrspace(3)* %3303, i32 %3295
	store i32 %3301, i32 addrspace(3)* %3304
	br label %3305

3305:
	%3306 = call i32 @llvm.ctpop.i32(i32 %2209)
	%3307 = add i32 %3291, %3306
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3308 = add i32 %2190, %2211
	br label %2135

3309:
	%3310 = mul i32 %420, 129
	%3311 = add i32 0, %3
	%3312 = add i32 %3310, %3311
	%3313 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%3314 = bitcast i8 addrspace(3)* %3313 to float addrspace(3)*
	%3315 = getelementptr float, float addrspace(3)* %3314, i32 %3312
	%3316 = load float, float addrspace(3)* %3315
	%3317 = fcmp ogt float %3316, 0xFFF0000000000000
	%3318 = fadd float %3316, 0.0
	%3319 = bitcast float %3318 to i32
	%3320 = ashr i32 %3319, 31
	%3321 = or i32 %3320, -2147483648
	%3322 = xor i32 %3319, %3321
	%3323 = mul i32 %420, 129
	%3324 = add i32 32, %3
	%3325 = add i32 %3323, %3324
	%3326 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%3327 = bitcast i8 addrspace(3)* %3326 to float addrspace(3)*
	%3328 = getelementptr float, float addrspace(3)* %3327, i32 %3325
	%3329 = load float, float addrspace(3)* %3328
	%3330 = fcmp ogt float %3329, 0xFFF0000000000000
	%3331 = fadd float %3329, 0.0
	%3332 = bitcast float %3331 to i32
	%3333 = ashr i32 %3332, 31
	%3334 = or i32 %3333, -2147483648
	%3335 = xor i32 %3332, %3334
	%3336 = mul i32 %420, 129
	%3337 = add i32 64, %3
	%3338 = add i32 %3336, %3337
	%3339 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%3340 = bitcast i8 addrspace(3)* %3339 to float addrspace(3)*
	%3341 = getelementptr float, float addrspace(3)* %3340, i32 %3338
	%3342 = load float, float addrspace(3)* %3341
	%3343 = fcmp ogt float %3342, 0xFFF0000000000000
	%3344 = fadd float %3342, 0.0
	%3345 = bitcast float %3344 to i32
	%3346 = ashr i32 %3345, 31
	%3347 = or i32 %3346, -2147483648
	%3348 = xor i32 %3345, %3347
	%3349 = mul i32 %420, 129
	%3350 = add i32 96, %3
	%3351 = add i32 %3349, %3350
	%3352 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%3353 = bitcast i8 addrspace(3)* %3352 to float addrspace(3)*
	%3354 = getelementptr float, float addrspace(3)* %3353, i32 %3351
	%3355 = load float, float addrspace(3)* %3354
	%3356 = fcmp ogt float %3355, 0xFFF0000000000000
	%3357 = fadd float %3355, 0.0
	%3358 = bitcast float %3357 to i32
	%3359 = ashr i32 %3358, 31
	%3360 = or i32 %3359, -2147483648
	%3361 = xor i32 %3358, %3360
	%3362 = icmp ugt i32 %3322, %551
	%3363 = and i1 %3317, %3362
	%3364 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3363)
	%3365 = call i32 @llvm.ctpop.i32(i32 %3364)
	%3366 = add i32 0, %3365
	%3367 = icmp ugt i32 %3335, %551
	%3368 = and i1 %3330, %3367
	%3369 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3368)
	%3370 = call i32 @llvm.ctpop.i32(i32 %3369)
	%3371 = add i32 %3366, %3370
	%3372 = icmp ugt i32 %3348, %551
	%3373 = and i1 %3343, %3372
	%3374 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3373)
	%3375 = call i32 @llvm.ctpop.i32(i32 %3374)
	%3376 = add i32 %3371, %3375
	%3377 = icmp ugt i32 %3361, %551
	%3378 = and i1 %3356, %3377
	%3379 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3378)
	%3380 = call i32 @llvm.ctpop.i32(i32 %3379)
	%3381 = add i32 %3376, %3380
	%3382 = add i32 %550, %3381
	%3383 = icmp sgt i32 %3382, 160
	br i1 %3383, label %3387, label %3438

3384:
	%3385 = phi i32 [ %550, %2135 ], [ %4557, %4554 ]
	%3386 = phi i32 [ %551, %2135 ], [ %3440, %4554 ]
	br i1 %503, label %4558, label %4633

3387:
	%3388 = mul i32 %420, 160
	%3389 = mul i32 %4, 256
	%3390 = mul i32 %3, 8
	%3391 = add i32 %3390, 0
	%3392 = add i32 %3389, %3391
	%3393 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3394 = bitcast i8 addrspace(3)* %3393 to i32 addrspace(3)*
	%3395 = getelementptr i32, i32 addrspace(3)* %3394, i32 %3392
	store i32 0, i32 addrspace(3)* %3395
	%3396 = mul i32 %3, 8
	%3397 = add i32 %3396, 1
	%3398 = add i32 %3389, %3397
	%3399 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3400 = bitcast i8 addrspace(3)* %3399 to i32 addrspace(3)*
	%3401 = getelementptr i32, i32 addrspace(3)* %3400, i32 %3398
	store i32 0, i32 addrspace(3)* %3401
	%3402 = mul i32 %3, 8
	%3403 = add i32 %3402, 2
	%3404 = add i32 %3389, %3403
	%3405 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3406 = bitcast i8 addrspace(3)* %3405 to i32 addrspace(3)*
	%3407 = getelementptr i32, i32 addrspace(3)* %3406, i32 %3404
	store i32 0, i32 addrspace(3)* %3407
	%3408 = mul i32 %3, 8
	%3409 = add i32 %3408, 3
	%3410 = add i32 %3389, %3409
	%3411 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3412 = bitcast i8 addrspace(3)* %3411 to i32 addrspace(3)*
	%3413 = getelementptr i32, i32 addrspace(3)* %3412, i32 %3410
	store i32 0, i32 addrspace(3)* %3413
	%3414 = mul i32 %3, 8
	%3415 = add i32 %3414, 4
	%3416 = add i32 %3389, %3415
	%3417 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3418 = bitcast i8 addrspace(3)* %3417 to i32 addrspace(3)*
	%3419 = getelementptr i32, i32 addrspace(3)* %3418, i32 %3416
	store i32 0, i32 addrspace(3)* %3419
	%3420 = mul i32 %3, 8
	%3421 = add i32 %3420, 5
	%3422 = add i32 %3389, %3421
	%3423 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3424 = bitcast i8 addrspace(3)* %3423 to i32 addrspace(3)*
	%3425 = getelementptr i32, i32 addrspace(3)* %3424, i32 %3422
	store i32 0, i32 addrspace(3)* %3425
	%3426 = mul i32 %3, 8
	%3427 = add i32 %3426, 6
	%3428 = add i32 %3389, %3427
	%3429 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3430 = bitcast i8 addrspace(3)* %3429 to i32 addrspace(3)*
	%3431 = getelementptr i32, i32 addrspace(3)* %3430, i32 %3428
	store i32 0, i32 addrspace(3)* %3431
	%3432 = mul i32 %3, 8
	%3433 = add i32 %3432, 7
	%3434 = add i32 %3389, %3433
	%3435 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3436 = bitcast i8 addrspace(3)* %3435 to i32 addrspace(3)*
	%3437 = getelementptr i32, i32 addrspace(3)* %3436, i32 %3434
	store i32 0, i32 addrspace(3)* %3437
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %3468

3438:
	%3439 = phi i32 [ %550, %3309 ], [ %457, %4454 ]
	%3440 = phi i32 [ %551, %3309 ], [ %4430, %4454 ]
	%3441 = icmp ugt i32 %3322, %3440
	%3442 = and i1 %3317, %3441
	%3443 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3442)
	%3444 = call i32 @llvm.ctpop.i32(i32 %3443)
	%3445 = add i32 0, %3444
	%3446 = icmp ugt i32 %3335, %3440
	%3447 = and i1 %3330, %3446
	%3448 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3447)
	%3449 = call i32 @llvm.ctpop.i32(i32 %3448)
	%3450 = add i32 %3445, %3449
	%3451 = icmp ugt i32 %3348, %3440
	%3452 = and i1 %3343, %3451
	%3453 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3452)
	%3454 = call i32 @llvm.ctpop.i32(i32 %3453)
	%3455 = add i32 %3450, %3454
	%3456 = icmp ugt i32 %3361, %3440
	%3457 = and i1 %3356, %3456
	%3458 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3457)
	%3459 = call i32 @llvm.ctpop.i32(i32 %3458)
	%3460 = add i32 %3455, %3459
	%3461 = shl i32 1, %3
	%3462 = sub i32 %3461, 1
	%3463 = mul i32 %420, 160
	%3464 = and i32 %3443, %3462
	%3465 = call i32 @llvm.ctpop.i32(i32 %3464)
	%3466 = add i32 %3439, %3465
	%3467 = add i32 %3463, %3466
	br i1 %3442, label %4497, label %4506

3468:
	%3469 = phi i32 [ %3, %3387 ], [ %3723, %3722 ]
	%3470 = icmp slt i32 %3469, %550
	br i1 %3470, label %3471, label %3480

3471:
	%3472 = add i32 %3388, %3469
	%3473 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%3474 = bitcast i8 addrspace(3)* %3473 to i32 addrspace(3)*
	%3475 = getelementptr i32, i32 addrspace(3)* %3474, i32 %3472
	%3476 = load i32, i32 addrspace(3)* %3475
	%3477 = and i32 %3476, 0
	%3478 = icmp eq i32 %3477, 0
	%3479 = and i1 true, %3478
	br i1 %3479, label %3714, label %3722

3480:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3481 = mul i32 %3, 8
	%3482 = add i32 %3481, 0
	%3483 = sub i32 255, %3482
	%3484 = add i32 %3389, %3483
	%3485 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3486 = bitcast i8 addrspace(3)* %3485 to i32 addrspace(3)*
	%3487 = getelementptr i32, i32 addrspace(3)* %3486, i32 %3484
	%3488 = load i32, i32 addrspace(3)* %3487
	%3489 = add i32 0, %3488
	%3490 = mul i32 %3, 8
	%3491 = add i32 %3490, 1
	%3492 = sub i32 255, %3491
	%3493 = add i32 %3389, %3492
	%3494 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3495 = bitcast i8 addrspace(3)* %3494 to i32 addrspace(3)*
	%3496 = getelementptr i32, i32 addrspace(3)* %3495, i32 %3493
	%3497 = load i32, i32 addrspace(3)* %3496
	%3498 = add i32 %3489, %3497
	%3499 = mul i32 %3, 8
	%3500 = add i32 %3499, 2
	%3501 = sub i32 255, %3500
	%3502 = add i32 %3389, %3501
	%3503 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3504 = bitcast i8 addrspace(3)* %3503 to i32 addrspace(3)*
	%3505 = getelementptr i32, i32 addrspace(3)* %3504, i32 %3502
	%3506 = load i32, i32 addrspace(3)* %3505
	%3507 = add i32 %3498, %3506
	%3508 = mul i32 %3, 8
	%3509 = add i32 %3508, 3
	%3510 = sub i32 255, %3509
	%3511 = add i32 %3389, %3510
	%3512 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3513 = bitcast i8 addrspace(3)* %3512 to i32 addrspace(3)*
	%3514 = getelementptr i32, i32 addrspace(3)* %3513, i32 %3511
	%3515 = load i32, i32 addrspace(3)* %3514
	%3516 = add i32 %3507, %3515
	%3517 = mul i32 %3, 8
	%3518 = add i32 %3517, 4
	%3519 = sub i32 255, %3518
	%3520 = add i32 %3389, %3519
	%3521 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3522 = bitcast i8 addrspace(3)* %3521 to i32 addrspace(3)*
	%3523 = getelementptr i32, i32 addrspace(3)* %3522, i32 %3520
	%3524 = load i32, i32 addrspace(3)* %3523
	%3525 = add i32 %3516, %3524
	%3526 = mul i32 %3, 8
	%3527 = add i32 %3526, 5
	%3528 = sub i32 255, %3527
	%3529 = add i32 %3389, %3528
	%3530 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3531 = bitcast i8 addrspace(3)* %3530 to i32 addrspace(3)*
	%3532 = getelementptr i32, i32 addrspace(3)* %3531, i32 %3529
	%3533 = load i32, i32 addrspace(3)* %3532
	%3534 = add i32 %3525, %3533
	%3535 = mul i32 %3, 8
	%3536 = add i32 %3535, 6
	%3537 = sub i32 255, %3536
	%3538 = add i32 %3389, %3537
	%3539 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3540 = bitcast i8 addrspace(3)* %3539 to i32 addrspace(3)*
	%3541 = getelementptr i32, i32 addrspace(3)* %3540, i32 %3538
	%3542 = load i32, i32 addrspace(3)* %3541
	%3543 = add i32 %3534, %3542
	%3544 = mul i32 %3, 8
	%3545 = add i32 %3544, 7
	%3546 = sub i32 255, %3545
	%3547 = add i32 %3389, %3546
	%3548 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3549 = bitcast i8 addrspace(3)* %3548 to i32 addrspace(3)*
	%3550 = getelementptr i32, i32 addrspace(3)* %3549, i32 %3547
	%3551 = load i32, i32 addrspace(3)* %3550
	%3552 = add i32 %3543, %3551
	%3553 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3552, i32 1, i32 0)
	%3554 = icmp uge i32 %3, 1
	%3555 = select i1 %3554, i32 %3553, i32 0
	%3556 = add i32 %3552, %3555
	%3557 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3556, i32 2, i32 0)
	%3558 = icmp uge i32 %3, 2
	%3559 = select i1 %3558, i32 %3557, i32 0
	%3560 = add i32 %3556, %3559
	%3561 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3560, i32 4, i32 0)
	%3562 = icmp uge i32 %3, 4
	%3563 = select i1 %3562, i32 %3561, i32 0
	%3564 = add i32 %3560, %3563
	%3565 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3564, i32 8, i32 0)
	%3566 = icmp uge i32 %3, 8
	%3567 = select i1 %3566, i32 %3565, i32 0
	%3568 = add i32 %3564, %3567
	%3569 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3568, i32 16, i32 0)
	%3570 = icmp uge i32 %3, 16
	%3571 = select i1 %3570, i32 %3569, i32 0
	%3572 = add i32 %3568, %3571
	%3573 = sub i32 %3572, %3552
	%3574 = icmp slt i32 %3573, %457
	%3575 = icmp sge i32 %3572, %457
	%3576 = and i1 %3574, %3575
	%3577 = add i32 %3573, %3488
	%3578 = xor i1 false, true
	%3579 = icmp sge i32 %3577, %457
	%3580 = and i1 %3578, %3579
	%3581 = mul i32 %3, 8
	%3582 = add i32 %3581, 0
	%3583 = sub i32 255, %3582
	%3584 = select i1 %3580, i32 %3583, i32 0
	%3585 = select i1 %3580, i32 %3573, i32 0
	%3586 = or i1 false, %3580
	%3587 = add i32 %3577, %3497
	%3588 = xor i1 %3586, true
	%3589 = icmp sge i32 %3587, %457
	%3590 = and i1 %3588, %3589
	%3591 = mul i32 %3, 8
	%3592 = add i32 %3591, 1
	%3593 = sub i32 255, %3592
	%3594 = select i1 %3590, i32 %3593, i32 %3584
	%3595 = select i1 %3590, i32 %3577, i32 %3585
	%3596 = or i1 %3586, %3590
	%3597 = add i32 %3587, %3506
	%3598 = xor i1 %3596, true
	%3599 = icmp sge i32 %3597, %457
	%3600 = and i1 %3598, %3599
	%3601 = mul i32 %3, 8
	%3602 = add i32 %3601, 2
	%3603 = sub i32 255, %3602
	%3604 = select i1 %3600, i32 %3603, i32 %3594
	%3605 = select i1 %3600, i32 %3587, i32 %3595
	%3606 = or i1 %3596, %3600
	%3607 = add i32 %3597, %3515
	%3608 = xor i1 %3606, true
	%3609 = icmp sge i32 %3607, %457
	%3610 = and i1 %3608, %3609
	%3611 = mul i32 %3, 8
	%3612 = add i32 %3611, 3
	%3613 = sub i32 255, %3612
	%3614 = select i1 %3610, i32 %3613, i32 %3604
	%3615 = select i1 %3610, i32 %3597, i32 %3605
	%3616 = or i1 %3606, %3610
	%3617 = add i32 %3607, %3524
	%3618 = xor i1 %3616, true
	%3619 = icmp sge i32 %3617, %457
	%3620 = and i1 %3618, %3619
	%3621 = mul i32 %3, 8
	%3622 = add i32 %3621, 4
	%3623 = sub i32 255, %3622
	%3624 = select i1 %3620, i32 %3623, i32 %3614
	%3625 = select i1 %3620, i32 %3607, i32 %3615
	%3626 = or i1 %3616, %3620
	%3627 = add i32 %3617, %3533
	%3628 = xor i1 %3626, true
	%3629 = icmp sge i32 %3627, %457
	%3630 = and i1 %3628, %3629
	%3631 = mul i32 %3, 8
	%3632 = add i32 %3631, 5
	%3633 = sub i32 255, %3632
	%3634 = select i1 %3630, i32 %3633, i32 %3624
	%3635 = select i1 %3630, i32 %3617, i32 %3625
	%3636 = or i1 %3626, %3630
	%3637 = add i32 %3627, %3542
	%3638 = xor i1 %3636, true
	%3639 = icmp sge i32 %3637, %457
	%3640 = and i1 %3638, %3639
	%3641 = mul i32 %3, 8
	%3642 = add i32 %3641, 6
	%3643 = sub i32 255, %3642
	%3644 = select i1 %3640, i32 %3643, i32 %3634
	%3645 = select i1 %3640, i32 %3627, i32 %3635
	%3646 = or i1 %3636, %3640
	%3647 = add i32 %3637, %3551
	%3648 = xor i1 %3646, true
	%3649 = icmp sge i32 %3647, %457
	%3650 = and i1 %3648, %3649
	%3651 = mul i32 %3, 8
	%3652 = add i32 %3651, 7
	%3653 = sub i32 255, %3652
	%3654 = select i1 %3650, i32 %3653, i32 %3644
	%3655 = select i1 %3650, i32 %3637, i32 %3645
	%3656 = or i1 %3646, %3650
	%3657 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3576)
	%3658 = call i32 @llvm.cttz.i32(i32 %3657, i1 false)
	%3659 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %3654, i32 %3658, i32 31)
	%3660 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %3655, i32 %3658, i32 31)
	%3661 = shl i32 %3659, 24
	%3662 = or i32 0, %3661
	%3663 = shl i32 255, 24
	%3664 = or i32 0, %3663
	%3665 = sub i32 %457, %3660
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3666 = mul i32 %3, 8
	%3667 = add i32 %3666, 0
	%3668 = add i32 %3389, %3667
	%3669 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3670 = bitcast i8 addrspace(3)* %3669 to i32 addrspace(3)*
	%3671 = getelementptr i32, i32 addrspace(3)* %3670, i32 %3668
	store i32 0, i32 addrspace(3)* %3671
	%3672 = mul i32 %3, 8
	%3673 = add i32 %3672, 1
	%3674 = add i32 %3389, %3673
	%3675 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3676 = bitcast i8 addrspace(3)* %3675 to i32 addrspace(3)*
	%3677 = getelementptr i32, i32 addrspace(3)* %3676, i32 %3674
	store i32 0, i32 addrspace(3)* %3677
	%3678 = mul i32 %3, 8
	%3679 = add i32 %3678, 2
	%3680 = add i32 %3389, %3679
	%3681 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3682 = bitcast i8 addrspace(3)* %3681 to i32 addrspace(3)*
	%3683 = getelementptr i32, i32 addrspace(3)* %3682, i32 %3680
	store i32 0, i32 addrspace(3)* %3683
	%3684 = mul i32 %3, 8
	%3685 = add i32 %3684, 3
	%3686 = add i32 %3389, %3685
	%3687 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3688 = bitcast i8 addrspace(3)* %3687 to i32 addrspace(3)*
	%3689 = getelementptr i32, i32 addrspace(3)* %3688, i32 %3686
	store i32 0, i32 addrspace(3)* %3689
	%3690 = mul i32 %3, 8
	%3691 = add i32 %3690, 4
	%3692 = add i32 %3389, %3691
	%3693 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3694 = bitcast i8 addrspace(3)* %3693 to i32 addrspace(3)*
	%3695 = getelementptr i32, i32 addrspace(3)* %3694, i32 %3692
	store i32 0, i32 addrspace(3)* %3695
	%3696 = mul i32 %3, 8
	%3697 = add i32 %3696, 5
	%3698 = add i32 %3389, %3697
	%3699 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3700 = bitcast i8 addrspace(3)* %3699 to i32 addrspace(3)*
	%3701 = getelementptr i32, i32 addrspace(3)* %3700, i32 %3698
	store i32 0, i32 addrspace(3)* %3701
	%3702 = mul i32 %3, 8
	%3703 = add i32 %3702, 6
	%3704 = add i32 %3389, %3703
	%3705 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3706 = bitcast i8 addrspace(3)* %3705 to i32 addrspace(3)*
	%3707 = getelementptr i32, i32 addrspace(3)* %3706, i32 %3704
	store i32 0, i32 addrspace(3)* %3707
	%3708 = mul i32 %3, 8
	%3709 = add i32 %3708, 7
	%3710 = add i32 %3389, %3709
	%3711 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3712 = bitcast i8 addrspace(3)* %3711 to i32 addrspace(3)*
	%3713 = getelementptr i32, i32 addrspace(3)* %3712, i32 %3710
	store i32 0, i32 addrspace(3)* %3713
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %3724

3714:
	%3715 = lshr i32 %3476, 24
	%3716 = and i32 %3715, 255
	%3717 = add i32 %3389, %3716
	%3718 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3719 = bitcast i8 addrspace(3)* %3718 to i32 addrspace(3)*
	%3720 = getelementptr i32, i32 addrspace(3)* %3719, i32 %3717
	%3721 = atomicrmw add i32 addrspace(3)* %3720, i32 1 monotonic
	br label %3722

3722:
	%3723 = add i32 %3469, 32
	br label %3468

3724:
	%3725 = phi i32 [ %3, %3480 ], [ %3979, %3978 ]
	%3726 = icmp slt i32 %3725, %550
	br i1 %3726, label %3727, label %3736

3727:
	%3728 = add i32 %3388, %3725
	%3729 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%3730 = bitcast i8 addrspace(3)* %3729 to i32 addrspace(3)*
	%3731 = getelementptr i32, i32 addrspace(3)* %3730, i32 %3728
	%3732 = load i32, i32 addrspace(3)* %3731
	%3733 = and i32 %3732, %3664
	%3734 = icmp eq i32 %3733, %3662
	%3735 = and i1 true, %3734
	br i1 %3735, label %3970, label %3978

3736:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3737 = mul i32 %3, 8
	%3738 = add i32 %3737, 0
	%3739 = sub i32 255, %3738
	%3740 = add i32 %3389, %3739
	%3741 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3742 = bitcast i8 addrspace(3)* %3741 to i32 addrspace(3)*
	%3743 = getelementptr i32, i32 addrspace(3)* %3742, i32 %3740
	%3744 = load i32, i32 addrspace(3)* %3743
	%3745 = add i32 0, %3744
	%3746 = mul i32 %3, 8
	%3747 = add i32 %3746, 1
	%3748 = sub i32 255, %3747
	%3749 = add i32 %3389, %3748
	%3750 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3751 = bitcast i8 addrspace(3)* %3750 to i32 addrspace(3)*
	%3752 = getelementptr i32, i32 addrspace(3)* %3751, i32 %3749
	%3753 = load i32, i32 addrspace(3)* %3752
	%3754 = add i32 %3745, %3753
	%3755 = mul i32 %3, 8
	%3756 = add i32 %3755, 2
	%3757 = sub i32 255, %3756
	%3758 = add i32 %3389, %3757
	%3759 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3760 = bitcast i8 addrspace(3)* %3759 to i32 addrspace(3)*
	%3761 = getelementptr i32, i32 addrspace(3)* %3760, i32 %3758
	%3762 = load i32, i32 addrspace(3)* %3761
	%3763 = add i32 %3754, %3762
	%3764 = mul i32 %3, 8
	%3765 = add i32 %3764, 3
	%3766 = sub i32 255, %3765
	%3767 = add i32 %3389, %3766
	%3768 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3769 = bitcast i8 addrspace(3)* %3768 to i32 addrspace(3)*
	%3770 = getelementptr i32, i32 addrspace(3)* %3769, i32 %3767
	%3771 = load i32, i32 addrspace(3)* %3770
	%3772 = add i32 %3763, %3771
	%3773 = mul i32 %3, 8
	%3774 = add i32 %3773, 4
	%3775 = sub i32 255, %3774
	%3776 = add i32 %3389, %3775
	%3777 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3778 = bitcast i8 addrspace(3)* %3777 to i32 addrspace(3)*
	%3779 = getelementptr i32, i32 addrspace(3)* %3778, i32 %3776
	%3780 = load i32, i32 addrspace(3)* %3779
	%3781 = add i32 %3772, %3780
	%3782 = mul i32 %3, 8
	%3783 = add i32 %3782, 5
	%3784 = sub i32 255, %3783
	%3785 = add i32 %3389, %3784
	%3786 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3787 = bitcast i8 addrspace(3)* %3786 to i32 addrspace(3)*
	%3788 = getelementptr i32, i32 addrspace(3)* %3787, i32 %3785
	%3789 = load i32, i32 addrspace(3)* %3788
	%3790 = add i32 %3781, %3789
	%3791 = mul i32 %3, 8
	%3792 = add i32 %3791, 6
	%3793 = sub i32 255, %3792
	%3794 = add i32 %3389, %3793
	%3795 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3796 = bitcast i8 addrspace(3)* %3795 to i32 addrspace(3)*
	%3797 = getelementptr i32, i32 addrspace(3)* %3796, i32 %3794
	%3798 = load i32, i32 addrspace(3)* %3797
	%3799 = add i32 %3790, %3798
	%3800 = mul i32 %3, 8
	%3801 = add i32 %3800, 7
	%3802 = sub i32 255, %3801
	%3803 = add i32 %3389, %3802
	%3804 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3805 = bitcast i8 addrspace(3)* %3804 to i32 addrspace(3)*
	%3806 = getelementptr i32, i32 addrspace(3)* %3805, i32 %3803
	%3807 = load i32, i32 addrspace(3)* %3806
	%3808 = add i32 %3799, %3807
	%3809 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3808, i32 1, i32 0)
	%3810 = icmp uge i32 %3, 1
	%3811 = select i1 %3810, i32 %3809, i32 0
	%3812 = add i32 %3808, %3811
	%3813 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3812, i32 2, i32 0)
	%3814 = icmp uge i32 %3, 2
	%3815 = select i1 %3814, i32 %3813, i32 0
	%3816 = add i32 %3812, %3815
	%3817 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3816, i32 4, i32 0)
	%3818 = icmp uge i32 %3, 4
	%3819 = select i1 %3818, i32 %3817, i32 0
	%3820 = add i32 %3816, %3819
	%3821 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3820, i32 8, i32 0)
	%3822 = icmp uge i32 %3, 8
	%3823 = select i1 %3822, i32 %3821, i32 0
	%3824 = add i32 %3820, %3823
	%3825 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3824, i32 16, i32 0)
	%3826 = icmp uge i32 %3, 16
	%3827 = select i1 %3826, i32 %3825, i32 0
	%3828 = add i32 %3824, %3827
	%3829 = sub i32 %3828, %3808
	%3830 = icmp slt i32 %3829, %3665
	%3831 = icmp sge i32 %3828, %3665
	%3832 = and i1 %3830, %3831
	%3833 = add i32 %3829, %3744
	%3834 = xor i1 false, true
	%3835 = icmp sge i32 %3833, %3665
	%3836 = and i1 %3834, %3835
	%3837 = mul i32 %3, 8
	%3838 = add i32 %3837, 0
	%3839 = sub i32 255, %3838
	%3840 = select i1 %3836, i32 %3839, i32 0
	%3841 = select i1 %3836, i32 %3829, i32 0
	%3842 = or i1 false, %3836
	%3843 = add i32 %3833, %3753
	%3844 = xor i1 %3842, true
	%3845 = icmp sge i32 %3843, %3665
	%3846 = and i1 %3844, %3845
	%3847 = mul i32 %3, 8
	%3848 = add i32 %3847, 1
	%3849 = sub i32 255, %3848
	%3850 = select i1 %3846, i32 %3849, i32 %3840
	%3851 = select i1 %3846, i32 %3833, i32 %3841
	%3852 = or i1 %3842, %3846
	%3853 = add i32 %3843, %3762
	%3854 = xor i1 %3852, true
	%3855 = icmp sge i32 %3853, %3665
	%3856 = and i1 %3854, %3855
	%3857 = mul i32 %3, 8
	%3858 = add i32 %3857, 2
	%3859 = sub i32 255, %3858
	%3860 = select i1 %3856, i32 %3859, i32 %3850
	%3861 = select i1 %3856, i32 %3843, i32 %3851
	%3862 = or i1 %3852, %3856
	%3863 = add i32 %3853, %3771
	%3864 = xor i1 %3862, true
	%3865 = icmp sge i32 %3863, %3665
	%3866 = and i1 %3864, %3865
	%3867 = mul i32 %3, 8
	%3868 = add i32 %3867, 3
	%3869 = sub i32 255, %3868
	%3870 = select i1 %3866, i32 %3869, i32 %3860
	%3871 = select i1 %3866, i32 %3853, i32 %3861
	%3872 = or i1 %3862, %3866
	%3873 = add i32 %3863, %3780
	%3874 = xor i1 %3872, true
	%3875 = icmp sge i32 %3873, %3665
	%3876 = and i1 %3874, %3875
	%3877 = mul i32 %3, 8
	%3878 = add i32 %3877, 4
	%3879 = sub i32 255, %3878
	%3880 = select i1 %3876, i32 %3879, i32 %3870
	%3881 = select i1 %3876, i32 %3863, i32 %3871
	%3882 = or i1 %3872, %3876
	%3883 = add i32 %3873, %3789
	%3884 = xor i1 %3882, true
	%3885 = icmp sge i32 %3883, %3665
	%3886 = and i1 %3884, %3885
	%3887 = mul i32 %3, 8
	%3888 = add i32 %3887, 5
	%3889 = sub i32 255, %3888
	%3890 = select i1 %3886, i32 %3889, i32 %3880
	%3891 = select i1 %3886, i32 %3873, i32 %3881
	%3892 = or i1 %3882, %3886
	%3893 = add i32 %3883, %3798
	%3894 = xor i1 %3892, true
	%3895 = icmp sge i32 %3893, %3665
	%3896 = and i1 %3894, %3895
	%3897 = mul i32 %3, 8
	%3898 = add i32 %3897, 6
	%3899 = sub i32 255, %3898
	%3900 = select i1 %3896, i32 %3899, i32 %3890
	%3901 = select i1 %3896, i32 %3883, i32 %3891
	%3902 = or i1 %3892, %3896
	%3903 = add i32 %3893, %3807
	%3904 = xor i1 %3902, true
	%3905 = icmp sge i32 %3903, %3665
	%3906 = and i1 %3904, %3905
	%3907 = mul i32 %3, 8
	%3908 = add i32 %3907, 7
	%3909 = sub i32 255, %3908
	%3910 = select i1 %3906, i32 %3909, i32 %3900
	%3911 = select i1 %3906, i32 %3893, i32 %3901
	%3912 = or i1 %3902, %3906
	%3913 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3832)
	%3914 = call i32 @llvm.cttz.i32(i32 %3913, i1 false)
	%3915 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %3910, i32 %3914, i32 31)
	%3916 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %3911, i32 %3914, i32 31)
	%3917 = shl i32 %3915, 16
	%3918 = or i32 %3662, %3917
	%3919 = shl i32 255, 16
	%3920 = or i32 %3664, %3919
	%3921 = sub i32 %3665, %3916
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3922 = mul i32 %3, 8
	%3923 = add i32 %3922, 0
	%3924 = add i32 %3389, %3923
	%3925 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3926 = bitcast i8 addrspace(3)* %3925 to i32 addrspace(3)*
	%3927 = getelementptr i32, i32 addrspace(3)* %3926, i32 %3924
	store i32 0, i32 addrspace(3)* %3927
	%3928 = mul i32 %3, 8
	%3929 = add i32 %3928, 1
	%3930 = add i32 %3389, %3929
	%3931 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3932 = bitcast i8 addrspace(3)* %3931 to i32 addrspace(3)*
	%3933 = getelementptr i32, i32 addrspace(3)* %3932, i32 %3930
	store i32 0, i32 addrspace(3)* %3933
	%3934 = mul i32 %3, 8
	%3935 = add i32 %3934, 2
	%3936 = add i32 %3389, %3935
	%3937 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3938 = bitcast i8 addrspace(3)* %3937 to i32 addrspace(3)*
	%3939 = getelementptr i32, i32 addrspace(3)* %3938, i32 %3936
	store i32 0, i32 addrspace(3)* %3939
	%3940 = mul i32 %3, 8
	%3941 = add i32 %3940, 3
	%3942 = add i32 %3389, %3941
	%3943 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3944 = bitcast i8 addrspace(3)* %3943 to i32 addrspace(3)*
	%3945 = getelementptr i32, i32 addrspace(3)* %3944, i32 %3942
	store i32 0, i32 addrspace(3)* %3945
	%3946 = mul i32 %3, 8
	%3947 = add i32 %3946, 4
	%3948 = add i32 %3389, %3947
	%3949 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3950 = bitcast i8 addrspace(3)* %3949 to i32 addrspace(3)*
	%3951 = getelementptr i32, i32 addrspace(3)* %3950, i32 %3948
	store i32 0, i32 addrspace(3)* %3951
	%3952 = mul i32 %3, 8
	%3953 = add i32 %3952, 5
	%3954 = add i32 %3389, %3953
	%3955 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3956 = bitcast i8 addrspace(3)* %3955 to i32 addrspace(3)*
	%3957 = getelementptr i32, i32 addrspace(3)* %3956, i32 %3954
	store i32 0, i32 addrspace(3)* %3957
	%3958 = mul i32 %3, 8
	%3959 = add i32 %3958, 6
	%3960 = add i32 %3389, %3959
	%3961 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3962 = bitcast i8 addrspace(3)* %3961 to i32 addrspace(3)*
	%3963 = getelementptr i32, i32 addrspace(3)* %3962, i32 %3960
	store i32 0, i32 addrspace(3)* %3963
	%3964 = mul i32 %3, 8
	%3965 = add i32 %3964, 7
	%3966 = add i32 %3389, %3965
	%3967 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3968 = bitcast i8 addrspace(3)* %3967 to i32 addrspace(3)*
	%3969 = getelementptr i32, i32 addrspace(3)* %3968, i32 %3966
	store i32 0, i32 addrspace(3)* %3969
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %3980

3970:
	%3971 = lshr i32 %3732, 16
	%3972 = and i32 %3971, 255
	%3973 = add i32 %3389, %3972
	%3974 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3975 = bitcast i8 addrspace(3)* %3974 to i32 addrspace(3)*
	%3976 = getelementptr i32, i32 addrspace(3)* %3975, i32 %3973
	%3977 = atomicrmw add i32 addrspace(3)* %3976, i32 1 monotonic
	br label %3978

3978:
	%3979 = add i32 %3725, 32
	br label %3724

3980:
	%3981 = phi i32 [ %3, %3736 ], [ %4235, %4234 ]
	%3982 = icmp slt i32 %3981, %550
	br i1 %3982, label %3983, label %3992

3983:
	%3984 = add i32 %3388, %3981
	%3985 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%3986 = bitcast i8 addrspace(3)* %3985 to i32 addrspace(3)*
	%3987 = getelementptr i32, i32 addrspace(3)* %3986, i32 %3984
	%3988 = load i32, i32 addrspace(3)* %3987
	%3989 = and i32 %3988, %3920
	%3990 = icmp eq i32 %3989, %3918
	%3991 = and i1 true, %3990
	br i1 %3991, label %4226, label %4234

3992:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3993 = mul i32 %3, 8
	%3994 = add i32 %3993, 0
	%3995 = sub i32 255, %3994
	%3996 = add i32 %3389, %3995
	%3997 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3998 = bitcast i8 addrspace(3)* %3997 to i32 addrspace(3)*
	%3999 = getelementptr i32, i32 addrspace(3)* %3998, i32 %3996
	%4000 = load i32, i32 addrspace(3)* %3999
	%4001 = add i32 0, %4000
	%4002 = mul i32 %3, 8
	%4003 = add i32 %4002, 1
	%4004 = sub i32 255, %4003
	%4005 = add i32 %3389, %4004
	%4006 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4007 = bitcast i8 addrspace(3)* %4006 to i32 addrspace(3)*
	%4008 = getelementptr i32, i32 addrspace(3)* %4007, i32 %4005
	%4009 = load i32, i32 addrspace(3)* %4008
	%4010 = add i32 %4001, %4009
	%4011 = mul i32 %3, 8
	%4012 = add i32 %4011, 2
	%4013 = sub i32 255, %4012
	%4014 = add i32 %3389, %4013
	%4015 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4016 = bitcast i8 addrspace(3)* %4015 to i32 addrspace(3)*
	%4017 = getelementptr i32, i32 addrspace(3)* %4016, i32 %4014
	%4018 = load i32, i32 addrspace(3)* %4017
	%4019 = add i32 %4010, %4018
	%4020 = mul i32 %3, 8
	%4021 = add i32 %4020, 3
	%4022 = sub i32 255, %4021
	%4023 = add i32 %3389, %4022
	%4024 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4025 = bitcast i8 addrspace(3)* %4024 to i32 addrspace(3)*
	%4026 = getelementptr i32, i32 addrspace(3)* %4025, i32 %4023
	%4027 = load i32, i32 addrspace(3)* %4026
	%4028 = add i32 %4019, %4027
	%4029 = mul i32 %3, 8
	%4030 = add i32 %4029, 4
	%4031 = sub i32 255, %4030
	%4032 = add i32 %3389, %4031
	%4033 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4034 = bitcast i8 addrspace(3)* %4033 to i32 addrspace(3)*
	%4035 = getelementptr i32, i32 addrspace(3)* %4034, i32 %4032
	%4036 = load i32, i32 addrspace(3)* %4035
	%4037 = add i32 %4028, %4036
	%4038 = mul i32 %3, 8
	%4039 = add i32 %4038, 5
	%4040 = sub i32 255, %4039
	%4041 = add i32 %3389, %4040
	%4042 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4043 = bitcast i8 addrspace(3)* %4042 to i32 addrspace(3)*
	%4044 = getelementptr i32, i32 addrspace(3)* %4043, i32 %4041
	%4045 = load i32, i32 addrspace(3)* %4044
	%4046 = add i32 %4037, %4045
	%4047 = mul i32 %3, 8
	%4048 = add i32 %4047, 6
	%4049 = sub i32 255, %4048
	%4050 = add i32 %3389, %4049
	%4051 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4052 = bitcast i8 addrspace(3)* %4051 to i32 addrspace(3)*
	%4053 = getelementptr i32, i32 addrspace(3)* %4052, i32 %4050
	%4054 = load i32, i32 addrspace(3)* %4053
	%4055 = add i32 %4046, %4054
	%4056 = mul i32 %3, 8
	%4057 = add i32 %4056, 7
	%4058 = sub i32 255, %4057
	%4059 = add i32 %3389, %4058
	%4060 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4061 = bitcast i8 addrspace(3)* %4060 to i32 addrspace(3)*
	%4062 = getelementptr i32, i32 addrspace(3)* %4061, i32 %4059
	%4063 = load i32, i32 addrspace(3)* %4062
	%4064 = add i32 %4055, %4063
	%4065 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4064, i32 1, i32 0)
	%4066 = icmp uge i32 %3, 1
	%4067 = select i1 %4066, i32 %4065, i32 0
	%4068 = add i32 %4064, %4067
	%4069 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4068, i32 2, i32 0)
	%4070 = icmp uge i32 %3, 2
	%4071 = select i1 %4070, i32 %4069, i32 0
	%4072 = add i32 %4068, %4071
	%4073 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4072, i32 4, i32 0)
	%4074 = icmp uge i32 %3, 4
	%4075 = select i1 %4074, i32 %4073, i32 0
	%4076 = add i32 %4072, %4075
	%4077 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4076, i32 8, i32 0)
	%4078 = icmp uge i32 %3, 8
	%4079 = select i1 %4078, i32 %4077, i32 0
	%4080 = add i32 %4076, %4079
	%4081 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4080, i32 16, i32 0)
	%4082 = icmp uge i32 %3, 16
	%4083 = select i1 %4082, i32 %4081, i32 0
	%4084 = add i32 %4080, %4083
	%4085 = sub i32 %4084, %4064
	%4086 = icmp slt i32 %4085, %3921
	%4087 = icmp sge i32 %4084, %3921
	%4088 = and i1 %4086, %4087
	%4089 = add i32 %4085, %4000
	%4090 = xor i1 false, true
	%4091 = icmp sge i32 %4089, %3921
	%4092 = and i1 %4090, %4091
	%4093 = mul i32 %3, 8
	%4094 = add i32 %4093, 0
	%4095 = sub i32 255, %4094
	%4096 = select i1 %4092, i32 %4095, i32 0
	%4097 = select i1 %4092, i32 %4085, i32 0
	%4098 = or i1 false, %4092
	%4099 = add i32 %4089, %4009
	%4100 = xor i1 %4098, true
	%4101 = icmp sge i32 %4099, %3921
	%4102 = and i1 %4100, %4101
	%4103 = mul i32 %3, 8
	%4104 = add i32 %4103, 1
	%4105 = sub i32 255, %4104
	%4106 = select i1 %4102, i32 %4105, i32 %4096
	%4107 = select i1 %4102, i32 %4089, i32 %4097
	%4108 = or i1 %4098, %4102
	%4109 = add i32 %4099, %4018
	%4110 = xor i1 %4108, true
	%4111 = icmp sge i32 %4109, %3921
	%4112 = and i1 %4110, %4111
	%4113 = mul i32 %3, 8
	%4114 = add i32 %4113, 2
	%4115 = sub i32 255, %4114
	%4116 = select i1 %4112, i32 %4115, i32 %4106
	%4117 = select i1 %4112, i32 %4099, i32 %4107
	%4118 = or i1 %4108, %4112
	%4119 = add i32 %4109, %4027
	%4120 = xor i1 %4118, true
	%4121 = icmp sge i32 %4119, %3921
	%4122 = and i1 %4120, %4121
	%4123 = mul i32 %3, 8
	%4124 = add i32 %4123, 3
	%4125 = sub i32 255, %4124
	%4126 = select i1 %4122, i32 %4125, i32 %4116
	%4127 = select i1 %4122, i32 %4109, i32 %4117
	%4128 = or i1 %4118, %4122
	%4129 = add i32 %4119, %4036
	%4130 = xor i1 %4128, true
	%4131 = icmp sge i32 %4129, %3921
	%4132 = and i1 %4130, %4131
	%4133 = mul i32 %3, 8
	%4134 = add i32 %4133, 4
	%4135 = sub i32 255, %4134
	%4136 = select i1 %4132, i32 %4135, i32 %4126
	%4137 = select i1 %4132, i32 %4119, i32 %4127
	%4138 = or i1 %4128, %4132
	%4139 = add i32 %4129, %4045
	%4140 = xor i1 %4138, true
	%4141 = icmp sge i32 %4139, %3921
	%4142 = and i1 %4140, %4141
	%4143 = mul i32 %3, 8
	%4144 = add i32 %4143, 5
	%4145 = sub i32 255, %4144
	%4146 = select i1 %4142, i32 %4145, i32 %4136
	%4147 = select i1 %4142, i32 %4129, i32 %4137
	%4148 = or i1 %4138, %4142
	%4149 = add i32 %4139, %4054
	%4150 = xor i1 %4148, true
	%4151 = icmp sge i32 %4149, %3921
	%4152 = and i1 %4150, %4151
	%4153 = mul i32 %3, 8
	%4154 = add i32 %4153, 6
	%4155 = sub i32 255, %4154
	%4156 = select i1 %4152, i32 %4155, i32 %4146
	%4157 = select i1 %4152, i32 %4139, i32 %4147
	%4158 = or i1 %4148, %4152
	%4159 = add i32 %4149, %4063
	%4160 = xor i1 %4158, true
	%4161 = icmp sge i32 %4159, %3921
	%4162 = and i1 %4160, %4161
	%4163 = mul i32 %3, 8
	%4164 = add i32 %4163, 7
	%4165 = sub i32 255, %4164
	%4166 = select i1 %4162, i32 %4165, i32 %4156
	%4167 = select i1 %4162, i32 %4149, i32 %4157
	%4168 = or i1 %4158, %4162
	%4169 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4088)
	%4170 = call i32 @llvm.cttz.i32(i32 %4169, i1 false)
	%4171 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %4166, i32 %4170, i32 31)
	%4172 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %4167, i32 %4170, i32 31)
	%4173 = shl i32 %4171, 8
	%4174 = or i32 %3918, %4173
	%4175 = shl i32 255, 8
	%4176 = or i32 %3920, %4175
	%4177 = sub i32 %3921, %4172
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4178 = mul i32 %3, 8
	%4179 = add i32 %4178, 0
	%4180 = add i32 %3389, %4179
	%4181 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4182 = bitcast i8 addrspace(3)* %4181 to i32 addrspace(3)*
	%4183 = getelementptr i32, i32 addrspace(3)* %4182, i32 %4180
	store i32 0, i32 addrspace(3)* %4183
	%4184 = mul i32 %3, 8
	%4185 = add i32 %4184, 1
	%4186 = add i32 %3389, %4185
	%4187 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4188 = bitcast i8 addrspace(3)* %4187 to i32 addrspace(3)*
	%4189 = getelementptr i32, i32 addrspace(3)* %4188, i32 %4186
	store i32 0, i32 addrspace(3)* %4189
	%4190 = mul i32 %3, 8
	%4191 = add i32 %4190, 2
	%4192 = add i32 %3389, %4191
	%4193 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4194 = bitcast i8 addrspace(3)* %4193 to i32 addrspace(3)*
	%4195 = getelementptr i32, i32 addrspace(3)* %4194, i32 %4192
	store i32 0, i32 addrspace(3)* %4195
	%4196 = mul i32 %3, 8
	%4197 = add i32 %4196, 3
	%4198 = add i32 %3389, %4197
	%4199 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4200 = bitcast i8 addrspace(3)* %4199 to i32 addrspace(3)*
	%4201 = getelementptr i32, i32 addrspace(3)* %4200, i32 %4198
	store i32 0, i32 addrspace(3)* %4201
	%4202 = mul i32 %3, 8
	%4203 = add i32 %4202, 4
	%4204 = add i32 %3389, %4203
	%4205 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4206 = bitcast i8 addrspace(3)* %4205 to i32 addrspace(3)*
	%4207 = getelementptr i32, i32 addrspace(3)* %4206, i32 %4204
	store i32 0, i32 addrspace(3)* %4207
	%4208 = mul i32 %3, 8
	%4209 = add i32 %4208, 5
	%4210 = add i32 %3389, %4209
	%4211 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4212 = bitcast i8 addrspace(3)* %4211 to i32 addrspace(3)*
	%4213 = getelementptr i32, i32 addrspace(3)* %4212, i32 %4210
	store i32 0, i32 addrspace(3)* %4213
	%4214 = mul i32 %3, 8
	%4215 = add i32 %4214, 6
	%4216 = add i32 %3389, %4215
	%4217 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4218 = bitcast i8 addrspace(3)* %4217 to i32 addrspace(3)*
	%4219 = getelementptr i32, i32 addrspace(3)* %4218, i32 %4216
	store i32 0, i32 addrspace(3)* %4219
	%4220 = mul i32 %3, 8
	%4221 = add i32 %4220, 7
	%4222 = add i32 %3389, %4221
	%4223 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4224 = bitcast i8 addrspace(3)* %4223 to i32 addrspace(3)*
	%4225 = getelementptr i32, i32 addrspace(3)* %4224, i32 %4222
	store i32 0, i32 addrspace(3)* %4225
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %4236

4226:
	%4227 = lshr i32 %3988, 8
	%4228 = and i32 %4227, 255
	%4229 = add i32 %3389, %4228
	%4230 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4231 = bitcast i8 addrspace(3)* %4230 to i32 addrspace(3)*
	%4232 = getelementptr i32, i32 addrspace(3)* %4231, i32 %4229
	%4233 = atomicrmw add i32 addrspace(3)* %4232, i32 1 monotonic
	br label %4234

4234:
	%4235 = add i32 %3981, 32
	br label %3980

4236:
	%4237 = phi i32 [ %3, %3992 ], [ %4445, %4444 ]
	%4238 = icmp slt i32 %4237, %550
	br i1 %4238, label %4239, label %4248

4239:
	%4240 = add i32 %3388, %4237
	%4241 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%4242 = bitcast i8 addrspace(3)* %4241 to i32 addrspace(3)*
	%4243 = getelementptr i32, i32 addrspace(3)* %4242, i32 %4240
	%4244 = load i32, i32 addrspace(3)* %4243
	%4245 = and i32 %4244, %4176
	%4246 = icmp eq i32 %4245, %4174
	%4247 = and i1 true, %4246
	br i1 %4247, label %4436, label %4444

4248:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4249 = mul i32 %3, 8
	%4250 = add i32 %4249, 0
	%4251 = sub i32 255, %4250
	%4252 = add i32 %3389, %4251
	%4253 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4254 = bitcast i8 addrspace(3)* %4253 to i32 addrspace(3)*
	%4255 = getelementptr i32, i32 addrspace(3)* %4254, i32 %4252
	%4256 = load i32, i32 addrspace(3)* %4255
	%4257 = add i32 0, %4256
	%4258 = mul i32 %3, 8
	%4259 = add i32 %4258, 1
	%4260 = sub i32 255, %4259
	%4261 = add i32 %3389, %4260
	%4262 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4263 = bitcast i8 addrspace(3)* %4262 to i32 addrspace(3)*
	%4264 = getelementptr i32, i32 addrspace(3)* %4263, i32 %4261
	%4265 = load i32, i32 addrspace(3)* %4264
	%4266 = add i32 %4257, %4265
	%4267 = mul i32 %3, 8
	%4268 = add i32 %4267, 2
	%4269 = sub i32 255, %4268
	%4270 = add i32 %3389, %4269
	%4271 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4272 = bitcast i8 addrspace(3)* %4271 to i32 addrspace(3)*
	%4273 = getelementptr i32, i32 addrspace(3)* %4272, i32 %4270
	%4274 = load i32, i32 addrspace(3)* %4273
	%4275 = add i32 %4266, %4274
	%4276 = mul i32 %3, 8
	%4277 = add i32 %4276, 3
	%4278 = sub i32 255, %4277
	%4279 = add i32 %3389, %4278
	%4280 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4281 = bitcast i8 addrspace(3)* %4280 to i32 addrspace(3)*
	%4282 = getelementptr i32, i32 addrspace(3)* %4281, i32 %4279
	%4283 = load i32, i32 addrspace(3)* %4282
	%4284 = add i32 %4275, %4283
	%4285 = mul i32 %3, 8
	%4286 = add i32 %4285, 4
	%4287 = sub i32 255, %4286
	%4288 = add i32 %3389, %4287
	%4289 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4290 = bitcast i8 addrspace(3)* %4289 to i32 addrspace(3)*
	%4291 = getelementptr i32, i32 addrspace(3)* %4290, i32 %4288
	%4292 = load i32, i32 addrspace(3)* %4291
	%4293 = add i32 %4284, %4292
	%4294 = mul i32 %3, 8
	%4295 = add i32 %4294, 5
	%4296 = sub i32 255, %4295
	%4297 = add i32 %3389, %4296
	%4298 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4299 = bitcast i8 addrspace(3)* %4298 to i32 addrspace(3)*
	%4300 = getelementptr i32, i32 addrspace(3)* %4299, i32 %4297
	%4301 = load i32, i32 addrspace(3)* %4300
	%4302 = add i32 %4293, %4301
	%4303 = mul i32 %3, 8
	%4304 = add i32 %4303, 6
	%4305 = sub i32 255, %4304
	%4306 = add i32 %3389, %4305
	%4307 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4308 = bitcast i8 addrspace(3)* %4307 to i32 addrspace(3)*
	%4309 = getelementptr i32, i32 addrspace(3)* %4308, i32 %4306
	%4310 = load i32, i32 addrspace(3)* %4309
	%4311 = add i32 %4302, %4310
	%4312 = mul i32 %3, 8
	%4313 = add i32 %4312, 7
	%4314 = sub i32 255, %4313
	%4315 = add i32 %3389, %4314
	%4316 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4317 = bitcast i8 addrspace(3)* %4316 to i32 addrspace(3)*
	%4318 = getelementptr i32, i32 addrspace(3)* %4317, i32 %4315
	%4319 = load i32, i32 addrspace(3)* %4318
	%4320 = add i32 %4311, %4319
	%4321 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4320, i32 1, i32 0)
	%4322 = icmp uge i32 %3, 1
	%4323 = select i1 %4322, i32 %4321, i32 0
	%4324 = add i32 %4320, %4323
	%4325 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4324, i32 2, i32 0)
	%4326 = icmp uge i32 %3, 2
	%4327 = select i1 %4326, i32 %4325, i32 0
	%4328 = add i32 %4324, %4327
	%4329 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4328, i32 4, i32 0)
	%4330 = icmp uge i32 %3, 4
	%4331 = select i1 %4330, i32 %4329, i32 0
	%4332 = add i32 %4328, %4331
	%4333 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4332, i32 8, i32 0)
	%4334 = icmp uge i32 %3, 8
	%4335 = select i1 %4334, i32 %4333, i32 0
	%4336 = add i32 %4332, %4335
	%4337 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4336, i32 16, i32 0)
	%4338 = icmp uge i32 %3, 16
	%4339 = select i1 %4338, i32 %4337, i32 0
	%4340 = add i32 %4336, %4339
	%4341 = sub i32 %4340, %4320
	%4342 = icmp slt i32 %4341, %4177
	%4343 = icmp sge i32 %4340, %4177
	%4344 = and i1 %4342, %4343
	%4345 = add i32 %4341, %4256
	%4346 = xor i1 false, true
	%4347 = icmp sge i32 %4345, %4177
	%4348 = and i1 %4346, %4347
	%4349 = mul i32 %3, 8
	%4350 = add i32 %4349, 0
	%4351 = sub i32 255, %4350
	%4352 = select i1 %4348, i32 %4351, i32 0
	%4353 = select i1 %4348, i32 %4341, i32 0
	%4354 = or i1 false, %4348
	%4355 = add i32 %4345, %4265
	%4356 = xor i1 %4354, true
	%4357 = icmp sge i32 %4355, %4177
	%4358 = and i1 %4356, %4357
	%4359 = mul i32 %3, 8
	%4360 = add i32 %4359, 1
	%4361 = sub i32 255, %4360
	%4362 = select i1 %4358, i32 %4361, i32 %4352
	%4363 = select i1 %4358, i32 %4345, i32 %4353
	%4364 = or i1 %4354, %4358
	%4365 = add i32 %4355, %4274
	%4366 = xor i1 %4364, true
	%4367 = icmp sge i32 %4365, %4177
	%4368 = and i1 %4366, %4367
	%4369 = mul i32 %3, 8
	%4370 = add i32 %4369, 2
	%4371 = sub i32 255, %4370
	%4372 = select i1 %4368, i32 %4371, i32 %4362
	%4373 = select i1 %4368, i32 %4355, i32 %4363
	%4374 = or i1 %4364, %4368
	%4375 = add i32 %4365, %4283
	%4376 = xor i1 %4374, true
	%4377 = icmp sge i32 %4375, %4177
	%4378 = and i1 %4376, %4377
	%4379 = mul i32 %3, 8
	%4380 = add i32 %4379, 3
	%4381 = sub i32 255, %4380
	%4382 = select i1 %4378, i32 %4381, i32 %4372
	%4383 = select i1 %4378, i32 %4365, i32 %4373
	%4384 = or i1 %4374, %4378
	%4385 = add i32 %4375, %4292
	%4386 = xor i1 %4384, true
	%4387 = icmp sge i32 %4385, %4177
	%4388 = and i1 %4386, %4387
	%4389 = mul i32 %3, 8
	%4390 = add i32 %4389, 4
	%4391 = sub i32 255, %4390
	%4392 = select i1 %4388, i32 %4391, i32 %4382
	%4393 = select i1 %4388, i32 %4375, i32 %4383
	%4394 = or i1 %4384, %4388
	%4395 = add i32 %4385, %4301
	%4396 = xor i1 %4394, true
	%4397 = icmp sge i32 %4395, %4177
	%4398 = and i1 %4396, %4397
	%4399 = mul i32 %3, 8
	%4400 = add i32 %4399, 5
	%4401 = sub i32 255, %4400
	%4402 = select i1 %4398, i32 %4401, i32 %4392
	%4403 = select i1 %4398, i32 %4385, i32 %4393
	%4404 = or i1 %4394, %4398
	%4405 = add i32 %4395, %4310
	%4406 = xor i1 %4404, true
	%4407 = icmp sge i32 %4405, %4177
	%4408 = and i1 %4406, %4407
	%4409 = mul i32 %3, 8
	%4410 = add i32 %4409, 6
	%4411 = sub i32 255, %4410
	%4412 = select i1 %4408, i32 %4411, i32 %4402
	%4413 = select i1 %4408, i32 %4395, i32 %4403
	%4414 = or i1 %4404, %4408
	%4415 = add i32 %4405, %4319
	%4416 = xor i1 %4414, true
	%4417 = icmp sge i32 %4415, %4177
	%4418 = and i1 %4416, %4417
	%4419 = mul i32 %3, 8
	%4420 = add i32 %4419, 7
	%4421 = sub i32 255, %4420
	%4422 = select i1 %4418, i32 %4421, i32 %4412
	%4423 = select i1 %4418, i32 %4405, i32 %4413
	%4424 = or i1 %4414, %4418
	%4425 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4344)
	%4426 = call i32 @llvm.cttz.i32(i32 %4425, i1 false)
	%4427 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %4422, i32 %4426, i32 31)
	%4428 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %4423, i32 %4426, i32 31)
	%4429 = shl i32 %4427, 0
	%4430 = or i32 %4174, %4429
	%4431 = shl i32 255, 0
	%4432 = or i32 %4176, %4431
	%4433 = sub i32 %4177, %4428
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4434 = shl i32 1, %3
	%4435 = sub i32 %4434, 1
	br label %4446

4436:
	%4437 = lshr i32 %4244, 0
	%4438 = and i32 %4437, 255
	%4439 = add i32 %3389, %4438
	%4440 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4441 = bitcast i8 addrspace(3)* %4440 to i32 addrspace(3)*
	%4442 = getelementptr i32, i32 addrspace(3)* %4441, i32 %4439
	%4443 = atomicrmw add i32 addrspace(3)* %4442, i32 1 monotonic
	br label %4444

4444:
	%4445 = add i32 %4237, 32
	br label %4236

4446:
	%4447 = phi i32 [ 0, %4248 ], [ %4496, %4491 ]
	%4448 = phi i32 [ 0, %4248 ], [ %4493, %4491 ]
	%4449 = phi i32 [ 0, %4248 ], [ %4495, %4491 ]
	%4450 = icmp slt i32 %4447, %550
	br i1 %4450, label %4451, label %4454

4451:
	%4452 = add i32 %4447, %3
	%4453 = icmp slt i32 %4452, %550
	br i1 %4453, label %4455, label %4465

4454:
	br label %3438

4455:
	%4456 = add i32 %3388, %4452
	%4457 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%4458 = bitcast i8 addrspace(3)* %4457 to i32 addrspace(3)*
	%4459 = getelementptr i32, i32 addrspace(3)* %4458, i32 %4456
	%4460 = load i32, i32 addrspace(3)* %4459
	%4461 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%4462 = bitcast i8 addrspace(3)* %4461 to i32 addrspace(3)*
	%4463 = getelementptr i32, i32 addrspace(3)* %4462, i32 %4456
	%4464 = load i32, i32 addrspace(3)* %4463
	br label %4465

4465:
	%4466 = phi i32 [ 0, %4451 ], [ %4460, %4455 ]
	%4467 = phi i32 [ 0, %4451 ], [ %4464, %4455 ]
	%4468 = icmp eq i32 %4466, %4430
	%4469 = and i1 %4453, %4468
	%4470 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4469)
	%4471 = and i32 %4470, %4435
	%4472 = call i32 @llvm.ctpop.i32(i32 %4471)
	%4473 = add i32 %4449, %4472
	%4474 = icmp ugt i32 %4466, %4430
	%4475 = icmp slt i32 %4473, %4433
	%4476 = and i1 %4469, %4475
	%4477 = or i1 %4474, %4476
	%4478 = and i1 %4453, %4477
	%4479 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4478)
	%4480 = and i32 %4479, %4435
	%4481 = call i32 @llvm.ctpop.i32(i32 %4480)
	%4482 = add i32 %4448, %4481
	%4483 = add i32 %3388, %4482
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %4478, label %4484, label %4491

4484:
	%4485 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%4486 = bitcast i8 addrspace(3)* %4485 to i32 addrspace(3)*
	%4487 = getelementptr i32, i32 addrspace(3)* %4486, i32 %4483
	store i32 %4466, i32 addrspace(3)* %4487
	%4488 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%4489 = bitcast i8 addrspace(3)* %4488 to i32 addrspace(3)*
	%4490 = getelementptr i32, i32 addrspace(3)* %4489, i32 %4483
	store i32 %4467, i32 addrspace(3)* %4490
	br label %4491

4491:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4492 = call i32 @llvm.ctpop.i32(i32 %4479)
	%4493 = add i32 %4448, %4492
	%4494 = call i32 @llvm.ctpop.i32(i32 %4470)
	%4495 = add i32 %4449, %4494
	%4496 = add i32 %4447, 32
	br label %4446

4497:
	%4498 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%4499 = bitcast i8 addrspace(3)* %4498 to i32 addrspace(3)*
	%4500 = getelementptr i32, i32 addrspace(3)* %4499, i32 %3467
	store i32 %3322, i32 addrspace(3)* %4500
	%4501 = add i32 0, %3
	%4502 = add i32 %547, %4501
	%4503 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%4504 = bitcast i8 addrspace(3)* %4503 to i32 addrspace(3)*
	%4505 = getelementptr i32, i32 addrspace(3)* %4504, i32 %3467
	store i32 %4502, i32 addrspace(3)* %4505
	br label %4506

4506:
	%4507 = call i32 @llvm.ctpop.i32(i32 %3443)
	%4508 = add i32 %3439, %4507
	%4509 = and i32 %3448, %3462
	%4510 = call i32 @llvm.ctpop.i32(i32 %4509)
	%4511 = add i32 %4508, %4510
	%4512 = add i32 %3463, %4511
	br i1 %3447, label %4513, label %4522

4513:
	%4514 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%4515 = bitcast i8 addrspace(3)* %4514 to i32 addrspace(3)*
	%4516 = getelementptr i32, i32 addrspace(3)* %4515, i32 %4512
	store i32 %3335, i32 addrspace(3)* %4516
	%4517 = add i32 32, %3
	%4518 = add i32 %547, %4517
	%4519 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%4520 = bitcast i8 addrspace(3)* %4519 to i32 addrspace(3)*
	%4521 = getelementptr i32, i32 addrspace(3)* %4520, i32 %4512
	store i32 %4518, i32 addrspace(3)* %4521
	br label %4522

4522:
	%4523 = call i32 @llvm.ctpop.i32(i32 %3448)
	%4524 = add i32 %4508, %4523
	%4525 = and i32 %3453, %3462
	%4526 = call i32 @llvm.ctpop.i32(i32 %4525)
	%4527 = add i32 %4524, %4526
	%4528 = add i32 %3463, %4527
	br i1 %3452, label %4529, label %4538

4529:
	%4530 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%4531 = bitcast i8 addrspace(3)* %4530 to i32 addrspace(3)*
	%4532 = getelementptr i32, i32 addrspace(3)* %4531, i32 %4528
	store i32 %3348, i32 addrspace(3)* %4532
	%4533 = add i32 64, %3
	%4534 = add i32 %547, %4533
	%4535 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%4536 = bitcast i8 addrspace(3)* %4535 to i32 addrspace(3)*
	%4537 = getelementptr i32, i32 addrspace(3)* %4536, i32 %4528
	store i32 %4534, i32 addrspace(3)* %4537
	br label %4538

4538:
	%4539 = call i32 @llvm.ctpop.i32(i32 %3453)
	%4540 = add i32 %4524, %4539
	%4541 = and i32 %3458, %3462
	%4542 = call i32 @llvm.ctpop.i32(i32 %4541)
	%4543 = add i32 %4540, %4542
	%4544 = add i32 %3463, %4543
	br i1 %3457, label %4545, label %4554

4545:
	%4546 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%4547 = bitcast i8 addrspace(3)* %4546 to i32 addrspace(3)*
	%4548 = getelementptr i32, i32 addrspace(3)* %4547, i32 %4544
	store i32 %3361, i32 addrspace(3)* %4548
	%4549 = add i32 96, %3
	%4550 = add i32 %547, %4549
	%4551 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%4552 = bitcast i8 addrspace(3)* %4551 to i32 addrspace(3)*
	%4553 = getelementptr i32, i32 addrspace(3)* %4552, i32 %4544
	store i32 %4550, i32 addrspace(3)* %4553
	br label %4554

4554:
	%4555 = call i32 @llvm.ctpop.i32(i32 %3458)
	%4556 = add i32 %4540, %4555
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4557 = add i32 %3439, %3460
	br label %3384

4558:
	%4559 = mul i32 %462, 129
	%4560 = add i32 0, %3
	%4561 = add i32 %4559, %4560
	%4562 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%4563 = bitcast i8 addrspace(3)* %4562 to float addrspace(3)*
	%4564 = getelementptr float, float addrspace(3)* %4563, i32 %4561
	%4565 = load float, float addrspace(3)* %4564
	%4566 = fcmp ogt float %4565, 0xFFF0000000000000
	%4567 = fadd float %4565, 0.0
	%4568 = bitcast float %4567 to i32
	%4569 = ashr i32 %4568, 31
	%4570 = or i32 %4569, -2147483648
	%4571 = xor i32 %4568, %4570
	%4572 = mul i32 %462, 129
	%4573 = add i32 32, %3
	%4574 = add i32 %4572, %4573
	%4575 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%4576 = bitcast i8 addrspace(3)* %4575 to float addrspace(3)*
	%4577 = getelementptr float, float addrspace(3)* %4576, i32 %4574
	%4578 = load float, float addrspace(3)* %4577
	%4579 = fcmp ogt float %4578, 0xFFF0000000000000
	%4580 = fadd float %4578, 0.0
	%4581 = bitcast float %4580 to i32
	%4582 = ashr i32 %4581, 31
	%4583 = or i32 %4582, -2147483648
	%4584 = xor i32 %4581, %4583
	%4585 = mul i32 %462, 129
	%4586 = add i32 64, %3
	%4587 = add i32 %4585, %4586
	%4588 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%4589 = bitcast i8 addrspace(3)* %4588 to float addrspace(3)*
	%4590 = getelementptr float, float addrspace(3)* %4589, i32 %4587
	%4591 = load float, float addrspace(3)* %4590
	%4592 = fcmp ogt float %4591, 0xFFF0000000000000
	%4593 = fadd float %4591, 0.0
	%4594 = bitcast float %4593 to i32
	%4595 = ashr i32 %4594, 31
	%4596 = or i32 %4595, -2147483648
	%4597 = xor i32 %4594, %4596
	%4598 = mul i32 %462, 129
	%4599 = add i32 96, %3
	%4600 = add i32 %4598, %4599
	%4601 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%4602 = bitcast i8 addrspace(3)* %4601 to float addrspace(3)*
	%4603 = getelementptr float, float addrspace(3)* %4602, i32 %4600
	%4604 = load float, float addrspace(3)* %4603
	%4605 = fcmp ogt float %4604, 0xFFF0000000000000
	%4606 = fadd float %4604, 0.0
	%4607 = bitcast float %4606 to i32
	%4608 = ashr i32 %4607, 31
	%4609 = or i32 %4608, -2147483648
	%4610 = xor i32 %4607, %4609
	%4611 = icmp ugt i32 %4571, %553
	%4612 = and i1 %4566, %4611
	%4613 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4612)
	%4614 = call i32 @llvm.ctpop.i32(i32 %4613)
	%4615 = add i32 0, %4614
	%4616 = icmp ugt i32 %4584, %553
	%4617 = and i1 %4579, %4616
	%4618 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4617)
	%4619 = call i32 @llvm.ctpop.i32(i32 %4618)
	%4620 = add i32 %4615, %4619
	%4621 = icmp ugt i32 %4597, %553
	%4622 = and i1 %4592, %4621
	%4623 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4622)
	%4624 = call i32 @llvm.ctpop.i32(i32 %4623)
	%4625 = add i32 %4620, %4624
	%4626 = icmp ugt i32 %4610, %553
	%4627 = and i1 %4605, %4626
	%4628 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4627)
	%4629 = call i32 @llvm.ctpop.i32(i32 %4628)
	%4630 = add i32 %4625, %4629
	%4631 = add i32 %552, %4630
	%4632 = icmp sgt i32 %4631, 160
	br i1 %4632, label %4636, label %4687

4633:
	%4634 = phi i32 [ %552, %3384 ], [ %5806, %5803 ]
	%4635 = phi i32 [ %553, %3384 ], [ %4689, %5803 ]
	br i1 %545, label %5807, label %5882

4636:
	%4637 = mul i32 %462, 160
	%4638 = mul i32 %4, 256
	%4639 = mul i32 %3, 8
	%4640 = add i32 %4639, 0
	%4641 = add i32 %4638, %4640
	%4642 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4643 = bitcast i8 addrspace(3)* %4642 to i32 addrspace(3)*
	%4644 = getelementptr i32, i32 addrspace(3)* %4643, i32 %4641
	store i32 0, i32 addrspace(3)* %4644
	%4645 = mul i32 %3, 8
	%4646 = add i32 %4645, 1
	%4647 = add i32 %4638, %4646
	%4648 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4649 = bitcast i8 addrspace(3)* %4648 to i32 addrspace(3)*
	%4650 = getelementptr i32, i32 addrspace(3)* %4649, i32 %4647
	store i32 0, i32 addrspace(3)* %4650
	%4651 = mul i32 %3, 8
	%4652 = add i32 %4651, 2
	%4653 = add i32 %4638, %4652
	%4654 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4655 = bitcast i8 addrspace(3)* %4654 to i32 addrspace(3)*
	%4656 = getelementptr i32, i32 addrspace(3)* %4655, i32 %4653
	store i32 0, i32 addrspace(3)* %4656
	%4657 = mul i32 %3, 8
	%4658 = add i32 %4657, 3
	%4659 = add i32 %4638, %4658
	%4660 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4661 = bitcast i8 addrspace(3)* %4660 to i32 addrspace(3)*
	%4662 = getelementptr i32, i32 addrspace(3)* %4661, i32 %4659
	store i32 0, i32 addrspace(3)* %4662
	%4663 = mul i32 %3, 8
	%4664 = add i32 %4663, 4
	%4665 = add i32 %4638, %4664
	%4666 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4667 = bitcast i8 addrspace(3)* %4666 to i32 addrspace(3)*
	%4668 = getelementptr i32, i32 addrspace(3)* %4667, i32 %4665
	store i32 0, i32 addrspace(3)* %4668
	%4669 = mul i32 %3, 8
	%4670 = add i32 %4669, 5
	%4671 = add i32 %4638, %4670
	%4672 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4673 = bitcast i8 addrspace(3)* %4672 to i32 addrspace(3)*
	%4674 = getelementptr i32, i32 addrspace(3)* %4673, i32 %4671
	store i32 0, i32 addrspace(3)* %4674
	%4675 = mul i32 %3, 8
	%4676 = add i32 %4675, 6
	%4677 = add i32 %4638, %4676
	%4678 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4679 = bitcast i8 addrspace(3)* %4678 to i32 addrspace(3)*
	%4680 = getelementptr i32, i32 addrspace(3)* %4679, i32 %4677
	store i32 0, i32 addrspace(3)* %4680
	%4681 = mul i32 %3, 8
	%4682 = add i32 %4681, 7
	%4683 = add i32 %4638, %4682
	%4684 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4685 = bitcast i8 addrspace(3)* %4684 to i32 addrspace(3)*
	%4686 = getelementptr i32, i32 addrspace(3)* %4685, i32 %4683
	store i32 0, i32 addrspace(3)* %4686
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %4717

4687:
	%4688 = phi i32 [ %552, %4558 ], [ %499, %5703 ]
	%4689 = phi i32 [ %553, %4558 ], [ %5679, %5703 ]
	%4690 = icmp ugt i32 %4571, %4689
	%4691 = and i1 %4566, %4690
	%4692 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4691)
	%4693 = call i32 @llvm.ctpop.i32(i32 %4692)
	%4694 = add i32 0, %4693
	%4695 = icmp ugt i32 %4584, %4689
	%4696 = and i1 %4579, %4695
	%4697 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4696)
	%4698 = call i32 @llvm.ctpop.i32(i32 %4697)
	%4699 = add i32 %4694, %4698
	%4700 = icmp ugt i32 %4597, %4689
	%4701 = and i1 %4592, %4700
	%4702 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4701)
	%4703 = call i32 @llvm.ctpop.i32(i32 %4702)
	%4704 = add i32 %4699, %4703
	%4705 = icmp ugt i32 %4610, %4689
	%4706 = and i1 %4605, %4705
	%4707 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4706)
	%4708 = call i32 @llvm.ctpop.i32(i32 %4707)
	%4709 = add i32 %4704, %4708
	%4710 = shl i32 1, %3
	%4711 = sub i32 %4710, 1
	%4712 = mul i32 %462, 160
	%4713 = and i32 %4692, %4711
	%4714 = call i32 @llvm.ctpop.i32(i32 %4713)
	%4715 = add i32 %4688, %4714
	%4716 = add i32 %4712, %4715
	br i1 %4691, label %5746, label %5755

4717:
	%4718 = phi i32 [ %3, %4636 ], [ %4972, %4971 ]
	%4719 = icmp slt i32 %4718, %552
	br i1 %4719, label %4720, label %4729

4720:
	%4721 = add i32 %4637, %4718
	%4722 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%4723 = bitcast i8 addrspace(3)* %4722 to i32 addrspace(3)*
	%4724 = getelementptr i32, i32 addrspace(3)* %4723, i32 %4721
	%4725 = load i32, i32 addrspace(3)* %4724
	%4726 = and i32 %4725, 0
	%4727 = icmp eq i32 %4726, 0
	%4728 = and i1 true, %4727
	br i1 %4728, label %4963, label %4971

4729:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4730 = mul i32 %3, 8
	%4731 = add i32 %4730, 0
	%4732 = sub i32 255, %4731
	%4733 = add i32 %4638, %4732
	%4734 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4735 = bitcast i8 addrspace(3)* %4734 to i32 addrspace(3)*
	%4736 = getelementptr i32, i32 addrspace(3)* %4735, i32 %4733
	%4737 = load i32, i32 addrspace(3)* %4736
	%4738 = add i32 0, %4737
	%4739 = mul i32 %3, 8
	%4740 = add i32 %4739, 1
	%4741 = sub i32 255, %4740
	%4742 = add i32 %4638, %4741
	%4743 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4744 = bitcast i8 addrspace(3)* %4743 to i32 addrspace(3)*
	%4745 = getelementptr i32, i32 addrspace(3)* %4744, i32 %4742
	%4746 = load i32, i32 addrspace(3)* %4745
	%4747 = add i32 %4738, %4746
	%4748 = mul i32 %3, 8
	%4749 = add i32 %4748, 2
	%4750 = sub i32 255, %4749
	%4751 = add i32 %4638, %4750
	%4752 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4753 = bitcast i8 addrspace(3)* %4752 to i32 addrspace(3)*
	%4754 = getelementptr i32, i32 addrspace(3)* %4753, i32 %4751
	%4755 = load i32, i32 addrspace(3)* %4754
	%4756 = add i32 %4747, %4755
	%4757 = mul i32 %3, 8
	%4758 = add i32 %4757, 3
	%4759 = sub i32 255, %4758
	%4760 = add i32 %4638, %4759
	%4761 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4762 = bitcast i8 addrspace(3)* %4761 to i32 addrspace(3)*
	%4763 = getelementptr i32, i32 addrspace(3)* %4762, i32 %4760
	%4764 = load i32, i32 addrspace(3)* %4763
	%4765 = add i32 %4756, %4764
	%4766 = mul i32 %3, 8
	%4767 = add i32 %4766, 4
	%4768 = sub i32 255, %4767
	%4769 = add i32 %4638, %4768
	%4770 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4771 = bitcast i8 addrspace(3)* %4770 to i32 addrspace(3)*
	%4772 = getelementptr i32, i32 addrspace(3)* %4771, i32 %4769
	%4773 = load i32, i32 addrspace(3)* %4772
	%4774 = add i32 %4765, %4773
	%4775 = mul i32 %3, 8
	%4776 = add i32 %4775, 5
	%4777 = sub i32 255, %4776
	%4778 = add i32 %4638, %4777
	%4779 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4780 = bitcast i8 addrspace(3)* %4779 to i32 addrspace(3)*
	%4781 = getelementptr i32, i32 addrspace(3)* %4780, i32 %4778
	%4782 = load i32, i32 addrspace(3)* %4781
	%4783 = add i32 %4774, %4782
	%4784 = mul i32 %3, 8
	%4785 = add i32 %4784, 6
	%4786 = sub i32 255, %4785
	%4787 = add i32 %4638, %4786
	%4788 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4789 = bitcast i8 addrspace(3)* %4788 to i32 addrspace(3)*
	%4790 = getelementptr i32, i32 addrspace(3)* %4789, i32 %4787
	%4791 = load i32, i32 addrspace(3)* %4790
	%4792 = add i32 %4783, %4791
	%4793 = mul i32 %3, 8
	%4794 = add i32 %4793, 7
	%4795 = sub i32 255, %4794
	%4796 = add i32 %4638, %4795
	%4797 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4798 = bitcast i8 addrspace(3)* %4797 to i32 addrspace(3)*
	%4799 = getelementptr i32, i32 addrspace(3)* %4798, i32 %4796
	%4800 = load i32, i32 addrspace(3)* %4799
	%4801 = add i32 %4792, %4800
	%4802 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4801, i32 1, i32 0)
	%4803 = icmp uge i32 %3, 1
	%4804 = select i1 %4803, i32 %4802, i32 0
	%4805 = add i32 %4801, %4804
	%4806 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4805, i32 2, i32 0)
	%4807 = icmp uge i32 %3, 2
	%4808 = select i1 %4807, i32 %4806, i32 0
	%4809 = add i32 %4805, %4808
	%4810 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4809, i32 4, i32 0)
	%4811 = icmp uge i32 %3, 4
	%4812 = select i1 %4811, i32 %4810, i32 0
	%4813 = add i32 %4809, %4812
	%4814 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4813, i32 8, i32 0)
	%4815 = icmp uge i32 %3, 8
	%4816 = select i1 %4815, i32 %4814, i32 0
	%4817 = add i32 %4813, %4816
	%4818 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4817, i32 16, i32 0)
	%4819 = icmp uge i32 %3, 16
	%4820 = select i1 %4819, i32 %4818, i32 0
	%4821 = add i32 %4817, %4820
	%4822 = sub i32 %4821, %4801
	%4823 = icmp slt i32 %4822, %499
	%4824 = icmp sge i32 %4821, %499
	%4825 = and i1 %4823, %4824
	%4826 = add i32 %4822, %4737
	%4827 = xor i1 false, true
	%4828 = icmp sge i32 %4826, %499
	%4829 = and i1 %4827, %4828
	%4830 = mul i32 %3, 8
	%4831 = add i32 %4830, 0
	%4832 = sub i32 255, %4831
	%4833 = select i1 %4829, i32 %4832, i32 0
	%4834 = select i1 %4829, i32 %4822, i32 0
	%4835 = or i1 false, %4829
	%4836 = add i32 %4826, %4746
	%4837 = xor i1 %4835, true
	%4838 = icmp sge i32 %4836, %499
	%4839 = and i1 %4837, %4838
	%4840 = mul i32 %3, 8
	%4841 = add i32 %4840, 1
	%4842 = sub i32 255, %4841
	%4843 = select i1 %4839, i32 %4842, i32 %4833
	%4844 = select i1 %4839, i32 %4826, i32 %4834
	%4845 = or i1 %4835, %4839
	%4846 = add i32 %4836, %4755
	%4847 = xor i1 %4845, true
	%4848 = icmp sge i32 %4846, %499
	%4849 = and i1 %4847, %4848
	%4850 = mul i32 %3, 8
	%4851 = add i32 %4850, 2
	%4852 = sub i32 255, %4851
	%4853 = select i1 %4849, i32 %4852, i32 %4843
	%4854 = select i1 %4849, i32 %4836, i32 %4844
	%4855 = or i1 %4845, %4849
	%4856 = add i32 %4846, %4764
	%4857 = xor i1 %4855, true
	%4858 = icmp sge i32 %4856, %499
	%4859 = and i1 %4857, %4858
	%4860 = mul i32 %3, 8
	%4861 = add i32 %4860, 3
	%4862 = sub i32 255, %4861
	%4863 = select i1 %4859, i32 %4862, i32 %4853
	%4864 = select i1 %4859, i32 %4846, i32 %4854
	%4865 = or i1 %4855, %4859
	%4866 = add i32 %4856, %4773
	%4867 = xor i1 %4865, true
	%4868 = icmp sge i32 %4866, %499
	%4869 = and i1 %4867, %4868
	%4870 = mul i32 %3, 8
	%4871 = add i32 %4870, 4
	%4872 = sub i32 255, %4871
	%4873 = select i1 %4869, i32 %4872, i32 %4863
	%4874 = select i1 %4869, i32 %4856, i32 %4864
	%4875 = or i1 %4865, %4869
	%4876 = add i32 %4866, %4782
	%4877 = xor i1 %4875, true
	%4878 = icmp sge i32 %4876, %499
	%4879 = and i1 %4877, %4878
	%4880 = mul i32 %3, 8
	%4881 = add i32 %4880, 5
	%4882 = sub i32 255, %4881
	%4883 = select i1 %4879, i32 %4882, i32 %4873
	%4884 = select i1 %4879, i32 %4866, i32 %4874
	%4885 = or i1 %4875, %4879
	%4886 = add i32 %4876, %4791
	%4887 = xor i1 %4885, true
	%4888 = icmp sge i32 %4886, %499
	%4889 = and i1 %4887, %4888
	%4890 = mul i32 %3, 8
	%4891 = add i32 %4890, 6
	%4892 = sub i32 255, %4891
	%4893 = select i1 %4889, i32 %4892, i32 %4883
	%4894 = select i1 %4889, i32 %4876, i32 %4884
	%4895 = or i1 %4885, %4889
	%4896 = add i32 %4886, %4800
	%4897 = xor i1 %4895, true
	%4898 = icmp sge i32 %4896, %499
	%4899 = and i1 %4897, %4898
	%4900 = mul i32 %3, 8
	%4901 = add i32 %4900, 7
	%4902 = sub i32 255, %4901
	%4903 = select i1 %4899, i32 %4902, i32 %4893
	%4904 = select i1 %4899, i32 %4886, i32 %4894
	%4905 = or i1 %4895, %4899
	%4906 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4825)
	%4907 = call i32 @llvm.cttz.i32(i32 %4906, i1 false)
	%4908 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %4903, i32 %4907, i32 31)
	%4909 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %4904, i32 %4907, i32 31)
	%4910 = shl i32 %4908, 24
	%4911 = or i32 0, %4910
	%4912 = shl i32 255, 24
	%4913 = or i32 0, %4912
	%4914 = sub i32 %499, %4909
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4915 = mul i32 %3, 8
	%4916 = add i32 %4915, 0
	%4917 = add i32 %4638, %4916
	%4918 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4919 = bitcast i8 addrspace(3)* %4918 to i32 addrspace(3)*
	%4920 = getelementptr i32, i32 addrspace(3)* %4919, i32 %4917
	store i32 0, i32 addrspace(3)* %4920
	%4921 = mul i32 %3, 8
	%4922 = add i32 %4921, 1
	%4923 = add i32 %4638, %4922
	%4924 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4925 = bitcast i8 addrspace(3)* %4924 to i32 addrspace(3)*
	%4926 = getelementptr i32, i32 addrspace(3)* %4925, i32 %4923
	store i32 0, i32 addrspace(3)* %4926
	%4927 = mul i32 %3, 8
	%4928 = add i32 %4927, 2
	%4929 = add i32 %4638, %4928
	%4930 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4931 = bitcast i8 addrspace(3)* %4930 to i32 addrspace(3)*
	%4932 = getelementptr i32, i32 addrspace(3)* %4931, i32 %4929
	store i32 0, i32 addrspace(3)* %4932
	%4933 = mul i32 %3, 8
	%4934 = add i32 %4933, 3
	%4935 = add i32 %4638, %4934
	%4936 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4937 = bitcast i8 addrspace(3)* %4936 to i32 addrspace(3)*
	%4938 = getelementptr i32, i32 addrspace(3)* %4937, i32 %4935
	store i32 0, i32 addrspace(3)* %4938
	%4939 = mul i32 %3, 8
	%4940 = add i32 %4939, 4
	%4941 = add i32 %4638, %4940
	%4942 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4943 = bitcast i8 addrspace(3)* %4942 to i32 addrspace(3)*
	%4944 = getelementptr i32, i32 addrspace(3)* %4943, i32 %4941
	store i32 0, i32 addrspace(3)* %4944
	%4945 = mul i32 %3, 8
	%4946 = add i32 %4945, 5
	%4947 = add i32 %4638, %4946
	%4948 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4949 = bitcast i8 addrspace(3)* %4948 to i32 addrspace(3)*
	%4950 = getelementptr i32, i32 addrspace(3)* %4949, i32 %4947
	store i32 0, i32 addrspace(3)* %4950
	%4951 = mul i32 %3, 8
	%4952 = add i32 %4951, 6
	%4953 = add i32 %4638, %4952
	%4954 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4955 = bitcast i8 addrspace(3)* %4954 to i32 addrspace(3)*
	%4956 = getelementptr i32, i32 addrspace(3)* %4955, i32 %4953
	store i32 0, i32 addrspace(3)* %4956
	%4957 = mul i32 %3, 8
	%4958 = add i32 %4957, 7
	%4959 = add i32 %4638, %4958
	%4960 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4961 = bitcast i8 addrspace(3)* %4960 to i32 addrspace(3)*
	%4962 = getelementptr i32, i32 addrspace(3)* %4961, i32 %4959
	store i32 0, i32 addrspace(3)* %4962
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %4973

4963:
	%4964 = lshr i32 %4725, 24
	%4965 = and i32 %4964, 255
	%4966 = add i32 %4638, %4965
	%4967 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4968 = bitcast i8 addrspace(3)* %4967 to i32 addrspace(3)*
	%4969 = getelementptr i32, i32 addrspace(3)* %4968, i32 %4966
	%4970 = atomicrmw add i32 addrspace(3)* %4969, i32 1 monotonic
	br label %4971

4971:
	%4972 = add i32 %4718, 32
	br label %4717

4973:
	%4974 = phi i32 [ %3, %4729 ], [ %5228, %5227 ]
	%4975 = icmp slt i32 %4974, %552
	br i1 %4975, label %4976, label %4985

4976:
	%4977 = add i32 %4637, %4974
	%4978 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%4979 = bitcast i8 addrspace(3)* %4978 to i32 addrspace(3)*
	%4980 = getelementptr i32, i32 addrspace(3)* %4979, i32 %4977
	%4981 = load i32, i32 addrspace(3)* %4980
	%4982 = and i32 %4981, %4913
	%4983 = icmp eq i32 %4982, %4911
	%4984 = and i1 true, %4983
	br i1 %4984, label %5219, label %5227

4985:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4986 = mul i32 %3, 8
	%4987 = add i32 %4986, 0
	%4988 = sub i32 255, %4987
	%4989 = add i32 %4638, %4988
	%4990 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4991 = bitcast i8 addrspace(3)* %4990 to i32 addrspace(3)*
	%4992 = getelementptr i32, i32 addrspace(3)* %4991, i32 %4989
	%4993 = load i32, i32 addrspace(3)* %4992
	%4994 = add i32 0, %4993
	%4995 = mul i32 %3, 8
	%4996 = add i32 %4995, 1
	%4997 = sub i32 255, %4996
	%4998 = add i32 %4638, %4997
	%4999 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5000 = bitcast i8 addrspace(3)* %4999 to i32 addrspace(3)*
	%5001 = getelementptr i32, i32 addrspace(3)* %5000, i32 %4998
	%5002 = load i32, i32 addrspace(3)* %5001
	%5003 = add i32 %4994, %5002
	%5004 = mul i32 %3, 8
	%5005 = add i32 %5004, 2
	%5006 = sub i32 255, %5005
	%5007 = add i32 %4638, %5006
	%5008 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5009 = bitcast i8 addrspace(3)* %5008 to i32 addrspace(3)*
	%5010 = getelementptr i32, i32 addrspace(3)* %5009, i32 %5007
	%5011 = load i32, i32 addrspace(3)* %5010
	%5012 = add i32 %5003, %5011
	%5013 = mul i32 %3, 8
	%5014 = add i32 %5013, 3
	%5015 = sub i32 255, %5014
	%5016 = add i32 %4638, %5015
	%5017 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5018 = bitcast i8 addrspace(3)* %5017 to i32 addrspace(3)*
	%5019 = getelementptr i32, i32 addrspace(3)* %5018, i32 %5016
	%5020 = load i32, i32 addrspace(3)* %5019
	%5021 = add i32 %5012, %5020
	%5022 = mul i32 %3, 8
	%5023 = add i32 %5022, 4
	%5024 = sub i32 255, %5023
	%5025 = add i32 %4638, %5024
	%5026 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5027 = bitcast i8 addrspace(3)* %5026 to i32 addrspace(3)*
	%5028 = getelementptr i32, i32 addrspace(3)* %5027, i32 %5025
	%5029 = load i32, i32 addrspace(3)* %5028
	%5030 = add i32 %5021, %5029
	%5031 = mul i32 %3, 8
	%5032 = add i32 %5031, 5
	%5033 = sub i32 255, %5032
	%5034 = add i32 %4638, %5033
	%5035 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5036 = bitcast i8 addrspace(3)* %5035 to i32 addrspace(3)*
	%5037 = getelementptr i32, i32 addrspace(3)* %5036, i32 %5034
	%5038 = load i32, i32 addrspace(3)* %5037
	%5039 = add i32 %5030, %5038
	%5040 = mul i32 %3, 8
	%5041 = add i32 %5040, 6
	%5042 = sub i32 255, %5041
	%5043 = add i32 %4638, %5042
	%5044 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5045 = bitcast i8 addrspace(3)* %5044 to i32 addrspace(3)*
	%5046 = getelementptr i32, i32 addrspace(3)* %5045, i32 %5043
	%5047 = load i32, i32 addrspace(3)* %5046
	%5048 = add i32 %5039, %5047
	%5049 = mul i32 %3, 8
	%5050 = add i32 %5049, 7
	%5051 = sub i32 255, %5050
	%5052 = add i32 %4638, %5051
	%5053 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5054 = bitcast i8 addrspace(3)* %5053 to i32 addrspace(3)*
	%5055 = getelementptr i32, i32 addrspace(3)* %5054, i32 %5052
	%5056 = load i32, i32 addrspace(3)* %5055
	%5057 = add i32 %5048, %5056
	%5058 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5057, i32 1, i32 0)
	%5059 = icmp uge i32 %3, 1
	%5060 = select i1 %5059, i32 %5058, i32 0
	%5061 = add i32 %5057, %5060
	%5062 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5061, i32 2, i32 0)
	%5063 = icmp uge i32 %3, 2
	%5064 = select i1 %5063, i32 %5062, i32 0
	%5065 = add i32 %5061, %5064
	%5066 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5065, i32 4, i32 0)
	%5067 = icmp uge i32 %3, 4
	%5068 = select i1 %5067, i32 %5066, i32 0
	%5069 = add i32 %5065, %5068
	%5070 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5069, i32 8, i32 0)
	%5071 = icmp uge i32 %3, 8
	%5072 = select i1 %5071, i32 %5070, i32 0
	%5073 = add i32 %5069, %5072
	%5074 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5073, i32 16, i32 0)
	%5075 = icmp uge i32 %3, 16
	%5076 = select i1 %5075, i32 %5074, i32 0
	%5077 = add i32 %5073, %5076
	%5078 = sub i32 %5077, %5057
	%5079 = icmp slt i32 %5078, %4914
	%5080 = icmp sge i32 %5077, %4914
	%5081 = and i1 %5079, %5080
	%5082 = add i32 %5078, %4993
	%5083 = xor i1 false, true
	%5084 = icmp sge i32 %5082, %4914
	%5085 = and i1 %5083, %5084
	%5086 = mul i32 %3, 8
	%5087 = add i32 %5086, 0
	%5088 = sub i32 255, %5087
	%5089 = select i1 %5085, i32 %5088, i32 0
	%5090 = select i1 %5085, i32 %5078, i32 0
	%5091 = or i1 false, %5085
	%5092 = add i32 %5082, %5002
	%5093 = xor i1 %5091, true
	%5094 = icmp sge i32 %5092, %4914
	%5095 = and i1 %5093, %5094
	%5096 = mul i32 %3, 8
	%5097 = add i32 %5096, 1
	%5098 = sub i32 255, %5097
	%5099 = select i1 %5095, i32 %5098, i32 %5089
	%5100 = select i1 %5095, i32 %5082, i32 %5090
	%5101 = or i1 %5091, %5095
	%5102 = add i32 %5092, %5011
	%5103 = xor i1 %5101, true
	%5104 = icmp sge i32 %5102, %4914
	%5105 = and i1 %5103, %5104
	%5106 = mul i32 %3, 8
	%5107 = add i32 %5106, 2
	%5108 = sub i32 255, %5107
	%5109 = select i1 %5105, i32 %5108, i32 %5099
	%5110 = select i1 %5105, i32 %5092, i32 %5100
	%5111 = or i1 %5101, %5105
	%5112 = add i32 %5102, %5020
	%5113 = xor i1 %5111, true
	%5114 = icmp sge i32 %5112, %4914
	%5115 = and i1 %5113, %5114
	%5116 = mul i32 %3, 8
	%5117 = add i32 %5116, 3
	%5118 = sub i32 255, %5117
	%5119 = select i1 %5115, i32 %5118, i32 %5109
	%5120 = select i1 %5115, i32 %5102, i32 %5110
	%5121 = or i1 %5111, %5115
	%5122 = add i32 %5112, %5029
	%5123 = xor i1 %5121, true
	%5124 = icmp sge i32 %5122, %4914
	%5125 = and i1 %5123, %5124
	%5126 = mul i32 %3, 8
	%5127 = add i32 %5126, 4
	%5128 = sub i32 255, %5127
	%5129 = select i1 %5125, i32 %5128, i32 %5119
	%5130 = select i1 %5125, i32 %5112, i32 %5120
	%5131 = or i1 %5121, %5125
	%5132 = add i32 %5122, %5038
	%5133 = xor i1 %5131, true
	%5134 = icmp sge i32 %5132, %4914
	%5135 = and i1 %5133, %5134
	%5136 = mul i32 %3, 8
	%5137 = add i32 %5136, 5
	%5138 = sub i32 255, %5137
	%5139 = select i1 %5135, i32 %5138, i32 %5129
	%5140 = select i1 %5135, i32 %5122, i32 %5130
	%5141 = or i1 %5131, %5135
	%5142 = add i32 %5132, %5047
	%5143 = xor i1 %5141, true
	%5144 = icmp sge i32 %5142, %4914
	%5145 = and i1 %5143, %5144
	%5146 = mul i32 %3, 8
	%5147 = add i32 %5146, 6
	%5148 = sub i32 255, %5147
	%5149 = select i1 %5145, i32 %5148, i32 %5139
	%5150 = select i1 %5145, i32 %5132, i32 %5140
	%5151 = or i1 %5141, %5145
	%5152 = add i32 %5142, %5056
	%5153 = xor i1 %5151, true
	%5154 = icmp sge i32 %5152, %4914
	%5155 = and i1 %5153, %5154
	%5156 = mul i32 %3, 8
	%5157 = add i32 %5156, 7
	%5158 = sub i32 255, %5157
	%5159 = select i1 %5155, i32 %5158, i32 %5149
	%5160 = select i1 %5155, i32 %5142, i32 %5150
	%5161 = or i1 %5151, %5155
	%5162 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5081)
	%5163 = call i32 @llvm.cttz.i32(i32 %5162, i1 false)
	%5164 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %5159, i32 %5163, i32 31)
	%5165 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %5160, i32 %5163, i32 31)
	%5166 = shl i32 %5164, 16
	%5167 = or i32 %4911, %5166
	%5168 = shl i32 255, 16
	%5169 = or i32 %4913, %5168
	%5170 = sub i32 %4914, %5165
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%5171 = mul i32 %3, 8
	%5172 = add i32 %5171, 0
	%5173 = add i32 %4638, %5172
	%5174 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5175 = bitcast i8 addrspace(3)* %5174 to i32 addrspace(3)*
	%5176 = getelementptr i32, i32 addrspace(3)* %5175, i32 %5173
	store i32 0, i32 addrspace(3)* %5176
	%5177 = mul i32 %3, 8
	%5178 = add i32 %5177, 1
	%5179 = add i32 %4638, %5178
	%5180 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5181 = bitcast i8 addrspace(3)* %5180 to i32 addrspace(3)*
	%5182 = getelementptr i32, i32 addrspace(3)* %5181, i32 %5179
	store i32 0, i32 addrspace(3)* %5182
	%5183 = mul i32 %3, 8
	%5184 = add i32 %5183, 2
	%5185 = add i32 %4638, %5184
	%5186 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5187 = bitcast i8 addrspace(3)* %5186 to i32 addrspace(3)*
	%5188 = getelementptr i32, i32 addrspace(3)* %5187, i32 %5185
	store i32 0, i32 addrspace(3)* %5188
	%5189 = mul i32 %3, 8
	%5190 = add i32 %5189, 3
	%5191 = add i32 %4638, %5190
	%5192 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5193 = bitcast i8 addrspace(3)* %5192 to i32 addrspace(3)*
	%5194 = getelementptr i32, i32 addrspace(3)* %5193, i32 %5191
	store i32 0, i32 addrspace(3)* %5194
	%5195 = mul i32 %3, 8
	%5196 = add i32 %5195, 4
	%5197 = add i32 %4638, %5196
	%5198 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5199 = bitcast i8 addrspace(3)* %5198 to i32 addrspace(3)*
	%5200 = getelementptr i32, i32 addrspace(3)* %5199, i32 %5197
	store i32 0, i32 addrspace(3)* %5200
	%5201 = mul i32 %3, 8
	%5202 = add i32 %5201, 5
	%5203 = add i32 %4638, %5202
	%5204 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5205 = bitcast i8 addrspace(3)* %5204 to i32 addrspace(3)*
	%5206 = getelementptr i32, i32 addrspace(3)* %5205, i32 %5203
	store i32 0, i32 addrspace(3)* %5206
	%5207 = mul i32 %3, 8
	%5208 = add i32 %5207, 6
	%5209 = add i32 %4638, %5208
	%5210 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5211 = bitcast i8 addrspace(3)* %5210 to i32 addrspace(3)*
	%5212 = getelementptr i32, i32 addrspace(3)* %5211, i32 %5209
	store i32 0, i32 addrspace(3)* %5212
	%5213 = mul i32 %3, 8
	%5214 = add i32 %5213, 7
	%5215 = add i32 %4638, %5214
	%5216 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5217 = bitcast i8 addrspace(3)* %5216 to i32 addrspace(3)*
	%5218 = getelementptr i32, i32 addrspace(3)* %5217, i32 %5215
	store i32 0, i32 addrspace(3)* %5218
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %5229

5219:
	%5220 = lshr i32 %4981, 16
	%5221 = and i32 %5220, 255
	%5222 = add i32 %4638, %5221
	%5223 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5224 = bitcast i8 addrspace(3)* %5223 to i32 addrspace(3)*
	%5225 = getelementptr i32, i32 addrspace(3)* %5224, i32 %5222
	%5226 = atomicrmw add i32 addrspace(3)* %5225, i32 1 monotonic
	br label %5227

5227:
	%5228 = add i32 %4974, 32
	br label %4973

5229:
	%5230 = phi i32 [ %3, %4985 ], [ %5484, %5483 ]
	%5231 = icmp slt i32 %5230, %552
	br i1 %5231, label %5232, label %5241

5232:
	%5233 = add i32 %4637, %5230
	%5234 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%5235 = bitcast i8 addrspace(3)* %5234 to i32 addrspace(3)*
	%5236 = getelementptr i32, i32 addrspace(3)* %5235, i32 %5233
	%5237 = load i32, i32 addrspace(3)* %5236
	%5238 = and i32 %5237, %5169
	%5239 = icmp eq i32 %5238, %5167
	%5240 = and i1 true, %5239
	br i1 %5240, label %5475, label %5483

5241:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%5242 = mul i32 %3, 8
	%5243 = add i32 %5242, 0
	%5244 = sub i32 255, %5243
	%5245 = add i32 %4638, %5244
	%5246 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5247 = bitcast i8 addrspace(3)* %5246 to i32 addrspace(3)*
	%5248 = getelementptr i32, i32 addrspace(3)* %5247, i32 %5245
	%5249 = load i32, i32 addrspace(3)* %5248
	%5250 = add i32 0, %5249
	%5251 = mul i32 %3, 8
	%5252 = add i32 %5251, 1
	%5253 = sub i32 255, %5252
	%5254 = add i32 %4638, %5253
	%5255 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5256 = bitcast i8 addrspace(3)* %5255 to i32 addrspace(3)*
	%5257 = getelementptr i32, i32 addrspace(3)* %5256, i32 %5254
	%5258 = load i32, i32 addrspace(3)* %5257
	%5259 = add i32 %5250, %5258
	%5260 = mul i32 %3, 8
	%5261 = add i32 %5260, 2
	%5262 = sub i32 255, %5261
	%5263 = add i32 %4638, %5262
	%5264 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5265 = bitcast i8 addrspace(3)* %5264 to i32 addrspace(3)*
	%5266 = getelementptr i32, i32 addrspace(3)* %5265, i32 %5263
	%5267 = load i32, i32 addrspace(3)* %5266
	%5268 = add i32 %5259, %5267
	%5269 = mul i32 %3, 8
	%5270 = add i32 %5269, 3
	%5271 = sub i32 255, %5270
	%5272 = add i32 %4638, %5271
	%5273 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5274 = bitcast i8 addrspace(3)* %5273 to i32 addrspace(3)*
	%5275 = getelementptr i32, i32 addrspace(3)* %5274, i32 %5272
	%5276 = load i32, i32 addrspace(3)* %5275
	%5277 = add i32 %5268, %5276
	%5278 = mul i32 %3, 8
	%5279 = add i32 %5278, 4
	%5280 = sub i32 255, %5279
	%5281 = add i32 %4638, %5280
	%5282 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5283 = bitcast i8 addrspace(3)* %5282 to i32 addrspace(3)*
	%5284 = getelementptr i32, i32 addrspace(3)* %5283, i32 %5281
	%5285 = load i32, i32 addrspace(3)* %5284
	%5286 = add i32 %5277, %5285
	%5287 = mul i32 %3, 8
	%5288 = add i32 %5287, 5
	%5289 = sub i32 255, %5288
	%5290 = add i32 %4638, %5289
	%5291 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5292 = bitcast i8 addrspace(3)* %5291 to i32 addrspace(3)*
	%5293 = getelementptr i32, i32 addrspace(3)* %5292, i32 %5290
	%5294 = load i32, i32 addrspace(3)* %5293
	%5295 = add i32 %5286, %5294
	%5296 = mul i32 %3, 8
	%5297 = add i32 %5296, 6
	%5298 = sub i32 255, %5297
	%5299 = add i32 %4638, %5298
	%5300 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5301 = bitcast i8 addrspace(3)* %5300 to i32 addrspace(3)*
	%5302 = getelementptr i32, i32 addrspace(3)* %5301, i32 %5299
	%5303 = load i32, i32 addrspace(3)* %5302
	%5304 = add i32 %5295, %5303
	%5305 = mul i32 %3, 8
	%5306 = add i32 %5305, 7
	%5307 = sub i32 255, %5306
	%5308 = add i32 %4638, %5307
	%5309 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5310 = bitcast i8 addrspace(3)* %5309 to i32 addrspace(3)*
	%5311 = getelementptr i32, i32 addrspace(3)* %5310, i32 %5308
	%5312 = load i32, i32 addrspace(3)* %5311
	%5313 = add i32 %5304, %5312
	%5314 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5313, i32 1, i32 0)
	%5315 = icmp uge i32 %3, 1
	%5316 = select i1 %5315, i32 %5314, i32 0
	%5317 = add i32 %5313, %5316
	%5318 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5317, i32 2, i32 0)
	%5319 = icmp uge i32 %3, 2
	%5320 = select i1 %5319, i32 %5318, i32 0
	%5321 = add i32 %5317, %5320
	%5322 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5321, i32 4, i32 0)
	%5323 = icmp uge i32 %3, 4
	%5324 = select i1 %5323, i32 %5322, i32 0
	%5325 = add i32 %5321, %5324
	%5326 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5325, i32 8, i32 0)
	%5327 = icmp uge i32 %3, 8
	%5328 = select i1 %5327, i32 %5326, i32 0
	%5329 = add i32 %5325, %5328
	%5330 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5329, i32 16, i32 0)
	%5331 = icmp uge i32 %3, 16
	%5332 = select i1 %5331, i32 %5330, i32 0
	%5333 = add i32 %5329, %5332
	%5334 = sub i32 %5333, %5313
	%5335 = icmp slt i32 %5334, %5170
	%5336 = icmp sge i32 %5333, %5170
	%5337 = and i1 %5335, %5336
	%5338 = add i32 %5334, %5249
	%5339 = xor i1 false, true
	%5340 = icmp sge i32 %5338, %5170
	%5341 = and i1 %5339, %5340
	%5342 = mul i32 %3, 8
	%5343 = add i32 %5342, 0
	%5344 = sub i32 255, %5343
	%5345 = select i1 %5341, i32 %5344, i32 0
	%5346 = select i1 %5341, i32 %5334, i32 0
	%5347 = or i1 false, %5341
	%5348 = add i32 %5338, %5258
	%5349 = xor i1 %5347, true
	%5350 = icmp sge i32 %5348, %5170
	%5351 = and i1 %5349, %5350
	%5352 = mul i32 %3, 8
	%5353 = add i32 %5352, 1
	%5354 = sub i32 255, %5353
	%5355 = select i1 %5351, i32 %5354, i32 %5345
	%5356 = select i1 %5351, i32 %5338, i32 %5346
	%5357 = or i1 %5347, %5351
	%5358 = add i32 %5348, %5267
	%5359 = xor i1 %5357, true
	%5360 = icmp sge i32 %5358, %5170
	%5361 = and i1 %5359, %5360
	%5362 = mul i32 %3, 8
	%5363 = add i32 %5362, 2
	%5364 = sub i32 255, %5363
	%5365 = select i1 %5361, i32 %5364, i32 %5355
	%5366 = select i1 %5361, i32 %5348, i32 %5356
	%5367 = or i1 %5357, %5361
	%5368 = add i32 %5358, %5276
	%5369 = xor i1 %5367, true
	%5370 = icmp sge i32 %5368, %5170
	%5371 = and i1 %5369, %5370
	%5372 = mul i32 %3, 8
	%5373 = add i32 %5372, 3
	%5374 = sub i32 255, %5373
	%5375 = select i1 %5371, i32 %5374, i32 %5365
	%5376 = select i1 %5371, i32 %5358, i32 %5366
	%5377 = or i1 %5367, %5371
	%5378 = add i32 %5368, %5285
	%5379 = xor i1 %5377, true
	%5380 = icmp sge i32 %5378, %5170
	%5381 = and i1 %5379, %5380
	%5382 = mul i32 %3, 8
	%5383 = add i32 %5382, 4
	%5384 = sub i32 255, %5383
	%5385 = select i1 %5381, i32 %5384, i32 %5375
	%5386 = select i1 %5381, i32 %5368, i32 %5376
	%5387 = or i1 %5377, %5381
	%5388 = add i32 %5378, %5294
	%5389 = xor i1 %5387, true
	%5390 = icmp sge i32 %5388, %5170
	%5391 = and i1 %5389, %5390
	%5392 = mul i32 %3, 8
	%5393 = add i32 %5392, 5
	%5394 = sub i32 255, %5393
	%5395 = select i1 %5391, i32 %5394, i32 %5385
	%5396 = select i1 %5391, i32 %5378, i32 %5386
	%5397 = or i1 %5387, %5391
	%5398 = add i32 %5388, %5303
	%5399 = xor i1 %5397, true
	%5400 = icmp sge i32 %5398, %5170
	%5401 = and i1 %5399, %5400
	%5402 = mul i32 %3, 8
	%5403 = add i32 %5402, 6
	%5404 = sub i32 255, %5403
	%5405 = select i1 %5401, i32 %5404, i32 %5395
	%5406 = select i1 %5401, i32 %5388, i32 %5396
	%5407 = or i1 %5397, %5401
	%5408 = add i32 %5398, %5312
	%5409 = xor i1 %5407, true
	%5410 = icmp sge i32 %5408, %5170
	%5411 = and i1 %5409, %5410
	%5412 = mul i32 %3, 8
	%5413 = add i32 %5412, 7
	%5414 = sub i32 255, %5413
	%5415 = select i1 %5411, i32 %5414, i32 %5405
	%5416 = select i1 %5411, i32 %5398, i32 %5406
	%5417 = or i1 %5407, %5411
	%5418 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5337)
	%5419 = call i32 @llvm.cttz.i32(i32 %5418, i1 false)
	%5420 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %5415, i32 %5419, i32 31)
	%5421 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %5416, i32 %5419, i32 31)
	%5422 = shl i32 %5420, 8
	%5423 = or i32 %5167, %5422
	%5424 = shl i32 255, 8
	%5425 = or i32 %5169, %5424
	%5426 = sub i32 %5170, %5421
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%5427 = mul i32 %3, 8
	%5428 = add i32 %5427, 0
	%5429 = add i32 %4638, %5428
	%5430 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5431 = bitcast i8 addrspace(3)* %5430 to i32 addrspace(3)*
	%5432 = getelementptr i32, i32 addrspace(3)* %5431, i32 %5429
	store i32 0, i32 addrspace(3)* %5432
	%5433 = mul i32 %3, 8
	%5434 = add i32 %5433, 1
	%5435 = add i32 %4638, %5434
	%5436 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5437 = bitcast i8 addrspace(3)* %5436 to i32 addrspace(3)*
	%5438 = getelementptr i32, i32 addrspace(3)* %5437, i32 %5435
	store i32 0, i32 addrspace(3)* %5438
	%5439 = mul i32 %3, 8
	%5440 = add i32 %5439, 2
	%5441 = add i32 %4638, %5440
	%5442 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5443 = bitcast i8 addrspace(3)* %5442 to i32 addrspace(3)*
	%5444 = getelementptr i32, i32 addrspace(3)* %5443, i32 %5441
	store i32 0, i32 addrspace(3)* %5444
	%5445 = mul i32 %3, 8
	%5446 = add i32 %5445, 3
	%5447 = add i32 %4638, %5446
	%5448 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5449 = bitcast i8 addrspace(3)* %5448 to i32 addrspace(3)*
	%5450 = getelementptr i32, i32 addrspace(3)* %5449, i32 %5447
	store i32 0, i32 addrspace(3)* %5450
	%5451 = mul i32 %3, 8
	%5452 = add i32 %5451, 4
	%5453 = add i32 %4638, %5452
	%5454 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5455 = bitcast i8 addrspace(3)* %5454 to i32 addrspace(3)*
	%5456 = getelementptr i32, i32 addrspace(3)* %5455, i32 %5453
	store i32 0, i32 addrspace(3)* %5456
	%5457 = mul i32 %3, 8
	%5458 = add i32 %5457, 5
	%5459 = add i32 %4638, %5458
	%5460 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5461 = bitcast i8 addrspace(3)* %5460 to i32 addrspace(3)*
	%5462 = getelementptr i32, i32 addrspace(3)* %5461, i32 %5459
	store i32 0, i32 addrspace(3)* %5462
	%5463 = mul i32 %3, 8
	%5464 = add i32 %5463, 6
	%5465 = add i32 %4638, %5464
	%5466 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5467 = bitcast i8 addrspace(3)* %5466 to i32 addrspace(3)*
	%5468 = getelementptr i32, i32 addrspace(3)* %5467, i32 %5465
	store i32 0, i32 addrspace(3)* %5468
	%5469 = mul i32 %3, 8
	%5470 = add i32 %5469, 7
	%5471 = add i32 %4638, %5470
	%5472 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5473 = bitcast i8 addrspace(3)* %5472 to i32 addrspace(3)*
	%5474 = getelementptr i32, i32 addrspace(3)* %5473, i32 %5471
	store i32 0, i32 addrspace(3)* %5474
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %5485

5475:
	%5476 = lshr i32 %5237, 8
	%5477 = and i32 %5476, 255
	%5478 = add i32 %4638, %5477
	%5479 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5480 = bitcast i8 addrspace(3)* %5479 to i32 addrspace(3)*
	%5481 = getelementptr i32, i32 addrspace(3)* %5480, i32 %5478
	%5482 = atomicrmw add i32 addrspace(3)* %5481, i32 1 monotonic
	br label %5483

5483:
	%5484 = add i32 %5230, 32
	br label %5229

5485:
	%5486 = phi i32 [ %3, %5241 ], [ %5694, %5693 ]
	%5487 = icmp slt i32 %5486, %552
	br i1 %5487, label %5488, label %5497

5488:
	%5489 = add i32 %4637, %5486
	%5490 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%5491 = bitcast i8 addrspace(3)* %5490 to i32 addrspace(3)*
	%5492 = getelementptr i32, i32 addrspace(3)* %5491, i32 %5489
	%5493 = load i32, i32 addrspace(3)* %5492
	%5494 = and i32 %5493, %5425
	%5495 = icmp eq i32 %5494, %5423
	%5496 = and i1 true, %5495
	br i1 %5496, label %5685, label %5693

5497:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%5498 = mul i32 %3, 8
	%5499 = add i32 %5498, 0
	%5500 = sub i32 255, %5499
	%5501 = add i32 %4638, %5500
	%5502 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5503 = bitcast i8 addrspace(3)* %5502 to i32 addrspace(3)*
	%5504 = getelementptr i32, i32 addrspace(3)* %5503, i32 %5501
	%5505 = load i32, i32 addrspace(3)* %5504
	%5506 = add i32 0, %5505
	%5507 = mul i32 %3, 8
	%5508 = add i32 %5507, 1
	%5509 = sub i32 255, %5508
	%5510 = add i32 %4638, %5509
	%5511 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5512 = bitcast i8 addrspace(3)* %5511 to i32 addrspace(3)*
	%5513 = getelementptr i32, i32 addrspace(3)* %5512, i32 %5510
	%5514 = load i32, i32 addrspace(3)* %5513
	%5515 = add i32 %5506, %5514
	%5516 = mul i32 %3, 8
	%5517 = add i32 %5516, 2
	%5518 = sub i32 255, %5517
	%5519 = add i32 %4638, %5518
	%5520 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5521 = bitcast i8 addrspace(3)* %5520 to i32 addrspace(3)*
	%5522 = getelementptr i32, i32 addrspace(3)* %5521, i32 %5519
	%5523 = load i32, i32 addrspace(3)* %5522
	%5524 = add i32 %5515, %5523
	%5525 = mul i32 %3, 8
	%5526 = add i32 %5525, 3
	%5527 = sub i32 255, %5526
	%5528 = add i32 %4638, %5527
	%5529 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5530 = bitcast i8 addrspace(3)* %5529 to i32 addrspace(3)*
	%5531 = getelementptr i32, i32 addrspace(3)* %5530, i32 %5528
	%5532 = load i32, i32 addrspace(3)* %5531
	%5533 = add i32 %5524, %5532
	%5534 = mul i32 %3, 8
	%5535 = add i32 %5534, 4
	%5536 = sub i32 255, %5535
	%5537 = add i32 %4638, %5536
	%5538 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5539 = bitcast i8 addrspace(3)* %5538 to i32 addrspace(3)*
	%5540 = getelementptr i32, i32 addrspace(3)* %5539, i32 %5537
	%5541 = load i32, i32 addrspace(3)* %5540
	%5542 = add i32 %5533, %5541
	%5543 = mul i32 %3, 8
	%5544 = add i32 %5543, 5
	%5545 = sub i32 255, %5544
	%5546 = add i32 %4638, %5545
	%5547 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5548 = bitcast i8 addrspace(3)* %5547 to i32 addrspace(3)*
	%5549 = getelementptr i32, i32 addrspace(3)* %5548, i32 %5546
	%5550 = load i32, i32 addrspace(3)* %5549
	%5551 = add i32 %5542, %5550
	%5552 = mul i32 %3, 8
	%5553 = add i32 %5552, 6
	%5554 = sub i32 255, %5553
	%5555 = add i32 %4638, %5554
	%5556 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5557 = bitcast i8 addrspace(3)* %5556 to i32 addrspace(3)*
	%5558 = getelementptr i32, i32 addrspace(3)* %5557, i32 %5555
	%5559 = load i32, i32 addrspace(3)* %5558
	%5560 = add i32 %5551, %5559
	%5561 = mul i32 %3, 8
	%5562 = add i32 %5561, 7
	%5563 = sub i32 255, %5562
	%5564 = add i32 %4638, %5563
	%5565 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5566 = bitcast i8 addrspace(3)* %5565 to i32 addrspace(3)*
	%5567 = getelementptr i32, i32 addrspace(3)* %5566, i32 %5564
	%5568 = load i32, i32 addrspace(3)* %5567
	%5569 = add i32 %5560, %5568
	%5570 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5569, i32 1, i32 0)
	%5571 = icmp uge i32 %3, 1
	%5572 = select i1 %5571, i32 %5570, i32 0
	%5573 = add i32 %5569, %5572
	%5574 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5573, i32 2, i32 0)
	%5575 = icmp uge i32 %3, 2
	%5576 = select i1 %5575, i32 %5574, i32 0
	%5577 = add i32 %5573, %5576
	%5578 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5577, i32 4, i32 0)
	%5579 = icmp uge i32 %3, 4
	%5580 = select i1 %5579, i32 %5578, i32 0
	%5581 = add i32 %5577, %5580
	%5582 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5581, i32 8, i32 0)
	%5583 = icmp uge i32 %3, 8
	%5584 = select i1 %5583, i32 %5582, i32 0
	%5585 = add i32 %5581, %5584
	%5586 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5585, i32 16, i32 0)
	%5587 = icmp uge i32 %3, 16
	%5588 = select i1 %5587, i32 %5586, i32 0
	%5589 = add i32 %5585, %5588
	%5590 = sub i32 %5589, %5569
	%5591 = icmp slt i32 %5590, %5426
	%5592 = icmp sge i32 %5589, %5426
	%5593 = and i1 %5591, %5592
	%5594 = add i32 %5590, %5505
	%5595 = xor i1 false, true
	%5596 = icmp sge i32 %5594, %5426
	%5597 = and i1 %5595, %5596
	%5598 = mul i32 %3, 8
	%5599 = add i32 %5598, 0
	%5600 = sub i32 255, %5599
	%5601 = select i1 %5597, i32 %5600, i32 0
	%5602 = select i1 %5597, i32 %5590, i32 0
	%5603 = or i1 false, %5597
	%5604 = add i32 %5594, %5514
	%5605 = xor i1 %5603, true
	%5606 = icmp sge i32 %5604, %5426
	%5607 = and i1 %5605, %5606
	%5608 = mul i32 %3, 8
	%5609 = add i32 %5608, 1
	%5610 = sub i32 255, %5609
	%5611 = select i1 %5607, i32 %5610, i32 %5601
	%5612 = select i1 %5607, i32 %5594, i32 %5602
	%5613 = or i1 %5603, %5607
	%5614 = add i32 %5604, %5523
	%5615 = xor i1 %5613, true
	%5616 = icmp sge i32 %5614, %5426
	%5617 = and i1 %5615, %5616
	%5618 = mul i32 %3, 8
	%5619 = add i32 %5618, 2
	%5620 = sub i32 255, %5619
	%5621 = select i1 %5617, i32 %5620, i32 %5611
	%5622 = select i1 %5617, i32 %5604, i32 %5612
	%5623 = or i1 %5613, %5617
	%5624 = add i32 %5614, %5532
	%5625 = xor i1 %5623, true
	%5626 = icmp sge i32 %5624, %5426
	%5627 = and i1 %5625, %5626
	%5628 = mul i32 %3, 8
	%5629 = add i32 %5628, 3
	%5630 = sub i32 255, %5629
	%5631 = select i1 %5627, i32 %5630, i32 %5621
	%5632 = select i1 %5627, i32 %5614, i32 %5622
	%5633 = or i1 %5623, %5627
	%5634 = add i32 %5624, %5541
	%5635 = xor i1 %5633, true
	%5636 = icmp sge i32 %5634, %5426
	%5637 = and i1 %5635, %5636
	%5638 = mul i32 %3, 8
	%5639 = add i32 %5638, 4
	%5640 = sub i32 255, %5639
	%5641 = select i1 %5637, i32 %5640, i32 %5631
	%5642 = select i1 %5637, i32 %5624, i32 %5632
	%5643 = or i1 %5633, %5637
	%5644 = add i32 %5634, %5550
	%5645 = xor i1 %5643, true
	%5646 = icmp sge i32 %5644, %5426
	%5647 = and i1 %5645, %5646
	%5648 = mul i32 %3, 8
	%5649 = add i32 %5648, 5
	%5650 = sub i32 255, %5649
	%5651 = select i1 %5647, i32 %5650, i32 %5641
	%5652 = select i1 %5647, i32 %5634, i32 %5642
	%5653 = or i1 %5643, %5647
	%5654 = add i32 %5644, %5559
	%5655 = xor i1 %5653, true
	%5656 = icmp sge i32 %5654, %5426
	%5657 = and i1 %5655, %5656
	%5658 = mul i32 %3, 8
	%5659 = add i32 %5658, 6
	%5660 = sub i32 255, %5659
	%5661 = select i1 %5657, i32 %5660, i32 %5651
	%5662 = select i1 %5657, i32 %5644, i32 %5652
	%5663 = or i1 %5653, %5657
	%5664 = add i32 %5654, %5568
	%5665 = xor i1 %5663, true
	%5666 = icmp sge i32 %5664, %5426
	%5667 = and i1 %5665, %5666
	%5668 = mul i32 %3, 8
	%5669 = add i32 %5668, 7
	%5670 = sub i32 255, %5669
	%5671 = select i1 %5667, i32 %5670, i32 %5661
	%5672 = select i1 %5667, i32 %5654, i32 %5662
	%5673 = or i1 %5663, %5667
	%5674 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5593)
	%5675 = call i32 @llvm.cttz.i32(i32 %5674, i1 false)
	%5676 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %5671, i32 %5675, i32 31)
	%5677 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %5672, i32 %5675, i32 31)
	%5678 = shl i32 %5676, 0
	%5679 = or i32 %5423, %5678
	%5680 = shl i32 255, 0
	%5681 = or i32 %5425, %5680
	%5682 = sub i32 %5426, %5677
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%5683 = shl i32 1, %3
	%5684 = sub i32 %5683, 1
	br label %5695

5685:
	%5686 = lshr i32 %5493, 0
	%5687 = and i32 %5686, 255
	%5688 = add i32 %4638, %5687
	%5689 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5690 = bitcast i8 addrspace(3)* %5689 to i32 addrspace(3)*
	%5691 = getelementptr i32, i32 addrspace(3)* %5690, i32 %5688
	%5692 = atomicrmw add i32 addrspace(3)* %5691, i32 1 monotonic
	br label %5693

5693:
	%5694 = add i32 %5486, 32
	br label %5485

5695:
	%5696 = phi i32 [ 0, %5497 ], [ %5745, %5740 ]
	%5697 = phi i32 [ 0, %5497 ], [ %5742, %5740 ]
	%5698 = phi i32 [ 0, %5497 ], [ %5744, %5740 ]
	%5699 = icmp slt i32 %5696, %552
	br i1 %5699, label %5700, label %5703

5700:
	%5701 = add i32 %5696, %3
	%5702 = icmp slt i32 %5701, %552
	br i1 %5702, label %5704, label %5714

5703:
	br label %4687

5704:
	%5705 = add i32 %4637, %5701
	%5706 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%5707 = bitcast i8 addrspace(3)* %5706 to i32 addrspace(3)*
	%5708 = getelementptr i32, i32 addrspace(3)* %5707, i32 %5705
	%5709 = load i32, i32 addrspace(3)* %5708
	%5710 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%5711 = bitcast i8 addrspace(3)* %5710 to i32 addrspace(3)*
	%5712 = getelementptr i32, i32 addrspace(3)* %5711, i32 %5705
	%5713 = load i32, i32 addrspace(3)* %5712
	br label %5714

5714:
	%5715 = phi i32 [ 0, %5700 ], [ %5709, %5704 ]
	%5716 = phi i32 [ 0, %5700 ], [ %5713, %5704 ]
	%5717 = icmp eq i32 %5715, %5679
	%5718 = and i1 %5702, %5717
	%5719 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5718)
	%5720 = and i32 %5719, %5684
	%5721 = call i32 @llvm.ctpop.i32(i32 %5720)
	%5722 = add i32 %5698, %5721
	%5723 = icmp ugt i32 %5715, %5679
	%5724 = icmp slt i32 %5722, %5682
	%5725 = and i1 %5718, %5724
	%5726 = or i1 %5723, %5725
	%5727 = and i1 %5702, %5726
	%5728 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5727)
	%5729 = and i32 %5728, %5684
	%5730 = call i32 @llvm.ctpop.i32(i32 %5729)
	%5731 = add i32 %5697, %5730
	%5732 = add i32 %4637, %5731
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %5727, label %5733, label %5740

5733:
	%5734 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%5735 = bitcast i8 addrspace(3)* %5734 to i32 addrspace(3)*
	%5736 = getelementptr i32, i32 addrspace(3)* %5735, i32 %5732
	store i32 %5715, i32 addrspace(3)* %5736
	%5737 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%5738 = bitcast i8 addrspace(3)* %5737 to i32 addrspace(3)*
	%5739 = getelementptr i32, i32 addrspace(3)* %5738, i32 %5732
	store i32 %5716, i32 addrspace(3)* %5739
	br label %5740

5740:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%5741 = call i32 @llvm.ctpop.i32(i32 %5728)
	%5742 = add i32 %5697, %5741
	%5743 = call i32 @llvm.ctpop.i32(i32 %5719)
	%5744 = add i32 %5698, %5743
	%5745 = add i32 %5696, 32
	br label %5695

5746:
	%5747 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%5748 = bitcast i8 addrspace(3)* %5747 to i32 addrspace(3)*
	%5749 = getelementptr i32, i32 addrspace(3)* %5748, i32 %4716
	store i32 %4571, i32 addrspace(3)* %5749
	%5750 = add i32 0, %3
	%5751 = add i32 %547, %5750
	%5752 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%5753 = bitcast i8 addrspace(3)* %5752 to i32 addrspace(3)*
	%5754 = getelementptr i32, i32 addrspace(3)* %5753, i32 %4716
	store i32 %5751, i32 addrspace(3)* %5754
	br label %5755

5755:
	%5756 = call i32 @llvm.ctpop.i32(i32 %4692)
	%5757 = add i32 %4688, %5756
	%5758 = and i32 %4697, %4711
	%5759 = call i32 @llvm.ctpop.i32(i32 %5758)
	%5760 = add i32 %5757, %5759
	%5761 = add i32 %4712, %5760
	br i1 %4696, label %5762, label %5771

5762:
	%5763 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%5764 = bitcast i8 addrspace(3)* %5763 to i32 addrspace(3)*
	%5765 = getelementptr i32, i32 addrspace(3)* %5764, i32 %5761
	store i32 %4584, i32 addrspace(3)* %5765
	%5766 = add i32 32, %3
	%5767 = add i32 %547, %5766
	%5768 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%5769 = bitcast i8 addrspace(3)* %5768 to i32 addrspace(3)*
	%5770 = getelementptr i32, i32 addrspace(3)* %5769, i32 %5761
	store i32 %5767, i32 addrspace(3)* %5770
	br label %5771

5771:
	%5772 = call i32 @llvm.ctpop.i32(i32 %4697)
	%5773 = add i32 %5757, %5772
	%5774 = and i32 %4702, %4711
	%5775 = call i32 @llvm.ctpop.i32(i32 %5774)
	%5776 = add i32 %5773, %5775
	%5777 = add i32 %4712, %5776
	br i1 %4701, label %5778, label %5787

5778:
	%5779 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%5780 = bitcast i8 addrspace(3)* %5779 to i32 addrspace(3)*
	%5781 = getelementptr i32, i32 addrspace(3)* %5780, i32 %5777
	store i32 %4597, i32 addrspace(3)* %5781
	%5782 = add i32 64, %3
	%5783 = add i32 %547, %5782
	%5784 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%5785 = bitcast i8 addrspace(3)* %5784 to i32 addrspace(3)*
	%5786 = getelementptr i32, i32 addrspace(3)* %5785, i32 %5777
	store i32 %5783, i32 addrspace(3)* %5786
	br label %5787

5787:
	%5788 = call i32 @llvm.ctpop.i32(i32 %4702)
	%5789 = add i32 %5773, %5788
	%5790 = and i32 %4707, %4711
	%5791 = call i32 @llvm.ctpop.i32(i32 %5790)
	%5792 = add i32 %5789, %5791
	%5793 = add i32 %4712, %5792
	br i1 %4706, label %5794, label %5803

5794:
	%5795 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%5796 = bitcast i8 addrspace(3)* %5795 to i32 addrspace(3)*
	%5797 = getelementptr i32, i32 addrspace(3)* %5796, i32 %5793
	store i32 %4610, i32 addrspace(3)* %5797
	%5798 = add i32 96, %3
	%5799 = add i32 %547, %5798
	%5800 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%5801 = bitcast i8 addrspace(3)* %5800 to i32 addrspace(3)*
	%5802 = getelementptr i32, i32 addrspace(3)* %5801, i32 %5793
	store i32 %5799, i32 addrspace(3)* %5802
	br label %5803

5803:
	%5804 = call i32 @llvm.ctpop.i32(i32 %4707)
	%5805 = add i32 %5789, %5804
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%5806 = add i32 %4688, %4709
	br label %4633

5807:
	%5808 = mul i32 %504, 129
	%5809 = add i32 0, %3
	%5810 = add i32 %5808, %5809
	%5811 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%5812 = bitcast i8 addrspace(3)* %5811 to float addrspace(3)*
	%5813 = getelementptr float, float addrspace(3)* %5812, i32 %5810
	%5814 = load float, float addrspace(3)* %5813
	%5815 = fcmp ogt float %5814, 0xFFF0000000000000
	%5816 = fadd float %5814, 0.0
	%5817 = bitcast float %5816 to i32
	%5818 = ashr i32 %5817, 31
	%5819 = or i32 %5818, -2147483648
	%5820 = xor i32 %5817, %5819
	%5821 = mul i32 %504, 129
	%5822 = add i32 32, %3
	%5823 = add i32 %5821, %5822
	%5824 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%5825 = bitcast i8 addrspace(3)* %5824 to float addrspace(3)*
	%5826 = getelementptr float, float addrspace(3)* %5825, i32 %5823
	%5827 = load float, float addrspace(3)* %5826
	%5828 = fcmp ogt float %5827, 0xFFF0000000000000
	%5829 = fadd float %5827, 0.0
	%5830 = bitcast float %5829 to i32
	%5831 = ashr i32 %5830, 31
	%5832 = or i32 %5831, -2147483648
	%5833 = xor i32 %5830, %5832
	%5834 = mul i32 %504, 129
	%5835 = add i32 64, %3
	%5836 = add i32 %5834, %5835
	%5837 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%5838 = bitcast i8 addrspace(3)* %5837 to float addrspace(3)*
	%5839 = getelementptr float, float addrspace(3)* %5838, i32 %5836
	%5840 = load float, float addrspace(3)* %5839
	%5841 = fcmp ogt float %5840, 0xFFF0000000000000
	%5842 = fadd float %5840, 0.0
	%5843 = bitcast float %5842 to i32
	%5844 = ashr i32 %5843, 31
	%5845 = or i32 %5844, -2147483648
	%5846 = xor i32 %5843, %5845
	%5847 = mul i32 %504, 129
	%5848 = add i32 96, %3
	%5849 = add i32 %5847, %5848
	%5850 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%5851 = bitcast i8 addrspace(3)* %5850 to float addrspace(3)*
	%5852 = getelementptr float, float addrspace(3)* %5851, i32 %5849
	%5853 = load float, float addrspace(3)* %5852
	%5854 = fcmp ogt float %5853, 0xFFF0000000000000
	%5855 = fadd float %5853, 0.0
	%5856 = bitcast float %5855 to i32
	%5857 = ashr i32 %5856, 31
	%5858 = or i32 %5857, -2147483648
	%5859 = xor i32 %5856, %5858
	%5860 = icmp ugt i32 %5820, %555
	%5861 = and i1 %5815, %5860
	%5862 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5861)
	%5863 = call i32 @llvm.ctpop.i32(i32 %5862)
	%5864 = add i32 0, %5863
	%5865 = icmp ugt i32 %5833, %555
	%5866 = and i1 %5828, %5865
	%5867 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5866)
	%5868 = call i32 @llvm.ctpop.i32(i32 %5867)
	%5869 = add i32 %5864, %5868
	%5870 = icmp ugt i32 %5846, %555
	%5871 = and i1 %5841, %5870
	%5872 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5871)
	%5873 = call i32 @llvm.ctpop.i32(i32 %5872)
	%5874 = add i32 %5869, %5873
	%5875 = icmp ugt i32 %5859, %555
	%5876 = and i1 %5854, %5875
	%5877 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5876)
	%5878 = call i32 @llvm.ctpop.i32(i32 %5877)
	%5879 = add i32 %5874, %5878
	%5880 = add i32 %554, %5879
	%5881 = icmp sgt i32 %5880, 160
	br i1 %5881, label %5886, label %5937

5882:
	%5883 = phi i32 [ %554, %4633 ], [ %7056, %7053 ]
	%5884 = phi i32 [ %555, %4633 ], [ %5939, %7053 ]
	call void @llvm.nvvm.barrier0()
	%5885 = add i32 %547, 128
	br label %546

5886:
	%5887 = mul i32 %504, 160
	%5888 = mul i32 %4, 256
	%5889 = mul i32 %3, 8
	%5890 = add i32 %5889, 0
	%5891 = add i32 %5888, %5890
	%5892 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5893 = bitcast i8 addrspace(3)* %5892 to i32 addrspace(3)*
	%5894 = getelementptr i32, i32 addrspace(3)* %5893, i32 %5891
	store i32 0, i32 addrspace(3)* %5894
	%5895 = mul i32 %3, 8
	%5896 = add i32 %5895, 1
	%5897 = add i32 %5888, %5896
	%5898 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5899 = bitcast i8 addrspace(3)* %5898 to i32 addrspace(3)*
	%5900 = getelementptr i32, i32 addrspace(3)* %5899, i32 %5897
	store i32 0, i32 addrspace(3)* %5900
	%5901 = mul i32 %3, 8
	%5902 = add i32 %5901, 2
	%5903 = add i32 %5888, %5902
	%5904 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5905 = bitcast i8 addrspace(3)* %5904 to i32 addrspace(3)*
	%5906 = getelementptr i32, i32 addrspace(3)* %5905, i32 %5903
	store i32 0, i32 addrspace(3)* %5906
	%5907 = mul i32 %3, 8
	%5908 = add i32 %5907, 3
	%5909 = add i32 %5888, %5908
	%5910 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5911 = bitcast i8 addrspace(3)* %5910 to i32 addrspace(3)*
	%5912 = getelementptr i32, i32 addrspace(3)* %5911, i32 %5909
	store i32 0, i32 addrspace(3)* %5912
	%5913 = mul i32 %3, 8
	%5914 = add i32 %5913, 4
	%5915 = add i32 %5888, %5914
	%5916 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5917 = bitcast i8 addrspace(3)* %5916 to i32 addrspace(3)*
	%5918 = getelementptr i32, i32 addrspace(3)* %5917, i32 %5915
	store i32 0, i32 addrspace(3)* %5918
	%5919 = mul i32 %3, 8
	%5920 = add i32 %5919, 5
	%5921 = add i32 %5888, %5920
	%5922 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5923 = bitcast i8 addrspace(3)* %5922 to i32 addrspace(3)*
	%5924 = getelementptr i32, i32 addrspace(3)* %5923, i32 %5921
	store i32 0, i32 addrspace(3)* %5924
	%5925 = mul i32 %3, 8
	%5926 = add i32 %5925, 6
	%5927 = add i32 %5888, %5926
	%5928 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5929 = bitcast i8 addrspace(3)* %5928 to i32 addrspace(3)*
	%5930 = getelementptr i32, i32 addrspace(3)* %5929, i32 %5927
	store i32 0, i32 addrspace(3)* %5930
	%5931 = mul i32 %3, 8
	%5932 = add i32 %5931, 7
	%5933 = add i32 %5888, %5932
	%5934 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5935 = bitcast i8 addrspace(3)* %5934 to i32 addrspace(3)*
	%5936 = getelementptr i32, i32 addrspace(3)* %5935, i32 %5933
	store i32 0, i32 addrspace(3)* %5936
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %5967

5937:
	%5938 = phi i32 [ %554, %5807 ], [ %541, %6953 ]
	%5939 = phi i32 [ %555, %5807 ], [ %6929, %6953 ]
	%5940 = icmp ugt i32 %5820, %5939
	%5941 = and i1 %5815, %5940
	%5942 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5941)
	%5943 = call i32 @llvm.ctpop.i32(i32 %5942)
	%5944 = add i32 0, %5943
	%5945 = icmp ugt i32 %5833, %5939
	%5946 = and i1 %5828, %5945
	%5947 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5946)
	%5948 = call i32 @llvm.ctpop.i32(i32 %5947)
	%5949 = add i32 %5944, %5948
	%5950 = icmp ugt i32 %5846, %5939
	%5951 = and i1 %5841, %5950
	%5952 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5951)
	%5953 = call i32 @llvm.ctpop.i32(i32 %5952)
	%5954 = add i32 %5949, %5953
	%5955 = icmp ugt i32 %5859, %5939
	%5956 = and i1 %5854, %5955
	%5957 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5956)
	%5958 = call i32 @llvm.ctpop.i32(i32 %5957)
	%5959 = add i32 %5954, %5958
	%5960 = shl i32 1, %3
	%5961 = sub i32 %5960, 1
	%5962 = mul i32 %504, 160
	%5963 = and i32 %5942, %5961
	%5964 = call i32 @llvm.ctpop.i32(i32 %5963)
	%5965 = add i32 %5938, %5964
	%5966 = add i32 %5962, %5965
	br i1 %5941, label %6996, label %7005

5967:
	%5968 = phi i32 [ %3, %5886 ], [ %6222, %6221 ]
	%5969 = icmp slt i32 %5968, %554
	br i1 %5969, label %5970, label %5979

5970:
	%5971 = add i32 %5887, %5968
	%5972 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%5973 = bitcast i8 addrspace(3)* %5972 to i32 addrspace(3)*
	%5974 = getelementptr i32, i32 addrspace(3)* %5973, i32 %5971
	%5975 = load i32, i32 addrspace(3)* %5974
	%5976 = and i32 %5975, 0
	%5977 = icmp eq i32 %5976, 0
	%5978 = and i1 true, %5977
	br i1 %5978, label %6213, label %6221

5979:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%5980 = mul i32 %3, 8
	%5981 = add i32 %5980, 0
	%5982 = sub i32 255, %5981
	%5983 = add i32 %5888, %5982
	%5984 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5985 = bitcast i8 addrspace(3)* %5984 to i32 addrspace(3)*
	%5986 = getelementptr i32, i32 addrspace(3)* %5985, i32 %5983
	%5987 = load i32, i32 addrspace(3)* %5986
	%5988 = add i32 0, %5987
	%5989 = mul i32 %3, 8
	%5990 = add i32 %5989, 1
	%5991 = sub i32 255, %5990
	%5992 = add i32 %5888, %5991
	%5993 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5994 = bitcast i8 addrspace(3)* %5993 to i32 addrspace(3)*
	%5995 = getelementptr i32, i32 addrspace(3)* %5994, i32 %5992
	%5996 = load i32, i32 addrspace(3)* %5995
	%5997 = add i32 %5988, %5996
	%5998 = mul i32 %3, 8
	%5999 = add i32 %5998, 2
	%6000 = sub i32 255, %5999
	%6001 = add i32 %5888, %6000
	%6002 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6003 = bitcast i8 addrspace(3)* %6002 to i32 addrspace(3)*
	%6004 = getelementptr i32, i32 addrspace(3)* %6003, i32 %6001
	%6005 = load i32, i32 addrspace(3)* %6004
	%6006 = add i32 %5997, %6005
	%6007 = mul i32 %3, 8
	%6008 = add i32 %6007, 3
	%6009 = sub i32 255, %6008
	%6010 = add i32 %5888, %6009
	%6011 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6012 = bitcast i8 addrspace(3)* %6011 to i32 addrspace(3)*
	%6013 = getelementptr i32, i32 addrspace(3)* %6012, i32 %6010
	%6014 = load i32, i32 addrspace(3)* %6013
	%6015 = add i32 %6006, %6014
	%6016 = mul i32 %3, 8
	%6017 = add i32 %6016, 4
	%6018 = sub i32 255, %6017
	%6019 = add i32 %5888, %6018
	%6020 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6021 = bitcast i8 addrspace(3)* %6020 to i32 addrspace(3)*
	%6022 = getelementptr i32, i32 addrspace(3)* %6021, i32 %6019
	%6023 = load i32, i32 addrspace(3)* %6022
	%6024 = add i32 %6015, %6023
	%6025 = mul i32 %3, 8
	%6026 = add i32 %6025, 5
	%6027 = sub i32 255, %6026
	%6028 = add i32 %5888, %6027
	%6029 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6030 = bitcast i8 addrspace(3)* %6029 to i32 addrspace(3)*
	%6031 = getelementptr i32, i32 addrspace(3)* %6030, i32 %6028
	%6032 = load i32, i32 addrspace(3)* %6031
	%6033 = add i32 %6024, %6032
	%6034 = mul i32 %3, 8
	%6035 = add i32 %6034, 6
	%6036 = sub i32 255, %6035
	%6037 = add i32 %5888, %6036
	%6038 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6039 = bitcast i8 addrspace(3)* %6038 to i32 addrspace(3)*
	%6040 = getelementptr i32, i32 addrspace(3)* %6039, i32 %6037
	%6041 = load i32, i32 addrspace(3)* %6040
	%6042 = add i32 %6033, %6041
	%6043 = mul i32 %3, 8
	%6044 = add i32 %6043, 7
	%6045 = sub i32 255, %6044
	%6046 = add i32 %5888, %6045
	%6047 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6048 = bitcast i8 addrspace(3)* %6047 to i32 addrspace(3)*
	%6049 = getelementptr i32, i32 addrspace(3)* %6048, i32 %6046
	%6050 = load i32, i32 addrspace(3)* %6049
	%6051 = add i32 %6042, %6050
	%6052 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6051, i32 1, i32 0)
	%6053 = icmp uge i32 %3, 1
	%6054 = select i1 %6053, i32 %6052, i32 0
	%6055 = add i32 %6051, %6054
	%6056 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6055, i32 2, i32 0)
	%6057 = icmp uge i32 %3, 2
	%6058 = select i1 %6057, i32 %6056, i32 0
	%6059 = add i32 %6055, %6058
	%6060 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6059, i32 4, i32 0)
	%6061 = icmp uge i32 %3, 4
	%6062 = select i1 %6061, i32 %6060, i32 0
	%6063 = add i32 %6059, %6062
	%6064 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6063, i32 8, i32 0)
	%6065 = icmp uge i32 %3, 8
	%6066 = select i1 %6065, i32 %6064, i32 0
	%6067 = add i32 %6063, %6066
	%6068 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6067, i32 16, i32 0)
	%6069 = icmp uge i32 %3, 16
	%6070 = select i1 %6069, i32 %6068, i32 0
	%6071 = add i32 %6067, %6070
	%6072 = sub i32 %6071, %6051
	%6073 = icmp slt i32 %6072, %541
	%6074 = icmp sge i32 %6071, %541
	%6075 = and i1 %6073, %6074
	%6076 = add i32 %6072, %5987
	%6077 = xor i1 false, true
	%6078 = icmp sge i32 %6076, %541
	%6079 = and i1 %6077, %6078
	%6080 = mul i32 %3, 8
	%6081 = add i32 %6080, 0
	%6082 = sub i32 255, %6081
	%6083 = select i1 %6079, i32 %6082, i32 0
	%6084 = select i1 %6079, i32 %6072, i32 0
	%6085 = or i1 false, %6079
	%6086 = add i32 %6076, %5996
	%6087 = xor i1 %6085, true
	%6088 = icmp sge i32 %6086, %541
	%6089 = and i1 %6087, %6088
	%6090 = mul i32 %3, 8
	%6091 = add i32 %6090, 1
	%6092 = sub i32 255, %6091
	%6093 = select i1 %6089, i32 %6092, i32 %6083
	%6094 = select i1 %6089, i32 %6076, i32 %6084
	%6095 = or i1 %6085, %6089
	%6096 = add i32 %6086, %6005
	%6097 = xor i1 %6095, true
	%6098 = icmp sge i32 %6096, %541
	%6099 = and i1 %6097, %6098
	%6100 = mul i32 %3, 8
	%6101 = add i32 %6100, 2
	%6102 = sub i32 255, %6101
	%6103 = select i1 %6099, i32 %6102, i32 %6093
	%6104 = select i1 %6099, i32 %6086, i32 %6094
	%6105 = or i1 %6095, %6099
	%6106 = add i32 %6096, %6014
	%6107 = xor i1 %6105, true
	%6108 = icmp sge i32 %6106, %541
	%6109 = and i1 %6107, %6108
	%6110 = mul i32 %3, 8
	%6111 = add i32 %6110, 3
	%6112 = sub i32 255, %6111
	%6113 = select i1 %6109, i32 %6112, i32 %6103
	%6114 = select i1 %6109, i32 %6096, i32 %6104
	%6115 = or i1 %6105, %6109
	%6116 = add i32 %6106, %6023
	%6117 = xor i1 %6115, true
	%6118 = icmp sge i32 %6116, %541
	%6119 = and i1 %6117, %6118
	%6120 = mul i32 %3, 8
	%6121 = add i32 %6120, 4
	%6122 = sub i32 255, %6121
	%6123 = select i1 %6119, i32 %6122, i32 %6113
	%6124 = select i1 %6119, i32 %6106, i32 %6114
	%6125 = or i1 %6115, %6119
	%6126 = add i32 %6116, %6032
	%6127 = xor i1 %6125, true
	%6128 = icmp sge i32 %6126, %541
	%6129 = and i1 %6127, %6128
	%6130 = mul i32 %3, 8
	%6131 = add i32 %6130, 5
	%6132 = sub i32 255, %6131
	%6133 = select i1 %6129, i32 %6132, i32 %6123
	%6134 = select i1 %6129, i32 %6116, i32 %6124
	%6135 = or i1 %6125, %6129
	%6136 = add i32 %6126, %6041
	%6137 = xor i1 %6135, true
	%6138 = icmp sge i32 %6136, %541
	%6139 = and i1 %6137, %6138
	%6140 = mul i32 %3, 8
	%6141 = add i32 %6140, 6
	%6142 = sub i32 255, %6141
	%6143 = select i1 %6139, i32 %6142, i32 %6133
	%6144 = select i1 %6139, i32 %6126, i32 %6134
	%6145 = or i1 %6135, %6139
	%6146 = add i32 %6136, %6050
	%6147 = xor i1 %6145, true
	%6148 = icmp sge i32 %6146, %541
	%6149 = and i1 %6147, %6148
	%6150 = mul i32 %3, 8
	%6151 = add i32 %6150, 7
	%6152 = sub i32 255, %6151
	%6153 = select i1 %6149, i32 %6152, i32 %6143
	%6154 = select i1 %6149, i32 %6136, i32 %6144
	%6155 = or i1 %6145, %6149
	%6156 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6075)
	%6157 = call i32 @llvm.cttz.i32(i32 %6156, i1 false)
	%6158 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %6153, i32 %6157, i32 31)
	%6159 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %6154, i32 %6157, i32 31)
	%6160 = shl i32 %6158, 24
	%6161 = or i32 0, %6160
	%6162 = shl i32 255, 24
	%6163 = or i32 0, %6162
	%6164 = sub i32 %541, %6159
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%6165 = mul i32 %3, 8
	%6166 = add i32 %6165, 0
	%6167 = add i32 %5888, %6166
	%6168 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6169 = bitcast i8 addrspace(3)* %6168 to i32 addrspace(3)*
	%6170 = getelementptr i32, i32 addrspace(3)* %6169, i32 %6167
	store i32 0, i32 addrspace(3)* %6170
	%6171 = mul i32 %3, 8
	%6172 = add i32 %6171, 1
	%6173 = add i32 %5888, %6172
	%6174 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6175 = bitcast i8 addrspace(3)* %6174 to i32 addrspace(3)*
	%6176 = getelementptr i32, i32 addrspace(3)* %6175, i32 %6173
	store i32 0, i32 addrspace(3)* %6176
	%6177 = mul i32 %3, 8
	%6178 = add i32 %6177, 2
	%6179 = add i32 %5888, %6178
	%6180 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6181 = bitcast i8 addrspace(3)* %6180 to i32 addrspace(3)*
	%6182 = getelementptr i32, i32 addrspace(3)* %6181, i32 %6179
	store i32 0, i32 addrspace(3)* %6182
	%6183 = mul i32 %3, 8
	%6184 = add i32 %6183, 3
	%6185 = add i32 %5888, %6184
	%6186 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6187 = bitcast i8 addrspace(3)* %6186 to i32 addrspace(3)*
	%6188 = getelementptr i32, i32 addrspace(3)* %6187, i32 %6185
	store i32 0, i32 addrspace(3)* %6188
	%6189 = mul i32 %3, 8
	%6190 = add i32 %6189, 4
	%6191 = add i32 %5888, %6190
	%6192 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6193 = bitcast i8 addrspace(3)* %6192 to i32 addrspace(3)*
	%6194 = getelementptr i32, i32 addrspace(3)* %6193, i32 %6191
	store i32 0, i32 addrspace(3)* %6194
	%6195 = mul i32 %3, 8
	%6196 = add i32 %6195, 5
	%6197 = add i32 %5888, %6196
	%6198 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6199 = bitcast i8 addrspace(3)* %6198 to i32 addrspace(3)*
	%6200 = getelementptr i32, i32 addrspace(3)* %6199, i32 %6197
	store i32 0, i32 addrspace(3)* %6200
	%6201 = mul i32 %3, 8
	%6202 = add i32 %6201, 6
	%6203 = add i32 %5888, %6202
	%6204 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6205 = bitcast i8 addrspace(3)* %6204 to i32 addrspace(3)*
	%6206 = getelementptr i32, i32 addrspace(3)* %6205, i32 %6203
	store i32 0, i32 addrspace(3)* %6206
	%6207 = mul i32 %3, 8
	%6208 = add i32 %6207, 7
	%6209 = add i32 %5888, %6208
	%6210 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6211 = bitcast i8 addrspace(3)* %6210 to i32 addrspace(3)*
	%6212 = getelementptr i32, i32 addrspace(3)* %6211, i32 %6209
	store i32 0, i32 addrspace(3)* %6212
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %6223

6213:
	%6214 = lshr i32 %5975, 24
	%6215 = and i32 %6214, 255
	%6216 = add i32 %5888, %6215
	%6217 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6218 = bitcast i8 addrspace(3)* %6217 to i32 addrspace(3)*
	%6219 = getelementptr i32, i32 addrspace(3)* %6218, i32 %6216
	%6220 = atomicrmw add i32 addrspace(3)* %6219, i32 1 monotonic
	br label %6221

6221:
	%6222 = add i32 %5968, 32
	br label %5967

6223:
	%6224 = phi i32 [ %3, %5979 ], [ %6478, %6477 ]
	%6225 = icmp slt i32 %6224, %554
	br i1 %6225, label %6226, label %6235

6226:
	%6227 = add i32 %5887, %6224
	%6228 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%6229 = bitcast i8 addrspace(3)* %6228 to i32 addrspace(3)*
	%6230 = getelementptr i32, i32 addrspace(3)* %6229, i32 %6227
	%6231 = load i32, i32 addrspace(3)* %6230
	%6232 = and i32 %6231, %6163
	%6233 = icmp eq i32 %6232, %6161
	%6234 = and i1 true, %6233
	br i1 %6234, label %6469, label %6477

6235:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%6236 = mul i32 %3, 8
	%6237 = add i32 %6236, 0
	%6238 = sub i32 255, %6237
	%6239 = add i32 %5888, %6238
	%6240 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6241 = bitcast i8 addrspace(3)* %6240 to i32 addrspace(3)*
	%6242 = getelementptr i32, i32 addrspace(3)* %6241, i32 %6239
	%6243 = load i32, i32 addrspace(3)* %6242
	%6244 = add i32 0, %6243
	%6245 = mul i32 %3, 8
	%6246 = add i32 %6245, 1
	%6247 = sub i32 255, %6246
	%6248 = add i32 %5888, %6247
	%6249 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6250 = bitcast i8 addrspace(3)* %6249 to i32 addrspace(3)*
	%6251 = getelementptr i32, i32 addrspace(3)* %6250, i32 %6248
	%6252 = load i32, i32 addrspace(3)* %6251
	%6253 = add i32 %6244, %6252
	%6254 = mul i32 %3, 8
	%6255 = add i32 %6254, 2
	%6256 = sub i32 255, %6255
	%6257 = add i32 %5888, %6256
	%6258 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6259 = bitcast i8 addrspace(3)* %6258 to i32 addrspace(3)*
	%6260 = getelementptr i32, i32 addrspace(3)* %6259, i32 %6257
	%6261 = load i32, i32 addrspace(3)* %6260
	%6262 = add i32 %6253, %6261
	%6263 = mul i32 %3, 8
	%6264 = add i32 %6263, 3
	%6265 = sub i32 255, %6264
	%6266 = add i32 %5888, %6265
	%6267 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6268 = bitcast i8 addrspace(3)* %6267 to i32 addrspace(3)*
	%6269 = getelementptr i32, i32 addrspace(3)* %6268, i32 %6266
	%6270 = load i32, i32 addrspace(3)* %6269
	%6271 = add i32 %6262, %6270
	%6272 = mul i32 %3, 8
	%6273 = add i32 %6272, 4
	%6274 = sub i32 255, %6273
	%6275 = add i32 %5888, %6274
	%6276 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6277 = bitcast i8 addrspace(3)* %6276 to i32 addrspace(3)*
	%6278 = getelementptr i32, i32 addrspace(3)* %6277, i32 %6275
	%6279 = load i32, i32 addrspace(3)* %6278
	%6280 = add i32 %6271, %6279
	%6281 = mul i32 %3, 8
	%6282 = add i32 %6281, 5
	%6283 = sub i32 255, %6282
	%6284 = add i32 %5888, %6283
	%6285 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6286 = bitcast i8 addrspace(3)* %6285 to i32 addrspace(3)*
	%6287 = getelementptr i32, i32 addrspace(3)* %6286, i32 %6284
	%6288 = load i32, i32 addrspace(3)* %6287
	%6289 = add i32 %6280, %6288
	%6290 = mul i32 %3, 8
	%6291 = add i32 %6290, 6
	%6292 = sub i32 255, %6291
	%6293 = add i32 %5888, %6292
	%6294 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6295 = bitcast i8 addrspace(3)* %6294 to i32 addrspace(3)*
	%6296 = getelementptr i32, i32 addrspace(3)* %6295, i32 %6293
	%6297 = load i32, i32 addrspace(3)* %6296
	%6298 = add i32 %6289, %6297
	%6299 = mul i32 %3, 8
	%6300 = add i32 %6299, 7
	%6301 = sub i32 255, %6300
	%6302 = add i32 %5888, %6301
	%6303 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6304 = bitcast i8 addrspace(3)* %6303 to i32 addrspace(3)*
	%6305 = getelementptr i32, i32 addrspace(3)* %6304, i32 %6302
	%6306 = load i32, i32 addrspace(3)* %6305
	%6307 = add i32 %6298, %6306
	%6308 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6307, i32 1, i32 0)
	%6309 = icmp uge i32 %3, 1
	%6310 = select i1 %6309, i32 %6308, i32 0
	%6311 = add i32 %6307, %6310
	%6312 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6311, i32 2, i32 0)
	%6313 = icmp uge i32 %3, 2
	%6314 = select i1 %6313, i32 %6312, i32 0
	%6315 = add i32 %6311, %6314
	%6316 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6315, i32 4, i32 0)
	%6317 = icmp uge i32 %3, 4
	%6318 = select i1 %6317, i32 %6316, i32 0
	%6319 = add i32 %6315, %6318
	%6320 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6319, i32 8, i32 0)
	%6321 = icmp uge i32 %3, 8
	%6322 = select i1 %6321, i32 %6320, i32 0
	%6323 = add i32 %6319, %6322
	%6324 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6323, i32 16, i32 0)
	%6325 = icmp uge i32 %3, 16
	%6326 = select i1 %6325, i32 %6324, i32 0
	%6327 = add i32 %6323, %6326
	%6328 = sub i32 %6327, %6307
	%6329 = icmp slt i32 %6328, %6164
	%6330 = icmp sge i32 %6327, %6164
	%6331 = and i1 %6329, %6330
	%6332 = add i32 %6328, %6243
	%6333 = xor i1 false, true
	%6334 = icmp sge i32 %6332, %6164
	%6335 = and i1 %6333, %6334
	%6336 = mul i32 %3, 8
	%6337 = add i32 %6336, 0
	%6338 = sub i32 255, %6337
	%6339 = select i1 %6335, i32 %6338, i32 0
	%6340 = select i1 %6335, i32 %6328, i32 0
	%6341 = or i1 false, %6335
	%6342 = add i32 %6332, %6252
	%6343 = xor i1 %6341, true
	%6344 = icmp sge i32 %6342, %6164
	%6345 = and i1 %6343, %6344
	%6346 = mul i32 %3, 8
	%6347 = add i32 %6346, 1
	%6348 = sub i32 255, %6347
	%6349 = select i1 %6345, i32 %6348, i32 %6339
	%6350 = select i1 %6345, i32 %6332, i32 %6340
	%6351 = or i1 %6341, %6345
	%6352 = add i32 %6342, %6261
	%6353 = xor i1 %6351, true
	%6354 = icmp sge i32 %6352, %6164
	%6355 = and i1 %6353, %6354
	%6356 = mul i32 %3, 8
	%6357 = add i32 %6356, 2
	%6358 = sub i32 255, %6357
	%6359 = select i1 %6355, i32 %6358, i32 %6349
	%6360 = select i1 %6355, i32 %6342, i32 %6350
	%6361 = or i1 %6351, %6355
	%6362 = add i32 %6352, %6270
	%6363 = xor i1 %6361, true
	%6364 = icmp sge i32 %6362, %6164
	%6365 = and i1 %6363, %6364
	%6366 = mul i32 %3, 8
	%6367 = add i32 %6366, 3
	%6368 = sub i32 255, %6367
	%6369 = select i1 %6365, i32 %6368, i32 %6359
	%6370 = select i1 %6365, i32 %6352, i32 %6360
	%6371 = or i1 %6361, %6365
	%6372 = add i32 %6362, %6279
	%6373 = xor i1 %6371, true
	%6374 = icmp sge i32 %6372, %6164
	%6375 = and i1 %6373, %6374
	%6376 = mul i32 %3, 8
	%6377 = add i32 %6376, 4
	%6378 = sub i32 255, %6377
	%6379 = select i1 %6375, i32 %6378, i32 %6369
	%6380 = select i1 %6375, i32 %6362, i32 %6370
	%6381 = or i1 %6371, %6375
	%6382 = add i32 %6372, %6288
	%6383 = xor i1 %6381, true
	%6384 = icmp sge i32 %6382, %6164
	%6385 = and i1 %6383, %6384
	%6386 = mul i32 %3, 8
	%6387 = add i32 %6386, 5
	%6388 = sub i32 255, %6387
	%6389 = select i1 %6385, i32 %6388, i32 %6379
	%6390 = select i1 %6385, i32 %6372, i32 %6380
	%6391 = or i1 %6381, %6385
	%6392 = add i32 %6382, %6297
	%6393 = xor i1 %6391, true
	%6394 = icmp sge i32 %6392, %6164
	%6395 = and i1 %6393, %6394
	%6396 = mul i32 %3, 8
	%6397 = add i32 %6396, 6
	%6398 = sub i32 255, %6397
	%6399 = select i1 %6395, i32 %6398, i32 %6389
	%6400 = select i1 %6395, i32 %6382, i32 %6390
	%6401 = or i1 %6391, %6395
	%6402 = add i32 %6392, %6306
	%6403 = xor i1 %6401, true
	%6404 = icmp sge i32 %6402, %6164
	%6405 = and i1 %6403, %6404
	%6406 = mul i32 %3, 8
	%6407 = add i32 %6406, 7
	%6408 = sub i32 255, %6407
	%6409 = select i1 %6405, i32 %6408, i32 %6399
	%6410 = select i1 %6405, i32 %6392, i32 %6400
	%6411 = or i1 %6401, %6405
	%6412 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6331)
	%6413 = call i32 @llvm.cttz.i32(i32 %6412, i1 false)
	%6414 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %6409, i32 %6413, i32 31)
	%6415 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %6410, i32 %6413, i32 31)
	%6416 = shl i32 %6414, 16
	%6417 = or i32 %6161, %6416
	%6418 = shl i32 255, 16
	%6419 = or i32 %6163, %6418
	%6420 = sub i32 %6164, %6415
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%6421 = mul i32 %3, 8
	%6422 = add i32 %6421, 0
	%6423 = add i32 %5888, %6422
	%6424 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6425 = bitcast i8 addrspace(3)* %6424 to i32 addrspace(3)*
	%6426 = getelementptr i32, i32 addrspace(3)* %6425, i32 %6423
	store i32 0, i32 addrspace(3)* %6426
	%6427 = mul i32 %3, 8
	%6428 = add i32 %6427, 1
	%6429 = add i32 %5888, %6428
	%6430 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6431 = bitcast i8 addrspace(3)* %6430 to i32 addrspace(3)*
	%6432 = getelementptr i32, i32 addrspace(3)* %6431, i32 %6429
	store i32 0, i32 addrspace(3)* %6432
	%6433 = mul i32 %3, 8
	%6434 = add i32 %6433, 2
	%6435 = add i32 %5888, %6434
	%6436 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6437 = bitcast i8 addrspace(3)* %6436 to i32 addrspace(3)*
	%6438 = getelementptr i32, i32 addrspace(3)* %6437, i32 %6435
	store i32 0, i32 addrspace(3)* %6438
	%6439 = mul i32 %3, 8
	%6440 = add i32 %6439, 3
	%6441 = add i32 %5888, %6440
	%6442 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6443 = bitcast i8 addrspace(3)* %6442 to i32 addrspace(3)*
	%6444 = getelementptr i32, i32 addrspace(3)* %6443, i32 %6441
	store i32 0, i32 addrspace(3)* %6444
	%6445 = mul i32 %3, 8
	%6446 = add i32 %6445, 4
	%6447 = add i32 %5888, %6446
	%6448 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6449 = bitcast i8 addrspace(3)* %6448 to i32 addrspace(3)*
	%6450 = getelementptr i32, i32 addrspace(3)* %6449, i32 %6447
	store i32 0, i32 addrspace(3)* %6450
	%6451 = mul i32 %3, 8
	%6452 = add i32 %6451, 5
	%6453 = add i32 %5888, %6452
	%6454 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6455 = bitcast i8 addrspace(3)* %6454 to i32 addrspace(3)*
	%6456 = getelementptr i32, i32 addrspace(3)* %6455, i32 %6453
	store i32 0, i32 addrspace(3)* %6456
	%6457 = mul i32 %3, 8
	%6458 = add i32 %6457, 6
	%6459 = add i32 %5888, %6458
	%6460 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6461 = bitcast i8 addrspace(3)* %6460 to i32 addrspace(3)*
	%6462 = getelementptr i32, i32 addrspace(3)* %6461, i32 %6459
	store i32 0, i32 addrspace(3)* %6462
	%6463 = mul i32 %3, 8
	%6464 = add i32 %6463, 7
	%6465 = add i32 %5888, %6464
	%6466 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6467 = bitcast i8 addrspace(3)* %6466 to i32 addrspace(3)*
	%6468 = getelementptr i32, i32 addrspace(3)* %6467, i32 %6465
	store i32 0, i32 addrspace(3)* %6468
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %6479

6469:
	%6470 = lshr i32 %6231, 16
	%6471 = and i32 %6470, 255
	%6472 = add i32 %5888, %6471
	%6473 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6474 = bitcast i8 addrspace(3)* %6473 to i32 addrspace(3)*
	%6475 = getelementptr i32, i32 addrspace(3)* %6474, i32 %6472
	%6476 = atomicrmw add i32 addrspace(3)* %6475, i32 1 monotonic
	br label %6477

6477:
	%6478 = add i32 %6224, 32
	br label %6223

6479:
	%6480 = phi i32 [ %3, %6235 ], [ %6734, %6733 ]
	%6481 = icmp slt i32 %6480, %554
	br i1 %6481, label %6482, label %6491

6482:
	%6483 = add i32 %5887, %6480
	%6484 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%6485 = bitcast i8 addrspace(3)* %6484 to i32 addrspace(3)*
	%6486 = getelementptr i32, i32 addrspace(3)* %6485, i32 %6483
	%6487 = load i32, i32 addrspace(3)* %6486
	%6488 = and i32 %6487, %6419
	%6489 = icmp eq i32 %6488, %6417
	%6490 = and i1 true, %6489
	br i1 %6490, label %6725, label %6733

6491:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%6492 = mul i32 %3, 8
	%6493 = add i32 %6492, 0
	%6494 = sub i32 255, %6493
	%6495 = add i32 %5888, %6494
	%6496 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6497 = bitcast i8 addrspace(3)* %6496 to i32 addrspace(3)*
	%6498 = getelementptr i32, i32 addrspace(3)* %6497, i32 %6495
	%6499 = load i32, i32 addrspace(3)* %6498
	%6500 = add i32 0, %6499
	%6501 = mul i32 %3, 8
	%6502 = add i32 %6501, 1
	%6503 = sub i32 255, %6502
	%6504 = add i32 %5888, %6503
	%6505 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6506 = bitcast i8 addrspace(3)* %6505 to i32 addrspace(3)*
	%6507 = getelementptr i32, i32 addrspace(3)* %6506, i32 %6504
	%6508 = load i32, i32 addrspace(3)* %6507
	%6509 = add i32 %6500, %6508
	%6510 = mul i32 %3, 8
	%6511 = add i32 %6510, 2
	%6512 = sub i32 255, %6511
	%6513 = add i32 %5888, %6512
	%6514 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6515 = bitcast i8 addrspace(3)* %6514 to i32 addrspace(3)*
	%6516 = getelementptr i32, i32 addrspace(3)* %6515, i32 %6513
	%6517 = load i32, i32 addrspace(3)* %6516
	%6518 = add i32 %6509, %6517
	%6519 = mul i32 %3, 8
	%6520 = add i32 %6519, 3
	%6521 = sub i32 255, %6520
	%6522 = add i32 %5888, %6521
	%6523 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6524 = bitcast i8 addrspace(3)* %6523 to i32 addrspace(3)*
	%6525 = getelementptr i32, i32 addrspace(3)* %6524, i32 %6522
	%6526 = load i32, i32 addrspace(3)* %6525
	%6527 = add i32 %6518, %6526
	%6528 = mul i32 %3, 8
	%6529 = add i32 %6528, 4
	%6530 = sub i32 255, %6529
	%6531 = add i32 %5888, %6530
	%6532 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6533 = bitcast i8 addrspace(3)* %6532 to i32 addrspace(3)*
	%6534 = getelementptr i32, i32 addrspace(3)* %6533, i32 %6531
	%6535 = load i32, i32 addrspace(3)* %6534
	%6536 = add i32 %6527, %6535
	%6537 = mul i32 %3, 8
	%6538 = add i32 %6537, 5
	%6539 = sub i32 255, %6538
	%6540 = add i32 %5888, %6539
	%6541 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6542 = bitcast i8 addrspace(3)* %6541 to i32 addrspace(3)*
	%6543 = getelementptr i32, i32 addrspace(3)* %6542, i32 %6540
	%6544 = load i32, i32 addrspace(3)* %6543
	%6545 = add i32 %6536, %6544
	%6546 = mul i32 %3, 8
	%6547 = add i32 %6546, 6
	%6548 = sub i32 255, %6547
	%6549 = add i32 %5888, %6548
	%6550 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6551 = bitcast i8 addrspace(3)* %6550 to i32 addrspace(3)*
	%6552 = getelementptr i32, i32 addrspace(3)* %6551, i32 %6549
	%6553 = load i32, i32 addrspace(3)* %6552
	%6554 = add i32 %6545, %6553
	%6555 = mul i32 %3, 8
	%6556 = add i32 %6555, 7
	%6557 = sub i32 255, %6556
	%6558 = add i32 %5888, %6557
	%6559 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6560 = bitcast i8 addrspace(3)* %6559 to i32 addrspace(3)*
	%6561 = getelementptr i32, i32 addrspace(3)* %6560, i32 %6558
	%6562 = load i32, i32 addrspace(3)* %6561
	%6563 = add i32 %6554, %6562
	%6564 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6563, i32 1, i32 0)
	%6565 = icmp uge i32 %3, 1
	%6566 = select i1 %6565, i32 %6564, i32 0
	%6567 = add i32 %6563, %6566
	%6568 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6567, i32 2, i32 0)
	%6569 = icmp uge i32 %3, 2
	%6570 = select i1 %6569, i32 %6568, i32 0
	%6571 = add i32 %6567, %6570
	%6572 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6571, i32 4, i32 0)
	%6573 = icmp uge i32 %3, 4
	%6574 = select i1 %6573, i32 %6572, i32 0
	%6575 = add i32 %6571, %6574
	%6576 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6575, i32 8, i32 0)
	%6577 = icmp uge i32 %3, 8
	%6578 = select i1 %6577, i32 %6576, i32 0
	%6579 = add i32 %6575, %6578
	%6580 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6579, i32 16, i32 0)
	%6581 = icmp uge i32 %3, 16
	%6582 = select i1 %6581, i32 %6580, i32 0
	%6583 = add i32 %6579, %6582
	%6584 = sub i32 %6583, %6563
	%6585 = icmp slt i32 %6584, %6420
	%6586 = icmp sge i32 %6583, %6420
	%6587 = and i1 %6585, %6586
	%6588 = add i32 %6584, %6499
	%6589 = xor i1 false, true
	%6590 = icmp sge i32 %6588, %6420
	%6591 = and i1 %6589, %6590
	%6592 = mul i32 %3, 8
	%6593 = add i32 %6592, 0
	%6594 = sub i32 255, %6593
	%6595 = select i1 %6591, i32 %6594, i32 0
	%6596 = select i1 %6591, i32 %6584, i32 0
	%6597 = or i1 false, %6591
	%6598 = add i32 %6588, %6508
	%6599 = xor i1 %6597, true
	%6600 = icmp sge i32 %6598, %6420
	%6601 = and i1 %6599, %6600
	%6602 = mul i32 %3, 8
	%6603 = add i32 %6602, 1
	%6604 = sub i32 255, %6603
	%6605 = select i1 %6601, i32 %6604, i32 %6595
	%6606 = select i1 %6601, i32 %6588, i32 %6596
	%6607 = or i1 %6597, %6601
	%6608 = add i32 %6598, %6517
	%6609 = xor i1 %6607, true
	%6610 = icmp sge i32 %6608, %6420
	%6611 = and i1 %6609, %6610
	%6612 = mul i32 %3, 8
	%6613 = add i32 %6612, 2
	%6614 = sub i32 255, %6613
	%6615 = select i1 %6611, i32 %6614, i32 %6605
	%6616 = select i1 %6611, i32 %6598, i32 %6606
	%6617 = or i1 %6607, %6611
	%6618 = add i32 %6608, %6526
	%6619 = xor i1 %6617, true
	%6620 = icmp sge i32 %6618, %6420
	%6621 = and i1 %6619, %6620
	%6622 = mul i32 %3, 8
	%6623 = add i32 %6622, 3
	%6624 = sub i32 255, %6623
	%6625 = select i1 %6621, i32 %6624, i32 %6615
	%6626 = select i1 %6621, i32 %6608, i32 %6616
	%6627 = or i1 %6617, %6621
	%6628 = add i32 %6618, %6535
	%6629 = xor i1 %6627, true
	%6630 = icmp sge i32 %6628, %6420
	%6631 = and i1 %6629, %6630
	%6632 = mul i32 %3, 8
	%6633 = add i32 %6632, 4
	%6634 = sub i32 255, %6633
	%6635 = select i1 %6631, i32 %6634, i32 %6625
	%6636 = select i1 %6631, i32 %6618, i32 %6626
	%6637 = or i1 %6627, %6631
	%6638 = add i32 %6628, %6544
	%6639 = xor i1 %6637, true
	%6640 = icmp sge i32 %6638, %6420
	%6641 = and i1 %6639, %6640
	%6642 = mul i32 %3, 8
	%6643 = add i32 %6642, 5
	%6644 = sub i32 255, %6643
	%6645 = select i1 %6641, i32 %6644, i32 %6635
	%6646 = select i1 %6641, i32 %6628, i32 %6636
	%6647 = or i1 %6637, %6641
	%6648 = add i32 %6638, %6553
	%6649 = xor i1 %6647, true
	%6650 = icmp sge i32 %6648, %6420
	%6651 = and i1 %6649, %6650
	%6652 = mul i32 %3, 8
	%6653 = add i32 %6652, 6
	%6654 = sub i32 255, %6653
	%6655 = select i1 %6651, i32 %6654, i32 %6645
	%6656 = select i1 %6651, i32 %6638, i32 %6646
	%6657 = or i1 %6647, %6651
	%6658 = add i32 %6648, %6562
	%6659 = xor i1 %6657, true
	%6660 = icmp sge i32 %6658, %6420
	%6661 = and i1 %6659, %6660
	%6662 = mul i32 %3, 8
	%6663 = add i32 %6662, 7
	%6664 = sub i32 255, %6663
	%6665 = select i1 %6661, i32 %6664, i32 %6655
	%6666 = select i1 %6661, i32 %6648, i32 %6656
	%6667 = or i1 %6657, %6661
	%6668 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6587)
	%6669 = call i32 @llvm.cttz.i32(i32 %6668, i1 false)
	%6670 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %6665, i32 %6669, i32 31)
	%6671 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %6666, i32 %6669, i32 31)
	%6672 = shl i32 %6670, 8
	%6673 = or i32 %6417, %6672
	%6674 = shl i32 255, 8
	%6675 = or i32 %6419, %6674
	%6676 = sub i32 %6420, %6671
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%6677 = mul i32 %3, 8
	%6678 = add i32 %6677, 0
	%6679 = add i32 %5888, %6678
	%6680 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6681 = bitcast i8 addrspace(3)* %6680 to i32 addrspace(3)*
	%6682 = getelementptr i32, i32 addrspace(3)* %6681, i32 %6679
	store i32 0, i32 addrspace(3)* %6682
	%6683 = mul i32 %3, 8
	%6684 = add i32 %6683, 1
	%6685 = add i32 %5888, %6684
	%6686 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6687 = bitcast i8 addrspace(3)* %6686 to i32 addrspace(3)*
	%6688 = getelementptr i32, i32 addrspace(3)* %6687, i32 %6685
	store i32 0, i32 addrspace(3)* %6688
	%6689 = mul i32 %3, 8
	%6690 = add i32 %6689, 2
	%6691 = add i32 %5888, %6690
	%6692 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6693 = bitcast i8 addrspace(3)* %6692 to i32 addrspace(3)*
	%6694 = getelementptr i32, i32 addrspace(3)* %6693, i32 %6691
	store i32 0, i32 addrspace(3)* %6694
	%6695 = mul i32 %3, 8
	%6696 = add i32 %6695, 3
	%6697 = add i32 %5888, %6696
	%6698 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6699 = bitcast i8 addrspace(3)* %6698 to i32 addrspace(3)*
	%6700 = getelementptr i32, i32 addrspace(3)* %6699, i32 %6697
	store i32 0, i32 addrspace(3)* %6700
	%6701 = mul i32 %3, 8
	%6702 = add i32 %6701, 4
	%6703 = add i32 %5888, %6702
	%6704 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6705 = bitcast i8 addrspace(3)* %6704 to i32 addrspace(3)*
	%6706 = getelementptr i32, i32 addrspace(3)* %6705, i32 %6703
	store i32 0, i32 addrspace(3)* %6706
	%6707 = mul i32 %3, 8
	%6708 = add i32 %6707, 5
	%6709 = add i32 %5888, %6708
	%6710 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6711 = bitcast i8 addrspace(3)* %6710 to i32 addrspace(3)*
	%6712 = getelementptr i32, i32 addrspace(3)* %6711, i32 %6709
	store i32 0, i32 addrspace(3)* %6712
	%6713 = mul i32 %3, 8
	%6714 = add i32 %6713, 6
	%6715 = add i32 %5888, %6714
	%6716 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6717 = bitcast i8 addrspace(3)* %6716 to i32 addrspace(3)*
	%6718 = getelementptr i32, i32 addrspace(3)* %6717, i32 %6715
	store i32 0, i32 addrspace(3)* %6718
	%6719 = mul i32 %3, 8
	%6720 = add i32 %6719, 7
	%6721 = add i32 %5888, %6720
	%6722 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6723 = bitcast i8 addrspace(3)* %6722 to i32 addrspace(3)*
	%6724 = getelementptr i32, i32 addrspace(3)* %6723, i32 %6721
	store i32 0, i32 addrspace(3)* %6724
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %6735

6725:
	%6726 = lshr i32 %6487, 8
	%6727 = and i32 %6726, 255
	%6728 = add i32 %5888, %6727
	%6729 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6730 = bitcast i8 addrspace(3)* %6729 to i32 addrspace(3)*
	%6731 = getelementptr i32, i32 addrspace(3)* %6730, i32 %6728
	%6732 = atomicrmw add i32 addrspace(3)* %6731, i32 1 monotonic
	br label %6733

6733:
	%6734 = add i32 %6480, 32
	br label %6479

6735:
	%6736 = phi i32 [ %3, %6491 ], [ %6944, %6943 ]
	%6737 = icmp slt i32 %6736, %554
	br i1 %6737, label %6738, label %6747

6738:
	%6739 = add i32 %5887, %6736
	%6740 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%6741 = bitcast i8 addrspace(3)* %6740 to i32 addrspace(3)*
	%6742 = getelementptr i32, i32 addrspace(3)* %6741, i32 %6739
	%6743 = load i32, i32 addrspace(3)* %6742
	%6744 = and i32 %6743, %6675
	%6745 = icmp eq i32 %6744, %6673
	%6746 = and i1 true, %6745
	br i1 %6746, label %6935, label %6943

6747:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%6748 = mul i32 %3, 8
	%6749 = add i32 %6748, 0
	%6750 = sub i32 255, %6749
	%6751 = add i32 %5888, %6750
	%6752 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6753 = bitcast i8 addrspace(3)* %6752 to i32 addrspace(3)*
	%6754 = getelementptr i32, i32 addrspace(3)* %6753, i32 %6751
	%6755 = load i32, i32 addrspace(3)* %6754
	%6756 = add i32 0, %6755
	%6757 = mul i32 %3, 8
	%6758 = add i32 %6757, 1
	%6759 = sub i32 255, %6758
	%6760 = add i32 %5888, %6759
	%6761 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6762 = bitcast i8 addrspace(3)* %6761 to i32 addrspace(3)*
	%6763 = getelementptr i32, i32 addrspace(3)* %6762, i32 %6760
	%6764 = load i32, i32 addrspace(3)* %6763
	%6765 = add i32 %6756, %6764
	%6766 = mul i32 %3, 8
	%6767 = add i32 %6766, 2
	%6768 = sub i32 255, %6767
	%6769 = add i32 %5888, %6768
	%6770 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6771 = bitcast i8 addrspace(3)* %6770 to i32 addrspace(3)*
	%6772 = getelementptr i32, i32 addrspace(3)* %6771, i32 %6769
	%6773 = load i32, i32 addrspace(3)* %6772
	%6774 = add i32 %6765, %6773
	%6775 = mul i32 %3, 8
	%6776 = add i32 %6775, 3
	%6777 = sub i32 255, %6776
	%6778 = add i32 %5888, %6777
	%6779 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6780 = bitcast i8 addrspace(3)* %6779 to i32 addrspace(3)*
	%6781 = getelementptr i32, i32 addrspace(3)* %6780, i32 %6778
	%6782 = load i32, i32 addrspace(3)* %6781
	%6783 = add i32 %6774, %6782
	%6784 = mul i32 %3, 8
	%6785 = add i32 %6784, 4
	%6786 = sub i32 255, %6785
	%6787 = add i32 %5888, %6786
	%6788 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6789 = bitcast i8 addrspace(3)* %6788 to i32 addrspace(3)*
	%6790 = getelementptr i32, i32 addrspace(3)* %6789, i32 %6787
	%6791 = load i32, i32 addrspace(3)* %6790
	%6792 = add i32 %6783, %6791
	%6793 = mul i32 %3, 8
	%6794 = add i32 %6793, 5
	%6795 = sub i32 255, %6794
	%6796 = add i32 %5888, %6795
	%6797 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6798 = bitcast i8 addrspace(3)* %6797 to i32 addrspace(3)*
	%6799 = getelementptr i32, i32 addrspace(3)* %6798, i32 %6796
	%6800 = load i32, i32 addrspace(3)* %6799
	%6801 = add i32 %6792, %6800
	%6802 = mul i32 %3, 8
	%6803 = add i32 %6802, 6
	%6804 = sub i32 255, %6803
	%6805 = add i32 %5888, %6804
	%6806 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6807 = bitcast i8 addrspace(3)* %6806 to i32 addrspace(3)*
	%6808 = getelementptr i32, i32 addrspace(3)* %6807, i32 %6805
	%6809 = load i32, i32 addrspace(3)* %6808
	%6810 = add i32 %6801, %6809
	%6811 = mul i32 %3, 8
	%6812 = add i32 %6811, 7
	%6813 = sub i32 255, %6812
	%6814 = add i32 %5888, %6813
	%6815 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6816 = bitcast i8 addrspace(3)* %6815 to i32 addrspace(3)*
	%6817 = getelementptr i32, i32 addrspace(3)* %6816, i32 %6814
	%6818 = load i32, i32 addrspace(3)* %6817
	%6819 = add i32 %6810, %6818
	%6820 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6819, i32 1, i32 0)
	%6821 = icmp uge i32 %3, 1
	%6822 = select i1 %6821, i32 %6820, i32 0
	%6823 = add i32 %6819, %6822
	%6824 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6823, i32 2, i32 0)
	%6825 = icmp uge i32 %3, 2
	%6826 = select i1 %6825, i32 %6824, i32 0
	%6827 = add i32 %6823, %6826
	%6828 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6827, i32 4, i32 0)
	%6829 = icmp uge i32 %3, 4
	%6830 = select i1 %6829, i32 %6828, i32 0
	%6831 = add i32 %6827, %6830
	%6832 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6831, i32 8, i32 0)
	%6833 = icmp uge i32 %3, 8
	%6834 = select i1 %6833, i32 %6832, i32 0
	%6835 = add i32 %6831, %6834
	%6836 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6835, i32 16, i32 0)
	%6837 = icmp uge i32 %3, 16
	%6838 = select i1 %6837, i32 %6836, i32 0
	%6839 = add i32 %6835, %6838
	%6840 = sub i32 %6839, %6819
	%6841 = icmp slt i32 %6840, %6676
	%6842 = icmp sge i32 %6839, %6676
	%6843 = and i1 %6841, %6842
	%6844 = add i32 %6840, %6755
	%6845 = xor i1 false, true
	%6846 = icmp sge i32 %6844, %6676
	%6847 = and i1 %6845, %6846
	%6848 = mul i32 %3, 8
	%6849 = add i32 %6848, 0
	%6850 = sub i32 255, %6849
	%6851 = select i1 %6847, i32 %6850, i32 0
	%6852 = select i1 %6847, i32 %6840, i32 0
	%6853 = or i1 false, %6847
	%6854 = add i32 %6844, %6764
	%6855 = xor i1 %6853, true
	%6856 = icmp sge i32 %6854, %6676
	%6857 = and i1 %6855, %6856
	%6858 = mul i32 %3, 8
	%6859 = add i32 %6858, 1
	%6860 = sub i32 255, %6859
	%6861 = select i1 %6857, i32 %6860, i32 %6851
	%6862 = select i1 %6857, i32 %6844, i32 %6852
	%6863 = or i1 %6853, %6857
	%6864 = add i32 %6854, %6773
	%6865 = xor i1 %6863, true
	%6866 = icmp sge i32 %6864, %6676
	%6867 = and i1 %6865, %6866
	%6868 = mul i32 %3, 8
	%6869 = add i32 %6868, 2
	%6870 = sub i32 255, %6869
	%6871 = select i1 %6867, i32 %6870, i32 %6861
	%6872 = select i1 %6867, i32 %6854, i32 %6862
	%6873 = or i1 %6863, %6867
	%6874 = add i32 %6864, %6782
	%6875 = xor i1 %6873, true
	%6876 = icmp sge i32 %6874, %6676
	%6877 = and i1 %6875, %6876
	%6878 = mul i32 %3, 8
	%6879 = add i32 %6878, 3
	%6880 = sub i32 255, %6879
	%6881 = select i1 %6877, i32 %6880, i32 %6871
	%6882 = select i1 %6877, i32 %6864, i32 %6872
	%6883 = or i1 %6873, %6877
	%6884 = add i32 %6874, %6791
	%6885 = xor i1 %6883, true
	%6886 = icmp sge i32 %6884, %6676
	%6887 = and i1 %6885, %6886
	%6888 = mul i32 %3, 8
	%6889 = add i32 %6888, 4
	%6890 = sub i32 255, %6889
	%6891 = select i1 %6887, i32 %6890, i32 %6881
	%6892 = select i1 %6887, i32 %6874, i32 %6882
	%6893 = or i1 %6883, %6887
	%6894 = add i32 %6884, %6800
	%6895 = xor i1 %6893, true
	%6896 = icmp sge i32 %6894, %6676
	%6897 = and i1 %6895, %6896
	%6898 = mul i32 %3, 8
	%6899 = add i32 %6898, 5
	%6900 = sub i32 255, %6899
	%6901 = select i1 %6897, i32 %6900, i32 %6891
	%6902 = select i1 %6897, i32 %6884, i32 %6892
	%6903 = or i1 %6893, %6897
	%6904 = add i32 %6894, %6809
	%6905 = xor i1 %6903, true
	%6906 = icmp sge i32 %6904, %6676
	%6907 = and i1 %6905, %6906
	%6908 = mul i32 %3, 8
	%6909 = add i32 %6908, 6
	%6910 = sub i32 255, %6909
	%6911 = select i1 %6907, i32 %6910, i32 %6901
	%6912 = select i1 %6907, i32 %6894, i32 %6902
	%6913 = or i1 %6903, %6907
	%6914 = add i32 %6904, %6818
	%6915 = xor i1 %6913, true
	%6916 = icmp sge i32 %6914, %6676
	%6917 = and i1 %6915, %6916
	%6918 = mul i32 %3, 8
	%6919 = add i32 %6918, 7
	%6920 = sub i32 255, %6919
	%6921 = select i1 %6917, i32 %6920, i32 %6911
	%6922 = select i1 %6917, i32 %6904, i32 %6912
	%6923 = or i1 %6913, %6917
	%6924 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6843)
	%6925 = call i32 @llvm.cttz.i32(i32 %6924, i1 false)
	%6926 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %6921, i32 %6925, i32 31)
	%6927 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %6922, i32 %6925, i32 31)
	%6928 = shl i32 %6926, 0
	%6929 = or i32 %6673, %6928
	%6930 = shl i32 255, 0
	%6931 = or i32 %6675, %6930
	%6932 = sub i32 %6676, %6927
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%6933 = shl i32 1, %3
	%6934 = sub i32 %6933, 1
	br label %6945

6935:
	%6936 = lshr i32 %6743, 0
	%6937 = and i32 %6936, 255
	%6938 = add i32 %5888, %6937
	%6939 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6940 = bitcast i8 addrspace(3)* %6939 to i32 addrspace(3)*
	%6941 = getelementptr i32, i32 addrspace(3)* %6940, i32 %6938
	%6942 = atomicrmw add i32 addrspace(3)* %6941, i32 1 monotonic
	br label %6943

6943:
	%6944 = add i32 %6736, 32
	br label %6735

6945:
	%6946 = phi i32 [ 0, %6747 ], [ %6995, %6990 ]
	%6947 = phi i32 [ 0, %6747 ], [ %6992, %6990 ]
	%6948 = phi i32 [ 0, %6747 ], [ %6994, %6990 ]
	%6949 = icmp slt i32 %6946, %554
	br i1 %6949, label %6950, label %6953

6950:
	%6951 = add i32 %6946, %3
	%6952 = icmp slt i32 %6951, %554
	br i1 %6952, label %6954, label %6964

6953:
	br label %5937

6954:
	%6955 = add i32 %5887, %6951
	%6956 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%6957 = bitcast i8 addrspace(3)* %6956 to i32 addrspace(3)*
	%6958 = getelementptr i32, i32 addrspace(3)* %6957, i32 %6955
	%6959 = load i32, i32 addrspace(3)* %6958
	%6960 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%6961 = bitcast i8 addrspace(3)* %6960 to i32 addrspace(3)*
	%6962 = getelementptr i32, i32 addrspace(3)* %6961, i32 %6955
	%6963 = load i32, i32 addrspace(3)* %6962
	br label %6964

6964:
	%6965 = phi i32 [ 0, %6950 ], [ %6959, %6954 ]
	%6966 = phi i32 [ 0, %6950 ], [ %6963, %6954 ]
	%6967 = icmp eq i32 %6965, %6929
	%6968 = and i1 %6952, %6967
	%6969 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6968)
	%6970 = and i32 %6969, %6934
	%6971 = call i32 @llvm.ctpop.i32(i32 %6970)
	%6972 = add i32 %6948, %6971
	%6973 = icmp ugt i32 %6965, %6929
	%6974 = icmp slt i32 %6972, %6932
	%6975 = and i1 %6968, %6974
	%6976 = or i1 %6973, %6975
	%6977 = and i1 %6952, %6976
	%6978 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6977)
	%6979 = and i32 %6978, %6934
	%6980 = call i32 @llvm.ctpop.i32(i32 %6979)
	%6981 = add i32 %6947, %6980
	%6982 = add i32 %5887, %6981
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %6977, label %6983, label %6990

6983:
	%6984 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%6985 = bitcast i8 addrspace(3)* %6984 to i32 addrspace(3)*
	%6986 = getelementptr i32, i32 addrspace(3)* %6985, i32 %6982
	store i32 %6965, i32 addrspace(3)* %6986
	%6987 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%6988 = bitcast i8 addrspace(3)* %6987 to i32 addrspace(3)*
	%6989 = getelementptr i32, i32 addrspace(3)* %6988, i32 %6982
	store i32 %6966, i32 addrspace(3)* %6989
	br label %6990

6990:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%6991 = call i32 @llvm.ctpop.i32(i32 %6978)
	%6992 = add i32 %6947, %6991
	%6993 = call i32 @llvm.ctpop.i32(i32 %6969)
	%6994 = add i32 %6948, %6993
	%6995 = add i32 %6946, 32
	br label %6945

6996:
	%6997 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%6998 = bitcast i8 addrspace(3)* %6997 to i32 addrspace(3)*
	%6999 = getelementptr i32, i32 addrspace(3)* %6998, i32 %5966
	store i32 %5820, i32 addrspace(3)* %6999
	%7000 = add i32 0, %3
	%7001 = add i32 %547, %7000
	%7002 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%7003 = bitcast i8 addrspace(3)* %7002 to i32 addrspace(3)*
	%7004 = getelementptr i32, i32 addrspace(3)* %7003, i32 %5966
	store i32 %7001, i32 addrspace(3)* %7004
	br label %7005

7005:
	%7006 = call i32 @llvm.ctpop.i32(i32 %5942)
	%7007 = add i32 %5938, %7006
	%7008 = and i32 %5947, %5961
	%7009 = call i32 @llvm.ctpop.i32(i32 %7008)
	%7010 = add i32 %7007, %7009
	%7011 = add i32 %5962, %7010
	br i1 %5946, label %7012, label %7021

7012:
	%7013 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%7014 = bitcast i8 addrspace(3)* %7013 to i32 addrspace(3)*
	%7015 = getelementptr i32, i32 addrspace(3)* %7014, i32 %7011
	store i32 %5833, i32 addrspace(3)* %7015
	%7016 = add i32 32, %3
	%7017 = add i32 %547, %7016
	%7018 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%7019 = bitcast i8 addrspace(3)* %7018 to i32 addrspace(3)*
	%7020 = getelementptr i32, i32 addrspace(3)* %7019, i32 %7011
	store i32 %7017, i32 addrspace(3)* %7020
	br label %7021

7021:
	%7022 = call i32 @llvm.ctpop.i32(i32 %5947)
	%7023 = add i32 %7007, %7022
	%7024 = and i32 %5952, %5961
	%7025 = call i32 @llvm.ctpop.i32(i32 %7024)
	%7026 = add i32 %7023, %7025
	%7027 = add i32 %5962, %7026
	br i1 %5951, label %7028, label %7037

7028:
	%7029 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%7030 = bitcast i8 addrspace(3)* %7029 to i32 addrspace(3)*
	%7031 = getelementptr i32, i32 addrspace(3)* %7030, i32 %7027
	store i32 %5846, i32 addrspace(3)* %7031
	%7032 = add i32 64, %3
	%7033 = add i32 %547, %7032
	%7034 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%7035 = bitcast i8 addrspace(3)* %7034 to i32 addrspace(3)*
	%7036 = getelementptr i32, i32 addrspace(3)* %7035, i32 %7027
	store i32 %7033, i32 addrspace(3)* %7036
	br label %7037

7037:
	%7038 = call i32 @llvm.ctpop.i32(i32 %5952)
	%7039 = add i32 %7023, %7038
	%7040 = and i32 %5957, %5961
	%7041 = call i32 @llvm.ctpop.i32(i32 %7040)
	%7042 = add i32 %7039, %7041
	%7043 = add i32 %5962, %7042
	br i1 %5956, label %7044, label %7053

7044:
	%7045 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%7046 = bitcast i8 addrspace(3)* %7045 to i32 addrspace(3)*
	%7047 = getelementptr i32, i32 addrspace(3)* %7046, i32 %7043
	store i32 %5859, i32 addrspace(3)* %7047
	%7048 = add i32 96, %3
	%7049 = add i32 %547, %7048
	%7050 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%7051 = bitcast i8 addrspace(3)* %7050 to i32 addrspace(3)*
	%7052 = getelementptr i32, i32 addrspace(3)* %7051, i32 %7043
	store i32 %7049, i32 addrspace(3)* %7052
	br label %7053

7053:
	%7054 = call i32 @llvm.ctpop.i32(i32 %5957)
	%7055 = add i32 %7039, %7054
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%7056 = add i32 %5938, %5959
	br label %5882

7057:
	%7058 = add i32 %377, %0
	br label %7062

7059:
	%7060 = add i32 %5, %378
	%7061 = icmp slt i32 %7060, %M
	br i1 %7061, label %7081, label %7083

7062:
	%7063 = phi i32 [ %7058, %7057 ], [ %7080, %7079 ]
	%7064 = icmp slt i32 %7063, %NB
	br i1 %7064, label %7065, label %7066

7065:
	br label %7067

7066:
	br label %7059

7067:
	%7068 = phi i32 [ 0, %7065 ], [ %7078, %7070 ]
	%7069 = icmp slt i32 %7068, %362
	br i1 %7069, label %7070, label %7079

7070:
	%7071 = mul i32 %2, %M
	%7072 = add i32 %5, %7068
	%7073 = add i32 %7071, %7072
	%7074 = mul i32 %7073, %NB
	%7075 = add i32 %7074, %7063
	%7076 = sext i32 %7075 to i64
	%7077 = getelementptr float, float* %e, i64 %7076
	store float 0xFFF0000000000000, float* %7077
	%7078 = add i32 %7068, 1
	br label %7067

7079:
	%7080 = add i32 %7063, 128
	br label %7062

7081:
	%7082 = icmp sgt i32 %548, %415
	br i1 %7082, label %7086, label %7137

7083:
	%7084 = add i32 %5, %420
	%7085 = icmp slt i32 %7084, %M
	br i1 %7085, label %8236, label %8238

7086:
	%7087 = mul i32 %378, 160
	%7088 = mul i32 %4, 256
	%7089 = mul i32 %3, 8
	%7090 = add i32 %7089, 0
	%7091 = add i32 %7088, %7090
	%7092 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7093 = bitcast i8 addrspace(3)* %7092 to i32 addrspace(3)*
	%7094 = getelementptr i32, i32 addrspace(3)* %7093, i32 %7091
	store i32 0, i32 addrspace(3)* %7094
	%7095 = mul i32 %3, 8
	%7096 = add i32 %7095, 1
	%7097 = add i32 %7088, %7096
	%7098 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7099 = bitcast i8 addrspace(3)* %7098 to i32 addrspace(3)*
	%7100 = getelementptr i32, i32 addrspace(3)* %7099, i32 %7097
	store i32 0, i32 addrspace(3)* %7100
	%7101 = mul i32 %3, 8
	%7102 = add i32 %7101, 2
	%7103 = add i32 %7088, %7102
	%7104 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7105 = bitcast i8 addrspace(3)* %7104 to i32 addrspace(3)*
	%7106 = getelementptr i32, i32 addrspace(3)* %7105, i32 %7103
	store i32 0, i32 addrspace(3)* %7106
	%7107 = mul i32 %3, 8
	%7108 = add i32 %7107, 3
	%7109 = add i32 %7088, %7108
	%7110 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7111 = bitcast i8 addrspace(3)* %7110 to i32 addrspace(3)*
	%7112 = getelementptr i32, i32 addrspace(3)* %7111, i32 %7109
	store i32 0, i32 addrspace(3)* %7112
	%7113 = mul i32 %3, 8
	%7114 = add i32 %7113, 4
	%7115 = add i32 %7088, %7114
	%7116 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7117 = bitcast i8 addrspace(3)* %7116 to i32 addrspace(3)*
	%7118 = getelementptr i32, i32 addrspace(3)* %7117, i32 %7115
	store i32 0, i32 addrspace(3)* %7118
	%7119 = mul i32 %3, 8
	%7120 = add i32 %7119, 5
	%7121 = add i32 %7088, %7120
	%7122 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7123 = bitcast i8 addrspace(3)* %7122 to i32 addrspace(3)*
	%7124 = getelementptr i32, i32 addrspace(3)* %7123, i32 %7121
	store i32 0, i32 addrspace(3)* %7124
	%7125 = mul i32 %3, 8
	%7126 = add i32 %7125, 6
	%7127 = add i32 %7088, %7126
	%7128 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7129 = bitcast i8 addrspace(3)* %7128 to i32 addrspace(3)*
	%7130 = getelementptr i32, i32 addrspace(3)* %7129, i32 %7127
	store i32 0, i32 addrspace(3)* %7130
	%7131 = mul i32 %3, 8
	%7132 = add i32 %7131, 7
	%7133 = add i32 %7088, %7132
	%7134 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7135 = bitcast i8 addrspace(3)* %7134 to i32 addrspace(3)*
	%7136 = getelementptr i32, i32 addrspace(3)* %7135, i32 %7133
	store i32 0, i32 addrspace(3)* %7136
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %7144

7137:
	%7138 = phi i32 [ %548, %7081 ], [ %415, %8130 ]
	%7139 = sub i32 %410, 0
	%7140 = mul i32 %2, %M
	%7141 = add i32 %5, %378
	%7142 = add i32 %7140, %7141
	%7143 = mul i32 %7142, 8
	br label %8173

7144:
	%7145 = phi i32 [ %3, %7086 ], [ %7399, %7398 ]
	%7146 = icmp slt i32 %7145, %548
	br i1 %7146, label %7147, label %7156

7147:
	%7148 = add i32 %7087, %7145
	%7149 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%7150 = bitcast i8 addrspace(3)* %7149 to i32 addrspace(3)*
	%7151 = getelementptr i32, i32 addrspace(3)* %7150, i32 %7148
	%7152 = load i32, i32 addrspace(3)* %7151
	%7153 = and i32 %7152, 0
	%7154 = icmp eq i32 %7153, 0
	%7155 = and i1 true, %7154
	br i1 %7155, label %7390, label %7398

7156:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%7157 = mul i32 %3, 8
	%7158 = add i32 %7157, 0
	%7159 = sub i32 255, %7158
	%7160 = add i32 %7088, %7159
	%7161 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7162 = bitcast i8 addrspace(3)* %7161 to i32 addrspace(3)*
	%7163 = getelementptr i32, i32 addrspace(3)* %7162, i32 %7160
	%7164 = load i32, i32 addrspace(3)* %7163
	%7165 = add i32 0, %7164
	%7166 = mul i32 %3, 8
	%7167 = add i32 %7166, 1
	%7168 = sub i32 255, %7167
	%7169 = add i32 %7088, %7168
	%7170 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7171 = bitcast i8 addrspace(3)* %7170 to i32 addrspace(3)*
	%7172 = getelementptr i32, i32 addrspace(3)* %7171, i32 %7169
	%7173 = load i32, i32 addrspace(3)* %7172
	%7174 = add i32 %7165, %7173
	%7175 = mul i32 %3, 8
	%7176 = add i32 %7175, 2
	%7177 = sub i32 255, %7176
	%7178 = add i32 %7088, %7177
	%7179 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7180 = bitcast i8 addrspace(3)* %7179 to i32 addrspace(3)*
	%7181 = getelementptr i32, i32 addrspace(3)* %7180, i32 %7178
	%7182 = load i32, i32 addrspace(3)* %7181
	%7183 = add i32 %7174, %7182
	%7184 = mul i32 %3, 8
	%7185 = add i32 %7184, 3
	%7186 = sub i32 255, %7185
	%7187 = add i32 %7088, %7186
	%7188 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7189 = bitcast i8 addrspace(3)* %7188 to i32 addrspace(3)*
	%7190 = getelementptr i32, i32 addrspace(3)* %7189, i32 %7187
	%7191 = load i32, i32 addrspace(3)* %7190
	%7192 = add i32 %7183, %7191
	%7193 = mul i32 %3, 8
	%7194 = add i32 %7193, 4
	%7195 = sub i32 255, %7194
	%7196 = add i32 %7088, %7195
	%7197 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7198 = bitcast i8 addrspace(3)* %7197 to i32 addrspace(3)*
	%7199 = getelementptr i32, i32 addrspace(3)* %7198, i32 %7196
	%7200 = load i32, i32 addrspace(3)* %7199
	%7201 = add i32 %7192, %7200
	%7202 = mul i32 %3, 8
	%7203 = add i32 %7202, 5
	%7204 = sub i32 255, %7203
	%7205 = add i32 %7088, %7204
	%7206 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7207 = bitcast i8 addrspace(3)* %7206 to i32 addrspace(3)*
	%7208 = getelementptr i32, i32 addrspace(3)* %7207, i32 %7205
	%7209 = load i32, i32 addrspace(3)* %7208
	%7210 = add i32 %7201, %7209
	%7211 = mul i32 %3, 8
	%7212 = add i32 %7211, 6
	%7213 = sub i32 255, %7212
	%7214 = add i32 %7088, %7213
	%7215 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7216 = bitcast i8 addrspace(3)* %7215 to i32 addrspace(3)*
	%7217 = getelementptr i32, i32 addrspace(3)* %7216, i32 %7214
	%7218 = load i32, i32 addrspace(3)* %7217
	%7219 = add i32 %7210, %7218
	%7220 = mul i32 %3, 8
	%7221 = add i32 %7220, 7
	%7222 = sub i32 255, %7221
	%7223 = add i32 %7088, %7222
	%7224 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7225 = bitcast i8 addrspace(3)* %7224 to i32 addrspace(3)*
	%7226 = getelementptr i32, i32 addrspace(3)* %7225, i32 %7223
	%7227 = load i32, i32 addrspace(3)* %7226
	%7228 = add i32 %7219, %7227
	%7229 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7228, i32 1, i32 0)
	%7230 = icmp uge i32 %3, 1
	%7231 = select i1 %7230, i32 %7229, i32 0
	%7232 = add i32 %7228, %7231
	%7233 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7232, i32 2, i32 0)
	%7234 = icmp uge i32 %3, 2
	%7235 = select i1 %7234, i32 %7233, i32 0
	%7236 = add i32 %7232, %7235
	%7237 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7236, i32 4, i32 0)
	%7238 = icmp uge i32 %3, 4
	%7239 = select i1 %7238, i32 %7237, i32 0
	%7240 = add i32 %7236, %7239
	%7241 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7240, i32 8, i32 0)
	%7242 = icmp uge i32 %3, 8
	%7243 = select i1 %7242, i32 %7241, i32 0
	%7244 = add i32 %7240, %7243
	%7245 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7244, i32 16, i32 0)
	%7246 = icmp uge i32 %3, 16
	%7247 = select i1 %7246, i32 %7245, i32 0
	%7248 = add i32 %7244, %7247
	%7249 = sub i32 %7248, %7228
	%7250 = icmp slt i32 %7249, %415
	%7251 = icmp sge i32 %7248, %415
	%7252 = and i1 %7250, %7251
	%7253 = add i32 %7249, %7164
	%7254 = xor i1 false, true
	%7255 = icmp sge i32 %7253, %415
	%7256 = and i1 %7254, %7255
	%7257 = mul i32 %3, 8
	%7258 = add i32 %7257, 0
	%7259 = sub i32 255, %7258
	%7260 = select i1 %7256, i32 %7259, i32 0
	%7261 = select i1 %7256, i32 %7249, i32 0
	%7262 = or i1 false, %7256
	%7263 = add i32 %7253, %7173
	%7264 = xor i1 %7262, true
	%7265 = icmp sge i32 %7263, %415
	%7266 = and i1 %7264, %7265
	%7267 = mul i32 %3, 8
	%7268 = add i32 %7267, 1
	%7269 = sub i32 255, %7268
	%7270 = select i1 %7266, i32 %7269, i32 %7260
	%7271 = select i1 %7266, i32 %7253, i32 %7261
	%7272 = or i1 %7262, %7266
	%7273 = add i32 %7263, %7182
	%7274 = xor i1 %7272, true
	%7275 = icmp sge i32 %7273, %415
	%7276 = and i1 %7274, %7275
	%7277 = mul i32 %3, 8
	%7278 = add i32 %7277, 2
	%7279 = sub i32 255, %7278
	%7280 = select i1 %7276, i32 %7279, i32 %7270
	%7281 = select i1 %7276, i32 %7263, i32 %7271
	%7282 = or i1 %7272, %7276
	%7283 = add i32 %7273, %7191
	%7284 = xor i1 %7282, true
	%7285 = icmp sge i32 %7283, %415
	%7286 = and i1 %7284, %7285
	%7287 = mul i32 %3, 8
	%7288 = add i32 %7287, 3
	%7289 = sub i32 255, %7288
	%7290 = select i1 %7286, i32 %7289, i32 %7280
	%7291 = select i1 %7286, i32 %7273, i32 %7281
	%7292 = or i1 %7282, %7286
	%7293 = add i32 %7283, %7200
	%7294 = xor i1 %7292, true
	%7295 = icmp sge i32 %7293, %415
	%7296 = and i1 %7294, %7295
	%7297 = mul i32 %3, 8
	%7298 = add i32 %7297, 4
	%7299 = sub i32 255, %7298
	%7300 = select i1 %7296, i32 %7299, i32 %7290
	%7301 = select i1 %7296, i32 %7283, i32 %7291
	%7302 = or i1 %7292, %7296
	%7303 = add i32 %7293, %7209
	%7304 = xor i1 %7302, true
	%7305 = icmp sge i32 %7303, %415
	%7306 = and i1 %7304, %7305
	%7307 = mul i32 %3, 8
	%7308 = add i32 %7307, 5
	%7309 = sub i32 255, %7308
	%7310 = select i1 %7306, i32 %7309, i32 %7300
	%7311 = select i1 %7306, i32 %7293, i32 %7301
	%7312 = or i1 %7302, %7306
	%7313 = add i32 %7303, %7218
	%7314 = xor i1 %7312, true
	%7315 = icmp sge i32 %7313, %415
	%7316 = and i1 %7314, %7315
	%7317 = mul i32 %3, 8
	%7318 = add i32 %7317, 6
	%7319 = sub i32 255, %7318
	%7320 = select i1 %7316, i32 %7319, i32 %7310
	%7321 = select i1 %7316, i32 %7303, i32 %7311
	%7322 = or i1 %7312, %7316
	%7323 = add i32 %7313, %7227
	%7324 = xor i1 %7322, true
	%7325 = icmp sge i32 %7323, %415
	%7326 = and i1 %7324, %7325
	%7327 = mul i32 %3, 8
	%7328 = add i32 %7327, 7
	%7329 = sub i32 255, %7328
	%7330 = select i1 %7326, i32 %7329, i32 %7320
	%7331 = select i1 %7326, i32 %7313, i32 %7321
	%7332 = or i1 %7322, %7326
	%7333 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %7252)
	%7334 = call i32 @llvm.cttz.i32(i32 %7333, i1 false)
	%7335 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %7330, i32 %7334, i32 31)
	%7336 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %7331, i32 %7334, i32 31)
	%7337 = shl i32 %7335, 24
	%7338 = or i32 0, %7337
	%7339 = shl i32 255, 24
	%7340 = or i32 0, %7339
	%7341 = sub i32 %415, %7336
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%7342 = mul i32 %3, 8
	%7343 = add i32 %7342, 0
	%7344 = add i32 %7088, %7343
	%7345 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7346 = bitcast i8 addrspace(3)* %7345 to i32 addrspace(3)*
	%7347 = getelementptr i32, i32 addrspace(3)* %7346, i32 %7344
	store i32 0, i32 addrspace(3)* %7347
	%7348 = mul i32 %3, 8
	%7349 = add i32 %7348, 1
	%7350 = add i32 %7088, %7349
	%7351 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7352 = bitcast i8 addrspace(3)* %7351 to i32 addrspace(3)*
	%7353 = getelementptr i32, i32 addrspace(3)* %7352, i32 %7350
	store i32 0, i32 addrspace(3)* %7353
	%7354 = mul i32 %3, 8
	%7355 = add i32 %7354, 2
	%7356 = add i32 %7088, %7355
	%7357 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7358 = bitcast i8 addrspace(3)* %7357 to i32 addrspace(3)*
	%7359 = getelementptr i32, i32 addrspace(3)* %7358, i32 %7356
	store i32 0, i32 addrspace(3)* %7359
	%7360 = mul i32 %3, 8
	%7361 = add i32 %7360, 3
	%7362 = add i32 %7088, %7361
	%7363 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7364 = bitcast i8 addrspace(3)* %7363 to i32 addrspace(3)*
	%7365 = getelementptr i32, i32 addrspace(3)* %7364, i32 %7362
	store i32 0, i32 addrspace(3)* %7365
	%7366 = mul i32 %3, 8
	%7367 = add i32 %7366, 4
	%7368 = add i32 %7088, %7367
	%7369 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7370 = bitcast i8 addrspace(3)* %7369 to i32 addrspace(3)*
	%7371 = getelementptr i32, i32 addrspace(3)* %7370, i32 %7368
	store i32 0, i32 addrspace(3)* %7371
	%7372 = mul i32 %3, 8
	%7373 = add i32 %7372, 5
	%7374 = add i32 %7088, %7373
	%7375 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7376 = bitcast i8 addrspace(3)* %7375 to i32 addrspace(3)*
	%7377 = getelementptr i32, i32 addrspace(3)* %7376, i32 %7374
	store i32 0, i32 addrspace(3)* %7377
	%7378 = mul i32 %3, 8
	%7379 = add i32 %7378, 6
	%7380 = add i32 %7088, %7379
	%7381 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7382 = bitcast i8 addrspace(3)* %7381 to i32 addrspace(3)*
	%7383 = getelementptr i32, i32 addrspace(3)* %7382, i32 %7380
	store i32 0, i32 addrspace(3)* %7383
	%7384 = mul i32 %3, 8
	%7385 = add i32 %7384, 7
	%7386 = add i32 %7088, %7385
	%7387 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7388 = bitcast i8 addrspace(3)* %7387 to i32 addrspace(3)*
	%7389 = getelementptr i32, i32 addrspace(3)* %7388, i32 %7386
	store i32 0, i32 addrspace(3)* %7389
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %7400

7390:
	%7391 = lshr i32 %7152, 24
	%7392 = and i32 %7391, 255
	%7393 = add i32 %7088, %7392
	%7394 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7395 = bitcast i8 addrspace(3)* %7394 to i32 addrspace(3)*
	%7396 = getelementptr i32, i32 addrspace(3)* %7395, i32 %7393
	%7397 = atomicrmw add i32 addrspace(3)* %7396, i32 1 monotonic
	br label %7398

7398:
	%7399 = add i32 %7145, 32
	br label %7144

7400:
	%7401 = phi i32 [ %3, %7156 ], [ %7655, %7654 ]
	%7402 = icmp slt i32 %7401, %548
	br i1 %7402, label %7403, label %7412

7403:
	%7404 = add i32 %7087, %7401
	%7405 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%7406 = bitcast i8 addrspace(3)* %7405 to i32 addrspace(3)*
	%7407 = getelementptr i32, i32 addrspace(3)* %7406, i32 %7404
	%7408 = load i32, i32 addrspace(3)* %7407
	%7409 = and i32 %7408, %7340
	%7410 = icmp eq i32 %7409, %7338
	%7411 = and i1 true, %7410
	br i1 %7411, label %7646, label %7654

7412:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%7413 = mul i32 %3, 8
	%7414 = add i32 %7413, 0
	%7415 = sub i32 255, %7414
	%7416 = add i32 %7088, %7415
	%7417 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7418 = bitcast i8 addrspace(3)* %7417 to i32 addrspace(3)*
	%7419 = getelementptr i32, i32 addrspace(3)* %7418, i32 %7416
	%7420 = load i32, i32 addrspace(3)* %7419
	%7421 = add i32 0, %7420
	%7422 = mul i32 %3, 8
	%7423 = add i32 %7422, 1
	%7424 = sub i32 255, %7423
	%7425 = add i32 %7088, %7424
	%7426 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7427 = bitcast i8 addrspace(3)* %7426 to i32 addrspace(3)*
	%7428 = getelementptr i32, i32 addrspace(3)* %7427, i32 %7425
	%7429 = load i32, i32 addrspace(3)* %7428
	%7430 = add i32 %7421, %7429
	%7431 = mul i32 %3, 8
	%7432 = add i32 %7431, 2
	%7433 = sub i32 255, %7432
	%7434 = add i32 %7088, %7433
	%7435 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7436 = bitcast i8 addrspace(3)* %7435 to i32 addrspace(3)*
	%7437 = getelementptr i32, i32 addrspace(3)* %7436, i32 %7434
	%7438 = load i32, i32 addrspace(3)* %7437
	%7439 = add i32 %7430, %7438
	%7440 = mul i32 %3, 8
	%7441 = add i32 %7440, 3
	%7442 = sub i32 255, %7441
	%7443 = add i32 %7088, %7442
	%7444 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7445 = bitcast i8 addrspace(3)* %7444 to i32 addrspace(3)*
	%7446 = getelementptr i32, i32 addrspace(3)* %7445, i32 %7443
	%7447 = load i32, i32 addrspace(3)* %7446
	%7448 = add i32 %7439, %7447
	%7449 = mul i32 %3, 8
	%7450 = add i32 %7449, 4
	%7451 = sub i32 255, %7450
	%7452 = add i32 %7088, %7451
	%7453 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7454 = bitcast i8 addrspace(3)* %7453 to i32 addrspace(3)*
	%7455 = getelementptr i32, i32 addrspace(3)* %7454, i32 %7452
	%7456 = load i32, i32 addrspace(3)* %7455
	%7457 = add i32 %7448, %7456
	%7458 = mul i32 %3, 8
	%7459 = add i32 %7458, 5
	%7460 = sub i32 255, %7459
	%7461 = add i32 %7088, %7460
	%7462 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7463 = bitcast i8 addrspace(3)* %7462 to i32 addrspace(3)*
	%7464 = getelementptr i32, i32 addrspace(3)* %7463, i32 %7461
	%7465 = load i32, i32 addrspace(3)* %7464
	%7466 = add i32 %7457, %7465
	%7467 = mul i32 %3, 8
	%7468 = add i32 %7467, 6
	%7469 = sub i32 255, %7468
	%7470 = add i32 %7088, %7469
	%7471 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7472 = bitcast i8 addrspace(3)* %7471 to i32 addrspace(3)*
	%7473 = getelementptr i32, i32 addrspace(3)* %7472, i32 %7470
	%7474 = load i32, i32 addrspace(3)* %7473
	%7475 = add i32 %7466, %7474
	%7476 = mul i32 %3, 8
	%7477 = add i32 %7476, 7
	%7478 = sub i32 255, %7477
	%7479 = add i32 %7088, %7478
	%7480 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7481 = bitcast i8 addrspace(3)* %7480 to i32 addrspace(3)*
	%7482 = getelementptr i32, i32 addrspace(3)* %7481, i32 %7479
	%7483 = load i32, i32 addrspace(3)* %7482
	%7484 = add i32 %7475, %7483
	%7485 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7484, i32 1, i32 0)
	%7486 = icmp uge i32 %3, 1
	%7487 = select i1 %7486, i32 %7485, i32 0
	%7488 = add i32 %7484, %7487
	%7489 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7488, i32 2, i32 0)
	%7490 = icmp uge i32 %3, 2
	%7491 = select i1 %7490, i32 %7489, i32 0
	%7492 = add i32 %7488, %7491
	%7493 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7492, i32 4, i32 0)
	%7494 = icmp uge i32 %3, 4
	%7495 = select i1 %7494, i32 %7493, i32 0
	%7496 = add i32 %7492, %7495
	%7497 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7496, i32 8, i32 0)
	%7498 = icmp uge i32 %3, 8
	%7499 = select i1 %7498, i32 %7497, i32 0
	%7500 = add i32 %7496, %7499
	%7501 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7500, i32 16, i32 0)
	%7502 = icmp uge i32 %3, 16
	%7503 = select i1 %7502, i32 %7501, i32 0
	%7504 = add i32 %7500, %7503
	%7505 = sub i32 %7504, %7484
	%7506 = icmp slt i32 %7505, %7341
	%7507 = icmp sge i32 %7504, %7341
	%7508 = and i1 %7506, %7507
	%7509 = add i32 %7505, %7420
	%7510 = xor i1 false, true
	%7511 = icmp sge i32 %7509, %7341
	%7512 = and i1 %7510, %7511
	%7513 = mul i32 %3, 8
	%7514 = add i32 %7513, 0
	%7515 = sub i32 255, %7514
	%7516 = select i1 %7512, i32 %7515, i32 0
	%7517 = select i1 %7512, i32 %7505, i32 0
	%7518 = or i1 false, %7512
	%7519 = add i32 %7509, %7429
	%7520 = xor i1 %7518, true
	%7521 = icmp sge i32 %7519, %7341
	%7522 = and i1 %7520, %7521
	%7523 = mul i32 %3, 8
	%7524 = add i32 %7523, 1
	%7525 = sub i32 255, %7524
	%7526 = select i1 %7522, i32 %7525, i32 %7516
	%7527 = select i1 %7522, i32 %7509, i32 %7517
	%7528 = or i1 %7518, %7522
	%7529 = add i32 %7519, %7438
	%7530 = xor i1 %7528, true
	%7531 = icmp sge i32 %7529, %7341
	%7532 = and i1 %7530, %7531
	%7533 = mul i32 %3, 8
	%7534 = add i32 %7533, 2
	%7535 = sub i32 255, %7534
	%7536 = select i1 %7532, i32 %7535, i32 %7526
	%7537 = select i1 %7532, i32 %7519, i32 %7527
	%7538 = or i1 %7528, %7532
	%7539 = add i32 %7529, %7447
	%7540 = xor i1 %7538, true
	%7541 = icmp sge i32 %7539, %7341
	%7542 = and i1 %7540, %7541
	%7543 = mul i32 %3, 8
	%7544 = add i32 %7543, 3
	%7545 = sub i32 255, %7544
	%7546 = select i1 %7542, i32 %7545, i32 %7536
	%7547 = select i1 %7542, i32 %7529, i32 %7537
	%7548 = or i1 %7538, %7542
	%7549 = add i32 %7539, %7456
	%7550 = xor i1 %7548, true
	%7551 = icmp sge i32 %7549, %7341
	%7552 = and i1 %7550, %7551
	%7553 = mul i32 %3, 8
	%7554 = add i32 %7553, 4
	%7555 = sub i32 255, %7554
	%7556 = select i1 %7552, i32 %7555, i32 %7546
	%7557 = select i1 %7552, i32 %7539, i32 %7547
	%7558 = or i1 %7548, %7552
	%7559 = add i32 %7549, %7465
	%7560 = xor i1 %7558, true
	%7561 = icmp sge i32 %7559, %7341
	%7562 = and i1 %7560, %7561
	%7563 = mul i32 %3, 8
	%7564 = add i32 %7563, 5
	%7565 = sub i32 255, %7564
	%7566 = select i1 %7562, i32 %7565, i32 %7556
	%7567 = select i1 %7562, i32 %7549, i32 %7557
	%7568 = or i1 %7558, %7562
	%7569 = add i32 %7559, %7474
	%7570 = xor i1 %7568, true
	%7571 = icmp sge i32 %7569, %7341
	%7572 = and i1 %7570, %7571
	%7573 = mul i32 %3, 8
	%7574 = add i32 %7573, 6
	%7575 = sub i32 255, %7574
	%7576 = select i1 %7572, i32 %7575, i32 %7566
	%7577 = select i1 %7572, i32 %7559, i32 %7567
	%7578 = or i1 %7568, %7572
	%7579 = add i32 %7569, %7483
	%7580 = xor i1 %7578, true
	%7581 = icmp sge i32 %7579, %7341
	%7582 = and i1 %7580, %7581
	%7583 = mul i32 %3, 8
	%7584 = add i32 %7583, 7
	%7585 = sub i32 255, %7584
	%7586 = select i1 %7582, i32 %7585, i32 %7576
	%7587 = select i1 %7582, i32 %7569, i32 %7577
	%7588 = or i1 %7578, %7582
	%7589 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %7508)
	%7590 = call i32 @llvm.cttz.i32(i32 %7589, i1 false)
	%7591 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %7586, i32 %7590, i32 31)
	%7592 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %7587, i32 %7590, i32 31)
	%7593 = shl i32 %7591, 16
	%7594 = or i32 %7338, %7593
	%7595 = shl i32 255, 16
	%7596 = or i32 %7340, %7595
	%7597 = sub i32 %7341, %7592
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%7598 = mul i32 %3, 8
	%7599 = add i32 %7598, 0
	%7600 = add i32 %7088, %7599
	%7601 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7602 = bitcast i8 addrspace(3)* %7601 to i32 addrspace(3)*
	%7603 = getelementptr i32, i32 addrspace(3)* %7602, i32 %7600
	store i32 0, i32 addrspace(3)* %7603
	%7604 = mul i32 %3, 8
	%7605 = add i32 %7604, 1
	%7606 = add i32 %7088, %7605
	%7607 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7608 = bitcast i8 addrspace(3)* %7607 to i32 addrspace(3)*
	%7609 = getelementptr i32, i32 addrspace(3)* %7608, i32 %7606
	store i32 0, i32 addrspace(3)* %7609
	%7610 = mul i32 %3, 8
	%7611 = add i32 %7610, 2
	%7612 = add i32 %7088, %7611
	%7613 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7614 = bitcast i8 addrspace(3)* %7613 to i32 addrspace(3)*
	%7615 = getelementptr i32, i32 addrspace(3)* %7614, i32 %7612
	store i32 0, i32 addrspace(3)* %7615
	%7616 = mul i32 %3, 8
	%7617 = add i32 %7616, 3
	%7618 = add i32 %7088, %7617
	%7619 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7620 = bitcast i8 addrspace(3)* %7619 to i32 addrspace(3)*
	%7621 = getelementptr i32, i32 addrspace(3)* %7620, i32 %7618
	store i32 0, i32 addrspace(3)* %7621
	%7622 = mul i32 %3, 8
	%7623 = add i32 %7622, 4
	%7624 = add i32 %7088, %7623
	%7625 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7626 = bitcast i8 addrspace(3)* %7625 to i32 addrspace(3)*
	%7627 = getelementptr i32, i32 addrspace(3)* %7626, i32 %7624
	store i32 0, i32 addrspace(3)* %7627
	%7628 = mul i32 %3, 8
	%7629 = add i32 %7628, 5
	%7630 = add i32 %7088, %7629
	%7631 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7632 = bitcast i8 addrspace(3)* %7631 to i32 addrspace(3)*
	%7633 = getelementptr i32, i32 addrspace(3)* %7632, i32 %7630
	store i32 0, i32 addrspace(3)* %7633
	%7634 = mul i32 %3, 8
	%7635 = add i32 %7634, 6
	%7636 = add i32 %7088, %7635
	%7637 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7638 = bitcast i8 addrspace(3)* %7637 to i32 addrspace(3)*
	%7639 = getelementptr i32, i32 addrspace(3)* %7638, i32 %7636
	store i32 0, i32 addrspace(3)* %7639
	%7640 = mul i32 %3, 8
	%7641 = add i32 %7640, 7
	%7642 = add i32 %7088, %7641
	%7643 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7644 = bitcast i8 addrspace(3)* %7643 to i32 addrspace(3)*
	%7645 = getelementptr i32, i32 addrspace(3)* %7644, i32 %7642
	store i32 0, i32 addrspace(3)* %7645
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %7656

7646:
	%7647 = lshr i32 %7408, 16
	%7648 = and i32 %7647, 255
	%7649 = add i32 %7088, %7648
	%7650 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7651 = bitcast i8 addrspace(3)* %7650 to i32 addrspace(3)*
	%7652 = getelementptr i32, i32 addrspace(3)* %7651, i32 %7649
	%7653 = atomicrmw add i32 addrspace(3)* %7652, i32 1 monotonic
	br label %7654

7654:
	%7655 = add i32 %7401, 32
	br label %7400

7656:
	%7657 = phi i32 [ %3, %7412 ], [ %7911, %7910 ]
	%7658 = icmp slt i32 %7657, %548
	br i1 %7658, label %7659, label %7668

7659:
	%7660 = add i32 %7087, %7657
	%7661 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%7662 = bitcast i8 addrspace(3)* %7661 to i32 addrspace(3)*
	%7663 = getelementptr i32, i32 addrspace(3)* %7662, i32 %7660
	%7664 = load i32, i32 addrspace(3)* %7663
	%7665 = and i32 %7664, %7596
	%7666 = icmp eq i32 %7665, %7594
	%7667 = and i1 true, %7666
	br i1 %7667, label %7902, label %7910

7668:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%7669 = mul i32 %3, 8
	%7670 = add i32 %7669, 0
	%7671 = sub i32 255, %7670
	%7672 = add i32 %7088, %7671
	%7673 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7674 = bitcast i8 addrspace(3)* %7673 to i32 addrspace(3)*
	%7675 = getelementptr i32, i32 addrspace(3)* %7674, i32 %7672
	%7676 = load i32, i32 addrspace(3)* %7675
	%7677 = add i32 0, %7676
	%7678 = mul i32 %3, 8
	%7679 = add i32 %7678, 1
	%7680 = sub i32 255, %7679
	%7681 = add i32 %7088, %7680
	%7682 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7683 = bitcast i8 addrspace(3)* %7682 to i32 addrspace(3)*
	%7684 = getelementptr i32, i32 addrspace(3)* %7683, i32 %7681
	%7685 = load i32, i32 addrspace(3)* %7684
	%7686 = add i32 %7677, %7685
	%7687 = mul i32 %3, 8
	%7688 = add i32 %7687, 2
	%7689 = sub i32 255, %7688
	%7690 = add i32 %7088, %7689
	%7691 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7692 = bitcast i8 addrspace(3)* %7691 to i32 addrspace(3)*
	%7693 = getelementptr i32, i32 addrspace(3)* %7692, i32 %7690
	%7694 = load i32, i32 addrspace(3)* %7693
	%7695 = add i32 %7686, %7694
	%7696 = mul i32 %3, 8
	%7697 = add i32 %7696, 3
	%7698 = sub i32 255, %7697
	%7699 = add i32 %7088, %7698
	%7700 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7701 = bitcast i8 addrspace(3)* %7700 to i32 addrspace(3)*
	%7702 = getelementptr i32, i32 addrspace(3)* %7701, i32 %7699
	%7703 = load i32, i32 addrspace(3)* %7702
	%7704 = add i32 %7695, %7703
	%7705 = mul i32 %3, 8
	%7706 = add i32 %7705, 4
	%7707 = sub i32 255, %7706
	%7708 = add i32 %7088, %7707
	%7709 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7710 = bitcast i8 addrspace(3)* %7709 to i32 addrspace(3)*
	%7711 = getelementptr i32, i32 addrspace(3)* %7710, i32 %7708
	%7712 = load i32, i32 addrspace(3)* %7711
	%7713 = add i32 %7704, %7712
	%7714 = mul i32 %3, 8
	%7715 = add i32 %7714, 5
	%7716 = sub i32 255, %7715
	%7717 = add i32 %7088, %7716
	%7718 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7719 = bitcast i8 addrspace(3)* %7718 to i32 addrspace(3)*
	%7720 = getelementptr i32, i32 addrspace(3)* %7719, i32 %7717
	%7721 = load i32, i32 addrspace(3)* %7720
	%7722 = add i32 %7713, %7721
	%7723 = mul i32 %3, 8
	%7724 = add i32 %7723, 6
	%7725 = sub i32 255, %7724
	%7726 = add i32 %7088, %7725
	%7727 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7728 = bitcast i8 addrspace(3)* %7727 to i32 addrspace(3)*
	%7729 = getelementptr i32, i32 addrspace(3)* %7728, i32 %7726
	%7730 = load i32, i32 addrspace(3)* %7729
	%7731 = add i32 %7722, %7730
	%7732 = mul i32 %3, 8
	%7733 = add i32 %7732, 7
	%7734 = sub i32 255, %7733
	%7735 = add i32 %7088, %7734
	%7736 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7737 = bitcast i8 addrspace(3)* %7736 to i32 addrspace(3)*
	%7738 = getelementptr i32, i32 addrspace(3)* %7737, i32 %7735
	%7739 = load i32, i32 addrspace(3)* %7738
	%7740 = add i32 %7731, %7739
	%7741 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7740, i32 1, i32 0)
	%7742 = icmp uge i32 %3, 1
	%7743 = select i1 %7742, i32 %7741, i32 0
	%7744 = add i32 %7740, %7743
	%7745 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7744, i32 2, i32 0)
	%7746 = icmp uge i32 %3, 2
	%7747 = select i1 %7746, i32 %7745, i32 0
	%7748 = add i32 %7744, %7747
	%7749 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7748, i32 4, i32 0)
	%7750 = icmp uge i32 %3, 4
	%7751 = select i1 %7750, i32 %7749, i32 0
	%7752 = add i32 %7748, %7751
	%7753 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7752, i32 8, i32 0)
	%7754 = icmp uge i32 %3, 8
	%7755 = select i1 %7754, i32 %7753, i32 0
	%7756 = add i32 %7752, %7755
	%7757 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7756, i32 16, i32 0)
	%7758 = icmp uge i32 %3, 16
	%7759 = select i1 %7758, i32 %7757, i32 0
	%7760 = add i32 %7756, %7759
	%7761 = sub i32 %7760, %7740
	%7762 = icmp slt i32 %7761, %7597
	%7763 = icmp sge i32 %7760, %7597
	%7764 = and i1 %7762, %7763
	%7765 = add i32 %7761, %7676
	%7766 = xor i1 false, true
	%7767 = icmp sge i32 %7765, %7597
	%7768 = and i1 %7766, %7767
	%7769 = mul i32 %3, 8
	%7770 = add i32 %7769, 0
	%7771 = sub i32 255, %7770
	%7772 = select i1 %7768, i32 %7771, i32 0
	%7773 = select i1 %7768, i32 %7761, i32 0
	%7774 = or i1 false, %7768
	%7775 = add i32 %7765, %7685
	%7776 = xor i1 %7774, true
	%7777 = icmp sge i32 %7775, %7597
	%7778 = and i1 %7776, %7777
	%7779 = mul i32 %3, 8
	%7780 = add i32 %7779, 1
	%7781 = sub i32 255, %7780
	%7782 = select i1 %7778, i32 %7781, i32 %7772
	%7783 = select i1 %7778, i32 %7765, i32 %7773
	%7784 = or i1 %7774, %7778
	%7785 = add i32 %7775, %7694
	%7786 = xor i1 %7784, true
	%7787 = icmp sge i32 %7785, %7597
	%7788 = and i1 %7786, %7787
	%7789 = mul i32 %3, 8
	%7790 = add i32 %7789, 2
	%7791 = sub i32 255, %7790
	%7792 = select i1 %7788, i32 %7791, i32 %7782
	%7793 = select i1 %7788, i32 %7775, i32 %7783
	%7794 = or i1 %7784, %7788
	%7795 = add i32 %7785, %7703
	%7796 = xor i1 %7794, true
	%7797 = icmp sge i32 %7795, %7597
	%7798 = and i1 %7796, %7797
	%7799 = mul i32 %3, 8
	%7800 = add i32 %7799, 3
	%7801 = sub i32 255, %7800
	%7802 = select i1 %7798, i32 %7801, i32 %7792
	%7803 = select i1 %7798, i32 %7785, i32 %7793
	%7804 = or i1 %7794, %7798
	%7805 = add i32 %7795, %7712
	%7806 = xor i1 %7804, true
	%7807 = icmp sge i32 %7805, %7597
	%7808 = and i1 %7806, %7807
	%7809 = mul i32 %3, 8
	%7810 = add i32 %7809, 4
	%7811 = sub i32 255, %7810
	%7812 = select i1 %7808, i32 %7811, i32 %7802
	%7813 = select i1 %7808, i32 %7795, i32 %7803
	%7814 = or i1 %7804, %7808
	%7815 = add i32 %7805, %7721
	%7816 = xor i1 %7814, true
	%7817 = icmp sge i32 %7815, %7597
	%7818 = and i1 %7816, %7817
	%7819 = mul i32 %3, 8
	%7820 = add i32 %7819, 5
	%7821 = sub i32 255, %7820
	%7822 = select i1 %7818, i32 %7821, i32 %7812
	%7823 = select i1 %7818, i32 %7805, i32 %7813
	%7824 = or i1 %7814, %7818
	%7825 = add i32 %7815, %7730
	%7826 = xor i1 %7824, true
	%7827 = icmp sge i32 %7825, %7597
	%7828 = and i1 %7826, %7827
	%7829 = mul i32 %3, 8
	%7830 = add i32 %7829, 6
	%7831 = sub i32 255, %7830
	%7832 = select i1 %7828, i32 %7831, i32 %7822
	%7833 = select i1 %7828, i32 %7815, i32 %7823
	%7834 = or i1 %7824, %7828
	%7835 = add i32 %7825, %7739
	%7836 = xor i1 %7834, true
	%7837 = icmp sge i32 %7835, %7597
	%7838 = and i1 %7836, %7837
	%7839 = mul i32 %3, 8
	%7840 = add i32 %7839, 7
	%7841 = sub i32 255, %7840
	%7842 = select i1 %7838, i32 %7841, i32 %7832
	%7843 = select i1 %7838, i32 %7825, i32 %7833
	%7844 = or i1 %7834, %7838
	%7845 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %7764)
	%7846 = call i32 @llvm.cttz.i32(i32 %7845, i1 false)
	%7847 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %7842, i32 %7846, i32 31)
	%7848 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %7843, i32 %7846, i32 31)
	%7849 = shl i32 %7847, 8
	%7850 = or i32 %7594, %7849
	%7851 = shl i32 255, 8
	%7852 = or i32 %7596, %7851
	%7853 = sub i32 %7597, %7848
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%7854 = mul i32 %3, 8
	%7855 = add i32 %7854, 0
	%7856 = add i32 %7088, %7855
	%7857 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7858 = bitcast i8 addrspace(3)* %7857 to i32 addrspace(3)*
	%7859 = getelementptr i32, i32 addrspace(3)* %7858, i32 %7856
	store i32 0, i32 addrspace(3)* %7859
	%7860 = mul i32 %3, 8
	%7861 = add i32 %7860, 1
	%7862 = add i32 %7088, %7861
	%7863 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7864 = bitcast i8 addrspace(3)* %7863 to i32 addrspace(3)*
	%7865 = getelementptr i32, i32 addrspace(3)* %7864, i32 %7862
	store i32 0, i32 addrspace(3)* %7865
	%7866 = mul i32 %3, 8
	%7867 = add i32 %7866, 2
	%7868 = add i32 %7088, %7867
	%7869 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7870 = bitcast i8 addrspace(3)* %7869 to i32 addrspace(3)*
	%7871 = getelementptr i32, i32 addrspace(3)* %7870, i32 %7868
	store i32 0, i32 addrspace(3)* %7871
	%7872 = mul i32 %3, 8
	%7873 = add i32 %7872, 3
	%7874 = add i32 %7088, %7873
	%7875 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7876 = bitcast i8 addrspace(3)* %7875 to i32 addrspace(3)*
	%7877 = getelementptr i32, i32 addrspace(3)* %7876, i32 %7874
	store i32 0, i32 addrspace(3)* %7877
	%7878 = mul i32 %3, 8
	%7879 = add i32 %7878, 4
	%7880 = add i32 %7088, %7879
	%7881 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7882 = bitcast i8 addrspace(3)* %7881 to i32 addrspace(3)*
	%7883 = getelementptr i32, i32 addrspace(3)* %7882, i32 %7880
	store i32 0, i32 addrspace(3)* %7883
	%7884 = mul i32 %3, 8
	%7885 = add i32 %7884, 5
	%7886 = add i32 %7088, %7885
	%7887 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7888 = bitcast i8 addrspace(3)* %7887 to i32 addrspace(3)*
	%7889 = getelementptr i32, i32 addrspace(3)* %7888, i32 %7886
	store i32 0, i32 addrspace(3)* %7889
	%7890 = mul i32 %3, 8
	%7891 = add i32 %7890, 6
	%7892 = add i32 %7088, %7891
	%7893 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7894 = bitcast i8 addrspace(3)* %7893 to i32 addrspace(3)*
	%7895 = getelementptr i32, i32 addrspace(3)* %7894, i32 %7892
	store i32 0, i32 addrspace(3)* %7895
	%7896 = mul i32 %3, 8
	%7897 = add i32 %7896, 7
	%7898 = add i32 %7088, %7897
	%7899 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7900 = bitcast i8 addrspace(3)* %7899 to i32 addrspace(3)*
	%7901 = getelementptr i32, i32 addrspace(3)* %7900, i32 %7898
	store i32 0, i32 addrspace(3)* %7901
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %7912

7902:
	%7903 = lshr i32 %7664, 8
	%7904 = and i32 %7903, 255
	%7905 = add i32 %7088, %7904
	%7906 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7907 = bitcast i8 addrspace(3)* %7906 to i32 addrspace(3)*
	%7908 = getelementptr i32, i32 addrspace(3)* %7907, i32 %7905
	%7909 = atomicrmw add i32 addrspace(3)* %7908, i32 1 monotonic
	br label %7910

7910:
	%7911 = add i32 %7657, 32
	br label %7656

7912:
	%7913 = phi i32 [ %3, %7668 ], [ %8121, %8120 ]
	%7914 = icmp slt i32 %7913, %548
	br i1 %7914, label %7915, label %7924

7915:
	%7916 = add i32 %7087, %7913
	%7917 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%7918 = bitcast i8 addrspace(3)* %7917 to i32 addrspace(3)*
	%7919 = getelementptr i32, i32 addrspace(3)* %7918, i32 %7916
	%7920 = load i32, i32 addrspace(3)* %7919
	%7921 = and i32 %7920, %7852
	%7922 = icmp eq i32 %7921, %7850
	%7923 = and i1 true, %7922
	br i1 %7923, label %8112, label %8120

7924:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%7925 = mul i32 %3, 8
	%7926 = add i32 %7925, 0
	%7927 = sub i32 255, %7926
	%7928 = add i32 %7088, %7927
	%7929 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7930 = bitcast i8 addrspace(3)* %7929 to i32 addrspace(3)*
	%7931 = getelementptr i32, i32 addrspace(3)* %7930, i32 %7928
	%7932 = load i32, i32 addrspace(3)* %7931
	%7933 = add i32 0, %7932
	%7934 = mul i32 %3, 8
	%7935 = add i32 %7934, 1
	%7936 = sub i32 255, %7935
	%7937 = add i32 %7088, %7936
	%7938 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7939 = bitcast i8 addrspace(3)* %7938 to i32 addrspace(3)*
	%7940 = getelementptr i32, i32 addrspace(3)* %7939, i32 %7937
	%7941 = load i32, i32 addrspace(3)* %7940
	%7942 = add i32 %7933, %7941
	%7943 = mul i32 %3, 8
	%7944 = add i32 %7943, 2
	%7945 = sub i32 255, %7944
	%7946 = add i32 %7088, %7945
	%7947 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7948 = bitcast i8 addrspace(3)* %7947 to i32 addrspace(3)*
	%7949 = getelementptr i32, i32 addrspace(3)* %7948, i32 %7946
	%7950 = load i32, i32 addrspace(3)* %7949
	%7951 = add i32 %7942, %7950
	%7952 = mul i32 %3, 8
	%7953 = add i32 %7952, 3
	%7954 = sub i32 255, %7953
	%7955 = add i32 %7088, %7954
	%7956 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7957 = bitcast i8 addrspace(3)* %7956 to i32 addrspace(3)*
	%7958 = getelementptr i32, i32 addrspace(3)* %7957, i32 %7955
	%7959 = load i32, i32 addrspace(3)* %7958
	%7960 = add i32 %7951, %7959
	%7961 = mul i32 %3, 8
	%7962 = add i32 %7961, 4
	%7963 = sub i32 255, %7962
	%7964 = add i32 %7088, %7963
	%7965 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7966 = bitcast i8 addrspace(3)* %7965 to i32 addrspace(3)*
	%7967 = getelementptr i32, i32 addrspace(3)* %7966, i32 %7964
	%7968 = load i32, i32 addrspace(3)* %7967
	%7969 = add i32 %7960, %7968
	%7970 = mul i32 %3, 8
	%7971 = add i32 %7970, 5
	%7972 = sub i32 255, %7971
	%7973 = add i32 %7088, %7972
	%7974 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7975 = bitcast i8 addrspace(3)* %7974 to i32 addrspace(3)*
	%7976 = getelementptr i32, i32 addrspace(3)* %7975, i32 %7973
	%7977 = load i32, i32 addrspace(3)* %7976
	%7978 = add i32 %7969, %7977
	%7979 = mul i32 %3, 8
	%7980 = add i32 %7979, 6
	%7981 = sub i32 255, %7980
	%7982 = add i32 %7088, %7981
	%7983 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7984 = bitcast i8 addrspace(3)* %7983 to i32 addrspace(3)*
	%7985 = getelementptr i32, i32 addrspace(3)* %7984, i32 %7982
	%7986 = load i32, i32 addrspace(3)* %7985
	%7987 = add i32 %7978, %7986
	%7988 = mul i32 %3, 8
	%7989 = add i32 %7988, 7
	%7990 = sub i32 255, %7989
	%7991 = add i32 %7088, %7990
	%7992 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7993 = bitcast i8 addrspace(3)* %7992 to i32 addrspace(3)*
	%7994 = getelementptr i32, i32 addrspace(3)* %7993, i32 %7991
	%7995 = load i32, i32 addrspace(3)* %7994
	%7996 = add i32 %7987, %7995
	%7997 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7996, i32 1, i32 0)
	%7998 = icmp uge i32 %3, 1
	%7999 = select i1 %7998, i32 %7997, i32 0
	%8000 = add i32 %7996, %7999
	%8001 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8000, i32 2, i32 0)
	%8002 = icmp uge i32 %3, 2
	%8003 = select i1 %8002, i32 %8001, i32 0
	%8004 = add i32 %8000, %8003
	%8005 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8004, i32 4, i32 0)
	%8006 = icmp uge i32 %3, 4
	%8007 = select i1 %8006, i32 %8005, i32 0
	%8008 = add i32 %8004, %8007
	%8009 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8008, i32 8, i32 0)
	%8010 = icmp uge i32 %3, 8
	%8011 = select i1 %8010, i32 %8009, i32 0
	%8012 = add i32 %8008, %8011
	%8013 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8012, i32 16, i32 0)
	%8014 = icmp uge i32 %3, 16
	%8015 = select i1 %8014, i32 %8013, i32 0
	%8016 = add i32 %8012, %8015
	%8017 = sub i32 %8016, %7996
	%8018 = icmp slt i32 %8017, %7853
	%8019 = icmp sge i32 %8016, %7853
	%8020 = and i1 %8018, %8019
	%8021 = add i32 %8017, %7932
	%8022 = xor i1 false, true
	%8023 = icmp sge i32 %8021, %7853
	%8024 = and i1 %8022, %8023
	%8025 = mul i32 %3, 8
	%8026 = add i32 %8025, 0
	%8027 = sub i32 255, %8026
	%8028 = select i1 %8024, i32 %8027, i32 0
	%8029 = select i1 %8024, i32 %8017, i32 0
	%8030 = or i1 false, %8024
	%8031 = add i32 %8021, %7941
	%8032 = xor i1 %8030, true
	%8033 = icmp sge i32 %8031, %7853
	%8034 = and i1 %8032, %8033
	%8035 = mul i32 %3, 8
	%8036 = add i32 %8035, 1
	%8037 = sub i32 255, %8036
	%8038 = select i1 %8034, i32 %8037, i32 %8028
	%8039 = select i1 %8034, i32 %8021, i32 %8029
	%8040 = or i1 %8030, %8034
	%8041 = add i32 %8031, %7950
	%8042 = xor i1 %8040, true
	%8043 = icmp sge i32 %8041, %7853
	%8044 = and i1 %8042, %8043
	%8045 = mul i32 %3, 8
	%8046 = add i32 %8045, 2
	%8047 = sub i32 255, %8046
	%8048 = select i1 %8044, i32 %8047, i32 %8038
	%8049 = select i1 %8044, i32 %8031, i32 %8039
	%8050 = or i1 %8040, %8044
	%8051 = add i32 %8041, %7959
	%8052 = xor i1 %8050, true
	%8053 = icmp sge i32 %8051, %7853
	%8054 = and i1 %8052, %8053
	%8055 = mul i32 %3, 8
	%8056 = add i32 %8055, 3
	%8057 = sub i32 255, %8056
	%8058 = select i1 %8054, i32 %8057, i32 %8048
	%8059 = select i1 %8054, i32 %8041, i32 %8049
	%8060 = or i1 %8050, %8054
	%8061 = add i32 %8051, %7968
	%8062 = xor i1 %8060, true
	%8063 = icmp sge i32 %8061, %7853
	%8064 = and i1 %8062, %8063
	%8065 = mul i32 %3, 8
	%8066 = add i32 %8065, 4
	%8067 = sub i32 255, %8066
	%8068 = select i1 %8064, i32 %8067, i32 %8058
	%8069 = select i1 %8064, i32 %8051, i32 %8059
	%8070 = or i1 %8060, %8064
	%8071 = add i32 %8061, %7977
	%8072 = xor i1 %8070, true
	%8073 = icmp sge i32 %8071, %7853
	%8074 = and i1 %8072, %8073
	%8075 = mul i32 %3, 8
	%8076 = add i32 %8075, 5
	%8077 = sub i32 255, %8076
	%8078 = select i1 %8074, i32 %8077, i32 %8068
	%8079 = select i1 %8074, i32 %8061, i32 %8069
	%8080 = or i1 %8070, %8074
	%8081 = add i32 %8071, %7986
	%8082 = xor i1 %8080, true
	%8083 = icmp sge i32 %8081, %7853
	%8084 = and i1 %8082, %8083
	%8085 = mul i32 %3, 8
	%8086 = add i32 %8085, 6
	%8087 = sub i32 255, %8086
	%8088 = select i1 %8084, i32 %8087, i32 %8078
	%8089 = select i1 %8084, i32 %8071, i32 %8079
	%8090 = or i1 %8080, %8084
	%8091 = add i32 %8081, %7995
	%8092 = xor i1 %8090, true
	%8093 = icmp sge i32 %8091, %7853
	%8094 = and i1 %8092, %8093
	%8095 = mul i32 %3, 8
	%8096 = add i32 %8095, 7
	%8097 = sub i32 255, %8096
	%8098 = select i1 %8094, i32 %8097, i32 %8088
	%8099 = select i1 %8094, i32 %8081, i32 %8089
	%8100 = or i1 %8090, %8094
	%8101 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %8020)
	%8102 = call i32 @llvm.cttz.i32(i32 %8101, i1 false)
	%8103 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %8098, i32 %8102, i32 31)
	%8104 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %8099, i32 %8102, i32 31)
	%8105 = shl i32 %8103, 0
	%8106 = or i32 %7850, %8105
	%8107 = shl i32 255, 0
	%8108 = or i32 %7852, %8107
	%8109 = sub i32 %7853, %8104
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%8110 = shl i32 1, %3
	%8111 = sub i32 %8110, 1
	br label %8122

8112:
	%8113 = lshr i32 %7920, 0
	%8114 = and i32 %8113, 255
	%8115 = add i32 %7088, %8114
	%8116 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8117 = bitcast i8 addrspace(3)* %8116 to i32 addrspace(3)*
	%8118 = getelementptr i32, i32 addrspace(3)* %8117, i32 %8115
	%8119 = atomicrmw add i32 addrspace(3)* %8118, i32 1 monotonic
	br label %8120

8120:
	%8121 = add i32 %7913, 32
	br label %7912

8122:
	%8123 = phi i32 [ 0, %7924 ], [ %8172, %8167 ]
	%8124 = phi i32 [ 0, %7924 ], [ %8169, %8167 ]
	%8125 = phi i32 [ 0, %7924 ], [ %8171, %8167 ]
	%8126 = icmp slt i32 %8123, %548
	br i1 %8126, label %8127, label %8130

8127:
	%8128 = add i32 %8123, %3
	%8129 = icmp slt i32 %8128, %548
	br i1 %8129, label %8131, label %8141

8130:
	br label %7137

8131:
	%8132 = add i32 %7087, %8128
	%8133 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%8134 = bitcast i8 addrspace(3)* %8133 to i32 addrspace(3)*
	%8135 = getelementptr i32, i32 addrspace(3)* %8134, i32 %8132
	%8136 = load i32, i32 addrspace(3)* %8135
	%8137 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%8138 = bitcast i8 addrspace(3)* %8137 to i32 addrspace(3)*
	%8139 = getelementptr i32, i32 addrspace(3)* %8138, i32 %8132
	%8140 = load i32, i32 addrspace(3)* %8139
	br label %8141

8141:
	%8142 = phi i32 [ 0, %8127 ], [ %8136, %8131 ]
	%8143 = phi i32 [ 0, %8127 ], [ %8140, %8131 ]
	%8144 = icmp eq i32 %8142, %8106
	%8145 = and i1 %8129, %8144
	%8146 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %8145)
	%8147 = and i32 %8146, %8111
	%8148 = call i32 @llvm.ctpop.i32(i32 %8147)
	%8149 = add i32 %8125, %8148
	%8150 = icmp ugt i32 %8142, %8106
	%8151 = icmp slt i32 %8149, %8109
	%8152 = and i1 %8145, %8151
	%8153 = or i1 %8150, %8152
	%8154 = and i1 %8129, %8153
	%8155 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %8154)
	%8156 = and i32 %8155, %8111
	%8157 = call i32 @llvm.ctpop.i32(i32 %8156)
	%8158 = add i32 %8124, %8157
	%8159 = add i32 %7087, %8158
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %8154, label %8160, label %8167

8160:
	%8161 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%8162 = bitcast i8 addrspace(3)* %8161 to i32 addrspace(3)*
	%8163 = getelementptr i32, i32 addrspace(3)* %8162, i32 %8159
	store i32 %8142, i32 addrspace(3)* %8163
	%8164 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%8165 = bitcast i8 addrspace(3)* %8164 to i32 addrspace(3)*
	%8166 = getelementptr i32, i32 addrspace(3)* %8165, i32 %8159
	store i32 %8143, i32 addrspace(3)* %8166
	br label %8167

8167:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%8168 = call i32 @llvm.ctpop.i32(i32 %8155)
	%8169 = add i32 %8124, %8168
	%8170 = call i32 @llvm.ctpop.i32(i32 %8146)
	%8171 = add i32 %8125, %8170
	%8172 = add i32 %8123, 32
	br label %8122

8173:
	%8174 = phi i32 [ 0, %7137 ], [ %8204, %8198 ]
	%8175 = phi i32 [ 0, %7137 ], [ %8203, %8198 ]
	%8176 = icmp slt i32 %8174, %7138
	br i1 %8176, label %8177, label %8180

8177:
	%8178 = add i32 %8174, %3
	%8179 = icmp slt i32 %8178, %7138
	br i1 %8179, label %8181, label %8188

8180:
	br label %8205

8181:
	%8182 = mul i32 %378, 160
	%8183 = add i32 %8182, %8178
	%8184 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%8185 = bitcast i8 addrspace(3)* %8184 to i32 addrspace(3)*
	%8186 = getelementptr i32, i32 addrspace(3)* %8185, i32 %8183
	%8187 = load i32, i32 addrspace(3)* %8186
	br label %8188

8188:
	%8189 = phi i32 [ 0, %8177 ], [ %8187, %8181 ]
	br i1 %8179, label %8190, label %8198

8190:
	%8191 = add i32 0, %8178
	%8192 = icmp sgt i32 %8189, %405
	%8193 = select i1 %8192, i32 %7139, i32 0
	%8194 = add i32 %8191, %8193
	%8195 = add i32 %7143, %8194
	%8196 = sext i32 %8195 to i64
	%8197 = getelementptr i32, i32* %out, i64 %8196
	store i32 %8189, i32* %8197
	br label %8198

8198:
	%8199 = icmp slt i32 %8189, %402
	%8200 = and i1 %8179, %8199
	%8201 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %8200)
	%8202 = call i32 @llvm.ctpop.i32(i32 %8201)
	%8203 = add i32 %8175, %8202
	%8204 = add i32 %8174, 32
	br label %8173

8205:
	%8206 = phi i32 [ %3, %8180 ], [ %8215, %8208 ]
	%8207 = icmp slt i32 %8206, %7139
	br i1 %8207, label %8208, label %8216

8208:
	%8209 = add i32 0, %8175
	%8210 = add i32 %8209, %8206
	%8211 = add i32 %402, %8206
	%8212 = add i32 %7143, %8210
	%8213 = sext i32 %8212 to i64
	%8214 = getelementptr i32, i32* %out, i64 %8213
	store i32 %8211, i32* %8214
	%8215 = add i32 %8206, 32
	br label %8205

8216:
	%8217 = icmp eq i32 %3, 0
	%8218 = icmp eq i32 0, 1
	%8219 = and i1 %8217, %8218
	br i1 %8219, label %8220, label %8224

8220:
	%8221 = add i32 %7143, 0
	%8222 = sext i32 %8221 to i64
	%8223 = getelementptr i32, i32* %out, i64 %8222
	store i32 0, i32* %8223
	br label %8224

8224:
	%8225 = add i32 %410, %7138
	%8226 = add i32 %8225, %3
	br label %8227

8227:
	%8228 = phi i32 [ %8226, %8224 ], [ %8234, %8230 ]
	%8229 = icmp slt i32 %8228, 8
	br i1 %8229, label %8230, label %8235

8230:
	%8231 = add i32 %7143, %8228
	%8232 = sext i32 %8231 to i64
	%8233 = getelementptr i32, i32* %out, i64 %8232
	store i32 -1, i32* %8233
	%8234 = add i32 %8228, 32
	br label %8227

8235:
	br label %7083

8236:
	%8237 = icmp sgt i32 %550, %457
	br i1 %8237, label %8241, label %8292

8238:
	%8239 = add i32 %5, %462
	%8240 = icmp slt i32 %8239, %M
	br i1 %8240, label %9391, label %9393

8241:
	%8242 = mul i32 %420, 160
	%8243 = mul i32 %4, 256
	%8244 = mul i32 %3, 8
	%8245 = add i32 %8244, 0
	%8246 = add i32 %8243, %8245
	%8247 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8248 = bitcast i8 addrspace(3)* %8247 to i32 addrspace(3)*
	%8249 = getelementptr i32, i32 addrspace(3)* %8248, i32 %8246
	store i32 0, i32 addrspace(3)* %8249
	%8250 = mul i32 %3, 8
	%8251 = add i32 %8250, 1
	%8252 = add i32 %8243, %8251
	%8253 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8254 = bitcast i8 addrspace(3)* %8253 to i32 addrspace(3)*
	%8255 = getelementptr i32, i32 addrspace(3)* %8254, i32 %8252
	store i32 0, i32 addrspace(3)* %8255
	%8256 = mul i32 %3, 8
	%8257 = add i32 %8256, 2
	%8258 = add i32 %8243, %8257
	%8259 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8260 = bitcast i8 addrspace(3)* %8259 to i32 addrspace(3)*
	%8261 = getelementptr i32, i32 addrspace(3)* %8260, i32 %8258
	store i32 0, i32 addrspace(3)* %8261
	%8262 = mul i32 %3, 8
	%8263 = add i32 %8262, 3
	%8264 = add i32 %8243, %8263
	%8265 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8266 = bitcast i8 addrspace(3)* %8265 to i32 addrspace(3)*
	%8267 = getelementptr i32, i32 addrspace(3)* %8266, i32 %8264
	store i32 0, i32 addrspace(3)* %8267
	%8268 = mul i32 %3, 8
	%8269 = add i32 %8268, 4
	%8270 = add i32 %8243, %8269
	%8271 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8272 = bitcast i8 addrspace(3)* %8271 to i32 addrspace(3)*
	%8273 = getelementptr i32, i32 addrspace(3)* %8272, i32 %8270
	store i32 0, i32 addrspace(3)* %8273
	%8274 = mul i32 %3, 8
	%8275 = add i32 %8274, 5
	%8276 = add i32 %8243, %8275
	%8277 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8278 = bitcast i8 addrspace(3)* %8277 to i32 addrspace(3)*
	%8279 = getelementptr i32, i32 addrspace(3)* %8278, i32 %8276
	store i32 0, i32 addrspace(3)* %8279
	%8280 = mul i32 %3, 8
	%8281 = add i32 %8280, 6
	%8282 = add i32 %8243, %8281
	%8283 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8284 = bitcast i8 addrspace(3)* %8283 to i32 addrspace(3)*
	%8285 = getelementptr i32, i32 addrspace(3)* %8284, i32 %8282
	store i32 0, i32 addrspace(3)* %8285
	%8286 = mul i32 %3, 8
	%8287 = add i32 %8286, 7
	%8288 = add i32 %8243, %8287
	%8289 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8290 = bitcast i8 addrspace(3)* %8289 to i32 addrspace(3)*
	%8291 = getelementptr i32, i32 addrspace(3)* %8290, i32 %8288
	store i32 0, i32 addrspace(3)* %8291
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %8299

8292:
	%8293 = phi i32 [ %550, %8236 ], [ %457, %9285 ]
	%8294 = sub i32 %452, 0
	%8295 = mul i32 %2, %M
	%8296 = add i32 %5, %420
	%8297 = add i32 %8295, %8296
	%8298 = mul i32 %8297, 8
	br label %9328

8299:
	%8300 = phi i32 [ %3, %8241 ], [ %8554, %8553 ]
	%8301 = icmp slt i32 %8300, %550
	br i1 %8301, label %8302, label %8311

8302:
	%8303 = add i32 %8242, %8300
	%8304 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%8305 = bitcast i8 addrspace(3)* %8304 to i32 addrspace(3)*
	%8306 = getelementptr i32, i32 addrspace(3)* %8305, i32 %8303
	%8307 = load i32, i32 addrspace(3)* %8306
	%8308 = and i32 %8307, 0
	%8309 = icmp eq i32 %8308, 0
	%8310 = and i1 true, %8309
	br i1 %8310, label %8545, label %8553

8311:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%8312 = mul i32 %3, 8
	%8313 = add i32 %8312, 0
	%8314 = sub i32 255, %8313
	%8315 = add i32 %8243, %8314
	%8316 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8317 = bitcast i8 addrspace(3)* %8316 to i32 addrspace(3)*
	%8318 = getelementptr i32, i32 addrspace(3)* %8317, i32 %8315
	%8319 = load i32, i32 addrspace(3)* %8318
	%8320 = add i32 0, %8319
	%8321 = mul i32 %3, 8
	%8322 = add i32 %8321, 1
	%8323 = sub i32 255, %8322
	%8324 = add i32 %8243, %8323
	%8325 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8326 = bitcast i8 addrspace(3)* %8325 to i32 addrspace(3)*
	%8327 = getelementptr i32, i32 addrspace(3)* %8326, i32 %8324
	%8328 = load i32, i32 addrspace(3)* %8327
	%8329 = add i32 %8320, %8328
	%8330 = mul i32 %3, 8
	%8331 = add i32 %8330, 2
	%8332 = sub i32 255, %8331
	%8333 = add i32 %8243, %8332
	%8334 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8335 = bitcast i8 addrspace(3)* %8334 to i32 addrspace(3)*
	%8336 = getelementptr i32, i32 addrspace(3)* %8335, i32 %8333
	%8337 = load i32, i32 addrspace(3)* %8336
	%8338 = add i32 %8329, %8337
	%8339 = mul i32 %3, 8
	%8340 = add i32 %8339, 3
	%8341 = sub i32 255, %8340
	%8342 = add i32 %8243, %8341
	%8343 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8344 = bitcast i8 addrspace(3)* %8343 to i32 addrspace(3)*
	%8345 = getelementptr i32, i32 addrspace(3)* %8344, i32 %8342
	%8346 = load i32, i32 addrspace(3)* %8345
	%8347 = add i32 %8338, %8346
	%8348 = mul i32 %3, 8
	%8349 = add i32 %8348, 4
	%8350 = sub i32 255, %8349
	%8351 = add i32 %8243, %8350
	%8352 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8353 = bitcast i8 addrspace(3)* %8352 to i32 addrspace(3)*
	%8354 = getelementptr i32, i32 addrspace(3)* %8353, i32 %8351
	%8355 = load i32, i32 addrspace(3)* %8354
	%8356 = add i32 %8347, %8355
	%8357 = mul i32 %3, 8
	%8358 = add i32 %8357, 5
	%8359 = sub i32 255, %8358
	%8360 = add i32 %8243, %8359
	%8361 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8362 = bitcast i8 addrspace(3)* %8361 to i32 addrspace(3)*
	%8363 = getelementptr i32, i32 addrspace(3)* %8362, i32 %8360
	%8364 = load i32, i32 addrspace(3)* %8363
	%8365 = add i32 %8356, %8364
	%8366 = mul i32 %3, 8
	%8367 = add i32 %8366, 6
	%8368 = sub i32 255, %8367
	%8369 = add i32 %8243, %8368
	%8370 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8371 = bitcast i8 addrspace(3)* %8370 to i32 addrspace(3)*
	%8372 = getelementptr i32, i32 addrspace(3)* %8371, i32 %8369
	%8373 = load i32, i32 addrspace(3)* %8372
	%8374 = add i32 %8365, %8373
	%8375 = mul i32 %3, 8
	%8376 = add i32 %8375, 7
	%8377 = sub i32 255, %8376
	%8378 = add i32 %8243, %8377
	%8379 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8380 = bitcast i8 addrspace(3)* %8379 to i32 addrspace(3)*
	%8381 = getelementptr i32, i32 addrspace(3)* %8380, i32 %8378
	%8382 = load i32, i32 addrspace(3)* %8381
	%8383 = add i32 %8374, %8382
	%8384 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8383, i32 1, i32 0)
	%8385 = icmp uge i32 %3, 1
	%8386 = select i1 %8385, i32 %8384, i32 0
	%8387 = add i32 %8383, %8386
	%8388 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8387, i32 2, i32 0)
	%8389 = icmp uge i32 %3, 2
	%8390 = select i1 %8389, i32 %8388, i32 0
	%8391 = add i32 %8387, %8390
	%8392 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8391, i32 4, i32 0)
	%8393 = icmp uge i32 %3, 4
	%8394 = select i1 %8393, i32 %8392, i32 0
	%8395 = add i32 %8391, %8394
	%8396 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8395, i32 8, i32 0)
	%8397 = icmp uge i32 %3, 8
	%8398 = select i1 %8397, i32 %8396, i32 0
	%8399 = add i32 %8395, %8398
	%8400 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8399, i32 16, i32 0)
	%8401 = icmp uge i32 %3, 16
	%8402 = select i1 %8401, i32 %8400, i32 0
	%8403 = add i32 %8399, %8402
	%8404 = sub i32 %8403, %8383
	%8405 = icmp slt i32 %8404, %457
	%8406 = icmp sge i32 %8403, %457
	%8407 = and i1 %8405, %8406
	%8408 = add i32 %8404, %8319
	%8409 = xor i1 false, true
	%8410 = icmp sge i32 %8408, %457
	%8411 = and i1 %8409, %8410
	%8412 = mul i32 %3, 8
	%8413 = add i32 %8412, 0
	%8414 = sub i32 255, %8413
	%8415 = select i1 %8411, i32 %8414, i32 0
	%8416 = select i1 %8411, i32 %8404, i32 0
	%8417 = or i1 false, %8411
	%8418 = add i32 %8408, %8328
	%8419 = xor i1 %8417, true
	%8420 = icmp sge i32 %8418, %457
	%8421 = and i1 %8419, %8420
	%8422 = mul i32 %3, 8
	%8423 = add i32 %8422, 1
	%8424 = sub i32 255, %8423
	%8425 = select i1 %8421, i32 %8424, i32 %8415
	%8426 = select i1 %8421, i32 %8408, i32 %8416
	%8427 = or i1 %8417, %8421
	%8428 = add i32 %8418, %8337
	%8429 = xor i1 %8427, true
	%8430 = icmp sge i32 %8428, %457
	%8431 = and i1 %8429, %8430
	%8432 = mul i32 %3, 8
	%8433 = add i32 %8432, 2
	%8434 = sub i32 255, %8433
	%8435 = select i1 %8431, i32 %8434, i32 %8425
	%8436 = select i1 %8431, i32 %8418, i32 %8426
	%8437 = or i1 %8427, %8431
	%8438 = add i32 %8428, %8346
	%8439 = xor i1 %8437, true
	%8440 = icmp sge i32 %8438, %457
	%8441 = and i1 %8439, %8440
	%8442 = mul i32 %3, 8
	%8443 = add i32 %8442, 3
	%8444 = sub i32 255, %8443
	%8445 = select i1 %8441, i32 %8444, i32 %8435
	%8446 = select i1 %8441, i32 %8428, i32 %8436
	%8447 = or i1 %8437, %8441
	%8448 = add i32 %8438, %8355
	%8449 = xor i1 %8447, true
	%8450 = icmp sge i32 %8448, %457
	%8451 = and i1 %8449, %8450
	%8452 = mul i32 %3, 8
	%8453 = add i32 %8452, 4
	%8454 = sub i32 255, %8453
	%8455 = select i1 %8451, i32 %8454, i32 %8445
	%8456 = select i1 %8451, i32 %8438, i32 %8446
	%8457 = or i1 %8447, %8451
	%8458 = add i32 %8448, %8364
	%8459 = xor i1 %8457, true
	%8460 = icmp sge i32 %8458, %457
	%8461 = and i1 %8459, %8460
	%8462 = mul i32 %3, 8
	%8463 = add i32 %8462, 5
	%8464 = sub i32 255, %8463
	%8465 = select i1 %8461, i32 %8464, i32 %8455
	%8466 = select i1 %8461, i32 %8448, i32 %8456
	%8467 = or i1 %8457, %8461
	%8468 = add i32 %8458, %8373
	%8469 = xor i1 %8467, true
	%8470 = icmp sge i32 %8468, %457
	%8471 = and i1 %8469, %8470
	%8472 = mul i32 %3, 8
	%8473 = add i32 %8472, 6
	%8474 = sub i32 255, %8473
	%8475 = select i1 %8471, i32 %8474, i32 %8465
	%8476 = select i1 %8471, i32 %8458, i32 %8466
	%8477 = or i1 %8467, %8471
	%8478 = add i32 %8468, %8382
	%8479 = xor i1 %8477, true
	%8480 = icmp sge i32 %8478, %457
	%8481 = and i1 %8479, %8480
	%8482 = mul i32 %3, 8
	%8483 = add i32 %8482, 7
	%8484 = sub i32 255, %8483
	%8485 = select i1 %8481, i32 %8484, i32 %8475
	%8486 = select i1 %8481, i32 %8468, i32 %8476
	%8487 = or i1 %8477, %8481
	%8488 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %8407)
	%8489 = call i32 @llvm.cttz.i32(i32 %8488, i1 false)
	%8490 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %8485, i32 %8489, i32 31)
	%8491 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %8486, i32 %8489, i32 31)
	%8492 = shl i32 %8490, 24
	%8493 = or i32 0, %8492
	%8494 = shl i32 255, 24
	%8495 = or i32 0, %8494
	%8496 = sub i32 %457, %8491
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%8497 = mul i32 %3, 8
	%8498 = add i32 %8497, 0
	%8499 = add i32 %8243, %8498
	%8500 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8501 = bitcast i8 addrspace(3)* %8500 to i32 addrspace(3)*
	%8502 = getelementptr i32, i32 addrspace(3)* %8501, i32 %8499
	store i32 0, i32 addrspace(3)* %8502
	%8503 = mul i32 %3, 8
	%8504 = add i32 %8503, 1
	%8505 = add i32 %8243, %8504
	%8506 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8507 = bitcast i8 addrspace(3)* %8506 to i32 addrspace(3)*
	%8508 = getelementptr i32, i32 addrspace(3)* %8507, i32 %8505
	store i32 0, i32 addrspace(3)* %8508
	%8509 = mul i32 %3, 8
	%8510 = add i32 %8509, 2
	%8511 = add i32 %8243, %8510
	%8512 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8513 = bitcast i8 addrspace(3)* %8512 to i32 addrspace(3)*
	%8514 = getelementptr i32, i32 addrspace(3)* %8513, i32 %8511
	store i32 0, i32 addrspace(3)* %8514
	%8515 = mul i32 %3, 8
	%8516 = add i32 %8515, 3
	%8517 = add i32 %8243, %8516
	%8518 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8519 = bitcast i8 addrspace(3)* %8518 to i32 addrspace(3)*
	%8520 = getelementptr i32, i32 addrspace(3)* %8519, i32 %8517
	store i32 0, i32 addrspace(3)* %8520
	%8521 = mul i32 %3, 8
	%8522 = add i32 %8521, 4
	%8523 = add i32 %8243, %8522
	%8524 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8525 = bitcast i8 addrspace(3)* %8524 to i32 addrspace(3)*
	%8526 = getelementptr i32, i32 addrspace(3)* %8525, i32 %8523
	store i32 0, i32 addrspace(3)* %8526
	%8527 = mul i32 %3, 8
	%8528 = add i32 %8527, 5
	%8529 = add i32 %8243, %8528
	%8530 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8531 = bitcast i8 addrspace(3)* %8530 to i32 addrspace(3)*
	%8532 = getelementptr i32, i32 addrspace(3)* %8531, i32 %8529
	store i32 0, i32 addrspace(3)* %8532
	%8533 = mul i32 %3, 8
	%8534 = add i32 %8533, 6
	%8535 = add i32 %8243, %8534
	%8536 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8537 = bitcast i8 addrspace(3)* %8536 to i32 addrspace(3)*
	%8538 = getelementptr i32, i32 addrspace(3)* %8537, i32 %8535
	store i32 0, i32 addrspace(3)* %8538
	%8539 = mul i32 %3, 8
	%8540 = add i32 %8539, 7
	%8541 = add i32 %8243, %8540
	%8542 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8543 = bitcast i8 addrspace(3)* %8542 to i32 addrspace(3)*
	%8544 = getelementptr i32, i32 addrspace(3)* %8543, i32 %8541
	store i32 0, i32 addrspace(3)* %8544
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %8555

8545:
	%8546 = lshr i32 %8307, 24
	%8547 = and i32 %8546, 255
	%8548 = add i32 %8243, %8547
	%8549 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8550 = bitcast i8 addrspace(3)* %8549 to i32 addrspace(3)*
	%8551 = getelementptr i32, i32 addrspace(3)* %8550, i32 %8548
	%8552 = atomicrmw add i32 addrspace(3)* %8551, i32 1 monotonic
	br label %8553

8553:
	%8554 = add i32 %8300, 32
	br label %8299

8555:
	%8556 = phi i32 [ %3, %8311 ], [ %8810, %8809 ]
	%8557 = icmp slt i32 %8556, %550
	br i1 %8557, label %8558, label %8567

8558:
	%8559 = add i32 %8242, %8556
	%8560 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%8561 = bitcast i8 addrspace(3)* %8560 to i32 addrspace(3)*
	%8562 = getelementptr i32, i32 addrspace(3)* %8561, i32 %8559
	%8563 = load i32, i32 addrspace(3)* %8562
	%8564 = and i32 %8563, %8495
	%8565 = icmp eq i32 %8564, %8493
	%8566 = and i1 true, %8565
	br i1 %8566, label %8801, label %8809

8567:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%8568 = mul i32 %3, 8
	%8569 = add i32 %8568, 0
	%8570 = sub i32 255, %8569
	%8571 = add i32 %8243, %8570
	%8572 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8573 = bitcast i8 addrspace(3)* %8572 to i32 addrspace(3)*
	%8574 = getelementptr i32, i32 addrspace(3)* %8573, i32 %8571
	%8575 = load i32, i32 addrspace(3)* %8574
	%8576 = add i32 0, %8575
	%8577 = mul i32 %3, 8
	%8578 = add i32 %8577, 1
	%8579 = sub i32 255, %8578
	%8580 = add i32 %8243, %8579
	%8581 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8582 = bitcast i8 addrspace(3)* %8581 to i32 addrspace(3)*
	%8583 = getelementptr i32, i32 addrspace(3)* %8582, i32 %8580
	%8584 = load i32, i32 addrspace(3)* %8583
	%8585 = add i32 %8576, %8584
	%8586 = mul i32 %3, 8
	%8587 = add i32 %8586, 2
	%8588 = sub i32 255, %8587
	%8589 = add i32 %8243, %8588
	%8590 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8591 = bitcast i8 addrspace(3)* %8590 to i32 addrspace(3)*
	%8592 = getelementptr i32, i32 addrspace(3)* %8591, i32 %8589
	%8593 = load i32, i32 addrspace(3)* %8592
	%8594 = add i32 %8585, %8593
	%8595 = mul i32 %3, 8
	%8596 = add i32 %8595, 3
	%8597 = sub i32 255, %8596
	%8598 = add i32 %8243, %8597
	%8599 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8600 = bitcast i8 addrspace(3)* %8599 to i32 addrspace(3)*
	%8601 = getelementptr i32, i32 addrspace(3)* %8600, i32 %8598
	%8602 = load i32, i32 addrspace(3)* %8601
	%8603 = add i32 %8594, %8602
	%8604 = mul i32 %3, 8
	%8605 = add i32 %8604, 4
	%8606 = sub i32 255, %8605
	%8607 = add i32 %8243, %8606
	%8608 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8609 = bitcast i8 addrspace(3)* %8608 to i32 addrspace(3)*
	%8610 = getelementptr i32, i32 addrspace(3)* %8609, i32 %8607
	%8611 = load i32, i32 addrspace(3)* %8610
	%8612 = add i32 %8603, %8611
	%8613 = mul i32 %3, 8
	%8614 = add i32 %8613, 5
	%8615 = sub i32 255, %8614
	%8616 = add i32 %8243, %8615
	%8617 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8618 = bitcast i8 addrspace(3)* %8617 to i32 addrspace(3)*
	%8619 = getelementptr i32, i32 addrspace(3)* %8618, i32 %8616
	%8620 = load i32, i32 addrspace(3)* %8619
	%8621 = add i32 %8612, %8620
	%8622 = mul i32 %3, 8
	%8623 = add i32 %8622, 6
	%8624 = sub i32 255, %8623
	%8625 = add i32 %8243, %8624
	%8626 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8627 = bitcast i8 addrspace(3)* %8626 to i32 addrspace(3)*
	%8628 = getelementptr i32, i32 addrspace(3)* %8627, i32 %8625
	%8629 = load i32, i32 addrspace(3)* %8628
	%8630 = add i32 %8621, %8629
	%8631 = mul i32 %3, 8
	%8632 = add i32 %8631, 7
	%8633 = sub i32 255, %8632
	%8634 = add i32 %8243, %8633
	%8635 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8636 = bitcast i8 addrspace(3)* %8635 to i32 addrspace(3)*
	%8637 = getelementptr i32, i32 addrspace(3)* %8636, i32 %8634
	%8638 = load i32, i32 addrspace(3)* %8637
	%8639 = add i32 %8630, %8638
	%8640 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8639, i32 1, i32 0)
	%8641 = icmp uge i32 %3, 1
	%8642 = select i1 %8641, i32 %8640, i32 0
	%8643 = add i32 %8639, %8642
	%8644 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8643, i32 2, i32 0)
	%8645 = icmp uge i32 %3, 2
	%8646 = select i1 %8645, i32 %8644, i32 0
	%8647 = add i32 %8643, %8646
	%8648 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8647, i32 4, i32 0)
	%8649 = icmp uge i32 %3, 4
	%8650 = select i1 %8649, i32 %8648, i32 0
	%8651 = add i32 %8647, %8650
	%8652 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8651, i32 8, i32 0)
	%8653 = icmp uge i32 %3, 8
	%8654 = select i1 %8653, i32 %8652, i32 0
	%8655 = add i32 %8651, %8654
	%8656 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8655, i32 16, i32 0)
	%8657 = icmp uge i32 %3, 16
	%8658 = select i1 %8657, i32 %8656, i32 0
	%8659 = add i32 %8655, %8658
	%8660 = sub i32 %8659, %8639
	%8661 = icmp slt i32 %8660, %8496
	%8662 = icmp sge i32 %8659, %8496
	%8663 = and i1 %8661, %8662
	%8664 = add i32 %8660, %8575
	%8665 = xor i1 false, true
	%8666 = icmp sge i32 %8664, %8496
	%8667 = and i1 %8665, %8666
	%8668 = mul i32 %3, 8
	%8669 = add i32 %8668, 0
	%8670 = sub i32 255, %8669
	%8671 = select i1 %8667, i32 %8670, i32 0
	%8672 = select i1 %8667, i32 %8660, i32 0
	%8673 = or i1 false, %8667
	%8674 = add i32 %8664, %8584
	%8675 = xor i1 %8673, true
	%8676 = icmp sge i32 %8674, %8496
	%8677 = and i1 %8675, %8676
	%8678 = mul i32 %3, 8
	%8679 = add i32 %8678, 1
	%8680 = sub i32 255, %8679
	%8681 = select i1 %8677, i32 %8680, i32 %8671
	%8682 = select i1 %8677, i32 %8664, i32 %8672
	%8683 = or i1 %8673, %8677
	%8684 = add i32 %8674, %8593
	%8685 = xor i1 %8683, true
	%8686 = icmp sge i32 %8684, %8496
	%8687 = and i1 %8685, %8686
	%8688 = mul i32 %3, 8
	%8689 = add i32 %8688, 2
	%8690 = sub i32 255, %8689
	%8691 = select i1 %8687, i32 %8690, i32 %8681
	%8692 = select i1 %8687, i32 %8674, i32 %8682
	%8693 = or i1 %8683, %8687
	%8694 = add i32 %8684, %8602
	%8695 = xor i1 %8693, true
	%8696 = icmp sge i32 %8694, %8496
	%8697 = and i1 %8695, %8696
	%8698 = mul i32 %3, 8
	%8699 = add i32 %8698, 3
	%8700 = sub i32 255, %8699
	%8701 = select i1 %8697, i32 %8700, i32 %8691
	%8702 = select i1 %8697, i32 %8684, i32 %8692
	%8703 = or i1 %8693, %8697
	%8704 = add i32 %8694, %8611
	%8705 = xor i1 %8703, true
	%8706 = icmp sge i32 %8704, %8496
	%8707 = and i1 %8705, %8706
	%8708 = mul i32 %3, 8
	%8709 = add i32 %8708, 4
	%8710 = sub i32 255, %8709
	%8711 = select i1 %8707, i32 %8710, i32 %8701
	%8712 = select i1 %8707, i32 %8694, i32 %8702
	%8713 = or i1 %8703, %8707
	%8714 = add i32 %8704, %8620
	%8715 = xor i1 %8713, true
	%8716 = icmp sge i32 %8714, %8496
	%8717 = and i1 %8715, %8716
	%8718 = mul i32 %3, 8
	%8719 = add i32 %8718, 5
	%8720 = sub i32 255, %8719
	%8721 = select i1 %8717, i32 %8720, i32 %8711
	%8722 = select i1 %8717, i32 %8704, i32 %8712
	%8723 = or i1 %8713, %8717
	%8724 = add i32 %8714, %8629
	%8725 = xor i1 %8723, true
	%8726 = icmp sge i32 %8724, %8496
	%8727 = and i1 %8725, %8726
	%8728 = mul i32 %3, 8
	%8729 = add i32 %8728, 6
	%8730 = sub i32 255, %8729
	%8731 = select i1 %8727, i32 %8730, i32 %8721
	%8732 = select i1 %8727, i32 %8714, i32 %8722
	%8733 = or i1 %8723, %8727
	%8734 = add i32 %8724, %8638
	%8735 = xor i1 %8733, true
	%8736 = icmp sge i32 %8734, %8496
	%8737 = and i1 %8735, %8736
	%8738 = mul i32 %3, 8
	%8739 = add i32 %8738, 7
	%8740 = sub i32 255, %8739
	%8741 = select i1 %8737, i32 %8740, i32 %8731
	%8742 = select i1 %8737, i32 %8724, i32 %8732
	%8743 = or i1 %8733, %8737
	%8744 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %8663)
	%8745 = call i32 @llvm.cttz.i32(i32 %8744, i1 false)
	%8746 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %8741, i32 %8745, i32 31)
	%8747 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %8742, i32 %8745, i32 31)
	%8748 = shl i32 %8746, 16
	%8749 = or i32 %8493, %8748
	%8750 = shl i32 255, 16
	%8751 = or i32 %8495, %8750
	%8752 = sub i32 %8496, %8747
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%8753 = mul i32 %3, 8
	%8754 = add i32 %8753, 0
	%8755 = add i32 %8243, %8754
	%8756 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8757 = bitcast i8 addrspace(3)* %8756 to i32 addrspace(3)*
	%8758 = getelementptr i32, i32 addrspace(3)* %8757, i32 %8755
	store i32 0, i32 addrspace(3)* %8758
	%8759 = mul i32 %3, 8
	%8760 = add i32 %8759, 1
	%8761 = add i32 %8243, %8760
	%8762 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8763 = bitcast i8 addrspace(3)* %8762 to i32 addrspace(3)*
	%8764 = getelementptr i32, i32 addrspace(3)* %8763, i32 %8761
	store i32 0, i32 addrspace(3)* %8764
	%8765 = mul i32 %3, 8
	%8766 = add i32 %8765, 2
	%8767 = add i32 %8243, %8766
	%8768 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8769 = bitcast i8 addrspace(3)* %8768 to i32 addrspace(3)*
	%8770 = getelementptr i32, i32 addrspace(3)* %8769, i32 %8767
	store i32 0, i32 addrspace(3)* %8770
	%8771 = mul i32 %3, 8
	%8772 = add i32 %8771, 3
	%8773 = add i32 %8243, %8772
	%8774 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8775 = bitcast i8 addrspace(3)* %8774 to i32 addrspace(3)*
	%8776 = getelementptr i32, i32 addrspace(3)* %8775, i32 %8773
	store i32 0, i32 addrspace(3)* %8776
	%8777 = mul i32 %3, 8
	%8778 = add i32 %8777, 4
	%8779 = add i32 %8243, %8778
	%8780 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8781 = bitcast i8 addrspace(3)* %8780 to i32 addrspace(3)*
	%8782 = getelementptr i32, i32 addrspace(3)* %8781, i32 %8779
	store i32 0, i32 addrspace(3)* %8782
	%8783 = mul i32 %3, 8
	%8784 = add i32 %8783, 5
	%8785 = add i32 %8243, %8784
	%8786 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8787 = bitcast i8 addrspace(3)* %8786 to i32 addrspace(3)*
	%8788 = getelementptr i32, i32 addrspace(3)* %8787, i32 %8785
	store i32 0, i32 addrspace(3)* %8788
	%8789 = mul i32 %3, 8
	%8790 = add i32 %8789, 6
	%8791 = add i32 %8243, %8790
	%8792 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8793 = bitcast i8 addrspace(3)* %8792 to i32 addrspace(3)*
	%8794 = getelementptr i32, i32 addrspace(3)* %8793, i32 %8791
	store i32 0, i32 addrspace(3)* %8794
	%8795 = mul i32 %3, 8
	%8796 = add i32 %8795, 7
	%8797 = add i32 %8243, %8796
	%8798 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8799 = bitcast i8 addrspace(3)* %8798 to i32 addrspace(3)*
	%8800 = getelementptr i32, i32 addrspace(3)* %8799, i32 %8797
	store i32 0, i32 addrspace(3)* %8800
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %8811

8801:
	%8802 = lshr i32 %8563, 16
	%8803 = and i32 %8802, 255
	%8804 = add i32 %8243, %8803
	%8805 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8806 = bitcast i8 addrspace(3)* %8805 to i32 addrspace(3)*
	%8807 = getelementptr i32, i32 addrspace(3)* %8806, i32 %8804
	%8808 = atomicrmw add i32 addrspace(3)* %8807, i32 1 monotonic
	br label %8809

8809:
	%8810 = add i32 %8556, 32
	br label %8555

8811:
	%8812 = phi i32 [ %3, %8567 ], [ %9066, %9065 ]
	%8813 = icmp slt i32 %8812, %550
	br i1 %8813, label %8814, label %8823

8814:
	%8815 = add i32 %8242, %8812
	%8816 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%8817 = bitcast i8 addrspace(3)* %8816 to i32 addrspace(3)*
	%8818 = getelementptr i32, i32 addrspace(3)* %8817, i32 %8815
	%8819 = load i32, i32 addrspace(3)* %8818
	%8820 = and i32 %8819, %8751
	%8821 = icmp eq i32 %8820, %8749
	%8822 = and i1 true, %8821
	br i1 %8822, label %9057, label %9065

8823:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%8824 = mul i32 %3, 8
	%8825 = add i32 %8824, 0
	%8826 = sub i32 255, %8825
	%8827 = add i32 %8243, %8826
	%8828 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8829 = bitcast i8 addrspace(3)* %8828 to i32 addrspace(3)*
	%8830 = getelementptr i32, i32 addrspace(3)* %8829, i32 %8827
	%8831 = load i32, i32 addrspace(3)* %8830
	%8832 = add i32 0, %8831
	%8833 = mul i32 %3, 8
	%8834 = add i32 %8833, 1
	%8835 = sub i32 255, %8834
	%8836 = add i32 %8243, %8835
	%8837 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8838 = bitcast i8 addrspace(3)* %8837 to i32 addrspace(3)*
	%8839 = getelementptr i32, i32 addrspace(3)* %8838, i32 %8836
	%8840 = load i32, i32 addrspace(3)* %8839
	%8841 = add i32 %8832, %8840
	%8842 = mul i32 %3, 8
	%8843 = add i32 %8842, 2
	%8844 = sub i32 255, %8843
	%8845 = add i32 %8243, %8844
	%8846 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8847 = bitcast i8 addrspace(3)* %8846 to i32 addrspace(3)*
	%8848 = getelementptr i32, i32 addrspace(3)* %8847, i32 %8845
	%8849 = load i32, i32 addrspace(3)* %8848
	%8850 = add i32 %8841, %8849
	%8851 = mul i32 %3, 8
	%8852 = add i32 %8851, 3
	%8853 = sub i32 255, %8852
	%8854 = add i32 %8243, %8853
	%8855 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8856 = bitcast i8 addrspace(3)* %8855 to i32 addrspace(3)*
	%8857 = getelementptr i32, i32 addrspace(3)* %8856, i32 %8854
	%8858 = load i32, i32 addrspace(3)* %8857
	%8859 = add i32 %8850, %8858
	%8860 = mul i32 %3, 8
	%8861 = add i32 %8860, 4
	%8862 = sub i32 255, %8861
	%8863 = add i32 %8243, %8862
	%8864 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8865 = bitcast i8 addrspace(3)* %8864 to i32 addrspace(3)*
	%8866 = getelementptr i32, i32 addrspace(3)* %8865, i32 %8863
	%8867 = load i32, i32 addrspace(3)* %8866
	%8868 = add i32 %8859, %8867
	%8869 = mul i32 %3, 8
	%8870 = add i32 %8869, 5
	%8871 = sub i32 255, %8870
	%8872 = add i32 %8243, %8871
	%8873 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8874 = bitcast i8 addrspace(3)* %8873 to i32 addrspace(3)*
	%8875 = getelementptr i32, i32 addrspace(3)* %8874, i32 %8872
	%8876 = load i32, i32 addrspace(3)* %8875
	%8877 = add i32 %8868, %8876
	%8878 = mul i32 %3, 8
	%8879 = add i32 %8878, 6
	%8880 = sub i32 255, %8879
	%8881 = add i32 %8243, %8880
	%8882 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8883 = bitcast i8 addrspace(3)* %8882 to i32 addrspace(3)*
	%8884 = getelementptr i32, i32 addrspace(3)* %8883, i32 %8881
	%8885 = load i32, i32 addrspace(3)* %8884
	%8886 = add i32 %8877, %8885
	%8887 = mul i32 %3, 8
	%8888 = add i32 %8887, 7
	%8889 = sub i32 255, %8888
	%8890 = add i32 %8243, %8889
	%8891 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8892 = bitcast i8 addrspace(3)* %8891 to i32 addrspace(3)*
	%8893 = getelementptr i32, i32 addrspace(3)* %8892, i32 %8890
	%8894 = load i32, i32 addrspace(3)* %8893
	%8895 = add i32 %8886, %8894
	%8896 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8895, i32 1, i32 0)
	%8897 = icmp uge i32 %3, 1
	%8898 = select i1 %8897, i32 %8896, i32 0
	%8899 = add i32 %8895, %8898
	%8900 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8899, i32 2, i32 0)
	%8901 = icmp uge i32 %3, 2
	%8902 = select i1 %8901, i32 %8900, i32 0
	%8903 = add i32 %8899, %8902
	%8904 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8903, i32 4, i32 0)
	%8905 = icmp uge i32 %3, 4
	%8906 = select i1 %8905, i32 %8904, i32 0
	%8907 = add i32 %8903, %8906
	%8908 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8907, i32 8, i32 0)
	%8909 = icmp uge i32 %3, 8
	%8910 = select i1 %8909, i32 %8908, i32 0
	%8911 = add i32 %8907, %8910
	%8912 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8911, i32 16, i32 0)
	%8913 = icmp uge i32 %3, 16
	%8914 = select i1 %8913, i32 %8912, i32 0
	%8915 = add i32 %8911, %8914
	%8916 = sub i32 %8915, %8895
	%8917 = icmp slt i32 %8916, %8752
	%8918 = icmp sge i32 %8915, %8752
	%8919 = and i1 %8917, %8918
	%8920 = add i32 %8916, %8831
	%8921 = xor i1 false, true
	%8922 = icmp sge i32 %8920, %8752
	%8923 = and i1 %8921, %8922
	%8924 = mul i32 %3, 8
	%8925 = add i32 %8924, 0
	%8926 = sub i32 255, %8925
	%8927 = select i1 %8923, i32 %8926, i32 0
	%8928 = select i1 %8923, i32 %8916, i32 0
	%8929 = or i1 false, %8923
	%8930 = add i32 %8920, %8840
	%8931 = xor i1 %8929, true
	%8932 = icmp sge i32 %8930, %8752
	%8933 = and i1 %8931, %8932
	%8934 = mul i32 %3, 8
	%8935 = add i32 %8934, 1
	%8936 = sub i32 255, %8935
	%8937 = select i1 %8933, i32 %8936, i32 %8927
	%8938 = select i1 %8933, i32 %8920, i32 %8928
	%8939 = or i1 %8929, %8933
	%8940 = add i32 %8930, %8849
	%8941 = xor i1 %8939, true
	%8942 = icmp sge i32 %8940, %8752
	%8943 = and i1 %8941, %8942
	%8944 = mul i32 %3, 8
	%8945 = add i32 %8944, 2
	%8946 = sub i32 255, %8945
	%8947 = select i1 %8943, i32 %8946, i32 %8937
	%8948 = select i1 %8943, i32 %8930, i32 %8938
	%8949 = or i1 %8939, %8943
	%8950 = add i32 %8940, %8858
	%8951 = xor i1 %8949, true
	%8952 = icmp sge i32 %8950, %8752
	%8953 = and i1 %8951, %8952
	%8954 = mul i32 %3, 8
	%8955 = add i32 %8954, 3
	%8956 = sub i32 255, %8955
	%8957 = select i1 %8953, i32 %8956, i32 %8947
	%8958 = select i1 %8953, i32 %8940, i32 %8948
	%8959 = or i1 %8949, %8953
	%8960 = add i32 %8950, %8867
	%8961 = xor i1 %8959, true
	%8962 = icmp sge i32 %8960, %8752
	%8963 = and i1 %8961, %8962
	%8964 = mul i32 %3, 8
	%8965 = add i32 %8964, 4
	%8966 = sub i32 255, %8965
	%8967 = select i1 %8963, i32 %8966, i32 %8957
	%8968 = select i1 %8963, i32 %8950, i32 %8958
	%8969 = or i1 %8959, %8963
	%8970 = add i32 %8960, %8876
	%8971 = xor i1 %8969, true
	%8972 = icmp sge i32 %8970, %8752
	%8973 = and i1 %8971, %8972
	%8974 = mul i32 %3, 8
	%8975 = add i32 %8974, 5
	%8976 = sub i32 255, %8975
	%8977 = select i1 %8973, i32 %8976, i32 %8967
	%8978 = select i1 %8973, i32 %8960, i32 %8968
	%8979 = or i1 %8969, %8973
	%8980 = add i32 %8970, %8885
	%8981 = xor i1 %8979, true
	%8982 = icmp sge i32 %8980, %8752
	%8983 = and i1 %8981, %8982
	%8984 = mul i32 %3, 8
	%8985 = add i32 %8984, 6
	%8986 = sub i32 255, %8985
	%8987 = select i1 %8983, i32 %8986, i32 %8977
	%8988 = select i1 %8983, i32 %8970, i32 %8978
	%8989 = or i1 %8979, %8983
	%8990 = add i32 %8980, %8894
	%8991 = xor i1 %8989, true
	%8992 = icmp sge i32 %8990, %8752
	%8993 = and i1 %8991, %8992
	%8994 = mul i32 %3, 8
	%8995 = add i32 %8994, 7
	%8996 = sub i32 255, %8995
	%8997 = select i1 %8993, i32 %8996, i32 %8987
	%8998 = select i1 %8993, i32 %8980, i32 %8988
	%8999 = or i1 %8989, %8993
	%9000 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %8919)
	%9001 = call i32 @llvm.cttz.i32(i32 %9000, i1 false)
	%9002 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %8997, i32 %9001, i32 31)
	%9003 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %8998, i32 %9001, i32 31)
	%9004 = shl i32 %9002, 8
	%9005 = or i32 %8749, %9004
	%9006 = shl i32 255, 8
	%9007 = or i32 %8751, %9006
	%9008 = sub i32 %8752, %9003
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%9009 = mul i32 %3, 8
	%9010 = add i32 %9009, 0
	%9011 = add i32 %8243, %9010
	%9012 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9013 = bitcast i8 addrspace(3)* %9012 to i32 addrspace(3)*
	%9014 = getelementptr i32, i32 addrspace(3)* %9013, i32 %9011
	store i32 0, i32 addrspace(3)* %9014
	%9015 = mul i32 %3, 8
	%9016 = add i32 %9015, 1
	%9017 = add i32 %8243, %9016
	%9018 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9019 = bitcast i8 addrspace(3)* %9018 to i32 addrspace(3)*
	%9020 = getelementptr i32, i32 addrspace(3)* %9019, i32 %9017
	store i32 0, i32 addrspace(3)* %9020
	%9021 = mul i32 %3, 8
	%9022 = add i32 %9021, 2
	%9023 = add i32 %8243, %9022
	%9024 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9025 = bitcast i8 addrspace(3)* %9024 to i32 addrspace(3)*
	%9026 = getelementptr i32, i32 addrspace(3)* %9025, i32 %9023
	store i32 0, i32 addrspace(3)* %9026
	%9027 = mul i32 %3, 8
	%9028 = add i32 %9027, 3
	%9029 = add i32 %8243, %9028
	%9030 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9031 = bitcast i8 addrspace(3)* %9030 to i32 addrspace(3)*
	%9032 = getelementptr i32, i32 addrspace(3)* %9031, i32 %9029
	store i32 0, i32 addrspace(3)* %9032
	%9033 = mul i32 %3, 8
	%9034 = add i32 %9033, 4
	%9035 = add i32 %8243, %9034
	%9036 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9037 = bitcast i8 addrspace(3)* %9036 to i32 addrspace(3)*
	%9038 = getelementptr i32, i32 addrspace(3)* %9037, i32 %9035
	store i32 0, i32 addrspace(3)* %9038
	%9039 = mul i32 %3, 8
	%9040 = add i32 %9039, 5
	%9041 = add i32 %8243, %9040
	%9042 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9043 = bitcast i8 addrspace(3)* %9042 to i32 addrspace(3)*
	%9044 = getelementptr i32, i32 addrspace(3)* %9043, i32 %9041
	store i32 0, i32 addrspace(3)* %9044
	%9045 = mul i32 %3, 8
	%9046 = add i32 %9045, 6
	%9047 = add i32 %8243, %9046
	%9048 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9049 = bitcast i8 addrspace(3)* %9048 to i32 addrspace(3)*
	%9050 = getelementptr i32, i32 addrspace(3)* %9049, i32 %9047
	store i32 0, i32 addrspace(3)* %9050
	%9051 = mul i32 %3, 8
	%9052 = add i32 %9051, 7
	%9053 = add i32 %8243, %9052
	%9054 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9055 = bitcast i8 addrspace(3)* %9054 to i32 addrspace(3)*
	%9056 = getelementptr i32, i32 addrspace(3)* %9055, i32 %9053
	store i32 0, i32 addrspace(3)* %9056
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %9067

9057:
	%9058 = lshr i32 %8819, 8
	%9059 = and i32 %9058, 255
	%9060 = add i32 %8243, %9059
	%9061 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9062 = bitcast i8 addrspace(3)* %9061 to i32 addrspace(3)*
	%9063 = getelementptr i32, i32 addrspace(3)* %9062, i32 %9060
	%9064 = atomicrmw add i32 addrspace(3)* %9063, i32 1 monotonic
	br label %9065

9065:
	%9066 = add i32 %8812, 32
	br label %8811

9067:
	%9068 = phi i32 [ %3, %8823 ], [ %9276, %9275 ]
	%9069 = icmp slt i32 %9068, %550
	br i1 %9069, label %9070, label %9079

9070:
	%9071 = add i32 %8242, %9068
	%9072 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%9073 = bitcast i8 addrspace(3)* %9072 to i32 addrspace(3)*
	%9074 = getelementptr i32, i32 addrspace(3)* %9073, i32 %9071
	%9075 = load i32, i32 addrspace(3)* %9074
	%9076 = and i32 %9075, %9007
	%9077 = icmp eq i32 %9076, %9005
	%9078 = and i1 true, %9077
	br i1 %9078, label %9267, label %9275

9079:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%9080 = mul i32 %3, 8
	%9081 = add i32 %9080, 0
	%9082 = sub i32 255, %9081
	%9083 = add i32 %8243, %9082
	%9084 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9085 = bitcast i8 addrspace(3)* %9084 to i32 addrspace(3)*
	%9086 = getelementptr i32, i32 addrspace(3)* %9085, i32 %9083
	%9087 = load i32, i32 addrspace(3)* %9086
	%9088 = add i32 0, %9087
	%9089 = mul i32 %3, 8
	%9090 = add i32 %9089, 1
	%9091 = sub i32 255, %9090
	%9092 = add i32 %8243, %9091
	%9093 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9094 = bitcast i8 addrspace(3)* %9093 to i32 addrspace(3)*
	%9095 = getelementptr i32, i32 addrspace(3)* %9094, i32 %9092
	%9096 = load i32, i32 addrspace(3)* %9095
	%9097 = add i32 %9088, %9096
	%9098 = mul i32 %3, 8
	%9099 = add i32 %9098, 2
	%9100 = sub i32 255, %9099
	%9101 = add i32 %8243, %9100
	%9102 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9103 = bitcast i8 addrspace(3)* %9102 to i32 addrspace(3)*
	%9104 = getelementptr i32, i32 addrspace(3)* %9103, i32 %9101
	%9105 = load i32, i32 addrspace(3)* %9104
	%9106 = add i32 %9097, %9105
	%9107 = mul i32 %3, 8
	%9108 = add i32 %9107, 3
	%9109 = sub i32 255, %9108
	%9110 = add i32 %8243, %9109
	%9111 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9112 = bitcast i8 addrspace(3)* %9111 to i32 addrspace(3)*
	%9113 = getelementptr i32, i32 addrspace(3)* %9112, i32 %9110
	%9114 = load i32, i32 addrspace(3)* %9113
	%9115 = add i32 %9106, %9114
	%9116 = mul i32 %3, 8
	%9117 = add i32 %9116, 4
	%9118 = sub i32 255, %9117
	%9119 = add i32 %8243, %9118
	%9120 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9121 = bitcast i8 addrspace(3)* %9120 to i32 addrspace(3)*
	%9122 = getelementptr i32, i32 addrspace(3)* %9121, i32 %9119
	%9123 = load i32, i32 addrspace(3)* %9122
	%9124 = add i32 %9115, %9123
	%9125 = mul i32 %3, 8
	%9126 = add i32 %9125, 5
	%9127 = sub i32 255, %9126
	%9128 = add i32 %8243, %9127
	%9129 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9130 = bitcast i8 addrspace(3)* %9129 to i32 addrspace(3)*
	%9131 = getelementptr i32, i32 addrspace(3)* %9130, i32 %9128
	%9132 = load i32, i32 addrspace(3)* %9131
	%9133 = add i32 %9124, %9132
	%9134 = mul i32 %3, 8
	%9135 = add i32 %9134, 6
	%9136 = sub i32 255, %9135
	%9137 = add i32 %8243, %9136
	%9138 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9139 = bitcast i8 addrspace(3)* %9138 to i32 addrspace(3)*
	%9140 = getelementptr i32, i32 addrspace(3)* %9139, i32 %9137
	%9141 = load i32, i32 addrspace(3)* %9140
	%9142 = add i32 %9133, %9141
	%9143 = mul i32 %3, 8
	%9144 = add i32 %9143, 7
	%9145 = sub i32 255, %9144
	%9146 = add i32 %8243, %9145
	%9147 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9148 = bitcast i8 addrspace(3)* %9147 to i32 addrspace(3)*
	%9149 = getelementptr i32, i32 addrspace(3)* %9148, i32 %9146
	%9150 = load i32, i32 addrspace(3)* %9149
	%9151 = add i32 %9142, %9150
	%9152 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9151, i32 1, i32 0)
	%9153 = icmp uge i32 %3, 1
	%9154 = select i1 %9153, i32 %9152, i32 0
	%9155 = add i32 %9151, %9154
	%9156 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9155, i32 2, i32 0)
	%9157 = icmp uge i32 %3, 2
	%9158 = select i1 %9157, i32 %9156, i32 0
	%9159 = add i32 %9155, %9158
	%9160 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9159, i32 4, i32 0)
	%9161 = icmp uge i32 %3, 4
	%9162 = select i1 %9161, i32 %9160, i32 0
	%9163 = add i32 %9159, %9162
	%9164 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9163, i32 8, i32 0)
	%9165 = icmp uge i32 %3, 8
	%9166 = select i1 %9165, i32 %9164, i32 0
	%9167 = add i32 %9163, %9166
	%9168 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9167, i32 16, i32 0)
	%9169 = icmp uge i32 %3, 16
	%9170 = select i1 %9169, i32 %9168, i32 0
	%9171 = add i32 %9167, %9170
	%9172 = sub i32 %9171, %9151
	%9173 = icmp slt i32 %9172, %9008
	%9174 = icmp sge i32 %9171, %9008
	%9175 = and i1 %9173, %9174
	%9176 = add i32 %9172, %9087
	%9177 = xor i1 false, true
	%9178 = icmp sge i32 %9176, %9008
	%9179 = and i1 %9177, %9178
	%9180 = mul i32 %3, 8
	%9181 = add i32 %9180, 0
	%9182 = sub i32 255, %9181
	%9183 = select i1 %9179, i32 %9182, i32 0
	%9184 = select i1 %9179, i32 %9172, i32 0
	%9185 = or i1 false, %9179
	%9186 = add i32 %9176, %9096
	%9187 = xor i1 %9185, true
	%9188 = icmp sge i32 %9186, %9008
	%9189 = and i1 %9187, %9188
	%9190 = mul i32 %3, 8
	%9191 = add i32 %9190, 1
	%9192 = sub i32 255, %9191
	%9193 = select i1 %9189, i32 %9192, i32 %9183
	%9194 = select i1 %9189, i32 %9176, i32 %9184
	%9195 = or i1 %9185, %9189
	%9196 = add i32 %9186, %9105
	%9197 = xor i1 %9195, true
	%9198 = icmp sge i32 %9196, %9008
	%9199 = and i1 %9197, %9198
	%9200 = mul i32 %3, 8
	%9201 = add i32 %9200, 2
	%9202 = sub i32 255, %9201
	%9203 = select i1 %9199, i32 %9202, i32 %9193
	%9204 = select i1 %9199, i32 %9186, i32 %9194
	%9205 = or i1 %9195, %9199
	%9206 = add i32 %9196, %9114
	%9207 = xor i1 %9205, true
	%9208 = icmp sge i32 %9206, %9008
	%9209 = and i1 %9207, %9208
	%9210 = mul i32 %3, 8
	%9211 = add i32 %9210, 3
	%9212 = sub i32 255, %9211
	%9213 = select i1 %9209, i32 %9212, i32 %9203
	%9214 = select i1 %9209, i32 %9196, i32 %9204
	%9215 = or i1 %9205, %9209
	%9216 = add i32 %9206, %9123
	%9217 = xor i1 %9215, true
	%9218 = icmp sge i32 %9216, %9008
	%9219 = and i1 %9217, %9218
	%9220 = mul i32 %3, 8
	%9221 = add i32 %9220, 4
	%9222 = sub i32 255, %9221
	%9223 = select i1 %9219, i32 %9222, i32 %9213
	%9224 = select i1 %9219, i32 %9206, i32 %9214
	%9225 = or i1 %9215, %9219
	%9226 = add i32 %9216, %9132
	%9227 = xor i1 %9225, true
	%9228 = icmp sge i32 %9226, %9008
	%9229 = and i1 %9227, %9228
	%9230 = mul i32 %3, 8
	%9231 = add i32 %9230, 5
	%9232 = sub i32 255, %9231
	%9233 = select i1 %9229, i32 %9232, i32 %9223
	%9234 = select i1 %9229, i32 %9216, i32 %9224
	%9235 = or i1 %9225, %9229
	%9236 = add i32 %9226, %9141
	%9237 = xor i1 %9235, true
	%9238 = icmp sge i32 %9236, %9008
	%9239 = and i1 %9237, %9238
	%9240 = mul i32 %3, 8
	%9241 = add i32 %9240, 6
	%9242 = sub i32 255, %9241
	%9243 = select i1 %9239, i32 %9242, i32 %9233
	%9244 = select i1 %9239, i32 %9226, i32 %9234
	%9245 = or i1 %9235, %9239
	%9246 = add i32 %9236, %9150
	%9247 = xor i1 %9245, true
	%9248 = icmp sge i32 %9246, %9008
	%9249 = and i1 %9247, %9248
	%9250 = mul i32 %3, 8
	%9251 = add i32 %9250, 7
	%9252 = sub i32 255, %9251
	%9253 = select i1 %9249, i32 %9252, i32 %9243
	%9254 = select i1 %9249, i32 %9236, i32 %9244
	%9255 = or i1 %9245, %9249
	%9256 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %9175)
	%9257 = call i32 @llvm.cttz.i32(i32 %9256, i1 false)
	%9258 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %9253, i32 %9257, i32 31)
	%9259 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %9254, i32 %9257, i32 31)
	%9260 = shl i32 %9258, 0
	%9261 = or i32 %9005, %9260
	%9262 = shl i32 255, 0
	%9263 = or i32 %9007, %9262
	%9264 = sub i32 %9008, %9259
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%9265 = shl i32 1, %3
	%9266 = sub i32 %9265, 1
	br label %9277

9267:
	%9268 = lshr i32 %9075, 0
	%9269 = and i32 %9268, 255
	%9270 = add i32 %8243, %9269
	%9271 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9272 = bitcast i8 addrspace(3)* %9271 to i32 addrspace(3)*
	%9273 = getelementptr i32, i32 addrspace(3)* %9272, i32 %9270
	%9274 = atomicrmw add i32 addrspace(3)* %9273, i32 1 monotonic
	br label %9275

9275:
	%9276 = add i32 %9068, 32
	br label %9067

9277:
	%9278 = phi i32 [ 0, %9079 ], [ %9327, %9322 ]
	%9279 = phi i32 [ 0, %9079 ], [ %9324, %9322 ]
	%9280 = phi i32 [ 0, %9079 ], [ %9326, %9322 ]
	%9281 = icmp slt i32 %9278, %550
	br i1 %9281, label %9282, label %9285

9282:
	%9283 = add i32 %9278, %3
	%9284 = icmp slt i32 %9283, %550
	br i1 %9284, label %9286, label %9296

9285:
	br label %8292

9286:
	%9287 = add i32 %8242, %9283
	%9288 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%9289 = bitcast i8 addrspace(3)* %9288 to i32 addrspace(3)*
	%9290 = getelementptr i32, i32 addrspace(3)* %9289, i32 %9287
	%9291 = load i32, i32 addrspace(3)* %9290
	%9292 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%9293 = bitcast i8 addrspace(3)* %9292 to i32 addrspace(3)*
	%9294 = getelementptr i32, i32 addrspace(3)* %9293, i32 %9287
	%9295 = load i32, i32 addrspace(3)* %9294
	br label %9296

9296:
	%9297 = phi i32 [ 0, %9282 ], [ %9291, %9286 ]
	%9298 = phi i32 [ 0, %9282 ], [ %9295, %9286 ]
	%9299 = icmp eq i32 %9297, %9261
	%9300 = and i1 %9284, %9299
	%9301 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %9300)
	%9302 = and i32 %9301, %9266
	%9303 = call i32 @llvm.ctpop.i32(i32 %9302)
	%9304 = add i32 %9280, %9303
	%9305 = icmp ugt i32 %9297, %9261
	%9306 = icmp slt i32 %9304, %9264
	%9307 = and i1 %9300, %9306
	%9308 = or i1 %9305, %9307
	%9309 = and i1 %9284, %9308
	%9310 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %9309)
	%9311 = and i32 %9310, %9266
	%9312 = call i32 @llvm.ctpop.i32(i32 %9311)
	%9313 = add i32 %9279, %9312
	%9314 = add i32 %8242, %9313
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %9309, label %9315, label %9322

9315:
	%9316 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%9317 = bitcast i8 addrspace(3)* %9316 to i32 addrspace(3)*
	%9318 = getelementptr i32, i32 addrspace(3)* %9317, i32 %9314
	store i32 %9297, i32 addrspace(3)* %9318
	%9319 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%9320 = bitcast i8 addrspace(3)* %9319 to i32 addrspace(3)*
	%9321 = getelementptr i32, i32 addrspace(3)* %9320, i32 %9314
	store i32 %9298, i32 addrspace(3)* %9321
	br label %9322

9322:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%9323 = call i32 @llvm.ctpop.i32(i32 %9310)
	%9324 = add i32 %9279, %9323
	%9325 = call i32 @llvm.ctpop.i32(i32 %9301)
	%9326 = add i32 %9280, %9325
	%9327 = add i32 %9278, 32
	br label %9277

9328:
	%9329 = phi i32 [ 0, %8292 ], [ %9359, %9353 ]
	%9330 = phi i32 [ 0, %8292 ], [ %9358, %9353 ]
	%9331 = icmp slt i32 %9329, %8293
	br i1 %9331, label %9332, label %9335

9332:
	%9333 = add i32 %9329, %3
	%9334 = icmp slt i32 %9333, %8293
	br i1 %9334, label %9336, label %9343

9335:
	br label %9360

9336:
	%9337 = mul i32 %420, 160
	%9338 = add i32 %9337, %9333
	%9339 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%9340 = bitcast i8 addrspace(3)* %9339 to i32 addrspace(3)*
	%9341 = getelementptr i32, i32 addrspace(3)* %9340, i32 %9338
	%9342 = load i32, i32 addrspace(3)* %9341
	br label %9343

9343:
	%9344 = phi i32 [ 0, %9332 ], [ %9342, %9336 ]
	br i1 %9334, label %9345, label %9353

9345:
	%9346 = add i32 0, %9333
	%9347 = icmp sgt i32 %9344, %447
	%9348 = select i1 %9347, i32 %8294, i32 0
	%9349 = add i32 %9346, %9348
	%9350 = add i32 %8298, %9349
	%9351 = sext i32 %9350 to i64
	%9352 = getelementptr i32, i32* %out, i64 %9351
	store i32 %9344, i32* %9352
	br label %9353

9353:
	%9354 = icmp slt i32 %9344, %444
	%9355 = and i1 %9334, %9354
	%9356 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %9355)
	%9357 = call i32 @llvm.ctpop.i32(i32 %9356)
	%9358 = add i32 %9330, %9357
	%9359 = add i32 %9329, 32
	br label %9328

9360:
	%9361 = phi i32 [ %3, %9335 ], [ %9370, %9363 ]
	%9362 = icmp slt i32 %9361, %8294
	br i1 %9362, label %9363, label %9371

9363:
	%9364 = add i32 0, %9330
	%9365 = add i32 %9364, %9361
	%9366 = add i32 %444, %9361
	%9367 = add i32 %8298, %9365
	%9368 = sext i32 %9367 to i64
	%9369 = getelementptr i32, i32* %out, i64 %9368
	store i32 %9366, i32* %9369
	%9370 = add i32 %9361, 32
	br label %9360

9371:
	%9372 = icmp eq i32 %3, 0
	%9373 = icmp eq i32 0, 1
	%9374 = and i1 %9372, %9373
	br i1 %9374, label %9375, label %9379

9375:
	%9376 = add i32 %8298, 0
	%9377 = sext i32 %9376 to i64
	%9378 = getelementptr i32, i32* %out, i64 %9377
	store i32 0, i32* %9378
	br label %9379

9379:
	%9380 = add i32 %452, %8293
	%9381 = add i32 %9380, %3
	br label %9382

9382:
	%9383 = phi i32 [ %9381, %9379 ], [ %9389, %9385 ]
	%9384 = icmp slt i32 %9383, 8
	br i1 %9384, label %9385, label %9390

9385:
	%9386 = add i32 %8298, %9383
	%9387 = sext i32 %9386 to i64
	%9388 = getelementptr i32, i32* %out, i64 %9387
	store i32 -1, i32* %9388
	%9389 = add i32 %9383, 32
	br label %9382

9390:
	br label %8238

9391:
	%9392 = icmp sgt i32 %552, %499
	br i1 %9392, label %9396, label %9447

9393:
	%9394 = add i32 %5, %504
	%9395 = icmp slt i32 %9394, %M
	br i1 %9395, label %10546, label %10548

9396:
	%9397 = mul i32 %462, 160
	%9398 = mul i32 %4, 256
	%9399 = mul i32 %3, 8
	%9400 = add i32 %9399, 0
	%9401 = add i32 %9398, %9400
	%9402 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9403 = bitcast i8 addrspace(3)* %9402 to i32 addrspace(3)*
	%9404 = getelementptr i32, i32 addrspace(3)* %9403, i32 %9401
	store i32 0, i32 addrspace(3)* %9404
	%9405 = mul i32 %3, 8
	%9406 = add i32 %9405, 1
	%9407 = add i32 %9398, %9406
	%9408 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9409 = bitcast i8 addrspace(3)* %9408 to i32 addrspace(3)*
	%9410 = getelementptr i32, i32 addrspace(3)* %9409, i32 %9407
	store i32 0, i32 addrspace(3)* %9410
	%9411 = mul i32 %3, 8
	%9412 = add i32 %9411, 2
	%9413 = add i32 %9398, %9412
	%9414 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9415 = bitcast i8 addrspace(3)* %9414 to i32 addrspace(3)*
	%9416 = getelementptr i32, i32 addrspace(3)* %9415, i32 %9413
	store i32 0, i32 addrspace(3)* %9416
	%9417 = mul i32 %3, 8
	%9418 = add i32 %9417, 3
	%9419 = add i32 %9398, %9418
	%9420 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9421 = bitcast i8 addrspace(3)* %9420 to i32 addrspace(3)*
	%9422 = getelementptr i32, i32 addrspace(3)* %9421, i32 %9419
	store i32 0, i32 addrspace(3)* %9422
	%9423 = mul i32 %3, 8
	%9424 = add i32 %9423, 4
	%9425 = add i32 %9398, %9424
	%9426 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9427 = bitcast i8 addrspace(3)* %9426 to i32 addrspace(3)*
	%9428 = getelementptr i32, i32 addrspace(3)* %9427, i32 %9425
	store i32 0, i32 addrspace(3)* %9428
	%9429 = mul i32 %3, 8
	%9430 = add i32 %9429, 5
	%9431 = add i32 %9398, %9430
	%9432 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9433 = bitcast i8 addrspace(3)* %9432 to i32 addrspace(3)*
	%9434 = getelementptr i32, i32 addrspace(3)* %9433, i32 %9431
	store i32 0, i32 addrspace(3)* %9434
	%9435 = mul i32 %3, 8
	%9436 = add i32 %9435, 6
	%9437 = add i32 %9398, %9436
	%9438 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9439 = bitcast i8 addrspace(3)* %9438 to i32 addrspace(3)*
	%9440 = getelementptr i32, i32 addrspace(3)* %9439, i32 %9437
	store i32 0, i32 addrspace(3)* %9440
	%9441 = mul i32 %3, 8
	%9442 = add i32 %9441, 7
	%9443 = add i32 %9398, %9442
	%9444 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9445 = bitcast i8 addrspace(3)* %9444 to i32 addrspace(3)*
	%9446 = getelementptr i32, i32 addrspace(3)* %9445, i32 %9443
	store i32 0, i32 addrspace(3)* %9446
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %9454

9447:
	%9448 = phi i32 [ %552, %9391 ], [ %499, %10440 ]
	%9449 = sub i32 %494, 0
	%9450 = mul i32 %2, %M
	%9451 = add i32 %5, %462
	%9452 = add i32 %9450, %9451
	%9453 = mul i32 %9452, 8
	br label %10483

9454:
	%9455 = phi i32 [ %3, %9396 ], [ %9709, %9708 ]
	%9456 = icmp slt i32 %9455, %552
	br i1 %9456, label %9457, label %9466

9457:
	%9458 = add i32 %9397, %9455
	%9459 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%9460 = bitcast i8 addrspace(3)* %9459 to i32 addrspace(3)*
	%9461 = getelementptr i32, i32 addrspace(3)* %9460, i32 %9458
	%9462 = load i32, i32 addrspace(3)* %9461
	%9463 = and i32 %9462, 0
	%9464 = icmp eq i32 %9463, 0
	%9465 = and i1 true, %9464
	br i1 %9465, label %9700, label %9708

9466:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%9467 = mul i32 %3, 8
	%9468 = add i32 %9467, 0
	%9469 = sub i32 255, %9468
	%9470 = add i32 %9398, %9469
	%9471 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9472 = bitcast i8 addrspace(3)* %9471 to i32 addrspace(3)*
	%9473 = getelementptr i32, i32 addrspace(3)* %9472, i32 %9470
	%9474 = load i32, i32 addrspace(3)* %9473
	%9475 = add i32 0, %9474
	%9476 = mul i32 %3, 8
	%9477 = add i32 %9476, 1
	%9478 = sub i32 255, %9477
	%9479 = add i32 %9398, %9478
	%9480 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9481 = bitcast i8 addrspace(3)* %9480 to i32 addrspace(3)*
	%9482 = getelementptr i32, i32 addrspace(3)* %9481, i32 %9479
	%9483 = load i32, i32 addrspace(3)* %9482
	%9484 = add i32 %9475, %9483
	%9485 = mul i32 %3, 8
	%9486 = add i32 %9485, 2
	%9487 = sub i32 255, %9486
	%9488 = add i32 %9398, %9487
	%9489 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9490 = bitcast i8 addrspace(3)* %9489 to i32 addrspace(3)*
	%9491 = getelementptr i32, i32 addrspace(3)* %9490, i32 %9488
	%9492 = load i32, i32 addrspace(3)* %9491
	%9493 = add i32 %9484, %9492
	%9494 = mul i32 %3, 8
	%9495 = add i32 %9494, 3
	%9496 = sub i32 255, %9495
	%9497 = add i32 %9398, %9496
	%9498 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9499 = bitcast i8 addrspace(3)* %9498 to i32 addrspace(3)*
	%9500 = getelementptr i32, i32 addrspace(3)* %9499, i32 %9497
	%9501 = load i32, i32 addrspace(3)* %9500
	%9502 = add i32 %9493, %9501
	%9503 = mul i32 %3, 8
	%9504 = add i32 %9503, 4
	%9505 = sub i32 255, %9504
	%9506 = add i32 %9398, %9505
	%9507 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9508 = bitcast i8 addrspace(3)* %9507 to i32 addrspace(3)*
	%9509 = getelementptr i32, i32 addrspace(3)* %9508, i32 %9506
	%9510 = load i32, i32 addrspace(3)* %9509
	%9511 = add i32 %9502, %9510
	%9512 = mul i32 %3, 8
	%9513 = add i32 %9512, 5
	%9514 = sub i32 255, %9513
	%9515 = add i32 %9398, %9514
	%9516 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9517 = bitcast i8 addrspace(3)* %9516 to i32 addrspace(3)*
	%9518 = getelementptr i32, i32 addrspace(3)* %9517, i32 %9515
	%9519 = load i32, i32 addrspace(3)* %9518
	%9520 = add i32 %9511, %9519
	%9521 = mul i32 %3, 8
	%9522 = add i32 %9521, 6
	%9523 = sub i32 255, %9522
	%9524 = add i32 %9398, %9523
	%9525 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9526 = bitcast i8 addrspace(3)* %9525 to i32 addrspace(3)*
	%9527 = getelementptr i32, i32 addrspace(3)* %9526, i32 %9524
	%9528 = load i32, i32 addrspace(3)* %9527
	%9529 = add i32 %9520, %9528
	%9530 = mul i32 %3, 8
	%9531 = add i32 %9530, 7
	%9532 = sub i32 255, %9531
	%9533 = add i32 %9398, %9532
	%9534 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9535 = bitcast i8 addrspace(3)* %9534 to i32 addrspace(3)*
	%9536 = getelementptr i32, i32 addrspace(3)* %9535, i32 %9533
	%9537 = load i32, i32 addrspace(3)* %9536
	%9538 = add i32 %9529, %9537
	%9539 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9538, i32 1, i32 0)
	%9540 = icmp uge i32 %3, 1
	%9541 = select i1 %9540, i32 %9539, i32 0
	%9542 = add i32 %9538, %9541
	%9543 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9542, i32 2, i32 0)
	%9544 = icmp uge i32 %3, 2
	%9545 = select i1 %9544, i32 %9543, i32 0
	%9546 = add i32 %9542, %9545
	%9547 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9546, i32 4, i32 0)
	%9548 = icmp uge i32 %3, 4
	%9549 = select i1 %9548, i32 %9547, i32 0
	%9550 = add i32 %9546, %9549
	%9551 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9550, i32 8, i32 0)
	%9552 = icmp uge i32 %3, 8
	%9553 = select i1 %9552, i32 %9551, i32 0
	%9554 = add i32 %9550, %9553
	%9555 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9554, i32 16, i32 0)
	%9556 = icmp uge i32 %3, 16
	%9557 = select i1 %9556, i32 %9555, i32 0
	%9558 = add i32 %9554, %9557
	%9559 = sub i32 %9558, %9538
	%9560 = icmp slt i32 %9559, %499
	%9561 = icmp sge i32 %9558, %499
	%9562 = and i1 %9560, %9561
	%9563 = add i32 %9559, %9474
	%9564 = xor i1 false, true
	%9565 = icmp sge i32 %9563, %499
	%9566 = and i1 %9564, %9565
	%9567 = mul i32 %3, 8
	%9568 = add i32 %9567, 0
	%9569 = sub i32 255, %9568
	%9570 = select i1 %9566, i32 %9569, i32 0
	%9571 = select i1 %9566, i32 %9559, i32 0
	%9572 = or i1 false, %9566
	%9573 = add i32 %9563, %9483
	%9574 = xor i1 %9572, true
	%9575 = icmp sge i32 %9573, %499
	%9576 = and i1 %9574, %9575
	%9577 = mul i32 %3, 8
	%9578 = add i32 %9577, 1
	%9579 = sub i32 255, %9578
	%9580 = select i1 %9576, i32 %9579, i32 %9570
	%9581 = select i1 %9576, i32 %9563, i32 %9571
	%9582 = or i1 %9572, %9576
	%9583 = add i32 %9573, %9492
	%9584 = xor i1 %9582, true
	%9585 = icmp sge i32 %9583, %499
	%9586 = and i1 %9584, %9585
	%9587 = mul i32 %3, 8
	%9588 = add i32 %9587, 2
	%9589 = sub i32 255, %9588
	%9590 = select i1 %9586, i32 %9589, i32 %9580
	%9591 = select i1 %9586, i32 %9573, i32 %9581
	%9592 = or i1 %9582, %9586
	%9593 = add i32 %9583, %9501
	%9594 = xor i1 %9592, true
	%9595 = icmp sge i32 %9593, %499
	%9596 = and i1 %9594, %9595
	%9597 = mul i32 %3, 8
	%9598 = add i32 %9597, 3
	%9599 = sub i32 255, %9598
	%9600 = select i1 %9596, i32 %9599, i32 %9590
	%9601 = select i1 %9596, i32 %9583, i32 %9591
	%9602 = or i1 %9592, %9596
	%9603 = add i32 %9593, %9510
	%9604 = xor i1 %9602, true
	%9605 = icmp sge i32 %9603, %499
	%9606 = and i1 %9604, %9605
	%9607 = mul i32 %3, 8
	%9608 = add i32 %9607, 4
	%9609 = sub i32 255, %9608
	%9610 = select i1 %9606, i32 %9609, i32 %9600
	%9611 = select i1 %9606, i32 %9593, i32 %9601
	%9612 = or i1 %9602, %9606
	%9613 = add i32 %9603, %9519
	%9614 = xor i1 %9612, true
	%9615 = icmp sge i32 %9613, %499
	%9616 = and i1 %9614, %9615
	%9617 = mul i32 %3, 8
	%9618 = add i32 %9617, 5
	%9619 = sub i32 255, %9618
	%9620 = select i1 %9616, i32 %9619, i32 %9610
	%9621 = select i1 %9616, i32 %9603, i32 %9611
	%9622 = or i1 %9612, %9616
	%9623 = add i32 %9613, %9528
	%9624 = xor i1 %9622, true
	%9625 = icmp sge i32 %9623, %499
	%9626 = and i1 %9624, %9625
	%9627 = mul i32 %3, 8
	%9628 = add i32 %9627, 6
	%9629 = sub i32 255, %9628
	%9630 = select i1 %9626, i32 %9629, i32 %9620
	%9631 = select i1 %9626, i32 %9613, i32 %9621
	%9632 = or i1 %9622, %9626
	%9633 = add i32 %9623, %9537
	%9634 = xor i1 %9632, true
	%9635 = icmp sge i32 %9633, %499
	%9636 = and i1 %9634, %9635
	%9637 = mul i32 %3, 8
	%9638 = add i32 %9637, 7
	%9639 = sub i32 255, %9638
	%9640 = select i1 %9636, i32 %9639, i32 %9630
	%9641 = select i1 %9636, i32 %9623, i32 %9631
	%9642 = or i1 %9632, %9636
	%9643 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %9562)
	%9644 = call i32 @llvm.cttz.i32(i32 %9643, i1 false)
	%9645 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %9640, i32 %9644, i32 31)
	%9646 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %9641, i32 %9644, i32 31)
	%9647 = shl i32 %9645, 24
	%9648 = or i32 0, %9647
	%9649 = shl i32 255, 24
	%9650 = or i32 0, %9649
	%9651 = sub i32 %499, %9646
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%9652 = mul i32 %3, 8
	%9653 = add i32 %9652, 0
	%9654 = add i32 %9398, %9653
	%9655 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9656 = bitcast i8 addrspace(3)* %9655 to i32 addrspace(3)*
	%9657 = getelementptr i32, i32 addrspace(3)* %9656, i32 %9654
	store i32 0, i32 addrspace(3)* %9657
	%9658 = mul i32 %3, 8
	%9659 = add i32 %9658, 1
	%9660 = add i32 %9398, %9659
	%9661 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9662 = bitcast i8 addrspace(3)* %9661 to i32 addrspace(3)*
	%9663 = getelementptr i32, i32 addrspace(3)* %9662, i32 %9660
	store i32 0, i32 addrspace(3)* %9663
	%9664 = mul i32 %3, 8
	%9665 = add i32 %9664, 2
	%9666 = add i32 %9398, %9665
	%9667 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9668 = bitcast i8 addrspace(3)* %9667 to i32 addrspace(3)*
	%9669 = getelementptr i32, i32 addrspace(3)* %9668, i32 %9666
	store i32 0, i32 addrspace(3)* %9669
	%9670 = mul i32 %3, 8
	%9671 = add i32 %9670, 3
	%9672 = add i32 %9398, %9671
	%9673 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9674 = bitcast i8 addrspace(3)* %9673 to i32 addrspace(3)*
	%9675 = getelementptr i32, i32 addrspace(3)* %9674, i32 %9672
	store i32 0, i32 addrspace(3)* %9675
	%9676 = mul i32 %3, 8
	%9677 = add i32 %9676, 4
	%9678 = add i32 %9398, %9677
	%9679 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9680 = bitcast i8 addrspace(3)* %9679 to i32 addrspace(3)*
	%9681 = getelementptr i32, i32 addrspace(3)* %9680, i32 %9678
	store i32 0, i32 addrspace(3)* %9681
	%9682 = mul i32 %3, 8
	%9683 = add i32 %9682, 5
	%9684 = add i32 %9398, %9683
	%9685 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9686 = bitcast i8 addrspace(3)* %9685 to i32 addrspace(3)*
	%9687 = getelementptr i32, i32 addrspace(3)* %9686, i32 %9684
	store i32 0, i32 addrspace(3)* %9687
	%9688 = mul i32 %3, 8
	%9689 = add i32 %9688, 6
	%9690 = add i32 %9398, %9689
	%9691 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9692 = bitcast i8 addrspace(3)* %9691 to i32 addrspace(3)*
	%9693 = getelementptr i32, i32 addrspace(3)* %9692, i32 %9690
	store i32 0, i32 addrspace(3)* %9693
	%9694 = mul i32 %3, 8
	%9695 = add i32 %9694, 7
	%9696 = add i32 %9398, %9695
	%9697 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9698 = bitcast i8 addrspace(3)* %9697 to i32 addrspace(3)*
	%9699 = getelementptr i32, i32 addrspace(3)* %9698, i32 %9696
	store i32 0, i32 addrspace(3)* %9699
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %9710

9700:
	%9701 = lshr i32 %9462, 24
	%9702 = and i32 %9701, 255
	%9703 = add i32 %9398, %9702
	%9704 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9705 = bitcast i8 addrspace(3)* %9704 to i32 addrspace(3)*
	%9706 = getelementptr i32, i32 addrspace(3)* %9705, i32 %9703
	%9707 = atomicrmw add i32 addrspace(3)* %9706, i32 1 monotonic
	br label %9708

9708:
	%9709 = add i32 %9455, 32
	br label %9454

9710:
	%9711 = phi i32 [ %3, %9466 ], [ %9965, %9964 ]
	%9712 = icmp slt i32 %9711, %552
	br i1 %9712, label %9713, label %9722

9713:
	%9714 = add i32 %9397, %9711
	%9715 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%9716 = bitcast i8 addrspace(3)* %9715 to i32 addrspace(3)*
	%9717 = getelementptr i32, i32 addrspace(3)* %9716, i32 %9714
	%9718 = load i32, i32 addrspace(3)* %9717
	%9719 = and i32 %9718, %9650
	%9720 = icmp eq i32 %9719, %9648
	%9721 = and i1 true, %9720
	br i1 %9721, label %9956, label %9964

9722:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%9723 = mul i32 %3, 8
	%9724 = add i32 %9723, 0
	%9725 = sub i32 255, %9724
	%9726 = add i32 %9398, %9725
	%9727 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9728 = bitcast i8 addrspace(3)* %9727 to i32 addrspace(3)*
	%9729 = getelementptr i32, i32 addrspace(3)* %9728, i32 %9726
	%9730 = load i32, i32 addrspace(3)* %9729
	%9731 = add i32 0, %9730
	%9732 = mul i32 %3, 8
	%9733 = add i32 %9732, 1
	%9734 = sub i32 255, %9733
	%9735 = add i32 %9398, %9734
	%9736 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9737 = bitcast i8 addrspace(3)* %9736 to i32 addrspace(3)*
	%9738 = getelementptr i32, i32 addrspace(3)* %9737, i32 %9735
	%9739 = load i32, i32 addrspace(3)* %9738
	%9740 = add i32 %9731, %9739
	%9741 = mul i32 %3, 8
	%9742 = add i32 %9741, 2
	%9743 = sub i32 255, %9742
	%9744 = add i32 %9398, %9743
	%9745 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9746 = bitcast i8 addrspace(3)* %9745 to i32 addrspace(3)*
	%9747 = getelementptr i32, i32 addrspace(3)* %9746, i32 %9744
	%9748 = load i32, i32 addrspace(3)* %9747
	%9749 = add i32 %9740, %9748
	%9750 = mul i32 %3, 8
	%9751 = add i32 %9750, 3
	%9752 = sub i32 255, %9751
	%9753 = add i32 %9398, %9752
	%9754 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9755 = bitcast i8 addrspace(3)* %9754 to i32 addrspace(3)*
	%9756 = getelementptr i32, i32 addrspace(3)* %9755, i32 %9753
	%9757 = load i32, i32 addrspace(3)* %9756
	%9758 = add i32 %9749, %9757
	%9759 = mul i32 %3, 8
	%9760 = add i32 %9759, 4
	%9761 = sub i32 255, %9760
	%9762 = add i32 %9398, %9761
	%9763 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9764 = bitcast i8 addrspace(3)* %9763 to i32 addrspace(3)*
	%9765 = getelementptr i32, i32 addrspace(3)* %9764, i32 %9762
	%9766 = load i32, i32 addrspace(3)* %9765
	%9767 = add i32 %9758, %9766
	%9768 = mul i32 %3, 8
	%9769 = add i32 %9768, 5
	%9770 = sub i32 255, %9769
	%9771 = add i32 %9398, %9770
	%9772 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9773 = bitcast i8 addrspace(3)* %9772 to i32 addrspace(3)*
	%9774 = getelementptr i32, i32 addrspace(3)* %9773, i32 %9771
	%9775 = load i32, i32 addrspace(3)* %9774
	%9776 = add i32 %9767, %9775
	%9777 = mul i32 %3, 8
	%9778 = add i32 %9777, 6
	%9779 = sub i32 255, %9778
	%9780 = add i32 %9398, %9779
	%9781 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9782 = bitcast i8 addrspace(3)* %9781 to i32 addrspace(3)*
	%9783 = getelementptr i32, i32 addrspace(3)* %9782, i32 %9780
	%9784 = load i32, i32 addrspace(3)* %9783
	%9785 = add i32 %9776, %9784
	%9786 = mul i32 %3, 8
	%9787 = add i32 %9786, 7
	%9788 = sub i32 255, %9787
	%9789 = add i32 %9398, %9788
	%9790 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9791 = bitcast i8 addrspace(3)* %9790 to i32 addrspace(3)*
	%9792 = getelementptr i32, i32 addrspace(3)* %9791, i32 %9789
	%9793 = load i32, i32 addrspace(3)* %9792
	%9794 = add i32 %9785, %9793
	%9795 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9794, i32 1, i32 0)
	%9796 = icmp uge i32 %3, 1
	%9797 = select i1 %9796, i32 %9795, i32 0
	%9798 = add i32 %9794, %9797
	%9799 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9798, i32 2, i32 0)
	%9800 = icmp uge i32 %3, 2
	%9801 = select i1 %9800, i32 %9799, i32 0
	%9802 = add i32 %9798, %9801
	%9803 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9802, i32 4, i32 0)
	%9804 = icmp uge i32 %3, 4
	%9805 = select i1 %9804, i32 %9803, i32 0
	%9806 = add i32 %9802, %9805
	%9807 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9806, i32 8, i32 0)
	%9808 = icmp uge i32 %3, 8
	%9809 = select i1 %9808, i32 %9807, i32 0
	%9810 = add i32 %9806, %9809
	%9811 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9810, i32 16, i32 0)
	%9812 = icmp uge i32 %3, 16
	%9813 = select i1 %9812, i32 %9811, i32 0
	%9814 = add i32 %9810, %9813
	%9815 = sub i32 %9814, %9794
	%9816 = icmp slt i32 %9815, %9651
	%9817 = icmp sge i32 %9814, %9651
	%9818 = and i1 %9816, %9817
	%9819 = add i32 %9815, %9730
	%9820 = xor i1 false, true
	%9821 = icmp sge i32 %9819, %9651
	%9822 = and i1 %9820, %9821
	%9823 = mul i32 %3, 8
	%9824 = add i32 %9823, 0
	%9825 = sub i32 255, %9824
	%9826 = select i1 %9822, i32 %9825, i32 0
	%9827 = select i1 %9822, i32 %9815, i32 0
	%9828 = or i1 false, %9822
	%9829 = add i32 %9819, %9739
	%9830 = xor i1 %9828, true
	%9831 = icmp sge i32 %9829, %9651
	%9832 = and i1 %9830, %9831
	%9833 = mul i32 %3, 8
	%9834 = add i32 %9833, 1
	%9835 = sub i32 255, %9834
	%9836 = select i1 %9832, i32 %9835, i32 %9826
	%9837 = select i1 %9832, i32 %9819, i32 %9827
	%9838 = or i1 %9828, %9832
	%9839 = add i32 %9829, %9748
	%9840 = xor i1 %9838, true
	%9841 = icmp sge i32 %9839, %9651
	%9842 = and i1 %9840, %9841
	%9843 = mul i32 %3, 8
	%9844 = add i32 %9843, 2
	%9845 = sub i32 255, %9844
	%9846 = select i1 %9842, i32 %9845, i32 %9836
	%9847 = select i1 %9842, i32 %9829, i32 %9837
	%9848 = or i1 %9838, %9842
	%9849 = add i32 %9839, %9757
	%9850 = xor i1 %9848, true
	%9851 = icmp sge i32 %9849, %9651
	%9852 = and i1 %9850, %9851
	%9853 = mul i32 %3, 8
	%9854 = add i32 %9853, 3
	%9855 = sub i32 255, %9854
	%9856 = select i1 %9852, i32 %9855, i32 %9846
	%9857 = select i1 %9852, i32 %9839, i32 %9847
	%9858 = or i1 %9848, %9852
	%9859 = add i32 %9849, %9766
	%9860 = xor i1 %9858, true
	%9861 = icmp sge i32 %9859, %9651
	%9862 = and i1 %9860, %9861
	%9863 = mul i32 %3, 8
	%9864 = add i32 %9863, 4
	%9865 = sub i32 255, %9864
	%9866 = select i1 %9862, i32 %9865, i32 %9856
	%9867 = select i1 %9862, i32 %9849, i32 %9857
	%9868 = or i1 %9858, %9862
	%9869 = add i32 %9859, %9775
	%9870 = xor i1 %9868, true
	%9871 = icmp sge i32 %9869, %9651
	%9872 = and i1 %9870, %9871
	%9873 = mul i32 %3, 8
	%9874 = add i32 %9873, 5
	%9875 = sub i32 255, %9874
	%9876 = select i1 %9872, i32 %9875, i32 %9866
	%9877 = select i1 %9872, i32 %9859, i32 %9867
	%9878 = or i1 %9868, %9872
	%9879 = add i32 %9869, %9784
	%9880 = xor i1 %9878, true
	%9881 = icmp sge i32 %9879, %9651
	%9882 = and i1 %9880, %9881
	%9883 = mul i32 %3, 8
	%9884 = add i32 %9883, 6
	%9885 = sub i32 255, %9884
	%9886 = select i1 %9882, i32 %9885, i32 %9876
	%9887 = select i1 %9882, i32 %9869, i32 %9877
	%9888 = or i1 %9878, %9882
	%9889 = add i32 %9879, %9793
	%9890 = xor i1 %9888, true
	%9891 = icmp sge i32 %9889, %9651
	%9892 = and i1 %9890, %9891
	%9893 = mul i32 %3, 8
	%9894 = add i32 %9893, 7
	%9895 = sub i32 255, %9894
	%9896 = select i1 %9892, i32 %9895, i32 %9886
	%9897 = select i1 %9892, i32 %9879, i32 %9887
	%9898 = or i1 %9888, %9892
	%9899 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %9818)
	%9900 = call i32 @llvm.cttz.i32(i32 %9899, i1 false)
	%9901 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %9896, i32 %9900, i32 31)
	%9902 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %9897, i32 %9900, i32 31)
	%9903 = shl i32 %9901, 16
	%9904 = or i32 %9648, %9903
	%9905 = shl i32 255, 16
	%9906 = or i32 %9650, %9905
	%9907 = sub i32 %9651, %9902
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%9908 = mul i32 %3, 8
	%9909 = add i32 %9908, 0
	%9910 = add i32 %9398, %9909
	%9911 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9912 = bitcast i8 addrspace(3)* %9911 to i32 addrspace(3)*
	%9913 = getelementptr i32, i32 addrspace(3)* %9912, i32 %9910
	store i32 0, i32 addrspace(3)* %9913
	%9914 = mul i32 %3, 8
	%9915 = add i32 %9914, 1
	%9916 = add i32 %9398, %9915
	%9917 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9918 = bitcast i8 addrspace(3)* %9917 to i32 addrspace(3)*
	%9919 = getelementptr i32, i32 addrspace(3)* %9918, i32 %9916
	store i32 0, i32 addrspace(3)* %9919
	%9920 = mul i32 %3, 8
	%9921 = add i32 %9920, 2
	%9922 = add i32 %9398, %9921
	%9923 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9924 = bitcast i8 addrspace(3)* %9923 to i32 addrspace(3)*
	%9925 = getelementptr i32, i32 addrspace(3)* %9924, i32 %9922
	store i32 0, i32 addrspace(3)* %9925
	%9926 = mul i32 %3, 8
	%9927 = add i32 %9926, 3
	%9928 = add i32 %9398, %9927
	%9929 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9930 = bitcast i8 addrspace(3)* %9929 to i32 addrspace(3)*
	%9931 = getelementptr i32, i32 addrspace(3)* %9930, i32 %9928
	store i32 0, i32 addrspace(3)* %9931
	%9932 = mul i32 %3, 8
	%9933 = add i32 %9932, 4
	%9934 = add i32 %9398, %9933
	%9935 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9936 = bitcast i8 addrspace(3)* %9935 to i32 addrspace(3)*
	%9937 = getelementptr i32, i32 addrspace(3)* %9936, i32 %9934
	store i32 0, i32 addrspace(3)* %9937
	%9938 = mul i32 %3, 8
	%9939 = add i32 %9938, 5
	%9940 = add i32 %9398, %9939
	%9941 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9942 = bitcast i8 addrspace(3)* %9941 to i32 addrspace(3)*
	%9943 = getelementptr i32, i32 addrspace(3)* %9942, i32 %9940
	store i32 0, i32 addrspace(3)* %9943
	%9944 = mul i32 %3, 8
	%9945 = add i32 %9944, 6
	%9946 = add i32 %9398, %9945
	%9947 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9948 = bitcast i8 addrspace(3)* %9947 to i32 addrspace(3)*
	%9949 = getelementptr i32, i32 addrspace(3)* %9948, i32 %9946
	store i32 0, i32 addrspace(3)* %9949
	%9950 = mul i32 %3, 8
	%9951 = add i32 %9950, 7
	%9952 = add i32 %9398, %9951
	%9953 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9954 = bitcast i8 addrspace(3)* %9953 to i32 addrspace(3)*
	%9955 = getelementptr i32, i32 addrspace(3)* %9954, i32 %9952
	store i32 0, i32 addrspace(3)* %9955
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %9966

9956:
	%9957 = lshr i32 %9718, 16
	%9958 = and i32 %9957, 255
	%9959 = add i32 %9398, %9958
	%9960 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9961 = bitcast i8 addrspace(3)* %9960 to i32 addrspace(3)*
	%9962 = getelementptr i32, i32 addrspace(3)* %9961, i32 %9959
	%9963 = atomicrmw add i32 addrspace(3)* %9962, i32 1 monotonic
	br label %9964

9964:
	%9965 = add i32 %9711, 32
	br label %9710

9966:
	%9967 = phi i32 [ %3, %9722 ], [ %10221, %10220 ]
	%9968 = icmp slt i32 %9967, %552
	br i1 %9968, label %9969, label %9978

9969:
	%9970 = add i32 %9397, %9967
	%9971 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%9972 = bitcast i8 addrspace(3)* %9971 to i32 addrspace(3)*
	%9973 = getelementptr i32, i32 addrspace(3)* %9972, i32 %9970
	%9974 = load i32, i32 addrspace(3)* %9973
	%9975 = and i32 %9974, %9906
	%9976 = icmp eq i32 %9975, %9904
	%9977 = and i1 true, %9976
	br i1 %9977, label %10212, label %10220

9978:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%9979 = mul i32 %3, 8
	%9980 = add i32 %9979, 0
	%9981 = sub i32 255, %9980
	%9982 = add i32 %9398, %9981
	%9983 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9984 = bitcast i8 addrspace(3)* %9983 to i32 addrspace(3)*
	%9985 = getelementptr i32, i32 addrspace(3)* %9984, i32 %9982
	%9986 = load i32, i32 addrspace(3)* %9985
	%9987 = add i32 0, %9986
	%9988 = mul i32 %3, 8
	%9989 = add i32 %9988, 1
	%9990 = sub i32 255, %9989
	%9991 = add i32 %9398, %9990
	%9992 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9993 = bitcast i8 addrspace(3)* %9992 to i32 addrspace(3)*
	%9994 = getelementptr i32, i32 addrspace(3)* %9993, i32 %9991
	%9995 = load i32, i32 addrspace(3)* %9994
	%9996 = add i32 %9987, %9995
	%9997 = mul i32 %3, 8
	%9998 = add i32 %9997, 2
	%9999 = sub i32 255, %9998
	%10000 = add i32 %9398, %9999
	%10001 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10002 = bitcast i8 addrspace(3)* %10001 to i32 addrspace(3)*
	%10003 = getelementptr i32, i32 addrspace(3)* %10002, i32 %10000
	%10004 = load i32, i32 addrspace(3)* %10003
	%10005 = add i32 %9996, %10004
	%10006 = mul i32 %3, 8
	%10007 = add i32 %10006, 3
	%10008 = sub i32 255, %10007
	%10009 = add i32 %9398, %10008
	%10010 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10011 = bitcast i8 addrspace(3)* %10010 to i32 addrspace(3)*
	%10012 = getelementptr i32, i32 addrspace(3)* %10011, i32 %10009
	%10013 = load i32, i32 addrspace(3)* %10012
	%10014 = add i32 %10005, %10013
	%10015 = mul i32 %3, 8
	%10016 = add i32 %10015, 4
	%10017 = sub i32 255, %10016
	%10018 = add i32 %9398, %10017
	%10019 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10020 = bitcast i8 addrspace(3)* %10019 to i32 addrspace(3)*
	%10021 = getelementptr i32, i32 addrspace(3)* %10020, i32 %10018
	%10022 = load i32, i32 addrspace(3)* %10021
	%10023 = add i32 %10014, %10022
	%10024 = mul i32 %3, 8
	%10025 = add i32 %10024, 5
	%10026 = sub i32 255, %10025
	%10027 = add i32 %9398, %10026
	%10028 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10029 = bitcast i8 addrspace(3)* %10028 to i32 addrspace(3)*
	%10030 = getelementptr i32, i32 addrspace(3)* %10029, i32 %10027
	%10031 = load i32, i32 addrspace(3)* %10030
	%10032 = add i32 %10023, %10031
	%10033 = mul i32 %3, 8
	%10034 = add i32 %10033, 6
	%10035 = sub i32 255, %10034
	%10036 = add i32 %9398, %10035
	%10037 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10038 = bitcast i8 addrspace(3)* %10037 to i32 addrspace(3)*
	%10039 = getelementptr i32, i32 addrspace(3)* %10038, i32 %10036
	%10040 = load i32, i32 addrspace(3)* %10039
	%10041 = add i32 %10032, %10040
	%10042 = mul i32 %3, 8
	%10043 = add i32 %10042, 7
	%10044 = sub i32 255, %10043
	%10045 = add i32 %9398, %10044
	%10046 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10047 = bitcast i8 addrspace(3)* %10046 to i32 addrspace(3)*
	%10048 = getelementptr i32, i32 addrspace(3)* %10047, i32 %10045
	%10049 = load i32, i32 addrspace(3)* %10048
	%10050 = add i32 %10041, %10049
	%10051 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10050, i32 1, i32 0)
	%10052 = icmp uge i32 %3, 1
	%10053 = select i1 %10052, i32 %10051, i32 0
	%10054 = add i32 %10050, %10053
	%10055 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10054, i32 2, i32 0)
	%10056 = icmp uge i32 %3, 2
	%10057 = select i1 %10056, i32 %10055, i32 0
	%10058 = add i32 %10054, %10057
	%10059 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10058, i32 4, i32 0)
	%10060 = icmp uge i32 %3, 4
	%10061 = select i1 %10060, i32 %10059, i32 0
	%10062 = add i32 %10058, %10061
	%10063 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10062, i32 8, i32 0)
	%10064 = icmp uge i32 %3, 8
	%10065 = select i1 %10064, i32 %10063, i32 0
	%10066 = add i32 %10062, %10065
	%10067 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10066, i32 16, i32 0)
	%10068 = icmp uge i32 %3, 16
	%10069 = select i1 %10068, i32 %10067, i32 0
	%10070 = add i32 %10066, %10069
	%10071 = sub i32 %10070, %10050
	%10072 = icmp slt i32 %10071, %9907
	%10073 = icmp sge i32 %10070, %9907
	%10074 = and i1 %10072, %10073
	%10075 = add i32 %10071, %9986
	%10076 = xor i1 false, true
	%10077 = icmp sge i32 %10075, %9907
	%10078 = and i1 %10076, %10077
	%10079 = mul i32 %3, 8
	%10080 = add i32 %10079, 0
	%10081 = sub i32 255, %10080
	%10082 = select i1 %10078, i32 %10081, i32 0
	%10083 = select i1 %10078, i32 %10071, i32 0
	%10084 = or i1 false, %10078
	%10085 = add i32 %10075, %9995
	%10086 = xor i1 %10084, true
	%10087 = icmp sge i32 %10085, %9907
	%10088 = and i1 %10086, %10087
	%10089 = mul i32 %3, 8
	%10090 = add i32 %10089, 1
	%10091 = sub i32 255, %10090
	%10092 = select i1 %10088, i32 %10091, i32 %10082
	%10093 = select i1 %10088, i32 %10075, i32 %10083
	%10094 = or i1 %10084, %10088
	%10095 = add i32 %10085, %10004
	%10096 = xor i1 %10094, true
	%10097 = icmp sge i32 %10095, %9907
	%10098 = and i1 %10096, %10097
	%10099 = mul i32 %3, 8
	%10100 = add i32 %10099, 2
	%10101 = sub i32 255, %10100
	%10102 = select i1 %10098, i32 %10101, i32 %10092
	%10103 = select i1 %10098, i32 %10085, i32 %10093
	%10104 = or i1 %10094, %10098
	%10105 = add i32 %10095, %10013
	%10106 = xor i1 %10104, true
	%10107 = icmp sge i32 %10105, %9907
	%10108 = and i1 %10106, %10107
	%10109 = mul i32 %3, 8
	%10110 = add i32 %10109, 3
	%10111 = sub i32 255, %10110
	%10112 = select i1 %10108, i32 %10111, i32 %10102
	%10113 = select i1 %10108, i32 %10095, i32 %10103
	%10114 = or i1 %10104, %10108
	%10115 = add i32 %10105, %10022
	%10116 = xor i1 %10114, true
	%10117 = icmp sge i32 %10115, %9907
	%10118 = and i1 %10116, %10117
	%10119 = mul i32 %3, 8
	%10120 = add i32 %10119, 4
	%10121 = sub i32 255, %10120
	%10122 = select i1 %10118, i32 %10121, i32 %10112
	%10123 = select i1 %10118, i32 %10105, i32 %10113
	%10124 = or i1 %10114, %10118
	%10125 = add i32 %10115, %10031
	%10126 = xor i1 %10124, true
	%10127 = icmp sge i32 %10125, %9907
	%10128 = and i1 %10126, %10127
	%10129 = mul i32 %3, 8
	%10130 = add i32 %10129, 5
	%10131 = sub i32 255, %10130
	%10132 = select i1 %10128, i32 %10131, i32 %10122
	%10133 = select i1 %10128, i32 %10115, i32 %10123
	%10134 = or i1 %10124, %10128
	%10135 = add i32 %10125, %10040
	%10136 = xor i1 %10134, true
	%10137 = icmp sge i32 %10135, %9907
	%10138 = and i1 %10136, %10137
	%10139 = mul i32 %3, 8
	%10140 = add i32 %10139, 6
	%10141 = sub i32 255, %10140
	%10142 = select i1 %10138, i32 %10141, i32 %10132
	%10143 = select i1 %10138, i32 %10125, i32 %10133
	%10144 = or i1 %10134, %10138
	%10145 = add i32 %10135, %10049
	%10146 = xor i1 %10144, true
	%10147 = icmp sge i32 %10145, %9907
	%10148 = and i1 %10146, %10147
	%10149 = mul i32 %3, 8
	%10150 = add i32 %10149, 7
	%10151 = sub i32 255, %10150
	%10152 = select i1 %10148, i32 %10151, i32 %10142
	%10153 = select i1 %10148, i32 %10135, i32 %10143
	%10154 = or i1 %10144, %10148
	%10155 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %10074)
	%10156 = call i32 @llvm.cttz.i32(i32 %10155, i1 false)
	%10157 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %10152, i32 %10156, i32 31)
	%10158 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %10153, i32 %10156, i32 31)
	%10159 = shl i32 %10157, 8
	%10160 = or i32 %9904, %10159
	%10161 = shl i32 255, 8
	%10162 = or i32 %9906, %10161
	%10163 = sub i32 %9907, %10158
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%10164 = mul i32 %3, 8
	%10165 = add i32 %10164, 0
	%10166 = add i32 %9398, %10165
	%10167 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10168 = bitcast i8 addrspace(3)* %10167 to i32 addrspace(3)*
	%10169 = getelementptr i32, i32 addrspace(3)* %10168, i32 %10166
	store i32 0, i32 addrspace(3)* %10169
	%10170 = mul i32 %3, 8
	%10171 = add i32 %10170, 1
	%10172 = add i32 %9398, %10171
	%10173 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10174 = bitcast i8 addrspace(3)* %10173 to i32 addrspace(3)*
	%10175 = getelementptr i32, i32 addrspace(3)* %10174, i32 %10172
	store i32 0, i32 addrspace(3)* %10175
	%10176 = mul i32 %3, 8
	%10177 = add i32 %10176, 2
	%10178 = add i32 %9398, %10177
	%10179 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10180 = bitcast i8 addrspace(3)* %10179 to i32 addrspace(3)*
	%10181 = getelementptr i32, i32 addrspace(3)* %10180, i32 %10178
	store i32 0, i32 addrspace(3)* %10181
	%10182 = mul i32 %3, 8
	%10183 = add i32 %10182, 3
	%10184 = add i32 %9398, %10183
	%10185 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10186 = bitcast i8 addrspace(3)* %10185 to i32 addrspace(3)*
	%10187 = getelementptr i32, i32 addrspace(3)* %10186, i32 %10184
	store i32 0, i32 addrspace(3)* %10187
	%10188 = mul i32 %3, 8
	%10189 = add i32 %10188, 4
	%10190 = add i32 %9398, %10189
	%10191 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10192 = bitcast i8 addrspace(3)* %10191 to i32 addrspace(3)*
	%10193 = getelementptr i32, i32 addrspace(3)* %10192, i32 %10190
	store i32 0, i32 addrspace(3)* %10193
	%10194 = mul i32 %3, 8
	%10195 = add i32 %10194, 5
	%10196 = add i32 %9398, %10195
	%10197 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10198 = bitcast i8 addrspace(3)* %10197 to i32 addrspace(3)*
	%10199 = getelementptr i32, i32 addrspace(3)* %10198, i32 %10196
	store i32 0, i32 addrspace(3)* %10199
	%10200 = mul i32 %3, 8
	%10201 = add i32 %10200, 6
	%10202 = add i32 %9398, %10201
	%10203 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10204 = bitcast i8 addrspace(3)* %10203 to i32 addrspace(3)*
	%10205 = getelementptr i32, i32 addrspace(3)* %10204, i32 %10202
	store i32 0, i32 addrspace(3)* %10205
	%10206 = mul i32 %3, 8
	%10207 = add i32 %10206, 7
	%10208 = add i32 %9398, %10207
	%10209 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10210 = bitcast i8 addrspace(3)* %10209 to i32 addrspace(3)*
	%10211 = getelementptr i32, i32 addrspace(3)* %10210, i32 %10208
	store i32 0, i32 addrspace(3)* %10211
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %10222

10212:
	%10213 = lshr i32 %9974, 8
	%10214 = and i32 %10213, 255
	%10215 = add i32 %9398, %10214
	%10216 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10217 = bitcast i8 addrspace(3)* %10216 to i32 addrspace(3)*
	%10218 = getelementptr i32, i32 addrspace(3)* %10217, i32 %10215
	%10219 = atomicrmw add i32 addrspace(3)* %10218, i32 1 monotonic
	br label %10220

10220:
	%10221 = add i32 %9967, 32
	br label %9966

10222:
	%10223 = phi i32 [ %3, %9978 ], [ %10431, %10430 ]
	%10224 = icmp slt i32 %10223, %552
	br i1 %10224, label %10225, label %10234

10225:
	%10226 = add i32 %9397, %10223
	%10227 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%10228 = bitcast i8 addrspace(3)* %10227 to i32 addrspace(3)*
	%10229 = getelementptr i32, i32 addrspace(3)* %10228, i32 %10226
	%10230 = load i32, i32 addrspace(3)* %10229
	%10231 = and i32 %10230, %10162
	%10232 = icmp eq i32 %10231, %10160
	%10233 = and i1 true, %10232
	br i1 %10233, label %10422, label %10430

10234:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%10235 = mul i32 %3, 8
	%10236 = add i32 %10235, 0
	%10237 = sub i32 255, %10236
	%10238 = add i32 %9398, %10237
	%10239 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10240 = bitcast i8 addrspace(3)* %10239 to i32 addrspace(3)*
	%10241 = getelementptr i32, i32 addrspace(3)* %10240, i32 %10238
	%10242 = load i32, i32 addrspace(3)* %10241
	%10243 = add i32 0, %10242
	%10244 = mul i32 %3, 8
	%10245 = add i32 %10244, 1
	%10246 = sub i32 255, %10245
	%10247 = add i32 %9398, %10246
	%10248 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10249 = bitcast i8 addrspace(3)* %10248 to i32 addrspace(3)*
	%10250 = getelementptr i32, i32 addrspace(3)* %10249, i32 %10247
	%10251 = load i32, i32 addrspace(3)* %10250
	%10252 = add i32 %10243, %10251
	%10253 = mul i32 %3, 8
	%10254 = add i32 %10253, 2
	%10255 = sub i32 255, %10254
	%10256 = add i32 %9398, %10255
	%10257 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10258 = bitcast i8 addrspace(3)* %10257 to i32 addrspace(3)*
	%10259 = getelementptr i32, i32 addrspace(3)* %10258, i32 %10256
	%10260 = load i32, i32 addrspace(3)* %10259
	%10261 = add i32 %10252, %10260
	%10262 = mul i32 %3, 8
	%10263 = add i32 %10262, 3
	%10264 = sub i32 255, %10263
	%10265 = add i32 %9398, %10264
	%10266 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10267 = bitcast i8 addrspace(3)* %10266 to i32 addrspace(3)*
	%10268 = getelementptr i32, i32 addrspace(3)* %10267, i32 %10265
	%10269 = load i32, i32 addrspace(3)* %10268
	%10270 = add i32 %10261, %10269
	%10271 = mul i32 %3, 8
	%10272 = add i32 %10271, 4
	%10273 = sub i32 255, %10272
	%10274 = add i32 %9398, %10273
	%10275 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10276 = bitcast i8 addrspace(3)* %10275 to i32 addrspace(3)*
	%10277 = getelementptr i32, i32 addrspace(3)* %10276, i32 %10274
	%10278 = load i32, i32 addrspace(3)* %10277
	%10279 = add i32 %10270, %10278
	%10280 = mul i32 %3, 8
	%10281 = add i32 %10280, 5
	%10282 = sub i32 255, %10281
	%10283 = add i32 %9398, %10282
	%10284 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10285 = bitcast i8 addrspace(3)* %10284 to i32 addrspace(3)*
	%10286 = getelementptr i32, i32 addrspace(3)* %10285, i32 %10283
	%10287 = load i32, i32 addrspace(3)* %10286
	%10288 = add i32 %10279, %10287
	%10289 = mul i32 %3, 8
	%10290 = add i32 %10289, 6
	%10291 = sub i32 255, %10290
	%10292 = add i32 %9398, %10291
	%10293 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10294 = bitcast i8 addrspace(3)* %10293 to i32 addrspace(3)*
	%10295 = getelementptr i32, i32 addrspace(3)* %10294, i32 %10292
	%10296 = load i32, i32 addrspace(3)* %10295
	%10297 = add i32 %10288, %10296
	%10298 = mul i32 %3, 8
	%10299 = add i32 %10298, 7
	%10300 = sub i32 255, %10299
	%10301 = add i32 %9398, %10300
	%10302 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10303 = bitcast i8 addrspace(3)* %10302 to i32 addrspace(3)*
	%10304 = getelementptr i32, i32 addrspace(3)* %10303, i32 %10301
	%10305 = load i32, i32 addrspace(3)* %10304
	%10306 = add i32 %10297, %10305
	%10307 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10306, i32 1, i32 0)
	%10308 = icmp uge i32 %3, 1
	%10309 = select i1 %10308, i32 %10307, i32 0
	%10310 = add i32 %10306, %10309
	%10311 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10310, i32 2, i32 0)
	%10312 = icmp uge i32 %3, 2
	%10313 = select i1 %10312, i32 %10311, i32 0
	%10314 = add i32 %10310, %10313
	%10315 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10314, i32 4, i32 0)
	%10316 = icmp uge i32 %3, 4
	%10317 = select i1 %10316, i32 %10315, i32 0
	%10318 = add i32 %10314, %10317
	%10319 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10318, i32 8, i32 0)
	%10320 = icmp uge i32 %3, 8
	%10321 = select i1 %10320, i32 %10319, i32 0
	%10322 = add i32 %10318, %10321
	%10323 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10322, i32 16, i32 0)
	%10324 = icmp uge i32 %3, 16
	%10325 = select i1 %10324, i32 %10323, i32 0
	%10326 = add i32 %10322, %10325
	%10327 = sub i32 %10326, %10306
	%10328 = icmp slt i32 %10327, %10163
	%10329 = icmp sge i32 %10326, %10163
	%10330 = and i1 %10328, %10329
	%10331 = add i32 %10327, %10242
	%10332 = xor i1 false, true
	%10333 = icmp sge i32 %10331, %10163
	%10334 = and i1 %10332, %10333
	%10335 = mul i32 %3, 8
	%10336 = add i32 %10335, 0
	%10337 = sub i32 255, %10336
	%10338 = select i1 %10334, i32 %10337, i32 0
	%10339 = select i1 %10334, i32 %10327, i32 0
	%10340 = or i1 false, %10334
	%10341 = add i32 %10331, %10251
	%10342 = xor i1 %10340, true
	%10343 = icmp sge i32 %10341, %10163
	%10344 = and i1 %10342, %10343
	%10345 = mul i32 %3, 8
	%10346 = add i32 %10345, 1
	%10347 = sub i32 255, %10346
	%10348 = select i1 %10344, i32 %10347, i32 %10338
	%10349 = select i1 %10344, i32 %10331, i32 %10339
	%10350 = or i1 %10340, %10344
	%10351 = add i32 %10341, %10260
	%10352 = xor i1 %10350, true
	%10353 = icmp sge i32 %10351, %10163
	%10354 = and i1 %10352, %10353
	%10355 = mul i32 %3, 8
	%10356 = add i32 %10355, 2
	%10357 = sub i32 255, %10356
	%10358 = select i1 %10354, i32 %10357, i32 %10348
	%10359 = select i1 %10354, i32 %10341, i32 %10349
	%10360 = or i1 %10350, %10354
	%10361 = add i32 %10351, %10269
	%10362 = xor i1 %10360, true
	%10363 = icmp sge i32 %10361, %10163
	%10364 = and i1 %10362, %10363
	%10365 = mul i32 %3, 8
	%10366 = add i32 %10365, 3
	%10367 = sub i32 255, %10366
	%10368 = select i1 %10364, i32 %10367, i32 %10358
	%10369 = select i1 %10364, i32 %10351, i32 %10359
	%10370 = or i1 %10360, %10364
	%10371 = add i32 %10361, %10278
	%10372 = xor i1 %10370, true
	%10373 = icmp sge i32 %10371, %10163
	%10374 = and i1 %10372, %10373
	%10375 = mul i32 %3, 8
	%10376 = add i32 %10375, 4
	%10377 = sub i32 255, %10376
	%10378 = select i1 %10374, i32 %10377, i32 %10368
	%10379 = select i1 %10374, i32 %10361, i32 %10369
	%10380 = or i1 %10370, %10374
	%10381 = add i32 %10371, %10287
	%10382 = xor i1 %10380, true
	%10383 = icmp sge i32 %10381, %10163
	%10384 = and i1 %10382, %10383
	%10385 = mul i32 %3, 8
	%10386 = add i32 %10385, 5
	%10387 = sub i32 255, %10386
	%10388 = select i1 %10384, i32 %10387, i32 %10378
	%10389 = select i1 %10384, i32 %10371, i32 %10379
	%10390 = or i1 %10380, %10384
	%10391 = add i32 %10381, %10296
	%10392 = xor i1 %10390, true
	%10393 = icmp sge i32 %10391, %10163
	%10394 = and i1 %10392, %10393
	%10395 = mul i32 %3, 8
	%10396 = add i32 %10395, 6
	%10397 = sub i32 255, %10396
	%10398 = select i1 %10394, i32 %10397, i32 %10388
	%10399 = select i1 %10394, i32 %10381, i32 %10389
	%10400 = or i1 %10390, %10394
	%10401 = add i32 %10391, %10305
	%10402 = xor i1 %10400, true
	%10403 = icmp sge i32 %10401, %10163
	%10404 = and i1 %10402, %10403
	%10405 = mul i32 %3, 8
	%10406 = add i32 %10405, 7
	%10407 = sub i32 255, %10406
	%10408 = select i1 %10404, i32 %10407, i32 %10398
	%10409 = select i1 %10404, i32 %10391, i32 %10399
	%10410 = or i1 %10400, %10404
	%10411 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %10330)
	%10412 = call i32 @llvm.cttz.i32(i32 %10411, i1 false)
	%10413 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %10408, i32 %10412, i32 31)
	%10414 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %10409, i32 %10412, i32 31)
	%10415 = shl i32 %10413, 0
	%10416 = or i32 %10160, %10415
	%10417 = shl i32 255, 0
	%10418 = or i32 %10162, %10417
	%10419 = sub i32 %10163, %10414
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%10420 = shl i32 1, %3
	%10421 = sub i32 %10420, 1
	br label %10432

10422:
	%10423 = lshr i32 %10230, 0
	%10424 = and i32 %10423, 255
	%10425 = add i32 %9398, %10424
	%10426 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10427 = bitcast i8 addrspace(3)* %10426 to i32 addrspace(3)*
	%10428 = getelementptr i32, i32 addrspace(3)* %10427, i32 %10425
	%10429 = atomicrmw add i32 addrspace(3)* %10428, i32 1 monotonic
	br label %10430

10430:
	%10431 = add i32 %10223, 32
	br label %10222

10432:
	%10433 = phi i32 [ 0, %10234 ], [ %10482, %10477 ]
	%10434 = phi i32 [ 0, %10234 ], [ %10479, %10477 ]
	%10435 = phi i32 [ 0, %10234 ], [ %10481, %10477 ]
	%10436 = icmp slt i32 %10433, %552
	br i1 %10436, label %10437, label %10440

10437:
	%10438 = add i32 %10433, %3
	%10439 = icmp slt i32 %10438, %552
	br i1 %10439, label %10441, label %10451

10440:
	br label %9447

10441:
	%10442 = add i32 %9397, %10438
	%10443 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%10444 = bitcast i8 addrspace(3)* %10443 to i32 addrspace(3)*
	%10445 = getelementptr i32, i32 addrspace(3)* %10444, i32 %10442
	%10446 = load i32, i32 addrspace(3)* %10445
	%10447 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%10448 = bitcast i8 addrspace(3)* %10447 to i32 addrspace(3)*
	%10449 = getelementptr i32, i32 addrspace(3)* %10448, i32 %10442
	%10450 = load i32, i32 addrspace(3)* %10449
	br label %10451

10451:
	%10452 = phi i32 [ 0, %10437 ], [ %10446, %10441 ]
	%10453 = phi i32 [ 0, %10437 ], [ %10450, %10441 ]
	%10454 = icmp eq i32 %10452, %10416
	%10455 = and i1 %10439, %10454
	%10456 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %10455)
	%10457 = and i32 %10456, %10421
	%10458 = call i32 @llvm.ctpop.i32(i32 %10457)
	%10459 = add i32 %10435, %10458
	%10460 = icmp ugt i32 %10452, %10416
	%10461 = icmp slt i32 %10459, %10419
	%10462 = and i1 %10455, %10461
	%10463 = or i1 %10460, %10462
	%10464 = and i1 %10439, %10463
	%10465 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %10464)
	%10466 = and i32 %10465, %10421
	%10467 = call i32 @llvm.ctpop.i32(i32 %10466)
	%10468 = add i32 %10434, %10467
	%10469 = add i32 %9397, %10468
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %10464, label %10470, label %10477

10470:
	%10471 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%10472 = bitcast i8 addrspace(3)* %10471 to i32 addrspace(3)*
	%10473 = getelementptr i32, i32 addrspace(3)* %10472, i32 %10469
	store i32 %10452, i32 addrspace(3)* %10473
	%10474 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%10475 = bitcast i8 addrspace(3)* %10474 to i32 addrspace(3)*
	%10476 = getelementptr i32, i32 addrspace(3)* %10475, i32 %10469
	store i32 %10453, i32 addrspace(3)* %10476
	br label %10477

10477:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%10478 = call i32 @llvm.ctpop.i32(i32 %10465)
	%10479 = add i32 %10434, %10478
	%10480 = call i32 @llvm.ctpop.i32(i32 %10456)
	%10481 = add i32 %10435, %10480
	%10482 = add i32 %10433, 32
	br label %10432

10483:
	%10484 = phi i32 [ 0, %9447 ], [ %10514, %10508 ]
	%10485 = phi i32 [ 0, %9447 ], [ %10513, %10508 ]
	%10486 = icmp slt i32 %10484, %9448
	br i1 %10486, label %10487, label %10490

10487:
	%10488 = add i32 %10484, %3
	%10489 = icmp slt i32 %10488, %9448
	br i1 %10489, label %10491, label %10498

10490:
	br label %10515

10491:
	%10492 = mul i32 %462, 160
	%10493 = add i32 %10492, %10488
	%10494 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%10495 = bitcast i8 addrspace(3)* %10494 to i32 addrspace(3)*
	%10496 = getelementptr i32, i32 addrspace(3)* %10495, i32 %10493
	%10497 = load i32, i32 addrspace(3)* %10496
	br label %10498

10498:
	%10499 = phi i32 [ 0, %10487 ], [ %10497, %10491 ]
	br i1 %10489, label %10500, label %10508

10500:
	%10501 = add i32 0, %10488
	%10502 = icmp sgt i32 %10499, %489
	%10503 = select i1 %10502, i32 %9449, i32 0
	%10504 = add i32 %10501, %10503
	%10505 = add i32 %9453, %10504
	%10506 = sext i32 %10505 to i64
	%10507 = getelementptr i32, i32* %out, i64 %10506
	store i32 %10499, i32* %10507
	br label %10508

10508:
	%10509 = icmp slt i32 %10499, %486
	%10510 = and i1 %10489, %10509
	%10511 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %10510)
	%10512 = call i32 @llvm.ctpop.i32(i32 %10511)
	%10513 = add i32 %10485, %10512
	%10514 = add i32 %10484, 32
	br label %10483

10515:
	%10516 = phi i32 [ %3, %10490 ], [ %10525, %10518 ]
	%10517 = icmp slt i32 %10516, %9449
	br i1 %10517, label %10518, label %10526

10518:
	%10519 = add i32 0, %10485
	%10520 = add i32 %10519, %10516
	%10521 = add i32 %486, %10516
	%10522 = add i32 %9453, %10520
	%10523 = sext i32 %10522 to i64
	%10524 = getelementptr i32, i32* %out, i64 %10523
	store i32 %10521, i32* %10524
	%10525 = add i32 %10516, 32
	br label %10515

10526:
	%10527 = icmp eq i32 %3, 0
	%10528 = icmp eq i32 0, 1
	%10529 = and i1 %10527, %10528
	br i1 %10529, label %10530, label %10534

10530:
	%10531 = add i32 %9453, 0
	%10532 = sext i32 %10531 to i64
	%10533 = getelementptr i32, i32* %out, i64 %10532
	store i32 0, i32* %10533
	br label %10534

10534:
	%10535 = add i32 %494, %9448
	%10536 = add i32 %10535, %3
	br label %10537

10537:
	%10538 = phi i32 [ %10536, %10534 ], [ %10544, %10540 ]
	%10539 = icmp slt i32 %10538, 8
	br i1 %10539, label %10540, label %10545

10540:
	%10541 = add i32 %9453, %10538
	%10542 = sext i32 %10541 to i64
	%10543 = getelementptr i32, i32* %out, i64 %10542
	store i32 -1, i32* %10543
	%10544 = add i32 %10538, 32
	br label %10537

10545:
	br label %9393

10546:
	%10547 = icmp sgt i32 %554, %541
	br i1 %10547, label %10549, label %10600

10548:
	ret void

10549:
	%10550 = mul i32 %504, 160
	%10551 = mul i32 %4, 256
	%10552 = mul i32 %3, 8
	%10553 = add i32 %10552, 0
	%10554 = add i32 %10551, %10553
	%10555 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10556 = bitcast i8 addrspace(3)* %10555 to i32 addrspace(3)*
	%10557 = getelementptr i32, i32 addrspace(3)* %10556, i32 %10554
	store i32 0, i32 addrspace(3)* %10557
	%10558 = mul i32 %3, 8
	%10559 = add i32 %10558, 1
	%10560 = add i32 %10551, %10559
	%10561 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10562 = bitcast i8 addrspace(3)* %10561 to i32 addrspace(3)*
	%10563 = getelementptr i32, i32 addrspace(3)* %10562, i32 %10560
	store i32 0, i32 addrspace(3)* %10563
	%10564 = mul i32 %3, 8
	%10565 = add i32 %10564, 2
	%10566 = add i32 %10551, %10565
	%10567 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10568 = bitcast i8 addrspace(3)* %10567 to i32 addrspace(3)*
	%10569 = getelementptr i32, i32 addrspace(3)* %10568, i32 %10566
	store i32 0, i32 addrspace(3)* %10569
	%10570 = mul i32 %3, 8
	%10571 = add i32 %10570, 3
	%10572 = add i32 %10551, %10571
	%10573 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10574 = bitcast i8 addrspace(3)* %10573 to i32 addrspace(3)*
	%10575 = getelementptr i32, i32 addrspace(3)* %10574, i32 %10572
	store i32 0, i32 addrspace(3)* %10575
	%10576 = mul i32 %3, 8
	%10577 = add i32 %10576, 4
	%10578 = add i32 %10551, %10577
	%10579 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10580 = bitcast i8 addrspace(3)* %10579 to i32 addrspace(3)*
	%10581 = getelementptr i32, i32 addrspace(3)* %10580, i32 %10578
	store i32 0, i32 addrspace(3)* %10581
	%10582 = mul i32 %3, 8
	%10583 = add i32 %10582, 5
	%10584 = add i32 %10551, %10583
	%10585 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10586 = bitcast i8 addrspace(3)* %10585 to i32 addrspace(3)*
	%10587 = getelementptr i32, i32 addrspace(3)* %10586, i32 %10584
	store i32 0, i32 addrspace(3)* %10587
	%10588 = mul i32 %3, 8
	%10589 = add i32 %10588, 6
	%10590 = add i32 %10551, %10589
	%10591 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10592 = bitcast i8 addrspace(3)* %10591 to i32 addrspace(3)*
	%10593 = getelementptr i32, i32 addrspace(3)* %10592, i32 %10590
	store i32 0, i32 addrspace(3)* %10593
	%10594 = mul i32 %3, 8
	%10595 = add i32 %10594, 7
	%10596 = add i32 %10551, %10595
	%10597 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10598 = bitcast i8 addrspace(3)* %10597 to i32 addrspace(3)*
	%10599 = getelementptr i32, i32 addrspace(3)* %10598, i32 %10596
	store i32 0, i32 addrspace(3)* %10599
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %10607

10600:
	%10601 = phi i32 [ %554, %10546 ], [ %541, %11593 ]
	%10602 = sub i32 %536, 0
	%10603 = mul i32 %2, %M
	%10604 = add i32 %5, %504
	%10605 = add i32 %10603, %10604
	%10606 = mul i32 %10605, 8
	br label %11636

10607:
	%10608 = phi i32 [ %3, %10549 ], [ %10862, %10861 ]
	%10609 = icmp slt i32 %10608, %554
	br i1 %10609, label %10610, label %10619

10610:
	%10611 = add i32 %10550, %10608
	%10612 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%10613 = bitcast i8 addrspace(3)* %10612 to i32 addrspace(3)*
	%10614 = getelementptr i32, i32 addrspace(3)* %10613, i32 %10611
	%10615 = load i32, i32 addrspace(3)* %10614
	%10616 = and i32 %10615, 0
	%10617 = icmp eq i32 %10616, 0
	%10618 = and i1 true, %10617
	br i1 %10618, label %10853, label %10861

10619:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%10620 = mul i32 %3, 8
	%10621 = add i32 %10620, 0
	%10622 = sub i32 255, %10621
	%10623 = add i32 %10551, %10622
	%10624 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10625 = bitcast i8 addrspace(3)* %10624 to i32 addrspace(3)*
	%10626 = getelementptr i32, i32 addrspace(3)* %10625, i32 %10623
	%10627 = load i32, i32 addrspace(3)* %10626
	%10628 = add i32 0, %10627
	%10629 = mul i32 %3, 8
	%10630 = add i32 %10629, 1
	%10631 = sub i32 255, %10630
	%10632 = add i32 %10551, %10631
	%10633 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10634 = bitcast i8 addrspace(3)* %10633 to i32 addrspace(3)*
	%10635 = getelementptr i32, i32 addrspace(3)* %10634, i32 %10632
	%10636 = load i32, i32 addrspace(3)* %10635
	%10637 = add i32 %10628, %10636
	%10638 = mul i32 %3, 8
	%10639 = add i32 %10638, 2
	%10640 = sub i32 255, %10639
	%10641 = add i32 %10551, %10640
	%10642 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10643 = bitcast i8 addrspace(3)* %10642 to i32 addrspace(3)*
	%10644 = getelementptr i32, i32 addrspace(3)* %10643, i32 %10641
	%10645 = load i32, i32 addrspace(3)* %10644
	%10646 = add i32 %10637, %10645
	%10647 = mul i32 %3, 8
	%10648 = add i32 %10647, 3
	%10649 = sub i32 255, %10648
	%10650 = add i32 %10551, %10649
	%10651 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10652 = bitcast i8 addrspace(3)* %10651 to i32 addrspace(3)*
	%10653 = getelementptr i32, i32 addrspace(3)* %10652, i32 %10650
	%10654 = load i32, i32 addrspace(3)* %10653
	%10655 = add i32 %10646, %10654
	%10656 = mul i32 %3, 8
	%10657 = add i32 %10656, 4
	%10658 = sub i32 255, %10657
	%10659 = add i32 %10551, %10658
	%10660 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10661 = bitcast i8 addrspace(3)* %10660 to i32 addrspace(3)*
	%10662 = getelementptr i32, i32 addrspace(3)* %10661, i32 %10659
	%10663 = load i32, i32 addrspace(3)* %10662
	%10664 = add i32 %10655, %10663
	%10665 = mul i32 %3, 8
	%10666 = add i32 %10665, 5
	%10667 = sub i32 255, %10666
	%10668 = add i32 %10551, %10667
	%10669 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10670 = bitcast i8 addrspace(3)* %10669 to i32 addrspace(3)*
	%10671 = getelementptr i32, i32 addrspace(3)* %10670, i32 %10668
	%10672 = load i32, i32 addrspace(3)* %10671
	%10673 = add i32 %10664, %10672
	%10674 = mul i32 %3, 8
	%10675 = add i32 %10674, 6
	%10676 = sub i32 255, %10675
	%10677 = add i32 %10551, %10676
	%10678 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10679 = bitcast i8 addrspace(3)* %10678 to i32 addrspace(3)*
	%10680 = getelementptr i32, i32 addrspace(3)* %10679, i32 %10677
	%10681 = load i32, i32 addrspace(3)* %10680
	%10682 = add i32 %10673, %10681
	%10683 = mul i32 %3, 8
	%10684 = add i32 %10683, 7
	%10685 = sub i32 255, %10684
	%10686 = add i32 %10551, %10685
	%10687 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10688 = bitcast i8 addrspace(3)* %10687 to i32 addrspace(3)*
	%10689 = getelementptr i32, i32 addrspace(3)* %10688, i32 %10686
	%10690 = load i32, i32 addrspace(3)* %10689
	%10691 = add i32 %10682, %10690
	%10692 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10691, i32 1, i32 0)
	%10693 = icmp uge i32 %3, 1
	%10694 = select i1 %10693, i32 %10692, i32 0
	%10695 = add i32 %10691, %10694
	%10696 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10695, i32 2, i32 0)
	%10697 = icmp uge i32 %3, 2
	%10698 = select i1 %10697, i32 %10696, i32 0
	%10699 = add i32 %10695, %10698
	%10700 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10699, i32 4, i32 0)
	%10701 = icmp uge i32 %3, 4
	%10702 = select i1 %10701, i32 %10700, i32 0
	%10703 = add i32 %10699, %10702
	%10704 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10703, i32 8, i32 0)
	%10705 = icmp uge i32 %3, 8
	%10706 = select i1 %10705, i32 %10704, i32 0
	%10707 = add i32 %10703, %10706
	%10708 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10707, i32 16, i32 0)
	%10709 = icmp uge i32 %3, 16
	%10710 = select i1 %10709, i32 %10708, i32 0
	%10711 = add i32 %10707, %10710
	%10712 = sub i32 %10711, %10691
	%10713 = icmp slt i32 %10712, %541
	%10714 = icmp sge i32 %10711, %541
	%10715 = and i1 %10713, %10714
	%10716 = add i32 %10712, %10627
	%10717 = xor i1 false, true
	%10718 = icmp sge i32 %10716, %541
	%10719 = and i1 %10717, %10718
	%10720 = mul i32 %3, 8
	%10721 = add i32 %10720, 0
	%10722 = sub i32 255, %10721
	%10723 = select i1 %10719, i32 %10722, i32 0
	%10724 = select i1 %10719, i32 %10712, i32 0
	%10725 = or i1 false, %10719
	%10726 = add i32 %10716, %10636
	%10727 = xor i1 %10725, true
	%10728 = icmp sge i32 %10726, %541
	%10729 = and i1 %10727, %10728
	%10730 = mul i32 %3, 8
	%10731 = add i32 %10730, 1
	%10732 = sub i32 255, %10731
	%10733 = select i1 %10729, i32 %10732, i32 %10723
	%10734 = select i1 %10729, i32 %10716, i32 %10724
	%10735 = or i1 %10725, %10729
	%10736 = add i32 %10726, %10645
	%10737 = xor i1 %10735, true
	%10738 = icmp sge i32 %10736, %541
	%10739 = and i1 %10737, %10738
	%10740 = mul i32 %3, 8
	%10741 = add i32 %10740, 2
	%10742 = sub i32 255, %10741
	%10743 = select i1 %10739, i32 %10742, i32 %10733
	%10744 = select i1 %10739, i32 %10726, i32 %10734
	%10745 = or i1 %10735, %10739
	%10746 = add i32 %10736, %10654
	%10747 = xor i1 %10745, true
	%10748 = icmp sge i32 %10746, %541
	%10749 = and i1 %10747, %10748
	%10750 = mul i32 %3, 8
	%10751 = add i32 %10750, 3
	%10752 = sub i32 255, %10751
	%10753 = select i1 %10749, i32 %10752, i32 %10743
	%10754 = select i1 %10749, i32 %10736, i32 %10744
	%10755 = or i1 %10745, %10749
	%10756 = add i32 %10746, %10663
	%10757 = xor i1 %10755, true
	%10758 = icmp sge i32 %10756, %541
	%10759 = and i1 %10757, %10758
	%10760 = mul i32 %3, 8
	%10761 = add i32 %10760, 4
	%10762 = sub i32 255, %10761
	%10763 = select i1 %10759, i32 %10762, i32 %10753
	%10764 = select i1 %10759, i32 %10746, i32 %10754
	%10765 = or i1 %10755, %10759
	%10766 = add i32 %10756, %10672
	%10767 = xor i1 %10765, true
	%10768 = icmp sge i32 %10766, %541
	%10769 = and i1 %10767, %10768
	%10770 = mul i32 %3, 8
	%10771 = add i32 %10770, 5
	%10772 = sub i32 255, %10771
	%10773 = select i1 %10769, i32 %10772, i32 %10763
	%10774 = select i1 %10769, i32 %10756, i32 %10764
	%10775 = or i1 %10765, %10769
	%10776 = add i32 %10766, %10681
	%10777 = xor i1 %10775, true
	%10778 = icmp sge i32 %10776, %541
	%10779 = and i1 %10777, %10778
	%10780 = mul i32 %3, 8
	%10781 = add i32 %10780, 6
	%10782 = sub i32 255, %10781
	%10783 = select i1 %10779, i32 %10782, i32 %10773
	%10784 = select i1 %10779, i32 %10766, i32 %10774
	%10785 = or i1 %10775, %10779
	%10786 = add i32 %10776, %10690
	%10787 = xor i1 %10785, true
	%10788 = icmp sge i32 %10786, %541
	%10789 = and i1 %10787, %10788
	%10790 = mul i32 %3, 8
	%10791 = add i32 %10790, 7
	%10792 = sub i32 255, %10791
	%10793 = select i1 %10789, i32 %10792, i32 %10783
	%10794 = select i1 %10789, i32 %10776, i32 %10784
	%10795 = or i1 %10785, %10789
	%10796 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %10715)
	%10797 = call i32 @llvm.cttz.i32(i32 %10796, i1 false)
	%10798 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %10793, i32 %10797, i32 31)
	%10799 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %10794, i32 %10797, i32 31)
	%10800 = shl i32 %10798, 24
	%10801 = or i32 0, %10800
	%10802 = shl i32 255, 24
	%10803 = or i32 0, %10802
	%10804 = sub i32 %541, %10799
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%10805 = mul i32 %3, 8
	%10806 = add i32 %10805, 0
	%10807 = add i32 %10551, %10806
	%10808 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10809 = bitcast i8 addrspace(3)* %10808 to i32 addrspace(3)*
	%10810 = getelementptr i32, i32 addrspace(3)* %10809, i32 %10807
	store i32 0, i32 addrspace(3)* %10810
	%10811 = mul i32 %3, 8
	%10812 = add i32 %10811, 1
	%10813 = add i32 %10551, %10812
	%10814 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10815 = bitcast i8 addrspace(3)* %10814 to i32 addrspace(3)*
	%10816 = getelementptr i32, i32 addrspace(3)* %10815, i32 %10813
	store i32 0, i32 addrspace(3)* %10816
	%10817 = mul i32 %3, 8
	%10818 = add i32 %10817, 2
	%10819 = add i32 %10551, %10818
	%10820 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10821 = bitcast i8 addrspace(3)* %10820 to i32 addrspace(3)*
	%10822 = getelementptr i32, i32 addrspace(3)* %10821, i32 %10819
	store i32 0, i32 addrspace(3)* %10822
	%10823 = mul i32 %3, 8
	%10824 = add i32 %10823, 3
	%10825 = add i32 %10551, %10824
	%10826 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10827 = bitcast i8 addrspace(3)* %10826 to i32 addrspace(3)*
	%10828 = getelementptr i32, i32 addrspace(3)* %10827, i32 %10825
	store i32 0, i32 addrspace(3)* %10828
	%10829 = mul i32 %3, 8
	%10830 = add i32 %10829, 4
	%10831 = add i32 %10551, %10830
	%10832 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10833 = bitcast i8 addrspace(3)* %10832 to i32 addrspace(3)*
	%10834 = getelementptr i32, i32 addrspace(3)* %10833, i32 %10831
	store i32 0, i32 addrspace(3)* %10834
	%10835 = mul i32 %3, 8
	%10836 = add i32 %10835, 5
	%10837 = add i32 %10551, %10836
	%10838 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10839 = bitcast i8 addrspace(3)* %10838 to i32 addrspace(3)*
	%10840 = getelementptr i32, i32 addrspace(3)* %10839, i32 %10837
	store i32 0, i32 addrspace(3)* %10840
	%10841 = mul i32 %3, 8
	%10842 = add i32 %10841, 6
	%10843 = add i32 %10551, %10842
	%10844 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10845 = bitcast i8 addrspace(3)* %10844 to i32 addrspace(3)*
	%10846 = getelementptr i32, i32 addrspace(3)* %10845, i32 %10843
	store i32 0, i32 addrspace(3)* %10846
	%10847 = mul i32 %3, 8
	%10848 = add i32 %10847, 7
	%10849 = add i32 %10551, %10848
	%10850 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10851 = bitcast i8 addrspace(3)* %10850 to i32 addrspace(3)*
	%10852 = getelementptr i32, i32 addrspace(3)* %10851, i32 %10849
	store i32 0, i32 addrspace(3)* %10852
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %10863

10853:
	%10854 = lshr i32 %10615, 24
	%10855 = and i32 %10854, 255
	%10856 = add i32 %10551, %10855
	%10857 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10858 = bitcast i8 addrspace(3)* %10857 to i32 addrspace(3)*
	%10859 = getelementptr i32, i32 addrspace(3)* %10858, i32 %10856
	%10860 = atomicrmw add i32 addrspace(3)* %10859, i32 1 monotonic
	br label %10861

10861:
	%10862 = add i32 %10608, 32
	br label %10607

10863:
	%10864 = phi i32 [ %3, %10619 ], [ %11118, %11117 ]
	%10865 = icmp slt i32 %10864, %554
	br i1 %10865, label %10866, label %10875

10866:
	%10867 = add i32 %10550, %10864
	%10868 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%10869 = bitcast i8 addrspace(3)* %10868 to i32 addrspace(3)*
	%10870 = getelementptr i32, i32 addrspace(3)* %10869, i32 %10867
	%10871 = load i32, i32 addrspace(3)* %10870
	%10872 = and i32 %10871, %10803
	%10873 = icmp eq i32 %10872, %10801
	%10874 = and i1 true, %10873
	br i1 %10874, label %11109, label %11117

10875:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%10876 = mul i32 %3, 8
	%10877 = add i32 %10876, 0
	%10878 = sub i32 255, %10877
	%10879 = add i32 %10551, %10878
	%10880 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10881 = bitcast i8 addrspace(3)* %10880 to i32 addrspace(3)*
	%10882 = getelementptr i32, i32 addrspace(3)* %10881, i32 %10879
	%10883 = load i32, i32 addrspace(3)* %10882
	%10884 = add i32 0, %10883
	%10885 = mul i32 %3, 8
	%10886 = add i32 %10885, 1
	%10887 = sub i32 255, %10886
	%10888 = add i32 %10551, %10887
	%10889 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10890 = bitcast i8 addrspace(3)* %10889 to i32 addrspace(3)*
	%10891 = getelementptr i32, i32 addrspace(3)* %10890, i32 %10888
	%10892 = load i32, i32 addrspace(3)* %10891
	%10893 = add i32 %10884, %10892
	%10894 = mul i32 %3, 8
	%10895 = add i32 %10894, 2
	%10896 = sub i32 255, %10895
	%10897 = add i32 %10551, %10896
	%10898 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10899 = bitcast i8 addrspace(3)* %10898 to i32 addrspace(3)*
	%10900 = getelementptr i32, i32 addrspace(3)* %10899, i32 %10897
	%10901 = load i32, i32 addrspace(3)* %10900
	%10902 = add i32 %10893, %10901
	%10903 = mul i32 %3, 8
	%10904 = add i32 %10903, 3
	%10905 = sub i32 255, %10904
	%10906 = add i32 %10551, %10905
	%10907 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10908 = bitcast i8 addrspace(3)* %10907 to i32 addrspace(3)*
	%10909 = getelementptr i32, i32 addrspace(3)* %10908, i32 %10906
	%10910 = load i32, i32 addrspace(3)* %10909
	%10911 = add i32 %10902, %10910
	%10912 = mul i32 %3, 8
	%10913 = add i32 %10912, 4
	%10914 = sub i32 255, %10913
	%10915 = add i32 %10551, %10914
	%10916 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10917 = bitcast i8 addrspace(3)* %10916 to i32 addrspace(3)*
	%10918 = getelementptr i32, i32 addrspace(3)* %10917, i32 %10915
	%10919 = load i32, i32 addrspace(3)* %10918
	%10920 = add i32 %10911, %10919
	%10921 = mul i32 %3, 8
	%10922 = add i32 %10921, 5
	%10923 = sub i32 255, %10922
	%10924 = add i32 %10551, %10923
	%10925 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10926 = bitcast i8 addrspace(3)* %10925 to i32 addrspace(3)*
	%10927 = getelementptr i32, i32 addrspace(3)* %10926, i32 %10924
	%10928 = load i32, i32 addrspace(3)* %10927
	%10929 = add i32 %10920, %10928
	%10930 = mul i32 %3, 8
	%10931 = add i32 %10930, 6
	%10932 = sub i32 255, %10931
	%10933 = add i32 %10551, %10932
	%10934 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10935 = bitcast i8 addrspace(3)* %10934 to i32 addrspace(3)*
	%10936 = getelementptr i32, i32 addrspace(3)* %10935, i32 %10933
	%10937 = load i32, i32 addrspace(3)* %10936
	%10938 = add i32 %10929, %10937
	%10939 = mul i32 %3, 8
	%10940 = add i32 %10939, 7
	%10941 = sub i32 255, %10940
	%10942 = add i32 %10551, %10941
	%10943 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10944 = bitcast i8 addrspace(3)* %10943 to i32 addrspace(3)*
	%10945 = getelementptr i32, i32 addrspace(3)* %10944, i32 %10942
	%10946 = load i32, i32 addrspace(3)* %10945
	%10947 = add i32 %10938, %10946
	%10948 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10947, i32 1, i32 0)
	%10949 = icmp uge i32 %3, 1
	%10950 = select i1 %10949, i32 %10948, i32 0
	%10951 = add i32 %10947, %10950
	%10952 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10951, i32 2, i32 0)
	%10953 = icmp uge i32 %3, 2
	%10954 = select i1 %10953, i32 %10952, i32 0
	%10955 = add i32 %10951, %10954
	%10956 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10955, i32 4, i32 0)
	%10957 = icmp uge i32 %3, 4
	%10958 = select i1 %10957, i32 %10956, i32 0
	%10959 = add i32 %10955, %10958
	%10960 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10959, i32 8, i32 0)
	%10961 = icmp uge i32 %3, 8
	%10962 = select i1 %10961, i32 %10960, i32 0
	%10963 = add i32 %10959, %10962
	%10964 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10963, i32 16, i32 0)
	%10965 = icmp uge i32 %3, 16
	%10966 = select i1 %10965, i32 %10964, i32 0
	%10967 = add i32 %10963, %10966
	%10968 = sub i32 %10967, %10947
	%10969 = icmp slt i32 %10968, %10804
	%10970 = icmp sge i32 %10967, %10804
	%10971 = and i1 %10969, %10970
	%10972 = add i32 %10968, %10883
	%10973 = xor i1 false, true
	%10974 = icmp sge i32 %10972, %10804
	%10975 = and i1 %10973, %10974
	%10976 = mul i32 %3, 8
	%10977 = add i32 %10976, 0
	%10978 = sub i32 255, %10977
	%10979 = select i1 %10975, i32 %10978, i32 0
	%10980 = select i1 %10975, i32 %10968, i32 0
	%10981 = or i1 false, %10975
	%10982 = add i32 %10972, %10892
	%10983 = xor i1 %10981, true
	%10984 = icmp sge i32 %10982, %10804
	%10985 = and i1 %10983, %10984
	%10986 = mul i32 %3, 8
	%10987 = add i32 %10986, 1
	%10988 = sub i32 255, %10987
	%10989 = select i1 %10985, i32 %10988, i32 %10979
	%10990 = select i1 %10985, i32 %10972, i32 %10980
	%10991 = or i1 %10981, %10985
	%10992 = add i32 %10982, %10901
	%10993 = xor i1 %10991, true
	%10994 = icmp sge i32 %10992, %10804
	%10995 = and i1 %10993, %10994
	%10996 = mul i32 %3, 8
	%10997 = add i32 %10996, 2
	%10998 = sub i32 255, %10997
	%10999 = select i1 %10995, i32 %10998, i32 %10989
	%11000 = select i1 %10995, i32 %10982, i32 %10990
	%11001 = or i1 %10991, %10995
	%11002 = add i32 %10992, %10910
	%11003 = xor i1 %11001, true
	%11004 = icmp sge i32 %11002, %10804
	%11005 = and i1 %11003, %11004
	%11006 = mul i32 %3, 8
	%11007 = add i32 %11006, 3
	%11008 = sub i32 255, %11007
	%11009 = select i1 %11005, i32 %11008, i32 %10999
	%11010 = select i1 %11005, i32 %10992, i32 %11000
	%11011 = or i1 %11001, %11005
	%11012 = add i32 %11002, %10919
	%11013 = xor i1 %11011, true
	%11014 = icmp sge i32 %11012, %10804
	%11015 = and i1 %11013, %11014
	%11016 = mul i32 %3, 8
	%11017 = add i32 %11016, 4
	%11018 = sub i32 255, %11017
	%11019 = select i1 %11015, i32 %11018, i32 %11009
	%11020 = select i1 %11015, i32 %11002, i32 %11010
	%11021 = or i1 %11011, %11015
	%11022 = add i32 %11012, %10928
	%11023 = xor i1 %11021, true
	%11024 = icmp sge i32 %11022, %10804
	%11025 = and i1 %11023, %11024
	%11026 = mul i32 %3, 8
	%11027 = add i32 %11026, 5
	%11028 = sub i32 255, %11027
	%11029 = select i1 %11025, i32 %11028, i32 %11019
	%11030 = select i1 %11025, i32 %11012, i32 %11020
	%11031 = or i1 %11021, %11025
	%11032 = add i32 %11022, %10937
	%11033 = xor i1 %11031, true
	%11034 = icmp sge i32 %11032, %10804
	%11035 = and i1 %11033, %11034
	%11036 = mul i32 %3, 8
	%11037 = add i32 %11036, 6
	%11038 = sub i32 255, %11037
	%11039 = select i1 %11035, i32 %11038, i32 %11029
	%11040 = select i1 %11035, i32 %11022, i32 %11030
	%11041 = or i1 %11031, %11035
	%11042 = add i32 %11032, %10946
	%11043 = xor i1 %11041, true
	%11044 = icmp sge i32 %11042, %10804
	%11045 = and i1 %11043, %11044
	%11046 = mul i32 %3, 8
	%11047 = add i32 %11046, 7
	%11048 = sub i32 255, %11047
	%11049 = select i1 %11045, i32 %11048, i32 %11039
	%11050 = select i1 %11045, i32 %11032, i32 %11040
	%11051 = or i1 %11041, %11045
	%11052 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %10971)
	%11053 = call i32 @llvm.cttz.i32(i32 %11052, i1 false)
	%11054 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %11049, i32 %11053, i32 31)
	%11055 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %11050, i32 %11053, i32 31)
	%11056 = shl i32 %11054, 16
	%11057 = or i32 %10801, %11056
	%11058 = shl i32 255, 16
	%11059 = or i32 %10803, %11058
	%11060 = sub i32 %10804, %11055
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%11061 = mul i32 %3, 8
	%11062 = add i32 %11061, 0
	%11063 = add i32 %10551, %11062
	%11064 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11065 = bitcast i8 addrspace(3)* %11064 to i32 addrspace(3)*
	%11066 = getelementptr i32, i32 addrspace(3)* %11065, i32 %11063
	store i32 0, i32 addrspace(3)* %11066
	%11067 = mul i32 %3, 8
	%11068 = add i32 %11067, 1
	%11069 = add i32 %10551, %11068
	%11070 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11071 = bitcast i8 addrspace(3)* %11070 to i32 addrspace(3)*
	%11072 = getelementptr i32, i32 addrspace(3)* %11071, i32 %11069
	store i32 0, i32 addrspace(3)* %11072
	%11073 = mul i32 %3, 8
	%11074 = add i32 %11073, 2
	%11075 = add i32 %10551, %11074
	%11076 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11077 = bitcast i8 addrspace(3)* %11076 to i32 addrspace(3)*
	%11078 = getelementptr i32, i32 addrspace(3)* %11077, i32 %11075
	store i32 0, i32 addrspace(3)* %11078
	%11079 = mul i32 %3, 8
	%11080 = add i32 %11079, 3
	%11081 = add i32 %10551, %11080
	%11082 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11083 = bitcast i8 addrspace(3)* %11082 to i32 addrspace(3)*
	%11084 = getelementptr i32, i32 addrspace(3)* %11083, i32 %11081
	store i32 0, i32 addrspace(3)* %11084
	%11085 = mul i32 %3, 8
	%11086 = add i32 %11085, 4
	%11087 = add i32 %10551, %11086
	%11088 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11089 = bitcast i8 addrspace(3)* %11088 to i32 addrspace(3)*
	%11090 = getelementptr i32, i32 addrspace(3)* %11089, i32 %11087
	store i32 0, i32 addrspace(3)* %11090
	%11091 = mul i32 %3, 8
	%11092 = add i32 %11091, 5
	%11093 = add i32 %10551, %11092
	%11094 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11095 = bitcast i8 addrspace(3)* %11094 to i32 addrspace(3)*
	%11096 = getelementptr i32, i32 addrspace(3)* %11095, i32 %11093
	store i32 0, i32 addrspace(3)* %11096
	%11097 = mul i32 %3, 8
	%11098 = add i32 %11097, 6
	%11099 = add i32 %10551, %11098
	%11100 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11101 = bitcast i8 addrspace(3)* %11100 to i32 addrspace(3)*
	%11102 = getelementptr i32, i32 addrspace(3)* %11101, i32 %11099
	store i32 0, i32 addrspace(3)* %11102
	%11103 = mul i32 %3, 8
	%11104 = add i32 %11103, 7
	%11105 = add i32 %10551, %11104
	%11106 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11107 = bitcast i8 addrspace(3)* %11106 to i32 addrspace(3)*
	%11108 = getelementptr i32, i32 addrspace(3)* %11107, i32 %11105
	store i32 0, i32 addrspace(3)* %11108
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %11119

11109:
	%11110 = lshr i32 %10871, 16
	%11111 = and i32 %11110, 255
	%11112 = add i32 %10551, %11111
	%11113 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11114 = bitcast i8 addrspace(3)* %11113 to i32 addrspace(3)*
	%11115 = getelementptr i32, i32 addrspace(3)* %11114, i32 %11112
	%11116 = atomicrmw add i32 addrspace(3)* %11115, i32 1 monotonic
	br label %11117

11117:
	%11118 = add i32 %10864, 32
	br label %10863

11119:
	%11120 = phi i32 [ %3, %10875 ], [ %11374, %11373 ]
	%11121 = icmp slt i32 %11120, %554
	br i1 %11121, label %11122, label %11131

11122:
	%11123 = add i32 %10550, %11120
	%11124 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%11125 = bitcast i8 addrspace(3)* %11124 to i32 addrspace(3)*
	%11126 = getelementptr i32, i32 addrspace(3)* %11125, i32 %11123
	%11127 = load i32, i32 addrspace(3)* %11126
	%11128 = and i32 %11127, %11059
	%11129 = icmp eq i32 %11128, %11057
	%11130 = and i1 true, %11129
	br i1 %11130, label %11365, label %11373

11131:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%11132 = mul i32 %3, 8
	%11133 = add i32 %11132, 0
	%11134 = sub i32 255, %11133
	%11135 = add i32 %10551, %11134
	%11136 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11137 = bitcast i8 addrspace(3)* %11136 to i32 addrspace(3)*
	%11138 = getelementptr i32, i32 addrspace(3)* %11137, i32 %11135
	%11139 = load i32, i32 addrspace(3)* %11138
	%11140 = add i32 0, %11139
	%11141 = mul i32 %3, 8
	%11142 = add i32 %11141, 1
	%11143 = sub i32 255, %11142
	%11144 = add i32 %10551, %11143
	%11145 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11146 = bitcast i8 addrspace(3)* %11145 to i32 addrspace(3)*
	%11147 = getelementptr i32, i32 addrspace(3)* %11146, i32 %11144
	%11148 = load i32, i32 addrspace(3)* %11147
	%11149 = add i32 %11140, %11148
	%11150 = mul i32 %3, 8
	%11151 = add i32 %11150, 2
	%11152 = sub i32 255, %11151
	%11153 = add i32 %10551, %11152
	%11154 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11155 = bitcast i8 addrspace(3)* %11154 to i32 addrspace(3)*
	%11156 = getelementptr i32, i32 addrspace(3)* %11155, i32 %11153
	%11157 = load i32, i32 addrspace(3)* %11156
	%11158 = add i32 %11149, %11157
	%11159 = mul i32 %3, 8
	%11160 = add i32 %11159, 3
	%11161 = sub i32 255, %11160
	%11162 = add i32 %10551, %11161
	%11163 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11164 = bitcast i8 addrspace(3)* %11163 to i32 addrspace(3)*
	%11165 = getelementptr i32, i32 addrspace(3)* %11164, i32 %11162
	%11166 = load i32, i32 addrspace(3)* %11165
	%11167 = add i32 %11158, %11166
	%11168 = mul i32 %3, 8
	%11169 = add i32 %11168, 4
	%11170 = sub i32 255, %11169
	%11171 = add i32 %10551, %11170
	%11172 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11173 = bitcast i8 addrspace(3)* %11172 to i32 addrspace(3)*
	%11174 = getelementptr i32, i32 addrspace(3)* %11173, i32 %11171
	%11175 = load i32, i32 addrspace(3)* %11174
	%11176 = add i32 %11167, %11175
	%11177 = mul i32 %3, 8
	%11178 = add i32 %11177, 5
	%11179 = sub i32 255, %11178
	%11180 = add i32 %10551, %11179
	%11181 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11182 = bitcast i8 addrspace(3)* %11181 to i32 addrspace(3)*
	%11183 = getelementptr i32, i32 addrspace(3)* %11182, i32 %11180
	%11184 = load i32, i32 addrspace(3)* %11183
	%11185 = add i32 %11176, %11184
	%11186 = mul i32 %3, 8
	%11187 = add i32 %11186, 6
	%11188 = sub i32 255, %11187
	%11189 = add i32 %10551, %11188
	%11190 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11191 = bitcast i8 addrspace(3)* %11190 to i32 addrspace(3)*
	%11192 = getelementptr i32, i32 addrspace(3)* %11191, i32 %11189
	%11193 = load i32, i32 addrspace(3)* %11192
	%11194 = add i32 %11185, %11193
	%11195 = mul i32 %3, 8
	%11196 = add i32 %11195, 7
	%11197 = sub i32 255, %11196
	%11198 = add i32 %10551, %11197
	%11199 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11200 = bitcast i8 addrspace(3)* %11199 to i32 addrspace(3)*
	%11201 = getelementptr i32, i32 addrspace(3)* %11200, i32 %11198
	%11202 = load i32, i32 addrspace(3)* %11201
	%11203 = add i32 %11194, %11202
	%11204 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %11203, i32 1, i32 0)
	%11205 = icmp uge i32 %3, 1
	%11206 = select i1 %11205, i32 %11204, i32 0
	%11207 = add i32 %11203, %11206
	%11208 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %11207, i32 2, i32 0)
	%11209 = icmp uge i32 %3, 2
	%11210 = select i1 %11209, i32 %11208, i32 0
	%11211 = add i32 %11207, %11210
	%11212 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %11211, i32 4, i32 0)
	%11213 = icmp uge i32 %3, 4
	%11214 = select i1 %11213, i32 %11212, i32 0
	%11215 = add i32 %11211, %11214
	%11216 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %11215, i32 8, i32 0)
	%11217 = icmp uge i32 %3, 8
	%11218 = select i1 %11217, i32 %11216, i32 0
	%11219 = add i32 %11215, %11218
	%11220 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %11219, i32 16, i32 0)
	%11221 = icmp uge i32 %3, 16
	%11222 = select i1 %11221, i32 %11220, i32 0
	%11223 = add i32 %11219, %11222
	%11224 = sub i32 %11223, %11203
	%11225 = icmp slt i32 %11224, %11060
	%11226 = icmp sge i32 %11223, %11060
	%11227 = and i1 %11225, %11226
	%11228 = add i32 %11224, %11139
	%11229 = xor i1 false, true
	%11230 = icmp sge i32 %11228, %11060
	%11231 = and i1 %11229, %11230
	%11232 = mul i32 %3, 8
	%11233 = add i32 %11232, 0
	%11234 = sub i32 255, %11233
	%11235 = select i1 %11231, i32 %11234, i32 0
	%11236 = select i1 %11231, i32 %11224, i32 0
	%11237 = or i1 false, %11231
	%11238 = add i32 %11228, %11148
	%11239 = xor i1 %11237, true
	%11240 = icmp sge i32 %11238, %11060
	%11241 = and i1 %11239, %11240
	%11242 = mul i32 %3, 8
	%11243 = add i32 %11242, 1
	%11244 = sub i32 255, %11243
	%11245 = select i1 %11241, i32 %11244, i32 %11235
	%11246 = select i1 %11241, i32 %11228, i32 %11236
	%11247 = or i1 %11237, %11241
	%11248 = add i32 %11238, %11157
	%11249 = xor i1 %11247, true
	%11250 = icmp sge i32 %11248, %11060
	%11251 = and i1 %11249, %11250
	%11252 = mul i32 %3, 8
	%11253 = add i32 %11252, 2
	%11254 = sub i32 255, %11253
	%11255 = select i1 %11251, i32 %11254, i32 %11245
	%11256 = select i1 %11251, i32 %11238, i32 %11246
	%11257 = or i1 %11247, %11251
	%11258 = add i32 %11248, %11166
	%11259 = xor i1 %11257, true
	%11260 = icmp sge i32 %11258, %11060
	%11261 = and i1 %11259, %11260
	%11262 = mul i32 %3, 8
	%11263 = add i32 %11262, 3
	%11264 = sub i32 255, %11263
	%11265 = select i1 %11261, i32 %11264, i32 %11255
	%11266 = select i1 %11261, i32 %11248, i32 %11256
	%11267 = or i1 %11257, %11261
	%11268 = add i32 %11258, %11175
	%11269 = xor i1 %11267, true
	%11270 = icmp sge i32 %11268, %11060
	%11271 = and i1 %11269, %11270
	%11272 = mul i32 %3, 8
	%11273 = add i32 %11272, 4
	%11274 = sub i32 255, %11273
	%11275 = select i1 %11271, i32 %11274, i32 %11265
	%11276 = select i1 %11271, i32 %11258, i32 %11266
	%11277 = or i1 %11267, %11271
	%11278 = add i32 %11268, %11184
	%11279 = xor i1 %11277, true
	%11280 = icmp sge i32 %11278, %11060
	%11281 = and i1 %11279, %11280
	%11282 = mul i32 %3, 8
	%11283 = add i32 %11282, 5
	%11284 = sub i32 255, %11283
	%11285 = select i1 %11281, i32 %11284, i32 %11275
	%11286 = select i1 %11281, i32 %11268, i32 %11276
	%11287 = or i1 %11277, %11281
	%11288 = add i32 %11278, %11193
	%11289 = xor i1 %11287, true
	%11290 = icmp sge i32 %11288, %11060
	%11291 = and i1 %11289, %11290
	%11292 = mul i32 %3, 8
	%11293 = add i32 %11292, 6
	%11294 = sub i32 255, %11293
	%11295 = select i1 %11291, i32 %11294, i32 %11285
	%11296 = select i1 %11291, i32 %11278, i32 %11286
	%11297 = or i1 %11287, %11291
	%11298 = add i32 %11288, %11202
	%11299 = xor i1 %11297, true
	%11300 = icmp sge i32 %11298, %11060
	%11301 = and i1 %11299, %11300
	%11302 = mul i32 %3, 8
	%11303 = add i32 %11302, 7
	%11304 = sub i32 255, %11303
	%11305 = select i1 %11301, i32 %11304, i32 %11295
	%11306 = select i1 %11301, i32 %11288, i32 %11296
	%11307 = or i1 %11297, %11301
	%11308 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %11227)
	%11309 = call i32 @llvm.cttz.i32(i32 %11308, i1 false)
	%11310 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %11305, i32 %11309, i32 31)
	%11311 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %11306, i32 %11309, i32 31)
	%11312 = shl i32 %11310, 8
	%11313 = or i32 %11057, %11312
	%11314 = shl i32 255, 8
	%11315 = or i32 %11059, %11314
	%11316 = sub i32 %11060, %11311
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%11317 = mul i32 %3, 8
	%11318 = add i32 %11317, 0
	%11319 = add i32 %10551, %11318
	%11320 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11321 = bitcast i8 addrspace(3)* %11320 to i32 addrspace(3)*
	%11322 = getelementptr i32, i32 addrspace(3)* %11321, i32 %11319
	store i32 0, i32 addrspace(3)* %11322
	%11323 = mul i32 %3, 8
	%11324 = add i32 %11323, 1
	%11325 = add i32 %10551, %11324
	%11326 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11327 = bitcast i8 addrspace(3)* %11326 to i32 addrspace(3)*
	%11328 = getelementptr i32, i32 addrspace(3)* %11327, i32 %11325
	store i32 0, i32 addrspace(3)* %11328
	%11329 = mul i32 %3, 8
	%11330 = add i32 %11329, 2
	%11331 = add i32 %10551, %11330
	%11332 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11333 = bitcast i8 addrspace(3)* %11332 to i32 addrspace(3)*
	%11334 = getelementptr i32, i32 addrspace(3)* %11333, i32 %11331
	store i32 0, i32 addrspace(3)* %11334
	%11335 = mul i32 %3, 8
	%11336 = add i32 %11335, 3
	%11337 = add i32 %10551, %11336
	%11338 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11339 = bitcast i8 addrspace(3)* %11338 to i32 addrspace(3)*
	%11340 = getelementptr i32, i32 addrspace(3)* %11339, i32 %11337
	store i32 0, i32 addrspace(3)* %11340
	%11341 = mul i32 %3, 8
	%11342 = add i32 %11341, 4
	%11343 = add i32 %10551, %11342
	%11344 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11345 = bitcast i8 addrspace(3)* %11344 to i32 addrspace(3)*
	%11346 = getelementptr i32, i32 addrspace(3)* %11345, i32 %11343
	store i32 0, i32 addrspace(3)* %11346
	%11347 = mul i32 %3, 8
	%11348 = add i32 %11347, 5
	%11349 = add i32 %10551, %11348
	%11350 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11351 = bitcast i8 addrspace(3)* %11350 to i32 addrspace(3)*
	%11352 = getelementptr i32, i32 addrspace(3)* %11351, i32 %11349
	store i32 0, i32 addrspace(3)* %11352
	%11353 = mul i32 %3, 8
	%11354 = add i32 %11353, 6
	%11355 = add i32 %10551, %11354
	%11356 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11357 = bitcast i8 addrspace(3)* %11356 to i32 addrspace(3)*
	%11358 = getelementptr i32, i32 addrspace(3)* %11357, i32 %11355
	store i32 0, i32 addrspace(3)* %11358
	%11359 = mul i32 %3, 8
	%11360 = add i32 %11359, 7
	%11361 = add i32 %10551, %11360
	%11362 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11363 = bitcast i8 addrspace(3)* %11362 to i32 addrspace(3)*
	%11364 = getelementptr i32, i32 addrspace(3)* %11363, i32 %11361
	store i32 0, i32 addrspace(3)* %11364
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %11375

11365:
	%11366 = lshr i32 %11127, 8
	%11367 = and i32 %11366, 255
	%11368 = add i32 %10551, %11367
	%11369 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11370 = bitcast i8 addrspace(3)* %11369 to i32 addrspace(3)*
	%11371 = getelementptr i32, i32 addrspace(3)* %11370, i32 %11368
	%11372 = atomicrmw add i32 addrspace(3)* %11371, i32 1 monotonic
	br label %11373

11373:
	%11374 = add i32 %11120, 32
	br label %11119

11375:
	%11376 = phi i32 [ %3, %11131 ], [ %11584, %11583 ]
	%11377 = icmp slt i32 %11376, %554
	br i1 %11377, label %11378, label %11387

11378:
	%11379 = add i32 %10550, %11376
	%11380 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%11381 = bitcast i8 addrspace(3)* %11380 to i32 addrspace(3)*
	%11382 = getelementptr i32, i32 addrspace(3)* %11381, i32 %11379
	%11383 = load i32, i32 addrspace(3)* %11382
	%11384 = and i32 %11383, %11315
	%11385 = icmp eq i32 %11384, %11313
	%11386 = and i1 true, %11385
	br i1 %11386, label %11575, label %11583

11387:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%11388 = mul i32 %3, 8
	%11389 = add i32 %11388, 0
	%11390 = sub i32 255, %11389
	%11391 = add i32 %10551, %11390
	%11392 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11393 = bitcast i8 addrspace(3)* %11392 to i32 addrspace(3)*
	%11394 = getelementptr i32, i32 addrspace(3)* %11393, i32 %11391
	%11395 = load i32, i32 addrspace(3)* %11394
	%11396 = add i32 0, %11395
	%11397 = mul i32 %3, 8
	%11398 = add i32 %11397, 1
	%11399 = sub i32 255, %11398
	%11400 = add i32 %10551, %11399
	%11401 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11402 = bitcast i8 addrspace(3)* %11401 to i32 addrspace(3)*
	%11403 = getelementptr i32, i32 addrspace(3)* %11402, i32 %11400
	%11404 = load i32, i32 addrspace(3)* %11403
	%11405 = add i32 %11396, %11404
	%11406 = mul i32 %3, 8
	%11407 = add i32 %11406, 2
	%11408 = sub i32 255, %11407
	%11409 = add i32 %10551, %11408
	%11410 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11411 = bitcast i8 addrspace(3)* %11410 to i32 addrspace(3)*
	%11412 = getelementptr i32, i32 addrspace(3)* %11411, i32 %11409
	%11413 = load i32, i32 addrspace(3)* %11412
	%11414 = add i32 %11405, %11413
	%11415 = mul i32 %3, 8
	%11416 = add i32 %11415, 3
	%11417 = sub i32 255, %11416
	%11418 = add i32 %10551, %11417
	%11419 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11420 = bitcast i8 addrspace(3)* %11419 to i32 addrspace(3)*
	%11421 = getelementptr i32, i32 addrspace(3)* %11420, i32 %11418
	%11422 = load i32, i32 addrspace(3)* %11421
	%11423 = add i32 %11414, %11422
	%11424 = mul i32 %3, 8
	%11425 = add i32 %11424, 4
	%11426 = sub i32 255, %11425
	%11427 = add i32 %10551, %11426
	%11428 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11429 = bitcast i8 addrspace(3)* %11428 to i32 addrspace(3)*
	%11430 = getelementptr i32, i32 addrspace(3)* %11429, i32 %11427
	%11431 = load i32, i32 addrspace(3)* %11430
	%11432 = add i32 %11423, %11431
	%11433 = mul i32 %3, 8
	%11434 = add i32 %11433, 5
	%11435 = sub i32 255, %11434
	%11436 = add i32 %10551, %11435
	%11437 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11438 = bitcast i8 addrspace(3)* %11437 to i32 addrspace(3)*
	%11439 = getelementptr i32, i32 addrspace(3)* %11438, i32 %11436
	%11440 = load i32, i32 addrspace(3)* %11439
	%11441 = add i32 %11432, %11440
	%11442 = mul i32 %3, 8
	%11443 = add i32 %11442, 6
	%11444 = sub i32 255, %11443
	%11445 = add i32 %10551, %11444
	%11446 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11447 = bitcast i8 addrspace(3)* %11446 to i32 addrspace(3)*
	%11448 = getelementptr i32, i32 addrspace(3)* %11447, i32 %11445
	%11449 = load i32, i32 addrspace(3)* %11448
	%11450 = add i32 %11441, %11449
	%11451 = mul i32 %3, 8
	%11452 = add i32 %11451, 7
	%11453 = sub i32 255, %11452
	%11454 = add i32 %10551, %11453
	%11455 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11456 = bitcast i8 addrspace(3)* %11455 to i32 addrspace(3)*
	%11457 = getelementptr i32, i32 addrspace(3)* %11456, i32 %11454
	%11458 = load i32, i32 addrspace(3)* %11457
	%11459 = add i32 %11450, %11458
	%11460 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %11459, i32 1, i32 0)
	%11461 = icmp uge i32 %3, 1
	%11462 = select i1 %11461, i32 %11460, i32 0
	%11463 = add i32 %11459, %11462
	%11464 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %11463, i32 2, i32 0)
	%11465 = icmp uge i32 %3, 2
	%11466 = select i1 %11465, i32 %11464, i32 0
	%11467 = add i32 %11463, %11466
	%11468 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %11467, i32 4, i32 0)
	%11469 = icmp uge i32 %3, 4
	%11470 = select i1 %11469, i32 %11468, i32 0
	%11471 = add i32 %11467, %11470
	%11472 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %11471, i32 8, i32 0)
	%11473 = icmp uge i32 %3, 8
	%11474 = select i1 %11473, i32 %11472, i32 0
	%11475 = add i32 %11471, %11474
	%11476 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %11475, i32 16, i32 0)
	%11477 = icmp uge i32 %3, 16
	%11478 = select i1 %11477, i32 %11476, i32 0
	%11479 = add i32 %11475, %11478
	%11480 = sub i32 %11479, %11459
	%11481 = icmp slt i32 %11480, %11316
	%11482 = icmp sge i32 %11479, %11316
	%11483 = and i1 %11481, %11482
	%11484 = add i32 %11480, %11395
	%11485 = xor i1 false, true
	%11486 = icmp sge i32 %11484, %11316
	%11487 = and i1 %11485, %11486
	%11488 = mul i32 %3, 8
	%11489 = add i32 %11488, 0
	%11490 = sub i32 255, %11489
	%11491 = select i1 %11487, i32 %11490, i32 0
	%11492 = select i1 %11487, i32 %11480, i32 0
	%11493 = or i1 false, %11487
	%11494 = add i32 %11484, %11404
	%11495 = xor i1 %11493, true
	%11496 = icmp sge i32 %11494, %11316
	%11497 = and i1 %11495, %11496
	%11498 = mul i32 %3, 8
	%11499 = add i32 %11498, 1
	%11500 = sub i32 255, %11499
	%11501 = select i1 %11497, i32 %11500, i32 %11491
	%11502 = select i1 %11497, i32 %11484, i32 %11492
	%11503 = or i1 %11493, %11497
	%11504 = add i32 %11494, %11413
	%11505 = xor i1 %11503, true
	%11506 = icmp sge i32 %11504, %11316
	%11507 = and i1 %11505, %11506
	%11508 = mul i32 %3, 8
	%11509 = add i32 %11508, 2
	%11510 = sub i32 255, %11509
	%11511 = select i1 %11507, i32 %11510, i32 %11501
	%11512 = select i1 %11507, i32 %11494, i32 %11502
	%11513 = or i1 %11503, %11507
	%11514 = add i32 %11504, %11422
	%11515 = xor i1 %11513, true
	%11516 = icmp sge i32 %11514, %11316
	%11517 = and i1 %11515, %11516
	%11518 = mul i32 %3, 8
	%11519 = add i32 %11518, 3
	%11520 = sub i32 255, %11519
	%11521 = select i1 %11517, i32 %11520, i32 %11511
	%11522 = select i1 %11517, i32 %11504, i32 %11512
	%11523 = or i1 %11513, %11517
	%11524 = add i32 %11514, %11431
	%11525 = xor i1 %11523, true
	%11526 = icmp sge i32 %11524, %11316
	%11527 = and i1 %11525, %11526
	%11528 = mul i32 %3, 8
	%11529 = add i32 %11528, 4
	%11530 = sub i32 255, %11529
	%11531 = select i1 %11527, i32 %11530, i32 %11521
	%11532 = select i1 %11527, i32 %11514, i32 %11522
	%11533 = or i1 %11523, %11527
	%11534 = add i32 %11524, %11440
	%11535 = xor i1 %11533, true
	%11536 = icmp sge i32 %11534, %11316
	%11537 = and i1 %11535, %11536
	%11538 = mul i32 %3, 8
	%11539 = add i32 %11538, 5
	%11540 = sub i32 255, %11539
	%11541 = select i1 %11537, i32 %11540, i32 %11531
	%11542 = select i1 %11537, i32 %11524, i32 %11532
	%11543 = or i1 %11533, %11537
	%11544 = add i32 %11534, %11449
	%11545 = xor i1 %11543, true
	%11546 = icmp sge i32 %11544, %11316
	%11547 = and i1 %11545, %11546
	%11548 = mul i32 %3, 8
	%11549 = add i32 %11548, 6
	%11550 = sub i32 255, %11549
	%11551 = select i1 %11547, i32 %11550, i32 %11541
	%11552 = select i1 %11547, i32 %11534, i32 %11542
	%11553 = or i1 %11543, %11547
	%11554 = add i32 %11544, %11458
	%11555 = xor i1 %11553, true
	%11556 = icmp sge i32 %11554, %11316
	%11557 = and i1 %11555, %11556
	%11558 = mul i32 %3, 8
	%11559 = add i32 %11558, 7
	%11560 = sub i32 255, %11559
	%11561 = select i1 %11557, i32 %11560, i32 %11551
	%11562 = select i1 %11557, i32 %11544, i32 %11552
	%11563 = or i1 %11553, %11557
	%11564 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %11483)
	%11565 = call i32 @llvm.cttz.i32(i32 %11564, i1 false)
	%11566 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %11561, i32 %11565, i32 31)
	%11567 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %11562, i32 %11565, i32 31)
	%11568 = shl i32 %11566, 0
	%11569 = or i32 %11313, %11568
	%11570 = shl i32 255, 0
	%11571 = or i32 %11315, %11570
	%11572 = sub i32 %11316, %11567
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%11573 = shl i32 1, %3
	%11574 = sub i32 %11573, 1
	br label %11585

11575:
	%11576 = lshr i32 %11383, 0
	%11577 = and i32 %11576, 255
	%11578 = add i32 %10551, %11577
	%11579 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11580 = bitcast i8 addrspace(3)* %11579 to i32 addrspace(3)*
	%11581 = getelementptr i32, i32 addrspace(3)* %11580, i32 %11578
	%11582 = atomicrmw add i32 addrspace(3)* %11581, i32 1 monotonic
	br label %11583

11583:
	%11584 = add i32 %11376, 32
	br label %11375

11585:
	%11586 = phi i32 [ 0, %11387 ], [ %11635, %11630 ]
	%11587 = phi i32 [ 0, %11387 ], [ %11632, %11630 ]
	%11588 = phi i32 [ 0, %11387 ], [ %11634, %11630 ]
	%11589 = icmp slt i32 %11586, %554
	br i1 %11589, label %11590, label %11593

11590:
	%11591 = add i32 %11586, %3
	%11592 = icmp slt i32 %11591, %554
	br i1 %11592, label %11594, label %11604

11593:
	br label %10600

11594:
	%11595 = add i32 %10550, %11591
	%11596 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%11597 = bitcast i8 addrspace(3)* %11596 to i32 addrspace(3)*
	%11598 = getelementptr i32, i32 addrspace(3)* %11597, i32 %11595
	%11599 = load i32, i32 addrspace(3)* %11598
	%11600 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%11601 = bitcast i8 addrspace(3)* %11600 to i32 addrspace(3)*
	%11602 = getelementptr i32, i32 addrspace(3)* %11601, i32 %11595
	%11603 = load i32, i32 addrspace(3)* %11602
	br label %11604

11604:
	%11605 = phi i32 [ 0, %11590 ], [ %11599, %11594 ]
	%11606 = phi i32 [ 0, %11590 ], [ %11603, %11594 ]
	%11607 = icmp eq i32 %11605, %11569
	%11608 = and i1 %11592, %11607
	%11609 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %11608)
	%11610 = and i32 %11609, %11574
	%11611 = call i32 @llvm.ctpop.i32(i32 %11610)
	%11612 = add i32 %11588, %11611
	%11613 = icmp ugt i32 %11605, %11569
	%11614 = icmp slt i32 %11612, %11572
	%11615 = and i1 %11608, %11614
	%11616 = or i1 %11613, %11615
	%11617 = and i1 %11592, %11616
	%11618 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %11617)
	%11619 = and i32 %11618, %11574
	%11620 = call i32 @llvm.ctpop.i32(i32 %11619)
	%11621 = add i32 %11587, %11620
	%11622 = add i32 %10550, %11621
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %11617, label %11623, label %11630

11623:
	%11624 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%11625 = bitcast i8 addrspace(3)* %11624 to i32 addrspace(3)*
	%11626 = getelementptr i32, i32 addrspace(3)* %11625, i32 %11622
	store i32 %11605, i32 addrspace(3)* %11626
	%11627 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%11628 = bitcast i8 addrspace(3)* %11627 to i32 addrspace(3)*
	%11629 = getelementptr i32, i32 addrspace(3)* %11628, i32 %11622
	store i32 %11606, i32 addrspace(3)* %11629
	br label %11630

11630:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%11631 = call i32 @llvm.ctpop.i32(i32 %11618)
	%11632 = add i32 %11587, %11631
	%11633 = call i32 @llvm.ctpop.i32(i32 %11609)
	%11634 = add i32 %11588, %11633
	%11635 = add i32 %11586, 32
	br label %11585

11636:
	%11637 = phi i32 [ 0, %10600 ], [ %11667, %11661 ]
	%11638 = phi i32 [ 0, %10600 ], [ %11666, %11661 ]
	%11639 = icmp slt i32 %11637, %10601
	br i1 %11639, label %11640, label %11643

11640:
	%11641 = add i32 %11637, %3
	%11642 = icmp slt i32 %11641, %10601
	br i1 %11642, label %11644, label %11651

11643:
	br label %11668

11644:
	%11645 = mul i32 %504, 160
	%11646 = add i32 %11645, %11641
	%11647 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%11648 = bitcast i8 addrspace(3)* %11647 to i32 addrspace(3)*
	%11649 = getelementptr i32, i32 addrspace(3)* %11648, i32 %11646
	%11650 = load i32, i32 addrspace(3)* %11649
	br label %11651

11651:
	%11652 = phi i32 [ 0, %11640 ], [ %11650, %11644 ]
	br i1 %11642, label %11653, label %11661

11653:
	%11654 = add i32 0, %11641
	%11655 = icmp sgt i32 %11652, %531
	%11656 = select i1 %11655, i32 %10602, i32 0
	%11657 = add i32 %11654, %11656
	%11658 = add i32 %10606, %11657
	%11659 = sext i32 %11658 to i64
	%11660 = getelementptr i32, i32* %out, i64 %11659
	store i32 %11652, i32* %11660
	br label %11661

11661:
	%11662 = icmp slt i32 %11652, %528
	%11663 = and i1 %11642, %11662
	%11664 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %11663)
	%11665 = call i32 @llvm.ctpop.i32(i32 %11664)
	%11666 = add i32 %11638, %11665
	%11667 = add i32 %11637, 32
	br label %11636

11668:
	%11669 = phi i32 [ %3, %11643 ], [ %11678, %11671 ]
	%11670 = icmp slt i32 %11669, %10602
	br i1 %11670, label %11671, label %11679

11671:
	%11672 = add i32 0, %11638
	%11673 = add i32 %11672, %11669
	%11674 = add i32 %528, %11669
	%11675 = add i32 %10606, %11673
	%11676 = sext i32 %11675 to i64
	%11677 = getelementptr i32, i32* %out, i64 %11676
	store i32 %11674, i32* %11677
	%11678 = add i32 %11669, 32
	br label %11668

11679:
	%11680 = icmp eq i32 %3, 0
	%11681 = icmp eq i32 0, 1
	%11682 = and i1 %11680, %11681
	br i1 %11682, label %11683, label %11687

11683:
	%11684 = add i32 %10606, 0
	%11685 = sext i32 %11684 to i64
	%11686 = getelementptr i32, i32* %out, i64 %11685
	store i32 0, i32* %11686
	br label %11687

11687:
	%11688 = add i32 %536, %10601
	%11689 = add i32 %11688, %3
	br label %11690

11690:
	%11691 = phi i32 [ %11689, %11687 ], [ %11697, %11693 ]
	%11692 = icmp slt i32 %11691, 8
	br i1 %11692, label %11693, label %11698

11693:
	%11694 = add i32 %10606, %11691
	%11695 = sext i32 %11694 to i64
	%11696 = getelementptr i32, i32* %out, i64 %11695
	store i32 -1, i32* %11696
	%11697 = add i32 %11691, 32
	br label %11690

11698:
	br label %10548
}

declare void @llvm.nvvm.barrier0()

declare i32 @llvm.nvvm.vote.ballot.sync(i32 %p0, i1 %p1)

declare i32 @llvm.ctpop.i32(i32 %p0)

declare void @llvm.nvvm.bar.warp.sync(i32 %p0)

declare i32 @llvm.nvvm.shfl.sync.up.i32(i32 %p0, i32 %p1, i32 %p2, i32 %p3)

declare i32 @llvm.cttz.i32(i32 %p0, i1 %p1)

declare i32 @llvm.nvvm.shfl.sync.idx.i32(i32 %p0, i32 %p1, i32 %p2, i32 %p3)

define ptx_kernel void @moba_attn2(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch, i32 %hg, i64* %rowmask, i64* %rowoff) {
entry:
	%0 = ptrtoint [16384 x i8] addrspace(3)* @moba_attn2_smem to i32
	%1 = add i32 %0, u0x2000
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%3 = lshr i32 %2, 5
	%4 = and i32 %2, 31
	%5 = lshr i32 %4, 2
	%6 = and i32 %4, 3
	%7 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%8 = mul i32 %7, %NQ
	%9 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%10 = add i32 %8, %9
	%11 = mul i32 %hg, %NQ
	%12 = udiv i32 %10, %11
	%13 = urem i32 %10, %11
	%14 = mul i32 %12, %hg
	%15 = sub i32 %H, %14
	%16 = icmp slt i32 %hg, %15
	%17 = select i1 %16, i32 %hg, i32 %15
	%18 = sub i32 %NQ, 1
	%19 = udiv i32 %13, %17
	%20 = sub i32 %18, %19
	%21 = urem i32 %13, %17
	%22 = add i32 %14, %21
	%23 = sdiv i32 %22, %group
	%24 = mul i32 %20, 64
	%25 = mul i32 %22, %M
	%26 = mul i32 %25, 64
	%27 = sext i32 %26 to i64
	%28 = getelementptr i16, i16* %q, i64 %27
	%29 = mul i32 %23, %N
	%30 = mul i32 %29, 64
	%31 = sext i32 %30 to i64
	%32 = getelementptr i16, i16* %k, i64 %31
	%33 = mul i32 %23, %N
	%34 = mul i32 %33, 64
	%35 = sext i32 %34 to i64
	%36 = getelementptr i16, i16* %v, i64 %35
	%37 = udiv i32 %22, %lh
	%38 = mul i32 %37, %NQ
	%39 = add i32 %38, %20
	%40 = mul i32 %39, 2
	%41 = mul i32 %40, %NK
	%42 = mul i32 %22, %ch
	%43 = mul i32 %42, %NQ
	%44 = add i32 %43, %20
	%45 = mul i32 %44, %NK
	%46 = add i32 %41, 0
	%47 = sext i32 %46 to i64
	%48 = getelementptr i32, i32* %list, i64 %47
	%49 = load i32, i32* %48
	%50 = icmp sgt i32 %NK, 0
	%51 = icmp sge i32 %49, 0
	%52 = and i1 %50, %51
	%53 = lshr i32 %2, 3
	%54 = and i32 %2, 7
	%55 = and i32 %53, 7
	%56 = xor i32 %54, %55
	%57 = mul i32 %53, 8
	%58 = add i32 %57, %56
	%59 = shl i32 %58, 4
	%60 = add i32 %0, %59
	%61 = add i32 %24, %53
	%62 = mul i32 %61, 64
	%63 = mul i32 %54, 8
	%64 = add i32 %62, %63
	%65 = sext i32 %64 to i64
	%66 = getelementptr i16, i16* %28, i64 %65
	%67 = add i32 %61, 0
	%68 = icmp slt i32 %67, %M
	%69 = getelementptr i16, i16* %66, i64 0
	%70 = select i1 %68, i16* %69, i16* %28
	%71 = add i32 %60, 0
	%72 = select i1 %68, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %71, i16* %70, i32 %72)
	%73 = add i32 %61, 16
	%74 = icmp slt i32 %73, %M
	%75 = getelementptr i16, i16* %66, i64 1024
	%76 = select i1 %74, i16* %75, i16* %28
	%77 = add i32 %60, 2048
	%78 = select i1 %74, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %77, i16* %76, i32 %78)
	%79 = add i32 %61, 32
	%80 = icmp slt i32 %79, %M
	%81 = getelementptr i16, i16* %66, i64 2048
	%82 = select i1 %80, i16* %81, i16* %28
	%83 = add i32 %60, u0x1000
	%84 = select i1 %80, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %83, i16* %82, i32 %84)
	%85 = add i32 %61, 48
	%86 = icmp slt i32 %85, %M
	%87 = getelementptr i16, i16* %66, i64 3072
	%88 = select i1 %86, i16* %87, i16* %28
	%89 = add i32 %60, 6144
	%90 = select i1 %86, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %89, i16* %88, i32 %90)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %52, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%91 = and i32 %4, 7
	%92 = lshr i32 %4, 3
	%93 = and i32 %92, 1
	%94 = shl i32 %93, 3
	%95 = add i32 %91, %94
	%96 = lshr i32 %4, 4
	%97 = mul i32 %3, 16
	%98 = add i32 %95, 0
	%99 = add i32 %97, %98
	%100 = mul i32 %99, 128
	%101 = add i32 %0, %100
	%102 = and i32 %4, 7
	%103 = xor i32 %96, %102
	%104 = shl i32 %103, 4
	%105 = add i32 %101, %104
	%106 = xor i32 %105, 0
	%107 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %106)
	%108 = extractvalue { i32, i32, i32, i32 } %107, 0
	%109 = extractvalue { i32, i32, i32, i32 } %107, 1
	%110 = extractvalue { i32, i32, i32, i32 } %107, 2
	%111 = extractvalue { i32, i32, i32, i32 } %107, 3
	%112 = xor i32 %105, 32
	%113 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %112)
	%114 = extractvalue { i32, i32, i32, i32 } %113, 0
	%115 = extractvalue { i32, i32, i32, i32 } %113, 1
	%116 = extractvalue { i32, i32, i32, i32 } %113, 2
	%117 = extractvalue { i32, i32, i32, i32 } %113, 3
	%118 = xor i32 %105, 64
	%119 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %118)
	%120 = extractvalue { i32, i32, i32, i32 } %119, 0
	%121 = extractvalue { i32, i32, i32, i32 } %119, 1
	%122 = extractvalue { i32, i32, i32, i32 } %119, 2
	%123 = extractvalue { i32, i32, i32, i32 } %119, 3
	%124 = xor i32 %105, 96
	%125 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %124)
	%126 = extractvalue { i32, i32, i32, i32 } %125, 0
	%127 = extractvalue { i32, i32, i32, i32 } %125, 1
	%128 = extractvalue { i32, i32, i32, i32 } %125, 2
	%129 = extractvalue { i32, i32, i32, i32 } %125, 3
	call void @llvm.nvvm.barrier0()
	%130 = mul i32 %49, 64
	%131 = lshr i32 %2, 3
	%132 = and i32 %2, 7
	%133 = and i32 %131, 7
	%134 = xor i32 %132, %133
	%135 = mul i32 %131, 8
	%136 = add i32 %135, %134
	%137 = shl i32 %136, 4
	%138 = add i32 %0, %137
	%139 = add i32 %130, %131
	%140 = mul i32 %139, 64
	%141 = mul i32 %132, 8
	%142 = add i32 %140, %141
	%143 = sext i32 %142 to i64
	%144 = getelementptr i16, i16* %32, i64 %143
	%145 = add i32 %139, 0
	%146 = icmp slt i32 %145, %N
	%147 = getelementptr i16, i16* %144, i64 0
	%148 = select i1 %146, i16* %147, i16* %32
	%149 = add i32 %138, 0
	%150 = select i1 %146, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %149, i16* %148, i32 %150)
	%151 = add i32 %139, 16
	%152 = icmp slt i32 %151, %N
	%153 = getelementptr i16, i16* %144, i64 1024
	%154 = select i1 %152, i16* %153, i16* %32
	%155 = add i32 %138, 2048
	%156 = select i1 %152, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %155, i16* %154, i32 %156)
	%157 = add i32 %139, 32
	%158 = icmp slt i32 %157, %N
	%159 = getelementptr i16, i16* %144, i64 2048
	%160 = select i1 %158, i16* %159, i16* %32
	%161 = add i32 %138, u0x1000
	%162 = select i1 %158, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %161, i16* %160, i32 %162)
	%163 = add i32 %139, 48
	%164 = icmp slt i32 %163, %N
	%165 = getelementptr i16, i16* %144, i64 3072
	%166 = select i1 %164, i16* %165, i16* %32
	%167 = add i32 %138, 6144
	%168 = select i1 %164, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %167, i16* %166, i32 %168)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%169 = phi i32 [ 0, %prologue ], [ %1835, %pv ]
	%170 = phi i32 [ %49, %prologue ], [ %1842, %pv ]
	%171 = phi float [ 0.0, %prologue ], [ %2122, %pv ]
	%172 = phi float [ 0.0, %prologue ], [ %2123, %pv ]
	%173 = phi float [ 0.0, %prologue ], [ %2124, %pv ]
	%174 = phi float [ 0.0, %prologue ], [ %2125, %pv ]
	%175 = phi float [ 0.0, %prologue ], [ %2127, %pv ]
	%176 = phi float [ 0.0, %prologue ], [ %2128, %pv ]
	%177 = phi float [ 0.0, %prologue ], [ %2129, %pv ]
	%178 = phi float [ 0.0, %prologue ], [ %2130, %pv ]
	%179 = phi float [ 0.0, %prologue ], [ %2139, %pv ]
	%180 = phi float [ 0.0, %prologue ], [ %2140, %pv ]
	%181 = phi float [ 0.0, %prologue ], [ %2141, %pv ]
	%182 = phi float [ 0.0, %prologue ], [ %2142, %pv ]
	%183 = phi float [ 0.0, %prologue ], [ %2144, %pv ]
	%184 = phi float [ 0.0, %prologue ], [ %2145, %pv ]
	%185 = phi float [ 0.0, %prologue ], [ %2146, %pv ]
	%186 = phi float [ 0.0, %prologue ], [ %2147, %pv ]
	%187 = phi float [ 0.0, %prologue ], [ %2156, %pv ]
	%188 = phi float [ 0.0, %prologue ], [ %2157, %pv ]
	%189 = phi float [ 0.0, %prologue ], [ %2158, %pv ]
	%190 = phi float [ 0.0, %prologue ], [ %2159, %pv ]
	%191 = phi float [ 0.0, %prologue ], [ %2161, %pv ]
	%192 = phi float [ 0.0, %prologue ], [ %2162, %pv ]
	%193 = phi float [ 0.0, %prologue ], [ %2163, %pv ]
	%194 = phi float [ 0.0, %prologue ], [ %2164, %pv ]
	%195 = phi float [ 0.0, %prologue ], [ %2173, %pv ]
	%196 = phi float [ 0.0, %prologue ], [ %2174, %pv ]
	%197 = phi float [ 0.0, %prologue ], [ %2175, %pv ]
	%198 = phi float [ 0.0, %prologue ], [ %2176, %pv ]
	%199 = phi float [ 0.0, %prologue ], [ %2178, %pv ]
	%200 = phi float [ 0.0, %prologue ], [ %2179, %pv ]
	%201 = phi float [ 0.0, %prologue ], [ %2180, %pv ]
	%202 = phi float [ 0.0, %prologue ], [ %2181, %pv ]
	%203 = phi float [ 0xFFF0000000000000, %prologue ], [ %1731, %pv ]
	%204 = phi float [ 0.0, %prologue ], [ %1782, %pv ]
	%205 = phi float [ 0xFFF0000000000000, %prologue ], [ %1783, %pv ]
	%206 = phi float [ 0.0, %prologue ], [ %1834, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%207 = mul i32 %170, 64
	%208 = lshr i32 %2, 3
	%209 = and i32 %2, 7
	%210 = and i32 %208, 7
	%211 = xor i32 %209, %210
	%212 = mul i32 %208, 8
	%213 = add i32 %212, %211
	%214 = shl i32 %213, 4
	%215 = add i32 %1, %214
	%216 = add i32 %207, %208
	%217 = mul i32 %216, 64
	%218 = mul i32 %209, 8
	%219 = add i32 %217, %218
	%220 = sext i32 %219 to i64
	%221 = getelementptr i16, i16* %36, i64 %220
	%222 = add i32 %216, 0
	%223 = icmp slt i32 %222, %N
	%224 = getelementptr i16, i16* %221, i64 0
	%225 = select i1 %223, i16* %224, i16* %36
	%226 = add i32 %215, 0
	%227 = select i1 %223, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %226, i16* %225, i32 %227)
	%228 = add i32 %216, 16
	%229 = icmp slt i32 %228, %N
	%230 = getelementptr i16, i16* %221, i64 1024
	%231 = select i1 %229, i16* %230, i16* %36
	%232 = add i32 %215, 2048
	%233 = select i1 %229, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %232, i16* %231, i32 %233)
	%234 = add i32 %216, 32
	%235 = icmp slt i32 %234, %N
	%236 = getelementptr i16, i16* %221, i64 2048
	%237 = select i1 %235, i16* %236, i16* %36
	%238 = add i32 %215, u0x1000
	%239 = select i1 %235, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %238, i16* %237, i32 %239)
	%240 = add i32 %216, 48
	%241 = icmp slt i32 %240, %N
	%242 = getelementptr i16, i16* %221, i64 3072
	%243 = select i1 %241, i16* %242, i16* %36
	%244 = add i32 %215, 6144
	%245 = select i1 %241, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %244, i16* %243, i32 %245)
	call void asm sideeffect "cp.async.commit_group;", ""()
	%246 = and i32 %4, 7
	%247 = shl i32 %96, 3
	%248 = add i32 %246, %247
	%249 = lshr i32 %4, 3
	%250 = and i32 %249, 1
	%251 = mul i32 %248, 128
	%252 = add i32 %0, %251
	%253 = and i32 %4, 7
	%254 = xor i32 %250, %253
	%255 = shl i32 %254, 4
	%256 = add i32 %252, %255
	%257 = xor i32 %256, 0
	%258 = add i32 %257, 0
	%259 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %258)
	%260 = extractvalue { i32, i32, i32, i32 } %259, 0
	%261 = extractvalue { i32, i32, i32, i32 } %259, 1
	%262 = extractvalue { i32, i32, i32, i32 } %259, 2
	%263 = extractvalue { i32, i32, i32, i32 } %259, 3
	%264 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %260, i32 %261, float 0.0, float 0.0, float 0.0, float 0.0)
	%265 = extractvalue { float, float, float, float } %264, 0
	%266 = extractvalue { float, float, float, float } %264, 1
	%267 = extractvalue { float, float, float, float } %264, 2
	%268 = extractvalue { float, float, float, float } %264, 3
	%269 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %262, i32 %263, float 0.0, float 0.0, float 0.0, float 0.0)
	%270 = extractvalue { float, float, float, float } %269, 0
	%271 = extractvalue { float, float, float, float } %269, 1
	%272 = extractvalue { float, float, float, float } %269, 2
	%273 = extractvalue { float, float, float, float } %269, 3
	%274 = add i32 %257, 2048
	%275 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %274)
	%276 = extractvalue { i32, i32, i32, i32 } %275, 0
	%277 = extractvalue { i32, i32, i32, i32 } %275, 1
	%278 = extractvalue { i32, i32, i32, i32 } %275, 2
	%279 = extractvalue { i32, i32, i32, i32 } %275, 3
	%280 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %276, i32 %277, float 0.0, float 0.0, float 0.0, float 0.0)
	%281 = extractvalue { float, float, float, float } %280, 0
	%282 = extractvalue { float, float, float, float } %280, 1
	%283 = extractvalue { float, float, float, float } %280, 2
	%284 = extractvalue { float, float, float, float } %280, 3
	%285 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %278, i32 %279, float 0.0, float 0.0, float 0.0, float 0.0)
	%286 = extractvalue { float, float, float, float } %285, 0
	%287 = extractvalue { float, float, float, float } %285, 1
	%288 = extractvalue { float, float, float, float } %285, 2
	%289 = extractvalue { float, float, float, float } %285, 3
	%290 = add i32 %257, u0x1000
	%291 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %290)
	%292 = extractvalue { i32, i32, i32, i32 } %291, 0
	%293 = extractvalue { i32, i32, i32, i32 } %291, 1
	%294 = extractvalue { i32, i32, i32, i32 } %291, 2
	%295 = extractvalue { i32, i32, i32, i32 } %291, 3
	%296 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %292, i32 %293, float 0.0, float 0.0, float 0.0, float 0.0)
	%297 = extractvalue { float, float, float, float } %296, 0
	%298 = extractvalue { float, float, float, float } %296, 1
	%299 = extractvalue { float, float, float, float } %296, 2
	%300 = extractvalue { float, float, float, float } %296, 3
	%301 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %294, i32 %295, float 0.0, float 0.0, float 0.0, float 0.0)
	%302 = extractvalue { float, float, float, float } %301, 0
	%303 = extractvalue { float, float, float, float } %301, 1
	%304 = extractvalue { float, float, float, float } %301, 2
	%305 = extractvalue { float, float, float, float } %301, 3
	%306 = add i32 %257, 6144
	%307 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %306)
	%308 = extractvalue { i32, i32, i32, i32 } %307, 0
	%309 = extractvalue { i32, i32, i32, i32 } %307, 1
	%310 = extractvalue { i32, i32, i32, i32 } %307, 2
	%311 = extractvalue { i32, i32, i32, i32 } %307, 3
	%312 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %308, i32 %309, float 0.0, float 0.0, float 0.0, float 0.0)
	%313 = extractvalue { float, float, float, float } %312, 0
	%314 = extractvalue { float, float, float, float } %312, 1
	%315 = extractvalue { float, float, float, float } %312, 2
	%316 = extractvalue { float, float, float, float } %312, 3
	%317 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %310, i32 %311, float 0.0, float 0.0, float 0.0, float 0.0)
	%318 = extractvalue { float, float, float, float } %317, 0
	%319 = extractvalue { float, float, float, float } %317, 1
	%320 = extractvalue { float, float, float, float } %317, 2
	%321 = extractvalue { float, float, float, float } %317, 3
	%322 = xor i32 %256, 32
	%323 = add i32 %322, 0
	%324 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %323)
	%325 = extractvalue { i32, i32, i32, i32 } %324, 0
	%326 = extractvalue { i32, i32, i32, i32 } %324, 1
	%327 = extractvalue { i32, i32, i32, i32 } %324, 2
	%328 = extractvalue { i32, i32, i32, i32 } %324, 3
	%329 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %325, i32 %326, float %265, float %266, float %267, float %268)
	%330 = extractvalue { float, float, float, float } %329, 0
	%331 = extractvalue { float, float, float, float } %329, 1
	%332 = extractvalue { float, float, float, float } %329, 2
	%333 = extractvalue { float, float, float, float } %329, 3
	%334 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %327, i32 %328, float %270, float %271, float %272, float %273)
	%335 = extractvalue { float, float, float, float } %334, 0
	%336 = extractvalue { float, float, float, float } %334, 1
	%337 = extractvalue { float, float, float, float } %334, 2
	%338 = extractvalue { float, float, float, float } %334, 3
	%339 = add i32 %322, 2048
	%340 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %339)
	%341 = extractvalue { i32, i32, i32, i32 } %340, 0
	%342 = extractvalue { i32, i32, i32, i32 } %340, 1
	%343 = extractvalue { i32, i32, i32, i32 } %340, 2
	%344 = extractvalue { i32, i32, i32, i32 } %340, 3
	%345 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %341, i32 %342, float %281, float %282, float %283, float %284)
	%346 = extractvalue { float, float, float, float } %345, 0
	%347 = extractvalue { float, float, float, float } %345, 1
	%348 = extractvalue { float, float, float, float } %345, 2
	%349 = extractvalue { float, float, float, float } %345, 3
	%350 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %343, i32 %344, float %286, float %287, float %288, float %289)
	%351 = extractvalue { float, float, float, float } %350, 0
	%352 = extractvalue { float, float, float, float } %350, 1
	%353 = extractvalue { float, float, float, float } %350, 2
	%354 = extractvalue { float, float, float, float } %350, 3
	%355 = add i32 %322, u0x1000
	%356 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %355)
	%357 = extractvalue { i32, i32, i32, i32 } %356, 0
	%358 = extractvalue { i32, i32, i32, i32 } %356, 1
	%359 = extractvalue { i32, i32, i32, i32 } %356, 2
	%360 = extractvalue { i32, i32, i32, i32 } %356, 3
	%361 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %357, i32 %358, float %297, float %298, float %299, float %300)
	%362 = extractvalue { float, float, float, float } %361, 0
	%363 = extractvalue { float, float, float, float } %361, 1
	%364 = extractvalue { float, float, float, float } %361, 2
	%365 = extractvalue { float, float, float, float } %361, 3
	%366 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %359, i32 %360, float %302, float %303, float %304, float %305)
	%367 = extractvalue { float, float, float, float } %366, 0
	%368 = extractvalue { float, float, float, float } %366, 1
	%369 = extractvalue { float, float, float, float } %366, 2
	%370 = extractvalue { float, float, float, float } %366, 3
	%371 = add i32 %322, 6144
	%372 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %371)
	%373 = extractvalue { i32, i32, i32, i32 } %372, 0
	%374 = extractvalue { i32, i32, i32, i32 } %372, 1
	%375 = extractvalue { i32, i32, i32, i32 } %372, 2
	%376 = extractvalue { i32, i32, i32, i32 } %372, 3
	%377 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %373, i32 %374, float %313, float %314, float %315, float %316)
	%378 = extractvalue { float, float, float, float } %377, 0
	%379 = extractvalue { float, float, float, float } %377, 1
	%380 = extractvalue { float, float, float, float } %377, 2
	%381 = extractvalue { float, float, float, float } %377, 3
	%382 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %375, i32 %376, float %318, float %319, float %320, float %321)
	%383 = extractvalue { float, float, float, float } %382, 0
	%384 = extractvalue { float, float, float, float } %382, 1
	%385 = extractvalue { float, float, float, float } %382, 2
	%386 = extractvalue { float, float, float, float } %382, 3
	%387 = xor i32 %256, 64
	%388 = add i32 %387, 0
	%389 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %388)
	%390 = extractvalue { i32, i32, i32, i32 } %389, 0
	%391 = extractvalue { i32, i32, i32, i32 } %389, 1
	%392 = extractvalue { i32, i32, i32, i32 } %389, 2
	%393 = extractvalue { i32, i32, i32, i32 } %389, 3
	%394 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %390, i32 %391, float %330, float %331, float %332, float %333)
	%395 = extractvalue { float, float, float, float } %394, 0
	%396 = extractvalue { float, float, float, float } %394, 1
	%397 = extractvalue { float, float, float, float } %394, 2
	%398 = extractvalue { float, float, float, float } %394, 3
	%399 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %392, i32 %393, float %335, float %336, float %337, float %338)
	%400 = extractvalue { float, float, float, float } %399, 0
	%401 = extractvalue { float, float, float, float } %399, 1
	%402 = extractvalue { float, float, float, float } %399, 2
	%403 = extractvalue { float, float, float, float } %399, 3
	%404 = add i32 %387, 2048
	%405 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %404)
	%406 = extractvalue { i32, i32, i32, i32 } %405, 0
	%407 = extractvalue { i32, i32, i32, i32 } %405, 1
	%408 = extractvalue { i32, i32, i32, i32 } %405, 2
	%409 = extractvalue { i32, i32, i32, i32 } %405, 3
	%410 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %406, i32 %407, float %346, float %347, float %348, float %349)
	%411 = extractvalue { float, float, float, float } %410, 0
	%412 = extractvalue { float, float, float, float } %410, 1
	%413 = extractvalue { float, float, float, float } %410, 2
	%414 = extractvalue { float, float, float, float } %410, 3
	%415 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %408, i32 %409, float %351, float %352, float %353, float %354)
	%416 = extractvalue { float, float, float, float } %415, 0
	%417 = extractvalue { float, float, float, float } %415, 1
	%418 = extractvalue { float, float, float, float } %415, 2
	%419 = extractvalue { float, float, float, float } %415, 3
	%420 = add i32 %387, u0x1000
	%421 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %420)
	%422 = extractvalue { i32, i32, i32, i32 } %421, 0
	%423 = extractvalue { i32, i32, i32, i32 } %421, 1
	%424 = extractvalue { i32, i32, i32, i32 } %421, 2
	%425 = extractvalue { i32, i32, i32, i32 } %421, 3
	%426 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %422, i32 %423, float %362, float %363, float %364, float %365)
	%427 = extractvalue { float, float, float, float } %426, 0
	%428 = extractvalue { float, float, float, float } %426, 1
	%429 = extractvalue { float, float, float, float } %426, 2
	%430 = extractvalue { float, float, float, float } %426, 3
	%431 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %424, i32 %425, float %367, float %368, float %369, float %370)
	%432 = extractvalue { float, float, float, float } %431, 0
	%433 = extractvalue { float, float, float, float } %431, 1
	%434 = extractvalue { float, float, float, float } %431, 2
	%435 = extractvalue { float, float, float, float } %431, 3
	%436 = add i32 %387, 6144
	%437 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %436)
	%438 = extractvalue { i32, i32, i32, i32 } %437, 0
	%439 = extractvalue { i32, i32, i32, i32 } %437, 1
	%440 = extractvalue { i32, i32, i32, i32 } %437, 2
	%441 = extractvalue { i32, i32, i32, i32 } %437, 3
	%442 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %438, i32 %439, float %378, float %379, float %380, float %381)
	%443 = extractvalue { float, float, float, float } %442, 0
	%444 = extractvalue { float, float, float, float } %442, 1
	%445 = extractvalue { float, float, float, float } %442, 2
	%446 = extractvalue { float, float, float, float } %442, 3
	%447 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %440, i32 %441, float %383, float %384, float %385, float %386)
	%448 = extractvalue { float, float, float, float } %447, 0
	%449 = extractvalue { float, float, float, float } %447, 1
	%450 = extractvalue { float, float, float, float } %447, 2
	%451 = extractvalue { float, float, float, float } %447, 3
	%452 = xor i32 %256, 96
	%453 = add i32 %452, 0
	%454 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %453)
	%455 = extractvalue { i32, i32, i32, i32 } %454, 0
	%456 = extractvalue { i32, i32, i32, i32 } %454, 1
	%457 = extractvalue { i32, i32, i32, i32 } %454, 2
	%458 = extractvalue { i32, i32, i32, i32 } %454, 3
	%459 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %455, i32 %456, float %395, float %396, float %397, float %398)
	%460 = extractvalue { float, float, float, float } %459, 0
	%461 = extractvalue { float, float, float, float } %459, 1
	%462 = extractvalue { float, float, float, float } %459, 2
	%463 = extractvalue { float, float, float, float } %459, 3
	%464 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %457, i32 %458, float %400, float %401, float %402, float %403)
	%465 = extractvalue { float, float, float, float } %464, 0
	%466 = extractvalue { float, float, float, float } %464, 1
	%467 = extractvalue { float, float, float, float } %464, 2
	%468 = extractvalue { float, float, float, float } %464, 3
	%469 = add i32 %452, 2048
	%470 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %469)
	%471 = extractvalue { i32, i32, i32, i32 } %470, 0
	%472 = extractvalue { i32, i32, i32, i32 } %470, 1
	%473 = extractvalue { i32, i32, i32, i32 } %470, 2
	%474 = extractvalue { i32, i32, i32, i32 } %470, 3
	%475 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %471, i32 %472, float %411, float %412, float %413, float %414)
	%476 = extractvalue { float, float, float, float } %475, 0
	%477 = extractvalue { float, float, float, float } %475, 1
	%478 = extractvalue { float, float, float, float } %475, 2
	%479 = extractvalue { float, float, float, float } %475, 3
	%480 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %473, i32 %474, float %416, float %417, float %418, float %419)
	%481 = extractvalue { float, float, float, float } %480, 0
	%482 = extractvalue { float, float, float, float } %480, 1
	%483 = extractvalue { float, float, float, float } %480, 2
	%484 = extractvalue { float, float, float, float } %480, 3
	%485 = add i32 %452, u0x1000
	%486 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %485)
	%487 = extractvalue { i32, i32, i32, i32 } %486, 0
	%488 = extractvalue { i32, i32, i32, i32 } %486, 1
	%489 = extractvalue { i32, i32, i32, i32 } %486, 2
	%490 = extractvalue { i32, i32, i32, i32 } %486, 3
	%491 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %487, i32 %488, float %427, float %428, float %429, float %430)
	%492 = extractvalue { float, float, float, float } %491, 0
	%493 = extractvalue { float, float, float, float } %491, 1
	%494 = extractvalue { float, float, float, float } %491, 2
	%495 = extractvalue { float, float, float, float } %491, 3
	%496 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %489, i32 %490, float %432, float %433, float %434, float %435)
	%497 = extractvalue { float, float, float, float } %496, 0
	%498 = extractvalue { float, float, float, float } %496, 1
	%499 = extractvalue { float, float, float, float } %496, 2
	%500 = extractvalue { float, float, float, float } %496, 3
	%501 = add i32 %452, 6144
	%502 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %501)
	%503 = extractvalue { i32, i32, i32, i32 } %502, 0
	%504 = extractvalue { i32, i32, i32, i32 } %502, 1
	%505 = extractvalue { i32, i32, i32, i32 } %502, 2
	%506 = extractvalue { i32, i32, i32, i32 } %502, 3
	%507 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %503, i32 %504, float %443, float %444, float %445, float %446)
	%508 = extractvalue { float, float, float, float } %507, 0
	%509 = extractvalue { float, float, float, float } %507, 1
	%510 = extractvalue { float, float, float, float } %507, 2
	%511 = extractvalue { float, float, float, float } %507, 3
	%512 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %505, i32 %506, float %448, float %449, float %450, float %451)
	%513 = extractvalue { float, float, float, float } %512, 0
	%514 = extractvalue { float, float, float, float } %512, 1
	%515 = extractvalue { float, float, float, float } %512, 2
	%516 = extractvalue { float, float, float, float } %512, 3
	%517 = mul i32 %3, 16
	%518 = add i32 %24, %517
	%519 = add i32 %5, 0
	%520 = add i32 %518, %519
	%521 = mul i32 %3, 16
	%522 = add i32 %24, %521
	%523 = add i32 %5, 8
	%524 = add i32 %522, %523
	%525 = sitofp i32 %22 to float
	%526 = add i32 %45, %170
	%527 = sext i32 %526 to i64
	%528 = getelementptr i8, i8* %cls, i64 %527
	%529 = load i8, i8* %528
	%530 = mul i32 %22, %NQ
	%531 = add i32 %530, %20
	%532 = sext i32 %531 to i64
	%533 = getelementptr i64, i64* %rowoff, i64 %532
	%534 = load i64, i64* %533
	%535 = mul i32 %169, 64
	%536 = sext i32 %535 to i64
	%537 = add i64 %534, %536
	%538 = sub i32 %520, %24
	%539 = sext i32 %538 to i64
	%540 = add i64 %537, %539
	%541 = getelementptr i64, i64* %rowmask, i64 %540
	%542 = load i64, i64* %541
	%543 = sub i32 %524, %24
	%544 = sext i32 %543 to i64
	%545 = add i64 %537, %544
	%546 = getelementptr i64, i64* %rowmask, i64 %545
	%547 = load i64, i64* %546
	%548 = icmp ne i8 %529, 2
	br i1 %548, label %partial, label %rowsfull

epilogue:
	%549 = phi float [ 0.0, %entry ], [ %1782, %pv ]
	%550 = phi float [ 0.0, %entry ], [ %1834, %pv ]
	%551 = phi i32 [ 0, %entry ], [ %1835, %pv ]
	%552 = phi float [ 0.0, %entry ], [ %2122, %pv ]
	%553 = phi float [ 0.0, %entry ], [ %2123, %pv ]
	%554 = phi float [ 0.0, %entry ], [ %2124, %pv ]
	%555 = phi float [ 0.0, %entry ], [ %2125, %pv ]
	%556 = phi float [ 0.0, %entry ], [ %2127, %pv ]
	%557 = phi float [ 0.0, %entry ], [ %2128, %pv ]
	%558 = phi float [ 0.0, %entry ], [ %2129, %pv ]
	%559 = phi float [ 0.0, %entry ], [ %2130, %pv ]
	%560 = phi float [ 0.0, %entry ], [ %2139, %pv ]
	%561 = phi float [ 0.0, %entry ], [ %2140, %pv ]
	%562 = phi float [ 0.0, %entry ], [ %2141, %pv ]
	%563 = phi float [ 0.0, %entry ], [ %2142, %pv ]
	%564 = phi float [ 0.0, %entry ], [ %2144, %pv ]
	%565 = phi float [ 0.0, %entry ], [ %2145, %pv ]
	%566 = phi float [ 0.0, %entry ], [ %2146, %pv ]
	%567 = phi float [ 0.0, %entry ], [ %2147, %pv ]
	%568 = phi float [ 0.0, %entry ], [ %2156, %pv ]
	%569 = phi float [ 0.0, %entry ], [ %2157, %pv ]
	%570 = phi float [ 0.0, %entry ], [ %2158, %pv ]
	%571 = phi float [ 0.0, %entry ], [ %2159, %pv ]
	%572 = phi float [ 0.0, %entry ], [ %2161, %pv ]
	%573 = phi float [ 0.0, %entry ], [ %2162, %pv ]
	%574 = phi float [ 0.0, %entry ], [ %2163, %pv ]
	%575 = phi float [ 0.0, %entry ], [ %2164, %pv ]
	%576 = phi float [ 0.0, %entry ], [ %2173, %pv ]
	%577 = phi float [ 0.0, %entry ], [ %2174, %pv ]
	%578 = phi float [ 0.0, %entry ], [ %2175, %pv ]
	%579 = phi float [ 0.0, %entry ], [ %2176, %pv ]
	%580 = phi float [ 0.0, %entry ], [ %2178, %pv ]
	%581 = phi float [ 0.0, %entry ], [ %2179, %pv ]
	%582 = phi float [ 0.0, %entry ], [ %2180, %pv ]
	%583 = phi float [ 0.0, %entry ], [ %2181, %pv ]
	%584 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %549, i32 1, i32 31)
	%585 = fadd float %549, %584
	%586 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %585, i32 2, i32 31)
	%587 = fadd float %585, %586
	%588 = fcmp ogt float %587, 0.0
	%589 = fdiv float 1.0, %587
	%590 = select i1 %588, float %589, float 0.0
	%591 = mul i32 %3, 16
	%592 = add i32 %24, %591
	%593 = add i32 %5, 0
	%594 = add i32 %592, %593
	%595 = fmul float %552, %590
	%596 = fmul float %553, %590
	%597 = fmul float %556, %590
	%598 = fmul float %557, %590
	%599 = fmul float %560, %590
	%600 = fmul float %561, %590
	%601 = fmul float %564, %590
	%602 = fmul float %565, %590
	%603 = fmul float %568, %590
	%604 = fmul float %569, %590
	%605 = fmul float %572, %590
	%606 = fmul float %573, %590
	%607 = fmul float %576, %590
	%608 = fmul float %577, %590
	%609 = fmul float %580, %590
	%610 = fmul float %581, %590
	%611 = icmp slt i32 %594, %M
	br i1 %611, label %store0, label %stored0

partial:
	%612 = shl i32 %6, 1
	%613 = add i32 0, %612
	%614 = add i32 %207, %613
	%615 = icmp slt i32 %614, %N
	%616 = shl i32 %6, 1
	%617 = add i32 0, %616
	%618 = add i32 %207, %617
	%619 = sub i32 %618, %207
	%620 = zext i32 %619 to i64
	%621 = lshr i64 %542, %620
	%622 = and i64 %621, 1
	%623 = icmp ne i64 %622, 0
	%624 = and i1 %615, %623
	%625 = select i1 %624, i32 %614, i32 0
	%626 = sitofp i32 %520 to float
	%627 = sitofp i32 %625 to float
	%628 = fcmp ole float %627, %626
	%629 = uitofp i1 %628 to float
	%630 = fcmp une float %629, 0.0
	%631 = and i1 %624, %630
	%632 = select i1 %631, float %460, float 0xFFF0000000000000
	%633 = shl i32 %6, 1
	%634 = add i32 1, %633
	%635 = add i32 %207, %634
	%636 = icmp slt i32 %635, %N
	%637 = shl i32 %6, 1
	%638 = add i32 1, %637
	%639 = add i32 %207, %638
	%640 = sub i32 %639, %207
	%641 = zext i32 %640 to i64
	%642 = lshr i64 %542, %641
	%643 = and i64 %642, 1
	%644 = icmp ne i64 %643, 0
	%645 = and i1 %636, %644
	%646 = select i1 %645, i32 %635, i32 0
	%647 = sitofp i32 %520 to float
	%648 = sitofp i32 %646 to float
	%649 = fcmp ole float %648, %647
	%650 = uitofp i1 %649 to float
	%651 = fcmp une float %650, 0.0
	%652 = and i1 %645, %651
	%653 = select i1 %652, float %461, float 0xFFF0000000000000
	%654 = shl i32 %6, 1
	%655 = add i32 0, %654
	%656 = add i32 %207, %655
	%657 = icmp slt i32 %656, %N
	%658 = shl i32 %6, 1
	%659 = add i32 0, %658
	%660 = add i32 %207, %659
	%661 = sub i32 %660, %207
	%662 = zext i32 %661 to i64
	%663 = lshr i64 %547, %662
	%664 = and i64 %663, 1
	%665 = icmp ne i64 %664, 0
	%666 = and i1 %657, %665
	%667 = select i1 %666, i32 %656, i32 0
	%668 = sitofp i32 %524 to float
	%669 = sitofp i32 %667 to float
	%670 = fcmp ole float %669, %668
	%671 = uitofp i1 %670 to float
	%672 = fcmp une float %671, 0.0
	%673 = and i1 %666, %672
	%674 = select i1 %673, float %462, float 0xFFF0000000000000
	%675 = shl i32 %6, 1
	%676 = add i32 1, %675
	%677 = add i32 %207, %676
	%678 = icmp slt i32 %677, %N
	%679 = shl i32 %6, 1
	%680 = add i32 1, %679
	%681 = add i32 %207, %680
	%682 = sub i32 %681, %207
	%683 = zext i32 %682 to i64
	%684 = lshr i64 %547, %683
	%685 = and i64 %684, 1
	%686 = icmp ne i64 %685, 0
	%687 = and i1 %678, %686
	%688 = select i1 %687, i32 %677, i32 0
	%689 = sitofp i32 %524 to float
	%690 = sitofp i32 %688 to float
	%691 = fcmp ole float %690, %689
	%692 = uitofp i1 %691 to float
	%693 = fcmp une float %692, 0.0
	%694 = and i1 %687, %693
	%695 = select i1 %694, float %463, float 0xFFF0000000000000
	%696 = shl i32 %6, 1
	%697 = add i32 8, %696
	%698 = add i32 %207, %697
	%699 = icmp slt i32 %698, %N
	%700 = shl i32 %6, 1
	%701 = add i32 8, %700
	%702 = add i32 %207, %701
	%703 = sub i32 %702, %207
	%704 = zext i32 %703 to i64
	%705 = lshr i64 %542, %704
	%706 = and i64 %705, 1
	%707 = icmp ne i64 %706, 0
	%708 = and i1 %699, %707
	%709 = select i1 %708, i32 %698, i32 0
	%710 = sitofp i32 %520 to float
	%711 = sitofp i32 %709 to float
	%712 = fcmp ole float %711, %710
	%713 = uitofp i1 %712 to float
	%714 = fcmp une float %713, 0.0
	%715 = and i1 %708, %714
	%716 = select i1 %715, float %465, float 0xFFF0000000000000
	%717 = shl i32 %6, 1
	%718 = add i32 9, %717
	%719 = add i32 %207, %718
	%720 = icmp slt i32 %719, %N
	%721 = shl i32 %6, 1
	%722 = add i32 9, %721
	%723 = add i32 %207, %722
	%724 = sub i32 %723, %207
	%725 = zext i32 %724 to i64
	%726 = lshr i64 %542, %725
	%727 = and i64 %726, 1
	%728 = icmp ne i64 %727, 0
	%729 = and i1 %720, %728
	%730 = select i1 %729, i32 %719, i32 0
	%731 = sitofp i32 %520 to float
	%732 = sitofp i32 %730 to float
	%733 = fcmp ole float %732, %731
	%734 = uitofp i1 %733 to float
	%735 = fcmp une float %734, 0.0
	%736 = and i1 %729, %735
	%737 = select i1 %736, float %466, float 0xFFF0000000000000
	%738 = shl i32 %6, 1
	%739 = add i32 8, %738
	%740 = add i32 %207, %739
	%741 = icmp slt i32 %740, %N
	%742 = shl i32 %6, 1
	%743 = add i32 8, %742
	%744 = add i32 %207, %743
	%745 = sub i32 %744, %207
	%746 = zext i32 %745 to i64
	%747 = lshr i64 %547, %746
	%748 = and i64 %747, 1
	%749 = icmp ne i64 %748, 0
	%750 = and i1 %741, %749
	%751 = select i1 %750, i32 %740, i32 0
	%752 = sitofp i32 %524 to float
	%753 = sitofp i32 %751 to float
	%754 = fcmp ole float %753, %752
	%755 = uitofp i1 %754 to float
	%756 = fcmp une float %755, 0.0
	%757 = and i1 %750, %756
	%758 = select i1 %757, float %467, float 0xFFF0000000000000
	%759 = shl i32 %6, 1
	%760 = add i32 9, %759
	%761 = add i32 %207, %760
	%762 = icmp slt i32 %761, %N
	%763 = shl i32 %6, 1
	%764 = add i32 9, %763
	%765 = add i32 %207, %764
	%766 = sub i32 %765, %207
	%767 = zext i32 %766 to i64
	%768 = lshr i64 %547, %767
	%769 = and i64 %768, 1
	%770 = icmp ne i64 %769, 0
	%771 = and i1 %762, %770
	%772 = select i1 %771, i32 %761, i32 0
	%773 = sitofp i32 %524 to float
	%774 = sitofp i32 %772 to float
	%775 = fcmp ole float %774, %773
	%776 = uitofp i1 %775 to float
	%777 = fcmp une float %776, 0.0
	%778 = and i1 %771, %777
	%779 = select i1 %778, float %468, float 0xFFF0000000000000
	%780 = shl i32 %6, 1
	%781 = add i32 16, %780
	%782 = add i32 %207, %781
	%783 = icmp slt i32 %782, %N
	%784 = shl i32 %6, 1
	%785 = add i32 16, %784
	%786 = add i32 %207, %785
	%787 = sub i32 %786, %207
	%788 = zext i32 %787 to i64
	%789 = lshr i64 %542, %788
	%790 = and i64 %789, 1
	%791 = icmp ne i64 %790, 0
	%792 = and i1 %783, %791
	%793 = select i1 %792, i32 %782, i32 0
	%794 = sitofp i32 %520 to float
	%795 = sitofp i32 %793 to float
	%796 = fcmp ole float %795, %794
	%797 = uitofp i1 %796 to float
	%798 = fcmp une float %797, 0.0
	%799 = and i1 %792, %798
	%800 = select i1 %799, float %476, float 0xFFF0000000000000
	%801 = shl i32 %6, 1
	%802 = add i32 17, %801
	%803 = add i32 %207, %802
	%804 = icmp slt i32 %803, %N
	%805 = shl i32 %6, 1
	%806 = add i32 17, %805
	%807 = add i32 %207, %806
	%808 = sub i32 %807, %207
	%809 = zext i32 %808 to i64
	%810 = lshr i64 %542, %809
	%811 = and i64 %810, 1
	%812 = icmp ne i64 %811, 0
	%813 = and i1 %804, %812
	%814 = select i1 %813, i32 %803, i32 0
	%815 = sitofp i32 %520 to float
	%816 = sitofp i32 %814 to float
	%817 = fcmp ole float %816, %815
	%818 = uitofp i1 %817 to float
	%819 = fcmp une float %818, 0.0
	%820 = and i1 %813, %819
	%821 = select i1 %820, float %477, float 0xFFF0000000000000
	%822 = shl i32 %6, 1
	%823 = add i32 16, %822
	%824 = add i32 %207, %823
	%825 = icmp slt i32 %824, %N
	%826 = shl i32 %6, 1
	%827 = add i32 16, %826
	%828 = add i32 %207, %827
	%829 = sub i32 %828, %207
	%830 = zext i32 %829 to i64
	%831 = lshr i64 %547, %830
	%832 = and i64 %831, 1
	%833 = icmp ne i64 %832, 0
	%834 = and i1 %825, %833
	%835 = select i1 %834, i32 %824, i32 0
	%836 = sitofp i32 %524 to float
	%837 = sitofp i32 %835 to float
	%838 = fcmp ole float %837, %836
	%839 = uitofp i1 %838 to float
	%840 = fcmp une float %839, 0.0
	%841 = and i1 %834, %840
	%842 = select i1 %841, float %478, float 0xFFF0000000000000
	%843 = shl i32 %6, 1
	%844 = add i32 17, %843
	%845 = add i32 %207, %844
	%846 = icmp slt i32 %845, %N
	%847 = shl i32 %6, 1
	%848 = add i32 17, %847
	%849 = add i32 %207, %848
	%850 = sub i32 %849, %207
	%851 = zext i32 %850 to i64
	%852 = lshr i64 %547, %851
	%853 = and i64 %852, 1
	%854 = icmp ne i64 %853, 0
	%855 = and i1 %846, %854
	%856 = select i1 %855, i32 %845, i32 0
	%857 = sitofp i32 %524 to float
	%858 = sitofp i32 %856 to float
	%859 = fcmp ole float %858, %857
	%860 = uitofp i1 %859 to float
	%861 = fcmp une float %860, 0.0
	%862 = and i1 %855, %861
	%863 = select i1 %862, float %479, float 0xFFF0000000000000
	%864 = shl i32 %6, 1
	%865 = add i32 24, %864
	%866 = add i32 %207, %865
	%867 = icmp slt i32 %866, %N
	%868 = shl i32 %6, 1
	%869 = add i32 24, %868
	%870 = add i32 %207, %869
	%871 = sub i32 %870, %207
	%872 = zext i32 %871 to i64
	%873 = lshr i64 %542, %872
	%874 = and i64 %873, 1
	%875 = icmp ne i64 %874, 0
	%876 = and i1 %867, %875
	%877 = select i1 %876, i32 %866, i32 0
	%878 = sitofp i32 %520 to float
	%879 = sitofp i32 %877 to float
	%880 = fcmp ole float %879, %878
	%881 = uitofp i1 %880 to float
	%882 = fcmp une float %881, 0.0
	%883 = and i1 %876, %882
	%884 = select i1 %883, float %481, float 0xFFF0000000000000
	%885 = shl i32 %6, 1
	%886 = add i32 25, %885
	%887 = add i32 %207, %886
	%888 = icmp slt i32 %887, %N
	%889 = shl i32 %6, 1
	%890 = add i32 25, %889
	%891 = add i32 %207, %890
	%892 = sub i32 %891, %207
	%893 = zext i32 %892 to i64
	%894 = lshr i64 %542, %893
	%895 = and i64 %894, 1
	%896 = icmp ne i64 %895, 0
	%897 = and i1 %888, %896
	%898 = select i1 %897, i32 %887, i32 0
	%899 = sitofp i32 %520 to float
	%900 = sitofp i32 %898 to float
	%901 = fcmp ole float %900, %899
	%902 = uitofp i1 %901 to float
	%903 = fcmp une float %902, 0.0
	%904 = and i1 %897, %903
	%905 = select i1 %904, float %482, float 0xFFF0000000000000
	%906 = shl i32 %6, 1
	%907 = add i32 24, %906
	%908 = add i32 %207, %907
	%909 = icmp slt i32 %908, %N
	%910 = shl i32 %6, 1
	%911 = add i32 24, %910
	%912 = add i32 %207, %911
	%913 = sub i32 %912, %207
	%914 = zext i32 %913 to i64
	%915 = lshr i64 %547, %914
	%916 = and i64 %915, 1
	%917 = icmp ne i64 %916, 0
	%918 = and i1 %909, %917
	%919 = select i1 %918, i32 %908, i32 0
	%920 = sitofp i32 %524 to float
	%921 = sitofp i32 %919 to float
	%922 = fcmp ole float %921, %920
	%923 = uitofp i1 %922 to float
	%924 = fcmp une float %923, 0.0
	%925 = and i1 %918, %924
	%926 = select i1 %925, float %483, float 0xFFF0000000000000
	%927 = shl i32 %6, 1
	%928 = add i32 25, %927
	%929 = add i32 %207, %928
	%930 = icmp slt i32 %929, %N
	%931 = shl i32 %6, 1
	%932 = add i32 25, %931
	%933 = add i32 %207, %932
	%934 = sub i32 %933, %207
	%935 = zext i32 %934 to i64
	%936 = lshr i64 %547, %935
	%937 = and i64 %936, 1
	%938 = icmp ne i64 %937, 0
	%939 = and i1 %930, %938
	%940 = select i1 %939, i32 %929, i32 0
	%941 = sitofp i32 %524 to float
	%942 = sitofp i32 %940 to float
	%943 = fcmp ole float %942, %941
	%944 = uitofp i1 %943 to float
	%945 = fcmp une float %944, 0.0
	%946 = and i1 %939, %945
	%947 = select i1 %946, float %484, float 0xFFF0000000000000
	%948 = shl i32 %6, 1
	%949 = add i32 32, %948
	%950 = add i32 %207, %949
	%951 = icmp slt i32 %950, %N
	%952 = shl i32 %6, 1
	%953 = add i32 32, %952
	%954 = add i32 %207, %953
	%955 = sub i32 %954, %207
	%956 = zext i32 %955 to i64
	%957 = lshr i64 %542, %956
	%958 = and i64 %957, 1
	%959 = icmp ne i64 %958, 0
	%960 = and i1 %951, %959
	%961 = select i1 %960, i32 %950, i32 0
	%962 = sitofp i32 %520 to float
	%963 = sitofp i32 %961 to float
	%964 = fcmp ole float %963, %962
	%965 = uitofp i1 %964 to float
	%966 = fcmp une float %965, 0.0
	%967 = and i1 %960, %966
	%968 = select i1 %967, float %492, float 0xFFF0000000000000
	%969 = shl i32 %6, 1
	%970 = add i32 33, %969
	%971 = add i32 %207, %970
	%972 = icmp slt i32 %971, %N
	%973 = shl i32 %6, 1
	%974 = add i32 33, %973
	%975 = add i32 %207, %974
	%976 = sub i32 %975, %207
	%977 = zext i32 %976 to i64
	%978 = lshr i64 %542, %977
	%979 = and i64 %978, 1
	%980 = icmp ne i64 %979, 0
	%981 = and i1 %972, %980
	%982 = select i1 %981, i32 %971, i32 0
	%983 = sitofp i32 %520 to float
	%984 = sitofp i32 %982 to float
	%985 = fcmp ole float %984, %983
	%986 = uitofp i1 %985 to float
	%987 = fcmp une float %986, 0.0
	%988 = and i1 %981, %987
	%989 = select i1 %988, float %493, float 0xFFF0000000000000
	%990 = shl i32 %6, 1
	%991 = add i32 32, %990
	%992 = add i32 %207, %991
	%993 = icmp slt i32 %992, %N
	%994 = shl i32 %6, 1
	%995 = add i32 32, %994
	%996 = add i32 %207, %995
	%997 = sub i32 %996, %207
	%998 = zext i32 %997 to i64
	%999 = lshr i64 %547, %998
	%1000 = and i64 %999, 1
	%1001 = icmp ne i64 %1000, 0
	%1002 = and i1 %993, %1001
	%1003 = select i1 %1002, i32 %992, i32 0
	%1004 = sitofp i32 %524 to float
	%1005 = sitofp i32 %1003 to float
	%1006 = fcmp ole float %1005, %1004
	%1007 = uitofp i1 %1006 to float
	%1008 = fcmp une float %1007, 0.0
	%1009 = and i1 %1002, %1008
	%1010 = select i1 %1009, float %494, float 0xFFF0000000000000
	%1011 = shl i32 %6, 1
	%1012 = add i32 33, %1011
	%1013 = add i32 %207, %1012
	%1014 = icmp slt i32 %1013, %N
	%1015 = shl i32 %6, 1
	%1016 = add i32 33, %1015
	%1017 = add i32 %207, %1016
	%1018 = sub i32 %1017, %207
	%1019 = zext i32 %1018 to i64
	%1020 = lshr i64 %547, %1019
	%1021 = and i64 %1020, 1
	%1022 = icmp ne i64 %1021, 0
	%1023 = and i1 %1014, %1022
	%1024 = select i1 %1023, i32 %1013, i32 0
	%1025 = sitofp i32 %524 to float
	%1026 = sitofp i32 %1024 to float
	%1027 = fcmp ole float %1026, %1025
	%1028 = uitofp i1 %1027 to float
	%1029 = fcmp une float %1028, 0.0
	%1030 = and i1 %1023, %1029
	%1031 = select i1 %1030, float %495, float 0xFFF0000000000000
	%1032 = shl i32 %6, 1
	%1033 = add i32 40, %1032
	%1034 = add i32 %207, %1033
	%1035 = icmp slt i32 %1034, %N
	%1036 = shl i32 %6, 1
	%1037 = add i32 40, %1036
	%1038 = add i32 %207, %1037
	%1039 = sub i32 %1038, %207
	%1040 = zext i32 %1039 to i64
	%1041 = lshr i64 %542, %1040
	%1042 = and i64 %1041, 1
	%1043 = icmp ne i64 %1042, 0
	%1044 = and i1 %1035, %1043
	%1045 = select i1 %1044, i32 %1034, i32 0
	%1046 = sitofp i32 %520 to float
	%1047 = sitofp i32 %1045 to float
	%1048 = fcmp ole float %1047, %1046
	%1049 = uitofp i1 %1048 to float
	%1050 = fcmp une float %1049, 0.0
	%1051 = and i1 %1044, %1050
	%1052 = select i1 %1051, float %497, float 0xFFF0000000000000
	%1053 = shl i32 %6, 1
	%1054 = add i32 41, %1053
	%1055 = add i32 %207, %1054
	%1056 = icmp slt i32 %1055, %N
	%1057 = shl i32 %6, 1
	%1058 = add i32 41, %1057
	%1059 = add i32 %207, %1058
	%1060 = sub i32 %1059, %207
	%1061 = zext i32 %1060 to i64
	%1062 = lshr i64 %542, %1061
	%1063 = and i64 %1062, 1
	%1064 = icmp ne i64 %1063, 0
	%1065 = and i1 %1056, %1064
	%1066 = select i1 %1065, i32 %1055, i32 0
	%1067 = sitofp i32 %520 to float
	%1068 = sitofp i32 %1066 to float
	%1069 = fcmp ole float %1068, %1067
	%1070 = uitofp i1 %1069 to float
	%1071 = fcmp une float %1070, 0.0
	%1072 = and i1 %1065, %1071
	%1073 = select i1 %1072, float %498, float 0xFFF0000000000000
	%1074 = shl i32 %6, 1
	%1075 = add i32 40, %1074
	%1076 = add i32 %207, %1075
	%1077 = icmp slt i32 %1076, %N
	%1078 = shl i32 %6, 1
	%1079 = add i32 40, %1078
	%1080 = add i32 %207, %1079
	%1081 = sub i32 %1080, %207
	%1082 = zext i32 %1081 to i64
	%1083 = lshr i64 %547, %1082
	%1084 = and i64 %1083, 1
	%1085 = icmp ne i64 %1084, 0
	%1086 = and i1 %1077, %1085
	%1087 = select i1 %1086, i32 %1076, i32 0
	%1088 = sitofp i32 %524 to float
	%1089 = sitofp i32 %1087 to float
	%1090 = fcmp ole float %1089, %1088
	%1091 = uitofp i1 %1090 to float
	%1092 = fcmp une float %1091, 0.0
	%1093 = and i1 %1086, %1092
	%1094 = select i1 %1093, float %499, float 0xFFF0000000000000
	%1095 = shl i32 %6, 1
	%1096 = add i32 41, %1095
	%1097 = add i32 %207, %1096
	%1098 = icmp slt i32 %1097, %N
	%1099 = shl i32 %6, 1
	%1100 = add i32 41, %1099
	%1101 = add i32 %207, %1100
	%1102 = sub i32 %1101, %207
	%1103 = zext i32 %1102 to i64
	%1104 = lshr i64 %547, %1103
	%1105 = and i64 %1104, 1
	%1106 = icmp ne i64 %1105, 0
	%1107 = and i1 %1098, %1106
	%1108 = select i1 %1107, i32 %1097, i32 0
	%1109 = sitofp i32 %524 to float
	%1110 = sitofp i32 %1108 to float
	%1111 = fcmp ole float %1110, %1109
	%1112 = uitofp i1 %1111 to float
	%1113 = fcmp une float %1112, 0.0
	%1114 = and i1 %1107, %1113
	%1115 = select i1 %1114, float %500, float 0xFFF0000000000000
	%1116 = shl i32 %6, 1
	%1117 = add i32 48, %1116
	%1118 = add i32 %207, %1117
	%1119 = icmp slt i32 %1118, %N
	%1120 = shl i32 %6, 1
	%1121 = add i32 48, %1120
	%1122 = add i32 %207, %1121
	%1123 = sub i32 %1122, %207
	%1124 = zext i32 %1123 to i64
	%1125 = lshr i64 %542, %1124
	%1126 = and i64 %1125, 1
	%1127 = icmp ne i64 %1126, 0
	%1128 = and i1 %1119, %1127
	%1129 = select i1 %1128, i32 %1118, i32 0
	%1130 = sitofp i32 %520 to float
	%1131 = sitofp i32 %1129 to float
	%1132 = fcmp ole float %1131, %1130
	%1133 = uitofp i1 %1132 to float
	%1134 = fcmp une float %1133, 0.0
	%1135 = and i1 %1128, %1134
	%1136 = select i1 %1135, float %508, float 0xFFF0000000000000
	%1137 = shl i32 %6, 1
	%1138 = add i32 49, %1137
	%1139 = add i32 %207, %1138
	%1140 = icmp slt i32 %1139, %N
	%1141 = shl i32 %6, 1
	%1142 = add i32 49, %1141
	%1143 = add i32 %207, %1142
	%1144 = sub i32 %1143, %207
	%1145 = zext i32 %1144 to i64
	%1146 = lshr i64 %542, %1145
	%1147 = and i64 %1146, 1
	%1148 = icmp ne i64 %1147, 0
	%1149 = and i1 %1140, %1148
	%1150 = select i1 %1149, i32 %1139, i32 0
	%1151 = sitofp i32 %520 to float
	%1152 = sitofp i32 %1150 to float
	%1153 = fcmp ole float %1152, %1151
	%1154 = uitofp i1 %1153 to float
	%1155 = fcmp une float %1154, 0.0
	%1156 = and i1 %1149, %1155
	%1157 = select i1 %1156, float %509, float 0xFFF0000000000000
	%1158 = shl i32 %6, 1
	%1159 = add i32 48, %1158
	%1160 = add i32 %207, %1159
	%1161 = icmp slt i32 %1160, %N
	%1162 = shl i32 %6, 1
	%1163 = add i32 48, %1162
	%1164 = add i32 %207, %1163
	%1165 = sub i32 %1164, %207
	%1166 = zext i32 %1165 to i64
	%1167 = lshr i64 %547, %1166
	%1168 = and i64 %1167, 1
	%1169 = icmp ne i64 %1168, 0
	%1170 = and i1 %1161, %1169
	%1171 = select i1 %1170, i32 %1160, i32 0
	%1172 = sitofp i32 %524 to float
	%1173 = sitofp i32 %1171 to float
	%1174 = fcmp ole float %1173, %1172
	%1175 = uitofp i1 %1174 to float
	%1176 = fcmp une float %1175, 0.0
	%1177 = and i1 %1170, %1176
	%1178 = select i1 %1177, float %510, float 0xFFF0000000000000
	%1179 = shl i32 %6, 1
	%1180 = add i32 49, %1179
	%1181 = add i32 %207, %1180
	%1182 = icmp slt i32 %1181, %N
	%1183 = shl i32 %6, 1
	%1184 = add i32 49, %1183
	%1185 = add i32 %207, %1184
	%1186 = sub i32 %1185, %207
	%1187 = zext i32 %1186 to i64
	%1188 = lshr i64 %547, %1187
	%1189 = and i64 %1188, 1
	%1190 = icmp ne i64 %1189, 0
	%1191 = and i1 %1182, %1190
	%1192 = select i1 %1191, i32 %1181, i32 0
	%1193 = sitofp i32 %524 to float
	%1194 = sitofp i32 %1192 to float
	%1195 = fcmp ole float %1194, %1193
	%1196 = uitofp i1 %1195 to float
	%1197 = fcmp une float %1196, 0.0
	%1198 = and i1 %1191, %1197
	%1199 = select i1 %1198, float %511, float 0xFFF0000000000000
	%1200 = shl i32 %6, 1
	%1201 = add i32 56, %1200
	%1202 = add i32 %207, %1201
	%1203 = icmp slt i32 %1202, %N
	%1204 = shl i32 %6, 1
	%1205 = add i32 56, %1204
	%1206 = add i32 %207, %1205
	%1207 = sub i32 %1206, %207
	%1208 = zext i32 %1207 to i64
	%1209 = lshr i64 %542, %1208
	%1210 = and i64 %1209, 1
	%1211 = icmp ne i64 %1210, 0
	%1212 = and i1 %1203, %1211
	%1213 = select i1 %1212, i32 %1202, i32 0
	%1214 = sitofp i32 %520 to float
	%1215 = sitofp i32 %1213 to float
	%1216 = fcmp ole float %1215, %1214
	%1217 = uitofp i1 %1216 to float
	%1218 = fcmp une float %1217, 0.0
	%1219 = and i1 %1212, %1218
	%1220 = select i1 %1219, float %513, float 0xFFF0000000000000
	%1221 = shl i32 %6, 1
	%1222 = add i32 57, %1221
	%1223 = add i32 %207, %1222
	%1224 = icmp slt i32 %1223, %N
	%1225 = shl i32 %6, 1
	%1226 = add i32 57, %1225
	%1227 = add i32 %207, %1226
	%1228 = sub i32 %1227, %207
	%1229 = zext i32 %1228 to i64
	%1230 = lshr i64 %542, %1229
	%1231 = and i64 %1230, 1
	%1232 = icmp ne i64 %1231, 0
	%1233 = and i1 %1224, %1232
	%1234 = select i1 %1233, i32 %1223, i32 0
	%1235 = sitofp i32 %520 to float
	%1236 = sitofp i32 %1234 to float
	%1237 = fcmp ole float %1236, %1235
	%1238 = uitofp i1 %1237 to float
	%1239 = fcmp une float %1238, 0.0
	%1240 = and i1 %1233, %1239
	%1241 = select i1 %1240, float %514, float 0xFFF0000000000000
	%1242 = shl i32 %6, 1
	%1243 = add i32 56, %1242
	%1244 = add i32 %207, %1243
	%1245 = icmp slt i32 %1244, %N
	%1246 = shl i32 %6, 1
	%1247 = add i32 56, %1246
	%1248 = add i32 %207, %1247
	%1249 = sub i32 %1248, %207
	%1250 = zext i32 %1249 to i64
	%1251 = lshr i64 %547, %1250
	%1252 = and i64 %1251, 1
	%1253 = icmp ne i64 %1252, 0
	%1254 = and i1 %1245, %1253
	%1255 = select i1 %1254, i32 %1244, i32 0
	%1256 = sitofp i32 %524 to float
	%1257 = sitofp i32 %1255 to float
	%1258 = fcmp ole float %1257, %1256
	%1259 = uitofp i1 %1258 to float
	%1260 = fcmp une float %1259, 0.0
	%1261 = and i1 %1254, %1260
	%1262 = select i1 %1261, float %515, float 0xFFF0000000000000
	%1263 = shl i32 %6, 1
	%1264 = add i32 57, %1263
	%1265 = add i32 %207, %1264
	%1266 = icmp slt i32 %1265, %N
	%1267 = shl i32 %6, 1
	%1268 = add i32 57, %1267
	%1269 = add i32 %207, %1268
	%1270 = sub i32 %1269, %207
	%1271 = zext i32 %1270 to i64
	%1272 = lshr i64 %547, %1271
	%1273 = and i64 %1272, 1
	%1274 = icmp ne i64 %1273, 0
	%1275 = and i1 %1266, %1274
	%1276 = select i1 %1275, i32 %1265, i32 0
	%1277 = sitofp i32 %524 to float
	%1278 = sitofp i32 %1276 to float
	%1279 = fcmp ole float %1278, %1277
	%1280 = uitofp i1 %1279 to float
	%1281 = fcmp une float %1280, 0.0
	%1282 = and i1 %1275, %1281
	%1283 = select i1 %1282, float %516, float 0xFFF0000000000000
	br label %softmax

softmax:
	%1284 = phi float [ %1373, %rowsfull ], [ %632, %partial ]
	%1285 = phi float [ %1382, %rowsfull ], [ %653, %partial ]
	%1286 = phi float [ %1391, %rowsfull ], [ %674, %partial ]
	%1287 = phi float [ %1400, %rowsfull ], [ %695, %partial ]
	%1288 = phi float [ %1409, %rowsfull ], [ %716, %partial ]
	%1289 = phi float [ %1418, %rowsfull ], [ %737, %partial ]
	%1290 = phi float [ %1427, %rowsfull ], [ %758, %partial ]
	%1291 = phi float [ %1436, %rowsfull ], [ %779, %partial ]
	%1292 = phi float [ %1445, %rowsfull ], [ %800, %partial ]
	%1293 = phi float [ %1454, %rowsfull ], [ %821, %partial ]
	%1294 = phi float [ %1463, %rowsfull ], [ %842, %partial ]
	%1295 = phi float [ %1472, %rowsfull ], [ %863, %partial ]
	%1296 = phi float [ %1481, %rowsfull ], [ %884, %partial ]
	%1297 = phi float [ %1490, %rowsfull ], [ %905, %partial ]
	%1298 = phi float [ %1499, %rowsfull ], [ %926, %partial ]
	%1299 = phi float [ %1508, %rowsfull ], [ %947, %partial ]
	%1300 = phi float [ %1517, %rowsfull ], [ %968, %partial ]
	%1301 = phi float [ %1526, %rowsfull ], [ %989, %partial ]
	%1302 = phi float [ %1535, %rowsfull ], [ %1010, %partial ]
	%1303 = phi float [ %1544, %rowsfull ], [ %1031, %partial ]
	%1304 = phi float [ %1553, %rowsfull ], [ %1052, %partial ]
	%1305 = phi float [ %1562, %rowsfull ], [ %1073, %partial ]
	%1306 = phi float [ %1571, %rowsfull ], [ %1094, %partial ]
	%1307 = phi float [ %1580, %rowsfull ], [ %1115, %partial ]
	%1308 = phi float [ %1589, %rowsfull ], [ %1136, %partial ]
	%1309 = phi float [ %1598, %rowsfull ], [ %1157, %partial ]
	%1310 = phi float [ %1607, %rowsfull ], [ %1178, %partial ]
	%1311 = phi float [ %1616, %rowsfull ], [ %1199, %partial ]
	%1312 = phi float [ %1625, %rowsfull ], [ %1220, %partial ]
	%1313 = phi float [ %1634, %rowsfull ], [ %1241, %partial ]
	%1314 = phi float [ %1643, %rowsfull ], [ %1262, %partial ]
	%1315 = phi float [ %1652, %rowsfull ], [ %1283, %partial ]
	%1316 = call float @llvm.nvvm.fmax.f(float %1284, float %1285)
	%1317 = call float @llvm.nvvm.fmax.f(float %1288, float %1289)
	%1318 = call float @llvm.nvvm.fmax.f(float %1292, float %1293)
	%1319 = call float @llvm.nvvm.fmax.f(float %1296, float %1297)
	%1320 = call float @llvm.nvvm.fmax.f(float %1300, float %1301)
	%1321 = call float @llvm.nvvm.fmax.f(float %1304, float %1305)
	%1322 = call float @llvm.nvvm.fmax.f(float %1308, float %1309)
	%1323 = call float @llvm.nvvm.fmax.f(float %1312, float %1313)
	%1324 = call float @llvm.nvvm.fmax.f(float %1316, float %1317)
	%1325 = call float @llvm.nvvm.fmax.f(float %1318, float %1319)
	%1326 = call float @llvm.nvvm.fmax.f(float %1320, float %1321)
	%1327 = call float @llvm.nvvm.fmax.f(float %1322, float %1323)
	%1328 = call float @llvm.nvvm.fmax.f(float %1324, float %1325)
	%1329 = call float @llvm.nvvm.fmax.f(float %1326, float %1327)
	%1330 = call float @llvm.nvvm.fmax.f(float %1328, float %1329)
	%1331 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1330, i32 1, i32 31)
	%1332 = call float @llvm.nvvm.fmax.f(float %1330, float %1331)
	%1333 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1332, i32 2, i32 31)
	%1334 = call float @llvm.nvvm.fmax.f(float %1332, float %1333)
	%1335 = fmul float %1334, 0x3FC7154760000000
	%1336 = call float @llvm.nvvm.fmax.f(float %203, float %1335)
	%1337 = fadd float %203, 8.0
	%1338 = fcmp ogt float %1336, %1337
	%1339 = or i1 false, %1338
	%1340 = call float @llvm.nvvm.fmax.f(float %1286, float %1287)
	%1341 = call float @llvm.nvvm.fmax.f(float %1290, float %1291)
	%1342 = call float @llvm.nvvm.fmax.f(float %1294, float %1295)
	%1343 = call float @llvm.nvvm.fmax.f(float %1298, float %1299)
	%1344 = call float @llvm.nvvm.fmax.f(float %1302, float %1303)
	%1345 = call float @llvm.nvvm.fmax.f(float %1306, float %1307)
	%1346 = call float @llvm.nvvm.fmax.f(float %1310, float %1311)
	%1347 = call float @llvm.nvvm.fmax.f(float %1314, float %1315)
	%1348 = call float @llvm.nvvm.fmax.f(float %1340, float %1341)
	%1349 = call float @llvm.nvvm.fmax.f(float %1342, float %1343)
	%1350 = call float @llvm.nvvm.fmax.f(float %1344, float %1345)
	%1351 = call float @llvm.nvvm.fmax.f(float %1346, float %1347)
	%1352 = call float @llvm.nvvm.fmax.f(float %1348, float %1349)
	%1353 = call float @llvm.nvvm.fmax.f(float %1350, float %1351)
	%1354 = call float @llvm.nvvm.fmax.f(float %1352, float %1353)
	%1355 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1354, i32 1, i32 31)
	%1356 = call float @llvm.nvvm.fmax.f(float %1354, float %1355)
	%1357 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1356, i32 2, i32 31)
	%1358 = call float @llvm.nvvm.fmax.f(float %1356, float %1357)
	%1359 = fmul float %1358, 0x3FC7154760000000
	%1360 = call float @llvm.nvvm.fmax.f(float %205, float %1359)
	%1361 = fadd float %205, 8.0
	%1362 = fcmp ogt float %1360, %1361
	%1363 = or i1 %1339, %1362
	%1364 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1363)
	br i1 %1364, label %1653, label %1696

rowsfull:
	%1365 = shl i32 %6, 1
	%1366 = add i32 0, %1365
	%1367 = add i32 %207, %1366
	%1368 = sub i32 %1367, %207
	%1369 = zext i32 %1368 to i64
	%1370 = lshr i64 %542, %1369
	%1371 = and i64 %1370, 1
	%1372 = icmp ne i64 %1371, 0
	%1373 = select i1 %1372, float %460, float 0xFFF0000000000000
	%1374 = shl i32 %6, 1
	%1375 = add i32 1, %1374
	%1376 = add i32 %207, %1375
	%1377 = sub i32 %1376, %207
	%1378 = zext i32 %1377 to i64
	%1379 = lshr i64 %542, %1378
	%1380 = and i64 %1379, 1
	%1381 = icmp ne i64 %1380, 0
	%1382 = select i1 %1381, float %461, float 0xFFF0000000000000
	%1383 = shl i32 %6, 1
	%1384 = add i32 0, %1383
	%1385 = add i32 %207, %1384
	%1386 = sub i32 %1385, %207
	%1387 = zext i32 %1386 to i64
	%1388 = lshr i64 %547, %1387
	%1389 = and i64 %1388, 1
	%1390 = icmp ne i64 %1389, 0
	%1391 = select i1 %1390, float %462, float 0xFFF0000000000000
	%1392 = shl i32 %6, 1
	%1393 = add i32 1, %1392
	%1394 = add i32 %207, %1393
	%1395 = sub i32 %1394, %207
	%1396 = zext i32 %1395 to i64
	%1397 = lshr i64 %547, %1396
	%1398 = and i64 %1397, 1
	%1399 = icmp ne i64 %1398, 0
	%1400 = select i1 %1399, float %463, float 0xFFF0000000000000
	%1401 = shl i32 %6, 1
	%1402 = add i32 8, %1401
	%1403 = add i32 %207, %1402
	%1404 = sub i32 %1403, %207
	%1405 = zext i32 %1404 to i64
	%1406 = lshr i64 %542, %1405
	%1407 = and i64 %1406, 1
	%1408 = icmp ne i64 %1407, 0
	%1409 = select i1 %1408, float %465, float 0xFFF0000000000000
	%1410 = shl i32 %6, 1
	%1411 = add i32 9, %1410
	%1412 = add i32 %207, %1411
	%1413 = sub i32 %1412, %207
	%1414 = zext i32 %1413 to i64
	%1415 = lshr i64 %542, %1414
	%1416 = and i64 %1415, 1
	%1417 = icmp ne i64 %1416, 0
	%1418 = select i1 %1417, float %466, float 0xFFF0000000000000
	%1419 = shl i32 %6, 1
	%1420 = add i32 8, %1419
	%1421 = add i32 %207, %1420
	%1422 = sub i32 %1421, %207
	%1423 = zext i32 %1422 to i64
	%1424 = lshr i64 %547, %1423
	%1425 = and i64 %1424, 1
	%1426 = icmp ne i64 %1425, 0
	%1427 = select i1 %1426, float %467, float 0xFFF0000000000000
	%1428 = shl i32 %6, 1
	%1429 = add i32 9, %1428
	%1430 = add i32 %207, %1429
	%1431 = sub i32 %1430, %207
	%1432 = zext i32 %1431 to i64
	%1433 = lshr i64 %547, %1432
	%1434 = and i64 %1433, 1
	%1435 = icmp ne i64 %1434, 0
	%1436 = select i1 %1435, float %468, float 0xFFF0000000000000
	%1437 = shl i32 %6, 1
	%1438 = add i32 16, %1437
	%1439 = add i32 %207, %1438
	%1440 = sub i32 %1439, %207
	%1441 = zext i32 %1440 to i64
	%1442 = lshr i64 %542, %1441
	%1443 = and i64 %1442, 1
	%1444 = icmp ne i64 %1443, 0
	%1445 = select i1 %1444, float %476, float 0xFFF0000000000000
	%1446 = shl i32 %6, 1
	%1447 = add i32 17, %1446
	%1448 = add i32 %207, %1447
	%1449 = sub i32 %1448, %207
	%1450 = zext i32 %1449 to i64
	%1451 = lshr i64 %542, %1450
	%1452 = and i64 %1451, 1
	%1453 = icmp ne i64 %1452, 0
	%1454 = select i1 %1453, float %477, float 0xFFF0000000000000
	%1455 = shl i32 %6, 1
	%1456 = add i32 16, %1455
	%1457 = add i32 %207, %1456
	%1458 = sub i32 %1457, %207
	%1459 = zext i32 %1458 to i64
	%1460 = lshr i64 %547, %1459
	%1461 = and i64 %1460, 1
	%1462 = icmp ne i64 %1461, 0
	%1463 = select i1 %1462, float %478, float 0xFFF0000000000000
	%1464 = shl i32 %6, 1
	%1465 = add i32 17, %1464
	%1466 = add i32 %207, %1465
	%1467 = sub i32 %1466, %207
	%1468 = zext i32 %1467 to i64
	%1469 = lshr i64 %547, %1468
	%1470 = and i64 %1469, 1
	%1471 = icmp ne i64 %1470, 0
	%1472 = select i1 %1471, float %479, float 0xFFF0000000000000
	%1473 = shl i32 %6, 1
	%1474 = add i32 24, %1473
	%1475 = add i32 %207, %1474
	%1476 = sub i32 %1475, %207
	%1477 = zext i32 %1476 to i64
	%1478 = lshr i64 %542, %1477
	%1479 = and i64 %1478, 1
	%1480 = icmp ne i64 %1479, 0
	%1481 = select i1 %1480, float %481, float 0xFFF0000000000000
	%1482 = shl i32 %6, 1
	%1483 = add i32 25, %1482
	%1484 = add i32 %207, %1483
	%1485 = sub i32 %1484, %207
	%1486 = zext i32 %1485 to i64
	%1487 = lshr i64 %542, %1486
	%1488 = and i64 %1487, 1
	%1489 = icmp ne i64 %1488, 0
	%1490 = select i1 %1489, float %482, float 0xFFF0000000000000
	%1491 = shl i32 %6, 1
	%1492 = add i32 24, %1491
	%1493 = add i32 %207, %1492
	%1494 = sub i32 %1493, %207
	%1495 = zext i32 %1494 to i64
	%1496 = lshr i64 %547, %1495
	%1497 = and i64 %1496, 1
	%1498 = icmp ne i64 %1497, 0
	%1499 = select i1 %1498, float %483, float 0xFFF0000000000000
	%1500 = shl i32 %6, 1
	%1501 = add i32 25, %1500
	%1502 = add i32 %207, %1501
	%1503 = sub i32 %1502, %207
	%1504 = zext i32 %1503 to i64
	%1505 = lshr i64 %547, %1504
	%1506 = and i64 %1505, 1
	%1507 = icmp ne i64 %1506, 0
	%1508 = select i1 %1507, float %484, float 0xFFF0000000000000
	%1509 = shl i32 %6, 1
	%1510 = add i32 32, %1509
	%1511 = add i32 %207, %1510
	%1512 = sub i32 %1511, %207
	%1513 = zext i32 %1512 to i64
	%1514 = lshr i64 %542, %1513
	%1515 = and i64 %1514, 1
	%1516 = icmp ne i64 %1515, 0
	%1517 = select i1 %1516, float %492, float 0xFFF0000000000000
	%1518 = shl i32 %6, 1
	%1519 = add i32 33, %1518
	%1520 = add i32 %207, %1519
	%1521 = sub i32 %1520, %207
	%1522 = zext i32 %1521 to i64
	%1523 = lshr i64 %542, %1522
	%1524 = and i64 %1523, 1
	%1525 = icmp ne i64 %1524, 0
	%1526 = select i1 %1525, float %493, float 0xFFF0000000000000
	%1527 = shl i32 %6, 1
	%1528 = add i32 32, %1527
	%1529 = add i32 %207, %1528
	%1530 = sub i32 %1529, %207
	%1531 = zext i32 %1530 to i64
	%1532 = lshr i64 %547, %1531
	%1533 = and i64 %1532, 1
	%1534 = icmp ne i64 %1533, 0
	%1535 = select i1 %1534, float %494, float 0xFFF0000000000000
	%1536 = shl i32 %6, 1
	%1537 = add i32 33, %1536
	%1538 = add i32 %207, %1537
	%1539 = sub i32 %1538, %207
	%1540 = zext i32 %1539 to i64
	%1541 = lshr i64 %547, %1540
	%1542 = and i64 %1541, 1
	%1543 = icmp ne i64 %1542, 0
	%1544 = select i1 %1543, float %495, float 0xFFF0000000000000
	%1545 = shl i32 %6, 1
	%1546 = add i32 40, %1545
	%1547 = add i32 %207, %1546
	%1548 = sub i32 %1547, %207
	%1549 = zext i32 %1548 to i64
	%1550 = lshr i64 %542, %1549
	%1551 = and i64 %1550, 1
	%1552 = icmp ne i64 %1551, 0
	%1553 = select i1 %1552, float %497, float 0xFFF0000000000000
	%1554 = shl i32 %6, 1
	%1555 = add i32 41, %1554
	%1556 = add i32 %207, %1555
	%1557 = sub i32 %1556, %207
	%1558 = zext i32 %1557 to i64
	%1559 = lshr i64 %542, %1558
	%1560 = and i64 %1559, 1
	%1561 = icmp ne i64 %1560, 0
	%1562 = select i1 %1561, float %498, float 0xFFF0000000000000
	%1563 = shl i32 %6, 1
	%1564 = add i32 40, %1563
	%1565 = add i32 %207, %1564
	%1566 = sub i32 %1565, %207
	%1567 = zext i32 %1566 to i64
	%1568 = lshr i64 %547, %1567
	%1569 = and i64 %1568, 1
	%1570 = icmp ne i64 %1569, 0
	%1571 = select i1 %1570, float %499, float 0xFFF0000000000000
	%1572 = shl i32 %6, 1
	%1573 = add i32 41, %1572
	%1574 = add i32 %207, %1573
	%1575 = sub i32 %1574, %207
	%1576 = zext i32 %1575 to i64
	%1577 = lshr i64 %547, %1576
	%1578 = and i64 %1577, 1
	%1579 = icmp ne i64 %1578, 0
	%1580 = select i1 %1579, float %500, float 0xFFF0000000000000
	%1581 = shl i32 %6, 1
	%1582 = add i32 48, %1581
	%1583 = add i32 %207, %1582
	%1584 = sub i32 %1583, %207
	%1585 = zext i32 %1584 to i64
	%1586 = lshr i64 %542, %1585
	%1587 = and i64 %1586, 1
	%1588 = icmp ne i64 %1587, 0
	%1589 = select i1 %1588, float %508, float 0xFFF0000000000000
	%1590 = shl i32 %6, 1
	%1591 = add i32 49, %1590
	%1592 = add i32 %207, %1591
	%1593 = sub i32 %1592, %207
	%1594 = zext i32 %1593 to i64
	%1595 = lshr i64 %542, %1594
	%1596 = and i64 %1595, 1
	%1597 = icmp ne i64 %1596, 0
	%1598 = select i1 %1597, float %509, float 0xFFF0000000000000
	%1599 = shl i32 %6, 1
	%1600 = add i32 48, %1599
	%1601 = add i32 %207, %1600
	%1602 = sub i32 %1601, %207
	%1603 = zext i32 %1602 to i64
	%1604 = lshr i64 %547, %1603
	%1605 = and i64 %1604, 1
	%1606 = icmp ne i64 %1605, 0
	%1607 = select i1 %1606, float %510, float 0xFFF0000000000000
	%1608 = shl i32 %6, 1
	%1609 = add i32 49, %1608
	%1610 = add i32 %207, %1609
	%1611 = sub i32 %1610, %207
	%1612 = zext i32 %1611 to i64
	%1613 = lshr i64 %547, %1612
	%1614 = and i64 %1613, 1
	%1615 = icmp ne i64 %1614, 0
	%1616 = select i1 %1615, float %511, float 0xFFF0000000000000
	%1617 = shl i32 %6, 1
	%1618 = add i32 56, %1617
	%1619 = add i32 %207, %1618
	%1620 = sub i32 %1619, %207
	%1621 = zext i32 %1620 to i64
	%1622 = lshr i64 %542, %1621
	%1623 = and i64 %1622, 1
	%1624 = icmp ne i64 %1623, 0
	%1625 = select i1 %1624, float %513, float 0xFFF0000000000000
	%1626 = shl i32 %6, 1
	%1627 = add i32 57, %1626
	%1628 = add i32 %207, %1627
	%1629 = sub i32 %1628, %207
	%1630 = zext i32 %1629 to i64
	%1631 = lshr i64 %542, %1630
	%1632 = and i64 %1631, 1
	%1633 = icmp ne i64 %1632, 0
	%1634 = select i1 %1633, float %514, float 0xFFF0000000000000
	%1635 = shl i32 %6, 1
	%1636 = add i32 56, %1635
	%1637 = add i32 %207, %1636
	%1638 = sub i32 %1637, %207
	%1639 = zext i32 %1638 to i64
	%1640 = lshr i64 %547, %1639
	%1641 = and i64 %1640, 1
	%1642 = icmp ne i64 %1641, 0
	%1643 = select i1 %1642, float %515, float 0xFFF0000000000000
	%1644 = shl i32 %6, 1
	%1645 = add i32 57, %1644
	%1646 = add i32 %207, %1645
	%1647 = sub i32 %1646, %207
	%1648 = zext i32 %1647 to i64
	%1649 = lshr i64 %547, %1648
	%1650 = and i64 %1649, 1
	%1651 = icmp ne i64 %1650, 0
	%1652 = select i1 %1651, float %516, float 0xFFF0000000000000
	br label %softmax

1653:
	%1654 = fcmp oeq float %1336, 0xFFF0000000000000
	%1655 = select i1 %1654, float 0.0, float %1336
	%1656 = fsub float %203, %1655
	%1657 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1656)
	%1658 = fcmp oeq float %1360, 0xFFF0000000000000
	%1659 = select i1 %1658, float 0.0, float %1360
	%1660 = fsub float %205, %1659
	%1661 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1660)
	%1662 = fmul float %171, %1657
	%1663 = fmul float %172, %1657
	%1664 = fmul float %173, %1661
	%1665 = fmul float %174, %1661
	%1666 = fmul float %175, %1657
	%1667 = fmul float %176, %1657
	%1668 = fmul float %177, %1661
	%1669 = fmul float %178, %1661
	%1670 = fmul float %179, %1657
	%1671 = fmul float %180, %1657
	%1672 = fmul float %181, %1661
	%1673 = fmul float %182, %1661
	%1674 = fmul float %183, %1657
	%1675 = fmul float %184, %1657
	%1676 = fmul float %185, %1661
	%1677 = fmul float %186, %1661
	%1678 = fmul float %187, %1657
	%1679 = fmul float %188, %1657
	%1680 = fmul float %189, %1661
	%1681 = fmul float %190, %1661
	%1682 = fmul float %191, %1657
	%1683 = fmul float %192, %1657
	%1684 = fmul float %193, %1661
	%1685 = fmul float %194, %1661
	%1686 = fmul float %195, %1657
	%1687 = fmul float %196, %1657
	%1688 = fmul float %197, %1661
	%1689 = fmul float %198, %1661
	%1690 = fmul float %199, %1657
	%1691 = fmul float %200, %1657
	%1692 = fmul float %201, %1661
	%1693 = fmul float %202, %1661
	%1694 = fmul float %204, %1657
	%1695 = fmul float %206, %1661
	br label %1696

1696:
	%1697 = phi float [ %171, %softmax ], [ %1662, %1653 ]
	%1698 = phi float [ %172, %softmax ], [ %1663, %1653 ]
	%1699 = phi float [ %173, %softmax ], [ %1664, %1653 ]
	%1700 = phi float [ %174, %softmax ], [ %1665, %1653 ]
	%1701 = phi float [ %175, %softmax ], [ %1666, %1653 ]
	%1702 = phi float [ %176, %softmax ], [ %1667, %1653 ]
	%1703 = phi float [ %177, %softmax ], [ %1668, %1653 ]
	%1704 = phi float [ %178, %softmax ], [ %1669, %1653 ]
	%1705 = phi float [ %179, %softmax ], [ %1670, %1653 ]
	%1706 = phi float [ %180, %softmax ], [ %1671, %1653 ]
	%1707 = phi float [ %181, %softmax ], [ %1672, %1653 ]
	%1708 = phi float [ %182, %softmax ], [ %1673, %1653 ]
	%1709 = phi float [ %183, %softmax ], [ %1674, %1653 ]
	%1710 = phi float [ %184, %softmax ], [ %1675, %1653 ]
	%1711 = phi float [ %185, %softmax ], [ %1676, %1653 ]
	%1712 = phi float [ %186, %softmax ], [ %1677, %1653 ]
	%1713 = phi float [ %187, %softmax ], [ %1678, %1653 ]
	%1714 = phi float [ %188, %softmax ], [ %1679, %1653 ]
	%1715 = phi float [ %189, %softmax ], [ %1680, %1653 ]
	%1716 = phi float [ %190, %softmax ], [ %1681, %1653 ]
	%1717 = phi float [ %191, %softmax ], [ %1682, %1653 ]
	%1718 = phi float [ %192, %softmax ], [ %1683, %1653 ]
	%1719 = phi float [ %193, %softmax ], [ %1684, %1653 ]
	%1720 = phi float [ %194, %softmax ], [ %1685, %1653 ]
	%1721 = phi float [ %195, %softmax ], [ %1686, %1653 ]
	%1722 = phi float [ %196, %softmax ], [ %1687, %1653 ]
	%1723 = phi float [ %197, %softmax ], [ %1688, %1653 ]
	%1724 = phi float [ %198, %softmax ], [ %1689, %1653 ]
	%1725 = phi float [ %199, %softmax ], [ %1690, %1653 ]
	%1726 = phi float [ %200, %softmax ], [ %1691, %1653 ]
	%1727 = phi float [ %201, %softmax ], [ %1692, %1653 ]
	%1728 = phi float [ %202, %softmax ], [ %1693, %1653 ]
	%1729 = phi float [ %204, %softmax ], [ %1694, %1653 ]
	%1730 = phi float [ %206, %softmax ], [ %1695, %1653 ]
	%1731 = select i1 %1364, float %1336, float %203
	%1732 = fcmp oeq float %1731, 0xFFF0000000000000
	%1733 = select i1 %1732, float 0.0, float %1731
	%1734 = fneg float %1733
	%1735 = call float @llvm.fma.f32(float %1284, float 0x3FC7154760000000, float %1734)
	%1736 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1735)
	%1737 = call float @llvm.fma.f32(float %1285, float 0x3FC7154760000000, float %1734)
	%1738 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1737)
	%1739 = call float @llvm.fma.f32(float %1288, float 0x3FC7154760000000, float %1734)
	%1740 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1739)
	%1741 = call float @llvm.fma.f32(float %1289, float 0x3FC7154760000000, float %1734)
	%1742 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1741)
	%1743 = call float @llvm.fma.f32(float %1292, float 0x3FC7154760000000, float %1734)
	%1744 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1743)
	%1745 = call float @llvm.fma.f32(float %1293, float 0x3FC7154760000000, float %1734)
	%1746 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1745)
	%1747 = call float @llvm.fma.f32(float %1296, float 0x3FC7154760000000, float %1734)
	%1748 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1747)
	%1749 = call float @llvm.fma.f32(float %1297, float 0x3FC7154760000000, float %1734)
	%1750 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1749)
	%1751 = call float @llvm.fma.f32(float %1300, float 0x3FC7154760000000, float %1734)
	%1752 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1751)
	%1753 = call float @llvm.fma.f32(float %1301, float 0x3FC7154760000000, float %1734)
	%1754 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1753)
	%1755 = call float @llvm.fma.f32(float %1304, float 0x3FC7154760000000, float %1734)
	%1756 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1755)
	%1757 = call float @llvm.fma.f32(float %1305, float 0x3FC7154760000000, float %1734)
	%1758 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1757)
	%1759 = call float @llvm.fma.f32(float %1308, float 0x3FC7154760000000, float %1734)
	%1760 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1759)
	%1761 = call float @llvm.fma.f32(float %1309, float 0x3FC7154760000000, float %1734)
	%1762 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1761)
	%1763 = call float @llvm.fma.f32(float %1312, float 0x3FC7154760000000, float %1734)
	%1764 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1763)
	%1765 = call float @llvm.fma.f32(float %1313, float 0x3FC7154760000000, float %1734)
	%1766 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1765)
	%1767 = fadd float %1736, %1738
	%1768 = fadd float %1740, %1742
	%1769 = fadd float %1744, %1746
	%1770 = fadd float %1748, %1750
	%1771 = fadd float %1752, %1754
	%1772 = fadd float %1756, %1758
	%1773 = fadd float %1760, %1762
	%1774 = fadd float %1764, %1766
	%1775 = fadd float %1767, %1768
	%1776 = fadd float %1769, %1770
	%1777 = fadd float %1771, %1772
	%1778 = fadd float %1773, %1774
	%1779 = fadd float %1775, %1776
	%1780 = fadd float %1777, %1778
	%1781 = fadd float %1779, %1780
	%1782 = fadd float %1729, %1781
	%1783 = select i1 %1364, float %1360, float %205
	%1784 = fcmp oeq float %1783, 0xFFF0000000000000
	%1785 = select i1 %1784, float 0.0, float %1783
	%1786 = fneg float %1785
	%1787 = call float @llvm.fma.f32(float %1286, float 0x3FC7154760000000, float %1786)
	%1788 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1787)
	%1789 = call float @llvm.fma.f32(float %1287, float 0x3FC7154760000000, float %1786)
	%1790 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1789)
	%1791 = call float @llvm.fma.f32(float %1290, float 0x3FC7154760000000, float %1786)
	%1792 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1791)
	%1793 = call float @llvm.fma.f32(float %1291, float 0x3FC7154760000000, float %1786)
	%1794 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1793)
	%1795 = call float @llvm.fma.f32(float %1294, float 0x3FC7154760000000, float %1786)
	%1796 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1795)
	%1797 = call float @llvm.fma.f32(float %1295, float 0x3FC7154760000000, float %1786)
	%1798 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1797)
	%1799 = call float @llvm.fma.f32(float %1298, float 0x3FC7154760000000, float %1786)
	%1800 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1799)
	%1801 = call float @llvm.fma.f32(float %1299, float 0x3FC7154760000000, float %1786)
	%1802 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1801)
	%1803 = call float @llvm.fma.f32(float %1302, float 0x3FC7154760000000, float %1786)
	%1804 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1803)
	%1805 = call float @llvm.fma.f32(float %1303, float 0x3FC7154760000000, float %1786)
	%1806 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1805)
	%1807 = call float @llvm.fma.f32(float %1306, float 0x3FC7154760000000, float %1786)
	%1808 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1807)
	%1809 = call float @llvm.fma.f32(float %1307, float 0x3FC7154760000000, float %1786)
	%1810 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1809)
	%1811 = call float @llvm.fma.f32(float %1310, float 0x3FC7154760000000, float %1786)
	%1812 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1811)
	%1813 = call float @llvm.fma.f32(float %1311, float 0x3FC7154760000000, float %1786)
	%1814 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1813)
	%1815 = call float @llvm.fma.f32(float %1314, float 0x3FC7154760000000, float %1786)
	%1816 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1815)
	%1817 = call float @llvm.fma.f32(float %1315, float 0x3FC7154760000000, float %1786)
	%1818 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1817)
	%1819 = fadd float %1788, %1790
	%1820 = fadd float %1792, %1794
	%1821 = fadd float %1796, %1798
	%1822 = fadd float %1800, %1802
	%1823 = fadd float %1804, %1806
	%1824 = fadd float %1808, %1810
	%1825 = fadd float %1812, %1814
	%1826 = fadd float %1816, %1818
	%1827 = fadd float %1819, %1820
	%1828 = fadd float %1821, %1822
	%1829 = fadd float %1823, %1824
	%1830 = fadd float %1825, %1826
	%1831 = fadd float %1827, %1828
	%1832 = fadd float %1829, %1830
	%1833 = fadd float %1831, %1832
	%1834 = fadd float %1730, %1833
	%1835 = add i32 %169, 1
	%1836 = icmp slt i32 %1835, %NK
	%1837 = select i1 %1836, i32 %1835, i32 0
	%1838 = add i32 %41, %1837
	%1839 = sext i32 %1838 to i64
	%1840 = getelementptr i32, i32* %list, i64 %1839
	%1841 = load i32, i32* %1840
	%1842 = select i1 %1836, i32 %1841, i32 -1
	%1843 = icmp sge i32 %1842, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %1843, label %prefetch, label %pv

prefetch:
	%1844 = mul i32 %1842, 64
	%1845 = lshr i32 %2, 3
	%1846 = and i32 %2, 7
	%1847 = and i32 %1845, 7
	%1848 = xor i32 %1846, %1847
	%1849 = mul i32 %1845, 8
	%1850 = add i32 %1849, %1848
	%1851 = shl i32 %1850, 4
	%1852 = add i32 %0, %1851
	%1853 = add i32 %1844, %1845
	%1854 = mul i32 %1853, 64
	%1855 = mul i32 %1846, 8
	%1856 = add i32 %1854, %1855
	%1857 = sext i32 %1856 to i64
	%1858 = getelementptr i16, i16* %32, i64 %1857
	%1859 = add i32 %1853, 0
	%1860 = icmp slt i32 %1859, %N
	%1861 = getelementptr i16, i16* %1858, i64 0
	%1862 = select i1 %1860, i16* %1861, i16* %32
	%1863 = add i32 %1852, 0
	%1864 = select i1 %1860, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1863, i16* %1862, i32 %1864)
	%1865 = add i32 %1853, 16
	%1866 = icmp slt i32 %1865, %N
	%1867 = getelementptr i16, i16* %1858, i64 1024
	%1868 = select i1 %1866, i16* %1867, i16* %32
	%1869 = add i32 %1852, 2048
	%1870 = select i1 %1866, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1869, i16* %1868, i32 %1870)
	%1871 = add i32 %1853, 32
	%1872 = icmp slt i32 %1871, %N
	%1873 = getelementptr i16, i16* %1858, i64 2048
	%1874 = select i1 %1872, i16* %1873, i16* %32
	%1875 = add i32 %1852, u0x1000
	%1876 = select i1 %1872, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1875, i16* %1874, i32 %1876)
	%1877 = add i32 %1853, 48
	%1878 = icmp slt i32 %1877, %N
	%1879 = getelementptr i16, i16* %1858, i64 3072
	%1880 = select i1 %1878, i16* %1879, i16* %32
	%1881 = add i32 %1852, 6144
	%1882 = select i1 %1878, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1881, i16* %1880, i32 %1882)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1883 = and i32 %4, 7
	%1884 = lshr i32 %4, 3
	%1885 = and i32 %1884, 1
	%1886 = shl i32 %1885, 3
	%1887 = add i32 %1883, %1886
	%1888 = mul i32 %1887, 128
	%1889 = add i32 %1, %1888
	%1890 = and i32 %4, 7
	%1891 = xor i32 %96, %1890
	%1892 = shl i32 %1891, 4
	%1893 = add i32 %1889, %1892
	%1894 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1738, float %1736)
	%1895 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1790, float %1788)
	%1896 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1742, float %1740)
	%1897 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1794, float %1792)
	%1898 = xor i32 %1893, 0
	%1899 = add i32 %1898, 0
	%1900 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1899)
	%1901 = extractvalue { i32, i32, i32, i32 } %1900, 0
	%1902 = extractvalue { i32, i32, i32, i32 } %1900, 1
	%1903 = extractvalue { i32, i32, i32, i32 } %1900, 2
	%1904 = extractvalue { i32, i32, i32, i32 } %1900, 3
	%1905 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1894, i32 %1895, i32 %1896, i32 %1897, i32 %1901, i32 %1902, float %1697, float %1698, float %1699, float %1700)
	%1906 = extractvalue { float, float, float, float } %1905, 0
	%1907 = extractvalue { float, float, float, float } %1905, 1
	%1908 = extractvalue { float, float, float, float } %1905, 2
	%1909 = extractvalue { float, float, float, float } %1905, 3
	%1910 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1894, i32 %1895, i32 %1896, i32 %1897, i32 %1903, i32 %1904, float %1701, float %1702, float %1703, float %1704)
	%1911 = extractvalue { float, float, float, float } %1910, 0
	%1912 = extractvalue { float, float, float, float } %1910, 1
	%1913 = extractvalue { float, float, float, float } %1910, 2
	%1914 = extractvalue { float, float, float, float } %1910, 3
	%1915 = xor i32 %1893, 32
	%1916 = add i32 %1915, 0
	%1917 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1916)
	%1918 = extractvalue { i32, i32, i32, i32 } %1917, 0
	%1919 = extractvalue { i32, i32, i32, i32 } %1917, 1
	%1920 = extractvalue { i32, i32, i32, i32 } %1917, 2
	%1921 = extractvalue { i32, i32, i32, i32 } %1917, 3
	%1922 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1894, i32 %1895, i32 %1896, i32 %1897, i32 %1918, i32 %1919, float %1705, float %1706, float %1707, float %1708)
	%1923 = extractvalue { float, float, float, float } %1922, 0
	%1924 = extractvalue { float, float, float, float } %1922, 1
	%1925 = extractvalue { float, float, float, float } %1922, 2
	%1926 = extractvalue { float, float, float, float } %1922, 3
	%1927 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1894, i32 %1895, i32 %1896, i32 %1897, i32 %1920, i32 %1921, float %1709, float %1710, float %1711, float %1712)
	%1928 = extractvalue { float, float, float, float } %1927, 0
	%1929 = extractvalue { float, float, float, float } %1927, 1
	%1930 = extractvalue { float, float, float, float } %1927, 2
	%1931 = extractvalue { float, float, float, float } %1927, 3
	%1932 = xor i32 %1893, 64
	%1933 = add i32 %1932, 0
	%1934 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1933)
	%1935 = extractvalue { i32, i32, i32, i32 } %1934, 0
	%1936 = extractvalue { i32, i32, i32, i32 } %1934, 1
	%1937 = extractvalue { i32, i32, i32, i32 } %1934, 2
	%1938 = extractvalue { i32, i32, i32, i32 } %1934, 3
	%1939 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1894, i32 %1895, i32 %1896, i32 %1897, i32 %1935, i32 %1936, float %1713, float %1714, float %1715, float %1716)
	%1940 = extractvalue { float, float, float, float } %1939, 0
	%1941 = extractvalue { float, float, float, float } %1939, 1
	%1942 = extractvalue { float, float, float, float } %1939, 2
	%1943 = extractvalue { float, float, float, float } %1939, 3
	%1944 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1894, i32 %1895, i32 %1896, i32 %1897, i32 %1937, i32 %1938, float %1717, float %1718, float %1719, float %1720)
	%1945 = extractvalue { float, float, float, float } %1944, 0
	%1946 = extractvalue { float, float, float, float } %1944, 1
	%1947 = extractvalue { float, float, float, float } %1944, 2
	%1948 = extractvalue { float, float, float, float } %1944, 3
	%1949 = xor i32 %1893, 96
	%1950 = add i32 %1949, 0
	%1951 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1950)
	%1952 = extractvalue { i32, i32, i32, i32 } %1951, 0
	%1953 = extractvalue { i32, i32, i32, i32 } %1951, 1
	%1954 = extractvalue { i32, i32, i32, i32 } %1951, 2
	%1955 = extractvalue { i32, i32, i32, i32 } %1951, 3
	%1956 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1894, i32 %1895, i32 %1896, i32 %1897, i32 %1952, i32 %1953, float %1721, float %1722, float %1723, float %1724)
	%1957 = extractvalue { float, float, float, float } %1956, 0
	%1958 = extractvalue { float, float, float, float } %1956, 1
	%1959 = extractvalue { float, float, float, float } %1956, 2
	%1960 = extractvalue { float, float, float, float } %1956, 3
	%1961 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1894, i32 %1895, i32 %1896, i32 %1897, i32 %1954, i32 %1955, float %1725, float %1726, float %1727, float %1728)
	%1962 = extractvalue { float, float, float, float } %1961, 0
	%1963 = extractvalue { float, float, float, float } %1961, 1
	%1964 = extractvalue { float, float, float, float } %1961, 2
	%1965 = extractvalue { float, float, float, float } %1961, 3
	%1966 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1746, float %1744)
	%1967 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1798, float %1796)
	%1968 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1750, float %1748)
	%1969 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1802, float %1800)
	%1970 = xor i32 %1893, 0
	%1971 = add i32 %1970, 2048
	%1972 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1971)
	%1973 = extractvalue { i32, i32, i32, i32 } %1972, 0
	%1974 = extractvalue { i32, i32, i32, i32 } %1972, 1
	%1975 = extractvalue { i32, i32, i32, i32 } %1972, 2
	%1976 = extractvalue { i32, i32, i32, i32 } %1972, 3
	%1977 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1966, i32 %1967, i32 %1968, i32 %1969, i32 %1973, i32 %1974, float %1906, float %1907, float %1908, float %1909)
	%1978 = extractvalue { float, float, float, float } %1977, 0
	%1979 = extractvalue { float, float, float, float } %1977, 1
	%1980 = extractvalue { float, float, float, float } %1977, 2
	%1981 = extractvalue { float, float, float, float } %1977, 3
	%1982 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1966, i32 %1967, i32 %1968, i32 %1969, i32 %1975, i32 %1976, float %1911, float %1912, float %1913, float %1914)
	%1983 = extractvalue { float, float, float, float } %1982, 0
	%1984 = extractvalue { float, float, float, float } %1982, 1
	%1985 = extractvalue { float, float, float, float } %1982, 2
	%1986 = extractvalue { float, float, float, float } %1982, 3
	%1987 = xor i32 %1893, 32
	%1988 = add i32 %1987, 2048
	%1989 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1988)
	%1990 = extractvalue { i32, i32, i32, i32 } %1989, 0
	%1991 = extractvalue { i32, i32, i32, i32 } %1989, 1
	%1992 = extractvalue { i32, i32, i32, i32 } %1989, 2
	%1993 = extractvalue { i32, i32, i32, i32 } %1989, 3
	%1994 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1966, i32 %1967, i32 %1968, i32 %1969, i32 %1990, i32 %1991, float %1923, float %1924, float %1925, float %1926)
	%1995 = extractvalue { float, float, float, float } %1994, 0
	%1996 = extractvalue { float, float, float, float } %1994, 1
	%1997 = extractvalue { float, float, float, float } %1994, 2
	%1998 = extractvalue { float, float, float, float } %1994, 3
	%1999 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1966, i32 %1967, i32 %1968, i32 %1969, i32 %1992, i32 %1993, float %1928, float %1929, float %1930, float %1931)
	%2000 = extractvalue { float, float, float, float } %1999, 0
	%2001 = extractvalue { float, float, float, float } %1999, 1
	%2002 = extractvalue { float, float, float, float } %1999, 2
	%2003 = extractvalue { float, float, float, float } %1999, 3
	%2004 = xor i32 %1893, 64
	%2005 = add i32 %2004, 2048
	%2006 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2005)
	%2007 = extractvalue { i32, i32, i32, i32 } %2006, 0
	%2008 = extractvalue { i32, i32, i32, i32 } %2006, 1
	%2009 = extractvalue { i32, i32, i32, i32 } %2006, 2
	%2010 = extractvalue { i32, i32, i32, i32 } %2006, 3
	%2011 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1966, i32 %1967, i32 %1968, i32 %1969, i32 %2007, i32 %2008, float %1940, float %1941, float %1942, float %1943)
	%2012 = extractvalue { float, float, float, float } %2011, 0
	%2013 = extractvalue { float, float, float, float } %2011, 1
	%2014 = extractvalue { float, float, float, float } %2011, 2
	%2015 = extractvalue { float, float, float, float } %2011, 3
	%2016 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1966, i32 %1967, i32 %1968, i32 %1969, i32 %2009, i32 %2010, float %1945, float %1946, float %1947, float %1948)
	%2017 = extractvalue { float, float, float, float } %2016, 0
	%2018 = extractvalue { float, float, float, float } %2016, 1
	%2019 = extractvalue { float, float, float, float } %2016, 2
	%2020 = extractvalue { float, float, float, float } %2016, 3
	%2021 = xor i32 %1893, 96
	%2022 = add i32 %2021, 2048
	%2023 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2022)
	%2024 = extractvalue { i32, i32, i32, i32 } %2023, 0
	%2025 = extractvalue { i32, i32, i32, i32 } %2023, 1
	%2026 = extractvalue { i32, i32, i32, i32 } %2023, 2
	%2027 = extractvalue { i32, i32, i32, i32 } %2023, 3
	%2028 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1966, i32 %1967, i32 %1968, i32 %1969, i32 %2024, i32 %2025, float %1957, float %1958, float %1959, float %1960)
	%2029 = extractvalue { float, float, float, float } %2028, 0
	%2030 = extractvalue { float, float, float, float } %2028, 1
	%2031 = extractvalue { float, float, float, float } %2028, 2
	%2032 = extractvalue { float, float, float, float } %2028, 3
	%2033 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1966, i32 %1967, i32 %1968, i32 %1969, i32 %2026, i32 %2027, float %1962, float %1963, float %1964, float %1965)
	%2034 = extractvalue { float, float, float, float } %2033, 0
	%2035 = extractvalue { float, float, float, float } %2033, 1
	%2036 = extractvalue { float, float, float, float } %2033, 2
	%2037 = extractvalue { float, float, float, float } %2033, 3
	%2038 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1754, float %1752)
	%2039 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1806, float %1804)
	%2040 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1758, float %1756)
	%2041 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1810, float %1808)
	%2042 = xor i32 %1893, 0
	%2043 = add i32 %2042, u0x1000
	%2044 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2043)
	%2045 = extractvalue { i32, i32, i32, i32 } %2044, 0
	%2046 = extractvalue { i32, i32, i32, i32 } %2044, 1
	%2047 = extractvalue { i32, i32, i32, i32 } %2044, 2
	%2048 = extractvalue { i32, i32, i32, i32 } %2044, 3
	%2049 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2038, i32 %2039, i32 %2040, i32 %2041, i32 %2045, i32 %2046, float %1978, float %1979, float %1980, float %1981)
	%2050 = extractvalue { float, float, float, float } %2049, 0
	%2051 = extractvalue { float, float, float, float } %2049, 1
	%2052 = extractvalue { float, float, float, float } %2049, 2
	%2053 = extractvalue { float, float, float, float } %2049, 3
	%2054 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2038, i32 %2039, i32 %2040, i32 %2041, i32 %2047, i32 %2048, float %1983, float %1984, float %1985, float %1986)
	%2055 = extractvalue { float, float, float, float } %2054, 0
	%2056 = extractvalue { float, float, float, float } %2054, 1
	%2057 = extractvalue { float, float, float, float } %2054, 2
	%2058 = extractvalue { float, float, float, float } %2054, 3
	%2059 = xor i32 %1893, 32
	%2060 = add i32 %2059, u0x1000
	%2061 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2060)
	%2062 = extractvalue { i32, i32, i32, i32 } %2061, 0
	%2063 = extractvalue { i32, i32, i32, i32 } %2061, 1
	%2064 = extractvalue { i32, i32, i32, i32 } %2061, 2
	%2065 = extractvalue { i32, i32, i32, i32 } %2061, 3
	%2066 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2038, i32 %2039, i32 %2040, i32 %2041, i32 %2062, i32 %2063, float %1995, float %1996, float %1997, float %1998)
	%2067 = extractvalue { float, float, float, float } %2066, 0
	%2068 = extractvalue { float, float, float, float } %2066, 1
	%2069 = extractvalue { float, float, float, float } %2066, 2
	%2070 = extractvalue { float, float, float, float } %2066, 3
	%2071 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2038, i32 %2039, i32 %2040, i32 %2041, i32 %2064, i32 %2065, float %2000, float %2001, float %2002, float %2003)
	%2072 = extractvalue { float, float, float, float } %2071, 0
	%2073 = extractvalue { float, float, float, float } %2071, 1
	%2074 = extractvalue { float, float, float, float } %2071, 2
	%2075 = extractvalue { float, float, float, float } %2071, 3
	%2076 = xor i32 %1893, 64
	%2077 = add i32 %2076, u0x1000
	%2078 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2077)
	%2079 = extractvalue { i32, i32, i32, i32 } %2078, 0
	%2080 = extractvalue { i32, i32, i32, i32 } %2078, 1
	%2081 = extractvalue { i32, i32, i32, i32 } %2078, 2
	%2082 = extractvalue { i32, i32, i32, i32 } %2078, 3
	%2083 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2038, i32 %2039, i32 %2040, i32 %2041, i32 %2079, i32 %2080, float %2012, float %2013, float %2014, float %2015)
	%2084 = extractvalue { float, float, float, float } %2083, 0
	%2085 = extractvalue { float, float, float, float } %2083, 1
	%2086 = extractvalue { float, float, float, float } %2083, 2
	%2087 = extractvalue { float, float, float, float } %2083, 3
	%2088 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2038, i32 %2039, i32 %2040, i32 %2041, i32 %2081, i32 %2082, float %2017, float %2018, float %2019, float %2020)
	%2089 = extractvalue { float, float, float, float } %2088, 0
	%2090 = extractvalue { float, float, float, float } %2088, 1
	%2091 = extractvalue { float, float, float, float } %2088, 2
	%2092 = extractvalue { float, float, float, float } %2088, 3
	%2093 = xor i32 %1893, 96
	%2094 = add i32 %2093, u0x1000
	%2095 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2094)
	%2096 = extractvalue { i32, i32, i32, i32 } %2095, 0
	%2097 = extractvalue { i32, i32, i32, i32 } %2095, 1
	%2098 = extractvalue { i32, i32, i32, i32 } %2095, 2
	%2099 = extractvalue { i32, i32, i32, i32 } %2095, 3
	%2100 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2038, i32 %2039, i32 %2040, i32 %2041, i32 %2096, i32 %2097, float %2029, float %2030, float %2031, float %2032)
	%2101 = extractvalue { float, float, float, float } %2100, 0
	%2102 = extractvalue { float, float, float, float } %2100, 1
	%2103 = extractvalue { float, float, float, float } %2100, 2
	%2104 = extractvalue { float, float, float, float } %2100, 3
	%2105 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2038, i32 %2039, i32 %2040, i32 %2041, i32 %2098, i32 %2099, float %2034, float %2035, float %2036, float %2037)
	%2106 = extractvalue { float, float, float, float } %2105, 0
	%2107 = extractvalue { float, float, float, float } %2105, 1
	%2108 = extractvalue { float, float, float, float } %2105, 2
	%2109 = extractvalue { float, float, float, float } %2105, 3
	%2110 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1762, float %1760)
	%2111 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1814, float %1812)
	%2112 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1766, float %1764)
	%2113 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1818, float %1816)
	%2114 = xor i32 %1893, 0
	%2115 = add i32 %2114, 6144
	%2116 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2115)
	%2117 = extractvalue { i32, i32, i32, i32 } %2116, 0
	%2118 = extractvalue { i32, i32, i32, i32 } %2116, 1
	%2119 = extractvalue { i32, i32, i32, i32 } %2116, 2
	%2120 = extractvalue { i32, i32, i32, i32 } %2116, 3
	%2121 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2110, i32 %2111, i32 %2112, i32 %2113, i32 %2117, i32 %2118, float %2050, float %2051, float %2052, float %2053)
	%2122 = extractvalue { float, float, float, float } %2121, 0
	%2123 = extractvalue { float, float, float, float } %2121, 1
	%2124 = extractvalue { float, float, float, float } %2121, 2
	%2125 = extractvalue { float, float, float, float } %2121, 3
	%2126 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2110, i32 %2111, i32 %2112, i32 %2113, i32 %2119, i32 %2120, float %2055, float %2056, float %2057, float %2058)
	%2127 = extractvalue { float, float, float, float } %2126, 0
	%2128 = extractvalue { float, float, float, float } %2126, 1
	%2129 = extractvalue { float, float, float, float } %2126, 2
	%2130 = extractvalue { float, float, float, float } %2126, 3
	%2131 = xor i32 %1893, 32
	%2132 = add i32 %2131, 6144
	%2133 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2132)
	%2134 = extractvalue { i32, i32, i32, i32 } %2133, 0
	%2135 = extractvalue { i32, i32, i32, i32 } %2133, 1
	%2136 = extractvalue { i32, i32, i32, i32 } %2133, 2
	%2137 = extractvalue { i32, i32, i32, i32 } %2133, 3
	%2138 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2110, i32 %2111, i32 %2112, i32 %2113, i32 %2134, i32 %2135, float %2067, float %2068, float %2069, float %2070)
	%2139 = extractvalue { float, float, float, float } %2138, 0
	%2140 = extractvalue { float, float, float, float } %2138, 1
	%2141 = extractvalue { float, float, float, float } %2138, 2
	%2142 = extractvalue { float, float, float, float } %2138, 3
	%2143 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2110, i32 %2111, i32 %2112, i32 %2113, i32 %2136, i32 %2137, float %2072, float %2073, float %2074, float %2075)
	%2144 = extractvalue { float, float, float, float } %2143, 0
	%2145 = extractvalue { float, float, float, float } %2143, 1
	%2146 = extractvalue { float, float, float, float } %2143, 2
	%2147 = extractvalue { float, float, float, float } %2143, 3
	%2148 = xor i32 %1893, 64
	%2149 = add i32 %2148, 6144
	%2150 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2149)
	%2151 = extractvalue { i32, i32, i32, i32 } %2150, 0
	%2152 = extractvalue { i32, i32, i32, i32 } %2150, 1
	%2153 = extractvalue { i32, i32, i32, i32 } %2150, 2
	%2154 = extractvalue { i32, i32, i32, i32 } %2150, 3
	%2155 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2110, i32 %2111, i32 %2112, i32 %2113, i32 %2151, i32 %2152, float %2084, float %2085, float %2086, float %2087)
	%2156 = extractvalue { float, float, float, float } %2155, 0
	%2157 = extractvalue { float, float, float, float } %2155, 1
	%2158 = extractvalue { float, float, float, float } %2155, 2
	%2159 = extractvalue { float, float, float, float } %2155, 3
	%2160 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2110, i32 %2111, i32 %2112, i32 %2113, i32 %2153, i32 %2154, float %2089, float %2090, float %2091, float %2092)
	%2161 = extractvalue { float, float, float, float } %2160, 0
	%2162 = extractvalue { float, float, float, float } %2160, 1
	%2163 = extractvalue { float, float, float, float } %2160, 2
	%2164 = extractvalue { float, float, float, float } %2160, 3
	%2165 = xor i32 %1893, 96
	%2166 = add i32 %2165, 6144
	%2167 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2166)
	%2168 = extractvalue { i32, i32, i32, i32 } %2167, 0
	%2169 = extractvalue { i32, i32, i32, i32 } %2167, 1
	%2170 = extractvalue { i32, i32, i32, i32 } %2167, 2
	%2171 = extractvalue { i32, i32, i32, i32 } %2167, 3
	%2172 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2110, i32 %2111, i32 %2112, i32 %2113, i32 %2168, i32 %2169, float %2101, float %2102, float %2103, float %2104)
	%2173 = extractvalue { float, float, float, float } %2172, 0
	%2174 = extractvalue { float, float, float, float } %2172, 1
	%2175 = extractvalue { float, float, float, float } %2172, 2
	%2176 = extractvalue { float, float, float, float } %2172, 3
	%2177 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2110, i32 %2111, i32 %2112, i32 %2113, i32 %2170, i32 %2171, float %2106, float %2107, float %2108, float %2109)
	%2178 = extractvalue { float, float, float, float } %2177, 0
	%2179 = extractvalue { float, float, float, float } %2177, 1
	%2180 = extractvalue { float, float, float, float } %2177, 2
	%2181 = extractvalue { float, float, float, float } %2177, 3
	br i1 %1843, label %loop, label %epilogue

store0:
	%2182 = mul i32 %22, %M
	%2183 = add i32 %2182, %594
	%2184 = mul i32 %2183, 64
	%2185 = shl i32 %6, 1
	%2186 = add i32 0, %2185
	%2187 = add i32 %2184, %2186
	%2188 = sext i32 %2187 to i64
	%2189 = getelementptr i16, i16* %out, i64 %2188
	%2190 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %596, float %595)
	%2191 = bitcast i16* %2189 to i32*
	store i32 %2190, i32* %2191
	%2192 = shl i32 %6, 1
	%2193 = add i32 8, %2192
	%2194 = add i32 %2184, %2193
	%2195 = sext i32 %2194 to i64
	%2196 = getelementptr i16, i16* %out, i64 %2195
	%2197 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %598, float %597)
	%2198 = bitcast i16* %2196 to i32*
	store i32 %2197, i32* %2198
	%2199 = shl i32 %6, 1
	%2200 = add i32 16, %2199
	%2201 = add i32 %2184, %2200
	%2202 = sext i32 %2201 to i64
	%2203 = getelementptr i16, i16* %out, i64 %2202
	%2204 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %600, float %599)
	%2205 = bitcast i16* %2203 to i32*
	store i32 %2204, i32* %2205
	%2206 = shl i32 %6, 1
	%2207 = add i32 24, %2206
	%2208 = add i32 %2184, %2207
	%2209 = sext i32 %2208 to i64
	%2210 = getelementptr i16, i16* %out, i64 %2209
	%2211 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %602, float %601)
	%2212 = bitcast i16* %2210 to i32*
	store i32 %2211, i32* %2212
	%2213 = shl i32 %6, 1
	%2214 = add i32 32, %2213
	%2215 = add i32 %2184, %2214
	%2216 = sext i32 %2215 to i64
	%2217 = getelementptr i16, i16* %out, i64 %2216
	%2218 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %604, float %603)
	%2219 = bitcast i16* %2217 to i32*
	store i32 %2218, i32* %2219
	%2220 = shl i32 %6, 1
	%2221 = add i32 40, %2220
	%2222 = add i32 %2184, %2221
	%2223 = sext i32 %2222 to i64
	%2224 = getelementptr i16, i16* %out, i64 %2223
	%2225 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %606, float %605)
	%2226 = bitcast i16* %2224 to i32*
	store i32 %2225, i32* %2226
	%2227 = shl i32 %6, 1
	%2228 = add i32 48, %2227
	%2229 = add i32 %2184, %2228
	%2230 = sext i32 %2229 to i64
	%2231 = getelementptr i16, i16* %out, i64 %2230
	%2232 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %608, float %607)
	%2233 = bitcast i16* %2231 to i32*
	store i32 %2232, i32* %2233
	%2234 = shl i32 %6, 1
	%2235 = add i32 56, %2234
	%2236 = add i32 %2184, %2235
	%2237 = sext i32 %2236 to i64
	%2238 = getelementptr i16, i16* %out, i64 %2237
	%2239 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %610, float %609)
	%2240 = bitcast i16* %2238 to i32*
	store i32 %2239, i32* %2240
	br label %stored0

stored0:
	%2241 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %550, i32 1, i32 31)
	%2242 = fadd float %550, %2241
	%2243 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2242, i32 2, i32 31)
	%2244 = fadd float %2242, %2243
	%2245 = fcmp ogt float %2244, 0.0
	%2246 = fdiv float 1.0, %2244
	%2247 = select i1 %2245, float %2246, float 0.0
	%2248 = mul i32 %3, 16
	%2249 = add i32 %24, %2248
	%2250 = add i32 %5, 8
	%2251 = add i32 %2249, %2250
	%2252 = fmul float %554, %2247
	%2253 = fmul float %555, %2247
	%2254 = fmul float %558, %2247
	%2255 = fmul float %559, %2247
	%2256 = fmul float %562, %2247
	%2257 = fmul float %563, %2247
	%2258 = fmul float %566, %2247
	%2259 = fmul float %567, %2247
	%2260 = fmul float %570, %2247
	%2261 = fmul float %571, %2247
	%2262 = fmul float %574, %2247
	%2263 = fmul float %575, %2247
	%2264 = fmul float %578, %2247
	%2265 = fmul float %579, %2247
	%2266 = fmul float %582, %2247
	%2267 = fmul float %583, %2247
	%2268 = icmp slt i32 %2251, %M
	br i1 %2268, label %store1, label %stored1

store1:
	%2269 = mul i32 %22, %M
	%2270 = add i32 %2269, %2251
	%2271 = mul i32 %2270, 64
	%2272 = shl i32 %6, 1
	%2273 = add i32 0, %2272
	%2274 = add i32 %2271, %2273
	%2275 = sext i32 %2274 to i64
	%2276 = getelementptr i16, i16* %out, i64 %2275
	%2277 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2253, float %2252)
	%2278 = bitcast i16* %2276 to i32*
	store i32 %2277, i32* %2278
	%2279 = shl i32 %6, 1
	%2280 = add i32 8, %2279
	%2281 = add i32 %2271, %2280
	%2282 = sext i32 %2281 to i64
	%2283 = getelementptr i16, i16* %out, i64 %2282
	%2284 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2255, float %2254)
	%2285 = bitcast i16* %2283 to i32*
	store i32 %2284, i32* %2285
	%2286 = shl i32 %6, 1
	%2287 = add i32 16, %2286
	%2288 = add i32 %2271, %2287
	%2289 = sext i32 %2288 to i64
	%2290 = getelementptr i16, i16* %out, i64 %2289
	%2291 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2257, float %2256)
	%2292 = bitcast i16* %2290 to i32*
	store i32 %2291, i32* %2292
	%2293 = shl i32 %6, 1
	%2294 = add i32 24, %2293
	%2295 = add i32 %2271, %2294
	%2296 = sext i32 %2295 to i64
	%2297 = getelementptr i16, i16* %out, i64 %2296
	%2298 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2259, float %2258)
	%2299 = bitcast i16* %2297 to i32*
	store i32 %2298, i32* %2299
	%2300 = shl i32 %6, 1
	%2301 = add i32 32, %2300
	%2302 = add i32 %2271, %2301
	%2303 = sext i32 %2302 to i64
	%2304 = getelementptr i16, i16* %out, i64 %2303
	%2305 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2261, float %2260)
	%2306 = bitcast i16* %2304 to i32*
	store i32 %2305, i32* %2306
	%2307 = shl i32 %6, 1
	%2308 = add i32 40, %2307
	%2309 = add i32 %2271, %2308
	%2310 = sext i32 %2309 to i64
	%2311 = getelementptr i16, i16* %out, i64 %2310
	%2312 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2263, float %2262)
	%2313 = bitcast i16* %2311 to i32*
	store i32 %2312, i32* %2313
	%2314 = shl i32 %6, 1
	%2315 = add i32 48, %2314
	%2316 = add i32 %2271, %2315
	%2317 = sext i32 %2316 to i64
	%2318 = getelementptr i16, i16* %out, i64 %2317
	%2319 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2265, float %2264)
	%2320 = bitcast i16* %2318 to i32*
	store i32 %2319, i32* %2320
	%2321 = shl i32 %6, 1
	%2322 = add i32 56, %2321
	%2323 = add i32 %2271, %2322
	%2324 = sext i32 %2323 to i64
	%2325 = getelementptr i16, i16* %out, i64 %2324
	%2326 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2267, float %2266)
	%2327 = bitcast i16* %2325 to i32*
	store i32 %2326, i32* %2327
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
	br i1 %12, label %13, label %17

13:
	%14 = mul i32 %2, %M
	%15 = add i32 %14, %11
	%16 = mul i32 %15, %W
	br label %19

17:
	call void @llvm.nvvm.barrier0()
	%18 = icmp eq i32 %0, 0
	br i1 %18, label %57, label %58

19:
	%20 = phi i32 [ 0, %13 ], [ %38, %36 ]
	%21 = icmp slt i32 %20, %W
	br i1 %21, label %22, label %34

22:
	%23 = add i32 %16, %20
	%24 = sext i32 %23 to i64
	%25 = getelementptr i32, i32* %rows, i64 %24
	%26 = load i32, i32* %25
	%27 = icmp slt i32 %26, 0
	%28 = add i32 %26, 1
	%29 = mul i32 %26, 16
	%30 = add i32 %29, 16
	%31 = icmp slt i32 %30, %N
	%32 = select i1 %31, i32 %30, i32 %N
	%33 = xor i1 %27, true
	br i1 %33, label %35, label %36

34:
	br label %17

35:
	br label %39

36:
	%37 = add i32 %20, 1
	%38 = select i1 %27, i32 %W, i32 %37
	br label %19

39:
	%40 = phi i32 [ %29, %35 ], [ %47, %42 ]
	%41 = icmp slt i32 %40, %32
	br i1 %41, label %42, label %56

42:
	%43 = sdiv i32 %40, 64
	%44 = add i32 %43, 1
	%45 = mul i32 %44, 64
	%46 = icmp slt i32 %32, %45
	%47 = select i1 %46, i32 %32, i32 %45
	%48 = mul i32 %43, 64
	%49 = sub i32 %40, %48
	%50 = sub i32 %47, %48
	%51 = and i32 %43, 31
	%52 = shl i32 1, %51
	%53 = lshr i32 %43, 5
	%54 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @moba_attn2_rowcount_w, i32 0, i32 %53
	%55 = atomicrmw or i32 addrspace(3)* %54, i32 %52 monotonic
	br label %39

56:
	br label %36

57:
	br label %59

58:
	ret void

59:
	%60 = phi i32 [ 0, %57 ], [ %68, %63 ]
	%61 = phi i32 [ 0, %57 ], [ %67, %63 ]
	%62 = icmp slt i32 %60, 256
	br i1 %62, label %63, label %69

63:
	%64 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @moba_attn2_rowcount_w, i32 0, i32 %60
	%65 = load i32, i32 addrspace(3)* %64
	%66 = call i32 @llvm.ctpop.i32(i32 %65)
	%67 = add i32 %61, %66
	%68 = add i32 %60, 1
	br label %59

69:
	%70 = mul i32 %2, %NQ
	%71 = add i32 %70, %1
	%72 = sext i32 %71 to i64
	%73 = getelementptr i32, i32* %counts, i64 %72
	store i32 %61, i32* %73
	br label %58
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
	br i1 %14, label %15, label %19

15:
	%16 = mul i32 %2, %M
	%17 = add i32 %16, %13
	%18 = mul i32 %17, %W
	br label %21

19:
	call void @llvm.nvvm.barrier0()
	%20 = icmp eq i32 %0, 0
	br i1 %20, label %59, label %60

21:
	%22 = phi i32 [ 0, %15 ], [ %40, %38 ]
	%23 = icmp slt i32 %22, %W
	br i1 %23, label %24, label %36

24:
	%25 = add i32 %18, %22
	%26 = sext i32 %25 to i64
	%27 = getelementptr i32, i32* %rows, i64 %26
	%28 = load i32, i32* %27
	%29 = icmp slt i32 %28, 0
	%30 = add i32 %28, 1
	%31 = mul i32 %28, 16
	%32 = add i32 %31, 16
	%33 = icmp slt i32 %32, %N
	%34 = select i1 %33, i32 %32, i32 %N
	%35 = xor i1 %29, true
	br i1 %35, label %37, label %38

36:
	br label %19

37:
	br label %41

38:
	%39 = add i32 %22, 1
	%40 = select i1 %29, i32 %W, i32 %39
	br label %21

41:
	%42 = phi i32 [ %31, %37 ], [ %49, %44 ]
	%43 = icmp slt i32 %42, %34
	br i1 %43, label %44, label %58

44:
	%45 = sdiv i32 %42, 64
	%46 = add i32 %45, 1
	%47 = mul i32 %46, 64
	%48 = icmp slt i32 %34, %47
	%49 = select i1 %48, i32 %34, i32 %47
	%50 = mul i32 %45, 64
	%51 = sub i32 %42, %50
	%52 = sub i32 %49, %50
	%53 = and i32 %45, 31
	%54 = shl i32 1, %53
	%55 = lshr i32 %45, 5
	%56 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @moba_attn2_rowfill_w, i32 0, i32 %55
	%57 = atomicrmw or i32 addrspace(3)* %56, i32 %54 monotonic
	br label %41

58:
	br label %38

59:
	br label %65

60:
	call void @llvm.nvvm.barrier0()
	%61 = getelementptr [257 x i32], [257 x i32] addrspace(3)* @moba_attn2_rowfill_r, i32 0, i32 256
	%62 = load i32, i32 addrspace(3)* %61
	%63 = mul i32 %NK, 2
	%64 = mul i32 %4, %63
	br label %78

65:
	%66 = phi i32 [ 0, %59 ], [ %75, %69 ]
	%67 = phi i32 [ 0, %59 ], [ %74, %69 ]
	%68 = icmp slt i32 %66, 256
	br i1 %68, label %69, label %76

69:
	%70 = getelementptr [257 x i32], [257 x i32] addrspace(3)* @moba_attn2_rowfill_r, i32 0, i32 %66
	store i32 %67, i32 addrspace(3)* %70
	%71 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @moba_attn2_rowfill_w, i32 0, i32 %66
	%72 = load i32, i32 addrspace(3)* %71
	%73 = call i32 @llvm.ctpop.i32(i32 %72)
	%74 = add i32 %67, %73
	%75 = add i32 %66, 1
	br label %65

76:
	%77 = getelementptr [257 x i32], [257 x i32] addrspace(3)* @moba_attn2_rowfill_r, i32 0, i32 256
	store i32 %67, i32 addrspace(3)* %77
	br label %60

78:
	%79 = phi i32 [ %0, %60 ], [ %124, %123 ]
	%80 = icmp slt i32 %79, %NK
	br i1 %80, label %81, label %89

81:
	%82 = lshr i32 %79, 5
	%83 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @moba_attn2_rowfill_w, i32 0, i32 %82
	%84 = load i32, i32 addrspace(3)* %83
	%85 = and i32 %79, 31
	%86 = shl i32 1, %85
	%87 = and i32 %84, %86
	%88 = icmp ne i32 %87, 0
	br i1 %88, label %93, label %113

89:
	%90 = sext i32 %4 to i64
	%91 = getelementptr i64, i64* %offs, i64 %90
	%92 = load i64, i64* %91
	br label %125

93:
	%94 = lshr i32 %79, 5
	%95 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @moba_attn2_rowfill_w, i32 0, i32 %94
	%96 = load i32, i32 addrspace(3)* %95
	%97 = and i32 %79, 31
	%98 = shl i32 1, %97
	%99 = sub i32 %98, 1
	%100 = and i32 %96, %99
	%101 = lshr i32 %79, 5
	%102 = getelementptr [257 x i32], [257 x i32] addrspace(3)* @moba_attn2_rowfill_r, i32 0, i32 %101
	%103 = load i32, i32 addrspace(3)* %102
	%104 = call i32 @llvm.ctpop.i32(i32 %100)
	%105 = add i32 %103, %104
	%106 = add i32 %64, %105
	%107 = sext i32 %106 to i64
	%108 = getelementptr i32, i32* %list, i64 %107
	store i32 %79, i32* %108
	%109 = add i32 %NK, %105
	%110 = add i32 %64, %109
	%111 = sext i32 %110 to i64
	%112 = getelementptr i32, i32* %list, i64 %111
	store i32 0, i32* %112
	br label %113

113:
	%114 = icmp sge i32 %79, %62
	br i1 %114, label %115, label %123

115:
	%116 = add i32 %64, %79
	%117 = sext i32 %116 to i64
	%118 = getelementptr i32, i32* %list, i64 %117
	store i32 -1, i32* %118
	%119 = add i32 %NK, %79
	%120 = add i32 %64, %119
	%121 = sext i32 %120 to i64
	%122 = getelementptr i32, i32* %list, i64 %121
	store i32 -1, i32* %122
	br label %123

123:
	%124 = add i32 %79, 64
	br label %78

125:
	%126 = phi i32 [ 0, %89 ], [ %134, %128 ]
	%127 = icmp slt i32 %126, %62
	br i1 %127, label %128, label %135

128:
	%129 = mul i32 %126, 64
	%130 = add i32 %129, %0
	%131 = sext i32 %130 to i64
	%132 = add i64 %92, %131
	%133 = getelementptr i64, i64* %masks, i64 %132
	store i64 0, i64* %133
	%134 = add i32 %126, 1
	br label %125

135:
	%136 = mul i32 %1, 64
	%137 = add i32 %136, %0
	%138 = icmp slt i32 %137, %M
	br i1 %138, label %139, label %143

139:
	%140 = mul i32 %2, %M
	%141 = add i32 %140, %137
	%142 = mul i32 %141, %W
	br label %147

143:
	%144 = phi i32 [ -1, %135 ], [ %149, %164 ]
	%145 = phi i64 [ 0, %135 ], [ %150, %164 ]
	%146 = icmp sge i32 %144, 0
	br i1 %146, label %217, label %235

147:
	%148 = phi i32 [ 0, %139 ], [ %170, %166 ]
	%149 = phi i32 [ -1, %139 ], [ %167, %166 ]
	%150 = phi i64 [ 0, %139 ], [ %168, %166 ]
	%151 = icmp slt i32 %148, %W
	br i1 %151, label %152, label %164

152:
	%153 = add i32 %142, %148
	%154 = sext i32 %153 to i64
	%155 = getelementptr i32, i32* %rows, i64 %154
	%156 = load i32, i32* %155
	%157 = icmp slt i32 %156, 0
	%158 = add i32 %156, 1
	%159 = mul i32 %156, 16
	%160 = add i32 %159, 16
	%161 = icmp slt i32 %160, %N
	%162 = select i1 %161, i32 %160, i32 %N
	%163 = xor i1 %157, true
	br i1 %163, label %165, label %166

164:
	br label %143

165:
	br label %171

166:
	%167 = phi i32 [ %149, %152 ], [ %173, %186 ]
	%168 = phi i64 [ %150, %152 ], [ %174, %186 ]
	%169 = add i32 %148, 1
	%170 = select i1 %157, i32 %W, i32 %169
	br label %147

171:
	%172 = phi i32 [ %159, %165 ], [ %181, %189 ]
	%173 = phi i32 [ %149, %165 ], [ %177, %189 ]
	%174 = phi i64 [ %150, %165 ], [ %197, %189 ]
	%175 = icmp slt i32 %172, %162
	br i1 %175, label %176, label %186

176:
	%177 = sdiv i32 %172, 64
	%178 = add i32 %177, 1
	%179 = mul i32 %178, 64
	%180 = icmp slt i32 %162, %179
	%181 = select i1 %180, i32 %162, i32 %179
	%182 = mul i32 %177, 64
	%183 = sub i32 %172, %182
	%184 = sub i32 %181, %182
	%185 = icmp ne i32 %177, %173
	br i1 %185, label %187, label %189

186:
	br label %166

187:
	%188 = icmp sge i32 %173, 0
	br i1 %188, label %198, label %216

189:
	%190 = sub i32 %184, %183
	%191 = sext i32 %190 to i64
	%192 = sub i64 64, %191
	%193 = lshr i64 -1, %192
	%194 = sext i32 %183 to i64
	%195 = shl i64 %193, %194
	%196 = select i1 %185, i64 0, i64 %174
	%197 = or i64 %196, %195
	br label %171

198:
	%199 = lshr i32 %173, 5
	%200 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @moba_attn2_rowfill_w, i32 0, i32 %199
	%201 = load i32, i32 addrspace(3)* %200
	%202 = and i32 %173, 31
	%203 = shl i32 1, %202
	%204 = sub i32 %203, 1
	%205 = and i32 %201, %204
	%206 = lshr i32 %173, 5
	%207 = getelementptr [257 x i32], [257 x i32] addrspace(3)* @moba_attn2_rowfill_r, i32 0, i32 %206
	%208 = load i32, i32 addrspace(3)* %207
	%209 = call i32 @llvm.ctpop.i32(i32 %205)
	%210 = add i32 %208, %209
	%211 = mul i32 %210, 64
	%212 = add i32 %211, %0
	%213 = sext i32 %212 to i64
	%214 = add i64 %92, %213
	%215 = getelementptr i64, i64* %masks, i64 %214
	store i64 %174, i64* %215
	br label %216

216:
	br label %189

217:
	%218 = lshr i32 %144, 5
	%219 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @moba_attn2_rowfill_w, i32 0, i32 %218
	%220 = load i32, i32 addrspace(3)* %219
	%221 = and i32 %144, 31
	%222 = shl i32 1, %221
	%223 = sub i32 %222, 1
	%224 = and i32 %220, %223
	%225 = lshr i32 %144, 5
	%226 = getelementptr [257 x i32], [257 x i32] addrspace(3)* @moba_attn2_rowfill_r, i32 0, i32 %225
	%227 = load i32, i32 addrspace(3)* %226
	%228 = call i32 @llvm.ctpop.i32(i32 %224)
	%229 = add i32 %227, %228
	%230 = mul i32 %229, 64
	%231 = add i32 %230, %0
	%232 = sext i32 %231 to i64
	%233 = add i64 %92, %232
	%234 = getelementptr i64, i64* %masks, i64 %233
	store i64 %145, i64* %234
	br label %235

235:
	ret void
}

!nvvm.annotations = !{!0, !1, !2, !3, !4, !5, !6}
!0 = !{void (i16*, i16*, i32, i32)* @moba_gate_pool1, !"maxntidx", i32 64}
!1 = !{void (i16*, i16*, i32*, float*, i32, i32, i32, i32)* @moba_gate1, !"maxntidx", i32 128}
!2 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32, i64*, i64*)* @moba_attn2, !"maxntidx", i32 128}
!3 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32, i64*, i64*)* @moba_attn2, !"minctasm", i32 3}
!4 = !{void (i32*, i32*, i32, i32, i32, i32)* @moba_attn2_rowcount, !"maxntidx", i32 64}
!5 = !{void (i32*, i64*, i32)* @moba_attn2_rowscan, !"maxntidx", i32 1024}
!6 = !{void (i32*, i64*, i32*, i64*, i32, i32, i32, i32, i32)* @moba_attn2_rowfill, !"maxntidx", i32 64}
