; moba
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@moba_gate1_smem = internal addrspace(3) global [32832 x i8] undef, align 16
@moba_attn2_smem = internal addrspace(3) global [16384 x i8] undef, align 1024
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
	%547 = phi i32 [ 0, %entry ], [ %5912, %5909 ]
	%548 = phi i32 [ 0, %entry ], [ %2136, %5909 ]
	%549 = phi i32 [ 0, %entry ], [ %2137, %5909 ]
	%550 = phi i32 [ 0, %entry ], [ %3394, %5909 ]
	%551 = phi i32 [ 0, %entry ], [ %3395, %5909 ]
	%552 = phi i32 [ 0, %entry ], [ %4652, %5909 ]
	%553 = phi i32 [ 0, %entry ], [ %4653, %5909 ]
	%554 = phi i32 [ 0, %entry ], [ %5910, %5909 ]
	%555 = phi i32 [ 0, %entry ], [ %5911, %5909 ]
	%556 = icmp slt i32 %547, %377
	br i1 %556, label %557, label %561

557:
	%558 = mul i32 %4, 32
	%559 = add i32 %547, %558
	%560 = icmp slt i32 %559, %377
	br i1 %560, label %562, label %1515

561:
	br i1 %12, label %7093, label %7095

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
	%2136 = phi i32 [ %548, %2059 ], [ %3317, %3314 ]
	%2137 = phi i32 [ %549, %2059 ], [ %2191, %3314 ]
	br i1 %461, label %3318, label %3393

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
	br label %2208

2189:
	%2190 = phi i32 [ %548, %2060 ], [ %415, %3194 ]
	%2191 = phi i32 [ %549, %2060 ], [ %3170, %3194 ]
	%2192 = phi i32 [ %2132, %2060 ], [ %3214, %3194 ]
	%2193 = phi i1 [ %2114, %2060 ], [ %3196, %3194 ]
	%2194 = phi i1 [ %2119, %2060 ], [ %3201, %3194 ]
	%2195 = phi i1 [ %2124, %2060 ], [ %3206, %3194 ]
	%2196 = phi i1 [ %2129, %2060 ], [ %3211, %3194 ]
	%2197 = phi i32 [ %2115, %2060 ], [ %3197, %3194 ]
	%2198 = phi i32 [ %2120, %2060 ], [ %3202, %3194 ]
	%2199 = phi i32 [ %2125, %2060 ], [ %3207, %3194 ]
	%2200 = phi i32 [ %2130, %2060 ], [ %3212, %3194 ]
	%2201 = shl i32 1, %3
	%2202 = sub i32 %2201, 1
	%2203 = mul i32 %378, 160
	%2204 = and i32 %2197, %2202
	%2205 = call i32 @llvm.ctpop.i32(i32 %2204)
	%2206 = add i32 %2190, %2205
	%2207 = add i32 %2203, %2206
	br i1 %2193, label %3257, label %3266

2208:
	%2209 = phi i32 [ %3, %2138 ], [ %2463, %2462 ]
	%2210 = icmp slt i32 %2209, %548
	br i1 %2210, label %2211, label %2220

2211:
	%2212 = add i32 %2139, %2209
	%2213 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%2214 = bitcast i8 addrspace(3)* %2213 to i32 addrspace(3)*
	%2215 = getelementptr i32, i32 addrspace(3)* %2214, i32 %2212
	%2216 = load i32, i32 addrspace(3)* %2215
	%2217 = and i32 %2216, 0
	%2218 = icmp eq i32 %2217, 0
	%2219 = and i1 true, %2218
	br i1 %2219, label %2454, label %2462

2220:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2221 = mul i32 %3, 8
	%2222 = add i32 %2221, 0
	%2223 = sub i32 255, %2222
	%2224 = add i32 %2140, %2223
	%2225 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2226 = bitcast i8 addrspace(3)* %2225 to i32 addrspace(3)*
	%2227 = getelementptr i32, i32 addrspace(3)* %2226, i32 %2224
	%2228 = load i32, i32 addrspace(3)* %2227
	%2229 = add i32 0, %2228
	%2230 = mul i32 %3, 8
	%2231 = add i32 %2230, 1
	%2232 = sub i32 255, %2231
	%2233 = add i32 %2140, %2232
	%2234 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2235 = bitcast i8 addrspace(3)* %2234 to i32 addrspace(3)*
	%2236 = getelementptr i32, i32 addrspace(3)* %2235, i32 %2233
	%2237 = load i32, i32 addrspace(3)* %2236
	%2238 = add i32 %2229, %2237
	%2239 = mul i32 %3, 8
	%2240 = add i32 %2239, 2
	%2241 = sub i32 255, %2240
	%2242 = add i32 %2140, %2241
	%2243 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2244 = bitcast i8 addrspace(3)* %2243 to i32 addrspace(3)*
	%2245 = getelementptr i32, i32 addrspace(3)* %2244, i32 %2242
	%2246 = load i32, i32 addrspace(3)* %2245
	%2247 = add i32 %2238, %2246
	%2248 = mul i32 %3, 8
	%2249 = add i32 %2248, 3
	%2250 = sub i32 255, %2249
	%2251 = add i32 %2140, %2250
	%2252 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2253 = bitcast i8 addrspace(3)* %2252 to i32 addrspace(3)*
	%2254 = getelementptr i32, i32 addrspace(3)* %2253, i32 %2251
	%2255 = load i32, i32 addrspace(3)* %2254
	%2256 = add i32 %2247, %2255
	%2257 = mul i32 %3, 8
	%2258 = add i32 %2257, 4
	%2259 = sub i32 255, %2258
	%2260 = add i32 %2140, %2259
	%2261 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2262 = bitcast i8 addrspace(3)* %2261 to i32 addrspace(3)*
	%2263 = getelementptr i32, i32 addrspace(3)* %2262, i32 %2260
	%2264 = load i32, i32 addrspace(3)* %2263
	%2265 = add i32 %2256, %2264
	%2266 = mul i32 %3, 8
	%2267 = add i32 %2266, 5
	%2268 = sub i32 255, %2267
	%2269 = add i32 %2140, %2268
	%2270 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2271 = bitcast i8 addrspace(3)* %2270 to i32 addrspace(3)*
	%2272 = getelementptr i32, i32 addrspace(3)* %2271, i32 %2269
	%2273 = load i32, i32 addrspace(3)* %2272
	%2274 = add i32 %2265, %2273
	%2275 = mul i32 %3, 8
	%2276 = add i32 %2275, 6
	%2277 = sub i32 255, %2276
	%2278 = add i32 %2140, %2277
	%2279 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2280 = bitcast i8 addrspace(3)* %2279 to i32 addrspace(3)*
	%2281 = getelementptr i32, i32 addrspace(3)* %2280, i32 %2278
	%2282 = load i32, i32 addrspace(3)* %2281
	%2283 = add i32 %2274, %2282
	%2284 = mul i32 %3, 8
	%2285 = add i32 %2284, 7
	%2286 = sub i32 255, %2285
	%2287 = add i32 %2140, %2286
	%2288 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2289 = bitcast i8 addrspace(3)* %2288 to i32 addrspace(3)*
	%2290 = getelementptr i32, i32 addrspace(3)* %2289, i32 %2287
	%2291 = load i32, i32 addrspace(3)* %2290
	%2292 = add i32 %2283, %2291
	%2293 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2292, i32 1, i32 0)
	%2294 = icmp uge i32 %3, 1
	%2295 = select i1 %2294, i32 %2293, i32 0
	%2296 = add i32 %2292, %2295
	%2297 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2296, i32 2, i32 0)
	%2298 = icmp uge i32 %3, 2
	%2299 = select i1 %2298, i32 %2297, i32 0
	%2300 = add i32 %2296, %2299
	%2301 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2300, i32 4, i32 0)
	%2302 = icmp uge i32 %3, 4
	%2303 = select i1 %2302, i32 %2301, i32 0
	%2304 = add i32 %2300, %2303
	%2305 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2304, i32 8, i32 0)
	%2306 = icmp uge i32 %3, 8
	%2307 = select i1 %2306, i32 %2305, i32 0
	%2308 = add i32 %2304, %2307
	%2309 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2308, i32 16, i32 0)
	%2310 = icmp uge i32 %3, 16
	%2311 = select i1 %2310, i32 %2309, i32 0
	%2312 = add i32 %2308, %2311
	%2313 = sub i32 %2312, %2292
	%2314 = icmp slt i32 %2313, %415
	%2315 = icmp sge i32 %2312, %415
	%2316 = and i1 %2314, %2315
	%2317 = add i32 %2313, %2228
	%2318 = xor i1 false, true
	%2319 = icmp sge i32 %2317, %415
	%2320 = and i1 %2318, %2319
	%2321 = mul i32 %3, 8
	%2322 = add i32 %2321, 0
	%2323 = sub i32 255, %2322
	%2324 = select i1 %2320, i32 %2323, i32 0
	%2325 = select i1 %2320, i32 %2313, i32 0
	%2326 = or i1 false, %2320
	%2327 = add i32 %2317, %2237
	%2328 = xor i1 %2326, true
	%2329 = icmp sge i32 %2327, %415
	%2330 = and i1 %2328, %2329
	%2331 = mul i32 %3, 8
	%2332 = add i32 %2331, 1
	%2333 = sub i32 255, %2332
	%2334 = select i1 %2330, i32 %2333, i32 %2324
	%2335 = select i1 %2330, i32 %2317, i32 %2325
	%2336 = or i1 %2326, %2330
	%2337 = add i32 %2327, %2246
	%2338 = xor i1 %2336, true
	%2339 = icmp sge i32 %2337, %415
	%2340 = and i1 %2338, %2339
	%2341 = mul i32 %3, 8
	%2342 = add i32 %2341, 2
	%2343 = sub i32 255, %2342
	%2344 = select i1 %2340, i32 %2343, i32 %2334
	%2345 = select i1 %2340, i32 %2327, i32 %2335
	%2346 = or i1 %2336, %2340
	%2347 = add i32 %2337, %2255
	%2348 = xor i1 %2346, true
	%2349 = icmp sge i32 %2347, %415
	%2350 = and i1 %2348, %2349
	%2351 = mul i32 %3, 8
	%2352 = add i32 %2351, 3
	%2353 = sub i32 255, %2352
	%2354 = select i1 %2350, i32 %2353, i32 %2344
	%2355 = select i1 %2350, i32 %2337, i32 %2345
	%2356 = or i1 %2346, %2350
	%2357 = add i32 %2347, %2264
	%2358 = xor i1 %2356, true
	%2359 = icmp sge i32 %2357, %415
	%2360 = and i1 %2358, %2359
	%2361 = mul i32 %3, 8
	%2362 = add i32 %2361, 4
	%2363 = sub i32 255, %2362
	%2364 = select i1 %2360, i32 %2363, i32 %2354
	%2365 = select i1 %2360, i32 %2347, i32 %2355
	%2366 = or i1 %2356, %2360
	%2367 = add i32 %2357, %2273
	%2368 = xor i1 %2366, true
	%2369 = icmp sge i32 %2367, %415
	%2370 = and i1 %2368, %2369
	%2371 = mul i32 %3, 8
	%2372 = add i32 %2371, 5
	%2373 = sub i32 255, %2372
	%2374 = select i1 %2370, i32 %2373, i32 %2364
	%2375 = select i1 %2370, i32 %2357, i32 %2365
	%2376 = or i1 %2366, %2370
	%2377 = add i32 %2367, %2282
	%2378 = xor i1 %2376, true
	%2379 = icmp sge i32 %2377, %415
	%2380 = and i1 %2378, %2379
	%2381 = mul i32 %3, 8
	%2382 = add i32 %2381, 6
	%2383 = sub i32 255, %2382
	%2384 = select i1 %2380, i32 %2383, i32 %2374
	%2385 = select i1 %2380, i32 %2367, i32 %2375
	%2386 = or i1 %2376, %2380
	%2387 = add i32 %2377, %2291
	%2388 = xor i1 %2386, true
	%2389 = icmp sge i32 %2387, %415
	%2390 = and i1 %2388, %2389
	%2391 = mul i32 %3, 8
	%2392 = add i32 %2391, 7
	%2393 = sub i32 255, %2392
	%2394 = select i1 %2390, i32 %2393, i32 %2384
	%2395 = select i1 %2390, i32 %2377, i32 %2385
	%2396 = or i1 %2386, %2390
	%2397 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2316)
	%2398 = call i32 @llvm.cttz.i32(i32 %2397, i1 false)
	%2399 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2394, i32 %2398, i32 31)
	%2400 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2395, i32 %2398, i32 31)
	%2401 = shl i32 %2399, 24
	%2402 = or i32 0, %2401
	%2403 = shl i32 255, 24
	%2404 = or i32 0, %2403
	%2405 = sub i32 %415, %2400
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2406 = mul i32 %3, 8
	%2407 = add i32 %2406, 0
	%2408 = add i32 %2140, %2407
	%2409 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2410 = bitcast i8 addrspace(3)* %2409 to i32 addrspace(3)*
	%2411 = getelementptr i32, i32 addrspace(3)* %2410, i32 %2408
	store i32 0, i32 addrspace(3)* %2411
	%2412 = mul i32 %3, 8
	%2413 = add i32 %2412, 1
	%2414 = add i32 %2140, %2413
	%2415 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2416 = bitcast i8 addrspace(3)* %2415 to i32 addrspace(3)*
	%2417 = getelementptr i32, i32 addrspace(3)* %2416, i32 %2414
	store i32 0, i32 addrspace(3)* %2417
	%2418 = mul i32 %3, 8
	%2419 = add i32 %2418, 2
	%2420 = add i32 %2140, %2419
	%2421 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2422 = bitcast i8 addrspace(3)* %2421 to i32 addrspace(3)*
	%2423 = getelementptr i32, i32 addrspace(3)* %2422, i32 %2420
	store i32 0, i32 addrspace(3)* %2423
	%2424 = mul i32 %3, 8
	%2425 = add i32 %2424, 3
	%2426 = add i32 %2140, %2425
	%2427 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2428 = bitcast i8 addrspace(3)* %2427 to i32 addrspace(3)*
	%2429 = getelementptr i32, i32 addrspace(3)* %2428, i32 %2426
	store i32 0, i32 addrspace(3)* %2429
	%2430 = mul i32 %3, 8
	%2431 = add i32 %2430, 4
	%2432 = add i32 %2140, %2431
	%2433 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2434 = bitcast i8 addrspace(3)* %2433 to i32 addrspace(3)*
	%2435 = getelementptr i32, i32 addrspace(3)* %2434, i32 %2432
	store i32 0, i32 addrspace(3)* %2435
	%2436 = mul i32 %3, 8
	%2437 = add i32 %2436, 5
	%2438 = add i32 %2140, %2437
	%2439 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2440 = bitcast i8 addrspace(3)* %2439 to i32 addrspace(3)*
	%2441 = getelementptr i32, i32 addrspace(3)* %2440, i32 %2438
	store i32 0, i32 addrspace(3)* %2441
	%2442 = mul i32 %3, 8
	%2443 = add i32 %2442, 6
	%2444 = add i32 %2140, %2443
	%2445 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2446 = bitcast i8 addrspace(3)* %2445 to i32 addrspace(3)*
	%2447 = getelementptr i32, i32 addrspace(3)* %2446, i32 %2444
	store i32 0, i32 addrspace(3)* %2447
	%2448 = mul i32 %3, 8
	%2449 = add i32 %2448, 7
	%2450 = add i32 %2140, %2449
	%2451 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2452 = bitcast i8 addrspace(3)* %2451 to i32 addrspace(3)*
	%2453 = getelementptr i32, i32 addrspace(3)* %2452, i32 %2450
	store i32 0, i32 addrspace(3)* %2453
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %2464

2454:
	%2455 = lshr i32 %2216, 24
	%2456 = and i32 %2455, 255
	%2457 = add i32 %2140, %2456
	%2458 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2459 = bitcast i8 addrspace(3)* %2458 to i32 addrspace(3)*
	%2460 = getelementptr i32, i32 addrspace(3)* %2459, i32 %2457
	%2461 = atomicrmw add i32 addrspace(3)* %2460, i32 1 monotonic
	br label %2462

2462:
	%2463 = add i32 %2209, 32
	br label %2208

2464:
	%2465 = phi i32 [ %3, %2220 ], [ %2719, %2718 ]
	%2466 = icmp slt i32 %2465, %548
	br i1 %2466, label %2467, label %2476

2467:
	%2468 = add i32 %2139, %2465
	%2469 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%2470 = bitcast i8 addrspace(3)* %2469 to i32 addrspace(3)*
	%2471 = getelementptr i32, i32 addrspace(3)* %2470, i32 %2468
	%2472 = load i32, i32 addrspace(3)* %2471
	%2473 = and i32 %2472, %2404
	%2474 = icmp eq i32 %2473, %2402
	%2475 = and i1 true, %2474
	br i1 %2475, label %2710, label %2718

2476:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2477 = mul i32 %3, 8
	%2478 = add i32 %2477, 0
	%2479 = sub i32 255, %2478
	%2480 = add i32 %2140, %2479
	%2481 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2482 = bitcast i8 addrspace(3)* %2481 to i32 addrspace(3)*
	%2483 = getelementptr i32, i32 addrspace(3)* %2482, i32 %2480
	%2484 = load i32, i32 addrspace(3)* %2483
	%2485 = add i32 0, %2484
	%2486 = mul i32 %3, 8
	%2487 = add i32 %2486, 1
	%2488 = sub i32 255, %2487
	%2489 = add i32 %2140, %2488
	%2490 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2491 = bitcast i8 addrspace(3)* %2490 to i32 addrspace(3)*
	%2492 = getelementptr i32, i32 addrspace(3)* %2491, i32 %2489
	%2493 = load i32, i32 addrspace(3)* %2492
	%2494 = add i32 %2485, %2493
	%2495 = mul i32 %3, 8
	%2496 = add i32 %2495, 2
	%2497 = sub i32 255, %2496
	%2498 = add i32 %2140, %2497
	%2499 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2500 = bitcast i8 addrspace(3)* %2499 to i32 addrspace(3)*
	%2501 = getelementptr i32, i32 addrspace(3)* %2500, i32 %2498
	%2502 = load i32, i32 addrspace(3)* %2501
	%2503 = add i32 %2494, %2502
	%2504 = mul i32 %3, 8
	%2505 = add i32 %2504, 3
	%2506 = sub i32 255, %2505
	%2507 = add i32 %2140, %2506
	%2508 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2509 = bitcast i8 addrspace(3)* %2508 to i32 addrspace(3)*
	%2510 = getelementptr i32, i32 addrspace(3)* %2509, i32 %2507
	%2511 = load i32, i32 addrspace(3)* %2510
	%2512 = add i32 %2503, %2511
	%2513 = mul i32 %3, 8
	%2514 = add i32 %2513, 4
	%2515 = sub i32 255, %2514
	%2516 = add i32 %2140, %2515
	%2517 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2518 = bitcast i8 addrspace(3)* %2517 to i32 addrspace(3)*
	%2519 = getelementptr i32, i32 addrspace(3)* %2518, i32 %2516
	%2520 = load i32, i32 addrspace(3)* %2519
	%2521 = add i32 %2512, %2520
	%2522 = mul i32 %3, 8
	%2523 = add i32 %2522, 5
	%2524 = sub i32 255, %2523
	%2525 = add i32 %2140, %2524
	%2526 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2527 = bitcast i8 addrspace(3)* %2526 to i32 addrspace(3)*
	%2528 = getelementptr i32, i32 addrspace(3)* %2527, i32 %2525
	%2529 = load i32, i32 addrspace(3)* %2528
	%2530 = add i32 %2521, %2529
	%2531 = mul i32 %3, 8
	%2532 = add i32 %2531, 6
	%2533 = sub i32 255, %2532
	%2534 = add i32 %2140, %2533
	%2535 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2536 = bitcast i8 addrspace(3)* %2535 to i32 addrspace(3)*
	%2537 = getelementptr i32, i32 addrspace(3)* %2536, i32 %2534
	%2538 = load i32, i32 addrspace(3)* %2537
	%2539 = add i32 %2530, %2538
	%2540 = mul i32 %3, 8
	%2541 = add i32 %2540, 7
	%2542 = sub i32 255, %2541
	%2543 = add i32 %2140, %2542
	%2544 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2545 = bitcast i8 addrspace(3)* %2544 to i32 addrspace(3)*
	%2546 = getelementptr i32, i32 addrspace(3)* %2545, i32 %2543
	%2547 = load i32, i32 addrspace(3)* %2546
	%2548 = add i32 %2539, %2547
	%2549 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2548, i32 1, i32 0)
	%2550 = icmp uge i32 %3, 1
	%2551 = select i1 %2550, i32 %2549, i32 0
	%2552 = add i32 %2548, %2551
	%2553 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2552, i32 2, i32 0)
	%2554 = icmp uge i32 %3, 2
	%2555 = select i1 %2554, i32 %2553, i32 0
	%2556 = add i32 %2552, %2555
	%2557 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2556, i32 4, i32 0)
	%2558 = icmp uge i32 %3, 4
	%2559 = select i1 %2558, i32 %2557, i32 0
	%2560 = add i32 %2556, %2559
	%2561 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2560, i32 8, i32 0)
	%2562 = icmp uge i32 %3, 8
	%2563 = select i1 %2562, i32 %2561, i32 0
	%2564 = add i32 %2560, %2563
	%2565 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2564, i32 16, i32 0)
	%2566 = icmp uge i32 %3, 16
	%2567 = select i1 %2566, i32 %2565, i32 0
	%2568 = add i32 %2564, %2567
	%2569 = sub i32 %2568, %2548
	%2570 = icmp slt i32 %2569, %2405
	%2571 = icmp sge i32 %2568, %2405
	%2572 = and i1 %2570, %2571
	%2573 = add i32 %2569, %2484
	%2574 = xor i1 false, true
	%2575 = icmp sge i32 %2573, %2405
	%2576 = and i1 %2574, %2575
	%2577 = mul i32 %3, 8
	%2578 = add i32 %2577, 0
	%2579 = sub i32 255, %2578
	%2580 = select i1 %2576, i32 %2579, i32 0
	%2581 = select i1 %2576, i32 %2569, i32 0
	%2582 = or i1 false, %2576
	%2583 = add i32 %2573, %2493
	%2584 = xor i1 %2582, true
	%2585 = icmp sge i32 %2583, %2405
	%2586 = and i1 %2584, %2585
	%2587 = mul i32 %3, 8
	%2588 = add i32 %2587, 1
	%2589 = sub i32 255, %2588
	%2590 = select i1 %2586, i32 %2589, i32 %2580
	%2591 = select i1 %2586, i32 %2573, i32 %2581
	%2592 = or i1 %2582, %2586
	%2593 = add i32 %2583, %2502
	%2594 = xor i1 %2592, true
	%2595 = icmp sge i32 %2593, %2405
	%2596 = and i1 %2594, %2595
	%2597 = mul i32 %3, 8
	%2598 = add i32 %2597, 2
	%2599 = sub i32 255, %2598
	%2600 = select i1 %2596, i32 %2599, i32 %2590
	%2601 = select i1 %2596, i32 %2583, i32 %2591
	%2602 = or i1 %2592, %2596
	%2603 = add i32 %2593, %2511
	%2604 = xor i1 %2602, true
	%2605 = icmp sge i32 %2603, %2405
	%2606 = and i1 %2604, %2605
	%2607 = mul i32 %3, 8
	%2608 = add i32 %2607, 3
	%2609 = sub i32 255, %2608
	%2610 = select i1 %2606, i32 %2609, i32 %2600
	%2611 = select i1 %2606, i32 %2593, i32 %2601
	%2612 = or i1 %2602, %2606
	%2613 = add i32 %2603, %2520
	%2614 = xor i1 %2612, true
	%2615 = icmp sge i32 %2613, %2405
	%2616 = and i1 %2614, %2615
	%2617 = mul i32 %3, 8
	%2618 = add i32 %2617, 4
	%2619 = sub i32 255, %2618
	%2620 = select i1 %2616, i32 %2619, i32 %2610
	%2621 = select i1 %2616, i32 %2603, i32 %2611
	%2622 = or i1 %2612, %2616
	%2623 = add i32 %2613, %2529
	%2624 = xor i1 %2622, true
	%2625 = icmp sge i32 %2623, %2405
	%2626 = and i1 %2624, %2625
	%2627 = mul i32 %3, 8
	%2628 = add i32 %2627, 5
	%2629 = sub i32 255, %2628
	%2630 = select i1 %2626, i32 %2629, i32 %2620
	%2631 = select i1 %2626, i32 %2613, i32 %2621
	%2632 = or i1 %2622, %2626
	%2633 = add i32 %2623, %2538
	%2634 = xor i1 %2632, true
	%2635 = icmp sge i32 %2633, %2405
	%2636 = and i1 %2634, %2635
	%2637 = mul i32 %3, 8
	%2638 = add i32 %2637, 6
	%2639 = sub i32 255, %2638
	%2640 = select i1 %2636, i32 %2639, i32 %2630
	%2641 = select i1 %2636, i32 %2623, i32 %2631
	%2642 = or i1 %2632, %2636
	%2643 = add i32 %2633, %2547
	%2644 = xor i1 %2642, true
	%2645 = icmp sge i32 %2643, %2405
	%2646 = and i1 %2644, %2645
	%2647 = mul i32 %3, 8
	%2648 = add i32 %2647, 7
	%2649 = sub i32 255, %2648
	%2650 = select i1 %2646, i32 %2649, i32 %2640
	%2651 = select i1 %2646, i32 %2633, i32 %2641
	%2652 = or i1 %2642, %2646
	%2653 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2572)
	%2654 = call i32 @llvm.cttz.i32(i32 %2653, i1 false)
	%2655 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2650, i32 %2654, i32 31)
	%2656 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2651, i32 %2654, i32 31)
	%2657 = shl i32 %2655, 16
	%2658 = or i32 %2402, %2657
	%2659 = shl i32 255, 16
	%2660 = or i32 %2404, %2659
	%2661 = sub i32 %2405, %2656
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2662 = mul i32 %3, 8
	%2663 = add i32 %2662, 0
	%2664 = add i32 %2140, %2663
	%2665 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2666 = bitcast i8 addrspace(3)* %2665 to i32 addrspace(3)*
	%2667 = getelementptr i32, i32 addrspace(3)* %2666, i32 %2664
	store i32 0, i32 addrspace(3)* %2667
	%2668 = mul i32 %3, 8
	%2669 = add i32 %2668, 1
	%2670 = add i32 %2140, %2669
	%2671 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2672 = bitcast i8 addrspace(3)* %2671 to i32 addrspace(3)*
	%2673 = getelementptr i32, i32 addrspace(3)* %2672, i32 %2670
	store i32 0, i32 addrspace(3)* %2673
	%2674 = mul i32 %3, 8
	%2675 = add i32 %2674, 2
	%2676 = add i32 %2140, %2675
	%2677 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2678 = bitcast i8 addrspace(3)* %2677 to i32 addrspace(3)*
	%2679 = getelementptr i32, i32 addrspace(3)* %2678, i32 %2676
	store i32 0, i32 addrspace(3)* %2679
	%2680 = mul i32 %3, 8
	%2681 = add i32 %2680, 3
	%2682 = add i32 %2140, %2681
	%2683 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2684 = bitcast i8 addrspace(3)* %2683 to i32 addrspace(3)*
	%2685 = getelementptr i32, i32 addrspace(3)* %2684, i32 %2682
	store i32 0, i32 addrspace(3)* %2685
	%2686 = mul i32 %3, 8
	%2687 = add i32 %2686, 4
	%2688 = add i32 %2140, %2687
	%2689 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2690 = bitcast i8 addrspace(3)* %2689 to i32 addrspace(3)*
	%2691 = getelementptr i32, i32 addrspace(3)* %2690, i32 %2688
	store i32 0, i32 addrspace(3)* %2691
	%2692 = mul i32 %3, 8
	%2693 = add i32 %2692, 5
	%2694 = add i32 %2140, %2693
	%2695 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2696 = bitcast i8 addrspace(3)* %2695 to i32 addrspace(3)*
	%2697 = getelementptr i32, i32 addrspace(3)* %2696, i32 %2694
	store i32 0, i32 addrspace(3)* %2697
	%2698 = mul i32 %3, 8
	%2699 = add i32 %2698, 6
	%2700 = add i32 %2140, %2699
	%2701 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2702 = bitcast i8 addrspace(3)* %2701 to i32 addrspace(3)*
	%2703 = getelementptr i32, i32 addrspace(3)* %2702, i32 %2700
	store i32 0, i32 addrspace(3)* %2703
	%2704 = mul i32 %3, 8
	%2705 = add i32 %2704, 7
	%2706 = add i32 %2140, %2705
	%2707 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2708 = bitcast i8 addrspace(3)* %2707 to i32 addrspace(3)*
	%2709 = getelementptr i32, i32 addrspace(3)* %2708, i32 %2706
	store i32 0, i32 addrspace(3)* %2709
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %2720

2710:
	%2711 = lshr i32 %2472, 16
	%2712 = and i32 %2711, 255
	%2713 = add i32 %2140, %2712
	%2714 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2715 = bitcast i8 addrspace(3)* %2714 to i32 addrspace(3)*
	%2716 = getelementptr i32, i32 addrspace(3)* %2715, i32 %2713
	%2717 = atomicrmw add i32 addrspace(3)* %2716, i32 1 monotonic
	br label %2718

2718:
	%2719 = add i32 %2465, 32
	br label %2464

2720:
	%2721 = phi i32 [ %3, %2476 ], [ %2975, %2974 ]
	%2722 = icmp slt i32 %2721, %548
	br i1 %2722, label %2723, label %2732

2723:
	%2724 = add i32 %2139, %2721
	%2725 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%2726 = bitcast i8 addrspace(3)* %2725 to i32 addrspace(3)*
	%2727 = getelementptr i32, i32 addrspace(3)* %2726, i32 %2724
	%2728 = load i32, i32 addrspace(3)* %2727
	%2729 = and i32 %2728, %2660
	%2730 = icmp eq i32 %2729, %2658
	%2731 = and i1 true, %2730
	br i1 %2731, label %2966, label %2974

2732:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2733 = mul i32 %3, 8
	%2734 = add i32 %2733, 0
	%2735 = sub i32 255, %2734
	%2736 = add i32 %2140, %2735
	%2737 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2738 = bitcast i8 addrspace(3)* %2737 to i32 addrspace(3)*
	%2739 = getelementptr i32, i32 addrspace(3)* %2738, i32 %2736
	%2740 = load i32, i32 addrspace(3)* %2739
	%2741 = add i32 0, %2740
	%2742 = mul i32 %3, 8
	%2743 = add i32 %2742, 1
	%2744 = sub i32 255, %2743
	%2745 = add i32 %2140, %2744
	%2746 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2747 = bitcast i8 addrspace(3)* %2746 to i32 addrspace(3)*
	%2748 = getelementptr i32, i32 addrspace(3)* %2747, i32 %2745
	%2749 = load i32, i32 addrspace(3)* %2748
	%2750 = add i32 %2741, %2749
	%2751 = mul i32 %3, 8
	%2752 = add i32 %2751, 2
	%2753 = sub i32 255, %2752
	%2754 = add i32 %2140, %2753
	%2755 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2756 = bitcast i8 addrspace(3)* %2755 to i32 addrspace(3)*
	%2757 = getelementptr i32, i32 addrspace(3)* %2756, i32 %2754
	%2758 = load i32, i32 addrspace(3)* %2757
	%2759 = add i32 %2750, %2758
	%2760 = mul i32 %3, 8
	%2761 = add i32 %2760, 3
	%2762 = sub i32 255, %2761
	%2763 = add i32 %2140, %2762
	%2764 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2765 = bitcast i8 addrspace(3)* %2764 to i32 addrspace(3)*
	%2766 = getelementptr i32, i32 addrspace(3)* %2765, i32 %2763
	%2767 = load i32, i32 addrspace(3)* %2766
	%2768 = add i32 %2759, %2767
	%2769 = mul i32 %3, 8
	%2770 = add i32 %2769, 4
	%2771 = sub i32 255, %2770
	%2772 = add i32 %2140, %2771
	%2773 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2774 = bitcast i8 addrspace(3)* %2773 to i32 addrspace(3)*
	%2775 = getelementptr i32, i32 addrspace(3)* %2774, i32 %2772
	%2776 = load i32, i32 addrspace(3)* %2775
	%2777 = add i32 %2768, %2776
	%2778 = mul i32 %3, 8
	%2779 = add i32 %2778, 5
	%2780 = sub i32 255, %2779
	%2781 = add i32 %2140, %2780
	%2782 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2783 = bitcast i8 addrspace(3)* %2782 to i32 addrspace(3)*
	%2784 = getelementptr i32, i32 addrspace(3)* %2783, i32 %2781
	%2785 = load i32, i32 addrspace(3)* %2784
	%2786 = add i32 %2777, %2785
	%2787 = mul i32 %3, 8
	%2788 = add i32 %2787, 6
	%2789 = sub i32 255, %2788
	%2790 = add i32 %2140, %2789
	%2791 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2792 = bitcast i8 addrspace(3)* %2791 to i32 addrspace(3)*
	%2793 = getelementptr i32, i32 addrspace(3)* %2792, i32 %2790
	%2794 = load i32, i32 addrspace(3)* %2793
	%2795 = add i32 %2786, %2794
	%2796 = mul i32 %3, 8
	%2797 = add i32 %2796, 7
	%2798 = sub i32 255, %2797
	%2799 = add i32 %2140, %2798
	%2800 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2801 = bitcast i8 addrspace(3)* %2800 to i32 addrspace(3)*
	%2802 = getelementptr i32, i32 addrspace(3)* %2801, i32 %2799
	%2803 = load i32, i32 addrspace(3)* %2802
	%2804 = add i32 %2795, %2803
	%2805 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2804, i32 1, i32 0)
	%2806 = icmp uge i32 %3, 1
	%2807 = select i1 %2806, i32 %2805, i32 0
	%2808 = add i32 %2804, %2807
	%2809 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2808, i32 2, i32 0)
	%2810 = icmp uge i32 %3, 2
	%2811 = select i1 %2810, i32 %2809, i32 0
	%2812 = add i32 %2808, %2811
	%2813 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2812, i32 4, i32 0)
	%2814 = icmp uge i32 %3, 4
	%2815 = select i1 %2814, i32 %2813, i32 0
	%2816 = add i32 %2812, %2815
	%2817 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2816, i32 8, i32 0)
	%2818 = icmp uge i32 %3, 8
	%2819 = select i1 %2818, i32 %2817, i32 0
	%2820 = add i32 %2816, %2819
	%2821 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2820, i32 16, i32 0)
	%2822 = icmp uge i32 %3, 16
	%2823 = select i1 %2822, i32 %2821, i32 0
	%2824 = add i32 %2820, %2823
	%2825 = sub i32 %2824, %2804
	%2826 = icmp slt i32 %2825, %2661
	%2827 = icmp sge i32 %2824, %2661
	%2828 = and i1 %2826, %2827
	%2829 = add i32 %2825, %2740
	%2830 = xor i1 false, true
	%2831 = icmp sge i32 %2829, %2661
	%2832 = and i1 %2830, %2831
	%2833 = mul i32 %3, 8
	%2834 = add i32 %2833, 0
	%2835 = sub i32 255, %2834
	%2836 = select i1 %2832, i32 %2835, i32 0
	%2837 = select i1 %2832, i32 %2825, i32 0
	%2838 = or i1 false, %2832
	%2839 = add i32 %2829, %2749
	%2840 = xor i1 %2838, true
	%2841 = icmp sge i32 %2839, %2661
	%2842 = and i1 %2840, %2841
	%2843 = mul i32 %3, 8
	%2844 = add i32 %2843, 1
	%2845 = sub i32 255, %2844
	%2846 = select i1 %2842, i32 %2845, i32 %2836
	%2847 = select i1 %2842, i32 %2829, i32 %2837
	%2848 = or i1 %2838, %2842
	%2849 = add i32 %2839, %2758
	%2850 = xor i1 %2848, true
	%2851 = icmp sge i32 %2849, %2661
	%2852 = and i1 %2850, %2851
	%2853 = mul i32 %3, 8
	%2854 = add i32 %2853, 2
	%2855 = sub i32 255, %2854
	%2856 = select i1 %2852, i32 %2855, i32 %2846
	%2857 = select i1 %2852, i32 %2839, i32 %2847
	%2858 = or i1 %2848, %2852
	%2859 = add i32 %2849, %2767
	%2860 = xor i1 %2858, true
	%2861 = icmp sge i32 %2859, %2661
	%2862 = and i1 %2860, %2861
	%2863 = mul i32 %3, 8
	%2864 = add i32 %2863, 3
	%2865 = sub i32 255, %2864
	%2866 = select i1 %2862, i32 %2865, i32 %2856
	%2867 = select i1 %2862, i32 %2849, i32 %2857
	%2868 = or i1 %2858, %2862
	%2869 = add i32 %2859, %2776
	%2870 = xor i1 %2868, true
	%2871 = icmp sge i32 %2869, %2661
	%2872 = and i1 %2870, %2871
	%2873 = mul i32 %3, 8
	%2874 = add i32 %2873, 4
	%2875 = sub i32 255, %2874
	%2876 = select i1 %2872, i32 %2875, i32 %2866
	%2877 = select i1 %2872, i32 %2859, i32 %2867
	%2878 = or i1 %2868, %2872
	%2879 = add i32 %2869, %2785
	%2880 = xor i1 %2878, true
	%2881 = icmp sge i32 %2879, %2661
	%2882 = and i1 %2880, %2881
	%2883 = mul i32 %3, 8
	%2884 = add i32 %2883, 5
	%2885 = sub i32 255, %2884
	%2886 = select i1 %2882, i32 %2885, i32 %2876
	%2887 = select i1 %2882, i32 %2869, i32 %2877
	%2888 = or i1 %2878, %2882
	%2889 = add i32 %2879, %2794
	%2890 = xor i1 %2888, true
	%2891 = icmp sge i32 %2889, %2661
	%2892 = and i1 %2890, %2891
	%2893 = mul i32 %3, 8
	%2894 = add i32 %2893, 6
	%2895 = sub i32 255, %2894
	%2896 = select i1 %2892, i32 %2895, i32 %2886
	%2897 = select i1 %2892, i32 %2879, i32 %2887
	%2898 = or i1 %2888, %2892
	%2899 = add i32 %2889, %2803
	%2900 = xor i1 %2898, true
	%2901 = icmp sge i32 %2899, %2661
	%2902 = and i1 %2900, %2901
	%2903 = mul i32 %3, 8
	%2904 = add i32 %2903, 7
	%2905 = sub i32 255, %2904
	%2906 = select i1 %2902, i32 %2905, i32 %2896
	%2907 = select i1 %2902, i32 %2889, i32 %2897
	%2908 = or i1 %2898, %2902
	%2909 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2828)
	%2910 = call i32 @llvm.cttz.i32(i32 %2909, i1 false)
	%2911 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2906, i32 %2910, i32 31)
	%2912 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2907, i32 %2910, i32 31)
	%2913 = shl i32 %2911, 8
	%2914 = or i32 %2658, %2913
	%2915 = shl i32 255, 8
	%2916 = or i32 %2660, %2915
	%2917 = sub i32 %2661, %2912
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2918 = mul i32 %3, 8
	%2919 = add i32 %2918, 0
	%2920 = add i32 %2140, %2919
	%2921 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2922 = bitcast i8 addrspace(3)* %2921 to i32 addrspace(3)*
	%2923 = getelementptr i32, i32 addrspace(3)* %2922, i32 %2920
	store i32 0, i32 addrspace(3)* %2923
	%2924 = mul i32 %3, 8
	%2925 = add i32 %2924, 1
	%2926 = add i32 %2140, %2925
	%2927 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2928 = bitcast i8 addrspace(3)* %2927 to i32 addrspace(3)*
	%2929 = getelementptr i32, i32 addrspace(3)* %2928, i32 %2926
	store i32 0, i32 addrspace(3)* %2929
	%2930 = mul i32 %3, 8
	%2931 = add i32 %2930, 2
	%2932 = add i32 %2140, %2931
	%2933 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2934 = bitcast i8 addrspace(3)* %2933 to i32 addrspace(3)*
	%2935 = getelementptr i32, i32 addrspace(3)* %2934, i32 %2932
	store i32 0, i32 addrspace(3)* %2935
	%2936 = mul i32 %3, 8
	%2937 = add i32 %2936, 3
	%2938 = add i32 %2140, %2937
	%2939 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2940 = bitcast i8 addrspace(3)* %2939 to i32 addrspace(3)*
	%2941 = getelementptr i32, i32 addrspace(3)* %2940, i32 %2938
	store i32 0, i32 addrspace(3)* %2941
	%2942 = mul i32 %3, 8
	%2943 = add i32 %2942, 4
	%2944 = add i32 %2140, %2943
	%2945 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2946 = bitcast i8 addrspace(3)* %2945 to i32 addrspace(3)*
	%2947 = getelementptr i32, i32 addrspace(3)* %2946, i32 %2944
	store i32 0, i32 addrspace(3)* %2947
	%2948 = mul i32 %3, 8
	%2949 = add i32 %2948, 5
	%2950 = add i32 %2140, %2949
	%2951 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2952 = bitcast i8 addrspace(3)* %2951 to i32 addrspace(3)*
	%2953 = getelementptr i32, i32 addrspace(3)* %2952, i32 %2950
	store i32 0, i32 addrspace(3)* %2953
	%2954 = mul i32 %3, 8
	%2955 = add i32 %2954, 6
	%2956 = add i32 %2140, %2955
	%2957 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2958 = bitcast i8 addrspace(3)* %2957 to i32 addrspace(3)*
	%2959 = getelementptr i32, i32 addrspace(3)* %2958, i32 %2956
	store i32 0, i32 addrspace(3)* %2959
	%2960 = mul i32 %3, 8
	%2961 = add i32 %2960, 7
	%2962 = add i32 %2140, %2961
	%2963 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2964 = bitcast i8 addrspace(3)* %2963 to i32 addrspace(3)*
	%2965 = getelementptr i32, i32 addrspace(3)* %2964, i32 %2962
	store i32 0, i32 addrspace(3)* %2965
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %2976

2966:
	%2967 = lshr i32 %2728, 8
	%2968 = and i32 %2967, 255
	%2969 = add i32 %2140, %2968
	%2970 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2971 = bitcast i8 addrspace(3)* %2970 to i32 addrspace(3)*
	%2972 = getelementptr i32, i32 addrspace(3)* %2971, i32 %2969
	%2973 = atomicrmw add i32 addrspace(3)* %2972, i32 1 monotonic
	br label %2974

2974:
	%2975 = add i32 %2721, 32
	br label %2720

2976:
	%2977 = phi i32 [ %3, %2732 ], [ %3185, %3184 ]
	%2978 = icmp slt i32 %2977, %548
	br i1 %2978, label %2979, label %2988

2979:
	%2980 = add i32 %2139, %2977
	%2981 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%2982 = bitcast i8 addrspace(3)* %2981 to i32 addrspace(3)*
	%2983 = getelementptr i32, i32 addrspace(3)* %2982, i32 %2980
	%2984 = load i32, i32 addrspace(3)* %2983
	%2985 = and i32 %2984, %2916
	%2986 = icmp eq i32 %2985, %2914
	%2987 = and i1 true, %2986
	br i1 %2987, label %3176, label %3184

2988:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2989 = mul i32 %3, 8
	%2990 = add i32 %2989, 0
	%2991 = sub i32 255, %2990
	%2992 = add i32 %2140, %2991
	%2993 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2994 = bitcast i8 addrspace(3)* %2993 to i32 addrspace(3)*
	%2995 = getelementptr i32, i32 addrspace(3)* %2994, i32 %2992
	%2996 = load i32, i32 addrspace(3)* %2995
	%2997 = add i32 0, %2996
	%2998 = mul i32 %3, 8
	%2999 = add i32 %2998, 1
	%3000 = sub i32 255, %2999
	%3001 = add i32 %2140, %3000
	%3002 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3003 = bitcast i8 addrspace(3)* %3002 to i32 addrspace(3)*
	%3004 = getelementptr i32, i32 addrspace(3)* %3003, i32 %3001
	%3005 = load i32, i32 addrspace(3)* %3004
	%3006 = add i32 %2997, %3005
	%3007 = mul i32 %3, 8
	%3008 = add i32 %3007, 2
	%3009 = sub i32 255, %3008
	%3010 = add i32 %2140, %3009
	%3011 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3012 = bitcast i8 addrspace(3)* %3011 to i32 addrspace(3)*
	%3013 = getelementptr i32, i32 addrspace(3)* %3012, i32 %3010
	%3014 = load i32, i32 addrspace(3)* %3013
	%3015 = add i32 %3006, %3014
	%3016 = mul i32 %3, 8
	%3017 = add i32 %3016, 3
	%3018 = sub i32 255, %3017
	%3019 = add i32 %2140, %3018
	%3020 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3021 = bitcast i8 addrspace(3)* %3020 to i32 addrspace(3)*
	%3022 = getelementptr i32, i32 addrspace(3)* %3021, i32 %3019
	%3023 = load i32, i32 addrspace(3)* %3022
	%3024 = add i32 %3015, %3023
	%3025 = mul i32 %3, 8
	%3026 = add i32 %3025, 4
	%3027 = sub i32 255, %3026
	%3028 = add i32 %2140, %3027
	%3029 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3030 = bitcast i8 addrspace(3)* %3029 to i32 addrspace(3)*
	%3031 = getelementptr i32, i32 addrspace(3)* %3030, i32 %3028
	%3032 = load i32, i32 addrspace(3)* %3031
	%3033 = add i32 %3024, %3032
	%3034 = mul i32 %3, 8
	%3035 = add i32 %3034, 5
	%3036 = sub i32 255, %3035
	%3037 = add i32 %2140, %3036
	%3038 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3039 = bitcast i8 addrspace(3)* %3038 to i32 addrspace(3)*
	%3040 = getelementptr i32, i32 addrspace(3)* %3039, i32 %3037
	%3041 = load i32, i32 addrspace(3)* %3040
	%3042 = add i32 %3033, %3041
	%3043 = mul i32 %3, 8
	%3044 = add i32 %3043, 6
	%3045 = sub i32 255, %3044
	%3046 = add i32 %2140, %3045
	%3047 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3048 = bitcast i8 addrspace(3)* %3047 to i32 addrspace(3)*
	%3049 = getelementptr i32, i32 addrspace(3)* %3048, i32 %3046
	%3050 = load i32, i32 addrspace(3)* %3049
	%3051 = add i32 %3042, %3050
	%3052 = mul i32 %3, 8
	%3053 = add i32 %3052, 7
	%3054 = sub i32 255, %3053
	%3055 = add i32 %2140, %3054
	%3056 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3057 = bitcast i8 addrspace(3)* %3056 to i32 addrspace(3)*
	%3058 = getelementptr i32, i32 addrspace(3)* %3057, i32 %3055
	%3059 = load i32, i32 addrspace(3)* %3058
	%3060 = add i32 %3051, %3059
	%3061 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3060, i32 1, i32 0)
	%3062 = icmp uge i32 %3, 1
	%3063 = select i1 %3062, i32 %3061, i32 0
	%3064 = add i32 %3060, %3063
	%3065 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3064, i32 2, i32 0)
	%3066 = icmp uge i32 %3, 2
	%3067 = select i1 %3066, i32 %3065, i32 0
	%3068 = add i32 %3064, %3067
	%3069 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3068, i32 4, i32 0)
	%3070 = icmp uge i32 %3, 4
	%3071 = select i1 %3070, i32 %3069, i32 0
	%3072 = add i32 %3068, %3071
	%3073 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3072, i32 8, i32 0)
	%3074 = icmp uge i32 %3, 8
	%3075 = select i1 %3074, i32 %3073, i32 0
	%3076 = add i32 %3072, %3075
	%3077 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3076, i32 16, i32 0)
	%3078 = icmp uge i32 %3, 16
	%3079 = select i1 %3078, i32 %3077, i32 0
	%3080 = add i32 %3076, %3079
	%3081 = sub i32 %3080, %3060
	%3082 = icmp slt i32 %3081, %2917
	%3083 = icmp sge i32 %3080, %2917
	%3084 = and i1 %3082, %3083
	%3085 = add i32 %3081, %2996
	%3086 = xor i1 false, true
	%3087 = icmp sge i32 %3085, %2917
	%3088 = and i1 %3086, %3087
	%3089 = mul i32 %3, 8
	%3090 = add i32 %3089, 0
	%3091 = sub i32 255, %3090
	%3092 = select i1 %3088, i32 %3091, i32 0
	%3093 = select i1 %3088, i32 %3081, i32 0
	%3094 = or i1 false, %3088
	%3095 = add i32 %3085, %3005
	%3096 = xor i1 %3094, true
	%3097 = icmp sge i32 %3095, %2917
	%3098 = and i1 %3096, %3097
	%3099 = mul i32 %3, 8
	%3100 = add i32 %3099, 1
	%3101 = sub i32 255, %3100
	%3102 = select i1 %3098, i32 %3101, i32 %3092
	%3103 = select i1 %3098, i32 %3085, i32 %3093
	%3104 = or i1 %3094, %3098
	%3105 = add i32 %3095, %3014
	%3106 = xor i1 %3104, true
	%3107 = icmp sge i32 %3105, %2917
	%3108 = and i1 %3106, %3107
	%3109 = mul i32 %3, 8
	%3110 = add i32 %3109, 2
	%3111 = sub i32 255, %3110
	%3112 = select i1 %3108, i32 %3111, i32 %3102
	%3113 = select i1 %3108, i32 %3095, i32 %3103
	%3114 = or i1 %3104, %3108
	%3115 = add i32 %3105, %3023
	%3116 = xor i1 %3114, true
	%3117 = icmp sge i32 %3115, %2917
	%3118 = and i1 %3116, %3117
	%3119 = mul i32 %3, 8
	%3120 = add i32 %3119, 3
	%3121 = sub i32 255, %3120
	%3122 = select i1 %3118, i32 %3121, i32 %3112
	%3123 = select i1 %3118, i32 %3105, i32 %3113
	%3124 = or i1 %3114, %3118
	%3125 = add i32 %3115, %3032
	%3126 = xor i1 %3124, true
	%3127 = icmp sge i32 %3125, %2917
	%3128 = and i1 %3126, %3127
	%3129 = mul i32 %3, 8
	%3130 = add i32 %3129, 4
	%3131 = sub i32 255, %3130
	%3132 = select i1 %3128, i32 %3131, i32 %3122
	%3133 = select i1 %3128, i32 %3115, i32 %3123
	%3134 = or i1 %3124, %3128
	%3135 = add i32 %3125, %3041
	%3136 = xor i1 %3134, true
	%3137 = icmp sge i32 %3135, %2917
	%3138 = and i1 %3136, %3137
	%3139 = mul i32 %3, 8
	%3140 = add i32 %3139, 5
	%3141 = sub i32 255, %3140
	%3142 = select i1 %3138, i32 %3141, i32 %3132
	%3143 = select i1 %3138, i32 %3125, i32 %3133
	%3144 = or i1 %3134, %3138
	%3145 = add i32 %3135, %3050
	%3146 = xor i1 %3144, true
	%3147 = icmp sge i32 %3145, %2917
	%3148 = and i1 %3146, %3147
	%3149 = mul i32 %3, 8
	%3150 = add i32 %3149, 6
	%3151 = sub i32 255, %3150
	%3152 = select i1 %3148, i32 %3151, i32 %3142
	%3153 = select i1 %3148, i32 %3135, i32 %3143
	%3154 = or i1 %3144, %3148
	%3155 = add i32 %3145, %3059
	%3156 = xor i1 %3154, true
	%3157 = icmp sge i32 %3155, %2917
	%3158 = and i1 %3156, %3157
	%3159 = mul i32 %3, 8
	%3160 = add i32 %3159, 7
	%3161 = sub i32 255, %3160
	%3162 = select i1 %3158, i32 %3161, i32 %3152
	%3163 = select i1 %3158, i32 %3145, i32 %3153
	%3164 = or i1 %3154, %3158
	%3165 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3084)
	%3166 = call i32 @llvm.cttz.i32(i32 %3165, i1 false)
	%3167 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %3162, i32 %3166, i32 31)
	%3168 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %3163, i32 %3166, i32 31)
	%3169 = shl i32 %3167, 0
	%3170 = or i32 %2914, %3169
	%3171 = shl i32 255, 0
	%3172 = or i32 %2916, %3171
	%3173 = sub i32 %2917, %3168
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3174 = shl i32 1, %3
	%3175 = sub i32 %3174, 1
	br label %3186

3176:
	%3177 = lshr i32 %2984, 0
	%3178 = and i32 %3177, 255
	%3179 = add i32 %2140, %3178
	%3180 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3181 = bitcast i8 addrspace(3)* %3180 to i32 addrspace(3)*
	%3182 = getelementptr i32, i32 addrspace(3)* %3181, i32 %3179
	%3183 = atomicrmw add i32 addrspace(3)* %3182, i32 1 monotonic
	br label %3184

3184:
	%3185 = add i32 %2977, 32
	br label %2976

3186:
	%3187 = phi i32 [ 0, %2988 ], [ %3256, %3251 ]
	%3188 = phi i32 [ 0, %2988 ], [ %3253, %3251 ]
	%3189 = phi i32 [ 0, %2988 ], [ %3255, %3251 ]
	%3190 = icmp slt i32 %3187, %548
	br i1 %3190, label %3191, label %3194

3191:
	%3192 = add i32 %3187, %3
	%3193 = icmp slt i32 %3192, %548
	br i1 %3193, label %3215, label %3225

3194:
	%3195 = icmp ugt i32 %2073, %3170
	%3196 = and i1 %2068, %3195
	%3197 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3196)
	%3198 = call i32 @llvm.ctpop.i32(i32 %3197)
	%3199 = add i32 0, %3198
	%3200 = icmp ugt i32 %2086, %3170
	%3201 = and i1 %2081, %3200
	%3202 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3201)
	%3203 = call i32 @llvm.ctpop.i32(i32 %3202)
	%3204 = add i32 %3199, %3203
	%3205 = icmp ugt i32 %2099, %3170
	%3206 = and i1 %2094, %3205
	%3207 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3206)
	%3208 = call i32 @llvm.ctpop.i32(i32 %3207)
	%3209 = add i32 %3204, %3208
	%3210 = icmp ugt i32 %2112, %3170
	%3211 = and i1 %2107, %3210
	%3212 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3211)
	%3213 = call i32 @llvm.ctpop.i32(i32 %3212)
	%3214 = add i32 %3209, %3213
	br label %2189

3215:
	%3216 = add i32 %2139, %3192
	%3217 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%3218 = bitcast i8 addrspace(3)* %3217 to i32 addrspace(3)*
	%3219 = getelementptr i32, i32 addrspace(3)* %3218, i32 %3216
	%3220 = load i32, i32 addrspace(3)* %3219
	%3221 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%3222 = bitcast i8 addrspace(3)* %3221 to i32 addrspace(3)*
	%3223 = getelementptr i32, i32 addrspace(3)* %3222, i32 %3216
	%3224 = load i32, i32 addrspace(3)* %3223
	br label %3225

3225:
	%3226 = phi i32 [ 0, %3191 ], [ %3220, %3215 ]
	%3227 = phi i32 [ 0, %3191 ], [ %3224, %3215 ]
	%3228 = icmp eq i32 %3226, %3170
	%3229 = and i1 %3193, %3228
	%3230 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3229)
	%3231 = and i32 %3230, %3175
	%3232 = call i32 @llvm.ctpop.i32(i32 %3231)
	%3233 = add i32 %3189, %3232
	%3234 = icmp ugt i32 %3226, %3170
	%3235 = icmp slt i32 %3233, %3173
	%3236 = and i1 %3229, %3235
	%3237 = or i1 %3234, %3236
	%3238 = and i1 %3193, %3237
	%3239 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3238)
	%3240 = and i32 %3239, %3175
	%3241 = call i32 @llvm.ctpop.i32(i32 %3240)
	%3242 = add i32 %3188, %3241
	%3243 = add i32 %2139, %3242
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %3238, label %3244, label %3251

3244:
	%3245 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%3246 = bitcast i8 addrspace(3)* %3245 to i32 addrspace(3)*
	%3247 = getelementptr i32, i32 addrspace(3)* %3246, i32 %3243
	store i32 %3226, i32 addrspace(3)* %3247
	%3248 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%3249 = bitcast i8 addrspace(3)* %3248 to i32 addrspace(3)*
	%3250 = getelementptr i32, i32 addrspace(3)* %3249, i32 %3243
	store i32 %3227, i32 addrspace(3)* %3250
	br label %3251

3251:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3252 = call i32 @llvm.ctpop.i32(i32 %3239)
	%3253 = add i32 %3188, %3252
	%3254 = call i32 @llvm.ctpop.i32(i32 %3230)
	%3255 = add i32 %3189, %3254
	%3256 = add i32 %3187, 32
	br label %3186

3257:
	%3258 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%3259 = bitcast i8 addrspace(3)* %3258 to i32 addrspace(3)*
	%3260 = getelementptr i32, i32 addrspace(3)* %3259, i32 %2207
	store i32 %2073, i32 addrspace(3)* %3260
	%3261 = add i32 0, %3
	%3262 = add i32 %547, %3261
	%3263 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%3264 = bitcast i8 addrspace(3)* %3263 to i32 addrspace(3)*
	%3265 = getelementptr i32, i32 addrspace(3)* %3264, i32 %2207
	store i32 %3262, i32 addrspace(3)* %3265
	br label %3266

3266:
	%3267 = call i32 @llvm.ctpop.i32(i32 %2197)
	%3268 = add i32 %2190, %3267
	%3269 = and i32 %2198, %2202
	%3270 = call i32 @llvm.ctpop.i32(i32 %3269)
	%3271 = add i32 %3268, %3270
	%3272 = add i32 %2203, %3271
	br i1 %2194, label %3273, label %3282

3273:
	%3274 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%3275 = bitcast i8 addrspace(3)* %3274 to i32 addrspace(3)*
	%3276 = getelementptr i32, i32 addrspace(3)* %3275, i32 %3272
	store i32 %2086, i32 addrspace(3)* %3276
	%3277 = add i32 32, %3
	%3278 = add i32 %547, %3277
	%3279 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%3280 = bitcast i8 addrspace(3)* %3279 to i32 addrspace(3)*
	%3281 = getelementptr i32, i32 addrspace(3)* %3280, i32 %3272
	store i32 %3278, i32 addrspace(3)* %3281
	br label %3282

3282:
	%3283 = call i32 @llvm.ctpop.i32(i32 %2198)
	%3284 = add i32 %3268, %3283
	%3285 = and i32 %2199, %2202
	%3286 = call i32 @llvm.ctpop.i32(i32 %3285)
	%3287 = add i32 %3284, %3286
	%3288 = add i32 %2203, %3287
	br i1 %2195, label %3289, label %3298

3289:
	%3290 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%3291 = bitcast i8 addrspace(3)* %3290 to i32 addrspace(3)*
	%3292 = getelementptr i32, i32 addrspace(3)* %3291, i32 %3288
	store i32 %2099, i32 addrspace(3)* %3292
	%3293 = add i32 64, %3
	%3294 = add i32 %547, %3293
	%3295 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%3296 = bitcast i8 addrspace(3)* %3295 to i32 addrspace(3)*
	%3297 = getelementptr i32, i32 addrspace(3)* %3296, i32 %3288
	store i32 %3294, i32 addrspace(3)* %3297
	br label %3298

3298:
	%3299 = call i32 @llvm.ctpop.i32(i32 %2199)
	%3300 = add i32 %3284, %3299
	%3301 = and i32 %2200, %2202
	%3302 = call i32 @llvm.ctpop.i32(i32 %3301)
	%3303 = add i32 %3300, %3302
	%3304 = add i32 %2203, %3303
	br i1 %2196, label %3305, label %3314

3305:
	%3306 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%3307 = bitcast i8 addrspace(3)* %3306 to i32 addrspace(3)*
	%3308 = getelementptr i32, i32 addrspace(3)* %3307, i32 %3304
	store i32 %2112, i32 addrspace(3)* %3308
	%3309 = add i32 96, %3
	%3310 = add i32 %547, %3309
	%3311 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%3312 = bitcast i8 addrspace(3)* %3311 to i32 addrspace(3)*
	%3313 = getelementptr i32, i32 addrspace(3)* %3312, i32 %3304
	store i32 %3310, i32 addrspace(3)* %3313
	br label %3314

3314:
	%3315 = call i32 @llvm.ctpop.i32(i32 %2200)
	%3316 = add i32 %3300, %3315
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3317 = add i32 %2190, %2192
	br label %2135

3318:
	%3319 = mul i32 %420, 129
	%3320 = add i32 0, %3
	%3321 = add i32 %3319, %3320
	%3322 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%3323 = bitcast i8 addrspace(3)* %3322 to float addrspace(3)*
	%3324 = getelementptr float, float addrspace(3)* %3323, i32 %3321
	%3325 = load float, float addrspace(3)* %3324
	%3326 = fcmp ogt float %3325, 0xFFF0000000000000
	%3327 = fadd float %3325, 0.0
	%3328 = bitcast float %3327 to i32
	%3329 = ashr i32 %3328, 31
	%3330 = or i32 %3329, -2147483648
	%3331 = xor i32 %3328, %3330
	%3332 = mul i32 %420, 129
	%3333 = add i32 32, %3
	%3334 = add i32 %3332, %3333
	%3335 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%3336 = bitcast i8 addrspace(3)* %3335 to float addrspace(3)*
	%3337 = getelementptr float, float addrspace(3)* %3336, i32 %3334
	%3338 = load float, float addrspace(3)* %3337
	%3339 = fcmp ogt float %3338, 0xFFF0000000000000
	%3340 = fadd float %3338, 0.0
	%3341 = bitcast float %3340 to i32
	%3342 = ashr i32 %3341, 31
	%3343 = or i32 %3342, -2147483648
	%3344 = xor i32 %3341, %3343
	%3345 = mul i32 %420, 129
	%3346 = add i32 64, %3
	%3347 = add i32 %3345, %3346
	%3348 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%3349 = bitcast i8 addrspace(3)* %3348 to float addrspace(3)*
	%3350 = getelementptr float, float addrspace(3)* %3349, i32 %3347
	%3351 = load float, float addrspace(3)* %3350
	%3352 = fcmp ogt float %3351, 0xFFF0000000000000
	%3353 = fadd float %3351, 0.0
	%3354 = bitcast float %3353 to i32
	%3355 = ashr i32 %3354, 31
	%3356 = or i32 %3355, -2147483648
	%3357 = xor i32 %3354, %3356
	%3358 = mul i32 %420, 129
	%3359 = add i32 96, %3
	%3360 = add i32 %3358, %3359
	%3361 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%3362 = bitcast i8 addrspace(3)* %3361 to float addrspace(3)*
	%3363 = getelementptr float, float addrspace(3)* %3362, i32 %3360
	%3364 = load float, float addrspace(3)* %3363
	%3365 = fcmp ogt float %3364, 0xFFF0000000000000
	%3366 = fadd float %3364, 0.0
	%3367 = bitcast float %3366 to i32
	%3368 = ashr i32 %3367, 31
	%3369 = or i32 %3368, -2147483648
	%3370 = xor i32 %3367, %3369
	%3371 = icmp ugt i32 %3331, %551
	%3372 = and i1 %3326, %3371
	%3373 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3372)
	%3374 = call i32 @llvm.ctpop.i32(i32 %3373)
	%3375 = add i32 0, %3374
	%3376 = icmp ugt i32 %3344, %551
	%3377 = and i1 %3339, %3376
	%3378 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3377)
	%3379 = call i32 @llvm.ctpop.i32(i32 %3378)
	%3380 = add i32 %3375, %3379
	%3381 = icmp ugt i32 %3357, %551
	%3382 = and i1 %3352, %3381
	%3383 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3382)
	%3384 = call i32 @llvm.ctpop.i32(i32 %3383)
	%3385 = add i32 %3380, %3384
	%3386 = icmp ugt i32 %3370, %551
	%3387 = and i1 %3365, %3386
	%3388 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3387)
	%3389 = call i32 @llvm.ctpop.i32(i32 %3388)
	%3390 = add i32 %3385, %3389
	%3391 = add i32 %550, %3390
	%3392 = icmp sgt i32 %3391, 160
	br i1 %3392, label %3396, label %3447

3393:
	%3394 = phi i32 [ %550, %2135 ], [ %4575, %4572 ]
	%3395 = phi i32 [ %551, %2135 ], [ %3449, %4572 ]
	br i1 %503, label %4576, label %4651

3396:
	%3397 = mul i32 %420, 160
	%3398 = mul i32 %4, 256
	%3399 = mul i32 %3, 8
	%3400 = add i32 %3399, 0
	%3401 = add i32 %3398, %3400
	%3402 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3403 = bitcast i8 addrspace(3)* %3402 to i32 addrspace(3)*
	%3404 = getelementptr i32, i32 addrspace(3)* %3403, i32 %3401
	store i32 0, i32 addrspace(3)* %3404
	%3405 = mul i32 %3, 8
	%3406 = add i32 %3405, 1
	%3407 = add i32 %3398, %3406
	%3408 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3409 = bitcast i8 addrspace(3)* %3408 to i32 addrspace(3)*
	%3410 = getelementptr i32, i32 addrspace(3)* %3409, i32 %3407
	store i32 0, i32 addrspace(3)* %3410
	%3411 = mul i32 %3, 8
	%3412 = add i32 %3411, 2
	%3413 = add i32 %3398, %3412
	%3414 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3415 = bitcast i8 addrspace(3)* %3414 to i32 addrspace(3)*
	%3416 = getelementptr i32, i32 addrspace(3)* %3415, i32 %3413
	store i32 0, i32 addrspace(3)* %3416
	%3417 = mul i32 %3, 8
	%3418 = add i32 %3417, 3
	%3419 = add i32 %3398, %3418
	%3420 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3421 = bitcast i8 addrspace(3)* %3420 to i32 addrspace(3)*
	%3422 = getelementptr i32, i32 addrspace(3)* %3421, i32 %3419
	store i32 0, i32 addrspace(3)* %3422
	%3423 = mul i32 %3, 8
	%3424 = add i32 %3423, 4
	%3425 = add i32 %3398, %3424
	%3426 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3427 = bitcast i8 addrspace(3)* %3426 to i32 addrspace(3)*
	%3428 = getelementptr i32, i32 addrspace(3)* %3427, i32 %3425
	store i32 0, i32 addrspace(3)* %3428
	%3429 = mul i32 %3, 8
	%3430 = add i32 %3429, 5
	%3431 = add i32 %3398, %3430
	%3432 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3433 = bitcast i8 addrspace(3)* %3432 to i32 addrspace(3)*
	%3434 = getelementptr i32, i32 addrspace(3)* %3433, i32 %3431
	store i32 0, i32 addrspace(3)* %3434
	%3435 = mul i32 %3, 8
	%3436 = add i32 %3435, 6
	%3437 = add i32 %3398, %3436
	%3438 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3439 = bitcast i8 addrspace(3)* %3438 to i32 addrspace(3)*
	%3440 = getelementptr i32, i32 addrspace(3)* %3439, i32 %3437
	store i32 0, i32 addrspace(3)* %3440
	%3441 = mul i32 %3, 8
	%3442 = add i32 %3441, 7
	%3443 = add i32 %3398, %3442
	%3444 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3445 = bitcast i8 addrspace(3)* %3444 to i32 addrspace(3)*
	%3446 = getelementptr i32, i32 addrspace(3)* %3445, i32 %3443
	store i32 0, i32 addrspace(3)* %3446
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %3466

3447:
	%3448 = phi i32 [ %550, %3318 ], [ %457, %4452 ]
	%3449 = phi i32 [ %551, %3318 ], [ %4428, %4452 ]
	%3450 = phi i32 [ %3390, %3318 ], [ %4472, %4452 ]
	%3451 = phi i1 [ %3372, %3318 ], [ %4454, %4452 ]
	%3452 = phi i1 [ %3377, %3318 ], [ %4459, %4452 ]
	%3453 = phi i1 [ %3382, %3318 ], [ %4464, %4452 ]
	%3454 = phi i1 [ %3387, %3318 ], [ %4469, %4452 ]
	%3455 = phi i32 [ %3373, %3318 ], [ %4455, %4452 ]
	%3456 = phi i32 [ %3378, %3318 ], [ %4460, %4452 ]
	%3457 = phi i32 [ %3383, %3318 ], [ %4465, %4452 ]
	%3458 = phi i32 [ %3388, %3318 ], [ %4470, %4452 ]
	%3459 = shl i32 1, %3
	%3460 = sub i32 %3459, 1
	%3461 = mul i32 %420, 160
	%3462 = and i32 %3455, %3460
	%3463 = call i32 @llvm.ctpop.i32(i32 %3462)
	%3464 = add i32 %3448, %3463
	%3465 = add i32 %3461, %3464
	br i1 %3451, label %4515, label %4524

3466:
	%3467 = phi i32 [ %3, %3396 ], [ %3721, %3720 ]
	%3468 = icmp slt i32 %3467, %550
	br i1 %3468, label %3469, label %3478

3469:
	%3470 = add i32 %3397, %3467
	%3471 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%3472 = bitcast i8 addrspace(3)* %3471 to i32 addrspace(3)*
	%3473 = getelementptr i32, i32 addrspace(3)* %3472, i32 %3470
	%3474 = load i32, i32 addrspace(3)* %3473
	%3475 = and i32 %3474, 0
	%3476 = icmp eq i32 %3475, 0
	%3477 = and i1 true, %3476
	br i1 %3477, label %3712, label %3720

3478:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3479 = mul i32 %3, 8
	%3480 = add i32 %3479, 0
	%3481 = sub i32 255, %3480
	%3482 = add i32 %3398, %3481
	%3483 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3484 = bitcast i8 addrspace(3)* %3483 to i32 addrspace(3)*
	%3485 = getelementptr i32, i32 addrspace(3)* %3484, i32 %3482
	%3486 = load i32, i32 addrspace(3)* %3485
	%3487 = add i32 0, %3486
	%3488 = mul i32 %3, 8
	%3489 = add i32 %3488, 1
	%3490 = sub i32 255, %3489
	%3491 = add i32 %3398, %3490
	%3492 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3493 = bitcast i8 addrspace(3)* %3492 to i32 addrspace(3)*
	%3494 = getelementptr i32, i32 addrspace(3)* %3493, i32 %3491
	%3495 = load i32, i32 addrspace(3)* %3494
	%3496 = add i32 %3487, %3495
	%3497 = mul i32 %3, 8
	%3498 = add i32 %3497, 2
	%3499 = sub i32 255, %3498
	%3500 = add i32 %3398, %3499
	%3501 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3502 = bitcast i8 addrspace(3)* %3501 to i32 addrspace(3)*
	%3503 = getelementptr i32, i32 addrspace(3)* %3502, i32 %3500
	%3504 = load i32, i32 addrspace(3)* %3503
	%3505 = add i32 %3496, %3504
	%3506 = mul i32 %3, 8
	%3507 = add i32 %3506, 3
	%3508 = sub i32 255, %3507
	%3509 = add i32 %3398, %3508
	%3510 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3511 = bitcast i8 addrspace(3)* %3510 to i32 addrspace(3)*
	%3512 = getelementptr i32, i32 addrspace(3)* %3511, i32 %3509
	%3513 = load i32, i32 addrspace(3)* %3512
	%3514 = add i32 %3505, %3513
	%3515 = mul i32 %3, 8
	%3516 = add i32 %3515, 4
	%3517 = sub i32 255, %3516
	%3518 = add i32 %3398, %3517
	%3519 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3520 = bitcast i8 addrspace(3)* %3519 to i32 addrspace(3)*
	%3521 = getelementptr i32, i32 addrspace(3)* %3520, i32 %3518
	%3522 = load i32, i32 addrspace(3)* %3521
	%3523 = add i32 %3514, %3522
	%3524 = mul i32 %3, 8
	%3525 = add i32 %3524, 5
	%3526 = sub i32 255, %3525
	%3527 = add i32 %3398, %3526
	%3528 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3529 = bitcast i8 addrspace(3)* %3528 to i32 addrspace(3)*
	%3530 = getelementptr i32, i32 addrspace(3)* %3529, i32 %3527
	%3531 = load i32, i32 addrspace(3)* %3530
	%3532 = add i32 %3523, %3531
	%3533 = mul i32 %3, 8
	%3534 = add i32 %3533, 6
	%3535 = sub i32 255, %3534
	%3536 = add i32 %3398, %3535
	%3537 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3538 = bitcast i8 addrspace(3)* %3537 to i32 addrspace(3)*
	%3539 = getelementptr i32, i32 addrspace(3)* %3538, i32 %3536
	%3540 = load i32, i32 addrspace(3)* %3539
	%3541 = add i32 %3532, %3540
	%3542 = mul i32 %3, 8
	%3543 = add i32 %3542, 7
	%3544 = sub i32 255, %3543
	%3545 = add i32 %3398, %3544
	%3546 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3547 = bitcast i8 addrspace(3)* %3546 to i32 addrspace(3)*
	%3548 = getelementptr i32, i32 addrspace(3)* %3547, i32 %3545
	%3549 = load i32, i32 addrspace(3)* %3548
	%3550 = add i32 %3541, %3549
	%3551 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3550, i32 1, i32 0)
	%3552 = icmp uge i32 %3, 1
	%3553 = select i1 %3552, i32 %3551, i32 0
	%3554 = add i32 %3550, %3553
	%3555 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3554, i32 2, i32 0)
	%3556 = icmp uge i32 %3, 2
	%3557 = select i1 %3556, i32 %3555, i32 0
	%3558 = add i32 %3554, %3557
	%3559 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3558, i32 4, i32 0)
	%3560 = icmp uge i32 %3, 4
	%3561 = select i1 %3560, i32 %3559, i32 0
	%3562 = add i32 %3558, %3561
	%3563 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3562, i32 8, i32 0)
	%3564 = icmp uge i32 %3, 8
	%3565 = select i1 %3564, i32 %3563, i32 0
	%3566 = add i32 %3562, %3565
	%3567 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3566, i32 16, i32 0)
	%3568 = icmp uge i32 %3, 16
	%3569 = select i1 %3568, i32 %3567, i32 0
	%3570 = add i32 %3566, %3569
	%3571 = sub i32 %3570, %3550
	%3572 = icmp slt i32 %3571, %457
	%3573 = icmp sge i32 %3570, %457
	%3574 = and i1 %3572, %3573
	%3575 = add i32 %3571, %3486
	%3576 = xor i1 false, true
	%3577 = icmp sge i32 %3575, %457
	%3578 = and i1 %3576, %3577
	%3579 = mul i32 %3, 8
	%3580 = add i32 %3579, 0
	%3581 = sub i32 255, %3580
	%3582 = select i1 %3578, i32 %3581, i32 0
	%3583 = select i1 %3578, i32 %3571, i32 0
	%3584 = or i1 false, %3578
	%3585 = add i32 %3575, %3495
	%3586 = xor i1 %3584, true
	%3587 = icmp sge i32 %3585, %457
	%3588 = and i1 %3586, %3587
	%3589 = mul i32 %3, 8
	%3590 = add i32 %3589, 1
	%3591 = sub i32 255, %3590
	%3592 = select i1 %3588, i32 %3591, i32 %3582
	%3593 = select i1 %3588, i32 %3575, i32 %3583
	%3594 = or i1 %3584, %3588
	%3595 = add i32 %3585, %3504
	%3596 = xor i1 %3594, true
	%3597 = icmp sge i32 %3595, %457
	%3598 = and i1 %3596, %3597
	%3599 = mul i32 %3, 8
	%3600 = add i32 %3599, 2
	%3601 = sub i32 255, %3600
	%3602 = select i1 %3598, i32 %3601, i32 %3592
	%3603 = select i1 %3598, i32 %3585, i32 %3593
	%3604 = or i1 %3594, %3598
	%3605 = add i32 %3595, %3513
	%3606 = xor i1 %3604, true
	%3607 = icmp sge i32 %3605, %457
	%3608 = and i1 %3606, %3607
	%3609 = mul i32 %3, 8
	%3610 = add i32 %3609, 3
	%3611 = sub i32 255, %3610
	%3612 = select i1 %3608, i32 %3611, i32 %3602
	%3613 = select i1 %3608, i32 %3595, i32 %3603
	%3614 = or i1 %3604, %3608
	%3615 = add i32 %3605, %3522
	%3616 = xor i1 %3614, true
	%3617 = icmp sge i32 %3615, %457
	%3618 = and i1 %3616, %3617
	%3619 = mul i32 %3, 8
	%3620 = add i32 %3619, 4
	%3621 = sub i32 255, %3620
	%3622 = select i1 %3618, i32 %3621, i32 %3612
	%3623 = select i1 %3618, i32 %3605, i32 %3613
	%3624 = or i1 %3614, %3618
	%3625 = add i32 %3615, %3531
	%3626 = xor i1 %3624, true
	%3627 = icmp sge i32 %3625, %457
	%3628 = and i1 %3626, %3627
	%3629 = mul i32 %3, 8
	%3630 = add i32 %3629, 5
	%3631 = sub i32 255, %3630
	%3632 = select i1 %3628, i32 %3631, i32 %3622
	%3633 = select i1 %3628, i32 %3615, i32 %3623
	%3634 = or i1 %3624, %3628
	%3635 = add i32 %3625, %3540
	%3636 = xor i1 %3634, true
	%3637 = icmp sge i32 %3635, %457
	%3638 = and i1 %3636, %3637
	%3639 = mul i32 %3, 8
	%3640 = add i32 %3639, 6
	%3641 = sub i32 255, %3640
	%3642 = select i1 %3638, i32 %3641, i32 %3632
	%3643 = select i1 %3638, i32 %3625, i32 %3633
	%3644 = or i1 %3634, %3638
	%3645 = add i32 %3635, %3549
	%3646 = xor i1 %3644, true
	%3647 = icmp sge i32 %3645, %457
	%3648 = and i1 %3646, %3647
	%3649 = mul i32 %3, 8
	%3650 = add i32 %3649, 7
	%3651 = sub i32 255, %3650
	%3652 = select i1 %3648, i32 %3651, i32 %3642
	%3653 = select i1 %3648, i32 %3635, i32 %3643
	%3654 = or i1 %3644, %3648
	%3655 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3574)
	%3656 = call i32 @llvm.cttz.i32(i32 %3655, i1 false)
	%3657 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %3652, i32 %3656, i32 31)
	%3658 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %3653, i32 %3656, i32 31)
	%3659 = shl i32 %3657, 24
	%3660 = or i32 0, %3659
	%3661 = shl i32 255, 24
	%3662 = or i32 0, %3661
	%3663 = sub i32 %457, %3658
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3664 = mul i32 %3, 8
	%3665 = add i32 %3664, 0
	%3666 = add i32 %3398, %3665
	%3667 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3668 = bitcast i8 addrspace(3)* %3667 to i32 addrspace(3)*
	%3669 = getelementptr i32, i32 addrspace(3)* %3668, i32 %3666
	store i32 0, i32 addrspace(3)* %3669
	%3670 = mul i32 %3, 8
	%3671 = add i32 %3670, 1
	%3672 = add i32 %3398, %3671
	%3673 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3674 = bitcast i8 addrspace(3)* %3673 to i32 addrspace(3)*
	%3675 = getelementptr i32, i32 addrspace(3)* %3674, i32 %3672
	store i32 0, i32 addrspace(3)* %3675
	%3676 = mul i32 %3, 8
	%3677 = add i32 %3676, 2
	%3678 = add i32 %3398, %3677
	%3679 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3680 = bitcast i8 addrspace(3)* %3679 to i32 addrspace(3)*
	%3681 = getelementptr i32, i32 addrspace(3)* %3680, i32 %3678
	store i32 0, i32 addrspace(3)* %3681
	%3682 = mul i32 %3, 8
	%3683 = add i32 %3682, 3
	%3684 = add i32 %3398, %3683
	%3685 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3686 = bitcast i8 addrspace(3)* %3685 to i32 addrspace(3)*
	%3687 = getelementptr i32, i32 addrspace(3)* %3686, i32 %3684
	store i32 0, i32 addrspace(3)* %3687
	%3688 = mul i32 %3, 8
	%3689 = add i32 %3688, 4
	%3690 = add i32 %3398, %3689
	%3691 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3692 = bitcast i8 addrspace(3)* %3691 to i32 addrspace(3)*
	%3693 = getelementptr i32, i32 addrspace(3)* %3692, i32 %3690
	store i32 0, i32 addrspace(3)* %3693
	%3694 = mul i32 %3, 8
	%3695 = add i32 %3694, 5
	%3696 = add i32 %3398, %3695
	%3697 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3698 = bitcast i8 addrspace(3)* %3697 to i32 addrspace(3)*
	%3699 = getelementptr i32, i32 addrspace(3)* %3698, i32 %3696
	store i32 0, i32 addrspace(3)* %3699
	%3700 = mul i32 %3, 8
	%3701 = add i32 %3700, 6
	%3702 = add i32 %3398, %3701
	%3703 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3704 = bitcast i8 addrspace(3)* %3703 to i32 addrspace(3)*
	%3705 = getelementptr i32, i32 addrspace(3)* %3704, i32 %3702
	store i32 0, i32 addrspace(3)* %3705
	%3706 = mul i32 %3, 8
	%3707 = add i32 %3706, 7
	%3708 = add i32 %3398, %3707
	%3709 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3710 = bitcast i8 addrspace(3)* %3709 to i32 addrspace(3)*
	%3711 = getelementptr i32, i32 addrspace(3)* %3710, i32 %3708
	store i32 0, i32 addrspace(3)* %3711
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %3722

3712:
	%3713 = lshr i32 %3474, 24
	%3714 = and i32 %3713, 255
	%3715 = add i32 %3398, %3714
	%3716 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3717 = bitcast i8 addrspace(3)* %3716 to i32 addrspace(3)*
	%3718 = getelementptr i32, i32 addrspace(3)* %3717, i32 %3715
	%3719 = atomicrmw add i32 addrspace(3)* %3718, i32 1 monotonic
	br label %3720

3720:
	%3721 = add i32 %3467, 32
	br label %3466

3722:
	%3723 = phi i32 [ %3, %3478 ], [ %3977, %3976 ]
	%3724 = icmp slt i32 %3723, %550
	br i1 %3724, label %3725, label %3734

3725:
	%3726 = add i32 %3397, %3723
	%3727 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%3728 = bitcast i8 addrspace(3)* %3727 to i32 addrspace(3)*
	%3729 = getelementptr i32, i32 addrspace(3)* %3728, i32 %3726
	%3730 = load i32, i32 addrspace(3)* %3729
	%3731 = and i32 %3730, %3662
	%3732 = icmp eq i32 %3731, %3660
	%3733 = and i1 true, %3732
	br i1 %3733, label %3968, label %3976

3734:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3735 = mul i32 %3, 8
	%3736 = add i32 %3735, 0
	%3737 = sub i32 255, %3736
	%3738 = add i32 %3398, %3737
	%3739 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3740 = bitcast i8 addrspace(3)* %3739 to i32 addrspace(3)*
	%3741 = getelementptr i32, i32 addrspace(3)* %3740, i32 %3738
	%3742 = load i32, i32 addrspace(3)* %3741
	%3743 = add i32 0, %3742
	%3744 = mul i32 %3, 8
	%3745 = add i32 %3744, 1
	%3746 = sub i32 255, %3745
	%3747 = add i32 %3398, %3746
	%3748 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3749 = bitcast i8 addrspace(3)* %3748 to i32 addrspace(3)*
	%3750 = getelementptr i32, i32 addrspace(3)* %3749, i32 %3747
	%3751 = load i32, i32 addrspace(3)* %3750
	%3752 = add i32 %3743, %3751
	%3753 = mul i32 %3, 8
	%3754 = add i32 %3753, 2
	%3755 = sub i32 255, %3754
	%3756 = add i32 %3398, %3755
	%3757 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3758 = bitcast i8 addrspace(3)* %3757 to i32 addrspace(3)*
	%3759 = getelementptr i32, i32 addrspace(3)* %3758, i32 %3756
	%3760 = load i32, i32 addrspace(3)* %3759
	%3761 = add i32 %3752, %3760
	%3762 = mul i32 %3, 8
	%3763 = add i32 %3762, 3
	%3764 = sub i32 255, %3763
	%3765 = add i32 %3398, %3764
	%3766 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3767 = bitcast i8 addrspace(3)* %3766 to i32 addrspace(3)*
	%3768 = getelementptr i32, i32 addrspace(3)* %3767, i32 %3765
	%3769 = load i32, i32 addrspace(3)* %3768
	%3770 = add i32 %3761, %3769
	%3771 = mul i32 %3, 8
	%3772 = add i32 %3771, 4
	%3773 = sub i32 255, %3772
	%3774 = add i32 %3398, %3773
	%3775 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3776 = bitcast i8 addrspace(3)* %3775 to i32 addrspace(3)*
	%3777 = getelementptr i32, i32 addrspace(3)* %3776, i32 %3774
	%3778 = load i32, i32 addrspace(3)* %3777
	%3779 = add i32 %3770, %3778
	%3780 = mul i32 %3, 8
	%3781 = add i32 %3780, 5
	%3782 = sub i32 255, %3781
	%3783 = add i32 %3398, %3782
	%3784 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3785 = bitcast i8 addrspace(3)* %3784 to i32 addrspace(3)*
	%3786 = getelementptr i32, i32 addrspace(3)* %3785, i32 %3783
	%3787 = load i32, i32 addrspace(3)* %3786
	%3788 = add i32 %3779, %3787
	%3789 = mul i32 %3, 8
	%3790 = add i32 %3789, 6
	%3791 = sub i32 255, %3790
	%3792 = add i32 %3398, %3791
	%3793 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3794 = bitcast i8 addrspace(3)* %3793 to i32 addrspace(3)*
	%3795 = getelementptr i32, i32 addrspace(3)* %3794, i32 %3792
	%3796 = load i32, i32 addrspace(3)* %3795
	%3797 = add i32 %3788, %3796
	%3798 = mul i32 %3, 8
	%3799 = add i32 %3798, 7
	%3800 = sub i32 255, %3799
	%3801 = add i32 %3398, %3800
	%3802 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3803 = bitcast i8 addrspace(3)* %3802 to i32 addrspace(3)*
	%3804 = getelementptr i32, i32 addrspace(3)* %3803, i32 %3801
	%3805 = load i32, i32 addrspace(3)* %3804
	%3806 = add i32 %3797, %3805
	%3807 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3806, i32 1, i32 0)
	%3808 = icmp uge i32 %3, 1
	%3809 = select i1 %3808, i32 %3807, i32 0
	%3810 = add i32 %3806, %3809
	%3811 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3810, i32 2, i32 0)
	%3812 = icmp uge i32 %3, 2
	%3813 = select i1 %3812, i32 %3811, i32 0
	%3814 = add i32 %3810, %3813
	%3815 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3814, i32 4, i32 0)
	%3816 = icmp uge i32 %3, 4
	%3817 = select i1 %3816, i32 %3815, i32 0
	%3818 = add i32 %3814, %3817
	%3819 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3818, i32 8, i32 0)
	%3820 = icmp uge i32 %3, 8
	%3821 = select i1 %3820, i32 %3819, i32 0
	%3822 = add i32 %3818, %3821
	%3823 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3822, i32 16, i32 0)
	%3824 = icmp uge i32 %3, 16
	%3825 = select i1 %3824, i32 %3823, i32 0
	%3826 = add i32 %3822, %3825
	%3827 = sub i32 %3826, %3806
	%3828 = icmp slt i32 %3827, %3663
	%3829 = icmp sge i32 %3826, %3663
	%3830 = and i1 %3828, %3829
	%3831 = add i32 %3827, %3742
	%3832 = xor i1 false, true
	%3833 = icmp sge i32 %3831, %3663
	%3834 = and i1 %3832, %3833
	%3835 = mul i32 %3, 8
	%3836 = add i32 %3835, 0
	%3837 = sub i32 255, %3836
	%3838 = select i1 %3834, i32 %3837, i32 0
	%3839 = select i1 %3834, i32 %3827, i32 0
	%3840 = or i1 false, %3834
	%3841 = add i32 %3831, %3751
	%3842 = xor i1 %3840, true
	%3843 = icmp sge i32 %3841, %3663
	%3844 = and i1 %3842, %3843
	%3845 = mul i32 %3, 8
	%3846 = add i32 %3845, 1
	%3847 = sub i32 255, %3846
	%3848 = select i1 %3844, i32 %3847, i32 %3838
	%3849 = select i1 %3844, i32 %3831, i32 %3839
	%3850 = or i1 %3840, %3844
	%3851 = add i32 %3841, %3760
	%3852 = xor i1 %3850, true
	%3853 = icmp sge i32 %3851, %3663
	%3854 = and i1 %3852, %3853
	%3855 = mul i32 %3, 8
	%3856 = add i32 %3855, 2
	%3857 = sub i32 255, %3856
	%3858 = select i1 %3854, i32 %3857, i32 %3848
	%3859 = select i1 %3854, i32 %3841, i32 %3849
	%3860 = or i1 %3850, %3854
	%3861 = add i32 %3851, %3769
	%3862 = xor i1 %3860, true
	%3863 = icmp sge i32 %3861, %3663
	%3864 = and i1 %3862, %3863
	%3865 = mul i32 %3, 8
	%3866 = add i32 %3865, 3
	%3867 = sub i32 255, %3866
	%3868 = select i1 %3864, i32 %3867, i32 %3858
	%3869 = select i1 %3864, i32 %3851, i32 %3859
	%3870 = or i1 %3860, %3864
	%3871 = add i32 %3861, %3778
	%3872 = xor i1 %3870, true
	%3873 = icmp sge i32 %3871, %3663
	%3874 = and i1 %3872, %3873
	%3875 = mul i32 %3, 8
	%3876 = add i32 %3875, 4
	%3877 = sub i32 255, %3876
	%3878 = select i1 %3874, i32 %3877, i32 %3868
	%3879 = select i1 %3874, i32 %3861, i32 %3869
	%3880 = or i1 %3870, %3874
	%3881 = add i32 %3871, %3787
	%3882 = xor i1 %3880, true
	%3883 = icmp sge i32 %3881, %3663
	%3884 = and i1 %3882, %3883
	%3885 = mul i32 %3, 8
	%3886 = add i32 %3885, 5
	%3887 = sub i32 255, %3886
	%3888 = select i1 %3884, i32 %3887, i32 %3878
	%3889 = select i1 %3884, i32 %3871, i32 %3879
	%3890 = or i1 %3880, %3884
	%3891 = add i32 %3881, %3796
	%3892 = xor i1 %3890, true
	%3893 = icmp sge i32 %3891, %3663
	%3894 = and i1 %3892, %3893
	%3895 = mul i32 %3, 8
	%3896 = add i32 %3895, 6
	%3897 = sub i32 255, %3896
	%3898 = select i1 %3894, i32 %3897, i32 %3888
	%3899 = select i1 %3894, i32 %3881, i32 %3889
	%3900 = or i1 %3890, %3894
	%3901 = add i32 %3891, %3805
	%3902 = xor i1 %3900, true
	%3903 = icmp sge i32 %3901, %3663
	%3904 = and i1 %3902, %3903
	%3905 = mul i32 %3, 8
	%3906 = add i32 %3905, 7
	%3907 = sub i32 255, %3906
	%3908 = select i1 %3904, i32 %3907, i32 %3898
	%3909 = select i1 %3904, i32 %3891, i32 %3899
	%3910 = or i1 %3900, %3904
	%3911 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3830)
	%3912 = call i32 @llvm.cttz.i32(i32 %3911, i1 false)
	%3913 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %3908, i32 %3912, i32 31)
	%3914 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %3909, i32 %3912, i32 31)
	%3915 = shl i32 %3913, 16
	%3916 = or i32 %3660, %3915
	%3917 = shl i32 255, 16
	%3918 = or i32 %3662, %3917
	%3919 = sub i32 %3663, %3914
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3920 = mul i32 %3, 8
	%3921 = add i32 %3920, 0
	%3922 = add i32 %3398, %3921
	%3923 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3924 = bitcast i8 addrspace(3)* %3923 to i32 addrspace(3)*
	%3925 = getelementptr i32, i32 addrspace(3)* %3924, i32 %3922
	store i32 0, i32 addrspace(3)* %3925
	%3926 = mul i32 %3, 8
	%3927 = add i32 %3926, 1
	%3928 = add i32 %3398, %3927
	%3929 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3930 = bitcast i8 addrspace(3)* %3929 to i32 addrspace(3)*
	%3931 = getelementptr i32, i32 addrspace(3)* %3930, i32 %3928
	store i32 0, i32 addrspace(3)* %3931
	%3932 = mul i32 %3, 8
	%3933 = add i32 %3932, 2
	%3934 = add i32 %3398, %3933
	%3935 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3936 = bitcast i8 addrspace(3)* %3935 to i32 addrspace(3)*
	%3937 = getelementptr i32, i32 addrspace(3)* %3936, i32 %3934
	store i32 0, i32 addrspace(3)* %3937
	%3938 = mul i32 %3, 8
	%3939 = add i32 %3938, 3
	%3940 = add i32 %3398, %3939
	%3941 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3942 = bitcast i8 addrspace(3)* %3941 to i32 addrspace(3)*
	%3943 = getelementptr i32, i32 addrspace(3)* %3942, i32 %3940
	store i32 0, i32 addrspace(3)* %3943
	%3944 = mul i32 %3, 8
	%3945 = add i32 %3944, 4
	%3946 = add i32 %3398, %3945
	%3947 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3948 = bitcast i8 addrspace(3)* %3947 to i32 addrspace(3)*
	%3949 = getelementptr i32, i32 addrspace(3)* %3948, i32 %3946
	store i32 0, i32 addrspace(3)* %3949
	%3950 = mul i32 %3, 8
	%3951 = add i32 %3950, 5
	%3952 = add i32 %3398, %3951
	%3953 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3954 = bitcast i8 addrspace(3)* %3953 to i32 addrspace(3)*
	%3955 = getelementptr i32, i32 addrspace(3)* %3954, i32 %3952
	store i32 0, i32 addrspace(3)* %3955
	%3956 = mul i32 %3, 8
	%3957 = add i32 %3956, 6
	%3958 = add i32 %3398, %3957
	%3959 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3960 = bitcast i8 addrspace(3)* %3959 to i32 addrspace(3)*
	%3961 = getelementptr i32, i32 addrspace(3)* %3960, i32 %3958
	store i32 0, i32 addrspace(3)* %3961
	%3962 = mul i32 %3, 8
	%3963 = add i32 %3962, 7
	%3964 = add i32 %3398, %3963
	%3965 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3966 = bitcast i8 addrspace(3)* %3965 to i32 addrspace(3)*
	%3967 = getelementptr i32, i32 addrspace(3)* %3966, i32 %3964
	store i32 0, i32 addrspace(3)* %3967
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %3978

3968:
	%3969 = lshr i32 %3730, 16
	%3970 = and i32 %3969, 255
	%3971 = add i32 %3398, %3970
	%3972 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3973 = bitcast i8 addrspace(3)* %3972 to i32 addrspace(3)*
	%3974 = getelementptr i32, i32 addrspace(3)* %3973, i32 %3971
	%3975 = atomicrmw add i32 addrspace(3)* %3974, i32 1 monotonic
	br label %3976

3976:
	%3977 = add i32 %3723, 32
	br label %3722

3978:
	%3979 = phi i32 [ %3, %3734 ], [ %4233, %4232 ]
	%3980 = icmp slt i32 %3979, %550
	br i1 %3980, label %3981, label %3990

3981:
	%3982 = add i32 %3397, %3979
	%3983 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%3984 = bitcast i8 addrspace(3)* %3983 to i32 addrspace(3)*
	%3985 = getelementptr i32, i32 addrspace(3)* %3984, i32 %3982
	%3986 = load i32, i32 addrspace(3)* %3985
	%3987 = and i32 %3986, %3918
	%3988 = icmp eq i32 %3987, %3916
	%3989 = and i1 true, %3988
	br i1 %3989, label %4224, label %4232

3990:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3991 = mul i32 %3, 8
	%3992 = add i32 %3991, 0
	%3993 = sub i32 255, %3992
	%3994 = add i32 %3398, %3993
	%3995 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3996 = bitcast i8 addrspace(3)* %3995 to i32 addrspace(3)*
	%3997 = getelementptr i32, i32 addrspace(3)* %3996, i32 %3994
	%3998 = load i32, i32 addrspace(3)* %3997
	%3999 = add i32 0, %3998
	%4000 = mul i32 %3, 8
	%4001 = add i32 %4000, 1
	%4002 = sub i32 255, %4001
	%4003 = add i32 %3398, %4002
	%4004 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4005 = bitcast i8 addrspace(3)* %4004 to i32 addrspace(3)*
	%4006 = getelementptr i32, i32 addrspace(3)* %4005, i32 %4003
	%4007 = load i32, i32 addrspace(3)* %4006
	%4008 = add i32 %3999, %4007
	%4009 = mul i32 %3, 8
	%4010 = add i32 %4009, 2
	%4011 = sub i32 255, %4010
	%4012 = add i32 %3398, %4011
	%4013 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4014 = bitcast i8 addrspace(3)* %4013 to i32 addrspace(3)*
	%4015 = getelementptr i32, i32 addrspace(3)* %4014, i32 %4012
	%4016 = load i32, i32 addrspace(3)* %4015
	%4017 = add i32 %4008, %4016
	%4018 = mul i32 %3, 8
	%4019 = add i32 %4018, 3
	%4020 = sub i32 255, %4019
	%4021 = add i32 %3398, %4020
	%4022 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4023 = bitcast i8 addrspace(3)* %4022 to i32 addrspace(3)*
	%4024 = getelementptr i32, i32 addrspace(3)* %4023, i32 %4021
	%4025 = load i32, i32 addrspace(3)* %4024
	%4026 = add i32 %4017, %4025
	%4027 = mul i32 %3, 8
	%4028 = add i32 %4027, 4
	%4029 = sub i32 255, %4028
	%4030 = add i32 %3398, %4029
	%4031 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4032 = bitcast i8 addrspace(3)* %4031 to i32 addrspace(3)*
	%4033 = getelementptr i32, i32 addrspace(3)* %4032, i32 %4030
	%4034 = load i32, i32 addrspace(3)* %4033
	%4035 = add i32 %4026, %4034
	%4036 = mul i32 %3, 8
	%4037 = add i32 %4036, 5
	%4038 = sub i32 255, %4037
	%4039 = add i32 %3398, %4038
	%4040 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4041 = bitcast i8 addrspace(3)* %4040 to i32 addrspace(3)*
	%4042 = getelementptr i32, i32 addrspace(3)* %4041, i32 %4039
	%4043 = load i32, i32 addrspace(3)* %4042
	%4044 = add i32 %4035, %4043
	%4045 = mul i32 %3, 8
	%4046 = add i32 %4045, 6
	%4047 = sub i32 255, %4046
	%4048 = add i32 %3398, %4047
	%4049 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4050 = bitcast i8 addrspace(3)* %4049 to i32 addrspace(3)*
	%4051 = getelementptr i32, i32 addrspace(3)* %4050, i32 %4048
	%4052 = load i32, i32 addrspace(3)* %4051
	%4053 = add i32 %4044, %4052
	%4054 = mul i32 %3, 8
	%4055 = add i32 %4054, 7
	%4056 = sub i32 255, %4055
	%4057 = add i32 %3398, %4056
	%4058 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4059 = bitcast i8 addrspace(3)* %4058 to i32 addrspace(3)*
	%4060 = getelementptr i32, i32 addrspace(3)* %4059, i32 %4057
	%4061 = load i32, i32 addrspace(3)* %4060
	%4062 = add i32 %4053, %4061
	%4063 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4062, i32 1, i32 0)
	%4064 = icmp uge i32 %3, 1
	%4065 = select i1 %4064, i32 %4063, i32 0
	%4066 = add i32 %4062, %4065
	%4067 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4066, i32 2, i32 0)
	%4068 = icmp uge i32 %3, 2
	%4069 = select i1 %4068, i32 %4067, i32 0
	%4070 = add i32 %4066, %4069
	%4071 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4070, i32 4, i32 0)
	%4072 = icmp uge i32 %3, 4
	%4073 = select i1 %4072, i32 %4071, i32 0
	%4074 = add i32 %4070, %4073
	%4075 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4074, i32 8, i32 0)
	%4076 = icmp uge i32 %3, 8
	%4077 = select i1 %4076, i32 %4075, i32 0
	%4078 = add i32 %4074, %4077
	%4079 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4078, i32 16, i32 0)
	%4080 = icmp uge i32 %3, 16
	%4081 = select i1 %4080, i32 %4079, i32 0
	%4082 = add i32 %4078, %4081
	%4083 = sub i32 %4082, %4062
	%4084 = icmp slt i32 %4083, %3919
	%4085 = icmp sge i32 %4082, %3919
	%4086 = and i1 %4084, %4085
	%4087 = add i32 %4083, %3998
	%4088 = xor i1 false, true
	%4089 = icmp sge i32 %4087, %3919
	%4090 = and i1 %4088, %4089
	%4091 = mul i32 %3, 8
	%4092 = add i32 %4091, 0
	%4093 = sub i32 255, %4092
	%4094 = select i1 %4090, i32 %4093, i32 0
	%4095 = select i1 %4090, i32 %4083, i32 0
	%4096 = or i1 false, %4090
	%4097 = add i32 %4087, %4007
	%4098 = xor i1 %4096, true
	%4099 = icmp sge i32 %4097, %3919
	%4100 = and i1 %4098, %4099
	%4101 = mul i32 %3, 8
	%4102 = add i32 %4101, 1
	%4103 = sub i32 255, %4102
	%4104 = select i1 %4100, i32 %4103, i32 %4094
	%4105 = select i1 %4100, i32 %4087, i32 %4095
	%4106 = or i1 %4096, %4100
	%4107 = add i32 %4097, %4016
	%4108 = xor i1 %4106, true
	%4109 = icmp sge i32 %4107, %3919
	%4110 = and i1 %4108, %4109
	%4111 = mul i32 %3, 8
	%4112 = add i32 %4111, 2
	%4113 = sub i32 255, %4112
	%4114 = select i1 %4110, i32 %4113, i32 %4104
	%4115 = select i1 %4110, i32 %4097, i32 %4105
	%4116 = or i1 %4106, %4110
	%4117 = add i32 %4107, %4025
	%4118 = xor i1 %4116, true
	%4119 = icmp sge i32 %4117, %3919
	%4120 = and i1 %4118, %4119
	%4121 = mul i32 %3, 8
	%4122 = add i32 %4121, 3
	%4123 = sub i32 255, %4122
	%4124 = select i1 %4120, i32 %4123, i32 %4114
	%4125 = select i1 %4120, i32 %4107, i32 %4115
	%4126 = or i1 %4116, %4120
	%4127 = add i32 %4117, %4034
	%4128 = xor i1 %4126, true
	%4129 = icmp sge i32 %4127, %3919
	%4130 = and i1 %4128, %4129
	%4131 = mul i32 %3, 8
	%4132 = add i32 %4131, 4
	%4133 = sub i32 255, %4132
	%4134 = select i1 %4130, i32 %4133, i32 %4124
	%4135 = select i1 %4130, i32 %4117, i32 %4125
	%4136 = or i1 %4126, %4130
	%4137 = add i32 %4127, %4043
	%4138 = xor i1 %4136, true
	%4139 = icmp sge i32 %4137, %3919
	%4140 = and i1 %4138, %4139
	%4141 = mul i32 %3, 8
	%4142 = add i32 %4141, 5
	%4143 = sub i32 255, %4142
	%4144 = select i1 %4140, i32 %4143, i32 %4134
	%4145 = select i1 %4140, i32 %4127, i32 %4135
	%4146 = or i1 %4136, %4140
	%4147 = add i32 %4137, %4052
	%4148 = xor i1 %4146, true
	%4149 = icmp sge i32 %4147, %3919
	%4150 = and i1 %4148, %4149
	%4151 = mul i32 %3, 8
	%4152 = add i32 %4151, 6
	%4153 = sub i32 255, %4152
	%4154 = select i1 %4150, i32 %4153, i32 %4144
	%4155 = select i1 %4150, i32 %4137, i32 %4145
	%4156 = or i1 %4146, %4150
	%4157 = add i32 %4147, %4061
	%4158 = xor i1 %4156, true
	%4159 = icmp sge i32 %4157, %3919
	%4160 = and i1 %4158, %4159
	%4161 = mul i32 %3, 8
	%4162 = add i32 %4161, 7
	%4163 = sub i32 255, %4162
	%4164 = select i1 %4160, i32 %4163, i32 %4154
	%4165 = select i1 %4160, i32 %4147, i32 %4155
	%4166 = or i1 %4156, %4160
	%4167 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4086)
	%4168 = call i32 @llvm.cttz.i32(i32 %4167, i1 false)
	%4169 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %4164, i32 %4168, i32 31)
	%4170 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %4165, i32 %4168, i32 31)
	%4171 = shl i32 %4169, 8
	%4172 = or i32 %3916, %4171
	%4173 = shl i32 255, 8
	%4174 = or i32 %3918, %4173
	%4175 = sub i32 %3919, %4170
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4176 = mul i32 %3, 8
	%4177 = add i32 %4176, 0
	%4178 = add i32 %3398, %4177
	%4179 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4180 = bitcast i8 addrspace(3)* %4179 to i32 addrspace(3)*
	%4181 = getelementptr i32, i32 addrspace(3)* %4180, i32 %4178
	store i32 0, i32 addrspace(3)* %4181
	%4182 = mul i32 %3, 8
	%4183 = add i32 %4182, 1
	%4184 = add i32 %3398, %4183
	%4185 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4186 = bitcast i8 addrspace(3)* %4185 to i32 addrspace(3)*
	%4187 = getelementptr i32, i32 addrspace(3)* %4186, i32 %4184
	store i32 0, i32 addrspace(3)* %4187
	%4188 = mul i32 %3, 8
	%4189 = add i32 %4188, 2
	%4190 = add i32 %3398, %4189
	%4191 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4192 = bitcast i8 addrspace(3)* %4191 to i32 addrspace(3)*
	%4193 = getelementptr i32, i32 addrspace(3)* %4192, i32 %4190
	store i32 0, i32 addrspace(3)* %4193
	%4194 = mul i32 %3, 8
	%4195 = add i32 %4194, 3
	%4196 = add i32 %3398, %4195
	%4197 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4198 = bitcast i8 addrspace(3)* %4197 to i32 addrspace(3)*
	%4199 = getelementptr i32, i32 addrspace(3)* %4198, i32 %4196
	store i32 0, i32 addrspace(3)* %4199
	%4200 = mul i32 %3, 8
	%4201 = add i32 %4200, 4
	%4202 = add i32 %3398, %4201
	%4203 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4204 = bitcast i8 addrspace(3)* %4203 to i32 addrspace(3)*
	%4205 = getelementptr i32, i32 addrspace(3)* %4204, i32 %4202
	store i32 0, i32 addrspace(3)* %4205
	%4206 = mul i32 %3, 8
	%4207 = add i32 %4206, 5
	%4208 = add i32 %3398, %4207
	%4209 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4210 = bitcast i8 addrspace(3)* %4209 to i32 addrspace(3)*
	%4211 = getelementptr i32, i32 addrspace(3)* %4210, i32 %4208
	store i32 0, i32 addrspace(3)* %4211
	%4212 = mul i32 %3, 8
	%4213 = add i32 %4212, 6
	%4214 = add i32 %3398, %4213
	%4215 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4216 = bitcast i8 addrspace(3)* %4215 to i32 addrspace(3)*
	%4217 = getelementptr i32, i32 addrspace(3)* %4216, i32 %4214
	store i32 0, i32 addrspace(3)* %4217
	%4218 = mul i32 %3, 8
	%4219 = add i32 %4218, 7
	%4220 = add i32 %3398, %4219
	%4221 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4222 = bitcast i8 addrspace(3)* %4221 to i32 addrspace(3)*
	%4223 = getelementptr i32, i32 addrspace(3)* %4222, i32 %4220
	store i32 0, i32 addrspace(3)* %4223
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %4234

4224:
	%4225 = lshr i32 %3986, 8
	%4226 = and i32 %4225, 255
	%4227 = add i32 %3398, %4226
	%4228 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4229 = bitcast i8 addrspace(3)* %4228 to i32 addrspace(3)*
	%4230 = getelementptr i32, i32 addrspace(3)* %4229, i32 %4227
	%4231 = atomicrmw add i32 addrspace(3)* %4230, i32 1 monotonic
	br label %4232

4232:
	%4233 = add i32 %3979, 32
	br label %3978

4234:
	%4235 = phi i32 [ %3, %3990 ], [ %4443, %4442 ]
	%4236 = icmp slt i32 %4235, %550
	br i1 %4236, label %4237, label %4246

4237:
	%4238 = add i32 %3397, %4235
	%4239 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%4240 = bitcast i8 addrspace(3)* %4239 to i32 addrspace(3)*
	%4241 = getelementptr i32, i32 addrspace(3)* %4240, i32 %4238
	%4242 = load i32, i32 addrspace(3)* %4241
	%4243 = and i32 %4242, %4174
	%4244 = icmp eq i32 %4243, %4172
	%4245 = and i1 true, %4244
	br i1 %4245, label %4434, label %4442

4246:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4247 = mul i32 %3, 8
	%4248 = add i32 %4247, 0
	%4249 = sub i32 255, %4248
	%4250 = add i32 %3398, %4249
	%4251 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4252 = bitcast i8 addrspace(3)* %4251 to i32 addrspace(3)*
	%4253 = getelementptr i32, i32 addrspace(3)* %4252, i32 %4250
	%4254 = load i32, i32 addrspace(3)* %4253
	%4255 = add i32 0, %4254
	%4256 = mul i32 %3, 8
	%4257 = add i32 %4256, 1
	%4258 = sub i32 255, %4257
	%4259 = add i32 %3398, %4258
	%4260 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4261 = bitcast i8 addrspace(3)* %4260 to i32 addrspace(3)*
	%4262 = getelementptr i32, i32 addrspace(3)* %4261, i32 %4259
	%4263 = load i32, i32 addrspace(3)* %4262
	%4264 = add i32 %4255, %4263
	%4265 = mul i32 %3, 8
	%4266 = add i32 %4265, 2
	%4267 = sub i32 255, %4266
	%4268 = add i32 %3398, %4267
	%4269 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4270 = bitcast i8 addrspace(3)* %4269 to i32 addrspace(3)*
	%4271 = getelementptr i32, i32 addrspace(3)* %4270, i32 %4268
	%4272 = load i32, i32 addrspace(3)* %4271
	%4273 = add i32 %4264, %4272
	%4274 = mul i32 %3, 8
	%4275 = add i32 %4274, 3
	%4276 = sub i32 255, %4275
	%4277 = add i32 %3398, %4276
	%4278 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4279 = bitcast i8 addrspace(3)* %4278 to i32 addrspace(3)*
	%4280 = getelementptr i32, i32 addrspace(3)* %4279, i32 %4277
	%4281 = load i32, i32 addrspace(3)* %4280
	%4282 = add i32 %4273, %4281
	%4283 = mul i32 %3, 8
	%4284 = add i32 %4283, 4
	%4285 = sub i32 255, %4284
	%4286 = add i32 %3398, %4285
	%4287 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4288 = bitcast i8 addrspace(3)* %4287 to i32 addrspace(3)*
	%4289 = getelementptr i32, i32 addrspace(3)* %4288, i32 %4286
	%4290 = load i32, i32 addrspace(3)* %4289
	%4291 = add i32 %4282, %4290
	%4292 = mul i32 %3, 8
	%4293 = add i32 %4292, 5
	%4294 = sub i32 255, %4293
	%4295 = add i32 %3398, %4294
	%4296 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4297 = bitcast i8 addrspace(3)* %4296 to i32 addrspace(3)*
	%4298 = getelementptr i32, i32 addrspace(3)* %4297, i32 %4295
	%4299 = load i32, i32 addrspace(3)* %4298
	%4300 = add i32 %4291, %4299
	%4301 = mul i32 %3, 8
	%4302 = add i32 %4301, 6
	%4303 = sub i32 255, %4302
	%4304 = add i32 %3398, %4303
	%4305 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4306 = bitcast i8 addrspace(3)* %4305 to i32 addrspace(3)*
	%4307 = getelementptr i32, i32 addrspace(3)* %4306, i32 %4304
	%4308 = load i32, i32 addrspace(3)* %4307
	%4309 = add i32 %4300, %4308
	%4310 = mul i32 %3, 8
	%4311 = add i32 %4310, 7
	%4312 = sub i32 255, %4311
	%4313 = add i32 %3398, %4312
	%4314 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4315 = bitcast i8 addrspace(3)* %4314 to i32 addrspace(3)*
	%4316 = getelementptr i32, i32 addrspace(3)* %4315, i32 %4313
	%4317 = load i32, i32 addrspace(3)* %4316
	%4318 = add i32 %4309, %4317
	%4319 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4318, i32 1, i32 0)
	%4320 = icmp uge i32 %3, 1
	%4321 = select i1 %4320, i32 %4319, i32 0
	%4322 = add i32 %4318, %4321
	%4323 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4322, i32 2, i32 0)
	%4324 = icmp uge i32 %3, 2
	%4325 = select i1 %4324, i32 %4323, i32 0
	%4326 = add i32 %4322, %4325
	%4327 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4326, i32 4, i32 0)
	%4328 = icmp uge i32 %3, 4
	%4329 = select i1 %4328, i32 %4327, i32 0
	%4330 = add i32 %4326, %4329
	%4331 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4330, i32 8, i32 0)
	%4332 = icmp uge i32 %3, 8
	%4333 = select i1 %4332, i32 %4331, i32 0
	%4334 = add i32 %4330, %4333
	%4335 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4334, i32 16, i32 0)
	%4336 = icmp uge i32 %3, 16
	%4337 = select i1 %4336, i32 %4335, i32 0
	%4338 = add i32 %4334, %4337
	%4339 = sub i32 %4338, %4318
	%4340 = icmp slt i32 %4339, %4175
	%4341 = icmp sge i32 %4338, %4175
	%4342 = and i1 %4340, %4341
	%4343 = add i32 %4339, %4254
	%4344 = xor i1 false, true
	%4345 = icmp sge i32 %4343, %4175
	%4346 = and i1 %4344, %4345
	%4347 = mul i32 %3, 8
	%4348 = add i32 %4347, 0
	%4349 = sub i32 255, %4348
	%4350 = select i1 %4346, i32 %4349, i32 0
	%4351 = select i1 %4346, i32 %4339, i32 0
	%4352 = or i1 false, %4346
	%4353 = add i32 %4343, %4263
	%4354 = xor i1 %4352, true
	%4355 = icmp sge i32 %4353, %4175
	%4356 = and i1 %4354, %4355
	%4357 = mul i32 %3, 8
	%4358 = add i32 %4357, 1
	%4359 = sub i32 255, %4358
	%4360 = select i1 %4356, i32 %4359, i32 %4350
	%4361 = select i1 %4356, i32 %4343, i32 %4351
	%4362 = or i1 %4352, %4356
	%4363 = add i32 %4353, %4272
	%4364 = xor i1 %4362, true
	%4365 = icmp sge i32 %4363, %4175
	%4366 = and i1 %4364, %4365
	%4367 = mul i32 %3, 8
	%4368 = add i32 %4367, 2
	%4369 = sub i32 255, %4368
	%4370 = select i1 %4366, i32 %4369, i32 %4360
	%4371 = select i1 %4366, i32 %4353, i32 %4361
	%4372 = or i1 %4362, %4366
	%4373 = add i32 %4363, %4281
	%4374 = xor i1 %4372, true
	%4375 = icmp sge i32 %4373, %4175
	%4376 = and i1 %4374, %4375
	%4377 = mul i32 %3, 8
	%4378 = add i32 %4377, 3
	%4379 = sub i32 255, %4378
	%4380 = select i1 %4376, i32 %4379, i32 %4370
	%4381 = select i1 %4376, i32 %4363, i32 %4371
	%4382 = or i1 %4372, %4376
	%4383 = add i32 %4373, %4290
	%4384 = xor i1 %4382, true
	%4385 = icmp sge i32 %4383, %4175
	%4386 = and i1 %4384, %4385
	%4387 = mul i32 %3, 8
	%4388 = add i32 %4387, 4
	%4389 = sub i32 255, %4388
	%4390 = select i1 %4386, i32 %4389, i32 %4380
	%4391 = select i1 %4386, i32 %4373, i32 %4381
	%4392 = or i1 %4382, %4386
	%4393 = add i32 %4383, %4299
	%4394 = xor i1 %4392, true
	%4395 = icmp sge i32 %4393, %4175
	%4396 = and i1 %4394, %4395
	%4397 = mul i32 %3, 8
	%4398 = add i32 %4397, 5
	%4399 = sub i32 255, %4398
	%4400 = select i1 %4396, i32 %4399, i32 %4390
	%4401 = select i1 %4396, i32 %4383, i32 %4391
	%4402 = or i1 %4392, %4396
	%4403 = add i32 %4393, %4308
	%4404 = xor i1 %4402, true
	%4405 = icmp sge i32 %4403, %4175
	%4406 = and i1 %4404, %4405
	%4407 = mul i32 %3, 8
	%4408 = add i32 %4407, 6
	%4409 = sub i32 255, %4408
	%4410 = select i1 %4406, i32 %4409, i32 %4400
	%4411 = select i1 %4406, i32 %4393, i32 %4401
	%4412 = or i1 %4402, %4406
	%4413 = add i32 %4403, %4317
	%4414 = xor i1 %4412, true
	%4415 = icmp sge i32 %4413, %4175
	%4416 = and i1 %4414, %4415
	%4417 = mul i32 %3, 8
	%4418 = add i32 %4417, 7
	%4419 = sub i32 255, %4418
	%4420 = select i1 %4416, i32 %4419, i32 %4410
	%4421 = select i1 %4416, i32 %4403, i32 %4411
	%4422 = or i1 %4412, %4416
	%4423 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4342)
	%4424 = call i32 @llvm.cttz.i32(i32 %4423, i1 false)
	%4425 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %4420, i32 %4424, i32 31)
	%4426 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %4421, i32 %4424, i32 31)
	%4427 = shl i32 %4425, 0
	%4428 = or i32 %4172, %4427
	%4429 = shl i32 255, 0
	%4430 = or i32 %4174, %4429
	%4431 = sub i32 %4175, %4426
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4432 = shl i32 1, %3
	%4433 = sub i32 %4432, 1
	br label %4444

4434:
	%4435 = lshr i32 %4242, 0
	%4436 = and i32 %4435, 255
	%4437 = add i32 %3398, %4436
	%4438 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4439 = bitcast i8 addrspace(3)* %4438 to i32 addrspace(3)*
	%4440 = getelementptr i32, i32 addrspace(3)* %4439, i32 %4437
	%4441 = atomicrmw add i32 addrspace(3)* %4440, i32 1 monotonic
	br label %4442

4442:
	%4443 = add i32 %4235, 32
	br label %4234

4444:
	%4445 = phi i32 [ 0, %4246 ], [ %4514, %4509 ]
	%4446 = phi i32 [ 0, %4246 ], [ %4511, %4509 ]
	%4447 = phi i32 [ 0, %4246 ], [ %4513, %4509 ]
	%4448 = icmp slt i32 %4445, %550
	br i1 %4448, label %4449, label %4452

4449:
	%4450 = add i32 %4445, %3
	%4451 = icmp slt i32 %4450, %550
	br i1 %4451, label %4473, label %4483

4452:
	%4453 = icmp ugt i32 %3331, %4428
	%4454 = and i1 %3326, %4453
	%4455 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4454)
	%4456 = call i32 @llvm.ctpop.i32(i32 %4455)
	%4457 = add i32 0, %4456
	%4458 = icmp ugt i32 %3344, %4428
	%4459 = and i1 %3339, %4458
	%4460 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4459)
	%4461 = call i32 @llvm.ctpop.i32(i32 %4460)
	%4462 = add i32 %4457, %4461
	%4463 = icmp ugt i32 %3357, %4428
	%4464 = and i1 %3352, %4463
	%4465 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4464)
	%4466 = call i32 @llvm.ctpop.i32(i32 %4465)
	%4467 = add i32 %4462, %4466
	%4468 = icmp ugt i32 %3370, %4428
	%4469 = and i1 %3365, %4468
	%4470 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4469)
	%4471 = call i32 @llvm.ctpop.i32(i32 %4470)
	%4472 = add i32 %4467, %4471
	br label %3447

4473:
	%4474 = add i32 %3397, %4450
	%4475 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%4476 = bitcast i8 addrspace(3)* %4475 to i32 addrspace(3)*
	%4477 = getelementptr i32, i32 addrspace(3)* %4476, i32 %4474
	%4478 = load i32, i32 addrspace(3)* %4477
	%4479 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%4480 = bitcast i8 addrspace(3)* %4479 to i32 addrspace(3)*
	%4481 = getelementptr i32, i32 addrspace(3)* %4480, i32 %4474
	%4482 = load i32, i32 addrspace(3)* %4481
	br label %4483

4483:
	%4484 = phi i32 [ 0, %4449 ], [ %4478, %4473 ]
	%4485 = phi i32 [ 0, %4449 ], [ %4482, %4473 ]
	%4486 = icmp eq i32 %4484, %4428
	%4487 = and i1 %4451, %4486
	%4488 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4487)
	%4489 = and i32 %4488, %4433
	%4490 = call i32 @llvm.ctpop.i32(i32 %4489)
	%4491 = add i32 %4447, %4490
	%4492 = icmp ugt i32 %4484, %4428
	%4493 = icmp slt i32 %4491, %4431
	%4494 = and i1 %4487, %4493
	%4495 = or i1 %4492, %4494
	%4496 = and i1 %4451, %4495
	%4497 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4496)
	%4498 = and i32 %4497, %4433
	%4499 = call i32 @llvm.ctpop.i32(i32 %4498)
	%4500 = add i32 %4446, %4499
	%4501 = add i32 %3397, %4500
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %4496, label %4502, label %4509

4502:
	%4503 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%4504 = bitcast i8 addrspace(3)* %4503 to i32 addrspace(3)*
	%4505 = getelementptr i32, i32 addrspace(3)* %4504, i32 %4501
	store i32 %4484, i32 addrspace(3)* %4505
	%4506 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%4507 = bitcast i8 addrspace(3)* %4506 to i32 addrspace(3)*
	%4508 = getelementptr i32, i32 addrspace(3)* %4507, i32 %4501
	store i32 %4485, i32 addrspace(3)* %4508
	br label %4509

4509:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4510 = call i32 @llvm.ctpop.i32(i32 %4497)
	%4511 = add i32 %4446, %4510
	%4512 = call i32 @llvm.ctpop.i32(i32 %4488)
	%4513 = add i32 %4447, %4512
	%4514 = add i32 %4445, 32
	br label %4444

4515:
	%4516 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%4517 = bitcast i8 addrspace(3)* %4516 to i32 addrspace(3)*
	%4518 = getelementptr i32, i32 addrspace(3)* %4517, i32 %3465
	store i32 %3331, i32 addrspace(3)* %4518
	%4519 = add i32 0, %3
	%4520 = add i32 %547, %4519
	%4521 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%4522 = bitcast i8 addrspace(3)* %4521 to i32 addrspace(3)*
	%4523 = getelementptr i32, i32 addrspace(3)* %4522, i32 %3465
	store i32 %4520, i32 addrspace(3)* %4523
	br label %4524

4524:
	%4525 = call i32 @llvm.ctpop.i32(i32 %3455)
	%4526 = add i32 %3448, %4525
	%4527 = and i32 %3456, %3460
	%4528 = call i32 @llvm.ctpop.i32(i32 %4527)
	%4529 = add i32 %4526, %4528
	%4530 = add i32 %3461, %4529
	br i1 %3452, label %4531, label %4540

4531:
	%4532 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%4533 = bitcast i8 addrspace(3)* %4532 to i32 addrspace(3)*
	%4534 = getelementptr i32, i32 addrspace(3)* %4533, i32 %4530
	store i32 %3344, i32 addrspace(3)* %4534
	%4535 = add i32 32, %3
	%4536 = add i32 %547, %4535
	%4537 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%4538 = bitcast i8 addrspace(3)* %4537 to i32 addrspace(3)*
	%4539 = getelementptr i32, i32 addrspace(3)* %4538, i32 %4530
	store i32 %4536, i32 addrspace(3)* %4539
	br label %4540

4540:
	%4541 = call i32 @llvm.ctpop.i32(i32 %3456)
	%4542 = add i32 %4526, %4541
	%4543 = and i32 %3457, %3460
	%4544 = call i32 @llvm.ctpop.i32(i32 %4543)
	%4545 = add i32 %4542, %4544
	%4546 = add i32 %3461, %4545
	br i1 %3453, label %4547, label %4556

4547:
	%4548 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%4549 = bitcast i8 addrspace(3)* %4548 to i32 addrspace(3)*
	%4550 = getelementptr i32, i32 addrspace(3)* %4549, i32 %4546
	store i32 %3357, i32 addrspace(3)* %4550
	%4551 = add i32 64, %3
	%4552 = add i32 %547, %4551
	%4553 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%4554 = bitcast i8 addrspace(3)* %4553 to i32 addrspace(3)*
	%4555 = getelementptr i32, i32 addrspace(3)* %4554, i32 %4546
	store i32 %4552, i32 addrspace(3)* %4555
	br label %4556

4556:
	%4557 = call i32 @llvm.ctpop.i32(i32 %3457)
	%4558 = add i32 %4542, %4557
	%4559 = and i32 %3458, %3460
	%4560 = call i32 @llvm.ctpop.i32(i32 %4559)
	%4561 = add i32 %4558, %4560
	%4562 = add i32 %3461, %4561
	br i1 %3454, label %4563, label %4572

4563:
	%4564 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%4565 = bitcast i8 addrspace(3)* %4564 to i32 addrspace(3)*
	%4566 = getelementptr i32, i32 addrspace(3)* %4565, i32 %4562
	store i32 %3370, i32 addrspace(3)* %4566
	%4567 = add i32 96, %3
	%4568 = add i32 %547, %4567
	%4569 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%4570 = bitcast i8 addrspace(3)* %4569 to i32 addrspace(3)*
	%4571 = getelementptr i32, i32 addrspace(3)* %4570, i32 %4562
	store i32 %4568, i32 addrspace(3)* %4571
	br label %4572

4572:
	%4573 = call i32 @llvm.ctpop.i32(i32 %3458)
	%4574 = add i32 %4558, %4573
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4575 = add i32 %3448, %3450
	br label %3393

4576:
	%4577 = mul i32 %462, 129
	%4578 = add i32 0, %3
	%4579 = add i32 %4577, %4578
	%4580 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%4581 = bitcast i8 addrspace(3)* %4580 to float addrspace(3)*
	%4582 = getelementptr float, float addrspace(3)* %4581, i32 %4579
	%4583 = load float, float addrspace(3)* %4582
	%4584 = fcmp ogt float %4583, 0xFFF0000000000000
	%4585 = fadd float %4583, 0.0
	%4586 = bitcast float %4585 to i32
	%4587 = ashr i32 %4586, 31
	%4588 = or i32 %4587, -2147483648
	%4589 = xor i32 %4586, %4588
	%4590 = mul i32 %462, 129
	%4591 = add i32 32, %3
	%4592 = add i32 %4590, %4591
	%4593 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%4594 = bitcast i8 addrspace(3)* %4593 to float addrspace(3)*
	%4595 = getelementptr float, float addrspace(3)* %4594, i32 %4592
	%4596 = load float, float addrspace(3)* %4595
	%4597 = fcmp ogt float %4596, 0xFFF0000000000000
	%4598 = fadd float %4596, 0.0
	%4599 = bitcast float %4598 to i32
	%4600 = ashr i32 %4599, 31
	%4601 = or i32 %4600, -2147483648
	%4602 = xor i32 %4599, %4601
	%4603 = mul i32 %462, 129
	%4604 = add i32 64, %3
	%4605 = add i32 %4603, %4604
	%4606 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%4607 = bitcast i8 addrspace(3)* %4606 to float addrspace(3)*
	%4608 = getelementptr float, float addrspace(3)* %4607, i32 %4605
	%4609 = load float, float addrspace(3)* %4608
	%4610 = fcmp ogt float %4609, 0xFFF0000000000000
	%4611 = fadd float %4609, 0.0
	%4612 = bitcast float %4611 to i32
	%4613 = ashr i32 %4612, 31
	%4614 = or i32 %4613, -2147483648
	%4615 = xor i32 %4612, %4614
	%4616 = mul i32 %462, 129
	%4617 = add i32 96, %3
	%4618 = add i32 %4616, %4617
	%4619 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%4620 = bitcast i8 addrspace(3)* %4619 to float addrspace(3)*
	%4621 = getelementptr float, float addrspace(3)* %4620, i32 %4618
	%4622 = load float, float addrspace(3)* %4621
	%4623 = fcmp ogt float %4622, 0xFFF0000000000000
	%4624 = fadd float %4622, 0.0
	%4625 = bitcast float %4624 to i32
	%4626 = ashr i32 %4625, 31
	%4627 = or i32 %4626, -2147483648
	%4628 = xor i32 %4625, %4627
	%4629 = icmp ugt i32 %4589, %553
	%4630 = and i1 %4584, %4629
	%4631 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4630)
	%4632 = call i32 @llvm.ctpop.i32(i32 %4631)
	%4633 = add i32 0, %4632
	%4634 = icmp ugt i32 %4602, %553
	%4635 = and i1 %4597, %4634
	%4636 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4635)
	%4637 = call i32 @llvm.ctpop.i32(i32 %4636)
	%4638 = add i32 %4633, %4637
	%4639 = icmp ugt i32 %4615, %553
	%4640 = and i1 %4610, %4639
	%4641 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4640)
	%4642 = call i32 @llvm.ctpop.i32(i32 %4641)
	%4643 = add i32 %4638, %4642
	%4644 = icmp ugt i32 %4628, %553
	%4645 = and i1 %4623, %4644
	%4646 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4645)
	%4647 = call i32 @llvm.ctpop.i32(i32 %4646)
	%4648 = add i32 %4643, %4647
	%4649 = add i32 %552, %4648
	%4650 = icmp sgt i32 %4649, 160
	br i1 %4650, label %4654, label %4705

4651:
	%4652 = phi i32 [ %552, %3393 ], [ %5833, %5830 ]
	%4653 = phi i32 [ %553, %3393 ], [ %4707, %5830 ]
	br i1 %545, label %5834, label %5909

4654:
	%4655 = mul i32 %462, 160
	%4656 = mul i32 %4, 256
	%4657 = mul i32 %3, 8
	%4658 = add i32 %4657, 0
	%4659 = add i32 %4656, %4658
	%4660 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4661 = bitcast i8 addrspace(3)* %4660 to i32 addrspace(3)*
	%4662 = getelementptr i32, i32 addrspace(3)* %4661, i32 %4659
	store i32 0, i32 addrspace(3)* %4662
	%4663 = mul i32 %3, 8
	%4664 = add i32 %4663, 1
	%4665 = add i32 %4656, %4664
	%4666 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4667 = bitcast i8 addrspace(3)* %4666 to i32 addrspace(3)*
	%4668 = getelementptr i32, i32 addrspace(3)* %4667, i32 %4665
	store i32 0, i32 addrspace(3)* %4668
	%4669 = mul i32 %3, 8
	%4670 = add i32 %4669, 2
	%4671 = add i32 %4656, %4670
	%4672 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4673 = bitcast i8 addrspace(3)* %4672 to i32 addrspace(3)*
	%4674 = getelementptr i32, i32 addrspace(3)* %4673, i32 %4671
	store i32 0, i32 addrspace(3)* %4674
	%4675 = mul i32 %3, 8
	%4676 = add i32 %4675, 3
	%4677 = add i32 %4656, %4676
	%4678 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4679 = bitcast i8 addrspace(3)* %4678 to i32 addrspace(3)*
	%4680 = getelementptr i32, i32 addrspace(3)* %4679, i32 %4677
	store i32 0, i32 addrspace(3)* %4680
	%4681 = mul i32 %3, 8
	%4682 = add i32 %4681, 4
	%4683 = add i32 %4656, %4682
	%4684 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4685 = bitcast i8 addrspace(3)* %4684 to i32 addrspace(3)*
	%4686 = getelementptr i32, i32 addrspace(3)* %4685, i32 %4683
	store i32 0, i32 addrspace(3)* %4686
	%4687 = mul i32 %3, 8
	%4688 = add i32 %4687, 5
	%4689 = add i32 %4656, %4688
	%4690 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4691 = bitcast i8 addrspace(3)* %4690 to i32 addrspace(3)*
	%4692 = getelementptr i32, i32 addrspace(3)* %4691, i32 %4689
	store i32 0, i32 addrspace(3)* %4692
	%4693 = mul i32 %3, 8
	%4694 = add i32 %4693, 6
	%4695 = add i32 %4656, %4694
	%4696 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4697 = bitcast i8 addrspace(3)* %4696 to i32 addrspace(3)*
	%4698 = getelementptr i32, i32 addrspace(3)* %4697, i32 %4695
	store i32 0, i32 addrspace(3)* %4698
	%4699 = mul i32 %3, 8
	%4700 = add i32 %4699, 7
	%4701 = add i32 %4656, %4700
	%4702 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4703 = bitcast i8 addrspace(3)* %4702 to i32 addrspace(3)*
	%4704 = getelementptr i32, i32 addrspace(3)* %4703, i32 %4701
	store i32 0, i32 addrspace(3)* %4704
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %4724

4705:
	%4706 = phi i32 [ %552, %4576 ], [ %499, %5710 ]
	%4707 = phi i32 [ %553, %4576 ], [ %5686, %5710 ]
	%4708 = phi i32 [ %4648, %4576 ], [ %5730, %5710 ]
	%4709 = phi i1 [ %4630, %4576 ], [ %5712, %5710 ]
	%4710 = phi i1 [ %4635, %4576 ], [ %5717, %5710 ]
	%4711 = phi i1 [ %4640, %4576 ], [ %5722, %5710 ]
	%4712 = phi i1 [ %4645, %4576 ], [ %5727, %5710 ]
	%4713 = phi i32 [ %4631, %4576 ], [ %5713, %5710 ]
	%4714 = phi i32 [ %4636, %4576 ], [ %5718, %5710 ]
	%4715 = phi i32 [ %4641, %4576 ], [ %5723, %5710 ]
	%4716 = phi i32 [ %4646, %4576 ], [ %5728, %5710 ]
	%4717 = shl i32 1, %3
	%4718 = sub i32 %4717, 1
	%4719 = mul i32 %462, 160
	%4720 = and i32 %4713, %4718
	%4721 = call i32 @llvm.ctpop.i32(i32 %4720)
	%4722 = add i32 %4706, %4721
	%4723 = add i32 %4719, %4722
	br i1 %4709, label %5773, label %5782

4724:
	%4725 = phi i32 [ %3, %4654 ], [ %4979, %4978 ]
	%4726 = icmp slt i32 %4725, %552
	br i1 %4726, label %4727, label %4736

4727:
	%4728 = add i32 %4655, %4725
	%4729 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%4730 = bitcast i8 addrspace(3)* %4729 to i32 addrspace(3)*
	%4731 = getelementptr i32, i32 addrspace(3)* %4730, i32 %4728
	%4732 = load i32, i32 addrspace(3)* %4731
	%4733 = and i32 %4732, 0
	%4734 = icmp eq i32 %4733, 0
	%4735 = and i1 true, %4734
	br i1 %4735, label %4970, label %4978

4736:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4737 = mul i32 %3, 8
	%4738 = add i32 %4737, 0
	%4739 = sub i32 255, %4738
	%4740 = add i32 %4656, %4739
	%4741 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4742 = bitcast i8 addrspace(3)* %4741 to i32 addrspace(3)*
	%4743 = getelementptr i32, i32 addrspace(3)* %4742, i32 %4740
	%4744 = load i32, i32 addrspace(3)* %4743
	%4745 = add i32 0, %4744
	%4746 = mul i32 %3, 8
	%4747 = add i32 %4746, 1
	%4748 = sub i32 255, %4747
	%4749 = add i32 %4656, %4748
	%4750 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4751 = bitcast i8 addrspace(3)* %4750 to i32 addrspace(3)*
	%4752 = getelementptr i32, i32 addrspace(3)* %4751, i32 %4749
	%4753 = load i32, i32 addrspace(3)* %4752
	%4754 = add i32 %4745, %4753
	%4755 = mul i32 %3, 8
	%4756 = add i32 %4755, 2
	%4757 = sub i32 255, %4756
	%4758 = add i32 %4656, %4757
	%4759 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4760 = bitcast i8 addrspace(3)* %4759 to i32 addrspace(3)*
	%4761 = getelementptr i32, i32 addrspace(3)* %4760, i32 %4758
	%4762 = load i32, i32 addrspace(3)* %4761
	%4763 = add i32 %4754, %4762
	%4764 = mul i32 %3, 8
	%4765 = add i32 %4764, 3
	%4766 = sub i32 255, %4765
	%4767 = add i32 %4656, %4766
	%4768 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4769 = bitcast i8 addrspace(3)* %4768 to i32 addrspace(3)*
	%4770 = getelementptr i32, i32 addrspace(3)* %4769, i32 %4767
	%4771 = load i32, i32 addrspace(3)* %4770
	%4772 = add i32 %4763, %4771
	%4773 = mul i32 %3, 8
	%4774 = add i32 %4773, 4
	%4775 = sub i32 255, %4774
	%4776 = add i32 %4656, %4775
	%4777 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4778 = bitcast i8 addrspace(3)* %4777 to i32 addrspace(3)*
	%4779 = getelementptr i32, i32 addrspace(3)* %4778, i32 %4776
	%4780 = load i32, i32 addrspace(3)* %4779
	%4781 = add i32 %4772, %4780
	%4782 = mul i32 %3, 8
	%4783 = add i32 %4782, 5
	%4784 = sub i32 255, %4783
	%4785 = add i32 %4656, %4784
	%4786 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4787 = bitcast i8 addrspace(3)* %4786 to i32 addrspace(3)*
	%4788 = getelementptr i32, i32 addrspace(3)* %4787, i32 %4785
	%4789 = load i32, i32 addrspace(3)* %4788
	%4790 = add i32 %4781, %4789
	%4791 = mul i32 %3, 8
	%4792 = add i32 %4791, 6
	%4793 = sub i32 255, %4792
	%4794 = add i32 %4656, %4793
	%4795 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4796 = bitcast i8 addrspace(3)* %4795 to i32 addrspace(3)*
	%4797 = getelementptr i32, i32 addrspace(3)* %4796, i32 %4794
	%4798 = load i32, i32 addrspace(3)* %4797
	%4799 = add i32 %4790, %4798
	%4800 = mul i32 %3, 8
	%4801 = add i32 %4800, 7
	%4802 = sub i32 255, %4801
	%4803 = add i32 %4656, %4802
	%4804 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4805 = bitcast i8 addrspace(3)* %4804 to i32 addrspace(3)*
	%4806 = getelementptr i32, i32 addrspace(3)* %4805, i32 %4803
	%4807 = load i32, i32 addrspace(3)* %4806
	%4808 = add i32 %4799, %4807
	%4809 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4808, i32 1, i32 0)
	%4810 = icmp uge i32 %3, 1
	%4811 = select i1 %4810, i32 %4809, i32 0
	%4812 = add i32 %4808, %4811
	%4813 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4812, i32 2, i32 0)
	%4814 = icmp uge i32 %3, 2
	%4815 = select i1 %4814, i32 %4813, i32 0
	%4816 = add i32 %4812, %4815
	%4817 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4816, i32 4, i32 0)
	%4818 = icmp uge i32 %3, 4
	%4819 = select i1 %4818, i32 %4817, i32 0
	%4820 = add i32 %4816, %4819
	%4821 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4820, i32 8, i32 0)
	%4822 = icmp uge i32 %3, 8
	%4823 = select i1 %4822, i32 %4821, i32 0
	%4824 = add i32 %4820, %4823
	%4825 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4824, i32 16, i32 0)
	%4826 = icmp uge i32 %3, 16
	%4827 = select i1 %4826, i32 %4825, i32 0
	%4828 = add i32 %4824, %4827
	%4829 = sub i32 %4828, %4808
	%4830 = icmp slt i32 %4829, %499
	%4831 = icmp sge i32 %4828, %499
	%4832 = and i1 %4830, %4831
	%4833 = add i32 %4829, %4744
	%4834 = xor i1 false, true
	%4835 = icmp sge i32 %4833, %499
	%4836 = and i1 %4834, %4835
	%4837 = mul i32 %3, 8
	%4838 = add i32 %4837, 0
	%4839 = sub i32 255, %4838
	%4840 = select i1 %4836, i32 %4839, i32 0
	%4841 = select i1 %4836, i32 %4829, i32 0
	%4842 = or i1 false, %4836
	%4843 = add i32 %4833, %4753
	%4844 = xor i1 %4842, true
	%4845 = icmp sge i32 %4843, %499
	%4846 = and i1 %4844, %4845
	%4847 = mul i32 %3, 8
	%4848 = add i32 %4847, 1
	%4849 = sub i32 255, %4848
	%4850 = select i1 %4846, i32 %4849, i32 %4840
	%4851 = select i1 %4846, i32 %4833, i32 %4841
	%4852 = or i1 %4842, %4846
	%4853 = add i32 %4843, %4762
	%4854 = xor i1 %4852, true
	%4855 = icmp sge i32 %4853, %499
	%4856 = and i1 %4854, %4855
	%4857 = mul i32 %3, 8
	%4858 = add i32 %4857, 2
	%4859 = sub i32 255, %4858
	%4860 = select i1 %4856, i32 %4859, i32 %4850
	%4861 = select i1 %4856, i32 %4843, i32 %4851
	%4862 = or i1 %4852, %4856
	%4863 = add i32 %4853, %4771
	%4864 = xor i1 %4862, true
	%4865 = icmp sge i32 %4863, %499
	%4866 = and i1 %4864, %4865
	%4867 = mul i32 %3, 8
	%4868 = add i32 %4867, 3
	%4869 = sub i32 255, %4868
	%4870 = select i1 %4866, i32 %4869, i32 %4860
	%4871 = select i1 %4866, i32 %4853, i32 %4861
	%4872 = or i1 %4862, %4866
	%4873 = add i32 %4863, %4780
	%4874 = xor i1 %4872, true
	%4875 = icmp sge i32 %4873, %499
	%4876 = and i1 %4874, %4875
	%4877 = mul i32 %3, 8
	%4878 = add i32 %4877, 4
	%4879 = sub i32 255, %4878
	%4880 = select i1 %4876, i32 %4879, i32 %4870
	%4881 = select i1 %4876, i32 %4863, i32 %4871
	%4882 = or i1 %4872, %4876
	%4883 = add i32 %4873, %4789
	%4884 = xor i1 %4882, true
	%4885 = icmp sge i32 %4883, %499
	%4886 = and i1 %4884, %4885
	%4887 = mul i32 %3, 8
	%4888 = add i32 %4887, 5
	%4889 = sub i32 255, %4888
	%4890 = select i1 %4886, i32 %4889, i32 %4880
	%4891 = select i1 %4886, i32 %4873, i32 %4881
	%4892 = or i1 %4882, %4886
	%4893 = add i32 %4883, %4798
	%4894 = xor i1 %4892, true
	%4895 = icmp sge i32 %4893, %499
	%4896 = and i1 %4894, %4895
	%4897 = mul i32 %3, 8
	%4898 = add i32 %4897, 6
	%4899 = sub i32 255, %4898
	%4900 = select i1 %4896, i32 %4899, i32 %4890
	%4901 = select i1 %4896, i32 %4883, i32 %4891
	%4902 = or i1 %4892, %4896
	%4903 = add i32 %4893, %4807
	%4904 = xor i1 %4902, true
	%4905 = icmp sge i32 %4903, %499
	%4906 = and i1 %4904, %4905
	%4907 = mul i32 %3, 8
	%4908 = add i32 %4907, 7
	%4909 = sub i32 255, %4908
	%4910 = select i1 %4906, i32 %4909, i32 %4900
	%4911 = select i1 %4906, i32 %4893, i32 %4901
	%4912 = or i1 %4902, %4906
	%4913 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4832)
	%4914 = call i32 @llvm.cttz.i32(i32 %4913, i1 false)
	%4915 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %4910, i32 %4914, i32 31)
	%4916 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %4911, i32 %4914, i32 31)
	%4917 = shl i32 %4915, 24
	%4918 = or i32 0, %4917
	%4919 = shl i32 255, 24
	%4920 = or i32 0, %4919
	%4921 = sub i32 %499, %4916
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4922 = mul i32 %3, 8
	%4923 = add i32 %4922, 0
	%4924 = add i32 %4656, %4923
	%4925 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4926 = bitcast i8 addrspace(3)* %4925 to i32 addrspace(3)*
	%4927 = getelementptr i32, i32 addrspace(3)* %4926, i32 %4924
	store i32 0, i32 addrspace(3)* %4927
	%4928 = mul i32 %3, 8
	%4929 = add i32 %4928, 1
	%4930 = add i32 %4656, %4929
	%4931 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4932 = bitcast i8 addrspace(3)* %4931 to i32 addrspace(3)*
	%4933 = getelementptr i32, i32 addrspace(3)* %4932, i32 %4930
	store i32 0, i32 addrspace(3)* %4933
	%4934 = mul i32 %3, 8
	%4935 = add i32 %4934, 2
	%4936 = add i32 %4656, %4935
	%4937 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4938 = bitcast i8 addrspace(3)* %4937 to i32 addrspace(3)*
	%4939 = getelementptr i32, i32 addrspace(3)* %4938, i32 %4936
	store i32 0, i32 addrspace(3)* %4939
	%4940 = mul i32 %3, 8
	%4941 = add i32 %4940, 3
	%4942 = add i32 %4656, %4941
	%4943 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4944 = bitcast i8 addrspace(3)* %4943 to i32 addrspace(3)*
	%4945 = getelementptr i32, i32 addrspace(3)* %4944, i32 %4942
	store i32 0, i32 addrspace(3)* %4945
	%4946 = mul i32 %3, 8
	%4947 = add i32 %4946, 4
	%4948 = add i32 %4656, %4947
	%4949 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4950 = bitcast i8 addrspace(3)* %4949 to i32 addrspace(3)*
	%4951 = getelementptr i32, i32 addrspace(3)* %4950, i32 %4948
	store i32 0, i32 addrspace(3)* %4951
	%4952 = mul i32 %3, 8
	%4953 = add i32 %4952, 5
	%4954 = add i32 %4656, %4953
	%4955 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4956 = bitcast i8 addrspace(3)* %4955 to i32 addrspace(3)*
	%4957 = getelementptr i32, i32 addrspace(3)* %4956, i32 %4954
	store i32 0, i32 addrspace(3)* %4957
	%4958 = mul i32 %3, 8
	%4959 = add i32 %4958, 6
	%4960 = add i32 %4656, %4959
	%4961 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4962 = bitcast i8 addrspace(3)* %4961 to i32 addrspace(3)*
	%4963 = getelementptr i32, i32 addrspace(3)* %4962, i32 %4960
	store i32 0, i32 addrspace(3)* %4963
	%4964 = mul i32 %3, 8
	%4965 = add i32 %4964, 7
	%4966 = add i32 %4656, %4965
	%4967 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4968 = bitcast i8 addrspace(3)* %4967 to i32 addrspace(3)*
	%4969 = getelementptr i32, i32 addrspace(3)* %4968, i32 %4966
	store i32 0, i32 addrspace(3)* %4969
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %4980

4970:
	%4971 = lshr i32 %4732, 24
	%4972 = and i32 %4971, 255
	%4973 = add i32 %4656, %4972
	%4974 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4975 = bitcast i8 addrspace(3)* %4974 to i32 addrspace(3)*
	%4976 = getelementptr i32, i32 addrspace(3)* %4975, i32 %4973
	%4977 = atomicrmw add i32 addrspace(3)* %4976, i32 1 monotonic
	br label %4978

4978:
	%4979 = add i32 %4725, 32
	br label %4724

4980:
	%4981 = phi i32 [ %3, %4736 ], [ %5235, %5234 ]
	%4982 = icmp slt i32 %4981, %552
	br i1 %4982, label %4983, label %4992

4983:
	%4984 = add i32 %4655, %4981
	%4985 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%4986 = bitcast i8 addrspace(3)* %4985 to i32 addrspace(3)*
	%4987 = getelementptr i32, i32 addrspace(3)* %4986, i32 %4984
	%4988 = load i32, i32 addrspace(3)* %4987
	%4989 = and i32 %4988, %4920
	%4990 = icmp eq i32 %4989, %4918
	%4991 = and i1 true, %4990
	br i1 %4991, label %5226, label %5234

4992:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4993 = mul i32 %3, 8
	%4994 = add i32 %4993, 0
	%4995 = sub i32 255, %4994
	%4996 = add i32 %4656, %4995
	%4997 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4998 = bitcast i8 addrspace(3)* %4997 to i32 addrspace(3)*
	%4999 = getelementptr i32, i32 addrspace(3)* %4998, i32 %4996
	%5000 = load i32, i32 addrspace(3)* %4999
	%5001 = add i32 0, %5000
	%5002 = mul i32 %3, 8
	%5003 = add i32 %5002, 1
	%5004 = sub i32 255, %5003
	%5005 = add i32 %4656, %5004
	%5006 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5007 = bitcast i8 addrspace(3)* %5006 to i32 addrspace(3)*
	%5008 = getelementptr i32, i32 addrspace(3)* %5007, i32 %5005
	%5009 = load i32, i32 addrspace(3)* %5008
	%5010 = add i32 %5001, %5009
	%5011 = mul i32 %3, 8
	%5012 = add i32 %5011, 2
	%5013 = sub i32 255, %5012
	%5014 = add i32 %4656, %5013
	%5015 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5016 = bitcast i8 addrspace(3)* %5015 to i32 addrspace(3)*
	%5017 = getelementptr i32, i32 addrspace(3)* %5016, i32 %5014
	%5018 = load i32, i32 addrspace(3)* %5017
	%5019 = add i32 %5010, %5018
	%5020 = mul i32 %3, 8
	%5021 = add i32 %5020, 3
	%5022 = sub i32 255, %5021
	%5023 = add i32 %4656, %5022
	%5024 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5025 = bitcast i8 addrspace(3)* %5024 to i32 addrspace(3)*
	%5026 = getelementptr i32, i32 addrspace(3)* %5025, i32 %5023
	%5027 = load i32, i32 addrspace(3)* %5026
	%5028 = add i32 %5019, %5027
	%5029 = mul i32 %3, 8
	%5030 = add i32 %5029, 4
	%5031 = sub i32 255, %5030
	%5032 = add i32 %4656, %5031
	%5033 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5034 = bitcast i8 addrspace(3)* %5033 to i32 addrspace(3)*
	%5035 = getelementptr i32, i32 addrspace(3)* %5034, i32 %5032
	%5036 = load i32, i32 addrspace(3)* %5035
	%5037 = add i32 %5028, %5036
	%5038 = mul i32 %3, 8
	%5039 = add i32 %5038, 5
	%5040 = sub i32 255, %5039
	%5041 = add i32 %4656, %5040
	%5042 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5043 = bitcast i8 addrspace(3)* %5042 to i32 addrspace(3)*
	%5044 = getelementptr i32, i32 addrspace(3)* %5043, i32 %5041
	%5045 = load i32, i32 addrspace(3)* %5044
	%5046 = add i32 %5037, %5045
	%5047 = mul i32 %3, 8
	%5048 = add i32 %5047, 6
	%5049 = sub i32 255, %5048
	%5050 = add i32 %4656, %5049
	%5051 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5052 = bitcast i8 addrspace(3)* %5051 to i32 addrspace(3)*
	%5053 = getelementptr i32, i32 addrspace(3)* %5052, i32 %5050
	%5054 = load i32, i32 addrspace(3)* %5053
	%5055 = add i32 %5046, %5054
	%5056 = mul i32 %3, 8
	%5057 = add i32 %5056, 7
	%5058 = sub i32 255, %5057
	%5059 = add i32 %4656, %5058
	%5060 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5061 = bitcast i8 addrspace(3)* %5060 to i32 addrspace(3)*
	%5062 = getelementptr i32, i32 addrspace(3)* %5061, i32 %5059
	%5063 = load i32, i32 addrspace(3)* %5062
	%5064 = add i32 %5055, %5063
	%5065 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5064, i32 1, i32 0)
	%5066 = icmp uge i32 %3, 1
	%5067 = select i1 %5066, i32 %5065, i32 0
	%5068 = add i32 %5064, %5067
	%5069 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5068, i32 2, i32 0)
	%5070 = icmp uge i32 %3, 2
	%5071 = select i1 %5070, i32 %5069, i32 0
	%5072 = add i32 %5068, %5071
	%5073 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5072, i32 4, i32 0)
	%5074 = icmp uge i32 %3, 4
	%5075 = select i1 %5074, i32 %5073, i32 0
	%5076 = add i32 %5072, %5075
	%5077 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5076, i32 8, i32 0)
	%5078 = icmp uge i32 %3, 8
	%5079 = select i1 %5078, i32 %5077, i32 0
	%5080 = add i32 %5076, %5079
	%5081 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5080, i32 16, i32 0)
	%5082 = icmp uge i32 %3, 16
	%5083 = select i1 %5082, i32 %5081, i32 0
	%5084 = add i32 %5080, %5083
	%5085 = sub i32 %5084, %5064
	%5086 = icmp slt i32 %5085, %4921
	%5087 = icmp sge i32 %5084, %4921
	%5088 = and i1 %5086, %5087
	%5089 = add i32 %5085, %5000
	%5090 = xor i1 false, true
	%5091 = icmp sge i32 %5089, %4921
	%5092 = and i1 %5090, %5091
	%5093 = mul i32 %3, 8
	%5094 = add i32 %5093, 0
	%5095 = sub i32 255, %5094
	%5096 = select i1 %5092, i32 %5095, i32 0
	%5097 = select i1 %5092, i32 %5085, i32 0
	%5098 = or i1 false, %5092
	%5099 = add i32 %5089, %5009
	%5100 = xor i1 %5098, true
	%5101 = icmp sge i32 %5099, %4921
	%5102 = and i1 %5100, %5101
	%5103 = mul i32 %3, 8
	%5104 = add i32 %5103, 1
	%5105 = sub i32 255, %5104
	%5106 = select i1 %5102, i32 %5105, i32 %5096
	%5107 = select i1 %5102, i32 %5089, i32 %5097
	%5108 = or i1 %5098, %5102
	%5109 = add i32 %5099, %5018
	%5110 = xor i1 %5108, true
	%5111 = icmp sge i32 %5109, %4921
	%5112 = and i1 %5110, %5111
	%5113 = mul i32 %3, 8
	%5114 = add i32 %5113, 2
	%5115 = sub i32 255, %5114
	%5116 = select i1 %5112, i32 %5115, i32 %5106
	%5117 = select i1 %5112, i32 %5099, i32 %5107
	%5118 = or i1 %5108, %5112
	%5119 = add i32 %5109, %5027
	%5120 = xor i1 %5118, true
	%5121 = icmp sge i32 %5119, %4921
	%5122 = and i1 %5120, %5121
	%5123 = mul i32 %3, 8
	%5124 = add i32 %5123, 3
	%5125 = sub i32 255, %5124
	%5126 = select i1 %5122, i32 %5125, i32 %5116
	%5127 = select i1 %5122, i32 %5109, i32 %5117
	%5128 = or i1 %5118, %5122
	%5129 = add i32 %5119, %5036
	%5130 = xor i1 %5128, true
	%5131 = icmp sge i32 %5129, %4921
	%5132 = and i1 %5130, %5131
	%5133 = mul i32 %3, 8
	%5134 = add i32 %5133, 4
	%5135 = sub i32 255, %5134
	%5136 = select i1 %5132, i32 %5135, i32 %5126
	%5137 = select i1 %5132, i32 %5119, i32 %5127
	%5138 = or i1 %5128, %5132
	%5139 = add i32 %5129, %5045
	%5140 = xor i1 %5138, true
	%5141 = icmp sge i32 %5139, %4921
	%5142 = and i1 %5140, %5141
	%5143 = mul i32 %3, 8
	%5144 = add i32 %5143, 5
	%5145 = sub i32 255, %5144
	%5146 = select i1 %5142, i32 %5145, i32 %5136
	%5147 = select i1 %5142, i32 %5129, i32 %5137
	%5148 = or i1 %5138, %5142
	%5149 = add i32 %5139, %5054
	%5150 = xor i1 %5148, true
	%5151 = icmp sge i32 %5149, %4921
	%5152 = and i1 %5150, %5151
	%5153 = mul i32 %3, 8
	%5154 = add i32 %5153, 6
	%5155 = sub i32 255, %5154
	%5156 = select i1 %5152, i32 %5155, i32 %5146
	%5157 = select i1 %5152, i32 %5139, i32 %5147
	%5158 = or i1 %5148, %5152
	%5159 = add i32 %5149, %5063
	%5160 = xor i1 %5158, true
	%5161 = icmp sge i32 %5159, %4921
	%5162 = and i1 %5160, %5161
	%5163 = mul i32 %3, 8
	%5164 = add i32 %5163, 7
	%5165 = sub i32 255, %5164
	%5166 = select i1 %5162, i32 %5165, i32 %5156
	%5167 = select i1 %5162, i32 %5149, i32 %5157
	%5168 = or i1 %5158, %5162
	%5169 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5088)
	%5170 = call i32 @llvm.cttz.i32(i32 %5169, i1 false)
	%5171 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %5166, i32 %5170, i32 31)
	%5172 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %5167, i32 %5170, i32 31)
	%5173 = shl i32 %5171, 16
	%5174 = or i32 %4918, %5173
	%5175 = shl i32 255, 16
	%5176 = or i32 %4920, %5175
	%5177 = sub i32 %4921, %5172
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%5178 = mul i32 %3, 8
	%5179 = add i32 %5178, 0
	%5180 = add i32 %4656, %5179
	%5181 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5182 = bitcast i8 addrspace(3)* %5181 to i32 addrspace(3)*
	%5183 = getelementptr i32, i32 addrspace(3)* %5182, i32 %5180
	store i32 0, i32 addrspace(3)* %5183
	%5184 = mul i32 %3, 8
	%5185 = add i32 %5184, 1
	%5186 = add i32 %4656, %5185
	%5187 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5188 = bitcast i8 addrspace(3)* %5187 to i32 addrspace(3)*
	%5189 = getelementptr i32, i32 addrspace(3)* %5188, i32 %5186
	store i32 0, i32 addrspace(3)* %5189
	%5190 = mul i32 %3, 8
	%5191 = add i32 %5190, 2
	%5192 = add i32 %4656, %5191
	%5193 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5194 = bitcast i8 addrspace(3)* %5193 to i32 addrspace(3)*
	%5195 = getelementptr i32, i32 addrspace(3)* %5194, i32 %5192
	store i32 0, i32 addrspace(3)* %5195
	%5196 = mul i32 %3, 8
	%5197 = add i32 %5196, 3
	%5198 = add i32 %4656, %5197
	%5199 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5200 = bitcast i8 addrspace(3)* %5199 to i32 addrspace(3)*
	%5201 = getelementptr i32, i32 addrspace(3)* %5200, i32 %5198
	store i32 0, i32 addrspace(3)* %5201
	%5202 = mul i32 %3, 8
	%5203 = add i32 %5202, 4
	%5204 = add i32 %4656, %5203
	%5205 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5206 = bitcast i8 addrspace(3)* %5205 to i32 addrspace(3)*
	%5207 = getelementptr i32, i32 addrspace(3)* %5206, i32 %5204
	store i32 0, i32 addrspace(3)* %5207
	%5208 = mul i32 %3, 8
	%5209 = add i32 %5208, 5
	%5210 = add i32 %4656, %5209
	%5211 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5212 = bitcast i8 addrspace(3)* %5211 to i32 addrspace(3)*
	%5213 = getelementptr i32, i32 addrspace(3)* %5212, i32 %5210
	store i32 0, i32 addrspace(3)* %5213
	%5214 = mul i32 %3, 8
	%5215 = add i32 %5214, 6
	%5216 = add i32 %4656, %5215
	%5217 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5218 = bitcast i8 addrspace(3)* %5217 to i32 addrspace(3)*
	%5219 = getelementptr i32, i32 addrspace(3)* %5218, i32 %5216
	store i32 0, i32 addrspace(3)* %5219
	%5220 = mul i32 %3, 8
	%5221 = add i32 %5220, 7
	%5222 = add i32 %4656, %5221
	%5223 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5224 = bitcast i8 addrspace(3)* %5223 to i32 addrspace(3)*
	%5225 = getelementptr i32, i32 addrspace(3)* %5224, i32 %5222
	store i32 0, i32 addrspace(3)* %5225
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %5236

5226:
	%5227 = lshr i32 %4988, 16
	%5228 = and i32 %5227, 255
	%5229 = add i32 %4656, %5228
	%5230 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5231 = bitcast i8 addrspace(3)* %5230 to i32 addrspace(3)*
	%5232 = getelementptr i32, i32 addrspace(3)* %5231, i32 %5229
	%5233 = atomicrmw add i32 addrspace(3)* %5232, i32 1 monotonic
	br label %5234

5234:
	%5235 = add i32 %4981, 32
	br label %4980

5236:
	%5237 = phi i32 [ %3, %4992 ], [ %5491, %5490 ]
	%5238 = icmp slt i32 %5237, %552
	br i1 %5238, label %5239, label %5248

5239:
	%5240 = add i32 %4655, %5237
	%5241 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%5242 = bitcast i8 addrspace(3)* %5241 to i32 addrspace(3)*
	%5243 = getelementptr i32, i32 addrspace(3)* %5242, i32 %5240
	%5244 = load i32, i32 addrspace(3)* %5243
	%5245 = and i32 %5244, %5176
	%5246 = icmp eq i32 %5245, %5174
	%5247 = and i1 true, %5246
	br i1 %5247, label %5482, label %5490

5248:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%5249 = mul i32 %3, 8
	%5250 = add i32 %5249, 0
	%5251 = sub i32 255, %5250
	%5252 = add i32 %4656, %5251
	%5253 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5254 = bitcast i8 addrspace(3)* %5253 to i32 addrspace(3)*
	%5255 = getelementptr i32, i32 addrspace(3)* %5254, i32 %5252
	%5256 = load i32, i32 addrspace(3)* %5255
	%5257 = add i32 0, %5256
	%5258 = mul i32 %3, 8
	%5259 = add i32 %5258, 1
	%5260 = sub i32 255, %5259
	%5261 = add i32 %4656, %5260
	%5262 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5263 = bitcast i8 addrspace(3)* %5262 to i32 addrspace(3)*
	%5264 = getelementptr i32, i32 addrspace(3)* %5263, i32 %5261
	%5265 = load i32, i32 addrspace(3)* %5264
	%5266 = add i32 %5257, %5265
	%5267 = mul i32 %3, 8
	%5268 = add i32 %5267, 2
	%5269 = sub i32 255, %5268
	%5270 = add i32 %4656, %5269
	%5271 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5272 = bitcast i8 addrspace(3)* %5271 to i32 addrspace(3)*
	%5273 = getelementptr i32, i32 addrspace(3)* %5272, i32 %5270
	%5274 = load i32, i32 addrspace(3)* %5273
	%5275 = add i32 %5266, %5274
	%5276 = mul i32 %3, 8
	%5277 = add i32 %5276, 3
	%5278 = sub i32 255, %5277
	%5279 = add i32 %4656, %5278
	%5280 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5281 = bitcast i8 addrspace(3)* %5280 to i32 addrspace(3)*
	%5282 = getelementptr i32, i32 addrspace(3)* %5281, i32 %5279
	%5283 = load i32, i32 addrspace(3)* %5282
	%5284 = add i32 %5275, %5283
	%5285 = mul i32 %3, 8
	%5286 = add i32 %5285, 4
	%5287 = sub i32 255, %5286
	%5288 = add i32 %4656, %5287
	%5289 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5290 = bitcast i8 addrspace(3)* %5289 to i32 addrspace(3)*
	%5291 = getelementptr i32, i32 addrspace(3)* %5290, i32 %5288
	%5292 = load i32, i32 addrspace(3)* %5291
	%5293 = add i32 %5284, %5292
	%5294 = mul i32 %3, 8
	%5295 = add i32 %5294, 5
	%5296 = sub i32 255, %5295
	%5297 = add i32 %4656, %5296
	%5298 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5299 = bitcast i8 addrspace(3)* %5298 to i32 addrspace(3)*
	%5300 = getelementptr i32, i32 addrspace(3)* %5299, i32 %5297
	%5301 = load i32, i32 addrspace(3)* %5300
	%5302 = add i32 %5293, %5301
	%5303 = mul i32 %3, 8
	%5304 = add i32 %5303, 6
	%5305 = sub i32 255, %5304
	%5306 = add i32 %4656, %5305
	%5307 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5308 = bitcast i8 addrspace(3)* %5307 to i32 addrspace(3)*
	%5309 = getelementptr i32, i32 addrspace(3)* %5308, i32 %5306
	%5310 = load i32, i32 addrspace(3)* %5309
	%5311 = add i32 %5302, %5310
	%5312 = mul i32 %3, 8
	%5313 = add i32 %5312, 7
	%5314 = sub i32 255, %5313
	%5315 = add i32 %4656, %5314
	%5316 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5317 = bitcast i8 addrspace(3)* %5316 to i32 addrspace(3)*
	%5318 = getelementptr i32, i32 addrspace(3)* %5317, i32 %5315
	%5319 = load i32, i32 addrspace(3)* %5318
	%5320 = add i32 %5311, %5319
	%5321 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5320, i32 1, i32 0)
	%5322 = icmp uge i32 %3, 1
	%5323 = select i1 %5322, i32 %5321, i32 0
	%5324 = add i32 %5320, %5323
	%5325 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5324, i32 2, i32 0)
	%5326 = icmp uge i32 %3, 2
	%5327 = select i1 %5326, i32 %5325, i32 0
	%5328 = add i32 %5324, %5327
	%5329 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5328, i32 4, i32 0)
	%5330 = icmp uge i32 %3, 4
	%5331 = select i1 %5330, i32 %5329, i32 0
	%5332 = add i32 %5328, %5331
	%5333 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5332, i32 8, i32 0)
	%5334 = icmp uge i32 %3, 8
	%5335 = select i1 %5334, i32 %5333, i32 0
	%5336 = add i32 %5332, %5335
	%5337 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5336, i32 16, i32 0)
	%5338 = icmp uge i32 %3, 16
	%5339 = select i1 %5338, i32 %5337, i32 0
	%5340 = add i32 %5336, %5339
	%5341 = sub i32 %5340, %5320
	%5342 = icmp slt i32 %5341, %5177
	%5343 = icmp sge i32 %5340, %5177
	%5344 = and i1 %5342, %5343
	%5345 = add i32 %5341, %5256
	%5346 = xor i1 false, true
	%5347 = icmp sge i32 %5345, %5177
	%5348 = and i1 %5346, %5347
	%5349 = mul i32 %3, 8
	%5350 = add i32 %5349, 0
	%5351 = sub i32 255, %5350
	%5352 = select i1 %5348, i32 %5351, i32 0
	%5353 = select i1 %5348, i32 %5341, i32 0
	%5354 = or i1 false, %5348
	%5355 = add i32 %5345, %5265
	%5356 = xor i1 %5354, true
	%5357 = icmp sge i32 %5355, %5177
	%5358 = and i1 %5356, %5357
	%5359 = mul i32 %3, 8
	%5360 = add i32 %5359, 1
	%5361 = sub i32 255, %5360
	%5362 = select i1 %5358, i32 %5361, i32 %5352
	%5363 = select i1 %5358, i32 %5345, i32 %5353
	%5364 = or i1 %5354, %5358
	%5365 = add i32 %5355, %5274
	%5366 = xor i1 %5364, true
	%5367 = icmp sge i32 %5365, %5177
	%5368 = and i1 %5366, %5367
	%5369 = mul i32 %3, 8
	%5370 = add i32 %5369, 2
	%5371 = sub i32 255, %5370
	%5372 = select i1 %5368, i32 %5371, i32 %5362
	%5373 = select i1 %5368, i32 %5355, i32 %5363
	%5374 = or i1 %5364, %5368
	%5375 = add i32 %5365, %5283
	%5376 = xor i1 %5374, true
	%5377 = icmp sge i32 %5375, %5177
	%5378 = and i1 %5376, %5377
	%5379 = mul i32 %3, 8
	%5380 = add i32 %5379, 3
	%5381 = sub i32 255, %5380
	%5382 = select i1 %5378, i32 %5381, i32 %5372
	%5383 = select i1 %5378, i32 %5365, i32 %5373
	%5384 = or i1 %5374, %5378
	%5385 = add i32 %5375, %5292
	%5386 = xor i1 %5384, true
	%5387 = icmp sge i32 %5385, %5177
	%5388 = and i1 %5386, %5387
	%5389 = mul i32 %3, 8
	%5390 = add i32 %5389, 4
	%5391 = sub i32 255, %5390
	%5392 = select i1 %5388, i32 %5391, i32 %5382
	%5393 = select i1 %5388, i32 %5375, i32 %5383
	%5394 = or i1 %5384, %5388
	%5395 = add i32 %5385, %5301
	%5396 = xor i1 %5394, true
	%5397 = icmp sge i32 %5395, %5177
	%5398 = and i1 %5396, %5397
	%5399 = mul i32 %3, 8
	%5400 = add i32 %5399, 5
	%5401 = sub i32 255, %5400
	%5402 = select i1 %5398, i32 %5401, i32 %5392
	%5403 = select i1 %5398, i32 %5385, i32 %5393
	%5404 = or i1 %5394, %5398
	%5405 = add i32 %5395, %5310
	%5406 = xor i1 %5404, true
	%5407 = icmp sge i32 %5405, %5177
	%5408 = and i1 %5406, %5407
	%5409 = mul i32 %3, 8
	%5410 = add i32 %5409, 6
	%5411 = sub i32 255, %5410
	%5412 = select i1 %5408, i32 %5411, i32 %5402
	%5413 = select i1 %5408, i32 %5395, i32 %5403
	%5414 = or i1 %5404, %5408
	%5415 = add i32 %5405, %5319
	%5416 = xor i1 %5414, true
	%5417 = icmp sge i32 %5415, %5177
	%5418 = and i1 %5416, %5417
	%5419 = mul i32 %3, 8
	%5420 = add i32 %5419, 7
	%5421 = sub i32 255, %5420
	%5422 = select i1 %5418, i32 %5421, i32 %5412
	%5423 = select i1 %5418, i32 %5405, i32 %5413
	%5424 = or i1 %5414, %5418
	%5425 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5344)
	%5426 = call i32 @llvm.cttz.i32(i32 %5425, i1 false)
	%5427 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %5422, i32 %5426, i32 31)
	%5428 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %5423, i32 %5426, i32 31)
	%5429 = shl i32 %5427, 8
	%5430 = or i32 %5174, %5429
	%5431 = shl i32 255, 8
	%5432 = or i32 %5176, %5431
	%5433 = sub i32 %5177, %5428
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%5434 = mul i32 %3, 8
	%5435 = add i32 %5434, 0
	%5436 = add i32 %4656, %5435
	%5437 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5438 = bitcast i8 addrspace(3)* %5437 to i32 addrspace(3)*
	%5439 = getelementptr i32, i32 addrspace(3)* %5438, i32 %5436
	store i32 0, i32 addrspace(3)* %5439
	%5440 = mul i32 %3, 8
	%5441 = add i32 %5440, 1
	%5442 = add i32 %4656, %5441
	%5443 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5444 = bitcast i8 addrspace(3)* %5443 to i32 addrspace(3)*
	%5445 = getelementptr i32, i32 addrspace(3)* %5444, i32 %5442
	store i32 0, i32 addrspace(3)* %5445
	%5446 = mul i32 %3, 8
	%5447 = add i32 %5446, 2
	%5448 = add i32 %4656, %5447
	%5449 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5450 = bitcast i8 addrspace(3)* %5449 to i32 addrspace(3)*
	%5451 = getelementptr i32, i32 addrspace(3)* %5450, i32 %5448
	store i32 0, i32 addrspace(3)* %5451
	%5452 = mul i32 %3, 8
	%5453 = add i32 %5452, 3
	%5454 = add i32 %4656, %5453
	%5455 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5456 = bitcast i8 addrspace(3)* %5455 to i32 addrspace(3)*
	%5457 = getelementptr i32, i32 addrspace(3)* %5456, i32 %5454
	store i32 0, i32 addrspace(3)* %5457
	%5458 = mul i32 %3, 8
	%5459 = add i32 %5458, 4
	%5460 = add i32 %4656, %5459
	%5461 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5462 = bitcast i8 addrspace(3)* %5461 to i32 addrspace(3)*
	%5463 = getelementptr i32, i32 addrspace(3)* %5462, i32 %5460
	store i32 0, i32 addrspace(3)* %5463
	%5464 = mul i32 %3, 8
	%5465 = add i32 %5464, 5
	%5466 = add i32 %4656, %5465
	%5467 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5468 = bitcast i8 addrspace(3)* %5467 to i32 addrspace(3)*
	%5469 = getelementptr i32, i32 addrspace(3)* %5468, i32 %5466
	store i32 0, i32 addrspace(3)* %5469
	%5470 = mul i32 %3, 8
	%5471 = add i32 %5470, 6
	%5472 = add i32 %4656, %5471
	%5473 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5474 = bitcast i8 addrspace(3)* %5473 to i32 addrspace(3)*
	%5475 = getelementptr i32, i32 addrspace(3)* %5474, i32 %5472
	store i32 0, i32 addrspace(3)* %5475
	%5476 = mul i32 %3, 8
	%5477 = add i32 %5476, 7
	%5478 = add i32 %4656, %5477
	%5479 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5480 = bitcast i8 addrspace(3)* %5479 to i32 addrspace(3)*
	%5481 = getelementptr i32, i32 addrspace(3)* %5480, i32 %5478
	store i32 0, i32 addrspace(3)* %5481
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %5492

5482:
	%5483 = lshr i32 %5244, 8
	%5484 = and i32 %5483, 255
	%5485 = add i32 %4656, %5484
	%5486 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5487 = bitcast i8 addrspace(3)* %5486 to i32 addrspace(3)*
	%5488 = getelementptr i32, i32 addrspace(3)* %5487, i32 %5485
	%5489 = atomicrmw add i32 addrspace(3)* %5488, i32 1 monotonic
	br label %5490

5490:
	%5491 = add i32 %5237, 32
	br label %5236

5492:
	%5493 = phi i32 [ %3, %5248 ], [ %5701, %5700 ]
	%5494 = icmp slt i32 %5493, %552
	br i1 %5494, label %5495, label %5504

5495:
	%5496 = add i32 %4655, %5493
	%5497 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%5498 = bitcast i8 addrspace(3)* %5497 to i32 addrspace(3)*
	%5499 = getelementptr i32, i32 addrspace(3)* %5498, i32 %5496
	%5500 = load i32, i32 addrspace(3)* %5499
	%5501 = and i32 %5500, %5432
	%5502 = icmp eq i32 %5501, %5430
	%5503 = and i1 true, %5502
	br i1 %5503, label %5692, label %5700

5504:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%5505 = mul i32 %3, 8
	%5506 = add i32 %5505, 0
	%5507 = sub i32 255, %5506
	%5508 = add i32 %4656, %5507
	%5509 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5510 = bitcast i8 addrspace(3)* %5509 to i32 addrspace(3)*
	%5511 = getelementptr i32, i32 addrspace(3)* %5510, i32 %5508
	%5512 = load i32, i32 addrspace(3)* %5511
	%5513 = add i32 0, %5512
	%5514 = mul i32 %3, 8
	%5515 = add i32 %5514, 1
	%5516 = sub i32 255, %5515
	%5517 = add i32 %4656, %5516
	%5518 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5519 = bitcast i8 addrspace(3)* %5518 to i32 addrspace(3)*
	%5520 = getelementptr i32, i32 addrspace(3)* %5519, i32 %5517
	%5521 = load i32, i32 addrspace(3)* %5520
	%5522 = add i32 %5513, %5521
	%5523 = mul i32 %3, 8
	%5524 = add i32 %5523, 2
	%5525 = sub i32 255, %5524
	%5526 = add i32 %4656, %5525
	%5527 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5528 = bitcast i8 addrspace(3)* %5527 to i32 addrspace(3)*
	%5529 = getelementptr i32, i32 addrspace(3)* %5528, i32 %5526
	%5530 = load i32, i32 addrspace(3)* %5529
	%5531 = add i32 %5522, %5530
	%5532 = mul i32 %3, 8
	%5533 = add i32 %5532, 3
	%5534 = sub i32 255, %5533
	%5535 = add i32 %4656, %5534
	%5536 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5537 = bitcast i8 addrspace(3)* %5536 to i32 addrspace(3)*
	%5538 = getelementptr i32, i32 addrspace(3)* %5537, i32 %5535
	%5539 = load i32, i32 addrspace(3)* %5538
	%5540 = add i32 %5531, %5539
	%5541 = mul i32 %3, 8
	%5542 = add i32 %5541, 4
	%5543 = sub i32 255, %5542
	%5544 = add i32 %4656, %5543
	%5545 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5546 = bitcast i8 addrspace(3)* %5545 to i32 addrspace(3)*
	%5547 = getelementptr i32, i32 addrspace(3)* %5546, i32 %5544
	%5548 = load i32, i32 addrspace(3)* %5547
	%5549 = add i32 %5540, %5548
	%5550 = mul i32 %3, 8
	%5551 = add i32 %5550, 5
	%5552 = sub i32 255, %5551
	%5553 = add i32 %4656, %5552
	%5554 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5555 = bitcast i8 addrspace(3)* %5554 to i32 addrspace(3)*
	%5556 = getelementptr i32, i32 addrspace(3)* %5555, i32 %5553
	%5557 = load i32, i32 addrspace(3)* %5556
	%5558 = add i32 %5549, %5557
	%5559 = mul i32 %3, 8
	%5560 = add i32 %5559, 6
	%5561 = sub i32 255, %5560
	%5562 = add i32 %4656, %5561
	%5563 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5564 = bitcast i8 addrspace(3)* %5563 to i32 addrspace(3)*
	%5565 = getelementptr i32, i32 addrspace(3)* %5564, i32 %5562
	%5566 = load i32, i32 addrspace(3)* %5565
	%5567 = add i32 %5558, %5566
	%5568 = mul i32 %3, 8
	%5569 = add i32 %5568, 7
	%5570 = sub i32 255, %5569
	%5571 = add i32 %4656, %5570
	%5572 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5573 = bitcast i8 addrspace(3)* %5572 to i32 addrspace(3)*
	%5574 = getelementptr i32, i32 addrspace(3)* %5573, i32 %5571
	%5575 = load i32, i32 addrspace(3)* %5574
	%5576 = add i32 %5567, %5575
	%5577 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5576, i32 1, i32 0)
	%5578 = icmp uge i32 %3, 1
	%5579 = select i1 %5578, i32 %5577, i32 0
	%5580 = add i32 %5576, %5579
	%5581 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5580, i32 2, i32 0)
	%5582 = icmp uge i32 %3, 2
	%5583 = select i1 %5582, i32 %5581, i32 0
	%5584 = add i32 %5580, %5583
	%5585 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5584, i32 4, i32 0)
	%5586 = icmp uge i32 %3, 4
	%5587 = select i1 %5586, i32 %5585, i32 0
	%5588 = add i32 %5584, %5587
	%5589 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5588, i32 8, i32 0)
	%5590 = icmp uge i32 %3, 8
	%5591 = select i1 %5590, i32 %5589, i32 0
	%5592 = add i32 %5588, %5591
	%5593 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5592, i32 16, i32 0)
	%5594 = icmp uge i32 %3, 16
	%5595 = select i1 %5594, i32 %5593, i32 0
	%5596 = add i32 %5592, %5595
	%5597 = sub i32 %5596, %5576
	%5598 = icmp slt i32 %5597, %5433
	%5599 = icmp sge i32 %5596, %5433
	%5600 = and i1 %5598, %5599
	%5601 = add i32 %5597, %5512
	%5602 = xor i1 false, true
	%5603 = icmp sge i32 %5601, %5433
	%5604 = and i1 %5602, %5603
	%5605 = mul i32 %3, 8
	%5606 = add i32 %5605, 0
	%5607 = sub i32 255, %5606
	%5608 = select i1 %5604, i32 %5607, i32 0
	%5609 = select i1 %5604, i32 %5597, i32 0
	%5610 = or i1 false, %5604
	%5611 = add i32 %5601, %5521
	%5612 = xor i1 %5610, true
	%5613 = icmp sge i32 %5611, %5433
	%5614 = and i1 %5612, %5613
	%5615 = mul i32 %3, 8
	%5616 = add i32 %5615, 1
	%5617 = sub i32 255, %5616
	%5618 = select i1 %5614, i32 %5617, i32 %5608
	%5619 = select i1 %5614, i32 %5601, i32 %5609
	%5620 = or i1 %5610, %5614
	%5621 = add i32 %5611, %5530
	%5622 = xor i1 %5620, true
	%5623 = icmp sge i32 %5621, %5433
	%5624 = and i1 %5622, %5623
	%5625 = mul i32 %3, 8
	%5626 = add i32 %5625, 2
	%5627 = sub i32 255, %5626
	%5628 = select i1 %5624, i32 %5627, i32 %5618
	%5629 = select i1 %5624, i32 %5611, i32 %5619
	%5630 = or i1 %5620, %5624
	%5631 = add i32 %5621, %5539
	%5632 = xor i1 %5630, true
	%5633 = icmp sge i32 %5631, %5433
	%5634 = and i1 %5632, %5633
	%5635 = mul i32 %3, 8
	%5636 = add i32 %5635, 3
	%5637 = sub i32 255, %5636
	%5638 = select i1 %5634, i32 %5637, i32 %5628
	%5639 = select i1 %5634, i32 %5621, i32 %5629
	%5640 = or i1 %5630, %5634
	%5641 = add i32 %5631, %5548
	%5642 = xor i1 %5640, true
	%5643 = icmp sge i32 %5641, %5433
	%5644 = and i1 %5642, %5643
	%5645 = mul i32 %3, 8
	%5646 = add i32 %5645, 4
	%5647 = sub i32 255, %5646
	%5648 = select i1 %5644, i32 %5647, i32 %5638
	%5649 = select i1 %5644, i32 %5631, i32 %5639
	%5650 = or i1 %5640, %5644
	%5651 = add i32 %5641, %5557
	%5652 = xor i1 %5650, true
	%5653 = icmp sge i32 %5651, %5433
	%5654 = and i1 %5652, %5653
	%5655 = mul i32 %3, 8
	%5656 = add i32 %5655, 5
	%5657 = sub i32 255, %5656
	%5658 = select i1 %5654, i32 %5657, i32 %5648
	%5659 = select i1 %5654, i32 %5641, i32 %5649
	%5660 = or i1 %5650, %5654
	%5661 = add i32 %5651, %5566
	%5662 = xor i1 %5660, true
	%5663 = icmp sge i32 %5661, %5433
	%5664 = and i1 %5662, %5663
	%5665 = mul i32 %3, 8
	%5666 = add i32 %5665, 6
	%5667 = sub i32 255, %5666
	%5668 = select i1 %5664, i32 %5667, i32 %5658
	%5669 = select i1 %5664, i32 %5651, i32 %5659
	%5670 = or i1 %5660, %5664
	%5671 = add i32 %5661, %5575
	%5672 = xor i1 %5670, true
	%5673 = icmp sge i32 %5671, %5433
	%5674 = and i1 %5672, %5673
	%5675 = mul i32 %3, 8
	%5676 = add i32 %5675, 7
	%5677 = sub i32 255, %5676
	%5678 = select i1 %5674, i32 %5677, i32 %5668
	%5679 = select i1 %5674, i32 %5661, i32 %5669
	%5680 = or i1 %5670, %5674
	%5681 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5600)
	%5682 = call i32 @llvm.cttz.i32(i32 %5681, i1 false)
	%5683 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %5678, i32 %5682, i32 31)
	%5684 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %5679, i32 %5682, i32 31)
	%5685 = shl i32 %5683, 0
	%5686 = or i32 %5430, %5685
	%5687 = shl i32 255, 0
	%5688 = or i32 %5432, %5687
	%5689 = sub i32 %5433, %5684
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%5690 = shl i32 1, %3
	%5691 = sub i32 %5690, 1
	br label %5702

5692:
	%5693 = lshr i32 %5500, 0
	%5694 = and i32 %5693, 255
	%5695 = add i32 %4656, %5694
	%5696 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5697 = bitcast i8 addrspace(3)* %5696 to i32 addrspace(3)*
	%5698 = getelementptr i32, i32 addrspace(3)* %5697, i32 %5695
	%5699 = atomicrmw add i32 addrspace(3)* %5698, i32 1 monotonic
	br label %5700

5700:
	%5701 = add i32 %5493, 32
	br label %5492

5702:
	%5703 = phi i32 [ 0, %5504 ], [ %5772, %5767 ]
	%5704 = phi i32 [ 0, %5504 ], [ %5769, %5767 ]
	%5705 = phi i32 [ 0, %5504 ], [ %5771, %5767 ]
	%5706 = icmp slt i32 %5703, %552
	br i1 %5706, label %5707, label %5710

5707:
	%5708 = add i32 %5703, %3
	%5709 = icmp slt i32 %5708, %552
	br i1 %5709, label %5731, label %5741

5710:
	%5711 = icmp ugt i32 %4589, %5686
	%5712 = and i1 %4584, %5711
	%5713 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5712)
	%5714 = call i32 @llvm.ctpop.i32(i32 %5713)
	%5715 = add i32 0, %5714
	%5716 = icmp ugt i32 %4602, %5686
	%5717 = and i1 %4597, %5716
	%5718 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5717)
	%5719 = call i32 @llvm.ctpop.i32(i32 %5718)
	%5720 = add i32 %5715, %5719
	%5721 = icmp ugt i32 %4615, %5686
	%5722 = and i1 %4610, %5721
	%5723 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5722)
	%5724 = call i32 @llvm.ctpop.i32(i32 %5723)
	%5725 = add i32 %5720, %5724
	%5726 = icmp ugt i32 %4628, %5686
	%5727 = and i1 %4623, %5726
	%5728 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5727)
	%5729 = call i32 @llvm.ctpop.i32(i32 %5728)
	%5730 = add i32 %5725, %5729
	br label %4705

5731:
	%5732 = add i32 %4655, %5708
	%5733 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%5734 = bitcast i8 addrspace(3)* %5733 to i32 addrspace(3)*
	%5735 = getelementptr i32, i32 addrspace(3)* %5734, i32 %5732
	%5736 = load i32, i32 addrspace(3)* %5735
	%5737 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%5738 = bitcast i8 addrspace(3)* %5737 to i32 addrspace(3)*
	%5739 = getelementptr i32, i32 addrspace(3)* %5738, i32 %5732
	%5740 = load i32, i32 addrspace(3)* %5739
	br label %5741

5741:
	%5742 = phi i32 [ 0, %5707 ], [ %5736, %5731 ]
	%5743 = phi i32 [ 0, %5707 ], [ %5740, %5731 ]
	%5744 = icmp eq i32 %5742, %5686
	%5745 = and i1 %5709, %5744
	%5746 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5745)
	%5747 = and i32 %5746, %5691
	%5748 = call i32 @llvm.ctpop.i32(i32 %5747)
	%5749 = add i32 %5705, %5748
	%5750 = icmp ugt i32 %5742, %5686
	%5751 = icmp slt i32 %5749, %5689
	%5752 = and i1 %5745, %5751
	%5753 = or i1 %5750, %5752
	%5754 = and i1 %5709, %5753
	%5755 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5754)
	%5756 = and i32 %5755, %5691
	%5757 = call i32 @llvm.ctpop.i32(i32 %5756)
	%5758 = add i32 %5704, %5757
	%5759 = add i32 %4655, %5758
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %5754, label %5760, label %5767

5760:
	%5761 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%5762 = bitcast i8 addrspace(3)* %5761 to i32 addrspace(3)*
	%5763 = getelementptr i32, i32 addrspace(3)* %5762, i32 %5759
	store i32 %5742, i32 addrspace(3)* %5763
	%5764 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%5765 = bitcast i8 addrspace(3)* %5764 to i32 addrspace(3)*
	%5766 = getelementptr i32, i32 addrspace(3)* %5765, i32 %5759
	store i32 %5743, i32 addrspace(3)* %5766
	br label %5767

5767:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%5768 = call i32 @llvm.ctpop.i32(i32 %5755)
	%5769 = add i32 %5704, %5768
	%5770 = call i32 @llvm.ctpop.i32(i32 %5746)
	%5771 = add i32 %5705, %5770
	%5772 = add i32 %5703, 32
	br label %5702

5773:
	%5774 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%5775 = bitcast i8 addrspace(3)* %5774 to i32 addrspace(3)*
	%5776 = getelementptr i32, i32 addrspace(3)* %5775, i32 %4723
	store i32 %4589, i32 addrspace(3)* %5776
	%5777 = add i32 0, %3
	%5778 = add i32 %547, %5777
	%5779 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%5780 = bitcast i8 addrspace(3)* %5779 to i32 addrspace(3)*
	%5781 = getelementptr i32, i32 addrspace(3)* %5780, i32 %4723
	store i32 %5778, i32 addrspace(3)* %5781
	br label %5782

5782:
	%5783 = call i32 @llvm.ctpop.i32(i32 %4713)
	%5784 = add i32 %4706, %5783
	%5785 = and i32 %4714, %4718
	%5786 = call i32 @llvm.ctpop.i32(i32 %5785)
	%5787 = add i32 %5784, %5786
	%5788 = add i32 %4719, %5787
	br i1 %4710, label %5789, label %5798

5789:
	%5790 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%5791 = bitcast i8 addrspace(3)* %5790 to i32 addrspace(3)*
	%5792 = getelementptr i32, i32 addrspace(3)* %5791, i32 %5788
	store i32 %4602, i32 addrspace(3)* %5792
	%5793 = add i32 32, %3
	%5794 = add i32 %547, %5793
	%5795 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%5796 = bitcast i8 addrspace(3)* %5795 to i32 addrspace(3)*
	%5797 = getelementptr i32, i32 addrspace(3)* %5796, i32 %5788
	store i32 %5794, i32 addrspace(3)* %5797
	br label %5798

5798:
	%5799 = call i32 @llvm.ctpop.i32(i32 %4714)
	%5800 = add i32 %5784, %5799
	%5801 = and i32 %4715, %4718
	%5802 = call i32 @llvm.ctpop.i32(i32 %5801)
	%5803 = add i32 %5800, %5802
	%5804 = add i32 %4719, %5803
	br i1 %4711, label %5805, label %5814

5805:
	%5806 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%5807 = bitcast i8 addrspace(3)* %5806 to i32 addrspace(3)*
	%5808 = getelementptr i32, i32 addrspace(3)* %5807, i32 %5804
	store i32 %4615, i32 addrspace(3)* %5808
	%5809 = add i32 64, %3
	%5810 = add i32 %547, %5809
	%5811 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%5812 = bitcast i8 addrspace(3)* %5811 to i32 addrspace(3)*
	%5813 = getelementptr i32, i32 addrspace(3)* %5812, i32 %5804
	store i32 %5810, i32 addrspace(3)* %5813
	br label %5814

5814:
	%5815 = call i32 @llvm.ctpop.i32(i32 %4715)
	%5816 = add i32 %5800, %5815
	%5817 = and i32 %4716, %4718
	%5818 = call i32 @llvm.ctpop.i32(i32 %5817)
	%5819 = add i32 %5816, %5818
	%5820 = add i32 %4719, %5819
	br i1 %4712, label %5821, label %5830

5821:
	%5822 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%5823 = bitcast i8 addrspace(3)* %5822 to i32 addrspace(3)*
	%5824 = getelementptr i32, i32 addrspace(3)* %5823, i32 %5820
	store i32 %4628, i32 addrspace(3)* %5824
	%5825 = add i32 96, %3
	%5826 = add i32 %547, %5825
	%5827 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%5828 = bitcast i8 addrspace(3)* %5827 to i32 addrspace(3)*
	%5829 = getelementptr i32, i32 addrspace(3)* %5828, i32 %5820
	store i32 %5826, i32 addrspace(3)* %5829
	br label %5830

5830:
	%5831 = call i32 @llvm.ctpop.i32(i32 %4716)
	%5832 = add i32 %5816, %5831
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%5833 = add i32 %4706, %4708
	br label %4651

5834:
	%5835 = mul i32 %504, 129
	%5836 = add i32 0, %3
	%5837 = add i32 %5835, %5836
	%5838 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%5839 = bitcast i8 addrspace(3)* %5838 to float addrspace(3)*
	%5840 = getelementptr float, float addrspace(3)* %5839, i32 %5837
	%5841 = load float, float addrspace(3)* %5840
	%5842 = fcmp ogt float %5841, 0xFFF0000000000000
	%5843 = fadd float %5841, 0.0
	%5844 = bitcast float %5843 to i32
	%5845 = ashr i32 %5844, 31
	%5846 = or i32 %5845, -2147483648
	%5847 = xor i32 %5844, %5846
	%5848 = mul i32 %504, 129
	%5849 = add i32 32, %3
	%5850 = add i32 %5848, %5849
	%5851 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%5852 = bitcast i8 addrspace(3)* %5851 to float addrspace(3)*
	%5853 = getelementptr float, float addrspace(3)* %5852, i32 %5850
	%5854 = load float, float addrspace(3)* %5853
	%5855 = fcmp ogt float %5854, 0xFFF0000000000000
	%5856 = fadd float %5854, 0.0
	%5857 = bitcast float %5856 to i32
	%5858 = ashr i32 %5857, 31
	%5859 = or i32 %5858, -2147483648
	%5860 = xor i32 %5857, %5859
	%5861 = mul i32 %504, 129
	%5862 = add i32 64, %3
	%5863 = add i32 %5861, %5862
	%5864 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%5865 = bitcast i8 addrspace(3)* %5864 to float addrspace(3)*
	%5866 = getelementptr float, float addrspace(3)* %5865, i32 %5863
	%5867 = load float, float addrspace(3)* %5866
	%5868 = fcmp ogt float %5867, 0xFFF0000000000000
	%5869 = fadd float %5867, 0.0
	%5870 = bitcast float %5869 to i32
	%5871 = ashr i32 %5870, 31
	%5872 = or i32 %5871, -2147483648
	%5873 = xor i32 %5870, %5872
	%5874 = mul i32 %504, 129
	%5875 = add i32 96, %3
	%5876 = add i32 %5874, %5875
	%5877 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%5878 = bitcast i8 addrspace(3)* %5877 to float addrspace(3)*
	%5879 = getelementptr float, float addrspace(3)* %5878, i32 %5876
	%5880 = load float, float addrspace(3)* %5879
	%5881 = fcmp ogt float %5880, 0xFFF0000000000000
	%5882 = fadd float %5880, 0.0
	%5883 = bitcast float %5882 to i32
	%5884 = ashr i32 %5883, 31
	%5885 = or i32 %5884, -2147483648
	%5886 = xor i32 %5883, %5885
	%5887 = icmp ugt i32 %5847, %555
	%5888 = and i1 %5842, %5887
	%5889 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5888)
	%5890 = call i32 @llvm.ctpop.i32(i32 %5889)
	%5891 = add i32 0, %5890
	%5892 = icmp ugt i32 %5860, %555
	%5893 = and i1 %5855, %5892
	%5894 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5893)
	%5895 = call i32 @llvm.ctpop.i32(i32 %5894)
	%5896 = add i32 %5891, %5895
	%5897 = icmp ugt i32 %5873, %555
	%5898 = and i1 %5868, %5897
	%5899 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5898)
	%5900 = call i32 @llvm.ctpop.i32(i32 %5899)
	%5901 = add i32 %5896, %5900
	%5902 = icmp ugt i32 %5886, %555
	%5903 = and i1 %5881, %5902
	%5904 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5903)
	%5905 = call i32 @llvm.ctpop.i32(i32 %5904)
	%5906 = add i32 %5901, %5905
	%5907 = add i32 %554, %5906
	%5908 = icmp sgt i32 %5907, 160
	br i1 %5908, label %5913, label %5964

5909:
	%5910 = phi i32 [ %554, %4651 ], [ %7092, %7089 ]
	%5911 = phi i32 [ %555, %4651 ], [ %5966, %7089 ]
	call void @llvm.nvvm.barrier0()
	%5912 = add i32 %547, 128
	br label %546

5913:
	%5914 = mul i32 %504, 160
	%5915 = mul i32 %4, 256
	%5916 = mul i32 %3, 8
	%5917 = add i32 %5916, 0
	%5918 = add i32 %5915, %5917
	%5919 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5920 = bitcast i8 addrspace(3)* %5919 to i32 addrspace(3)*
	%5921 = getelementptr i32, i32 addrspace(3)* %5920, i32 %5918
	store i32 0, i32 addrspace(3)* %5921
	%5922 = mul i32 %3, 8
	%5923 = add i32 %5922, 1
	%5924 = add i32 %5915, %5923
	%5925 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5926 = bitcast i8 addrspace(3)* %5925 to i32 addrspace(3)*
	%5927 = getelementptr i32, i32 addrspace(3)* %5926, i32 %5924
	store i32 0, i32 addrspace(3)* %5927
	%5928 = mul i32 %3, 8
	%5929 = add i32 %5928, 2
	%5930 = add i32 %5915, %5929
	%5931 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5932 = bitcast i8 addrspace(3)* %5931 to i32 addrspace(3)*
	%5933 = getelementptr i32, i32 addrspace(3)* %5932, i32 %5930
	store i32 0, i32 addrspace(3)* %5933
	%5934 = mul i32 %3, 8
	%5935 = add i32 %5934, 3
	%5936 = add i32 %5915, %5935
	%5937 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5938 = bitcast i8 addrspace(3)* %5937 to i32 addrspace(3)*
	%5939 = getelementptr i32, i32 addrspace(3)* %5938, i32 %5936
	store i32 0, i32 addrspace(3)* %5939
	%5940 = mul i32 %3, 8
	%5941 = add i32 %5940, 4
	%5942 = add i32 %5915, %5941
	%5943 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5944 = bitcast i8 addrspace(3)* %5943 to i32 addrspace(3)*
	%5945 = getelementptr i32, i32 addrspace(3)* %5944, i32 %5942
	store i32 0, i32 addrspace(3)* %5945
	%5946 = mul i32 %3, 8
	%5947 = add i32 %5946, 5
	%5948 = add i32 %5915, %5947
	%5949 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5950 = bitcast i8 addrspace(3)* %5949 to i32 addrspace(3)*
	%5951 = getelementptr i32, i32 addrspace(3)* %5950, i32 %5948
	store i32 0, i32 addrspace(3)* %5951
	%5952 = mul i32 %3, 8
	%5953 = add i32 %5952, 6
	%5954 = add i32 %5915, %5953
	%5955 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5956 = bitcast i8 addrspace(3)* %5955 to i32 addrspace(3)*
	%5957 = getelementptr i32, i32 addrspace(3)* %5956, i32 %5954
	store i32 0, i32 addrspace(3)* %5957
	%5958 = mul i32 %3, 8
	%5959 = add i32 %5958, 7
	%5960 = add i32 %5915, %5959
	%5961 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5962 = bitcast i8 addrspace(3)* %5961 to i32 addrspace(3)*
	%5963 = getelementptr i32, i32 addrspace(3)* %5962, i32 %5960
	store i32 0, i32 addrspace(3)* %5963
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %5983

5964:
	%5965 = phi i32 [ %554, %5834 ], [ %541, %6969 ]
	%5966 = phi i32 [ %555, %5834 ], [ %6945, %6969 ]
	%5967 = phi i32 [ %5906, %5834 ], [ %6989, %6969 ]
	%5968 = phi i1 [ %5888, %5834 ], [ %6971, %6969 ]
	%5969 = phi i1 [ %5893, %5834 ], [ %6976, %6969 ]
	%5970 = phi i1 [ %5898, %5834 ], [ %6981, %6969 ]
	%5971 = phi i1 [ %5903, %5834 ], [ %6986, %6969 ]
	%5972 = phi i32 [ %5889, %5834 ], [ %6972, %6969 ]
	%5973 = phi i32 [ %5894, %5834 ], [ %6977, %6969 ]
	%5974 = phi i32 [ %5899, %5834 ], [ %6982, %6969 ]
	%5975 = phi i32 [ %5904, %5834 ], [ %6987, %6969 ]
	%5976 = shl i32 1, %3
	%5977 = sub i32 %5976, 1
	%5978 = mul i32 %504, 160
	%5979 = and i32 %5972, %5977
	%5980 = call i32 @llvm.ctpop.i32(i32 %5979)
	%5981 = add i32 %5965, %5980
	%5982 = add i32 %5978, %5981
	br i1 %5968, label %7032, label %7041

5983:
	%5984 = phi i32 [ %3, %5913 ], [ %6238, %6237 ]
	%5985 = icmp slt i32 %5984, %554
	br i1 %5985, label %5986, label %5995

5986:
	%5987 = add i32 %5914, %5984
	%5988 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%5989 = bitcast i8 addrspace(3)* %5988 to i32 addrspace(3)*
	%5990 = getelementptr i32, i32 addrspace(3)* %5989, i32 %5987
	%5991 = load i32, i32 addrspace(3)* %5990
	%5992 = and i32 %5991, 0
	%5993 = icmp eq i32 %5992, 0
	%5994 = and i1 true, %5993
	br i1 %5994, label %6229, label %6237

5995:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%5996 = mul i32 %3, 8
	%5997 = add i32 %5996, 0
	%5998 = sub i32 255, %5997
	%5999 = add i32 %5915, %5998
	%6000 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6001 = bitcast i8 addrspace(3)* %6000 to i32 addrspace(3)*
	%6002 = getelementptr i32, i32 addrspace(3)* %6001, i32 %5999
	%6003 = load i32, i32 addrspace(3)* %6002
	%6004 = add i32 0, %6003
	%6005 = mul i32 %3, 8
	%6006 = add i32 %6005, 1
	%6007 = sub i32 255, %6006
	%6008 = add i32 %5915, %6007
	%6009 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6010 = bitcast i8 addrspace(3)* %6009 to i32 addrspace(3)*
	%6011 = getelementptr i32, i32 addrspace(3)* %6010, i32 %6008
	%6012 = load i32, i32 addrspace(3)* %6011
	%6013 = add i32 %6004, %6012
	%6014 = mul i32 %3, 8
	%6015 = add i32 %6014, 2
	%6016 = sub i32 255, %6015
	%6017 = add i32 %5915, %6016
	%6018 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6019 = bitcast i8 addrspace(3)* %6018 to i32 addrspace(3)*
	%6020 = getelementptr i32, i32 addrspace(3)* %6019, i32 %6017
	%6021 = load i32, i32 addrspace(3)* %6020
	%6022 = add i32 %6013, %6021
	%6023 = mul i32 %3, 8
	%6024 = add i32 %6023, 3
	%6025 = sub i32 255, %6024
	%6026 = add i32 %5915, %6025
	%6027 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6028 = bitcast i8 addrspace(3)* %6027 to i32 addrspace(3)*
	%6029 = getelementptr i32, i32 addrspace(3)* %6028, i32 %6026
	%6030 = load i32, i32 addrspace(3)* %6029
	%6031 = add i32 %6022, %6030
	%6032 = mul i32 %3, 8
	%6033 = add i32 %6032, 4
	%6034 = sub i32 255, %6033
	%6035 = add i32 %5915, %6034
	%6036 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6037 = bitcast i8 addrspace(3)* %6036 to i32 addrspace(3)*
	%6038 = getelementptr i32, i32 addrspace(3)* %6037, i32 %6035
	%6039 = load i32, i32 addrspace(3)* %6038
	%6040 = add i32 %6031, %6039
	%6041 = mul i32 %3, 8
	%6042 = add i32 %6041, 5
	%6043 = sub i32 255, %6042
	%6044 = add i32 %5915, %6043
	%6045 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6046 = bitcast i8 addrspace(3)* %6045 to i32 addrspace(3)*
	%6047 = getelementptr i32, i32 addrspace(3)* %6046, i32 %6044
	%6048 = load i32, i32 addrspace(3)* %6047
	%6049 = add i32 %6040, %6048
	%6050 = mul i32 %3, 8
	%6051 = add i32 %6050, 6
	%6052 = sub i32 255, %6051
	%6053 = add i32 %5915, %6052
	%6054 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6055 = bitcast i8 addrspace(3)* %6054 to i32 addrspace(3)*
	%6056 = getelementptr i32, i32 addrspace(3)* %6055, i32 %6053
	%6057 = load i32, i32 addrspace(3)* %6056
	%6058 = add i32 %6049, %6057
	%6059 = mul i32 %3, 8
	%6060 = add i32 %6059, 7
	%6061 = sub i32 255, %6060
	%6062 = add i32 %5915, %6061
	%6063 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6064 = bitcast i8 addrspace(3)* %6063 to i32 addrspace(3)*
	%6065 = getelementptr i32, i32 addrspace(3)* %6064, i32 %6062
	%6066 = load i32, i32 addrspace(3)* %6065
	%6067 = add i32 %6058, %6066
	%6068 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6067, i32 1, i32 0)
	%6069 = icmp uge i32 %3, 1
	%6070 = select i1 %6069, i32 %6068, i32 0
	%6071 = add i32 %6067, %6070
	%6072 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6071, i32 2, i32 0)
	%6073 = icmp uge i32 %3, 2
	%6074 = select i1 %6073, i32 %6072, i32 0
	%6075 = add i32 %6071, %6074
	%6076 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6075, i32 4, i32 0)
	%6077 = icmp uge i32 %3, 4
	%6078 = select i1 %6077, i32 %6076, i32 0
	%6079 = add i32 %6075, %6078
	%6080 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6079, i32 8, i32 0)
	%6081 = icmp uge i32 %3, 8
	%6082 = select i1 %6081, i32 %6080, i32 0
	%6083 = add i32 %6079, %6082
	%6084 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6083, i32 16, i32 0)
	%6085 = icmp uge i32 %3, 16
	%6086 = select i1 %6085, i32 %6084, i32 0
	%6087 = add i32 %6083, %6086
	%6088 = sub i32 %6087, %6067
	%6089 = icmp slt i32 %6088, %541
	%6090 = icmp sge i32 %6087, %541
	%6091 = and i1 %6089, %6090
	%6092 = add i32 %6088, %6003
	%6093 = xor i1 false, true
	%6094 = icmp sge i32 %6092, %541
	%6095 = and i1 %6093, %6094
	%6096 = mul i32 %3, 8
	%6097 = add i32 %6096, 0
	%6098 = sub i32 255, %6097
	%6099 = select i1 %6095, i32 %6098, i32 0
	%6100 = select i1 %6095, i32 %6088, i32 0
	%6101 = or i1 false, %6095
	%6102 = add i32 %6092, %6012
	%6103 = xor i1 %6101, true
	%6104 = icmp sge i32 %6102, %541
	%6105 = and i1 %6103, %6104
	%6106 = mul i32 %3, 8
	%6107 = add i32 %6106, 1
	%6108 = sub i32 255, %6107
	%6109 = select i1 %6105, i32 %6108, i32 %6099
	%6110 = select i1 %6105, i32 %6092, i32 %6100
	%6111 = or i1 %6101, %6105
	%6112 = add i32 %6102, %6021
	%6113 = xor i1 %6111, true
	%6114 = icmp sge i32 %6112, %541
	%6115 = and i1 %6113, %6114
	%6116 = mul i32 %3, 8
	%6117 = add i32 %6116, 2
	%6118 = sub i32 255, %6117
	%6119 = select i1 %6115, i32 %6118, i32 %6109
	%6120 = select i1 %6115, i32 %6102, i32 %6110
	%6121 = or i1 %6111, %6115
	%6122 = add i32 %6112, %6030
	%6123 = xor i1 %6121, true
	%6124 = icmp sge i32 %6122, %541
	%6125 = and i1 %6123, %6124
	%6126 = mul i32 %3, 8
	%6127 = add i32 %6126, 3
	%6128 = sub i32 255, %6127
	%6129 = select i1 %6125, i32 %6128, i32 %6119
	%6130 = select i1 %6125, i32 %6112, i32 %6120
	%6131 = or i1 %6121, %6125
	%6132 = add i32 %6122, %6039
	%6133 = xor i1 %6131, true
	%6134 = icmp sge i32 %6132, %541
	%6135 = and i1 %6133, %6134
	%6136 = mul i32 %3, 8
	%6137 = add i32 %6136, 4
	%6138 = sub i32 255, %6137
	%6139 = select i1 %6135, i32 %6138, i32 %6129
	%6140 = select i1 %6135, i32 %6122, i32 %6130
	%6141 = or i1 %6131, %6135
	%6142 = add i32 %6132, %6048
	%6143 = xor i1 %6141, true
	%6144 = icmp sge i32 %6142, %541
	%6145 = and i1 %6143, %6144
	%6146 = mul i32 %3, 8
	%6147 = add i32 %6146, 5
	%6148 = sub i32 255, %6147
	%6149 = select i1 %6145, i32 %6148, i32 %6139
	%6150 = select i1 %6145, i32 %6132, i32 %6140
	%6151 = or i1 %6141, %6145
	%6152 = add i32 %6142, %6057
	%6153 = xor i1 %6151, true
	%6154 = icmp sge i32 %6152, %541
	%6155 = and i1 %6153, %6154
	%6156 = mul i32 %3, 8
	%6157 = add i32 %6156, 6
	%6158 = sub i32 255, %6157
	%6159 = select i1 %6155, i32 %6158, i32 %6149
	%6160 = select i1 %6155, i32 %6142, i32 %6150
	%6161 = or i1 %6151, %6155
	%6162 = add i32 %6152, %6066
	%6163 = xor i1 %6161, true
	%6164 = icmp sge i32 %6162, %541
	%6165 = and i1 %6163, %6164
	%6166 = mul i32 %3, 8
	%6167 = add i32 %6166, 7
	%6168 = sub i32 255, %6167
	%6169 = select i1 %6165, i32 %6168, i32 %6159
	%6170 = select i1 %6165, i32 %6152, i32 %6160
	%6171 = or i1 %6161, %6165
	%6172 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6091)
	%6173 = call i32 @llvm.cttz.i32(i32 %6172, i1 false)
	%6174 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %6169, i32 %6173, i32 31)
	%6175 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %6170, i32 %6173, i32 31)
	%6176 = shl i32 %6174, 24
	%6177 = or i32 0, %6176
	%6178 = shl i32 255, 24
	%6179 = or i32 0, %6178
	%6180 = sub i32 %541, %6175
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%6181 = mul i32 %3, 8
	%6182 = add i32 %6181, 0
	%6183 = add i32 %5915, %6182
	%6184 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6185 = bitcast i8 addrspace(3)* %6184 to i32 addrspace(3)*
	%6186 = getelementptr i32, i32 addrspace(3)* %6185, i32 %6183
	store i32 0, i32 addrspace(3)* %6186
	%6187 = mul i32 %3, 8
	%6188 = add i32 %6187, 1
	%6189 = add i32 %5915, %6188
	%6190 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6191 = bitcast i8 addrspace(3)* %6190 to i32 addrspace(3)*
	%6192 = getelementptr i32, i32 addrspace(3)* %6191, i32 %6189
	store i32 0, i32 addrspace(3)* %6192
	%6193 = mul i32 %3, 8
	%6194 = add i32 %6193, 2
	%6195 = add i32 %5915, %6194
	%6196 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6197 = bitcast i8 addrspace(3)* %6196 to i32 addrspace(3)*
	%6198 = getelementptr i32, i32 addrspace(3)* %6197, i32 %6195
	store i32 0, i32 addrspace(3)* %6198
	%6199 = mul i32 %3, 8
	%6200 = add i32 %6199, 3
	%6201 = add i32 %5915, %6200
	%6202 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6203 = bitcast i8 addrspace(3)* %6202 to i32 addrspace(3)*
	%6204 = getelementptr i32, i32 addrspace(3)* %6203, i32 %6201
	store i32 0, i32 addrspace(3)* %6204
	%6205 = mul i32 %3, 8
	%6206 = add i32 %6205, 4
	%6207 = add i32 %5915, %6206
	%6208 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6209 = bitcast i8 addrspace(3)* %6208 to i32 addrspace(3)*
	%6210 = getelementptr i32, i32 addrspace(3)* %6209, i32 %6207
	store i32 0, i32 addrspace(3)* %6210
	%6211 = mul i32 %3, 8
	%6212 = add i32 %6211, 5
	%6213 = add i32 %5915, %6212
	%6214 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6215 = bitcast i8 addrspace(3)* %6214 to i32 addrspace(3)*
	%6216 = getelementptr i32, i32 addrspace(3)* %6215, i32 %6213
	store i32 0, i32 addrspace(3)* %6216
	%6217 = mul i32 %3, 8
	%6218 = add i32 %6217, 6
	%6219 = add i32 %5915, %6218
	%6220 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6221 = bitcast i8 addrspace(3)* %6220 to i32 addrspace(3)*
	%6222 = getelementptr i32, i32 addrspace(3)* %6221, i32 %6219
	store i32 0, i32 addrspace(3)* %6222
	%6223 = mul i32 %3, 8
	%6224 = add i32 %6223, 7
	%6225 = add i32 %5915, %6224
	%6226 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6227 = bitcast i8 addrspace(3)* %6226 to i32 addrspace(3)*
	%6228 = getelementptr i32, i32 addrspace(3)* %6227, i32 %6225
	store i32 0, i32 addrspace(3)* %6228
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %6239

6229:
	%6230 = lshr i32 %5991, 24
	%6231 = and i32 %6230, 255
	%6232 = add i32 %5915, %6231
	%6233 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6234 = bitcast i8 addrspace(3)* %6233 to i32 addrspace(3)*
	%6235 = getelementptr i32, i32 addrspace(3)* %6234, i32 %6232
	%6236 = atomicrmw add i32 addrspace(3)* %6235, i32 1 monotonic
	br label %6237

6237:
	%6238 = add i32 %5984, 32
	br label %5983

6239:
	%6240 = phi i32 [ %3, %5995 ], [ %6494, %6493 ]
	%6241 = icmp slt i32 %6240, %554
	br i1 %6241, label %6242, label %6251

6242:
	%6243 = add i32 %5914, %6240
	%6244 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%6245 = bitcast i8 addrspace(3)* %6244 to i32 addrspace(3)*
	%6246 = getelementptr i32, i32 addrspace(3)* %6245, i32 %6243
	%6247 = load i32, i32 addrspace(3)* %6246
	%6248 = and i32 %6247, %6179
	%6249 = icmp eq i32 %6248, %6177
	%6250 = and i1 true, %6249
	br i1 %6250, label %6485, label %6493

6251:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%6252 = mul i32 %3, 8
	%6253 = add i32 %6252, 0
	%6254 = sub i32 255, %6253
	%6255 = add i32 %5915, %6254
	%6256 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6257 = bitcast i8 addrspace(3)* %6256 to i32 addrspace(3)*
	%6258 = getelementptr i32, i32 addrspace(3)* %6257, i32 %6255
	%6259 = load i32, i32 addrspace(3)* %6258
	%6260 = add i32 0, %6259
	%6261 = mul i32 %3, 8
	%6262 = add i32 %6261, 1
	%6263 = sub i32 255, %6262
	%6264 = add i32 %5915, %6263
	%6265 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6266 = bitcast i8 addrspace(3)* %6265 to i32 addrspace(3)*
	%6267 = getelementptr i32, i32 addrspace(3)* %6266, i32 %6264
	%6268 = load i32, i32 addrspace(3)* %6267
	%6269 = add i32 %6260, %6268
	%6270 = mul i32 %3, 8
	%6271 = add i32 %6270, 2
	%6272 = sub i32 255, %6271
	%6273 = add i32 %5915, %6272
	%6274 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6275 = bitcast i8 addrspace(3)* %6274 to i32 addrspace(3)*
	%6276 = getelementptr i32, i32 addrspace(3)* %6275, i32 %6273
	%6277 = load i32, i32 addrspace(3)* %6276
	%6278 = add i32 %6269, %6277
	%6279 = mul i32 %3, 8
	%6280 = add i32 %6279, 3
	%6281 = sub i32 255, %6280
	%6282 = add i32 %5915, %6281
	%6283 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6284 = bitcast i8 addrspace(3)* %6283 to i32 addrspace(3)*
	%6285 = getelementptr i32, i32 addrspace(3)* %6284, i32 %6282
	%6286 = load i32, i32 addrspace(3)* %6285
	%6287 = add i32 %6278, %6286
	%6288 = mul i32 %3, 8
	%6289 = add i32 %6288, 4
	%6290 = sub i32 255, %6289
	%6291 = add i32 %5915, %6290
	%6292 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6293 = bitcast i8 addrspace(3)* %6292 to i32 addrspace(3)*
	%6294 = getelementptr i32, i32 addrspace(3)* %6293, i32 %6291
	%6295 = load i32, i32 addrspace(3)* %6294
	%6296 = add i32 %6287, %6295
	%6297 = mul i32 %3, 8
	%6298 = add i32 %6297, 5
	%6299 = sub i32 255, %6298
	%6300 = add i32 %5915, %6299
	%6301 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6302 = bitcast i8 addrspace(3)* %6301 to i32 addrspace(3)*
	%6303 = getelementptr i32, i32 addrspace(3)* %6302, i32 %6300
	%6304 = load i32, i32 addrspace(3)* %6303
	%6305 = add i32 %6296, %6304
	%6306 = mul i32 %3, 8
	%6307 = add i32 %6306, 6
	%6308 = sub i32 255, %6307
	%6309 = add i32 %5915, %6308
	%6310 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6311 = bitcast i8 addrspace(3)* %6310 to i32 addrspace(3)*
	%6312 = getelementptr i32, i32 addrspace(3)* %6311, i32 %6309
	%6313 = load i32, i32 addrspace(3)* %6312
	%6314 = add i32 %6305, %6313
	%6315 = mul i32 %3, 8
	%6316 = add i32 %6315, 7
	%6317 = sub i32 255, %6316
	%6318 = add i32 %5915, %6317
	%6319 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6320 = bitcast i8 addrspace(3)* %6319 to i32 addrspace(3)*
	%6321 = getelementptr i32, i32 addrspace(3)* %6320, i32 %6318
	%6322 = load i32, i32 addrspace(3)* %6321
	%6323 = add i32 %6314, %6322
	%6324 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6323, i32 1, i32 0)
	%6325 = icmp uge i32 %3, 1
	%6326 = select i1 %6325, i32 %6324, i32 0
	%6327 = add i32 %6323, %6326
	%6328 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6327, i32 2, i32 0)
	%6329 = icmp uge i32 %3, 2
	%6330 = select i1 %6329, i32 %6328, i32 0
	%6331 = add i32 %6327, %6330
	%6332 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6331, i32 4, i32 0)
	%6333 = icmp uge i32 %3, 4
	%6334 = select i1 %6333, i32 %6332, i32 0
	%6335 = add i32 %6331, %6334
	%6336 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6335, i32 8, i32 0)
	%6337 = icmp uge i32 %3, 8
	%6338 = select i1 %6337, i32 %6336, i32 0
	%6339 = add i32 %6335, %6338
	%6340 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6339, i32 16, i32 0)
	%6341 = icmp uge i32 %3, 16
	%6342 = select i1 %6341, i32 %6340, i32 0
	%6343 = add i32 %6339, %6342
	%6344 = sub i32 %6343, %6323
	%6345 = icmp slt i32 %6344, %6180
	%6346 = icmp sge i32 %6343, %6180
	%6347 = and i1 %6345, %6346
	%6348 = add i32 %6344, %6259
	%6349 = xor i1 false, true
	%6350 = icmp sge i32 %6348, %6180
	%6351 = and i1 %6349, %6350
	%6352 = mul i32 %3, 8
	%6353 = add i32 %6352, 0
	%6354 = sub i32 255, %6353
	%6355 = select i1 %6351, i32 %6354, i32 0
	%6356 = select i1 %6351, i32 %6344, i32 0
	%6357 = or i1 false, %6351
	%6358 = add i32 %6348, %6268
	%6359 = xor i1 %6357, true
	%6360 = icmp sge i32 %6358, %6180
	%6361 = and i1 %6359, %6360
	%6362 = mul i32 %3, 8
	%6363 = add i32 %6362, 1
	%6364 = sub i32 255, %6363
	%6365 = select i1 %6361, i32 %6364, i32 %6355
	%6366 = select i1 %6361, i32 %6348, i32 %6356
	%6367 = or i1 %6357, %6361
	%6368 = add i32 %6358, %6277
	%6369 = xor i1 %6367, true
	%6370 = icmp sge i32 %6368, %6180
	%6371 = and i1 %6369, %6370
	%6372 = mul i32 %3, 8
	%6373 = add i32 %6372, 2
	%6374 = sub i32 255, %6373
	%6375 = select i1 %6371, i32 %6374, i32 %6365
	%6376 = select i1 %6371, i32 %6358, i32 %6366
	%6377 = or i1 %6367, %6371
	%6378 = add i32 %6368, %6286
	%6379 = xor i1 %6377, true
	%6380 = icmp sge i32 %6378, %6180
	%6381 = and i1 %6379, %6380
	%6382 = mul i32 %3, 8
	%6383 = add i32 %6382, 3
	%6384 = sub i32 255, %6383
	%6385 = select i1 %6381, i32 %6384, i32 %6375
	%6386 = select i1 %6381, i32 %6368, i32 %6376
	%6387 = or i1 %6377, %6381
	%6388 = add i32 %6378, %6295
	%6389 = xor i1 %6387, true
	%6390 = icmp sge i32 %6388, %6180
	%6391 = and i1 %6389, %6390
	%6392 = mul i32 %3, 8
	%6393 = add i32 %6392, 4
	%6394 = sub i32 255, %6393
	%6395 = select i1 %6391, i32 %6394, i32 %6385
	%6396 = select i1 %6391, i32 %6378, i32 %6386
	%6397 = or i1 %6387, %6391
	%6398 = add i32 %6388, %6304
	%6399 = xor i1 %6397, true
	%6400 = icmp sge i32 %6398, %6180
	%6401 = and i1 %6399, %6400
	%6402 = mul i32 %3, 8
	%6403 = add i32 %6402, 5
	%6404 = sub i32 255, %6403
	%6405 = select i1 %6401, i32 %6404, i32 %6395
	%6406 = select i1 %6401, i32 %6388, i32 %6396
	%6407 = or i1 %6397, %6401
	%6408 = add i32 %6398, %6313
	%6409 = xor i1 %6407, true
	%6410 = icmp sge i32 %6408, %6180
	%6411 = and i1 %6409, %6410
	%6412 = mul i32 %3, 8
	%6413 = add i32 %6412, 6
	%6414 = sub i32 255, %6413
	%6415 = select i1 %6411, i32 %6414, i32 %6405
	%6416 = select i1 %6411, i32 %6398, i32 %6406
	%6417 = or i1 %6407, %6411
	%6418 = add i32 %6408, %6322
	%6419 = xor i1 %6417, true
	%6420 = icmp sge i32 %6418, %6180
	%6421 = and i1 %6419, %6420
	%6422 = mul i32 %3, 8
	%6423 = add i32 %6422, 7
	%6424 = sub i32 255, %6423
	%6425 = select i1 %6421, i32 %6424, i32 %6415
	%6426 = select i1 %6421, i32 %6408, i32 %6416
	%6427 = or i1 %6417, %6421
	%6428 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6347)
	%6429 = call i32 @llvm.cttz.i32(i32 %6428, i1 false)
	%6430 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %6425, i32 %6429, i32 31)
	%6431 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %6426, i32 %6429, i32 31)
	%6432 = shl i32 %6430, 16
	%6433 = or i32 %6177, %6432
	%6434 = shl i32 255, 16
	%6435 = or i32 %6179, %6434
	%6436 = sub i32 %6180, %6431
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%6437 = mul i32 %3, 8
	%6438 = add i32 %6437, 0
	%6439 = add i32 %5915, %6438
	%6440 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6441 = bitcast i8 addrspace(3)* %6440 to i32 addrspace(3)*
	%6442 = getelementptr i32, i32 addrspace(3)* %6441, i32 %6439
	store i32 0, i32 addrspace(3)* %6442
	%6443 = mul i32 %3, 8
	%6444 = add i32 %6443, 1
	%6445 = add i32 %5915, %6444
	%6446 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6447 = bitcast i8 addrspace(3)* %6446 to i32 addrspace(3)*
	%6448 = getelementptr i32, i32 addrspace(3)* %6447, i32 %6445
	store i32 0, i32 addrspace(3)* %6448
	%6449 = mul i32 %3, 8
	%6450 = add i32 %6449, 2
	%6451 = add i32 %5915, %6450
	%6452 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6453 = bitcast i8 addrspace(3)* %6452 to i32 addrspace(3)*
	%6454 = getelementptr i32, i32 addrspace(3)* %6453, i32 %6451
	store i32 0, i32 addrspace(3)* %6454
	%6455 = mul i32 %3, 8
	%6456 = add i32 %6455, 3
	%6457 = add i32 %5915, %6456
	%6458 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6459 = bitcast i8 addrspace(3)* %6458 to i32 addrspace(3)*
	%6460 = getelementptr i32, i32 addrspace(3)* %6459, i32 %6457
	store i32 0, i32 addrspace(3)* %6460
	%6461 = mul i32 %3, 8
	%6462 = add i32 %6461, 4
	%6463 = add i32 %5915, %6462
	%6464 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6465 = bitcast i8 addrspace(3)* %6464 to i32 addrspace(3)*
	%6466 = getelementptr i32, i32 addrspace(3)* %6465, i32 %6463
	store i32 0, i32 addrspace(3)* %6466
	%6467 = mul i32 %3, 8
	%6468 = add i32 %6467, 5
	%6469 = add i32 %5915, %6468
	%6470 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6471 = bitcast i8 addrspace(3)* %6470 to i32 addrspace(3)*
	%6472 = getelementptr i32, i32 addrspace(3)* %6471, i32 %6469
	store i32 0, i32 addrspace(3)* %6472
	%6473 = mul i32 %3, 8
	%6474 = add i32 %6473, 6
	%6475 = add i32 %5915, %6474
	%6476 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6477 = bitcast i8 addrspace(3)* %6476 to i32 addrspace(3)*
	%6478 = getelementptr i32, i32 addrspace(3)* %6477, i32 %6475
	store i32 0, i32 addrspace(3)* %6478
	%6479 = mul i32 %3, 8
	%6480 = add i32 %6479, 7
	%6481 = add i32 %5915, %6480
	%6482 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6483 = bitcast i8 addrspace(3)* %6482 to i32 addrspace(3)*
	%6484 = getelementptr i32, i32 addrspace(3)* %6483, i32 %6481
	store i32 0, i32 addrspace(3)* %6484
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %6495

6485:
	%6486 = lshr i32 %6247, 16
	%6487 = and i32 %6486, 255
	%6488 = add i32 %5915, %6487
	%6489 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6490 = bitcast i8 addrspace(3)* %6489 to i32 addrspace(3)*
	%6491 = getelementptr i32, i32 addrspace(3)* %6490, i32 %6488
	%6492 = atomicrmw add i32 addrspace(3)* %6491, i32 1 monotonic
	br label %6493

6493:
	%6494 = add i32 %6240, 32
	br label %6239

6495:
	%6496 = phi i32 [ %3, %6251 ], [ %6750, %6749 ]
	%6497 = icmp slt i32 %6496, %554
	br i1 %6497, label %6498, label %6507

6498:
	%6499 = add i32 %5914, %6496
	%6500 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%6501 = bitcast i8 addrspace(3)* %6500 to i32 addrspace(3)*
	%6502 = getelementptr i32, i32 addrspace(3)* %6501, i32 %6499
	%6503 = load i32, i32 addrspace(3)* %6502
	%6504 = and i32 %6503, %6435
	%6505 = icmp eq i32 %6504, %6433
	%6506 = and i1 true, %6505
	br i1 %6506, label %6741, label %6749

6507:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%6508 = mul i32 %3, 8
	%6509 = add i32 %6508, 0
	%6510 = sub i32 255, %6509
	%6511 = add i32 %5915, %6510
	%6512 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6513 = bitcast i8 addrspace(3)* %6512 to i32 addrspace(3)*
	%6514 = getelementptr i32, i32 addrspace(3)* %6513, i32 %6511
	%6515 = load i32, i32 addrspace(3)* %6514
	%6516 = add i32 0, %6515
	%6517 = mul i32 %3, 8
	%6518 = add i32 %6517, 1
	%6519 = sub i32 255, %6518
	%6520 = add i32 %5915, %6519
	%6521 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6522 = bitcast i8 addrspace(3)* %6521 to i32 addrspace(3)*
	%6523 = getelementptr i32, i32 addrspace(3)* %6522, i32 %6520
	%6524 = load i32, i32 addrspace(3)* %6523
	%6525 = add i32 %6516, %6524
	%6526 = mul i32 %3, 8
	%6527 = add i32 %6526, 2
	%6528 = sub i32 255, %6527
	%6529 = add i32 %5915, %6528
	%6530 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6531 = bitcast i8 addrspace(3)* %6530 to i32 addrspace(3)*
	%6532 = getelementptr i32, i32 addrspace(3)* %6531, i32 %6529
	%6533 = load i32, i32 addrspace(3)* %6532
	%6534 = add i32 %6525, %6533
	%6535 = mul i32 %3, 8
	%6536 = add i32 %6535, 3
	%6537 = sub i32 255, %6536
	%6538 = add i32 %5915, %6537
	%6539 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6540 = bitcast i8 addrspace(3)* %6539 to i32 addrspace(3)*
	%6541 = getelementptr i32, i32 addrspace(3)* %6540, i32 %6538
	%6542 = load i32, i32 addrspace(3)* %6541
	%6543 = add i32 %6534, %6542
	%6544 = mul i32 %3, 8
	%6545 = add i32 %6544, 4
	%6546 = sub i32 255, %6545
	%6547 = add i32 %5915, %6546
	%6548 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6549 = bitcast i8 addrspace(3)* %6548 to i32 addrspace(3)*
	%6550 = getelementptr i32, i32 addrspace(3)* %6549, i32 %6547
	%6551 = load i32, i32 addrspace(3)* %6550
	%6552 = add i32 %6543, %6551
	%6553 = mul i32 %3, 8
	%6554 = add i32 %6553, 5
	%6555 = sub i32 255, %6554
	%6556 = add i32 %5915, %6555
	%6557 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6558 = bitcast i8 addrspace(3)* %6557 to i32 addrspace(3)*
	%6559 = getelementptr i32, i32 addrspace(3)* %6558, i32 %6556
	%6560 = load i32, i32 addrspace(3)* %6559
	%6561 = add i32 %6552, %6560
	%6562 = mul i32 %3, 8
	%6563 = add i32 %6562, 6
	%6564 = sub i32 255, %6563
	%6565 = add i32 %5915, %6564
	%6566 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6567 = bitcast i8 addrspace(3)* %6566 to i32 addrspace(3)*
	%6568 = getelementptr i32, i32 addrspace(3)* %6567, i32 %6565
	%6569 = load i32, i32 addrspace(3)* %6568
	%6570 = add i32 %6561, %6569
	%6571 = mul i32 %3, 8
	%6572 = add i32 %6571, 7
	%6573 = sub i32 255, %6572
	%6574 = add i32 %5915, %6573
	%6575 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6576 = bitcast i8 addrspace(3)* %6575 to i32 addrspace(3)*
	%6577 = getelementptr i32, i32 addrspace(3)* %6576, i32 %6574
	%6578 = load i32, i32 addrspace(3)* %6577
	%6579 = add i32 %6570, %6578
	%6580 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6579, i32 1, i32 0)
	%6581 = icmp uge i32 %3, 1
	%6582 = select i1 %6581, i32 %6580, i32 0
	%6583 = add i32 %6579, %6582
	%6584 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6583, i32 2, i32 0)
	%6585 = icmp uge i32 %3, 2
	%6586 = select i1 %6585, i32 %6584, i32 0
	%6587 = add i32 %6583, %6586
	%6588 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6587, i32 4, i32 0)
	%6589 = icmp uge i32 %3, 4
	%6590 = select i1 %6589, i32 %6588, i32 0
	%6591 = add i32 %6587, %6590
	%6592 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6591, i32 8, i32 0)
	%6593 = icmp uge i32 %3, 8
	%6594 = select i1 %6593, i32 %6592, i32 0
	%6595 = add i32 %6591, %6594
	%6596 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6595, i32 16, i32 0)
	%6597 = icmp uge i32 %3, 16
	%6598 = select i1 %6597, i32 %6596, i32 0
	%6599 = add i32 %6595, %6598
	%6600 = sub i32 %6599, %6579
	%6601 = icmp slt i32 %6600, %6436
	%6602 = icmp sge i32 %6599, %6436
	%6603 = and i1 %6601, %6602
	%6604 = add i32 %6600, %6515
	%6605 = xor i1 false, true
	%6606 = icmp sge i32 %6604, %6436
	%6607 = and i1 %6605, %6606
	%6608 = mul i32 %3, 8
	%6609 = add i32 %6608, 0
	%6610 = sub i32 255, %6609
	%6611 = select i1 %6607, i32 %6610, i32 0
	%6612 = select i1 %6607, i32 %6600, i32 0
	%6613 = or i1 false, %6607
	%6614 = add i32 %6604, %6524
	%6615 = xor i1 %6613, true
	%6616 = icmp sge i32 %6614, %6436
	%6617 = and i1 %6615, %6616
	%6618 = mul i32 %3, 8
	%6619 = add i32 %6618, 1
	%6620 = sub i32 255, %6619
	%6621 = select i1 %6617, i32 %6620, i32 %6611
	%6622 = select i1 %6617, i32 %6604, i32 %6612
	%6623 = or i1 %6613, %6617
	%6624 = add i32 %6614, %6533
	%6625 = xor i1 %6623, true
	%6626 = icmp sge i32 %6624, %6436
	%6627 = and i1 %6625, %6626
	%6628 = mul i32 %3, 8
	%6629 = add i32 %6628, 2
	%6630 = sub i32 255, %6629
	%6631 = select i1 %6627, i32 %6630, i32 %6621
	%6632 = select i1 %6627, i32 %6614, i32 %6622
	%6633 = or i1 %6623, %6627
	%6634 = add i32 %6624, %6542
	%6635 = xor i1 %6633, true
	%6636 = icmp sge i32 %6634, %6436
	%6637 = and i1 %6635, %6636
	%6638 = mul i32 %3, 8
	%6639 = add i32 %6638, 3
	%6640 = sub i32 255, %6639
	%6641 = select i1 %6637, i32 %6640, i32 %6631
	%6642 = select i1 %6637, i32 %6624, i32 %6632
	%6643 = or i1 %6633, %6637
	%6644 = add i32 %6634, %6551
	%6645 = xor i1 %6643, true
	%6646 = icmp sge i32 %6644, %6436
	%6647 = and i1 %6645, %6646
	%6648 = mul i32 %3, 8
	%6649 = add i32 %6648, 4
	%6650 = sub i32 255, %6649
	%6651 = select i1 %6647, i32 %6650, i32 %6641
	%6652 = select i1 %6647, i32 %6634, i32 %6642
	%6653 = or i1 %6643, %6647
	%6654 = add i32 %6644, %6560
	%6655 = xor i1 %6653, true
	%6656 = icmp sge i32 %6654, %6436
	%6657 = and i1 %6655, %6656
	%6658 = mul i32 %3, 8
	%6659 = add i32 %6658, 5
	%6660 = sub i32 255, %6659
	%6661 = select i1 %6657, i32 %6660, i32 %6651
	%6662 = select i1 %6657, i32 %6644, i32 %6652
	%6663 = or i1 %6653, %6657
	%6664 = add i32 %6654, %6569
	%6665 = xor i1 %6663, true
	%6666 = icmp sge i32 %6664, %6436
	%6667 = and i1 %6665, %6666
	%6668 = mul i32 %3, 8
	%6669 = add i32 %6668, 6
	%6670 = sub i32 255, %6669
	%6671 = select i1 %6667, i32 %6670, i32 %6661
	%6672 = select i1 %6667, i32 %6654, i32 %6662
	%6673 = or i1 %6663, %6667
	%6674 = add i32 %6664, %6578
	%6675 = xor i1 %6673, true
	%6676 = icmp sge i32 %6674, %6436
	%6677 = and i1 %6675, %6676
	%6678 = mul i32 %3, 8
	%6679 = add i32 %6678, 7
	%6680 = sub i32 255, %6679
	%6681 = select i1 %6677, i32 %6680, i32 %6671
	%6682 = select i1 %6677, i32 %6664, i32 %6672
	%6683 = or i1 %6673, %6677
	%6684 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6603)
	%6685 = call i32 @llvm.cttz.i32(i32 %6684, i1 false)
	%6686 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %6681, i32 %6685, i32 31)
	%6687 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %6682, i32 %6685, i32 31)
	%6688 = shl i32 %6686, 8
	%6689 = or i32 %6433, %6688
	%6690 = shl i32 255, 8
	%6691 = or i32 %6435, %6690
	%6692 = sub i32 %6436, %6687
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%6693 = mul i32 %3, 8
	%6694 = add i32 %6693, 0
	%6695 = add i32 %5915, %6694
	%6696 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6697 = bitcast i8 addrspace(3)* %6696 to i32 addrspace(3)*
	%6698 = getelementptr i32, i32 addrspace(3)* %6697, i32 %6695
	store i32 0, i32 addrspace(3)* %6698
	%6699 = mul i32 %3, 8
	%6700 = add i32 %6699, 1
	%6701 = add i32 %5915, %6700
	%6702 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6703 = bitcast i8 addrspace(3)* %6702 to i32 addrspace(3)*
	%6704 = getelementptr i32, i32 addrspace(3)* %6703, i32 %6701
	store i32 0, i32 addrspace(3)* %6704
	%6705 = mul i32 %3, 8
	%6706 = add i32 %6705, 2
	%6707 = add i32 %5915, %6706
	%6708 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6709 = bitcast i8 addrspace(3)* %6708 to i32 addrspace(3)*
	%6710 = getelementptr i32, i32 addrspace(3)* %6709, i32 %6707
	store i32 0, i32 addrspace(3)* %6710
	%6711 = mul i32 %3, 8
	%6712 = add i32 %6711, 3
	%6713 = add i32 %5915, %6712
	%6714 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6715 = bitcast i8 addrspace(3)* %6714 to i32 addrspace(3)*
	%6716 = getelementptr i32, i32 addrspace(3)* %6715, i32 %6713
	store i32 0, i32 addrspace(3)* %6716
	%6717 = mul i32 %3, 8
	%6718 = add i32 %6717, 4
	%6719 = add i32 %5915, %6718
	%6720 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6721 = bitcast i8 addrspace(3)* %6720 to i32 addrspace(3)*
	%6722 = getelementptr i32, i32 addrspace(3)* %6721, i32 %6719
	store i32 0, i32 addrspace(3)* %6722
	%6723 = mul i32 %3, 8
	%6724 = add i32 %6723, 5
	%6725 = add i32 %5915, %6724
	%6726 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6727 = bitcast i8 addrspace(3)* %6726 to i32 addrspace(3)*
	%6728 = getelementptr i32, i32 addrspace(3)* %6727, i32 %6725
	store i32 0, i32 addrspace(3)* %6728
	%6729 = mul i32 %3, 8
	%6730 = add i32 %6729, 6
	%6731 = add i32 %5915, %6730
	%6732 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6733 = bitcast i8 addrspace(3)* %6732 to i32 addrspace(3)*
	%6734 = getelementptr i32, i32 addrspace(3)* %6733, i32 %6731
	store i32 0, i32 addrspace(3)* %6734
	%6735 = mul i32 %3, 8
	%6736 = add i32 %6735, 7
	%6737 = add i32 %5915, %6736
	%6738 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6739 = bitcast i8 addrspace(3)* %6738 to i32 addrspace(3)*
	%6740 = getelementptr i32, i32 addrspace(3)* %6739, i32 %6737
	store i32 0, i32 addrspace(3)* %6740
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %6751

6741:
	%6742 = lshr i32 %6503, 8
	%6743 = and i32 %6742, 255
	%6744 = add i32 %5915, %6743
	%6745 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6746 = bitcast i8 addrspace(3)* %6745 to i32 addrspace(3)*
	%6747 = getelementptr i32, i32 addrspace(3)* %6746, i32 %6744
	%6748 = atomicrmw add i32 addrspace(3)* %6747, i32 1 monotonic
	br label %6749

6749:
	%6750 = add i32 %6496, 32
	br label %6495

6751:
	%6752 = phi i32 [ %3, %6507 ], [ %6960, %6959 ]
	%6753 = icmp slt i32 %6752, %554
	br i1 %6753, label %6754, label %6763

6754:
	%6755 = add i32 %5914, %6752
	%6756 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%6757 = bitcast i8 addrspace(3)* %6756 to i32 addrspace(3)*
	%6758 = getelementptr i32, i32 addrspace(3)* %6757, i32 %6755
	%6759 = load i32, i32 addrspace(3)* %6758
	%6760 = and i32 %6759, %6691
	%6761 = icmp eq i32 %6760, %6689
	%6762 = and i1 true, %6761
	br i1 %6762, label %6951, label %6959

6763:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%6764 = mul i32 %3, 8
	%6765 = add i32 %6764, 0
	%6766 = sub i32 255, %6765
	%6767 = add i32 %5915, %6766
	%6768 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6769 = bitcast i8 addrspace(3)* %6768 to i32 addrspace(3)*
	%6770 = getelementptr i32, i32 addrspace(3)* %6769, i32 %6767
	%6771 = load i32, i32 addrspace(3)* %6770
	%6772 = add i32 0, %6771
	%6773 = mul i32 %3, 8
	%6774 = add i32 %6773, 1
	%6775 = sub i32 255, %6774
	%6776 = add i32 %5915, %6775
	%6777 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6778 = bitcast i8 addrspace(3)* %6777 to i32 addrspace(3)*
	%6779 = getelementptr i32, i32 addrspace(3)* %6778, i32 %6776
	%6780 = load i32, i32 addrspace(3)* %6779
	%6781 = add i32 %6772, %6780
	%6782 = mul i32 %3, 8
	%6783 = add i32 %6782, 2
	%6784 = sub i32 255, %6783
	%6785 = add i32 %5915, %6784
	%6786 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6787 = bitcast i8 addrspace(3)* %6786 to i32 addrspace(3)*
	%6788 = getelementptr i32, i32 addrspace(3)* %6787, i32 %6785
	%6789 = load i32, i32 addrspace(3)* %6788
	%6790 = add i32 %6781, %6789
	%6791 = mul i32 %3, 8
	%6792 = add i32 %6791, 3
	%6793 = sub i32 255, %6792
	%6794 = add i32 %5915, %6793
	%6795 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6796 = bitcast i8 addrspace(3)* %6795 to i32 addrspace(3)*
	%6797 = getelementptr i32, i32 addrspace(3)* %6796, i32 %6794
	%6798 = load i32, i32 addrspace(3)* %6797
	%6799 = add i32 %6790, %6798
	%6800 = mul i32 %3, 8
	%6801 = add i32 %6800, 4
	%6802 = sub i32 255, %6801
	%6803 = add i32 %5915, %6802
	%6804 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6805 = bitcast i8 addrspace(3)* %6804 to i32 addrspace(3)*
	%6806 = getelementptr i32, i32 addrspace(3)* %6805, i32 %6803
	%6807 = load i32, i32 addrspace(3)* %6806
	%6808 = add i32 %6799, %6807
	%6809 = mul i32 %3, 8
	%6810 = add i32 %6809, 5
	%6811 = sub i32 255, %6810
	%6812 = add i32 %5915, %6811
	%6813 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6814 = bitcast i8 addrspace(3)* %6813 to i32 addrspace(3)*
	%6815 = getelementptr i32, i32 addrspace(3)* %6814, i32 %6812
	%6816 = load i32, i32 addrspace(3)* %6815
	%6817 = add i32 %6808, %6816
	%6818 = mul i32 %3, 8
	%6819 = add i32 %6818, 6
	%6820 = sub i32 255, %6819
	%6821 = add i32 %5915, %6820
	%6822 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6823 = bitcast i8 addrspace(3)* %6822 to i32 addrspace(3)*
	%6824 = getelementptr i32, i32 addrspace(3)* %6823, i32 %6821
	%6825 = load i32, i32 addrspace(3)* %6824
	%6826 = add i32 %6817, %6825
	%6827 = mul i32 %3, 8
	%6828 = add i32 %6827, 7
	%6829 = sub i32 255, %6828
	%6830 = add i32 %5915, %6829
	%6831 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6832 = bitcast i8 addrspace(3)* %6831 to i32 addrspace(3)*
	%6833 = getelementptr i32, i32 addrspace(3)* %6832, i32 %6830
	%6834 = load i32, i32 addrspace(3)* %6833
	%6835 = add i32 %6826, %6834
	%6836 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6835, i32 1, i32 0)
	%6837 = icmp uge i32 %3, 1
	%6838 = select i1 %6837, i32 %6836, i32 0
	%6839 = add i32 %6835, %6838
	%6840 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6839, i32 2, i32 0)
	%6841 = icmp uge i32 %3, 2
	%6842 = select i1 %6841, i32 %6840, i32 0
	%6843 = add i32 %6839, %6842
	%6844 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6843, i32 4, i32 0)
	%6845 = icmp uge i32 %3, 4
	%6846 = select i1 %6845, i32 %6844, i32 0
	%6847 = add i32 %6843, %6846
	%6848 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6847, i32 8, i32 0)
	%6849 = icmp uge i32 %3, 8
	%6850 = select i1 %6849, i32 %6848, i32 0
	%6851 = add i32 %6847, %6850
	%6852 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6851, i32 16, i32 0)
	%6853 = icmp uge i32 %3, 16
	%6854 = select i1 %6853, i32 %6852, i32 0
	%6855 = add i32 %6851, %6854
	%6856 = sub i32 %6855, %6835
	%6857 = icmp slt i32 %6856, %6692
	%6858 = icmp sge i32 %6855, %6692
	%6859 = and i1 %6857, %6858
	%6860 = add i32 %6856, %6771
	%6861 = xor i1 false, true
	%6862 = icmp sge i32 %6860, %6692
	%6863 = and i1 %6861, %6862
	%6864 = mul i32 %3, 8
	%6865 = add i32 %6864, 0
	%6866 = sub i32 255, %6865
	%6867 = select i1 %6863, i32 %6866, i32 0
	%6868 = select i1 %6863, i32 %6856, i32 0
	%6869 = or i1 false, %6863
	%6870 = add i32 %6860, %6780
	%6871 = xor i1 %6869, true
	%6872 = icmp sge i32 %6870, %6692
	%6873 = and i1 %6871, %6872
	%6874 = mul i32 %3, 8
	%6875 = add i32 %6874, 1
	%6876 = sub i32 255, %6875
	%6877 = select i1 %6873, i32 %6876, i32 %6867
	%6878 = select i1 %6873, i32 %6860, i32 %6868
	%6879 = or i1 %6869, %6873
	%6880 = add i32 %6870, %6789
	%6881 = xor i1 %6879, true
	%6882 = icmp sge i32 %6880, %6692
	%6883 = and i1 %6881, %6882
	%6884 = mul i32 %3, 8
	%6885 = add i32 %6884, 2
	%6886 = sub i32 255, %6885
	%6887 = select i1 %6883, i32 %6886, i32 %6877
	%6888 = select i1 %6883, i32 %6870, i32 %6878
	%6889 = or i1 %6879, %6883
	%6890 = add i32 %6880, %6798
	%6891 = xor i1 %6889, true
	%6892 = icmp sge i32 %6890, %6692
	%6893 = and i1 %6891, %6892
	%6894 = mul i32 %3, 8
	%6895 = add i32 %6894, 3
	%6896 = sub i32 255, %6895
	%6897 = select i1 %6893, i32 %6896, i32 %6887
	%6898 = select i1 %6893, i32 %6880, i32 %6888
	%6899 = or i1 %6889, %6893
	%6900 = add i32 %6890, %6807
	%6901 = xor i1 %6899, true
	%6902 = icmp sge i32 %6900, %6692
	%6903 = and i1 %6901, %6902
	%6904 = mul i32 %3, 8
	%6905 = add i32 %6904, 4
	%6906 = sub i32 255, %6905
	%6907 = select i1 %6903, i32 %6906, i32 %6897
	%6908 = select i1 %6903, i32 %6890, i32 %6898
	%6909 = or i1 %6899, %6903
	%6910 = add i32 %6900, %6816
	%6911 = xor i1 %6909, true
	%6912 = icmp sge i32 %6910, %6692
	%6913 = and i1 %6911, %6912
	%6914 = mul i32 %3, 8
	%6915 = add i32 %6914, 5
	%6916 = sub i32 255, %6915
	%6917 = select i1 %6913, i32 %6916, i32 %6907
	%6918 = select i1 %6913, i32 %6900, i32 %6908
	%6919 = or i1 %6909, %6913
	%6920 = add i32 %6910, %6825
	%6921 = xor i1 %6919, true
	%6922 = icmp sge i32 %6920, %6692
	%6923 = and i1 %6921, %6922
	%6924 = mul i32 %3, 8
	%6925 = add i32 %6924, 6
	%6926 = sub i32 255, %6925
	%6927 = select i1 %6923, i32 %6926, i32 %6917
	%6928 = select i1 %6923, i32 %6910, i32 %6918
	%6929 = or i1 %6919, %6923
	%6930 = add i32 %6920, %6834
	%6931 = xor i1 %6929, true
	%6932 = icmp sge i32 %6930, %6692
	%6933 = and i1 %6931, %6932
	%6934 = mul i32 %3, 8
	%6935 = add i32 %6934, 7
	%6936 = sub i32 255, %6935
	%6937 = select i1 %6933, i32 %6936, i32 %6927
	%6938 = select i1 %6933, i32 %6920, i32 %6928
	%6939 = or i1 %6929, %6933
	%6940 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6859)
	%6941 = call i32 @llvm.cttz.i32(i32 %6940, i1 false)
	%6942 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %6937, i32 %6941, i32 31)
	%6943 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %6938, i32 %6941, i32 31)
	%6944 = shl i32 %6942, 0
	%6945 = or i32 %6689, %6944
	%6946 = shl i32 255, 0
	%6947 = or i32 %6691, %6946
	%6948 = sub i32 %6692, %6943
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%6949 = shl i32 1, %3
	%6950 = sub i32 %6949, 1
	br label %6961

6951:
	%6952 = lshr i32 %6759, 0
	%6953 = and i32 %6952, 255
	%6954 = add i32 %5915, %6953
	%6955 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6956 = bitcast i8 addrspace(3)* %6955 to i32 addrspace(3)*
	%6957 = getelementptr i32, i32 addrspace(3)* %6956, i32 %6954
	%6958 = atomicrmw add i32 addrspace(3)* %6957, i32 1 monotonic
	br label %6959

6959:
	%6960 = add i32 %6752, 32
	br label %6751

6961:
	%6962 = phi i32 [ 0, %6763 ], [ %7031, %7026 ]
	%6963 = phi i32 [ 0, %6763 ], [ %7028, %7026 ]
	%6964 = phi i32 [ 0, %6763 ], [ %7030, %7026 ]
	%6965 = icmp slt i32 %6962, %554
	br i1 %6965, label %6966, label %6969

6966:
	%6967 = add i32 %6962, %3
	%6968 = icmp slt i32 %6967, %554
	br i1 %6968, label %6990, label %7000

6969:
	%6970 = icmp ugt i32 %5847, %6945
	%6971 = and i1 %5842, %6970
	%6972 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6971)
	%6973 = call i32 @llvm.ctpop.i32(i32 %6972)
	%6974 = add i32 0, %6973
	%6975 = icmp ugt i32 %5860, %6945
	%6976 = and i1 %5855, %6975
	%6977 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6976)
	%6978 = call i32 @llvm.ctpop.i32(i32 %6977)
	%6979 = add i32 %6974, %6978
	%6980 = icmp ugt i32 %5873, %6945
	%6981 = and i1 %5868, %6980
	%6982 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6981)
	%6983 = call i32 @llvm.ctpop.i32(i32 %6982)
	%6984 = add i32 %6979, %6983
	%6985 = icmp ugt i32 %5886, %6945
	%6986 = and i1 %5881, %6985
	%6987 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6986)
	%6988 = call i32 @llvm.ctpop.i32(i32 %6987)
	%6989 = add i32 %6984, %6988
	br label %5964

6990:
	%6991 = add i32 %5914, %6967
	%6992 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%6993 = bitcast i8 addrspace(3)* %6992 to i32 addrspace(3)*
	%6994 = getelementptr i32, i32 addrspace(3)* %6993, i32 %6991
	%6995 = load i32, i32 addrspace(3)* %6994
	%6996 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%6997 = bitcast i8 addrspace(3)* %6996 to i32 addrspace(3)*
	%6998 = getelementptr i32, i32 addrspace(3)* %6997, i32 %6991
	%6999 = load i32, i32 addrspace(3)* %6998
	br label %7000

7000:
	%7001 = phi i32 [ 0, %6966 ], [ %6995, %6990 ]
	%7002 = phi i32 [ 0, %6966 ], [ %6999, %6990 ]
	%7003 = icmp eq i32 %7001, %6945
	%7004 = and i1 %6968, %7003
	%7005 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %7004)
	%7006 = and i32 %7005, %6950
	%7007 = call i32 @llvm.ctpop.i32(i32 %7006)
	%7008 = add i32 %6964, %7007
	%7009 = icmp ugt i32 %7001, %6945
	%7010 = icmp slt i32 %7008, %6948
	%7011 = and i1 %7004, %7010
	%7012 = or i1 %7009, %7011
	%7013 = and i1 %6968, %7012
	%7014 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %7013)
	%7015 = and i32 %7014, %6950
	%7016 = call i32 @llvm.ctpop.i32(i32 %7015)
	%7017 = add i32 %6963, %7016
	%7018 = add i32 %5914, %7017
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %7013, label %7019, label %7026

7019:
	%7020 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%7021 = bitcast i8 addrspace(3)* %7020 to i32 addrspace(3)*
	%7022 = getelementptr i32, i32 addrspace(3)* %7021, i32 %7018
	store i32 %7001, i32 addrspace(3)* %7022
	%7023 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%7024 = bitcast i8 addrspace(3)* %7023 to i32 addrspace(3)*
	%7025 = getelementptr i32, i32 addrspace(3)* %7024, i32 %7018
	store i32 %7002, i32 addrspace(3)* %7025
	br label %7026

7026:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%7027 = call i32 @llvm.ctpop.i32(i32 %7014)
	%7028 = add i32 %6963, %7027
	%7029 = call i32 @llvm.ctpop.i32(i32 %7005)
	%7030 = add i32 %6964, %7029
	%7031 = add i32 %6962, 32
	br label %6961

7032:
	%7033 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%7034 = bitcast i8 addrspace(3)* %7033 to i32 addrspace(3)*
	%7035 = getelementptr i32, i32 addrspace(3)* %7034, i32 %5982
	store i32 %5847, i32 addrspace(3)* %7035
	%7036 = add i32 0, %3
	%7037 = add i32 %547, %7036
	%7038 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%7039 = bitcast i8 addrspace(3)* %7038 to i32 addrspace(3)*
	%7040 = getelementptr i32, i32 addrspace(3)* %7039, i32 %5982
	store i32 %7037, i32 addrspace(3)* %7040
	br label %7041

7041:
	%7042 = call i32 @llvm.ctpop.i32(i32 %5972)
	%7043 = add i32 %5965, %7042
	%7044 = and i32 %5973, %5977
	%7045 = call i32 @llvm.ctpop.i32(i32 %7044)
	%7046 = add i32 %7043, %7045
	%7047 = add i32 %5978, %7046
	br i1 %5969, label %7048, label %7057

7048:
	%7049 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%7050 = bitcast i8 addrspace(3)* %7049 to i32 addrspace(3)*
	%7051 = getelementptr i32, i32 addrspace(3)* %7050, i32 %7047
	store i32 %5860, i32 addrspace(3)* %7051
	%7052 = add i32 32, %3
	%7053 = add i32 %547, %7052
	%7054 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%7055 = bitcast i8 addrspace(3)* %7054 to i32 addrspace(3)*
	%7056 = getelementptr i32, i32 addrspace(3)* %7055, i32 %7047
	store i32 %7053, i32 addrspace(3)* %7056
	br label %7057

7057:
	%7058 = call i32 @llvm.ctpop.i32(i32 %5973)
	%7059 = add i32 %7043, %7058
	%7060 = and i32 %5974, %5977
	%7061 = call i32 @llvm.ctpop.i32(i32 %7060)
	%7062 = add i32 %7059, %7061
	%7063 = add i32 %5978, %7062
	br i1 %5970, label %7064, label %7073

7064:
	%7065 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%7066 = bitcast i8 addrspace(3)* %7065 to i32 addrspace(3)*
	%7067 = getelementptr i32, i32 addrspace(3)* %7066, i32 %7063
	store i32 %5873, i32 addrspace(3)* %7067
	%7068 = add i32 64, %3
	%7069 = add i32 %547, %7068
	%7070 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%7071 = bitcast i8 addrspace(3)* %7070 to i32 addrspace(3)*
	%7072 = getelementptr i32, i32 addrspace(3)* %7071, i32 %7063
	store i32 %7069, i32 addrspace(3)* %7072
	br label %7073

7073:
	%7074 = call i32 @llvm.ctpop.i32(i32 %5974)
	%7075 = add i32 %7059, %7074
	%7076 = and i32 %5975, %5977
	%7077 = call i32 @llvm.ctpop.i32(i32 %7076)
	%7078 = add i32 %7075, %7077
	%7079 = add i32 %5978, %7078
	br i1 %5971, label %7080, label %7089

7080:
	%7081 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%7082 = bitcast i8 addrspace(3)* %7081 to i32 addrspace(3)*
	%7083 = getelementptr i32, i32 addrspace(3)* %7082, i32 %7079
	store i32 %5886, i32 addrspace(3)* %7083
	%7084 = add i32 96, %3
	%7085 = add i32 %547, %7084
	%7086 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%7087 = bitcast i8 addrspace(3)* %7086 to i32 addrspace(3)*
	%7088 = getelementptr i32, i32 addrspace(3)* %7087, i32 %7079
	store i32 %7085, i32 addrspace(3)* %7088
	br label %7089

7089:
	%7090 = call i32 @llvm.ctpop.i32(i32 %5975)
	%7091 = add i32 %7075, %7090
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%7092 = add i32 %5965, %5967
	br label %5909

7093:
	%7094 = add i32 %377, %0
	br label %7098

7095:
	%7096 = add i32 %5, %378
	%7097 = icmp slt i32 %7096, %M
	br i1 %7097, label %7117, label %7119

7098:
	%7099 = phi i32 [ %7094, %7093 ], [ %7116, %7115 ]
	%7100 = icmp slt i32 %7099, %NB
	br i1 %7100, label %7101, label %7102

7101:
	br label %7103

7102:
	br label %7095

7103:
	%7104 = phi i32 [ 0, %7101 ], [ %7114, %7106 ]
	%7105 = icmp slt i32 %7104, %362
	br i1 %7105, label %7106, label %7115

7106:
	%7107 = mul i32 %2, %M
	%7108 = add i32 %5, %7104
	%7109 = add i32 %7107, %7108
	%7110 = mul i32 %7109, %NB
	%7111 = add i32 %7110, %7099
	%7112 = sext i32 %7111 to i64
	%7113 = getelementptr float, float* %e, i64 %7112
	store float 0xFFF0000000000000, float* %7113
	%7114 = add i32 %7104, 1
	br label %7103

7115:
	%7116 = add i32 %7099, 128
	br label %7098

7117:
	%7118 = icmp sgt i32 %548, %415
	br i1 %7118, label %7122, label %7173

7119:
	%7120 = add i32 %5, %420
	%7121 = icmp slt i32 %7120, %M
	br i1 %7121, label %8272, label %8274

7122:
	%7123 = mul i32 %378, 160
	%7124 = mul i32 %4, 256
	%7125 = mul i32 %3, 8
	%7126 = add i32 %7125, 0
	%7127 = add i32 %7124, %7126
	%7128 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7129 = bitcast i8 addrspace(3)* %7128 to i32 addrspace(3)*
	%7130 = getelementptr i32, i32 addrspace(3)* %7129, i32 %7127
	store i32 0, i32 addrspace(3)* %7130
	%7131 = mul i32 %3, 8
	%7132 = add i32 %7131, 1
	%7133 = add i32 %7124, %7132
	%7134 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7135 = bitcast i8 addrspace(3)* %7134 to i32 addrspace(3)*
	%7136 = getelementptr i32, i32 addrspace(3)* %7135, i32 %7133
	store i32 0, i32 addrspace(3)* %7136
	%7137 = mul i32 %3, 8
	%7138 = add i32 %7137, 2
	%7139 = add i32 %7124, %7138
	%7140 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7141 = bitcast i8 addrspace(3)* %7140 to i32 addrspace(3)*
	%7142 = getelementptr i32, i32 addrspace(3)* %7141, i32 %7139
	store i32 0, i32 addrspace(3)* %7142
	%7143 = mul i32 %3, 8
	%7144 = add i32 %7143, 3
	%7145 = add i32 %7124, %7144
	%7146 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7147 = bitcast i8 addrspace(3)* %7146 to i32 addrspace(3)*
	%7148 = getelementptr i32, i32 addrspace(3)* %7147, i32 %7145
	store i32 0, i32 addrspace(3)* %7148
	%7149 = mul i32 %3, 8
	%7150 = add i32 %7149, 4
	%7151 = add i32 %7124, %7150
	%7152 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7153 = bitcast i8 addrspace(3)* %7152 to i32 addrspace(3)*
	%7154 = getelementptr i32, i32 addrspace(3)* %7153, i32 %7151
	store i32 0, i32 addrspace(3)* %7154
	%7155 = mul i32 %3, 8
	%7156 = add i32 %7155, 5
	%7157 = add i32 %7124, %7156
	%7158 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7159 = bitcast i8 addrspace(3)* %7158 to i32 addrspace(3)*
	%7160 = getelementptr i32, i32 addrspace(3)* %7159, i32 %7157
	store i32 0, i32 addrspace(3)* %7160
	%7161 = mul i32 %3, 8
	%7162 = add i32 %7161, 6
	%7163 = add i32 %7124, %7162
	%7164 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7165 = bitcast i8 addrspace(3)* %7164 to i32 addrspace(3)*
	%7166 = getelementptr i32, i32 addrspace(3)* %7165, i32 %7163
	store i32 0, i32 addrspace(3)* %7166
	%7167 = mul i32 %3, 8
	%7168 = add i32 %7167, 7
	%7169 = add i32 %7124, %7168
	%7170 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7171 = bitcast i8 addrspace(3)* %7170 to i32 addrspace(3)*
	%7172 = getelementptr i32, i32 addrspace(3)* %7171, i32 %7169
	store i32 0, i32 addrspace(3)* %7172
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %7180

7173:
	%7174 = phi i32 [ %548, %7117 ], [ %415, %8166 ]
	%7175 = sub i32 %410, 0
	%7176 = mul i32 %2, %M
	%7177 = add i32 %5, %378
	%7178 = add i32 %7176, %7177
	%7179 = mul i32 %7178, 8
	br label %8209

7180:
	%7181 = phi i32 [ %3, %7122 ], [ %7435, %7434 ]
	%7182 = icmp slt i32 %7181, %548
	br i1 %7182, label %7183, label %7192

7183:
	%7184 = add i32 %7123, %7181
	%7185 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%7186 = bitcast i8 addrspace(3)* %7185 to i32 addrspace(3)*
	%7187 = getelementptr i32, i32 addrspace(3)* %7186, i32 %7184
	%7188 = load i32, i32 addrspace(3)* %7187
	%7189 = and i32 %7188, 0
	%7190 = icmp eq i32 %7189, 0
	%7191 = and i1 true, %7190
	br i1 %7191, label %7426, label %7434

7192:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%7193 = mul i32 %3, 8
	%7194 = add i32 %7193, 0
	%7195 = sub i32 255, %7194
	%7196 = add i32 %7124, %7195
	%7197 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7198 = bitcast i8 addrspace(3)* %7197 to i32 addrspace(3)*
	%7199 = getelementptr i32, i32 addrspace(3)* %7198, i32 %7196
	%7200 = load i32, i32 addrspace(3)* %7199
	%7201 = add i32 0, %7200
	%7202 = mul i32 %3, 8
	%7203 = add i32 %7202, 1
	%7204 = sub i32 255, %7203
	%7205 = add i32 %7124, %7204
	%7206 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7207 = bitcast i8 addrspace(3)* %7206 to i32 addrspace(3)*
	%7208 = getelementptr i32, i32 addrspace(3)* %7207, i32 %7205
	%7209 = load i32, i32 addrspace(3)* %7208
	%7210 = add i32 %7201, %7209
	%7211 = mul i32 %3, 8
	%7212 = add i32 %7211, 2
	%7213 = sub i32 255, %7212
	%7214 = add i32 %7124, %7213
	%7215 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7216 = bitcast i8 addrspace(3)* %7215 to i32 addrspace(3)*
	%7217 = getelementptr i32, i32 addrspace(3)* %7216, i32 %7214
	%7218 = load i32, i32 addrspace(3)* %7217
	%7219 = add i32 %7210, %7218
	%7220 = mul i32 %3, 8
	%7221 = add i32 %7220, 3
	%7222 = sub i32 255, %7221
	%7223 = add i32 %7124, %7222
	%7224 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7225 = bitcast i8 addrspace(3)* %7224 to i32 addrspace(3)*
	%7226 = getelementptr i32, i32 addrspace(3)* %7225, i32 %7223
	%7227 = load i32, i32 addrspace(3)* %7226
	%7228 = add i32 %7219, %7227
	%7229 = mul i32 %3, 8
	%7230 = add i32 %7229, 4
	%7231 = sub i32 255, %7230
	%7232 = add i32 %7124, %7231
	%7233 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7234 = bitcast i8 addrspace(3)* %7233 to i32 addrspace(3)*
	%7235 = getelementptr i32, i32 addrspace(3)* %7234, i32 %7232
	%7236 = load i32, i32 addrspace(3)* %7235
	%7237 = add i32 %7228, %7236
	%7238 = mul i32 %3, 8
	%7239 = add i32 %7238, 5
	%7240 = sub i32 255, %7239
	%7241 = add i32 %7124, %7240
	%7242 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7243 = bitcast i8 addrspace(3)* %7242 to i32 addrspace(3)*
	%7244 = getelementptr i32, i32 addrspace(3)* %7243, i32 %7241
	%7245 = load i32, i32 addrspace(3)* %7244
	%7246 = add i32 %7237, %7245
	%7247 = mul i32 %3, 8
	%7248 = add i32 %7247, 6
	%7249 = sub i32 255, %7248
	%7250 = add i32 %7124, %7249
	%7251 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7252 = bitcast i8 addrspace(3)* %7251 to i32 addrspace(3)*
	%7253 = getelementptr i32, i32 addrspace(3)* %7252, i32 %7250
	%7254 = load i32, i32 addrspace(3)* %7253
	%7255 = add i32 %7246, %7254
	%7256 = mul i32 %3, 8
	%7257 = add i32 %7256, 7
	%7258 = sub i32 255, %7257
	%7259 = add i32 %7124, %7258
	%7260 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7261 = bitcast i8 addrspace(3)* %7260 to i32 addrspace(3)*
	%7262 = getelementptr i32, i32 addrspace(3)* %7261, i32 %7259
	%7263 = load i32, i32 addrspace(3)* %7262
	%7264 = add i32 %7255, %7263
	%7265 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7264, i32 1, i32 0)
	%7266 = icmp uge i32 %3, 1
	%7267 = select i1 %7266, i32 %7265, i32 0
	%7268 = add i32 %7264, %7267
	%7269 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7268, i32 2, i32 0)
	%7270 = icmp uge i32 %3, 2
	%7271 = select i1 %7270, i32 %7269, i32 0
	%7272 = add i32 %7268, %7271
	%7273 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7272, i32 4, i32 0)
	%7274 = icmp uge i32 %3, 4
	%7275 = select i1 %7274, i32 %7273, i32 0
	%7276 = add i32 %7272, %7275
	%7277 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7276, i32 8, i32 0)
	%7278 = icmp uge i32 %3, 8
	%7279 = select i1 %7278, i32 %7277, i32 0
	%7280 = add i32 %7276, %7279
	%7281 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7280, i32 16, i32 0)
	%7282 = icmp uge i32 %3, 16
	%7283 = select i1 %7282, i32 %7281, i32 0
	%7284 = add i32 %7280, %7283
	%7285 = sub i32 %7284, %7264
	%7286 = icmp slt i32 %7285, %415
	%7287 = icmp sge i32 %7284, %415
	%7288 = and i1 %7286, %7287
	%7289 = add i32 %7285, %7200
	%7290 = xor i1 false, true
	%7291 = icmp sge i32 %7289, %415
	%7292 = and i1 %7290, %7291
	%7293 = mul i32 %3, 8
	%7294 = add i32 %7293, 0
	%7295 = sub i32 255, %7294
	%7296 = select i1 %7292, i32 %7295, i32 0
	%7297 = select i1 %7292, i32 %7285, i32 0
	%7298 = or i1 false, %7292
	%7299 = add i32 %7289, %7209
	%7300 = xor i1 %7298, true
	%7301 = icmp sge i32 %7299, %415
	%7302 = and i1 %7300, %7301
	%7303 = mul i32 %3, 8
	%7304 = add i32 %7303, 1
	%7305 = sub i32 255, %7304
	%7306 = select i1 %7302, i32 %7305, i32 %7296
	%7307 = select i1 %7302, i32 %7289, i32 %7297
	%7308 = or i1 %7298, %7302
	%7309 = add i32 %7299, %7218
	%7310 = xor i1 %7308, true
	%7311 = icmp sge i32 %7309, %415
	%7312 = and i1 %7310, %7311
	%7313 = mul i32 %3, 8
	%7314 = add i32 %7313, 2
	%7315 = sub i32 255, %7314
	%7316 = select i1 %7312, i32 %7315, i32 %7306
	%7317 = select i1 %7312, i32 %7299, i32 %7307
	%7318 = or i1 %7308, %7312
	%7319 = add i32 %7309, %7227
	%7320 = xor i1 %7318, true
	%7321 = icmp sge i32 %7319, %415
	%7322 = and i1 %7320, %7321
	%7323 = mul i32 %3, 8
	%7324 = add i32 %7323, 3
	%7325 = sub i32 255, %7324
	%7326 = select i1 %7322, i32 %7325, i32 %7316
	%7327 = select i1 %7322, i32 %7309, i32 %7317
	%7328 = or i1 %7318, %7322
	%7329 = add i32 %7319, %7236
	%7330 = xor i1 %7328, true
	%7331 = icmp sge i32 %7329, %415
	%7332 = and i1 %7330, %7331
	%7333 = mul i32 %3, 8
	%7334 = add i32 %7333, 4
	%7335 = sub i32 255, %7334
	%7336 = select i1 %7332, i32 %7335, i32 %7326
	%7337 = select i1 %7332, i32 %7319, i32 %7327
	%7338 = or i1 %7328, %7332
	%7339 = add i32 %7329, %7245
	%7340 = xor i1 %7338, true
	%7341 = icmp sge i32 %7339, %415
	%7342 = and i1 %7340, %7341
	%7343 = mul i32 %3, 8
	%7344 = add i32 %7343, 5
	%7345 = sub i32 255, %7344
	%7346 = select i1 %7342, i32 %7345, i32 %7336
	%7347 = select i1 %7342, i32 %7329, i32 %7337
	%7348 = or i1 %7338, %7342
	%7349 = add i32 %7339, %7254
	%7350 = xor i1 %7348, true
	%7351 = icmp sge i32 %7349, %415
	%7352 = and i1 %7350, %7351
	%7353 = mul i32 %3, 8
	%7354 = add i32 %7353, 6
	%7355 = sub i32 255, %7354
	%7356 = select i1 %7352, i32 %7355, i32 %7346
	%7357 = select i1 %7352, i32 %7339, i32 %7347
	%7358 = or i1 %7348, %7352
	%7359 = add i32 %7349, %7263
	%7360 = xor i1 %7358, true
	%7361 = icmp sge i32 %7359, %415
	%7362 = and i1 %7360, %7361
	%7363 = mul i32 %3, 8
	%7364 = add i32 %7363, 7
	%7365 = sub i32 255, %7364
	%7366 = select i1 %7362, i32 %7365, i32 %7356
	%7367 = select i1 %7362, i32 %7349, i32 %7357
	%7368 = or i1 %7358, %7362
	%7369 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %7288)
	%7370 = call i32 @llvm.cttz.i32(i32 %7369, i1 false)
	%7371 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %7366, i32 %7370, i32 31)
	%7372 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %7367, i32 %7370, i32 31)
	%7373 = shl i32 %7371, 24
	%7374 = or i32 0, %7373
	%7375 = shl i32 255, 24
	%7376 = or i32 0, %7375
	%7377 = sub i32 %415, %7372
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%7378 = mul i32 %3, 8
	%7379 = add i32 %7378, 0
	%7380 = add i32 %7124, %7379
	%7381 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7382 = bitcast i8 addrspace(3)* %7381 to i32 addrspace(3)*
	%7383 = getelementptr i32, i32 addrspace(3)* %7382, i32 %7380
	store i32 0, i32 addrspace(3)* %7383
	%7384 = mul i32 %3, 8
	%7385 = add i32 %7384, 1
	%7386 = add i32 %7124, %7385
	%7387 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7388 = bitcast i8 addrspace(3)* %7387 to i32 addrspace(3)*
	%7389 = getelementptr i32, i32 addrspace(3)* %7388, i32 %7386
	store i32 0, i32 addrspace(3)* %7389
	%7390 = mul i32 %3, 8
	%7391 = add i32 %7390, 2
	%7392 = add i32 %7124, %7391
	%7393 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7394 = bitcast i8 addrspace(3)* %7393 to i32 addrspace(3)*
	%7395 = getelementptr i32, i32 addrspace(3)* %7394, i32 %7392
	store i32 0, i32 addrspace(3)* %7395
	%7396 = mul i32 %3, 8
	%7397 = add i32 %7396, 3
	%7398 = add i32 %7124, %7397
	%7399 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7400 = bitcast i8 addrspace(3)* %7399 to i32 addrspace(3)*
	%7401 = getelementptr i32, i32 addrspace(3)* %7400, i32 %7398
	store i32 0, i32 addrspace(3)* %7401
	%7402 = mul i32 %3, 8
	%7403 = add i32 %7402, 4
	%7404 = add i32 %7124, %7403
	%7405 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7406 = bitcast i8 addrspace(3)* %7405 to i32 addrspace(3)*
	%7407 = getelementptr i32, i32 addrspace(3)* %7406, i32 %7404
	store i32 0, i32 addrspace(3)* %7407
	%7408 = mul i32 %3, 8
	%7409 = add i32 %7408, 5
	%7410 = add i32 %7124, %7409
	%7411 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7412 = bitcast i8 addrspace(3)* %7411 to i32 addrspace(3)*
	%7413 = getelementptr i32, i32 addrspace(3)* %7412, i32 %7410
	store i32 0, i32 addrspace(3)* %7413
	%7414 = mul i32 %3, 8
	%7415 = add i32 %7414, 6
	%7416 = add i32 %7124, %7415
	%7417 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7418 = bitcast i8 addrspace(3)* %7417 to i32 addrspace(3)*
	%7419 = getelementptr i32, i32 addrspace(3)* %7418, i32 %7416
	store i32 0, i32 addrspace(3)* %7419
	%7420 = mul i32 %3, 8
	%7421 = add i32 %7420, 7
	%7422 = add i32 %7124, %7421
	%7423 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7424 = bitcast i8 addrspace(3)* %7423 to i32 addrspace(3)*
	%7425 = getelementptr i32, i32 addrspace(3)* %7424, i32 %7422
	store i32 0, i32 addrspace(3)* %7425
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %7436

7426:
	%7427 = lshr i32 %7188, 24
	%7428 = and i32 %7427, 255
	%7429 = add i32 %7124, %7428
	%7430 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7431 = bitcast i8 addrspace(3)* %7430 to i32 addrspace(3)*
	%7432 = getelementptr i32, i32 addrspace(3)* %7431, i32 %7429
	%7433 = atomicrmw add i32 addrspace(3)* %7432, i32 1 monotonic
	br label %7434

7434:
	%7435 = add i32 %7181, 32
	br label %7180

7436:
	%7437 = phi i32 [ %3, %7192 ], [ %7691, %7690 ]
	%7438 = icmp slt i32 %7437, %548
	br i1 %7438, label %7439, label %7448

7439:
	%7440 = add i32 %7123, %7437
	%7441 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%7442 = bitcast i8 addrspace(3)* %7441 to i32 addrspace(3)*
	%7443 = getelementptr i32, i32 addrspace(3)* %7442, i32 %7440
	%7444 = load i32, i32 addrspace(3)* %7443
	%7445 = and i32 %7444, %7376
	%7446 = icmp eq i32 %7445, %7374
	%7447 = and i1 true, %7446
	br i1 %7447, label %7682, label %7690

7448:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%7449 = mul i32 %3, 8
	%7450 = add i32 %7449, 0
	%7451 = sub i32 255, %7450
	%7452 = add i32 %7124, %7451
	%7453 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7454 = bitcast i8 addrspace(3)* %7453 to i32 addrspace(3)*
	%7455 = getelementptr i32, i32 addrspace(3)* %7454, i32 %7452
	%7456 = load i32, i32 addrspace(3)* %7455
	%7457 = add i32 0, %7456
	%7458 = mul i32 %3, 8
	%7459 = add i32 %7458, 1
	%7460 = sub i32 255, %7459
	%7461 = add i32 %7124, %7460
	%7462 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7463 = bitcast i8 addrspace(3)* %7462 to i32 addrspace(3)*
	%7464 = getelementptr i32, i32 addrspace(3)* %7463, i32 %7461
	%7465 = load i32, i32 addrspace(3)* %7464
	%7466 = add i32 %7457, %7465
	%7467 = mul i32 %3, 8
	%7468 = add i32 %7467, 2
	%7469 = sub i32 255, %7468
	%7470 = add i32 %7124, %7469
	%7471 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7472 = bitcast i8 addrspace(3)* %7471 to i32 addrspace(3)*
	%7473 = getelementptr i32, i32 addrspace(3)* %7472, i32 %7470
	%7474 = load i32, i32 addrspace(3)* %7473
	%7475 = add i32 %7466, %7474
	%7476 = mul i32 %3, 8
	%7477 = add i32 %7476, 3
	%7478 = sub i32 255, %7477
	%7479 = add i32 %7124, %7478
	%7480 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7481 = bitcast i8 addrspace(3)* %7480 to i32 addrspace(3)*
	%7482 = getelementptr i32, i32 addrspace(3)* %7481, i32 %7479
	%7483 = load i32, i32 addrspace(3)* %7482
	%7484 = add i32 %7475, %7483
	%7485 = mul i32 %3, 8
	%7486 = add i32 %7485, 4
	%7487 = sub i32 255, %7486
	%7488 = add i32 %7124, %7487
	%7489 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7490 = bitcast i8 addrspace(3)* %7489 to i32 addrspace(3)*
	%7491 = getelementptr i32, i32 addrspace(3)* %7490, i32 %7488
	%7492 = load i32, i32 addrspace(3)* %7491
	%7493 = add i32 %7484, %7492
	%7494 = mul i32 %3, 8
	%7495 = add i32 %7494, 5
	%7496 = sub i32 255, %7495
	%7497 = add i32 %7124, %7496
	%7498 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7499 = bitcast i8 addrspace(3)* %7498 to i32 addrspace(3)*
	%7500 = getelementptr i32, i32 addrspace(3)* %7499, i32 %7497
	%7501 = load i32, i32 addrspace(3)* %7500
	%7502 = add i32 %7493, %7501
	%7503 = mul i32 %3, 8
	%7504 = add i32 %7503, 6
	%7505 = sub i32 255, %7504
	%7506 = add i32 %7124, %7505
	%7507 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7508 = bitcast i8 addrspace(3)* %7507 to i32 addrspace(3)*
	%7509 = getelementptr i32, i32 addrspace(3)* %7508, i32 %7506
	%7510 = load i32, i32 addrspace(3)* %7509
	%7511 = add i32 %7502, %7510
	%7512 = mul i32 %3, 8
	%7513 = add i32 %7512, 7
	%7514 = sub i32 255, %7513
	%7515 = add i32 %7124, %7514
	%7516 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7517 = bitcast i8 addrspace(3)* %7516 to i32 addrspace(3)*
	%7518 = getelementptr i32, i32 addrspace(3)* %7517, i32 %7515
	%7519 = load i32, i32 addrspace(3)* %7518
	%7520 = add i32 %7511, %7519
	%7521 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7520, i32 1, i32 0)
	%7522 = icmp uge i32 %3, 1
	%7523 = select i1 %7522, i32 %7521, i32 0
	%7524 = add i32 %7520, %7523
	%7525 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7524, i32 2, i32 0)
	%7526 = icmp uge i32 %3, 2
	%7527 = select i1 %7526, i32 %7525, i32 0
	%7528 = add i32 %7524, %7527
	%7529 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7528, i32 4, i32 0)
	%7530 = icmp uge i32 %3, 4
	%7531 = select i1 %7530, i32 %7529, i32 0
	%7532 = add i32 %7528, %7531
	%7533 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7532, i32 8, i32 0)
	%7534 = icmp uge i32 %3, 8
	%7535 = select i1 %7534, i32 %7533, i32 0
	%7536 = add i32 %7532, %7535
	%7537 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7536, i32 16, i32 0)
	%7538 = icmp uge i32 %3, 16
	%7539 = select i1 %7538, i32 %7537, i32 0
	%7540 = add i32 %7536, %7539
	%7541 = sub i32 %7540, %7520
	%7542 = icmp slt i32 %7541, %7377
	%7543 = icmp sge i32 %7540, %7377
	%7544 = and i1 %7542, %7543
	%7545 = add i32 %7541, %7456
	%7546 = xor i1 false, true
	%7547 = icmp sge i32 %7545, %7377
	%7548 = and i1 %7546, %7547
	%7549 = mul i32 %3, 8
	%7550 = add i32 %7549, 0
	%7551 = sub i32 255, %7550
	%7552 = select i1 %7548, i32 %7551, i32 0
	%7553 = select i1 %7548, i32 %7541, i32 0
	%7554 = or i1 false, %7548
	%7555 = add i32 %7545, %7465
	%7556 = xor i1 %7554, true
	%7557 = icmp sge i32 %7555, %7377
	%7558 = and i1 %7556, %7557
	%7559 = mul i32 %3, 8
	%7560 = add i32 %7559, 1
	%7561 = sub i32 255, %7560
	%7562 = select i1 %7558, i32 %7561, i32 %7552
	%7563 = select i1 %7558, i32 %7545, i32 %7553
	%7564 = or i1 %7554, %7558
	%7565 = add i32 %7555, %7474
	%7566 = xor i1 %7564, true
	%7567 = icmp sge i32 %7565, %7377
	%7568 = and i1 %7566, %7567
	%7569 = mul i32 %3, 8
	%7570 = add i32 %7569, 2
	%7571 = sub i32 255, %7570
	%7572 = select i1 %7568, i32 %7571, i32 %7562
	%7573 = select i1 %7568, i32 %7555, i32 %7563
	%7574 = or i1 %7564, %7568
	%7575 = add i32 %7565, %7483
	%7576 = xor i1 %7574, true
	%7577 = icmp sge i32 %7575, %7377
	%7578 = and i1 %7576, %7577
	%7579 = mul i32 %3, 8
	%7580 = add i32 %7579, 3
	%7581 = sub i32 255, %7580
	%7582 = select i1 %7578, i32 %7581, i32 %7572
	%7583 = select i1 %7578, i32 %7565, i32 %7573
	%7584 = or i1 %7574, %7578
	%7585 = add i32 %7575, %7492
	%7586 = xor i1 %7584, true
	%7587 = icmp sge i32 %7585, %7377
	%7588 = and i1 %7586, %7587
	%7589 = mul i32 %3, 8
	%7590 = add i32 %7589, 4
	%7591 = sub i32 255, %7590
	%7592 = select i1 %7588, i32 %7591, i32 %7582
	%7593 = select i1 %7588, i32 %7575, i32 %7583
	%7594 = or i1 %7584, %7588
	%7595 = add i32 %7585, %7501
	%7596 = xor i1 %7594, true
	%7597 = icmp sge i32 %7595, %7377
	%7598 = and i1 %7596, %7597
	%7599 = mul i32 %3, 8
	%7600 = add i32 %7599, 5
	%7601 = sub i32 255, %7600
	%7602 = select i1 %7598, i32 %7601, i32 %7592
	%7603 = select i1 %7598, i32 %7585, i32 %7593
	%7604 = or i1 %7594, %7598
	%7605 = add i32 %7595, %7510
	%7606 = xor i1 %7604, true
	%7607 = icmp sge i32 %7605, %7377
	%7608 = and i1 %7606, %7607
	%7609 = mul i32 %3, 8
	%7610 = add i32 %7609, 6
	%7611 = sub i32 255, %7610
	%7612 = select i1 %7608, i32 %7611, i32 %7602
	%7613 = select i1 %7608, i32 %7595, i32 %7603
	%7614 = or i1 %7604, %7608
	%7615 = add i32 %7605, %7519
	%7616 = xor i1 %7614, true
	%7617 = icmp sge i32 %7615, %7377
	%7618 = and i1 %7616, %7617
	%7619 = mul i32 %3, 8
	%7620 = add i32 %7619, 7
	%7621 = sub i32 255, %7620
	%7622 = select i1 %7618, i32 %7621, i32 %7612
	%7623 = select i1 %7618, i32 %7605, i32 %7613
	%7624 = or i1 %7614, %7618
	%7625 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %7544)
	%7626 = call i32 @llvm.cttz.i32(i32 %7625, i1 false)
	%7627 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %7622, i32 %7626, i32 31)
	%7628 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %7623, i32 %7626, i32 31)
	%7629 = shl i32 %7627, 16
	%7630 = or i32 %7374, %7629
	%7631 = shl i32 255, 16
	%7632 = or i32 %7376, %7631
	%7633 = sub i32 %7377, %7628
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%7634 = mul i32 %3, 8
	%7635 = add i32 %7634, 0
	%7636 = add i32 %7124, %7635
	%7637 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7638 = bitcast i8 addrspace(3)* %7637 to i32 addrspace(3)*
	%7639 = getelementptr i32, i32 addrspace(3)* %7638, i32 %7636
	store i32 0, i32 addrspace(3)* %7639
	%7640 = mul i32 %3, 8
	%7641 = add i32 %7640, 1
	%7642 = add i32 %7124, %7641
	%7643 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7644 = bitcast i8 addrspace(3)* %7643 to i32 addrspace(3)*
	%7645 = getelementptr i32, i32 addrspace(3)* %7644, i32 %7642
	store i32 0, i32 addrspace(3)* %7645
	%7646 = mul i32 %3, 8
	%7647 = add i32 %7646, 2
	%7648 = add i32 %7124, %7647
	%7649 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7650 = bitcast i8 addrspace(3)* %7649 to i32 addrspace(3)*
	%7651 = getelementptr i32, i32 addrspace(3)* %7650, i32 %7648
	store i32 0, i32 addrspace(3)* %7651
	%7652 = mul i32 %3, 8
	%7653 = add i32 %7652, 3
	%7654 = add i32 %7124, %7653
	%7655 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7656 = bitcast i8 addrspace(3)* %7655 to i32 addrspace(3)*
	%7657 = getelementptr i32, i32 addrspace(3)* %7656, i32 %7654
	store i32 0, i32 addrspace(3)* %7657
	%7658 = mul i32 %3, 8
	%7659 = add i32 %7658, 4
	%7660 = add i32 %7124, %7659
	%7661 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7662 = bitcast i8 addrspace(3)* %7661 to i32 addrspace(3)*
	%7663 = getelementptr i32, i32 addrspace(3)* %7662, i32 %7660
	store i32 0, i32 addrspace(3)* %7663
	%7664 = mul i32 %3, 8
	%7665 = add i32 %7664, 5
	%7666 = add i32 %7124, %7665
	%7667 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7668 = bitcast i8 addrspace(3)* %7667 to i32 addrspace(3)*
	%7669 = getelementptr i32, i32 addrspace(3)* %7668, i32 %7666
	store i32 0, i32 addrspace(3)* %7669
	%7670 = mul i32 %3, 8
	%7671 = add i32 %7670, 6
	%7672 = add i32 %7124, %7671
	%7673 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7674 = bitcast i8 addrspace(3)* %7673 to i32 addrspace(3)*
	%7675 = getelementptr i32, i32 addrspace(3)* %7674, i32 %7672
	store i32 0, i32 addrspace(3)* %7675
	%7676 = mul i32 %3, 8
	%7677 = add i32 %7676, 7
	%7678 = add i32 %7124, %7677
	%7679 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7680 = bitcast i8 addrspace(3)* %7679 to i32 addrspace(3)*
	%7681 = getelementptr i32, i32 addrspace(3)* %7680, i32 %7678
	store i32 0, i32 addrspace(3)* %7681
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %7692

7682:
	%7683 = lshr i32 %7444, 16
	%7684 = and i32 %7683, 255
	%7685 = add i32 %7124, %7684
	%7686 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7687 = bitcast i8 addrspace(3)* %7686 to i32 addrspace(3)*
	%7688 = getelementptr i32, i32 addrspace(3)* %7687, i32 %7685
	%7689 = atomicrmw add i32 addrspace(3)* %7688, i32 1 monotonic
	br label %7690

7690:
	%7691 = add i32 %7437, 32
	br label %7436

7692:
	%7693 = phi i32 [ %3, %7448 ], [ %7947, %7946 ]
	%7694 = icmp slt i32 %7693, %548
	br i1 %7694, label %7695, label %7704

7695:
	%7696 = add i32 %7123, %7693
	%7697 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%7698 = bitcast i8 addrspace(3)* %7697 to i32 addrspace(3)*
	%7699 = getelementptr i32, i32 addrspace(3)* %7698, i32 %7696
	%7700 = load i32, i32 addrspace(3)* %7699
	%7701 = and i32 %7700, %7632
	%7702 = icmp eq i32 %7701, %7630
	%7703 = and i1 true, %7702
	br i1 %7703, label %7938, label %7946

7704:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%7705 = mul i32 %3, 8
	%7706 = add i32 %7705, 0
	%7707 = sub i32 255, %7706
	%7708 = add i32 %7124, %7707
	%7709 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7710 = bitcast i8 addrspace(3)* %7709 to i32 addrspace(3)*
	%7711 = getelementptr i32, i32 addrspace(3)* %7710, i32 %7708
	%7712 = load i32, i32 addrspace(3)* %7711
	%7713 = add i32 0, %7712
	%7714 = mul i32 %3, 8
	%7715 = add i32 %7714, 1
	%7716 = sub i32 255, %7715
	%7717 = add i32 %7124, %7716
	%7718 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7719 = bitcast i8 addrspace(3)* %7718 to i32 addrspace(3)*
	%7720 = getelementptr i32, i32 addrspace(3)* %7719, i32 %7717
	%7721 = load i32, i32 addrspace(3)* %7720
	%7722 = add i32 %7713, %7721
	%7723 = mul i32 %3, 8
	%7724 = add i32 %7723, 2
	%7725 = sub i32 255, %7724
	%7726 = add i32 %7124, %7725
	%7727 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7728 = bitcast i8 addrspace(3)* %7727 to i32 addrspace(3)*
	%7729 = getelementptr i32, i32 addrspace(3)* %7728, i32 %7726
	%7730 = load i32, i32 addrspace(3)* %7729
	%7731 = add i32 %7722, %7730
	%7732 = mul i32 %3, 8
	%7733 = add i32 %7732, 3
	%7734 = sub i32 255, %7733
	%7735 = add i32 %7124, %7734
	%7736 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7737 = bitcast i8 addrspace(3)* %7736 to i32 addrspace(3)*
	%7738 = getelementptr i32, i32 addrspace(3)* %7737, i32 %7735
	%7739 = load i32, i32 addrspace(3)* %7738
	%7740 = add i32 %7731, %7739
	%7741 = mul i32 %3, 8
	%7742 = add i32 %7741, 4
	%7743 = sub i32 255, %7742
	%7744 = add i32 %7124, %7743
	%7745 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7746 = bitcast i8 addrspace(3)* %7745 to i32 addrspace(3)*
	%7747 = getelementptr i32, i32 addrspace(3)* %7746, i32 %7744
	%7748 = load i32, i32 addrspace(3)* %7747
	%7749 = add i32 %7740, %7748
	%7750 = mul i32 %3, 8
	%7751 = add i32 %7750, 5
	%7752 = sub i32 255, %7751
	%7753 = add i32 %7124, %7752
	%7754 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7755 = bitcast i8 addrspace(3)* %7754 to i32 addrspace(3)*
	%7756 = getelementptr i32, i32 addrspace(3)* %7755, i32 %7753
	%7757 = load i32, i32 addrspace(3)* %7756
	%7758 = add i32 %7749, %7757
	%7759 = mul i32 %3, 8
	%7760 = add i32 %7759, 6
	%7761 = sub i32 255, %7760
	%7762 = add i32 %7124, %7761
	%7763 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7764 = bitcast i8 addrspace(3)* %7763 to i32 addrspace(3)*
	%7765 = getelementptr i32, i32 addrspace(3)* %7764, i32 %7762
	%7766 = load i32, i32 addrspace(3)* %7765
	%7767 = add i32 %7758, %7766
	%7768 = mul i32 %3, 8
	%7769 = add i32 %7768, 7
	%7770 = sub i32 255, %7769
	%7771 = add i32 %7124, %7770
	%7772 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7773 = bitcast i8 addrspace(3)* %7772 to i32 addrspace(3)*
	%7774 = getelementptr i32, i32 addrspace(3)* %7773, i32 %7771
	%7775 = load i32, i32 addrspace(3)* %7774
	%7776 = add i32 %7767, %7775
	%7777 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7776, i32 1, i32 0)
	%7778 = icmp uge i32 %3, 1
	%7779 = select i1 %7778, i32 %7777, i32 0
	%7780 = add i32 %7776, %7779
	%7781 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7780, i32 2, i32 0)
	%7782 = icmp uge i32 %3, 2
	%7783 = select i1 %7782, i32 %7781, i32 0
	%7784 = add i32 %7780, %7783
	%7785 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7784, i32 4, i32 0)
	%7786 = icmp uge i32 %3, 4
	%7787 = select i1 %7786, i32 %7785, i32 0
	%7788 = add i32 %7784, %7787
	%7789 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7788, i32 8, i32 0)
	%7790 = icmp uge i32 %3, 8
	%7791 = select i1 %7790, i32 %7789, i32 0
	%7792 = add i32 %7788, %7791
	%7793 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7792, i32 16, i32 0)
	%7794 = icmp uge i32 %3, 16
	%7795 = select i1 %7794, i32 %7793, i32 0
	%7796 = add i32 %7792, %7795
	%7797 = sub i32 %7796, %7776
	%7798 = icmp slt i32 %7797, %7633
	%7799 = icmp sge i32 %7796, %7633
	%7800 = and i1 %7798, %7799
	%7801 = add i32 %7797, %7712
	%7802 = xor i1 false, true
	%7803 = icmp sge i32 %7801, %7633
	%7804 = and i1 %7802, %7803
	%7805 = mul i32 %3, 8
	%7806 = add i32 %7805, 0
	%7807 = sub i32 255, %7806
	%7808 = select i1 %7804, i32 %7807, i32 0
	%7809 = select i1 %7804, i32 %7797, i32 0
	%7810 = or i1 false, %7804
	%7811 = add i32 %7801, %7721
	%7812 = xor i1 %7810, true
	%7813 = icmp sge i32 %7811, %7633
	%7814 = and i1 %7812, %7813
	%7815 = mul i32 %3, 8
	%7816 = add i32 %7815, 1
	%7817 = sub i32 255, %7816
	%7818 = select i1 %7814, i32 %7817, i32 %7808
	%7819 = select i1 %7814, i32 %7801, i32 %7809
	%7820 = or i1 %7810, %7814
	%7821 = add i32 %7811, %7730
	%7822 = xor i1 %7820, true
	%7823 = icmp sge i32 %7821, %7633
	%7824 = and i1 %7822, %7823
	%7825 = mul i32 %3, 8
	%7826 = add i32 %7825, 2
	%7827 = sub i32 255, %7826
	%7828 = select i1 %7824, i32 %7827, i32 %7818
	%7829 = select i1 %7824, i32 %7811, i32 %7819
	%7830 = or i1 %7820, %7824
	%7831 = add i32 %7821, %7739
	%7832 = xor i1 %7830, true
	%7833 = icmp sge i32 %7831, %7633
	%7834 = and i1 %7832, %7833
	%7835 = mul i32 %3, 8
	%7836 = add i32 %7835, 3
	%7837 = sub i32 255, %7836
	%7838 = select i1 %7834, i32 %7837, i32 %7828
	%7839 = select i1 %7834, i32 %7821, i32 %7829
	%7840 = or i1 %7830, %7834
	%7841 = add i32 %7831, %7748
	%7842 = xor i1 %7840, true
	%7843 = icmp sge i32 %7841, %7633
	%7844 = and i1 %7842, %7843
	%7845 = mul i32 %3, 8
	%7846 = add i32 %7845, 4
	%7847 = sub i32 255, %7846
	%7848 = select i1 %7844, i32 %7847, i32 %7838
	%7849 = select i1 %7844, i32 %7831, i32 %7839
	%7850 = or i1 %7840, %7844
	%7851 = add i32 %7841, %7757
	%7852 = xor i1 %7850, true
	%7853 = icmp sge i32 %7851, %7633
	%7854 = and i1 %7852, %7853
	%7855 = mul i32 %3, 8
	%7856 = add i32 %7855, 5
	%7857 = sub i32 255, %7856
	%7858 = select i1 %7854, i32 %7857, i32 %7848
	%7859 = select i1 %7854, i32 %7841, i32 %7849
	%7860 = or i1 %7850, %7854
	%7861 = add i32 %7851, %7766
	%7862 = xor i1 %7860, true
	%7863 = icmp sge i32 %7861, %7633
	%7864 = and i1 %7862, %7863
	%7865 = mul i32 %3, 8
	%7866 = add i32 %7865, 6
	%7867 = sub i32 255, %7866
	%7868 = select i1 %7864, i32 %7867, i32 %7858
	%7869 = select i1 %7864, i32 %7851, i32 %7859
	%7870 = or i1 %7860, %7864
	%7871 = add i32 %7861, %7775
	%7872 = xor i1 %7870, true
	%7873 = icmp sge i32 %7871, %7633
	%7874 = and i1 %7872, %7873
	%7875 = mul i32 %3, 8
	%7876 = add i32 %7875, 7
	%7877 = sub i32 255, %7876
	%7878 = select i1 %7874, i32 %7877, i32 %7868
	%7879 = select i1 %7874, i32 %7861, i32 %7869
	%7880 = or i1 %7870, %7874
	%7881 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %7800)
	%7882 = call i32 @llvm.cttz.i32(i32 %7881, i1 false)
	%7883 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %7878, i32 %7882, i32 31)
	%7884 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %7879, i32 %7882, i32 31)
	%7885 = shl i32 %7883, 8
	%7886 = or i32 %7630, %7885
	%7887 = shl i32 255, 8
	%7888 = or i32 %7632, %7887
	%7889 = sub i32 %7633, %7884
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%7890 = mul i32 %3, 8
	%7891 = add i32 %7890, 0
	%7892 = add i32 %7124, %7891
	%7893 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7894 = bitcast i8 addrspace(3)* %7893 to i32 addrspace(3)*
	%7895 = getelementptr i32, i32 addrspace(3)* %7894, i32 %7892
	store i32 0, i32 addrspace(3)* %7895
	%7896 = mul i32 %3, 8
	%7897 = add i32 %7896, 1
	%7898 = add i32 %7124, %7897
	%7899 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7900 = bitcast i8 addrspace(3)* %7899 to i32 addrspace(3)*
	%7901 = getelementptr i32, i32 addrspace(3)* %7900, i32 %7898
	store i32 0, i32 addrspace(3)* %7901
	%7902 = mul i32 %3, 8
	%7903 = add i32 %7902, 2
	%7904 = add i32 %7124, %7903
	%7905 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7906 = bitcast i8 addrspace(3)* %7905 to i32 addrspace(3)*
	%7907 = getelementptr i32, i32 addrspace(3)* %7906, i32 %7904
	store i32 0, i32 addrspace(3)* %7907
	%7908 = mul i32 %3, 8
	%7909 = add i32 %7908, 3
	%7910 = add i32 %7124, %7909
	%7911 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7912 = bitcast i8 addrspace(3)* %7911 to i32 addrspace(3)*
	%7913 = getelementptr i32, i32 addrspace(3)* %7912, i32 %7910
	store i32 0, i32 addrspace(3)* %7913
	%7914 = mul i32 %3, 8
	%7915 = add i32 %7914, 4
	%7916 = add i32 %7124, %7915
	%7917 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7918 = bitcast i8 addrspace(3)* %7917 to i32 addrspace(3)*
	%7919 = getelementptr i32, i32 addrspace(3)* %7918, i32 %7916
	store i32 0, i32 addrspace(3)* %7919
	%7920 = mul i32 %3, 8
	%7921 = add i32 %7920, 5
	%7922 = add i32 %7124, %7921
	%7923 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7924 = bitcast i8 addrspace(3)* %7923 to i32 addrspace(3)*
	%7925 = getelementptr i32, i32 addrspace(3)* %7924, i32 %7922
	store i32 0, i32 addrspace(3)* %7925
	%7926 = mul i32 %3, 8
	%7927 = add i32 %7926, 6
	%7928 = add i32 %7124, %7927
	%7929 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7930 = bitcast i8 addrspace(3)* %7929 to i32 addrspace(3)*
	%7931 = getelementptr i32, i32 addrspace(3)* %7930, i32 %7928
	store i32 0, i32 addrspace(3)* %7931
	%7932 = mul i32 %3, 8
	%7933 = add i32 %7932, 7
	%7934 = add i32 %7124, %7933
	%7935 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7936 = bitcast i8 addrspace(3)* %7935 to i32 addrspace(3)*
	%7937 = getelementptr i32, i32 addrspace(3)* %7936, i32 %7934
	store i32 0, i32 addrspace(3)* %7937
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %7948

7938:
	%7939 = lshr i32 %7700, 8
	%7940 = and i32 %7939, 255
	%7941 = add i32 %7124, %7940
	%7942 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7943 = bitcast i8 addrspace(3)* %7942 to i32 addrspace(3)*
	%7944 = getelementptr i32, i32 addrspace(3)* %7943, i32 %7941
	%7945 = atomicrmw add i32 addrspace(3)* %7944, i32 1 monotonic
	br label %7946

7946:
	%7947 = add i32 %7693, 32
	br label %7692

7948:
	%7949 = phi i32 [ %3, %7704 ], [ %8157, %8156 ]
	%7950 = icmp slt i32 %7949, %548
	br i1 %7950, label %7951, label %7960

7951:
	%7952 = add i32 %7123, %7949
	%7953 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%7954 = bitcast i8 addrspace(3)* %7953 to i32 addrspace(3)*
	%7955 = getelementptr i32, i32 addrspace(3)* %7954, i32 %7952
	%7956 = load i32, i32 addrspace(3)* %7955
	%7957 = and i32 %7956, %7888
	%7958 = icmp eq i32 %7957, %7886
	%7959 = and i1 true, %7958
	br i1 %7959, label %8148, label %8156

7960:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%7961 = mul i32 %3, 8
	%7962 = add i32 %7961, 0
	%7963 = sub i32 255, %7962
	%7964 = add i32 %7124, %7963
	%7965 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7966 = bitcast i8 addrspace(3)* %7965 to i32 addrspace(3)*
	%7967 = getelementptr i32, i32 addrspace(3)* %7966, i32 %7964
	%7968 = load i32, i32 addrspace(3)* %7967
	%7969 = add i32 0, %7968
	%7970 = mul i32 %3, 8
	%7971 = add i32 %7970, 1
	%7972 = sub i32 255, %7971
	%7973 = add i32 %7124, %7972
	%7974 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7975 = bitcast i8 addrspace(3)* %7974 to i32 addrspace(3)*
	%7976 = getelementptr i32, i32 addrspace(3)* %7975, i32 %7973
	%7977 = load i32, i32 addrspace(3)* %7976
	%7978 = add i32 %7969, %7977
	%7979 = mul i32 %3, 8
	%7980 = add i32 %7979, 2
	%7981 = sub i32 255, %7980
	%7982 = add i32 %7124, %7981
	%7983 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7984 = bitcast i8 addrspace(3)* %7983 to i32 addrspace(3)*
	%7985 = getelementptr i32, i32 addrspace(3)* %7984, i32 %7982
	%7986 = load i32, i32 addrspace(3)* %7985
	%7987 = add i32 %7978, %7986
	%7988 = mul i32 %3, 8
	%7989 = add i32 %7988, 3
	%7990 = sub i32 255, %7989
	%7991 = add i32 %7124, %7990
	%7992 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7993 = bitcast i8 addrspace(3)* %7992 to i32 addrspace(3)*
	%7994 = getelementptr i32, i32 addrspace(3)* %7993, i32 %7991
	%7995 = load i32, i32 addrspace(3)* %7994
	%7996 = add i32 %7987, %7995
	%7997 = mul i32 %3, 8
	%7998 = add i32 %7997, 4
	%7999 = sub i32 255, %7998
	%8000 = add i32 %7124, %7999
	%8001 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8002 = bitcast i8 addrspace(3)* %8001 to i32 addrspace(3)*
	%8003 = getelementptr i32, i32 addrspace(3)* %8002, i32 %8000
	%8004 = load i32, i32 addrspace(3)* %8003
	%8005 = add i32 %7996, %8004
	%8006 = mul i32 %3, 8
	%8007 = add i32 %8006, 5
	%8008 = sub i32 255, %8007
	%8009 = add i32 %7124, %8008
	%8010 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8011 = bitcast i8 addrspace(3)* %8010 to i32 addrspace(3)*
	%8012 = getelementptr i32, i32 addrspace(3)* %8011, i32 %8009
	%8013 = load i32, i32 addrspace(3)* %8012
	%8014 = add i32 %8005, %8013
	%8015 = mul i32 %3, 8
	%8016 = add i32 %8015, 6
	%8017 = sub i32 255, %8016
	%8018 = add i32 %7124, %8017
	%8019 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8020 = bitcast i8 addrspace(3)* %8019 to i32 addrspace(3)*
	%8021 = getelementptr i32, i32 addrspace(3)* %8020, i32 %8018
	%8022 = load i32, i32 addrspace(3)* %8021
	%8023 = add i32 %8014, %8022
	%8024 = mul i32 %3, 8
	%8025 = add i32 %8024, 7
	%8026 = sub i32 255, %8025
	%8027 = add i32 %7124, %8026
	%8028 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8029 = bitcast i8 addrspace(3)* %8028 to i32 addrspace(3)*
	%8030 = getelementptr i32, i32 addrspace(3)* %8029, i32 %8027
	%8031 = load i32, i32 addrspace(3)* %8030
	%8032 = add i32 %8023, %8031
	%8033 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8032, i32 1, i32 0)
	%8034 = icmp uge i32 %3, 1
	%8035 = select i1 %8034, i32 %8033, i32 0
	%8036 = add i32 %8032, %8035
	%8037 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8036, i32 2, i32 0)
	%8038 = icmp uge i32 %3, 2
	%8039 = select i1 %8038, i32 %8037, i32 0
	%8040 = add i32 %8036, %8039
	%8041 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8040, i32 4, i32 0)
	%8042 = icmp uge i32 %3, 4
	%8043 = select i1 %8042, i32 %8041, i32 0
	%8044 = add i32 %8040, %8043
	%8045 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8044, i32 8, i32 0)
	%8046 = icmp uge i32 %3, 8
	%8047 = select i1 %8046, i32 %8045, i32 0
	%8048 = add i32 %8044, %8047
	%8049 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8048, i32 16, i32 0)
	%8050 = icmp uge i32 %3, 16
	%8051 = select i1 %8050, i32 %8049, i32 0
	%8052 = add i32 %8048, %8051
	%8053 = sub i32 %8052, %8032
	%8054 = icmp slt i32 %8053, %7889
	%8055 = icmp sge i32 %8052, %7889
	%8056 = and i1 %8054, %8055
	%8057 = add i32 %8053, %7968
	%8058 = xor i1 false, true
	%8059 = icmp sge i32 %8057, %7889
	%8060 = and i1 %8058, %8059
	%8061 = mul i32 %3, 8
	%8062 = add i32 %8061, 0
	%8063 = sub i32 255, %8062
	%8064 = select i1 %8060, i32 %8063, i32 0
	%8065 = select i1 %8060, i32 %8053, i32 0
	%8066 = or i1 false, %8060
	%8067 = add i32 %8057, %7977
	%8068 = xor i1 %8066, true
	%8069 = icmp sge i32 %8067, %7889
	%8070 = and i1 %8068, %8069
	%8071 = mul i32 %3, 8
	%8072 = add i32 %8071, 1
	%8073 = sub i32 255, %8072
	%8074 = select i1 %8070, i32 %8073, i32 %8064
	%8075 = select i1 %8070, i32 %8057, i32 %8065
	%8076 = or i1 %8066, %8070
	%8077 = add i32 %8067, %7986
	%8078 = xor i1 %8076, true
	%8079 = icmp sge i32 %8077, %7889
	%8080 = and i1 %8078, %8079
	%8081 = mul i32 %3, 8
	%8082 = add i32 %8081, 2
	%8083 = sub i32 255, %8082
	%8084 = select i1 %8080, i32 %8083, i32 %8074
	%8085 = select i1 %8080, i32 %8067, i32 %8075
	%8086 = or i1 %8076, %8080
	%8087 = add i32 %8077, %7995
	%8088 = xor i1 %8086, true
	%8089 = icmp sge i32 %8087, %7889
	%8090 = and i1 %8088, %8089
	%8091 = mul i32 %3, 8
	%8092 = add i32 %8091, 3
	%8093 = sub i32 255, %8092
	%8094 = select i1 %8090, i32 %8093, i32 %8084
	%8095 = select i1 %8090, i32 %8077, i32 %8085
	%8096 = or i1 %8086, %8090
	%8097 = add i32 %8087, %8004
	%8098 = xor i1 %8096, true
	%8099 = icmp sge i32 %8097, %7889
	%8100 = and i1 %8098, %8099
	%8101 = mul i32 %3, 8
	%8102 = add i32 %8101, 4
	%8103 = sub i32 255, %8102
	%8104 = select i1 %8100, i32 %8103, i32 %8094
	%8105 = select i1 %8100, i32 %8087, i32 %8095
	%8106 = or i1 %8096, %8100
	%8107 = add i32 %8097, %8013
	%8108 = xor i1 %8106, true
	%8109 = icmp sge i32 %8107, %7889
	%8110 = and i1 %8108, %8109
	%8111 = mul i32 %3, 8
	%8112 = add i32 %8111, 5
	%8113 = sub i32 255, %8112
	%8114 = select i1 %8110, i32 %8113, i32 %8104
	%8115 = select i1 %8110, i32 %8097, i32 %8105
	%8116 = or i1 %8106, %8110
	%8117 = add i32 %8107, %8022
	%8118 = xor i1 %8116, true
	%8119 = icmp sge i32 %8117, %7889
	%8120 = and i1 %8118, %8119
	%8121 = mul i32 %3, 8
	%8122 = add i32 %8121, 6
	%8123 = sub i32 255, %8122
	%8124 = select i1 %8120, i32 %8123, i32 %8114
	%8125 = select i1 %8120, i32 %8107, i32 %8115
	%8126 = or i1 %8116, %8120
	%8127 = add i32 %8117, %8031
	%8128 = xor i1 %8126, true
	%8129 = icmp sge i32 %8127, %7889
	%8130 = and i1 %8128, %8129
	%8131 = mul i32 %3, 8
	%8132 = add i32 %8131, 7
	%8133 = sub i32 255, %8132
	%8134 = select i1 %8130, i32 %8133, i32 %8124
	%8135 = select i1 %8130, i32 %8117, i32 %8125
	%8136 = or i1 %8126, %8130
	%8137 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %8056)
	%8138 = call i32 @llvm.cttz.i32(i32 %8137, i1 false)
	%8139 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %8134, i32 %8138, i32 31)
	%8140 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %8135, i32 %8138, i32 31)
	%8141 = shl i32 %8139, 0
	%8142 = or i32 %7886, %8141
	%8143 = shl i32 255, 0
	%8144 = or i32 %7888, %8143
	%8145 = sub i32 %7889, %8140
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%8146 = shl i32 1, %3
	%8147 = sub i32 %8146, 1
	br label %8158

8148:
	%8149 = lshr i32 %7956, 0
	%8150 = and i32 %8149, 255
	%8151 = add i32 %7124, %8150
	%8152 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8153 = bitcast i8 addrspace(3)* %8152 to i32 addrspace(3)*
	%8154 = getelementptr i32, i32 addrspace(3)* %8153, i32 %8151
	%8155 = atomicrmw add i32 addrspace(3)* %8154, i32 1 monotonic
	br label %8156

8156:
	%8157 = add i32 %7949, 32
	br label %7948

8158:
	%8159 = phi i32 [ 0, %7960 ], [ %8208, %8203 ]
	%8160 = phi i32 [ 0, %7960 ], [ %8205, %8203 ]
	%8161 = phi i32 [ 0, %7960 ], [ %8207, %8203 ]
	%8162 = icmp slt i32 %8159, %548
	br i1 %8162, label %8163, label %8166

8163:
	%8164 = add i32 %8159, %3
	%8165 = icmp slt i32 %8164, %548
	br i1 %8165, label %8167, label %8177

8166:
	br label %7173

8167:
	%8168 = add i32 %7123, %8164
	%8169 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%8170 = bitcast i8 addrspace(3)* %8169 to i32 addrspace(3)*
	%8171 = getelementptr i32, i32 addrspace(3)* %8170, i32 %8168
	%8172 = load i32, i32 addrspace(3)* %8171
	%8173 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%8174 = bitcast i8 addrspace(3)* %8173 to i32 addrspace(3)*
	%8175 = getelementptr i32, i32 addrspace(3)* %8174, i32 %8168
	%8176 = load i32, i32 addrspace(3)* %8175
	br label %8177

8177:
	%8178 = phi i32 [ 0, %8163 ], [ %8172, %8167 ]
	%8179 = phi i32 [ 0, %8163 ], [ %8176, %8167 ]
	%8180 = icmp eq i32 %8178, %8142
	%8181 = and i1 %8165, %8180
	%8182 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %8181)
	%8183 = and i32 %8182, %8147
	%8184 = call i32 @llvm.ctpop.i32(i32 %8183)
	%8185 = add i32 %8161, %8184
	%8186 = icmp ugt i32 %8178, %8142
	%8187 = icmp slt i32 %8185, %8145
	%8188 = and i1 %8181, %8187
	%8189 = or i1 %8186, %8188
	%8190 = and i1 %8165, %8189
	%8191 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %8190)
	%8192 = and i32 %8191, %8147
	%8193 = call i32 @llvm.ctpop.i32(i32 %8192)
	%8194 = add i32 %8160, %8193
	%8195 = add i32 %7123, %8194
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %8190, label %8196, label %8203

8196:
	%8197 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%8198 = bitcast i8 addrspace(3)* %8197 to i32 addrspace(3)*
	%8199 = getelementptr i32, i32 addrspace(3)* %8198, i32 %8195
	store i32 %8178, i32 addrspace(3)* %8199
	%8200 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%8201 = bitcast i8 addrspace(3)* %8200 to i32 addrspace(3)*
	%8202 = getelementptr i32, i32 addrspace(3)* %8201, i32 %8195
	store i32 %8179, i32 addrspace(3)* %8202
	br label %8203

8203:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%8204 = call i32 @llvm.ctpop.i32(i32 %8191)
	%8205 = add i32 %8160, %8204
	%8206 = call i32 @llvm.ctpop.i32(i32 %8182)
	%8207 = add i32 %8161, %8206
	%8208 = add i32 %8159, 32
	br label %8158

8209:
	%8210 = phi i32 [ 0, %7173 ], [ %8240, %8234 ]
	%8211 = phi i32 [ 0, %7173 ], [ %8239, %8234 ]
	%8212 = icmp slt i32 %8210, %7174
	br i1 %8212, label %8213, label %8216

8213:
	%8214 = add i32 %8210, %3
	%8215 = icmp slt i32 %8214, %7174
	br i1 %8215, label %8217, label %8224

8216:
	br label %8241

8217:
	%8218 = mul i32 %378, 160
	%8219 = add i32 %8218, %8214
	%8220 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%8221 = bitcast i8 addrspace(3)* %8220 to i32 addrspace(3)*
	%8222 = getelementptr i32, i32 addrspace(3)* %8221, i32 %8219
	%8223 = load i32, i32 addrspace(3)* %8222
	br label %8224

8224:
	%8225 = phi i32 [ 0, %8213 ], [ %8223, %8217 ]
	br i1 %8215, label %8226, label %8234

8226:
	%8227 = add i32 0, %8214
	%8228 = icmp sgt i32 %8225, %405
	%8229 = select i1 %8228, i32 %7175, i32 0
	%8230 = add i32 %8227, %8229
	%8231 = add i32 %7179, %8230
	%8232 = sext i32 %8231 to i64
	%8233 = getelementptr i32, i32* %out, i64 %8232
	store i32 %8225, i32* %8233
	br label %8234

8234:
	%8235 = icmp slt i32 %8225, %402
	%8236 = and i1 %8215, %8235
	%8237 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %8236)
	%8238 = call i32 @llvm.ctpop.i32(i32 %8237)
	%8239 = add i32 %8211, %8238
	%8240 = add i32 %8210, 32
	br label %8209

8241:
	%8242 = phi i32 [ %3, %8216 ], [ %8251, %8244 ]
	%8243 = icmp slt i32 %8242, %7175
	br i1 %8243, label %8244, label %8252

8244:
	%8245 = add i32 0, %8211
	%8246 = add i32 %8245, %8242
	%8247 = add i32 %402, %8242
	%8248 = add i32 %7179, %8246
	%8249 = sext i32 %8248 to i64
	%8250 = getelementptr i32, i32* %out, i64 %8249
	store i32 %8247, i32* %8250
	%8251 = add i32 %8242, 32
	br label %8241

8252:
	%8253 = icmp eq i32 %3, 0
	%8254 = icmp eq i32 0, 1
	%8255 = and i1 %8253, %8254
	br i1 %8255, label %8256, label %8260

8256:
	%8257 = add i32 %7179, 0
	%8258 = sext i32 %8257 to i64
	%8259 = getelementptr i32, i32* %out, i64 %8258
	store i32 0, i32* %8259
	br label %8260

8260:
	%8261 = add i32 %410, %7174
	%8262 = add i32 %8261, %3
	br label %8263

8263:
	%8264 = phi i32 [ %8262, %8260 ], [ %8270, %8266 ]
	%8265 = icmp slt i32 %8264, 8
	br i1 %8265, label %8266, label %8271

8266:
	%8267 = add i32 %7179, %8264
	%8268 = sext i32 %8267 to i64
	%8269 = getelementptr i32, i32* %out, i64 %8268
	store i32 -1, i32* %8269
	%8270 = add i32 %8264, 32
	br label %8263

8271:
	br label %7119

8272:
	%8273 = icmp sgt i32 %550, %457
	br i1 %8273, label %8277, label %8328

8274:
	%8275 = add i32 %5, %462
	%8276 = icmp slt i32 %8275, %M
	br i1 %8276, label %9427, label %9429

8277:
	%8278 = mul i32 %420, 160
	%8279 = mul i32 %4, 256
	%8280 = mul i32 %3, 8
	%8281 = add i32 %8280, 0
	%8282 = add i32 %8279, %8281
	%8283 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8284 = bitcast i8 addrspace(3)* %8283 to i32 addrspace(3)*
	%8285 = getelementptr i32, i32 addrspace(3)* %8284, i32 %8282
	store i32 0, i32 addrspace(3)* %8285
	%8286 = mul i32 %3, 8
	%8287 = add i32 %8286, 1
	%8288 = add i32 %8279, %8287
	%8289 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8290 = bitcast i8 addrspace(3)* %8289 to i32 addrspace(3)*
	%8291 = getelementptr i32, i32 addrspace(3)* %8290, i32 %8288
	store i32 0, i32 addrspace(3)* %8291
	%8292 = mul i32 %3, 8
	%8293 = add i32 %8292, 2
	%8294 = add i32 %8279, %8293
	%8295 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8296 = bitcast i8 addrspace(3)* %8295 to i32 addrspace(3)*
	%8297 = getelementptr i32, i32 addrspace(3)* %8296, i32 %8294
	store i32 0, i32 addrspace(3)* %8297
	%8298 = mul i32 %3, 8
	%8299 = add i32 %8298, 3
	%8300 = add i32 %8279, %8299
	%8301 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8302 = bitcast i8 addrspace(3)* %8301 to i32 addrspace(3)*
	%8303 = getelementptr i32, i32 addrspace(3)* %8302, i32 %8300
	store i32 0, i32 addrspace(3)* %8303
	%8304 = mul i32 %3, 8
	%8305 = add i32 %8304, 4
	%8306 = add i32 %8279, %8305
	%8307 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8308 = bitcast i8 addrspace(3)* %8307 to i32 addrspace(3)*
	%8309 = getelementptr i32, i32 addrspace(3)* %8308, i32 %8306
	store i32 0, i32 addrspace(3)* %8309
	%8310 = mul i32 %3, 8
	%8311 = add i32 %8310, 5
	%8312 = add i32 %8279, %8311
	%8313 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8314 = bitcast i8 addrspace(3)* %8313 to i32 addrspace(3)*
	%8315 = getelementptr i32, i32 addrspace(3)* %8314, i32 %8312
	store i32 0, i32 addrspace(3)* %8315
	%8316 = mul i32 %3, 8
	%8317 = add i32 %8316, 6
	%8318 = add i32 %8279, %8317
	%8319 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8320 = bitcast i8 addrspace(3)* %8319 to i32 addrspace(3)*
	%8321 = getelementptr i32, i32 addrspace(3)* %8320, i32 %8318
	store i32 0, i32 addrspace(3)* %8321
	%8322 = mul i32 %3, 8
	%8323 = add i32 %8322, 7
	%8324 = add i32 %8279, %8323
	%8325 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8326 = bitcast i8 addrspace(3)* %8325 to i32 addrspace(3)*
	%8327 = getelementptr i32, i32 addrspace(3)* %8326, i32 %8324
	store i32 0, i32 addrspace(3)* %8327
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %8335

8328:
	%8329 = phi i32 [ %550, %8272 ], [ %457, %9321 ]
	%8330 = sub i32 %452, 0
	%8331 = mul i32 %2, %M
	%8332 = add i32 %5, %420
	%8333 = add i32 %8331, %8332
	%8334 = mul i32 %8333, 8
	br label %9364

8335:
	%8336 = phi i32 [ %3, %8277 ], [ %8590, %8589 ]
	%8337 = icmp slt i32 %8336, %550
	br i1 %8337, label %8338, label %8347

8338:
	%8339 = add i32 %8278, %8336
	%8340 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%8341 = bitcast i8 addrspace(3)* %8340 to i32 addrspace(3)*
	%8342 = getelementptr i32, i32 addrspace(3)* %8341, i32 %8339
	%8343 = load i32, i32 addrspace(3)* %8342
	%8344 = and i32 %8343, 0
	%8345 = icmp eq i32 %8344, 0
	%8346 = and i1 true, %8345
	br i1 %8346, label %8581, label %8589

8347:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%8348 = mul i32 %3, 8
	%8349 = add i32 %8348, 0
	%8350 = sub i32 255, %8349
	%8351 = add i32 %8279, %8350
	%8352 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8353 = bitcast i8 addrspace(3)* %8352 to i32 addrspace(3)*
	%8354 = getelementptr i32, i32 addrspace(3)* %8353, i32 %8351
	%8355 = load i32, i32 addrspace(3)* %8354
	%8356 = add i32 0, %8355
	%8357 = mul i32 %3, 8
	%8358 = add i32 %8357, 1
	%8359 = sub i32 255, %8358
	%8360 = add i32 %8279, %8359
	%8361 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8362 = bitcast i8 addrspace(3)* %8361 to i32 addrspace(3)*
	%8363 = getelementptr i32, i32 addrspace(3)* %8362, i32 %8360
	%8364 = load i32, i32 addrspace(3)* %8363
	%8365 = add i32 %8356, %8364
	%8366 = mul i32 %3, 8
	%8367 = add i32 %8366, 2
	%8368 = sub i32 255, %8367
	%8369 = add i32 %8279, %8368
	%8370 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8371 = bitcast i8 addrspace(3)* %8370 to i32 addrspace(3)*
	%8372 = getelementptr i32, i32 addrspace(3)* %8371, i32 %8369
	%8373 = load i32, i32 addrspace(3)* %8372
	%8374 = add i32 %8365, %8373
	%8375 = mul i32 %3, 8
	%8376 = add i32 %8375, 3
	%8377 = sub i32 255, %8376
	%8378 = add i32 %8279, %8377
	%8379 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8380 = bitcast i8 addrspace(3)* %8379 to i32 addrspace(3)*
	%8381 = getelementptr i32, i32 addrspace(3)* %8380, i32 %8378
	%8382 = load i32, i32 addrspace(3)* %8381
	%8383 = add i32 %8374, %8382
	%8384 = mul i32 %3, 8
	%8385 = add i32 %8384, 4
	%8386 = sub i32 255, %8385
	%8387 = add i32 %8279, %8386
	%8388 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8389 = bitcast i8 addrspace(3)* %8388 to i32 addrspace(3)*
	%8390 = getelementptr i32, i32 addrspace(3)* %8389, i32 %8387
	%8391 = load i32, i32 addrspace(3)* %8390
	%8392 = add i32 %8383, %8391
	%8393 = mul i32 %3, 8
	%8394 = add i32 %8393, 5
	%8395 = sub i32 255, %8394
	%8396 = add i32 %8279, %8395
	%8397 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8398 = bitcast i8 addrspace(3)* %8397 to i32 addrspace(3)*
	%8399 = getelementptr i32, i32 addrspace(3)* %8398, i32 %8396
	%8400 = load i32, i32 addrspace(3)* %8399
	%8401 = add i32 %8392, %8400
	%8402 = mul i32 %3, 8
	%8403 = add i32 %8402, 6
	%8404 = sub i32 255, %8403
	%8405 = add i32 %8279, %8404
	%8406 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8407 = bitcast i8 addrspace(3)* %8406 to i32 addrspace(3)*
	%8408 = getelementptr i32, i32 addrspace(3)* %8407, i32 %8405
	%8409 = load i32, i32 addrspace(3)* %8408
	%8410 = add i32 %8401, %8409
	%8411 = mul i32 %3, 8
	%8412 = add i32 %8411, 7
	%8413 = sub i32 255, %8412
	%8414 = add i32 %8279, %8413
	%8415 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8416 = bitcast i8 addrspace(3)* %8415 to i32 addrspace(3)*
	%8417 = getelementptr i32, i32 addrspace(3)* %8416, i32 %8414
	%8418 = load i32, i32 addrspace(3)* %8417
	%8419 = add i32 %8410, %8418
	%8420 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8419, i32 1, i32 0)
	%8421 = icmp uge i32 %3, 1
	%8422 = select i1 %8421, i32 %8420, i32 0
	%8423 = add i32 %8419, %8422
	%8424 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8423, i32 2, i32 0)
	%8425 = icmp uge i32 %3, 2
	%8426 = select i1 %8425, i32 %8424, i32 0
	%8427 = add i32 %8423, %8426
	%8428 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8427, i32 4, i32 0)
	%8429 = icmp uge i32 %3, 4
	%8430 = select i1 %8429, i32 %8428, i32 0
	%8431 = add i32 %8427, %8430
	%8432 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8431, i32 8, i32 0)
	%8433 = icmp uge i32 %3, 8
	%8434 = select i1 %8433, i32 %8432, i32 0
	%8435 = add i32 %8431, %8434
	%8436 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8435, i32 16, i32 0)
	%8437 = icmp uge i32 %3, 16
	%8438 = select i1 %8437, i32 %8436, i32 0
	%8439 = add i32 %8435, %8438
	%8440 = sub i32 %8439, %8419
	%8441 = icmp slt i32 %8440, %457
	%8442 = icmp sge i32 %8439, %457
	%8443 = and i1 %8441, %8442
	%8444 = add i32 %8440, %8355
	%8445 = xor i1 false, true
	%8446 = icmp sge i32 %8444, %457
	%8447 = and i1 %8445, %8446
	%8448 = mul i32 %3, 8
	%8449 = add i32 %8448, 0
	%8450 = sub i32 255, %8449
	%8451 = select i1 %8447, i32 %8450, i32 0
	%8452 = select i1 %8447, i32 %8440, i32 0
	%8453 = or i1 false, %8447
	%8454 = add i32 %8444, %8364
	%8455 = xor i1 %8453, true
	%8456 = icmp sge i32 %8454, %457
	%8457 = and i1 %8455, %8456
	%8458 = mul i32 %3, 8
	%8459 = add i32 %8458, 1
	%8460 = sub i32 255, %8459
	%8461 = select i1 %8457, i32 %8460, i32 %8451
	%8462 = select i1 %8457, i32 %8444, i32 %8452
	%8463 = or i1 %8453, %8457
	%8464 = add i32 %8454, %8373
	%8465 = xor i1 %8463, true
	%8466 = icmp sge i32 %8464, %457
	%8467 = and i1 %8465, %8466
	%8468 = mul i32 %3, 8
	%8469 = add i32 %8468, 2
	%8470 = sub i32 255, %8469
	%8471 = select i1 %8467, i32 %8470, i32 %8461
	%8472 = select i1 %8467, i32 %8454, i32 %8462
	%8473 = or i1 %8463, %8467
	%8474 = add i32 %8464, %8382
	%8475 = xor i1 %8473, true
	%8476 = icmp sge i32 %8474, %457
	%8477 = and i1 %8475, %8476
	%8478 = mul i32 %3, 8
	%8479 = add i32 %8478, 3
	%8480 = sub i32 255, %8479
	%8481 = select i1 %8477, i32 %8480, i32 %8471
	%8482 = select i1 %8477, i32 %8464, i32 %8472
	%8483 = or i1 %8473, %8477
	%8484 = add i32 %8474, %8391
	%8485 = xor i1 %8483, true
	%8486 = icmp sge i32 %8484, %457
	%8487 = and i1 %8485, %8486
	%8488 = mul i32 %3, 8
	%8489 = add i32 %8488, 4
	%8490 = sub i32 255, %8489
	%8491 = select i1 %8487, i32 %8490, i32 %8481
	%8492 = select i1 %8487, i32 %8474, i32 %8482
	%8493 = or i1 %8483, %8487
	%8494 = add i32 %8484, %8400
	%8495 = xor i1 %8493, true
	%8496 = icmp sge i32 %8494, %457
	%8497 = and i1 %8495, %8496
	%8498 = mul i32 %3, 8
	%8499 = add i32 %8498, 5
	%8500 = sub i32 255, %8499
	%8501 = select i1 %8497, i32 %8500, i32 %8491
	%8502 = select i1 %8497, i32 %8484, i32 %8492
	%8503 = or i1 %8493, %8497
	%8504 = add i32 %8494, %8409
	%8505 = xor i1 %8503, true
	%8506 = icmp sge i32 %8504, %457
	%8507 = and i1 %8505, %8506
	%8508 = mul i32 %3, 8
	%8509 = add i32 %8508, 6
	%8510 = sub i32 255, %8509
	%8511 = select i1 %8507, i32 %8510, i32 %8501
	%8512 = select i1 %8507, i32 %8494, i32 %8502
	%8513 = or i1 %8503, %8507
	%8514 = add i32 %8504, %8418
	%8515 = xor i1 %8513, true
	%8516 = icmp sge i32 %8514, %457
	%8517 = and i1 %8515, %8516
	%8518 = mul i32 %3, 8
	%8519 = add i32 %8518, 7
	%8520 = sub i32 255, %8519
	%8521 = select i1 %8517, i32 %8520, i32 %8511
	%8522 = select i1 %8517, i32 %8504, i32 %8512
	%8523 = or i1 %8513, %8517
	%8524 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %8443)
	%8525 = call i32 @llvm.cttz.i32(i32 %8524, i1 false)
	%8526 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %8521, i32 %8525, i32 31)
	%8527 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %8522, i32 %8525, i32 31)
	%8528 = shl i32 %8526, 24
	%8529 = or i32 0, %8528
	%8530 = shl i32 255, 24
	%8531 = or i32 0, %8530
	%8532 = sub i32 %457, %8527
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%8533 = mul i32 %3, 8
	%8534 = add i32 %8533, 0
	%8535 = add i32 %8279, %8534
	%8536 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8537 = bitcast i8 addrspace(3)* %8536 to i32 addrspace(3)*
	%8538 = getelementptr i32, i32 addrspace(3)* %8537, i32 %8535
	store i32 0, i32 addrspace(3)* %8538
	%8539 = mul i32 %3, 8
	%8540 = add i32 %8539, 1
	%8541 = add i32 %8279, %8540
	%8542 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8543 = bitcast i8 addrspace(3)* %8542 to i32 addrspace(3)*
	%8544 = getelementptr i32, i32 addrspace(3)* %8543, i32 %8541
	store i32 0, i32 addrspace(3)* %8544
	%8545 = mul i32 %3, 8
	%8546 = add i32 %8545, 2
	%8547 = add i32 %8279, %8546
	%8548 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8549 = bitcast i8 addrspace(3)* %8548 to i32 addrspace(3)*
	%8550 = getelementptr i32, i32 addrspace(3)* %8549, i32 %8547
	store i32 0, i32 addrspace(3)* %8550
	%8551 = mul i32 %3, 8
	%8552 = add i32 %8551, 3
	%8553 = add i32 %8279, %8552
	%8554 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8555 = bitcast i8 addrspace(3)* %8554 to i32 addrspace(3)*
	%8556 = getelementptr i32, i32 addrspace(3)* %8555, i32 %8553
	store i32 0, i32 addrspace(3)* %8556
	%8557 = mul i32 %3, 8
	%8558 = add i32 %8557, 4
	%8559 = add i32 %8279, %8558
	%8560 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8561 = bitcast i8 addrspace(3)* %8560 to i32 addrspace(3)*
	%8562 = getelementptr i32, i32 addrspace(3)* %8561, i32 %8559
	store i32 0, i32 addrspace(3)* %8562
	%8563 = mul i32 %3, 8
	%8564 = add i32 %8563, 5
	%8565 = add i32 %8279, %8564
	%8566 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8567 = bitcast i8 addrspace(3)* %8566 to i32 addrspace(3)*
	%8568 = getelementptr i32, i32 addrspace(3)* %8567, i32 %8565
	store i32 0, i32 addrspace(3)* %8568
	%8569 = mul i32 %3, 8
	%8570 = add i32 %8569, 6
	%8571 = add i32 %8279, %8570
	%8572 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8573 = bitcast i8 addrspace(3)* %8572 to i32 addrspace(3)*
	%8574 = getelementptr i32, i32 addrspace(3)* %8573, i32 %8571
	store i32 0, i32 addrspace(3)* %8574
	%8575 = mul i32 %3, 8
	%8576 = add i32 %8575, 7
	%8577 = add i32 %8279, %8576
	%8578 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8579 = bitcast i8 addrspace(3)* %8578 to i32 addrspace(3)*
	%8580 = getelementptr i32, i32 addrspace(3)* %8579, i32 %8577
	store i32 0, i32 addrspace(3)* %8580
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %8591

8581:
	%8582 = lshr i32 %8343, 24
	%8583 = and i32 %8582, 255
	%8584 = add i32 %8279, %8583
	%8585 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8586 = bitcast i8 addrspace(3)* %8585 to i32 addrspace(3)*
	%8587 = getelementptr i32, i32 addrspace(3)* %8586, i32 %8584
	%8588 = atomicrmw add i32 addrspace(3)* %8587, i32 1 monotonic
	br label %8589

8589:
	%8590 = add i32 %8336, 32
	br label %8335

8591:
	%8592 = phi i32 [ %3, %8347 ], [ %8846, %8845 ]
	%8593 = icmp slt i32 %8592, %550
	br i1 %8593, label %8594, label %8603

8594:
	%8595 = add i32 %8278, %8592
	%8596 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%8597 = bitcast i8 addrspace(3)* %8596 to i32 addrspace(3)*
	%8598 = getelementptr i32, i32 addrspace(3)* %8597, i32 %8595
	%8599 = load i32, i32 addrspace(3)* %8598
	%8600 = and i32 %8599, %8531
	%8601 = icmp eq i32 %8600, %8529
	%8602 = and i1 true, %8601
	br i1 %8602, label %8837, label %8845

8603:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%8604 = mul i32 %3, 8
	%8605 = add i32 %8604, 0
	%8606 = sub i32 255, %8605
	%8607 = add i32 %8279, %8606
	%8608 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8609 = bitcast i8 addrspace(3)* %8608 to i32 addrspace(3)*
	%8610 = getelementptr i32, i32 addrspace(3)* %8609, i32 %8607
	%8611 = load i32, i32 addrspace(3)* %8610
	%8612 = add i32 0, %8611
	%8613 = mul i32 %3, 8
	%8614 = add i32 %8613, 1
	%8615 = sub i32 255, %8614
	%8616 = add i32 %8279, %8615
	%8617 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8618 = bitcast i8 addrspace(3)* %8617 to i32 addrspace(3)*
	%8619 = getelementptr i32, i32 addrspace(3)* %8618, i32 %8616
	%8620 = load i32, i32 addrspace(3)* %8619
	%8621 = add i32 %8612, %8620
	%8622 = mul i32 %3, 8
	%8623 = add i32 %8622, 2
	%8624 = sub i32 255, %8623
	%8625 = add i32 %8279, %8624
	%8626 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8627 = bitcast i8 addrspace(3)* %8626 to i32 addrspace(3)*
	%8628 = getelementptr i32, i32 addrspace(3)* %8627, i32 %8625
	%8629 = load i32, i32 addrspace(3)* %8628
	%8630 = add i32 %8621, %8629
	%8631 = mul i32 %3, 8
	%8632 = add i32 %8631, 3
	%8633 = sub i32 255, %8632
	%8634 = add i32 %8279, %8633
	%8635 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8636 = bitcast i8 addrspace(3)* %8635 to i32 addrspace(3)*
	%8637 = getelementptr i32, i32 addrspace(3)* %8636, i32 %8634
	%8638 = load i32, i32 addrspace(3)* %8637
	%8639 = add i32 %8630, %8638
	%8640 = mul i32 %3, 8
	%8641 = add i32 %8640, 4
	%8642 = sub i32 255, %8641
	%8643 = add i32 %8279, %8642
	%8644 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8645 = bitcast i8 addrspace(3)* %8644 to i32 addrspace(3)*
	%8646 = getelementptr i32, i32 addrspace(3)* %8645, i32 %8643
	%8647 = load i32, i32 addrspace(3)* %8646
	%8648 = add i32 %8639, %8647
	%8649 = mul i32 %3, 8
	%8650 = add i32 %8649, 5
	%8651 = sub i32 255, %8650
	%8652 = add i32 %8279, %8651
	%8653 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8654 = bitcast i8 addrspace(3)* %8653 to i32 addrspace(3)*
	%8655 = getelementptr i32, i32 addrspace(3)* %8654, i32 %8652
	%8656 = load i32, i32 addrspace(3)* %8655
	%8657 = add i32 %8648, %8656
	%8658 = mul i32 %3, 8
	%8659 = add i32 %8658, 6
	%8660 = sub i32 255, %8659
	%8661 = add i32 %8279, %8660
	%8662 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8663 = bitcast i8 addrspace(3)* %8662 to i32 addrspace(3)*
	%8664 = getelementptr i32, i32 addrspace(3)* %8663, i32 %8661
	%8665 = load i32, i32 addrspace(3)* %8664
	%8666 = add i32 %8657, %8665
	%8667 = mul i32 %3, 8
	%8668 = add i32 %8667, 7
	%8669 = sub i32 255, %8668
	%8670 = add i32 %8279, %8669
	%8671 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8672 = bitcast i8 addrspace(3)* %8671 to i32 addrspace(3)*
	%8673 = getelementptr i32, i32 addrspace(3)* %8672, i32 %8670
	%8674 = load i32, i32 addrspace(3)* %8673
	%8675 = add i32 %8666, %8674
	%8676 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8675, i32 1, i32 0)
	%8677 = icmp uge i32 %3, 1
	%8678 = select i1 %8677, i32 %8676, i32 0
	%8679 = add i32 %8675, %8678
	%8680 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8679, i32 2, i32 0)
	%8681 = icmp uge i32 %3, 2
	%8682 = select i1 %8681, i32 %8680, i32 0
	%8683 = add i32 %8679, %8682
	%8684 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8683, i32 4, i32 0)
	%8685 = icmp uge i32 %3, 4
	%8686 = select i1 %8685, i32 %8684, i32 0
	%8687 = add i32 %8683, %8686
	%8688 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8687, i32 8, i32 0)
	%8689 = icmp uge i32 %3, 8
	%8690 = select i1 %8689, i32 %8688, i32 0
	%8691 = add i32 %8687, %8690
	%8692 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8691, i32 16, i32 0)
	%8693 = icmp uge i32 %3, 16
	%8694 = select i1 %8693, i32 %8692, i32 0
	%8695 = add i32 %8691, %8694
	%8696 = sub i32 %8695, %8675
	%8697 = icmp slt i32 %8696, %8532
	%8698 = icmp sge i32 %8695, %8532
	%8699 = and i1 %8697, %8698
	%8700 = add i32 %8696, %8611
	%8701 = xor i1 false, true
	%8702 = icmp sge i32 %8700, %8532
	%8703 = and i1 %8701, %8702
	%8704 = mul i32 %3, 8
	%8705 = add i32 %8704, 0
	%8706 = sub i32 255, %8705
	%8707 = select i1 %8703, i32 %8706, i32 0
	%8708 = select i1 %8703, i32 %8696, i32 0
	%8709 = or i1 false, %8703
	%8710 = add i32 %8700, %8620
	%8711 = xor i1 %8709, true
	%8712 = icmp sge i32 %8710, %8532
	%8713 = and i1 %8711, %8712
	%8714 = mul i32 %3, 8
	%8715 = add i32 %8714, 1
	%8716 = sub i32 255, %8715
	%8717 = select i1 %8713, i32 %8716, i32 %8707
	%8718 = select i1 %8713, i32 %8700, i32 %8708
	%8719 = or i1 %8709, %8713
	%8720 = add i32 %8710, %8629
	%8721 = xor i1 %8719, true
	%8722 = icmp sge i32 %8720, %8532
	%8723 = and i1 %8721, %8722
	%8724 = mul i32 %3, 8
	%8725 = add i32 %8724, 2
	%8726 = sub i32 255, %8725
	%8727 = select i1 %8723, i32 %8726, i32 %8717
	%8728 = select i1 %8723, i32 %8710, i32 %8718
	%8729 = or i1 %8719, %8723
	%8730 = add i32 %8720, %8638
	%8731 = xor i1 %8729, true
	%8732 = icmp sge i32 %8730, %8532
	%8733 = and i1 %8731, %8732
	%8734 = mul i32 %3, 8
	%8735 = add i32 %8734, 3
	%8736 = sub i32 255, %8735
	%8737 = select i1 %8733, i32 %8736, i32 %8727
	%8738 = select i1 %8733, i32 %8720, i32 %8728
	%8739 = or i1 %8729, %8733
	%8740 = add i32 %8730, %8647
	%8741 = xor i1 %8739, true
	%8742 = icmp sge i32 %8740, %8532
	%8743 = and i1 %8741, %8742
	%8744 = mul i32 %3, 8
	%8745 = add i32 %8744, 4
	%8746 = sub i32 255, %8745
	%8747 = select i1 %8743, i32 %8746, i32 %8737
	%8748 = select i1 %8743, i32 %8730, i32 %8738
	%8749 = or i1 %8739, %8743
	%8750 = add i32 %8740, %8656
	%8751 = xor i1 %8749, true
	%8752 = icmp sge i32 %8750, %8532
	%8753 = and i1 %8751, %8752
	%8754 = mul i32 %3, 8
	%8755 = add i32 %8754, 5
	%8756 = sub i32 255, %8755
	%8757 = select i1 %8753, i32 %8756, i32 %8747
	%8758 = select i1 %8753, i32 %8740, i32 %8748
	%8759 = or i1 %8749, %8753
	%8760 = add i32 %8750, %8665
	%8761 = xor i1 %8759, true
	%8762 = icmp sge i32 %8760, %8532
	%8763 = and i1 %8761, %8762
	%8764 = mul i32 %3, 8
	%8765 = add i32 %8764, 6
	%8766 = sub i32 255, %8765
	%8767 = select i1 %8763, i32 %8766, i32 %8757
	%8768 = select i1 %8763, i32 %8750, i32 %8758
	%8769 = or i1 %8759, %8763
	%8770 = add i32 %8760, %8674
	%8771 = xor i1 %8769, true
	%8772 = icmp sge i32 %8770, %8532
	%8773 = and i1 %8771, %8772
	%8774 = mul i32 %3, 8
	%8775 = add i32 %8774, 7
	%8776 = sub i32 255, %8775
	%8777 = select i1 %8773, i32 %8776, i32 %8767
	%8778 = select i1 %8773, i32 %8760, i32 %8768
	%8779 = or i1 %8769, %8773
	%8780 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %8699)
	%8781 = call i32 @llvm.cttz.i32(i32 %8780, i1 false)
	%8782 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %8777, i32 %8781, i32 31)
	%8783 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %8778, i32 %8781, i32 31)
	%8784 = shl i32 %8782, 16
	%8785 = or i32 %8529, %8784
	%8786 = shl i32 255, 16
	%8787 = or i32 %8531, %8786
	%8788 = sub i32 %8532, %8783
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%8789 = mul i32 %3, 8
	%8790 = add i32 %8789, 0
	%8791 = add i32 %8279, %8790
	%8792 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8793 = bitcast i8 addrspace(3)* %8792 to i32 addrspace(3)*
	%8794 = getelementptr i32, i32 addrspace(3)* %8793, i32 %8791
	store i32 0, i32 addrspace(3)* %8794
	%8795 = mul i32 %3, 8
	%8796 = add i32 %8795, 1
	%8797 = add i32 %8279, %8796
	%8798 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8799 = bitcast i8 addrspace(3)* %8798 to i32 addrspace(3)*
	%8800 = getelementptr i32, i32 addrspace(3)* %8799, i32 %8797
	store i32 0, i32 addrspace(3)* %8800
	%8801 = mul i32 %3, 8
	%8802 = add i32 %8801, 2
	%8803 = add i32 %8279, %8802
	%8804 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8805 = bitcast i8 addrspace(3)* %8804 to i32 addrspace(3)*
	%8806 = getelementptr i32, i32 addrspace(3)* %8805, i32 %8803
	store i32 0, i32 addrspace(3)* %8806
	%8807 = mul i32 %3, 8
	%8808 = add i32 %8807, 3
	%8809 = add i32 %8279, %8808
	%8810 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8811 = bitcast i8 addrspace(3)* %8810 to i32 addrspace(3)*
	%8812 = getelementptr i32, i32 addrspace(3)* %8811, i32 %8809
	store i32 0, i32 addrspace(3)* %8812
	%8813 = mul i32 %3, 8
	%8814 = add i32 %8813, 4
	%8815 = add i32 %8279, %8814
	%8816 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8817 = bitcast i8 addrspace(3)* %8816 to i32 addrspace(3)*
	%8818 = getelementptr i32, i32 addrspace(3)* %8817, i32 %8815
	store i32 0, i32 addrspace(3)* %8818
	%8819 = mul i32 %3, 8
	%8820 = add i32 %8819, 5
	%8821 = add i32 %8279, %8820
	%8822 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8823 = bitcast i8 addrspace(3)* %8822 to i32 addrspace(3)*
	%8824 = getelementptr i32, i32 addrspace(3)* %8823, i32 %8821
	store i32 0, i32 addrspace(3)* %8824
	%8825 = mul i32 %3, 8
	%8826 = add i32 %8825, 6
	%8827 = add i32 %8279, %8826
	%8828 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8829 = bitcast i8 addrspace(3)* %8828 to i32 addrspace(3)*
	%8830 = getelementptr i32, i32 addrspace(3)* %8829, i32 %8827
	store i32 0, i32 addrspace(3)* %8830
	%8831 = mul i32 %3, 8
	%8832 = add i32 %8831, 7
	%8833 = add i32 %8279, %8832
	%8834 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8835 = bitcast i8 addrspace(3)* %8834 to i32 addrspace(3)*
	%8836 = getelementptr i32, i32 addrspace(3)* %8835, i32 %8833
	store i32 0, i32 addrspace(3)* %8836
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %8847

8837:
	%8838 = lshr i32 %8599, 16
	%8839 = and i32 %8838, 255
	%8840 = add i32 %8279, %8839
	%8841 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8842 = bitcast i8 addrspace(3)* %8841 to i32 addrspace(3)*
	%8843 = getelementptr i32, i32 addrspace(3)* %8842, i32 %8840
	%8844 = atomicrmw add i32 addrspace(3)* %8843, i32 1 monotonic
	br label %8845

8845:
	%8846 = add i32 %8592, 32
	br label %8591

8847:
	%8848 = phi i32 [ %3, %8603 ], [ %9102, %9101 ]
	%8849 = icmp slt i32 %8848, %550
	br i1 %8849, label %8850, label %8859

8850:
	%8851 = add i32 %8278, %8848
	%8852 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%8853 = bitcast i8 addrspace(3)* %8852 to i32 addrspace(3)*
	%8854 = getelementptr i32, i32 addrspace(3)* %8853, i32 %8851
	%8855 = load i32, i32 addrspace(3)* %8854
	%8856 = and i32 %8855, %8787
	%8857 = icmp eq i32 %8856, %8785
	%8858 = and i1 true, %8857
	br i1 %8858, label %9093, label %9101

8859:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%8860 = mul i32 %3, 8
	%8861 = add i32 %8860, 0
	%8862 = sub i32 255, %8861
	%8863 = add i32 %8279, %8862
	%8864 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8865 = bitcast i8 addrspace(3)* %8864 to i32 addrspace(3)*
	%8866 = getelementptr i32, i32 addrspace(3)* %8865, i32 %8863
	%8867 = load i32, i32 addrspace(3)* %8866
	%8868 = add i32 0, %8867
	%8869 = mul i32 %3, 8
	%8870 = add i32 %8869, 1
	%8871 = sub i32 255, %8870
	%8872 = add i32 %8279, %8871
	%8873 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8874 = bitcast i8 addrspace(3)* %8873 to i32 addrspace(3)*
	%8875 = getelementptr i32, i32 addrspace(3)* %8874, i32 %8872
	%8876 = load i32, i32 addrspace(3)* %8875
	%8877 = add i32 %8868, %8876
	%8878 = mul i32 %3, 8
	%8879 = add i32 %8878, 2
	%8880 = sub i32 255, %8879
	%8881 = add i32 %8279, %8880
	%8882 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8883 = bitcast i8 addrspace(3)* %8882 to i32 addrspace(3)*
	%8884 = getelementptr i32, i32 addrspace(3)* %8883, i32 %8881
	%8885 = load i32, i32 addrspace(3)* %8884
	%8886 = add i32 %8877, %8885
	%8887 = mul i32 %3, 8
	%8888 = add i32 %8887, 3
	%8889 = sub i32 255, %8888
	%8890 = add i32 %8279, %8889
	%8891 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8892 = bitcast i8 addrspace(3)* %8891 to i32 addrspace(3)*
	%8893 = getelementptr i32, i32 addrspace(3)* %8892, i32 %8890
	%8894 = load i32, i32 addrspace(3)* %8893
	%8895 = add i32 %8886, %8894
	%8896 = mul i32 %3, 8
	%8897 = add i32 %8896, 4
	%8898 = sub i32 255, %8897
	%8899 = add i32 %8279, %8898
	%8900 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8901 = bitcast i8 addrspace(3)* %8900 to i32 addrspace(3)*
	%8902 = getelementptr i32, i32 addrspace(3)* %8901, i32 %8899
	%8903 = load i32, i32 addrspace(3)* %8902
	%8904 = add i32 %8895, %8903
	%8905 = mul i32 %3, 8
	%8906 = add i32 %8905, 5
	%8907 = sub i32 255, %8906
	%8908 = add i32 %8279, %8907
	%8909 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8910 = bitcast i8 addrspace(3)* %8909 to i32 addrspace(3)*
	%8911 = getelementptr i32, i32 addrspace(3)* %8910, i32 %8908
	%8912 = load i32, i32 addrspace(3)* %8911
	%8913 = add i32 %8904, %8912
	%8914 = mul i32 %3, 8
	%8915 = add i32 %8914, 6
	%8916 = sub i32 255, %8915
	%8917 = add i32 %8279, %8916
	%8918 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8919 = bitcast i8 addrspace(3)* %8918 to i32 addrspace(3)*
	%8920 = getelementptr i32, i32 addrspace(3)* %8919, i32 %8917
	%8921 = load i32, i32 addrspace(3)* %8920
	%8922 = add i32 %8913, %8921
	%8923 = mul i32 %3, 8
	%8924 = add i32 %8923, 7
	%8925 = sub i32 255, %8924
	%8926 = add i32 %8279, %8925
	%8927 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8928 = bitcast i8 addrspace(3)* %8927 to i32 addrspace(3)*
	%8929 = getelementptr i32, i32 addrspace(3)* %8928, i32 %8926
	%8930 = load i32, i32 addrspace(3)* %8929
	%8931 = add i32 %8922, %8930
	%8932 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8931, i32 1, i32 0)
	%8933 = icmp uge i32 %3, 1
	%8934 = select i1 %8933, i32 %8932, i32 0
	%8935 = add i32 %8931, %8934
	%8936 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8935, i32 2, i32 0)
	%8937 = icmp uge i32 %3, 2
	%8938 = select i1 %8937, i32 %8936, i32 0
	%8939 = add i32 %8935, %8938
	%8940 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8939, i32 4, i32 0)
	%8941 = icmp uge i32 %3, 4
	%8942 = select i1 %8941, i32 %8940, i32 0
	%8943 = add i32 %8939, %8942
	%8944 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8943, i32 8, i32 0)
	%8945 = icmp uge i32 %3, 8
	%8946 = select i1 %8945, i32 %8944, i32 0
	%8947 = add i32 %8943, %8946
	%8948 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8947, i32 16, i32 0)
	%8949 = icmp uge i32 %3, 16
	%8950 = select i1 %8949, i32 %8948, i32 0
	%8951 = add i32 %8947, %8950
	%8952 = sub i32 %8951, %8931
	%8953 = icmp slt i32 %8952, %8788
	%8954 = icmp sge i32 %8951, %8788
	%8955 = and i1 %8953, %8954
	%8956 = add i32 %8952, %8867
	%8957 = xor i1 false, true
	%8958 = icmp sge i32 %8956, %8788
	%8959 = and i1 %8957, %8958
	%8960 = mul i32 %3, 8
	%8961 = add i32 %8960, 0
	%8962 = sub i32 255, %8961
	%8963 = select i1 %8959, i32 %8962, i32 0
	%8964 = select i1 %8959, i32 %8952, i32 0
	%8965 = or i1 false, %8959
	%8966 = add i32 %8956, %8876
	%8967 = xor i1 %8965, true
	%8968 = icmp sge i32 %8966, %8788
	%8969 = and i1 %8967, %8968
	%8970 = mul i32 %3, 8
	%8971 = add i32 %8970, 1
	%8972 = sub i32 255, %8971
	%8973 = select i1 %8969, i32 %8972, i32 %8963
	%8974 = select i1 %8969, i32 %8956, i32 %8964
	%8975 = or i1 %8965, %8969
	%8976 = add i32 %8966, %8885
	%8977 = xor i1 %8975, true
	%8978 = icmp sge i32 %8976, %8788
	%8979 = and i1 %8977, %8978
	%8980 = mul i32 %3, 8
	%8981 = add i32 %8980, 2
	%8982 = sub i32 255, %8981
	%8983 = select i1 %8979, i32 %8982, i32 %8973
	%8984 = select i1 %8979, i32 %8966, i32 %8974
	%8985 = or i1 %8975, %8979
	%8986 = add i32 %8976, %8894
	%8987 = xor i1 %8985, true
	%8988 = icmp sge i32 %8986, %8788
	%8989 = and i1 %8987, %8988
	%8990 = mul i32 %3, 8
	%8991 = add i32 %8990, 3
	%8992 = sub i32 255, %8991
	%8993 = select i1 %8989, i32 %8992, i32 %8983
	%8994 = select i1 %8989, i32 %8976, i32 %8984
	%8995 = or i1 %8985, %8989
	%8996 = add i32 %8986, %8903
	%8997 = xor i1 %8995, true
	%8998 = icmp sge i32 %8996, %8788
	%8999 = and i1 %8997, %8998
	%9000 = mul i32 %3, 8
	%9001 = add i32 %9000, 4
	%9002 = sub i32 255, %9001
	%9003 = select i1 %8999, i32 %9002, i32 %8993
	%9004 = select i1 %8999, i32 %8986, i32 %8994
	%9005 = or i1 %8995, %8999
	%9006 = add i32 %8996, %8912
	%9007 = xor i1 %9005, true
	%9008 = icmp sge i32 %9006, %8788
	%9009 = and i1 %9007, %9008
	%9010 = mul i32 %3, 8
	%9011 = add i32 %9010, 5
	%9012 = sub i32 255, %9011
	%9013 = select i1 %9009, i32 %9012, i32 %9003
	%9014 = select i1 %9009, i32 %8996, i32 %9004
	%9015 = or i1 %9005, %9009
	%9016 = add i32 %9006, %8921
	%9017 = xor i1 %9015, true
	%9018 = icmp sge i32 %9016, %8788
	%9019 = and i1 %9017, %9018
	%9020 = mul i32 %3, 8
	%9021 = add i32 %9020, 6
	%9022 = sub i32 255, %9021
	%9023 = select i1 %9019, i32 %9022, i32 %9013
	%9024 = select i1 %9019, i32 %9006, i32 %9014
	%9025 = or i1 %9015, %9019
	%9026 = add i32 %9016, %8930
	%9027 = xor i1 %9025, true
	%9028 = icmp sge i32 %9026, %8788
	%9029 = and i1 %9027, %9028
	%9030 = mul i32 %3, 8
	%9031 = add i32 %9030, 7
	%9032 = sub i32 255, %9031
	%9033 = select i1 %9029, i32 %9032, i32 %9023
	%9034 = select i1 %9029, i32 %9016, i32 %9024
	%9035 = or i1 %9025, %9029
	%9036 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %8955)
	%9037 = call i32 @llvm.cttz.i32(i32 %9036, i1 false)
	%9038 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %9033, i32 %9037, i32 31)
	%9039 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %9034, i32 %9037, i32 31)
	%9040 = shl i32 %9038, 8
	%9041 = or i32 %8785, %9040
	%9042 = shl i32 255, 8
	%9043 = or i32 %8787, %9042
	%9044 = sub i32 %8788, %9039
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%9045 = mul i32 %3, 8
	%9046 = add i32 %9045, 0
	%9047 = add i32 %8279, %9046
	%9048 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9049 = bitcast i8 addrspace(3)* %9048 to i32 addrspace(3)*
	%9050 = getelementptr i32, i32 addrspace(3)* %9049, i32 %9047
	store i32 0, i32 addrspace(3)* %9050
	%9051 = mul i32 %3, 8
	%9052 = add i32 %9051, 1
	%9053 = add i32 %8279, %9052
	%9054 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9055 = bitcast i8 addrspace(3)* %9054 to i32 addrspace(3)*
	%9056 = getelementptr i32, i32 addrspace(3)* %9055, i32 %9053
	store i32 0, i32 addrspace(3)* %9056
	%9057 = mul i32 %3, 8
	%9058 = add i32 %9057, 2
	%9059 = add i32 %8279, %9058
	%9060 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9061 = bitcast i8 addrspace(3)* %9060 to i32 addrspace(3)*
	%9062 = getelementptr i32, i32 addrspace(3)* %9061, i32 %9059
	store i32 0, i32 addrspace(3)* %9062
	%9063 = mul i32 %3, 8
	%9064 = add i32 %9063, 3
	%9065 = add i32 %8279, %9064
	%9066 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9067 = bitcast i8 addrspace(3)* %9066 to i32 addrspace(3)*
	%9068 = getelementptr i32, i32 addrspace(3)* %9067, i32 %9065
	store i32 0, i32 addrspace(3)* %9068
	%9069 = mul i32 %3, 8
	%9070 = add i32 %9069, 4
	%9071 = add i32 %8279, %9070
	%9072 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9073 = bitcast i8 addrspace(3)* %9072 to i32 addrspace(3)*
	%9074 = getelementptr i32, i32 addrspace(3)* %9073, i32 %9071
	store i32 0, i32 addrspace(3)* %9074
	%9075 = mul i32 %3, 8
	%9076 = add i32 %9075, 5
	%9077 = add i32 %8279, %9076
	%9078 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9079 = bitcast i8 addrspace(3)* %9078 to i32 addrspace(3)*
	%9080 = getelementptr i32, i32 addrspace(3)* %9079, i32 %9077
	store i32 0, i32 addrspace(3)* %9080
	%9081 = mul i32 %3, 8
	%9082 = add i32 %9081, 6
	%9083 = add i32 %8279, %9082
	%9084 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9085 = bitcast i8 addrspace(3)* %9084 to i32 addrspace(3)*
	%9086 = getelementptr i32, i32 addrspace(3)* %9085, i32 %9083
	store i32 0, i32 addrspace(3)* %9086
	%9087 = mul i32 %3, 8
	%9088 = add i32 %9087, 7
	%9089 = add i32 %8279, %9088
	%9090 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9091 = bitcast i8 addrspace(3)* %9090 to i32 addrspace(3)*
	%9092 = getelementptr i32, i32 addrspace(3)* %9091, i32 %9089
	store i32 0, i32 addrspace(3)* %9092
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %9103

9093:
	%9094 = lshr i32 %8855, 8
	%9095 = and i32 %9094, 255
	%9096 = add i32 %8279, %9095
	%9097 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9098 = bitcast i8 addrspace(3)* %9097 to i32 addrspace(3)*
	%9099 = getelementptr i32, i32 addrspace(3)* %9098, i32 %9096
	%9100 = atomicrmw add i32 addrspace(3)* %9099, i32 1 monotonic
	br label %9101

9101:
	%9102 = add i32 %8848, 32
	br label %8847

9103:
	%9104 = phi i32 [ %3, %8859 ], [ %9312, %9311 ]
	%9105 = icmp slt i32 %9104, %550
	br i1 %9105, label %9106, label %9115

9106:
	%9107 = add i32 %8278, %9104
	%9108 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%9109 = bitcast i8 addrspace(3)* %9108 to i32 addrspace(3)*
	%9110 = getelementptr i32, i32 addrspace(3)* %9109, i32 %9107
	%9111 = load i32, i32 addrspace(3)* %9110
	%9112 = and i32 %9111, %9043
	%9113 = icmp eq i32 %9112, %9041
	%9114 = and i1 true, %9113
	br i1 %9114, label %9303, label %9311

9115:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%9116 = mul i32 %3, 8
	%9117 = add i32 %9116, 0
	%9118 = sub i32 255, %9117
	%9119 = add i32 %8279, %9118
	%9120 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9121 = bitcast i8 addrspace(3)* %9120 to i32 addrspace(3)*
	%9122 = getelementptr i32, i32 addrspace(3)* %9121, i32 %9119
	%9123 = load i32, i32 addrspace(3)* %9122
	%9124 = add i32 0, %9123
	%9125 = mul i32 %3, 8
	%9126 = add i32 %9125, 1
	%9127 = sub i32 255, %9126
	%9128 = add i32 %8279, %9127
	%9129 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9130 = bitcast i8 addrspace(3)* %9129 to i32 addrspace(3)*
	%9131 = getelementptr i32, i32 addrspace(3)* %9130, i32 %9128
	%9132 = load i32, i32 addrspace(3)* %9131
	%9133 = add i32 %9124, %9132
	%9134 = mul i32 %3, 8
	%9135 = add i32 %9134, 2
	%9136 = sub i32 255, %9135
	%9137 = add i32 %8279, %9136
	%9138 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9139 = bitcast i8 addrspace(3)* %9138 to i32 addrspace(3)*
	%9140 = getelementptr i32, i32 addrspace(3)* %9139, i32 %9137
	%9141 = load i32, i32 addrspace(3)* %9140
	%9142 = add i32 %9133, %9141
	%9143 = mul i32 %3, 8
	%9144 = add i32 %9143, 3
	%9145 = sub i32 255, %9144
	%9146 = add i32 %8279, %9145
	%9147 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9148 = bitcast i8 addrspace(3)* %9147 to i32 addrspace(3)*
	%9149 = getelementptr i32, i32 addrspace(3)* %9148, i32 %9146
	%9150 = load i32, i32 addrspace(3)* %9149
	%9151 = add i32 %9142, %9150
	%9152 = mul i32 %3, 8
	%9153 = add i32 %9152, 4
	%9154 = sub i32 255, %9153
	%9155 = add i32 %8279, %9154
	%9156 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9157 = bitcast i8 addrspace(3)* %9156 to i32 addrspace(3)*
	%9158 = getelementptr i32, i32 addrspace(3)* %9157, i32 %9155
	%9159 = load i32, i32 addrspace(3)* %9158
	%9160 = add i32 %9151, %9159
	%9161 = mul i32 %3, 8
	%9162 = add i32 %9161, 5
	%9163 = sub i32 255, %9162
	%9164 = add i32 %8279, %9163
	%9165 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9166 = bitcast i8 addrspace(3)* %9165 to i32 addrspace(3)*
	%9167 = getelementptr i32, i32 addrspace(3)* %9166, i32 %9164
	%9168 = load i32, i32 addrspace(3)* %9167
	%9169 = add i32 %9160, %9168
	%9170 = mul i32 %3, 8
	%9171 = add i32 %9170, 6
	%9172 = sub i32 255, %9171
	%9173 = add i32 %8279, %9172
	%9174 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9175 = bitcast i8 addrspace(3)* %9174 to i32 addrspace(3)*
	%9176 = getelementptr i32, i32 addrspace(3)* %9175, i32 %9173
	%9177 = load i32, i32 addrspace(3)* %9176
	%9178 = add i32 %9169, %9177
	%9179 = mul i32 %3, 8
	%9180 = add i32 %9179, 7
	%9181 = sub i32 255, %9180
	%9182 = add i32 %8279, %9181
	%9183 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9184 = bitcast i8 addrspace(3)* %9183 to i32 addrspace(3)*
	%9185 = getelementptr i32, i32 addrspace(3)* %9184, i32 %9182
	%9186 = load i32, i32 addrspace(3)* %9185
	%9187 = add i32 %9178, %9186
	%9188 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9187, i32 1, i32 0)
	%9189 = icmp uge i32 %3, 1
	%9190 = select i1 %9189, i32 %9188, i32 0
	%9191 = add i32 %9187, %9190
	%9192 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9191, i32 2, i32 0)
	%9193 = icmp uge i32 %3, 2
	%9194 = select i1 %9193, i32 %9192, i32 0
	%9195 = add i32 %9191, %9194
	%9196 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9195, i32 4, i32 0)
	%9197 = icmp uge i32 %3, 4
	%9198 = select i1 %9197, i32 %9196, i32 0
	%9199 = add i32 %9195, %9198
	%9200 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9199, i32 8, i32 0)
	%9201 = icmp uge i32 %3, 8
	%9202 = select i1 %9201, i32 %9200, i32 0
	%9203 = add i32 %9199, %9202
	%9204 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9203, i32 16, i32 0)
	%9205 = icmp uge i32 %3, 16
	%9206 = select i1 %9205, i32 %9204, i32 0
	%9207 = add i32 %9203, %9206
	%9208 = sub i32 %9207, %9187
	%9209 = icmp slt i32 %9208, %9044
	%9210 = icmp sge i32 %9207, %9044
	%9211 = and i1 %9209, %9210
	%9212 = add i32 %9208, %9123
	%9213 = xor i1 false, true
	%9214 = icmp sge i32 %9212, %9044
	%9215 = and i1 %9213, %9214
	%9216 = mul i32 %3, 8
	%9217 = add i32 %9216, 0
	%9218 = sub i32 255, %9217
	%9219 = select i1 %9215, i32 %9218, i32 0
	%9220 = select i1 %9215, i32 %9208, i32 0
	%9221 = or i1 false, %9215
	%9222 = add i32 %9212, %9132
	%9223 = xor i1 %9221, true
	%9224 = icmp sge i32 %9222, %9044
	%9225 = and i1 %9223, %9224
	%9226 = mul i32 %3, 8
	%9227 = add i32 %9226, 1
	%9228 = sub i32 255, %9227
	%9229 = select i1 %9225, i32 %9228, i32 %9219
	%9230 = select i1 %9225, i32 %9212, i32 %9220
	%9231 = or i1 %9221, %9225
	%9232 = add i32 %9222, %9141
	%9233 = xor i1 %9231, true
	%9234 = icmp sge i32 %9232, %9044
	%9235 = and i1 %9233, %9234
	%9236 = mul i32 %3, 8
	%9237 = add i32 %9236, 2
	%9238 = sub i32 255, %9237
	%9239 = select i1 %9235, i32 %9238, i32 %9229
	%9240 = select i1 %9235, i32 %9222, i32 %9230
	%9241 = or i1 %9231, %9235
	%9242 = add i32 %9232, %9150
	%9243 = xor i1 %9241, true
	%9244 = icmp sge i32 %9242, %9044
	%9245 = and i1 %9243, %9244
	%9246 = mul i32 %3, 8
	%9247 = add i32 %9246, 3
	%9248 = sub i32 255, %9247
	%9249 = select i1 %9245, i32 %9248, i32 %9239
	%9250 = select i1 %9245, i32 %9232, i32 %9240
	%9251 = or i1 %9241, %9245
	%9252 = add i32 %9242, %9159
	%9253 = xor i1 %9251, true
	%9254 = icmp sge i32 %9252, %9044
	%9255 = and i1 %9253, %9254
	%9256 = mul i32 %3, 8
	%9257 = add i32 %9256, 4
	%9258 = sub i32 255, %9257
	%9259 = select i1 %9255, i32 %9258, i32 %9249
	%9260 = select i1 %9255, i32 %9242, i32 %9250
	%9261 = or i1 %9251, %9255
	%9262 = add i32 %9252, %9168
	%9263 = xor i1 %9261, true
	%9264 = icmp sge i32 %9262, %9044
	%9265 = and i1 %9263, %9264
	%9266 = mul i32 %3, 8
	%9267 = add i32 %9266, 5
	%9268 = sub i32 255, %9267
	%9269 = select i1 %9265, i32 %9268, i32 %9259
	%9270 = select i1 %9265, i32 %9252, i32 %9260
	%9271 = or i1 %9261, %9265
	%9272 = add i32 %9262, %9177
	%9273 = xor i1 %9271, true
	%9274 = icmp sge i32 %9272, %9044
	%9275 = and i1 %9273, %9274
	%9276 = mul i32 %3, 8
	%9277 = add i32 %9276, 6
	%9278 = sub i32 255, %9277
	%9279 = select i1 %9275, i32 %9278, i32 %9269
	%9280 = select i1 %9275, i32 %9262, i32 %9270
	%9281 = or i1 %9271, %9275
	%9282 = add i32 %9272, %9186
	%9283 = xor i1 %9281, true
	%9284 = icmp sge i32 %9282, %9044
	%9285 = and i1 %9283, %9284
	%9286 = mul i32 %3, 8
	%9287 = add i32 %9286, 7
	%9288 = sub i32 255, %9287
	%9289 = select i1 %9285, i32 %9288, i32 %9279
	%9290 = select i1 %9285, i32 %9272, i32 %9280
	%9291 = or i1 %9281, %9285
	%9292 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %9211)
	%9293 = call i32 @llvm.cttz.i32(i32 %9292, i1 false)
	%9294 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %9289, i32 %9293, i32 31)
	%9295 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %9290, i32 %9293, i32 31)
	%9296 = shl i32 %9294, 0
	%9297 = or i32 %9041, %9296
	%9298 = shl i32 255, 0
	%9299 = or i32 %9043, %9298
	%9300 = sub i32 %9044, %9295
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%9301 = shl i32 1, %3
	%9302 = sub i32 %9301, 1
	br label %9313

9303:
	%9304 = lshr i32 %9111, 0
	%9305 = and i32 %9304, 255
	%9306 = add i32 %8279, %9305
	%9307 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9308 = bitcast i8 addrspace(3)* %9307 to i32 addrspace(3)*
	%9309 = getelementptr i32, i32 addrspace(3)* %9308, i32 %9306
	%9310 = atomicrmw add i32 addrspace(3)* %9309, i32 1 monotonic
	br label %9311

9311:
	%9312 = add i32 %9104, 32
	br label %9103

9313:
	%9314 = phi i32 [ 0, %9115 ], [ %9363, %9358 ]
	%9315 = phi i32 [ 0, %9115 ], [ %9360, %9358 ]
	%9316 = phi i32 [ 0, %9115 ], [ %9362, %9358 ]
	%9317 = icmp slt i32 %9314, %550
	br i1 %9317, label %9318, label %9321

9318:
	%9319 = add i32 %9314, %3
	%9320 = icmp slt i32 %9319, %550
	br i1 %9320, label %9322, label %9332

9321:
	br label %8328

9322:
	%9323 = add i32 %8278, %9319
	%9324 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%9325 = bitcast i8 addrspace(3)* %9324 to i32 addrspace(3)*
	%9326 = getelementptr i32, i32 addrspace(3)* %9325, i32 %9323
	%9327 = load i32, i32 addrspace(3)* %9326
	%9328 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%9329 = bitcast i8 addrspace(3)* %9328 to i32 addrspace(3)*
	%9330 = getelementptr i32, i32 addrspace(3)* %9329, i32 %9323
	%9331 = load i32, i32 addrspace(3)* %9330
	br label %9332

9332:
	%9333 = phi i32 [ 0, %9318 ], [ %9327, %9322 ]
	%9334 = phi i32 [ 0, %9318 ], [ %9331, %9322 ]
	%9335 = icmp eq i32 %9333, %9297
	%9336 = and i1 %9320, %9335
	%9337 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %9336)
	%9338 = and i32 %9337, %9302
	%9339 = call i32 @llvm.ctpop.i32(i32 %9338)
	%9340 = add i32 %9316, %9339
	%9341 = icmp ugt i32 %9333, %9297
	%9342 = icmp slt i32 %9340, %9300
	%9343 = and i1 %9336, %9342
	%9344 = or i1 %9341, %9343
	%9345 = and i1 %9320, %9344
	%9346 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %9345)
	%9347 = and i32 %9346, %9302
	%9348 = call i32 @llvm.ctpop.i32(i32 %9347)
	%9349 = add i32 %9315, %9348
	%9350 = add i32 %8278, %9349
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %9345, label %9351, label %9358

9351:
	%9352 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%9353 = bitcast i8 addrspace(3)* %9352 to i32 addrspace(3)*
	%9354 = getelementptr i32, i32 addrspace(3)* %9353, i32 %9350
	store i32 %9333, i32 addrspace(3)* %9354
	%9355 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%9356 = bitcast i8 addrspace(3)* %9355 to i32 addrspace(3)*
	%9357 = getelementptr i32, i32 addrspace(3)* %9356, i32 %9350
	store i32 %9334, i32 addrspace(3)* %9357
	br label %9358

9358:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%9359 = call i32 @llvm.ctpop.i32(i32 %9346)
	%9360 = add i32 %9315, %9359
	%9361 = call i32 @llvm.ctpop.i32(i32 %9337)
	%9362 = add i32 %9316, %9361
	%9363 = add i32 %9314, 32
	br label %9313

9364:
	%9365 = phi i32 [ 0, %8328 ], [ %9395, %9389 ]
	%9366 = phi i32 [ 0, %8328 ], [ %9394, %9389 ]
	%9367 = icmp slt i32 %9365, %8329
	br i1 %9367, label %9368, label %9371

9368:
	%9369 = add i32 %9365, %3
	%9370 = icmp slt i32 %9369, %8329
	br i1 %9370, label %9372, label %9379

9371:
	br label %9396

9372:
	%9373 = mul i32 %420, 160
	%9374 = add i32 %9373, %9369
	%9375 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%9376 = bitcast i8 addrspace(3)* %9375 to i32 addrspace(3)*
	%9377 = getelementptr i32, i32 addrspace(3)* %9376, i32 %9374
	%9378 = load i32, i32 addrspace(3)* %9377
	br label %9379

9379:
	%9380 = phi i32 [ 0, %9368 ], [ %9378, %9372 ]
	br i1 %9370, label %9381, label %9389

9381:
	%9382 = add i32 0, %9369
	%9383 = icmp sgt i32 %9380, %447
	%9384 = select i1 %9383, i32 %8330, i32 0
	%9385 = add i32 %9382, %9384
	%9386 = add i32 %8334, %9385
	%9387 = sext i32 %9386 to i64
	%9388 = getelementptr i32, i32* %out, i64 %9387
	store i32 %9380, i32* %9388
	br label %9389

9389:
	%9390 = icmp slt i32 %9380, %444
	%9391 = and i1 %9370, %9390
	%9392 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %9391)
	%9393 = call i32 @llvm.ctpop.i32(i32 %9392)
	%9394 = add i32 %9366, %9393
	%9395 = add i32 %9365, 32
	br label %9364

9396:
	%9397 = phi i32 [ %3, %9371 ], [ %9406, %9399 ]
	%9398 = icmp slt i32 %9397, %8330
	br i1 %9398, label %9399, label %9407

9399:
	%9400 = add i32 0, %9366
	%9401 = add i32 %9400, %9397
	%9402 = add i32 %444, %9397
	%9403 = add i32 %8334, %9401
	%9404 = sext i32 %9403 to i64
	%9405 = getelementptr i32, i32* %out, i64 %9404
	store i32 %9402, i32* %9405
	%9406 = add i32 %9397, 32
	br label %9396

9407:
	%9408 = icmp eq i32 %3, 0
	%9409 = icmp eq i32 0, 1
	%9410 = and i1 %9408, %9409
	br i1 %9410, label %9411, label %9415

9411:
	%9412 = add i32 %8334, 0
	%9413 = sext i32 %9412 to i64
	%9414 = getelementptr i32, i32* %out, i64 %9413
	store i32 0, i32* %9414
	br label %9415

9415:
	%9416 = add i32 %452, %8329
	%9417 = add i32 %9416, %3
	br label %9418

9418:
	%9419 = phi i32 [ %9417, %9415 ], [ %9425, %9421 ]
	%9420 = icmp slt i32 %9419, 8
	br i1 %9420, label %9421, label %9426

9421:
	%9422 = add i32 %8334, %9419
	%9423 = sext i32 %9422 to i64
	%9424 = getelementptr i32, i32* %out, i64 %9423
	store i32 -1, i32* %9424
	%9425 = add i32 %9419, 32
	br label %9418

9426:
	br label %8274

9427:
	%9428 = icmp sgt i32 %552, %499
	br i1 %9428, label %9432, label %9483

9429:
	%9430 = add i32 %5, %504
	%9431 = icmp slt i32 %9430, %M
	br i1 %9431, label %10582, label %10584

9432:
	%9433 = mul i32 %462, 160
	%9434 = mul i32 %4, 256
	%9435 = mul i32 %3, 8
	%9436 = add i32 %9435, 0
	%9437 = add i32 %9434, %9436
	%9438 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9439 = bitcast i8 addrspace(3)* %9438 to i32 addrspace(3)*
	%9440 = getelementptr i32, i32 addrspace(3)* %9439, i32 %9437
	store i32 0, i32 addrspace(3)* %9440
	%9441 = mul i32 %3, 8
	%9442 = add i32 %9441, 1
	%9443 = add i32 %9434, %9442
	%9444 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9445 = bitcast i8 addrspace(3)* %9444 to i32 addrspace(3)*
	%9446 = getelementptr i32, i32 addrspace(3)* %9445, i32 %9443
	store i32 0, i32 addrspace(3)* %9446
	%9447 = mul i32 %3, 8
	%9448 = add i32 %9447, 2
	%9449 = add i32 %9434, %9448
	%9450 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9451 = bitcast i8 addrspace(3)* %9450 to i32 addrspace(3)*
	%9452 = getelementptr i32, i32 addrspace(3)* %9451, i32 %9449
	store i32 0, i32 addrspace(3)* %9452
	%9453 = mul i32 %3, 8
	%9454 = add i32 %9453, 3
	%9455 = add i32 %9434, %9454
	%9456 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9457 = bitcast i8 addrspace(3)* %9456 to i32 addrspace(3)*
	%9458 = getelementptr i32, i32 addrspace(3)* %9457, i32 %9455
	store i32 0, i32 addrspace(3)* %9458
	%9459 = mul i32 %3, 8
	%9460 = add i32 %9459, 4
	%9461 = add i32 %9434, %9460
	%9462 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9463 = bitcast i8 addrspace(3)* %9462 to i32 addrspace(3)*
	%9464 = getelementptr i32, i32 addrspace(3)* %9463, i32 %9461
	store i32 0, i32 addrspace(3)* %9464
	%9465 = mul i32 %3, 8
	%9466 = add i32 %9465, 5
	%9467 = add i32 %9434, %9466
	%9468 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9469 = bitcast i8 addrspace(3)* %9468 to i32 addrspace(3)*
	%9470 = getelementptr i32, i32 addrspace(3)* %9469, i32 %9467
	store i32 0, i32 addrspace(3)* %9470
	%9471 = mul i32 %3, 8
	%9472 = add i32 %9471, 6
	%9473 = add i32 %9434, %9472
	%9474 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9475 = bitcast i8 addrspace(3)* %9474 to i32 addrspace(3)*
	%9476 = getelementptr i32, i32 addrspace(3)* %9475, i32 %9473
	store i32 0, i32 addrspace(3)* %9476
	%9477 = mul i32 %3, 8
	%9478 = add i32 %9477, 7
	%9479 = add i32 %9434, %9478
	%9480 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9481 = bitcast i8 addrspace(3)* %9480 to i32 addrspace(3)*
	%9482 = getelementptr i32, i32 addrspace(3)* %9481, i32 %9479
	store i32 0, i32 addrspace(3)* %9482
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %9490

9483:
	%9484 = phi i32 [ %552, %9427 ], [ %499, %10476 ]
	%9485 = sub i32 %494, 0
	%9486 = mul i32 %2, %M
	%9487 = add i32 %5, %462
	%9488 = add i32 %9486, %9487
	%9489 = mul i32 %9488, 8
	br label %10519

9490:
	%9491 = phi i32 [ %3, %9432 ], [ %9745, %9744 ]
	%9492 = icmp slt i32 %9491, %552
	br i1 %9492, label %9493, label %9502

9493:
	%9494 = add i32 %9433, %9491
	%9495 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%9496 = bitcast i8 addrspace(3)* %9495 to i32 addrspace(3)*
	%9497 = getelementptr i32, i32 addrspace(3)* %9496, i32 %9494
	%9498 = load i32, i32 addrspace(3)* %9497
	%9499 = and i32 %9498, 0
	%9500 = icmp eq i32 %9499, 0
	%9501 = and i1 true, %9500
	br i1 %9501, label %9736, label %9744

9502:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%9503 = mul i32 %3, 8
	%9504 = add i32 %9503, 0
	%9505 = sub i32 255, %9504
	%9506 = add i32 %9434, %9505
	%9507 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9508 = bitcast i8 addrspace(3)* %9507 to i32 addrspace(3)*
	%9509 = getelementptr i32, i32 addrspace(3)* %9508, i32 %9506
	%9510 = load i32, i32 addrspace(3)* %9509
	%9511 = add i32 0, %9510
	%9512 = mul i32 %3, 8
	%9513 = add i32 %9512, 1
	%9514 = sub i32 255, %9513
	%9515 = add i32 %9434, %9514
	%9516 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9517 = bitcast i8 addrspace(3)* %9516 to i32 addrspace(3)*
	%9518 = getelementptr i32, i32 addrspace(3)* %9517, i32 %9515
	%9519 = load i32, i32 addrspace(3)* %9518
	%9520 = add i32 %9511, %9519
	%9521 = mul i32 %3, 8
	%9522 = add i32 %9521, 2
	%9523 = sub i32 255, %9522
	%9524 = add i32 %9434, %9523
	%9525 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9526 = bitcast i8 addrspace(3)* %9525 to i32 addrspace(3)*
	%9527 = getelementptr i32, i32 addrspace(3)* %9526, i32 %9524
	%9528 = load i32, i32 addrspace(3)* %9527
	%9529 = add i32 %9520, %9528
	%9530 = mul i32 %3, 8
	%9531 = add i32 %9530, 3
	%9532 = sub i32 255, %9531
	%9533 = add i32 %9434, %9532
	%9534 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9535 = bitcast i8 addrspace(3)* %9534 to i32 addrspace(3)*
	%9536 = getelementptr i32, i32 addrspace(3)* %9535, i32 %9533
	%9537 = load i32, i32 addrspace(3)* %9536
	%9538 = add i32 %9529, %9537
	%9539 = mul i32 %3, 8
	%9540 = add i32 %9539, 4
	%9541 = sub i32 255, %9540
	%9542 = add i32 %9434, %9541
	%9543 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9544 = bitcast i8 addrspace(3)* %9543 to i32 addrspace(3)*
	%9545 = getelementptr i32, i32 addrspace(3)* %9544, i32 %9542
	%9546 = load i32, i32 addrspace(3)* %9545
	%9547 = add i32 %9538, %9546
	%9548 = mul i32 %3, 8
	%9549 = add i32 %9548, 5
	%9550 = sub i32 255, %9549
	%9551 = add i32 %9434, %9550
	%9552 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9553 = bitcast i8 addrspace(3)* %9552 to i32 addrspace(3)*
	%9554 = getelementptr i32, i32 addrspace(3)* %9553, i32 %9551
	%9555 = load i32, i32 addrspace(3)* %9554
	%9556 = add i32 %9547, %9555
	%9557 = mul i32 %3, 8
	%9558 = add i32 %9557, 6
	%9559 = sub i32 255, %9558
	%9560 = add i32 %9434, %9559
	%9561 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9562 = bitcast i8 addrspace(3)* %9561 to i32 addrspace(3)*
	%9563 = getelementptr i32, i32 addrspace(3)* %9562, i32 %9560
	%9564 = load i32, i32 addrspace(3)* %9563
	%9565 = add i32 %9556, %9564
	%9566 = mul i32 %3, 8
	%9567 = add i32 %9566, 7
	%9568 = sub i32 255, %9567
	%9569 = add i32 %9434, %9568
	%9570 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9571 = bitcast i8 addrspace(3)* %9570 to i32 addrspace(3)*
	%9572 = getelementptr i32, i32 addrspace(3)* %9571, i32 %9569
	%9573 = load i32, i32 addrspace(3)* %9572
	%9574 = add i32 %9565, %9573
	%9575 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9574, i32 1, i32 0)
	%9576 = icmp uge i32 %3, 1
	%9577 = select i1 %9576, i32 %9575, i32 0
	%9578 = add i32 %9574, %9577
	%9579 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9578, i32 2, i32 0)
	%9580 = icmp uge i32 %3, 2
	%9581 = select i1 %9580, i32 %9579, i32 0
	%9582 = add i32 %9578, %9581
	%9583 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9582, i32 4, i32 0)
	%9584 = icmp uge i32 %3, 4
	%9585 = select i1 %9584, i32 %9583, i32 0
	%9586 = add i32 %9582, %9585
	%9587 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9586, i32 8, i32 0)
	%9588 = icmp uge i32 %3, 8
	%9589 = select i1 %9588, i32 %9587, i32 0
	%9590 = add i32 %9586, %9589
	%9591 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9590, i32 16, i32 0)
	%9592 = icmp uge i32 %3, 16
	%9593 = select i1 %9592, i32 %9591, i32 0
	%9594 = add i32 %9590, %9593
	%9595 = sub i32 %9594, %9574
	%9596 = icmp slt i32 %9595, %499
	%9597 = icmp sge i32 %9594, %499
	%9598 = and i1 %9596, %9597
	%9599 = add i32 %9595, %9510
	%9600 = xor i1 false, true
	%9601 = icmp sge i32 %9599, %499
	%9602 = and i1 %9600, %9601
	%9603 = mul i32 %3, 8
	%9604 = add i32 %9603, 0
	%9605 = sub i32 255, %9604
	%9606 = select i1 %9602, i32 %9605, i32 0
	%9607 = select i1 %9602, i32 %9595, i32 0
	%9608 = or i1 false, %9602
	%9609 = add i32 %9599, %9519
	%9610 = xor i1 %9608, true
	%9611 = icmp sge i32 %9609, %499
	%9612 = and i1 %9610, %9611
	%9613 = mul i32 %3, 8
	%9614 = add i32 %9613, 1
	%9615 = sub i32 255, %9614
	%9616 = select i1 %9612, i32 %9615, i32 %9606
	%9617 = select i1 %9612, i32 %9599, i32 %9607
	%9618 = or i1 %9608, %9612
	%9619 = add i32 %9609, %9528
	%9620 = xor i1 %9618, true
	%9621 = icmp sge i32 %9619, %499
	%9622 = and i1 %9620, %9621
	%9623 = mul i32 %3, 8
	%9624 = add i32 %9623, 2
	%9625 = sub i32 255, %9624
	%9626 = select i1 %9622, i32 %9625, i32 %9616
	%9627 = select i1 %9622, i32 %9609, i32 %9617
	%9628 = or i1 %9618, %9622
	%9629 = add i32 %9619, %9537
	%9630 = xor i1 %9628, true
	%9631 = icmp sge i32 %9629, %499
	%9632 = and i1 %9630, %9631
	%9633 = mul i32 %3, 8
	%9634 = add i32 %9633, 3
	%9635 = sub i32 255, %9634
	%9636 = select i1 %9632, i32 %9635, i32 %9626
	%9637 = select i1 %9632, i32 %9619, i32 %9627
	%9638 = or i1 %9628, %9632
	%9639 = add i32 %9629, %9546
	%9640 = xor i1 %9638, true
	%9641 = icmp sge i32 %9639, %499
	%9642 = and i1 %9640, %9641
	%9643 = mul i32 %3, 8
	%9644 = add i32 %9643, 4
	%9645 = sub i32 255, %9644
	%9646 = select i1 %9642, i32 %9645, i32 %9636
	%9647 = select i1 %9642, i32 %9629, i32 %9637
	%9648 = or i1 %9638, %9642
	%9649 = add i32 %9639, %9555
	%9650 = xor i1 %9648, true
	%9651 = icmp sge i32 %9649, %499
	%9652 = and i1 %9650, %9651
	%9653 = mul i32 %3, 8
	%9654 = add i32 %9653, 5
	%9655 = sub i32 255, %9654
	%9656 = select i1 %9652, i32 %9655, i32 %9646
	%9657 = select i1 %9652, i32 %9639, i32 %9647
	%9658 = or i1 %9648, %9652
	%9659 = add i32 %9649, %9564
	%9660 = xor i1 %9658, true
	%9661 = icmp sge i32 %9659, %499
	%9662 = and i1 %9660, %9661
	%9663 = mul i32 %3, 8
	%9664 = add i32 %9663, 6
	%9665 = sub i32 255, %9664
	%9666 = select i1 %9662, i32 %9665, i32 %9656
	%9667 = select i1 %9662, i32 %9649, i32 %9657
	%9668 = or i1 %9658, %9662
	%9669 = add i32 %9659, %9573
	%9670 = xor i1 %9668, true
	%9671 = icmp sge i32 %9669, %499
	%9672 = and i1 %9670, %9671
	%9673 = mul i32 %3, 8
	%9674 = add i32 %9673, 7
	%9675 = sub i32 255, %9674
	%9676 = select i1 %9672, i32 %9675, i32 %9666
	%9677 = select i1 %9672, i32 %9659, i32 %9667
	%9678 = or i1 %9668, %9672
	%9679 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %9598)
	%9680 = call i32 @llvm.cttz.i32(i32 %9679, i1 false)
	%9681 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %9676, i32 %9680, i32 31)
	%9682 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %9677, i32 %9680, i32 31)
	%9683 = shl i32 %9681, 24
	%9684 = or i32 0, %9683
	%9685 = shl i32 255, 24
	%9686 = or i32 0, %9685
	%9687 = sub i32 %499, %9682
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%9688 = mul i32 %3, 8
	%9689 = add i32 %9688, 0
	%9690 = add i32 %9434, %9689
	%9691 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9692 = bitcast i8 addrspace(3)* %9691 to i32 addrspace(3)*
	%9693 = getelementptr i32, i32 addrspace(3)* %9692, i32 %9690
	store i32 0, i32 addrspace(3)* %9693
	%9694 = mul i32 %3, 8
	%9695 = add i32 %9694, 1
	%9696 = add i32 %9434, %9695
	%9697 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9698 = bitcast i8 addrspace(3)* %9697 to i32 addrspace(3)*
	%9699 = getelementptr i32, i32 addrspace(3)* %9698, i32 %9696
	store i32 0, i32 addrspace(3)* %9699
	%9700 = mul i32 %3, 8
	%9701 = add i32 %9700, 2
	%9702 = add i32 %9434, %9701
	%9703 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9704 = bitcast i8 addrspace(3)* %9703 to i32 addrspace(3)*
	%9705 = getelementptr i32, i32 addrspace(3)* %9704, i32 %9702
	store i32 0, i32 addrspace(3)* %9705
	%9706 = mul i32 %3, 8
	%9707 = add i32 %9706, 3
	%9708 = add i32 %9434, %9707
	%9709 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9710 = bitcast i8 addrspace(3)* %9709 to i32 addrspace(3)*
	%9711 = getelementptr i32, i32 addrspace(3)* %9710, i32 %9708
	store i32 0, i32 addrspace(3)* %9711
	%9712 = mul i32 %3, 8
	%9713 = add i32 %9712, 4
	%9714 = add i32 %9434, %9713
	%9715 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9716 = bitcast i8 addrspace(3)* %9715 to i32 addrspace(3)*
	%9717 = getelementptr i32, i32 addrspace(3)* %9716, i32 %9714
	store i32 0, i32 addrspace(3)* %9717
	%9718 = mul i32 %3, 8
	%9719 = add i32 %9718, 5
	%9720 = add i32 %9434, %9719
	%9721 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9722 = bitcast i8 addrspace(3)* %9721 to i32 addrspace(3)*
	%9723 = getelementptr i32, i32 addrspace(3)* %9722, i32 %9720
	store i32 0, i32 addrspace(3)* %9723
	%9724 = mul i32 %3, 8
	%9725 = add i32 %9724, 6
	%9726 = add i32 %9434, %9725
	%9727 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9728 = bitcast i8 addrspace(3)* %9727 to i32 addrspace(3)*
	%9729 = getelementptr i32, i32 addrspace(3)* %9728, i32 %9726
	store i32 0, i32 addrspace(3)* %9729
	%9730 = mul i32 %3, 8
	%9731 = add i32 %9730, 7
	%9732 = add i32 %9434, %9731
	%9733 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9734 = bitcast i8 addrspace(3)* %9733 to i32 addrspace(3)*
	%9735 = getelementptr i32, i32 addrspace(3)* %9734, i32 %9732
	store i32 0, i32 addrspace(3)* %9735
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %9746

9736:
	%9737 = lshr i32 %9498, 24
	%9738 = and i32 %9737, 255
	%9739 = add i32 %9434, %9738
	%9740 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9741 = bitcast i8 addrspace(3)* %9740 to i32 addrspace(3)*
	%9742 = getelementptr i32, i32 addrspace(3)* %9741, i32 %9739
	%9743 = atomicrmw add i32 addrspace(3)* %9742, i32 1 monotonic
	br label %9744

9744:
	%9745 = add i32 %9491, 32
	br label %9490

9746:
	%9747 = phi i32 [ %3, %9502 ], [ %10001, %10000 ]
	%9748 = icmp slt i32 %9747, %552
	br i1 %9748, label %9749, label %9758

9749:
	%9750 = add i32 %9433, %9747
	%9751 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%9752 = bitcast i8 addrspace(3)* %9751 to i32 addrspace(3)*
	%9753 = getelementptr i32, i32 addrspace(3)* %9752, i32 %9750
	%9754 = load i32, i32 addrspace(3)* %9753
	%9755 = and i32 %9754, %9686
	%9756 = icmp eq i32 %9755, %9684
	%9757 = and i1 true, %9756
	br i1 %9757, label %9992, label %10000

9758:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%9759 = mul i32 %3, 8
	%9760 = add i32 %9759, 0
	%9761 = sub i32 255, %9760
	%9762 = add i32 %9434, %9761
	%9763 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9764 = bitcast i8 addrspace(3)* %9763 to i32 addrspace(3)*
	%9765 = getelementptr i32, i32 addrspace(3)* %9764, i32 %9762
	%9766 = load i32, i32 addrspace(3)* %9765
	%9767 = add i32 0, %9766
	%9768 = mul i32 %3, 8
	%9769 = add i32 %9768, 1
	%9770 = sub i32 255, %9769
	%9771 = add i32 %9434, %9770
	%9772 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9773 = bitcast i8 addrspace(3)* %9772 to i32 addrspace(3)*
	%9774 = getelementptr i32, i32 addrspace(3)* %9773, i32 %9771
	%9775 = load i32, i32 addrspace(3)* %9774
	%9776 = add i32 %9767, %9775
	%9777 = mul i32 %3, 8
	%9778 = add i32 %9777, 2
	%9779 = sub i32 255, %9778
	%9780 = add i32 %9434, %9779
	%9781 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9782 = bitcast i8 addrspace(3)* %9781 to i32 addrspace(3)*
	%9783 = getelementptr i32, i32 addrspace(3)* %9782, i32 %9780
	%9784 = load i32, i32 addrspace(3)* %9783
	%9785 = add i32 %9776, %9784
	%9786 = mul i32 %3, 8
	%9787 = add i32 %9786, 3
	%9788 = sub i32 255, %9787
	%9789 = add i32 %9434, %9788
	%9790 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9791 = bitcast i8 addrspace(3)* %9790 to i32 addrspace(3)*
	%9792 = getelementptr i32, i32 addrspace(3)* %9791, i32 %9789
	%9793 = load i32, i32 addrspace(3)* %9792
	%9794 = add i32 %9785, %9793
	%9795 = mul i32 %3, 8
	%9796 = add i32 %9795, 4
	%9797 = sub i32 255, %9796
	%9798 = add i32 %9434, %9797
	%9799 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9800 = bitcast i8 addrspace(3)* %9799 to i32 addrspace(3)*
	%9801 = getelementptr i32, i32 addrspace(3)* %9800, i32 %9798
	%9802 = load i32, i32 addrspace(3)* %9801
	%9803 = add i32 %9794, %9802
	%9804 = mul i32 %3, 8
	%9805 = add i32 %9804, 5
	%9806 = sub i32 255, %9805
	%9807 = add i32 %9434, %9806
	%9808 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9809 = bitcast i8 addrspace(3)* %9808 to i32 addrspace(3)*
	%9810 = getelementptr i32, i32 addrspace(3)* %9809, i32 %9807
	%9811 = load i32, i32 addrspace(3)* %9810
	%9812 = add i32 %9803, %9811
	%9813 = mul i32 %3, 8
	%9814 = add i32 %9813, 6
	%9815 = sub i32 255, %9814
	%9816 = add i32 %9434, %9815
	%9817 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9818 = bitcast i8 addrspace(3)* %9817 to i32 addrspace(3)*
	%9819 = getelementptr i32, i32 addrspace(3)* %9818, i32 %9816
	%9820 = load i32, i32 addrspace(3)* %9819
	%9821 = add i32 %9812, %9820
	%9822 = mul i32 %3, 8
	%9823 = add i32 %9822, 7
	%9824 = sub i32 255, %9823
	%9825 = add i32 %9434, %9824
	%9826 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9827 = bitcast i8 addrspace(3)* %9826 to i32 addrspace(3)*
	%9828 = getelementptr i32, i32 addrspace(3)* %9827, i32 %9825
	%9829 = load i32, i32 addrspace(3)* %9828
	%9830 = add i32 %9821, %9829
	%9831 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9830, i32 1, i32 0)
	%9832 = icmp uge i32 %3, 1
	%9833 = select i1 %9832, i32 %9831, i32 0
	%9834 = add i32 %9830, %9833
	%9835 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9834, i32 2, i32 0)
	%9836 = icmp uge i32 %3, 2
	%9837 = select i1 %9836, i32 %9835, i32 0
	%9838 = add i32 %9834, %9837
	%9839 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9838, i32 4, i32 0)
	%9840 = icmp uge i32 %3, 4
	%9841 = select i1 %9840, i32 %9839, i32 0
	%9842 = add i32 %9838, %9841
	%9843 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9842, i32 8, i32 0)
	%9844 = icmp uge i32 %3, 8
	%9845 = select i1 %9844, i32 %9843, i32 0
	%9846 = add i32 %9842, %9845
	%9847 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9846, i32 16, i32 0)
	%9848 = icmp uge i32 %3, 16
	%9849 = select i1 %9848, i32 %9847, i32 0
	%9850 = add i32 %9846, %9849
	%9851 = sub i32 %9850, %9830
	%9852 = icmp slt i32 %9851, %9687
	%9853 = icmp sge i32 %9850, %9687
	%9854 = and i1 %9852, %9853
	%9855 = add i32 %9851, %9766
	%9856 = xor i1 false, true
	%9857 = icmp sge i32 %9855, %9687
	%9858 = and i1 %9856, %9857
	%9859 = mul i32 %3, 8
	%9860 = add i32 %9859, 0
	%9861 = sub i32 255, %9860
	%9862 = select i1 %9858, i32 %9861, i32 0
	%9863 = select i1 %9858, i32 %9851, i32 0
	%9864 = or i1 false, %9858
	%9865 = add i32 %9855, %9775
	%9866 = xor i1 %9864, true
	%9867 = icmp sge i32 %9865, %9687
	%9868 = and i1 %9866, %9867
	%9869 = mul i32 %3, 8
	%9870 = add i32 %9869, 1
	%9871 = sub i32 255, %9870
	%9872 = select i1 %9868, i32 %9871, i32 %9862
	%9873 = select i1 %9868, i32 %9855, i32 %9863
	%9874 = or i1 %9864, %9868
	%9875 = add i32 %9865, %9784
	%9876 = xor i1 %9874, true
	%9877 = icmp sge i32 %9875, %9687
	%9878 = and i1 %9876, %9877
	%9879 = mul i32 %3, 8
	%9880 = add i32 %9879, 2
	%9881 = sub i32 255, %9880
	%9882 = select i1 %9878, i32 %9881, i32 %9872
	%9883 = select i1 %9878, i32 %9865, i32 %9873
	%9884 = or i1 %9874, %9878
	%9885 = add i32 %9875, %9793
	%9886 = xor i1 %9884, true
	%9887 = icmp sge i32 %9885, %9687
	%9888 = and i1 %9886, %9887
	%9889 = mul i32 %3, 8
	%9890 = add i32 %9889, 3
	%9891 = sub i32 255, %9890
	%9892 = select i1 %9888, i32 %9891, i32 %9882
	%9893 = select i1 %9888, i32 %9875, i32 %9883
	%9894 = or i1 %9884, %9888
	%9895 = add i32 %9885, %9802
	%9896 = xor i1 %9894, true
	%9897 = icmp sge i32 %9895, %9687
	%9898 = and i1 %9896, %9897
	%9899 = mul i32 %3, 8
	%9900 = add i32 %9899, 4
	%9901 = sub i32 255, %9900
	%9902 = select i1 %9898, i32 %9901, i32 %9892
	%9903 = select i1 %9898, i32 %9885, i32 %9893
	%9904 = or i1 %9894, %9898
	%9905 = add i32 %9895, %9811
	%9906 = xor i1 %9904, true
	%9907 = icmp sge i32 %9905, %9687
	%9908 = and i1 %9906, %9907
	%9909 = mul i32 %3, 8
	%9910 = add i32 %9909, 5
	%9911 = sub i32 255, %9910
	%9912 = select i1 %9908, i32 %9911, i32 %9902
	%9913 = select i1 %9908, i32 %9895, i32 %9903
	%9914 = or i1 %9904, %9908
	%9915 = add i32 %9905, %9820
	%9916 = xor i1 %9914, true
	%9917 = icmp sge i32 %9915, %9687
	%9918 = and i1 %9916, %9917
	%9919 = mul i32 %3, 8
	%9920 = add i32 %9919, 6
	%9921 = sub i32 255, %9920
	%9922 = select i1 %9918, i32 %9921, i32 %9912
	%9923 = select i1 %9918, i32 %9905, i32 %9913
	%9924 = or i1 %9914, %9918
	%9925 = add i32 %9915, %9829
	%9926 = xor i1 %9924, true
	%9927 = icmp sge i32 %9925, %9687
	%9928 = and i1 %9926, %9927
	%9929 = mul i32 %3, 8
	%9930 = add i32 %9929, 7
	%9931 = sub i32 255, %9930
	%9932 = select i1 %9928, i32 %9931, i32 %9922
	%9933 = select i1 %9928, i32 %9915, i32 %9923
	%9934 = or i1 %9924, %9928
	%9935 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %9854)
	%9936 = call i32 @llvm.cttz.i32(i32 %9935, i1 false)
	%9937 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %9932, i32 %9936, i32 31)
	%9938 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %9933, i32 %9936, i32 31)
	%9939 = shl i32 %9937, 16
	%9940 = or i32 %9684, %9939
	%9941 = shl i32 255, 16
	%9942 = or i32 %9686, %9941
	%9943 = sub i32 %9687, %9938
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%9944 = mul i32 %3, 8
	%9945 = add i32 %9944, 0
	%9946 = add i32 %9434, %9945
	%9947 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9948 = bitcast i8 addrspace(3)* %9947 to i32 addrspace(3)*
	%9949 = getelementptr i32, i32 addrspace(3)* %9948, i32 %9946
	store i32 0, i32 addrspace(3)* %9949
	%9950 = mul i32 %3, 8
	%9951 = add i32 %9950, 1
	%9952 = add i32 %9434, %9951
	%9953 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9954 = bitcast i8 addrspace(3)* %9953 to i32 addrspace(3)*
	%9955 = getelementptr i32, i32 addrspace(3)* %9954, i32 %9952
	store i32 0, i32 addrspace(3)* %9955
	%9956 = mul i32 %3, 8
	%9957 = add i32 %9956, 2
	%9958 = add i32 %9434, %9957
	%9959 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9960 = bitcast i8 addrspace(3)* %9959 to i32 addrspace(3)*
	%9961 = getelementptr i32, i32 addrspace(3)* %9960, i32 %9958
	store i32 0, i32 addrspace(3)* %9961
	%9962 = mul i32 %3, 8
	%9963 = add i32 %9962, 3
	%9964 = add i32 %9434, %9963
	%9965 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9966 = bitcast i8 addrspace(3)* %9965 to i32 addrspace(3)*
	%9967 = getelementptr i32, i32 addrspace(3)* %9966, i32 %9964
	store i32 0, i32 addrspace(3)* %9967
	%9968 = mul i32 %3, 8
	%9969 = add i32 %9968, 4
	%9970 = add i32 %9434, %9969
	%9971 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9972 = bitcast i8 addrspace(3)* %9971 to i32 addrspace(3)*
	%9973 = getelementptr i32, i32 addrspace(3)* %9972, i32 %9970
	store i32 0, i32 addrspace(3)* %9973
	%9974 = mul i32 %3, 8
	%9975 = add i32 %9974, 5
	%9976 = add i32 %9434, %9975
	%9977 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9978 = bitcast i8 addrspace(3)* %9977 to i32 addrspace(3)*
	%9979 = getelementptr i32, i32 addrspace(3)* %9978, i32 %9976
	store i32 0, i32 addrspace(3)* %9979
	%9980 = mul i32 %3, 8
	%9981 = add i32 %9980, 6
	%9982 = add i32 %9434, %9981
	%9983 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9984 = bitcast i8 addrspace(3)* %9983 to i32 addrspace(3)*
	%9985 = getelementptr i32, i32 addrspace(3)* %9984, i32 %9982
	store i32 0, i32 addrspace(3)* %9985
	%9986 = mul i32 %3, 8
	%9987 = add i32 %9986, 7
	%9988 = add i32 %9434, %9987
	%9989 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9990 = bitcast i8 addrspace(3)* %9989 to i32 addrspace(3)*
	%9991 = getelementptr i32, i32 addrspace(3)* %9990, i32 %9988
	store i32 0, i32 addrspace(3)* %9991
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %10002

9992:
	%9993 = lshr i32 %9754, 16
	%9994 = and i32 %9993, 255
	%9995 = add i32 %9434, %9994
	%9996 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9997 = bitcast i8 addrspace(3)* %9996 to i32 addrspace(3)*
	%9998 = getelementptr i32, i32 addrspace(3)* %9997, i32 %9995
	%9999 = atomicrmw add i32 addrspace(3)* %9998, i32 1 monotonic
	br label %10000

10000:
	%10001 = add i32 %9747, 32
	br label %9746

10002:
	%10003 = phi i32 [ %3, %9758 ], [ %10257, %10256 ]
	%10004 = icmp slt i32 %10003, %552
	br i1 %10004, label %10005, label %10014

10005:
	%10006 = add i32 %9433, %10003
	%10007 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%10008 = bitcast i8 addrspace(3)* %10007 to i32 addrspace(3)*
	%10009 = getelementptr i32, i32 addrspace(3)* %10008, i32 %10006
	%10010 = load i32, i32 addrspace(3)* %10009
	%10011 = and i32 %10010, %9942
	%10012 = icmp eq i32 %10011, %9940
	%10013 = and i1 true, %10012
	br i1 %10013, label %10248, label %10256

10014:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%10015 = mul i32 %3, 8
	%10016 = add i32 %10015, 0
	%10017 = sub i32 255, %10016
	%10018 = add i32 %9434, %10017
	%10019 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10020 = bitcast i8 addrspace(3)* %10019 to i32 addrspace(3)*
	%10021 = getelementptr i32, i32 addrspace(3)* %10020, i32 %10018
	%10022 = load i32, i32 addrspace(3)* %10021
	%10023 = add i32 0, %10022
	%10024 = mul i32 %3, 8
	%10025 = add i32 %10024, 1
	%10026 = sub i32 255, %10025
	%10027 = add i32 %9434, %10026
	%10028 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10029 = bitcast i8 addrspace(3)* %10028 to i32 addrspace(3)*
	%10030 = getelementptr i32, i32 addrspace(3)* %10029, i32 %10027
	%10031 = load i32, i32 addrspace(3)* %10030
	%10032 = add i32 %10023, %10031
	%10033 = mul i32 %3, 8
	%10034 = add i32 %10033, 2
	%10035 = sub i32 255, %10034
	%10036 = add i32 %9434, %10035
	%10037 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10038 = bitcast i8 addrspace(3)* %10037 to i32 addrspace(3)*
	%10039 = getelementptr i32, i32 addrspace(3)* %10038, i32 %10036
	%10040 = load i32, i32 addrspace(3)* %10039
	%10041 = add i32 %10032, %10040
	%10042 = mul i32 %3, 8
	%10043 = add i32 %10042, 3
	%10044 = sub i32 255, %10043
	%10045 = add i32 %9434, %10044
	%10046 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10047 = bitcast i8 addrspace(3)* %10046 to i32 addrspace(3)*
	%10048 = getelementptr i32, i32 addrspace(3)* %10047, i32 %10045
	%10049 = load i32, i32 addrspace(3)* %10048
	%10050 = add i32 %10041, %10049
	%10051 = mul i32 %3, 8
	%10052 = add i32 %10051, 4
	%10053 = sub i32 255, %10052
	%10054 = add i32 %9434, %10053
	%10055 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10056 = bitcast i8 addrspace(3)* %10055 to i32 addrspace(3)*
	%10057 = getelementptr i32, i32 addrspace(3)* %10056, i32 %10054
	%10058 = load i32, i32 addrspace(3)* %10057
	%10059 = add i32 %10050, %10058
	%10060 = mul i32 %3, 8
	%10061 = add i32 %10060, 5
	%10062 = sub i32 255, %10061
	%10063 = add i32 %9434, %10062
	%10064 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10065 = bitcast i8 addrspace(3)* %10064 to i32 addrspace(3)*
	%10066 = getelementptr i32, i32 addrspace(3)* %10065, i32 %10063
	%10067 = load i32, i32 addrspace(3)* %10066
	%10068 = add i32 %10059, %10067
	%10069 = mul i32 %3, 8
	%10070 = add i32 %10069, 6
	%10071 = sub i32 255, %10070
	%10072 = add i32 %9434, %10071
	%10073 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10074 = bitcast i8 addrspace(3)* %10073 to i32 addrspace(3)*
	%10075 = getelementptr i32, i32 addrspace(3)* %10074, i32 %10072
	%10076 = load i32, i32 addrspace(3)* %10075
	%10077 = add i32 %10068, %10076
	%10078 = mul i32 %3, 8
	%10079 = add i32 %10078, 7
	%10080 = sub i32 255, %10079
	%10081 = add i32 %9434, %10080
	%10082 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10083 = bitcast i8 addrspace(3)* %10082 to i32 addrspace(3)*
	%10084 = getelementptr i32, i32 addrspace(3)* %10083, i32 %10081
	%10085 = load i32, i32 addrspace(3)* %10084
	%10086 = add i32 %10077, %10085
	%10087 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10086, i32 1, i32 0)
	%10088 = icmp uge i32 %3, 1
	%10089 = select i1 %10088, i32 %10087, i32 0
	%10090 = add i32 %10086, %10089
	%10091 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10090, i32 2, i32 0)
	%10092 = icmp uge i32 %3, 2
	%10093 = select i1 %10092, i32 %10091, i32 0
	%10094 = add i32 %10090, %10093
	%10095 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10094, i32 4, i32 0)
	%10096 = icmp uge i32 %3, 4
	%10097 = select i1 %10096, i32 %10095, i32 0
	%10098 = add i32 %10094, %10097
	%10099 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10098, i32 8, i32 0)
	%10100 = icmp uge i32 %3, 8
	%10101 = select i1 %10100, i32 %10099, i32 0
	%10102 = add i32 %10098, %10101
	%10103 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10102, i32 16, i32 0)
	%10104 = icmp uge i32 %3, 16
	%10105 = select i1 %10104, i32 %10103, i32 0
	%10106 = add i32 %10102, %10105
	%10107 = sub i32 %10106, %10086
	%10108 = icmp slt i32 %10107, %9943
	%10109 = icmp sge i32 %10106, %9943
	%10110 = and i1 %10108, %10109
	%10111 = add i32 %10107, %10022
	%10112 = xor i1 false, true
	%10113 = icmp sge i32 %10111, %9943
	%10114 = and i1 %10112, %10113
	%10115 = mul i32 %3, 8
	%10116 = add i32 %10115, 0
	%10117 = sub i32 255, %10116
	%10118 = select i1 %10114, i32 %10117, i32 0
	%10119 = select i1 %10114, i32 %10107, i32 0
	%10120 = or i1 false, %10114
	%10121 = add i32 %10111, %10031
	%10122 = xor i1 %10120, true
	%10123 = icmp sge i32 %10121, %9943
	%10124 = and i1 %10122, %10123
	%10125 = mul i32 %3, 8
	%10126 = add i32 %10125, 1
	%10127 = sub i32 255, %10126
	%10128 = select i1 %10124, i32 %10127, i32 %10118
	%10129 = select i1 %10124, i32 %10111, i32 %10119
	%10130 = or i1 %10120, %10124
	%10131 = add i32 %10121, %10040
	%10132 = xor i1 %10130, true
	%10133 = icmp sge i32 %10131, %9943
	%10134 = and i1 %10132, %10133
	%10135 = mul i32 %3, 8
	%10136 = add i32 %10135, 2
	%10137 = sub i32 255, %10136
	%10138 = select i1 %10134, i32 %10137, i32 %10128
	%10139 = select i1 %10134, i32 %10121, i32 %10129
	%10140 = or i1 %10130, %10134
	%10141 = add i32 %10131, %10049
	%10142 = xor i1 %10140, true
	%10143 = icmp sge i32 %10141, %9943
	%10144 = and i1 %10142, %10143
	%10145 = mul i32 %3, 8
	%10146 = add i32 %10145, 3
	%10147 = sub i32 255, %10146
	%10148 = select i1 %10144, i32 %10147, i32 %10138
	%10149 = select i1 %10144, i32 %10131, i32 %10139
	%10150 = or i1 %10140, %10144
	%10151 = add i32 %10141, %10058
	%10152 = xor i1 %10150, true
	%10153 = icmp sge i32 %10151, %9943
	%10154 = and i1 %10152, %10153
	%10155 = mul i32 %3, 8
	%10156 = add i32 %10155, 4
	%10157 = sub i32 255, %10156
	%10158 = select i1 %10154, i32 %10157, i32 %10148
	%10159 = select i1 %10154, i32 %10141, i32 %10149
	%10160 = or i1 %10150, %10154
	%10161 = add i32 %10151, %10067
	%10162 = xor i1 %10160, true
	%10163 = icmp sge i32 %10161, %9943
	%10164 = and i1 %10162, %10163
	%10165 = mul i32 %3, 8
	%10166 = add i32 %10165, 5
	%10167 = sub i32 255, %10166
	%10168 = select i1 %10164, i32 %10167, i32 %10158
	%10169 = select i1 %10164, i32 %10151, i32 %10159
	%10170 = or i1 %10160, %10164
	%10171 = add i32 %10161, %10076
	%10172 = xor i1 %10170, true
	%10173 = icmp sge i32 %10171, %9943
	%10174 = and i1 %10172, %10173
	%10175 = mul i32 %3, 8
	%10176 = add i32 %10175, 6
	%10177 = sub i32 255, %10176
	%10178 = select i1 %10174, i32 %10177, i32 %10168
	%10179 = select i1 %10174, i32 %10161, i32 %10169
	%10180 = or i1 %10170, %10174
	%10181 = add i32 %10171, %10085
	%10182 = xor i1 %10180, true
	%10183 = icmp sge i32 %10181, %9943
	%10184 = and i1 %10182, %10183
	%10185 = mul i32 %3, 8
	%10186 = add i32 %10185, 7
	%10187 = sub i32 255, %10186
	%10188 = select i1 %10184, i32 %10187, i32 %10178
	%10189 = select i1 %10184, i32 %10171, i32 %10179
	%10190 = or i1 %10180, %10184
	%10191 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %10110)
	%10192 = call i32 @llvm.cttz.i32(i32 %10191, i1 false)
	%10193 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %10188, i32 %10192, i32 31)
	%10194 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %10189, i32 %10192, i32 31)
	%10195 = shl i32 %10193, 8
	%10196 = or i32 %9940, %10195
	%10197 = shl i32 255, 8
	%10198 = or i32 %9942, %10197
	%10199 = sub i32 %9943, %10194
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%10200 = mul i32 %3, 8
	%10201 = add i32 %10200, 0
	%10202 = add i32 %9434, %10201
	%10203 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10204 = bitcast i8 addrspace(3)* %10203 to i32 addrspace(3)*
	%10205 = getelementptr i32, i32 addrspace(3)* %10204, i32 %10202
	store i32 0, i32 addrspace(3)* %10205
	%10206 = mul i32 %3, 8
	%10207 = add i32 %10206, 1
	%10208 = add i32 %9434, %10207
	%10209 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10210 = bitcast i8 addrspace(3)* %10209 to i32 addrspace(3)*
	%10211 = getelementptr i32, i32 addrspace(3)* %10210, i32 %10208
	store i32 0, i32 addrspace(3)* %10211
	%10212 = mul i32 %3, 8
	%10213 = add i32 %10212, 2
	%10214 = add i32 %9434, %10213
	%10215 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10216 = bitcast i8 addrspace(3)* %10215 to i32 addrspace(3)*
	%10217 = getelementptr i32, i32 addrspace(3)* %10216, i32 %10214
	store i32 0, i32 addrspace(3)* %10217
	%10218 = mul i32 %3, 8
	%10219 = add i32 %10218, 3
	%10220 = add i32 %9434, %10219
	%10221 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10222 = bitcast i8 addrspace(3)* %10221 to i32 addrspace(3)*
	%10223 = getelementptr i32, i32 addrspace(3)* %10222, i32 %10220
	store i32 0, i32 addrspace(3)* %10223
	%10224 = mul i32 %3, 8
	%10225 = add i32 %10224, 4
	%10226 = add i32 %9434, %10225
	%10227 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10228 = bitcast i8 addrspace(3)* %10227 to i32 addrspace(3)*
	%10229 = getelementptr i32, i32 addrspace(3)* %10228, i32 %10226
	store i32 0, i32 addrspace(3)* %10229
	%10230 = mul i32 %3, 8
	%10231 = add i32 %10230, 5
	%10232 = add i32 %9434, %10231
	%10233 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10234 = bitcast i8 addrspace(3)* %10233 to i32 addrspace(3)*
	%10235 = getelementptr i32, i32 addrspace(3)* %10234, i32 %10232
	store i32 0, i32 addrspace(3)* %10235
	%10236 = mul i32 %3, 8
	%10237 = add i32 %10236, 6
	%10238 = add i32 %9434, %10237
	%10239 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10240 = bitcast i8 addrspace(3)* %10239 to i32 addrspace(3)*
	%10241 = getelementptr i32, i32 addrspace(3)* %10240, i32 %10238
	store i32 0, i32 addrspace(3)* %10241
	%10242 = mul i32 %3, 8
	%10243 = add i32 %10242, 7
	%10244 = add i32 %9434, %10243
	%10245 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10246 = bitcast i8 addrspace(3)* %10245 to i32 addrspace(3)*
	%10247 = getelementptr i32, i32 addrspace(3)* %10246, i32 %10244
	store i32 0, i32 addrspace(3)* %10247
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %10258

10248:
	%10249 = lshr i32 %10010, 8
	%10250 = and i32 %10249, 255
	%10251 = add i32 %9434, %10250
	%10252 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10253 = bitcast i8 addrspace(3)* %10252 to i32 addrspace(3)*
	%10254 = getelementptr i32, i32 addrspace(3)* %10253, i32 %10251
	%10255 = atomicrmw add i32 addrspace(3)* %10254, i32 1 monotonic
	br label %10256

10256:
	%10257 = add i32 %10003, 32
	br label %10002

10258:
	%10259 = phi i32 [ %3, %10014 ], [ %10467, %10466 ]
	%10260 = icmp slt i32 %10259, %552
	br i1 %10260, label %10261, label %10270

10261:
	%10262 = add i32 %9433, %10259
	%10263 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%10264 = bitcast i8 addrspace(3)* %10263 to i32 addrspace(3)*
	%10265 = getelementptr i32, i32 addrspace(3)* %10264, i32 %10262
	%10266 = load i32, i32 addrspace(3)* %10265
	%10267 = and i32 %10266, %10198
	%10268 = icmp eq i32 %10267, %10196
	%10269 = and i1 true, %10268
	br i1 %10269, label %10458, label %10466

10270:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%10271 = mul i32 %3, 8
	%10272 = add i32 %10271, 0
	%10273 = sub i32 255, %10272
	%10274 = add i32 %9434, %10273
	%10275 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10276 = bitcast i8 addrspace(3)* %10275 to i32 addrspace(3)*
	%10277 = getelementptr i32, i32 addrspace(3)* %10276, i32 %10274
	%10278 = load i32, i32 addrspace(3)* %10277
	%10279 = add i32 0, %10278
	%10280 = mul i32 %3, 8
	%10281 = add i32 %10280, 1
	%10282 = sub i32 255, %10281
	%10283 = add i32 %9434, %10282
	%10284 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10285 = bitcast i8 addrspace(3)* %10284 to i32 addrspace(3)*
	%10286 = getelementptr i32, i32 addrspace(3)* %10285, i32 %10283
	%10287 = load i32, i32 addrspace(3)* %10286
	%10288 = add i32 %10279, %10287
	%10289 = mul i32 %3, 8
	%10290 = add i32 %10289, 2
	%10291 = sub i32 255, %10290
	%10292 = add i32 %9434, %10291
	%10293 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10294 = bitcast i8 addrspace(3)* %10293 to i32 addrspace(3)*
	%10295 = getelementptr i32, i32 addrspace(3)* %10294, i32 %10292
	%10296 = load i32, i32 addrspace(3)* %10295
	%10297 = add i32 %10288, %10296
	%10298 = mul i32 %3, 8
	%10299 = add i32 %10298, 3
	%10300 = sub i32 255, %10299
	%10301 = add i32 %9434, %10300
	%10302 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10303 = bitcast i8 addrspace(3)* %10302 to i32 addrspace(3)*
	%10304 = getelementptr i32, i32 addrspace(3)* %10303, i32 %10301
	%10305 = load i32, i32 addrspace(3)* %10304
	%10306 = add i32 %10297, %10305
	%10307 = mul i32 %3, 8
	%10308 = add i32 %10307, 4
	%10309 = sub i32 255, %10308
	%10310 = add i32 %9434, %10309
	%10311 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10312 = bitcast i8 addrspace(3)* %10311 to i32 addrspace(3)*
	%10313 = getelementptr i32, i32 addrspace(3)* %10312, i32 %10310
	%10314 = load i32, i32 addrspace(3)* %10313
	%10315 = add i32 %10306, %10314
	%10316 = mul i32 %3, 8
	%10317 = add i32 %10316, 5
	%10318 = sub i32 255, %10317
	%10319 = add i32 %9434, %10318
	%10320 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10321 = bitcast i8 addrspace(3)* %10320 to i32 addrspace(3)*
	%10322 = getelementptr i32, i32 addrspace(3)* %10321, i32 %10319
	%10323 = load i32, i32 addrspace(3)* %10322
	%10324 = add i32 %10315, %10323
	%10325 = mul i32 %3, 8
	%10326 = add i32 %10325, 6
	%10327 = sub i32 255, %10326
	%10328 = add i32 %9434, %10327
	%10329 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10330 = bitcast i8 addrspace(3)* %10329 to i32 addrspace(3)*
	%10331 = getelementptr i32, i32 addrspace(3)* %10330, i32 %10328
	%10332 = load i32, i32 addrspace(3)* %10331
	%10333 = add i32 %10324, %10332
	%10334 = mul i32 %3, 8
	%10335 = add i32 %10334, 7
	%10336 = sub i32 255, %10335
	%10337 = add i32 %9434, %10336
	%10338 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10339 = bitcast i8 addrspace(3)* %10338 to i32 addrspace(3)*
	%10340 = getelementptr i32, i32 addrspace(3)* %10339, i32 %10337
	%10341 = load i32, i32 addrspace(3)* %10340
	%10342 = add i32 %10333, %10341
	%10343 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10342, i32 1, i32 0)
	%10344 = icmp uge i32 %3, 1
	%10345 = select i1 %10344, i32 %10343, i32 0
	%10346 = add i32 %10342, %10345
	%10347 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10346, i32 2, i32 0)
	%10348 = icmp uge i32 %3, 2
	%10349 = select i1 %10348, i32 %10347, i32 0
	%10350 = add i32 %10346, %10349
	%10351 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10350, i32 4, i32 0)
	%10352 = icmp uge i32 %3, 4
	%10353 = select i1 %10352, i32 %10351, i32 0
	%10354 = add i32 %10350, %10353
	%10355 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10354, i32 8, i32 0)
	%10356 = icmp uge i32 %3, 8
	%10357 = select i1 %10356, i32 %10355, i32 0
	%10358 = add i32 %10354, %10357
	%10359 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10358, i32 16, i32 0)
	%10360 = icmp uge i32 %3, 16
	%10361 = select i1 %10360, i32 %10359, i32 0
	%10362 = add i32 %10358, %10361
	%10363 = sub i32 %10362, %10342
	%10364 = icmp slt i32 %10363, %10199
	%10365 = icmp sge i32 %10362, %10199
	%10366 = and i1 %10364, %10365
	%10367 = add i32 %10363, %10278
	%10368 = xor i1 false, true
	%10369 = icmp sge i32 %10367, %10199
	%10370 = and i1 %10368, %10369
	%10371 = mul i32 %3, 8
	%10372 = add i32 %10371, 0
	%10373 = sub i32 255, %10372
	%10374 = select i1 %10370, i32 %10373, i32 0
	%10375 = select i1 %10370, i32 %10363, i32 0
	%10376 = or i1 false, %10370
	%10377 = add i32 %10367, %10287
	%10378 = xor i1 %10376, true
	%10379 = icmp sge i32 %10377, %10199
	%10380 = and i1 %10378, %10379
	%10381 = mul i32 %3, 8
	%10382 = add i32 %10381, 1
	%10383 = sub i32 255, %10382
	%10384 = select i1 %10380, i32 %10383, i32 %10374
	%10385 = select i1 %10380, i32 %10367, i32 %10375
	%10386 = or i1 %10376, %10380
	%10387 = add i32 %10377, %10296
	%10388 = xor i1 %10386, true
	%10389 = icmp sge i32 %10387, %10199
	%10390 = and i1 %10388, %10389
	%10391 = mul i32 %3, 8
	%10392 = add i32 %10391, 2
	%10393 = sub i32 255, %10392
	%10394 = select i1 %10390, i32 %10393, i32 %10384
	%10395 = select i1 %10390, i32 %10377, i32 %10385
	%10396 = or i1 %10386, %10390
	%10397 = add i32 %10387, %10305
	%10398 = xor i1 %10396, true
	%10399 = icmp sge i32 %10397, %10199
	%10400 = and i1 %10398, %10399
	%10401 = mul i32 %3, 8
	%10402 = add i32 %10401, 3
	%10403 = sub i32 255, %10402
	%10404 = select i1 %10400, i32 %10403, i32 %10394
	%10405 = select i1 %10400, i32 %10387, i32 %10395
	%10406 = or i1 %10396, %10400
	%10407 = add i32 %10397, %10314
	%10408 = xor i1 %10406, true
	%10409 = icmp sge i32 %10407, %10199
	%10410 = and i1 %10408, %10409
	%10411 = mul i32 %3, 8
	%10412 = add i32 %10411, 4
	%10413 = sub i32 255, %10412
	%10414 = select i1 %10410, i32 %10413, i32 %10404
	%10415 = select i1 %10410, i32 %10397, i32 %10405
	%10416 = or i1 %10406, %10410
	%10417 = add i32 %10407, %10323
	%10418 = xor i1 %10416, true
	%10419 = icmp sge i32 %10417, %10199
	%10420 = and i1 %10418, %10419
	%10421 = mul i32 %3, 8
	%10422 = add i32 %10421, 5
	%10423 = sub i32 255, %10422
	%10424 = select i1 %10420, i32 %10423, i32 %10414
	%10425 = select i1 %10420, i32 %10407, i32 %10415
	%10426 = or i1 %10416, %10420
	%10427 = add i32 %10417, %10332
	%10428 = xor i1 %10426, true
	%10429 = icmp sge i32 %10427, %10199
	%10430 = and i1 %10428, %10429
	%10431 = mul i32 %3, 8
	%10432 = add i32 %10431, 6
	%10433 = sub i32 255, %10432
	%10434 = select i1 %10430, i32 %10433, i32 %10424
	%10435 = select i1 %10430, i32 %10417, i32 %10425
	%10436 = or i1 %10426, %10430
	%10437 = add i32 %10427, %10341
	%10438 = xor i1 %10436, true
	%10439 = icmp sge i32 %10437, %10199
	%10440 = and i1 %10438, %10439
	%10441 = mul i32 %3, 8
	%10442 = add i32 %10441, 7
	%10443 = sub i32 255, %10442
	%10444 = select i1 %10440, i32 %10443, i32 %10434
	%10445 = select i1 %10440, i32 %10427, i32 %10435
	%10446 = or i1 %10436, %10440
	%10447 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %10366)
	%10448 = call i32 @llvm.cttz.i32(i32 %10447, i1 false)
	%10449 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %10444, i32 %10448, i32 31)
	%10450 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %10445, i32 %10448, i32 31)
	%10451 = shl i32 %10449, 0
	%10452 = or i32 %10196, %10451
	%10453 = shl i32 255, 0
	%10454 = or i32 %10198, %10453
	%10455 = sub i32 %10199, %10450
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%10456 = shl i32 1, %3
	%10457 = sub i32 %10456, 1
	br label %10468

10458:
	%10459 = lshr i32 %10266, 0
	%10460 = and i32 %10459, 255
	%10461 = add i32 %9434, %10460
	%10462 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10463 = bitcast i8 addrspace(3)* %10462 to i32 addrspace(3)*
	%10464 = getelementptr i32, i32 addrspace(3)* %10463, i32 %10461
	%10465 = atomicrmw add i32 addrspace(3)* %10464, i32 1 monotonic
	br label %10466

10466:
	%10467 = add i32 %10259, 32
	br label %10258

10468:
	%10469 = phi i32 [ 0, %10270 ], [ %10518, %10513 ]
	%10470 = phi i32 [ 0, %10270 ], [ %10515, %10513 ]
	%10471 = phi i32 [ 0, %10270 ], [ %10517, %10513 ]
	%10472 = icmp slt i32 %10469, %552
	br i1 %10472, label %10473, label %10476

10473:
	%10474 = add i32 %10469, %3
	%10475 = icmp slt i32 %10474, %552
	br i1 %10475, label %10477, label %10487

10476:
	br label %9483

10477:
	%10478 = add i32 %9433, %10474
	%10479 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%10480 = bitcast i8 addrspace(3)* %10479 to i32 addrspace(3)*
	%10481 = getelementptr i32, i32 addrspace(3)* %10480, i32 %10478
	%10482 = load i32, i32 addrspace(3)* %10481
	%10483 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%10484 = bitcast i8 addrspace(3)* %10483 to i32 addrspace(3)*
	%10485 = getelementptr i32, i32 addrspace(3)* %10484, i32 %10478
	%10486 = load i32, i32 addrspace(3)* %10485
	br label %10487

10487:
	%10488 = phi i32 [ 0, %10473 ], [ %10482, %10477 ]
	%10489 = phi i32 [ 0, %10473 ], [ %10486, %10477 ]
	%10490 = icmp eq i32 %10488, %10452
	%10491 = and i1 %10475, %10490
	%10492 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %10491)
	%10493 = and i32 %10492, %10457
	%10494 = call i32 @llvm.ctpop.i32(i32 %10493)
	%10495 = add i32 %10471, %10494
	%10496 = icmp ugt i32 %10488, %10452
	%10497 = icmp slt i32 %10495, %10455
	%10498 = and i1 %10491, %10497
	%10499 = or i1 %10496, %10498
	%10500 = and i1 %10475, %10499
	%10501 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %10500)
	%10502 = and i32 %10501, %10457
	%10503 = call i32 @llvm.ctpop.i32(i32 %10502)
	%10504 = add i32 %10470, %10503
	%10505 = add i32 %9433, %10504
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %10500, label %10506, label %10513

10506:
	%10507 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%10508 = bitcast i8 addrspace(3)* %10507 to i32 addrspace(3)*
	%10509 = getelementptr i32, i32 addrspace(3)* %10508, i32 %10505
	store i32 %10488, i32 addrspace(3)* %10509
	%10510 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%10511 = bitcast i8 addrspace(3)* %10510 to i32 addrspace(3)*
	%10512 = getelementptr i32, i32 addrspace(3)* %10511, i32 %10505
	store i32 %10489, i32 addrspace(3)* %10512
	br label %10513

10513:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%10514 = call i32 @llvm.ctpop.i32(i32 %10501)
	%10515 = add i32 %10470, %10514
	%10516 = call i32 @llvm.ctpop.i32(i32 %10492)
	%10517 = add i32 %10471, %10516
	%10518 = add i32 %10469, 32
	br label %10468

10519:
	%10520 = phi i32 [ 0, %9483 ], [ %10550, %10544 ]
	%10521 = phi i32 [ 0, %9483 ], [ %10549, %10544 ]
	%10522 = icmp slt i32 %10520, %9484
	br i1 %10522, label %10523, label %10526

10523:
	%10524 = add i32 %10520, %3
	%10525 = icmp slt i32 %10524, %9484
	br i1 %10525, label %10527, label %10534

10526:
	br label %10551

10527:
	%10528 = mul i32 %462, 160
	%10529 = add i32 %10528, %10524
	%10530 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%10531 = bitcast i8 addrspace(3)* %10530 to i32 addrspace(3)*
	%10532 = getelementptr i32, i32 addrspace(3)* %10531, i32 %10529
	%10533 = load i32, i32 addrspace(3)* %10532
	br label %10534

10534:
	%10535 = phi i32 [ 0, %10523 ], [ %10533, %10527 ]
	br i1 %10525, label %10536, label %10544

10536:
	%10537 = add i32 0, %10524
	%10538 = icmp sgt i32 %10535, %489
	%10539 = select i1 %10538, i32 %9485, i32 0
	%10540 = add i32 %10537, %10539
	%10541 = add i32 %9489, %10540
	%10542 = sext i32 %10541 to i64
	%10543 = getelementptr i32, i32* %out, i64 %10542
	store i32 %10535, i32* %10543
	br label %10544

10544:
	%10545 = icmp slt i32 %10535, %486
	%10546 = and i1 %10525, %10545
	%10547 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %10546)
	%10548 = call i32 @llvm.ctpop.i32(i32 %10547)
	%10549 = add i32 %10521, %10548
	%10550 = add i32 %10520, 32
	br label %10519

10551:
	%10552 = phi i32 [ %3, %10526 ], [ %10561, %10554 ]
	%10553 = icmp slt i32 %10552, %9485
	br i1 %10553, label %10554, label %10562

10554:
	%10555 = add i32 0, %10521
	%10556 = add i32 %10555, %10552
	%10557 = add i32 %486, %10552
	%10558 = add i32 %9489, %10556
	%10559 = sext i32 %10558 to i64
	%10560 = getelementptr i32, i32* %out, i64 %10559
	store i32 %10557, i32* %10560
	%10561 = add i32 %10552, 32
	br label %10551

10562:
	%10563 = icmp eq i32 %3, 0
	%10564 = icmp eq i32 0, 1
	%10565 = and i1 %10563, %10564
	br i1 %10565, label %10566, label %10570

10566:
	%10567 = add i32 %9489, 0
	%10568 = sext i32 %10567 to i64
	%10569 = getelementptr i32, i32* %out, i64 %10568
	store i32 0, i32* %10569
	br label %10570

10570:
	%10571 = add i32 %494, %9484
	%10572 = add i32 %10571, %3
	br label %10573

10573:
	%10574 = phi i32 [ %10572, %10570 ], [ %10580, %10576 ]
	%10575 = icmp slt i32 %10574, 8
	br i1 %10575, label %10576, label %10581

10576:
	%10577 = add i32 %9489, %10574
	%10578 = sext i32 %10577 to i64
	%10579 = getelementptr i32, i32* %out, i64 %10578
	store i32 -1, i32* %10579
	%10580 = add i32 %10574, 32
	br label %10573

10581:
	br label %9429

10582:
	%10583 = icmp sgt i32 %554, %541
	br i1 %10583, label %10585, label %10636

10584:
	ret void

10585:
	%10586 = mul i32 %504, 160
	%10587 = mul i32 %4, 256
	%10588 = mul i32 %3, 8
	%10589 = add i32 %10588, 0
	%10590 = add i32 %10587, %10589
	%10591 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10592 = bitcast i8 addrspace(3)* %10591 to i32 addrspace(3)*
	%10593 = getelementptr i32, i32 addrspace(3)* %10592, i32 %10590
	store i32 0, i32 addrspace(3)* %10593
	%10594 = mul i32 %3, 8
	%10595 = add i32 %10594, 1
	%10596 = add i32 %10587, %10595
	%10597 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10598 = bitcast i8 addrspace(3)* %10597 to i32 addrspace(3)*
	%10599 = getelementptr i32, i32 addrspace(3)* %10598, i32 %10596
	store i32 0, i32 addrspace(3)* %10599
	%10600 = mul i32 %3, 8
	%10601 = add i32 %10600, 2
	%10602 = add i32 %10587, %10601
	%10603 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10604 = bitcast i8 addrspace(3)* %10603 to i32 addrspace(3)*
	%10605 = getelementptr i32, i32 addrspace(3)* %10604, i32 %10602
	store i32 0, i32 addrspace(3)* %10605
	%10606 = mul i32 %3, 8
	%10607 = add i32 %10606, 3
	%10608 = add i32 %10587, %10607
	%10609 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10610 = bitcast i8 addrspace(3)* %10609 to i32 addrspace(3)*
	%10611 = getelementptr i32, i32 addrspace(3)* %10610, i32 %10608
	store i32 0, i32 addrspace(3)* %10611
	%10612 = mul i32 %3, 8
	%10613 = add i32 %10612, 4
	%10614 = add i32 %10587, %10613
	%10615 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10616 = bitcast i8 addrspace(3)* %10615 to i32 addrspace(3)*
	%10617 = getelementptr i32, i32 addrspace(3)* %10616, i32 %10614
	store i32 0, i32 addrspace(3)* %10617
	%10618 = mul i32 %3, 8
	%10619 = add i32 %10618, 5
	%10620 = add i32 %10587, %10619
	%10621 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10622 = bitcast i8 addrspace(3)* %10621 to i32 addrspace(3)*
	%10623 = getelementptr i32, i32 addrspace(3)* %10622, i32 %10620
	store i32 0, i32 addrspace(3)* %10623
	%10624 = mul i32 %3, 8
	%10625 = add i32 %10624, 6
	%10626 = add i32 %10587, %10625
	%10627 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10628 = bitcast i8 addrspace(3)* %10627 to i32 addrspace(3)*
	%10629 = getelementptr i32, i32 addrspace(3)* %10628, i32 %10626
	store i32 0, i32 addrspace(3)* %10629
	%10630 = mul i32 %3, 8
	%10631 = add i32 %10630, 7
	%10632 = add i32 %10587, %10631
	%10633 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10634 = bitcast i8 addrspace(3)* %10633 to i32 addrspace(3)*
	%10635 = getelementptr i32, i32 addrspace(3)* %10634, i32 %10632
	store i32 0, i32 addrspace(3)* %10635
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %10643

10636:
	%10637 = phi i32 [ %554, %10582 ], [ %541, %11629 ]
	%10638 = sub i32 %536, 0
	%10639 = mul i32 %2, %M
	%10640 = add i32 %5, %504
	%10641 = add i32 %10639, %10640
	%10642 = mul i32 %10641, 8
	br label %11672

10643:
	%10644 = phi i32 [ %3, %10585 ], [ %10898, %10897 ]
	%10645 = icmp slt i32 %10644, %554
	br i1 %10645, label %10646, label %10655

10646:
	%10647 = add i32 %10586, %10644
	%10648 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%10649 = bitcast i8 addrspace(3)* %10648 to i32 addrspace(3)*
	%10650 = getelementptr i32, i32 addrspace(3)* %10649, i32 %10647
	%10651 = load i32, i32 addrspace(3)* %10650
	%10652 = and i32 %10651, 0
	%10653 = icmp eq i32 %10652, 0
	%10654 = and i1 true, %10653
	br i1 %10654, label %10889, label %10897

10655:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%10656 = mul i32 %3, 8
	%10657 = add i32 %10656, 0
	%10658 = sub i32 255, %10657
	%10659 = add i32 %10587, %10658
	%10660 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10661 = bitcast i8 addrspace(3)* %10660 to i32 addrspace(3)*
	%10662 = getelementptr i32, i32 addrspace(3)* %10661, i32 %10659
	%10663 = load i32, i32 addrspace(3)* %10662
	%10664 = add i32 0, %10663
	%10665 = mul i32 %3, 8
	%10666 = add i32 %10665, 1
	%10667 = sub i32 255, %10666
	%10668 = add i32 %10587, %10667
	%10669 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10670 = bitcast i8 addrspace(3)* %10669 to i32 addrspace(3)*
	%10671 = getelementptr i32, i32 addrspace(3)* %10670, i32 %10668
	%10672 = load i32, i32 addrspace(3)* %10671
	%10673 = add i32 %10664, %10672
	%10674 = mul i32 %3, 8
	%10675 = add i32 %10674, 2
	%10676 = sub i32 255, %10675
	%10677 = add i32 %10587, %10676
	%10678 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10679 = bitcast i8 addrspace(3)* %10678 to i32 addrspace(3)*
	%10680 = getelementptr i32, i32 addrspace(3)* %10679, i32 %10677
	%10681 = load i32, i32 addrspace(3)* %10680
	%10682 = add i32 %10673, %10681
	%10683 = mul i32 %3, 8
	%10684 = add i32 %10683, 3
	%10685 = sub i32 255, %10684
	%10686 = add i32 %10587, %10685
	%10687 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10688 = bitcast i8 addrspace(3)* %10687 to i32 addrspace(3)*
	%10689 = getelementptr i32, i32 addrspace(3)* %10688, i32 %10686
	%10690 = load i32, i32 addrspace(3)* %10689
	%10691 = add i32 %10682, %10690
	%10692 = mul i32 %3, 8
	%10693 = add i32 %10692, 4
	%10694 = sub i32 255, %10693
	%10695 = add i32 %10587, %10694
	%10696 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10697 = bitcast i8 addrspace(3)* %10696 to i32 addrspace(3)*
	%10698 = getelementptr i32, i32 addrspace(3)* %10697, i32 %10695
	%10699 = load i32, i32 addrspace(3)* %10698
	%10700 = add i32 %10691, %10699
	%10701 = mul i32 %3, 8
	%10702 = add i32 %10701, 5
	%10703 = sub i32 255, %10702
	%10704 = add i32 %10587, %10703
	%10705 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10706 = bitcast i8 addrspace(3)* %10705 to i32 addrspace(3)*
	%10707 = getelementptr i32, i32 addrspace(3)* %10706, i32 %10704
	%10708 = load i32, i32 addrspace(3)* %10707
	%10709 = add i32 %10700, %10708
	%10710 = mul i32 %3, 8
	%10711 = add i32 %10710, 6
	%10712 = sub i32 255, %10711
	%10713 = add i32 %10587, %10712
	%10714 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10715 = bitcast i8 addrspace(3)* %10714 to i32 addrspace(3)*
	%10716 = getelementptr i32, i32 addrspace(3)* %10715, i32 %10713
	%10717 = load i32, i32 addrspace(3)* %10716
	%10718 = add i32 %10709, %10717
	%10719 = mul i32 %3, 8
	%10720 = add i32 %10719, 7
	%10721 = sub i32 255, %10720
	%10722 = add i32 %10587, %10721
	%10723 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10724 = bitcast i8 addrspace(3)* %10723 to i32 addrspace(3)*
	%10725 = getelementptr i32, i32 addrspace(3)* %10724, i32 %10722
	%10726 = load i32, i32 addrspace(3)* %10725
	%10727 = add i32 %10718, %10726
	%10728 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10727, i32 1, i32 0)
	%10729 = icmp uge i32 %3, 1
	%10730 = select i1 %10729, i32 %10728, i32 0
	%10731 = add i32 %10727, %10730
	%10732 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10731, i32 2, i32 0)
	%10733 = icmp uge i32 %3, 2
	%10734 = select i1 %10733, i32 %10732, i32 0
	%10735 = add i32 %10731, %10734
	%10736 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10735, i32 4, i32 0)
	%10737 = icmp uge i32 %3, 4
	%10738 = select i1 %10737, i32 %10736, i32 0
	%10739 = add i32 %10735, %10738
	%10740 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10739, i32 8, i32 0)
	%10741 = icmp uge i32 %3, 8
	%10742 = select i1 %10741, i32 %10740, i32 0
	%10743 = add i32 %10739, %10742
	%10744 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10743, i32 16, i32 0)
	%10745 = icmp uge i32 %3, 16
	%10746 = select i1 %10745, i32 %10744, i32 0
	%10747 = add i32 %10743, %10746
	%10748 = sub i32 %10747, %10727
	%10749 = icmp slt i32 %10748, %541
	%10750 = icmp sge i32 %10747, %541
	%10751 = and i1 %10749, %10750
	%10752 = add i32 %10748, %10663
	%10753 = xor i1 false, true
	%10754 = icmp sge i32 %10752, %541
	%10755 = and i1 %10753, %10754
	%10756 = mul i32 %3, 8
	%10757 = add i32 %10756, 0
	%10758 = sub i32 255, %10757
	%10759 = select i1 %10755, i32 %10758, i32 0
	%10760 = select i1 %10755, i32 %10748, i32 0
	%10761 = or i1 false, %10755
	%10762 = add i32 %10752, %10672
	%10763 = xor i1 %10761, true
	%10764 = icmp sge i32 %10762, %541
	%10765 = and i1 %10763, %10764
	%10766 = mul i32 %3, 8
	%10767 = add i32 %10766, 1
	%10768 = sub i32 255, %10767
	%10769 = select i1 %10765, i32 %10768, i32 %10759
	%10770 = select i1 %10765, i32 %10752, i32 %10760
	%10771 = or i1 %10761, %10765
	%10772 = add i32 %10762, %10681
	%10773 = xor i1 %10771, true
	%10774 = icmp sge i32 %10772, %541
	%10775 = and i1 %10773, %10774
	%10776 = mul i32 %3, 8
	%10777 = add i32 %10776, 2
	%10778 = sub i32 255, %10777
	%10779 = select i1 %10775, i32 %10778, i32 %10769
	%10780 = select i1 %10775, i32 %10762, i32 %10770
	%10781 = or i1 %10771, %10775
	%10782 = add i32 %10772, %10690
	%10783 = xor i1 %10781, true
	%10784 = icmp sge i32 %10782, %541
	%10785 = and i1 %10783, %10784
	%10786 = mul i32 %3, 8
	%10787 = add i32 %10786, 3
	%10788 = sub i32 255, %10787
	%10789 = select i1 %10785, i32 %10788, i32 %10779
	%10790 = select i1 %10785, i32 %10772, i32 %10780
	%10791 = or i1 %10781, %10785
	%10792 = add i32 %10782, %10699
	%10793 = xor i1 %10791, true
	%10794 = icmp sge i32 %10792, %541
	%10795 = and i1 %10793, %10794
	%10796 = mul i32 %3, 8
	%10797 = add i32 %10796, 4
	%10798 = sub i32 255, %10797
	%10799 = select i1 %10795, i32 %10798, i32 %10789
	%10800 = select i1 %10795, i32 %10782, i32 %10790
	%10801 = or i1 %10791, %10795
	%10802 = add i32 %10792, %10708
	%10803 = xor i1 %10801, true
	%10804 = icmp sge i32 %10802, %541
	%10805 = and i1 %10803, %10804
	%10806 = mul i32 %3, 8
	%10807 = add i32 %10806, 5
	%10808 = sub i32 255, %10807
	%10809 = select i1 %10805, i32 %10808, i32 %10799
	%10810 = select i1 %10805, i32 %10792, i32 %10800
	%10811 = or i1 %10801, %10805
	%10812 = add i32 %10802, %10717
	%10813 = xor i1 %10811, true
	%10814 = icmp sge i32 %10812, %541
	%10815 = and i1 %10813, %10814
	%10816 = mul i32 %3, 8
	%10817 = add i32 %10816, 6
	%10818 = sub i32 255, %10817
	%10819 = select i1 %10815, i32 %10818, i32 %10809
	%10820 = select i1 %10815, i32 %10802, i32 %10810
	%10821 = or i1 %10811, %10815
	%10822 = add i32 %10812, %10726
	%10823 = xor i1 %10821, true
	%10824 = icmp sge i32 %10822, %541
	%10825 = and i1 %10823, %10824
	%10826 = mul i32 %3, 8
	%10827 = add i32 %10826, 7
	%10828 = sub i32 255, %10827
	%10829 = select i1 %10825, i32 %10828, i32 %10819
	%10830 = select i1 %10825, i32 %10812, i32 %10820
	%10831 = or i1 %10821, %10825
	%10832 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %10751)
	%10833 = call i32 @llvm.cttz.i32(i32 %10832, i1 false)
	%10834 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %10829, i32 %10833, i32 31)
	%10835 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %10830, i32 %10833, i32 31)
	%10836 = shl i32 %10834, 24
	%10837 = or i32 0, %10836
	%10838 = shl i32 255, 24
	%10839 = or i32 0, %10838
	%10840 = sub i32 %541, %10835
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%10841 = mul i32 %3, 8
	%10842 = add i32 %10841, 0
	%10843 = add i32 %10587, %10842
	%10844 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10845 = bitcast i8 addrspace(3)* %10844 to i32 addrspace(3)*
	%10846 = getelementptr i32, i32 addrspace(3)* %10845, i32 %10843
	store i32 0, i32 addrspace(3)* %10846
	%10847 = mul i32 %3, 8
	%10848 = add i32 %10847, 1
	%10849 = add i32 %10587, %10848
	%10850 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10851 = bitcast i8 addrspace(3)* %10850 to i32 addrspace(3)*
	%10852 = getelementptr i32, i32 addrspace(3)* %10851, i32 %10849
	store i32 0, i32 addrspace(3)* %10852
	%10853 = mul i32 %3, 8
	%10854 = add i32 %10853, 2
	%10855 = add i32 %10587, %10854
	%10856 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10857 = bitcast i8 addrspace(3)* %10856 to i32 addrspace(3)*
	%10858 = getelementptr i32, i32 addrspace(3)* %10857, i32 %10855
	store i32 0, i32 addrspace(3)* %10858
	%10859 = mul i32 %3, 8
	%10860 = add i32 %10859, 3
	%10861 = add i32 %10587, %10860
	%10862 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10863 = bitcast i8 addrspace(3)* %10862 to i32 addrspace(3)*
	%10864 = getelementptr i32, i32 addrspace(3)* %10863, i32 %10861
	store i32 0, i32 addrspace(3)* %10864
	%10865 = mul i32 %3, 8
	%10866 = add i32 %10865, 4
	%10867 = add i32 %10587, %10866
	%10868 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10869 = bitcast i8 addrspace(3)* %10868 to i32 addrspace(3)*
	%10870 = getelementptr i32, i32 addrspace(3)* %10869, i32 %10867
	store i32 0, i32 addrspace(3)* %10870
	%10871 = mul i32 %3, 8
	%10872 = add i32 %10871, 5
	%10873 = add i32 %10587, %10872
	%10874 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10875 = bitcast i8 addrspace(3)* %10874 to i32 addrspace(3)*
	%10876 = getelementptr i32, i32 addrspace(3)* %10875, i32 %10873
	store i32 0, i32 addrspace(3)* %10876
	%10877 = mul i32 %3, 8
	%10878 = add i32 %10877, 6
	%10879 = add i32 %10587, %10878
	%10880 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10881 = bitcast i8 addrspace(3)* %10880 to i32 addrspace(3)*
	%10882 = getelementptr i32, i32 addrspace(3)* %10881, i32 %10879
	store i32 0, i32 addrspace(3)* %10882
	%10883 = mul i32 %3, 8
	%10884 = add i32 %10883, 7
	%10885 = add i32 %10587, %10884
	%10886 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10887 = bitcast i8 addrspace(3)* %10886 to i32 addrspace(3)*
	%10888 = getelementptr i32, i32 addrspace(3)* %10887, i32 %10885
	store i32 0, i32 addrspace(3)* %10888
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %10899

10889:
	%10890 = lshr i32 %10651, 24
	%10891 = and i32 %10890, 255
	%10892 = add i32 %10587, %10891
	%10893 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10894 = bitcast i8 addrspace(3)* %10893 to i32 addrspace(3)*
	%10895 = getelementptr i32, i32 addrspace(3)* %10894, i32 %10892
	%10896 = atomicrmw add i32 addrspace(3)* %10895, i32 1 monotonic
	br label %10897

10897:
	%10898 = add i32 %10644, 32
	br label %10643

10899:
	%10900 = phi i32 [ %3, %10655 ], [ %11154, %11153 ]
	%10901 = icmp slt i32 %10900, %554
	br i1 %10901, label %10902, label %10911

10902:
	%10903 = add i32 %10586, %10900
	%10904 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%10905 = bitcast i8 addrspace(3)* %10904 to i32 addrspace(3)*
	%10906 = getelementptr i32, i32 addrspace(3)* %10905, i32 %10903
	%10907 = load i32, i32 addrspace(3)* %10906
	%10908 = and i32 %10907, %10839
	%10909 = icmp eq i32 %10908, %10837
	%10910 = and i1 true, %10909
	br i1 %10910, label %11145, label %11153

10911:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%10912 = mul i32 %3, 8
	%10913 = add i32 %10912, 0
	%10914 = sub i32 255, %10913
	%10915 = add i32 %10587, %10914
	%10916 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10917 = bitcast i8 addrspace(3)* %10916 to i32 addrspace(3)*
	%10918 = getelementptr i32, i32 addrspace(3)* %10917, i32 %10915
	%10919 = load i32, i32 addrspace(3)* %10918
	%10920 = add i32 0, %10919
	%10921 = mul i32 %3, 8
	%10922 = add i32 %10921, 1
	%10923 = sub i32 255, %10922
	%10924 = add i32 %10587, %10923
	%10925 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10926 = bitcast i8 addrspace(3)* %10925 to i32 addrspace(3)*
	%10927 = getelementptr i32, i32 addrspace(3)* %10926, i32 %10924
	%10928 = load i32, i32 addrspace(3)* %10927
	%10929 = add i32 %10920, %10928
	%10930 = mul i32 %3, 8
	%10931 = add i32 %10930, 2
	%10932 = sub i32 255, %10931
	%10933 = add i32 %10587, %10932
	%10934 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10935 = bitcast i8 addrspace(3)* %10934 to i32 addrspace(3)*
	%10936 = getelementptr i32, i32 addrspace(3)* %10935, i32 %10933
	%10937 = load i32, i32 addrspace(3)* %10936
	%10938 = add i32 %10929, %10937
	%10939 = mul i32 %3, 8
	%10940 = add i32 %10939, 3
	%10941 = sub i32 255, %10940
	%10942 = add i32 %10587, %10941
	%10943 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10944 = bitcast i8 addrspace(3)* %10943 to i32 addrspace(3)*
	%10945 = getelementptr i32, i32 addrspace(3)* %10944, i32 %10942
	%10946 = load i32, i32 addrspace(3)* %10945
	%10947 = add i32 %10938, %10946
	%10948 = mul i32 %3, 8
	%10949 = add i32 %10948, 4
	%10950 = sub i32 255, %10949
	%10951 = add i32 %10587, %10950
	%10952 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10953 = bitcast i8 addrspace(3)* %10952 to i32 addrspace(3)*
	%10954 = getelementptr i32, i32 addrspace(3)* %10953, i32 %10951
	%10955 = load i32, i32 addrspace(3)* %10954
	%10956 = add i32 %10947, %10955
	%10957 = mul i32 %3, 8
	%10958 = add i32 %10957, 5
	%10959 = sub i32 255, %10958
	%10960 = add i32 %10587, %10959
	%10961 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10962 = bitcast i8 addrspace(3)* %10961 to i32 addrspace(3)*
	%10963 = getelementptr i32, i32 addrspace(3)* %10962, i32 %10960
	%10964 = load i32, i32 addrspace(3)* %10963
	%10965 = add i32 %10956, %10964
	%10966 = mul i32 %3, 8
	%10967 = add i32 %10966, 6
	%10968 = sub i32 255, %10967
	%10969 = add i32 %10587, %10968
	%10970 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10971 = bitcast i8 addrspace(3)* %10970 to i32 addrspace(3)*
	%10972 = getelementptr i32, i32 addrspace(3)* %10971, i32 %10969
	%10973 = load i32, i32 addrspace(3)* %10972
	%10974 = add i32 %10965, %10973
	%10975 = mul i32 %3, 8
	%10976 = add i32 %10975, 7
	%10977 = sub i32 255, %10976
	%10978 = add i32 %10587, %10977
	%10979 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10980 = bitcast i8 addrspace(3)* %10979 to i32 addrspace(3)*
	%10981 = getelementptr i32, i32 addrspace(3)* %10980, i32 %10978
	%10982 = load i32, i32 addrspace(3)* %10981
	%10983 = add i32 %10974, %10982
	%10984 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10983, i32 1, i32 0)
	%10985 = icmp uge i32 %3, 1
	%10986 = select i1 %10985, i32 %10984, i32 0
	%10987 = add i32 %10983, %10986
	%10988 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10987, i32 2, i32 0)
	%10989 = icmp uge i32 %3, 2
	%10990 = select i1 %10989, i32 %10988, i32 0
	%10991 = add i32 %10987, %10990
	%10992 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10991, i32 4, i32 0)
	%10993 = icmp uge i32 %3, 4
	%10994 = select i1 %10993, i32 %10992, i32 0
	%10995 = add i32 %10991, %10994
	%10996 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10995, i32 8, i32 0)
	%10997 = icmp uge i32 %3, 8
	%10998 = select i1 %10997, i32 %10996, i32 0
	%10999 = add i32 %10995, %10998
	%11000 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10999, i32 16, i32 0)
	%11001 = icmp uge i32 %3, 16
	%11002 = select i1 %11001, i32 %11000, i32 0
	%11003 = add i32 %10999, %11002
	%11004 = sub i32 %11003, %10983
	%11005 = icmp slt i32 %11004, %10840
	%11006 = icmp sge i32 %11003, %10840
	%11007 = and i1 %11005, %11006
	%11008 = add i32 %11004, %10919
	%11009 = xor i1 false, true
	%11010 = icmp sge i32 %11008, %10840
	%11011 = and i1 %11009, %11010
	%11012 = mul i32 %3, 8
	%11013 = add i32 %11012, 0
	%11014 = sub i32 255, %11013
	%11015 = select i1 %11011, i32 %11014, i32 0
	%11016 = select i1 %11011, i32 %11004, i32 0
	%11017 = or i1 false, %11011
	%11018 = add i32 %11008, %10928
	%11019 = xor i1 %11017, true
	%11020 = icmp sge i32 %11018, %10840
	%11021 = and i1 %11019, %11020
	%11022 = mul i32 %3, 8
	%11023 = add i32 %11022, 1
	%11024 = sub i32 255, %11023
	%11025 = select i1 %11021, i32 %11024, i32 %11015
	%11026 = select i1 %11021, i32 %11008, i32 %11016
	%11027 = or i1 %11017, %11021
	%11028 = add i32 %11018, %10937
	%11029 = xor i1 %11027, true
	%11030 = icmp sge i32 %11028, %10840
	%11031 = and i1 %11029, %11030
	%11032 = mul i32 %3, 8
	%11033 = add i32 %11032, 2
	%11034 = sub i32 255, %11033
	%11035 = select i1 %11031, i32 %11034, i32 %11025
	%11036 = select i1 %11031, i32 %11018, i32 %11026
	%11037 = or i1 %11027, %11031
	%11038 = add i32 %11028, %10946
	%11039 = xor i1 %11037, true
	%11040 = icmp sge i32 %11038, %10840
	%11041 = and i1 %11039, %11040
	%11042 = mul i32 %3, 8
	%11043 = add i32 %11042, 3
	%11044 = sub i32 255, %11043
	%11045 = select i1 %11041, i32 %11044, i32 %11035
	%11046 = select i1 %11041, i32 %11028, i32 %11036
	%11047 = or i1 %11037, %11041
	%11048 = add i32 %11038, %10955
	%11049 = xor i1 %11047, true
	%11050 = icmp sge i32 %11048, %10840
	%11051 = and i1 %11049, %11050
	%11052 = mul i32 %3, 8
	%11053 = add i32 %11052, 4
	%11054 = sub i32 255, %11053
	%11055 = select i1 %11051, i32 %11054, i32 %11045
	%11056 = select i1 %11051, i32 %11038, i32 %11046
	%11057 = or i1 %11047, %11051
	%11058 = add i32 %11048, %10964
	%11059 = xor i1 %11057, true
	%11060 = icmp sge i32 %11058, %10840
	%11061 = and i1 %11059, %11060
	%11062 = mul i32 %3, 8
	%11063 = add i32 %11062, 5
	%11064 = sub i32 255, %11063
	%11065 = select i1 %11061, i32 %11064, i32 %11055
	%11066 = select i1 %11061, i32 %11048, i32 %11056
	%11067 = or i1 %11057, %11061
	%11068 = add i32 %11058, %10973
	%11069 = xor i1 %11067, true
	%11070 = icmp sge i32 %11068, %10840
	%11071 = and i1 %11069, %11070
	%11072 = mul i32 %3, 8
	%11073 = add i32 %11072, 6
	%11074 = sub i32 255, %11073
	%11075 = select i1 %11071, i32 %11074, i32 %11065
	%11076 = select i1 %11071, i32 %11058, i32 %11066
	%11077 = or i1 %11067, %11071
	%11078 = add i32 %11068, %10982
	%11079 = xor i1 %11077, true
	%11080 = icmp sge i32 %11078, %10840
	%11081 = and i1 %11079, %11080
	%11082 = mul i32 %3, 8
	%11083 = add i32 %11082, 7
	%11084 = sub i32 255, %11083
	%11085 = select i1 %11081, i32 %11084, i32 %11075
	%11086 = select i1 %11081, i32 %11068, i32 %11076
	%11087 = or i1 %11077, %11081
	%11088 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %11007)
	%11089 = call i32 @llvm.cttz.i32(i32 %11088, i1 false)
	%11090 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %11085, i32 %11089, i32 31)
	%11091 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %11086, i32 %11089, i32 31)
	%11092 = shl i32 %11090, 16
	%11093 = or i32 %10837, %11092
	%11094 = shl i32 255, 16
	%11095 = or i32 %10839, %11094
	%11096 = sub i32 %10840, %11091
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%11097 = mul i32 %3, 8
	%11098 = add i32 %11097, 0
	%11099 = add i32 %10587, %11098
	%11100 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11101 = bitcast i8 addrspace(3)* %11100 to i32 addrspace(3)*
	%11102 = getelementptr i32, i32 addrspace(3)* %11101, i32 %11099
	store i32 0, i32 addrspace(3)* %11102
	%11103 = mul i32 %3, 8
	%11104 = add i32 %11103, 1
	%11105 = add i32 %10587, %11104
	%11106 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11107 = bitcast i8 addrspace(3)* %11106 to i32 addrspace(3)*
	%11108 = getelementptr i32, i32 addrspace(3)* %11107, i32 %11105
	store i32 0, i32 addrspace(3)* %11108
	%11109 = mul i32 %3, 8
	%11110 = add i32 %11109, 2
	%11111 = add i32 %10587, %11110
	%11112 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11113 = bitcast i8 addrspace(3)* %11112 to i32 addrspace(3)*
	%11114 = getelementptr i32, i32 addrspace(3)* %11113, i32 %11111
	store i32 0, i32 addrspace(3)* %11114
	%11115 = mul i32 %3, 8
	%11116 = add i32 %11115, 3
	%11117 = add i32 %10587, %11116
	%11118 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11119 = bitcast i8 addrspace(3)* %11118 to i32 addrspace(3)*
	%11120 = getelementptr i32, i32 addrspace(3)* %11119, i32 %11117
	store i32 0, i32 addrspace(3)* %11120
	%11121 = mul i32 %3, 8
	%11122 = add i32 %11121, 4
	%11123 = add i32 %10587, %11122
	%11124 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11125 = bitcast i8 addrspace(3)* %11124 to i32 addrspace(3)*
	%11126 = getelementptr i32, i32 addrspace(3)* %11125, i32 %11123
	store i32 0, i32 addrspace(3)* %11126
	%11127 = mul i32 %3, 8
	%11128 = add i32 %11127, 5
	%11129 = add i32 %10587, %11128
	%11130 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11131 = bitcast i8 addrspace(3)* %11130 to i32 addrspace(3)*
	%11132 = getelementptr i32, i32 addrspace(3)* %11131, i32 %11129
	store i32 0, i32 addrspace(3)* %11132
	%11133 = mul i32 %3, 8
	%11134 = add i32 %11133, 6
	%11135 = add i32 %10587, %11134
	%11136 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11137 = bitcast i8 addrspace(3)* %11136 to i32 addrspace(3)*
	%11138 = getelementptr i32, i32 addrspace(3)* %11137, i32 %11135
	store i32 0, i32 addrspace(3)* %11138
	%11139 = mul i32 %3, 8
	%11140 = add i32 %11139, 7
	%11141 = add i32 %10587, %11140
	%11142 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11143 = bitcast i8 addrspace(3)* %11142 to i32 addrspace(3)*
	%11144 = getelementptr i32, i32 addrspace(3)* %11143, i32 %11141
	store i32 0, i32 addrspace(3)* %11144
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %11155

11145:
	%11146 = lshr i32 %10907, 16
	%11147 = and i32 %11146, 255
	%11148 = add i32 %10587, %11147
	%11149 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11150 = bitcast i8 addrspace(3)* %11149 to i32 addrspace(3)*
	%11151 = getelementptr i32, i32 addrspace(3)* %11150, i32 %11148
	%11152 = atomicrmw add i32 addrspace(3)* %11151, i32 1 monotonic
	br label %11153

11153:
	%11154 = add i32 %10900, 32
	br label %10899

11155:
	%11156 = phi i32 [ %3, %10911 ], [ %11410, %11409 ]
	%11157 = icmp slt i32 %11156, %554
	br i1 %11157, label %11158, label %11167

11158:
	%11159 = add i32 %10586, %11156
	%11160 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%11161 = bitcast i8 addrspace(3)* %11160 to i32 addrspace(3)*
	%11162 = getelementptr i32, i32 addrspace(3)* %11161, i32 %11159
	%11163 = load i32, i32 addrspace(3)* %11162
	%11164 = and i32 %11163, %11095
	%11165 = icmp eq i32 %11164, %11093
	%11166 = and i1 true, %11165
	br i1 %11166, label %11401, label %11409

11167:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%11168 = mul i32 %3, 8
	%11169 = add i32 %11168, 0
	%11170 = sub i32 255, %11169
	%11171 = add i32 %10587, %11170
	%11172 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11173 = bitcast i8 addrspace(3)* %11172 to i32 addrspace(3)*
	%11174 = getelementptr i32, i32 addrspace(3)* %11173, i32 %11171
	%11175 = load i32, i32 addrspace(3)* %11174
	%11176 = add i32 0, %11175
	%11177 = mul i32 %3, 8
	%11178 = add i32 %11177, 1
	%11179 = sub i32 255, %11178
	%11180 = add i32 %10587, %11179
	%11181 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11182 = bitcast i8 addrspace(3)* %11181 to i32 addrspace(3)*
	%11183 = getelementptr i32, i32 addrspace(3)* %11182, i32 %11180
	%11184 = load i32, i32 addrspace(3)* %11183
	%11185 = add i32 %11176, %11184
	%11186 = mul i32 %3, 8
	%11187 = add i32 %11186, 2
	%11188 = sub i32 255, %11187
	%11189 = add i32 %10587, %11188
	%11190 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11191 = bitcast i8 addrspace(3)* %11190 to i32 addrspace(3)*
	%11192 = getelementptr i32, i32 addrspace(3)* %11191, i32 %11189
	%11193 = load i32, i32 addrspace(3)* %11192
	%11194 = add i32 %11185, %11193
	%11195 = mul i32 %3, 8
	%11196 = add i32 %11195, 3
	%11197 = sub i32 255, %11196
	%11198 = add i32 %10587, %11197
	%11199 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11200 = bitcast i8 addrspace(3)* %11199 to i32 addrspace(3)*
	%11201 = getelementptr i32, i32 addrspace(3)* %11200, i32 %11198
	%11202 = load i32, i32 addrspace(3)* %11201
	%11203 = add i32 %11194, %11202
	%11204 = mul i32 %3, 8
	%11205 = add i32 %11204, 4
	%11206 = sub i32 255, %11205
	%11207 = add i32 %10587, %11206
	%11208 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11209 = bitcast i8 addrspace(3)* %11208 to i32 addrspace(3)*
	%11210 = getelementptr i32, i32 addrspace(3)* %11209, i32 %11207
	%11211 = load i32, i32 addrspace(3)* %11210
	%11212 = add i32 %11203, %11211
	%11213 = mul i32 %3, 8
	%11214 = add i32 %11213, 5
	%11215 = sub i32 255, %11214
	%11216 = add i32 %10587, %11215
	%11217 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11218 = bitcast i8 addrspace(3)* %11217 to i32 addrspace(3)*
	%11219 = getelementptr i32, i32 addrspace(3)* %11218, i32 %11216
	%11220 = load i32, i32 addrspace(3)* %11219
	%11221 = add i32 %11212, %11220
	%11222 = mul i32 %3, 8
	%11223 = add i32 %11222, 6
	%11224 = sub i32 255, %11223
	%11225 = add i32 %10587, %11224
	%11226 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11227 = bitcast i8 addrspace(3)* %11226 to i32 addrspace(3)*
	%11228 = getelementptr i32, i32 addrspace(3)* %11227, i32 %11225
	%11229 = load i32, i32 addrspace(3)* %11228
	%11230 = add i32 %11221, %11229
	%11231 = mul i32 %3, 8
	%11232 = add i32 %11231, 7
	%11233 = sub i32 255, %11232
	%11234 = add i32 %10587, %11233
	%11235 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11236 = bitcast i8 addrspace(3)* %11235 to i32 addrspace(3)*
	%11237 = getelementptr i32, i32 addrspace(3)* %11236, i32 %11234
	%11238 = load i32, i32 addrspace(3)* %11237
	%11239 = add i32 %11230, %11238
	%11240 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %11239, i32 1, i32 0)
	%11241 = icmp uge i32 %3, 1
	%11242 = select i1 %11241, i32 %11240, i32 0
	%11243 = add i32 %11239, %11242
	%11244 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %11243, i32 2, i32 0)
	%11245 = icmp uge i32 %3, 2
	%11246 = select i1 %11245, i32 %11244, i32 0
	%11247 = add i32 %11243, %11246
	%11248 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %11247, i32 4, i32 0)
	%11249 = icmp uge i32 %3, 4
	%11250 = select i1 %11249, i32 %11248, i32 0
	%11251 = add i32 %11247, %11250
	%11252 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %11251, i32 8, i32 0)
	%11253 = icmp uge i32 %3, 8
	%11254 = select i1 %11253, i32 %11252, i32 0
	%11255 = add i32 %11251, %11254
	%11256 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %11255, i32 16, i32 0)
	%11257 = icmp uge i32 %3, 16
	%11258 = select i1 %11257, i32 %11256, i32 0
	%11259 = add i32 %11255, %11258
	%11260 = sub i32 %11259, %11239
	%11261 = icmp slt i32 %11260, %11096
	%11262 = icmp sge i32 %11259, %11096
	%11263 = and i1 %11261, %11262
	%11264 = add i32 %11260, %11175
	%11265 = xor i1 false, true
	%11266 = icmp sge i32 %11264, %11096
	%11267 = and i1 %11265, %11266
	%11268 = mul i32 %3, 8
	%11269 = add i32 %11268, 0
	%11270 = sub i32 255, %11269
	%11271 = select i1 %11267, i32 %11270, i32 0
	%11272 = select i1 %11267, i32 %11260, i32 0
	%11273 = or i1 false, %11267
	%11274 = add i32 %11264, %11184
	%11275 = xor i1 %11273, true
	%11276 = icmp sge i32 %11274, %11096
	%11277 = and i1 %11275, %11276
	%11278 = mul i32 %3, 8
	%11279 = add i32 %11278, 1
	%11280 = sub i32 255, %11279
	%11281 = select i1 %11277, i32 %11280, i32 %11271
	%11282 = select i1 %11277, i32 %11264, i32 %11272
	%11283 = or i1 %11273, %11277
	%11284 = add i32 %11274, %11193
	%11285 = xor i1 %11283, true
	%11286 = icmp sge i32 %11284, %11096
	%11287 = and i1 %11285, %11286
	%11288 = mul i32 %3, 8
	%11289 = add i32 %11288, 2
	%11290 = sub i32 255, %11289
	%11291 = select i1 %11287, i32 %11290, i32 %11281
	%11292 = select i1 %11287, i32 %11274, i32 %11282
	%11293 = or i1 %11283, %11287
	%11294 = add i32 %11284, %11202
	%11295 = xor i1 %11293, true
	%11296 = icmp sge i32 %11294, %11096
	%11297 = and i1 %11295, %11296
	%11298 = mul i32 %3, 8
	%11299 = add i32 %11298, 3
	%11300 = sub i32 255, %11299
	%11301 = select i1 %11297, i32 %11300, i32 %11291
	%11302 = select i1 %11297, i32 %11284, i32 %11292
	%11303 = or i1 %11293, %11297
	%11304 = add i32 %11294, %11211
	%11305 = xor i1 %11303, true
	%11306 = icmp sge i32 %11304, %11096
	%11307 = and i1 %11305, %11306
	%11308 = mul i32 %3, 8
	%11309 = add i32 %11308, 4
	%11310 = sub i32 255, %11309
	%11311 = select i1 %11307, i32 %11310, i32 %11301
	%11312 = select i1 %11307, i32 %11294, i32 %11302
	%11313 = or i1 %11303, %11307
	%11314 = add i32 %11304, %11220
	%11315 = xor i1 %11313, true
	%11316 = icmp sge i32 %11314, %11096
	%11317 = and i1 %11315, %11316
	%11318 = mul i32 %3, 8
	%11319 = add i32 %11318, 5
	%11320 = sub i32 255, %11319
	%11321 = select i1 %11317, i32 %11320, i32 %11311
	%11322 = select i1 %11317, i32 %11304, i32 %11312
	%11323 = or i1 %11313, %11317
	%11324 = add i32 %11314, %11229
	%11325 = xor i1 %11323, true
	%11326 = icmp sge i32 %11324, %11096
	%11327 = and i1 %11325, %11326
	%11328 = mul i32 %3, 8
	%11329 = add i32 %11328, 6
	%11330 = sub i32 255, %11329
	%11331 = select i1 %11327, i32 %11330, i32 %11321
	%11332 = select i1 %11327, i32 %11314, i32 %11322
	%11333 = or i1 %11323, %11327
	%11334 = add i32 %11324, %11238
	%11335 = xor i1 %11333, true
	%11336 = icmp sge i32 %11334, %11096
	%11337 = and i1 %11335, %11336
	%11338 = mul i32 %3, 8
	%11339 = add i32 %11338, 7
	%11340 = sub i32 255, %11339
	%11341 = select i1 %11337, i32 %11340, i32 %11331
	%11342 = select i1 %11337, i32 %11324, i32 %11332
	%11343 = or i1 %11333, %11337
	%11344 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %11263)
	%11345 = call i32 @llvm.cttz.i32(i32 %11344, i1 false)
	%11346 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %11341, i32 %11345, i32 31)
	%11347 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %11342, i32 %11345, i32 31)
	%11348 = shl i32 %11346, 8
	%11349 = or i32 %11093, %11348
	%11350 = shl i32 255, 8
	%11351 = or i32 %11095, %11350
	%11352 = sub i32 %11096, %11347
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%11353 = mul i32 %3, 8
	%11354 = add i32 %11353, 0
	%11355 = add i32 %10587, %11354
	%11356 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11357 = bitcast i8 addrspace(3)* %11356 to i32 addrspace(3)*
	%11358 = getelementptr i32, i32 addrspace(3)* %11357, i32 %11355
	store i32 0, i32 addrspace(3)* %11358
	%11359 = mul i32 %3, 8
	%11360 = add i32 %11359, 1
	%11361 = add i32 %10587, %11360
	%11362 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11363 = bitcast i8 addrspace(3)* %11362 to i32 addrspace(3)*
	%11364 = getelementptr i32, i32 addrspace(3)* %11363, i32 %11361
	store i32 0, i32 addrspace(3)* %11364
	%11365 = mul i32 %3, 8
	%11366 = add i32 %11365, 2
	%11367 = add i32 %10587, %11366
	%11368 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11369 = bitcast i8 addrspace(3)* %11368 to i32 addrspace(3)*
	%11370 = getelementptr i32, i32 addrspace(3)* %11369, i32 %11367
	store i32 0, i32 addrspace(3)* %11370
	%11371 = mul i32 %3, 8
	%11372 = add i32 %11371, 3
	%11373 = add i32 %10587, %11372
	%11374 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11375 = bitcast i8 addrspace(3)* %11374 to i32 addrspace(3)*
	%11376 = getelementptr i32, i32 addrspace(3)* %11375, i32 %11373
	store i32 0, i32 addrspace(3)* %11376
	%11377 = mul i32 %3, 8
	%11378 = add i32 %11377, 4
	%11379 = add i32 %10587, %11378
	%11380 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11381 = bitcast i8 addrspace(3)* %11380 to i32 addrspace(3)*
	%11382 = getelementptr i32, i32 addrspace(3)* %11381, i32 %11379
	store i32 0, i32 addrspace(3)* %11382
	%11383 = mul i32 %3, 8
	%11384 = add i32 %11383, 5
	%11385 = add i32 %10587, %11384
	%11386 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11387 = bitcast i8 addrspace(3)* %11386 to i32 addrspace(3)*
	%11388 = getelementptr i32, i32 addrspace(3)* %11387, i32 %11385
	store i32 0, i32 addrspace(3)* %11388
	%11389 = mul i32 %3, 8
	%11390 = add i32 %11389, 6
	%11391 = add i32 %10587, %11390
	%11392 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11393 = bitcast i8 addrspace(3)* %11392 to i32 addrspace(3)*
	%11394 = getelementptr i32, i32 addrspace(3)* %11393, i32 %11391
	store i32 0, i32 addrspace(3)* %11394
	%11395 = mul i32 %3, 8
	%11396 = add i32 %11395, 7
	%11397 = add i32 %10587, %11396
	%11398 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11399 = bitcast i8 addrspace(3)* %11398 to i32 addrspace(3)*
	%11400 = getelementptr i32, i32 addrspace(3)* %11399, i32 %11397
	store i32 0, i32 addrspace(3)* %11400
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %11411

11401:
	%11402 = lshr i32 %11163, 8
	%11403 = and i32 %11402, 255
	%11404 = add i32 %10587, %11403
	%11405 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11406 = bitcast i8 addrspace(3)* %11405 to i32 addrspace(3)*
	%11407 = getelementptr i32, i32 addrspace(3)* %11406, i32 %11404
	%11408 = atomicrmw add i32 addrspace(3)* %11407, i32 1 monotonic
	br label %11409

11409:
	%11410 = add i32 %11156, 32
	br label %11155

11411:
	%11412 = phi i32 [ %3, %11167 ], [ %11620, %11619 ]
	%11413 = icmp slt i32 %11412, %554
	br i1 %11413, label %11414, label %11423

11414:
	%11415 = add i32 %10586, %11412
	%11416 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%11417 = bitcast i8 addrspace(3)* %11416 to i32 addrspace(3)*
	%11418 = getelementptr i32, i32 addrspace(3)* %11417, i32 %11415
	%11419 = load i32, i32 addrspace(3)* %11418
	%11420 = and i32 %11419, %11351
	%11421 = icmp eq i32 %11420, %11349
	%11422 = and i1 true, %11421
	br i1 %11422, label %11611, label %11619

11423:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%11424 = mul i32 %3, 8
	%11425 = add i32 %11424, 0
	%11426 = sub i32 255, %11425
	%11427 = add i32 %10587, %11426
	%11428 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11429 = bitcast i8 addrspace(3)* %11428 to i32 addrspace(3)*
	%11430 = getelementptr i32, i32 addrspace(3)* %11429, i32 %11427
	%11431 = load i32, i32 addrspace(3)* %11430
	%11432 = add i32 0, %11431
	%11433 = mul i32 %3, 8
	%11434 = add i32 %11433, 1
	%11435 = sub i32 255, %11434
	%11436 = add i32 %10587, %11435
	%11437 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11438 = bitcast i8 addrspace(3)* %11437 to i32 addrspace(3)*
	%11439 = getelementptr i32, i32 addrspace(3)* %11438, i32 %11436
	%11440 = load i32, i32 addrspace(3)* %11439
	%11441 = add i32 %11432, %11440
	%11442 = mul i32 %3, 8
	%11443 = add i32 %11442, 2
	%11444 = sub i32 255, %11443
	%11445 = add i32 %10587, %11444
	%11446 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11447 = bitcast i8 addrspace(3)* %11446 to i32 addrspace(3)*
	%11448 = getelementptr i32, i32 addrspace(3)* %11447, i32 %11445
	%11449 = load i32, i32 addrspace(3)* %11448
	%11450 = add i32 %11441, %11449
	%11451 = mul i32 %3, 8
	%11452 = add i32 %11451, 3
	%11453 = sub i32 255, %11452
	%11454 = add i32 %10587, %11453
	%11455 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11456 = bitcast i8 addrspace(3)* %11455 to i32 addrspace(3)*
	%11457 = getelementptr i32, i32 addrspace(3)* %11456, i32 %11454
	%11458 = load i32, i32 addrspace(3)* %11457
	%11459 = add i32 %11450, %11458
	%11460 = mul i32 %3, 8
	%11461 = add i32 %11460, 4
	%11462 = sub i32 255, %11461
	%11463 = add i32 %10587, %11462
	%11464 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11465 = bitcast i8 addrspace(3)* %11464 to i32 addrspace(3)*
	%11466 = getelementptr i32, i32 addrspace(3)* %11465, i32 %11463
	%11467 = load i32, i32 addrspace(3)* %11466
	%11468 = add i32 %11459, %11467
	%11469 = mul i32 %3, 8
	%11470 = add i32 %11469, 5
	%11471 = sub i32 255, %11470
	%11472 = add i32 %10587, %11471
	%11473 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11474 = bitcast i8 addrspace(3)* %11473 to i32 addrspace(3)*
	%11475 = getelementptr i32, i32 addrspace(3)* %11474, i32 %11472
	%11476 = load i32, i32 addrspace(3)* %11475
	%11477 = add i32 %11468, %11476
	%11478 = mul i32 %3, 8
	%11479 = add i32 %11478, 6
	%11480 = sub i32 255, %11479
	%11481 = add i32 %10587, %11480
	%11482 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11483 = bitcast i8 addrspace(3)* %11482 to i32 addrspace(3)*
	%11484 = getelementptr i32, i32 addrspace(3)* %11483, i32 %11481
	%11485 = load i32, i32 addrspace(3)* %11484
	%11486 = add i32 %11477, %11485
	%11487 = mul i32 %3, 8
	%11488 = add i32 %11487, 7
	%11489 = sub i32 255, %11488
	%11490 = add i32 %10587, %11489
	%11491 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11492 = bitcast i8 addrspace(3)* %11491 to i32 addrspace(3)*
	%11493 = getelementptr i32, i32 addrspace(3)* %11492, i32 %11490
	%11494 = load i32, i32 addrspace(3)* %11493
	%11495 = add i32 %11486, %11494
	%11496 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %11495, i32 1, i32 0)
	%11497 = icmp uge i32 %3, 1
	%11498 = select i1 %11497, i32 %11496, i32 0
	%11499 = add i32 %11495, %11498
	%11500 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %11499, i32 2, i32 0)
	%11501 = icmp uge i32 %3, 2
	%11502 = select i1 %11501, i32 %11500, i32 0
	%11503 = add i32 %11499, %11502
	%11504 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %11503, i32 4, i32 0)
	%11505 = icmp uge i32 %3, 4
	%11506 = select i1 %11505, i32 %11504, i32 0
	%11507 = add i32 %11503, %11506
	%11508 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %11507, i32 8, i32 0)
	%11509 = icmp uge i32 %3, 8
	%11510 = select i1 %11509, i32 %11508, i32 0
	%11511 = add i32 %11507, %11510
	%11512 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %11511, i32 16, i32 0)
	%11513 = icmp uge i32 %3, 16
	%11514 = select i1 %11513, i32 %11512, i32 0
	%11515 = add i32 %11511, %11514
	%11516 = sub i32 %11515, %11495
	%11517 = icmp slt i32 %11516, %11352
	%11518 = icmp sge i32 %11515, %11352
	%11519 = and i1 %11517, %11518
	%11520 = add i32 %11516, %11431
	%11521 = xor i1 false, true
	%11522 = icmp sge i32 %11520, %11352
	%11523 = and i1 %11521, %11522
	%11524 = mul i32 %3, 8
	%11525 = add i32 %11524, 0
	%11526 = sub i32 255, %11525
	%11527 = select i1 %11523, i32 %11526, i32 0
	%11528 = select i1 %11523, i32 %11516, i32 0
	%11529 = or i1 false, %11523
	%11530 = add i32 %11520, %11440
	%11531 = xor i1 %11529, true
	%11532 = icmp sge i32 %11530, %11352
	%11533 = and i1 %11531, %11532
	%11534 = mul i32 %3, 8
	%11535 = add i32 %11534, 1
	%11536 = sub i32 255, %11535
	%11537 = select i1 %11533, i32 %11536, i32 %11527
	%11538 = select i1 %11533, i32 %11520, i32 %11528
	%11539 = or i1 %11529, %11533
	%11540 = add i32 %11530, %11449
	%11541 = xor i1 %11539, true
	%11542 = icmp sge i32 %11540, %11352
	%11543 = and i1 %11541, %11542
	%11544 = mul i32 %3, 8
	%11545 = add i32 %11544, 2
	%11546 = sub i32 255, %11545
	%11547 = select i1 %11543, i32 %11546, i32 %11537
	%11548 = select i1 %11543, i32 %11530, i32 %11538
	%11549 = or i1 %11539, %11543
	%11550 = add i32 %11540, %11458
	%11551 = xor i1 %11549, true
	%11552 = icmp sge i32 %11550, %11352
	%11553 = and i1 %11551, %11552
	%11554 = mul i32 %3, 8
	%11555 = add i32 %11554, 3
	%11556 = sub i32 255, %11555
	%11557 = select i1 %11553, i32 %11556, i32 %11547
	%11558 = select i1 %11553, i32 %11540, i32 %11548
	%11559 = or i1 %11549, %11553
	%11560 = add i32 %11550, %11467
	%11561 = xor i1 %11559, true
	%11562 = icmp sge i32 %11560, %11352
	%11563 = and i1 %11561, %11562
	%11564 = mul i32 %3, 8
	%11565 = add i32 %11564, 4
	%11566 = sub i32 255, %11565
	%11567 = select i1 %11563, i32 %11566, i32 %11557
	%11568 = select i1 %11563, i32 %11550, i32 %11558
	%11569 = or i1 %11559, %11563
	%11570 = add i32 %11560, %11476
	%11571 = xor i1 %11569, true
	%11572 = icmp sge i32 %11570, %11352
	%11573 = and i1 %11571, %11572
	%11574 = mul i32 %3, 8
	%11575 = add i32 %11574, 5
	%11576 = sub i32 255, %11575
	%11577 = select i1 %11573, i32 %11576, i32 %11567
	%11578 = select i1 %11573, i32 %11560, i32 %11568
	%11579 = or i1 %11569, %11573
	%11580 = add i32 %11570, %11485
	%11581 = xor i1 %11579, true
	%11582 = icmp sge i32 %11580, %11352
	%11583 = and i1 %11581, %11582
	%11584 = mul i32 %3, 8
	%11585 = add i32 %11584, 6
	%11586 = sub i32 255, %11585
	%11587 = select i1 %11583, i32 %11586, i32 %11577
	%11588 = select i1 %11583, i32 %11570, i32 %11578
	%11589 = or i1 %11579, %11583
	%11590 = add i32 %11580, %11494
	%11591 = xor i1 %11589, true
	%11592 = icmp sge i32 %11590, %11352
	%11593 = and i1 %11591, %11592
	%11594 = mul i32 %3, 8
	%11595 = add i32 %11594, 7
	%11596 = sub i32 255, %11595
	%11597 = select i1 %11593, i32 %11596, i32 %11587
	%11598 = select i1 %11593, i32 %11580, i32 %11588
	%11599 = or i1 %11589, %11593
	%11600 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %11519)
	%11601 = call i32 @llvm.cttz.i32(i32 %11600, i1 false)
	%11602 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %11597, i32 %11601, i32 31)
	%11603 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %11598, i32 %11601, i32 31)
	%11604 = shl i32 %11602, 0
	%11605 = or i32 %11349, %11604
	%11606 = shl i32 255, 0
	%11607 = or i32 %11351, %11606
	%11608 = sub i32 %11352, %11603
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%11609 = shl i32 1, %3
	%11610 = sub i32 %11609, 1
	br label %11621

11611:
	%11612 = lshr i32 %11419, 0
	%11613 = and i32 %11612, 255
	%11614 = add i32 %10587, %11613
	%11615 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11616 = bitcast i8 addrspace(3)* %11615 to i32 addrspace(3)*
	%11617 = getelementptr i32, i32 addrspace(3)* %11616, i32 %11614
	%11618 = atomicrmw add i32 addrspace(3)* %11617, i32 1 monotonic
	br label %11619

11619:
	%11620 = add i32 %11412, 32
	br label %11411

11621:
	%11622 = phi i32 [ 0, %11423 ], [ %11671, %11666 ]
	%11623 = phi i32 [ 0, %11423 ], [ %11668, %11666 ]
	%11624 = phi i32 [ 0, %11423 ], [ %11670, %11666 ]
	%11625 = icmp slt i32 %11622, %554
	br i1 %11625, label %11626, label %11629

11626:
	%11627 = add i32 %11622, %3
	%11628 = icmp slt i32 %11627, %554
	br i1 %11628, label %11630, label %11640

11629:
	br label %10636

11630:
	%11631 = add i32 %10586, %11627
	%11632 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%11633 = bitcast i8 addrspace(3)* %11632 to i32 addrspace(3)*
	%11634 = getelementptr i32, i32 addrspace(3)* %11633, i32 %11631
	%11635 = load i32, i32 addrspace(3)* %11634
	%11636 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%11637 = bitcast i8 addrspace(3)* %11636 to i32 addrspace(3)*
	%11638 = getelementptr i32, i32 addrspace(3)* %11637, i32 %11631
	%11639 = load i32, i32 addrspace(3)* %11638
	br label %11640

11640:
	%11641 = phi i32 [ 0, %11626 ], [ %11635, %11630 ]
	%11642 = phi i32 [ 0, %11626 ], [ %11639, %11630 ]
	%11643 = icmp eq i32 %11641, %11605
	%11644 = and i1 %11628, %11643
	%11645 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %11644)
	%11646 = and i32 %11645, %11610
	%11647 = call i32 @llvm.ctpop.i32(i32 %11646)
	%11648 = add i32 %11624, %11647
	%11649 = icmp ugt i32 %11641, %11605
	%11650 = icmp slt i32 %11648, %11608
	%11651 = and i1 %11644, %11650
	%11652 = or i1 %11649, %11651
	%11653 = and i1 %11628, %11652
	%11654 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %11653)
	%11655 = and i32 %11654, %11610
	%11656 = call i32 @llvm.ctpop.i32(i32 %11655)
	%11657 = add i32 %11623, %11656
	%11658 = add i32 %10586, %11657
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %11653, label %11659, label %11666

11659:
	%11660 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%11661 = bitcast i8 addrspace(3)* %11660 to i32 addrspace(3)*
	%11662 = getelementptr i32, i32 addrspace(3)* %11661, i32 %11658
	store i32 %11641, i32 addrspace(3)* %11662
	%11663 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%11664 = bitcast i8 addrspace(3)* %11663 to i32 addrspace(3)*
	%11665 = getelementptr i32, i32 addrspace(3)* %11664, i32 %11658
	store i32 %11642, i32 addrspace(3)* %11665
	br label %11666

11666:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%11667 = call i32 @llvm.ctpop.i32(i32 %11654)
	%11668 = add i32 %11623, %11667
	%11669 = call i32 @llvm.ctpop.i32(i32 %11645)
	%11670 = add i32 %11624, %11669
	%11671 = add i32 %11622, 32
	br label %11621

11672:
	%11673 = phi i32 [ 0, %10636 ], [ %11703, %11697 ]
	%11674 = phi i32 [ 0, %10636 ], [ %11702, %11697 ]
	%11675 = icmp slt i32 %11673, %10637
	br i1 %11675, label %11676, label %11679

11676:
	%11677 = add i32 %11673, %3
	%11678 = icmp slt i32 %11677, %10637
	br i1 %11678, label %11680, label %11687

11679:
	br label %11704

11680:
	%11681 = mul i32 %504, 160
	%11682 = add i32 %11681, %11677
	%11683 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%11684 = bitcast i8 addrspace(3)* %11683 to i32 addrspace(3)*
	%11685 = getelementptr i32, i32 addrspace(3)* %11684, i32 %11682
	%11686 = load i32, i32 addrspace(3)* %11685
	br label %11687

11687:
	%11688 = phi i32 [ 0, %11676 ], [ %11686, %11680 ]
	br i1 %11678, label %11689, label %11697

11689:
	%11690 = add i32 0, %11677
	%11691 = icmp sgt i32 %11688, %531
	%11692 = select i1 %11691, i32 %10638, i32 0
	%11693 = add i32 %11690, %11692
	%11694 = add i32 %10642, %11693
	%11695 = sext i32 %11694 to i64
	%11696 = getelementptr i32, i32* %out, i64 %11695
	store i32 %11688, i32* %11696
	br label %11697

11697:
	%11698 = icmp slt i32 %11688, %528
	%11699 = and i1 %11678, %11698
	%11700 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %11699)
	%11701 = call i32 @llvm.ctpop.i32(i32 %11700)
	%11702 = add i32 %11674, %11701
	%11703 = add i32 %11673, 32
	br label %11672

11704:
	%11705 = phi i32 [ %3, %11679 ], [ %11714, %11707 ]
	%11706 = icmp slt i32 %11705, %10638
	br i1 %11706, label %11707, label %11715

11707:
	%11708 = add i32 0, %11674
	%11709 = add i32 %11708, %11705
	%11710 = add i32 %528, %11705
	%11711 = add i32 %10642, %11709
	%11712 = sext i32 %11711 to i64
	%11713 = getelementptr i32, i32* %out, i64 %11712
	store i32 %11710, i32* %11713
	%11714 = add i32 %11705, 32
	br label %11704

11715:
	%11716 = icmp eq i32 %3, 0
	%11717 = icmp eq i32 0, 1
	%11718 = and i1 %11716, %11717
	br i1 %11718, label %11719, label %11723

11719:
	%11720 = add i32 %10642, 0
	%11721 = sext i32 %11720 to i64
	%11722 = getelementptr i32, i32* %out, i64 %11721
	store i32 0, i32* %11722
	br label %11723

11723:
	%11724 = add i32 %536, %10637
	%11725 = add i32 %11724, %3
	br label %11726

11726:
	%11727 = phi i32 [ %11725, %11723 ], [ %11733, %11729 ]
	%11728 = icmp slt i32 %11727, 8
	br i1 %11728, label %11729, label %11734

11729:
	%11730 = add i32 %10642, %11727
	%11731 = sext i32 %11730 to i64
	%11732 = getelementptr i32, i32* %out, i64 %11731
	store i32 -1, i32* %11732
	%11733 = add i32 %11727, 32
	br label %11726

11734:
	br label %10584
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
!3 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32, i64*, i64*)* @moba_attn2, !"minctasm", i32 3}
!4 = !{void (i32*, i32*, i32, i32, i32, i32)* @moba_attn2_rowcount, !"maxntidx", i32 64}
!5 = !{void (i32*, i64*, i32)* @moba_attn2_rowscan, !"maxntidx", i32 1024}
!6 = !{void (i32*, i64*, i32*, i64*, i32, i32, i32, i32, i32)* @moba_attn2_rowfill, !"maxntidx", i32 64}
