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
	%546 = icmp eq i32 %362, 16
	%547 = add i32 %5, 0
	%548 = add i32 %547, %6
	%549 = sub i32 0, %548
	%550 = add i32 %549, 15
	%551 = sdiv i32 %550, 16
	%552 = sub i32 0, %551
	%553 = icmp sge i32 %548, 0
	%554 = sdiv i32 %548, 16
	%555 = select i1 %553, i32 %554, i32 %552
	%556 = sub i32 0, %548
	%557 = add i32 %556, 15
	%558 = sdiv i32 %557, 16
	%559 = sub i32 0, %558
	%560 = icmp sge i32 %548, 0
	%561 = sdiv i32 %548, 16
	%562 = select i1 %560, i32 %561, i32 %559
	%563 = add i32 %562, 1
	%564 = icmp slt i32 %563, %NB
	%565 = select i1 %564, i32 %563, i32 %NB
	%566 = icmp sgt i32 %565, 0
	%567 = select i1 %566, i32 %565, i32 0
	%568 = sub i32 %555, 0
	%569 = icmp sgt i32 %568, 0
	%570 = select i1 %569, i32 %568, i32 0
	%571 = sub i32 %567, 1
	%572 = icmp slt i32 %555, %571
	%573 = select i1 %572, i32 %555, i32 %571
	%574 = sub i32 %573, %570
	%575 = add i32 %574, 1
	%576 = icmp sgt i32 %575, 0
	%577 = select i1 %576, i32 %575, i32 0
	%578 = add i32 %577, 0
	%579 = icmp slt i32 8, %567
	%580 = select i1 %579, i32 8, i32 %567
	%581 = icmp sgt i32 %580, %578
	%582 = select i1 %581, i32 %580, i32 %578
	%583 = sub i32 %582, %578
	%584 = select i1 %546, i32 %570, i32 0
	br label %585

585:
	%586 = phi i32 [ 0, %entry ], [ %6865, %6862 ]
	%587 = phi i32 [ 0, %entry ], [ %2531, %6862 ]
	%588 = phi i32 [ 0, %entry ], [ %2532, %6862 ]
	%589 = phi i32 [ 0, %entry ], [ %3975, %6862 ]
	%590 = phi i32 [ 0, %entry ], [ %3976, %6862 ]
	%591 = phi i32 [ 0, %entry ], [ %5419, %6862 ]
	%592 = phi i32 [ 0, %entry ], [ %5420, %6862 ]
	%593 = phi i32 [ 0, %entry ], [ %6863, %6862 ]
	%594 = phi i32 [ 0, %entry ], [ %6864, %6862 ]
	%595 = icmp slt i32 %586, %377
	br i1 %595, label %596, label %600

596:
	%597 = mul i32 %4, 32
	%598 = add i32 %586, %597
	%599 = icmp slt i32 %598, %377
	br i1 %599, label %601, label %1554

600:
	br i1 %12, label %8253, label %8255

601:
	%602 = add i32 %13, 0
	%603 = add i32 %598, %602
	%604 = sub i32 %NB, 1
	%605 = icmp slt i32 %603, %604
	%606 = select i1 %605, i32 %603, i32 %604
	%607 = mul i32 %7, %NB
	%608 = add i32 %607, %606
	%609 = mul i32 %608, 64
	%610 = shl i32 %14, 1
	%611 = add i32 %609, %610
	%612 = mul i32 %11, 0
	%613 = add i32 %611, %612
	%614 = add i32 %613, 0
	%615 = sext i32 %614 to i64
	%616 = getelementptr i16, i16* %km, i64 %615
	%617 = bitcast i16* %616 to i32*
	%618 = load i32, i32* %617
	%619 = mul i32 %11, 0
	%620 = add i32 %611, %619
	%621 = add i32 %620, 8
	%622 = sext i32 %621 to i64
	%623 = getelementptr i16, i16* %km, i64 %622
	%624 = bitcast i16* %623 to i32*
	%625 = load i32, i32* %624
	%626 = mul i32 %11, 1
	%627 = add i32 %611, %626
	%628 = add i32 %627, 0
	%629 = sext i32 %628 to i64
	%630 = getelementptr i16, i16* %km, i64 %629
	%631 = bitcast i16* %630 to i32*
	%632 = load i32, i32* %631
	%633 = mul i32 %11, 1
	%634 = add i32 %611, %633
	%635 = add i32 %634, 8
	%636 = sext i32 %635 to i64
	%637 = getelementptr i16, i16* %km, i64 %636
	%638 = bitcast i16* %637 to i32*
	%639 = load i32, i32* %638
	%640 = mul i32 %11, 2
	%641 = add i32 %611, %640
	%642 = add i32 %641, 0
	%643 = sext i32 %642 to i64
	%644 = getelementptr i16, i16* %km, i64 %643
	%645 = bitcast i16* %644 to i32*
	%646 = load i32, i32* %645
	%647 = mul i32 %11, 2
	%648 = add i32 %611, %647
	%649 = add i32 %648, 8
	%650 = sext i32 %649 to i64
	%651 = getelementptr i16, i16* %km, i64 %650
	%652 = bitcast i16* %651 to i32*
	%653 = load i32, i32* %652
	%654 = mul i32 %11, 0
	%655 = add i32 %611, %654
	%656 = add i32 %655, 16
	%657 = sext i32 %656 to i64
	%658 = getelementptr i16, i16* %km, i64 %657
	%659 = bitcast i16* %658 to i32*
	%660 = load i32, i32* %659
	%661 = mul i32 %11, 0
	%662 = add i32 %611, %661
	%663 = add i32 %662, 24
	%664 = sext i32 %663 to i64
	%665 = getelementptr i16, i16* %km, i64 %664
	%666 = bitcast i16* %665 to i32*
	%667 = load i32, i32* %666
	%668 = mul i32 %11, 1
	%669 = add i32 %611, %668
	%670 = add i32 %669, 16
	%671 = sext i32 %670 to i64
	%672 = getelementptr i16, i16* %km, i64 %671
	%673 = bitcast i16* %672 to i32*
	%674 = load i32, i32* %673
	%675 = mul i32 %11, 1
	%676 = add i32 %611, %675
	%677 = add i32 %676, 24
	%678 = sext i32 %677 to i64
	%679 = getelementptr i16, i16* %km, i64 %678
	%680 = bitcast i16* %679 to i32*
	%681 = load i32, i32* %680
	%682 = mul i32 %11, 2
	%683 = add i32 %611, %682
	%684 = add i32 %683, 16
	%685 = sext i32 %684 to i64
	%686 = getelementptr i16, i16* %km, i64 %685
	%687 = bitcast i16* %686 to i32*
	%688 = load i32, i32* %687
	%689 = mul i32 %11, 2
	%690 = add i32 %611, %689
	%691 = add i32 %690, 24
	%692 = sext i32 %691 to i64
	%693 = getelementptr i16, i16* %km, i64 %692
	%694 = bitcast i16* %693 to i32*
	%695 = load i32, i32* %694
	%696 = mul i32 %11, 0
	%697 = add i32 %611, %696
	%698 = add i32 %697, 32
	%699 = sext i32 %698 to i64
	%700 = getelementptr i16, i16* %km, i64 %699
	%701 = bitcast i16* %700 to i32*
	%702 = load i32, i32* %701
	%703 = mul i32 %11, 0
	%704 = add i32 %611, %703
	%705 = add i32 %704, 40
	%706 = sext i32 %705 to i64
	%707 = getelementptr i16, i16* %km, i64 %706
	%708 = bitcast i16* %707 to i32*
	%709 = load i32, i32* %708
	%710 = mul i32 %11, 1
	%711 = add i32 %611, %710
	%712 = add i32 %711, 32
	%713 = sext i32 %712 to i64
	%714 = getelementptr i16, i16* %km, i64 %713
	%715 = bitcast i16* %714 to i32*
	%716 = load i32, i32* %715
	%717 = mul i32 %11, 1
	%718 = add i32 %611, %717
	%719 = add i32 %718, 40
	%720 = sext i32 %719 to i64
	%721 = getelementptr i16, i16* %km, i64 %720
	%722 = bitcast i16* %721 to i32*
	%723 = load i32, i32* %722
	%724 = mul i32 %11, 2
	%725 = add i32 %611, %724
	%726 = add i32 %725, 32
	%727 = sext i32 %726 to i64
	%728 = getelementptr i16, i16* %km, i64 %727
	%729 = bitcast i16* %728 to i32*
	%730 = load i32, i32* %729
	%731 = mul i32 %11, 2
	%732 = add i32 %611, %731
	%733 = add i32 %732, 40
	%734 = sext i32 %733 to i64
	%735 = getelementptr i16, i16* %km, i64 %734
	%736 = bitcast i16* %735 to i32*
	%737 = load i32, i32* %736
	%738 = mul i32 %11, 0
	%739 = add i32 %611, %738
	%740 = add i32 %739, 48
	%741 = sext i32 %740 to i64
	%742 = getelementptr i16, i16* %km, i64 %741
	%743 = bitcast i16* %742 to i32*
	%744 = load i32, i32* %743
	%745 = mul i32 %11, 0
	%746 = add i32 %611, %745
	%747 = add i32 %746, 56
	%748 = sext i32 %747 to i64
	%749 = getelementptr i16, i16* %km, i64 %748
	%750 = bitcast i16* %749 to i32*
	%751 = load i32, i32* %750
	%752 = mul i32 %11, 1
	%753 = add i32 %611, %752
	%754 = add i32 %753, 48
	%755 = sext i32 %754 to i64
	%756 = getelementptr i16, i16* %km, i64 %755
	%757 = bitcast i16* %756 to i32*
	%758 = load i32, i32* %757
	%759 = mul i32 %11, 1
	%760 = add i32 %611, %759
	%761 = add i32 %760, 56
	%762 = sext i32 %761 to i64
	%763 = getelementptr i16, i16* %km, i64 %762
	%764 = bitcast i16* %763 to i32*
	%765 = load i32, i32* %764
	%766 = mul i32 %11, 2
	%767 = add i32 %611, %766
	%768 = add i32 %767, 48
	%769 = sext i32 %768 to i64
	%770 = getelementptr i16, i16* %km, i64 %769
	%771 = bitcast i16* %770 to i32*
	%772 = load i32, i32* %771
	%773 = mul i32 %11, 2
	%774 = add i32 %611, %773
	%775 = add i32 %774, 56
	%776 = sext i32 %775 to i64
	%777 = getelementptr i16, i16* %km, i64 %776
	%778 = bitcast i16* %777 to i32*
	%779 = load i32, i32* %778
	%780 = add i32 %13, 8
	%781 = add i32 %598, %780
	%782 = sub i32 %NB, 1
	%783 = icmp slt i32 %781, %782
	%784 = select i1 %783, i32 %781, i32 %782
	%785 = mul i32 %7, %NB
	%786 = add i32 %785, %784
	%787 = mul i32 %786, 64
	%788 = shl i32 %14, 1
	%789 = add i32 %787, %788
	%790 = mul i32 %11, 0
	%791 = add i32 %789, %790
	%792 = add i32 %791, 0
	%793 = sext i32 %792 to i64
	%794 = getelementptr i16, i16* %km, i64 %793
	%795 = bitcast i16* %794 to i32*
	%796 = load i32, i32* %795
	%797 = mul i32 %11, 0
	%798 = add i32 %789, %797
	%799 = add i32 %798, 8
	%800 = sext i32 %799 to i64
	%801 = getelementptr i16, i16* %km, i64 %800
	%802 = bitcast i16* %801 to i32*
	%803 = load i32, i32* %802
	%804 = mul i32 %11, 1
	%805 = add i32 %789, %804
	%806 = add i32 %805, 0
	%807 = sext i32 %806 to i64
	%808 = getelementptr i16, i16* %km, i64 %807
	%809 = bitcast i16* %808 to i32*
	%810 = load i32, i32* %809
	%811 = mul i32 %11, 1
	%812 = add i32 %789, %811
	%813 = add i32 %812, 8
	%814 = sext i32 %813 to i64
	%815 = getelementptr i16, i16* %km, i64 %814
	%816 = bitcast i16* %815 to i32*
	%817 = load i32, i32* %816
	%818 = mul i32 %11, 2
	%819 = add i32 %789, %818
	%820 = add i32 %819, 0
	%821 = sext i32 %820 to i64
	%822 = getelementptr i16, i16* %km, i64 %821
	%823 = bitcast i16* %822 to i32*
	%824 = load i32, i32* %823
	%825 = mul i32 %11, 2
	%826 = add i32 %789, %825
	%827 = add i32 %826, 8
	%828 = sext i32 %827 to i64
	%829 = getelementptr i16, i16* %km, i64 %828
	%830 = bitcast i16* %829 to i32*
	%831 = load i32, i32* %830
	%832 = mul i32 %11, 0
	%833 = add i32 %789, %832
	%834 = add i32 %833, 16
	%835 = sext i32 %834 to i64
	%836 = getelementptr i16, i16* %km, i64 %835
	%837 = bitcast i16* %836 to i32*
	%838 = load i32, i32* %837
	%839 = mul i32 %11, 0
	%840 = add i32 %789, %839
	%841 = add i32 %840, 24
	%842 = sext i32 %841 to i64
	%843 = getelementptr i16, i16* %km, i64 %842
	%844 = bitcast i16* %843 to i32*
	%845 = load i32, i32* %844
	%846 = mul i32 %11, 1
	%847 = add i32 %789, %846
	%848 = add i32 %847, 16
	%849 = sext i32 %848 to i64
	%850 = getelementptr i16, i16* %km, i64 %849
	%851 = bitcast i16* %850 to i32*
	%852 = load i32, i32* %851
	%853 = mul i32 %11, 1
	%854 = add i32 %789, %853
	%855 = add i32 %854, 24
	%856 = sext i32 %855 to i64
	%857 = getelementptr i16, i16* %km, i64 %856
	%858 = bitcast i16* %857 to i32*
	%859 = load i32, i32* %858
	%860 = mul i32 %11, 2
	%861 = add i32 %789, %860
	%862 = add i32 %861, 16
	%863 = sext i32 %862 to i64
	%864 = getelementptr i16, i16* %km, i64 %863
	%865 = bitcast i16* %864 to i32*
	%866 = load i32, i32* %865
	%867 = mul i32 %11, 2
	%868 = add i32 %789, %867
	%869 = add i32 %868, 24
	%870 = sext i32 %869 to i64
	%871 = getelementptr i16, i16* %km, i64 %870
	%872 = bitcast i16* %871 to i32*
	%873 = load i32, i32* %872
	%874 = mul i32 %11, 0
	%875 = add i32 %789, %874
	%876 = add i32 %875, 32
	%877 = sext i32 %876 to i64
	%878 = getelementptr i16, i16* %km, i64 %877
	%879 = bitcast i16* %878 to i32*
	%880 = load i32, i32* %879
	%881 = mul i32 %11, 0
	%882 = add i32 %789, %881
	%883 = add i32 %882, 40
	%884 = sext i32 %883 to i64
	%885 = getelementptr i16, i16* %km, i64 %884
	%886 = bitcast i16* %885 to i32*
	%887 = load i32, i32* %886
	%888 = mul i32 %11, 1
	%889 = add i32 %789, %888
	%890 = add i32 %889, 32
	%891 = sext i32 %890 to i64
	%892 = getelementptr i16, i16* %km, i64 %891
	%893 = bitcast i16* %892 to i32*
	%894 = load i32, i32* %893
	%895 = mul i32 %11, 1
	%896 = add i32 %789, %895
	%897 = add i32 %896, 40
	%898 = sext i32 %897 to i64
	%899 = getelementptr i16, i16* %km, i64 %898
	%900 = bitcast i16* %899 to i32*
	%901 = load i32, i32* %900
	%902 = mul i32 %11, 2
	%903 = add i32 %789, %902
	%904 = add i32 %903, 32
	%905 = sext i32 %904 to i64
	%906 = getelementptr i16, i16* %km, i64 %905
	%907 = bitcast i16* %906 to i32*
	%908 = load i32, i32* %907
	%909 = mul i32 %11, 2
	%910 = add i32 %789, %909
	%911 = add i32 %910, 40
	%912 = sext i32 %911 to i64
	%913 = getelementptr i16, i16* %km, i64 %912
	%914 = bitcast i16* %913 to i32*
	%915 = load i32, i32* %914
	%916 = mul i32 %11, 0
	%917 = add i32 %789, %916
	%918 = add i32 %917, 48
	%919 = sext i32 %918 to i64
	%920 = getelementptr i16, i16* %km, i64 %919
	%921 = bitcast i16* %920 to i32*
	%922 = load i32, i32* %921
	%923 = mul i32 %11, 0
	%924 = add i32 %789, %923
	%925 = add i32 %924, 56
	%926 = sext i32 %925 to i64
	%927 = getelementptr i16, i16* %km, i64 %926
	%928 = bitcast i16* %927 to i32*
	%929 = load i32, i32* %928
	%930 = mul i32 %11, 1
	%931 = add i32 %789, %930
	%932 = add i32 %931, 48
	%933 = sext i32 %932 to i64
	%934 = getelementptr i16, i16* %km, i64 %933
	%935 = bitcast i16* %934 to i32*
	%936 = load i32, i32* %935
	%937 = mul i32 %11, 1
	%938 = add i32 %789, %937
	%939 = add i32 %938, 56
	%940 = sext i32 %939 to i64
	%941 = getelementptr i16, i16* %km, i64 %940
	%942 = bitcast i16* %941 to i32*
	%943 = load i32, i32* %942
	%944 = mul i32 %11, 2
	%945 = add i32 %789, %944
	%946 = add i32 %945, 48
	%947 = sext i32 %946 to i64
	%948 = getelementptr i16, i16* %km, i64 %947
	%949 = bitcast i16* %948 to i32*
	%950 = load i32, i32* %949
	%951 = mul i32 %11, 2
	%952 = add i32 %789, %951
	%953 = add i32 %952, 56
	%954 = sext i32 %953 to i64
	%955 = getelementptr i16, i16* %km, i64 %954
	%956 = bitcast i16* %955 to i32*
	%957 = load i32, i32* %956
	%958 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %646, i32 %653, float 0.0, float 0.0, float 0.0, float 0.0)
	%959 = extractvalue { float, float, float, float } %958, 0
	%960 = extractvalue { float, float, float, float } %958, 1
	%961 = extractvalue { float, float, float, float } %958, 2
	%962 = extractvalue { float, float, float, float } %958, 3
	%963 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %632, i32 %639, float %959, float %960, float %961, float %962)
	%964 = extractvalue { float, float, float, float } %963, 0
	%965 = extractvalue { float, float, float, float } %963, 1
	%966 = extractvalue { float, float, float, float } %963, 2
	%967 = extractvalue { float, float, float, float } %963, 3
	%968 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %618, i32 %625, float %964, float %965, float %966, float %967)
	%969 = extractvalue { float, float, float, float } %968, 0
	%970 = extractvalue { float, float, float, float } %968, 1
	%971 = extractvalue { float, float, float, float } %968, 2
	%972 = extractvalue { float, float, float, float } %968, 3
	%973 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %688, i32 %695, float %969, float %970, float %971, float %972)
	%974 = extractvalue { float, float, float, float } %973, 0
	%975 = extractvalue { float, float, float, float } %973, 1
	%976 = extractvalue { float, float, float, float } %973, 2
	%977 = extractvalue { float, float, float, float } %973, 3
	%978 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %674, i32 %681, float %974, float %975, float %976, float %977)
	%979 = extractvalue { float, float, float, float } %978, 0
	%980 = extractvalue { float, float, float, float } %978, 1
	%981 = extractvalue { float, float, float, float } %978, 2
	%982 = extractvalue { float, float, float, float } %978, 3
	%983 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %660, i32 %667, float %979, float %980, float %981, float %982)
	%984 = extractvalue { float, float, float, float } %983, 0
	%985 = extractvalue { float, float, float, float } %983, 1
	%986 = extractvalue { float, float, float, float } %983, 2
	%987 = extractvalue { float, float, float, float } %983, 3
	%988 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %730, i32 %737, float %984, float %985, float %986, float %987)
	%989 = extractvalue { float, float, float, float } %988, 0
	%990 = extractvalue { float, float, float, float } %988, 1
	%991 = extractvalue { float, float, float, float } %988, 2
	%992 = extractvalue { float, float, float, float } %988, 3
	%993 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %716, i32 %723, float %989, float %990, float %991, float %992)
	%994 = extractvalue { float, float, float, float } %993, 0
	%995 = extractvalue { float, float, float, float } %993, 1
	%996 = extractvalue { float, float, float, float } %993, 2
	%997 = extractvalue { float, float, float, float } %993, 3
	%998 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %702, i32 %709, float %994, float %995, float %996, float %997)
	%999 = extractvalue { float, float, float, float } %998, 0
	%1000 = extractvalue { float, float, float, float } %998, 1
	%1001 = extractvalue { float, float, float, float } %998, 2
	%1002 = extractvalue { float, float, float, float } %998, 3
	%1003 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %772, i32 %779, float %999, float %1000, float %1001, float %1002)
	%1004 = extractvalue { float, float, float, float } %1003, 0
	%1005 = extractvalue { float, float, float, float } %1003, 1
	%1006 = extractvalue { float, float, float, float } %1003, 2
	%1007 = extractvalue { float, float, float, float } %1003, 3
	%1008 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %758, i32 %765, float %1004, float %1005, float %1006, float %1007)
	%1009 = extractvalue { float, float, float, float } %1008, 0
	%1010 = extractvalue { float, float, float, float } %1008, 1
	%1011 = extractvalue { float, float, float, float } %1008, 2
	%1012 = extractvalue { float, float, float, float } %1008, 3
	%1013 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %744, i32 %751, float %1009, float %1010, float %1011, float %1012)
	%1014 = extractvalue { float, float, float, float } %1013, 0
	%1015 = extractvalue { float, float, float, float } %1013, 1
	%1016 = extractvalue { float, float, float, float } %1013, 2
	%1017 = extractvalue { float, float, float, float } %1013, 3
	%1018 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %824, i32 %831, float 0.0, float 0.0, float 0.0, float 0.0)
	%1019 = extractvalue { float, float, float, float } %1018, 0
	%1020 = extractvalue { float, float, float, float } %1018, 1
	%1021 = extractvalue { float, float, float, float } %1018, 2
	%1022 = extractvalue { float, float, float, float } %1018, 3
	%1023 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %810, i32 %817, float %1019, float %1020, float %1021, float %1022)
	%1024 = extractvalue { float, float, float, float } %1023, 0
	%1025 = extractvalue { float, float, float, float } %1023, 1
	%1026 = extractvalue { float, float, float, float } %1023, 2
	%1027 = extractvalue { float, float, float, float } %1023, 3
	%1028 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %796, i32 %803, float %1024, float %1025, float %1026, float %1027)
	%1029 = extractvalue { float, float, float, float } %1028, 0
	%1030 = extractvalue { float, float, float, float } %1028, 1
	%1031 = extractvalue { float, float, float, float } %1028, 2
	%1032 = extractvalue { float, float, float, float } %1028, 3
	%1033 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %866, i32 %873, float %1029, float %1030, float %1031, float %1032)
	%1034 = extractvalue { float, float, float, float } %1033, 0
	%1035 = extractvalue { float, float, float, float } %1033, 1
	%1036 = extractvalue { float, float, float, float } %1033, 2
	%1037 = extractvalue { float, float, float, float } %1033, 3
	%1038 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %852, i32 %859, float %1034, float %1035, float %1036, float %1037)
	%1039 = extractvalue { float, float, float, float } %1038, 0
	%1040 = extractvalue { float, float, float, float } %1038, 1
	%1041 = extractvalue { float, float, float, float } %1038, 2
	%1042 = extractvalue { float, float, float, float } %1038, 3
	%1043 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %838, i32 %845, float %1039, float %1040, float %1041, float %1042)
	%1044 = extractvalue { float, float, float, float } %1043, 0
	%1045 = extractvalue { float, float, float, float } %1043, 1
	%1046 = extractvalue { float, float, float, float } %1043, 2
	%1047 = extractvalue { float, float, float, float } %1043, 3
	%1048 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %908, i32 %915, float %1044, float %1045, float %1046, float %1047)
	%1049 = extractvalue { float, float, float, float } %1048, 0
	%1050 = extractvalue { float, float, float, float } %1048, 1
	%1051 = extractvalue { float, float, float, float } %1048, 2
	%1052 = extractvalue { float, float, float, float } %1048, 3
	%1053 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %894, i32 %901, float %1049, float %1050, float %1051, float %1052)
	%1054 = extractvalue { float, float, float, float } %1053, 0
	%1055 = extractvalue { float, float, float, float } %1053, 1
	%1056 = extractvalue { float, float, float, float } %1053, 2
	%1057 = extractvalue { float, float, float, float } %1053, 3
	%1058 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %880, i32 %887, float %1054, float %1055, float %1056, float %1057)
	%1059 = extractvalue { float, float, float, float } %1058, 0
	%1060 = extractvalue { float, float, float, float } %1058, 1
	%1061 = extractvalue { float, float, float, float } %1058, 2
	%1062 = extractvalue { float, float, float, float } %1058, 3
	%1063 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %950, i32 %957, float %1059, float %1060, float %1061, float %1062)
	%1064 = extractvalue { float, float, float, float } %1063, 0
	%1065 = extractvalue { float, float, float, float } %1063, 1
	%1066 = extractvalue { float, float, float, float } %1063, 2
	%1067 = extractvalue { float, float, float, float } %1063, 3
	%1068 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %936, i32 %943, float %1064, float %1065, float %1066, float %1067)
	%1069 = extractvalue { float, float, float, float } %1068, 0
	%1070 = extractvalue { float, float, float, float } %1068, 1
	%1071 = extractvalue { float, float, float, float } %1068, 2
	%1072 = extractvalue { float, float, float, float } %1068, 3
	%1073 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %922, i32 %929, float %1069, float %1070, float %1071, float %1072)
	%1074 = extractvalue { float, float, float, float } %1073, 0
	%1075 = extractvalue { float, float, float, float } %1073, 1
	%1076 = extractvalue { float, float, float, float } %1073, 2
	%1077 = extractvalue { float, float, float, float } %1073, 3
	%1078 = add i32 %13, 16
	%1079 = add i32 %598, %1078
	%1080 = sub i32 %NB, 1
	%1081 = icmp slt i32 %1079, %1080
	%1082 = select i1 %1081, i32 %1079, i32 %1080
	%1083 = mul i32 %7, %NB
	%1084 = add i32 %1083, %1082
	%1085 = mul i32 %1084, 64
	%1086 = shl i32 %14, 1
	%1087 = add i32 %1085, %1086
	%1088 = mul i32 %11, 0
	%1089 = add i32 %1087, %1088
	%1090 = add i32 %1089, 0
	%1091 = sext i32 %1090 to i64
	%1092 = getelementptr i16, i16* %km, i64 %1091
	%1093 = bitcast i16* %1092 to i32*
	%1094 = load i32, i32* %1093
	%1095 = mul i32 %11, 0
	%1096 = add i32 %1087, %1095
	%1097 = add i32 %1096, 8
	%1098 = sext i32 %1097 to i64
	%1099 = getelementptr i16, i16* %km, i64 %1098
	%1100 = bitcast i16* %1099 to i32*
	%1101 = load i32, i32* %1100
	%1102 = mul i32 %11, 1
	%1103 = add i32 %1087, %1102
	%1104 = add i32 %1103, 0
	%1105 = sext i32 %1104 to i64
	%1106 = getelementptr i16, i16* %km, i64 %1105
	%1107 = bitcast i16* %1106 to i32*
	%1108 = load i32, i32* %1107
	%1109 = mul i32 %11, 1
	%1110 = add i32 %1087, %1109
	%1111 = add i32 %1110, 8
	%1112 = sext i32 %1111 to i64
	%1113 = getelementptr i16, i16* %km, i64 %1112
	%1114 = bitcast i16* %1113 to i32*
	%1115 = load i32, i32* %1114
	%1116 = mul i32 %11, 2
	%1117 = add i32 %1087, %1116
	%1118 = add i32 %1117, 0
	%1119 = sext i32 %1118 to i64
	%1120 = getelementptr i16, i16* %km, i64 %1119
	%1121 = bitcast i16* %1120 to i32*
	%1122 = load i32, i32* %1121
	%1123 = mul i32 %11, 2
	%1124 = add i32 %1087, %1123
	%1125 = add i32 %1124, 8
	%1126 = sext i32 %1125 to i64
	%1127 = getelementptr i16, i16* %km, i64 %1126
	%1128 = bitcast i16* %1127 to i32*
	%1129 = load i32, i32* %1128
	%1130 = mul i32 %11, 0
	%1131 = add i32 %1087, %1130
	%1132 = add i32 %1131, 16
	%1133 = sext i32 %1132 to i64
	%1134 = getelementptr i16, i16* %km, i64 %1133
	%1135 = bitcast i16* %1134 to i32*
	%1136 = load i32, i32* %1135
	%1137 = mul i32 %11, 0
	%1138 = add i32 %1087, %1137
	%1139 = add i32 %1138, 24
	%1140 = sext i32 %1139 to i64
	%1141 = getelementptr i16, i16* %km, i64 %1140
	%1142 = bitcast i16* %1141 to i32*
	%1143 = load i32, i32* %1142
	%1144 = mul i32 %11, 1
	%1145 = add i32 %1087, %1144
	%1146 = add i32 %1145, 16
	%1147 = sext i32 %1146 to i64
	%1148 = getelementptr i16, i16* %km, i64 %1147
	%1149 = bitcast i16* %1148 to i32*
	%1150 = load i32, i32* %1149
	%1151 = mul i32 %11, 1
	%1152 = add i32 %1087, %1151
	%1153 = add i32 %1152, 24
	%1154 = sext i32 %1153 to i64
	%1155 = getelementptr i16, i16* %km, i64 %1154
	%1156 = bitcast i16* %1155 to i32*
	%1157 = load i32, i32* %1156
	%1158 = mul i32 %11, 2
	%1159 = add i32 %1087, %1158
	%1160 = add i32 %1159, 16
	%1161 = sext i32 %1160 to i64
	%1162 = getelementptr i16, i16* %km, i64 %1161
	%1163 = bitcast i16* %1162 to i32*
	%1164 = load i32, i32* %1163
	%1165 = mul i32 %11, 2
	%1166 = add i32 %1087, %1165
	%1167 = add i32 %1166, 24
	%1168 = sext i32 %1167 to i64
	%1169 = getelementptr i16, i16* %km, i64 %1168
	%1170 = bitcast i16* %1169 to i32*
	%1171 = load i32, i32* %1170
	%1172 = mul i32 %11, 0
	%1173 = add i32 %1087, %1172
	%1174 = add i32 %1173, 32
	%1175 = sext i32 %1174 to i64
	%1176 = getelementptr i16, i16* %km, i64 %1175
	%1177 = bitcast i16* %1176 to i32*
	%1178 = load i32, i32* %1177
	%1179 = mul i32 %11, 0
	%1180 = add i32 %1087, %1179
	%1181 = add i32 %1180, 40
	%1182 = sext i32 %1181 to i64
	%1183 = getelementptr i16, i16* %km, i64 %1182
	%1184 = bitcast i16* %1183 to i32*
	%1185 = load i32, i32* %1184
	%1186 = mul i32 %11, 1
	%1187 = add i32 %1087, %1186
	%1188 = add i32 %1187, 32
	%1189 = sext i32 %1188 to i64
	%1190 = getelementptr i16, i16* %km, i64 %1189
	%1191 = bitcast i16* %1190 to i32*
	%1192 = load i32, i32* %1191
	%1193 = mul i32 %11, 1
	%1194 = add i32 %1087, %1193
	%1195 = add i32 %1194, 40
	%1196 = sext i32 %1195 to i64
	%1197 = getelementptr i16, i16* %km, i64 %1196
	%1198 = bitcast i16* %1197 to i32*
	%1199 = load i32, i32* %1198
	%1200 = mul i32 %11, 2
	%1201 = add i32 %1087, %1200
	%1202 = add i32 %1201, 32
	%1203 = sext i32 %1202 to i64
	%1204 = getelementptr i16, i16* %km, i64 %1203
	%1205 = bitcast i16* %1204 to i32*
	%1206 = load i32, i32* %1205
	%1207 = mul i32 %11, 2
	%1208 = add i32 %1087, %1207
	%1209 = add i32 %1208, 40
	%1210 = sext i32 %1209 to i64
	%1211 = getelementptr i16, i16* %km, i64 %1210
	%1212 = bitcast i16* %1211 to i32*
	%1213 = load i32, i32* %1212
	%1214 = mul i32 %11, 0
	%1215 = add i32 %1087, %1214
	%1216 = add i32 %1215, 48
	%1217 = sext i32 %1216 to i64
	%1218 = getelementptr i16, i16* %km, i64 %1217
	%1219 = bitcast i16* %1218 to i32*
	%1220 = load i32, i32* %1219
	%1221 = mul i32 %11, 0
	%1222 = add i32 %1087, %1221
	%1223 = add i32 %1222, 56
	%1224 = sext i32 %1223 to i64
	%1225 = getelementptr i16, i16* %km, i64 %1224
	%1226 = bitcast i16* %1225 to i32*
	%1227 = load i32, i32* %1226
	%1228 = mul i32 %11, 1
	%1229 = add i32 %1087, %1228
	%1230 = add i32 %1229, 48
	%1231 = sext i32 %1230 to i64
	%1232 = getelementptr i16, i16* %km, i64 %1231
	%1233 = bitcast i16* %1232 to i32*
	%1234 = load i32, i32* %1233
	%1235 = mul i32 %11, 1
	%1236 = add i32 %1087, %1235
	%1237 = add i32 %1236, 56
	%1238 = sext i32 %1237 to i64
	%1239 = getelementptr i16, i16* %km, i64 %1238
	%1240 = bitcast i16* %1239 to i32*
	%1241 = load i32, i32* %1240
	%1242 = mul i32 %11, 2
	%1243 = add i32 %1087, %1242
	%1244 = add i32 %1243, 48
	%1245 = sext i32 %1244 to i64
	%1246 = getelementptr i16, i16* %km, i64 %1245
	%1247 = bitcast i16* %1246 to i32*
	%1248 = load i32, i32* %1247
	%1249 = mul i32 %11, 2
	%1250 = add i32 %1087, %1249
	%1251 = add i32 %1250, 56
	%1252 = sext i32 %1251 to i64
	%1253 = getelementptr i16, i16* %km, i64 %1252
	%1254 = bitcast i16* %1253 to i32*
	%1255 = load i32, i32* %1254
	%1256 = add i32 %13, 24
	%1257 = add i32 %598, %1256
	%1258 = sub i32 %NB, 1
	%1259 = icmp slt i32 %1257, %1258
	%1260 = select i1 %1259, i32 %1257, i32 %1258
	%1261 = mul i32 %7, %NB
	%1262 = add i32 %1261, %1260
	%1263 = mul i32 %1262, 64
	%1264 = shl i32 %14, 1
	%1265 = add i32 %1263, %1264
	%1266 = mul i32 %11, 0
	%1267 = add i32 %1265, %1266
	%1268 = add i32 %1267, 0
	%1269 = sext i32 %1268 to i64
	%1270 = getelementptr i16, i16* %km, i64 %1269
	%1271 = bitcast i16* %1270 to i32*
	%1272 = load i32, i32* %1271
	%1273 = mul i32 %11, 0
	%1274 = add i32 %1265, %1273
	%1275 = add i32 %1274, 8
	%1276 = sext i32 %1275 to i64
	%1277 = getelementptr i16, i16* %km, i64 %1276
	%1278 = bitcast i16* %1277 to i32*
	%1279 = load i32, i32* %1278
	%1280 = mul i32 %11, 1
	%1281 = add i32 %1265, %1280
	%1282 = add i32 %1281, 0
	%1283 = sext i32 %1282 to i64
	%1284 = getelementptr i16, i16* %km, i64 %1283
	%1285 = bitcast i16* %1284 to i32*
	%1286 = load i32, i32* %1285
	%1287 = mul i32 %11, 1
	%1288 = add i32 %1265, %1287
	%1289 = add i32 %1288, 8
	%1290 = sext i32 %1289 to i64
	%1291 = getelementptr i16, i16* %km, i64 %1290
	%1292 = bitcast i16* %1291 to i32*
	%1293 = load i32, i32* %1292
	%1294 = mul i32 %11, 2
	%1295 = add i32 %1265, %1294
	%1296 = add i32 %1295, 0
	%1297 = sext i32 %1296 to i64
	%1298 = getelementptr i16, i16* %km, i64 %1297
	%1299 = bitcast i16* %1298 to i32*
	%1300 = load i32, i32* %1299
	%1301 = mul i32 %11, 2
	%1302 = add i32 %1265, %1301
	%1303 = add i32 %1302, 8
	%1304 = sext i32 %1303 to i64
	%1305 = getelementptr i16, i16* %km, i64 %1304
	%1306 = bitcast i16* %1305 to i32*
	%1307 = load i32, i32* %1306
	%1308 = mul i32 %11, 0
	%1309 = add i32 %1265, %1308
	%1310 = add i32 %1309, 16
	%1311 = sext i32 %1310 to i64
	%1312 = getelementptr i16, i16* %km, i64 %1311
	%1313 = bitcast i16* %1312 to i32*
	%1314 = load i32, i32* %1313
	%1315 = mul i32 %11, 0
	%1316 = add i32 %1265, %1315
	%1317 = add i32 %1316, 24
	%1318 = sext i32 %1317 to i64
	%1319 = getelementptr i16, i16* %km, i64 %1318
	%1320 = bitcast i16* %1319 to i32*
	%1321 = load i32, i32* %1320
	%1322 = mul i32 %11, 1
	%1323 = add i32 %1265, %1322
	%1324 = add i32 %1323, 16
	%1325 = sext i32 %1324 to i64
	%1326 = getelementptr i16, i16* %km, i64 %1325
	%1327 = bitcast i16* %1326 to i32*
	%1328 = load i32, i32* %1327
	%1329 = mul i32 %11, 1
	%1330 = add i32 %1265, %1329
	%1331 = add i32 %1330, 24
	%1332 = sext i32 %1331 to i64
	%1333 = getelementptr i16, i16* %km, i64 %1332
	%1334 = bitcast i16* %1333 to i32*
	%1335 = load i32, i32* %1334
	%1336 = mul i32 %11, 2
	%1337 = add i32 %1265, %1336
	%1338 = add i32 %1337, 16
	%1339 = sext i32 %1338 to i64
	%1340 = getelementptr i16, i16* %km, i64 %1339
	%1341 = bitcast i16* %1340 to i32*
	%1342 = load i32, i32* %1341
	%1343 = mul i32 %11, 2
	%1344 = add i32 %1265, %1343
	%1345 = add i32 %1344, 24
	%1346 = sext i32 %1345 to i64
	%1347 = getelementptr i16, i16* %km, i64 %1346
	%1348 = bitcast i16* %1347 to i32*
	%1349 = load i32, i32* %1348
	%1350 = mul i32 %11, 0
	%1351 = add i32 %1265, %1350
	%1352 = add i32 %1351, 32
	%1353 = sext i32 %1352 to i64
	%1354 = getelementptr i16, i16* %km, i64 %1353
	%1355 = bitcast i16* %1354 to i32*
	%1356 = load i32, i32* %1355
	%1357 = mul i32 %11, 0
	%1358 = add i32 %1265, %1357
	%1359 = add i32 %1358, 40
	%1360 = sext i32 %1359 to i64
	%1361 = getelementptr i16, i16* %km, i64 %1360
	%1362 = bitcast i16* %1361 to i32*
	%1363 = load i32, i32* %1362
	%1364 = mul i32 %11, 1
	%1365 = add i32 %1265, %1364
	%1366 = add i32 %1365, 32
	%1367 = sext i32 %1366 to i64
	%1368 = getelementptr i16, i16* %km, i64 %1367
	%1369 = bitcast i16* %1368 to i32*
	%1370 = load i32, i32* %1369
	%1371 = mul i32 %11, 1
	%1372 = add i32 %1265, %1371
	%1373 = add i32 %1372, 40
	%1374 = sext i32 %1373 to i64
	%1375 = getelementptr i16, i16* %km, i64 %1374
	%1376 = bitcast i16* %1375 to i32*
	%1377 = load i32, i32* %1376
	%1378 = mul i32 %11, 2
	%1379 = add i32 %1265, %1378
	%1380 = add i32 %1379, 32
	%1381 = sext i32 %1380 to i64
	%1382 = getelementptr i16, i16* %km, i64 %1381
	%1383 = bitcast i16* %1382 to i32*
	%1384 = load i32, i32* %1383
	%1385 = mul i32 %11, 2
	%1386 = add i32 %1265, %1385
	%1387 = add i32 %1386, 40
	%1388 = sext i32 %1387 to i64
	%1389 = getelementptr i16, i16* %km, i64 %1388
	%1390 = bitcast i16* %1389 to i32*
	%1391 = load i32, i32* %1390
	%1392 = mul i32 %11, 0
	%1393 = add i32 %1265, %1392
	%1394 = add i32 %1393, 48
	%1395 = sext i32 %1394 to i64
	%1396 = getelementptr i16, i16* %km, i64 %1395
	%1397 = bitcast i16* %1396 to i32*
	%1398 = load i32, i32* %1397
	%1399 = mul i32 %11, 0
	%1400 = add i32 %1265, %1399
	%1401 = add i32 %1400, 56
	%1402 = sext i32 %1401 to i64
	%1403 = getelementptr i16, i16* %km, i64 %1402
	%1404 = bitcast i16* %1403 to i32*
	%1405 = load i32, i32* %1404
	%1406 = mul i32 %11, 1
	%1407 = add i32 %1265, %1406
	%1408 = add i32 %1407, 48
	%1409 = sext i32 %1408 to i64
	%1410 = getelementptr i16, i16* %km, i64 %1409
	%1411 = bitcast i16* %1410 to i32*
	%1412 = load i32, i32* %1411
	%1413 = mul i32 %11, 1
	%1414 = add i32 %1265, %1413
	%1415 = add i32 %1414, 56
	%1416 = sext i32 %1415 to i64
	%1417 = getelementptr i16, i16* %km, i64 %1416
	%1418 = bitcast i16* %1417 to i32*
	%1419 = load i32, i32* %1418
	%1420 = mul i32 %11, 2
	%1421 = add i32 %1265, %1420
	%1422 = add i32 %1421, 48
	%1423 = sext i32 %1422 to i64
	%1424 = getelementptr i16, i16* %km, i64 %1423
	%1425 = bitcast i16* %1424 to i32*
	%1426 = load i32, i32* %1425
	%1427 = mul i32 %11, 2
	%1428 = add i32 %1265, %1427
	%1429 = add i32 %1428, 56
	%1430 = sext i32 %1429 to i64
	%1431 = getelementptr i16, i16* %km, i64 %1430
	%1432 = bitcast i16* %1431 to i32*
	%1433 = load i32, i32* %1432
	%1434 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %1122, i32 %1129, float 0.0, float 0.0, float 0.0, float 0.0)
	%1435 = extractvalue { float, float, float, float } %1434, 0
	%1436 = extractvalue { float, float, float, float } %1434, 1
	%1437 = extractvalue { float, float, float, float } %1434, 2
	%1438 = extractvalue { float, float, float, float } %1434, 3
	%1439 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %1108, i32 %1115, float %1435, float %1436, float %1437, float %1438)
	%1440 = extractvalue { float, float, float, float } %1439, 0
	%1441 = extractvalue { float, float, float, float } %1439, 1
	%1442 = extractvalue { float, float, float, float } %1439, 2
	%1443 = extractvalue { float, float, float, float } %1439, 3
	%1444 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %1094, i32 %1101, float %1440, float %1441, float %1442, float %1443)
	%1445 = extractvalue { float, float, float, float } %1444, 0
	%1446 = extractvalue { float, float, float, float } %1444, 1
	%1447 = extractvalue { float, float, float, float } %1444, 2
	%1448 = extractvalue { float, float, float, float } %1444, 3
	%1449 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %1164, i32 %1171, float %1445, float %1446, float %1447, float %1448)
	%1450 = extractvalue { float, float, float, float } %1449, 0
	%1451 = extractvalue { float, float, float, float } %1449, 1
	%1452 = extractvalue { float, float, float, float } %1449, 2
	%1453 = extractvalue { float, float, float, float } %1449, 3
	%1454 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %1150, i32 %1157, float %1450, float %1451, float %1452, float %1453)
	%1455 = extractvalue { float, float, float, float } %1454, 0
	%1456 = extractvalue { float, float, float, float } %1454, 1
	%1457 = extractvalue { float, float, float, float } %1454, 2
	%1458 = extractvalue { float, float, float, float } %1454, 3
	%1459 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %1136, i32 %1143, float %1455, float %1456, float %1457, float %1458)
	%1460 = extractvalue { float, float, float, float } %1459, 0
	%1461 = extractvalue { float, float, float, float } %1459, 1
	%1462 = extractvalue { float, float, float, float } %1459, 2
	%1463 = extractvalue { float, float, float, float } %1459, 3
	%1464 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %1206, i32 %1213, float %1460, float %1461, float %1462, float %1463)
	%1465 = extractvalue { float, float, float, float } %1464, 0
	%1466 = extractvalue { float, float, float, float } %1464, 1
	%1467 = extractvalue { float, float, float, float } %1464, 2
	%1468 = extractvalue { float, float, float, float } %1464, 3
	%1469 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %1192, i32 %1199, float %1465, float %1466, float %1467, float %1468)
	%1470 = extractvalue { float, float, float, float } %1469, 0
	%1471 = extractvalue { float, float, float, float } %1469, 1
	%1472 = extractvalue { float, float, float, float } %1469, 2
	%1473 = extractvalue { float, float, float, float } %1469, 3
	%1474 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %1178, i32 %1185, float %1470, float %1471, float %1472, float %1473)
	%1475 = extractvalue { float, float, float, float } %1474, 0
	%1476 = extractvalue { float, float, float, float } %1474, 1
	%1477 = extractvalue { float, float, float, float } %1474, 2
	%1478 = extractvalue { float, float, float, float } %1474, 3
	%1479 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %1248, i32 %1255, float %1475, float %1476, float %1477, float %1478)
	%1480 = extractvalue { float, float, float, float } %1479, 0
	%1481 = extractvalue { float, float, float, float } %1479, 1
	%1482 = extractvalue { float, float, float, float } %1479, 2
	%1483 = extractvalue { float, float, float, float } %1479, 3
	%1484 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %1234, i32 %1241, float %1480, float %1481, float %1482, float %1483)
	%1485 = extractvalue { float, float, float, float } %1484, 0
	%1486 = extractvalue { float, float, float, float } %1484, 1
	%1487 = extractvalue { float, float, float, float } %1484, 2
	%1488 = extractvalue { float, float, float, float } %1484, 3
	%1489 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %1220, i32 %1227, float %1485, float %1486, float %1487, float %1488)
	%1490 = extractvalue { float, float, float, float } %1489, 0
	%1491 = extractvalue { float, float, float, float } %1489, 1
	%1492 = extractvalue { float, float, float, float } %1489, 2
	%1493 = extractvalue { float, float, float, float } %1489, 3
	%1494 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %1300, i32 %1307, float 0.0, float 0.0, float 0.0, float 0.0)
	%1495 = extractvalue { float, float, float, float } %1494, 0
	%1496 = extractvalue { float, float, float, float } %1494, 1
	%1497 = extractvalue { float, float, float, float } %1494, 2
	%1498 = extractvalue { float, float, float, float } %1494, 3
	%1499 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %1286, i32 %1293, float %1495, float %1496, float %1497, float %1498)
	%1500 = extractvalue { float, float, float, float } %1499, 0
	%1501 = extractvalue { float, float, float, float } %1499, 1
	%1502 = extractvalue { float, float, float, float } %1499, 2
	%1503 = extractvalue { float, float, float, float } %1499, 3
	%1504 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %1272, i32 %1279, float %1500, float %1501, float %1502, float %1503)
	%1505 = extractvalue { float, float, float, float } %1504, 0
	%1506 = extractvalue { float, float, float, float } %1504, 1
	%1507 = extractvalue { float, float, float, float } %1504, 2
	%1508 = extractvalue { float, float, float, float } %1504, 3
	%1509 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %1342, i32 %1349, float %1505, float %1506, float %1507, float %1508)
	%1510 = extractvalue { float, float, float, float } %1509, 0
	%1511 = extractvalue { float, float, float, float } %1509, 1
	%1512 = extractvalue { float, float, float, float } %1509, 2
	%1513 = extractvalue { float, float, float, float } %1509, 3
	%1514 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %1328, i32 %1335, float %1510, float %1511, float %1512, float %1513)
	%1515 = extractvalue { float, float, float, float } %1514, 0
	%1516 = extractvalue { float, float, float, float } %1514, 1
	%1517 = extractvalue { float, float, float, float } %1514, 2
	%1518 = extractvalue { float, float, float, float } %1514, 3
	%1519 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %1314, i32 %1321, float %1515, float %1516, float %1517, float %1518)
	%1520 = extractvalue { float, float, float, float } %1519, 0
	%1521 = extractvalue { float, float, float, float } %1519, 1
	%1522 = extractvalue { float, float, float, float } %1519, 2
	%1523 = extractvalue { float, float, float, float } %1519, 3
	%1524 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %1384, i32 %1391, float %1520, float %1521, float %1522, float %1523)
	%1525 = extractvalue { float, float, float, float } %1524, 0
	%1526 = extractvalue { float, float, float, float } %1524, 1
	%1527 = extractvalue { float, float, float, float } %1524, 2
	%1528 = extractvalue { float, float, float, float } %1524, 3
	%1529 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %1370, i32 %1377, float %1525, float %1526, float %1527, float %1528)
	%1530 = extractvalue { float, float, float, float } %1529, 0
	%1531 = extractvalue { float, float, float, float } %1529, 1
	%1532 = extractvalue { float, float, float, float } %1529, 2
	%1533 = extractvalue { float, float, float, float } %1529, 3
	%1534 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %1356, i32 %1363, float %1530, float %1531, float %1532, float %1533)
	%1535 = extractvalue { float, float, float, float } %1534, 0
	%1536 = extractvalue { float, float, float, float } %1534, 1
	%1537 = extractvalue { float, float, float, float } %1534, 2
	%1538 = extractvalue { float, float, float, float } %1534, 3
	%1539 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %1426, i32 %1433, float %1535, float %1536, float %1537, float %1538)
	%1540 = extractvalue { float, float, float, float } %1539, 0
	%1541 = extractvalue { float, float, float, float } %1539, 1
	%1542 = extractvalue { float, float, float, float } %1539, 2
	%1543 = extractvalue { float, float, float, float } %1539, 3
	%1544 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %1412, i32 %1419, float %1540, float %1541, float %1542, float %1543)
	%1545 = extractvalue { float, float, float, float } %1544, 0
	%1546 = extractvalue { float, float, float, float } %1544, 1
	%1547 = extractvalue { float, float, float, float } %1544, 2
	%1548 = extractvalue { float, float, float, float } %1544, 3
	%1549 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %1398, i32 %1405, float %1545, float %1546, float %1547, float %1548)
	%1550 = extractvalue { float, float, float, float } %1549, 0
	%1551 = extractvalue { float, float, float, float } %1549, 1
	%1552 = extractvalue { float, float, float, float } %1549, 2
	%1553 = extractvalue { float, float, float, float } %1549, 3
	br label %1554

1554:
	%1555 = phi float [ 0.0, %596 ], [ %1014, %601 ]
	%1556 = phi float [ 0.0, %596 ], [ %1015, %601 ]
	%1557 = phi float [ 0.0, %596 ], [ %1016, %601 ]
	%1558 = phi float [ 0.0, %596 ], [ %1017, %601 ]
	%1559 = phi float [ 0.0, %596 ], [ %1074, %601 ]
	%1560 = phi float [ 0.0, %596 ], [ %1075, %601 ]
	%1561 = phi float [ 0.0, %596 ], [ %1076, %601 ]
	%1562 = phi float [ 0.0, %596 ], [ %1077, %601 ]
	%1563 = phi float [ 0.0, %596 ], [ %1490, %601 ]
	%1564 = phi float [ 0.0, %596 ], [ %1491, %601 ]
	%1565 = phi float [ 0.0, %596 ], [ %1492, %601 ]
	%1566 = phi float [ 0.0, %596 ], [ %1493, %601 ]
	%1567 = phi float [ 0.0, %596 ], [ %1550, %601 ]
	%1568 = phi float [ 0.0, %596 ], [ %1551, %601 ]
	%1569 = phi float [ 0.0, %596 ], [ %1552, %601 ]
	%1570 = phi float [ 0.0, %596 ], [ %1553, %601 ]
	%1571 = add i32 %598, 32
	%1572 = icmp sle i32 %1571, %584
	br i1 %1572, label %1573, label %1734

1573:
	%1574 = fmul float %1555, 0.125
	%1575 = mul i32 %255, 129
	%1576 = mul i32 %4, 32
	%1577 = shl i32 %14, 1
	%1578 = add i32 %1577, 0
	%1579 = add i32 %1576, %1578
	%1580 = add i32 %1575, %1579
	%1581 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1582 = bitcast i8 addrspace(3)* %1581 to float addrspace(3)*
	%1583 = getelementptr float, float addrspace(3)* %1582, i32 %1580
	store float %1574, float addrspace(3)* %1583
	%1584 = fmul float %1556, 0.125
	%1585 = mul i32 %255, 129
	%1586 = mul i32 %4, 32
	%1587 = shl i32 %14, 1
	%1588 = add i32 %1587, 1
	%1589 = add i32 %1586, %1588
	%1590 = add i32 %1585, %1589
	%1591 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1592 = bitcast i8 addrspace(3)* %1591 to float addrspace(3)*
	%1593 = getelementptr float, float addrspace(3)* %1592, i32 %1590
	store float %1584, float addrspace(3)* %1593
	%1594 = fmul float %1557, 0.125
	%1595 = mul i32 %307, 129
	%1596 = mul i32 %4, 32
	%1597 = shl i32 %14, 1
	%1598 = add i32 %1597, 0
	%1599 = add i32 %1596, %1598
	%1600 = add i32 %1595, %1599
	%1601 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1602 = bitcast i8 addrspace(3)* %1601 to float addrspace(3)*
	%1603 = getelementptr float, float addrspace(3)* %1602, i32 %1600
	store float %1594, float addrspace(3)* %1603
	%1604 = fmul float %1558, 0.125
	%1605 = mul i32 %307, 129
	%1606 = mul i32 %4, 32
	%1607 = shl i32 %14, 1
	%1608 = add i32 %1607, 1
	%1609 = add i32 %1606, %1608
	%1610 = add i32 %1605, %1609
	%1611 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1612 = bitcast i8 addrspace(3)* %1611 to float addrspace(3)*
	%1613 = getelementptr float, float addrspace(3)* %1612, i32 %1610
	store float %1604, float addrspace(3)* %1613
	%1614 = fmul float %1559, 0.125
	%1615 = mul i32 %255, 129
	%1616 = mul i32 %4, 32
	%1617 = shl i32 %14, 1
	%1618 = add i32 %1617, 8
	%1619 = add i32 %1616, %1618
	%1620 = add i32 %1615, %1619
	%1621 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1622 = bitcast i8 addrspace(3)* %1621 to float addrspace(3)*
	%1623 = getelementptr float, float addrspace(3)* %1622, i32 %1620
	store float %1614, float addrspace(3)* %1623
	%1624 = fmul float %1560, 0.125
	%1625 = mul i32 %255, 129
	%1626 = mul i32 %4, 32
	%1627 = shl i32 %14, 1
	%1628 = add i32 %1627, 9
	%1629 = add i32 %1626, %1628
	%1630 = add i32 %1625, %1629
	%1631 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1632 = bitcast i8 addrspace(3)* %1631 to float addrspace(3)*
	%1633 = getelementptr float, float addrspace(3)* %1632, i32 %1630
	store float %1624, float addrspace(3)* %1633
	%1634 = fmul float %1561, 0.125
	%1635 = mul i32 %307, 129
	%1636 = mul i32 %4, 32
	%1637 = shl i32 %14, 1
	%1638 = add i32 %1637, 8
	%1639 = add i32 %1636, %1638
	%1640 = add i32 %1635, %1639
	%1641 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1642 = bitcast i8 addrspace(3)* %1641 to float addrspace(3)*
	%1643 = getelementptr float, float addrspace(3)* %1642, i32 %1640
	store float %1634, float addrspace(3)* %1643
	%1644 = fmul float %1562, 0.125
	%1645 = mul i32 %307, 129
	%1646 = mul i32 %4, 32
	%1647 = shl i32 %14, 1
	%1648 = add i32 %1647, 9
	%1649 = add i32 %1646, %1648
	%1650 = add i32 %1645, %1649
	%1651 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1652 = bitcast i8 addrspace(3)* %1651 to float addrspace(3)*
	%1653 = getelementptr float, float addrspace(3)* %1652, i32 %1650
	store float %1644, float addrspace(3)* %1653
	%1654 = fmul float %1563, 0.125
	%1655 = mul i32 %255, 129
	%1656 = mul i32 %4, 32
	%1657 = shl i32 %14, 1
	%1658 = add i32 %1657, 16
	%1659 = add i32 %1656, %1658
	%1660 = add i32 %1655, %1659
	%1661 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1662 = bitcast i8 addrspace(3)* %1661 to float addrspace(3)*
	%1663 = getelementptr float, float addrspace(3)* %1662, i32 %1660
	store float %1654, float addrspace(3)* %1663
	%1664 = fmul float %1564, 0.125
	%1665 = mul i32 %255, 129
	%1666 = mul i32 %4, 32
	%1667 = shl i32 %14, 1
	%1668 = add i32 %1667, 17
	%1669 = add i32 %1666, %1668
	%1670 = add i32 %1665, %1669
	%1671 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1672 = bitcast i8 addrspace(3)* %1671 to float addrspace(3)*
	%1673 = getelementptr float, float addrspace(3)* %1672, i32 %1670
	store float %1664, float addrspace(3)* %1673
	%1674 = fmul float %1565, 0.125
	%1675 = mul i32 %307, 129
	%1676 = mul i32 %4, 32
	%1677 = shl i32 %14, 1
	%1678 = add i32 %1677, 16
	%1679 = add i32 %1676, %1678
	%1680 = add i32 %1675, %1679
	%1681 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1682 = bitcast i8 addrspace(3)* %1681 to float addrspace(3)*
	%1683 = getelementptr float, float addrspace(3)* %1682, i32 %1680
	store float %1674, float addrspace(3)* %1683
	%1684 = fmul float %1566, 0.125
	%1685 = mul i32 %307, 129
	%1686 = mul i32 %4, 32
	%1687 = shl i32 %14, 1
	%1688 = add i32 %1687, 17
	%1689 = add i32 %1686, %1688
	%1690 = add i32 %1685, %1689
	%1691 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1692 = bitcast i8 addrspace(3)* %1691 to float addrspace(3)*
	%1693 = getelementptr float, float addrspace(3)* %1692, i32 %1690
	store float %1684, float addrspace(3)* %1693
	%1694 = fmul float %1567, 0.125
	%1695 = mul i32 %255, 129
	%1696 = mul i32 %4, 32
	%1697 = shl i32 %14, 1
	%1698 = add i32 %1697, 24
	%1699 = add i32 %1696, %1698
	%1700 = add i32 %1695, %1699
	%1701 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1702 = bitcast i8 addrspace(3)* %1701 to float addrspace(3)*
	%1703 = getelementptr float, float addrspace(3)* %1702, i32 %1700
	store float %1694, float addrspace(3)* %1703
	%1704 = fmul float %1568, 0.125
	%1705 = mul i32 %255, 129
	%1706 = mul i32 %4, 32
	%1707 = shl i32 %14, 1
	%1708 = add i32 %1707, 25
	%1709 = add i32 %1706, %1708
	%1710 = add i32 %1705, %1709
	%1711 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1712 = bitcast i8 addrspace(3)* %1711 to float addrspace(3)*
	%1713 = getelementptr float, float addrspace(3)* %1712, i32 %1710
	store float %1704, float addrspace(3)* %1713
	%1714 = fmul float %1569, 0.125
	%1715 = mul i32 %307, 129
	%1716 = mul i32 %4, 32
	%1717 = shl i32 %14, 1
	%1718 = add i32 %1717, 24
	%1719 = add i32 %1716, %1718
	%1720 = add i32 %1715, %1719
	%1721 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1722 = bitcast i8 addrspace(3)* %1721 to float addrspace(3)*
	%1723 = getelementptr float, float addrspace(3)* %1722, i32 %1720
	store float %1714, float addrspace(3)* %1723
	%1724 = fmul float %1570, 0.125
	%1725 = mul i32 %307, 129
	%1726 = mul i32 %4, 32
	%1727 = shl i32 %14, 1
	%1728 = add i32 %1727, 25
	%1729 = add i32 %1726, %1728
	%1730 = add i32 %1725, %1729
	%1731 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1732 = bitcast i8 addrspace(3)* %1731 to float addrspace(3)*
	%1733 = getelementptr float, float addrspace(3)* %1732, i32 %1730
	store float %1724, float addrspace(3)* %1733
	br i1 %12, label %1736, label %1945

1734:
	%1735 = xor i1 %1572, true
	br i1 %1735, label %1946, label %1970

1736:
	%1737 = fmul float %1555, 0.125
	%1738 = mul i32 %4, 32
	%1739 = shl i32 %14, 1
	%1740 = add i32 %1739, 0
	%1741 = add i32 %1738, %1740
	%1742 = add i32 %586, %1741
	%1743 = mul i32 %2, %M
	%1744 = add i32 %5, %255
	%1745 = add i32 %1743, %1744
	%1746 = mul i32 %1745, %NB
	%1747 = add i32 %1746, %1742
	%1748 = sext i32 %1747 to i64
	%1749 = getelementptr float, float* %e, i64 %1748
	store float %1737, float* %1749
	%1750 = fmul float %1556, 0.125
	%1751 = mul i32 %4, 32
	%1752 = shl i32 %14, 1
	%1753 = add i32 %1752, 1
	%1754 = add i32 %1751, %1753
	%1755 = add i32 %586, %1754
	%1756 = mul i32 %2, %M
	%1757 = add i32 %5, %255
	%1758 = add i32 %1756, %1757
	%1759 = mul i32 %1758, %NB
	%1760 = add i32 %1759, %1755
	%1761 = sext i32 %1760 to i64
	%1762 = getelementptr float, float* %e, i64 %1761
	store float %1750, float* %1762
	%1763 = fmul float %1557, 0.125
	%1764 = mul i32 %4, 32
	%1765 = shl i32 %14, 1
	%1766 = add i32 %1765, 0
	%1767 = add i32 %1764, %1766
	%1768 = add i32 %586, %1767
	%1769 = mul i32 %2, %M
	%1770 = add i32 %5, %307
	%1771 = add i32 %1769, %1770
	%1772 = mul i32 %1771, %NB
	%1773 = add i32 %1772, %1768
	%1774 = sext i32 %1773 to i64
	%1775 = getelementptr float, float* %e, i64 %1774
	store float %1763, float* %1775
	%1776 = fmul float %1558, 0.125
	%1777 = mul i32 %4, 32
	%1778 = shl i32 %14, 1
	%1779 = add i32 %1778, 1
	%1780 = add i32 %1777, %1779
	%1781 = add i32 %586, %1780
	%1782 = mul i32 %2, %M
	%1783 = add i32 %5, %307
	%1784 = add i32 %1782, %1783
	%1785 = mul i32 %1784, %NB
	%1786 = add i32 %1785, %1781
	%1787 = sext i32 %1786 to i64
	%1788 = getelementptr float, float* %e, i64 %1787
	store float %1776, float* %1788
	%1789 = fmul float %1559, 0.125
	%1790 = mul i32 %4, 32
	%1791 = shl i32 %14, 1
	%1792 = add i32 %1791, 8
	%1793 = add i32 %1790, %1792
	%1794 = add i32 %586, %1793
	%1795 = mul i32 %2, %M
	%1796 = add i32 %5, %255
	%1797 = add i32 %1795, %1796
	%1798 = mul i32 %1797, %NB
	%1799 = add i32 %1798, %1794
	%1800 = sext i32 %1799 to i64
	%1801 = getelementptr float, float* %e, i64 %1800
	store float %1789, float* %1801
	%1802 = fmul float %1560, 0.125
	%1803 = mul i32 %4, 32
	%1804 = shl i32 %14, 1
	%1805 = add i32 %1804, 9
	%1806 = add i32 %1803, %1805
	%1807 = add i32 %586, %1806
	%1808 = mul i32 %2, %M
	%1809 = add i32 %5, %255
	%1810 = add i32 %1808, %1809
	%1811 = mul i32 %1810, %NB
	%1812 = add i32 %1811, %1807
	%1813 = sext i32 %1812 to i64
	%1814 = getelementptr float, float* %e, i64 %1813
	store float %1802, float* %1814
	%1815 = fmul float %1561, 0.125
	%1816 = mul i32 %4, 32
	%1817 = shl i32 %14, 1
	%1818 = add i32 %1817, 8
	%1819 = add i32 %1816, %1818
	%1820 = add i32 %586, %1819
	%1821 = mul i32 %2, %M
	%1822 = add i32 %5, %307
	%1823 = add i32 %1821, %1822
	%1824 = mul i32 %1823, %NB
	%1825 = add i32 %1824, %1820
	%1826 = sext i32 %1825 to i64
	%1827 = getelementptr float, float* %e, i64 %1826
	store float %1815, float* %1827
	%1828 = fmul float %1562, 0.125
	%1829 = mul i32 %4, 32
	%1830 = shl i32 %14, 1
	%1831 = add i32 %1830, 9
	%1832 = add i32 %1829, %1831
	%1833 = add i32 %586, %1832
	%1834 = mul i32 %2, %M
	%1835 = add i32 %5, %307
	%1836 = add i32 %1834, %1835
	%1837 = mul i32 %1836, %NB
	%1838 = add i32 %1837, %1833
	%1839 = sext i32 %1838 to i64
	%1840 = getelementptr float, float* %e, i64 %1839
	store float %1828, float* %1840
	%1841 = fmul float %1563, 0.125
	%1842 = mul i32 %4, 32
	%1843 = shl i32 %14, 1
	%1844 = add i32 %1843, 16
	%1845 = add i32 %1842, %1844
	%1846 = add i32 %586, %1845
	%1847 = mul i32 %2, %M
	%1848 = add i32 %5, %255
	%1849 = add i32 %1847, %1848
	%1850 = mul i32 %1849, %NB
	%1851 = add i32 %1850, %1846
	%1852 = sext i32 %1851 to i64
	%1853 = getelementptr float, float* %e, i64 %1852
	store float %1841, float* %1853
	%1854 = fmul float %1564, 0.125
	%1855 = mul i32 %4, 32
	%1856 = shl i32 %14, 1
	%1857 = add i32 %1856, 17
	%1858 = add i32 %1855, %1857
	%1859 = add i32 %586, %1858
	%1860 = mul i32 %2, %M
	%1861 = add i32 %5, %255
	%1862 = add i32 %1860, %1861
	%1863 = mul i32 %1862, %NB
	%1864 = add i32 %1863, %1859
	%1865 = sext i32 %1864 to i64
	%1866 = getelementptr float, float* %e, i64 %1865
	store float %1854, float* %1866
	%1867 = fmul float %1565, 0.125
	%1868 = mul i32 %4, 32
	%1869 = shl i32 %14, 1
	%1870 = add i32 %1869, 16
	%1871 = add i32 %1868, %1870
	%1872 = add i32 %586, %1871
	%1873 = mul i32 %2, %M
	%1874 = add i32 %5, %307
	%1875 = add i32 %1873, %1874
	%1876 = mul i32 %1875, %NB
	%1877 = add i32 %1876, %1872
	%1878 = sext i32 %1877 to i64
	%1879 = getelementptr float, float* %e, i64 %1878
	store float %1867, float* %1879
	%1880 = fmul float %1566, 0.125
	%1881 = mul i32 %4, 32
	%1882 = shl i32 %14, 1
	%1883 = add i32 %1882, 17
	%1884 = add i32 %1881, %1883
	%1885 = add i32 %586, %1884
	%1886 = mul i32 %2, %M
	%1887 = add i32 %5, %307
	%1888 = add i32 %1886, %1887
	%1889 = mul i32 %1888, %NB
	%1890 = add i32 %1889, %1885
	%1891 = sext i32 %1890 to i64
	%1892 = getelementptr float, float* %e, i64 %1891
	store float %1880, float* %1892
	%1893 = fmul float %1567, 0.125
	%1894 = mul i32 %4, 32
	%1895 = shl i32 %14, 1
	%1896 = add i32 %1895, 24
	%1897 = add i32 %1894, %1896
	%1898 = add i32 %586, %1897
	%1899 = mul i32 %2, %M
	%1900 = add i32 %5, %255
	%1901 = add i32 %1899, %1900
	%1902 = mul i32 %1901, %NB
	%1903 = add i32 %1902, %1898
	%1904 = sext i32 %1903 to i64
	%1905 = getelementptr float, float* %e, i64 %1904
	store float %1893, float* %1905
	%1906 = fmul float %1568, 0.125
	%1907 = mul i32 %4, 32
	%1908 = shl i32 %14, 1
	%1909 = add i32 %1908, 25
	%1910 = add i32 %1907, %1909
	%1911 = add i32 %586, %1910
	%1912 = mul i32 %2, %M
	%1913 = add i32 %5, %255
	%1914 = add i32 %1912, %1913
	%1915 = mul i32 %1914, %NB
	%1916 = add i32 %1915, %1911
	%1917 = sext i32 %1916 to i64
	%1918 = getelementptr float, float* %e, i64 %1917
	store float %1906, float* %1918
	%1919 = fmul float %1569, 0.125
	%1920 = mul i32 %4, 32
	%1921 = shl i32 %14, 1
	%1922 = add i32 %1921, 24
	%1923 = add i32 %1920, %1922
	%1924 = add i32 %586, %1923
	%1925 = mul i32 %2, %M
	%1926 = add i32 %5, %307
	%1927 = add i32 %1925, %1926
	%1928 = mul i32 %1927, %NB
	%1929 = add i32 %1928, %1924
	%1930 = sext i32 %1929 to i64
	%1931 = getelementptr float, float* %e, i64 %1930
	store float %1919, float* %1931
	%1932 = fmul float %1570, 0.125
	%1933 = mul i32 %4, 32
	%1934 = shl i32 %14, 1
	%1935 = add i32 %1934, 25
	%1936 = add i32 %1933, %1935
	%1937 = add i32 %586, %1936
	%1938 = mul i32 %2, %M
	%1939 = add i32 %5, %307
	%1940 = add i32 %1938, %1939
	%1941 = mul i32 %1940, %NB
	%1942 = add i32 %1941, %1937
	%1943 = sext i32 %1942 to i64
	%1944 = getelementptr float, float* %e, i64 %1943
	store float %1932, float* %1944
	br label %1945

1945:
	br label %1734

1946:
	%1947 = mul i32 %4, 32
	%1948 = shl i32 %14, 1
	%1949 = add i32 %1948, 0
	%1950 = add i32 %1947, %1949
	%1951 = add i32 %586, %1950
	%1952 = icmp slt i32 %1951, %377
	%1953 = and i1 %1952, %294
	%1954 = icmp slt i32 %1951, %306
	%1955 = and i1 %1953, %1954
	%1956 = fmul float %1555, 0.125
	%1957 = icmp sge i32 %1951, %279
	%1958 = icmp sle i32 %1951, %282
	%1959 = and i1 %1957, %1958
	%1960 = xor i1 %1959, true
	%1961 = and i1 %1955, %1960
	%1962 = select i1 %1961, float %1956, float 0xFFF0000000000000
	%1963 = mul i32 %255, 129
	%1964 = add i32 %1963, %1950
	%1965 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1966 = bitcast i8 addrspace(3)* %1965 to float addrspace(3)*
	%1967 = getelementptr float, float addrspace(3)* %1966, i32 %1964
	store float %1962, float addrspace(3)* %1967
	%1968 = and i1 %1952, %294
	%1969 = and i1 %12, %1968
	br i1 %1969, label %1971, label %1980

1970:
	call void @llvm.nvvm.barrier0()
	br i1 %419, label %2476, label %2530

1971:
	%1972 = select i1 %1955, float %1956, float 0xFFF0000000000000
	%1973 = mul i32 %2, %M
	%1974 = add i32 %5, %255
	%1975 = add i32 %1973, %1974
	%1976 = mul i32 %1975, %NB
	%1977 = add i32 %1976, %1951
	%1978 = sext i32 %1977 to i64
	%1979 = getelementptr float, float* %e, i64 %1978
	store float %1972, float* %1979
	br label %1980

1980:
	%1981 = mul i32 %4, 32
	%1982 = shl i32 %14, 1
	%1983 = add i32 %1982, 1
	%1984 = add i32 %1981, %1983
	%1985 = add i32 %586, %1984
	%1986 = icmp slt i32 %1985, %377
	%1987 = and i1 %1986, %294
	%1988 = icmp slt i32 %1985, %306
	%1989 = and i1 %1987, %1988
	%1990 = fmul float %1556, 0.125
	%1991 = icmp sge i32 %1985, %279
	%1992 = icmp sle i32 %1985, %282
	%1993 = and i1 %1991, %1992
	%1994 = xor i1 %1993, true
	%1995 = and i1 %1989, %1994
	%1996 = select i1 %1995, float %1990, float 0xFFF0000000000000
	%1997 = mul i32 %255, 129
	%1998 = add i32 %1997, %1984
	%1999 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%2000 = bitcast i8 addrspace(3)* %1999 to float addrspace(3)*
	%2001 = getelementptr float, float addrspace(3)* %2000, i32 %1998
	store float %1996, float addrspace(3)* %2001
	%2002 = and i1 %1986, %294
	%2003 = and i1 %12, %2002
	br i1 %2003, label %2004, label %2013

2004:
	%2005 = select i1 %1989, float %1990, float 0xFFF0000000000000
	%2006 = mul i32 %2, %M
	%2007 = add i32 %5, %255
	%2008 = add i32 %2006, %2007
	%2009 = mul i32 %2008, %NB
	%2010 = add i32 %2009, %1985
	%2011 = sext i32 %2010 to i64
	%2012 = getelementptr float, float* %e, i64 %2011
	store float %2005, float* %2012
	br label %2013

2013:
	%2014 = mul i32 %4, 32
	%2015 = shl i32 %14, 1
	%2016 = add i32 %2015, 0
	%2017 = add i32 %2014, %2016
	%2018 = add i32 %586, %2017
	%2019 = icmp slt i32 %2018, %377
	%2020 = and i1 %2019, %346
	%2021 = icmp slt i32 %2018, %358
	%2022 = and i1 %2020, %2021
	%2023 = fmul float %1557, 0.125
	%2024 = icmp sge i32 %2018, %331
	%2025 = icmp sle i32 %2018, %334
	%2026 = and i1 %2024, %2025
	%2027 = xor i1 %2026, true
	%2028 = and i1 %2022, %2027
	%2029 = select i1 %2028, float %2023, float 0xFFF0000000000000
	%2030 = mul i32 %307, 129
	%2031 = add i32 %2030, %2017
	%2032 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%2033 = bitcast i8 addrspace(3)* %2032 to float addrspace(3)*
	%2034 = getelementptr float, float addrspace(3)* %2033, i32 %2031
	store float %2029, float addrspace(3)* %2034
	%2035 = and i1 %2019, %346
	%2036 = and i1 %12, %2035
	br i1 %2036, label %2037, label %2046

2037:
	%2038 = select i1 %2022, float %2023, float 0xFFF0000000000000
	%2039 = mul i32 %2, %M
	%2040 = add i32 %5, %307
	%2041 = add i32 %2039, %2040
	%2042 = mul i32 %2041, %NB
	%2043 = add i32 %2042, %2018
	%2044 = sext i32 %2043 to i64
	%2045 = getelementptr float, float* %e, i64 %2044
	store float %2038, float* %2045
	br label %2046

2046:
	%2047 = mul i32 %4, 32
	%2048 = shl i32 %14, 1
	%2049 = add i32 %2048, 1
	%2050 = add i32 %2047, %2049
	%2051 = add i32 %586, %2050
	%2052 = icmp slt i32 %2051, %377
	%2053 = and i1 %2052, %346
	%2054 = icmp slt i32 %2051, %358
	%2055 = and i1 %2053, %2054
	%2056 = fmul float %1558, 0.125
	%2057 = icmp sge i32 %2051, %331
	%2058 = icmp sle i32 %2051, %334
	%2059 = and i1 %2057, %2058
	%2060 = xor i1 %2059, true
	%2061 = and i1 %2055, %2060
	%2062 = select i1 %2061, float %2056, float 0xFFF0000000000000
	%2063 = mul i32 %307, 129
	%2064 = add i32 %2063, %2050
	%2065 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%2066 = bitcast i8 addrspace(3)* %2065 to float addrspace(3)*
	%2067 = getelementptr float, float addrspace(3)* %2066, i32 %2064
	store float %2062, float addrspace(3)* %2067
	%2068 = and i1 %2052, %346
	%2069 = and i1 %12, %2068
	br i1 %2069, label %2070, label %2079

2070:
	%2071 = select i1 %2055, float %2056, float 0xFFF0000000000000
	%2072 = mul i32 %2, %M
	%2073 = add i32 %5, %307
	%2074 = add i32 %2072, %2073
	%2075 = mul i32 %2074, %NB
	%2076 = add i32 %2075, %2051
	%2077 = sext i32 %2076 to i64
	%2078 = getelementptr float, float* %e, i64 %2077
	store float %2071, float* %2078
	br label %2079

2079:
	%2080 = mul i32 %4, 32
	%2081 = shl i32 %14, 1
	%2082 = add i32 %2081, 8
	%2083 = add i32 %2080, %2082
	%2084 = add i32 %586, %2083
	%2085 = icmp slt i32 %2084, %377
	%2086 = and i1 %2085, %294
	%2087 = icmp slt i32 %2084, %306
	%2088 = and i1 %2086, %2087
	%2089 = fmul float %1559, 0.125
	%2090 = icmp sge i32 %2084, %279
	%2091 = icmp sle i32 %2084, %282
	%2092 = and i1 %2090, %2091
	%2093 = xor i1 %2092, true
	%2094 = and i1 %2088, %2093
	%2095 = select i1 %2094, float %2089, float 0xFFF0000000000000
	%2096 = mul i32 %255, 129
	%2097 = add i32 %2096, %2083
	%2098 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%2099 = bitcast i8 addrspace(3)* %2098 to float addrspace(3)*
	%2100 = getelementptr float, float addrspace(3)* %2099, i32 %2097
	store float %2095, float addrspace(3)* %2100
	%2101 = and i1 %2085, %294
	%2102 = and i1 %12, %2101
	br i1 %2102, label %2103, label %2112

2103:
	%2104 = select i1 %2088, float %2089, float 0xFFF0000000000000
	%2105 = mul i32 %2, %M
	%2106 = add i32 %5, %255
	%2107 = add i32 %2105, %2106
	%2108 = mul i32 %2107, %NB
	%2109 = add i32 %2108, %2084
	%2110 = sext i32 %2109 to i64
	%2111 = getelementptr float, float* %e, i64 %2110
	store float %2104, float* %2111
	br label %2112

2112:
	%2113 = mul i32 %4, 32
	%2114 = shl i32 %14, 1
	%2115 = add i32 %2114, 9
	%2116 = add i32 %2113, %2115
	%2117 = add i32 %586, %2116
	%2118 = icmp slt i32 %2117, %377
	%2119 = and i1 %2118, %294
	%2120 = icmp slt i32 %2117, %306
	%2121 = and i1 %2119, %2120
	%2122 = fmul float %1560, 0.125
	%2123 = icmp sge i32 %2117, %279
	%2124 = icmp sle i32 %2117, %282
	%2125 = and i1 %2123, %2124
	%2126 = xor i1 %2125, true
	%2127 = and i1 %2121, %2126
	%2128 = select i1 %2127, float %2122, float 0xFFF0000000000000
	%2129 = mul i32 %255, 129
	%2130 = add i32 %2129, %2116
	%2131 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%2132 = bitcast i8 addrspace(3)* %2131 to float addrspace(3)*
	%2133 = getelementptr float, float addrspace(3)* %2132, i32 %2130
	store float %2128, float addrspace(3)* %2133
	%2134 = and i1 %2118, %294
	%2135 = and i1 %12, %2134
	br i1 %2135, label %2136, label %2145

2136:
	%2137 = select i1 %2121, float %2122, float 0xFFF0000000000000
	%2138 = mul i32 %2, %M
	%2139 = add i32 %5, %255
	%2140 = add i32 %2138, %2139
	%2141 = mul i32 %2140, %NB
	%2142 = add i32 %2141, %2117
	%2143 = sext i32 %2142 to i64
	%2144 = getelementptr float, float* %e, i64 %2143
	store float %2137, float* %2144
	br label %2145

2145:
	%2146 = mul i32 %4, 32
	%2147 = shl i32 %14, 1
	%2148 = add i32 %2147, 8
	%2149 = add i32 %2146, %2148
	%2150 = add i32 %586, %2149
	%2151 = icmp slt i32 %2150, %377
	%2152 = and i1 %2151, %346
	%2153 = icmp slt i32 %2150, %358
	%2154 = and i1 %2152, %2153
	%2155 = fmul float %1561, 0.125
	%2156 = icmp sge i32 %2150, %331
	%2157 = icmp sle i32 %2150, %334
	%2158 = and i1 %2156, %2157
	%2159 = xor i1 %2158, true
	%2160 = and i1 %2154, %2159
	%2161 = select i1 %2160, float %2155, float 0xFFF0000000000000
	%2162 = mul i32 %307, 129
	%2163 = add i32 %2162, %2149
	%2164 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%2165 = bitcast i8 addrspace(3)* %2164 to float addrspace(3)*
	%2166 = getelementptr float, float addrspace(3)* %2165, i32 %2163
	store float %2161, float addrspace(3)* %2166
	%2167 = and i1 %2151, %346
	%2168 = and i1 %12, %2167
	br i1 %2168, label %2169, label %2178

2169:
	%2170 = select i1 %2154, float %2155, float 0xFFF0000000000000
	%2171 = mul i32 %2, %M
	%2172 = add i32 %5, %307
	%2173 = add i32 %2171, %2172
	%2174 = mul i32 %2173, %NB
	%2175 = add i32 %2174, %2150
	%2176 = sext i32 %2175 to i64
	%2177 = getelementptr float, float* %e, i64 %2176
	store float %2170, float* %2177
	br label %2178

2178:
	%2179 = mul i32 %4, 32
	%2180 = shl i32 %14, 1
	%2181 = add i32 %2180, 9
	%2182 = add i32 %2179, %2181
	%2183 = add i32 %586, %2182
	%2184 = icmp slt i32 %2183, %377
	%2185 = and i1 %2184, %346
	%2186 = icmp slt i32 %2183, %358
	%2187 = and i1 %2185, %2186
	%2188 = fmul float %1562, 0.125
	%2189 = icmp sge i32 %2183, %331
	%2190 = icmp sle i32 %2183, %334
	%2191 = and i1 %2189, %2190
	%2192 = xor i1 %2191, true
	%2193 = and i1 %2187, %2192
	%2194 = select i1 %2193, float %2188, float 0xFFF0000000000000
	%2195 = mul i32 %307, 129
	%2196 = add i32 %2195, %2182
	%2197 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%2198 = bitcast i8 addrspace(3)* %2197 to float addrspace(3)*
	%2199 = getelementptr float, float addrspace(3)* %2198, i32 %2196
	store float %2194, float addrspace(3)* %2199
	%2200 = and i1 %2184, %346
	%2201 = and i1 %12, %2200
	br i1 %2201, label %2202, label %2211

2202:
	%2203 = select i1 %2187, float %2188, float 0xFFF0000000000000
	%2204 = mul i32 %2, %M
	%2205 = add i32 %5, %307
	%2206 = add i32 %2204, %2205
	%2207 = mul i32 %2206, %NB
	%2208 = add i32 %2207, %2183
	%2209 = sext i32 %2208 to i64
	%2210 = getelementptr float, float* %e, i64 %2209
	store float %2203, float* %2210
	br label %2211

2211:
	%2212 = mul i32 %4, 32
	%2213 = shl i32 %14, 1
	%2214 = add i32 %2213, 16
	%2215 = add i32 %2212, %2214
	%2216 = add i32 %586, %2215
	%2217 = icmp slt i32 %2216, %377
	%2218 = and i1 %2217, %294
	%2219 = icmp slt i32 %2216, %306
	%2220 = and i1 %2218, %2219
	%2221 = fmul float %1563, 0.125
	%2222 = icmp sge i32 %2216, %279
	%2223 = icmp sle i32 %2216, %282
	%2224 = and i1 %2222, %2223
	%2225 = xor i1 %2224, true
	%2226 = and i1 %2220, %2225
	%2227 = select i1 %2226, float %2221, float 0xFFF0000000000000
	%2228 = mul i32 %255, 129
	%2229 = add i32 %2228, %2215
	%2230 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%2231 = bitcast i8 addrspace(3)* %2230 to float addrspace(3)*
	%2232 = getelementptr float, float addrspace(3)* %2231, i32 %2229
	store float %2227, float addrspace(3)* %2232
	%2233 = and i1 %2217, %294
	%2234 = and i1 %12, %2233
	br i1 %2234, label %2235, label %2244

2235:
	%2236 = select i1 %2220, float %2221, float 0xFFF0000000000000
	%2237 = mul i32 %2, %M
	%2238 = add i32 %5, %255
	%2239 = add i32 %2237, %2238
	%2240 = mul i32 %2239, %NB
	%2241 = add i32 %2240, %2216
	%2242 = sext i32 %2241 to i64
	%2243 = getelementptr float, float* %e, i64 %2242
	store float %2236, float* %2243
	br label %2244

2244:
	%2245 = mul i32 %4, 32
	%2246 = shl i32 %14, 1
	%2247 = add i32 %2246, 17
	%2248 = add i32 %2245, %2247
	%2249 = add i32 %586, %2248
	%2250 = icmp slt i32 %2249, %377
	%2251 = and i1 %2250, %294
	%2252 = icmp slt i32 %2249, %306
	%2253 = and i1 %2251, %2252
	%2254 = fmul float %1564, 0.125
	%2255 = icmp sge i32 %2249, %279
	%2256 = icmp sle i32 %2249, %282
	%2257 = and i1 %2255, %2256
	%2258 = xor i1 %2257, true
	%2259 = and i1 %2253, %2258
	%2260 = select i1 %2259, float %2254, float 0xFFF0000000000000
	%2261 = mul i32 %255, 129
	%2262 = add i32 %2261, %2248
	%2263 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%2264 = bitcast i8 addrspace(3)* %2263 to float addrspace(3)*
	%2265 = getelementptr float, float addrspace(3)* %2264, i32 %2262
	store float %2260, float addrspace(3)* %2265
	%2266 = and i1 %2250, %294
	%2267 = and i1 %12, %2266
	br i1 %2267, label %2268, label %2277

2268:
	%2269 = select i1 %2253, float %2254, float 0xFFF0000000000000
	%2270 = mul i32 %2, %M
	%2271 = add i32 %5, %255
	%2272 = add i32 %2270, %2271
	%2273 = mul i32 %2272, %NB
	%2274 = add i32 %2273, %2249
	%2275 = sext i32 %2274 to i64
	%2276 = getelementptr float, float* %e, i64 %2275
	store float %2269, float* %2276
	br label %2277

2277:
	%2278 = mul i32 %4, 32
	%2279 = shl i32 %14, 1
	%2280 = add i32 %2279, 16
	%2281 = add i32 %2278, %2280
	%2282 = add i32 %586, %2281
	%2283 = icmp slt i32 %2282, %377
	%2284 = and i1 %2283, %346
	%2285 = icmp slt i32 %2282, %358
	%2286 = and i1 %2284, %2285
	%2287 = fmul float %1565, 0.125
	%2288 = icmp sge i32 %2282, %331
	%2289 = icmp sle i32 %2282, %334
	%2290 = and i1 %2288, %2289
	%2291 = xor i1 %2290, true
	%2292 = and i1 %2286, %2291
	%2293 = select i1 %2292, float %2287, float 0xFFF0000000000000
	%2294 = mul i32 %307, 129
	%2295 = add i32 %2294, %2281
	%2296 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%2297 = bitcast i8 addrspace(3)* %2296 to float addrspace(3)*
	%2298 = getelementptr float, float addrspace(3)* %2297, i32 %2295
	store float %2293, float addrspace(3)* %2298
	%2299 = and i1 %2283, %346
	%2300 = and i1 %12, %2299
	br i1 %2300, label %2301, label %2310

2301:
	%2302 = select i1 %2286, float %2287, float 0xFFF0000000000000
	%2303 = mul i32 %2, %M
	%2304 = add i32 %5, %307
	%2305 = add i32 %2303, %2304
	%2306 = mul i32 %2305, %NB
	%2307 = add i32 %2306, %2282
	%2308 = sext i32 %2307 to i64
	%2309 = getelementptr float, float* %e, i64 %2308
	store float %2302, float* %2309
	br label %2310

2310:
	%2311 = mul i32 %4, 32
	%2312 = shl i32 %14, 1
	%2313 = add i32 %2312, 17
	%2314 = add i32 %2311, %2313
	%2315 = add i32 %586, %2314
	%2316 = icmp slt i32 %2315, %377
	%2317 = and i1 %2316, %346
	%2318 = icmp slt i32 %2315, %358
	%2319 = and i1 %2317, %2318
	%2320 = fmul float %1566, 0.125
	%2321 = icmp sge i32 %2315, %331
	%2322 = icmp sle i32 %2315, %334
	%2323 = and i1 %2321, %2322
	%2324 = xor i1 %2323, true
	%2325 = and i1 %2319, %2324
	%2326 = select i1 %2325, float %2320, float 0xFFF0000000000000
	%2327 = mul i32 %307, 129
	%2328 = add i32 %2327, %2314
	%2329 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%2330 = bitcast i8 addrspace(3)* %2329 to float addrspace(3)*
	%2331 = getelementptr float, float addrspace(3)* %2330, i32 %2328
	store float %2326, float addrspace(3)* %2331
	%2332 = and i1 %2316, %346
	%2333 = and i1 %12, %2332
	br i1 %2333, label %2334, label %2343

2334:
	%2335 = select i1 %2319, float %2320, float 0xFFF0000000000000
	%2336 = mul i32 %2, %M
	%2337 = add i32 %5, %307
	%2338 = add i32 %2336, %2337
	%2339 = mul i32 %2338, %NB
	%2340 = add i32 %2339, %2315
	%2341 = sext i32 %2340 to i64
	%2342 = getelementptr float, float* %e, i64 %2341
	store float %2335, float* %2342
	br label %2343

2343:
	%2344 = mul i32 %4, 32
	%2345 = shl i32 %14, 1
	%2346 = add i32 %2345, 24
	%2347 = add i32 %2344, %2346
	%2348 = add i32 %586, %2347
	%2349 = icmp slt i32 %2348, %377
	%2350 = and i1 %2349, %294
	%2351 = icmp slt i32 %2348, %306
	%2352 = and i1 %2350, %2351
	%2353 = fmul float %1567, 0.125
	%2354 = icmp sge i32 %2348, %279
	%2355 = icmp sle i32 %2348, %282
	%2356 = and i1 %2354, %2355
	%2357 = xor i1 %2356, true
	%2358 = and i1 %2352, %2357
	%2359 = select i1 %2358, float %2353, float 0xFFF0000000000000
	%2360 = mul i32 %255, 129
	%2361 = add i32 %2360, %2347
	%2362 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%2363 = bitcast i8 addrspace(3)* %2362 to float addrspace(3)*
	%2364 = getelementptr float, float addrspace(3)* %2363, i32 %2361
	store float %2359, float addrspace(3)* %2364
	%2365 = and i1 %2349, %294
	%2366 = and i1 %12, %2365
	br i1 %2366, label %2367, label %2376

2367:
	%2368 = select i1 %2352, float %2353, float 0xFFF0000000000000
	%2369 = mul i32 %2, %M
	%2370 = add i32 %5, %255
	%2371 = add i32 %2369, %2370
	%2372 = mul i32 %2371, %NB
	%2373 = add i32 %2372, %2348
	%2374 = sext i32 %2373 to i64
	%2375 = getelementptr float, float* %e, i64 %2374
	store float %2368, float* %2375
	br label %2376

2376:
	%2377 = mul i32 %4, 32
	%2378 = shl i32 %14, 1
	%2379 = add i32 %2378, 25
	%2380 = add i32 %2377, %2379
	%2381 = add i32 %586, %2380
	%2382 = icmp slt i32 %2381, %377
	%2383 = and i1 %2382, %294
	%2384 = icmp slt i32 %2381, %306
	%2385 = and i1 %2383, %2384
	%2386 = fmul float %1568, 0.125
	%2387 = icmp sge i32 %2381, %279
	%2388 = icmp sle i32 %2381, %282
	%2389 = and i1 %2387, %2388
	%2390 = xor i1 %2389, true
	%2391 = and i1 %2385, %2390
	%2392 = select i1 %2391, float %2386, float 0xFFF0000000000000
	%2393 = mul i32 %255, 129
	%2394 = add i32 %2393, %2380
	%2395 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%2396 = bitcast i8 addrspace(3)* %2395 to float addrspace(3)*
	%2397 = getelementptr float, float addrspace(3)* %2396, i32 %2394
	store float %2392, float addrspace(3)* %2397
	%2398 = and i1 %2382, %294
	%2399 = and i1 %12, %2398
	br i1 %2399, label %2400, label %2409

2400:
	%2401 = select i1 %2385, float %2386, float 0xFFF0000000000000
	%2402 = mul i32 %2, %M
	%2403 = add i32 %5, %255
	%2404 = add i32 %2402, %2403
	%2405 = mul i32 %2404, %NB
	%2406 = add i32 %2405, %2381
	%2407 = sext i32 %2406 to i64
	%2408 = getelementptr float, float* %e, i64 %2407
	store float %2401, float* %2408
	br label %2409

2409:
	%2410 = mul i32 %4, 32
	%2411 = shl i32 %14, 1
	%2412 = add i32 %2411, 24
	%2413 = add i32 %2410, %2412
	%2414 = add i32 %586, %2413
	%2415 = icmp slt i32 %2414, %377
	%2416 = and i1 %2415, %346
	%2417 = icmp slt i32 %2414, %358
	%2418 = and i1 %2416, %2417
	%2419 = fmul float %1569, 0.125
	%2420 = icmp sge i32 %2414, %331
	%2421 = icmp sle i32 %2414, %334
	%2422 = and i1 %2420, %2421
	%2423 = xor i1 %2422, true
	%2424 = and i1 %2418, %2423
	%2425 = select i1 %2424, float %2419, float 0xFFF0000000000000
	%2426 = mul i32 %307, 129
	%2427 = add i32 %2426, %2413
	%2428 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%2429 = bitcast i8 addrspace(3)* %2428 to float addrspace(3)*
	%2430 = getelementptr float, float addrspace(3)* %2429, i32 %2427
	store float %2425, float addrspace(3)* %2430
	%2431 = and i1 %2415, %346
	%2432 = and i1 %12, %2431
	br i1 %2432, label %2433, label %2442

2433:
	%2434 = select i1 %2418, float %2419, float 0xFFF0000000000000
	%2435 = mul i32 %2, %M
	%2436 = add i32 %5, %307
	%2437 = add i32 %2435, %2436
	%2438 = mul i32 %2437, %NB
	%2439 = add i32 %2438, %2414
	%2440 = sext i32 %2439 to i64
	%2441 = getelementptr float, float* %e, i64 %2440
	store float %2434, float* %2441
	br label %2442

2442:
	%2443 = mul i32 %4, 32
	%2444 = shl i32 %14, 1
	%2445 = add i32 %2444, 25
	%2446 = add i32 %2443, %2445
	%2447 = add i32 %586, %2446
	%2448 = icmp slt i32 %2447, %377
	%2449 = and i1 %2448, %346
	%2450 = icmp slt i32 %2447, %358
	%2451 = and i1 %2449, %2450
	%2452 = fmul float %1570, 0.125
	%2453 = icmp sge i32 %2447, %331
	%2454 = icmp sle i32 %2447, %334
	%2455 = and i1 %2453, %2454
	%2456 = xor i1 %2455, true
	%2457 = and i1 %2451, %2456
	%2458 = select i1 %2457, float %2452, float 0xFFF0000000000000
	%2459 = mul i32 %307, 129
	%2460 = add i32 %2459, %2446
	%2461 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%2462 = bitcast i8 addrspace(3)* %2461 to float addrspace(3)*
	%2463 = getelementptr float, float addrspace(3)* %2462, i32 %2460
	store float %2458, float addrspace(3)* %2463
	%2464 = and i1 %2448, %346
	%2465 = and i1 %12, %2464
	br i1 %2465, label %2466, label %2475

2466:
	%2467 = select i1 %2451, float %2452, float 0xFFF0000000000000
	%2468 = mul i32 %2, %M
	%2469 = add i32 %5, %307
	%2470 = add i32 %2468, %2469
	%2471 = mul i32 %2470, %NB
	%2472 = add i32 %2471, %2447
	%2473 = sext i32 %2472 to i64
	%2474 = getelementptr float, float* %e, i64 %2473
	store float %2467, float* %2474
	br label %2475

2475:
	br label %1970

2476:
	%2477 = mul i32 %378, 129
	%2478 = add i32 0, %3
	%2479 = add i32 %2477, %2478
	%2480 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%2481 = bitcast i8 addrspace(3)* %2480 to float addrspace(3)*
	%2482 = getelementptr float, float addrspace(3)* %2481, i32 %2479
	%2483 = load float, float addrspace(3)* %2482
	%2484 = fcmp ogt float %2483, 0xFFF0000000000000
	%2485 = fadd float %2483, 0.0
	%2486 = bitcast float %2485 to i32
	%2487 = ashr i32 %2486, 31
	%2488 = or i32 %2487, -2147483648
	%2489 = xor i32 %2486, %2488
	%2490 = mul i32 %378, 129
	%2491 = add i32 32, %3
	%2492 = add i32 %2490, %2491
	%2493 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%2494 = bitcast i8 addrspace(3)* %2493 to float addrspace(3)*
	%2495 = getelementptr float, float addrspace(3)* %2494, i32 %2492
	%2496 = load float, float addrspace(3)* %2495
	%2497 = fcmp ogt float %2496, 0xFFF0000000000000
	%2498 = fadd float %2496, 0.0
	%2499 = bitcast float %2498 to i32
	%2500 = ashr i32 %2499, 31
	%2501 = or i32 %2500, -2147483648
	%2502 = xor i32 %2499, %2501
	%2503 = mul i32 %378, 129
	%2504 = add i32 64, %3
	%2505 = add i32 %2503, %2504
	%2506 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%2507 = bitcast i8 addrspace(3)* %2506 to float addrspace(3)*
	%2508 = getelementptr float, float addrspace(3)* %2507, i32 %2505
	%2509 = load float, float addrspace(3)* %2508
	%2510 = fcmp ogt float %2509, 0xFFF0000000000000
	%2511 = fadd float %2509, 0.0
	%2512 = bitcast float %2511 to i32
	%2513 = ashr i32 %2512, 31
	%2514 = or i32 %2513, -2147483648
	%2515 = xor i32 %2512, %2514
	%2516 = mul i32 %378, 129
	%2517 = add i32 96, %3
	%2518 = add i32 %2516, %2517
	%2519 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%2520 = bitcast i8 addrspace(3)* %2519 to float addrspace(3)*
	%2521 = getelementptr float, float addrspace(3)* %2520, i32 %2518
	%2522 = load float, float addrspace(3)* %2521
	%2523 = fcmp ogt float %2522, 0xFFF0000000000000
	%2524 = fadd float %2522, 0.0
	%2525 = bitcast float %2524 to i32
	%2526 = ashr i32 %2525, 31
	%2527 = or i32 %2526, -2147483648
	%2528 = xor i32 %2525, %2527
	%2529 = icmp eq i32 %588, 0
	br i1 %2529, label %2533, label %2716

2530:
	%2531 = phi i32 [ %587, %1970 ], [ %3919, %3916 ]
	%2532 = phi i32 [ %588, %1970 ], [ %2793, %3916 ]
	br i1 %461, label %3920, label %3974

2533:
	%2534 = select i1 %2484, i32 %2489, i32 0
	%2535 = icmp ugt i32 0, %2534
	%2536 = select i1 %2535, i32 0, i32 %2534
	%2537 = select i1 %2497, i32 %2502, i32 0
	%2538 = icmp ugt i32 %2536, %2537
	%2539 = select i1 %2538, i32 %2536, i32 %2537
	%2540 = select i1 %2510, i32 %2515, i32 0
	%2541 = icmp ugt i32 %2539, %2540
	%2542 = select i1 %2541, i32 %2539, i32 %2540
	%2543 = select i1 %2523, i32 %2528, i32 0
	%2544 = icmp ugt i32 %2542, %2543
	%2545 = select i1 %2544, i32 %2542, i32 %2543
	%2546 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2545, i32 1, i32 31)
	%2547 = and i32 %3, 2
	%2548 = icmp eq i32 %2547, 0
	%2549 = and i32 %3, 1
	%2550 = icmp eq i32 %2549, 0
	%2551 = icmp eq i1 %2548, %2550
	%2552 = icmp ugt i32 %2545, %2546
	%2553 = select i1 %2552, i32 %2545, i32 %2546
	%2554 = icmp ult i32 %2545, %2546
	%2555 = select i1 %2554, i32 %2545, i32 %2546
	%2556 = select i1 %2551, i32 %2553, i32 %2555
	%2557 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2556, i32 2, i32 31)
	%2558 = and i32 %3, 4
	%2559 = icmp eq i32 %2558, 0
	%2560 = and i32 %3, 2
	%2561 = icmp eq i32 %2560, 0
	%2562 = icmp eq i1 %2559, %2561
	%2563 = icmp ugt i32 %2556, %2557
	%2564 = select i1 %2563, i32 %2556, i32 %2557
	%2565 = icmp ult i32 %2556, %2557
	%2566 = select i1 %2565, i32 %2556, i32 %2557
	%2567 = select i1 %2562, i32 %2564, i32 %2566
	%2568 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2567, i32 1, i32 31)
	%2569 = and i32 %3, 4
	%2570 = icmp eq i32 %2569, 0
	%2571 = and i32 %3, 1
	%2572 = icmp eq i32 %2571, 0
	%2573 = icmp eq i1 %2570, %2572
	%2574 = icmp ugt i32 %2567, %2568
	%2575 = select i1 %2574, i32 %2567, i32 %2568
	%2576 = icmp ult i32 %2567, %2568
	%2577 = select i1 %2576, i32 %2567, i32 %2568
	%2578 = select i1 %2573, i32 %2575, i32 %2577
	%2579 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2578, i32 4, i32 31)
	%2580 = and i32 %3, 8
	%2581 = icmp eq i32 %2580, 0
	%2582 = and i32 %3, 4
	%2583 = icmp eq i32 %2582, 0
	%2584 = icmp eq i1 %2581, %2583
	%2585 = icmp ugt i32 %2578, %2579
	%2586 = select i1 %2585, i32 %2578, i32 %2579
	%2587 = icmp ult i32 %2578, %2579
	%2588 = select i1 %2587, i32 %2578, i32 %2579
	%2589 = select i1 %2584, i32 %2586, i32 %2588
	%2590 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2589, i32 2, i32 31)
	%2591 = and i32 %3, 8
	%2592 = icmp eq i32 %2591, 0
	%2593 = and i32 %3, 2
	%2594 = icmp eq i32 %2593, 0
	%2595 = icmp eq i1 %2592, %2594
	%2596 = icmp ugt i32 %2589, %2590
	%2597 = select i1 %2596, i32 %2589, i32 %2590
	%2598 = icmp ult i32 %2589, %2590
	%2599 = select i1 %2598, i32 %2589, i32 %2590
	%2600 = select i1 %2595, i32 %2597, i32 %2599
	%2601 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2600, i32 1, i32 31)
	%2602 = and i32 %3, 8
	%2603 = icmp eq i32 %2602, 0
	%2604 = and i32 %3, 1
	%2605 = icmp eq i32 %2604, 0
	%2606 = icmp eq i1 %2603, %2605
	%2607 = icmp ugt i32 %2600, %2601
	%2608 = select i1 %2607, i32 %2600, i32 %2601
	%2609 = icmp ult i32 %2600, %2601
	%2610 = select i1 %2609, i32 %2600, i32 %2601
	%2611 = select i1 %2606, i32 %2608, i32 %2610
	%2612 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2611, i32 8, i32 31)
	%2613 = and i32 %3, 16
	%2614 = icmp eq i32 %2613, 0
	%2615 = and i32 %3, 8
	%2616 = icmp eq i32 %2615, 0
	%2617 = icmp eq i1 %2614, %2616
	%2618 = icmp ugt i32 %2611, %2612
	%2619 = select i1 %2618, i32 %2611, i32 %2612
	%2620 = icmp ult i32 %2611, %2612
	%2621 = select i1 %2620, i32 %2611, i32 %2612
	%2622 = select i1 %2617, i32 %2619, i32 %2621
	%2623 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2622, i32 4, i32 31)
	%2624 = and i32 %3, 16
	%2625 = icmp eq i32 %2624, 0
	%2626 = and i32 %3, 4
	%2627 = icmp eq i32 %2626, 0
	%2628 = icmp eq i1 %2625, %2627
	%2629 = icmp ugt i32 %2622, %2623
	%2630 = select i1 %2629, i32 %2622, i32 %2623
	%2631 = icmp ult i32 %2622, %2623
	%2632 = select i1 %2631, i32 %2622, i32 %2623
	%2633 = select i1 %2628, i32 %2630, i32 %2632
	%2634 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2633, i32 2, i32 31)
	%2635 = and i32 %3, 16
	%2636 = icmp eq i32 %2635, 0
	%2637 = and i32 %3, 2
	%2638 = icmp eq i32 %2637, 0
	%2639 = icmp eq i1 %2636, %2638
	%2640 = icmp ugt i32 %2633, %2634
	%2641 = select i1 %2640, i32 %2633, i32 %2634
	%2642 = icmp ult i32 %2633, %2634
	%2643 = select i1 %2642, i32 %2633, i32 %2634
	%2644 = select i1 %2639, i32 %2641, i32 %2643
	%2645 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2644, i32 1, i32 31)
	%2646 = and i32 %3, 16
	%2647 = icmp eq i32 %2646, 0
	%2648 = and i32 %3, 1
	%2649 = icmp eq i32 %2648, 0
	%2650 = icmp eq i1 %2647, %2649
	%2651 = icmp ugt i32 %2644, %2645
	%2652 = select i1 %2651, i32 %2644, i32 %2645
	%2653 = icmp ult i32 %2644, %2645
	%2654 = select i1 %2653, i32 %2644, i32 %2645
	%2655 = select i1 %2650, i32 %2652, i32 %2654
	%2656 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2655, i32 16, i32 31)
	%2657 = and i32 %3, 32
	%2658 = icmp eq i32 %2657, 0
	%2659 = and i32 %3, 16
	%2660 = icmp eq i32 %2659, 0
	%2661 = icmp eq i1 %2658, %2660
	%2662 = icmp ugt i32 %2655, %2656
	%2663 = select i1 %2662, i32 %2655, i32 %2656
	%2664 = icmp ult i32 %2655, %2656
	%2665 = select i1 %2664, i32 %2655, i32 %2656
	%2666 = select i1 %2661, i32 %2663, i32 %2665
	%2667 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2666, i32 8, i32 31)
	%2668 = and i32 %3, 32
	%2669 = icmp eq i32 %2668, 0
	%2670 = and i32 %3, 8
	%2671 = icmp eq i32 %2670, 0
	%2672 = icmp eq i1 %2669, %2671
	%2673 = icmp ugt i32 %2666, %2667
	%2674 = select i1 %2673, i32 %2666, i32 %2667
	%2675 = icmp ult i32 %2666, %2667
	%2676 = select i1 %2675, i32 %2666, i32 %2667
	%2677 = select i1 %2672, i32 %2674, i32 %2676
	%2678 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2677, i32 4, i32 31)
	%2679 = and i32 %3, 32
	%2680 = icmp eq i32 %2679, 0
	%2681 = and i32 %3, 4
	%2682 = icmp eq i32 %2681, 0
	%2683 = icmp eq i1 %2680, %2682
	%2684 = icmp ugt i32 %2677, %2678
	%2685 = select i1 %2684, i32 %2677, i32 %2678
	%2686 = icmp ult i32 %2677, %2678
	%2687 = select i1 %2686, i32 %2677, i32 %2678
	%2688 = select i1 %2683, i32 %2685, i32 %2687
	%2689 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2688, i32 2, i32 31)
	%2690 = and i32 %3, 32
	%2691 = icmp eq i32 %2690, 0
	%2692 = and i32 %3, 2
	%2693 = icmp eq i32 %2692, 0
	%2694 = icmp eq i1 %2691, %2693
	%2695 = icmp ugt i32 %2688, %2689
	%2696 = select i1 %2695, i32 %2688, i32 %2689
	%2697 = icmp ult i32 %2688, %2689
	%2698 = select i1 %2697, i32 %2688, i32 %2689
	%2699 = select i1 %2694, i32 %2696, i32 %2698
	%2700 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2699, i32 1, i32 31)
	%2701 = and i32 %3, 32
	%2702 = icmp eq i32 %2701, 0
	%2703 = and i32 %3, 1
	%2704 = icmp eq i32 %2703, 0
	%2705 = icmp eq i1 %2702, %2704
	%2706 = icmp ugt i32 %2699, %2700
	%2707 = select i1 %2706, i32 %2699, i32 %2700
	%2708 = icmp ult i32 %2699, %2700
	%2709 = select i1 %2708, i32 %2699, i32 %2700
	%2710 = select i1 %2705, i32 %2707, i32 %2709
	%2711 = sub i32 %415, 1
	%2712 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2710, i32 %2711, i32 31)
	%2713 = icmp ugt i32 %2712, 0
	%2714 = sub i32 %2712, 1
	%2715 = select i1 %2713, i32 %2714, i32 0
	br label %2716

2716:
	%2717 = phi i32 [ %588, %2476 ], [ %2715, %2533 ]
	%2718 = icmp ugt i32 %2489, %2717
	%2719 = and i1 %2484, %2718
	%2720 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2719)
	%2721 = call i32 @llvm.ctpop.i32(i32 %2720)
	%2722 = add i32 0, %2721
	%2723 = icmp ugt i32 %2502, %2717
	%2724 = and i1 %2497, %2723
	%2725 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2724)
	%2726 = call i32 @llvm.ctpop.i32(i32 %2725)
	%2727 = add i32 %2722, %2726
	%2728 = icmp ugt i32 %2515, %2717
	%2729 = and i1 %2510, %2728
	%2730 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2729)
	%2731 = call i32 @llvm.ctpop.i32(i32 %2730)
	%2732 = add i32 %2727, %2731
	%2733 = icmp ugt i32 %2528, %2717
	%2734 = and i1 %2523, %2733
	%2735 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2734)
	%2736 = call i32 @llvm.ctpop.i32(i32 %2735)
	%2737 = add i32 %2732, %2736
	%2738 = add i32 %587, %2737
	%2739 = icmp sgt i32 %2738, 160
	br i1 %2739, label %2740, label %2791

2740:
	%2741 = mul i32 %378, 160
	%2742 = mul i32 %4, 256
	%2743 = mul i32 %3, 8
	%2744 = add i32 %2743, 0
	%2745 = add i32 %2742, %2744
	%2746 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2747 = bitcast i8 addrspace(3)* %2746 to i32 addrspace(3)*
	%2748 = getelementptr i32, i32 addrspace(3)* %2747, i32 %2745
	store i32 0, i32 addrspace(3)* %2748
	%2749 = mul i32 %3, 8
	%2750 = add i32 %2749, 1
	%2751 = add i32 %2742, %2750
	%2752 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2753 = bitcast i8 addrspace(3)* %2752 to i32 addrspace(3)*
	%2754 = getelementptr i32, i32 addrspace(3)* %2753, i32 %2751
	store i32 0, i32 addrspace(3)* %2754
	%2755 = mul i32 %3, 8
	%2756 = add i32 %2755, 2
	%2757 = add i32 %2742, %2756
	%2758 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2759 = bitcast i8 addrspace(3)* %2758 to i32 addrspace(3)*
	%2760 = getelementptr i32, i32 addrspace(3)* %2759, i32 %2757
	store i32 0, i32 addrspace(3)* %2760
	%2761 = mul i32 %3, 8
	%2762 = add i32 %2761, 3
	%2763 = add i32 %2742, %2762
	%2764 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2765 = bitcast i8 addrspace(3)* %2764 to i32 addrspace(3)*
	%2766 = getelementptr i32, i32 addrspace(3)* %2765, i32 %2763
	store i32 0, i32 addrspace(3)* %2766
	%2767 = mul i32 %3, 8
	%2768 = add i32 %2767, 4
	%2769 = add i32 %2742, %2768
	%2770 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2771 = bitcast i8 addrspace(3)* %2770 to i32 addrspace(3)*
	%2772 = getelementptr i32, i32 addrspace(3)* %2771, i32 %2769
	store i32 0, i32 addrspace(3)* %2772
	%2773 = mul i32 %3, 8
	%2774 = add i32 %2773, 5
	%2775 = add i32 %2742, %2774
	%2776 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2777 = bitcast i8 addrspace(3)* %2776 to i32 addrspace(3)*
	%2778 = getelementptr i32, i32 addrspace(3)* %2777, i32 %2775
	store i32 0, i32 addrspace(3)* %2778
	%2779 = mul i32 %3, 8
	%2780 = add i32 %2779, 6
	%2781 = add i32 %2742, %2780
	%2782 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2783 = bitcast i8 addrspace(3)* %2782 to i32 addrspace(3)*
	%2784 = getelementptr i32, i32 addrspace(3)* %2783, i32 %2781
	store i32 0, i32 addrspace(3)* %2784
	%2785 = mul i32 %3, 8
	%2786 = add i32 %2785, 7
	%2787 = add i32 %2742, %2786
	%2788 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2789 = bitcast i8 addrspace(3)* %2788 to i32 addrspace(3)*
	%2790 = getelementptr i32, i32 addrspace(3)* %2789, i32 %2787
	store i32 0, i32 addrspace(3)* %2790
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %2810

2791:
	%2792 = phi i32 [ %587, %2716 ], [ %415, %3796 ]
	%2793 = phi i32 [ %2717, %2716 ], [ %3772, %3796 ]
	%2794 = phi i32 [ %2737, %2716 ], [ %3816, %3796 ]
	%2795 = phi i1 [ %2719, %2716 ], [ %3798, %3796 ]
	%2796 = phi i1 [ %2724, %2716 ], [ %3803, %3796 ]
	%2797 = phi i1 [ %2729, %2716 ], [ %3808, %3796 ]
	%2798 = phi i1 [ %2734, %2716 ], [ %3813, %3796 ]
	%2799 = phi i32 [ %2720, %2716 ], [ %3799, %3796 ]
	%2800 = phi i32 [ %2725, %2716 ], [ %3804, %3796 ]
	%2801 = phi i32 [ %2730, %2716 ], [ %3809, %3796 ]
	%2802 = phi i32 [ %2735, %2716 ], [ %3814, %3796 ]
	%2803 = shl i32 1, %3
	%2804 = sub i32 %2803, 1
	%2805 = mul i32 %378, 160
	%2806 = and i32 %2799, %2804
	%2807 = call i32 @llvm.ctpop.i32(i32 %2806)
	%2808 = add i32 %2792, %2807
	%2809 = add i32 %2805, %2808
	br i1 %2795, label %3859, label %3868

2810:
	%2811 = phi i32 [ %3, %2740 ], [ %3065, %3064 ]
	%2812 = icmp slt i32 %2811, %587
	br i1 %2812, label %2813, label %2822

2813:
	%2814 = add i32 %2741, %2811
	%2815 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%2816 = bitcast i8 addrspace(3)* %2815 to i32 addrspace(3)*
	%2817 = getelementptr i32, i32 addrspace(3)* %2816, i32 %2814
	%2818 = load i32, i32 addrspace(3)* %2817
	%2819 = and i32 %2818, 0
	%2820 = icmp eq i32 %2819, 0
	%2821 = and i1 true, %2820
	br i1 %2821, label %3056, label %3064

2822:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2823 = mul i32 %3, 8
	%2824 = add i32 %2823, 0
	%2825 = sub i32 255, %2824
	%2826 = add i32 %2742, %2825
	%2827 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2828 = bitcast i8 addrspace(3)* %2827 to i32 addrspace(3)*
	%2829 = getelementptr i32, i32 addrspace(3)* %2828, i32 %2826
	%2830 = load i32, i32 addrspace(3)* %2829
	%2831 = add i32 0, %2830
	%2832 = mul i32 %3, 8
	%2833 = add i32 %2832, 1
	%2834 = sub i32 255, %2833
	%2835 = add i32 %2742, %2834
	%2836 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2837 = bitcast i8 addrspace(3)* %2836 to i32 addrspace(3)*
	%2838 = getelementptr i32, i32 addrspace(3)* %2837, i32 %2835
	%2839 = load i32, i32 addrspace(3)* %2838
	%2840 = add i32 %2831, %2839
	%2841 = mul i32 %3, 8
	%2842 = add i32 %2841, 2
	%2843 = sub i32 255, %2842
	%2844 = add i32 %2742, %2843
	%2845 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2846 = bitcast i8 addrspace(3)* %2845 to i32 addrspace(3)*
	%2847 = getelementptr i32, i32 addrspace(3)* %2846, i32 %2844
	%2848 = load i32, i32 addrspace(3)* %2847
	%2849 = add i32 %2840, %2848
	%2850 = mul i32 %3, 8
	%2851 = add i32 %2850, 3
	%2852 = sub i32 255, %2851
	%2853 = add i32 %2742, %2852
	%2854 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2855 = bitcast i8 addrspace(3)* %2854 to i32 addrspace(3)*
	%2856 = getelementptr i32, i32 addrspace(3)* %2855, i32 %2853
	%2857 = load i32, i32 addrspace(3)* %2856
	%2858 = add i32 %2849, %2857
	%2859 = mul i32 %3, 8
	%2860 = add i32 %2859, 4
	%2861 = sub i32 255, %2860
	%2862 = add i32 %2742, %2861
	%2863 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2864 = bitcast i8 addrspace(3)* %2863 to i32 addrspace(3)*
	%2865 = getelementptr i32, i32 addrspace(3)* %2864, i32 %2862
	%2866 = load i32, i32 addrspace(3)* %2865
	%2867 = add i32 %2858, %2866
	%2868 = mul i32 %3, 8
	%2869 = add i32 %2868, 5
	%2870 = sub i32 255, %2869
	%2871 = add i32 %2742, %2870
	%2872 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2873 = bitcast i8 addrspace(3)* %2872 to i32 addrspace(3)*
	%2874 = getelementptr i32, i32 addrspace(3)* %2873, i32 %2871
	%2875 = load i32, i32 addrspace(3)* %2874
	%2876 = add i32 %2867, %2875
	%2877 = mul i32 %3, 8
	%2878 = add i32 %2877, 6
	%2879 = sub i32 255, %2878
	%2880 = add i32 %2742, %2879
	%2881 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2882 = bitcast i8 addrspace(3)* %2881 to i32 addrspace(3)*
	%2883 = getelementptr i32, i32 addrspace(3)* %2882, i32 %2880
	%2884 = load i32, i32 addrspace(3)* %2883
	%2885 = add i32 %2876, %2884
	%2886 = mul i32 %3, 8
	%2887 = add i32 %2886, 7
	%2888 = sub i32 255, %2887
	%2889 = add i32 %2742, %2888
	%2890 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2891 = bitcast i8 addrspace(3)* %2890 to i32 addrspace(3)*
	%2892 = getelementptr i32, i32 addrspace(3)* %2891, i32 %2889
	%2893 = load i32, i32 addrspace(3)* %2892
	%2894 = add i32 %2885, %2893
	%2895 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2894, i32 1, i32 0)
	%2896 = icmp uge i32 %3, 1
	%2897 = select i1 %2896, i32 %2895, i32 0
	%2898 = add i32 %2894, %2897
	%2899 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2898, i32 2, i32 0)
	%2900 = icmp uge i32 %3, 2
	%2901 = select i1 %2900, i32 %2899, i32 0
	%2902 = add i32 %2898, %2901
	%2903 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2902, i32 4, i32 0)
	%2904 = icmp uge i32 %3, 4
	%2905 = select i1 %2904, i32 %2903, i32 0
	%2906 = add i32 %2902, %2905
	%2907 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2906, i32 8, i32 0)
	%2908 = icmp uge i32 %3, 8
	%2909 = select i1 %2908, i32 %2907, i32 0
	%2910 = add i32 %2906, %2909
	%2911 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2910, i32 16, i32 0)
	%2912 = icmp uge i32 %3, 16
	%2913 = select i1 %2912, i32 %2911, i32 0
	%2914 = add i32 %2910, %2913
	%2915 = sub i32 %2914, %2894
	%2916 = icmp slt i32 %2915, %415
	%2917 = icmp sge i32 %2914, %415
	%2918 = and i1 %2916, %2917
	%2919 = add i32 %2915, %2830
	%2920 = xor i1 false, true
	%2921 = icmp sge i32 %2919, %415
	%2922 = and i1 %2920, %2921
	%2923 = mul i32 %3, 8
	%2924 = add i32 %2923, 0
	%2925 = sub i32 255, %2924
	%2926 = select i1 %2922, i32 %2925, i32 0
	%2927 = select i1 %2922, i32 %2915, i32 0
	%2928 = or i1 false, %2922
	%2929 = add i32 %2919, %2839
	%2930 = xor i1 %2928, true
	%2931 = icmp sge i32 %2929, %415
	%2932 = and i1 %2930, %2931
	%2933 = mul i32 %3, 8
	%2934 = add i32 %2933, 1
	%2935 = sub i32 255, %2934
	%2936 = select i1 %2932, i32 %2935, i32 %2926
	%2937 = select i1 %2932, i32 %2919, i32 %2927
	%2938 = or i1 %2928, %2932
	%2939 = add i32 %2929, %2848
	%2940 = xor i1 %2938, true
	%2941 = icmp sge i32 %2939, %415
	%2942 = and i1 %2940, %2941
	%2943 = mul i32 %3, 8
	%2944 = add i32 %2943, 2
	%2945 = sub i32 255, %2944
	%2946 = select i1 %2942, i32 %2945, i32 %2936
	%2947 = select i1 %2942, i32 %2929, i32 %2937
	%2948 = or i1 %2938, %2942
	%2949 = add i32 %2939, %2857
	%2950 = xor i1 %2948, true
	%2951 = icmp sge i32 %2949, %415
	%2952 = and i1 %2950, %2951
	%2953 = mul i32 %3, 8
	%2954 = add i32 %2953, 3
	%2955 = sub i32 255, %2954
	%2956 = select i1 %2952, i32 %2955, i32 %2946
	%2957 = select i1 %2952, i32 %2939, i32 %2947
	%2958 = or i1 %2948, %2952
	%2959 = add i32 %2949, %2866
	%2960 = xor i1 %2958, true
	%2961 = icmp sge i32 %2959, %415
	%2962 = and i1 %2960, %2961
	%2963 = mul i32 %3, 8
	%2964 = add i32 %2963, 4
	%2965 = sub i32 255, %2964
	%2966 = select i1 %2962, i32 %2965, i32 %2956
	%2967 = select i1 %2962, i32 %2949, i32 %2957
	%2968 = or i1 %2958, %2962
	%2969 = add i32 %2959, %2875
	%2970 = xor i1 %2968, true
	%2971 = icmp sge i32 %2969, %415
	%2972 = and i1 %2970, %2971
	%2973 = mul i32 %3, 8
	%2974 = add i32 %2973, 5
	%2975 = sub i32 255, %2974
	%2976 = select i1 %2972, i32 %2975, i32 %2966
	%2977 = select i1 %2972, i32 %2959, i32 %2967
	%2978 = or i1 %2968, %2972
	%2979 = add i32 %2969, %2884
	%2980 = xor i1 %2978, true
	%2981 = icmp sge i32 %2979, %415
	%2982 = and i1 %2980, %2981
	%2983 = mul i32 %3, 8
	%2984 = add i32 %2983, 6
	%2985 = sub i32 255, %2984
	%2986 = select i1 %2982, i32 %2985, i32 %2976
	%2987 = select i1 %2982, i32 %2969, i32 %2977
	%2988 = or i1 %2978, %2982
	%2989 = add i32 %2979, %2893
	%2990 = xor i1 %2988, true
	%2991 = icmp sge i32 %2989, %415
	%2992 = and i1 %2990, %2991
	%2993 = mul i32 %3, 8
	%2994 = add i32 %2993, 7
	%2995 = sub i32 255, %2994
	%2996 = select i1 %2992, i32 %2995, i32 %2986
	%2997 = select i1 %2992, i32 %2979, i32 %2987
	%2998 = or i1 %2988, %2992
	%2999 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2918)
	%3000 = call i32 @llvm.cttz.i32(i32 %2999, i1 false)
	%3001 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2996, i32 %3000, i32 31)
	%3002 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2997, i32 %3000, i32 31)
	%3003 = shl i32 %3001, 24
	%3004 = or i32 0, %3003
	%3005 = shl i32 255, 24
	%3006 = or i32 0, %3005
	%3007 = sub i32 %415, %3002
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3008 = mul i32 %3, 8
	%3009 = add i32 %3008, 0
	%3010 = add i32 %2742, %3009
	%3011 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3012 = bitcast i8 addrspace(3)* %3011 to i32 addrspace(3)*
	%3013 = getelementptr i32, i32 addrspace(3)* %3012, i32 %3010
	store i32 0, i32 addrspace(3)* %3013
	%3014 = mul i32 %3, 8
	%3015 = add i32 %3014, 1
	%3016 = add i32 %2742, %3015
	%3017 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3018 = bitcast i8 addrspace(3)* %3017 to i32 addrspace(3)*
	%3019 = getelementptr i32, i32 addrspace(3)* %3018, i32 %3016
	store i32 0, i32 addrspace(3)* %3019
	%3020 = mul i32 %3, 8
	%3021 = add i32 %3020, 2
	%3022 = add i32 %2742, %3021
	%3023 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3024 = bitcast i8 addrspace(3)* %3023 to i32 addrspace(3)*
	%3025 = getelementptr i32, i32 addrspace(3)* %3024, i32 %3022
	store i32 0, i32 addrspace(3)* %3025
	%3026 = mul i32 %3, 8
	%3027 = add i32 %3026, 3
	%3028 = add i32 %2742, %3027
	%3029 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3030 = bitcast i8 addrspace(3)* %3029 to i32 addrspace(3)*
	%3031 = getelementptr i32, i32 addrspace(3)* %3030, i32 %3028
	store i32 0, i32 addrspace(3)* %3031
	%3032 = mul i32 %3, 8
	%3033 = add i32 %3032, 4
	%3034 = add i32 %2742, %3033
	%3035 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3036 = bitcast i8 addrspace(3)* %3035 to i32 addrspace(3)*
	%3037 = getelementptr i32, i32 addrspace(3)* %3036, i32 %3034
	store i32 0, i32 addrspace(3)* %3037
	%3038 = mul i32 %3, 8
	%3039 = add i32 %3038, 5
	%3040 = add i32 %2742, %3039
	%3041 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3042 = bitcast i8 addrspace(3)* %3041 to i32 addrspace(3)*
	%3043 = getelementptr i32, i32 addrspace(3)* %3042, i32 %3040
	store i32 0, i32 addrspace(3)* %3043
	%3044 = mul i32 %3, 8
	%3045 = add i32 %3044, 6
	%3046 = add i32 %2742, %3045
	%3047 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3048 = bitcast i8 addrspace(3)* %3047 to i32 addrspace(3)*
	%3049 = getelementptr i32, i32 addrspace(3)* %3048, i32 %3046
	store i32 0, i32 addrspace(3)* %3049
	%3050 = mul i32 %3, 8
	%3051 = add i32 %3050, 7
	%3052 = add i32 %2742, %3051
	%3053 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3054 = bitcast i8 addrspace(3)* %3053 to i32 addrspace(3)*
	%3055 = getelementptr i32, i32 addrspace(3)* %3054, i32 %3052
	store i32 0, i32 addrspace(3)* %3055
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %3066

3056:
	%3057 = lshr i32 %2818, 24
	%3058 = and i32 %3057, 255
	%3059 = add i32 %2742, %3058
	%3060 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3061 = bitcast i8 addrspace(3)* %3060 to i32 addrspace(3)*
	%3062 = getelementptr i32, i32 addrspace(3)* %3061, i32 %3059
	%3063 = atomicrmw add i32 addrspace(3)* %3062, i32 1 monotonic
	br label %3064

3064:
	%3065 = add i32 %2811, 32
	br label %2810

3066:
	%3067 = phi i32 [ %3, %2822 ], [ %3321, %3320 ]
	%3068 = icmp slt i32 %3067, %587
	br i1 %3068, label %3069, label %3078

3069:
	%3070 = add i32 %2741, %3067
	%3071 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%3072 = bitcast i8 addrspace(3)* %3071 to i32 addrspace(3)*
	%3073 = getelementptr i32, i32 addrspace(3)* %3072, i32 %3070
	%3074 = load i32, i32 addrspace(3)* %3073
	%3075 = and i32 %3074, %3006
	%3076 = icmp eq i32 %3075, %3004
	%3077 = and i1 true, %3076
	br i1 %3077, label %3312, label %3320

3078:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3079 = mul i32 %3, 8
	%3080 = add i32 %3079, 0
	%3081 = sub i32 255, %3080
	%3082 = add i32 %2742, %3081
	%3083 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3084 = bitcast i8 addrspace(3)* %3083 to i32 addrspace(3)*
	%3085 = getelementptr i32, i32 addrspace(3)* %3084, i32 %3082
	%3086 = load i32, i32 addrspace(3)* %3085
	%3087 = add i32 0, %3086
	%3088 = mul i32 %3, 8
	%3089 = add i32 %3088, 1
	%3090 = sub i32 255, %3089
	%3091 = add i32 %2742, %3090
	%3092 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3093 = bitcast i8 addrspace(3)* %3092 to i32 addrspace(3)*
	%3094 = getelementptr i32, i32 addrspace(3)* %3093, i32 %3091
	%3095 = load i32, i32 addrspace(3)* %3094
	%3096 = add i32 %3087, %3095
	%3097 = mul i32 %3, 8
	%3098 = add i32 %3097, 2
	%3099 = sub i32 255, %3098
	%3100 = add i32 %2742, %3099
	%3101 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3102 = bitcast i8 addrspace(3)* %3101 to i32 addrspace(3)*
	%3103 = getelementptr i32, i32 addrspace(3)* %3102, i32 %3100
	%3104 = load i32, i32 addrspace(3)* %3103
	%3105 = add i32 %3096, %3104
	%3106 = mul i32 %3, 8
	%3107 = add i32 %3106, 3
	%3108 = sub i32 255, %3107
	%3109 = add i32 %2742, %3108
	%3110 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3111 = bitcast i8 addrspace(3)* %3110 to i32 addrspace(3)*
	%3112 = getelementptr i32, i32 addrspace(3)* %3111, i32 %3109
	%3113 = load i32, i32 addrspace(3)* %3112
	%3114 = add i32 %3105, %3113
	%3115 = mul i32 %3, 8
	%3116 = add i32 %3115, 4
	%3117 = sub i32 255, %3116
	%3118 = add i32 %2742, %3117
	%3119 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3120 = bitcast i8 addrspace(3)* %3119 to i32 addrspace(3)*
	%3121 = getelementptr i32, i32 addrspace(3)* %3120, i32 %3118
	%3122 = load i32, i32 addrspace(3)* %3121
	%3123 = add i32 %3114, %3122
	%3124 = mul i32 %3, 8
	%3125 = add i32 %3124, 5
	%3126 = sub i32 255, %3125
	%3127 = add i32 %2742, %3126
	%3128 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3129 = bitcast i8 addrspace(3)* %3128 to i32 addrspace(3)*
	%3130 = getelementptr i32, i32 addrspace(3)* %3129, i32 %3127
	%3131 = load i32, i32 addrspace(3)* %3130
	%3132 = add i32 %3123, %3131
	%3133 = mul i32 %3, 8
	%3134 = add i32 %3133, 6
	%3135 = sub i32 255, %3134
	%3136 = add i32 %2742, %3135
	%3137 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3138 = bitcast i8 addrspace(3)* %3137 to i32 addrspace(3)*
	%3139 = getelementptr i32, i32 addrspace(3)* %3138, i32 %3136
	%3140 = load i32, i32 addrspace(3)* %3139
	%3141 = add i32 %3132, %3140
	%3142 = mul i32 %3, 8
	%3143 = add i32 %3142, 7
	%3144 = sub i32 255, %3143
	%3145 = add i32 %2742, %3144
	%3146 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3147 = bitcast i8 addrspace(3)* %3146 to i32 addrspace(3)*
	%3148 = getelementptr i32, i32 addrspace(3)* %3147, i32 %3145
	%3149 = load i32, i32 addrspace(3)* %3148
	%3150 = add i32 %3141, %3149
	%3151 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3150, i32 1, i32 0)
	%3152 = icmp uge i32 %3, 1
	%3153 = select i1 %3152, i32 %3151, i32 0
	%3154 = add i32 %3150, %3153
	%3155 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3154, i32 2, i32 0)
	%3156 = icmp uge i32 %3, 2
	%3157 = select i1 %3156, i32 %3155, i32 0
	%3158 = add i32 %3154, %3157
	%3159 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3158, i32 4, i32 0)
	%3160 = icmp uge i32 %3, 4
	%3161 = select i1 %3160, i32 %3159, i32 0
	%3162 = add i32 %3158, %3161
	%3163 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3162, i32 8, i32 0)
	%3164 = icmp uge i32 %3, 8
	%3165 = select i1 %3164, i32 %3163, i32 0
	%3166 = add i32 %3162, %3165
	%3167 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3166, i32 16, i32 0)
	%3168 = icmp uge i32 %3, 16
	%3169 = select i1 %3168, i32 %3167, i32 0
	%3170 = add i32 %3166, %3169
	%3171 = sub i32 %3170, %3150
	%3172 = icmp slt i32 %3171, %3007
	%3173 = icmp sge i32 %3170, %3007
	%3174 = and i1 %3172, %3173
	%3175 = add i32 %3171, %3086
	%3176 = xor i1 false, true
	%3177 = icmp sge i32 %3175, %3007
	%3178 = and i1 %3176, %3177
	%3179 = mul i32 %3, 8
	%3180 = add i32 %3179, 0
	%3181 = sub i32 255, %3180
	%3182 = select i1 %3178, i32 %3181, i32 0
	%3183 = select i1 %3178, i32 %3171, i32 0
	%3184 = or i1 false, %3178
	%3185 = add i32 %3175, %3095
	%3186 = xor i1 %3184, true
	%3187 = icmp sge i32 %3185, %3007
	%3188 = and i1 %3186, %3187
	%3189 = mul i32 %3, 8
	%3190 = add i32 %3189, 1
	%3191 = sub i32 255, %3190
	%3192 = select i1 %3188, i32 %3191, i32 %3182
	%3193 = select i1 %3188, i32 %3175, i32 %3183
	%3194 = or i1 %3184, %3188
	%3195 = add i32 %3185, %3104
	%3196 = xor i1 %3194, true
	%3197 = icmp sge i32 %3195, %3007
	%3198 = and i1 %3196, %3197
	%3199 = mul i32 %3, 8
	%3200 = add i32 %3199, 2
	%3201 = sub i32 255, %3200
	%3202 = select i1 %3198, i32 %3201, i32 %3192
	%3203 = select i1 %3198, i32 %3185, i32 %3193
	%3204 = or i1 %3194, %3198
	%3205 = add i32 %3195, %3113
	%3206 = xor i1 %3204, true
	%3207 = icmp sge i32 %3205, %3007
	%3208 = and i1 %3206, %3207
	%3209 = mul i32 %3, 8
	%3210 = add i32 %3209, 3
	%3211 = sub i32 255, %3210
	%3212 = select i1 %3208, i32 %3211, i32 %3202
	%3213 = select i1 %3208, i32 %3195, i32 %3203
	%3214 = or i1 %3204, %3208
	%3215 = add i32 %3205, %3122
	%3216 = xor i1 %3214, true
	%3217 = icmp sge i32 %3215, %3007
	%3218 = and i1 %3216, %3217
	%3219 = mul i32 %3, 8
	%3220 = add i32 %3219, 4
	%3221 = sub i32 255, %3220
	%3222 = select i1 %3218, i32 %3221, i32 %3212
	%3223 = select i1 %3218, i32 %3205, i32 %3213
	%3224 = or i1 %3214, %3218
	%3225 = add i32 %3215, %3131
	%3226 = xor i1 %3224, true
	%3227 = icmp sge i32 %3225, %3007
	%3228 = and i1 %3226, %3227
	%3229 = mul i32 %3, 8
	%3230 = add i32 %3229, 5
	%3231 = sub i32 255, %3230
	%3232 = select i1 %3228, i32 %3231, i32 %3222
	%3233 = select i1 %3228, i32 %3215, i32 %3223
	%3234 = or i1 %3224, %3228
	%3235 = add i32 %3225, %3140
	%3236 = xor i1 %3234, true
	%3237 = icmp sge i32 %3235, %3007
	%3238 = and i1 %3236, %3237
	%3239 = mul i32 %3, 8
	%3240 = add i32 %3239, 6
	%3241 = sub i32 255, %3240
	%3242 = select i1 %3238, i32 %3241, i32 %3232
	%3243 = select i1 %3238, i32 %3225, i32 %3233
	%3244 = or i1 %3234, %3238
	%3245 = add i32 %3235, %3149
	%3246 = xor i1 %3244, true
	%3247 = icmp sge i32 %3245, %3007
	%3248 = and i1 %3246, %3247
	%3249 = mul i32 %3, 8
	%3250 = add i32 %3249, 7
	%3251 = sub i32 255, %3250
	%3252 = select i1 %3248, i32 %3251, i32 %3242
	%3253 = select i1 %3248, i32 %3235, i32 %3243
	%3254 = or i1 %3244, %3248
	%3255 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3174)
	%3256 = call i32 @llvm.cttz.i32(i32 %3255, i1 false)
	%3257 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %3252, i32 %3256, i32 31)
	%3258 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %3253, i32 %3256, i32 31)
	%3259 = shl i32 %3257, 16
	%3260 = or i32 %3004, %3259
	%3261 = shl i32 255, 16
	%3262 = or i32 %3006, %3261
	%3263 = sub i32 %3007, %3258
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3264 = mul i32 %3, 8
	%3265 = add i32 %3264, 0
	%3266 = add i32 %2742, %3265
	%3267 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3268 = bitcast i8 addrspace(3)* %3267 to i32 addrspace(3)*
	%3269 = getelementptr i32, i32 addrspace(3)* %3268, i32 %3266
	store i32 0, i32 addrspace(3)* %3269
	%3270 = mul i32 %3, 8
	%3271 = add i32 %3270, 1
	%3272 = add i32 %2742, %3271
	%3273 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3274 = bitcast i8 addrspace(3)* %3273 to i32 addrspace(3)*
	%3275 = getelementptr i32, i32 addrspace(3)* %3274, i32 %3272
	store i32 0, i32 addrspace(3)* %3275
	%3276 = mul i32 %3, 8
	%3277 = add i32 %3276, 2
	%3278 = add i32 %2742, %3277
	%3279 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3280 = bitcast i8 addrspace(3)* %3279 to i32 addrspace(3)*
	%3281 = getelementptr i32, i32 addrspace(3)* %3280, i32 %3278
	store i32 0, i32 addrspace(3)* %3281
	%3282 = mul i32 %3, 8
	%3283 = add i32 %3282, 3
	%3284 = add i32 %2742, %3283
	%3285 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3286 = bitcast i8 addrspace(3)* %3285 to i32 addrspace(3)*
	%3287 = getelementptr i32, i32 addrspace(3)* %3286, i32 %3284
	store i32 0, i32 addrspace(3)* %3287
	%3288 = mul i32 %3, 8
	%3289 = add i32 %3288, 4
	%3290 = add i32 %2742, %3289
	%3291 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3292 = bitcast i8 addrspace(3)* %3291 to i32 addrspace(3)*
	%3293 = getelementptr i32, i32 addrspace(3)* %3292, i32 %3290
	store i32 0, i32 addrspace(3)* %3293
	%3294 = mul i32 %3, 8
	%3295 = add i32 %3294, 5
	%3296 = add i32 %2742, %3295
	%3297 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3298 = bitcast i8 addrspace(3)* %3297 to i32 addrspace(3)*
	%3299 = getelementptr i32, i32 addrspace(3)* %3298, i32 %3296
	store i32 0, i32 addrspace(3)* %3299
	%3300 = mul i32 %3, 8
	%3301 = add i32 %3300, 6
	%3302 = add i32 %2742, %3301
	%3303 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3304 = bitcast i8 addrspace(3)* %3303 to i32 addrspace(3)*
	%3305 = getelementptr i32, i32 addrspace(3)* %3304, i32 %3302
	store i32 0, i32 addrspace(3)* %3305
	%3306 = mul i32 %3, 8
	%3307 = add i32 %3306, 7
	%3308 = add i32 %2742, %3307
	%3309 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3310 = bitcast i8 addrspace(3)* %3309 to i32 addrspace(3)*
	%3311 = getelementptr i32, i32 addrspace(3)* %3310, i32 %3308
	store i32 0, i32 addrspace(3)* %3311
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %3322

3312:
	%3313 = lshr i32 %3074, 16
	%3314 = and i32 %3313, 255
	%3315 = add i32 %2742, %3314
	%3316 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3317 = bitcast i8 addrspace(3)* %3316 to i32 addrspace(3)*
	%3318 = getelementptr i32, i32 addrspace(3)* %3317, i32 %3315
	%3319 = atomicrmw add i32 addrspace(3)* %3318, i32 1 monotonic
	br label %3320

3320:
	%3321 = add i32 %3067, 32
	br label %3066

3322:
	%3323 = phi i32 [ %3, %3078 ], [ %3577, %3576 ]
	%3324 = icmp slt i32 %3323, %587
	br i1 %3324, label %3325, label %3334

3325:
	%3326 = add i32 %2741, %3323
	%3327 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%3328 = bitcast i8 addrspace(3)* %3327 to i32 addrspace(3)*
	%3329 = getelementptr i32, i32 addrspace(3)* %3328, i32 %3326
	%3330 = load i32, i32 addrspace(3)* %3329
	%3331 = and i32 %3330, %3262
	%3332 = icmp eq i32 %3331, %3260
	%3333 = and i1 true, %3332
	br i1 %3333, label %3568, label %3576

3334:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3335 = mul i32 %3, 8
	%3336 = add i32 %3335, 0
	%3337 = sub i32 255, %3336
	%3338 = add i32 %2742, %3337
	%3339 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3340 = bitcast i8 addrspace(3)* %3339 to i32 addrspace(3)*
	%3341 = getelementptr i32, i32 addrspace(3)* %3340, i32 %3338
	%3342 = load i32, i32 addrspace(3)* %3341
	%3343 = add i32 0, %3342
	%3344 = mul i32 %3, 8
	%3345 = add i32 %3344, 1
	%3346 = sub i32 255, %3345
	%3347 = add i32 %2742, %3346
	%3348 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3349 = bitcast i8 addrspace(3)* %3348 to i32 addrspace(3)*
	%3350 = getelementptr i32, i32 addrspace(3)* %3349, i32 %3347
	%3351 = load i32, i32 addrspace(3)* %3350
	%3352 = add i32 %3343, %3351
	%3353 = mul i32 %3, 8
	%3354 = add i32 %3353, 2
	%3355 = sub i32 255, %3354
	%3356 = add i32 %2742, %3355
	%3357 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3358 = bitcast i8 addrspace(3)* %3357 to i32 addrspace(3)*
	%3359 = getelementptr i32, i32 addrspace(3)* %3358, i32 %3356
	%3360 = load i32, i32 addrspace(3)* %3359
	%3361 = add i32 %3352, %3360
	%3362 = mul i32 %3, 8
	%3363 = add i32 %3362, 3
	%3364 = sub i32 255, %3363
	%3365 = add i32 %2742, %3364
	%3366 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3367 = bitcast i8 addrspace(3)* %3366 to i32 addrspace(3)*
	%3368 = getelementptr i32, i32 addrspace(3)* %3367, i32 %3365
	%3369 = load i32, i32 addrspace(3)* %3368
	%3370 = add i32 %3361, %3369
	%3371 = mul i32 %3, 8
	%3372 = add i32 %3371, 4
	%3373 = sub i32 255, %3372
	%3374 = add i32 %2742, %3373
	%3375 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3376 = bitcast i8 addrspace(3)* %3375 to i32 addrspace(3)*
	%3377 = getelementptr i32, i32 addrspace(3)* %3376, i32 %3374
	%3378 = load i32, i32 addrspace(3)* %3377
	%3379 = add i32 %3370, %3378
	%3380 = mul i32 %3, 8
	%3381 = add i32 %3380, 5
	%3382 = sub i32 255, %3381
	%3383 = add i32 %2742, %3382
	%3384 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3385 = bitcast i8 addrspace(3)* %3384 to i32 addrspace(3)*
	%3386 = getelementptr i32, i32 addrspace(3)* %3385, i32 %3383
	%3387 = load i32, i32 addrspace(3)* %3386
	%3388 = add i32 %3379, %3387
	%3389 = mul i32 %3, 8
	%3390 = add i32 %3389, 6
	%3391 = sub i32 255, %3390
	%3392 = add i32 %2742, %3391
	%3393 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3394 = bitcast i8 addrspace(3)* %3393 to i32 addrspace(3)*
	%3395 = getelementptr i32, i32 addrspace(3)* %3394, i32 %3392
	%3396 = load i32, i32 addrspace(3)* %3395
	%3397 = add i32 %3388, %3396
	%3398 = mul i32 %3, 8
	%3399 = add i32 %3398, 7
	%3400 = sub i32 255, %3399
	%3401 = add i32 %2742, %3400
	%3402 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3403 = bitcast i8 addrspace(3)* %3402 to i32 addrspace(3)*
	%3404 = getelementptr i32, i32 addrspace(3)* %3403, i32 %3401
	%3405 = load i32, i32 addrspace(3)* %3404
	%3406 = add i32 %3397, %3405
	%3407 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3406, i32 1, i32 0)
	%3408 = icmp uge i32 %3, 1
	%3409 = select i1 %3408, i32 %3407, i32 0
	%3410 = add i32 %3406, %3409
	%3411 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3410, i32 2, i32 0)
	%3412 = icmp uge i32 %3, 2
	%3413 = select i1 %3412, i32 %3411, i32 0
	%3414 = add i32 %3410, %3413
	%3415 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3414, i32 4, i32 0)
	%3416 = icmp uge i32 %3, 4
	%3417 = select i1 %3416, i32 %3415, i32 0
	%3418 = add i32 %3414, %3417
	%3419 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3418, i32 8, i32 0)
	%3420 = icmp uge i32 %3, 8
	%3421 = select i1 %3420, i32 %3419, i32 0
	%3422 = add i32 %3418, %3421
	%3423 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3422, i32 16, i32 0)
	%3424 = icmp uge i32 %3, 16
	%3425 = select i1 %3424, i32 %3423, i32 0
	%3426 = add i32 %3422, %3425
	%3427 = sub i32 %3426, %3406
	%3428 = icmp slt i32 %3427, %3263
	%3429 = icmp sge i32 %3426, %3263
	%3430 = and i1 %3428, %3429
	%3431 = add i32 %3427, %3342
	%3432 = xor i1 false, true
	%3433 = icmp sge i32 %3431, %3263
	%3434 = and i1 %3432, %3433
	%3435 = mul i32 %3, 8
	%3436 = add i32 %3435, 0
	%3437 = sub i32 255, %3436
	%3438 = select i1 %3434, i32 %3437, i32 0
	%3439 = select i1 %3434, i32 %3427, i32 0
	%3440 = or i1 false, %3434
	%3441 = add i32 %3431, %3351
	%3442 = xor i1 %3440, true
	%3443 = icmp sge i32 %3441, %3263
	%3444 = and i1 %3442, %3443
	%3445 = mul i32 %3, 8
	%3446 = add i32 %3445, 1
	%3447 = sub i32 255, %3446
	%3448 = select i1 %3444, i32 %3447, i32 %3438
	%3449 = select i1 %3444, i32 %3431, i32 %3439
	%3450 = or i1 %3440, %3444
	%3451 = add i32 %3441, %3360
	%3452 = xor i1 %3450, true
	%3453 = icmp sge i32 %3451, %3263
	%3454 = and i1 %3452, %3453
	%3455 = mul i32 %3, 8
	%3456 = add i32 %3455, 2
	%3457 = sub i32 255, %3456
	%3458 = select i1 %3454, i32 %3457, i32 %3448
	%3459 = select i1 %3454, i32 %3441, i32 %3449
	%3460 = or i1 %3450, %3454
	%3461 = add i32 %3451, %3369
	%3462 = xor i1 %3460, true
	%3463 = icmp sge i32 %3461, %3263
	%3464 = and i1 %3462, %3463
	%3465 = mul i32 %3, 8
	%3466 = add i32 %3465, 3
	%3467 = sub i32 255, %3466
	%3468 = select i1 %3464, i32 %3467, i32 %3458
	%3469 = select i1 %3464, i32 %3451, i32 %3459
	%3470 = or i1 %3460, %3464
	%3471 = add i32 %3461, %3378
	%3472 = xor i1 %3470, true
	%3473 = icmp sge i32 %3471, %3263
	%3474 = and i1 %3472, %3473
	%3475 = mul i32 %3, 8
	%3476 = add i32 %3475, 4
	%3477 = sub i32 255, %3476
	%3478 = select i1 %3474, i32 %3477, i32 %3468
	%3479 = select i1 %3474, i32 %3461, i32 %3469
	%3480 = or i1 %3470, %3474
	%3481 = add i32 %3471, %3387
	%3482 = xor i1 %3480, true
	%3483 = icmp sge i32 %3481, %3263
	%3484 = and i1 %3482, %3483
	%3485 = mul i32 %3, 8
	%3486 = add i32 %3485, 5
	%3487 = sub i32 255, %3486
	%3488 = select i1 %3484, i32 %3487, i32 %3478
	%3489 = select i1 %3484, i32 %3471, i32 %3479
	%3490 = or i1 %3480, %3484
	%3491 = add i32 %3481, %3396
	%3492 = xor i1 %3490, true
	%3493 = icmp sge i32 %3491, %3263
	%3494 = and i1 %3492, %3493
	%3495 = mul i32 %3, 8
	%3496 = add i32 %3495, 6
	%3497 = sub i32 255, %3496
	%3498 = select i1 %3494, i32 %3497, i32 %3488
	%3499 = select i1 %3494, i32 %3481, i32 %3489
	%3500 = or i1 %3490, %3494
	%3501 = add i32 %3491, %3405
	%3502 = xor i1 %3500, true
	%3503 = icmp sge i32 %3501, %3263
	%3504 = and i1 %3502, %3503
	%3505 = mul i32 %3, 8
	%3506 = add i32 %3505, 7
	%3507 = sub i32 255, %3506
	%3508 = select i1 %3504, i32 %3507, i32 %3498
	%3509 = select i1 %3504, i32 %3491, i32 %3499
	%3510 = or i1 %3500, %3504
	%3511 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3430)
	%3512 = call i32 @llvm.cttz.i32(i32 %3511, i1 false)
	%3513 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %3508, i32 %3512, i32 31)
	%3514 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %3509, i32 %3512, i32 31)
	%3515 = shl i32 %3513, 8
	%3516 = or i32 %3260, %3515
	%3517 = shl i32 255, 8
	%3518 = or i32 %3262, %3517
	%3519 = sub i32 %3263, %3514
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3520 = mul i32 %3, 8
	%3521 = add i32 %3520, 0
	%3522 = add i32 %2742, %3521
	%3523 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3524 = bitcast i8 addrspace(3)* %3523 to i32 addrspace(3)*
	%3525 = getelementptr i32, i32 addrspace(3)* %3524, i32 %3522
	store i32 0, i32 addrspace(3)* %3525
	%3526 = mul i32 %3, 8
	%3527 = add i32 %3526, 1
	%3528 = add i32 %2742, %3527
	%3529 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3530 = bitcast i8 addrspace(3)* %3529 to i32 addrspace(3)*
	%3531 = getelementptr i32, i32 addrspace(3)* %3530, i32 %3528
	store i32 0, i32 addrspace(3)* %3531
	%3532 = mul i32 %3, 8
	%3533 = add i32 %3532, 2
	%3534 = add i32 %2742, %3533
	%3535 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3536 = bitcast i8 addrspace(3)* %3535 to i32 addrspace(3)*
	%3537 = getelementptr i32, i32 addrspace(3)* %3536, i32 %3534
	store i32 0, i32 addrspace(3)* %3537
	%3538 = mul i32 %3, 8
	%3539 = add i32 %3538, 3
	%3540 = add i32 %2742, %3539
	%3541 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3542 = bitcast i8 addrspace(3)* %3541 to i32 addrspace(3)*
	%3543 = getelementptr i32, i32 addrspace(3)* %3542, i32 %3540
	store i32 0, i32 addrspace(3)* %3543
	%3544 = mul i32 %3, 8
	%3545 = add i32 %3544, 4
	%3546 = add i32 %2742, %3545
	%3547 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3548 = bitcast i8 addrspace(3)* %3547 to i32 addrspace(3)*
	%3549 = getelementptr i32, i32 addrspace(3)* %3548, i32 %3546
	store i32 0, i32 addrspace(3)* %3549
	%3550 = mul i32 %3, 8
	%3551 = add i32 %3550, 5
	%3552 = add i32 %2742, %3551
	%3553 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3554 = bitcast i8 addrspace(3)* %3553 to i32 addrspace(3)*
	%3555 = getelementptr i32, i32 addrspace(3)* %3554, i32 %3552
	store i32 0, i32 addrspace(3)* %3555
	%3556 = mul i32 %3, 8
	%3557 = add i32 %3556, 6
	%3558 = add i32 %2742, %3557
	%3559 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3560 = bitcast i8 addrspace(3)* %3559 to i32 addrspace(3)*
	%3561 = getelementptr i32, i32 addrspace(3)* %3560, i32 %3558
	store i32 0, i32 addrspace(3)* %3561
	%3562 = mul i32 %3, 8
	%3563 = add i32 %3562, 7
	%3564 = add i32 %2742, %3563
	%3565 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3566 = bitcast i8 addrspace(3)* %3565 to i32 addrspace(3)*
	%3567 = getelementptr i32, i32 addrspace(3)* %3566, i32 %3564
	store i32 0, i32 addrspace(3)* %3567
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %3578

3568:
	%3569 = lshr i32 %3330, 8
	%3570 = and i32 %3569, 255
	%3571 = add i32 %2742, %3570
	%3572 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3573 = bitcast i8 addrspace(3)* %3572 to i32 addrspace(3)*
	%3574 = getelementptr i32, i32 addrspace(3)* %3573, i32 %3571
	%3575 = atomicrmw add i32 addrspace(3)* %3574, i32 1 monotonic
	br label %3576

3576:
	%3577 = add i32 %3323, 32
	br label %3322

3578:
	%3579 = phi i32 [ %3, %3334 ], [ %3787, %3786 ]
	%3580 = icmp slt i32 %3579, %587
	br i1 %3580, label %3581, label %3590

3581:
	%3582 = add i32 %2741, %3579
	%3583 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%3584 = bitcast i8 addrspace(3)* %3583 to i32 addrspace(3)*
	%3585 = getelementptr i32, i32 addrspace(3)* %3584, i32 %3582
	%3586 = load i32, i32 addrspace(3)* %3585
	%3587 = and i32 %3586, %3518
	%3588 = icmp eq i32 %3587, %3516
	%3589 = and i1 true, %3588
	br i1 %3589, label %3778, label %3786

3590:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3591 = mul i32 %3, 8
	%3592 = add i32 %3591, 0
	%3593 = sub i32 255, %3592
	%3594 = add i32 %2742, %3593
	%3595 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3596 = bitcast i8 addrspace(3)* %3595 to i32 addrspace(3)*
	%3597 = getelementptr i32, i32 addrspace(3)* %3596, i32 %3594
	%3598 = load i32, i32 addrspace(3)* %3597
	%3599 = add i32 0, %3598
	%3600 = mul i32 %3, 8
	%3601 = add i32 %3600, 1
	%3602 = sub i32 255, %3601
	%3603 = add i32 %2742, %3602
	%3604 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3605 = bitcast i8 addrspace(3)* %3604 to i32 addrspace(3)*
	%3606 = getelementptr i32, i32 addrspace(3)* %3605, i32 %3603
	%3607 = load i32, i32 addrspace(3)* %3606
	%3608 = add i32 %3599, %3607
	%3609 = mul i32 %3, 8
	%3610 = add i32 %3609, 2
	%3611 = sub i32 255, %3610
	%3612 = add i32 %2742, %3611
	%3613 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3614 = bitcast i8 addrspace(3)* %3613 to i32 addrspace(3)*
	%3615 = getelementptr i32, i32 addrspace(3)* %3614, i32 %3612
	%3616 = load i32, i32 addrspace(3)* %3615
	%3617 = add i32 %3608, %3616
	%3618 = mul i32 %3, 8
	%3619 = add i32 %3618, 3
	%3620 = sub i32 255, %3619
	%3621 = add i32 %2742, %3620
	%3622 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3623 = bitcast i8 addrspace(3)* %3622 to i32 addrspace(3)*
	%3624 = getelementptr i32, i32 addrspace(3)* %3623, i32 %3621
	%3625 = load i32, i32 addrspace(3)* %3624
	%3626 = add i32 %3617, %3625
	%3627 = mul i32 %3, 8
	%3628 = add i32 %3627, 4
	%3629 = sub i32 255, %3628
	%3630 = add i32 %2742, %3629
	%3631 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3632 = bitcast i8 addrspace(3)* %3631 to i32 addrspace(3)*
	%3633 = getelementptr i32, i32 addrspace(3)* %3632, i32 %3630
	%3634 = load i32, i32 addrspace(3)* %3633
	%3635 = add i32 %3626, %3634
	%3636 = mul i32 %3, 8
	%3637 = add i32 %3636, 5
	%3638 = sub i32 255, %3637
	%3639 = add i32 %2742, %3638
	%3640 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3641 = bitcast i8 addrspace(3)* %3640 to i32 addrspace(3)*
	%3642 = getelementptr i32, i32 addrspace(3)* %3641, i32 %3639
	%3643 = load i32, i32 addrspace(3)* %3642
	%3644 = add i32 %3635, %3643
	%3645 = mul i32 %3, 8
	%3646 = add i32 %3645, 6
	%3647 = sub i32 255, %3646
	%3648 = add i32 %2742, %3647
	%3649 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3650 = bitcast i8 addrspace(3)* %3649 to i32 addrspace(3)*
	%3651 = getelementptr i32, i32 addrspace(3)* %3650, i32 %3648
	%3652 = load i32, i32 addrspace(3)* %3651
	%3653 = add i32 %3644, %3652
	%3654 = mul i32 %3, 8
	%3655 = add i32 %3654, 7
	%3656 = sub i32 255, %3655
	%3657 = add i32 %2742, %3656
	%3658 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3659 = bitcast i8 addrspace(3)* %3658 to i32 addrspace(3)*
	%3660 = getelementptr i32, i32 addrspace(3)* %3659, i32 %3657
	%3661 = load i32, i32 addrspace(3)* %3660
	%3662 = add i32 %3653, %3661
	%3663 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3662, i32 1, i32 0)
	%3664 = icmp uge i32 %3, 1
	%3665 = select i1 %3664, i32 %3663, i32 0
	%3666 = add i32 %3662, %3665
	%3667 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3666, i32 2, i32 0)
	%3668 = icmp uge i32 %3, 2
	%3669 = select i1 %3668, i32 %3667, i32 0
	%3670 = add i32 %3666, %3669
	%3671 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3670, i32 4, i32 0)
	%3672 = icmp uge i32 %3, 4
	%3673 = select i1 %3672, i32 %3671, i32 0
	%3674 = add i32 %3670, %3673
	%3675 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3674, i32 8, i32 0)
	%3676 = icmp uge i32 %3, 8
	%3677 = select i1 %3676, i32 %3675, i32 0
	%3678 = add i32 %3674, %3677
	%3679 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3678, i32 16, i32 0)
	%3680 = icmp uge i32 %3, 16
	%3681 = select i1 %3680, i32 %3679, i32 0
	%3682 = add i32 %3678, %3681
	%3683 = sub i32 %3682, %3662
	%3684 = icmp slt i32 %3683, %3519
	%3685 = icmp sge i32 %3682, %3519
	%3686 = and i1 %3684, %3685
	%3687 = add i32 %3683, %3598
	%3688 = xor i1 false, true
	%3689 = icmp sge i32 %3687, %3519
	%3690 = and i1 %3688, %3689
	%3691 = mul i32 %3, 8
	%3692 = add i32 %3691, 0
	%3693 = sub i32 255, %3692
	%3694 = select i1 %3690, i32 %3693, i32 0
	%3695 = select i1 %3690, i32 %3683, i32 0
	%3696 = or i1 false, %3690
	%3697 = add i32 %3687, %3607
	%3698 = xor i1 %3696, true
	%3699 = icmp sge i32 %3697, %3519
	%3700 = and i1 %3698, %3699
	%3701 = mul i32 %3, 8
	%3702 = add i32 %3701, 1
	%3703 = sub i32 255, %3702
	%3704 = select i1 %3700, i32 %3703, i32 %3694
	%3705 = select i1 %3700, i32 %3687, i32 %3695
	%3706 = or i1 %3696, %3700
	%3707 = add i32 %3697, %3616
	%3708 = xor i1 %3706, true
	%3709 = icmp sge i32 %3707, %3519
	%3710 = and i1 %3708, %3709
	%3711 = mul i32 %3, 8
	%3712 = add i32 %3711, 2
	%3713 = sub i32 255, %3712
	%3714 = select i1 %3710, i32 %3713, i32 %3704
	%3715 = select i1 %3710, i32 %3697, i32 %3705
	%3716 = or i1 %3706, %3710
	%3717 = add i32 %3707, %3625
	%3718 = xor i1 %3716, true
	%3719 = icmp sge i32 %3717, %3519
	%3720 = and i1 %3718, %3719
	%3721 = mul i32 %3, 8
	%3722 = add i32 %3721, 3
	%3723 = sub i32 255, %3722
	%3724 = select i1 %3720, i32 %3723, i32 %3714
	%3725 = select i1 %3720, i32 %3707, i32 %3715
	%3726 = or i1 %3716, %3720
	%3727 = add i32 %3717, %3634
	%3728 = xor i1 %3726, true
	%3729 = icmp sge i32 %3727, %3519
	%3730 = and i1 %3728, %3729
	%3731 = mul i32 %3, 8
	%3732 = add i32 %3731, 4
	%3733 = sub i32 255, %3732
	%3734 = select i1 %3730, i32 %3733, i32 %3724
	%3735 = select i1 %3730, i32 %3717, i32 %3725
	%3736 = or i1 %3726, %3730
	%3737 = add i32 %3727, %3643
	%3738 = xor i1 %3736, true
	%3739 = icmp sge i32 %3737, %3519
	%3740 = and i1 %3738, %3739
	%3741 = mul i32 %3, 8
	%3742 = add i32 %3741, 5
	%3743 = sub i32 255, %3742
	%3744 = select i1 %3740, i32 %3743, i32 %3734
	%3745 = select i1 %3740, i32 %3727, i32 %3735
	%3746 = or i1 %3736, %3740
	%3747 = add i32 %3737, %3652
	%3748 = xor i1 %3746, true
	%3749 = icmp sge i32 %3747, %3519
	%3750 = and i1 %3748, %3749
	%3751 = mul i32 %3, 8
	%3752 = add i32 %3751, 6
	%3753 = sub i32 255, %3752
	%3754 = select i1 %3750, i32 %3753, i32 %3744
	%3755 = select i1 %3750, i32 %3737, i32 %3745
	%3756 = or i1 %3746, %3750
	%3757 = add i32 %3747, %3661
	%3758 = xor i1 %3756, true
	%3759 = icmp sge i32 %3757, %3519
	%3760 = and i1 %3758, %3759
	%3761 = mul i32 %3, 8
	%3762 = add i32 %3761, 7
	%3763 = sub i32 255, %3762
	%3764 = select i1 %3760, i32 %3763, i32 %3754
	%3765 = select i1 %3760, i32 %3747, i32 %3755
	%3766 = or i1 %3756, %3760
	%3767 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3686)
	%3768 = call i32 @llvm.cttz.i32(i32 %3767, i1 false)
	%3769 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %3764, i32 %3768, i32 31)
	%3770 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %3765, i32 %3768, i32 31)
	%3771 = shl i32 %3769, 0
	%3772 = or i32 %3516, %3771
	%3773 = shl i32 255, 0
	%3774 = or i32 %3518, %3773
	%3775 = sub i32 %3519, %3770
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3776 = shl i32 1, %3
	%3777 = sub i32 %3776, 1
	br label %3788

3778:
	%3779 = lshr i32 %3586, 0
	%3780 = and i32 %3779, 255
	%3781 = add i32 %2742, %3780
	%3782 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3783 = bitcast i8 addrspace(3)* %3782 to i32 addrspace(3)*
	%3784 = getelementptr i32, i32 addrspace(3)* %3783, i32 %3781
	%3785 = atomicrmw add i32 addrspace(3)* %3784, i32 1 monotonic
	br label %3786

3786:
	%3787 = add i32 %3579, 32
	br label %3578

3788:
	%3789 = phi i32 [ 0, %3590 ], [ %3858, %3853 ]
	%3790 = phi i32 [ 0, %3590 ], [ %3855, %3853 ]
	%3791 = phi i32 [ 0, %3590 ], [ %3857, %3853 ]
	%3792 = icmp slt i32 %3789, %587
	br i1 %3792, label %3793, label %3796

3793:
	%3794 = add i32 %3789, %3
	%3795 = icmp slt i32 %3794, %587
	br i1 %3795, label %3817, label %3827

3796:
	%3797 = icmp ugt i32 %2489, %3772
	%3798 = and i1 %2484, %3797
	%3799 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3798)
	%3800 = call i32 @llvm.ctpop.i32(i32 %3799)
	%3801 = add i32 0, %3800
	%3802 = icmp ugt i32 %2502, %3772
	%3803 = and i1 %2497, %3802
	%3804 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3803)
	%3805 = call i32 @llvm.ctpop.i32(i32 %3804)
	%3806 = add i32 %3801, %3805
	%3807 = icmp ugt i32 %2515, %3772
	%3808 = and i1 %2510, %3807
	%3809 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3808)
	%3810 = call i32 @llvm.ctpop.i32(i32 %3809)
	%3811 = add i32 %3806, %3810
	%3812 = icmp ugt i32 %2528, %3772
	%3813 = and i1 %2523, %3812
	%3814 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3813)
	%3815 = call i32 @llvm.ctpop.i32(i32 %3814)
	%3816 = add i32 %3811, %3815
	br label %2791

3817:
	%3818 = add i32 %2741, %3794
	%3819 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%3820 = bitcast i8 addrspace(3)* %3819 to i32 addrspace(3)*
	%3821 = getelementptr i32, i32 addrspace(3)* %3820, i32 %3818
	%3822 = load i32, i32 addrspace(3)* %3821
	%3823 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%3824 = bitcast i8 addrspace(3)* %3823 to i32 addrspace(3)*
	%3825 = getelementptr i32, i32 addrspace(3)* %3824, i32 %3818
	%3826 = load i32, i32 addrspace(3)* %3825
	br label %3827

3827:
	%3828 = phi i32 [ 0, %3793 ], [ %3822, %3817 ]
	%3829 = phi i32 [ 0, %3793 ], [ %3826, %3817 ]
	%3830 = icmp eq i32 %3828, %3772
	%3831 = and i1 %3795, %3830
	%3832 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3831)
	%3833 = and i32 %3832, %3777
	%3834 = call i32 @llvm.ctpop.i32(i32 %3833)
	%3835 = add i32 %3791, %3834
	%3836 = icmp ugt i32 %3828, %3772
	%3837 = icmp slt i32 %3835, %3775
	%3838 = and i1 %3831, %3837
	%3839 = or i1 %3836, %3838
	%3840 = and i1 %3795, %3839
	%3841 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3840)
	%3842 = and i32 %3841, %3777
	%3843 = call i32 @llvm.ctpop.i32(i32 %3842)
	%3844 = add i32 %3790, %3843
	%3845 = add i32 %2741, %3844
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %3840, label %3846, label %3853

3846:
	%3847 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%3848 = bitcast i8 addrspace(3)* %3847 to i32 addrspace(3)*
	%3849 = getelementptr i32, i32 addrspace(3)* %3848, i32 %3845
	store i32 %3828, i32 addrspace(3)* %3849
	%3850 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%3851 = bitcast i8 addrspace(3)* %3850 to i32 addrspace(3)*
	%3852 = getelementptr i32, i32 addrspace(3)* %3851, i32 %3845
	store i32 %3829, i32 addrspace(3)* %3852
	br label %3853

3853:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3854 = call i32 @llvm.ctpop.i32(i32 %3841)
	%3855 = add i32 %3790, %3854
	%3856 = call i32 @llvm.ctpop.i32(i32 %3832)
	%3857 = add i32 %3791, %3856
	%3858 = add i32 %3789, 32
	br label %3788

3859:
	%3860 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%3861 = bitcast i8 addrspace(3)* %3860 to i32 addrspace(3)*
	%3862 = getelementptr i32, i32 addrspace(3)* %3861, i32 %2809
	store i32 %2489, i32 addrspace(3)* %3862
	%3863 = add i32 0, %3
	%3864 = add i32 %586, %3863
	%3865 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%3866 = bitcast i8 addrspace(3)* %3865 to i32 addrspace(3)*
	%3867 = getelementptr i32, i32 addrspace(3)* %3866, i32 %2809
	store i32 %3864, i32 addrspace(3)* %3867
	br label %3868

3868:
	%3869 = call i32 @llvm.ctpop.i32(i32 %2799)
	%3870 = add i32 %2792, %3869
	%3871 = and i32 %2800, %2804
	%3872 = call i32 @llvm.ctpop.i32(i32 %3871)
	%3873 = add i32 %3870, %3872
	%3874 = add i32 %2805, %3873
	br i1 %2796, label %3875, label %3884

3875:
	%3876 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%3877 = bitcast i8 addrspace(3)* %3876 to i32 addrspace(3)*
	%3878 = getelementptr i32, i32 addrspace(3)* %3877, i32 %3874
	store i32 %2502, i32 addrspace(3)* %3878
	%3879 = add i32 32, %3
	%3880 = add i32 %586, %3879
	%3881 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%3882 = bitcast i8 addrspace(3)* %3881 to i32 addrspace(3)*
	%3883 = getelementptr i32, i32 addrspace(3)* %3882, i32 %3874
	store i32 %3880, i32 addrspace(3)* %3883
	br label %3884

3884:
	%3885 = call i32 @llvm.ctpop.i32(i32 %2800)
	%3886 = add i32 %3870, %3885
	%3887 = and i32 %2801, %2804
	%3888 = call i32 @llvm.ctpop.i32(i32 %3887)
	%3889 = add i32 %3886, %3888
	%3890 = add i32 %2805, %3889
	br i1 %2797, label %3891, label %3900

3891:
	%3892 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%3893 = bitcast i8 addrspace(3)* %3892 to i32 addrspace(3)*
	%3894 = getelementptr i32, i32 addrspace(3)* %3893, i32 %3890
	store i32 %2515, i32 addrspace(3)* %3894
	%3895 = add i32 64, %3
	%3896 = add i32 %586, %3895
	%3897 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%3898 = bitcast i8 addrspace(3)* %3897 to i32 addrspace(3)*
	%3899 = getelementptr i32, i32 addrspace(3)* %3898, i32 %3890
	store i32 %3896, i32 addrspace(3)* %3899
	br label %3900

3900:
	%3901 = call i32 @llvm.ctpop.i32(i32 %2801)
	%3902 = add i32 %3886, %3901
	%3903 = and i32 %2802, %2804
	%3904 = call i32 @llvm.ctpop.i32(i32 %3903)
	%3905 = add i32 %3902, %3904
	%3906 = add i32 %2805, %3905
	br i1 %2798, label %3907, label %3916

3907:
	%3908 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%3909 = bitcast i8 addrspace(3)* %3908 to i32 addrspace(3)*
	%3910 = getelementptr i32, i32 addrspace(3)* %3909, i32 %3906
	store i32 %2528, i32 addrspace(3)* %3910
	%3911 = add i32 96, %3
	%3912 = add i32 %586, %3911
	%3913 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%3914 = bitcast i8 addrspace(3)* %3913 to i32 addrspace(3)*
	%3915 = getelementptr i32, i32 addrspace(3)* %3914, i32 %3906
	store i32 %3912, i32 addrspace(3)* %3915
	br label %3916

3916:
	%3917 = call i32 @llvm.ctpop.i32(i32 %2802)
	%3918 = add i32 %3902, %3917
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3919 = add i32 %2792, %2794
	br label %2530

3920:
	%3921 = mul i32 %420, 129
	%3922 = add i32 0, %3
	%3923 = add i32 %3921, %3922
	%3924 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%3925 = bitcast i8 addrspace(3)* %3924 to float addrspace(3)*
	%3926 = getelementptr float, float addrspace(3)* %3925, i32 %3923
	%3927 = load float, float addrspace(3)* %3926
	%3928 = fcmp ogt float %3927, 0xFFF0000000000000
	%3929 = fadd float %3927, 0.0
	%3930 = bitcast float %3929 to i32
	%3931 = ashr i32 %3930, 31
	%3932 = or i32 %3931, -2147483648
	%3933 = xor i32 %3930, %3932
	%3934 = mul i32 %420, 129
	%3935 = add i32 32, %3
	%3936 = add i32 %3934, %3935
	%3937 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%3938 = bitcast i8 addrspace(3)* %3937 to float addrspace(3)*
	%3939 = getelementptr float, float addrspace(3)* %3938, i32 %3936
	%3940 = load float, float addrspace(3)* %3939
	%3941 = fcmp ogt float %3940, 0xFFF0000000000000
	%3942 = fadd float %3940, 0.0
	%3943 = bitcast float %3942 to i32
	%3944 = ashr i32 %3943, 31
	%3945 = or i32 %3944, -2147483648
	%3946 = xor i32 %3943, %3945
	%3947 = mul i32 %420, 129
	%3948 = add i32 64, %3
	%3949 = add i32 %3947, %3948
	%3950 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%3951 = bitcast i8 addrspace(3)* %3950 to float addrspace(3)*
	%3952 = getelementptr float, float addrspace(3)* %3951, i32 %3949
	%3953 = load float, float addrspace(3)* %3952
	%3954 = fcmp ogt float %3953, 0xFFF0000000000000
	%3955 = fadd float %3953, 0.0
	%3956 = bitcast float %3955 to i32
	%3957 = ashr i32 %3956, 31
	%3958 = or i32 %3957, -2147483648
	%3959 = xor i32 %3956, %3958
	%3960 = mul i32 %420, 129
	%3961 = add i32 96, %3
	%3962 = add i32 %3960, %3961
	%3963 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%3964 = bitcast i8 addrspace(3)* %3963 to float addrspace(3)*
	%3965 = getelementptr float, float addrspace(3)* %3964, i32 %3962
	%3966 = load float, float addrspace(3)* %3965
	%3967 = fcmp ogt float %3966, 0xFFF0000000000000
	%3968 = fadd float %3966, 0.0
	%3969 = bitcast float %3968 to i32
	%3970 = ashr i32 %3969, 31
	%3971 = or i32 %3970, -2147483648
	%3972 = xor i32 %3969, %3971
	%3973 = icmp eq i32 %590, 0
	br i1 %3973, label %3977, label %4160

3974:
	%3975 = phi i32 [ %589, %2530 ], [ %5363, %5360 ]
	%3976 = phi i32 [ %590, %2530 ], [ %4237, %5360 ]
	br i1 %503, label %5364, label %5418

3977:
	%3978 = select i1 %3928, i32 %3933, i32 0
	%3979 = icmp ugt i32 0, %3978
	%3980 = select i1 %3979, i32 0, i32 %3978
	%3981 = select i1 %3941, i32 %3946, i32 0
	%3982 = icmp ugt i32 %3980, %3981
	%3983 = select i1 %3982, i32 %3980, i32 %3981
	%3984 = select i1 %3954, i32 %3959, i32 0
	%3985 = icmp ugt i32 %3983, %3984
	%3986 = select i1 %3985, i32 %3983, i32 %3984
	%3987 = select i1 %3967, i32 %3972, i32 0
	%3988 = icmp ugt i32 %3986, %3987
	%3989 = select i1 %3988, i32 %3986, i32 %3987
	%3990 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3989, i32 1, i32 31)
	%3991 = and i32 %3, 2
	%3992 = icmp eq i32 %3991, 0
	%3993 = and i32 %3, 1
	%3994 = icmp eq i32 %3993, 0
	%3995 = icmp eq i1 %3992, %3994
	%3996 = icmp ugt i32 %3989, %3990
	%3997 = select i1 %3996, i32 %3989, i32 %3990
	%3998 = icmp ult i32 %3989, %3990
	%3999 = select i1 %3998, i32 %3989, i32 %3990
	%4000 = select i1 %3995, i32 %3997, i32 %3999
	%4001 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4000, i32 2, i32 31)
	%4002 = and i32 %3, 4
	%4003 = icmp eq i32 %4002, 0
	%4004 = and i32 %3, 2
	%4005 = icmp eq i32 %4004, 0
	%4006 = icmp eq i1 %4003, %4005
	%4007 = icmp ugt i32 %4000, %4001
	%4008 = select i1 %4007, i32 %4000, i32 %4001
	%4009 = icmp ult i32 %4000, %4001
	%4010 = select i1 %4009, i32 %4000, i32 %4001
	%4011 = select i1 %4006, i32 %4008, i32 %4010
	%4012 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4011, i32 1, i32 31)
	%4013 = and i32 %3, 4
	%4014 = icmp eq i32 %4013, 0
	%4015 = and i32 %3, 1
	%4016 = icmp eq i32 %4015, 0
	%4017 = icmp eq i1 %4014, %4016
	%4018 = icmp ugt i32 %4011, %4012
	%4019 = select i1 %4018, i32 %4011, i32 %4012
	%4020 = icmp ult i32 %4011, %4012
	%4021 = select i1 %4020, i32 %4011, i32 %4012
	%4022 = select i1 %4017, i32 %4019, i32 %4021
	%4023 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4022, i32 4, i32 31)
	%4024 = and i32 %3, 8
	%4025 = icmp eq i32 %4024, 0
	%4026 = and i32 %3, 4
	%4027 = icmp eq i32 %4026, 0
	%4028 = icmp eq i1 %4025, %4027
	%4029 = icmp ugt i32 %4022, %4023
	%4030 = select i1 %4029, i32 %4022, i32 %4023
	%4031 = icmp ult i32 %4022, %4023
	%4032 = select i1 %4031, i32 %4022, i32 %4023
	%4033 = select i1 %4028, i32 %4030, i32 %4032
	%4034 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4033, i32 2, i32 31)
	%4035 = and i32 %3, 8
	%4036 = icmp eq i32 %4035, 0
	%4037 = and i32 %3, 2
	%4038 = icmp eq i32 %4037, 0
	%4039 = icmp eq i1 %4036, %4038
	%4040 = icmp ugt i32 %4033, %4034
	%4041 = select i1 %4040, i32 %4033, i32 %4034
	%4042 = icmp ult i32 %4033, %4034
	%4043 = select i1 %4042, i32 %4033, i32 %4034
	%4044 = select i1 %4039, i32 %4041, i32 %4043
	%4045 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4044, i32 1, i32 31)
	%4046 = and i32 %3, 8
	%4047 = icmp eq i32 %4046, 0
	%4048 = and i32 %3, 1
	%4049 = icmp eq i32 %4048, 0
	%4050 = icmp eq i1 %4047, %4049
	%4051 = icmp ugt i32 %4044, %4045
	%4052 = select i1 %4051, i32 %4044, i32 %4045
	%4053 = icmp ult i32 %4044, %4045
	%4054 = select i1 %4053, i32 %4044, i32 %4045
	%4055 = select i1 %4050, i32 %4052, i32 %4054
	%4056 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4055, i32 8, i32 31)
	%4057 = and i32 %3, 16
	%4058 = icmp eq i32 %4057, 0
	%4059 = and i32 %3, 8
	%4060 = icmp eq i32 %4059, 0
	%4061 = icmp eq i1 %4058, %4060
	%4062 = icmp ugt i32 %4055, %4056
	%4063 = select i1 %4062, i32 %4055, i32 %4056
	%4064 = icmp ult i32 %4055, %4056
	%4065 = select i1 %4064, i32 %4055, i32 %4056
	%4066 = select i1 %4061, i32 %4063, i32 %4065
	%4067 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4066, i32 4, i32 31)
	%4068 = and i32 %3, 16
	%4069 = icmp eq i32 %4068, 0
	%4070 = and i32 %3, 4
	%4071 = icmp eq i32 %4070, 0
	%4072 = icmp eq i1 %4069, %4071
	%4073 = icmp ugt i32 %4066, %4067
	%4074 = select i1 %4073, i32 %4066, i32 %4067
	%4075 = icmp ult i32 %4066, %4067
	%4076 = select i1 %4075, i32 %4066, i32 %4067
	%4077 = select i1 %4072, i32 %4074, i32 %4076
	%4078 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4077, i32 2, i32 31)
	%4079 = and i32 %3, 16
	%4080 = icmp eq i32 %4079, 0
	%4081 = and i32 %3, 2
	%4082 = icmp eq i32 %4081, 0
	%4083 = icmp eq i1 %4080, %4082
	%4084 = icmp ugt i32 %4077, %4078
	%4085 = select i1 %4084, i32 %4077, i32 %4078
	%4086 = icmp ult i32 %4077, %4078
	%4087 = select i1 %4086, i32 %4077, i32 %4078
	%4088 = select i1 %4083, i32 %4085, i32 %4087
	%4089 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4088, i32 1, i32 31)
	%4090 = and i32 %3, 16
	%4091 = icmp eq i32 %4090, 0
	%4092 = and i32 %3, 1
	%4093 = icmp eq i32 %4092, 0
	%4094 = icmp eq i1 %4091, %4093
	%4095 = icmp ugt i32 %4088, %4089
	%4096 = select i1 %4095, i32 %4088, i32 %4089
	%4097 = icmp ult i32 %4088, %4089
	%4098 = select i1 %4097, i32 %4088, i32 %4089
	%4099 = select i1 %4094, i32 %4096, i32 %4098
	%4100 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4099, i32 16, i32 31)
	%4101 = and i32 %3, 32
	%4102 = icmp eq i32 %4101, 0
	%4103 = and i32 %3, 16
	%4104 = icmp eq i32 %4103, 0
	%4105 = icmp eq i1 %4102, %4104
	%4106 = icmp ugt i32 %4099, %4100
	%4107 = select i1 %4106, i32 %4099, i32 %4100
	%4108 = icmp ult i32 %4099, %4100
	%4109 = select i1 %4108, i32 %4099, i32 %4100
	%4110 = select i1 %4105, i32 %4107, i32 %4109
	%4111 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4110, i32 8, i32 31)
	%4112 = and i32 %3, 32
	%4113 = icmp eq i32 %4112, 0
	%4114 = and i32 %3, 8
	%4115 = icmp eq i32 %4114, 0
	%4116 = icmp eq i1 %4113, %4115
	%4117 = icmp ugt i32 %4110, %4111
	%4118 = select i1 %4117, i32 %4110, i32 %4111
	%4119 = icmp ult i32 %4110, %4111
	%4120 = select i1 %4119, i32 %4110, i32 %4111
	%4121 = select i1 %4116, i32 %4118, i32 %4120
	%4122 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4121, i32 4, i32 31)
	%4123 = and i32 %3, 32
	%4124 = icmp eq i32 %4123, 0
	%4125 = and i32 %3, 4
	%4126 = icmp eq i32 %4125, 0
	%4127 = icmp eq i1 %4124, %4126
	%4128 = icmp ugt i32 %4121, %4122
	%4129 = select i1 %4128, i32 %4121, i32 %4122
	%4130 = icmp ult i32 %4121, %4122
	%4131 = select i1 %4130, i32 %4121, i32 %4122
	%4132 = select i1 %4127, i32 %4129, i32 %4131
	%4133 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4132, i32 2, i32 31)
	%4134 = and i32 %3, 32
	%4135 = icmp eq i32 %4134, 0
	%4136 = and i32 %3, 2
	%4137 = icmp eq i32 %4136, 0
	%4138 = icmp eq i1 %4135, %4137
	%4139 = icmp ugt i32 %4132, %4133
	%4140 = select i1 %4139, i32 %4132, i32 %4133
	%4141 = icmp ult i32 %4132, %4133
	%4142 = select i1 %4141, i32 %4132, i32 %4133
	%4143 = select i1 %4138, i32 %4140, i32 %4142
	%4144 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %4143, i32 1, i32 31)
	%4145 = and i32 %3, 32
	%4146 = icmp eq i32 %4145, 0
	%4147 = and i32 %3, 1
	%4148 = icmp eq i32 %4147, 0
	%4149 = icmp eq i1 %4146, %4148
	%4150 = icmp ugt i32 %4143, %4144
	%4151 = select i1 %4150, i32 %4143, i32 %4144
	%4152 = icmp ult i32 %4143, %4144
	%4153 = select i1 %4152, i32 %4143, i32 %4144
	%4154 = select i1 %4149, i32 %4151, i32 %4153
	%4155 = sub i32 %457, 1
	%4156 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %4154, i32 %4155, i32 31)
	%4157 = icmp ugt i32 %4156, 0
	%4158 = sub i32 %4156, 1
	%4159 = select i1 %4157, i32 %4158, i32 0
	br label %4160

4160:
	%4161 = phi i32 [ %590, %3920 ], [ %4159, %3977 ]
	%4162 = icmp ugt i32 %3933, %4161
	%4163 = and i1 %3928, %4162
	%4164 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4163)
	%4165 = call i32 @llvm.ctpop.i32(i32 %4164)
	%4166 = add i32 0, %4165
	%4167 = icmp ugt i32 %3946, %4161
	%4168 = and i1 %3941, %4167
	%4169 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4168)
	%4170 = call i32 @llvm.ctpop.i32(i32 %4169)
	%4171 = add i32 %4166, %4170
	%4172 = icmp ugt i32 %3959, %4161
	%4173 = and i1 %3954, %4172
	%4174 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4173)
	%4175 = call i32 @llvm.ctpop.i32(i32 %4174)
	%4176 = add i32 %4171, %4175
	%4177 = icmp ugt i32 %3972, %4161
	%4178 = and i1 %3967, %4177
	%4179 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4178)
	%4180 = call i32 @llvm.ctpop.i32(i32 %4179)
	%4181 = add i32 %4176, %4180
	%4182 = add i32 %589, %4181
	%4183 = icmp sgt i32 %4182, 160
	br i1 %4183, label %4184, label %4235

4184:
	%4185 = mul i32 %420, 160
	%4186 = mul i32 %4, 256
	%4187 = mul i32 %3, 8
	%4188 = add i32 %4187, 0
	%4189 = add i32 %4186, %4188
	%4190 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4191 = bitcast i8 addrspace(3)* %4190 to i32 addrspace(3)*
	%4192 = getelementptr i32, i32 addrspace(3)* %4191, i32 %4189
	store i32 0, i32 addrspace(3)* %4192
	%4193 = mul i32 %3, 8
	%4194 = add i32 %4193, 1
	%4195 = add i32 %4186, %4194
	%4196 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4197 = bitcast i8 addrspace(3)* %4196 to i32 addrspace(3)*
	%4198 = getelementptr i32, i32 addrspace(3)* %4197, i32 %4195
	store i32 0, i32 addrspace(3)* %4198
	%4199 = mul i32 %3, 8
	%4200 = add i32 %4199, 2
	%4201 = add i32 %4186, %4200
	%4202 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4203 = bitcast i8 addrspace(3)* %4202 to i32 addrspace(3)*
	%4204 = getelementptr i32, i32 addrspace(3)* %4203, i32 %4201
	store i32 0, i32 addrspace(3)* %4204
	%4205 = mul i32 %3, 8
	%4206 = add i32 %4205, 3
	%4207 = add i32 %4186, %4206
	%4208 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4209 = bitcast i8 addrspace(3)* %4208 to i32 addrspace(3)*
	%4210 = getelementptr i32, i32 addrspace(3)* %4209, i32 %4207
	store i32 0, i32 addrspace(3)* %4210
	%4211 = mul i32 %3, 8
	%4212 = add i32 %4211, 4
	%4213 = add i32 %4186, %4212
	%4214 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4215 = bitcast i8 addrspace(3)* %4214 to i32 addrspace(3)*
	%4216 = getelementptr i32, i32 addrspace(3)* %4215, i32 %4213
	store i32 0, i32 addrspace(3)* %4216
	%4217 = mul i32 %3, 8
	%4218 = add i32 %4217, 5
	%4219 = add i32 %4186, %4218
	%4220 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4221 = bitcast i8 addrspace(3)* %4220 to i32 addrspace(3)*
	%4222 = getelementptr i32, i32 addrspace(3)* %4221, i32 %4219
	store i32 0, i32 addrspace(3)* %4222
	%4223 = mul i32 %3, 8
	%4224 = add i32 %4223, 6
	%4225 = add i32 %4186, %4224
	%4226 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4227 = bitcast i8 addrspace(3)* %4226 to i32 addrspace(3)*
	%4228 = getelementptr i32, i32 addrspace(3)* %4227, i32 %4225
	store i32 0, i32 addrspace(3)* %4228
	%4229 = mul i32 %3, 8
	%4230 = add i32 %4229, 7
	%4231 = add i32 %4186, %4230
	%4232 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4233 = bitcast i8 addrspace(3)* %4232 to i32 addrspace(3)*
	%4234 = getelementptr i32, i32 addrspace(3)* %4233, i32 %4231
	store i32 0, i32 addrspace(3)* %4234
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %4254

4235:
	%4236 = phi i32 [ %589, %4160 ], [ %457, %5240 ]
	%4237 = phi i32 [ %4161, %4160 ], [ %5216, %5240 ]
	%4238 = phi i32 [ %4181, %4160 ], [ %5260, %5240 ]
	%4239 = phi i1 [ %4163, %4160 ], [ %5242, %5240 ]
	%4240 = phi i1 [ %4168, %4160 ], [ %5247, %5240 ]
	%4241 = phi i1 [ %4173, %4160 ], [ %5252, %5240 ]
	%4242 = phi i1 [ %4178, %4160 ], [ %5257, %5240 ]
	%4243 = phi i32 [ %4164, %4160 ], [ %5243, %5240 ]
	%4244 = phi i32 [ %4169, %4160 ], [ %5248, %5240 ]
	%4245 = phi i32 [ %4174, %4160 ], [ %5253, %5240 ]
	%4246 = phi i32 [ %4179, %4160 ], [ %5258, %5240 ]
	%4247 = shl i32 1, %3
	%4248 = sub i32 %4247, 1
	%4249 = mul i32 %420, 160
	%4250 = and i32 %4243, %4248
	%4251 = call i32 @llvm.ctpop.i32(i32 %4250)
	%4252 = add i32 %4236, %4251
	%4253 = add i32 %4249, %4252
	br i1 %4239, label %5303, label %5312

4254:
	%4255 = phi i32 [ %3, %4184 ], [ %4509, %4508 ]
	%4256 = icmp slt i32 %4255, %589
	br i1 %4256, label %4257, label %4266

4257:
	%4258 = add i32 %4185, %4255
	%4259 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%4260 = bitcast i8 addrspace(3)* %4259 to i32 addrspace(3)*
	%4261 = getelementptr i32, i32 addrspace(3)* %4260, i32 %4258
	%4262 = load i32, i32 addrspace(3)* %4261
	%4263 = and i32 %4262, 0
	%4264 = icmp eq i32 %4263, 0
	%4265 = and i1 true, %4264
	br i1 %4265, label %4500, label %4508

4266:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4267 = mul i32 %3, 8
	%4268 = add i32 %4267, 0
	%4269 = sub i32 255, %4268
	%4270 = add i32 %4186, %4269
	%4271 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4272 = bitcast i8 addrspace(3)* %4271 to i32 addrspace(3)*
	%4273 = getelementptr i32, i32 addrspace(3)* %4272, i32 %4270
	%4274 = load i32, i32 addrspace(3)* %4273
	%4275 = add i32 0, %4274
	%4276 = mul i32 %3, 8
	%4277 = add i32 %4276, 1
	%4278 = sub i32 255, %4277
	%4279 = add i32 %4186, %4278
	%4280 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4281 = bitcast i8 addrspace(3)* %4280 to i32 addrspace(3)*
	%4282 = getelementptr i32, i32 addrspace(3)* %4281, i32 %4279
	%4283 = load i32, i32 addrspace(3)* %4282
	%4284 = add i32 %4275, %4283
	%4285 = mul i32 %3, 8
	%4286 = add i32 %4285, 2
	%4287 = sub i32 255, %4286
	%4288 = add i32 %4186, %4287
	%4289 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4290 = bitcast i8 addrspace(3)* %4289 to i32 addrspace(3)*
	%4291 = getelementptr i32, i32 addrspace(3)* %4290, i32 %4288
	%4292 = load i32, i32 addrspace(3)* %4291
	%4293 = add i32 %4284, %4292
	%4294 = mul i32 %3, 8
	%4295 = add i32 %4294, 3
	%4296 = sub i32 255, %4295
	%4297 = add i32 %4186, %4296
	%4298 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4299 = bitcast i8 addrspace(3)* %4298 to i32 addrspace(3)*
	%4300 = getelementptr i32, i32 addrspace(3)* %4299, i32 %4297
	%4301 = load i32, i32 addrspace(3)* %4300
	%4302 = add i32 %4293, %4301
	%4303 = mul i32 %3, 8
	%4304 = add i32 %4303, 4
	%4305 = sub i32 255, %4304
	%4306 = add i32 %4186, %4305
	%4307 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4308 = bitcast i8 addrspace(3)* %4307 to i32 addrspace(3)*
	%4309 = getelementptr i32, i32 addrspace(3)* %4308, i32 %4306
	%4310 = load i32, i32 addrspace(3)* %4309
	%4311 = add i32 %4302, %4310
	%4312 = mul i32 %3, 8
	%4313 = add i32 %4312, 5
	%4314 = sub i32 255, %4313
	%4315 = add i32 %4186, %4314
	%4316 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4317 = bitcast i8 addrspace(3)* %4316 to i32 addrspace(3)*
	%4318 = getelementptr i32, i32 addrspace(3)* %4317, i32 %4315
	%4319 = load i32, i32 addrspace(3)* %4318
	%4320 = add i32 %4311, %4319
	%4321 = mul i32 %3, 8
	%4322 = add i32 %4321, 6
	%4323 = sub i32 255, %4322
	%4324 = add i32 %4186, %4323
	%4325 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4326 = bitcast i8 addrspace(3)* %4325 to i32 addrspace(3)*
	%4327 = getelementptr i32, i32 addrspace(3)* %4326, i32 %4324
	%4328 = load i32, i32 addrspace(3)* %4327
	%4329 = add i32 %4320, %4328
	%4330 = mul i32 %3, 8
	%4331 = add i32 %4330, 7
	%4332 = sub i32 255, %4331
	%4333 = add i32 %4186, %4332
	%4334 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4335 = bitcast i8 addrspace(3)* %4334 to i32 addrspace(3)*
	%4336 = getelementptr i32, i32 addrspace(3)* %4335, i32 %4333
	%4337 = load i32, i32 addrspace(3)* %4336
	%4338 = add i32 %4329, %4337
	%4339 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4338, i32 1, i32 0)
	%4340 = icmp uge i32 %3, 1
	%4341 = select i1 %4340, i32 %4339, i32 0
	%4342 = add i32 %4338, %4341
	%4343 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4342, i32 2, i32 0)
	%4344 = icmp uge i32 %3, 2
	%4345 = select i1 %4344, i32 %4343, i32 0
	%4346 = add i32 %4342, %4345
	%4347 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4346, i32 4, i32 0)
	%4348 = icmp uge i32 %3, 4
	%4349 = select i1 %4348, i32 %4347, i32 0
	%4350 = add i32 %4346, %4349
	%4351 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4350, i32 8, i32 0)
	%4352 = icmp uge i32 %3, 8
	%4353 = select i1 %4352, i32 %4351, i32 0
	%4354 = add i32 %4350, %4353
	%4355 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4354, i32 16, i32 0)
	%4356 = icmp uge i32 %3, 16
	%4357 = select i1 %4356, i32 %4355, i32 0
	%4358 = add i32 %4354, %4357
	%4359 = sub i32 %4358, %4338
	%4360 = icmp slt i32 %4359, %457
	%4361 = icmp sge i32 %4358, %457
	%4362 = and i1 %4360, %4361
	%4363 = add i32 %4359, %4274
	%4364 = xor i1 false, true
	%4365 = icmp sge i32 %4363, %457
	%4366 = and i1 %4364, %4365
	%4367 = mul i32 %3, 8
	%4368 = add i32 %4367, 0
	%4369 = sub i32 255, %4368
	%4370 = select i1 %4366, i32 %4369, i32 0
	%4371 = select i1 %4366, i32 %4359, i32 0
	%4372 = or i1 false, %4366
	%4373 = add i32 %4363, %4283
	%4374 = xor i1 %4372, true
	%4375 = icmp sge i32 %4373, %457
	%4376 = and i1 %4374, %4375
	%4377 = mul i32 %3, 8
	%4378 = add i32 %4377, 1
	%4379 = sub i32 255, %4378
	%4380 = select i1 %4376, i32 %4379, i32 %4370
	%4381 = select i1 %4376, i32 %4363, i32 %4371
	%4382 = or i1 %4372, %4376
	%4383 = add i32 %4373, %4292
	%4384 = xor i1 %4382, true
	%4385 = icmp sge i32 %4383, %457
	%4386 = and i1 %4384, %4385
	%4387 = mul i32 %3, 8
	%4388 = add i32 %4387, 2
	%4389 = sub i32 255, %4388
	%4390 = select i1 %4386, i32 %4389, i32 %4380
	%4391 = select i1 %4386, i32 %4373, i32 %4381
	%4392 = or i1 %4382, %4386
	%4393 = add i32 %4383, %4301
	%4394 = xor i1 %4392, true
	%4395 = icmp sge i32 %4393, %457
	%4396 = and i1 %4394, %4395
	%4397 = mul i32 %3, 8
	%4398 = add i32 %4397, 3
	%4399 = sub i32 255, %4398
	%4400 = select i1 %4396, i32 %4399, i32 %4390
	%4401 = select i1 %4396, i32 %4383, i32 %4391
	%4402 = or i1 %4392, %4396
	%4403 = add i32 %4393, %4310
	%4404 = xor i1 %4402, true
	%4405 = icmp sge i32 %4403, %457
	%4406 = and i1 %4404, %4405
	%4407 = mul i32 %3, 8
	%4408 = add i32 %4407, 4
	%4409 = sub i32 255, %4408
	%4410 = select i1 %4406, i32 %4409, i32 %4400
	%4411 = select i1 %4406, i32 %4393, i32 %4401
	%4412 = or i1 %4402, %4406
	%4413 = add i32 %4403, %4319
	%4414 = xor i1 %4412, true
	%4415 = icmp sge i32 %4413, %457
	%4416 = and i1 %4414, %4415
	%4417 = mul i32 %3, 8
	%4418 = add i32 %4417, 5
	%4419 = sub i32 255, %4418
	%4420 = select i1 %4416, i32 %4419, i32 %4410
	%4421 = select i1 %4416, i32 %4403, i32 %4411
	%4422 = or i1 %4412, %4416
	%4423 = add i32 %4413, %4328
	%4424 = xor i1 %4422, true
	%4425 = icmp sge i32 %4423, %457
	%4426 = and i1 %4424, %4425
	%4427 = mul i32 %3, 8
	%4428 = add i32 %4427, 6
	%4429 = sub i32 255, %4428
	%4430 = select i1 %4426, i32 %4429, i32 %4420
	%4431 = select i1 %4426, i32 %4413, i32 %4421
	%4432 = or i1 %4422, %4426
	%4433 = add i32 %4423, %4337
	%4434 = xor i1 %4432, true
	%4435 = icmp sge i32 %4433, %457
	%4436 = and i1 %4434, %4435
	%4437 = mul i32 %3, 8
	%4438 = add i32 %4437, 7
	%4439 = sub i32 255, %4438
	%4440 = select i1 %4436, i32 %4439, i32 %4430
	%4441 = select i1 %4436, i32 %4423, i32 %4431
	%4442 = or i1 %4432, %4436
	%4443 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4362)
	%4444 = call i32 @llvm.cttz.i32(i32 %4443, i1 false)
	%4445 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %4440, i32 %4444, i32 31)
	%4446 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %4441, i32 %4444, i32 31)
	%4447 = shl i32 %4445, 24
	%4448 = or i32 0, %4447
	%4449 = shl i32 255, 24
	%4450 = or i32 0, %4449
	%4451 = sub i32 %457, %4446
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4452 = mul i32 %3, 8
	%4453 = add i32 %4452, 0
	%4454 = add i32 %4186, %4453
	%4455 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4456 = bitcast i8 addrspace(3)* %4455 to i32 addrspace(3)*
	%4457 = getelementptr i32, i32 addrspace(3)* %4456, i32 %4454
	store i32 0, i32 addrspace(3)* %4457
	%4458 = mul i32 %3, 8
	%4459 = add i32 %4458, 1
	%4460 = add i32 %4186, %4459
	%4461 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4462 = bitcast i8 addrspace(3)* %4461 to i32 addrspace(3)*
	%4463 = getelementptr i32, i32 addrspace(3)* %4462, i32 %4460
	store i32 0, i32 addrspace(3)* %4463
	%4464 = mul i32 %3, 8
	%4465 = add i32 %4464, 2
	%4466 = add i32 %4186, %4465
	%4467 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4468 = bitcast i8 addrspace(3)* %4467 to i32 addrspace(3)*
	%4469 = getelementptr i32, i32 addrspace(3)* %4468, i32 %4466
	store i32 0, i32 addrspace(3)* %4469
	%4470 = mul i32 %3, 8
	%4471 = add i32 %4470, 3
	%4472 = add i32 %4186, %4471
	%4473 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4474 = bitcast i8 addrspace(3)* %4473 to i32 addrspace(3)*
	%4475 = getelementptr i32, i32 addrspace(3)* %4474, i32 %4472
	store i32 0, i32 addrspace(3)* %4475
	%4476 = mul i32 %3, 8
	%4477 = add i32 %4476, 4
	%4478 = add i32 %4186, %4477
	%4479 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4480 = bitcast i8 addrspace(3)* %4479 to i32 addrspace(3)*
	%4481 = getelementptr i32, i32 addrspace(3)* %4480, i32 %4478
	store i32 0, i32 addrspace(3)* %4481
	%4482 = mul i32 %3, 8
	%4483 = add i32 %4482, 5
	%4484 = add i32 %4186, %4483
	%4485 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4486 = bitcast i8 addrspace(3)* %4485 to i32 addrspace(3)*
	%4487 = getelementptr i32, i32 addrspace(3)* %4486, i32 %4484
	store i32 0, i32 addrspace(3)* %4487
	%4488 = mul i32 %3, 8
	%4489 = add i32 %4488, 6
	%4490 = add i32 %4186, %4489
	%4491 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4492 = bitcast i8 addrspace(3)* %4491 to i32 addrspace(3)*
	%4493 = getelementptr i32, i32 addrspace(3)* %4492, i32 %4490
	store i32 0, i32 addrspace(3)* %4493
	%4494 = mul i32 %3, 8
	%4495 = add i32 %4494, 7
	%4496 = add i32 %4186, %4495
	%4497 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4498 = bitcast i8 addrspace(3)* %4497 to i32 addrspace(3)*
	%4499 = getelementptr i32, i32 addrspace(3)* %4498, i32 %4496
	store i32 0, i32 addrspace(3)* %4499
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %4510

4500:
	%4501 = lshr i32 %4262, 24
	%4502 = and i32 %4501, 255
	%4503 = add i32 %4186, %4502
	%4504 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4505 = bitcast i8 addrspace(3)* %4504 to i32 addrspace(3)*
	%4506 = getelementptr i32, i32 addrspace(3)* %4505, i32 %4503
	%4507 = atomicrmw add i32 addrspace(3)* %4506, i32 1 monotonic
	br label %4508

4508:
	%4509 = add i32 %4255, 32
	br label %4254

4510:
	%4511 = phi i32 [ %3, %4266 ], [ %4765, %4764 ]
	%4512 = icmp slt i32 %4511, %589
	br i1 %4512, label %4513, label %4522

4513:
	%4514 = add i32 %4185, %4511
	%4515 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%4516 = bitcast i8 addrspace(3)* %4515 to i32 addrspace(3)*
	%4517 = getelementptr i32, i32 addrspace(3)* %4516, i32 %4514
	%4518 = load i32, i32 addrspace(3)* %4517
	%4519 = and i32 %4518, %4450
	%4520 = icmp eq i32 %4519, %4448
	%4521 = and i1 true, %4520
	br i1 %4521, label %4756, label %4764

4522:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4523 = mul i32 %3, 8
	%4524 = add i32 %4523, 0
	%4525 = sub i32 255, %4524
	%4526 = add i32 %4186, %4525
	%4527 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4528 = bitcast i8 addrspace(3)* %4527 to i32 addrspace(3)*
	%4529 = getelementptr i32, i32 addrspace(3)* %4528, i32 %4526
	%4530 = load i32, i32 addrspace(3)* %4529
	%4531 = add i32 0, %4530
	%4532 = mul i32 %3, 8
	%4533 = add i32 %4532, 1
	%4534 = sub i32 255, %4533
	%4535 = add i32 %4186, %4534
	%4536 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4537 = bitcast i8 addrspace(3)* %4536 to i32 addrspace(3)*
	%4538 = getelementptr i32, i32 addrspace(3)* %4537, i32 %4535
	%4539 = load i32, i32 addrspace(3)* %4538
	%4540 = add i32 %4531, %4539
	%4541 = mul i32 %3, 8
	%4542 = add i32 %4541, 2
	%4543 = sub i32 255, %4542
	%4544 = add i32 %4186, %4543
	%4545 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4546 = bitcast i8 addrspace(3)* %4545 to i32 addrspace(3)*
	%4547 = getelementptr i32, i32 addrspace(3)* %4546, i32 %4544
	%4548 = load i32, i32 addrspace(3)* %4547
	%4549 = add i32 %4540, %4548
	%4550 = mul i32 %3, 8
	%4551 = add i32 %4550, 3
	%4552 = sub i32 255, %4551
	%4553 = add i32 %4186, %4552
	%4554 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4555 = bitcast i8 addrspace(3)* %4554 to i32 addrspace(3)*
	%4556 = getelementptr i32, i32 addrspace(3)* %4555, i32 %4553
	%4557 = load i32, i32 addrspace(3)* %4556
	%4558 = add i32 %4549, %4557
	%4559 = mul i32 %3, 8
	%4560 = add i32 %4559, 4
	%4561 = sub i32 255, %4560
	%4562 = add i32 %4186, %4561
	%4563 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4564 = bitcast i8 addrspace(3)* %4563 to i32 addrspace(3)*
	%4565 = getelementptr i32, i32 addrspace(3)* %4564, i32 %4562
	%4566 = load i32, i32 addrspace(3)* %4565
	%4567 = add i32 %4558, %4566
	%4568 = mul i32 %3, 8
	%4569 = add i32 %4568, 5
	%4570 = sub i32 255, %4569
	%4571 = add i32 %4186, %4570
	%4572 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4573 = bitcast i8 addrspace(3)* %4572 to i32 addrspace(3)*
	%4574 = getelementptr i32, i32 addrspace(3)* %4573, i32 %4571
	%4575 = load i32, i32 addrspace(3)* %4574
	%4576 = add i32 %4567, %4575
	%4577 = mul i32 %3, 8
	%4578 = add i32 %4577, 6
	%4579 = sub i32 255, %4578
	%4580 = add i32 %4186, %4579
	%4581 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4582 = bitcast i8 addrspace(3)* %4581 to i32 addrspace(3)*
	%4583 = getelementptr i32, i32 addrspace(3)* %4582, i32 %4580
	%4584 = load i32, i32 addrspace(3)* %4583
	%4585 = add i32 %4576, %4584
	%4586 = mul i32 %3, 8
	%4587 = add i32 %4586, 7
	%4588 = sub i32 255, %4587
	%4589 = add i32 %4186, %4588
	%4590 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4591 = bitcast i8 addrspace(3)* %4590 to i32 addrspace(3)*
	%4592 = getelementptr i32, i32 addrspace(3)* %4591, i32 %4589
	%4593 = load i32, i32 addrspace(3)* %4592
	%4594 = add i32 %4585, %4593
	%4595 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4594, i32 1, i32 0)
	%4596 = icmp uge i32 %3, 1
	%4597 = select i1 %4596, i32 %4595, i32 0
	%4598 = add i32 %4594, %4597
	%4599 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4598, i32 2, i32 0)
	%4600 = icmp uge i32 %3, 2
	%4601 = select i1 %4600, i32 %4599, i32 0
	%4602 = add i32 %4598, %4601
	%4603 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4602, i32 4, i32 0)
	%4604 = icmp uge i32 %3, 4
	%4605 = select i1 %4604, i32 %4603, i32 0
	%4606 = add i32 %4602, %4605
	%4607 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4606, i32 8, i32 0)
	%4608 = icmp uge i32 %3, 8
	%4609 = select i1 %4608, i32 %4607, i32 0
	%4610 = add i32 %4606, %4609
	%4611 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4610, i32 16, i32 0)
	%4612 = icmp uge i32 %3, 16
	%4613 = select i1 %4612, i32 %4611, i32 0
	%4614 = add i32 %4610, %4613
	%4615 = sub i32 %4614, %4594
	%4616 = icmp slt i32 %4615, %4451
	%4617 = icmp sge i32 %4614, %4451
	%4618 = and i1 %4616, %4617
	%4619 = add i32 %4615, %4530
	%4620 = xor i1 false, true
	%4621 = icmp sge i32 %4619, %4451
	%4622 = and i1 %4620, %4621
	%4623 = mul i32 %3, 8
	%4624 = add i32 %4623, 0
	%4625 = sub i32 255, %4624
	%4626 = select i1 %4622, i32 %4625, i32 0
	%4627 = select i1 %4622, i32 %4615, i32 0
	%4628 = or i1 false, %4622
	%4629 = add i32 %4619, %4539
	%4630 = xor i1 %4628, true
	%4631 = icmp sge i32 %4629, %4451
	%4632 = and i1 %4630, %4631
	%4633 = mul i32 %3, 8
	%4634 = add i32 %4633, 1
	%4635 = sub i32 255, %4634
	%4636 = select i1 %4632, i32 %4635, i32 %4626
	%4637 = select i1 %4632, i32 %4619, i32 %4627
	%4638 = or i1 %4628, %4632
	%4639 = add i32 %4629, %4548
	%4640 = xor i1 %4638, true
	%4641 = icmp sge i32 %4639, %4451
	%4642 = and i1 %4640, %4641
	%4643 = mul i32 %3, 8
	%4644 = add i32 %4643, 2
	%4645 = sub i32 255, %4644
	%4646 = select i1 %4642, i32 %4645, i32 %4636
	%4647 = select i1 %4642, i32 %4629, i32 %4637
	%4648 = or i1 %4638, %4642
	%4649 = add i32 %4639, %4557
	%4650 = xor i1 %4648, true
	%4651 = icmp sge i32 %4649, %4451
	%4652 = and i1 %4650, %4651
	%4653 = mul i32 %3, 8
	%4654 = add i32 %4653, 3
	%4655 = sub i32 255, %4654
	%4656 = select i1 %4652, i32 %4655, i32 %4646
	%4657 = select i1 %4652, i32 %4639, i32 %4647
	%4658 = or i1 %4648, %4652
	%4659 = add i32 %4649, %4566
	%4660 = xor i1 %4658, true
	%4661 = icmp sge i32 %4659, %4451
	%4662 = and i1 %4660, %4661
	%4663 = mul i32 %3, 8
	%4664 = add i32 %4663, 4
	%4665 = sub i32 255, %4664
	%4666 = select i1 %4662, i32 %4665, i32 %4656
	%4667 = select i1 %4662, i32 %4649, i32 %4657
	%4668 = or i1 %4658, %4662
	%4669 = add i32 %4659, %4575
	%4670 = xor i1 %4668, true
	%4671 = icmp sge i32 %4669, %4451
	%4672 = and i1 %4670, %4671
	%4673 = mul i32 %3, 8
	%4674 = add i32 %4673, 5
	%4675 = sub i32 255, %4674
	%4676 = select i1 %4672, i32 %4675, i32 %4666
	%4677 = select i1 %4672, i32 %4659, i32 %4667
	%4678 = or i1 %4668, %4672
	%4679 = add i32 %4669, %4584
	%4680 = xor i1 %4678, true
	%4681 = icmp sge i32 %4679, %4451
	%4682 = and i1 %4680, %4681
	%4683 = mul i32 %3, 8
	%4684 = add i32 %4683, 6
	%4685 = sub i32 255, %4684
	%4686 = select i1 %4682, i32 %4685, i32 %4676
	%4687 = select i1 %4682, i32 %4669, i32 %4677
	%4688 = or i1 %4678, %4682
	%4689 = add i32 %4679, %4593
	%4690 = xor i1 %4688, true
	%4691 = icmp sge i32 %4689, %4451
	%4692 = and i1 %4690, %4691
	%4693 = mul i32 %3, 8
	%4694 = add i32 %4693, 7
	%4695 = sub i32 255, %4694
	%4696 = select i1 %4692, i32 %4695, i32 %4686
	%4697 = select i1 %4692, i32 %4679, i32 %4687
	%4698 = or i1 %4688, %4692
	%4699 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4618)
	%4700 = call i32 @llvm.cttz.i32(i32 %4699, i1 false)
	%4701 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %4696, i32 %4700, i32 31)
	%4702 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %4697, i32 %4700, i32 31)
	%4703 = shl i32 %4701, 16
	%4704 = or i32 %4448, %4703
	%4705 = shl i32 255, 16
	%4706 = or i32 %4450, %4705
	%4707 = sub i32 %4451, %4702
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4708 = mul i32 %3, 8
	%4709 = add i32 %4708, 0
	%4710 = add i32 %4186, %4709
	%4711 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4712 = bitcast i8 addrspace(3)* %4711 to i32 addrspace(3)*
	%4713 = getelementptr i32, i32 addrspace(3)* %4712, i32 %4710
	store i32 0, i32 addrspace(3)* %4713
	%4714 = mul i32 %3, 8
	%4715 = add i32 %4714, 1
	%4716 = add i32 %4186, %4715
	%4717 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4718 = bitcast i8 addrspace(3)* %4717 to i32 addrspace(3)*
	%4719 = getelementptr i32, i32 addrspace(3)* %4718, i32 %4716
	store i32 0, i32 addrspace(3)* %4719
	%4720 = mul i32 %3, 8
	%4721 = add i32 %4720, 2
	%4722 = add i32 %4186, %4721
	%4723 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4724 = bitcast i8 addrspace(3)* %4723 to i32 addrspace(3)*
	%4725 = getelementptr i32, i32 addrspace(3)* %4724, i32 %4722
	store i32 0, i32 addrspace(3)* %4725
	%4726 = mul i32 %3, 8
	%4727 = add i32 %4726, 3
	%4728 = add i32 %4186, %4727
	%4729 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4730 = bitcast i8 addrspace(3)* %4729 to i32 addrspace(3)*
	%4731 = getelementptr i32, i32 addrspace(3)* %4730, i32 %4728
	store i32 0, i32 addrspace(3)* %4731
	%4732 = mul i32 %3, 8
	%4733 = add i32 %4732, 4
	%4734 = add i32 %4186, %4733
	%4735 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4736 = bitcast i8 addrspace(3)* %4735 to i32 addrspace(3)*
	%4737 = getelementptr i32, i32 addrspace(3)* %4736, i32 %4734
	store i32 0, i32 addrspace(3)* %4737
	%4738 = mul i32 %3, 8
	%4739 = add i32 %4738, 5
	%4740 = add i32 %4186, %4739
	%4741 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4742 = bitcast i8 addrspace(3)* %4741 to i32 addrspace(3)*
	%4743 = getelementptr i32, i32 addrspace(3)* %4742, i32 %4740
	store i32 0, i32 addrspace(3)* %4743
	%4744 = mul i32 %3, 8
	%4745 = add i32 %4744, 6
	%4746 = add i32 %4186, %4745
	%4747 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4748 = bitcast i8 addrspace(3)* %4747 to i32 addrspace(3)*
	%4749 = getelementptr i32, i32 addrspace(3)* %4748, i32 %4746
	store i32 0, i32 addrspace(3)* %4749
	%4750 = mul i32 %3, 8
	%4751 = add i32 %4750, 7
	%4752 = add i32 %4186, %4751
	%4753 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4754 = bitcast i8 addrspace(3)* %4753 to i32 addrspace(3)*
	%4755 = getelementptr i32, i32 addrspace(3)* %4754, i32 %4752
	store i32 0, i32 addrspace(3)* %4755
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %4766

4756:
	%4757 = lshr i32 %4518, 16
	%4758 = and i32 %4757, 255
	%4759 = add i32 %4186, %4758
	%4760 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4761 = bitcast i8 addrspace(3)* %4760 to i32 addrspace(3)*
	%4762 = getelementptr i32, i32 addrspace(3)* %4761, i32 %4759
	%4763 = atomicrmw add i32 addrspace(3)* %4762, i32 1 monotonic
	br label %4764

4764:
	%4765 = add i32 %4511, 32
	br label %4510

4766:
	%4767 = phi i32 [ %3, %4522 ], [ %5021, %5020 ]
	%4768 = icmp slt i32 %4767, %589
	br i1 %4768, label %4769, label %4778

4769:
	%4770 = add i32 %4185, %4767
	%4771 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%4772 = bitcast i8 addrspace(3)* %4771 to i32 addrspace(3)*
	%4773 = getelementptr i32, i32 addrspace(3)* %4772, i32 %4770
	%4774 = load i32, i32 addrspace(3)* %4773
	%4775 = and i32 %4774, %4706
	%4776 = icmp eq i32 %4775, %4704
	%4777 = and i1 true, %4776
	br i1 %4777, label %5012, label %5020

4778:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4779 = mul i32 %3, 8
	%4780 = add i32 %4779, 0
	%4781 = sub i32 255, %4780
	%4782 = add i32 %4186, %4781
	%4783 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4784 = bitcast i8 addrspace(3)* %4783 to i32 addrspace(3)*
	%4785 = getelementptr i32, i32 addrspace(3)* %4784, i32 %4782
	%4786 = load i32, i32 addrspace(3)* %4785
	%4787 = add i32 0, %4786
	%4788 = mul i32 %3, 8
	%4789 = add i32 %4788, 1
	%4790 = sub i32 255, %4789
	%4791 = add i32 %4186, %4790
	%4792 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4793 = bitcast i8 addrspace(3)* %4792 to i32 addrspace(3)*
	%4794 = getelementptr i32, i32 addrspace(3)* %4793, i32 %4791
	%4795 = load i32, i32 addrspace(3)* %4794
	%4796 = add i32 %4787, %4795
	%4797 = mul i32 %3, 8
	%4798 = add i32 %4797, 2
	%4799 = sub i32 255, %4798
	%4800 = add i32 %4186, %4799
	%4801 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4802 = bitcast i8 addrspace(3)* %4801 to i32 addrspace(3)*
	%4803 = getelementptr i32, i32 addrspace(3)* %4802, i32 %4800
	%4804 = load i32, i32 addrspace(3)* %4803
	%4805 = add i32 %4796, %4804
	%4806 = mul i32 %3, 8
	%4807 = add i32 %4806, 3
	%4808 = sub i32 255, %4807
	%4809 = add i32 %4186, %4808
	%4810 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4811 = bitcast i8 addrspace(3)* %4810 to i32 addrspace(3)*
	%4812 = getelementptr i32, i32 addrspace(3)* %4811, i32 %4809
	%4813 = load i32, i32 addrspace(3)* %4812
	%4814 = add i32 %4805, %4813
	%4815 = mul i32 %3, 8
	%4816 = add i32 %4815, 4
	%4817 = sub i32 255, %4816
	%4818 = add i32 %4186, %4817
	%4819 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4820 = bitcast i8 addrspace(3)* %4819 to i32 addrspace(3)*
	%4821 = getelementptr i32, i32 addrspace(3)* %4820, i32 %4818
	%4822 = load i32, i32 addrspace(3)* %4821
	%4823 = add i32 %4814, %4822
	%4824 = mul i32 %3, 8
	%4825 = add i32 %4824, 5
	%4826 = sub i32 255, %4825
	%4827 = add i32 %4186, %4826
	%4828 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4829 = bitcast i8 addrspace(3)* %4828 to i32 addrspace(3)*
	%4830 = getelementptr i32, i32 addrspace(3)* %4829, i32 %4827
	%4831 = load i32, i32 addrspace(3)* %4830
	%4832 = add i32 %4823, %4831
	%4833 = mul i32 %3, 8
	%4834 = add i32 %4833, 6
	%4835 = sub i32 255, %4834
	%4836 = add i32 %4186, %4835
	%4837 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4838 = bitcast i8 addrspace(3)* %4837 to i32 addrspace(3)*
	%4839 = getelementptr i32, i32 addrspace(3)* %4838, i32 %4836
	%4840 = load i32, i32 addrspace(3)* %4839
	%4841 = add i32 %4832, %4840
	%4842 = mul i32 %3, 8
	%4843 = add i32 %4842, 7
	%4844 = sub i32 255, %4843
	%4845 = add i32 %4186, %4844
	%4846 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4847 = bitcast i8 addrspace(3)* %4846 to i32 addrspace(3)*
	%4848 = getelementptr i32, i32 addrspace(3)* %4847, i32 %4845
	%4849 = load i32, i32 addrspace(3)* %4848
	%4850 = add i32 %4841, %4849
	%4851 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4850, i32 1, i32 0)
	%4852 = icmp uge i32 %3, 1
	%4853 = select i1 %4852, i32 %4851, i32 0
	%4854 = add i32 %4850, %4853
	%4855 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4854, i32 2, i32 0)
	%4856 = icmp uge i32 %3, 2
	%4857 = select i1 %4856, i32 %4855, i32 0
	%4858 = add i32 %4854, %4857
	%4859 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4858, i32 4, i32 0)
	%4860 = icmp uge i32 %3, 4
	%4861 = select i1 %4860, i32 %4859, i32 0
	%4862 = add i32 %4858, %4861
	%4863 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4862, i32 8, i32 0)
	%4864 = icmp uge i32 %3, 8
	%4865 = select i1 %4864, i32 %4863, i32 0
	%4866 = add i32 %4862, %4865
	%4867 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4866, i32 16, i32 0)
	%4868 = icmp uge i32 %3, 16
	%4869 = select i1 %4868, i32 %4867, i32 0
	%4870 = add i32 %4866, %4869
	%4871 = sub i32 %4870, %4850
	%4872 = icmp slt i32 %4871, %4707
	%4873 = icmp sge i32 %4870, %4707
	%4874 = and i1 %4872, %4873
	%4875 = add i32 %4871, %4786
	%4876 = xor i1 false, true
	%4877 = icmp sge i32 %4875, %4707
	%4878 = and i1 %4876, %4877
	%4879 = mul i32 %3, 8
	%4880 = add i32 %4879, 0
	%4881 = sub i32 255, %4880
	%4882 = select i1 %4878, i32 %4881, i32 0
	%4883 = select i1 %4878, i32 %4871, i32 0
	%4884 = or i1 false, %4878
	%4885 = add i32 %4875, %4795
	%4886 = xor i1 %4884, true
	%4887 = icmp sge i32 %4885, %4707
	%4888 = and i1 %4886, %4887
	%4889 = mul i32 %3, 8
	%4890 = add i32 %4889, 1
	%4891 = sub i32 255, %4890
	%4892 = select i1 %4888, i32 %4891, i32 %4882
	%4893 = select i1 %4888, i32 %4875, i32 %4883
	%4894 = or i1 %4884, %4888
	%4895 = add i32 %4885, %4804
	%4896 = xor i1 %4894, true
	%4897 = icmp sge i32 %4895, %4707
	%4898 = and i1 %4896, %4897
	%4899 = mul i32 %3, 8
	%4900 = add i32 %4899, 2
	%4901 = sub i32 255, %4900
	%4902 = select i1 %4898, i32 %4901, i32 %4892
	%4903 = select i1 %4898, i32 %4885, i32 %4893
	%4904 = or i1 %4894, %4898
	%4905 = add i32 %4895, %4813
	%4906 = xor i1 %4904, true
	%4907 = icmp sge i32 %4905, %4707
	%4908 = and i1 %4906, %4907
	%4909 = mul i32 %3, 8
	%4910 = add i32 %4909, 3
	%4911 = sub i32 255, %4910
	%4912 = select i1 %4908, i32 %4911, i32 %4902
	%4913 = select i1 %4908, i32 %4895, i32 %4903
	%4914 = or i1 %4904, %4908
	%4915 = add i32 %4905, %4822
	%4916 = xor i1 %4914, true
	%4917 = icmp sge i32 %4915, %4707
	%4918 = and i1 %4916, %4917
	%4919 = mul i32 %3, 8
	%4920 = add i32 %4919, 4
	%4921 = sub i32 255, %4920
	%4922 = select i1 %4918, i32 %4921, i32 %4912
	%4923 = select i1 %4918, i32 %4905, i32 %4913
	%4924 = or i1 %4914, %4918
	%4925 = add i32 %4915, %4831
	%4926 = xor i1 %4924, true
	%4927 = icmp sge i32 %4925, %4707
	%4928 = and i1 %4926, %4927
	%4929 = mul i32 %3, 8
	%4930 = add i32 %4929, 5
	%4931 = sub i32 255, %4930
	%4932 = select i1 %4928, i32 %4931, i32 %4922
	%4933 = select i1 %4928, i32 %4915, i32 %4923
	%4934 = or i1 %4924, %4928
	%4935 = add i32 %4925, %4840
	%4936 = xor i1 %4934, true
	%4937 = icmp sge i32 %4935, %4707
	%4938 = and i1 %4936, %4937
	%4939 = mul i32 %3, 8
	%4940 = add i32 %4939, 6
	%4941 = sub i32 255, %4940
	%4942 = select i1 %4938, i32 %4941, i32 %4932
	%4943 = select i1 %4938, i32 %4925, i32 %4933
	%4944 = or i1 %4934, %4938
	%4945 = add i32 %4935, %4849
	%4946 = xor i1 %4944, true
	%4947 = icmp sge i32 %4945, %4707
	%4948 = and i1 %4946, %4947
	%4949 = mul i32 %3, 8
	%4950 = add i32 %4949, 7
	%4951 = sub i32 255, %4950
	%4952 = select i1 %4948, i32 %4951, i32 %4942
	%4953 = select i1 %4948, i32 %4935, i32 %4943
	%4954 = or i1 %4944, %4948
	%4955 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4874)
	%4956 = call i32 @llvm.cttz.i32(i32 %4955, i1 false)
	%4957 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %4952, i32 %4956, i32 31)
	%4958 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %4953, i32 %4956, i32 31)
	%4959 = shl i32 %4957, 8
	%4960 = or i32 %4704, %4959
	%4961 = shl i32 255, 8
	%4962 = or i32 %4706, %4961
	%4963 = sub i32 %4707, %4958
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4964 = mul i32 %3, 8
	%4965 = add i32 %4964, 0
	%4966 = add i32 %4186, %4965
	%4967 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4968 = bitcast i8 addrspace(3)* %4967 to i32 addrspace(3)*
	%4969 = getelementptr i32, i32 addrspace(3)* %4968, i32 %4966
	store i32 0, i32 addrspace(3)* %4969
	%4970 = mul i32 %3, 8
	%4971 = add i32 %4970, 1
	%4972 = add i32 %4186, %4971
	%4973 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4974 = bitcast i8 addrspace(3)* %4973 to i32 addrspace(3)*
	%4975 = getelementptr i32, i32 addrspace(3)* %4974, i32 %4972
	store i32 0, i32 addrspace(3)* %4975
	%4976 = mul i32 %3, 8
	%4977 = add i32 %4976, 2
	%4978 = add i32 %4186, %4977
	%4979 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4980 = bitcast i8 addrspace(3)* %4979 to i32 addrspace(3)*
	%4981 = getelementptr i32, i32 addrspace(3)* %4980, i32 %4978
	store i32 0, i32 addrspace(3)* %4981
	%4982 = mul i32 %3, 8
	%4983 = add i32 %4982, 3
	%4984 = add i32 %4186, %4983
	%4985 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4986 = bitcast i8 addrspace(3)* %4985 to i32 addrspace(3)*
	%4987 = getelementptr i32, i32 addrspace(3)* %4986, i32 %4984
	store i32 0, i32 addrspace(3)* %4987
	%4988 = mul i32 %3, 8
	%4989 = add i32 %4988, 4
	%4990 = add i32 %4186, %4989
	%4991 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4992 = bitcast i8 addrspace(3)* %4991 to i32 addrspace(3)*
	%4993 = getelementptr i32, i32 addrspace(3)* %4992, i32 %4990
	store i32 0, i32 addrspace(3)* %4993
	%4994 = mul i32 %3, 8
	%4995 = add i32 %4994, 5
	%4996 = add i32 %4186, %4995
	%4997 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4998 = bitcast i8 addrspace(3)* %4997 to i32 addrspace(3)*
	%4999 = getelementptr i32, i32 addrspace(3)* %4998, i32 %4996
	store i32 0, i32 addrspace(3)* %4999
	%5000 = mul i32 %3, 8
	%5001 = add i32 %5000, 6
	%5002 = add i32 %4186, %5001
	%5003 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5004 = bitcast i8 addrspace(3)* %5003 to i32 addrspace(3)*
	%5005 = getelementptr i32, i32 addrspace(3)* %5004, i32 %5002
	store i32 0, i32 addrspace(3)* %5005
	%5006 = mul i32 %3, 8
	%5007 = add i32 %5006, 7
	%5008 = add i32 %4186, %5007
	%5009 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5010 = bitcast i8 addrspace(3)* %5009 to i32 addrspace(3)*
	%5011 = getelementptr i32, i32 addrspace(3)* %5010, i32 %5008
	store i32 0, i32 addrspace(3)* %5011
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %5022

5012:
	%5013 = lshr i32 %4774, 8
	%5014 = and i32 %5013, 255
	%5015 = add i32 %4186, %5014
	%5016 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5017 = bitcast i8 addrspace(3)* %5016 to i32 addrspace(3)*
	%5018 = getelementptr i32, i32 addrspace(3)* %5017, i32 %5015
	%5019 = atomicrmw add i32 addrspace(3)* %5018, i32 1 monotonic
	br label %5020

5020:
	%5021 = add i32 %4767, 32
	br label %4766

5022:
	%5023 = phi i32 [ %3, %4778 ], [ %5231, %5230 ]
	%5024 = icmp slt i32 %5023, %589
	br i1 %5024, label %5025, label %5034

5025:
	%5026 = add i32 %4185, %5023
	%5027 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%5028 = bitcast i8 addrspace(3)* %5027 to i32 addrspace(3)*
	%5029 = getelementptr i32, i32 addrspace(3)* %5028, i32 %5026
	%5030 = load i32, i32 addrspace(3)* %5029
	%5031 = and i32 %5030, %4962
	%5032 = icmp eq i32 %5031, %4960
	%5033 = and i1 true, %5032
	br i1 %5033, label %5222, label %5230

5034:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%5035 = mul i32 %3, 8
	%5036 = add i32 %5035, 0
	%5037 = sub i32 255, %5036
	%5038 = add i32 %4186, %5037
	%5039 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5040 = bitcast i8 addrspace(3)* %5039 to i32 addrspace(3)*
	%5041 = getelementptr i32, i32 addrspace(3)* %5040, i32 %5038
	%5042 = load i32, i32 addrspace(3)* %5041
	%5043 = add i32 0, %5042
	%5044 = mul i32 %3, 8
	%5045 = add i32 %5044, 1
	%5046 = sub i32 255, %5045
	%5047 = add i32 %4186, %5046
	%5048 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5049 = bitcast i8 addrspace(3)* %5048 to i32 addrspace(3)*
	%5050 = getelementptr i32, i32 addrspace(3)* %5049, i32 %5047
	%5051 = load i32, i32 addrspace(3)* %5050
	%5052 = add i32 %5043, %5051
	%5053 = mul i32 %3, 8
	%5054 = add i32 %5053, 2
	%5055 = sub i32 255, %5054
	%5056 = add i32 %4186, %5055
	%5057 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5058 = bitcast i8 addrspace(3)* %5057 to i32 addrspace(3)*
	%5059 = getelementptr i32, i32 addrspace(3)* %5058, i32 %5056
	%5060 = load i32, i32 addrspace(3)* %5059
	%5061 = add i32 %5052, %5060
	%5062 = mul i32 %3, 8
	%5063 = add i32 %5062, 3
	%5064 = sub i32 255, %5063
	%5065 = add i32 %4186, %5064
	%5066 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5067 = bitcast i8 addrspace(3)* %5066 to i32 addrspace(3)*
	%5068 = getelementptr i32, i32 addrspace(3)* %5067, i32 %5065
	%5069 = load i32, i32 addrspace(3)* %5068
	%5070 = add i32 %5061, %5069
	%5071 = mul i32 %3, 8
	%5072 = add i32 %5071, 4
	%5073 = sub i32 255, %5072
	%5074 = add i32 %4186, %5073
	%5075 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5076 = bitcast i8 addrspace(3)* %5075 to i32 addrspace(3)*
	%5077 = getelementptr i32, i32 addrspace(3)* %5076, i32 %5074
	%5078 = load i32, i32 addrspace(3)* %5077
	%5079 = add i32 %5070, %5078
	%5080 = mul i32 %3, 8
	%5081 = add i32 %5080, 5
	%5082 = sub i32 255, %5081
	%5083 = add i32 %4186, %5082
	%5084 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5085 = bitcast i8 addrspace(3)* %5084 to i32 addrspace(3)*
	%5086 = getelementptr i32, i32 addrspace(3)* %5085, i32 %5083
	%5087 = load i32, i32 addrspace(3)* %5086
	%5088 = add i32 %5079, %5087
	%5089 = mul i32 %3, 8
	%5090 = add i32 %5089, 6
	%5091 = sub i32 255, %5090
	%5092 = add i32 %4186, %5091
	%5093 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5094 = bitcast i8 addrspace(3)* %5093 to i32 addrspace(3)*
	%5095 = getelementptr i32, i32 addrspace(3)* %5094, i32 %5092
	%5096 = load i32, i32 addrspace(3)* %5095
	%5097 = add i32 %5088, %5096
	%5098 = mul i32 %3, 8
	%5099 = add i32 %5098, 7
	%5100 = sub i32 255, %5099
	%5101 = add i32 %4186, %5100
	%5102 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5103 = bitcast i8 addrspace(3)* %5102 to i32 addrspace(3)*
	%5104 = getelementptr i32, i32 addrspace(3)* %5103, i32 %5101
	%5105 = load i32, i32 addrspace(3)* %5104
	%5106 = add i32 %5097, %5105
	%5107 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5106, i32 1, i32 0)
	%5108 = icmp uge i32 %3, 1
	%5109 = select i1 %5108, i32 %5107, i32 0
	%5110 = add i32 %5106, %5109
	%5111 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5110, i32 2, i32 0)
	%5112 = icmp uge i32 %3, 2
	%5113 = select i1 %5112, i32 %5111, i32 0
	%5114 = add i32 %5110, %5113
	%5115 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5114, i32 4, i32 0)
	%5116 = icmp uge i32 %3, 4
	%5117 = select i1 %5116, i32 %5115, i32 0
	%5118 = add i32 %5114, %5117
	%5119 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5118, i32 8, i32 0)
	%5120 = icmp uge i32 %3, 8
	%5121 = select i1 %5120, i32 %5119, i32 0
	%5122 = add i32 %5118, %5121
	%5123 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5122, i32 16, i32 0)
	%5124 = icmp uge i32 %3, 16
	%5125 = select i1 %5124, i32 %5123, i32 0
	%5126 = add i32 %5122, %5125
	%5127 = sub i32 %5126, %5106
	%5128 = icmp slt i32 %5127, %4963
	%5129 = icmp sge i32 %5126, %4963
	%5130 = and i1 %5128, %5129
	%5131 = add i32 %5127, %5042
	%5132 = xor i1 false, true
	%5133 = icmp sge i32 %5131, %4963
	%5134 = and i1 %5132, %5133
	%5135 = mul i32 %3, 8
	%5136 = add i32 %5135, 0
	%5137 = sub i32 255, %5136
	%5138 = select i1 %5134, i32 %5137, i32 0
	%5139 = select i1 %5134, i32 %5127, i32 0
	%5140 = or i1 false, %5134
	%5141 = add i32 %5131, %5051
	%5142 = xor i1 %5140, true
	%5143 = icmp sge i32 %5141, %4963
	%5144 = and i1 %5142, %5143
	%5145 = mul i32 %3, 8
	%5146 = add i32 %5145, 1
	%5147 = sub i32 255, %5146
	%5148 = select i1 %5144, i32 %5147, i32 %5138
	%5149 = select i1 %5144, i32 %5131, i32 %5139
	%5150 = or i1 %5140, %5144
	%5151 = add i32 %5141, %5060
	%5152 = xor i1 %5150, true
	%5153 = icmp sge i32 %5151, %4963
	%5154 = and i1 %5152, %5153
	%5155 = mul i32 %3, 8
	%5156 = add i32 %5155, 2
	%5157 = sub i32 255, %5156
	%5158 = select i1 %5154, i32 %5157, i32 %5148
	%5159 = select i1 %5154, i32 %5141, i32 %5149
	%5160 = or i1 %5150, %5154
	%5161 = add i32 %5151, %5069
	%5162 = xor i1 %5160, true
	%5163 = icmp sge i32 %5161, %4963
	%5164 = and i1 %5162, %5163
	%5165 = mul i32 %3, 8
	%5166 = add i32 %5165, 3
	%5167 = sub i32 255, %5166
	%5168 = select i1 %5164, i32 %5167, i32 %5158
	%5169 = select i1 %5164, i32 %5151, i32 %5159
	%5170 = or i1 %5160, %5164
	%5171 = add i32 %5161, %5078
	%5172 = xor i1 %5170, true
	%5173 = icmp sge i32 %5171, %4963
	%5174 = and i1 %5172, %5173
	%5175 = mul i32 %3, 8
	%5176 = add i32 %5175, 4
	%5177 = sub i32 255, %5176
	%5178 = select i1 %5174, i32 %5177, i32 %5168
	%5179 = select i1 %5174, i32 %5161, i32 %5169
	%5180 = or i1 %5170, %5174
	%5181 = add i32 %5171, %5087
	%5182 = xor i1 %5180, true
	%5183 = icmp sge i32 %5181, %4963
	%5184 = and i1 %5182, %5183
	%5185 = mul i32 %3, 8
	%5186 = add i32 %5185, 5
	%5187 = sub i32 255, %5186
	%5188 = select i1 %5184, i32 %5187, i32 %5178
	%5189 = select i1 %5184, i32 %5171, i32 %5179
	%5190 = or i1 %5180, %5184
	%5191 = add i32 %5181, %5096
	%5192 = xor i1 %5190, true
	%5193 = icmp sge i32 %5191, %4963
	%5194 = and i1 %5192, %5193
	%5195 = mul i32 %3, 8
	%5196 = add i32 %5195, 6
	%5197 = sub i32 255, %5196
	%5198 = select i1 %5194, i32 %5197, i32 %5188
	%5199 = select i1 %5194, i32 %5181, i32 %5189
	%5200 = or i1 %5190, %5194
	%5201 = add i32 %5191, %5105
	%5202 = xor i1 %5200, true
	%5203 = icmp sge i32 %5201, %4963
	%5204 = and i1 %5202, %5203
	%5205 = mul i32 %3, 8
	%5206 = add i32 %5205, 7
	%5207 = sub i32 255, %5206
	%5208 = select i1 %5204, i32 %5207, i32 %5198
	%5209 = select i1 %5204, i32 %5191, i32 %5199
	%5210 = or i1 %5200, %5204
	%5211 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5130)
	%5212 = call i32 @llvm.cttz.i32(i32 %5211, i1 false)
	%5213 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %5208, i32 %5212, i32 31)
	%5214 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %5209, i32 %5212, i32 31)
	%5215 = shl i32 %5213, 0
	%5216 = or i32 %4960, %5215
	%5217 = shl i32 255, 0
	%5218 = or i32 %4962, %5217
	%5219 = sub i32 %4963, %5214
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%5220 = shl i32 1, %3
	%5221 = sub i32 %5220, 1
	br label %5232

5222:
	%5223 = lshr i32 %5030, 0
	%5224 = and i32 %5223, 255
	%5225 = add i32 %4186, %5224
	%5226 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5227 = bitcast i8 addrspace(3)* %5226 to i32 addrspace(3)*
	%5228 = getelementptr i32, i32 addrspace(3)* %5227, i32 %5225
	%5229 = atomicrmw add i32 addrspace(3)* %5228, i32 1 monotonic
	br label %5230

5230:
	%5231 = add i32 %5023, 32
	br label %5022

5232:
	%5233 = phi i32 [ 0, %5034 ], [ %5302, %5297 ]
	%5234 = phi i32 [ 0, %5034 ], [ %5299, %5297 ]
	%5235 = phi i32 [ 0, %5034 ], [ %5301, %5297 ]
	%5236 = icmp slt i32 %5233, %589
	br i1 %5236, label %5237, label %5240

5237:
	%5238 = add i32 %5233, %3
	%5239 = icmp slt i32 %5238, %589
	br i1 %5239, label %5261, label %5271

5240:
	%5241 = icmp ugt i32 %3933, %5216
	%5242 = and i1 %3928, %5241
	%5243 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5242)
	%5244 = call i32 @llvm.ctpop.i32(i32 %5243)
	%5245 = add i32 0, %5244
	%5246 = icmp ugt i32 %3946, %5216
	%5247 = and i1 %3941, %5246
	%5248 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5247)
	%5249 = call i32 @llvm.ctpop.i32(i32 %5248)
	%5250 = add i32 %5245, %5249
	%5251 = icmp ugt i32 %3959, %5216
	%5252 = and i1 %3954, %5251
	%5253 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5252)
	%5254 = call i32 @llvm.ctpop.i32(i32 %5253)
	%5255 = add i32 %5250, %5254
	%5256 = icmp ugt i32 %3972, %5216
	%5257 = and i1 %3967, %5256
	%5258 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5257)
	%5259 = call i32 @llvm.ctpop.i32(i32 %5258)
	%5260 = add i32 %5255, %5259
	br label %4235

5261:
	%5262 = add i32 %4185, %5238
	%5263 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%5264 = bitcast i8 addrspace(3)* %5263 to i32 addrspace(3)*
	%5265 = getelementptr i32, i32 addrspace(3)* %5264, i32 %5262
	%5266 = load i32, i32 addrspace(3)* %5265
	%5267 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%5268 = bitcast i8 addrspace(3)* %5267 to i32 addrspace(3)*
	%5269 = getelementptr i32, i32 addrspace(3)* %5268, i32 %5262
	%5270 = load i32, i32 addrspace(3)* %5269
	br label %5271

5271:
	%5272 = phi i32 [ 0, %5237 ], [ %5266, %5261 ]
	%5273 = phi i32 [ 0, %5237 ], [ %5270, %5261 ]
	%5274 = icmp eq i32 %5272, %5216
	%5275 = and i1 %5239, %5274
	%5276 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5275)
	%5277 = and i32 %5276, %5221
	%5278 = call i32 @llvm.ctpop.i32(i32 %5277)
	%5279 = add i32 %5235, %5278
	%5280 = icmp ugt i32 %5272, %5216
	%5281 = icmp slt i32 %5279, %5219
	%5282 = and i1 %5275, %5281
	%5283 = or i1 %5280, %5282
	%5284 = and i1 %5239, %5283
	%5285 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5284)
	%5286 = and i32 %5285, %5221
	%5287 = call i32 @llvm.ctpop.i32(i32 %5286)
	%5288 = add i32 %5234, %5287
	%5289 = add i32 %4185, %5288
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %5284, label %5290, label %5297

5290:
	%5291 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%5292 = bitcast i8 addrspace(3)* %5291 to i32 addrspace(3)*
	%5293 = getelementptr i32, i32 addrspace(3)* %5292, i32 %5289
	store i32 %5272, i32 addrspace(3)* %5293
	%5294 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%5295 = bitcast i8 addrspace(3)* %5294 to i32 addrspace(3)*
	%5296 = getelementptr i32, i32 addrspace(3)* %5295, i32 %5289
	store i32 %5273, i32 addrspace(3)* %5296
	br label %5297

5297:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%5298 = call i32 @llvm.ctpop.i32(i32 %5285)
	%5299 = add i32 %5234, %5298
	%5300 = call i32 @llvm.ctpop.i32(i32 %5276)
	%5301 = add i32 %5235, %5300
	%5302 = add i32 %5233, 32
	br label %5232

5303:
	%5304 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%5305 = bitcast i8 addrspace(3)* %5304 to i32 addrspace(3)*
	%5306 = getelementptr i32, i32 addrspace(3)* %5305, i32 %4253
	store i32 %3933, i32 addrspace(3)* %5306
	%5307 = add i32 0, %3
	%5308 = add i32 %586, %5307
	%5309 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%5310 = bitcast i8 addrspace(3)* %5309 to i32 addrspace(3)*
	%5311 = getelementptr i32, i32 addrspace(3)* %5310, i32 %4253
	store i32 %5308, i32 addrspace(3)* %5311
	br label %5312

5312:
	%5313 = call i32 @llvm.ctpop.i32(i32 %4243)
	%5314 = add i32 %4236, %5313
	%5315 = and i32 %4244, %4248
	%5316 = call i32 @llvm.ctpop.i32(i32 %5315)
	%5317 = add i32 %5314, %5316
	%5318 = add i32 %4249, %5317
	br i1 %4240, label %5319, label %5328

5319:
	%5320 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%5321 = bitcast i8 addrspace(3)* %5320 to i32 addrspace(3)*
	%5322 = getelementptr i32, i32 addrspace(3)* %5321, i32 %5318
	store i32 %3946, i32 addrspace(3)* %5322
	%5323 = add i32 32, %3
	%5324 = add i32 %586, %5323
	%5325 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%5326 = bitcast i8 addrspace(3)* %5325 to i32 addrspace(3)*
	%5327 = getelementptr i32, i32 addrspace(3)* %5326, i32 %5318
	store i32 %5324, i32 addrspace(3)* %5327
	br label %5328

5328:
	%5329 = call i32 @llvm.ctpop.i32(i32 %4244)
	%5330 = add i32 %5314, %5329
	%5331 = and i32 %4245, %4248
	%5332 = call i32 @llvm.ctpop.i32(i32 %5331)
	%5333 = add i32 %5330, %5332
	%5334 = add i32 %4249, %5333
	br i1 %4241, label %5335, label %5344

5335:
	%5336 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%5337 = bitcast i8 addrspace(3)* %5336 to i32 addrspace(3)*
	%5338 = getelementptr i32, i32 addrspace(3)* %5337, i32 %5334
	store i32 %3959, i32 addrspace(3)* %5338
	%5339 = add i32 64, %3
	%5340 = add i32 %586, %5339
	%5341 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%5342 = bitcast i8 addrspace(3)* %5341 to i32 addrspace(3)*
	%5343 = getelementptr i32, i32 addrspace(3)* %5342, i32 %5334
	store i32 %5340, i32 addrspace(3)* %5343
	br label %5344

5344:
	%5345 = call i32 @llvm.ctpop.i32(i32 %4245)
	%5346 = add i32 %5330, %5345
	%5347 = and i32 %4246, %4248
	%5348 = call i32 @llvm.ctpop.i32(i32 %5347)
	%5349 = add i32 %5346, %5348
	%5350 = add i32 %4249, %5349
	br i1 %4242, label %5351, label %5360

5351:
	%5352 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%5353 = bitcast i8 addrspace(3)* %5352 to i32 addrspace(3)*
	%5354 = getelementptr i32, i32 addrspace(3)* %5353, i32 %5350
	store i32 %3972, i32 addrspace(3)* %5354
	%5355 = add i32 96, %3
	%5356 = add i32 %586, %5355
	%5357 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%5358 = bitcast i8 addrspace(3)* %5357 to i32 addrspace(3)*
	%5359 = getelementptr i32, i32 addrspace(3)* %5358, i32 %5350
	store i32 %5356, i32 addrspace(3)* %5359
	br label %5360

5360:
	%5361 = call i32 @llvm.ctpop.i32(i32 %4246)
	%5362 = add i32 %5346, %5361
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%5363 = add i32 %4236, %4238
	br label %3974

5364:
	%5365 = mul i32 %462, 129
	%5366 = add i32 0, %3
	%5367 = add i32 %5365, %5366
	%5368 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%5369 = bitcast i8 addrspace(3)* %5368 to float addrspace(3)*
	%5370 = getelementptr float, float addrspace(3)* %5369, i32 %5367
	%5371 = load float, float addrspace(3)* %5370
	%5372 = fcmp ogt float %5371, 0xFFF0000000000000
	%5373 = fadd float %5371, 0.0
	%5374 = bitcast float %5373 to i32
	%5375 = ashr i32 %5374, 31
	%5376 = or i32 %5375, -2147483648
	%5377 = xor i32 %5374, %5376
	%5378 = mul i32 %462, 129
	%5379 = add i32 32, %3
	%5380 = add i32 %5378, %5379
	%5381 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%5382 = bitcast i8 addrspace(3)* %5381 to float addrspace(3)*
	%5383 = getelementptr float, float addrspace(3)* %5382, i32 %5380
	%5384 = load float, float addrspace(3)* %5383
	%5385 = fcmp ogt float %5384, 0xFFF0000000000000
	%5386 = fadd float %5384, 0.0
	%5387 = bitcast float %5386 to i32
	%5388 = ashr i32 %5387, 31
	%5389 = or i32 %5388, -2147483648
	%5390 = xor i32 %5387, %5389
	%5391 = mul i32 %462, 129
	%5392 = add i32 64, %3
	%5393 = add i32 %5391, %5392
	%5394 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%5395 = bitcast i8 addrspace(3)* %5394 to float addrspace(3)*
	%5396 = getelementptr float, float addrspace(3)* %5395, i32 %5393
	%5397 = load float, float addrspace(3)* %5396
	%5398 = fcmp ogt float %5397, 0xFFF0000000000000
	%5399 = fadd float %5397, 0.0
	%5400 = bitcast float %5399 to i32
	%5401 = ashr i32 %5400, 31
	%5402 = or i32 %5401, -2147483648
	%5403 = xor i32 %5400, %5402
	%5404 = mul i32 %462, 129
	%5405 = add i32 96, %3
	%5406 = add i32 %5404, %5405
	%5407 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%5408 = bitcast i8 addrspace(3)* %5407 to float addrspace(3)*
	%5409 = getelementptr float, float addrspace(3)* %5408, i32 %5406
	%5410 = load float, float addrspace(3)* %5409
	%5411 = fcmp ogt float %5410, 0xFFF0000000000000
	%5412 = fadd float %5410, 0.0
	%5413 = bitcast float %5412 to i32
	%5414 = ashr i32 %5413, 31
	%5415 = or i32 %5414, -2147483648
	%5416 = xor i32 %5413, %5415
	%5417 = icmp eq i32 %592, 0
	br i1 %5417, label %5421, label %5604

5418:
	%5419 = phi i32 [ %591, %3974 ], [ %6807, %6804 ]
	%5420 = phi i32 [ %592, %3974 ], [ %5681, %6804 ]
	br i1 %545, label %6808, label %6862

5421:
	%5422 = select i1 %5372, i32 %5377, i32 0
	%5423 = icmp ugt i32 0, %5422
	%5424 = select i1 %5423, i32 0, i32 %5422
	%5425 = select i1 %5385, i32 %5390, i32 0
	%5426 = icmp ugt i32 %5424, %5425
	%5427 = select i1 %5426, i32 %5424, i32 %5425
	%5428 = select i1 %5398, i32 %5403, i32 0
	%5429 = icmp ugt i32 %5427, %5428
	%5430 = select i1 %5429, i32 %5427, i32 %5428
	%5431 = select i1 %5411, i32 %5416, i32 0
	%5432 = icmp ugt i32 %5430, %5431
	%5433 = select i1 %5432, i32 %5430, i32 %5431
	%5434 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5433, i32 1, i32 31)
	%5435 = and i32 %3, 2
	%5436 = icmp eq i32 %5435, 0
	%5437 = and i32 %3, 1
	%5438 = icmp eq i32 %5437, 0
	%5439 = icmp eq i1 %5436, %5438
	%5440 = icmp ugt i32 %5433, %5434
	%5441 = select i1 %5440, i32 %5433, i32 %5434
	%5442 = icmp ult i32 %5433, %5434
	%5443 = select i1 %5442, i32 %5433, i32 %5434
	%5444 = select i1 %5439, i32 %5441, i32 %5443
	%5445 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5444, i32 2, i32 31)
	%5446 = and i32 %3, 4
	%5447 = icmp eq i32 %5446, 0
	%5448 = and i32 %3, 2
	%5449 = icmp eq i32 %5448, 0
	%5450 = icmp eq i1 %5447, %5449
	%5451 = icmp ugt i32 %5444, %5445
	%5452 = select i1 %5451, i32 %5444, i32 %5445
	%5453 = icmp ult i32 %5444, %5445
	%5454 = select i1 %5453, i32 %5444, i32 %5445
	%5455 = select i1 %5450, i32 %5452, i32 %5454
	%5456 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5455, i32 1, i32 31)
	%5457 = and i32 %3, 4
	%5458 = icmp eq i32 %5457, 0
	%5459 = and i32 %3, 1
	%5460 = icmp eq i32 %5459, 0
	%5461 = icmp eq i1 %5458, %5460
	%5462 = icmp ugt i32 %5455, %5456
	%5463 = select i1 %5462, i32 %5455, i32 %5456
	%5464 = icmp ult i32 %5455, %5456
	%5465 = select i1 %5464, i32 %5455, i32 %5456
	%5466 = select i1 %5461, i32 %5463, i32 %5465
	%5467 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5466, i32 4, i32 31)
	%5468 = and i32 %3, 8
	%5469 = icmp eq i32 %5468, 0
	%5470 = and i32 %3, 4
	%5471 = icmp eq i32 %5470, 0
	%5472 = icmp eq i1 %5469, %5471
	%5473 = icmp ugt i32 %5466, %5467
	%5474 = select i1 %5473, i32 %5466, i32 %5467
	%5475 = icmp ult i32 %5466, %5467
	%5476 = select i1 %5475, i32 %5466, i32 %5467
	%5477 = select i1 %5472, i32 %5474, i32 %5476
	%5478 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5477, i32 2, i32 31)
	%5479 = and i32 %3, 8
	%5480 = icmp eq i32 %5479, 0
	%5481 = and i32 %3, 2
	%5482 = icmp eq i32 %5481, 0
	%5483 = icmp eq i1 %5480, %5482
	%5484 = icmp ugt i32 %5477, %5478
	%5485 = select i1 %5484, i32 %5477, i32 %5478
	%5486 = icmp ult i32 %5477, %5478
	%5487 = select i1 %5486, i32 %5477, i32 %5478
	%5488 = select i1 %5483, i32 %5485, i32 %5487
	%5489 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5488, i32 1, i32 31)
	%5490 = and i32 %3, 8
	%5491 = icmp eq i32 %5490, 0
	%5492 = and i32 %3, 1
	%5493 = icmp eq i32 %5492, 0
	%5494 = icmp eq i1 %5491, %5493
	%5495 = icmp ugt i32 %5488, %5489
	%5496 = select i1 %5495, i32 %5488, i32 %5489
	%5497 = icmp ult i32 %5488, %5489
	%5498 = select i1 %5497, i32 %5488, i32 %5489
	%5499 = select i1 %5494, i32 %5496, i32 %5498
	%5500 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5499, i32 8, i32 31)
	%5501 = and i32 %3, 16
	%5502 = icmp eq i32 %5501, 0
	%5503 = and i32 %3, 8
	%5504 = icmp eq i32 %5503, 0
	%5505 = icmp eq i1 %5502, %5504
	%5506 = icmp ugt i32 %5499, %5500
	%5507 = select i1 %5506, i32 %5499, i32 %5500
	%5508 = icmp ult i32 %5499, %5500
	%5509 = select i1 %5508, i32 %5499, i32 %5500
	%5510 = select i1 %5505, i32 %5507, i32 %5509
	%5511 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5510, i32 4, i32 31)
	%5512 = and i32 %3, 16
	%5513 = icmp eq i32 %5512, 0
	%5514 = and i32 %3, 4
	%5515 = icmp eq i32 %5514, 0
	%5516 = icmp eq i1 %5513, %5515
	%5517 = icmp ugt i32 %5510, %5511
	%5518 = select i1 %5517, i32 %5510, i32 %5511
	%5519 = icmp ult i32 %5510, %5511
	%5520 = select i1 %5519, i32 %5510, i32 %5511
	%5521 = select i1 %5516, i32 %5518, i32 %5520
	%5522 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5521, i32 2, i32 31)
	%5523 = and i32 %3, 16
	%5524 = icmp eq i32 %5523, 0
	%5525 = and i32 %3, 2
	%5526 = icmp eq i32 %5525, 0
	%5527 = icmp eq i1 %5524, %5526
	%5528 = icmp ugt i32 %5521, %5522
	%5529 = select i1 %5528, i32 %5521, i32 %5522
	%5530 = icmp ult i32 %5521, %5522
	%5531 = select i1 %5530, i32 %5521, i32 %5522
	%5532 = select i1 %5527, i32 %5529, i32 %5531
	%5533 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5532, i32 1, i32 31)
	%5534 = and i32 %3, 16
	%5535 = icmp eq i32 %5534, 0
	%5536 = and i32 %3, 1
	%5537 = icmp eq i32 %5536, 0
	%5538 = icmp eq i1 %5535, %5537
	%5539 = icmp ugt i32 %5532, %5533
	%5540 = select i1 %5539, i32 %5532, i32 %5533
	%5541 = icmp ult i32 %5532, %5533
	%5542 = select i1 %5541, i32 %5532, i32 %5533
	%5543 = select i1 %5538, i32 %5540, i32 %5542
	%5544 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5543, i32 16, i32 31)
	%5545 = and i32 %3, 32
	%5546 = icmp eq i32 %5545, 0
	%5547 = and i32 %3, 16
	%5548 = icmp eq i32 %5547, 0
	%5549 = icmp eq i1 %5546, %5548
	%5550 = icmp ugt i32 %5543, %5544
	%5551 = select i1 %5550, i32 %5543, i32 %5544
	%5552 = icmp ult i32 %5543, %5544
	%5553 = select i1 %5552, i32 %5543, i32 %5544
	%5554 = select i1 %5549, i32 %5551, i32 %5553
	%5555 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5554, i32 8, i32 31)
	%5556 = and i32 %3, 32
	%5557 = icmp eq i32 %5556, 0
	%5558 = and i32 %3, 8
	%5559 = icmp eq i32 %5558, 0
	%5560 = icmp eq i1 %5557, %5559
	%5561 = icmp ugt i32 %5554, %5555
	%5562 = select i1 %5561, i32 %5554, i32 %5555
	%5563 = icmp ult i32 %5554, %5555
	%5564 = select i1 %5563, i32 %5554, i32 %5555
	%5565 = select i1 %5560, i32 %5562, i32 %5564
	%5566 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5565, i32 4, i32 31)
	%5567 = and i32 %3, 32
	%5568 = icmp eq i32 %5567, 0
	%5569 = and i32 %3, 4
	%5570 = icmp eq i32 %5569, 0
	%5571 = icmp eq i1 %5568, %5570
	%5572 = icmp ugt i32 %5565, %5566
	%5573 = select i1 %5572, i32 %5565, i32 %5566
	%5574 = icmp ult i32 %5565, %5566
	%5575 = select i1 %5574, i32 %5565, i32 %5566
	%5576 = select i1 %5571, i32 %5573, i32 %5575
	%5577 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5576, i32 2, i32 31)
	%5578 = and i32 %3, 32
	%5579 = icmp eq i32 %5578, 0
	%5580 = and i32 %3, 2
	%5581 = icmp eq i32 %5580, 0
	%5582 = icmp eq i1 %5579, %5581
	%5583 = icmp ugt i32 %5576, %5577
	%5584 = select i1 %5583, i32 %5576, i32 %5577
	%5585 = icmp ult i32 %5576, %5577
	%5586 = select i1 %5585, i32 %5576, i32 %5577
	%5587 = select i1 %5582, i32 %5584, i32 %5586
	%5588 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5587, i32 1, i32 31)
	%5589 = and i32 %3, 32
	%5590 = icmp eq i32 %5589, 0
	%5591 = and i32 %3, 1
	%5592 = icmp eq i32 %5591, 0
	%5593 = icmp eq i1 %5590, %5592
	%5594 = icmp ugt i32 %5587, %5588
	%5595 = select i1 %5594, i32 %5587, i32 %5588
	%5596 = icmp ult i32 %5587, %5588
	%5597 = select i1 %5596, i32 %5587, i32 %5588
	%5598 = select i1 %5593, i32 %5595, i32 %5597
	%5599 = sub i32 %499, 1
	%5600 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %5598, i32 %5599, i32 31)
	%5601 = icmp ugt i32 %5600, 0
	%5602 = sub i32 %5600, 1
	%5603 = select i1 %5601, i32 %5602, i32 0
	br label %5604

5604:
	%5605 = phi i32 [ %592, %5364 ], [ %5603, %5421 ]
	%5606 = icmp ugt i32 %5377, %5605
	%5607 = and i1 %5372, %5606
	%5608 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5607)
	%5609 = call i32 @llvm.ctpop.i32(i32 %5608)
	%5610 = add i32 0, %5609
	%5611 = icmp ugt i32 %5390, %5605
	%5612 = and i1 %5385, %5611
	%5613 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5612)
	%5614 = call i32 @llvm.ctpop.i32(i32 %5613)
	%5615 = add i32 %5610, %5614
	%5616 = icmp ugt i32 %5403, %5605
	%5617 = and i1 %5398, %5616
	%5618 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5617)
	%5619 = call i32 @llvm.ctpop.i32(i32 %5618)
	%5620 = add i32 %5615, %5619
	%5621 = icmp ugt i32 %5416, %5605
	%5622 = and i1 %5411, %5621
	%5623 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5622)
	%5624 = call i32 @llvm.ctpop.i32(i32 %5623)
	%5625 = add i32 %5620, %5624
	%5626 = add i32 %591, %5625
	%5627 = icmp sgt i32 %5626, 160
	br i1 %5627, label %5628, label %5679

5628:
	%5629 = mul i32 %462, 160
	%5630 = mul i32 %4, 256
	%5631 = mul i32 %3, 8
	%5632 = add i32 %5631, 0
	%5633 = add i32 %5630, %5632
	%5634 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5635 = bitcast i8 addrspace(3)* %5634 to i32 addrspace(3)*
	%5636 = getelementptr i32, i32 addrspace(3)* %5635, i32 %5633
	store i32 0, i32 addrspace(3)* %5636
	%5637 = mul i32 %3, 8
	%5638 = add i32 %5637, 1
	%5639 = add i32 %5630, %5638
	%5640 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5641 = bitcast i8 addrspace(3)* %5640 to i32 addrspace(3)*
	%5642 = getelementptr i32, i32 addrspace(3)* %5641, i32 %5639
	store i32 0, i32 addrspace(3)* %5642
	%5643 = mul i32 %3, 8
	%5644 = add i32 %5643, 2
	%5645 = add i32 %5630, %5644
	%5646 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5647 = bitcast i8 addrspace(3)* %5646 to i32 addrspace(3)*
	%5648 = getelementptr i32, i32 addrspace(3)* %5647, i32 %5645
	store i32 0, i32 addrspace(3)* %5648
	%5649 = mul i32 %3, 8
	%5650 = add i32 %5649, 3
	%5651 = add i32 %5630, %5650
	%5652 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5653 = bitcast i8 addrspace(3)* %5652 to i32 addrspace(3)*
	%5654 = getelementptr i32, i32 addrspace(3)* %5653, i32 %5651
	store i32 0, i32 addrspace(3)* %5654
	%5655 = mul i32 %3, 8
	%5656 = add i32 %5655, 4
	%5657 = add i32 %5630, %5656
	%5658 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5659 = bitcast i8 addrspace(3)* %5658 to i32 addrspace(3)*
	%5660 = getelementptr i32, i32 addrspace(3)* %5659, i32 %5657
	store i32 0, i32 addrspace(3)* %5660
	%5661 = mul i32 %3, 8
	%5662 = add i32 %5661, 5
	%5663 = add i32 %5630, %5662
	%5664 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5665 = bitcast i8 addrspace(3)* %5664 to i32 addrspace(3)*
	%5666 = getelementptr i32, i32 addrspace(3)* %5665, i32 %5663
	store i32 0, i32 addrspace(3)* %5666
	%5667 = mul i32 %3, 8
	%5668 = add i32 %5667, 6
	%5669 = add i32 %5630, %5668
	%5670 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5671 = bitcast i8 addrspace(3)* %5670 to i32 addrspace(3)*
	%5672 = getelementptr i32, i32 addrspace(3)* %5671, i32 %5669
	store i32 0, i32 addrspace(3)* %5672
	%5673 = mul i32 %3, 8
	%5674 = add i32 %5673, 7
	%5675 = add i32 %5630, %5674
	%5676 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5677 = bitcast i8 addrspace(3)* %5676 to i32 addrspace(3)*
	%5678 = getelementptr i32, i32 addrspace(3)* %5677, i32 %5675
	store i32 0, i32 addrspace(3)* %5678
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %5698

5679:
	%5680 = phi i32 [ %591, %5604 ], [ %499, %6684 ]
	%5681 = phi i32 [ %5605, %5604 ], [ %6660, %6684 ]
	%5682 = phi i32 [ %5625, %5604 ], [ %6704, %6684 ]
	%5683 = phi i1 [ %5607, %5604 ], [ %6686, %6684 ]
	%5684 = phi i1 [ %5612, %5604 ], [ %6691, %6684 ]
	%5685 = phi i1 [ %5617, %5604 ], [ %6696, %6684 ]
	%5686 = phi i1 [ %5622, %5604 ], [ %6701, %6684 ]
	%5687 = phi i32 [ %5608, %5604 ], [ %6687, %6684 ]
	%5688 = phi i32 [ %5613, %5604 ], [ %6692, %6684 ]
	%5689 = phi i32 [ %5618, %5604 ], [ %6697, %6684 ]
	%5690 = phi i32 [ %5623, %5604 ], [ %6702, %6684 ]
	%5691 = shl i32 1, %3
	%5692 = sub i32 %5691, 1
	%5693 = mul i32 %462, 160
	%5694 = and i32 %5687, %5692
	%5695 = call i32 @llvm.ctpop.i32(i32 %5694)
	%5696 = add i32 %5680, %5695
	%5697 = add i32 %5693, %5696
	br i1 %5683, label %6747, label %6756

5698:
	%5699 = phi i32 [ %3, %5628 ], [ %5953, %5952 ]
	%5700 = icmp slt i32 %5699, %591
	br i1 %5700, label %5701, label %5710

5701:
	%5702 = add i32 %5629, %5699
	%5703 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%5704 = bitcast i8 addrspace(3)* %5703 to i32 addrspace(3)*
	%5705 = getelementptr i32, i32 addrspace(3)* %5704, i32 %5702
	%5706 = load i32, i32 addrspace(3)* %5705
	%5707 = and i32 %5706, 0
	%5708 = icmp eq i32 %5707, 0
	%5709 = and i1 true, %5708
	br i1 %5709, label %5944, label %5952

5710:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%5711 = mul i32 %3, 8
	%5712 = add i32 %5711, 0
	%5713 = sub i32 255, %5712
	%5714 = add i32 %5630, %5713
	%5715 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5716 = bitcast i8 addrspace(3)* %5715 to i32 addrspace(3)*
	%5717 = getelementptr i32, i32 addrspace(3)* %5716, i32 %5714
	%5718 = load i32, i32 addrspace(3)* %5717
	%5719 = add i32 0, %5718
	%5720 = mul i32 %3, 8
	%5721 = add i32 %5720, 1
	%5722 = sub i32 255, %5721
	%5723 = add i32 %5630, %5722
	%5724 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5725 = bitcast i8 addrspace(3)* %5724 to i32 addrspace(3)*
	%5726 = getelementptr i32, i32 addrspace(3)* %5725, i32 %5723
	%5727 = load i32, i32 addrspace(3)* %5726
	%5728 = add i32 %5719, %5727
	%5729 = mul i32 %3, 8
	%5730 = add i32 %5729, 2
	%5731 = sub i32 255, %5730
	%5732 = add i32 %5630, %5731
	%5733 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5734 = bitcast i8 addrspace(3)* %5733 to i32 addrspace(3)*
	%5735 = getelementptr i32, i32 addrspace(3)* %5734, i32 %5732
	%5736 = load i32, i32 addrspace(3)* %5735
	%5737 = add i32 %5728, %5736
	%5738 = mul i32 %3, 8
	%5739 = add i32 %5738, 3
	%5740 = sub i32 255, %5739
	%5741 = add i32 %5630, %5740
	%5742 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5743 = bitcast i8 addrspace(3)* %5742 to i32 addrspace(3)*
	%5744 = getelementptr i32, i32 addrspace(3)* %5743, i32 %5741
	%5745 = load i32, i32 addrspace(3)* %5744
	%5746 = add i32 %5737, %5745
	%5747 = mul i32 %3, 8
	%5748 = add i32 %5747, 4
	%5749 = sub i32 255, %5748
	%5750 = add i32 %5630, %5749
	%5751 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5752 = bitcast i8 addrspace(3)* %5751 to i32 addrspace(3)*
	%5753 = getelementptr i32, i32 addrspace(3)* %5752, i32 %5750
	%5754 = load i32, i32 addrspace(3)* %5753
	%5755 = add i32 %5746, %5754
	%5756 = mul i32 %3, 8
	%5757 = add i32 %5756, 5
	%5758 = sub i32 255, %5757
	%5759 = add i32 %5630, %5758
	%5760 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5761 = bitcast i8 addrspace(3)* %5760 to i32 addrspace(3)*
	%5762 = getelementptr i32, i32 addrspace(3)* %5761, i32 %5759
	%5763 = load i32, i32 addrspace(3)* %5762
	%5764 = add i32 %5755, %5763
	%5765 = mul i32 %3, 8
	%5766 = add i32 %5765, 6
	%5767 = sub i32 255, %5766
	%5768 = add i32 %5630, %5767
	%5769 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5770 = bitcast i8 addrspace(3)* %5769 to i32 addrspace(3)*
	%5771 = getelementptr i32, i32 addrspace(3)* %5770, i32 %5768
	%5772 = load i32, i32 addrspace(3)* %5771
	%5773 = add i32 %5764, %5772
	%5774 = mul i32 %3, 8
	%5775 = add i32 %5774, 7
	%5776 = sub i32 255, %5775
	%5777 = add i32 %5630, %5776
	%5778 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5779 = bitcast i8 addrspace(3)* %5778 to i32 addrspace(3)*
	%5780 = getelementptr i32, i32 addrspace(3)* %5779, i32 %5777
	%5781 = load i32, i32 addrspace(3)* %5780
	%5782 = add i32 %5773, %5781
	%5783 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5782, i32 1, i32 0)
	%5784 = icmp uge i32 %3, 1
	%5785 = select i1 %5784, i32 %5783, i32 0
	%5786 = add i32 %5782, %5785
	%5787 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5786, i32 2, i32 0)
	%5788 = icmp uge i32 %3, 2
	%5789 = select i1 %5788, i32 %5787, i32 0
	%5790 = add i32 %5786, %5789
	%5791 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5790, i32 4, i32 0)
	%5792 = icmp uge i32 %3, 4
	%5793 = select i1 %5792, i32 %5791, i32 0
	%5794 = add i32 %5790, %5793
	%5795 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5794, i32 8, i32 0)
	%5796 = icmp uge i32 %3, 8
	%5797 = select i1 %5796, i32 %5795, i32 0
	%5798 = add i32 %5794, %5797
	%5799 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5798, i32 16, i32 0)
	%5800 = icmp uge i32 %3, 16
	%5801 = select i1 %5800, i32 %5799, i32 0
	%5802 = add i32 %5798, %5801
	%5803 = sub i32 %5802, %5782
	%5804 = icmp slt i32 %5803, %499
	%5805 = icmp sge i32 %5802, %499
	%5806 = and i1 %5804, %5805
	%5807 = add i32 %5803, %5718
	%5808 = xor i1 false, true
	%5809 = icmp sge i32 %5807, %499
	%5810 = and i1 %5808, %5809
	%5811 = mul i32 %3, 8
	%5812 = add i32 %5811, 0
	%5813 = sub i32 255, %5812
	%5814 = select i1 %5810, i32 %5813, i32 0
	%5815 = select i1 %5810, i32 %5803, i32 0
	%5816 = or i1 false, %5810
	%5817 = add i32 %5807, %5727
	%5818 = xor i1 %5816, true
	%5819 = icmp sge i32 %5817, %499
	%5820 = and i1 %5818, %5819
	%5821 = mul i32 %3, 8
	%5822 = add i32 %5821, 1
	%5823 = sub i32 255, %5822
	%5824 = select i1 %5820, i32 %5823, i32 %5814
	%5825 = select i1 %5820, i32 %5807, i32 %5815
	%5826 = or i1 %5816, %5820
	%5827 = add i32 %5817, %5736
	%5828 = xor i1 %5826, true
	%5829 = icmp sge i32 %5827, %499
	%5830 = and i1 %5828, %5829
	%5831 = mul i32 %3, 8
	%5832 = add i32 %5831, 2
	%5833 = sub i32 255, %5832
	%5834 = select i1 %5830, i32 %5833, i32 %5824
	%5835 = select i1 %5830, i32 %5817, i32 %5825
	%5836 = or i1 %5826, %5830
	%5837 = add i32 %5827, %5745
	%5838 = xor i1 %5836, true
	%5839 = icmp sge i32 %5837, %499
	%5840 = and i1 %5838, %5839
	%5841 = mul i32 %3, 8
	%5842 = add i32 %5841, 3
	%5843 = sub i32 255, %5842
	%5844 = select i1 %5840, i32 %5843, i32 %5834
	%5845 = select i1 %5840, i32 %5827, i32 %5835
	%5846 = or i1 %5836, %5840
	%5847 = add i32 %5837, %5754
	%5848 = xor i1 %5846, true
	%5849 = icmp sge i32 %5847, %499
	%5850 = and i1 %5848, %5849
	%5851 = mul i32 %3, 8
	%5852 = add i32 %5851, 4
	%5853 = sub i32 255, %5852
	%5854 = select i1 %5850, i32 %5853, i32 %5844
	%5855 = select i1 %5850, i32 %5837, i32 %5845
	%5856 = or i1 %5846, %5850
	%5857 = add i32 %5847, %5763
	%5858 = xor i1 %5856, true
	%5859 = icmp sge i32 %5857, %499
	%5860 = and i1 %5858, %5859
	%5861 = mul i32 %3, 8
	%5862 = add i32 %5861, 5
	%5863 = sub i32 255, %5862
	%5864 = select i1 %5860, i32 %5863, i32 %5854
	%5865 = select i1 %5860, i32 %5847, i32 %5855
	%5866 = or i1 %5856, %5860
	%5867 = add i32 %5857, %5772
	%5868 = xor i1 %5866, true
	%5869 = icmp sge i32 %5867, %499
	%5870 = and i1 %5868, %5869
	%5871 = mul i32 %3, 8
	%5872 = add i32 %5871, 6
	%5873 = sub i32 255, %5872
	%5874 = select i1 %5870, i32 %5873, i32 %5864
	%5875 = select i1 %5870, i32 %5857, i32 %5865
	%5876 = or i1 %5866, %5870
	%5877 = add i32 %5867, %5781
	%5878 = xor i1 %5876, true
	%5879 = icmp sge i32 %5877, %499
	%5880 = and i1 %5878, %5879
	%5881 = mul i32 %3, 8
	%5882 = add i32 %5881, 7
	%5883 = sub i32 255, %5882
	%5884 = select i1 %5880, i32 %5883, i32 %5874
	%5885 = select i1 %5880, i32 %5867, i32 %5875
	%5886 = or i1 %5876, %5880
	%5887 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5806)
	%5888 = call i32 @llvm.cttz.i32(i32 %5887, i1 false)
	%5889 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %5884, i32 %5888, i32 31)
	%5890 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %5885, i32 %5888, i32 31)
	%5891 = shl i32 %5889, 24
	%5892 = or i32 0, %5891
	%5893 = shl i32 255, 24
	%5894 = or i32 0, %5893
	%5895 = sub i32 %499, %5890
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%5896 = mul i32 %3, 8
	%5897 = add i32 %5896, 0
	%5898 = add i32 %5630, %5897
	%5899 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5900 = bitcast i8 addrspace(3)* %5899 to i32 addrspace(3)*
	%5901 = getelementptr i32, i32 addrspace(3)* %5900, i32 %5898
	store i32 0, i32 addrspace(3)* %5901
	%5902 = mul i32 %3, 8
	%5903 = add i32 %5902, 1
	%5904 = add i32 %5630, %5903
	%5905 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5906 = bitcast i8 addrspace(3)* %5905 to i32 addrspace(3)*
	%5907 = getelementptr i32, i32 addrspace(3)* %5906, i32 %5904
	store i32 0, i32 addrspace(3)* %5907
	%5908 = mul i32 %3, 8
	%5909 = add i32 %5908, 2
	%5910 = add i32 %5630, %5909
	%5911 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5912 = bitcast i8 addrspace(3)* %5911 to i32 addrspace(3)*
	%5913 = getelementptr i32, i32 addrspace(3)* %5912, i32 %5910
	store i32 0, i32 addrspace(3)* %5913
	%5914 = mul i32 %3, 8
	%5915 = add i32 %5914, 3
	%5916 = add i32 %5630, %5915
	%5917 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5918 = bitcast i8 addrspace(3)* %5917 to i32 addrspace(3)*
	%5919 = getelementptr i32, i32 addrspace(3)* %5918, i32 %5916
	store i32 0, i32 addrspace(3)* %5919
	%5920 = mul i32 %3, 8
	%5921 = add i32 %5920, 4
	%5922 = add i32 %5630, %5921
	%5923 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5924 = bitcast i8 addrspace(3)* %5923 to i32 addrspace(3)*
	%5925 = getelementptr i32, i32 addrspace(3)* %5924, i32 %5922
	store i32 0, i32 addrspace(3)* %5925
	%5926 = mul i32 %3, 8
	%5927 = add i32 %5926, 5
	%5928 = add i32 %5630, %5927
	%5929 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5930 = bitcast i8 addrspace(3)* %5929 to i32 addrspace(3)*
	%5931 = getelementptr i32, i32 addrspace(3)* %5930, i32 %5928
	store i32 0, i32 addrspace(3)* %5931
	%5932 = mul i32 %3, 8
	%5933 = add i32 %5932, 6
	%5934 = add i32 %5630, %5933
	%5935 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5936 = bitcast i8 addrspace(3)* %5935 to i32 addrspace(3)*
	%5937 = getelementptr i32, i32 addrspace(3)* %5936, i32 %5934
	store i32 0, i32 addrspace(3)* %5937
	%5938 = mul i32 %3, 8
	%5939 = add i32 %5938, 7
	%5940 = add i32 %5630, %5939
	%5941 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5942 = bitcast i8 addrspace(3)* %5941 to i32 addrspace(3)*
	%5943 = getelementptr i32, i32 addrspace(3)* %5942, i32 %5940
	store i32 0, i32 addrspace(3)* %5943
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %5954

5944:
	%5945 = lshr i32 %5706, 24
	%5946 = and i32 %5945, 255
	%5947 = add i32 %5630, %5946
	%5948 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5949 = bitcast i8 addrspace(3)* %5948 to i32 addrspace(3)*
	%5950 = getelementptr i32, i32 addrspace(3)* %5949, i32 %5947
	%5951 = atomicrmw add i32 addrspace(3)* %5950, i32 1 monotonic
	br label %5952

5952:
	%5953 = add i32 %5699, 32
	br label %5698

5954:
	%5955 = phi i32 [ %3, %5710 ], [ %6209, %6208 ]
	%5956 = icmp slt i32 %5955, %591
	br i1 %5956, label %5957, label %5966

5957:
	%5958 = add i32 %5629, %5955
	%5959 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%5960 = bitcast i8 addrspace(3)* %5959 to i32 addrspace(3)*
	%5961 = getelementptr i32, i32 addrspace(3)* %5960, i32 %5958
	%5962 = load i32, i32 addrspace(3)* %5961
	%5963 = and i32 %5962, %5894
	%5964 = icmp eq i32 %5963, %5892
	%5965 = and i1 true, %5964
	br i1 %5965, label %6200, label %6208

5966:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%5967 = mul i32 %3, 8
	%5968 = add i32 %5967, 0
	%5969 = sub i32 255, %5968
	%5970 = add i32 %5630, %5969
	%5971 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5972 = bitcast i8 addrspace(3)* %5971 to i32 addrspace(3)*
	%5973 = getelementptr i32, i32 addrspace(3)* %5972, i32 %5970
	%5974 = load i32, i32 addrspace(3)* %5973
	%5975 = add i32 0, %5974
	%5976 = mul i32 %3, 8
	%5977 = add i32 %5976, 1
	%5978 = sub i32 255, %5977
	%5979 = add i32 %5630, %5978
	%5980 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5981 = bitcast i8 addrspace(3)* %5980 to i32 addrspace(3)*
	%5982 = getelementptr i32, i32 addrspace(3)* %5981, i32 %5979
	%5983 = load i32, i32 addrspace(3)* %5982
	%5984 = add i32 %5975, %5983
	%5985 = mul i32 %3, 8
	%5986 = add i32 %5985, 2
	%5987 = sub i32 255, %5986
	%5988 = add i32 %5630, %5987
	%5989 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5990 = bitcast i8 addrspace(3)* %5989 to i32 addrspace(3)*
	%5991 = getelementptr i32, i32 addrspace(3)* %5990, i32 %5988
	%5992 = load i32, i32 addrspace(3)* %5991
	%5993 = add i32 %5984, %5992
	%5994 = mul i32 %3, 8
	%5995 = add i32 %5994, 3
	%5996 = sub i32 255, %5995
	%5997 = add i32 %5630, %5996
	%5998 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5999 = bitcast i8 addrspace(3)* %5998 to i32 addrspace(3)*
	%6000 = getelementptr i32, i32 addrspace(3)* %5999, i32 %5997
	%6001 = load i32, i32 addrspace(3)* %6000
	%6002 = add i32 %5993, %6001
	%6003 = mul i32 %3, 8
	%6004 = add i32 %6003, 4
	%6005 = sub i32 255, %6004
	%6006 = add i32 %5630, %6005
	%6007 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6008 = bitcast i8 addrspace(3)* %6007 to i32 addrspace(3)*
	%6009 = getelementptr i32, i32 addrspace(3)* %6008, i32 %6006
	%6010 = load i32, i32 addrspace(3)* %6009
	%6011 = add i32 %6002, %6010
	%6012 = mul i32 %3, 8
	%6013 = add i32 %6012, 5
	%6014 = sub i32 255, %6013
	%6015 = add i32 %5630, %6014
	%6016 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6017 = bitcast i8 addrspace(3)* %6016 to i32 addrspace(3)*
	%6018 = getelementptr i32, i32 addrspace(3)* %6017, i32 %6015
	%6019 = load i32, i32 addrspace(3)* %6018
	%6020 = add i32 %6011, %6019
	%6021 = mul i32 %3, 8
	%6022 = add i32 %6021, 6
	%6023 = sub i32 255, %6022
	%6024 = add i32 %5630, %6023
	%6025 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6026 = bitcast i8 addrspace(3)* %6025 to i32 addrspace(3)*
	%6027 = getelementptr i32, i32 addrspace(3)* %6026, i32 %6024
	%6028 = load i32, i32 addrspace(3)* %6027
	%6029 = add i32 %6020, %6028
	%6030 = mul i32 %3, 8
	%6031 = add i32 %6030, 7
	%6032 = sub i32 255, %6031
	%6033 = add i32 %5630, %6032
	%6034 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6035 = bitcast i8 addrspace(3)* %6034 to i32 addrspace(3)*
	%6036 = getelementptr i32, i32 addrspace(3)* %6035, i32 %6033
	%6037 = load i32, i32 addrspace(3)* %6036
	%6038 = add i32 %6029, %6037
	%6039 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6038, i32 1, i32 0)
	%6040 = icmp uge i32 %3, 1
	%6041 = select i1 %6040, i32 %6039, i32 0
	%6042 = add i32 %6038, %6041
	%6043 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6042, i32 2, i32 0)
	%6044 = icmp uge i32 %3, 2
	%6045 = select i1 %6044, i32 %6043, i32 0
	%6046 = add i32 %6042, %6045
	%6047 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6046, i32 4, i32 0)
	%6048 = icmp uge i32 %3, 4
	%6049 = select i1 %6048, i32 %6047, i32 0
	%6050 = add i32 %6046, %6049
	%6051 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6050, i32 8, i32 0)
	%6052 = icmp uge i32 %3, 8
	%6053 = select i1 %6052, i32 %6051, i32 0
	%6054 = add i32 %6050, %6053
	%6055 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6054, i32 16, i32 0)
	%6056 = icmp uge i32 %3, 16
	%6057 = select i1 %6056, i32 %6055, i32 0
	%6058 = add i32 %6054, %6057
	%6059 = sub i32 %6058, %6038
	%6060 = icmp slt i32 %6059, %5895
	%6061 = icmp sge i32 %6058, %5895
	%6062 = and i1 %6060, %6061
	%6063 = add i32 %6059, %5974
	%6064 = xor i1 false, true
	%6065 = icmp sge i32 %6063, %5895
	%6066 = and i1 %6064, %6065
	%6067 = mul i32 %3, 8
	%6068 = add i32 %6067, 0
	%6069 = sub i32 255, %6068
	%6070 = select i1 %6066, i32 %6069, i32 0
	%6071 = select i1 %6066, i32 %6059, i32 0
	%6072 = or i1 false, %6066
	%6073 = add i32 %6063, %5983
	%6074 = xor i1 %6072, true
	%6075 = icmp sge i32 %6073, %5895
	%6076 = and i1 %6074, %6075
	%6077 = mul i32 %3, 8
	%6078 = add i32 %6077, 1
	%6079 = sub i32 255, %6078
	%6080 = select i1 %6076, i32 %6079, i32 %6070
	%6081 = select i1 %6076, i32 %6063, i32 %6071
	%6082 = or i1 %6072, %6076
	%6083 = add i32 %6073, %5992
	%6084 = xor i1 %6082, true
	%6085 = icmp sge i32 %6083, %5895
	%6086 = and i1 %6084, %6085
	%6087 = mul i32 %3, 8
	%6088 = add i32 %6087, 2
	%6089 = sub i32 255, %6088
	%6090 = select i1 %6086, i32 %6089, i32 %6080
	%6091 = select i1 %6086, i32 %6073, i32 %6081
	%6092 = or i1 %6082, %6086
	%6093 = add i32 %6083, %6001
	%6094 = xor i1 %6092, true
	%6095 = icmp sge i32 %6093, %5895
	%6096 = and i1 %6094, %6095
	%6097 = mul i32 %3, 8
	%6098 = add i32 %6097, 3
	%6099 = sub i32 255, %6098
	%6100 = select i1 %6096, i32 %6099, i32 %6090
	%6101 = select i1 %6096, i32 %6083, i32 %6091
	%6102 = or i1 %6092, %6096
	%6103 = add i32 %6093, %6010
	%6104 = xor i1 %6102, true
	%6105 = icmp sge i32 %6103, %5895
	%6106 = and i1 %6104, %6105
	%6107 = mul i32 %3, 8
	%6108 = add i32 %6107, 4
	%6109 = sub i32 255, %6108
	%6110 = select i1 %6106, i32 %6109, i32 %6100
	%6111 = select i1 %6106, i32 %6093, i32 %6101
	%6112 = or i1 %6102, %6106
	%6113 = add i32 %6103, %6019
	%6114 = xor i1 %6112, true
	%6115 = icmp sge i32 %6113, %5895
	%6116 = and i1 %6114, %6115
	%6117 = mul i32 %3, 8
	%6118 = add i32 %6117, 5
	%6119 = sub i32 255, %6118
	%6120 = select i1 %6116, i32 %6119, i32 %6110
	%6121 = select i1 %6116, i32 %6103, i32 %6111
	%6122 = or i1 %6112, %6116
	%6123 = add i32 %6113, %6028
	%6124 = xor i1 %6122, true
	%6125 = icmp sge i32 %6123, %5895
	%6126 = and i1 %6124, %6125
	%6127 = mul i32 %3, 8
	%6128 = add i32 %6127, 6
	%6129 = sub i32 255, %6128
	%6130 = select i1 %6126, i32 %6129, i32 %6120
	%6131 = select i1 %6126, i32 %6113, i32 %6121
	%6132 = or i1 %6122, %6126
	%6133 = add i32 %6123, %6037
	%6134 = xor i1 %6132, true
	%6135 = icmp sge i32 %6133, %5895
	%6136 = and i1 %6134, %6135
	%6137 = mul i32 %3, 8
	%6138 = add i32 %6137, 7
	%6139 = sub i32 255, %6138
	%6140 = select i1 %6136, i32 %6139, i32 %6130
	%6141 = select i1 %6136, i32 %6123, i32 %6131
	%6142 = or i1 %6132, %6136
	%6143 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6062)
	%6144 = call i32 @llvm.cttz.i32(i32 %6143, i1 false)
	%6145 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %6140, i32 %6144, i32 31)
	%6146 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %6141, i32 %6144, i32 31)
	%6147 = shl i32 %6145, 16
	%6148 = or i32 %5892, %6147
	%6149 = shl i32 255, 16
	%6150 = or i32 %5894, %6149
	%6151 = sub i32 %5895, %6146
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%6152 = mul i32 %3, 8
	%6153 = add i32 %6152, 0
	%6154 = add i32 %5630, %6153
	%6155 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6156 = bitcast i8 addrspace(3)* %6155 to i32 addrspace(3)*
	%6157 = getelementptr i32, i32 addrspace(3)* %6156, i32 %6154
	store i32 0, i32 addrspace(3)* %6157
	%6158 = mul i32 %3, 8
	%6159 = add i32 %6158, 1
	%6160 = add i32 %5630, %6159
	%6161 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6162 = bitcast i8 addrspace(3)* %6161 to i32 addrspace(3)*
	%6163 = getelementptr i32, i32 addrspace(3)* %6162, i32 %6160
	store i32 0, i32 addrspace(3)* %6163
	%6164 = mul i32 %3, 8
	%6165 = add i32 %6164, 2
	%6166 = add i32 %5630, %6165
	%6167 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6168 = bitcast i8 addrspace(3)* %6167 to i32 addrspace(3)*
	%6169 = getelementptr i32, i32 addrspace(3)* %6168, i32 %6166
	store i32 0, i32 addrspace(3)* %6169
	%6170 = mul i32 %3, 8
	%6171 = add i32 %6170, 3
	%6172 = add i32 %5630, %6171
	%6173 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6174 = bitcast i8 addrspace(3)* %6173 to i32 addrspace(3)*
	%6175 = getelementptr i32, i32 addrspace(3)* %6174, i32 %6172
	store i32 0, i32 addrspace(3)* %6175
	%6176 = mul i32 %3, 8
	%6177 = add i32 %6176, 4
	%6178 = add i32 %5630, %6177
	%6179 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6180 = bitcast i8 addrspace(3)* %6179 to i32 addrspace(3)*
	%6181 = getelementptr i32, i32 addrspace(3)* %6180, i32 %6178
	store i32 0, i32 addrspace(3)* %6181
	%6182 = mul i32 %3, 8
	%6183 = add i32 %6182, 5
	%6184 = add i32 %5630, %6183
	%6185 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6186 = bitcast i8 addrspace(3)* %6185 to i32 addrspace(3)*
	%6187 = getelementptr i32, i32 addrspace(3)* %6186, i32 %6184
	store i32 0, i32 addrspace(3)* %6187
	%6188 = mul i32 %3, 8
	%6189 = add i32 %6188, 6
	%6190 = add i32 %5630, %6189
	%6191 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6192 = bitcast i8 addrspace(3)* %6191 to i32 addrspace(3)*
	%6193 = getelementptr i32, i32 addrspace(3)* %6192, i32 %6190
	store i32 0, i32 addrspace(3)* %6193
	%6194 = mul i32 %3, 8
	%6195 = add i32 %6194, 7
	%6196 = add i32 %5630, %6195
	%6197 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6198 = bitcast i8 addrspace(3)* %6197 to i32 addrspace(3)*
	%6199 = getelementptr i32, i32 addrspace(3)* %6198, i32 %6196
	store i32 0, i32 addrspace(3)* %6199
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %6210

6200:
	%6201 = lshr i32 %5962, 16
	%6202 = and i32 %6201, 255
	%6203 = add i32 %5630, %6202
	%6204 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6205 = bitcast i8 addrspace(3)* %6204 to i32 addrspace(3)*
	%6206 = getelementptr i32, i32 addrspace(3)* %6205, i32 %6203
	%6207 = atomicrmw add i32 addrspace(3)* %6206, i32 1 monotonic
	br label %6208

6208:
	%6209 = add i32 %5955, 32
	br label %5954

6210:
	%6211 = phi i32 [ %3, %5966 ], [ %6465, %6464 ]
	%6212 = icmp slt i32 %6211, %591
	br i1 %6212, label %6213, label %6222

6213:
	%6214 = add i32 %5629, %6211
	%6215 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%6216 = bitcast i8 addrspace(3)* %6215 to i32 addrspace(3)*
	%6217 = getelementptr i32, i32 addrspace(3)* %6216, i32 %6214
	%6218 = load i32, i32 addrspace(3)* %6217
	%6219 = and i32 %6218, %6150
	%6220 = icmp eq i32 %6219, %6148
	%6221 = and i1 true, %6220
	br i1 %6221, label %6456, label %6464

6222:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%6223 = mul i32 %3, 8
	%6224 = add i32 %6223, 0
	%6225 = sub i32 255, %6224
	%6226 = add i32 %5630, %6225
	%6227 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6228 = bitcast i8 addrspace(3)* %6227 to i32 addrspace(3)*
	%6229 = getelementptr i32, i32 addrspace(3)* %6228, i32 %6226
	%6230 = load i32, i32 addrspace(3)* %6229
	%6231 = add i32 0, %6230
	%6232 = mul i32 %3, 8
	%6233 = add i32 %6232, 1
	%6234 = sub i32 255, %6233
	%6235 = add i32 %5630, %6234
	%6236 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6237 = bitcast i8 addrspace(3)* %6236 to i32 addrspace(3)*
	%6238 = getelementptr i32, i32 addrspace(3)* %6237, i32 %6235
	%6239 = load i32, i32 addrspace(3)* %6238
	%6240 = add i32 %6231, %6239
	%6241 = mul i32 %3, 8
	%6242 = add i32 %6241, 2
	%6243 = sub i32 255, %6242
	%6244 = add i32 %5630, %6243
	%6245 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6246 = bitcast i8 addrspace(3)* %6245 to i32 addrspace(3)*
	%6247 = getelementptr i32, i32 addrspace(3)* %6246, i32 %6244
	%6248 = load i32, i32 addrspace(3)* %6247
	%6249 = add i32 %6240, %6248
	%6250 = mul i32 %3, 8
	%6251 = add i32 %6250, 3
	%6252 = sub i32 255, %6251
	%6253 = add i32 %5630, %6252
	%6254 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6255 = bitcast i8 addrspace(3)* %6254 to i32 addrspace(3)*
	%6256 = getelementptr i32, i32 addrspace(3)* %6255, i32 %6253
	%6257 = load i32, i32 addrspace(3)* %6256
	%6258 = add i32 %6249, %6257
	%6259 = mul i32 %3, 8
	%6260 = add i32 %6259, 4
	%6261 = sub i32 255, %6260
	%6262 = add i32 %5630, %6261
	%6263 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6264 = bitcast i8 addrspace(3)* %6263 to i32 addrspace(3)*
	%6265 = getelementptr i32, i32 addrspace(3)* %6264, i32 %6262
	%6266 = load i32, i32 addrspace(3)* %6265
	%6267 = add i32 %6258, %6266
	%6268 = mul i32 %3, 8
	%6269 = add i32 %6268, 5
	%6270 = sub i32 255, %6269
	%6271 = add i32 %5630, %6270
	%6272 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6273 = bitcast i8 addrspace(3)* %6272 to i32 addrspace(3)*
	%6274 = getelementptr i32, i32 addrspace(3)* %6273, i32 %6271
	%6275 = load i32, i32 addrspace(3)* %6274
	%6276 = add i32 %6267, %6275
	%6277 = mul i32 %3, 8
	%6278 = add i32 %6277, 6
	%6279 = sub i32 255, %6278
	%6280 = add i32 %5630, %6279
	%6281 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6282 = bitcast i8 addrspace(3)* %6281 to i32 addrspace(3)*
	%6283 = getelementptr i32, i32 addrspace(3)* %6282, i32 %6280
	%6284 = load i32, i32 addrspace(3)* %6283
	%6285 = add i32 %6276, %6284
	%6286 = mul i32 %3, 8
	%6287 = add i32 %6286, 7
	%6288 = sub i32 255, %6287
	%6289 = add i32 %5630, %6288
	%6290 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6291 = bitcast i8 addrspace(3)* %6290 to i32 addrspace(3)*
	%6292 = getelementptr i32, i32 addrspace(3)* %6291, i32 %6289
	%6293 = load i32, i32 addrspace(3)* %6292
	%6294 = add i32 %6285, %6293
	%6295 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6294, i32 1, i32 0)
	%6296 = icmp uge i32 %3, 1
	%6297 = select i1 %6296, i32 %6295, i32 0
	%6298 = add i32 %6294, %6297
	%6299 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6298, i32 2, i32 0)
	%6300 = icmp uge i32 %3, 2
	%6301 = select i1 %6300, i32 %6299, i32 0
	%6302 = add i32 %6298, %6301
	%6303 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6302, i32 4, i32 0)
	%6304 = icmp uge i32 %3, 4
	%6305 = select i1 %6304, i32 %6303, i32 0
	%6306 = add i32 %6302, %6305
	%6307 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6306, i32 8, i32 0)
	%6308 = icmp uge i32 %3, 8
	%6309 = select i1 %6308, i32 %6307, i32 0
	%6310 = add i32 %6306, %6309
	%6311 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6310, i32 16, i32 0)
	%6312 = icmp uge i32 %3, 16
	%6313 = select i1 %6312, i32 %6311, i32 0
	%6314 = add i32 %6310, %6313
	%6315 = sub i32 %6314, %6294
	%6316 = icmp slt i32 %6315, %6151
	%6317 = icmp sge i32 %6314, %6151
	%6318 = and i1 %6316, %6317
	%6319 = add i32 %6315, %6230
	%6320 = xor i1 false, true
	%6321 = icmp sge i32 %6319, %6151
	%6322 = and i1 %6320, %6321
	%6323 = mul i32 %3, 8
	%6324 = add i32 %6323, 0
	%6325 = sub i32 255, %6324
	%6326 = select i1 %6322, i32 %6325, i32 0
	%6327 = select i1 %6322, i32 %6315, i32 0
	%6328 = or i1 false, %6322
	%6329 = add i32 %6319, %6239
	%6330 = xor i1 %6328, true
	%6331 = icmp sge i32 %6329, %6151
	%6332 = and i1 %6330, %6331
	%6333 = mul i32 %3, 8
	%6334 = add i32 %6333, 1
	%6335 = sub i32 255, %6334
	%6336 = select i1 %6332, i32 %6335, i32 %6326
	%6337 = select i1 %6332, i32 %6319, i32 %6327
	%6338 = or i1 %6328, %6332
	%6339 = add i32 %6329, %6248
	%6340 = xor i1 %6338, true
	%6341 = icmp sge i32 %6339, %6151
	%6342 = and i1 %6340, %6341
	%6343 = mul i32 %3, 8
	%6344 = add i32 %6343, 2
	%6345 = sub i32 255, %6344
	%6346 = select i1 %6342, i32 %6345, i32 %6336
	%6347 = select i1 %6342, i32 %6329, i32 %6337
	%6348 = or i1 %6338, %6342
	%6349 = add i32 %6339, %6257
	%6350 = xor i1 %6348, true
	%6351 = icmp sge i32 %6349, %6151
	%6352 = and i1 %6350, %6351
	%6353 = mul i32 %3, 8
	%6354 = add i32 %6353, 3
	%6355 = sub i32 255, %6354
	%6356 = select i1 %6352, i32 %6355, i32 %6346
	%6357 = select i1 %6352, i32 %6339, i32 %6347
	%6358 = or i1 %6348, %6352
	%6359 = add i32 %6349, %6266
	%6360 = xor i1 %6358, true
	%6361 = icmp sge i32 %6359, %6151
	%6362 = and i1 %6360, %6361
	%6363 = mul i32 %3, 8
	%6364 = add i32 %6363, 4
	%6365 = sub i32 255, %6364
	%6366 = select i1 %6362, i32 %6365, i32 %6356
	%6367 = select i1 %6362, i32 %6349, i32 %6357
	%6368 = or i1 %6358, %6362
	%6369 = add i32 %6359, %6275
	%6370 = xor i1 %6368, true
	%6371 = icmp sge i32 %6369, %6151
	%6372 = and i1 %6370, %6371
	%6373 = mul i32 %3, 8
	%6374 = add i32 %6373, 5
	%6375 = sub i32 255, %6374
	%6376 = select i1 %6372, i32 %6375, i32 %6366
	%6377 = select i1 %6372, i32 %6359, i32 %6367
	%6378 = or i1 %6368, %6372
	%6379 = add i32 %6369, %6284
	%6380 = xor i1 %6378, true
	%6381 = icmp sge i32 %6379, %6151
	%6382 = and i1 %6380, %6381
	%6383 = mul i32 %3, 8
	%6384 = add i32 %6383, 6
	%6385 = sub i32 255, %6384
	%6386 = select i1 %6382, i32 %6385, i32 %6376
	%6387 = select i1 %6382, i32 %6369, i32 %6377
	%6388 = or i1 %6378, %6382
	%6389 = add i32 %6379, %6293
	%6390 = xor i1 %6388, true
	%6391 = icmp sge i32 %6389, %6151
	%6392 = and i1 %6390, %6391
	%6393 = mul i32 %3, 8
	%6394 = add i32 %6393, 7
	%6395 = sub i32 255, %6394
	%6396 = select i1 %6392, i32 %6395, i32 %6386
	%6397 = select i1 %6392, i32 %6379, i32 %6387
	%6398 = or i1 %6388, %6392
	%6399 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6318)
	%6400 = call i32 @llvm.cttz.i32(i32 %6399, i1 false)
	%6401 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %6396, i32 %6400, i32 31)
	%6402 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %6397, i32 %6400, i32 31)
	%6403 = shl i32 %6401, 8
	%6404 = or i32 %6148, %6403
	%6405 = shl i32 255, 8
	%6406 = or i32 %6150, %6405
	%6407 = sub i32 %6151, %6402
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%6408 = mul i32 %3, 8
	%6409 = add i32 %6408, 0
	%6410 = add i32 %5630, %6409
	%6411 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6412 = bitcast i8 addrspace(3)* %6411 to i32 addrspace(3)*
	%6413 = getelementptr i32, i32 addrspace(3)* %6412, i32 %6410
	store i32 0, i32 addrspace(3)* %6413
	%6414 = mul i32 %3, 8
	%6415 = add i32 %6414, 1
	%6416 = add i32 %5630, %6415
	%6417 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6418 = bitcast i8 addrspace(3)* %6417 to i32 addrspace(3)*
	%6419 = getelementptr i32, i32 addrspace(3)* %6418, i32 %6416
	store i32 0, i32 addrspace(3)* %6419
	%6420 = mul i32 %3, 8
	%6421 = add i32 %6420, 2
	%6422 = add i32 %5630, %6421
	%6423 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6424 = bitcast i8 addrspace(3)* %6423 to i32 addrspace(3)*
	%6425 = getelementptr i32, i32 addrspace(3)* %6424, i32 %6422
	store i32 0, i32 addrspace(3)* %6425
	%6426 = mul i32 %3, 8
	%6427 = add i32 %6426, 3
	%6428 = add i32 %5630, %6427
	%6429 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6430 = bitcast i8 addrspace(3)* %6429 to i32 addrspace(3)*
	%6431 = getelementptr i32, i32 addrspace(3)* %6430, i32 %6428
	store i32 0, i32 addrspace(3)* %6431
	%6432 = mul i32 %3, 8
	%6433 = add i32 %6432, 4
	%6434 = add i32 %5630, %6433
	%6435 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6436 = bitcast i8 addrspace(3)* %6435 to i32 addrspace(3)*
	%6437 = getelementptr i32, i32 addrspace(3)* %6436, i32 %6434
	store i32 0, i32 addrspace(3)* %6437
	%6438 = mul i32 %3, 8
	%6439 = add i32 %6438, 5
	%6440 = add i32 %5630, %6439
	%6441 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6442 = bitcast i8 addrspace(3)* %6441 to i32 addrspace(3)*
	%6443 = getelementptr i32, i32 addrspace(3)* %6442, i32 %6440
	store i32 0, i32 addrspace(3)* %6443
	%6444 = mul i32 %3, 8
	%6445 = add i32 %6444, 6
	%6446 = add i32 %5630, %6445
	%6447 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6448 = bitcast i8 addrspace(3)* %6447 to i32 addrspace(3)*
	%6449 = getelementptr i32, i32 addrspace(3)* %6448, i32 %6446
	store i32 0, i32 addrspace(3)* %6449
	%6450 = mul i32 %3, 8
	%6451 = add i32 %6450, 7
	%6452 = add i32 %5630, %6451
	%6453 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6454 = bitcast i8 addrspace(3)* %6453 to i32 addrspace(3)*
	%6455 = getelementptr i32, i32 addrspace(3)* %6454, i32 %6452
	store i32 0, i32 addrspace(3)* %6455
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %6466

6456:
	%6457 = lshr i32 %6218, 8
	%6458 = and i32 %6457, 255
	%6459 = add i32 %5630, %6458
	%6460 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6461 = bitcast i8 addrspace(3)* %6460 to i32 addrspace(3)*
	%6462 = getelementptr i32, i32 addrspace(3)* %6461, i32 %6459
	%6463 = atomicrmw add i32 addrspace(3)* %6462, i32 1 monotonic
	br label %6464

6464:
	%6465 = add i32 %6211, 32
	br label %6210

6466:
	%6467 = phi i32 [ %3, %6222 ], [ %6675, %6674 ]
	%6468 = icmp slt i32 %6467, %591
	br i1 %6468, label %6469, label %6478

6469:
	%6470 = add i32 %5629, %6467
	%6471 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%6472 = bitcast i8 addrspace(3)* %6471 to i32 addrspace(3)*
	%6473 = getelementptr i32, i32 addrspace(3)* %6472, i32 %6470
	%6474 = load i32, i32 addrspace(3)* %6473
	%6475 = and i32 %6474, %6406
	%6476 = icmp eq i32 %6475, %6404
	%6477 = and i1 true, %6476
	br i1 %6477, label %6666, label %6674

6478:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%6479 = mul i32 %3, 8
	%6480 = add i32 %6479, 0
	%6481 = sub i32 255, %6480
	%6482 = add i32 %5630, %6481
	%6483 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6484 = bitcast i8 addrspace(3)* %6483 to i32 addrspace(3)*
	%6485 = getelementptr i32, i32 addrspace(3)* %6484, i32 %6482
	%6486 = load i32, i32 addrspace(3)* %6485
	%6487 = add i32 0, %6486
	%6488 = mul i32 %3, 8
	%6489 = add i32 %6488, 1
	%6490 = sub i32 255, %6489
	%6491 = add i32 %5630, %6490
	%6492 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6493 = bitcast i8 addrspace(3)* %6492 to i32 addrspace(3)*
	%6494 = getelementptr i32, i32 addrspace(3)* %6493, i32 %6491
	%6495 = load i32, i32 addrspace(3)* %6494
	%6496 = add i32 %6487, %6495
	%6497 = mul i32 %3, 8
	%6498 = add i32 %6497, 2
	%6499 = sub i32 255, %6498
	%6500 = add i32 %5630, %6499
	%6501 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6502 = bitcast i8 addrspace(3)* %6501 to i32 addrspace(3)*
	%6503 = getelementptr i32, i32 addrspace(3)* %6502, i32 %6500
	%6504 = load i32, i32 addrspace(3)* %6503
	%6505 = add i32 %6496, %6504
	%6506 = mul i32 %3, 8
	%6507 = add i32 %6506, 3
	%6508 = sub i32 255, %6507
	%6509 = add i32 %5630, %6508
	%6510 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6511 = bitcast i8 addrspace(3)* %6510 to i32 addrspace(3)*
	%6512 = getelementptr i32, i32 addrspace(3)* %6511, i32 %6509
	%6513 = load i32, i32 addrspace(3)* %6512
	%6514 = add i32 %6505, %6513
	%6515 = mul i32 %3, 8
	%6516 = add i32 %6515, 4
	%6517 = sub i32 255, %6516
	%6518 = add i32 %5630, %6517
	%6519 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6520 = bitcast i8 addrspace(3)* %6519 to i32 addrspace(3)*
	%6521 = getelementptr i32, i32 addrspace(3)* %6520, i32 %6518
	%6522 = load i32, i32 addrspace(3)* %6521
	%6523 = add i32 %6514, %6522
	%6524 = mul i32 %3, 8
	%6525 = add i32 %6524, 5
	%6526 = sub i32 255, %6525
	%6527 = add i32 %5630, %6526
	%6528 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6529 = bitcast i8 addrspace(3)* %6528 to i32 addrspace(3)*
	%6530 = getelementptr i32, i32 addrspace(3)* %6529, i32 %6527
	%6531 = load i32, i32 addrspace(3)* %6530
	%6532 = add i32 %6523, %6531
	%6533 = mul i32 %3, 8
	%6534 = add i32 %6533, 6
	%6535 = sub i32 255, %6534
	%6536 = add i32 %5630, %6535
	%6537 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6538 = bitcast i8 addrspace(3)* %6537 to i32 addrspace(3)*
	%6539 = getelementptr i32, i32 addrspace(3)* %6538, i32 %6536
	%6540 = load i32, i32 addrspace(3)* %6539
	%6541 = add i32 %6532, %6540
	%6542 = mul i32 %3, 8
	%6543 = add i32 %6542, 7
	%6544 = sub i32 255, %6543
	%6545 = add i32 %5630, %6544
	%6546 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6547 = bitcast i8 addrspace(3)* %6546 to i32 addrspace(3)*
	%6548 = getelementptr i32, i32 addrspace(3)* %6547, i32 %6545
	%6549 = load i32, i32 addrspace(3)* %6548
	%6550 = add i32 %6541, %6549
	%6551 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6550, i32 1, i32 0)
	%6552 = icmp uge i32 %3, 1
	%6553 = select i1 %6552, i32 %6551, i32 0
	%6554 = add i32 %6550, %6553
	%6555 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6554, i32 2, i32 0)
	%6556 = icmp uge i32 %3, 2
	%6557 = select i1 %6556, i32 %6555, i32 0
	%6558 = add i32 %6554, %6557
	%6559 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6558, i32 4, i32 0)
	%6560 = icmp uge i32 %3, 4
	%6561 = select i1 %6560, i32 %6559, i32 0
	%6562 = add i32 %6558, %6561
	%6563 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6562, i32 8, i32 0)
	%6564 = icmp uge i32 %3, 8
	%6565 = select i1 %6564, i32 %6563, i32 0
	%6566 = add i32 %6562, %6565
	%6567 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6566, i32 16, i32 0)
	%6568 = icmp uge i32 %3, 16
	%6569 = select i1 %6568, i32 %6567, i32 0
	%6570 = add i32 %6566, %6569
	%6571 = sub i32 %6570, %6550
	%6572 = icmp slt i32 %6571, %6407
	%6573 = icmp sge i32 %6570, %6407
	%6574 = and i1 %6572, %6573
	%6575 = add i32 %6571, %6486
	%6576 = xor i1 false, true
	%6577 = icmp sge i32 %6575, %6407
	%6578 = and i1 %6576, %6577
	%6579 = mul i32 %3, 8
	%6580 = add i32 %6579, 0
	%6581 = sub i32 255, %6580
	%6582 = select i1 %6578, i32 %6581, i32 0
	%6583 = select i1 %6578, i32 %6571, i32 0
	%6584 = or i1 false, %6578
	%6585 = add i32 %6575, %6495
	%6586 = xor i1 %6584, true
	%6587 = icmp sge i32 %6585, %6407
	%6588 = and i1 %6586, %6587
	%6589 = mul i32 %3, 8
	%6590 = add i32 %6589, 1
	%6591 = sub i32 255, %6590
	%6592 = select i1 %6588, i32 %6591, i32 %6582
	%6593 = select i1 %6588, i32 %6575, i32 %6583
	%6594 = or i1 %6584, %6588
	%6595 = add i32 %6585, %6504
	%6596 = xor i1 %6594, true
	%6597 = icmp sge i32 %6595, %6407
	%6598 = and i1 %6596, %6597
	%6599 = mul i32 %3, 8
	%6600 = add i32 %6599, 2
	%6601 = sub i32 255, %6600
	%6602 = select i1 %6598, i32 %6601, i32 %6592
	%6603 = select i1 %6598, i32 %6585, i32 %6593
	%6604 = or i1 %6594, %6598
	%6605 = add i32 %6595, %6513
	%6606 = xor i1 %6604, true
	%6607 = icmp sge i32 %6605, %6407
	%6608 = and i1 %6606, %6607
	%6609 = mul i32 %3, 8
	%6610 = add i32 %6609, 3
	%6611 = sub i32 255, %6610
	%6612 = select i1 %6608, i32 %6611, i32 %6602
	%6613 = select i1 %6608, i32 %6595, i32 %6603
	%6614 = or i1 %6604, %6608
	%6615 = add i32 %6605, %6522
	%6616 = xor i1 %6614, true
	%6617 = icmp sge i32 %6615, %6407
	%6618 = and i1 %6616, %6617
	%6619 = mul i32 %3, 8
	%6620 = add i32 %6619, 4
	%6621 = sub i32 255, %6620
	%6622 = select i1 %6618, i32 %6621, i32 %6612
	%6623 = select i1 %6618, i32 %6605, i32 %6613
	%6624 = or i1 %6614, %6618
	%6625 = add i32 %6615, %6531
	%6626 = xor i1 %6624, true
	%6627 = icmp sge i32 %6625, %6407
	%6628 = and i1 %6626, %6627
	%6629 = mul i32 %3, 8
	%6630 = add i32 %6629, 5
	%6631 = sub i32 255, %6630
	%6632 = select i1 %6628, i32 %6631, i32 %6622
	%6633 = select i1 %6628, i32 %6615, i32 %6623
	%6634 = or i1 %6624, %6628
	%6635 = add i32 %6625, %6540
	%6636 = xor i1 %6634, true
	%6637 = icmp sge i32 %6635, %6407
	%6638 = and i1 %6636, %6637
	%6639 = mul i32 %3, 8
	%6640 = add i32 %6639, 6
	%6641 = sub i32 255, %6640
	%6642 = select i1 %6638, i32 %6641, i32 %6632
	%6643 = select i1 %6638, i32 %6625, i32 %6633
	%6644 = or i1 %6634, %6638
	%6645 = add i32 %6635, %6549
	%6646 = xor i1 %6644, true
	%6647 = icmp sge i32 %6645, %6407
	%6648 = and i1 %6646, %6647
	%6649 = mul i32 %3, 8
	%6650 = add i32 %6649, 7
	%6651 = sub i32 255, %6650
	%6652 = select i1 %6648, i32 %6651, i32 %6642
	%6653 = select i1 %6648, i32 %6635, i32 %6643
	%6654 = or i1 %6644, %6648
	%6655 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6574)
	%6656 = call i32 @llvm.cttz.i32(i32 %6655, i1 false)
	%6657 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %6652, i32 %6656, i32 31)
	%6658 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %6653, i32 %6656, i32 31)
	%6659 = shl i32 %6657, 0
	%6660 = or i32 %6404, %6659
	%6661 = shl i32 255, 0
	%6662 = or i32 %6406, %6661
	%6663 = sub i32 %6407, %6658
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%6664 = shl i32 1, %3
	%6665 = sub i32 %6664, 1
	br label %6676

6666:
	%6667 = lshr i32 %6474, 0
	%6668 = and i32 %6667, 255
	%6669 = add i32 %5630, %6668
	%6670 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6671 = bitcast i8 addrspace(3)* %6670 to i32 addrspace(3)*
	%6672 = getelementptr i32, i32 addrspace(3)* %6671, i32 %6669
	%6673 = atomicrmw add i32 addrspace(3)* %6672, i32 1 monotonic
	br label %6674

6674:
	%6675 = add i32 %6467, 32
	br label %6466

6676:
	%6677 = phi i32 [ 0, %6478 ], [ %6746, %6741 ]
	%6678 = phi i32 [ 0, %6478 ], [ %6743, %6741 ]
	%6679 = phi i32 [ 0, %6478 ], [ %6745, %6741 ]
	%6680 = icmp slt i32 %6677, %591
	br i1 %6680, label %6681, label %6684

6681:
	%6682 = add i32 %6677, %3
	%6683 = icmp slt i32 %6682, %591
	br i1 %6683, label %6705, label %6715

6684:
	%6685 = icmp ugt i32 %5377, %6660
	%6686 = and i1 %5372, %6685
	%6687 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6686)
	%6688 = call i32 @llvm.ctpop.i32(i32 %6687)
	%6689 = add i32 0, %6688
	%6690 = icmp ugt i32 %5390, %6660
	%6691 = and i1 %5385, %6690
	%6692 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6691)
	%6693 = call i32 @llvm.ctpop.i32(i32 %6692)
	%6694 = add i32 %6689, %6693
	%6695 = icmp ugt i32 %5403, %6660
	%6696 = and i1 %5398, %6695
	%6697 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6696)
	%6698 = call i32 @llvm.ctpop.i32(i32 %6697)
	%6699 = add i32 %6694, %6698
	%6700 = icmp ugt i32 %5416, %6660
	%6701 = and i1 %5411, %6700
	%6702 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6701)
	%6703 = call i32 @llvm.ctpop.i32(i32 %6702)
	%6704 = add i32 %6699, %6703
	br label %5679

6705:
	%6706 = add i32 %5629, %6682
	%6707 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%6708 = bitcast i8 addrspace(3)* %6707 to i32 addrspace(3)*
	%6709 = getelementptr i32, i32 addrspace(3)* %6708, i32 %6706
	%6710 = load i32, i32 addrspace(3)* %6709
	%6711 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%6712 = bitcast i8 addrspace(3)* %6711 to i32 addrspace(3)*
	%6713 = getelementptr i32, i32 addrspace(3)* %6712, i32 %6706
	%6714 = load i32, i32 addrspace(3)* %6713
	br label %6715

6715:
	%6716 = phi i32 [ 0, %6681 ], [ %6710, %6705 ]
	%6717 = phi i32 [ 0, %6681 ], [ %6714, %6705 ]
	%6718 = icmp eq i32 %6716, %6660
	%6719 = and i1 %6683, %6718
	%6720 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6719)
	%6721 = and i32 %6720, %6665
	%6722 = call i32 @llvm.ctpop.i32(i32 %6721)
	%6723 = add i32 %6679, %6722
	%6724 = icmp ugt i32 %6716, %6660
	%6725 = icmp slt i32 %6723, %6663
	%6726 = and i1 %6719, %6725
	%6727 = or i1 %6724, %6726
	%6728 = and i1 %6683, %6727
	%6729 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6728)
	%6730 = and i32 %6729, %6665
	%6731 = call i32 @llvm.ctpop.i32(i32 %6730)
	%6732 = add i32 %6678, %6731
	%6733 = add i32 %5629, %6732
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %6728, label %6734, label %6741

6734:
	%6735 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%6736 = bitcast i8 addrspace(3)* %6735 to i32 addrspace(3)*
	%6737 = getelementptr i32, i32 addrspace(3)* %6736, i32 %6733
	store i32 %6716, i32 addrspace(3)* %6737
	%6738 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%6739 = bitcast i8 addrspace(3)* %6738 to i32 addrspace(3)*
	%6740 = getelementptr i32, i32 addrspace(3)* %6739, i32 %6733
	store i32 %6717, i32 addrspace(3)* %6740
	br label %6741

6741:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%6742 = call i32 @llvm.ctpop.i32(i32 %6729)
	%6743 = add i32 %6678, %6742
	%6744 = call i32 @llvm.ctpop.i32(i32 %6720)
	%6745 = add i32 %6679, %6744
	%6746 = add i32 %6677, 32
	br label %6676

6747:
	%6748 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%6749 = bitcast i8 addrspace(3)* %6748 to i32 addrspace(3)*
	%6750 = getelementptr i32, i32 addrspace(3)* %6749, i32 %5697
	store i32 %5377, i32 addrspace(3)* %6750
	%6751 = add i32 0, %3
	%6752 = add i32 %586, %6751
	%6753 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%6754 = bitcast i8 addrspace(3)* %6753 to i32 addrspace(3)*
	%6755 = getelementptr i32, i32 addrspace(3)* %6754, i32 %5697
	store i32 %6752, i32 addrspace(3)* %6755
	br label %6756

6756:
	%6757 = call i32 @llvm.ctpop.i32(i32 %5687)
	%6758 = add i32 %5680, %6757
	%6759 = and i32 %5688, %5692
	%6760 = call i32 @llvm.ctpop.i32(i32 %6759)
	%6761 = add i32 %6758, %6760
	%6762 = add i32 %5693, %6761
	br i1 %5684, label %6763, label %6772

6763:
	%6764 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%6765 = bitcast i8 addrspace(3)* %6764 to i32 addrspace(3)*
	%6766 = getelementptr i32, i32 addrspace(3)* %6765, i32 %6762
	store i32 %5390, i32 addrspace(3)* %6766
	%6767 = add i32 32, %3
	%6768 = add i32 %586, %6767
	%6769 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%6770 = bitcast i8 addrspace(3)* %6769 to i32 addrspace(3)*
	%6771 = getelementptr i32, i32 addrspace(3)* %6770, i32 %6762
	store i32 %6768, i32 addrspace(3)* %6771
	br label %6772

6772:
	%6773 = call i32 @llvm.ctpop.i32(i32 %5688)
	%6774 = add i32 %6758, %6773
	%6775 = and i32 %5689, %5692
	%6776 = call i32 @llvm.ctpop.i32(i32 %6775)
	%6777 = add i32 %6774, %6776
	%6778 = add i32 %5693, %6777
	br i1 %5685, label %6779, label %6788

6779:
	%6780 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%6781 = bitcast i8 addrspace(3)* %6780 to i32 addrspace(3)*
	%6782 = getelementptr i32, i32 addrspace(3)* %6781, i32 %6778
	store i32 %5403, i32 addrspace(3)* %6782
	%6783 = add i32 64, %3
	%6784 = add i32 %586, %6783
	%6785 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%6786 = bitcast i8 addrspace(3)* %6785 to i32 addrspace(3)*
	%6787 = getelementptr i32, i32 addrspace(3)* %6786, i32 %6778
	store i32 %6784, i32 addrspace(3)* %6787
	br label %6788

6788:
	%6789 = call i32 @llvm.ctpop.i32(i32 %5689)
	%6790 = add i32 %6774, %6789
	%6791 = and i32 %5690, %5692
	%6792 = call i32 @llvm.ctpop.i32(i32 %6791)
	%6793 = add i32 %6790, %6792
	%6794 = add i32 %5693, %6793
	br i1 %5686, label %6795, label %6804

6795:
	%6796 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%6797 = bitcast i8 addrspace(3)* %6796 to i32 addrspace(3)*
	%6798 = getelementptr i32, i32 addrspace(3)* %6797, i32 %6794
	store i32 %5416, i32 addrspace(3)* %6798
	%6799 = add i32 96, %3
	%6800 = add i32 %586, %6799
	%6801 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%6802 = bitcast i8 addrspace(3)* %6801 to i32 addrspace(3)*
	%6803 = getelementptr i32, i32 addrspace(3)* %6802, i32 %6794
	store i32 %6800, i32 addrspace(3)* %6803
	br label %6804

6804:
	%6805 = call i32 @llvm.ctpop.i32(i32 %5690)
	%6806 = add i32 %6790, %6805
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%6807 = add i32 %5680, %5682
	br label %5418

6808:
	%6809 = mul i32 %504, 129
	%6810 = add i32 0, %3
	%6811 = add i32 %6809, %6810
	%6812 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%6813 = bitcast i8 addrspace(3)* %6812 to float addrspace(3)*
	%6814 = getelementptr float, float addrspace(3)* %6813, i32 %6811
	%6815 = load float, float addrspace(3)* %6814
	%6816 = fcmp ogt float %6815, 0xFFF0000000000000
	%6817 = fadd float %6815, 0.0
	%6818 = bitcast float %6817 to i32
	%6819 = ashr i32 %6818, 31
	%6820 = or i32 %6819, -2147483648
	%6821 = xor i32 %6818, %6820
	%6822 = mul i32 %504, 129
	%6823 = add i32 32, %3
	%6824 = add i32 %6822, %6823
	%6825 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%6826 = bitcast i8 addrspace(3)* %6825 to float addrspace(3)*
	%6827 = getelementptr float, float addrspace(3)* %6826, i32 %6824
	%6828 = load float, float addrspace(3)* %6827
	%6829 = fcmp ogt float %6828, 0xFFF0000000000000
	%6830 = fadd float %6828, 0.0
	%6831 = bitcast float %6830 to i32
	%6832 = ashr i32 %6831, 31
	%6833 = or i32 %6832, -2147483648
	%6834 = xor i32 %6831, %6833
	%6835 = mul i32 %504, 129
	%6836 = add i32 64, %3
	%6837 = add i32 %6835, %6836
	%6838 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%6839 = bitcast i8 addrspace(3)* %6838 to float addrspace(3)*
	%6840 = getelementptr float, float addrspace(3)* %6839, i32 %6837
	%6841 = load float, float addrspace(3)* %6840
	%6842 = fcmp ogt float %6841, 0xFFF0000000000000
	%6843 = fadd float %6841, 0.0
	%6844 = bitcast float %6843 to i32
	%6845 = ashr i32 %6844, 31
	%6846 = or i32 %6845, -2147483648
	%6847 = xor i32 %6844, %6846
	%6848 = mul i32 %504, 129
	%6849 = add i32 96, %3
	%6850 = add i32 %6848, %6849
	%6851 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%6852 = bitcast i8 addrspace(3)* %6851 to float addrspace(3)*
	%6853 = getelementptr float, float addrspace(3)* %6852, i32 %6850
	%6854 = load float, float addrspace(3)* %6853
	%6855 = fcmp ogt float %6854, 0xFFF0000000000000
	%6856 = fadd float %6854, 0.0
	%6857 = bitcast float %6856 to i32
	%6858 = ashr i32 %6857, 31
	%6859 = or i32 %6858, -2147483648
	%6860 = xor i32 %6857, %6859
	%6861 = icmp eq i32 %594, 0
	br i1 %6861, label %6866, label %7049

6862:
	%6863 = phi i32 [ %593, %5418 ], [ %8252, %8249 ]
	%6864 = phi i32 [ %594, %5418 ], [ %7126, %8249 ]
	call void @llvm.nvvm.barrier0()
	%6865 = add i32 %586, 128
	br label %585

6866:
	%6867 = select i1 %6816, i32 %6821, i32 0
	%6868 = icmp ugt i32 0, %6867
	%6869 = select i1 %6868, i32 0, i32 %6867
	%6870 = select i1 %6829, i32 %6834, i32 0
	%6871 = icmp ugt i32 %6869, %6870
	%6872 = select i1 %6871, i32 %6869, i32 %6870
	%6873 = select i1 %6842, i32 %6847, i32 0
	%6874 = icmp ugt i32 %6872, %6873
	%6875 = select i1 %6874, i32 %6872, i32 %6873
	%6876 = select i1 %6855, i32 %6860, i32 0
	%6877 = icmp ugt i32 %6875, %6876
	%6878 = select i1 %6877, i32 %6875, i32 %6876
	%6879 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6878, i32 1, i32 31)
	%6880 = and i32 %3, 2
	%6881 = icmp eq i32 %6880, 0
	%6882 = and i32 %3, 1
	%6883 = icmp eq i32 %6882, 0
	%6884 = icmp eq i1 %6881, %6883
	%6885 = icmp ugt i32 %6878, %6879
	%6886 = select i1 %6885, i32 %6878, i32 %6879
	%6887 = icmp ult i32 %6878, %6879
	%6888 = select i1 %6887, i32 %6878, i32 %6879
	%6889 = select i1 %6884, i32 %6886, i32 %6888
	%6890 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6889, i32 2, i32 31)
	%6891 = and i32 %3, 4
	%6892 = icmp eq i32 %6891, 0
	%6893 = and i32 %3, 2
	%6894 = icmp eq i32 %6893, 0
	%6895 = icmp eq i1 %6892, %6894
	%6896 = icmp ugt i32 %6889, %6890
	%6897 = select i1 %6896, i32 %6889, i32 %6890
	%6898 = icmp ult i32 %6889, %6890
	%6899 = select i1 %6898, i32 %6889, i32 %6890
	%6900 = select i1 %6895, i32 %6897, i32 %6899
	%6901 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6900, i32 1, i32 31)
	%6902 = and i32 %3, 4
	%6903 = icmp eq i32 %6902, 0
	%6904 = and i32 %3, 1
	%6905 = icmp eq i32 %6904, 0
	%6906 = icmp eq i1 %6903, %6905
	%6907 = icmp ugt i32 %6900, %6901
	%6908 = select i1 %6907, i32 %6900, i32 %6901
	%6909 = icmp ult i32 %6900, %6901
	%6910 = select i1 %6909, i32 %6900, i32 %6901
	%6911 = select i1 %6906, i32 %6908, i32 %6910
	%6912 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6911, i32 4, i32 31)
	%6913 = and i32 %3, 8
	%6914 = icmp eq i32 %6913, 0
	%6915 = and i32 %3, 4
	%6916 = icmp eq i32 %6915, 0
	%6917 = icmp eq i1 %6914, %6916
	%6918 = icmp ugt i32 %6911, %6912
	%6919 = select i1 %6918, i32 %6911, i32 %6912
	%6920 = icmp ult i32 %6911, %6912
	%6921 = select i1 %6920, i32 %6911, i32 %6912
	%6922 = select i1 %6917, i32 %6919, i32 %6921
	%6923 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6922, i32 2, i32 31)
	%6924 = and i32 %3, 8
	%6925 = icmp eq i32 %6924, 0
	%6926 = and i32 %3, 2
	%6927 = icmp eq i32 %6926, 0
	%6928 = icmp eq i1 %6925, %6927
	%6929 = icmp ugt i32 %6922, %6923
	%6930 = select i1 %6929, i32 %6922, i32 %6923
	%6931 = icmp ult i32 %6922, %6923
	%6932 = select i1 %6931, i32 %6922, i32 %6923
	%6933 = select i1 %6928, i32 %6930, i32 %6932
	%6934 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6933, i32 1, i32 31)
	%6935 = and i32 %3, 8
	%6936 = icmp eq i32 %6935, 0
	%6937 = and i32 %3, 1
	%6938 = icmp eq i32 %6937, 0
	%6939 = icmp eq i1 %6936, %6938
	%6940 = icmp ugt i32 %6933, %6934
	%6941 = select i1 %6940, i32 %6933, i32 %6934
	%6942 = icmp ult i32 %6933, %6934
	%6943 = select i1 %6942, i32 %6933, i32 %6934
	%6944 = select i1 %6939, i32 %6941, i32 %6943
	%6945 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6944, i32 8, i32 31)
	%6946 = and i32 %3, 16
	%6947 = icmp eq i32 %6946, 0
	%6948 = and i32 %3, 8
	%6949 = icmp eq i32 %6948, 0
	%6950 = icmp eq i1 %6947, %6949
	%6951 = icmp ugt i32 %6944, %6945
	%6952 = select i1 %6951, i32 %6944, i32 %6945
	%6953 = icmp ult i32 %6944, %6945
	%6954 = select i1 %6953, i32 %6944, i32 %6945
	%6955 = select i1 %6950, i32 %6952, i32 %6954
	%6956 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6955, i32 4, i32 31)
	%6957 = and i32 %3, 16
	%6958 = icmp eq i32 %6957, 0
	%6959 = and i32 %3, 4
	%6960 = icmp eq i32 %6959, 0
	%6961 = icmp eq i1 %6958, %6960
	%6962 = icmp ugt i32 %6955, %6956
	%6963 = select i1 %6962, i32 %6955, i32 %6956
	%6964 = icmp ult i32 %6955, %6956
	%6965 = select i1 %6964, i32 %6955, i32 %6956
	%6966 = select i1 %6961, i32 %6963, i32 %6965
	%6967 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6966, i32 2, i32 31)
	%6968 = and i32 %3, 16
	%6969 = icmp eq i32 %6968, 0
	%6970 = and i32 %3, 2
	%6971 = icmp eq i32 %6970, 0
	%6972 = icmp eq i1 %6969, %6971
	%6973 = icmp ugt i32 %6966, %6967
	%6974 = select i1 %6973, i32 %6966, i32 %6967
	%6975 = icmp ult i32 %6966, %6967
	%6976 = select i1 %6975, i32 %6966, i32 %6967
	%6977 = select i1 %6972, i32 %6974, i32 %6976
	%6978 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6977, i32 1, i32 31)
	%6979 = and i32 %3, 16
	%6980 = icmp eq i32 %6979, 0
	%6981 = and i32 %3, 1
	%6982 = icmp eq i32 %6981, 0
	%6983 = icmp eq i1 %6980, %6982
	%6984 = icmp ugt i32 %6977, %6978
	%6985 = select i1 %6984, i32 %6977, i32 %6978
	%6986 = icmp ult i32 %6977, %6978
	%6987 = select i1 %6986, i32 %6977, i32 %6978
	%6988 = select i1 %6983, i32 %6985, i32 %6987
	%6989 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6988, i32 16, i32 31)
	%6990 = and i32 %3, 32
	%6991 = icmp eq i32 %6990, 0
	%6992 = and i32 %3, 16
	%6993 = icmp eq i32 %6992, 0
	%6994 = icmp eq i1 %6991, %6993
	%6995 = icmp ugt i32 %6988, %6989
	%6996 = select i1 %6995, i32 %6988, i32 %6989
	%6997 = icmp ult i32 %6988, %6989
	%6998 = select i1 %6997, i32 %6988, i32 %6989
	%6999 = select i1 %6994, i32 %6996, i32 %6998
	%7000 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6999, i32 8, i32 31)
	%7001 = and i32 %3, 32
	%7002 = icmp eq i32 %7001, 0
	%7003 = and i32 %3, 8
	%7004 = icmp eq i32 %7003, 0
	%7005 = icmp eq i1 %7002, %7004
	%7006 = icmp ugt i32 %6999, %7000
	%7007 = select i1 %7006, i32 %6999, i32 %7000
	%7008 = icmp ult i32 %6999, %7000
	%7009 = select i1 %7008, i32 %6999, i32 %7000
	%7010 = select i1 %7005, i32 %7007, i32 %7009
	%7011 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %7010, i32 4, i32 31)
	%7012 = and i32 %3, 32
	%7013 = icmp eq i32 %7012, 0
	%7014 = and i32 %3, 4
	%7015 = icmp eq i32 %7014, 0
	%7016 = icmp eq i1 %7013, %7015
	%7017 = icmp ugt i32 %7010, %7011
	%7018 = select i1 %7017, i32 %7010, i32 %7011
	%7019 = icmp ult i32 %7010, %7011
	%7020 = select i1 %7019, i32 %7010, i32 %7011
	%7021 = select i1 %7016, i32 %7018, i32 %7020
	%7022 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %7021, i32 2, i32 31)
	%7023 = and i32 %3, 32
	%7024 = icmp eq i32 %7023, 0
	%7025 = and i32 %3, 2
	%7026 = icmp eq i32 %7025, 0
	%7027 = icmp eq i1 %7024, %7026
	%7028 = icmp ugt i32 %7021, %7022
	%7029 = select i1 %7028, i32 %7021, i32 %7022
	%7030 = icmp ult i32 %7021, %7022
	%7031 = select i1 %7030, i32 %7021, i32 %7022
	%7032 = select i1 %7027, i32 %7029, i32 %7031
	%7033 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %7032, i32 1, i32 31)
	%7034 = and i32 %3, 32
	%7035 = icmp eq i32 %7034, 0
	%7036 = and i32 %3, 1
	%7037 = icmp eq i32 %7036, 0
	%7038 = icmp eq i1 %7035, %7037
	%7039 = icmp ugt i32 %7032, %7033
	%7040 = select i1 %7039, i32 %7032, i32 %7033
	%7041 = icmp ult i32 %7032, %7033
	%7042 = select i1 %7041, i32 %7032, i32 %7033
	%7043 = select i1 %7038, i32 %7040, i32 %7042
	%7044 = sub i32 %541, 1
	%7045 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %7043, i32 %7044, i32 31)
	%7046 = icmp ugt i32 %7045, 0
	%7047 = sub i32 %7045, 1
	%7048 = select i1 %7046, i32 %7047, i32 0
	br label %7049

7049:
	%7050 = phi i32 [ %594, %6808 ], [ %7048, %6866 ]
	%7051 = icmp ugt i32 %6821, %7050
	%7052 = and i1 %6816, %7051
	%7053 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %7052)
	%7054 = call i32 @llvm.ctpop.i32(i32 %7053)
	%7055 = add i32 0, %7054
	%7056 = icmp ugt i32 %6834, %7050
	%7057 = and i1 %6829, %7056
	%7058 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %7057)
	%7059 = call i32 @llvm.ctpop.i32(i32 %7058)
	%7060 = add i32 %7055, %7059
	%7061 = icmp ugt i32 %6847, %7050
	%7062 = and i1 %6842, %7061
	%7063 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %7062)
	%7064 = call i32 @llvm.ctpop.i32(i32 %7063)
	%7065 = add i32 %7060, %7064
	%7066 = icmp ugt i32 %6860, %7050
	%7067 = and i1 %6855, %7066
	%7068 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %7067)
	%7069 = call i32 @llvm.ctpop.i32(i32 %7068)
	%7070 = add i32 %7065, %7069
	%7071 = add i32 %593, %7070
	%7072 = icmp sgt i32 %7071, 160
	br i1 %7072, label %7073, label %7124

7073:
	%7074 = mul i32 %504, 160
	%7075 = mul i32 %4, 256
	%7076 = mul i32 %3, 8
	%7077 = add i32 %7076, 0
	%7078 = add i32 %7075, %7077
	%7079 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7080 = bitcast i8 addrspace(3)* %7079 to i32 addrspace(3)*
	%7081 = getelementptr i32, i32 addrspace(3)* %7080, i32 %7078
	store i32 0, i32 addrspace(3)* %7081
	%7082 = mul i32 %3, 8
	%7083 = add i32 %7082, 1
	%7084 = add i32 %7075, %7083
	%7085 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7086 = bitcast i8 addrspace(3)* %7085 to i32 addrspace(3)*
	%7087 = getelementptr i32, i32 addrspace(3)* %7086, i32 %7084
	store i32 0, i32 addrspace(3)* %7087
	%7088 = mul i32 %3, 8
	%7089 = add i32 %7088, 2
	%7090 = add i32 %7075, %7089
	%7091 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7092 = bitcast i8 addrspace(3)* %7091 to i32 addrspace(3)*
	%7093 = getelementptr i32, i32 addrspace(3)* %7092, i32 %7090
	store i32 0, i32 addrspace(3)* %7093
	%7094 = mul i32 %3, 8
	%7095 = add i32 %7094, 3
	%7096 = add i32 %7075, %7095
	%7097 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7098 = bitcast i8 addrspace(3)* %7097 to i32 addrspace(3)*
	%7099 = getelementptr i32, i32 addrspace(3)* %7098, i32 %7096
	store i32 0, i32 addrspace(3)* %7099
	%7100 = mul i32 %3, 8
	%7101 = add i32 %7100, 4
	%7102 = add i32 %7075, %7101
	%7103 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7104 = bitcast i8 addrspace(3)* %7103 to i32 addrspace(3)*
	%7105 = getelementptr i32, i32 addrspace(3)* %7104, i32 %7102
	store i32 0, i32 addrspace(3)* %7105
	%7106 = mul i32 %3, 8
	%7107 = add i32 %7106, 5
	%7108 = add i32 %7075, %7107
	%7109 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7110 = bitcast i8 addrspace(3)* %7109 to i32 addrspace(3)*
	%7111 = getelementptr i32, i32 addrspace(3)* %7110, i32 %7108
	store i32 0, i32 addrspace(3)* %7111
	%7112 = mul i32 %3, 8
	%7113 = add i32 %7112, 6
	%7114 = add i32 %7075, %7113
	%7115 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7116 = bitcast i8 addrspace(3)* %7115 to i32 addrspace(3)*
	%7117 = getelementptr i32, i32 addrspace(3)* %7116, i32 %7114
	store i32 0, i32 addrspace(3)* %7117
	%7118 = mul i32 %3, 8
	%7119 = add i32 %7118, 7
	%7120 = add i32 %7075, %7119
	%7121 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7122 = bitcast i8 addrspace(3)* %7121 to i32 addrspace(3)*
	%7123 = getelementptr i32, i32 addrspace(3)* %7122, i32 %7120
	store i32 0, i32 addrspace(3)* %7123
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %7143

7124:
	%7125 = phi i32 [ %593, %7049 ], [ %541, %8129 ]
	%7126 = phi i32 [ %7050, %7049 ], [ %8105, %8129 ]
	%7127 = phi i32 [ %7070, %7049 ], [ %8149, %8129 ]
	%7128 = phi i1 [ %7052, %7049 ], [ %8131, %8129 ]
	%7129 = phi i1 [ %7057, %7049 ], [ %8136, %8129 ]
	%7130 = phi i1 [ %7062, %7049 ], [ %8141, %8129 ]
	%7131 = phi i1 [ %7067, %7049 ], [ %8146, %8129 ]
	%7132 = phi i32 [ %7053, %7049 ], [ %8132, %8129 ]
	%7133 = phi i32 [ %7058, %7049 ], [ %8137, %8129 ]
	%7134 = phi i32 [ %7063, %7049 ], [ %8142, %8129 ]
	%7135 = phi i32 [ %7068, %7049 ], [ %8147, %8129 ]
	%7136 = shl i32 1, %3
	%7137 = sub i32 %7136, 1
	%7138 = mul i32 %504, 160
	%7139 = and i32 %7132, %7137
	%7140 = call i32 @llvm.ctpop.i32(i32 %7139)
	%7141 = add i32 %7125, %7140
	%7142 = add i32 %7138, %7141
	br i1 %7128, label %8192, label %8201

7143:
	%7144 = phi i32 [ %3, %7073 ], [ %7398, %7397 ]
	%7145 = icmp slt i32 %7144, %593
	br i1 %7145, label %7146, label %7155

7146:
	%7147 = add i32 %7074, %7144
	%7148 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%7149 = bitcast i8 addrspace(3)* %7148 to i32 addrspace(3)*
	%7150 = getelementptr i32, i32 addrspace(3)* %7149, i32 %7147
	%7151 = load i32, i32 addrspace(3)* %7150
	%7152 = and i32 %7151, 0
	%7153 = icmp eq i32 %7152, 0
	%7154 = and i1 true, %7153
	br i1 %7154, label %7389, label %7397

7155:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%7156 = mul i32 %3, 8
	%7157 = add i32 %7156, 0
	%7158 = sub i32 255, %7157
	%7159 = add i32 %7075, %7158
	%7160 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7161 = bitcast i8 addrspace(3)* %7160 to i32 addrspace(3)*
	%7162 = getelementptr i32, i32 addrspace(3)* %7161, i32 %7159
	%7163 = load i32, i32 addrspace(3)* %7162
	%7164 = add i32 0, %7163
	%7165 = mul i32 %3, 8
	%7166 = add i32 %7165, 1
	%7167 = sub i32 255, %7166
	%7168 = add i32 %7075, %7167
	%7169 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7170 = bitcast i8 addrspace(3)* %7169 to i32 addrspace(3)*
	%7171 = getelementptr i32, i32 addrspace(3)* %7170, i32 %7168
	%7172 = load i32, i32 addrspace(3)* %7171
	%7173 = add i32 %7164, %7172
	%7174 = mul i32 %3, 8
	%7175 = add i32 %7174, 2
	%7176 = sub i32 255, %7175
	%7177 = add i32 %7075, %7176
	%7178 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7179 = bitcast i8 addrspace(3)* %7178 to i32 addrspace(3)*
	%7180 = getelementptr i32, i32 addrspace(3)* %7179, i32 %7177
	%7181 = load i32, i32 addrspace(3)* %7180
	%7182 = add i32 %7173, %7181
	%7183 = mul i32 %3, 8
	%7184 = add i32 %7183, 3
	%7185 = sub i32 255, %7184
	%7186 = add i32 %7075, %7185
	%7187 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7188 = bitcast i8 addrspace(3)* %7187 to i32 addrspace(3)*
	%7189 = getelementptr i32, i32 addrspace(3)* %7188, i32 %7186
	%7190 = load i32, i32 addrspace(3)* %7189
	%7191 = add i32 %7182, %7190
	%7192 = mul i32 %3, 8
	%7193 = add i32 %7192, 4
	%7194 = sub i32 255, %7193
	%7195 = add i32 %7075, %7194
	%7196 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7197 = bitcast i8 addrspace(3)* %7196 to i32 addrspace(3)*
	%7198 = getelementptr i32, i32 addrspace(3)* %7197, i32 %7195
	%7199 = load i32, i32 addrspace(3)* %7198
	%7200 = add i32 %7191, %7199
	%7201 = mul i32 %3, 8
	%7202 = add i32 %7201, 5
	%7203 = sub i32 255, %7202
	%7204 = add i32 %7075, %7203
	%7205 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7206 = bitcast i8 addrspace(3)* %7205 to i32 addrspace(3)*
	%7207 = getelementptr i32, i32 addrspace(3)* %7206, i32 %7204
	%7208 = load i32, i32 addrspace(3)* %7207
	%7209 = add i32 %7200, %7208
	%7210 = mul i32 %3, 8
	%7211 = add i32 %7210, 6
	%7212 = sub i32 255, %7211
	%7213 = add i32 %7075, %7212
	%7214 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7215 = bitcast i8 addrspace(3)* %7214 to i32 addrspace(3)*
	%7216 = getelementptr i32, i32 addrspace(3)* %7215, i32 %7213
	%7217 = load i32, i32 addrspace(3)* %7216
	%7218 = add i32 %7209, %7217
	%7219 = mul i32 %3, 8
	%7220 = add i32 %7219, 7
	%7221 = sub i32 255, %7220
	%7222 = add i32 %7075, %7221
	%7223 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7224 = bitcast i8 addrspace(3)* %7223 to i32 addrspace(3)*
	%7225 = getelementptr i32, i32 addrspace(3)* %7224, i32 %7222
	%7226 = load i32, i32 addrspace(3)* %7225
	%7227 = add i32 %7218, %7226
	%7228 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7227, i32 1, i32 0)
	%7229 = icmp uge i32 %3, 1
	%7230 = select i1 %7229, i32 %7228, i32 0
	%7231 = add i32 %7227, %7230
	%7232 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7231, i32 2, i32 0)
	%7233 = icmp uge i32 %3, 2
	%7234 = select i1 %7233, i32 %7232, i32 0
	%7235 = add i32 %7231, %7234
	%7236 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7235, i32 4, i32 0)
	%7237 = icmp uge i32 %3, 4
	%7238 = select i1 %7237, i32 %7236, i32 0
	%7239 = add i32 %7235, %7238
	%7240 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7239, i32 8, i32 0)
	%7241 = icmp uge i32 %3, 8
	%7242 = select i1 %7241, i32 %7240, i32 0
	%7243 = add i32 %7239, %7242
	%7244 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7243, i32 16, i32 0)
	%7245 = icmp uge i32 %3, 16
	%7246 = select i1 %7245, i32 %7244, i32 0
	%7247 = add i32 %7243, %7246
	%7248 = sub i32 %7247, %7227
	%7249 = icmp slt i32 %7248, %541
	%7250 = icmp sge i32 %7247, %541
	%7251 = and i1 %7249, %7250
	%7252 = add i32 %7248, %7163
	%7253 = xor i1 false, true
	%7254 = icmp sge i32 %7252, %541
	%7255 = and i1 %7253, %7254
	%7256 = mul i32 %3, 8
	%7257 = add i32 %7256, 0
	%7258 = sub i32 255, %7257
	%7259 = select i1 %7255, i32 %7258, i32 0
	%7260 = select i1 %7255, i32 %7248, i32 0
	%7261 = or i1 false, %7255
	%7262 = add i32 %7252, %7172
	%7263 = xor i1 %7261, true
	%7264 = icmp sge i32 %7262, %541
	%7265 = and i1 %7263, %7264
	%7266 = mul i32 %3, 8
	%7267 = add i32 %7266, 1
	%7268 = sub i32 255, %7267
	%7269 = select i1 %7265, i32 %7268, i32 %7259
	%7270 = select i1 %7265, i32 %7252, i32 %7260
	%7271 = or i1 %7261, %7265
	%7272 = add i32 %7262, %7181
	%7273 = xor i1 %7271, true
	%7274 = icmp sge i32 %7272, %541
	%7275 = and i1 %7273, %7274
	%7276 = mul i32 %3, 8
	%7277 = add i32 %7276, 2
	%7278 = sub i32 255, %7277
	%7279 = select i1 %7275, i32 %7278, i32 %7269
	%7280 = select i1 %7275, i32 %7262, i32 %7270
	%7281 = or i1 %7271, %7275
	%7282 = add i32 %7272, %7190
	%7283 = xor i1 %7281, true
	%7284 = icmp sge i32 %7282, %541
	%7285 = and i1 %7283, %7284
	%7286 = mul i32 %3, 8
	%7287 = add i32 %7286, 3
	%7288 = sub i32 255, %7287
	%7289 = select i1 %7285, i32 %7288, i32 %7279
	%7290 = select i1 %7285, i32 %7272, i32 %7280
	%7291 = or i1 %7281, %7285
	%7292 = add i32 %7282, %7199
	%7293 = xor i1 %7291, true
	%7294 = icmp sge i32 %7292, %541
	%7295 = and i1 %7293, %7294
	%7296 = mul i32 %3, 8
	%7297 = add i32 %7296, 4
	%7298 = sub i32 255, %7297
	%7299 = select i1 %7295, i32 %7298, i32 %7289
	%7300 = select i1 %7295, i32 %7282, i32 %7290
	%7301 = or i1 %7291, %7295
	%7302 = add i32 %7292, %7208
	%7303 = xor i1 %7301, true
	%7304 = icmp sge i32 %7302, %541
	%7305 = and i1 %7303, %7304
	%7306 = mul i32 %3, 8
	%7307 = add i32 %7306, 5
	%7308 = sub i32 255, %7307
	%7309 = select i1 %7305, i32 %7308, i32 %7299
	%7310 = select i1 %7305, i32 %7292, i32 %7300
	%7311 = or i1 %7301, %7305
	%7312 = add i32 %7302, %7217
	%7313 = xor i1 %7311, true
	%7314 = icmp sge i32 %7312, %541
	%7315 = and i1 %7313, %7314
	%7316 = mul i32 %3, 8
	%7317 = add i32 %7316, 6
	%7318 = sub i32 255, %7317
	%7319 = select i1 %7315, i32 %7318, i32 %7309
	%7320 = select i1 %7315, i32 %7302, i32 %7310
	%7321 = or i1 %7311, %7315
	%7322 = add i32 %7312, %7226
	%7323 = xor i1 %7321, true
	%7324 = icmp sge i32 %7322, %541
	%7325 = and i1 %7323, %7324
	%7326 = mul i32 %3, 8
	%7327 = add i32 %7326, 7
	%7328 = sub i32 255, %7327
	%7329 = select i1 %7325, i32 %7328, i32 %7319
	%7330 = select i1 %7325, i32 %7312, i32 %7320
	%7331 = or i1 %7321, %7325
	%7332 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %7251)
	%7333 = call i32 @llvm.cttz.i32(i32 %7332, i1 false)
	%7334 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %7329, i32 %7333, i32 31)
	%7335 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %7330, i32 %7333, i32 31)
	%7336 = shl i32 %7334, 24
	%7337 = or i32 0, %7336
	%7338 = shl i32 255, 24
	%7339 = or i32 0, %7338
	%7340 = sub i32 %541, %7335
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%7341 = mul i32 %3, 8
	%7342 = add i32 %7341, 0
	%7343 = add i32 %7075, %7342
	%7344 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7345 = bitcast i8 addrspace(3)* %7344 to i32 addrspace(3)*
	%7346 = getelementptr i32, i32 addrspace(3)* %7345, i32 %7343
	store i32 0, i32 addrspace(3)* %7346
	%7347 = mul i32 %3, 8
	%7348 = add i32 %7347, 1
	%7349 = add i32 %7075, %7348
	%7350 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7351 = bitcast i8 addrspace(3)* %7350 to i32 addrspace(3)*
	%7352 = getelementptr i32, i32 addrspace(3)* %7351, i32 %7349
	store i32 0, i32 addrspace(3)* %7352
	%7353 = mul i32 %3, 8
	%7354 = add i32 %7353, 2
	%7355 = add i32 %7075, %7354
	%7356 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7357 = bitcast i8 addrspace(3)* %7356 to i32 addrspace(3)*
	%7358 = getelementptr i32, i32 addrspace(3)* %7357, i32 %7355
	store i32 0, i32 addrspace(3)* %7358
	%7359 = mul i32 %3, 8
	%7360 = add i32 %7359, 3
	%7361 = add i32 %7075, %7360
	%7362 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7363 = bitcast i8 addrspace(3)* %7362 to i32 addrspace(3)*
	%7364 = getelementptr i32, i32 addrspace(3)* %7363, i32 %7361
	store i32 0, i32 addrspace(3)* %7364
	%7365 = mul i32 %3, 8
	%7366 = add i32 %7365, 4
	%7367 = add i32 %7075, %7366
	%7368 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7369 = bitcast i8 addrspace(3)* %7368 to i32 addrspace(3)*
	%7370 = getelementptr i32, i32 addrspace(3)* %7369, i32 %7367
	store i32 0, i32 addrspace(3)* %7370
	%7371 = mul i32 %3, 8
	%7372 = add i32 %7371, 5
	%7373 = add i32 %7075, %7372
	%7374 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7375 = bitcast i8 addrspace(3)* %7374 to i32 addrspace(3)*
	%7376 = getelementptr i32, i32 addrspace(3)* %7375, i32 %7373
	store i32 0, i32 addrspace(3)* %7376
	%7377 = mul i32 %3, 8
	%7378 = add i32 %7377, 6
	%7379 = add i32 %7075, %7378
	%7380 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7381 = bitcast i8 addrspace(3)* %7380 to i32 addrspace(3)*
	%7382 = getelementptr i32, i32 addrspace(3)* %7381, i32 %7379
	store i32 0, i32 addrspace(3)* %7382
	%7383 = mul i32 %3, 8
	%7384 = add i32 %7383, 7
	%7385 = add i32 %7075, %7384
	%7386 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7387 = bitcast i8 addrspace(3)* %7386 to i32 addrspace(3)*
	%7388 = getelementptr i32, i32 addrspace(3)* %7387, i32 %7385
	store i32 0, i32 addrspace(3)* %7388
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %7399

7389:
	%7390 = lshr i32 %7151, 24
	%7391 = and i32 %7390, 255
	%7392 = add i32 %7075, %7391
	%7393 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7394 = bitcast i8 addrspace(3)* %7393 to i32 addrspace(3)*
	%7395 = getelementptr i32, i32 addrspace(3)* %7394, i32 %7392
	%7396 = atomicrmw add i32 addrspace(3)* %7395, i32 1 monotonic
	br label %7397

7397:
	%7398 = add i32 %7144, 32
	br label %7143

7399:
	%7400 = phi i32 [ %3, %7155 ], [ %7654, %7653 ]
	%7401 = icmp slt i32 %7400, %593
	br i1 %7401, label %7402, label %7411

7402:
	%7403 = add i32 %7074, %7400
	%7404 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%7405 = bitcast i8 addrspace(3)* %7404 to i32 addrspace(3)*
	%7406 = getelementptr i32, i32 addrspace(3)* %7405, i32 %7403
	%7407 = load i32, i32 addrspace(3)* %7406
	%7408 = and i32 %7407, %7339
	%7409 = icmp eq i32 %7408, %7337
	%7410 = and i1 true, %7409
	br i1 %7410, label %7645, label %7653

7411:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%7412 = mul i32 %3, 8
	%7413 = add i32 %7412, 0
	%7414 = sub i32 255, %7413
	%7415 = add i32 %7075, %7414
	%7416 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7417 = bitcast i8 addrspace(3)* %7416 to i32 addrspace(3)*
	%7418 = getelementptr i32, i32 addrspace(3)* %7417, i32 %7415
	%7419 = load i32, i32 addrspace(3)* %7418
	%7420 = add i32 0, %7419
	%7421 = mul i32 %3, 8
	%7422 = add i32 %7421, 1
	%7423 = sub i32 255, %7422
	%7424 = add i32 %7075, %7423
	%7425 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7426 = bitcast i8 addrspace(3)* %7425 to i32 addrspace(3)*
	%7427 = getelementptr i32, i32 addrspace(3)* %7426, i32 %7424
	%7428 = load i32, i32 addrspace(3)* %7427
	%7429 = add i32 %7420, %7428
	%7430 = mul i32 %3, 8
	%7431 = add i32 %7430, 2
	%7432 = sub i32 255, %7431
	%7433 = add i32 %7075, %7432
	%7434 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7435 = bitcast i8 addrspace(3)* %7434 to i32 addrspace(3)*
	%7436 = getelementptr i32, i32 addrspace(3)* %7435, i32 %7433
	%7437 = load i32, i32 addrspace(3)* %7436
	%7438 = add i32 %7429, %7437
	%7439 = mul i32 %3, 8
	%7440 = add i32 %7439, 3
	%7441 = sub i32 255, %7440
	%7442 = add i32 %7075, %7441
	%7443 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7444 = bitcast i8 addrspace(3)* %7443 to i32 addrspace(3)*
	%7445 = getelementptr i32, i32 addrspace(3)* %7444, i32 %7442
	%7446 = load i32, i32 addrspace(3)* %7445
	%7447 = add i32 %7438, %7446
	%7448 = mul i32 %3, 8
	%7449 = add i32 %7448, 4
	%7450 = sub i32 255, %7449
	%7451 = add i32 %7075, %7450
	%7452 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7453 = bitcast i8 addrspace(3)* %7452 to i32 addrspace(3)*
	%7454 = getelementptr i32, i32 addrspace(3)* %7453, i32 %7451
	%7455 = load i32, i32 addrspace(3)* %7454
	%7456 = add i32 %7447, %7455
	%7457 = mul i32 %3, 8
	%7458 = add i32 %7457, 5
	%7459 = sub i32 255, %7458
	%7460 = add i32 %7075, %7459
	%7461 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7462 = bitcast i8 addrspace(3)* %7461 to i32 addrspace(3)*
	%7463 = getelementptr i32, i32 addrspace(3)* %7462, i32 %7460
	%7464 = load i32, i32 addrspace(3)* %7463
	%7465 = add i32 %7456, %7464
	%7466 = mul i32 %3, 8
	%7467 = add i32 %7466, 6
	%7468 = sub i32 255, %7467
	%7469 = add i32 %7075, %7468
	%7470 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7471 = bitcast i8 addrspace(3)* %7470 to i32 addrspace(3)*
	%7472 = getelementptr i32, i32 addrspace(3)* %7471, i32 %7469
	%7473 = load i32, i32 addrspace(3)* %7472
	%7474 = add i32 %7465, %7473
	%7475 = mul i32 %3, 8
	%7476 = add i32 %7475, 7
	%7477 = sub i32 255, %7476
	%7478 = add i32 %7075, %7477
	%7479 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7480 = bitcast i8 addrspace(3)* %7479 to i32 addrspace(3)*
	%7481 = getelementptr i32, i32 addrspace(3)* %7480, i32 %7478
	%7482 = load i32, i32 addrspace(3)* %7481
	%7483 = add i32 %7474, %7482
	%7484 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7483, i32 1, i32 0)
	%7485 = icmp uge i32 %3, 1
	%7486 = select i1 %7485, i32 %7484, i32 0
	%7487 = add i32 %7483, %7486
	%7488 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7487, i32 2, i32 0)
	%7489 = icmp uge i32 %3, 2
	%7490 = select i1 %7489, i32 %7488, i32 0
	%7491 = add i32 %7487, %7490
	%7492 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7491, i32 4, i32 0)
	%7493 = icmp uge i32 %3, 4
	%7494 = select i1 %7493, i32 %7492, i32 0
	%7495 = add i32 %7491, %7494
	%7496 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7495, i32 8, i32 0)
	%7497 = icmp uge i32 %3, 8
	%7498 = select i1 %7497, i32 %7496, i32 0
	%7499 = add i32 %7495, %7498
	%7500 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7499, i32 16, i32 0)
	%7501 = icmp uge i32 %3, 16
	%7502 = select i1 %7501, i32 %7500, i32 0
	%7503 = add i32 %7499, %7502
	%7504 = sub i32 %7503, %7483
	%7505 = icmp slt i32 %7504, %7340
	%7506 = icmp sge i32 %7503, %7340
	%7507 = and i1 %7505, %7506
	%7508 = add i32 %7504, %7419
	%7509 = xor i1 false, true
	%7510 = icmp sge i32 %7508, %7340
	%7511 = and i1 %7509, %7510
	%7512 = mul i32 %3, 8
	%7513 = add i32 %7512, 0
	%7514 = sub i32 255, %7513
	%7515 = select i1 %7511, i32 %7514, i32 0
	%7516 = select i1 %7511, i32 %7504, i32 0
	%7517 = or i1 false, %7511
	%7518 = add i32 %7508, %7428
	%7519 = xor i1 %7517, true
	%7520 = icmp sge i32 %7518, %7340
	%7521 = and i1 %7519, %7520
	%7522 = mul i32 %3, 8
	%7523 = add i32 %7522, 1
	%7524 = sub i32 255, %7523
	%7525 = select i1 %7521, i32 %7524, i32 %7515
	%7526 = select i1 %7521, i32 %7508, i32 %7516
	%7527 = or i1 %7517, %7521
	%7528 = add i32 %7518, %7437
	%7529 = xor i1 %7527, true
	%7530 = icmp sge i32 %7528, %7340
	%7531 = and i1 %7529, %7530
	%7532 = mul i32 %3, 8
	%7533 = add i32 %7532, 2
	%7534 = sub i32 255, %7533
	%7535 = select i1 %7531, i32 %7534, i32 %7525
	%7536 = select i1 %7531, i32 %7518, i32 %7526
	%7537 = or i1 %7527, %7531
	%7538 = add i32 %7528, %7446
	%7539 = xor i1 %7537, true
	%7540 = icmp sge i32 %7538, %7340
	%7541 = and i1 %7539, %7540
	%7542 = mul i32 %3, 8
	%7543 = add i32 %7542, 3
	%7544 = sub i32 255, %7543
	%7545 = select i1 %7541, i32 %7544, i32 %7535
	%7546 = select i1 %7541, i32 %7528, i32 %7536
	%7547 = or i1 %7537, %7541
	%7548 = add i32 %7538, %7455
	%7549 = xor i1 %7547, true
	%7550 = icmp sge i32 %7548, %7340
	%7551 = and i1 %7549, %7550
	%7552 = mul i32 %3, 8
	%7553 = add i32 %7552, 4
	%7554 = sub i32 255, %7553
	%7555 = select i1 %7551, i32 %7554, i32 %7545
	%7556 = select i1 %7551, i32 %7538, i32 %7546
	%7557 = or i1 %7547, %7551
	%7558 = add i32 %7548, %7464
	%7559 = xor i1 %7557, true
	%7560 = icmp sge i32 %7558, %7340
	%7561 = and i1 %7559, %7560
	%7562 = mul i32 %3, 8
	%7563 = add i32 %7562, 5
	%7564 = sub i32 255, %7563
	%7565 = select i1 %7561, i32 %7564, i32 %7555
	%7566 = select i1 %7561, i32 %7548, i32 %7556
	%7567 = or i1 %7557, %7561
	%7568 = add i32 %7558, %7473
	%7569 = xor i1 %7567, true
	%7570 = icmp sge i32 %7568, %7340
	%7571 = and i1 %7569, %7570
	%7572 = mul i32 %3, 8
	%7573 = add i32 %7572, 6
	%7574 = sub i32 255, %7573
	%7575 = select i1 %7571, i32 %7574, i32 %7565
	%7576 = select i1 %7571, i32 %7558, i32 %7566
	%7577 = or i1 %7567, %7571
	%7578 = add i32 %7568, %7482
	%7579 = xor i1 %7577, true
	%7580 = icmp sge i32 %7578, %7340
	%7581 = and i1 %7579, %7580
	%7582 = mul i32 %3, 8
	%7583 = add i32 %7582, 7
	%7584 = sub i32 255, %7583
	%7585 = select i1 %7581, i32 %7584, i32 %7575
	%7586 = select i1 %7581, i32 %7568, i32 %7576
	%7587 = or i1 %7577, %7581
	%7588 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %7507)
	%7589 = call i32 @llvm.cttz.i32(i32 %7588, i1 false)
	%7590 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %7585, i32 %7589, i32 31)
	%7591 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %7586, i32 %7589, i32 31)
	%7592 = shl i32 %7590, 16
	%7593 = or i32 %7337, %7592
	%7594 = shl i32 255, 16
	%7595 = or i32 %7339, %7594
	%7596 = sub i32 %7340, %7591
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%7597 = mul i32 %3, 8
	%7598 = add i32 %7597, 0
	%7599 = add i32 %7075, %7598
	%7600 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7601 = bitcast i8 addrspace(3)* %7600 to i32 addrspace(3)*
	%7602 = getelementptr i32, i32 addrspace(3)* %7601, i32 %7599
	store i32 0, i32 addrspace(3)* %7602
	%7603 = mul i32 %3, 8
	%7604 = add i32 %7603, 1
	%7605 = add i32 %7075, %7604
	%7606 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7607 = bitcast i8 addrspace(3)* %7606 to i32 addrspace(3)*
	%7608 = getelementptr i32, i32 addrspace(3)* %7607, i32 %7605
	store i32 0, i32 addrspace(3)* %7608
	%7609 = mul i32 %3, 8
	%7610 = add i32 %7609, 2
	%7611 = add i32 %7075, %7610
	%7612 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7613 = bitcast i8 addrspace(3)* %7612 to i32 addrspace(3)*
	%7614 = getelementptr i32, i32 addrspace(3)* %7613, i32 %7611
	store i32 0, i32 addrspace(3)* %7614
	%7615 = mul i32 %3, 8
	%7616 = add i32 %7615, 3
	%7617 = add i32 %7075, %7616
	%7618 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7619 = bitcast i8 addrspace(3)* %7618 to i32 addrspace(3)*
	%7620 = getelementptr i32, i32 addrspace(3)* %7619, i32 %7617
	store i32 0, i32 addrspace(3)* %7620
	%7621 = mul i32 %3, 8
	%7622 = add i32 %7621, 4
	%7623 = add i32 %7075, %7622
	%7624 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7625 = bitcast i8 addrspace(3)* %7624 to i32 addrspace(3)*
	%7626 = getelementptr i32, i32 addrspace(3)* %7625, i32 %7623
	store i32 0, i32 addrspace(3)* %7626
	%7627 = mul i32 %3, 8
	%7628 = add i32 %7627, 5
	%7629 = add i32 %7075, %7628
	%7630 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7631 = bitcast i8 addrspace(3)* %7630 to i32 addrspace(3)*
	%7632 = getelementptr i32, i32 addrspace(3)* %7631, i32 %7629
	store i32 0, i32 addrspace(3)* %7632
	%7633 = mul i32 %3, 8
	%7634 = add i32 %7633, 6
	%7635 = add i32 %7075, %7634
	%7636 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7637 = bitcast i8 addrspace(3)* %7636 to i32 addrspace(3)*
	%7638 = getelementptr i32, i32 addrspace(3)* %7637, i32 %7635
	store i32 0, i32 addrspace(3)* %7638
	%7639 = mul i32 %3, 8
	%7640 = add i32 %7639, 7
	%7641 = add i32 %7075, %7640
	%7642 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7643 = bitcast i8 addrspace(3)* %7642 to i32 addrspace(3)*
	%7644 = getelementptr i32, i32 addrspace(3)* %7643, i32 %7641
	store i32 0, i32 addrspace(3)* %7644
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %7655

7645:
	%7646 = lshr i32 %7407, 16
	%7647 = and i32 %7646, 255
	%7648 = add i32 %7075, %7647
	%7649 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7650 = bitcast i8 addrspace(3)* %7649 to i32 addrspace(3)*
	%7651 = getelementptr i32, i32 addrspace(3)* %7650, i32 %7648
	%7652 = atomicrmw add i32 addrspace(3)* %7651, i32 1 monotonic
	br label %7653

7653:
	%7654 = add i32 %7400, 32
	br label %7399

7655:
	%7656 = phi i32 [ %3, %7411 ], [ %7910, %7909 ]
	%7657 = icmp slt i32 %7656, %593
	br i1 %7657, label %7658, label %7667

7658:
	%7659 = add i32 %7074, %7656
	%7660 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%7661 = bitcast i8 addrspace(3)* %7660 to i32 addrspace(3)*
	%7662 = getelementptr i32, i32 addrspace(3)* %7661, i32 %7659
	%7663 = load i32, i32 addrspace(3)* %7662
	%7664 = and i32 %7663, %7595
	%7665 = icmp eq i32 %7664, %7593
	%7666 = and i1 true, %7665
	br i1 %7666, label %7901, label %7909

7667:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%7668 = mul i32 %3, 8
	%7669 = add i32 %7668, 0
	%7670 = sub i32 255, %7669
	%7671 = add i32 %7075, %7670
	%7672 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7673 = bitcast i8 addrspace(3)* %7672 to i32 addrspace(3)*
	%7674 = getelementptr i32, i32 addrspace(3)* %7673, i32 %7671
	%7675 = load i32, i32 addrspace(3)* %7674
	%7676 = add i32 0, %7675
	%7677 = mul i32 %3, 8
	%7678 = add i32 %7677, 1
	%7679 = sub i32 255, %7678
	%7680 = add i32 %7075, %7679
	%7681 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7682 = bitcast i8 addrspace(3)* %7681 to i32 addrspace(3)*
	%7683 = getelementptr i32, i32 addrspace(3)* %7682, i32 %7680
	%7684 = load i32, i32 addrspace(3)* %7683
	%7685 = add i32 %7676, %7684
	%7686 = mul i32 %3, 8
	%7687 = add i32 %7686, 2
	%7688 = sub i32 255, %7687
	%7689 = add i32 %7075, %7688
	%7690 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7691 = bitcast i8 addrspace(3)* %7690 to i32 addrspace(3)*
	%7692 = getelementptr i32, i32 addrspace(3)* %7691, i32 %7689
	%7693 = load i32, i32 addrspace(3)* %7692
	%7694 = add i32 %7685, %7693
	%7695 = mul i32 %3, 8
	%7696 = add i32 %7695, 3
	%7697 = sub i32 255, %7696
	%7698 = add i32 %7075, %7697
	%7699 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7700 = bitcast i8 addrspace(3)* %7699 to i32 addrspace(3)*
	%7701 = getelementptr i32, i32 addrspace(3)* %7700, i32 %7698
	%7702 = load i32, i32 addrspace(3)* %7701
	%7703 = add i32 %7694, %7702
	%7704 = mul i32 %3, 8
	%7705 = add i32 %7704, 4
	%7706 = sub i32 255, %7705
	%7707 = add i32 %7075, %7706
	%7708 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7709 = bitcast i8 addrspace(3)* %7708 to i32 addrspace(3)*
	%7710 = getelementptr i32, i32 addrspace(3)* %7709, i32 %7707
	%7711 = load i32, i32 addrspace(3)* %7710
	%7712 = add i32 %7703, %7711
	%7713 = mul i32 %3, 8
	%7714 = add i32 %7713, 5
	%7715 = sub i32 255, %7714
	%7716 = add i32 %7075, %7715
	%7717 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7718 = bitcast i8 addrspace(3)* %7717 to i32 addrspace(3)*
	%7719 = getelementptr i32, i32 addrspace(3)* %7718, i32 %7716
	%7720 = load i32, i32 addrspace(3)* %7719
	%7721 = add i32 %7712, %7720
	%7722 = mul i32 %3, 8
	%7723 = add i32 %7722, 6
	%7724 = sub i32 255, %7723
	%7725 = add i32 %7075, %7724
	%7726 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7727 = bitcast i8 addrspace(3)* %7726 to i32 addrspace(3)*
	%7728 = getelementptr i32, i32 addrspace(3)* %7727, i32 %7725
	%7729 = load i32, i32 addrspace(3)* %7728
	%7730 = add i32 %7721, %7729
	%7731 = mul i32 %3, 8
	%7732 = add i32 %7731, 7
	%7733 = sub i32 255, %7732
	%7734 = add i32 %7075, %7733
	%7735 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7736 = bitcast i8 addrspace(3)* %7735 to i32 addrspace(3)*
	%7737 = getelementptr i32, i32 addrspace(3)* %7736, i32 %7734
	%7738 = load i32, i32 addrspace(3)* %7737
	%7739 = add i32 %7730, %7738
	%7740 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7739, i32 1, i32 0)
	%7741 = icmp uge i32 %3, 1
	%7742 = select i1 %7741, i32 %7740, i32 0
	%7743 = add i32 %7739, %7742
	%7744 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7743, i32 2, i32 0)
	%7745 = icmp uge i32 %3, 2
	%7746 = select i1 %7745, i32 %7744, i32 0
	%7747 = add i32 %7743, %7746
	%7748 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7747, i32 4, i32 0)
	%7749 = icmp uge i32 %3, 4
	%7750 = select i1 %7749, i32 %7748, i32 0
	%7751 = add i32 %7747, %7750
	%7752 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7751, i32 8, i32 0)
	%7753 = icmp uge i32 %3, 8
	%7754 = select i1 %7753, i32 %7752, i32 0
	%7755 = add i32 %7751, %7754
	%7756 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7755, i32 16, i32 0)
	%7757 = icmp uge i32 %3, 16
	%7758 = select i1 %7757, i32 %7756, i32 0
	%7759 = add i32 %7755, %7758
	%7760 = sub i32 %7759, %7739
	%7761 = icmp slt i32 %7760, %7596
	%7762 = icmp sge i32 %7759, %7596
	%7763 = and i1 %7761, %7762
	%7764 = add i32 %7760, %7675
	%7765 = xor i1 false, true
	%7766 = icmp sge i32 %7764, %7596
	%7767 = and i1 %7765, %7766
	%7768 = mul i32 %3, 8
	%7769 = add i32 %7768, 0
	%7770 = sub i32 255, %7769
	%7771 = select i1 %7767, i32 %7770, i32 0
	%7772 = select i1 %7767, i32 %7760, i32 0
	%7773 = or i1 false, %7767
	%7774 = add i32 %7764, %7684
	%7775 = xor i1 %7773, true
	%7776 = icmp sge i32 %7774, %7596
	%7777 = and i1 %7775, %7776
	%7778 = mul i32 %3, 8
	%7779 = add i32 %7778, 1
	%7780 = sub i32 255, %7779
	%7781 = select i1 %7777, i32 %7780, i32 %7771
	%7782 = select i1 %7777, i32 %7764, i32 %7772
	%7783 = or i1 %7773, %7777
	%7784 = add i32 %7774, %7693
	%7785 = xor i1 %7783, true
	%7786 = icmp sge i32 %7784, %7596
	%7787 = and i1 %7785, %7786
	%7788 = mul i32 %3, 8
	%7789 = add i32 %7788, 2
	%7790 = sub i32 255, %7789
	%7791 = select i1 %7787, i32 %7790, i32 %7781
	%7792 = select i1 %7787, i32 %7774, i32 %7782
	%7793 = or i1 %7783, %7787
	%7794 = add i32 %7784, %7702
	%7795 = xor i1 %7793, true
	%7796 = icmp sge i32 %7794, %7596
	%7797 = and i1 %7795, %7796
	%7798 = mul i32 %3, 8
	%7799 = add i32 %7798, 3
	%7800 = sub i32 255, %7799
	%7801 = select i1 %7797, i32 %7800, i32 %7791
	%7802 = select i1 %7797, i32 %7784, i32 %7792
	%7803 = or i1 %7793, %7797
	%7804 = add i32 %7794, %7711
	%7805 = xor i1 %7803, true
	%7806 = icmp sge i32 %7804, %7596
	%7807 = and i1 %7805, %7806
	%7808 = mul i32 %3, 8
	%7809 = add i32 %7808, 4
	%7810 = sub i32 255, %7809
	%7811 = select i1 %7807, i32 %7810, i32 %7801
	%7812 = select i1 %7807, i32 %7794, i32 %7802
	%7813 = or i1 %7803, %7807
	%7814 = add i32 %7804, %7720
	%7815 = xor i1 %7813, true
	%7816 = icmp sge i32 %7814, %7596
	%7817 = and i1 %7815, %7816
	%7818 = mul i32 %3, 8
	%7819 = add i32 %7818, 5
	%7820 = sub i32 255, %7819
	%7821 = select i1 %7817, i32 %7820, i32 %7811
	%7822 = select i1 %7817, i32 %7804, i32 %7812
	%7823 = or i1 %7813, %7817
	%7824 = add i32 %7814, %7729
	%7825 = xor i1 %7823, true
	%7826 = icmp sge i32 %7824, %7596
	%7827 = and i1 %7825, %7826
	%7828 = mul i32 %3, 8
	%7829 = add i32 %7828, 6
	%7830 = sub i32 255, %7829
	%7831 = select i1 %7827, i32 %7830, i32 %7821
	%7832 = select i1 %7827, i32 %7814, i32 %7822
	%7833 = or i1 %7823, %7827
	%7834 = add i32 %7824, %7738
	%7835 = xor i1 %7833, true
	%7836 = icmp sge i32 %7834, %7596
	%7837 = and i1 %7835, %7836
	%7838 = mul i32 %3, 8
	%7839 = add i32 %7838, 7
	%7840 = sub i32 255, %7839
	%7841 = select i1 %7837, i32 %7840, i32 %7831
	%7842 = select i1 %7837, i32 %7824, i32 %7832
	%7843 = or i1 %7833, %7837
	%7844 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %7763)
	%7845 = call i32 @llvm.cttz.i32(i32 %7844, i1 false)
	%7846 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %7841, i32 %7845, i32 31)
	%7847 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %7842, i32 %7845, i32 31)
	%7848 = shl i32 %7846, 8
	%7849 = or i32 %7593, %7848
	%7850 = shl i32 255, 8
	%7851 = or i32 %7595, %7850
	%7852 = sub i32 %7596, %7847
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%7853 = mul i32 %3, 8
	%7854 = add i32 %7853, 0
	%7855 = add i32 %7075, %7854
	%7856 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7857 = bitcast i8 addrspace(3)* %7856 to i32 addrspace(3)*
	%7858 = getelementptr i32, i32 addrspace(3)* %7857, i32 %7855
	store i32 0, i32 addrspace(3)* %7858
	%7859 = mul i32 %3, 8
	%7860 = add i32 %7859, 1
	%7861 = add i32 %7075, %7860
	%7862 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7863 = bitcast i8 addrspace(3)* %7862 to i32 addrspace(3)*
	%7864 = getelementptr i32, i32 addrspace(3)* %7863, i32 %7861
	store i32 0, i32 addrspace(3)* %7864
	%7865 = mul i32 %3, 8
	%7866 = add i32 %7865, 2
	%7867 = add i32 %7075, %7866
	%7868 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7869 = bitcast i8 addrspace(3)* %7868 to i32 addrspace(3)*
	%7870 = getelementptr i32, i32 addrspace(3)* %7869, i32 %7867
	store i32 0, i32 addrspace(3)* %7870
	%7871 = mul i32 %3, 8
	%7872 = add i32 %7871, 3
	%7873 = add i32 %7075, %7872
	%7874 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7875 = bitcast i8 addrspace(3)* %7874 to i32 addrspace(3)*
	%7876 = getelementptr i32, i32 addrspace(3)* %7875, i32 %7873
	store i32 0, i32 addrspace(3)* %7876
	%7877 = mul i32 %3, 8
	%7878 = add i32 %7877, 4
	%7879 = add i32 %7075, %7878
	%7880 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7881 = bitcast i8 addrspace(3)* %7880 to i32 addrspace(3)*
	%7882 = getelementptr i32, i32 addrspace(3)* %7881, i32 %7879
	store i32 0, i32 addrspace(3)* %7882
	%7883 = mul i32 %3, 8
	%7884 = add i32 %7883, 5
	%7885 = add i32 %7075, %7884
	%7886 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7887 = bitcast i8 addrspace(3)* %7886 to i32 addrspace(3)*
	%7888 = getelementptr i32, i32 addrspace(3)* %7887, i32 %7885
	store i32 0, i32 addrspace(3)* %7888
	%7889 = mul i32 %3, 8
	%7890 = add i32 %7889, 6
	%7891 = add i32 %7075, %7890
	%7892 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7893 = bitcast i8 addrspace(3)* %7892 to i32 addrspace(3)*
	%7894 = getelementptr i32, i32 addrspace(3)* %7893, i32 %7891
	store i32 0, i32 addrspace(3)* %7894
	%7895 = mul i32 %3, 8
	%7896 = add i32 %7895, 7
	%7897 = add i32 %7075, %7896
	%7898 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7899 = bitcast i8 addrspace(3)* %7898 to i32 addrspace(3)*
	%7900 = getelementptr i32, i32 addrspace(3)* %7899, i32 %7897
	store i32 0, i32 addrspace(3)* %7900
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %7911

7901:
	%7902 = lshr i32 %7663, 8
	%7903 = and i32 %7902, 255
	%7904 = add i32 %7075, %7903
	%7905 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7906 = bitcast i8 addrspace(3)* %7905 to i32 addrspace(3)*
	%7907 = getelementptr i32, i32 addrspace(3)* %7906, i32 %7904
	%7908 = atomicrmw add i32 addrspace(3)* %7907, i32 1 monotonic
	br label %7909

7909:
	%7910 = add i32 %7656, 32
	br label %7655

7911:
	%7912 = phi i32 [ %3, %7667 ], [ %8120, %8119 ]
	%7913 = icmp slt i32 %7912, %593
	br i1 %7913, label %7914, label %7923

7914:
	%7915 = add i32 %7074, %7912
	%7916 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%7917 = bitcast i8 addrspace(3)* %7916 to i32 addrspace(3)*
	%7918 = getelementptr i32, i32 addrspace(3)* %7917, i32 %7915
	%7919 = load i32, i32 addrspace(3)* %7918
	%7920 = and i32 %7919, %7851
	%7921 = icmp eq i32 %7920, %7849
	%7922 = and i1 true, %7921
	br i1 %7922, label %8111, label %8119

7923:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%7924 = mul i32 %3, 8
	%7925 = add i32 %7924, 0
	%7926 = sub i32 255, %7925
	%7927 = add i32 %7075, %7926
	%7928 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7929 = bitcast i8 addrspace(3)* %7928 to i32 addrspace(3)*
	%7930 = getelementptr i32, i32 addrspace(3)* %7929, i32 %7927
	%7931 = load i32, i32 addrspace(3)* %7930
	%7932 = add i32 0, %7931
	%7933 = mul i32 %3, 8
	%7934 = add i32 %7933, 1
	%7935 = sub i32 255, %7934
	%7936 = add i32 %7075, %7935
	%7937 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7938 = bitcast i8 addrspace(3)* %7937 to i32 addrspace(3)*
	%7939 = getelementptr i32, i32 addrspace(3)* %7938, i32 %7936
	%7940 = load i32, i32 addrspace(3)* %7939
	%7941 = add i32 %7932, %7940
	%7942 = mul i32 %3, 8
	%7943 = add i32 %7942, 2
	%7944 = sub i32 255, %7943
	%7945 = add i32 %7075, %7944
	%7946 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7947 = bitcast i8 addrspace(3)* %7946 to i32 addrspace(3)*
	%7948 = getelementptr i32, i32 addrspace(3)* %7947, i32 %7945
	%7949 = load i32, i32 addrspace(3)* %7948
	%7950 = add i32 %7941, %7949
	%7951 = mul i32 %3, 8
	%7952 = add i32 %7951, 3
	%7953 = sub i32 255, %7952
	%7954 = add i32 %7075, %7953
	%7955 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7956 = bitcast i8 addrspace(3)* %7955 to i32 addrspace(3)*
	%7957 = getelementptr i32, i32 addrspace(3)* %7956, i32 %7954
	%7958 = load i32, i32 addrspace(3)* %7957
	%7959 = add i32 %7950, %7958
	%7960 = mul i32 %3, 8
	%7961 = add i32 %7960, 4
	%7962 = sub i32 255, %7961
	%7963 = add i32 %7075, %7962
	%7964 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7965 = bitcast i8 addrspace(3)* %7964 to i32 addrspace(3)*
	%7966 = getelementptr i32, i32 addrspace(3)* %7965, i32 %7963
	%7967 = load i32, i32 addrspace(3)* %7966
	%7968 = add i32 %7959, %7967
	%7969 = mul i32 %3, 8
	%7970 = add i32 %7969, 5
	%7971 = sub i32 255, %7970
	%7972 = add i32 %7075, %7971
	%7973 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7974 = bitcast i8 addrspace(3)* %7973 to i32 addrspace(3)*
	%7975 = getelementptr i32, i32 addrspace(3)* %7974, i32 %7972
	%7976 = load i32, i32 addrspace(3)* %7975
	%7977 = add i32 %7968, %7976
	%7978 = mul i32 %3, 8
	%7979 = add i32 %7978, 6
	%7980 = sub i32 255, %7979
	%7981 = add i32 %7075, %7980
	%7982 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7983 = bitcast i8 addrspace(3)* %7982 to i32 addrspace(3)*
	%7984 = getelementptr i32, i32 addrspace(3)* %7983, i32 %7981
	%7985 = load i32, i32 addrspace(3)* %7984
	%7986 = add i32 %7977, %7985
	%7987 = mul i32 %3, 8
	%7988 = add i32 %7987, 7
	%7989 = sub i32 255, %7988
	%7990 = add i32 %7075, %7989
	%7991 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7992 = bitcast i8 addrspace(3)* %7991 to i32 addrspace(3)*
	%7993 = getelementptr i32, i32 addrspace(3)* %7992, i32 %7990
	%7994 = load i32, i32 addrspace(3)* %7993
	%7995 = add i32 %7986, %7994
	%7996 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7995, i32 1, i32 0)
	%7997 = icmp uge i32 %3, 1
	%7998 = select i1 %7997, i32 %7996, i32 0
	%7999 = add i32 %7995, %7998
	%8000 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7999, i32 2, i32 0)
	%8001 = icmp uge i32 %3, 2
	%8002 = select i1 %8001, i32 %8000, i32 0
	%8003 = add i32 %7999, %8002
	%8004 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8003, i32 4, i32 0)
	%8005 = icmp uge i32 %3, 4
	%8006 = select i1 %8005, i32 %8004, i32 0
	%8007 = add i32 %8003, %8006
	%8008 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8007, i32 8, i32 0)
	%8009 = icmp uge i32 %3, 8
	%8010 = select i1 %8009, i32 %8008, i32 0
	%8011 = add i32 %8007, %8010
	%8012 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8011, i32 16, i32 0)
	%8013 = icmp uge i32 %3, 16
	%8014 = select i1 %8013, i32 %8012, i32 0
	%8015 = add i32 %8011, %8014
	%8016 = sub i32 %8015, %7995
	%8017 = icmp slt i32 %8016, %7852
	%8018 = icmp sge i32 %8015, %7852
	%8019 = and i1 %8017, %8018
	%8020 = add i32 %8016, %7931
	%8021 = xor i1 false, true
	%8022 = icmp sge i32 %8020, %7852
	%8023 = and i1 %8021, %8022
	%8024 = mul i32 %3, 8
	%8025 = add i32 %8024, 0
	%8026 = sub i32 255, %8025
	%8027 = select i1 %8023, i32 %8026, i32 0
	%8028 = select i1 %8023, i32 %8016, i32 0
	%8029 = or i1 false, %8023
	%8030 = add i32 %8020, %7940
	%8031 = xor i1 %8029, true
	%8032 = icmp sge i32 %8030, %7852
	%8033 = and i1 %8031, %8032
	%8034 = mul i32 %3, 8
	%8035 = add i32 %8034, 1
	%8036 = sub i32 255, %8035
	%8037 = select i1 %8033, i32 %8036, i32 %8027
	%8038 = select i1 %8033, i32 %8020, i32 %8028
	%8039 = or i1 %8029, %8033
	%8040 = add i32 %8030, %7949
	%8041 = xor i1 %8039, true
	%8042 = icmp sge i32 %8040, %7852
	%8043 = and i1 %8041, %8042
	%8044 = mul i32 %3, 8
	%8045 = add i32 %8044, 2
	%8046 = sub i32 255, %8045
	%8047 = select i1 %8043, i32 %8046, i32 %8037
	%8048 = select i1 %8043, i32 %8030, i32 %8038
	%8049 = or i1 %8039, %8043
	%8050 = add i32 %8040, %7958
	%8051 = xor i1 %8049, true
	%8052 = icmp sge i32 %8050, %7852
	%8053 = and i1 %8051, %8052
	%8054 = mul i32 %3, 8
	%8055 = add i32 %8054, 3
	%8056 = sub i32 255, %8055
	%8057 = select i1 %8053, i32 %8056, i32 %8047
	%8058 = select i1 %8053, i32 %8040, i32 %8048
	%8059 = or i1 %8049, %8053
	%8060 = add i32 %8050, %7967
	%8061 = xor i1 %8059, true
	%8062 = icmp sge i32 %8060, %7852
	%8063 = and i1 %8061, %8062
	%8064 = mul i32 %3, 8
	%8065 = add i32 %8064, 4
	%8066 = sub i32 255, %8065
	%8067 = select i1 %8063, i32 %8066, i32 %8057
	%8068 = select i1 %8063, i32 %8050, i32 %8058
	%8069 = or i1 %8059, %8063
	%8070 = add i32 %8060, %7976
	%8071 = xor i1 %8069, true
	%8072 = icmp sge i32 %8070, %7852
	%8073 = and i1 %8071, %8072
	%8074 = mul i32 %3, 8
	%8075 = add i32 %8074, 5
	%8076 = sub i32 255, %8075
	%8077 = select i1 %8073, i32 %8076, i32 %8067
	%8078 = select i1 %8073, i32 %8060, i32 %8068
	%8079 = or i1 %8069, %8073
	%8080 = add i32 %8070, %7985
	%8081 = xor i1 %8079, true
	%8082 = icmp sge i32 %8080, %7852
	%8083 = and i1 %8081, %8082
	%8084 = mul i32 %3, 8
	%8085 = add i32 %8084, 6
	%8086 = sub i32 255, %8085
	%8087 = select i1 %8083, i32 %8086, i32 %8077
	%8088 = select i1 %8083, i32 %8070, i32 %8078
	%8089 = or i1 %8079, %8083
	%8090 = add i32 %8080, %7994
	%8091 = xor i1 %8089, true
	%8092 = icmp sge i32 %8090, %7852
	%8093 = and i1 %8091, %8092
	%8094 = mul i32 %3, 8
	%8095 = add i32 %8094, 7
	%8096 = sub i32 255, %8095
	%8097 = select i1 %8093, i32 %8096, i32 %8087
	%8098 = select i1 %8093, i32 %8080, i32 %8088
	%8099 = or i1 %8089, %8093
	%8100 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %8019)
	%8101 = call i32 @llvm.cttz.i32(i32 %8100, i1 false)
	%8102 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %8097, i32 %8101, i32 31)
	%8103 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %8098, i32 %8101, i32 31)
	%8104 = shl i32 %8102, 0
	%8105 = or i32 %7849, %8104
	%8106 = shl i32 255, 0
	%8107 = or i32 %7851, %8106
	%8108 = sub i32 %7852, %8103
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%8109 = shl i32 1, %3
	%8110 = sub i32 %8109, 1
	br label %8121

8111:
	%8112 = lshr i32 %7919, 0
	%8113 = and i32 %8112, 255
	%8114 = add i32 %7075, %8113
	%8115 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8116 = bitcast i8 addrspace(3)* %8115 to i32 addrspace(3)*
	%8117 = getelementptr i32, i32 addrspace(3)* %8116, i32 %8114
	%8118 = atomicrmw add i32 addrspace(3)* %8117, i32 1 monotonic
	br label %8119

8119:
	%8120 = add i32 %7912, 32
	br label %7911

8121:
	%8122 = phi i32 [ 0, %7923 ], [ %8191, %8186 ]
	%8123 = phi i32 [ 0, %7923 ], [ %8188, %8186 ]
	%8124 = phi i32 [ 0, %7923 ], [ %8190, %8186 ]
	%8125 = icmp slt i32 %8122, %593
	br i1 %8125, label %8126, label %8129

8126:
	%8127 = add i32 %8122, %3
	%8128 = icmp slt i32 %8127, %593
	br i1 %8128, label %8150, label %8160

8129:
	%8130 = icmp ugt i32 %6821, %8105
	%8131 = and i1 %6816, %8130
	%8132 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %8131)
	%8133 = call i32 @llvm.ctpop.i32(i32 %8132)
	%8134 = add i32 0, %8133
	%8135 = icmp ugt i32 %6834, %8105
	%8136 = and i1 %6829, %8135
	%8137 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %8136)
	%8138 = call i32 @llvm.ctpop.i32(i32 %8137)
	%8139 = add i32 %8134, %8138
	%8140 = icmp ugt i32 %6847, %8105
	%8141 = and i1 %6842, %8140
	%8142 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %8141)
	%8143 = call i32 @llvm.ctpop.i32(i32 %8142)
	%8144 = add i32 %8139, %8143
	%8145 = icmp ugt i32 %6860, %8105
	%8146 = and i1 %6855, %8145
	%8147 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %8146)
	%8148 = call i32 @llvm.ctpop.i32(i32 %8147)
	%8149 = add i32 %8144, %8148
	br label %7124

8150:
	%8151 = add i32 %7074, %8127
	%8152 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%8153 = bitcast i8 addrspace(3)* %8152 to i32 addrspace(3)*
	%8154 = getelementptr i32, i32 addrspace(3)* %8153, i32 %8151
	%8155 = load i32, i32 addrspace(3)* %8154
	%8156 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%8157 = bitcast i8 addrspace(3)* %8156 to i32 addrspace(3)*
	%8158 = getelementptr i32, i32 addrspace(3)* %8157, i32 %8151
	%8159 = load i32, i32 addrspace(3)* %8158
	br label %8160

8160:
	%8161 = phi i32 [ 0, %8126 ], [ %8155, %8150 ]
	%8162 = phi i32 [ 0, %8126 ], [ %8159, %8150 ]
	%8163 = icmp eq i32 %8161, %8105
	%8164 = and i1 %8128, %8163
	%8165 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %8164)
	%8166 = and i32 %8165, %8110
	%8167 = call i32 @llvm.ctpop.i32(i32 %8166)
	%8168 = add i32 %8124, %8167
	%8169 = icmp ugt i32 %8161, %8105
	%8170 = icmp slt i32 %8168, %8108
	%8171 = and i1 %8164, %8170
	%8172 = or i1 %8169, %8171
	%8173 = and i1 %8128, %8172
	%8174 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %8173)
	%8175 = and i32 %8174, %8110
	%8176 = call i32 @llvm.ctpop.i32(i32 %8175)
	%8177 = add i32 %8123, %8176
	%8178 = add i32 %7074, %8177
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %8173, label %8179, label %8186

8179:
	%8180 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%8181 = bitcast i8 addrspace(3)* %8180 to i32 addrspace(3)*
	%8182 = getelementptr i32, i32 addrspace(3)* %8181, i32 %8178
	store i32 %8161, i32 addrspace(3)* %8182
	%8183 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%8184 = bitcast i8 addrspace(3)* %8183 to i32 addrspace(3)*
	%8185 = getelementptr i32, i32 addrspace(3)* %8184, i32 %8178
	store i32 %8162, i32 addrspace(3)* %8185
	br label %8186

8186:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%8187 = call i32 @llvm.ctpop.i32(i32 %8174)
	%8188 = add i32 %8123, %8187
	%8189 = call i32 @llvm.ctpop.i32(i32 %8165)
	%8190 = add i32 %8124, %8189
	%8191 = add i32 %8122, 32
	br label %8121

8192:
	%8193 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%8194 = bitcast i8 addrspace(3)* %8193 to i32 addrspace(3)*
	%8195 = getelementptr i32, i32 addrspace(3)* %8194, i32 %7142
	store i32 %6821, i32 addrspace(3)* %8195
	%8196 = add i32 0, %3
	%8197 = add i32 %586, %8196
	%8198 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%8199 = bitcast i8 addrspace(3)* %8198 to i32 addrspace(3)*
	%8200 = getelementptr i32, i32 addrspace(3)* %8199, i32 %7142
	store i32 %8197, i32 addrspace(3)* %8200
	br label %8201

8201:
	%8202 = call i32 @llvm.ctpop.i32(i32 %7132)
	%8203 = add i32 %7125, %8202
	%8204 = and i32 %7133, %7137
	%8205 = call i32 @llvm.ctpop.i32(i32 %8204)
	%8206 = add i32 %8203, %8205
	%8207 = add i32 %7138, %8206
	br i1 %7129, label %8208, label %8217

8208:
	%8209 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%8210 = bitcast i8 addrspace(3)* %8209 to i32 addrspace(3)*
	%8211 = getelementptr i32, i32 addrspace(3)* %8210, i32 %8207
	store i32 %6834, i32 addrspace(3)* %8211
	%8212 = add i32 32, %3
	%8213 = add i32 %586, %8212
	%8214 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%8215 = bitcast i8 addrspace(3)* %8214 to i32 addrspace(3)*
	%8216 = getelementptr i32, i32 addrspace(3)* %8215, i32 %8207
	store i32 %8213, i32 addrspace(3)* %8216
	br label %8217

8217:
	%8218 = call i32 @llvm.ctpop.i32(i32 %7133)
	%8219 = add i32 %8203, %8218
	%8220 = and i32 %7134, %7137
	%8221 = call i32 @llvm.ctpop.i32(i32 %8220)
	%8222 = add i32 %8219, %8221
	%8223 = add i32 %7138, %8222
	br i1 %7130, label %8224, label %8233

8224:
	%8225 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%8226 = bitcast i8 addrspace(3)* %8225 to i32 addrspace(3)*
	%8227 = getelementptr i32, i32 addrspace(3)* %8226, i32 %8223
	store i32 %6847, i32 addrspace(3)* %8227
	%8228 = add i32 64, %3
	%8229 = add i32 %586, %8228
	%8230 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%8231 = bitcast i8 addrspace(3)* %8230 to i32 addrspace(3)*
	%8232 = getelementptr i32, i32 addrspace(3)* %8231, i32 %8223
	store i32 %8229, i32 addrspace(3)* %8232
	br label %8233

8233:
	%8234 = call i32 @llvm.ctpop.i32(i32 %7134)
	%8235 = add i32 %8219, %8234
	%8236 = and i32 %7135, %7137
	%8237 = call i32 @llvm.ctpop.i32(i32 %8236)
	%8238 = add i32 %8235, %8237
	%8239 = add i32 %7138, %8238
	br i1 %7131, label %8240, label %8249

8240:
	%8241 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%8242 = bitcast i8 addrspace(3)* %8241 to i32 addrspace(3)*
	%8243 = getelementptr i32, i32 addrspace(3)* %8242, i32 %8239
	store i32 %6860, i32 addrspace(3)* %8243
	%8244 = add i32 96, %3
	%8245 = add i32 %586, %8244
	%8246 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%8247 = bitcast i8 addrspace(3)* %8246 to i32 addrspace(3)*
	%8248 = getelementptr i32, i32 addrspace(3)* %8247, i32 %8239
	store i32 %8245, i32 addrspace(3)* %8248
	br label %8249

8249:
	%8250 = call i32 @llvm.ctpop.i32(i32 %7135)
	%8251 = add i32 %8235, %8250
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%8252 = add i32 %7125, %7127
	br label %6862

8253:
	%8254 = add i32 %377, %0
	br label %8258

8255:
	%8256 = add i32 %5, %378
	%8257 = icmp slt i32 %8256, %M
	br i1 %8257, label %8277, label %8279

8258:
	%8259 = phi i32 [ %8254, %8253 ], [ %8276, %8275 ]
	%8260 = icmp slt i32 %8259, %NB
	br i1 %8260, label %8261, label %8262

8261:
	br label %8263

8262:
	br label %8255

8263:
	%8264 = phi i32 [ 0, %8261 ], [ %8274, %8266 ]
	%8265 = icmp slt i32 %8264, %362
	br i1 %8265, label %8266, label %8275

8266:
	%8267 = mul i32 %2, %M
	%8268 = add i32 %5, %8264
	%8269 = add i32 %8267, %8268
	%8270 = mul i32 %8269, %NB
	%8271 = add i32 %8270, %8259
	%8272 = sext i32 %8271 to i64
	%8273 = getelementptr float, float* %e, i64 %8272
	store float 0xFFF0000000000000, float* %8273
	%8274 = add i32 %8264, 1
	br label %8263

8275:
	%8276 = add i32 %8259, 128
	br label %8258

8277:
	%8278 = icmp sgt i32 %587, %415
	br i1 %8278, label %8282, label %8285

8279:
	%8280 = add i32 %5, %420
	%8281 = icmp slt i32 %8280, %M
	br i1 %8281, label %9850, label %9852

8282:
	%8283 = mul i32 %378, 160
	%8284 = icmp sle i32 %587, 64
	br i1 %8284, label %8292, label %8294

8285:
	%8286 = phi i32 [ %587, %8277 ], [ %415, %9744 ]
	%8287 = sub i32 %410, 0
	%8288 = mul i32 %2, %M
	%8289 = add i32 %5, %378
	%8290 = add i32 %8288, %8289
	%8291 = mul i32 %8290, 8
	br label %9787

8292:
	%8293 = icmp slt i32 %3, %587
	br i1 %8293, label %8298, label %8304

8294:
	%8295 = phi i32 [ 0, %8282 ], [ %8696, %8314 ]
	%8296 = phi i32 [ 0, %8282 ], [ %8704, %8314 ]
	%8297 = xor i1 %8284, true
	br i1 %8297, label %8705, label %8755

8298:
	%8299 = add i32 %8283, %3
	%8300 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%8301 = bitcast i8 addrspace(3)* %8300 to i32 addrspace(3)*
	%8302 = getelementptr i32, i32 addrspace(3)* %8301, i32 %8299
	%8303 = load i32, i32 addrspace(3)* %8302
	br label %8304

8304:
	%8305 = phi i32 [ 0, %8292 ], [ %8303, %8298 ]
	%8306 = add i32 %3, 32
	%8307 = icmp slt i32 %8306, %587
	br i1 %8307, label %8308, label %8314

8308:
	%8309 = add i32 %8283, %8306
	%8310 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%8311 = bitcast i8 addrspace(3)* %8310 to i32 addrspace(3)*
	%8312 = getelementptr i32, i32 addrspace(3)* %8311, i32 %8309
	%8313 = load i32, i32 addrspace(3)* %8312
	br label %8314

8314:
	%8315 = phi i32 [ 0, %8304 ], [ %8313, %8308 ]
	%8316 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8305, i32 1, i32 31)
	%8317 = and i32 %3, 2
	%8318 = icmp eq i32 %8317, 0
	%8319 = and i32 %3, 1
	%8320 = icmp eq i32 %8319, 0
	%8321 = icmp eq i1 %8318, %8320
	%8322 = icmp ugt i32 %8305, %8316
	%8323 = select i1 %8322, i32 %8305, i32 %8316
	%8324 = icmp ult i32 %8305, %8316
	%8325 = select i1 %8324, i32 %8305, i32 %8316
	%8326 = select i1 %8321, i32 %8323, i32 %8325
	%8327 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8326, i32 2, i32 31)
	%8328 = and i32 %3, 4
	%8329 = icmp eq i32 %8328, 0
	%8330 = and i32 %3, 2
	%8331 = icmp eq i32 %8330, 0
	%8332 = icmp eq i1 %8329, %8331
	%8333 = icmp ugt i32 %8326, %8327
	%8334 = select i1 %8333, i32 %8326, i32 %8327
	%8335 = icmp ult i32 %8326, %8327
	%8336 = select i1 %8335, i32 %8326, i32 %8327
	%8337 = select i1 %8332, i32 %8334, i32 %8336
	%8338 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8337, i32 1, i32 31)
	%8339 = and i32 %3, 4
	%8340 = icmp eq i32 %8339, 0
	%8341 = and i32 %3, 1
	%8342 = icmp eq i32 %8341, 0
	%8343 = icmp eq i1 %8340, %8342
	%8344 = icmp ugt i32 %8337, %8338
	%8345 = select i1 %8344, i32 %8337, i32 %8338
	%8346 = icmp ult i32 %8337, %8338
	%8347 = select i1 %8346, i32 %8337, i32 %8338
	%8348 = select i1 %8343, i32 %8345, i32 %8347
	%8349 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8348, i32 4, i32 31)
	%8350 = and i32 %3, 8
	%8351 = icmp eq i32 %8350, 0
	%8352 = and i32 %3, 4
	%8353 = icmp eq i32 %8352, 0
	%8354 = icmp eq i1 %8351, %8353
	%8355 = icmp ugt i32 %8348, %8349
	%8356 = select i1 %8355, i32 %8348, i32 %8349
	%8357 = icmp ult i32 %8348, %8349
	%8358 = select i1 %8357, i32 %8348, i32 %8349
	%8359 = select i1 %8354, i32 %8356, i32 %8358
	%8360 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8359, i32 2, i32 31)
	%8361 = and i32 %3, 8
	%8362 = icmp eq i32 %8361, 0
	%8363 = and i32 %3, 2
	%8364 = icmp eq i32 %8363, 0
	%8365 = icmp eq i1 %8362, %8364
	%8366 = icmp ugt i32 %8359, %8360
	%8367 = select i1 %8366, i32 %8359, i32 %8360
	%8368 = icmp ult i32 %8359, %8360
	%8369 = select i1 %8368, i32 %8359, i32 %8360
	%8370 = select i1 %8365, i32 %8367, i32 %8369
	%8371 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8370, i32 1, i32 31)
	%8372 = and i32 %3, 8
	%8373 = icmp eq i32 %8372, 0
	%8374 = and i32 %3, 1
	%8375 = icmp eq i32 %8374, 0
	%8376 = icmp eq i1 %8373, %8375
	%8377 = icmp ugt i32 %8370, %8371
	%8378 = select i1 %8377, i32 %8370, i32 %8371
	%8379 = icmp ult i32 %8370, %8371
	%8380 = select i1 %8379, i32 %8370, i32 %8371
	%8381 = select i1 %8376, i32 %8378, i32 %8380
	%8382 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8381, i32 8, i32 31)
	%8383 = and i32 %3, 16
	%8384 = icmp eq i32 %8383, 0
	%8385 = and i32 %3, 8
	%8386 = icmp eq i32 %8385, 0
	%8387 = icmp eq i1 %8384, %8386
	%8388 = icmp ugt i32 %8381, %8382
	%8389 = select i1 %8388, i32 %8381, i32 %8382
	%8390 = icmp ult i32 %8381, %8382
	%8391 = select i1 %8390, i32 %8381, i32 %8382
	%8392 = select i1 %8387, i32 %8389, i32 %8391
	%8393 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8392, i32 4, i32 31)
	%8394 = and i32 %3, 16
	%8395 = icmp eq i32 %8394, 0
	%8396 = and i32 %3, 4
	%8397 = icmp eq i32 %8396, 0
	%8398 = icmp eq i1 %8395, %8397
	%8399 = icmp ugt i32 %8392, %8393
	%8400 = select i1 %8399, i32 %8392, i32 %8393
	%8401 = icmp ult i32 %8392, %8393
	%8402 = select i1 %8401, i32 %8392, i32 %8393
	%8403 = select i1 %8398, i32 %8400, i32 %8402
	%8404 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8403, i32 2, i32 31)
	%8405 = and i32 %3, 16
	%8406 = icmp eq i32 %8405, 0
	%8407 = and i32 %3, 2
	%8408 = icmp eq i32 %8407, 0
	%8409 = icmp eq i1 %8406, %8408
	%8410 = icmp ugt i32 %8403, %8404
	%8411 = select i1 %8410, i32 %8403, i32 %8404
	%8412 = icmp ult i32 %8403, %8404
	%8413 = select i1 %8412, i32 %8403, i32 %8404
	%8414 = select i1 %8409, i32 %8411, i32 %8413
	%8415 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8414, i32 1, i32 31)
	%8416 = and i32 %3, 16
	%8417 = icmp eq i32 %8416, 0
	%8418 = and i32 %3, 1
	%8419 = icmp eq i32 %8418, 0
	%8420 = icmp eq i1 %8417, %8419
	%8421 = icmp ugt i32 %8414, %8415
	%8422 = select i1 %8421, i32 %8414, i32 %8415
	%8423 = icmp ult i32 %8414, %8415
	%8424 = select i1 %8423, i32 %8414, i32 %8415
	%8425 = select i1 %8420, i32 %8422, i32 %8424
	%8426 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8425, i32 16, i32 31)
	%8427 = and i32 %3, 32
	%8428 = icmp eq i32 %8427, 0
	%8429 = and i32 %3, 16
	%8430 = icmp eq i32 %8429, 0
	%8431 = icmp eq i1 %8428, %8430
	%8432 = icmp ugt i32 %8425, %8426
	%8433 = select i1 %8432, i32 %8425, i32 %8426
	%8434 = icmp ult i32 %8425, %8426
	%8435 = select i1 %8434, i32 %8425, i32 %8426
	%8436 = select i1 %8431, i32 %8433, i32 %8435
	%8437 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8436, i32 8, i32 31)
	%8438 = and i32 %3, 32
	%8439 = icmp eq i32 %8438, 0
	%8440 = and i32 %3, 8
	%8441 = icmp eq i32 %8440, 0
	%8442 = icmp eq i1 %8439, %8441
	%8443 = icmp ugt i32 %8436, %8437
	%8444 = select i1 %8443, i32 %8436, i32 %8437
	%8445 = icmp ult i32 %8436, %8437
	%8446 = select i1 %8445, i32 %8436, i32 %8437
	%8447 = select i1 %8442, i32 %8444, i32 %8446
	%8448 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8447, i32 4, i32 31)
	%8449 = and i32 %3, 32
	%8450 = icmp eq i32 %8449, 0
	%8451 = and i32 %3, 4
	%8452 = icmp eq i32 %8451, 0
	%8453 = icmp eq i1 %8450, %8452
	%8454 = icmp ugt i32 %8447, %8448
	%8455 = select i1 %8454, i32 %8447, i32 %8448
	%8456 = icmp ult i32 %8447, %8448
	%8457 = select i1 %8456, i32 %8447, i32 %8448
	%8458 = select i1 %8453, i32 %8455, i32 %8457
	%8459 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8458, i32 2, i32 31)
	%8460 = and i32 %3, 32
	%8461 = icmp eq i32 %8460, 0
	%8462 = and i32 %3, 2
	%8463 = icmp eq i32 %8462, 0
	%8464 = icmp eq i1 %8461, %8463
	%8465 = icmp ugt i32 %8458, %8459
	%8466 = select i1 %8465, i32 %8458, i32 %8459
	%8467 = icmp ult i32 %8458, %8459
	%8468 = select i1 %8467, i32 %8458, i32 %8459
	%8469 = select i1 %8464, i32 %8466, i32 %8468
	%8470 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8469, i32 1, i32 31)
	%8471 = and i32 %3, 32
	%8472 = icmp eq i32 %8471, 0
	%8473 = and i32 %3, 1
	%8474 = icmp eq i32 %8473, 0
	%8475 = icmp eq i1 %8472, %8474
	%8476 = icmp ugt i32 %8469, %8470
	%8477 = select i1 %8476, i32 %8469, i32 %8470
	%8478 = icmp ult i32 %8469, %8470
	%8479 = select i1 %8478, i32 %8469, i32 %8470
	%8480 = select i1 %8475, i32 %8477, i32 %8479
	%8481 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8315, i32 1, i32 31)
	%8482 = and i32 %3, 2
	%8483 = icmp eq i32 %8482, 0
	%8484 = and i32 %3, 1
	%8485 = icmp eq i32 %8484, 0
	%8486 = icmp eq i1 %8483, %8485
	%8487 = icmp ugt i32 %8315, %8481
	%8488 = select i1 %8487, i32 %8315, i32 %8481
	%8489 = icmp ult i32 %8315, %8481
	%8490 = select i1 %8489, i32 %8315, i32 %8481
	%8491 = select i1 %8486, i32 %8488, i32 %8490
	%8492 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8491, i32 2, i32 31)
	%8493 = and i32 %3, 4
	%8494 = icmp eq i32 %8493, 0
	%8495 = and i32 %3, 2
	%8496 = icmp eq i32 %8495, 0
	%8497 = icmp eq i1 %8494, %8496
	%8498 = icmp ugt i32 %8491, %8492
	%8499 = select i1 %8498, i32 %8491, i32 %8492
	%8500 = icmp ult i32 %8491, %8492
	%8501 = select i1 %8500, i32 %8491, i32 %8492
	%8502 = select i1 %8497, i32 %8499, i32 %8501
	%8503 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8502, i32 1, i32 31)
	%8504 = and i32 %3, 4
	%8505 = icmp eq i32 %8504, 0
	%8506 = and i32 %3, 1
	%8507 = icmp eq i32 %8506, 0
	%8508 = icmp eq i1 %8505, %8507
	%8509 = icmp ugt i32 %8502, %8503
	%8510 = select i1 %8509, i32 %8502, i32 %8503
	%8511 = icmp ult i32 %8502, %8503
	%8512 = select i1 %8511, i32 %8502, i32 %8503
	%8513 = select i1 %8508, i32 %8510, i32 %8512
	%8514 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8513, i32 4, i32 31)
	%8515 = and i32 %3, 8
	%8516 = icmp eq i32 %8515, 0
	%8517 = and i32 %3, 4
	%8518 = icmp eq i32 %8517, 0
	%8519 = icmp eq i1 %8516, %8518
	%8520 = icmp ugt i32 %8513, %8514
	%8521 = select i1 %8520, i32 %8513, i32 %8514
	%8522 = icmp ult i32 %8513, %8514
	%8523 = select i1 %8522, i32 %8513, i32 %8514
	%8524 = select i1 %8519, i32 %8521, i32 %8523
	%8525 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8524, i32 2, i32 31)
	%8526 = and i32 %3, 8
	%8527 = icmp eq i32 %8526, 0
	%8528 = and i32 %3, 2
	%8529 = icmp eq i32 %8528, 0
	%8530 = icmp eq i1 %8527, %8529
	%8531 = icmp ugt i32 %8524, %8525
	%8532 = select i1 %8531, i32 %8524, i32 %8525
	%8533 = icmp ult i32 %8524, %8525
	%8534 = select i1 %8533, i32 %8524, i32 %8525
	%8535 = select i1 %8530, i32 %8532, i32 %8534
	%8536 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8535, i32 1, i32 31)
	%8537 = and i32 %3, 8
	%8538 = icmp eq i32 %8537, 0
	%8539 = and i32 %3, 1
	%8540 = icmp eq i32 %8539, 0
	%8541 = icmp eq i1 %8538, %8540
	%8542 = icmp ugt i32 %8535, %8536
	%8543 = select i1 %8542, i32 %8535, i32 %8536
	%8544 = icmp ult i32 %8535, %8536
	%8545 = select i1 %8544, i32 %8535, i32 %8536
	%8546 = select i1 %8541, i32 %8543, i32 %8545
	%8547 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8546, i32 8, i32 31)
	%8548 = and i32 %3, 16
	%8549 = icmp eq i32 %8548, 0
	%8550 = and i32 %3, 8
	%8551 = icmp eq i32 %8550, 0
	%8552 = icmp eq i1 %8549, %8551
	%8553 = icmp ugt i32 %8546, %8547
	%8554 = select i1 %8553, i32 %8546, i32 %8547
	%8555 = icmp ult i32 %8546, %8547
	%8556 = select i1 %8555, i32 %8546, i32 %8547
	%8557 = select i1 %8552, i32 %8554, i32 %8556
	%8558 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8557, i32 4, i32 31)
	%8559 = and i32 %3, 16
	%8560 = icmp eq i32 %8559, 0
	%8561 = and i32 %3, 4
	%8562 = icmp eq i32 %8561, 0
	%8563 = icmp eq i1 %8560, %8562
	%8564 = icmp ugt i32 %8557, %8558
	%8565 = select i1 %8564, i32 %8557, i32 %8558
	%8566 = icmp ult i32 %8557, %8558
	%8567 = select i1 %8566, i32 %8557, i32 %8558
	%8568 = select i1 %8563, i32 %8565, i32 %8567
	%8569 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8568, i32 2, i32 31)
	%8570 = and i32 %3, 16
	%8571 = icmp eq i32 %8570, 0
	%8572 = and i32 %3, 2
	%8573 = icmp eq i32 %8572, 0
	%8574 = icmp eq i1 %8571, %8573
	%8575 = icmp ugt i32 %8568, %8569
	%8576 = select i1 %8575, i32 %8568, i32 %8569
	%8577 = icmp ult i32 %8568, %8569
	%8578 = select i1 %8577, i32 %8568, i32 %8569
	%8579 = select i1 %8574, i32 %8576, i32 %8578
	%8580 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8579, i32 1, i32 31)
	%8581 = and i32 %3, 16
	%8582 = icmp eq i32 %8581, 0
	%8583 = and i32 %3, 1
	%8584 = icmp eq i32 %8583, 0
	%8585 = icmp eq i1 %8582, %8584
	%8586 = icmp ugt i32 %8579, %8580
	%8587 = select i1 %8586, i32 %8579, i32 %8580
	%8588 = icmp ult i32 %8579, %8580
	%8589 = select i1 %8588, i32 %8579, i32 %8580
	%8590 = select i1 %8585, i32 %8587, i32 %8589
	%8591 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8590, i32 16, i32 31)
	%8592 = and i32 %3, 32
	%8593 = icmp eq i32 %8592, 0
	%8594 = and i32 %3, 16
	%8595 = icmp eq i32 %8594, 0
	%8596 = icmp eq i1 %8593, %8595
	%8597 = icmp ugt i32 %8590, %8591
	%8598 = select i1 %8597, i32 %8590, i32 %8591
	%8599 = icmp ult i32 %8590, %8591
	%8600 = select i1 %8599, i32 %8590, i32 %8591
	%8601 = select i1 %8596, i32 %8598, i32 %8600
	%8602 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8601, i32 8, i32 31)
	%8603 = and i32 %3, 32
	%8604 = icmp eq i32 %8603, 0
	%8605 = and i32 %3, 8
	%8606 = icmp eq i32 %8605, 0
	%8607 = icmp eq i1 %8604, %8606
	%8608 = icmp ugt i32 %8601, %8602
	%8609 = select i1 %8608, i32 %8601, i32 %8602
	%8610 = icmp ult i32 %8601, %8602
	%8611 = select i1 %8610, i32 %8601, i32 %8602
	%8612 = select i1 %8607, i32 %8609, i32 %8611
	%8613 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8612, i32 4, i32 31)
	%8614 = and i32 %3, 32
	%8615 = icmp eq i32 %8614, 0
	%8616 = and i32 %3, 4
	%8617 = icmp eq i32 %8616, 0
	%8618 = icmp eq i1 %8615, %8617
	%8619 = icmp ugt i32 %8612, %8613
	%8620 = select i1 %8619, i32 %8612, i32 %8613
	%8621 = icmp ult i32 %8612, %8613
	%8622 = select i1 %8621, i32 %8612, i32 %8613
	%8623 = select i1 %8618, i32 %8620, i32 %8622
	%8624 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8623, i32 2, i32 31)
	%8625 = and i32 %3, 32
	%8626 = icmp eq i32 %8625, 0
	%8627 = and i32 %3, 2
	%8628 = icmp eq i32 %8627, 0
	%8629 = icmp eq i1 %8626, %8628
	%8630 = icmp ugt i32 %8623, %8624
	%8631 = select i1 %8630, i32 %8623, i32 %8624
	%8632 = icmp ult i32 %8623, %8624
	%8633 = select i1 %8632, i32 %8623, i32 %8624
	%8634 = select i1 %8629, i32 %8631, i32 %8633
	%8635 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8634, i32 1, i32 31)
	%8636 = and i32 %3, 32
	%8637 = icmp eq i32 %8636, 0
	%8638 = and i32 %3, 1
	%8639 = icmp eq i32 %8638, 0
	%8640 = icmp eq i1 %8637, %8639
	%8641 = icmp ugt i32 %8634, %8635
	%8642 = select i1 %8641, i32 %8634, i32 %8635
	%8643 = icmp ult i32 %8634, %8635
	%8644 = select i1 %8643, i32 %8634, i32 %8635
	%8645 = select i1 %8640, i32 %8642, i32 %8644
	%8646 = sub i32 31, %3
	%8647 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %8645, i32 %8646, i32 31)
	%8648 = icmp ugt i32 %8480, %8647
	%8649 = select i1 %8648, i32 %8480, i32 %8647
	%8650 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8649, i32 16, i32 31)
	%8651 = and i32 %3, 16
	%8652 = icmp eq i32 %8651, 0
	%8653 = icmp eq i1 true, %8652
	%8654 = icmp ugt i32 %8649, %8650
	%8655 = select i1 %8654, i32 %8649, i32 %8650
	%8656 = icmp ult i32 %8649, %8650
	%8657 = select i1 %8656, i32 %8649, i32 %8650
	%8658 = select i1 %8653, i32 %8655, i32 %8657
	%8659 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8658, i32 8, i32 31)
	%8660 = and i32 %3, 8
	%8661 = icmp eq i32 %8660, 0
	%8662 = icmp eq i1 true, %8661
	%8663 = icmp ugt i32 %8658, %8659
	%8664 = select i1 %8663, i32 %8658, i32 %8659
	%8665 = icmp ult i32 %8658, %8659
	%8666 = select i1 %8665, i32 %8658, i32 %8659
	%8667 = select i1 %8662, i32 %8664, i32 %8666
	%8668 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8667, i32 4, i32 31)
	%8669 = and i32 %3, 4
	%8670 = icmp eq i32 %8669, 0
	%8671 = icmp eq i1 true, %8670
	%8672 = icmp ugt i32 %8667, %8668
	%8673 = select i1 %8672, i32 %8667, i32 %8668
	%8674 = icmp ult i32 %8667, %8668
	%8675 = select i1 %8674, i32 %8667, i32 %8668
	%8676 = select i1 %8671, i32 %8673, i32 %8675
	%8677 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8676, i32 2, i32 31)
	%8678 = and i32 %3, 2
	%8679 = icmp eq i32 %8678, 0
	%8680 = icmp eq i1 true, %8679
	%8681 = icmp ugt i32 %8676, %8677
	%8682 = select i1 %8681, i32 %8676, i32 %8677
	%8683 = icmp ult i32 %8676, %8677
	%8684 = select i1 %8683, i32 %8676, i32 %8677
	%8685 = select i1 %8680, i32 %8682, i32 %8684
	%8686 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8685, i32 1, i32 31)
	%8687 = and i32 %3, 1
	%8688 = icmp eq i32 %8687, 0
	%8689 = icmp eq i1 true, %8688
	%8690 = icmp ugt i32 %8685, %8686
	%8691 = select i1 %8690, i32 %8685, i32 %8686
	%8692 = icmp ult i32 %8685, %8686
	%8693 = select i1 %8692, i32 %8685, i32 %8686
	%8694 = select i1 %8689, i32 %8691, i32 %8693
	%8695 = sub i32 %415, 1
	%8696 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %8694, i32 %8695, i32 31)
	%8697 = icmp ugt i32 %8305, %8696
	%8698 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %8697)
	%8699 = call i32 @llvm.ctpop.i32(i32 %8698)
	%8700 = icmp ugt i32 %8315, %8696
	%8701 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %8700)
	%8702 = call i32 @llvm.ctpop.i32(i32 %8701)
	%8703 = add i32 %8699, %8702
	%8704 = sub i32 %415, %8703
	br label %8294

8705:
	%8706 = mul i32 %4, 256
	%8707 = mul i32 %3, 8
	%8708 = add i32 %8707, 0
	%8709 = add i32 %8706, %8708
	%8710 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8711 = bitcast i8 addrspace(3)* %8710 to i32 addrspace(3)*
	%8712 = getelementptr i32, i32 addrspace(3)* %8711, i32 %8709
	store i32 0, i32 addrspace(3)* %8712
	%8713 = mul i32 %3, 8
	%8714 = add i32 %8713, 1
	%8715 = add i32 %8706, %8714
	%8716 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8717 = bitcast i8 addrspace(3)* %8716 to i32 addrspace(3)*
	%8718 = getelementptr i32, i32 addrspace(3)* %8717, i32 %8715
	store i32 0, i32 addrspace(3)* %8718
	%8719 = mul i32 %3, 8
	%8720 = add i32 %8719, 2
	%8721 = add i32 %8706, %8720
	%8722 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8723 = bitcast i8 addrspace(3)* %8722 to i32 addrspace(3)*
	%8724 = getelementptr i32, i32 addrspace(3)* %8723, i32 %8721
	store i32 0, i32 addrspace(3)* %8724
	%8725 = mul i32 %3, 8
	%8726 = add i32 %8725, 3
	%8727 = add i32 %8706, %8726
	%8728 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8729 = bitcast i8 addrspace(3)* %8728 to i32 addrspace(3)*
	%8730 = getelementptr i32, i32 addrspace(3)* %8729, i32 %8727
	store i32 0, i32 addrspace(3)* %8730
	%8731 = mul i32 %3, 8
	%8732 = add i32 %8731, 4
	%8733 = add i32 %8706, %8732
	%8734 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8735 = bitcast i8 addrspace(3)* %8734 to i32 addrspace(3)*
	%8736 = getelementptr i32, i32 addrspace(3)* %8735, i32 %8733
	store i32 0, i32 addrspace(3)* %8736
	%8737 = mul i32 %3, 8
	%8738 = add i32 %8737, 5
	%8739 = add i32 %8706, %8738
	%8740 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8741 = bitcast i8 addrspace(3)* %8740 to i32 addrspace(3)*
	%8742 = getelementptr i32, i32 addrspace(3)* %8741, i32 %8739
	store i32 0, i32 addrspace(3)* %8742
	%8743 = mul i32 %3, 8
	%8744 = add i32 %8743, 6
	%8745 = add i32 %8706, %8744
	%8746 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8747 = bitcast i8 addrspace(3)* %8746 to i32 addrspace(3)*
	%8748 = getelementptr i32, i32 addrspace(3)* %8747, i32 %8745
	store i32 0, i32 addrspace(3)* %8748
	%8749 = mul i32 %3, 8
	%8750 = add i32 %8749, 7
	%8751 = add i32 %8706, %8750
	%8752 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8753 = bitcast i8 addrspace(3)* %8752 to i32 addrspace(3)*
	%8754 = getelementptr i32, i32 addrspace(3)* %8753, i32 %8751
	store i32 0, i32 addrspace(3)* %8754
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %8760

8755:
	%8756 = phi i32 [ %8295, %8294 ], [ %9722, %9540 ]
	%8757 = phi i32 [ %8296, %8294 ], [ %9725, %9540 ]
	%8758 = shl i32 1, %3
	%8759 = sub i32 %8758, 1
	br label %9736

8760:
	%8761 = phi i32 [ %3, %8705 ], [ %9015, %9014 ]
	%8762 = icmp slt i32 %8761, %587
	br i1 %8762, label %8763, label %8772

8763:
	%8764 = add i32 %8283, %8761
	%8765 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%8766 = bitcast i8 addrspace(3)* %8765 to i32 addrspace(3)*
	%8767 = getelementptr i32, i32 addrspace(3)* %8766, i32 %8764
	%8768 = load i32, i32 addrspace(3)* %8767
	%8769 = and i32 %8768, 0
	%8770 = icmp eq i32 %8769, 0
	%8771 = and i1 true, %8770
	br i1 %8771, label %9006, label %9014

8772:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%8773 = mul i32 %3, 8
	%8774 = add i32 %8773, 0
	%8775 = sub i32 255, %8774
	%8776 = add i32 %8706, %8775
	%8777 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8778 = bitcast i8 addrspace(3)* %8777 to i32 addrspace(3)*
	%8779 = getelementptr i32, i32 addrspace(3)* %8778, i32 %8776
	%8780 = load i32, i32 addrspace(3)* %8779
	%8781 = add i32 0, %8780
	%8782 = mul i32 %3, 8
	%8783 = add i32 %8782, 1
	%8784 = sub i32 255, %8783
	%8785 = add i32 %8706, %8784
	%8786 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8787 = bitcast i8 addrspace(3)* %8786 to i32 addrspace(3)*
	%8788 = getelementptr i32, i32 addrspace(3)* %8787, i32 %8785
	%8789 = load i32, i32 addrspace(3)* %8788
	%8790 = add i32 %8781, %8789
	%8791 = mul i32 %3, 8
	%8792 = add i32 %8791, 2
	%8793 = sub i32 255, %8792
	%8794 = add i32 %8706, %8793
	%8795 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8796 = bitcast i8 addrspace(3)* %8795 to i32 addrspace(3)*
	%8797 = getelementptr i32, i32 addrspace(3)* %8796, i32 %8794
	%8798 = load i32, i32 addrspace(3)* %8797
	%8799 = add i32 %8790, %8798
	%8800 = mul i32 %3, 8
	%8801 = add i32 %8800, 3
	%8802 = sub i32 255, %8801
	%8803 = add i32 %8706, %8802
	%8804 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8805 = bitcast i8 addrspace(3)* %8804 to i32 addrspace(3)*
	%8806 = getelementptr i32, i32 addrspace(3)* %8805, i32 %8803
	%8807 = load i32, i32 addrspace(3)* %8806
	%8808 = add i32 %8799, %8807
	%8809 = mul i32 %3, 8
	%8810 = add i32 %8809, 4
	%8811 = sub i32 255, %8810
	%8812 = add i32 %8706, %8811
	%8813 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8814 = bitcast i8 addrspace(3)* %8813 to i32 addrspace(3)*
	%8815 = getelementptr i32, i32 addrspace(3)* %8814, i32 %8812
	%8816 = load i32, i32 addrspace(3)* %8815
	%8817 = add i32 %8808, %8816
	%8818 = mul i32 %3, 8
	%8819 = add i32 %8818, 5
	%8820 = sub i32 255, %8819
	%8821 = add i32 %8706, %8820
	%8822 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8823 = bitcast i8 addrspace(3)* %8822 to i32 addrspace(3)*
	%8824 = getelementptr i32, i32 addrspace(3)* %8823, i32 %8821
	%8825 = load i32, i32 addrspace(3)* %8824
	%8826 = add i32 %8817, %8825
	%8827 = mul i32 %3, 8
	%8828 = add i32 %8827, 6
	%8829 = sub i32 255, %8828
	%8830 = add i32 %8706, %8829
	%8831 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8832 = bitcast i8 addrspace(3)* %8831 to i32 addrspace(3)*
	%8833 = getelementptr i32, i32 addrspace(3)* %8832, i32 %8830
	%8834 = load i32, i32 addrspace(3)* %8833
	%8835 = add i32 %8826, %8834
	%8836 = mul i32 %3, 8
	%8837 = add i32 %8836, 7
	%8838 = sub i32 255, %8837
	%8839 = add i32 %8706, %8838
	%8840 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8841 = bitcast i8 addrspace(3)* %8840 to i32 addrspace(3)*
	%8842 = getelementptr i32, i32 addrspace(3)* %8841, i32 %8839
	%8843 = load i32, i32 addrspace(3)* %8842
	%8844 = add i32 %8835, %8843
	%8845 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8844, i32 1, i32 0)
	%8846 = icmp uge i32 %3, 1
	%8847 = select i1 %8846, i32 %8845, i32 0
	%8848 = add i32 %8844, %8847
	%8849 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8848, i32 2, i32 0)
	%8850 = icmp uge i32 %3, 2
	%8851 = select i1 %8850, i32 %8849, i32 0
	%8852 = add i32 %8848, %8851
	%8853 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8852, i32 4, i32 0)
	%8854 = icmp uge i32 %3, 4
	%8855 = select i1 %8854, i32 %8853, i32 0
	%8856 = add i32 %8852, %8855
	%8857 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8856, i32 8, i32 0)
	%8858 = icmp uge i32 %3, 8
	%8859 = select i1 %8858, i32 %8857, i32 0
	%8860 = add i32 %8856, %8859
	%8861 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8860, i32 16, i32 0)
	%8862 = icmp uge i32 %3, 16
	%8863 = select i1 %8862, i32 %8861, i32 0
	%8864 = add i32 %8860, %8863
	%8865 = sub i32 %8864, %8844
	%8866 = icmp slt i32 %8865, %415
	%8867 = icmp sge i32 %8864, %415
	%8868 = and i1 %8866, %8867
	%8869 = add i32 %8865, %8780
	%8870 = xor i1 false, true
	%8871 = icmp sge i32 %8869, %415
	%8872 = and i1 %8870, %8871
	%8873 = mul i32 %3, 8
	%8874 = add i32 %8873, 0
	%8875 = sub i32 255, %8874
	%8876 = select i1 %8872, i32 %8875, i32 0
	%8877 = select i1 %8872, i32 %8865, i32 0
	%8878 = or i1 false, %8872
	%8879 = add i32 %8869, %8789
	%8880 = xor i1 %8878, true
	%8881 = icmp sge i32 %8879, %415
	%8882 = and i1 %8880, %8881
	%8883 = mul i32 %3, 8
	%8884 = add i32 %8883, 1
	%8885 = sub i32 255, %8884
	%8886 = select i1 %8882, i32 %8885, i32 %8876
	%8887 = select i1 %8882, i32 %8869, i32 %8877
	%8888 = or i1 %8878, %8882
	%8889 = add i32 %8879, %8798
	%8890 = xor i1 %8888, true
	%8891 = icmp sge i32 %8889, %415
	%8892 = and i1 %8890, %8891
	%8893 = mul i32 %3, 8
	%8894 = add i32 %8893, 2
	%8895 = sub i32 255, %8894
	%8896 = select i1 %8892, i32 %8895, i32 %8886
	%8897 = select i1 %8892, i32 %8879, i32 %8887
	%8898 = or i1 %8888, %8892
	%8899 = add i32 %8889, %8807
	%8900 = xor i1 %8898, true
	%8901 = icmp sge i32 %8899, %415
	%8902 = and i1 %8900, %8901
	%8903 = mul i32 %3, 8
	%8904 = add i32 %8903, 3
	%8905 = sub i32 255, %8904
	%8906 = select i1 %8902, i32 %8905, i32 %8896
	%8907 = select i1 %8902, i32 %8889, i32 %8897
	%8908 = or i1 %8898, %8902
	%8909 = add i32 %8899, %8816
	%8910 = xor i1 %8908, true
	%8911 = icmp sge i32 %8909, %415
	%8912 = and i1 %8910, %8911
	%8913 = mul i32 %3, 8
	%8914 = add i32 %8913, 4
	%8915 = sub i32 255, %8914
	%8916 = select i1 %8912, i32 %8915, i32 %8906
	%8917 = select i1 %8912, i32 %8899, i32 %8907
	%8918 = or i1 %8908, %8912
	%8919 = add i32 %8909, %8825
	%8920 = xor i1 %8918, true
	%8921 = icmp sge i32 %8919, %415
	%8922 = and i1 %8920, %8921
	%8923 = mul i32 %3, 8
	%8924 = add i32 %8923, 5
	%8925 = sub i32 255, %8924
	%8926 = select i1 %8922, i32 %8925, i32 %8916
	%8927 = select i1 %8922, i32 %8909, i32 %8917
	%8928 = or i1 %8918, %8922
	%8929 = add i32 %8919, %8834
	%8930 = xor i1 %8928, true
	%8931 = icmp sge i32 %8929, %415
	%8932 = and i1 %8930, %8931
	%8933 = mul i32 %3, 8
	%8934 = add i32 %8933, 6
	%8935 = sub i32 255, %8934
	%8936 = select i1 %8932, i32 %8935, i32 %8926
	%8937 = select i1 %8932, i32 %8919, i32 %8927
	%8938 = or i1 %8928, %8932
	%8939 = add i32 %8929, %8843
	%8940 = xor i1 %8938, true
	%8941 = icmp sge i32 %8939, %415
	%8942 = and i1 %8940, %8941
	%8943 = mul i32 %3, 8
	%8944 = add i32 %8943, 7
	%8945 = sub i32 255, %8944
	%8946 = select i1 %8942, i32 %8945, i32 %8936
	%8947 = select i1 %8942, i32 %8929, i32 %8937
	%8948 = or i1 %8938, %8942
	%8949 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %8868)
	%8950 = call i32 @llvm.cttz.i32(i32 %8949, i1 false)
	%8951 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %8946, i32 %8950, i32 31)
	%8952 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %8947, i32 %8950, i32 31)
	%8953 = shl i32 %8951, 24
	%8954 = or i32 0, %8953
	%8955 = shl i32 255, 24
	%8956 = or i32 0, %8955
	%8957 = sub i32 %415, %8952
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%8958 = mul i32 %3, 8
	%8959 = add i32 %8958, 0
	%8960 = add i32 %8706, %8959
	%8961 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8962 = bitcast i8 addrspace(3)* %8961 to i32 addrspace(3)*
	%8963 = getelementptr i32, i32 addrspace(3)* %8962, i32 %8960
	store i32 0, i32 addrspace(3)* %8963
	%8964 = mul i32 %3, 8
	%8965 = add i32 %8964, 1
	%8966 = add i32 %8706, %8965
	%8967 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8968 = bitcast i8 addrspace(3)* %8967 to i32 addrspace(3)*
	%8969 = getelementptr i32, i32 addrspace(3)* %8968, i32 %8966
	store i32 0, i32 addrspace(3)* %8969
	%8970 = mul i32 %3, 8
	%8971 = add i32 %8970, 2
	%8972 = add i32 %8706, %8971
	%8973 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8974 = bitcast i8 addrspace(3)* %8973 to i32 addrspace(3)*
	%8975 = getelementptr i32, i32 addrspace(3)* %8974, i32 %8972
	store i32 0, i32 addrspace(3)* %8975
	%8976 = mul i32 %3, 8
	%8977 = add i32 %8976, 3
	%8978 = add i32 %8706, %8977
	%8979 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8980 = bitcast i8 addrspace(3)* %8979 to i32 addrspace(3)*
	%8981 = getelementptr i32, i32 addrspace(3)* %8980, i32 %8978
	store i32 0, i32 addrspace(3)* %8981
	%8982 = mul i32 %3, 8
	%8983 = add i32 %8982, 4
	%8984 = add i32 %8706, %8983
	%8985 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8986 = bitcast i8 addrspace(3)* %8985 to i32 addrspace(3)*
	%8987 = getelementptr i32, i32 addrspace(3)* %8986, i32 %8984
	store i32 0, i32 addrspace(3)* %8987
	%8988 = mul i32 %3, 8
	%8989 = add i32 %8988, 5
	%8990 = add i32 %8706, %8989
	%8991 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8992 = bitcast i8 addrspace(3)* %8991 to i32 addrspace(3)*
	%8993 = getelementptr i32, i32 addrspace(3)* %8992, i32 %8990
	store i32 0, i32 addrspace(3)* %8993
	%8994 = mul i32 %3, 8
	%8995 = add i32 %8994, 6
	%8996 = add i32 %8706, %8995
	%8997 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8998 = bitcast i8 addrspace(3)* %8997 to i32 addrspace(3)*
	%8999 = getelementptr i32, i32 addrspace(3)* %8998, i32 %8996
	store i32 0, i32 addrspace(3)* %8999
	%9000 = mul i32 %3, 8
	%9001 = add i32 %9000, 7
	%9002 = add i32 %8706, %9001
	%9003 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9004 = bitcast i8 addrspace(3)* %9003 to i32 addrspace(3)*
	%9005 = getelementptr i32, i32 addrspace(3)* %9004, i32 %9002
	store i32 0, i32 addrspace(3)* %9005
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %9016

9006:
	%9007 = lshr i32 %8768, 24
	%9008 = and i32 %9007, 255
	%9009 = add i32 %8706, %9008
	%9010 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9011 = bitcast i8 addrspace(3)* %9010 to i32 addrspace(3)*
	%9012 = getelementptr i32, i32 addrspace(3)* %9011, i32 %9009
	%9013 = atomicrmw add i32 addrspace(3)* %9012, i32 1 monotonic
	br label %9014

9014:
	%9015 = add i32 %8761, 32
	br label %8760

9016:
	%9017 = phi i32 [ %3, %8772 ], [ %9271, %9270 ]
	%9018 = icmp slt i32 %9017, %587
	br i1 %9018, label %9019, label %9028

9019:
	%9020 = add i32 %8283, %9017
	%9021 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%9022 = bitcast i8 addrspace(3)* %9021 to i32 addrspace(3)*
	%9023 = getelementptr i32, i32 addrspace(3)* %9022, i32 %9020
	%9024 = load i32, i32 addrspace(3)* %9023
	%9025 = and i32 %9024, %8956
	%9026 = icmp eq i32 %9025, %8954
	%9027 = and i1 true, %9026
	br i1 %9027, label %9262, label %9270

9028:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%9029 = mul i32 %3, 8
	%9030 = add i32 %9029, 0
	%9031 = sub i32 255, %9030
	%9032 = add i32 %8706, %9031
	%9033 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9034 = bitcast i8 addrspace(3)* %9033 to i32 addrspace(3)*
	%9035 = getelementptr i32, i32 addrspace(3)* %9034, i32 %9032
	%9036 = load i32, i32 addrspace(3)* %9035
	%9037 = add i32 0, %9036
	%9038 = mul i32 %3, 8
	%9039 = add i32 %9038, 1
	%9040 = sub i32 255, %9039
	%9041 = add i32 %8706, %9040
	%9042 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9043 = bitcast i8 addrspace(3)* %9042 to i32 addrspace(3)*
	%9044 = getelementptr i32, i32 addrspace(3)* %9043, i32 %9041
	%9045 = load i32, i32 addrspace(3)* %9044
	%9046 = add i32 %9037, %9045
	%9047 = mul i32 %3, 8
	%9048 = add i32 %9047, 2
	%9049 = sub i32 255, %9048
	%9050 = add i32 %8706, %9049
	%9051 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9052 = bitcast i8 addrspace(3)* %9051 to i32 addrspace(3)*
	%9053 = getelementptr i32, i32 addrspace(3)* %9052, i32 %9050
	%9054 = load i32, i32 addrspace(3)* %9053
	%9055 = add i32 %9046, %9054
	%9056 = mul i32 %3, 8
	%9057 = add i32 %9056, 3
	%9058 = sub i32 255, %9057
	%9059 = add i32 %8706, %9058
	%9060 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9061 = bitcast i8 addrspace(3)* %9060 to i32 addrspace(3)*
	%9062 = getelementptr i32, i32 addrspace(3)* %9061, i32 %9059
	%9063 = load i32, i32 addrspace(3)* %9062
	%9064 = add i32 %9055, %9063
	%9065 = mul i32 %3, 8
	%9066 = add i32 %9065, 4
	%9067 = sub i32 255, %9066
	%9068 = add i32 %8706, %9067
	%9069 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9070 = bitcast i8 addrspace(3)* %9069 to i32 addrspace(3)*
	%9071 = getelementptr i32, i32 addrspace(3)* %9070, i32 %9068
	%9072 = load i32, i32 addrspace(3)* %9071
	%9073 = add i32 %9064, %9072
	%9074 = mul i32 %3, 8
	%9075 = add i32 %9074, 5
	%9076 = sub i32 255, %9075
	%9077 = add i32 %8706, %9076
	%9078 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9079 = bitcast i8 addrspace(3)* %9078 to i32 addrspace(3)*
	%9080 = getelementptr i32, i32 addrspace(3)* %9079, i32 %9077
	%9081 = load i32, i32 addrspace(3)* %9080
	%9082 = add i32 %9073, %9081
	%9083 = mul i32 %3, 8
	%9084 = add i32 %9083, 6
	%9085 = sub i32 255, %9084
	%9086 = add i32 %8706, %9085
	%9087 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9088 = bitcast i8 addrspace(3)* %9087 to i32 addrspace(3)*
	%9089 = getelementptr i32, i32 addrspace(3)* %9088, i32 %9086
	%9090 = load i32, i32 addrspace(3)* %9089
	%9091 = add i32 %9082, %9090
	%9092 = mul i32 %3, 8
	%9093 = add i32 %9092, 7
	%9094 = sub i32 255, %9093
	%9095 = add i32 %8706, %9094
	%9096 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9097 = bitcast i8 addrspace(3)* %9096 to i32 addrspace(3)*
	%9098 = getelementptr i32, i32 addrspace(3)* %9097, i32 %9095
	%9099 = load i32, i32 addrspace(3)* %9098
	%9100 = add i32 %9091, %9099
	%9101 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9100, i32 1, i32 0)
	%9102 = icmp uge i32 %3, 1
	%9103 = select i1 %9102, i32 %9101, i32 0
	%9104 = add i32 %9100, %9103
	%9105 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9104, i32 2, i32 0)
	%9106 = icmp uge i32 %3, 2
	%9107 = select i1 %9106, i32 %9105, i32 0
	%9108 = add i32 %9104, %9107
	%9109 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9108, i32 4, i32 0)
	%9110 = icmp uge i32 %3, 4
	%9111 = select i1 %9110, i32 %9109, i32 0
	%9112 = add i32 %9108, %9111
	%9113 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9112, i32 8, i32 0)
	%9114 = icmp uge i32 %3, 8
	%9115 = select i1 %9114, i32 %9113, i32 0
	%9116 = add i32 %9112, %9115
	%9117 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9116, i32 16, i32 0)
	%9118 = icmp uge i32 %3, 16
	%9119 = select i1 %9118, i32 %9117, i32 0
	%9120 = add i32 %9116, %9119
	%9121 = sub i32 %9120, %9100
	%9122 = icmp slt i32 %9121, %8957
	%9123 = icmp sge i32 %9120, %8957
	%9124 = and i1 %9122, %9123
	%9125 = add i32 %9121, %9036
	%9126 = xor i1 false, true
	%9127 = icmp sge i32 %9125, %8957
	%9128 = and i1 %9126, %9127
	%9129 = mul i32 %3, 8
	%9130 = add i32 %9129, 0
	%9131 = sub i32 255, %9130
	%9132 = select i1 %9128, i32 %9131, i32 0
	%9133 = select i1 %9128, i32 %9121, i32 0
	%9134 = or i1 false, %9128
	%9135 = add i32 %9125, %9045
	%9136 = xor i1 %9134, true
	%9137 = icmp sge i32 %9135, %8957
	%9138 = and i1 %9136, %9137
	%9139 = mul i32 %3, 8
	%9140 = add i32 %9139, 1
	%9141 = sub i32 255, %9140
	%9142 = select i1 %9138, i32 %9141, i32 %9132
	%9143 = select i1 %9138, i32 %9125, i32 %9133
	%9144 = or i1 %9134, %9138
	%9145 = add i32 %9135, %9054
	%9146 = xor i1 %9144, true
	%9147 = icmp sge i32 %9145, %8957
	%9148 = and i1 %9146, %9147
	%9149 = mul i32 %3, 8
	%9150 = add i32 %9149, 2
	%9151 = sub i32 255, %9150
	%9152 = select i1 %9148, i32 %9151, i32 %9142
	%9153 = select i1 %9148, i32 %9135, i32 %9143
	%9154 = or i1 %9144, %9148
	%9155 = add i32 %9145, %9063
	%9156 = xor i1 %9154, true
	%9157 = icmp sge i32 %9155, %8957
	%9158 = and i1 %9156, %9157
	%9159 = mul i32 %3, 8
	%9160 = add i32 %9159, 3
	%9161 = sub i32 255, %9160
	%9162 = select i1 %9158, i32 %9161, i32 %9152
	%9163 = select i1 %9158, i32 %9145, i32 %9153
	%9164 = or i1 %9154, %9158
	%9165 = add i32 %9155, %9072
	%9166 = xor i1 %9164, true
	%9167 = icmp sge i32 %9165, %8957
	%9168 = and i1 %9166, %9167
	%9169 = mul i32 %3, 8
	%9170 = add i32 %9169, 4
	%9171 = sub i32 255, %9170
	%9172 = select i1 %9168, i32 %9171, i32 %9162
	%9173 = select i1 %9168, i32 %9155, i32 %9163
	%9174 = or i1 %9164, %9168
	%9175 = add i32 %9165, %9081
	%9176 = xor i1 %9174, true
	%9177 = icmp sge i32 %9175, %8957
	%9178 = and i1 %9176, %9177
	%9179 = mul i32 %3, 8
	%9180 = add i32 %9179, 5
	%9181 = sub i32 255, %9180
	%9182 = select i1 %9178, i32 %9181, i32 %9172
	%9183 = select i1 %9178, i32 %9165, i32 %9173
	%9184 = or i1 %9174, %9178
	%9185 = add i32 %9175, %9090
	%9186 = xor i1 %9184, true
	%9187 = icmp sge i32 %9185, %8957
	%9188 = and i1 %9186, %9187
	%9189 = mul i32 %3, 8
	%9190 = add i32 %9189, 6
	%9191 = sub i32 255, %9190
	%9192 = select i1 %9188, i32 %9191, i32 %9182
	%9193 = select i1 %9188, i32 %9175, i32 %9183
	%9194 = or i1 %9184, %9188
	%9195 = add i32 %9185, %9099
	%9196 = xor i1 %9194, true
	%9197 = icmp sge i32 %9195, %8957
	%9198 = and i1 %9196, %9197
	%9199 = mul i32 %3, 8
	%9200 = add i32 %9199, 7
	%9201 = sub i32 255, %9200
	%9202 = select i1 %9198, i32 %9201, i32 %9192
	%9203 = select i1 %9198, i32 %9185, i32 %9193
	%9204 = or i1 %9194, %9198
	%9205 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %9124)
	%9206 = call i32 @llvm.cttz.i32(i32 %9205, i1 false)
	%9207 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %9202, i32 %9206, i32 31)
	%9208 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %9203, i32 %9206, i32 31)
	%9209 = shl i32 %9207, 16
	%9210 = or i32 %8954, %9209
	%9211 = shl i32 255, 16
	%9212 = or i32 %8956, %9211
	%9213 = sub i32 %8957, %9208
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%9214 = mul i32 %3, 8
	%9215 = add i32 %9214, 0
	%9216 = add i32 %8706, %9215
	%9217 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9218 = bitcast i8 addrspace(3)* %9217 to i32 addrspace(3)*
	%9219 = getelementptr i32, i32 addrspace(3)* %9218, i32 %9216
	store i32 0, i32 addrspace(3)* %9219
	%9220 = mul i32 %3, 8
	%9221 = add i32 %9220, 1
	%9222 = add i32 %8706, %9221
	%9223 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9224 = bitcast i8 addrspace(3)* %9223 to i32 addrspace(3)*
	%9225 = getelementptr i32, i32 addrspace(3)* %9224, i32 %9222
	store i32 0, i32 addrspace(3)* %9225
	%9226 = mul i32 %3, 8
	%9227 = add i32 %9226, 2
	%9228 = add i32 %8706, %9227
	%9229 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9230 = bitcast i8 addrspace(3)* %9229 to i32 addrspace(3)*
	%9231 = getelementptr i32, i32 addrspace(3)* %9230, i32 %9228
	store i32 0, i32 addrspace(3)* %9231
	%9232 = mul i32 %3, 8
	%9233 = add i32 %9232, 3
	%9234 = add i32 %8706, %9233
	%9235 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9236 = bitcast i8 addrspace(3)* %9235 to i32 addrspace(3)*
	%9237 = getelementptr i32, i32 addrspace(3)* %9236, i32 %9234
	store i32 0, i32 addrspace(3)* %9237
	%9238 = mul i32 %3, 8
	%9239 = add i32 %9238, 4
	%9240 = add i32 %8706, %9239
	%9241 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9242 = bitcast i8 addrspace(3)* %9241 to i32 addrspace(3)*
	%9243 = getelementptr i32, i32 addrspace(3)* %9242, i32 %9240
	store i32 0, i32 addrspace(3)* %9243
	%9244 = mul i32 %3, 8
	%9245 = add i32 %9244, 5
	%9246 = add i32 %8706, %9245
	%9247 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9248 = bitcast i8 addrspace(3)* %9247 to i32 addrspace(3)*
	%9249 = getelementptr i32, i32 addrspace(3)* %9248, i32 %9246
	store i32 0, i32 addrspace(3)* %9249
	%9250 = mul i32 %3, 8
	%9251 = add i32 %9250, 6
	%9252 = add i32 %8706, %9251
	%9253 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9254 = bitcast i8 addrspace(3)* %9253 to i32 addrspace(3)*
	%9255 = getelementptr i32, i32 addrspace(3)* %9254, i32 %9252
	store i32 0, i32 addrspace(3)* %9255
	%9256 = mul i32 %3, 8
	%9257 = add i32 %9256, 7
	%9258 = add i32 %8706, %9257
	%9259 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9260 = bitcast i8 addrspace(3)* %9259 to i32 addrspace(3)*
	%9261 = getelementptr i32, i32 addrspace(3)* %9260, i32 %9258
	store i32 0, i32 addrspace(3)* %9261
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %9272

9262:
	%9263 = lshr i32 %9024, 16
	%9264 = and i32 %9263, 255
	%9265 = add i32 %8706, %9264
	%9266 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9267 = bitcast i8 addrspace(3)* %9266 to i32 addrspace(3)*
	%9268 = getelementptr i32, i32 addrspace(3)* %9267, i32 %9265
	%9269 = atomicrmw add i32 addrspace(3)* %9268, i32 1 monotonic
	br label %9270

9270:
	%9271 = add i32 %9017, 32
	br label %9016

9272:
	%9273 = phi i32 [ %3, %9028 ], [ %9527, %9526 ]
	%9274 = icmp slt i32 %9273, %587
	br i1 %9274, label %9275, label %9284

9275:
	%9276 = add i32 %8283, %9273
	%9277 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%9278 = bitcast i8 addrspace(3)* %9277 to i32 addrspace(3)*
	%9279 = getelementptr i32, i32 addrspace(3)* %9278, i32 %9276
	%9280 = load i32, i32 addrspace(3)* %9279
	%9281 = and i32 %9280, %9212
	%9282 = icmp eq i32 %9281, %9210
	%9283 = and i1 true, %9282
	br i1 %9283, label %9518, label %9526

9284:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%9285 = mul i32 %3, 8
	%9286 = add i32 %9285, 0
	%9287 = sub i32 255, %9286
	%9288 = add i32 %8706, %9287
	%9289 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9290 = bitcast i8 addrspace(3)* %9289 to i32 addrspace(3)*
	%9291 = getelementptr i32, i32 addrspace(3)* %9290, i32 %9288
	%9292 = load i32, i32 addrspace(3)* %9291
	%9293 = add i32 0, %9292
	%9294 = mul i32 %3, 8
	%9295 = add i32 %9294, 1
	%9296 = sub i32 255, %9295
	%9297 = add i32 %8706, %9296
	%9298 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9299 = bitcast i8 addrspace(3)* %9298 to i32 addrspace(3)*
	%9300 = getelementptr i32, i32 addrspace(3)* %9299, i32 %9297
	%9301 = load i32, i32 addrspace(3)* %9300
	%9302 = add i32 %9293, %9301
	%9303 = mul i32 %3, 8
	%9304 = add i32 %9303, 2
	%9305 = sub i32 255, %9304
	%9306 = add i32 %8706, %9305
	%9307 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9308 = bitcast i8 addrspace(3)* %9307 to i32 addrspace(3)*
	%9309 = getelementptr i32, i32 addrspace(3)* %9308, i32 %9306
	%9310 = load i32, i32 addrspace(3)* %9309
	%9311 = add i32 %9302, %9310
	%9312 = mul i32 %3, 8
	%9313 = add i32 %9312, 3
	%9314 = sub i32 255, %9313
	%9315 = add i32 %8706, %9314
	%9316 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9317 = bitcast i8 addrspace(3)* %9316 to i32 addrspace(3)*
	%9318 = getelementptr i32, i32 addrspace(3)* %9317, i32 %9315
	%9319 = load i32, i32 addrspace(3)* %9318
	%9320 = add i32 %9311, %9319
	%9321 = mul i32 %3, 8
	%9322 = add i32 %9321, 4
	%9323 = sub i32 255, %9322
	%9324 = add i32 %8706, %9323
	%9325 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9326 = bitcast i8 addrspace(3)* %9325 to i32 addrspace(3)*
	%9327 = getelementptr i32, i32 addrspace(3)* %9326, i32 %9324
	%9328 = load i32, i32 addrspace(3)* %9327
	%9329 = add i32 %9320, %9328
	%9330 = mul i32 %3, 8
	%9331 = add i32 %9330, 5
	%9332 = sub i32 255, %9331
	%9333 = add i32 %8706, %9332
	%9334 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9335 = bitcast i8 addrspace(3)* %9334 to i32 addrspace(3)*
	%9336 = getelementptr i32, i32 addrspace(3)* %9335, i32 %9333
	%9337 = load i32, i32 addrspace(3)* %9336
	%9338 = add i32 %9329, %9337
	%9339 = mul i32 %3, 8
	%9340 = add i32 %9339, 6
	%9341 = sub i32 255, %9340
	%9342 = add i32 %8706, %9341
	%9343 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9344 = bitcast i8 addrspace(3)* %9343 to i32 addrspace(3)*
	%9345 = getelementptr i32, i32 addrspace(3)* %9344, i32 %9342
	%9346 = load i32, i32 addrspace(3)* %9345
	%9347 = add i32 %9338, %9346
	%9348 = mul i32 %3, 8
	%9349 = add i32 %9348, 7
	%9350 = sub i32 255, %9349
	%9351 = add i32 %8706, %9350
	%9352 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9353 = bitcast i8 addrspace(3)* %9352 to i32 addrspace(3)*
	%9354 = getelementptr i32, i32 addrspace(3)* %9353, i32 %9351
	%9355 = load i32, i32 addrspace(3)* %9354
	%9356 = add i32 %9347, %9355
	%9357 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9356, i32 1, i32 0)
	%9358 = icmp uge i32 %3, 1
	%9359 = select i1 %9358, i32 %9357, i32 0
	%9360 = add i32 %9356, %9359
	%9361 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9360, i32 2, i32 0)
	%9362 = icmp uge i32 %3, 2
	%9363 = select i1 %9362, i32 %9361, i32 0
	%9364 = add i32 %9360, %9363
	%9365 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9364, i32 4, i32 0)
	%9366 = icmp uge i32 %3, 4
	%9367 = select i1 %9366, i32 %9365, i32 0
	%9368 = add i32 %9364, %9367
	%9369 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9368, i32 8, i32 0)
	%9370 = icmp uge i32 %3, 8
	%9371 = select i1 %9370, i32 %9369, i32 0
	%9372 = add i32 %9368, %9371
	%9373 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9372, i32 16, i32 0)
	%9374 = icmp uge i32 %3, 16
	%9375 = select i1 %9374, i32 %9373, i32 0
	%9376 = add i32 %9372, %9375
	%9377 = sub i32 %9376, %9356
	%9378 = icmp slt i32 %9377, %9213
	%9379 = icmp sge i32 %9376, %9213
	%9380 = and i1 %9378, %9379
	%9381 = add i32 %9377, %9292
	%9382 = xor i1 false, true
	%9383 = icmp sge i32 %9381, %9213
	%9384 = and i1 %9382, %9383
	%9385 = mul i32 %3, 8
	%9386 = add i32 %9385, 0
	%9387 = sub i32 255, %9386
	%9388 = select i1 %9384, i32 %9387, i32 0
	%9389 = select i1 %9384, i32 %9377, i32 0
	%9390 = or i1 false, %9384
	%9391 = add i32 %9381, %9301
	%9392 = xor i1 %9390, true
	%9393 = icmp sge i32 %9391, %9213
	%9394 = and i1 %9392, %9393
	%9395 = mul i32 %3, 8
	%9396 = add i32 %9395, 1
	%9397 = sub i32 255, %9396
	%9398 = select i1 %9394, i32 %9397, i32 %9388
	%9399 = select i1 %9394, i32 %9381, i32 %9389
	%9400 = or i1 %9390, %9394
	%9401 = add i32 %9391, %9310
	%9402 = xor i1 %9400, true
	%9403 = icmp sge i32 %9401, %9213
	%9404 = and i1 %9402, %9403
	%9405 = mul i32 %3, 8
	%9406 = add i32 %9405, 2
	%9407 = sub i32 255, %9406
	%9408 = select i1 %9404, i32 %9407, i32 %9398
	%9409 = select i1 %9404, i32 %9391, i32 %9399
	%9410 = or i1 %9400, %9404
	%9411 = add i32 %9401, %9319
	%9412 = xor i1 %9410, true
	%9413 = icmp sge i32 %9411, %9213
	%9414 = and i1 %9412, %9413
	%9415 = mul i32 %3, 8
	%9416 = add i32 %9415, 3
	%9417 = sub i32 255, %9416
	%9418 = select i1 %9414, i32 %9417, i32 %9408
	%9419 = select i1 %9414, i32 %9401, i32 %9409
	%9420 = or i1 %9410, %9414
	%9421 = add i32 %9411, %9328
	%9422 = xor i1 %9420, true
	%9423 = icmp sge i32 %9421, %9213
	%9424 = and i1 %9422, %9423
	%9425 = mul i32 %3, 8
	%9426 = add i32 %9425, 4
	%9427 = sub i32 255, %9426
	%9428 = select i1 %9424, i32 %9427, i32 %9418
	%9429 = select i1 %9424, i32 %9411, i32 %9419
	%9430 = or i1 %9420, %9424
	%9431 = add i32 %9421, %9337
	%9432 = xor i1 %9430, true
	%9433 = icmp sge i32 %9431, %9213
	%9434 = and i1 %9432, %9433
	%9435 = mul i32 %3, 8
	%9436 = add i32 %9435, 5
	%9437 = sub i32 255, %9436
	%9438 = select i1 %9434, i32 %9437, i32 %9428
	%9439 = select i1 %9434, i32 %9421, i32 %9429
	%9440 = or i1 %9430, %9434
	%9441 = add i32 %9431, %9346
	%9442 = xor i1 %9440, true
	%9443 = icmp sge i32 %9441, %9213
	%9444 = and i1 %9442, %9443
	%9445 = mul i32 %3, 8
	%9446 = add i32 %9445, 6
	%9447 = sub i32 255, %9446
	%9448 = select i1 %9444, i32 %9447, i32 %9438
	%9449 = select i1 %9444, i32 %9431, i32 %9439
	%9450 = or i1 %9440, %9444
	%9451 = add i32 %9441, %9355
	%9452 = xor i1 %9450, true
	%9453 = icmp sge i32 %9451, %9213
	%9454 = and i1 %9452, %9453
	%9455 = mul i32 %3, 8
	%9456 = add i32 %9455, 7
	%9457 = sub i32 255, %9456
	%9458 = select i1 %9454, i32 %9457, i32 %9448
	%9459 = select i1 %9454, i32 %9441, i32 %9449
	%9460 = or i1 %9450, %9454
	%9461 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %9380)
	%9462 = call i32 @llvm.cttz.i32(i32 %9461, i1 false)
	%9463 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %9458, i32 %9462, i32 31)
	%9464 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %9459, i32 %9462, i32 31)
	%9465 = shl i32 %9463, 8
	%9466 = or i32 %9210, %9465
	%9467 = shl i32 255, 8
	%9468 = or i32 %9212, %9467
	%9469 = sub i32 %9213, %9464
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%9470 = mul i32 %3, 8
	%9471 = add i32 %9470, 0
	%9472 = add i32 %8706, %9471
	%9473 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9474 = bitcast i8 addrspace(3)* %9473 to i32 addrspace(3)*
	%9475 = getelementptr i32, i32 addrspace(3)* %9474, i32 %9472
	store i32 0, i32 addrspace(3)* %9475
	%9476 = mul i32 %3, 8
	%9477 = add i32 %9476, 1
	%9478 = add i32 %8706, %9477
	%9479 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9480 = bitcast i8 addrspace(3)* %9479 to i32 addrspace(3)*
	%9481 = getelementptr i32, i32 addrspace(3)* %9480, i32 %9478
	store i32 0, i32 addrspace(3)* %9481
	%9482 = mul i32 %3, 8
	%9483 = add i32 %9482, 2
	%9484 = add i32 %8706, %9483
	%9485 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9486 = bitcast i8 addrspace(3)* %9485 to i32 addrspace(3)*
	%9487 = getelementptr i32, i32 addrspace(3)* %9486, i32 %9484
	store i32 0, i32 addrspace(3)* %9487
	%9488 = mul i32 %3, 8
	%9489 = add i32 %9488, 3
	%9490 = add i32 %8706, %9489
	%9491 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9492 = bitcast i8 addrspace(3)* %9491 to i32 addrspace(3)*
	%9493 = getelementptr i32, i32 addrspace(3)* %9492, i32 %9490
	store i32 0, i32 addrspace(3)* %9493
	%9494 = mul i32 %3, 8
	%9495 = add i32 %9494, 4
	%9496 = add i32 %8706, %9495
	%9497 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9498 = bitcast i8 addrspace(3)* %9497 to i32 addrspace(3)*
	%9499 = getelementptr i32, i32 addrspace(3)* %9498, i32 %9496
	store i32 0, i32 addrspace(3)* %9499
	%9500 = mul i32 %3, 8
	%9501 = add i32 %9500, 5
	%9502 = add i32 %8706, %9501
	%9503 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9504 = bitcast i8 addrspace(3)* %9503 to i32 addrspace(3)*
	%9505 = getelementptr i32, i32 addrspace(3)* %9504, i32 %9502
	store i32 0, i32 addrspace(3)* %9505
	%9506 = mul i32 %3, 8
	%9507 = add i32 %9506, 6
	%9508 = add i32 %8706, %9507
	%9509 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9510 = bitcast i8 addrspace(3)* %9509 to i32 addrspace(3)*
	%9511 = getelementptr i32, i32 addrspace(3)* %9510, i32 %9508
	store i32 0, i32 addrspace(3)* %9511
	%9512 = mul i32 %3, 8
	%9513 = add i32 %9512, 7
	%9514 = add i32 %8706, %9513
	%9515 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9516 = bitcast i8 addrspace(3)* %9515 to i32 addrspace(3)*
	%9517 = getelementptr i32, i32 addrspace(3)* %9516, i32 %9514
	store i32 0, i32 addrspace(3)* %9517
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %9528

9518:
	%9519 = lshr i32 %9280, 8
	%9520 = and i32 %9519, 255
	%9521 = add i32 %8706, %9520
	%9522 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9523 = bitcast i8 addrspace(3)* %9522 to i32 addrspace(3)*
	%9524 = getelementptr i32, i32 addrspace(3)* %9523, i32 %9521
	%9525 = atomicrmw add i32 addrspace(3)* %9524, i32 1 monotonic
	br label %9526

9526:
	%9527 = add i32 %9273, 32
	br label %9272

9528:
	%9529 = phi i32 [ %3, %9284 ], [ %9735, %9734 ]
	%9530 = icmp slt i32 %9529, %587
	br i1 %9530, label %9531, label %9540

9531:
	%9532 = add i32 %8283, %9529
	%9533 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%9534 = bitcast i8 addrspace(3)* %9533 to i32 addrspace(3)*
	%9535 = getelementptr i32, i32 addrspace(3)* %9534, i32 %9532
	%9536 = load i32, i32 addrspace(3)* %9535
	%9537 = and i32 %9536, %9468
	%9538 = icmp eq i32 %9537, %9466
	%9539 = and i1 true, %9538
	br i1 %9539, label %9726, label %9734

9540:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%9541 = mul i32 %3, 8
	%9542 = add i32 %9541, 0
	%9543 = sub i32 255, %9542
	%9544 = add i32 %8706, %9543
	%9545 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9546 = bitcast i8 addrspace(3)* %9545 to i32 addrspace(3)*
	%9547 = getelementptr i32, i32 addrspace(3)* %9546, i32 %9544
	%9548 = load i32, i32 addrspace(3)* %9547
	%9549 = add i32 0, %9548
	%9550 = mul i32 %3, 8
	%9551 = add i32 %9550, 1
	%9552 = sub i32 255, %9551
	%9553 = add i32 %8706, %9552
	%9554 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9555 = bitcast i8 addrspace(3)* %9554 to i32 addrspace(3)*
	%9556 = getelementptr i32, i32 addrspace(3)* %9555, i32 %9553
	%9557 = load i32, i32 addrspace(3)* %9556
	%9558 = add i32 %9549, %9557
	%9559 = mul i32 %3, 8
	%9560 = add i32 %9559, 2
	%9561 = sub i32 255, %9560
	%9562 = add i32 %8706, %9561
	%9563 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9564 = bitcast i8 addrspace(3)* %9563 to i32 addrspace(3)*
	%9565 = getelementptr i32, i32 addrspace(3)* %9564, i32 %9562
	%9566 = load i32, i32 addrspace(3)* %9565
	%9567 = add i32 %9558, %9566
	%9568 = mul i32 %3, 8
	%9569 = add i32 %9568, 3
	%9570 = sub i32 255, %9569
	%9571 = add i32 %8706, %9570
	%9572 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9573 = bitcast i8 addrspace(3)* %9572 to i32 addrspace(3)*
	%9574 = getelementptr i32, i32 addrspace(3)* %9573, i32 %9571
	%9575 = load i32, i32 addrspace(3)* %9574
	%9576 = add i32 %9567, %9575
	%9577 = mul i32 %3, 8
	%9578 = add i32 %9577, 4
	%9579 = sub i32 255, %9578
	%9580 = add i32 %8706, %9579
	%9581 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9582 = bitcast i8 addrspace(3)* %9581 to i32 addrspace(3)*
	%9583 = getelementptr i32, i32 addrspace(3)* %9582, i32 %9580
	%9584 = load i32, i32 addrspace(3)* %9583
	%9585 = add i32 %9576, %9584
	%9586 = mul i32 %3, 8
	%9587 = add i32 %9586, 5
	%9588 = sub i32 255, %9587
	%9589 = add i32 %8706, %9588
	%9590 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9591 = bitcast i8 addrspace(3)* %9590 to i32 addrspace(3)*
	%9592 = getelementptr i32, i32 addrspace(3)* %9591, i32 %9589
	%9593 = load i32, i32 addrspace(3)* %9592
	%9594 = add i32 %9585, %9593
	%9595 = mul i32 %3, 8
	%9596 = add i32 %9595, 6
	%9597 = sub i32 255, %9596
	%9598 = add i32 %8706, %9597
	%9599 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9600 = bitcast i8 addrspace(3)* %9599 to i32 addrspace(3)*
	%9601 = getelementptr i32, i32 addrspace(3)* %9600, i32 %9598
	%9602 = load i32, i32 addrspace(3)* %9601
	%9603 = add i32 %9594, %9602
	%9604 = mul i32 %3, 8
	%9605 = add i32 %9604, 7
	%9606 = sub i32 255, %9605
	%9607 = add i32 %8706, %9606
	%9608 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9609 = bitcast i8 addrspace(3)* %9608 to i32 addrspace(3)*
	%9610 = getelementptr i32, i32 addrspace(3)* %9609, i32 %9607
	%9611 = load i32, i32 addrspace(3)* %9610
	%9612 = add i32 %9603, %9611
	%9613 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9612, i32 1, i32 0)
	%9614 = icmp uge i32 %3, 1
	%9615 = select i1 %9614, i32 %9613, i32 0
	%9616 = add i32 %9612, %9615
	%9617 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9616, i32 2, i32 0)
	%9618 = icmp uge i32 %3, 2
	%9619 = select i1 %9618, i32 %9617, i32 0
	%9620 = add i32 %9616, %9619
	%9621 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9620, i32 4, i32 0)
	%9622 = icmp uge i32 %3, 4
	%9623 = select i1 %9622, i32 %9621, i32 0
	%9624 = add i32 %9620, %9623
	%9625 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9624, i32 8, i32 0)
	%9626 = icmp uge i32 %3, 8
	%9627 = select i1 %9626, i32 %9625, i32 0
	%9628 = add i32 %9624, %9627
	%9629 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9628, i32 16, i32 0)
	%9630 = icmp uge i32 %3, 16
	%9631 = select i1 %9630, i32 %9629, i32 0
	%9632 = add i32 %9628, %9631
	%9633 = sub i32 %9632, %9612
	%9634 = icmp slt i32 %9633, %9469
	%9635 = icmp sge i32 %9632, %9469
	%9636 = and i1 %9634, %9635
	%9637 = add i32 %9633, %9548
	%9638 = xor i1 false, true
	%9639 = icmp sge i32 %9637, %9469
	%9640 = and i1 %9638, %9639
	%9641 = mul i32 %3, 8
	%9642 = add i32 %9641, 0
	%9643 = sub i32 255, %9642
	%9644 = select i1 %9640, i32 %9643, i32 0
	%9645 = select i1 %9640, i32 %9633, i32 0
	%9646 = or i1 false, %9640
	%9647 = add i32 %9637, %9557
	%9648 = xor i1 %9646, true
	%9649 = icmp sge i32 %9647, %9469
	%9650 = and i1 %9648, %9649
	%9651 = mul i32 %3, 8
	%9652 = add i32 %9651, 1
	%9653 = sub i32 255, %9652
	%9654 = select i1 %9650, i32 %9653, i32 %9644
	%9655 = select i1 %9650, i32 %9637, i32 %9645
	%9656 = or i1 %9646, %9650
	%9657 = add i32 %9647, %9566
	%9658 = xor i1 %9656, true
	%9659 = icmp sge i32 %9657, %9469
	%9660 = and i1 %9658, %9659
	%9661 = mul i32 %3, 8
	%9662 = add i32 %9661, 2
	%9663 = sub i32 255, %9662
	%9664 = select i1 %9660, i32 %9663, i32 %9654
	%9665 = select i1 %9660, i32 %9647, i32 %9655
	%9666 = or i1 %9656, %9660
	%9667 = add i32 %9657, %9575
	%9668 = xor i1 %9666, true
	%9669 = icmp sge i32 %9667, %9469
	%9670 = and i1 %9668, %9669
	%9671 = mul i32 %3, 8
	%9672 = add i32 %9671, 3
	%9673 = sub i32 255, %9672
	%9674 = select i1 %9670, i32 %9673, i32 %9664
	%9675 = select i1 %9670, i32 %9657, i32 %9665
	%9676 = or i1 %9666, %9670
	%9677 = add i32 %9667, %9584
	%9678 = xor i1 %9676, true
	%9679 = icmp sge i32 %9677, %9469
	%9680 = and i1 %9678, %9679
	%9681 = mul i32 %3, 8
	%9682 = add i32 %9681, 4
	%9683 = sub i32 255, %9682
	%9684 = select i1 %9680, i32 %9683, i32 %9674
	%9685 = select i1 %9680, i32 %9667, i32 %9675
	%9686 = or i1 %9676, %9680
	%9687 = add i32 %9677, %9593
	%9688 = xor i1 %9686, true
	%9689 = icmp sge i32 %9687, %9469
	%9690 = and i1 %9688, %9689
	%9691 = mul i32 %3, 8
	%9692 = add i32 %9691, 5
	%9693 = sub i32 255, %9692
	%9694 = select i1 %9690, i32 %9693, i32 %9684
	%9695 = select i1 %9690, i32 %9677, i32 %9685
	%9696 = or i1 %9686, %9690
	%9697 = add i32 %9687, %9602
	%9698 = xor i1 %9696, true
	%9699 = icmp sge i32 %9697, %9469
	%9700 = and i1 %9698, %9699
	%9701 = mul i32 %3, 8
	%9702 = add i32 %9701, 6
	%9703 = sub i32 255, %9702
	%9704 = select i1 %9700, i32 %9703, i32 %9694
	%9705 = select i1 %9700, i32 %9687, i32 %9695
	%9706 = or i1 %9696, %9700
	%9707 = add i32 %9697, %9611
	%9708 = xor i1 %9706, true
	%9709 = icmp sge i32 %9707, %9469
	%9710 = and i1 %9708, %9709
	%9711 = mul i32 %3, 8
	%9712 = add i32 %9711, 7
	%9713 = sub i32 255, %9712
	%9714 = select i1 %9710, i32 %9713, i32 %9704
	%9715 = select i1 %9710, i32 %9697, i32 %9705
	%9716 = or i1 %9706, %9710
	%9717 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %9636)
	%9718 = call i32 @llvm.cttz.i32(i32 %9717, i1 false)
	%9719 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %9714, i32 %9718, i32 31)
	%9720 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %9715, i32 %9718, i32 31)
	%9721 = shl i32 %9719, 0
	%9722 = or i32 %9466, %9721
	%9723 = shl i32 255, 0
	%9724 = or i32 %9468, %9723
	%9725 = sub i32 %9469, %9720
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %8755

9726:
	%9727 = lshr i32 %9536, 0
	%9728 = and i32 %9727, 255
	%9729 = add i32 %8706, %9728
	%9730 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9731 = bitcast i8 addrspace(3)* %9730 to i32 addrspace(3)*
	%9732 = getelementptr i32, i32 addrspace(3)* %9731, i32 %9729
	%9733 = atomicrmw add i32 addrspace(3)* %9732, i32 1 monotonic
	br label %9734

9734:
	%9735 = add i32 %9529, 32
	br label %9528

9736:
	%9737 = phi i32 [ 0, %8755 ], [ %9786, %9781 ]
	%9738 = phi i32 [ 0, %8755 ], [ %9783, %9781 ]
	%9739 = phi i32 [ 0, %8755 ], [ %9785, %9781 ]
	%9740 = icmp slt i32 %9737, %587
	br i1 %9740, label %9741, label %9744

9741:
	%9742 = add i32 %9737, %3
	%9743 = icmp slt i32 %9742, %587
	br i1 %9743, label %9745, label %9755

9744:
	br label %8285

9745:
	%9746 = add i32 %8283, %9742
	%9747 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%9748 = bitcast i8 addrspace(3)* %9747 to i32 addrspace(3)*
	%9749 = getelementptr i32, i32 addrspace(3)* %9748, i32 %9746
	%9750 = load i32, i32 addrspace(3)* %9749
	%9751 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%9752 = bitcast i8 addrspace(3)* %9751 to i32 addrspace(3)*
	%9753 = getelementptr i32, i32 addrspace(3)* %9752, i32 %9746
	%9754 = load i32, i32 addrspace(3)* %9753
	br label %9755

9755:
	%9756 = phi i32 [ 0, %9741 ], [ %9750, %9745 ]
	%9757 = phi i32 [ 0, %9741 ], [ %9754, %9745 ]
	%9758 = icmp eq i32 %9756, %8756
	%9759 = and i1 %9743, %9758
	%9760 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %9759)
	%9761 = and i32 %9760, %8759
	%9762 = call i32 @llvm.ctpop.i32(i32 %9761)
	%9763 = add i32 %9739, %9762
	%9764 = icmp ugt i32 %9756, %8756
	%9765 = icmp slt i32 %9763, %8757
	%9766 = and i1 %9759, %9765
	%9767 = or i1 %9764, %9766
	%9768 = and i1 %9743, %9767
	%9769 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %9768)
	%9770 = and i32 %9769, %8759
	%9771 = call i32 @llvm.ctpop.i32(i32 %9770)
	%9772 = add i32 %9738, %9771
	%9773 = add i32 %8283, %9772
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %9768, label %9774, label %9781

9774:
	%9775 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%9776 = bitcast i8 addrspace(3)* %9775 to i32 addrspace(3)*
	%9777 = getelementptr i32, i32 addrspace(3)* %9776, i32 %9773
	store i32 %9756, i32 addrspace(3)* %9777
	%9778 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%9779 = bitcast i8 addrspace(3)* %9778 to i32 addrspace(3)*
	%9780 = getelementptr i32, i32 addrspace(3)* %9779, i32 %9773
	store i32 %9757, i32 addrspace(3)* %9780
	br label %9781

9781:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%9782 = call i32 @llvm.ctpop.i32(i32 %9769)
	%9783 = add i32 %9738, %9782
	%9784 = call i32 @llvm.ctpop.i32(i32 %9760)
	%9785 = add i32 %9739, %9784
	%9786 = add i32 %9737, 32
	br label %9736

9787:
	%9788 = phi i32 [ 0, %8285 ], [ %9818, %9812 ]
	%9789 = phi i32 [ 0, %8285 ], [ %9817, %9812 ]
	%9790 = icmp slt i32 %9788, %8286
	br i1 %9790, label %9791, label %9794

9791:
	%9792 = add i32 %9788, %3
	%9793 = icmp slt i32 %9792, %8286
	br i1 %9793, label %9795, label %9802

9794:
	br label %9819

9795:
	%9796 = mul i32 %378, 160
	%9797 = add i32 %9796, %9792
	%9798 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%9799 = bitcast i8 addrspace(3)* %9798 to i32 addrspace(3)*
	%9800 = getelementptr i32, i32 addrspace(3)* %9799, i32 %9797
	%9801 = load i32, i32 addrspace(3)* %9800
	br label %9802

9802:
	%9803 = phi i32 [ 0, %9791 ], [ %9801, %9795 ]
	br i1 %9793, label %9804, label %9812

9804:
	%9805 = add i32 0, %9792
	%9806 = icmp sgt i32 %9803, %405
	%9807 = select i1 %9806, i32 %8287, i32 0
	%9808 = add i32 %9805, %9807
	%9809 = add i32 %8291, %9808
	%9810 = sext i32 %9809 to i64
	%9811 = getelementptr i32, i32* %out, i64 %9810
	store i32 %9803, i32* %9811
	br label %9812

9812:
	%9813 = icmp slt i32 %9803, %402
	%9814 = and i1 %9793, %9813
	%9815 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %9814)
	%9816 = call i32 @llvm.ctpop.i32(i32 %9815)
	%9817 = add i32 %9789, %9816
	%9818 = add i32 %9788, 32
	br label %9787

9819:
	%9820 = phi i32 [ %3, %9794 ], [ %9829, %9822 ]
	%9821 = icmp slt i32 %9820, %8287
	br i1 %9821, label %9822, label %9830

9822:
	%9823 = add i32 0, %9789
	%9824 = add i32 %9823, %9820
	%9825 = add i32 %402, %9820
	%9826 = add i32 %8291, %9824
	%9827 = sext i32 %9826 to i64
	%9828 = getelementptr i32, i32* %out, i64 %9827
	store i32 %9825, i32* %9828
	%9829 = add i32 %9820, 32
	br label %9819

9830:
	%9831 = icmp eq i32 %3, 0
	%9832 = icmp eq i32 0, 1
	%9833 = and i1 %9831, %9832
	br i1 %9833, label %9834, label %9838

9834:
	%9835 = add i32 %8291, 0
	%9836 = sext i32 %9835 to i64
	%9837 = getelementptr i32, i32* %out, i64 %9836
	store i32 0, i32* %9837
	br label %9838

9838:
	%9839 = add i32 %410, %8286
	%9840 = add i32 %9839, %3
	br label %9841

9841:
	%9842 = phi i32 [ %9840, %9838 ], [ %9848, %9844 ]
	%9843 = icmp slt i32 %9842, 8
	br i1 %9843, label %9844, label %9849

9844:
	%9845 = add i32 %8291, %9842
	%9846 = sext i32 %9845 to i64
	%9847 = getelementptr i32, i32* %out, i64 %9846
	store i32 -1, i32* %9847
	%9848 = add i32 %9842, 32
	br label %9841

9849:
	br label %8279

9850:
	%9851 = icmp sgt i32 %589, %457
	br i1 %9851, label %9855, label %9858

9852:
	%9853 = add i32 %5, %462
	%9854 = icmp slt i32 %9853, %M
	br i1 %9854, label %11423, label %11425

9855:
	%9856 = mul i32 %420, 160
	%9857 = icmp sle i32 %589, 64
	br i1 %9857, label %9865, label %9867

9858:
	%9859 = phi i32 [ %589, %9850 ], [ %457, %11317 ]
	%9860 = sub i32 %452, 0
	%9861 = mul i32 %2, %M
	%9862 = add i32 %5, %420
	%9863 = add i32 %9861, %9862
	%9864 = mul i32 %9863, 8
	br label %11360

9865:
	%9866 = icmp slt i32 %3, %589
	br i1 %9866, label %9871, label %9877

9867:
	%9868 = phi i32 [ 0, %9855 ], [ %10269, %9887 ]
	%9869 = phi i32 [ 0, %9855 ], [ %10277, %9887 ]
	%9870 = xor i1 %9857, true
	br i1 %9870, label %10278, label %10328

9871:
	%9872 = add i32 %9856, %3
	%9873 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%9874 = bitcast i8 addrspace(3)* %9873 to i32 addrspace(3)*
	%9875 = getelementptr i32, i32 addrspace(3)* %9874, i32 %9872
	%9876 = load i32, i32 addrspace(3)* %9875
	br label %9877

9877:
	%9878 = phi i32 [ 0, %9865 ], [ %9876, %9871 ]
	%9879 = add i32 %3, 32
	%9880 = icmp slt i32 %9879, %589
	br i1 %9880, label %9881, label %9887

9881:
	%9882 = add i32 %9856, %9879
	%9883 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%9884 = bitcast i8 addrspace(3)* %9883 to i32 addrspace(3)*
	%9885 = getelementptr i32, i32 addrspace(3)* %9884, i32 %9882
	%9886 = load i32, i32 addrspace(3)* %9885
	br label %9887

9887:
	%9888 = phi i32 [ 0, %9877 ], [ %9886, %9881 ]
	%9889 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9878, i32 1, i32 31)
	%9890 = and i32 %3, 2
	%9891 = icmp eq i32 %9890, 0
	%9892 = and i32 %3, 1
	%9893 = icmp eq i32 %9892, 0
	%9894 = icmp eq i1 %9891, %9893
	%9895 = icmp ugt i32 %9878, %9889
	%9896 = select i1 %9895, i32 %9878, i32 %9889
	%9897 = icmp ult i32 %9878, %9889
	%9898 = select i1 %9897, i32 %9878, i32 %9889
	%9899 = select i1 %9894, i32 %9896, i32 %9898
	%9900 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9899, i32 2, i32 31)
	%9901 = and i32 %3, 4
	%9902 = icmp eq i32 %9901, 0
	%9903 = and i32 %3, 2
	%9904 = icmp eq i32 %9903, 0
	%9905 = icmp eq i1 %9902, %9904
	%9906 = icmp ugt i32 %9899, %9900
	%9907 = select i1 %9906, i32 %9899, i32 %9900
	%9908 = icmp ult i32 %9899, %9900
	%9909 = select i1 %9908, i32 %9899, i32 %9900
	%9910 = select i1 %9905, i32 %9907, i32 %9909
	%9911 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9910, i32 1, i32 31)
	%9912 = and i32 %3, 4
	%9913 = icmp eq i32 %9912, 0
	%9914 = and i32 %3, 1
	%9915 = icmp eq i32 %9914, 0
	%9916 = icmp eq i1 %9913, %9915
	%9917 = icmp ugt i32 %9910, %9911
	%9918 = select i1 %9917, i32 %9910, i32 %9911
	%9919 = icmp ult i32 %9910, %9911
	%9920 = select i1 %9919, i32 %9910, i32 %9911
	%9921 = select i1 %9916, i32 %9918, i32 %9920
	%9922 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9921, i32 4, i32 31)
	%9923 = and i32 %3, 8
	%9924 = icmp eq i32 %9923, 0
	%9925 = and i32 %3, 4
	%9926 = icmp eq i32 %9925, 0
	%9927 = icmp eq i1 %9924, %9926
	%9928 = icmp ugt i32 %9921, %9922
	%9929 = select i1 %9928, i32 %9921, i32 %9922
	%9930 = icmp ult i32 %9921, %9922
	%9931 = select i1 %9930, i32 %9921, i32 %9922
	%9932 = select i1 %9927, i32 %9929, i32 %9931
	%9933 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9932, i32 2, i32 31)
	%9934 = and i32 %3, 8
	%9935 = icmp eq i32 %9934, 0
	%9936 = and i32 %3, 2
	%9937 = icmp eq i32 %9936, 0
	%9938 = icmp eq i1 %9935, %9937
	%9939 = icmp ugt i32 %9932, %9933
	%9940 = select i1 %9939, i32 %9932, i32 %9933
	%9941 = icmp ult i32 %9932, %9933
	%9942 = select i1 %9941, i32 %9932, i32 %9933
	%9943 = select i1 %9938, i32 %9940, i32 %9942
	%9944 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9943, i32 1, i32 31)
	%9945 = and i32 %3, 8
	%9946 = icmp eq i32 %9945, 0
	%9947 = and i32 %3, 1
	%9948 = icmp eq i32 %9947, 0
	%9949 = icmp eq i1 %9946, %9948
	%9950 = icmp ugt i32 %9943, %9944
	%9951 = select i1 %9950, i32 %9943, i32 %9944
	%9952 = icmp ult i32 %9943, %9944
	%9953 = select i1 %9952, i32 %9943, i32 %9944
	%9954 = select i1 %9949, i32 %9951, i32 %9953
	%9955 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9954, i32 8, i32 31)
	%9956 = and i32 %3, 16
	%9957 = icmp eq i32 %9956, 0
	%9958 = and i32 %3, 8
	%9959 = icmp eq i32 %9958, 0
	%9960 = icmp eq i1 %9957, %9959
	%9961 = icmp ugt i32 %9954, %9955
	%9962 = select i1 %9961, i32 %9954, i32 %9955
	%9963 = icmp ult i32 %9954, %9955
	%9964 = select i1 %9963, i32 %9954, i32 %9955
	%9965 = select i1 %9960, i32 %9962, i32 %9964
	%9966 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9965, i32 4, i32 31)
	%9967 = and i32 %3, 16
	%9968 = icmp eq i32 %9967, 0
	%9969 = and i32 %3, 4
	%9970 = icmp eq i32 %9969, 0
	%9971 = icmp eq i1 %9968, %9970
	%9972 = icmp ugt i32 %9965, %9966
	%9973 = select i1 %9972, i32 %9965, i32 %9966
	%9974 = icmp ult i32 %9965, %9966
	%9975 = select i1 %9974, i32 %9965, i32 %9966
	%9976 = select i1 %9971, i32 %9973, i32 %9975
	%9977 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9976, i32 2, i32 31)
	%9978 = and i32 %3, 16
	%9979 = icmp eq i32 %9978, 0
	%9980 = and i32 %3, 2
	%9981 = icmp eq i32 %9980, 0
	%9982 = icmp eq i1 %9979, %9981
	%9983 = icmp ugt i32 %9976, %9977
	%9984 = select i1 %9983, i32 %9976, i32 %9977
	%9985 = icmp ult i32 %9976, %9977
	%9986 = select i1 %9985, i32 %9976, i32 %9977
	%9987 = select i1 %9982, i32 %9984, i32 %9986
	%9988 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9987, i32 1, i32 31)
	%9989 = and i32 %3, 16
	%9990 = icmp eq i32 %9989, 0
	%9991 = and i32 %3, 1
	%9992 = icmp eq i32 %9991, 0
	%9993 = icmp eq i1 %9990, %9992
	%9994 = icmp ugt i32 %9987, %9988
	%9995 = select i1 %9994, i32 %9987, i32 %9988
	%9996 = icmp ult i32 %9987, %9988
	%9997 = select i1 %9996, i32 %9987, i32 %9988
	%9998 = select i1 %9993, i32 %9995, i32 %9997
	%9999 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9998, i32 16, i32 31)
	%10000 = and i32 %3, 32
	%10001 = icmp eq i32 %10000, 0
	%10002 = and i32 %3, 16
	%10003 = icmp eq i32 %10002, 0
	%10004 = icmp eq i1 %10001, %10003
	%10005 = icmp ugt i32 %9998, %9999
	%10006 = select i1 %10005, i32 %9998, i32 %9999
	%10007 = icmp ult i32 %9998, %9999
	%10008 = select i1 %10007, i32 %9998, i32 %9999
	%10009 = select i1 %10004, i32 %10006, i32 %10008
	%10010 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %10009, i32 8, i32 31)
	%10011 = and i32 %3, 32
	%10012 = icmp eq i32 %10011, 0
	%10013 = and i32 %3, 8
	%10014 = icmp eq i32 %10013, 0
	%10015 = icmp eq i1 %10012, %10014
	%10016 = icmp ugt i32 %10009, %10010
	%10017 = select i1 %10016, i32 %10009, i32 %10010
	%10018 = icmp ult i32 %10009, %10010
	%10019 = select i1 %10018, i32 %10009, i32 %10010
	%10020 = select i1 %10015, i32 %10017, i32 %10019
	%10021 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %10020, i32 4, i32 31)
	%10022 = and i32 %3, 32
	%10023 = icmp eq i32 %10022, 0
	%10024 = and i32 %3, 4
	%10025 = icmp eq i32 %10024, 0
	%10026 = icmp eq i1 %10023, %10025
	%10027 = icmp ugt i32 %10020, %10021
	%10028 = select i1 %10027, i32 %10020, i32 %10021
	%10029 = icmp ult i32 %10020, %10021
	%10030 = select i1 %10029, i32 %10020, i32 %10021
	%10031 = select i1 %10026, i32 %10028, i32 %10030
	%10032 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %10031, i32 2, i32 31)
	%10033 = and i32 %3, 32
	%10034 = icmp eq i32 %10033, 0
	%10035 = and i32 %3, 2
	%10036 = icmp eq i32 %10035, 0
	%10037 = icmp eq i1 %10034, %10036
	%10038 = icmp ugt i32 %10031, %10032
	%10039 = select i1 %10038, i32 %10031, i32 %10032
	%10040 = icmp ult i32 %10031, %10032
	%10041 = select i1 %10040, i32 %10031, i32 %10032
	%10042 = select i1 %10037, i32 %10039, i32 %10041
	%10043 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %10042, i32 1, i32 31)
	%10044 = and i32 %3, 32
	%10045 = icmp eq i32 %10044, 0
	%10046 = and i32 %3, 1
	%10047 = icmp eq i32 %10046, 0
	%10048 = icmp eq i1 %10045, %10047
	%10049 = icmp ugt i32 %10042, %10043
	%10050 = select i1 %10049, i32 %10042, i32 %10043
	%10051 = icmp ult i32 %10042, %10043
	%10052 = select i1 %10051, i32 %10042, i32 %10043
	%10053 = select i1 %10048, i32 %10050, i32 %10052
	%10054 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9888, i32 1, i32 31)
	%10055 = and i32 %3, 2
	%10056 = icmp eq i32 %10055, 0
	%10057 = and i32 %3, 1
	%10058 = icmp eq i32 %10057, 0
	%10059 = icmp eq i1 %10056, %10058
	%10060 = icmp ugt i32 %9888, %10054
	%10061 = select i1 %10060, i32 %9888, i32 %10054
	%10062 = icmp ult i32 %9888, %10054
	%10063 = select i1 %10062, i32 %9888, i32 %10054
	%10064 = select i1 %10059, i32 %10061, i32 %10063
	%10065 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %10064, i32 2, i32 31)
	%10066 = and i32 %3, 4
	%10067 = icmp eq i32 %10066, 0
	%10068 = and i32 %3, 2
	%10069 = icmp eq i32 %10068, 0
	%10070 = icmp eq i1 %10067, %10069
	%10071 = icmp ugt i32 %10064, %10065
	%10072 = select i1 %10071, i32 %10064, i32 %10065
	%10073 = icmp ult i32 %10064, %10065
	%10074 = select i1 %10073, i32 %10064, i32 %10065
	%10075 = select i1 %10070, i32 %10072, i32 %10074
	%10076 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %10075, i32 1, i32 31)
	%10077 = and i32 %3, 4
	%10078 = icmp eq i32 %10077, 0
	%10079 = and i32 %3, 1
	%10080 = icmp eq i32 %10079, 0
	%10081 = icmp eq i1 %10078, %10080
	%10082 = icmp ugt i32 %10075, %10076
	%10083 = select i1 %10082, i32 %10075, i32 %10076
	%10084 = icmp ult i32 %10075, %10076
	%10085 = select i1 %10084, i32 %10075, i32 %10076
	%10086 = select i1 %10081, i32 %10083, i32 %10085
	%10087 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %10086, i32 4, i32 31)
	%10088 = and i32 %3, 8
	%10089 = icmp eq i32 %10088, 0
	%10090 = and i32 %3, 4
	%10091 = icmp eq i32 %10090, 0
	%10092 = icmp eq i1 %10089, %10091
	%10093 = icmp ugt i32 %10086, %10087
	%10094 = select i1 %10093, i32 %10086, i32 %10087
	%10095 = icmp ult i32 %10086, %10087
	%10096 = select i1 %10095, i32 %10086, i32 %10087
	%10097 = select i1 %10092, i32 %10094, i32 %10096
	%10098 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %10097, i32 2, i32 31)
	%10099 = and i32 %3, 8
	%10100 = icmp eq i32 %10099, 0
	%10101 = and i32 %3, 2
	%10102 = icmp eq i32 %10101, 0
	%10103 = icmp eq i1 %10100, %10102
	%10104 = icmp ugt i32 %10097, %10098
	%10105 = select i1 %10104, i32 %10097, i32 %10098
	%10106 = icmp ult i32 %10097, %10098
	%10107 = select i1 %10106, i32 %10097, i32 %10098
	%10108 = select i1 %10103, i32 %10105, i32 %10107
	%10109 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %10108, i32 1, i32 31)
	%10110 = and i32 %3, 8
	%10111 = icmp eq i32 %10110, 0
	%10112 = and i32 %3, 1
	%10113 = icmp eq i32 %10112, 0
	%10114 = icmp eq i1 %10111, %10113
	%10115 = icmp ugt i32 %10108, %10109
	%10116 = select i1 %10115, i32 %10108, i32 %10109
	%10117 = icmp ult i32 %10108, %10109
	%10118 = select i1 %10117, i32 %10108, i32 %10109
	%10119 = select i1 %10114, i32 %10116, i32 %10118
	%10120 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %10119, i32 8, i32 31)
	%10121 = and i32 %3, 16
	%10122 = icmp eq i32 %10121, 0
	%10123 = and i32 %3, 8
	%10124 = icmp eq i32 %10123, 0
	%10125 = icmp eq i1 %10122, %10124
	%10126 = icmp ugt i32 %10119, %10120
	%10127 = select i1 %10126, i32 %10119, i32 %10120
	%10128 = icmp ult i32 %10119, %10120
	%10129 = select i1 %10128, i32 %10119, i32 %10120
	%10130 = select i1 %10125, i32 %10127, i32 %10129
	%10131 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %10130, i32 4, i32 31)
	%10132 = and i32 %3, 16
	%10133 = icmp eq i32 %10132, 0
	%10134 = and i32 %3, 4
	%10135 = icmp eq i32 %10134, 0
	%10136 = icmp eq i1 %10133, %10135
	%10137 = icmp ugt i32 %10130, %10131
	%10138 = select i1 %10137, i32 %10130, i32 %10131
	%10139 = icmp ult i32 %10130, %10131
	%10140 = select i1 %10139, i32 %10130, i32 %10131
	%10141 = select i1 %10136, i32 %10138, i32 %10140
	%10142 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %10141, i32 2, i32 31)
	%10143 = and i32 %3, 16
	%10144 = icmp eq i32 %10143, 0
	%10145 = and i32 %3, 2
	%10146 = icmp eq i32 %10145, 0
	%10147 = icmp eq i1 %10144, %10146
	%10148 = icmp ugt i32 %10141, %10142
	%10149 = select i1 %10148, i32 %10141, i32 %10142
	%10150 = icmp ult i32 %10141, %10142
	%10151 = select i1 %10150, i32 %10141, i32 %10142
	%10152 = select i1 %10147, i32 %10149, i32 %10151
	%10153 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %10152, i32 1, i32 31)
	%10154 = and i32 %3, 16
	%10155 = icmp eq i32 %10154, 0
	%10156 = and i32 %3, 1
	%10157 = icmp eq i32 %10156, 0
	%10158 = icmp eq i1 %10155, %10157
	%10159 = icmp ugt i32 %10152, %10153
	%10160 = select i1 %10159, i32 %10152, i32 %10153
	%10161 = icmp ult i32 %10152, %10153
	%10162 = select i1 %10161, i32 %10152, i32 %10153
	%10163 = select i1 %10158, i32 %10160, i32 %10162
	%10164 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %10163, i32 16, i32 31)
	%10165 = and i32 %3, 32
	%10166 = icmp eq i32 %10165, 0
	%10167 = and i32 %3, 16
	%10168 = icmp eq i32 %10167, 0
	%10169 = icmp eq i1 %10166, %10168
	%10170 = icmp ugt i32 %10163, %10164
	%10171 = select i1 %10170, i32 %10163, i32 %10164
	%10172 = icmp ult i32 %10163, %10164
	%10173 = select i1 %10172, i32 %10163, i32 %10164
	%10174 = select i1 %10169, i32 %10171, i32 %10173
	%10175 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %10174, i32 8, i32 31)
	%10176 = and i32 %3, 32
	%10177 = icmp eq i32 %10176, 0
	%10178 = and i32 %3, 8
	%10179 = icmp eq i32 %10178, 0
	%10180 = icmp eq i1 %10177, %10179
	%10181 = icmp ugt i32 %10174, %10175
	%10182 = select i1 %10181, i32 %10174, i32 %10175
	%10183 = icmp ult i32 %10174, %10175
	%10184 = select i1 %10183, i32 %10174, i32 %10175
	%10185 = select i1 %10180, i32 %10182, i32 %10184
	%10186 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %10185, i32 4, i32 31)
	%10187 = and i32 %3, 32
	%10188 = icmp eq i32 %10187, 0
	%10189 = and i32 %3, 4
	%10190 = icmp eq i32 %10189, 0
	%10191 = icmp eq i1 %10188, %10190
	%10192 = icmp ugt i32 %10185, %10186
	%10193 = select i1 %10192, i32 %10185, i32 %10186
	%10194 = icmp ult i32 %10185, %10186
	%10195 = select i1 %10194, i32 %10185, i32 %10186
	%10196 = select i1 %10191, i32 %10193, i32 %10195
	%10197 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %10196, i32 2, i32 31)
	%10198 = and i32 %3, 32
	%10199 = icmp eq i32 %10198, 0
	%10200 = and i32 %3, 2
	%10201 = icmp eq i32 %10200, 0
	%10202 = icmp eq i1 %10199, %10201
	%10203 = icmp ugt i32 %10196, %10197
	%10204 = select i1 %10203, i32 %10196, i32 %10197
	%10205 = icmp ult i32 %10196, %10197
	%10206 = select i1 %10205, i32 %10196, i32 %10197
	%10207 = select i1 %10202, i32 %10204, i32 %10206
	%10208 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %10207, i32 1, i32 31)
	%10209 = and i32 %3, 32
	%10210 = icmp eq i32 %10209, 0
	%10211 = and i32 %3, 1
	%10212 = icmp eq i32 %10211, 0
	%10213 = icmp eq i1 %10210, %10212
	%10214 = icmp ugt i32 %10207, %10208
	%10215 = select i1 %10214, i32 %10207, i32 %10208
	%10216 = icmp ult i32 %10207, %10208
	%10217 = select i1 %10216, i32 %10207, i32 %10208
	%10218 = select i1 %10213, i32 %10215, i32 %10217
	%10219 = sub i32 31, %3
	%10220 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %10218, i32 %10219, i32 31)
	%10221 = icmp ugt i32 %10053, %10220
	%10222 = select i1 %10221, i32 %10053, i32 %10220
	%10223 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %10222, i32 16, i32 31)
	%10224 = and i32 %3, 16
	%10225 = icmp eq i32 %10224, 0
	%10226 = icmp eq i1 true, %10225
	%10227 = icmp ugt i32 %10222, %10223
	%10228 = select i1 %10227, i32 %10222, i32 %10223
	%10229 = icmp ult i32 %10222, %10223
	%10230 = select i1 %10229, i32 %10222, i32 %10223
	%10231 = select i1 %10226, i32 %10228, i32 %10230
	%10232 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %10231, i32 8, i32 31)
	%10233 = and i32 %3, 8
	%10234 = icmp eq i32 %10233, 0
	%10235 = icmp eq i1 true, %10234
	%10236 = icmp ugt i32 %10231, %10232
	%10237 = select i1 %10236, i32 %10231, i32 %10232
	%10238 = icmp ult i32 %10231, %10232
	%10239 = select i1 %10238, i32 %10231, i32 %10232
	%10240 = select i1 %10235, i32 %10237, i32 %10239
	%10241 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %10240, i32 4, i32 31)
	%10242 = and i32 %3, 4
	%10243 = icmp eq i32 %10242, 0
	%10244 = icmp eq i1 true, %10243
	%10245 = icmp ugt i32 %10240, %10241
	%10246 = select i1 %10245, i32 %10240, i32 %10241
	%10247 = icmp ult i32 %10240, %10241
	%10248 = select i1 %10247, i32 %10240, i32 %10241
	%10249 = select i1 %10244, i32 %10246, i32 %10248
	%10250 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %10249, i32 2, i32 31)
	%10251 = and i32 %3, 2
	%10252 = icmp eq i32 %10251, 0
	%10253 = icmp eq i1 true, %10252
	%10254 = icmp ugt i32 %10249, %10250
	%10255 = select i1 %10254, i32 %10249, i32 %10250
	%10256 = icmp ult i32 %10249, %10250
	%10257 = select i1 %10256, i32 %10249, i32 %10250
	%10258 = select i1 %10253, i32 %10255, i32 %10257
	%10259 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %10258, i32 1, i32 31)
	%10260 = and i32 %3, 1
	%10261 = icmp eq i32 %10260, 0
	%10262 = icmp eq i1 true, %10261
	%10263 = icmp ugt i32 %10258, %10259
	%10264 = select i1 %10263, i32 %10258, i32 %10259
	%10265 = icmp ult i32 %10258, %10259
	%10266 = select i1 %10265, i32 %10258, i32 %10259
	%10267 = select i1 %10262, i32 %10264, i32 %10266
	%10268 = sub i32 %457, 1
	%10269 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %10267, i32 %10268, i32 31)
	%10270 = icmp ugt i32 %9878, %10269
	%10271 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %10270)
	%10272 = call i32 @llvm.ctpop.i32(i32 %10271)
	%10273 = icmp ugt i32 %9888, %10269
	%10274 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %10273)
	%10275 = call i32 @llvm.ctpop.i32(i32 %10274)
	%10276 = add i32 %10272, %10275
	%10277 = sub i32 %457, %10276
	br label %9867

10278:
	%10279 = mul i32 %4, 256
	%10280 = mul i32 %3, 8
	%10281 = add i32 %10280, 0
	%10282 = add i32 %10279, %10281
	%10283 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10284 = bitcast i8 addrspace(3)* %10283 to i32 addrspace(3)*
	%10285 = getelementptr i32, i32 addrspace(3)* %10284, i32 %10282
	store i32 0, i32 addrspace(3)* %10285
	%10286 = mul i32 %3, 8
	%10287 = add i32 %10286, 1
	%10288 = add i32 %10279, %10287
	%10289 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10290 = bitcast i8 addrspace(3)* %10289 to i32 addrspace(3)*
	%10291 = getelementptr i32, i32 addrspace(3)* %10290, i32 %10288
	store i32 0, i32 addrspace(3)* %10291
	%10292 = mul i32 %3, 8
	%10293 = add i32 %10292, 2
	%10294 = add i32 %10279, %10293
	%10295 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10296 = bitcast i8 addrspace(3)* %10295 to i32 addrspace(3)*
	%10297 = getelementptr i32, i32 addrspace(3)* %10296, i32 %10294
	store i32 0, i32 addrspace(3)* %10297
	%10298 = mul i32 %3, 8
	%10299 = add i32 %10298, 3
	%10300 = add i32 %10279, %10299
	%10301 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10302 = bitcast i8 addrspace(3)* %10301 to i32 addrspace(3)*
	%10303 = getelementptr i32, i32 addrspace(3)* %10302, i32 %10300
	store i32 0, i32 addrspace(3)* %10303
	%10304 = mul i32 %3, 8
	%10305 = add i32 %10304, 4
	%10306 = add i32 %10279, %10305
	%10307 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10308 = bitcast i8 addrspace(3)* %10307 to i32 addrspace(3)*
	%10309 = getelementptr i32, i32 addrspace(3)* %10308, i32 %10306
	store i32 0, i32 addrspace(3)* %10309
	%10310 = mul i32 %3, 8
	%10311 = add i32 %10310, 5
	%10312 = add i32 %10279, %10311
	%10313 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10314 = bitcast i8 addrspace(3)* %10313 to i32 addrspace(3)*
	%10315 = getelementptr i32, i32 addrspace(3)* %10314, i32 %10312
	store i32 0, i32 addrspace(3)* %10315
	%10316 = mul i32 %3, 8
	%10317 = add i32 %10316, 6
	%10318 = add i32 %10279, %10317
	%10319 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10320 = bitcast i8 addrspace(3)* %10319 to i32 addrspace(3)*
	%10321 = getelementptr i32, i32 addrspace(3)* %10320, i32 %10318
	store i32 0, i32 addrspace(3)* %10321
	%10322 = mul i32 %3, 8
	%10323 = add i32 %10322, 7
	%10324 = add i32 %10279, %10323
	%10325 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10326 = bitcast i8 addrspace(3)* %10325 to i32 addrspace(3)*
	%10327 = getelementptr i32, i32 addrspace(3)* %10326, i32 %10324
	store i32 0, i32 addrspace(3)* %10327
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %10333

10328:
	%10329 = phi i32 [ %9868, %9867 ], [ %11295, %11113 ]
	%10330 = phi i32 [ %9869, %9867 ], [ %11298, %11113 ]
	%10331 = shl i32 1, %3
	%10332 = sub i32 %10331, 1
	br label %11309

10333:
	%10334 = phi i32 [ %3, %10278 ], [ %10588, %10587 ]
	%10335 = icmp slt i32 %10334, %589
	br i1 %10335, label %10336, label %10345

10336:
	%10337 = add i32 %9856, %10334
	%10338 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%10339 = bitcast i8 addrspace(3)* %10338 to i32 addrspace(3)*
	%10340 = getelementptr i32, i32 addrspace(3)* %10339, i32 %10337
	%10341 = load i32, i32 addrspace(3)* %10340
	%10342 = and i32 %10341, 0
	%10343 = icmp eq i32 %10342, 0
	%10344 = and i1 true, %10343
	br i1 %10344, label %10579, label %10587

10345:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%10346 = mul i32 %3, 8
	%10347 = add i32 %10346, 0
	%10348 = sub i32 255, %10347
	%10349 = add i32 %10279, %10348
	%10350 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10351 = bitcast i8 addrspace(3)* %10350 to i32 addrspace(3)*
	%10352 = getelementptr i32, i32 addrspace(3)* %10351, i32 %10349
	%10353 = load i32, i32 addrspace(3)* %10352
	%10354 = add i32 0, %10353
	%10355 = mul i32 %3, 8
	%10356 = add i32 %10355, 1
	%10357 = sub i32 255, %10356
	%10358 = add i32 %10279, %10357
	%10359 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10360 = bitcast i8 addrspace(3)* %10359 to i32 addrspace(3)*
	%10361 = getelementptr i32, i32 addrspace(3)* %10360, i32 %10358
	%10362 = load i32, i32 addrspace(3)* %10361
	%10363 = add i32 %10354, %10362
	%10364 = mul i32 %3, 8
	%10365 = add i32 %10364, 2
	%10366 = sub i32 255, %10365
	%10367 = add i32 %10279, %10366
	%10368 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10369 = bitcast i8 addrspace(3)* %10368 to i32 addrspace(3)*
	%10370 = getelementptr i32, i32 addrspace(3)* %10369, i32 %10367
	%10371 = load i32, i32 addrspace(3)* %10370
	%10372 = add i32 %10363, %10371
	%10373 = mul i32 %3, 8
	%10374 = add i32 %10373, 3
	%10375 = sub i32 255, %10374
	%10376 = add i32 %10279, %10375
	%10377 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10378 = bitcast i8 addrspace(3)* %10377 to i32 addrspace(3)*
	%10379 = getelementptr i32, i32 addrspace(3)* %10378, i32 %10376
	%10380 = load i32, i32 addrspace(3)* %10379
	%10381 = add i32 %10372, %10380
	%10382 = mul i32 %3, 8
	%10383 = add i32 %10382, 4
	%10384 = sub i32 255, %10383
	%10385 = add i32 %10279, %10384
	%10386 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10387 = bitcast i8 addrspace(3)* %10386 to i32 addrspace(3)*
	%10388 = getelementptr i32, i32 addrspace(3)* %10387, i32 %10385
	%10389 = load i32, i32 addrspace(3)* %10388
	%10390 = add i32 %10381, %10389
	%10391 = mul i32 %3, 8
	%10392 = add i32 %10391, 5
	%10393 = sub i32 255, %10392
	%10394 = add i32 %10279, %10393
	%10395 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10396 = bitcast i8 addrspace(3)* %10395 to i32 addrspace(3)*
	%10397 = getelementptr i32, i32 addrspace(3)* %10396, i32 %10394
	%10398 = load i32, i32 addrspace(3)* %10397
	%10399 = add i32 %10390, %10398
	%10400 = mul i32 %3, 8
	%10401 = add i32 %10400, 6
	%10402 = sub i32 255, %10401
	%10403 = add i32 %10279, %10402
	%10404 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10405 = bitcast i8 addrspace(3)* %10404 to i32 addrspace(3)*
	%10406 = getelementptr i32, i32 addrspace(3)* %10405, i32 %10403
	%10407 = load i32, i32 addrspace(3)* %10406
	%10408 = add i32 %10399, %10407
	%10409 = mul i32 %3, 8
	%10410 = add i32 %10409, 7
	%10411 = sub i32 255, %10410
	%10412 = add i32 %10279, %10411
	%10413 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10414 = bitcast i8 addrspace(3)* %10413 to i32 addrspace(3)*
	%10415 = getelementptr i32, i32 addrspace(3)* %10414, i32 %10412
	%10416 = load i32, i32 addrspace(3)* %10415
	%10417 = add i32 %10408, %10416
	%10418 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10417, i32 1, i32 0)
	%10419 = icmp uge i32 %3, 1
	%10420 = select i1 %10419, i32 %10418, i32 0
	%10421 = add i32 %10417, %10420
	%10422 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10421, i32 2, i32 0)
	%10423 = icmp uge i32 %3, 2
	%10424 = select i1 %10423, i32 %10422, i32 0
	%10425 = add i32 %10421, %10424
	%10426 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10425, i32 4, i32 0)
	%10427 = icmp uge i32 %3, 4
	%10428 = select i1 %10427, i32 %10426, i32 0
	%10429 = add i32 %10425, %10428
	%10430 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10429, i32 8, i32 0)
	%10431 = icmp uge i32 %3, 8
	%10432 = select i1 %10431, i32 %10430, i32 0
	%10433 = add i32 %10429, %10432
	%10434 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10433, i32 16, i32 0)
	%10435 = icmp uge i32 %3, 16
	%10436 = select i1 %10435, i32 %10434, i32 0
	%10437 = add i32 %10433, %10436
	%10438 = sub i32 %10437, %10417
	%10439 = icmp slt i32 %10438, %457
	%10440 = icmp sge i32 %10437, %457
	%10441 = and i1 %10439, %10440
	%10442 = add i32 %10438, %10353
	%10443 = xor i1 false, true
	%10444 = icmp sge i32 %10442, %457
	%10445 = and i1 %10443, %10444
	%10446 = mul i32 %3, 8
	%10447 = add i32 %10446, 0
	%10448 = sub i32 255, %10447
	%10449 = select i1 %10445, i32 %10448, i32 0
	%10450 = select i1 %10445, i32 %10438, i32 0
	%10451 = or i1 false, %10445
	%10452 = add i32 %10442, %10362
	%10453 = xor i1 %10451, true
	%10454 = icmp sge i32 %10452, %457
	%10455 = and i1 %10453, %10454
	%10456 = mul i32 %3, 8
	%10457 = add i32 %10456, 1
	%10458 = sub i32 255, %10457
	%10459 = select i1 %10455, i32 %10458, i32 %10449
	%10460 = select i1 %10455, i32 %10442, i32 %10450
	%10461 = or i1 %10451, %10455
	%10462 = add i32 %10452, %10371
	%10463 = xor i1 %10461, true
	%10464 = icmp sge i32 %10462, %457
	%10465 = and i1 %10463, %10464
	%10466 = mul i32 %3, 8
	%10467 = add i32 %10466, 2
	%10468 = sub i32 255, %10467
	%10469 = select i1 %10465, i32 %10468, i32 %10459
	%10470 = select i1 %10465, i32 %10452, i32 %10460
	%10471 = or i1 %10461, %10465
	%10472 = add i32 %10462, %10380
	%10473 = xor i1 %10471, true
	%10474 = icmp sge i32 %10472, %457
	%10475 = and i1 %10473, %10474
	%10476 = mul i32 %3, 8
	%10477 = add i32 %10476, 3
	%10478 = sub i32 255, %10477
	%10479 = select i1 %10475, i32 %10478, i32 %10469
	%10480 = select i1 %10475, i32 %10462, i32 %10470
	%10481 = or i1 %10471, %10475
	%10482 = add i32 %10472, %10389
	%10483 = xor i1 %10481, true
	%10484 = icmp sge i32 %10482, %457
	%10485 = and i1 %10483, %10484
	%10486 = mul i32 %3, 8
	%10487 = add i32 %10486, 4
	%10488 = sub i32 255, %10487
	%10489 = select i1 %10485, i32 %10488, i32 %10479
	%10490 = select i1 %10485, i32 %10472, i32 %10480
	%10491 = or i1 %10481, %10485
	%10492 = add i32 %10482, %10398
	%10493 = xor i1 %10491, true
	%10494 = icmp sge i32 %10492, %457
	%10495 = and i1 %10493, %10494
	%10496 = mul i32 %3, 8
	%10497 = add i32 %10496, 5
	%10498 = sub i32 255, %10497
	%10499 = select i1 %10495, i32 %10498, i32 %10489
	%10500 = select i1 %10495, i32 %10482, i32 %10490
	%10501 = or i1 %10491, %10495
	%10502 = add i32 %10492, %10407
	%10503 = xor i1 %10501, true
	%10504 = icmp sge i32 %10502, %457
	%10505 = and i1 %10503, %10504
	%10506 = mul i32 %3, 8
	%10507 = add i32 %10506, 6
	%10508 = sub i32 255, %10507
	%10509 = select i1 %10505, i32 %10508, i32 %10499
	%10510 = select i1 %10505, i32 %10492, i32 %10500
	%10511 = or i1 %10501, %10505
	%10512 = add i32 %10502, %10416
	%10513 = xor i1 %10511, true
	%10514 = icmp sge i32 %10512, %457
	%10515 = and i1 %10513, %10514
	%10516 = mul i32 %3, 8
	%10517 = add i32 %10516, 7
	%10518 = sub i32 255, %10517
	%10519 = select i1 %10515, i32 %10518, i32 %10509
	%10520 = select i1 %10515, i32 %10502, i32 %10510
	%10521 = or i1 %10511, %10515
	%10522 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %10441)
	%10523 = call i32 @llvm.cttz.i32(i32 %10522, i1 false)
	%10524 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %10519, i32 %10523, i32 31)
	%10525 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %10520, i32 %10523, i32 31)
	%10526 = shl i32 %10524, 24
	%10527 = or i32 0, %10526
	%10528 = shl i32 255, 24
	%10529 = or i32 0, %10528
	%10530 = sub i32 %457, %10525
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%10531 = mul i32 %3, 8
	%10532 = add i32 %10531, 0
	%10533 = add i32 %10279, %10532
	%10534 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10535 = bitcast i8 addrspace(3)* %10534 to i32 addrspace(3)*
	%10536 = getelementptr i32, i32 addrspace(3)* %10535, i32 %10533
	store i32 0, i32 addrspace(3)* %10536
	%10537 = mul i32 %3, 8
	%10538 = add i32 %10537, 1
	%10539 = add i32 %10279, %10538
	%10540 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10541 = bitcast i8 addrspace(3)* %10540 to i32 addrspace(3)*
	%10542 = getelementptr i32, i32 addrspace(3)* %10541, i32 %10539
	store i32 0, i32 addrspace(3)* %10542
	%10543 = mul i32 %3, 8
	%10544 = add i32 %10543, 2
	%10545 = add i32 %10279, %10544
	%10546 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10547 = bitcast i8 addrspace(3)* %10546 to i32 addrspace(3)*
	%10548 = getelementptr i32, i32 addrspace(3)* %10547, i32 %10545
	store i32 0, i32 addrspace(3)* %10548
	%10549 = mul i32 %3, 8
	%10550 = add i32 %10549, 3
	%10551 = add i32 %10279, %10550
	%10552 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10553 = bitcast i8 addrspace(3)* %10552 to i32 addrspace(3)*
	%10554 = getelementptr i32, i32 addrspace(3)* %10553, i32 %10551
	store i32 0, i32 addrspace(3)* %10554
	%10555 = mul i32 %3, 8
	%10556 = add i32 %10555, 4
	%10557 = add i32 %10279, %10556
	%10558 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10559 = bitcast i8 addrspace(3)* %10558 to i32 addrspace(3)*
	%10560 = getelementptr i32, i32 addrspace(3)* %10559, i32 %10557
	store i32 0, i32 addrspace(3)* %10560
	%10561 = mul i32 %3, 8
	%10562 = add i32 %10561, 5
	%10563 = add i32 %10279, %10562
	%10564 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10565 = bitcast i8 addrspace(3)* %10564 to i32 addrspace(3)*
	%10566 = getelementptr i32, i32 addrspace(3)* %10565, i32 %10563
	store i32 0, i32 addrspace(3)* %10566
	%10567 = mul i32 %3, 8
	%10568 = add i32 %10567, 6
	%10569 = add i32 %10279, %10568
	%10570 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10571 = bitcast i8 addrspace(3)* %10570 to i32 addrspace(3)*
	%10572 = getelementptr i32, i32 addrspace(3)* %10571, i32 %10569
	store i32 0, i32 addrspace(3)* %10572
	%10573 = mul i32 %3, 8
	%10574 = add i32 %10573, 7
	%10575 = add i32 %10279, %10574
	%10576 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10577 = bitcast i8 addrspace(3)* %10576 to i32 addrspace(3)*
	%10578 = getelementptr i32, i32 addrspace(3)* %10577, i32 %10575
	store i32 0, i32 addrspace(3)* %10578
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %10589

10579:
	%10580 = lshr i32 %10341, 24
	%10581 = and i32 %10580, 255
	%10582 = add i32 %10279, %10581
	%10583 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10584 = bitcast i8 addrspace(3)* %10583 to i32 addrspace(3)*
	%10585 = getelementptr i32, i32 addrspace(3)* %10584, i32 %10582
	%10586 = atomicrmw add i32 addrspace(3)* %10585, i32 1 monotonic
	br label %10587

10587:
	%10588 = add i32 %10334, 32
	br label %10333

10589:
	%10590 = phi i32 [ %3, %10345 ], [ %10844, %10843 ]
	%10591 = icmp slt i32 %10590, %589
	br i1 %10591, label %10592, label %10601

10592:
	%10593 = add i32 %9856, %10590
	%10594 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%10595 = bitcast i8 addrspace(3)* %10594 to i32 addrspace(3)*
	%10596 = getelementptr i32, i32 addrspace(3)* %10595, i32 %10593
	%10597 = load i32, i32 addrspace(3)* %10596
	%10598 = and i32 %10597, %10529
	%10599 = icmp eq i32 %10598, %10527
	%10600 = and i1 true, %10599
	br i1 %10600, label %10835, label %10843

10601:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%10602 = mul i32 %3, 8
	%10603 = add i32 %10602, 0
	%10604 = sub i32 255, %10603
	%10605 = add i32 %10279, %10604
	%10606 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10607 = bitcast i8 addrspace(3)* %10606 to i32 addrspace(3)*
	%10608 = getelementptr i32, i32 addrspace(3)* %10607, i32 %10605
	%10609 = load i32, i32 addrspace(3)* %10608
	%10610 = add i32 0, %10609
	%10611 = mul i32 %3, 8
	%10612 = add i32 %10611, 1
	%10613 = sub i32 255, %10612
	%10614 = add i32 %10279, %10613
	%10615 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10616 = bitcast i8 addrspace(3)* %10615 to i32 addrspace(3)*
	%10617 = getelementptr i32, i32 addrspace(3)* %10616, i32 %10614
	%10618 = load i32, i32 addrspace(3)* %10617
	%10619 = add i32 %10610, %10618
	%10620 = mul i32 %3, 8
	%10621 = add i32 %10620, 2
	%10622 = sub i32 255, %10621
	%10623 = add i32 %10279, %10622
	%10624 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10625 = bitcast i8 addrspace(3)* %10624 to i32 addrspace(3)*
	%10626 = getelementptr i32, i32 addrspace(3)* %10625, i32 %10623
	%10627 = load i32, i32 addrspace(3)* %10626
	%10628 = add i32 %10619, %10627
	%10629 = mul i32 %3, 8
	%10630 = add i32 %10629, 3
	%10631 = sub i32 255, %10630
	%10632 = add i32 %10279, %10631
	%10633 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10634 = bitcast i8 addrspace(3)* %10633 to i32 addrspace(3)*
	%10635 = getelementptr i32, i32 addrspace(3)* %10634, i32 %10632
	%10636 = load i32, i32 addrspace(3)* %10635
	%10637 = add i32 %10628, %10636
	%10638 = mul i32 %3, 8
	%10639 = add i32 %10638, 4
	%10640 = sub i32 255, %10639
	%10641 = add i32 %10279, %10640
	%10642 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10643 = bitcast i8 addrspace(3)* %10642 to i32 addrspace(3)*
	%10644 = getelementptr i32, i32 addrspace(3)* %10643, i32 %10641
	%10645 = load i32, i32 addrspace(3)* %10644
	%10646 = add i32 %10637, %10645
	%10647 = mul i32 %3, 8
	%10648 = add i32 %10647, 5
	%10649 = sub i32 255, %10648
	%10650 = add i32 %10279, %10649
	%10651 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10652 = bitcast i8 addrspace(3)* %10651 to i32 addrspace(3)*
	%10653 = getelementptr i32, i32 addrspace(3)* %10652, i32 %10650
	%10654 = load i32, i32 addrspace(3)* %10653
	%10655 = add i32 %10646, %10654
	%10656 = mul i32 %3, 8
	%10657 = add i32 %10656, 6
	%10658 = sub i32 255, %10657
	%10659 = add i32 %10279, %10658
	%10660 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10661 = bitcast i8 addrspace(3)* %10660 to i32 addrspace(3)*
	%10662 = getelementptr i32, i32 addrspace(3)* %10661, i32 %10659
	%10663 = load i32, i32 addrspace(3)* %10662
	%10664 = add i32 %10655, %10663
	%10665 = mul i32 %3, 8
	%10666 = add i32 %10665, 7
	%10667 = sub i32 255, %10666
	%10668 = add i32 %10279, %10667
	%10669 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10670 = bitcast i8 addrspace(3)* %10669 to i32 addrspace(3)*
	%10671 = getelementptr i32, i32 addrspace(3)* %10670, i32 %10668
	%10672 = load i32, i32 addrspace(3)* %10671
	%10673 = add i32 %10664, %10672
	%10674 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10673, i32 1, i32 0)
	%10675 = icmp uge i32 %3, 1
	%10676 = select i1 %10675, i32 %10674, i32 0
	%10677 = add i32 %10673, %10676
	%10678 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10677, i32 2, i32 0)
	%10679 = icmp uge i32 %3, 2
	%10680 = select i1 %10679, i32 %10678, i32 0
	%10681 = add i32 %10677, %10680
	%10682 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10681, i32 4, i32 0)
	%10683 = icmp uge i32 %3, 4
	%10684 = select i1 %10683, i32 %10682, i32 0
	%10685 = add i32 %10681, %10684
	%10686 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10685, i32 8, i32 0)
	%10687 = icmp uge i32 %3, 8
	%10688 = select i1 %10687, i32 %10686, i32 0
	%10689 = add i32 %10685, %10688
	%10690 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10689, i32 16, i32 0)
	%10691 = icmp uge i32 %3, 16
	%10692 = select i1 %10691, i32 %10690, i32 0
	%10693 = add i32 %10689, %10692
	%10694 = sub i32 %10693, %10673
	%10695 = icmp slt i32 %10694, %10530
	%10696 = icmp sge i32 %10693, %10530
	%10697 = and i1 %10695, %10696
	%10698 = add i32 %10694, %10609
	%10699 = xor i1 false, true
	%10700 = icmp sge i32 %10698, %10530
	%10701 = and i1 %10699, %10700
	%10702 = mul i32 %3, 8
	%10703 = add i32 %10702, 0
	%10704 = sub i32 255, %10703
	%10705 = select i1 %10701, i32 %10704, i32 0
	%10706 = select i1 %10701, i32 %10694, i32 0
	%10707 = or i1 false, %10701
	%10708 = add i32 %10698, %10618
	%10709 = xor i1 %10707, true
	%10710 = icmp sge i32 %10708, %10530
	%10711 = and i1 %10709, %10710
	%10712 = mul i32 %3, 8
	%10713 = add i32 %10712, 1
	%10714 = sub i32 255, %10713
	%10715 = select i1 %10711, i32 %10714, i32 %10705
	%10716 = select i1 %10711, i32 %10698, i32 %10706
	%10717 = or i1 %10707, %10711
	%10718 = add i32 %10708, %10627
	%10719 = xor i1 %10717, true
	%10720 = icmp sge i32 %10718, %10530
	%10721 = and i1 %10719, %10720
	%10722 = mul i32 %3, 8
	%10723 = add i32 %10722, 2
	%10724 = sub i32 255, %10723
	%10725 = select i1 %10721, i32 %10724, i32 %10715
	%10726 = select i1 %10721, i32 %10708, i32 %10716
	%10727 = or i1 %10717, %10721
	%10728 = add i32 %10718, %10636
	%10729 = xor i1 %10727, true
	%10730 = icmp sge i32 %10728, %10530
	%10731 = and i1 %10729, %10730
	%10732 = mul i32 %3, 8
	%10733 = add i32 %10732, 3
	%10734 = sub i32 255, %10733
	%10735 = select i1 %10731, i32 %10734, i32 %10725
	%10736 = select i1 %10731, i32 %10718, i32 %10726
	%10737 = or i1 %10727, %10731
	%10738 = add i32 %10728, %10645
	%10739 = xor i1 %10737, true
	%10740 = icmp sge i32 %10738, %10530
	%10741 = and i1 %10739, %10740
	%10742 = mul i32 %3, 8
	%10743 = add i32 %10742, 4
	%10744 = sub i32 255, %10743
	%10745 = select i1 %10741, i32 %10744, i32 %10735
	%10746 = select i1 %10741, i32 %10728, i32 %10736
	%10747 = or i1 %10737, %10741
	%10748 = add i32 %10738, %10654
	%10749 = xor i1 %10747, true
	%10750 = icmp sge i32 %10748, %10530
	%10751 = and i1 %10749, %10750
	%10752 = mul i32 %3, 8
	%10753 = add i32 %10752, 5
	%10754 = sub i32 255, %10753
	%10755 = select i1 %10751, i32 %10754, i32 %10745
	%10756 = select i1 %10751, i32 %10738, i32 %10746
	%10757 = or i1 %10747, %10751
	%10758 = add i32 %10748, %10663
	%10759 = xor i1 %10757, true
	%10760 = icmp sge i32 %10758, %10530
	%10761 = and i1 %10759, %10760
	%10762 = mul i32 %3, 8
	%10763 = add i32 %10762, 6
	%10764 = sub i32 255, %10763
	%10765 = select i1 %10761, i32 %10764, i32 %10755
	%10766 = select i1 %10761, i32 %10748, i32 %10756
	%10767 = or i1 %10757, %10761
	%10768 = add i32 %10758, %10672
	%10769 = xor i1 %10767, true
	%10770 = icmp sge i32 %10768, %10530
	%10771 = and i1 %10769, %10770
	%10772 = mul i32 %3, 8
	%10773 = add i32 %10772, 7
	%10774 = sub i32 255, %10773
	%10775 = select i1 %10771, i32 %10774, i32 %10765
	%10776 = select i1 %10771, i32 %10758, i32 %10766
	%10777 = or i1 %10767, %10771
	%10778 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %10697)
	%10779 = call i32 @llvm.cttz.i32(i32 %10778, i1 false)
	%10780 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %10775, i32 %10779, i32 31)
	%10781 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %10776, i32 %10779, i32 31)
	%10782 = shl i32 %10780, 16
	%10783 = or i32 %10527, %10782
	%10784 = shl i32 255, 16
	%10785 = or i32 %10529, %10784
	%10786 = sub i32 %10530, %10781
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%10787 = mul i32 %3, 8
	%10788 = add i32 %10787, 0
	%10789 = add i32 %10279, %10788
	%10790 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10791 = bitcast i8 addrspace(3)* %10790 to i32 addrspace(3)*
	%10792 = getelementptr i32, i32 addrspace(3)* %10791, i32 %10789
	store i32 0, i32 addrspace(3)* %10792
	%10793 = mul i32 %3, 8
	%10794 = add i32 %10793, 1
	%10795 = add i32 %10279, %10794
	%10796 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10797 = bitcast i8 addrspace(3)* %10796 to i32 addrspace(3)*
	%10798 = getelementptr i32, i32 addrspace(3)* %10797, i32 %10795
	store i32 0, i32 addrspace(3)* %10798
	%10799 = mul i32 %3, 8
	%10800 = add i32 %10799, 2
	%10801 = add i32 %10279, %10800
	%10802 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10803 = bitcast i8 addrspace(3)* %10802 to i32 addrspace(3)*
	%10804 = getelementptr i32, i32 addrspace(3)* %10803, i32 %10801
	store i32 0, i32 addrspace(3)* %10804
	%10805 = mul i32 %3, 8
	%10806 = add i32 %10805, 3
	%10807 = add i32 %10279, %10806
	%10808 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10809 = bitcast i8 addrspace(3)* %10808 to i32 addrspace(3)*
	%10810 = getelementptr i32, i32 addrspace(3)* %10809, i32 %10807
	store i32 0, i32 addrspace(3)* %10810
	%10811 = mul i32 %3, 8
	%10812 = add i32 %10811, 4
	%10813 = add i32 %10279, %10812
	%10814 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10815 = bitcast i8 addrspace(3)* %10814 to i32 addrspace(3)*
	%10816 = getelementptr i32, i32 addrspace(3)* %10815, i32 %10813
	store i32 0, i32 addrspace(3)* %10816
	%10817 = mul i32 %3, 8
	%10818 = add i32 %10817, 5
	%10819 = add i32 %10279, %10818
	%10820 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10821 = bitcast i8 addrspace(3)* %10820 to i32 addrspace(3)*
	%10822 = getelementptr i32, i32 addrspace(3)* %10821, i32 %10819
	store i32 0, i32 addrspace(3)* %10822
	%10823 = mul i32 %3, 8
	%10824 = add i32 %10823, 6
	%10825 = add i32 %10279, %10824
	%10826 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10827 = bitcast i8 addrspace(3)* %10826 to i32 addrspace(3)*
	%10828 = getelementptr i32, i32 addrspace(3)* %10827, i32 %10825
	store i32 0, i32 addrspace(3)* %10828
	%10829 = mul i32 %3, 8
	%10830 = add i32 %10829, 7
	%10831 = add i32 %10279, %10830
	%10832 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10833 = bitcast i8 addrspace(3)* %10832 to i32 addrspace(3)*
	%10834 = getelementptr i32, i32 addrspace(3)* %10833, i32 %10831
	store i32 0, i32 addrspace(3)* %10834
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %10845

10835:
	%10836 = lshr i32 %10597, 16
	%10837 = and i32 %10836, 255
	%10838 = add i32 %10279, %10837
	%10839 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10840 = bitcast i8 addrspace(3)* %10839 to i32 addrspace(3)*
	%10841 = getelementptr i32, i32 addrspace(3)* %10840, i32 %10838
	%10842 = atomicrmw add i32 addrspace(3)* %10841, i32 1 monotonic
	br label %10843

10843:
	%10844 = add i32 %10590, 32
	br label %10589

10845:
	%10846 = phi i32 [ %3, %10601 ], [ %11100, %11099 ]
	%10847 = icmp slt i32 %10846, %589
	br i1 %10847, label %10848, label %10857

10848:
	%10849 = add i32 %9856, %10846
	%10850 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%10851 = bitcast i8 addrspace(3)* %10850 to i32 addrspace(3)*
	%10852 = getelementptr i32, i32 addrspace(3)* %10851, i32 %10849
	%10853 = load i32, i32 addrspace(3)* %10852
	%10854 = and i32 %10853, %10785
	%10855 = icmp eq i32 %10854, %10783
	%10856 = and i1 true, %10855
	br i1 %10856, label %11091, label %11099

10857:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%10858 = mul i32 %3, 8
	%10859 = add i32 %10858, 0
	%10860 = sub i32 255, %10859
	%10861 = add i32 %10279, %10860
	%10862 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10863 = bitcast i8 addrspace(3)* %10862 to i32 addrspace(3)*
	%10864 = getelementptr i32, i32 addrspace(3)* %10863, i32 %10861
	%10865 = load i32, i32 addrspace(3)* %10864
	%10866 = add i32 0, %10865
	%10867 = mul i32 %3, 8
	%10868 = add i32 %10867, 1
	%10869 = sub i32 255, %10868
	%10870 = add i32 %10279, %10869
	%10871 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10872 = bitcast i8 addrspace(3)* %10871 to i32 addrspace(3)*
	%10873 = getelementptr i32, i32 addrspace(3)* %10872, i32 %10870
	%10874 = load i32, i32 addrspace(3)* %10873
	%10875 = add i32 %10866, %10874
	%10876 = mul i32 %3, 8
	%10877 = add i32 %10876, 2
	%10878 = sub i32 255, %10877
	%10879 = add i32 %10279, %10878
	%10880 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10881 = bitcast i8 addrspace(3)* %10880 to i32 addrspace(3)*
	%10882 = getelementptr i32, i32 addrspace(3)* %10881, i32 %10879
	%10883 = load i32, i32 addrspace(3)* %10882
	%10884 = add i32 %10875, %10883
	%10885 = mul i32 %3, 8
	%10886 = add i32 %10885, 3
	%10887 = sub i32 255, %10886
	%10888 = add i32 %10279, %10887
	%10889 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10890 = bitcast i8 addrspace(3)* %10889 to i32 addrspace(3)*
	%10891 = getelementptr i32, i32 addrspace(3)* %10890, i32 %10888
	%10892 = load i32, i32 addrspace(3)* %10891
	%10893 = add i32 %10884, %10892
	%10894 = mul i32 %3, 8
	%10895 = add i32 %10894, 4
	%10896 = sub i32 255, %10895
	%10897 = add i32 %10279, %10896
	%10898 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10899 = bitcast i8 addrspace(3)* %10898 to i32 addrspace(3)*
	%10900 = getelementptr i32, i32 addrspace(3)* %10899, i32 %10897
	%10901 = load i32, i32 addrspace(3)* %10900
	%10902 = add i32 %10893, %10901
	%10903 = mul i32 %3, 8
	%10904 = add i32 %10903, 5
	%10905 = sub i32 255, %10904
	%10906 = add i32 %10279, %10905
	%10907 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10908 = bitcast i8 addrspace(3)* %10907 to i32 addrspace(3)*
	%10909 = getelementptr i32, i32 addrspace(3)* %10908, i32 %10906
	%10910 = load i32, i32 addrspace(3)* %10909
	%10911 = add i32 %10902, %10910
	%10912 = mul i32 %3, 8
	%10913 = add i32 %10912, 6
	%10914 = sub i32 255, %10913
	%10915 = add i32 %10279, %10914
	%10916 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10917 = bitcast i8 addrspace(3)* %10916 to i32 addrspace(3)*
	%10918 = getelementptr i32, i32 addrspace(3)* %10917, i32 %10915
	%10919 = load i32, i32 addrspace(3)* %10918
	%10920 = add i32 %10911, %10919
	%10921 = mul i32 %3, 8
	%10922 = add i32 %10921, 7
	%10923 = sub i32 255, %10922
	%10924 = add i32 %10279, %10923
	%10925 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10926 = bitcast i8 addrspace(3)* %10925 to i32 addrspace(3)*
	%10927 = getelementptr i32, i32 addrspace(3)* %10926, i32 %10924
	%10928 = load i32, i32 addrspace(3)* %10927
	%10929 = add i32 %10920, %10928
	%10930 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10929, i32 1, i32 0)
	%10931 = icmp uge i32 %3, 1
	%10932 = select i1 %10931, i32 %10930, i32 0
	%10933 = add i32 %10929, %10932
	%10934 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10933, i32 2, i32 0)
	%10935 = icmp uge i32 %3, 2
	%10936 = select i1 %10935, i32 %10934, i32 0
	%10937 = add i32 %10933, %10936
	%10938 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10937, i32 4, i32 0)
	%10939 = icmp uge i32 %3, 4
	%10940 = select i1 %10939, i32 %10938, i32 0
	%10941 = add i32 %10937, %10940
	%10942 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10941, i32 8, i32 0)
	%10943 = icmp uge i32 %3, 8
	%10944 = select i1 %10943, i32 %10942, i32 0
	%10945 = add i32 %10941, %10944
	%10946 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10945, i32 16, i32 0)
	%10947 = icmp uge i32 %3, 16
	%10948 = select i1 %10947, i32 %10946, i32 0
	%10949 = add i32 %10945, %10948
	%10950 = sub i32 %10949, %10929
	%10951 = icmp slt i32 %10950, %10786
	%10952 = icmp sge i32 %10949, %10786
	%10953 = and i1 %10951, %10952
	%10954 = add i32 %10950, %10865
	%10955 = xor i1 false, true
	%10956 = icmp sge i32 %10954, %10786
	%10957 = and i1 %10955, %10956
	%10958 = mul i32 %3, 8
	%10959 = add i32 %10958, 0
	%10960 = sub i32 255, %10959
	%10961 = select i1 %10957, i32 %10960, i32 0
	%10962 = select i1 %10957, i32 %10950, i32 0
	%10963 = or i1 false, %10957
	%10964 = add i32 %10954, %10874
	%10965 = xor i1 %10963, true
	%10966 = icmp sge i32 %10964, %10786
	%10967 = and i1 %10965, %10966
	%10968 = mul i32 %3, 8
	%10969 = add i32 %10968, 1
	%10970 = sub i32 255, %10969
	%10971 = select i1 %10967, i32 %10970, i32 %10961
	%10972 = select i1 %10967, i32 %10954, i32 %10962
	%10973 = or i1 %10963, %10967
	%10974 = add i32 %10964, %10883
	%10975 = xor i1 %10973, true
	%10976 = icmp sge i32 %10974, %10786
	%10977 = and i1 %10975, %10976
	%10978 = mul i32 %3, 8
	%10979 = add i32 %10978, 2
	%10980 = sub i32 255, %10979
	%10981 = select i1 %10977, i32 %10980, i32 %10971
	%10982 = select i1 %10977, i32 %10964, i32 %10972
	%10983 = or i1 %10973, %10977
	%10984 = add i32 %10974, %10892
	%10985 = xor i1 %10983, true
	%10986 = icmp sge i32 %10984, %10786
	%10987 = and i1 %10985, %10986
	%10988 = mul i32 %3, 8
	%10989 = add i32 %10988, 3
	%10990 = sub i32 255, %10989
	%10991 = select i1 %10987, i32 %10990, i32 %10981
	%10992 = select i1 %10987, i32 %10974, i32 %10982
	%10993 = or i1 %10983, %10987
	%10994 = add i32 %10984, %10901
	%10995 = xor i1 %10993, true
	%10996 = icmp sge i32 %10994, %10786
	%10997 = and i1 %10995, %10996
	%10998 = mul i32 %3, 8
	%10999 = add i32 %10998, 4
	%11000 = sub i32 255, %10999
	%11001 = select i1 %10997, i32 %11000, i32 %10991
	%11002 = select i1 %10997, i32 %10984, i32 %10992
	%11003 = or i1 %10993, %10997
	%11004 = add i32 %10994, %10910
	%11005 = xor i1 %11003, true
	%11006 = icmp sge i32 %11004, %10786
	%11007 = and i1 %11005, %11006
	%11008 = mul i32 %3, 8
	%11009 = add i32 %11008, 5
	%11010 = sub i32 255, %11009
	%11011 = select i1 %11007, i32 %11010, i32 %11001
	%11012 = select i1 %11007, i32 %10994, i32 %11002
	%11013 = or i1 %11003, %11007
	%11014 = add i32 %11004, %10919
	%11015 = xor i1 %11013, true
	%11016 = icmp sge i32 %11014, %10786
	%11017 = and i1 %11015, %11016
	%11018 = mul i32 %3, 8
	%11019 = add i32 %11018, 6
	%11020 = sub i32 255, %11019
	%11021 = select i1 %11017, i32 %11020, i32 %11011
	%11022 = select i1 %11017, i32 %11004, i32 %11012
	%11023 = or i1 %11013, %11017
	%11024 = add i32 %11014, %10928
	%11025 = xor i1 %11023, true
	%11026 = icmp sge i32 %11024, %10786
	%11027 = and i1 %11025, %11026
	%11028 = mul i32 %3, 8
	%11029 = add i32 %11028, 7
	%11030 = sub i32 255, %11029
	%11031 = select i1 %11027, i32 %11030, i32 %11021
	%11032 = select i1 %11027, i32 %11014, i32 %11022
	%11033 = or i1 %11023, %11027
	%11034 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %10953)
	%11035 = call i32 @llvm.cttz.i32(i32 %11034, i1 false)
	%11036 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %11031, i32 %11035, i32 31)
	%11037 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %11032, i32 %11035, i32 31)
	%11038 = shl i32 %11036, 8
	%11039 = or i32 %10783, %11038
	%11040 = shl i32 255, 8
	%11041 = or i32 %10785, %11040
	%11042 = sub i32 %10786, %11037
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%11043 = mul i32 %3, 8
	%11044 = add i32 %11043, 0
	%11045 = add i32 %10279, %11044
	%11046 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11047 = bitcast i8 addrspace(3)* %11046 to i32 addrspace(3)*
	%11048 = getelementptr i32, i32 addrspace(3)* %11047, i32 %11045
	store i32 0, i32 addrspace(3)* %11048
	%11049 = mul i32 %3, 8
	%11050 = add i32 %11049, 1
	%11051 = add i32 %10279, %11050
	%11052 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11053 = bitcast i8 addrspace(3)* %11052 to i32 addrspace(3)*
	%11054 = getelementptr i32, i32 addrspace(3)* %11053, i32 %11051
	store i32 0, i32 addrspace(3)* %11054
	%11055 = mul i32 %3, 8
	%11056 = add i32 %11055, 2
	%11057 = add i32 %10279, %11056
	%11058 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11059 = bitcast i8 addrspace(3)* %11058 to i32 addrspace(3)*
	%11060 = getelementptr i32, i32 addrspace(3)* %11059, i32 %11057
	store i32 0, i32 addrspace(3)* %11060
	%11061 = mul i32 %3, 8
	%11062 = add i32 %11061, 3
	%11063 = add i32 %10279, %11062
	%11064 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11065 = bitcast i8 addrspace(3)* %11064 to i32 addrspace(3)*
	%11066 = getelementptr i32, i32 addrspace(3)* %11065, i32 %11063
	store i32 0, i32 addrspace(3)* %11066
	%11067 = mul i32 %3, 8
	%11068 = add i32 %11067, 4
	%11069 = add i32 %10279, %11068
	%11070 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11071 = bitcast i8 addrspace(3)* %11070 to i32 addrspace(3)*
	%11072 = getelementptr i32, i32 addrspace(3)* %11071, i32 %11069
	store i32 0, i32 addrspace(3)* %11072
	%11073 = mul i32 %3, 8
	%11074 = add i32 %11073, 5
	%11075 = add i32 %10279, %11074
	%11076 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11077 = bitcast i8 addrspace(3)* %11076 to i32 addrspace(3)*
	%11078 = getelementptr i32, i32 addrspace(3)* %11077, i32 %11075
	store i32 0, i32 addrspace(3)* %11078
	%11079 = mul i32 %3, 8
	%11080 = add i32 %11079, 6
	%11081 = add i32 %10279, %11080
	%11082 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11083 = bitcast i8 addrspace(3)* %11082 to i32 addrspace(3)*
	%11084 = getelementptr i32, i32 addrspace(3)* %11083, i32 %11081
	store i32 0, i32 addrspace(3)* %11084
	%11085 = mul i32 %3, 8
	%11086 = add i32 %11085, 7
	%11087 = add i32 %10279, %11086
	%11088 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11089 = bitcast i8 addrspace(3)* %11088 to i32 addrspace(3)*
	%11090 = getelementptr i32, i32 addrspace(3)* %11089, i32 %11087
	store i32 0, i32 addrspace(3)* %11090
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %11101

11091:
	%11092 = lshr i32 %10853, 8
	%11093 = and i32 %11092, 255
	%11094 = add i32 %10279, %11093
	%11095 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11096 = bitcast i8 addrspace(3)* %11095 to i32 addrspace(3)*
	%11097 = getelementptr i32, i32 addrspace(3)* %11096, i32 %11094
	%11098 = atomicrmw add i32 addrspace(3)* %11097, i32 1 monotonic
	br label %11099

11099:
	%11100 = add i32 %10846, 32
	br label %10845

11101:
	%11102 = phi i32 [ %3, %10857 ], [ %11308, %11307 ]
	%11103 = icmp slt i32 %11102, %589
	br i1 %11103, label %11104, label %11113

11104:
	%11105 = add i32 %9856, %11102
	%11106 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%11107 = bitcast i8 addrspace(3)* %11106 to i32 addrspace(3)*
	%11108 = getelementptr i32, i32 addrspace(3)* %11107, i32 %11105
	%11109 = load i32, i32 addrspace(3)* %11108
	%11110 = and i32 %11109, %11041
	%11111 = icmp eq i32 %11110, %11039
	%11112 = and i1 true, %11111
	br i1 %11112, label %11299, label %11307

11113:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%11114 = mul i32 %3, 8
	%11115 = add i32 %11114, 0
	%11116 = sub i32 255, %11115
	%11117 = add i32 %10279, %11116
	%11118 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11119 = bitcast i8 addrspace(3)* %11118 to i32 addrspace(3)*
	%11120 = getelementptr i32, i32 addrspace(3)* %11119, i32 %11117
	%11121 = load i32, i32 addrspace(3)* %11120
	%11122 = add i32 0, %11121
	%11123 = mul i32 %3, 8
	%11124 = add i32 %11123, 1
	%11125 = sub i32 255, %11124
	%11126 = add i32 %10279, %11125
	%11127 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11128 = bitcast i8 addrspace(3)* %11127 to i32 addrspace(3)*
	%11129 = getelementptr i32, i32 addrspace(3)* %11128, i32 %11126
	%11130 = load i32, i32 addrspace(3)* %11129
	%11131 = add i32 %11122, %11130
	%11132 = mul i32 %3, 8
	%11133 = add i32 %11132, 2
	%11134 = sub i32 255, %11133
	%11135 = add i32 %10279, %11134
	%11136 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11137 = bitcast i8 addrspace(3)* %11136 to i32 addrspace(3)*
	%11138 = getelementptr i32, i32 addrspace(3)* %11137, i32 %11135
	%11139 = load i32, i32 addrspace(3)* %11138
	%11140 = add i32 %11131, %11139
	%11141 = mul i32 %3, 8
	%11142 = add i32 %11141, 3
	%11143 = sub i32 255, %11142
	%11144 = add i32 %10279, %11143
	%11145 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11146 = bitcast i8 addrspace(3)* %11145 to i32 addrspace(3)*
	%11147 = getelementptr i32, i32 addrspace(3)* %11146, i32 %11144
	%11148 = load i32, i32 addrspace(3)* %11147
	%11149 = add i32 %11140, %11148
	%11150 = mul i32 %3, 8
	%11151 = add i32 %11150, 4
	%11152 = sub i32 255, %11151
	%11153 = add i32 %10279, %11152
	%11154 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11155 = bitcast i8 addrspace(3)* %11154 to i32 addrspace(3)*
	%11156 = getelementptr i32, i32 addrspace(3)* %11155, i32 %11153
	%11157 = load i32, i32 addrspace(3)* %11156
	%11158 = add i32 %11149, %11157
	%11159 = mul i32 %3, 8
	%11160 = add i32 %11159, 5
	%11161 = sub i32 255, %11160
	%11162 = add i32 %10279, %11161
	%11163 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11164 = bitcast i8 addrspace(3)* %11163 to i32 addrspace(3)*
	%11165 = getelementptr i32, i32 addrspace(3)* %11164, i32 %11162
	%11166 = load i32, i32 addrspace(3)* %11165
	%11167 = add i32 %11158, %11166
	%11168 = mul i32 %3, 8
	%11169 = add i32 %11168, 6
	%11170 = sub i32 255, %11169
	%11171 = add i32 %10279, %11170
	%11172 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11173 = bitcast i8 addrspace(3)* %11172 to i32 addrspace(3)*
	%11174 = getelementptr i32, i32 addrspace(3)* %11173, i32 %11171
	%11175 = load i32, i32 addrspace(3)* %11174
	%11176 = add i32 %11167, %11175
	%11177 = mul i32 %3, 8
	%11178 = add i32 %11177, 7
	%11179 = sub i32 255, %11178
	%11180 = add i32 %10279, %11179
	%11181 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11182 = bitcast i8 addrspace(3)* %11181 to i32 addrspace(3)*
	%11183 = getelementptr i32, i32 addrspace(3)* %11182, i32 %11180
	%11184 = load i32, i32 addrspace(3)* %11183
	%11185 = add i32 %11176, %11184
	%11186 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %11185, i32 1, i32 0)
	%11187 = icmp uge i32 %3, 1
	%11188 = select i1 %11187, i32 %11186, i32 0
	%11189 = add i32 %11185, %11188
	%11190 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %11189, i32 2, i32 0)
	%11191 = icmp uge i32 %3, 2
	%11192 = select i1 %11191, i32 %11190, i32 0
	%11193 = add i32 %11189, %11192
	%11194 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %11193, i32 4, i32 0)
	%11195 = icmp uge i32 %3, 4
	%11196 = select i1 %11195, i32 %11194, i32 0
	%11197 = add i32 %11193, %11196
	%11198 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %11197, i32 8, i32 0)
	%11199 = icmp uge i32 %3, 8
	%11200 = select i1 %11199, i32 %11198, i32 0
	%11201 = add i32 %11197, %11200
	%11202 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %11201, i32 16, i32 0)
	%11203 = icmp uge i32 %3, 16
	%11204 = select i1 %11203, i32 %11202, i32 0
	%11205 = add i32 %11201, %11204
	%11206 = sub i32 %11205, %11185
	%11207 = icmp slt i32 %11206, %11042
	%11208 = icmp sge i32 %11205, %11042
	%11209 = and i1 %11207, %11208
	%11210 = add i32 %11206, %11121
	%11211 = xor i1 false, true
	%11212 = icmp sge i32 %11210, %11042
	%11213 = and i1 %11211, %11212
	%11214 = mul i32 %3, 8
	%11215 = add i32 %11214, 0
	%11216 = sub i32 255, %11215
	%11217 = select i1 %11213, i32 %11216, i32 0
	%11218 = select i1 %11213, i32 %11206, i32 0
	%11219 = or i1 false, %11213
	%11220 = add i32 %11210, %11130
	%11221 = xor i1 %11219, true
	%11222 = icmp sge i32 %11220, %11042
	%11223 = and i1 %11221, %11222
	%11224 = mul i32 %3, 8
	%11225 = add i32 %11224, 1
	%11226 = sub i32 255, %11225
	%11227 = select i1 %11223, i32 %11226, i32 %11217
	%11228 = select i1 %11223, i32 %11210, i32 %11218
	%11229 = or i1 %11219, %11223
	%11230 = add i32 %11220, %11139
	%11231 = xor i1 %11229, true
	%11232 = icmp sge i32 %11230, %11042
	%11233 = and i1 %11231, %11232
	%11234 = mul i32 %3, 8
	%11235 = add i32 %11234, 2
	%11236 = sub i32 255, %11235
	%11237 = select i1 %11233, i32 %11236, i32 %11227
	%11238 = select i1 %11233, i32 %11220, i32 %11228
	%11239 = or i1 %11229, %11233
	%11240 = add i32 %11230, %11148
	%11241 = xor i1 %11239, true
	%11242 = icmp sge i32 %11240, %11042
	%11243 = and i1 %11241, %11242
	%11244 = mul i32 %3, 8
	%11245 = add i32 %11244, 3
	%11246 = sub i32 255, %11245
	%11247 = select i1 %11243, i32 %11246, i32 %11237
	%11248 = select i1 %11243, i32 %11230, i32 %11238
	%11249 = or i1 %11239, %11243
	%11250 = add i32 %11240, %11157
	%11251 = xor i1 %11249, true
	%11252 = icmp sge i32 %11250, %11042
	%11253 = and i1 %11251, %11252
	%11254 = mul i32 %3, 8
	%11255 = add i32 %11254, 4
	%11256 = sub i32 255, %11255
	%11257 = select i1 %11253, i32 %11256, i32 %11247
	%11258 = select i1 %11253, i32 %11240, i32 %11248
	%11259 = or i1 %11249, %11253
	%11260 = add i32 %11250, %11166
	%11261 = xor i1 %11259, true
	%11262 = icmp sge i32 %11260, %11042
	%11263 = and i1 %11261, %11262
	%11264 = mul i32 %3, 8
	%11265 = add i32 %11264, 5
	%11266 = sub i32 255, %11265
	%11267 = select i1 %11263, i32 %11266, i32 %11257
	%11268 = select i1 %11263, i32 %11250, i32 %11258
	%11269 = or i1 %11259, %11263
	%11270 = add i32 %11260, %11175
	%11271 = xor i1 %11269, true
	%11272 = icmp sge i32 %11270, %11042
	%11273 = and i1 %11271, %11272
	%11274 = mul i32 %3, 8
	%11275 = add i32 %11274, 6
	%11276 = sub i32 255, %11275
	%11277 = select i1 %11273, i32 %11276, i32 %11267
	%11278 = select i1 %11273, i32 %11260, i32 %11268
	%11279 = or i1 %11269, %11273
	%11280 = add i32 %11270, %11184
	%11281 = xor i1 %11279, true
	%11282 = icmp sge i32 %11280, %11042
	%11283 = and i1 %11281, %11282
	%11284 = mul i32 %3, 8
	%11285 = add i32 %11284, 7
	%11286 = sub i32 255, %11285
	%11287 = select i1 %11283, i32 %11286, i32 %11277
	%11288 = select i1 %11283, i32 %11270, i32 %11278
	%11289 = or i1 %11279, %11283
	%11290 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %11209)
	%11291 = call i32 @llvm.cttz.i32(i32 %11290, i1 false)
	%11292 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %11287, i32 %11291, i32 31)
	%11293 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %11288, i32 %11291, i32 31)
	%11294 = shl i32 %11292, 0
	%11295 = or i32 %11039, %11294
	%11296 = shl i32 255, 0
	%11297 = or i32 %11041, %11296
	%11298 = sub i32 %11042, %11293
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %10328

11299:
	%11300 = lshr i32 %11109, 0
	%11301 = and i32 %11300, 255
	%11302 = add i32 %10279, %11301
	%11303 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11304 = bitcast i8 addrspace(3)* %11303 to i32 addrspace(3)*
	%11305 = getelementptr i32, i32 addrspace(3)* %11304, i32 %11302
	%11306 = atomicrmw add i32 addrspace(3)* %11305, i32 1 monotonic
	br label %11307

11307:
	%11308 = add i32 %11102, 32
	br label %11101

11309:
	%11310 = phi i32 [ 0, %10328 ], [ %11359, %11354 ]
	%11311 = phi i32 [ 0, %10328 ], [ %11356, %11354 ]
	%11312 = phi i32 [ 0, %10328 ], [ %11358, %11354 ]
	%11313 = icmp slt i32 %11310, %589
	br i1 %11313, label %11314, label %11317

11314:
	%11315 = add i32 %11310, %3
	%11316 = icmp slt i32 %11315, %589
	br i1 %11316, label %11318, label %11328

11317:
	br label %9858

11318:
	%11319 = add i32 %9856, %11315
	%11320 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%11321 = bitcast i8 addrspace(3)* %11320 to i32 addrspace(3)*
	%11322 = getelementptr i32, i32 addrspace(3)* %11321, i32 %11319
	%11323 = load i32, i32 addrspace(3)* %11322
	%11324 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%11325 = bitcast i8 addrspace(3)* %11324 to i32 addrspace(3)*
	%11326 = getelementptr i32, i32 addrspace(3)* %11325, i32 %11319
	%11327 = load i32, i32 addrspace(3)* %11326
	br label %11328

11328:
	%11329 = phi i32 [ 0, %11314 ], [ %11323, %11318 ]
	%11330 = phi i32 [ 0, %11314 ], [ %11327, %11318 ]
	%11331 = icmp eq i32 %11329, %10329
	%11332 = and i1 %11316, %11331
	%11333 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %11332)
	%11334 = and i32 %11333, %10332
	%11335 = call i32 @llvm.ctpop.i32(i32 %11334)
	%11336 = add i32 %11312, %11335
	%11337 = icmp ugt i32 %11329, %10329
	%11338 = icmp slt i32 %11336, %10330
	%11339 = and i1 %11332, %11338
	%11340 = or i1 %11337, %11339
	%11341 = and i1 %11316, %11340
	%11342 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %11341)
	%11343 = and i32 %11342, %10332
	%11344 = call i32 @llvm.ctpop.i32(i32 %11343)
	%11345 = add i32 %11311, %11344
	%11346 = add i32 %9856, %11345
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %11341, label %11347, label %11354

11347:
	%11348 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%11349 = bitcast i8 addrspace(3)* %11348 to i32 addrspace(3)*
	%11350 = getelementptr i32, i32 addrspace(3)* %11349, i32 %11346
	store i32 %11329, i32 addrspace(3)* %11350
	%11351 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%11352 = bitcast i8 addrspace(3)* %11351 to i32 addrspace(3)*
	%11353 = getelementptr i32, i32 addrspace(3)* %11352, i32 %11346
	store i32 %11330, i32 addrspace(3)* %11353
	br label %11354

11354:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%11355 = call i32 @llvm.ctpop.i32(i32 %11342)
	%11356 = add i32 %11311, %11355
	%11357 = call i32 @llvm.ctpop.i32(i32 %11333)
	%11358 = add i32 %11312, %11357
	%11359 = add i32 %11310, 32
	br label %11309

11360:
	%11361 = phi i32 [ 0, %9858 ], [ %11391, %11385 ]
	%11362 = phi i32 [ 0, %9858 ], [ %11390, %11385 ]
	%11363 = icmp slt i32 %11361, %9859
	br i1 %11363, label %11364, label %11367

11364:
	%11365 = add i32 %11361, %3
	%11366 = icmp slt i32 %11365, %9859
	br i1 %11366, label %11368, label %11375

11367:
	br label %11392

11368:
	%11369 = mul i32 %420, 160
	%11370 = add i32 %11369, %11365
	%11371 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%11372 = bitcast i8 addrspace(3)* %11371 to i32 addrspace(3)*
	%11373 = getelementptr i32, i32 addrspace(3)* %11372, i32 %11370
	%11374 = load i32, i32 addrspace(3)* %11373
	br label %11375

11375:
	%11376 = phi i32 [ 0, %11364 ], [ %11374, %11368 ]
	br i1 %11366, label %11377, label %11385

11377:
	%11378 = add i32 0, %11365
	%11379 = icmp sgt i32 %11376, %447
	%11380 = select i1 %11379, i32 %9860, i32 0
	%11381 = add i32 %11378, %11380
	%11382 = add i32 %9864, %11381
	%11383 = sext i32 %11382 to i64
	%11384 = getelementptr i32, i32* %out, i64 %11383
	store i32 %11376, i32* %11384
	br label %11385

11385:
	%11386 = icmp slt i32 %11376, %444
	%11387 = and i1 %11366, %11386
	%11388 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %11387)
	%11389 = call i32 @llvm.ctpop.i32(i32 %11388)
	%11390 = add i32 %11362, %11389
	%11391 = add i32 %11361, 32
	br label %11360

11392:
	%11393 = phi i32 [ %3, %11367 ], [ %11402, %11395 ]
	%11394 = icmp slt i32 %11393, %9860
	br i1 %11394, label %11395, label %11403

11395:
	%11396 = add i32 0, %11362
	%11397 = add i32 %11396, %11393
	%11398 = add i32 %444, %11393
	%11399 = add i32 %9864, %11397
	%11400 = sext i32 %11399 to i64
	%11401 = getelementptr i32, i32* %out, i64 %11400
	store i32 %11398, i32* %11401
	%11402 = add i32 %11393, 32
	br label %11392

11403:
	%11404 = icmp eq i32 %3, 0
	%11405 = icmp eq i32 0, 1
	%11406 = and i1 %11404, %11405
	br i1 %11406, label %11407, label %11411

11407:
	%11408 = add i32 %9864, 0
	%11409 = sext i32 %11408 to i64
	%11410 = getelementptr i32, i32* %out, i64 %11409
	store i32 0, i32* %11410
	br label %11411

11411:
	%11412 = add i32 %452, %9859
	%11413 = add i32 %11412, %3
	br label %11414

11414:
	%11415 = phi i32 [ %11413, %11411 ], [ %11421, %11417 ]
	%11416 = icmp slt i32 %11415, 8
	br i1 %11416, label %11417, label %11422

11417:
	%11418 = add i32 %9864, %11415
	%11419 = sext i32 %11418 to i64
	%11420 = getelementptr i32, i32* %out, i64 %11419
	store i32 -1, i32* %11420
	%11421 = add i32 %11415, 32
	br label %11414

11422:
	br label %9852

11423:
	%11424 = icmp sgt i32 %591, %499
	br i1 %11424, label %11428, label %11431

11425:
	%11426 = add i32 %5, %504
	%11427 = icmp slt i32 %11426, %M
	br i1 %11427, label %12996, label %12998

11428:
	%11429 = mul i32 %462, 160
	%11430 = icmp sle i32 %591, 64
	br i1 %11430, label %11438, label %11440

11431:
	%11432 = phi i32 [ %591, %11423 ], [ %499, %12890 ]
	%11433 = sub i32 %494, 0
	%11434 = mul i32 %2, %M
	%11435 = add i32 %5, %462
	%11436 = add i32 %11434, %11435
	%11437 = mul i32 %11436, 8
	br label %12933

11438:
	%11439 = icmp slt i32 %3, %591
	br i1 %11439, label %11444, label %11450

11440:
	%11441 = phi i32 [ 0, %11428 ], [ %11842, %11460 ]
	%11442 = phi i32 [ 0, %11428 ], [ %11850, %11460 ]
	%11443 = xor i1 %11430, true
	br i1 %11443, label %11851, label %11901

11444:
	%11445 = add i32 %11429, %3
	%11446 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%11447 = bitcast i8 addrspace(3)* %11446 to i32 addrspace(3)*
	%11448 = getelementptr i32, i32 addrspace(3)* %11447, i32 %11445
	%11449 = load i32, i32 addrspace(3)* %11448
	br label %11450

11450:
	%11451 = phi i32 [ 0, %11438 ], [ %11449, %11444 ]
	%11452 = add i32 %3, 32
	%11453 = icmp slt i32 %11452, %591
	br i1 %11453, label %11454, label %11460

11454:
	%11455 = add i32 %11429, %11452
	%11456 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%11457 = bitcast i8 addrspace(3)* %11456 to i32 addrspace(3)*
	%11458 = getelementptr i32, i32 addrspace(3)* %11457, i32 %11455
	%11459 = load i32, i32 addrspace(3)* %11458
	br label %11460

11460:
	%11461 = phi i32 [ 0, %11450 ], [ %11459, %11454 ]
	%11462 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11451, i32 1, i32 31)
	%11463 = and i32 %3, 2
	%11464 = icmp eq i32 %11463, 0
	%11465 = and i32 %3, 1
	%11466 = icmp eq i32 %11465, 0
	%11467 = icmp eq i1 %11464, %11466
	%11468 = icmp ugt i32 %11451, %11462
	%11469 = select i1 %11468, i32 %11451, i32 %11462
	%11470 = icmp ult i32 %11451, %11462
	%11471 = select i1 %11470, i32 %11451, i32 %11462
	%11472 = select i1 %11467, i32 %11469, i32 %11471
	%11473 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11472, i32 2, i32 31)
	%11474 = and i32 %3, 4
	%11475 = icmp eq i32 %11474, 0
	%11476 = and i32 %3, 2
	%11477 = icmp eq i32 %11476, 0
	%11478 = icmp eq i1 %11475, %11477
	%11479 = icmp ugt i32 %11472, %11473
	%11480 = select i1 %11479, i32 %11472, i32 %11473
	%11481 = icmp ult i32 %11472, %11473
	%11482 = select i1 %11481, i32 %11472, i32 %11473
	%11483 = select i1 %11478, i32 %11480, i32 %11482
	%11484 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11483, i32 1, i32 31)
	%11485 = and i32 %3, 4
	%11486 = icmp eq i32 %11485, 0
	%11487 = and i32 %3, 1
	%11488 = icmp eq i32 %11487, 0
	%11489 = icmp eq i1 %11486, %11488
	%11490 = icmp ugt i32 %11483, %11484
	%11491 = select i1 %11490, i32 %11483, i32 %11484
	%11492 = icmp ult i32 %11483, %11484
	%11493 = select i1 %11492, i32 %11483, i32 %11484
	%11494 = select i1 %11489, i32 %11491, i32 %11493
	%11495 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11494, i32 4, i32 31)
	%11496 = and i32 %3, 8
	%11497 = icmp eq i32 %11496, 0
	%11498 = and i32 %3, 4
	%11499 = icmp eq i32 %11498, 0
	%11500 = icmp eq i1 %11497, %11499
	%11501 = icmp ugt i32 %11494, %11495
	%11502 = select i1 %11501, i32 %11494, i32 %11495
	%11503 = icmp ult i32 %11494, %11495
	%11504 = select i1 %11503, i32 %11494, i32 %11495
	%11505 = select i1 %11500, i32 %11502, i32 %11504
	%11506 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11505, i32 2, i32 31)
	%11507 = and i32 %3, 8
	%11508 = icmp eq i32 %11507, 0
	%11509 = and i32 %3, 2
	%11510 = icmp eq i32 %11509, 0
	%11511 = icmp eq i1 %11508, %11510
	%11512 = icmp ugt i32 %11505, %11506
	%11513 = select i1 %11512, i32 %11505, i32 %11506
	%11514 = icmp ult i32 %11505, %11506
	%11515 = select i1 %11514, i32 %11505, i32 %11506
	%11516 = select i1 %11511, i32 %11513, i32 %11515
	%11517 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11516, i32 1, i32 31)
	%11518 = and i32 %3, 8
	%11519 = icmp eq i32 %11518, 0
	%11520 = and i32 %3, 1
	%11521 = icmp eq i32 %11520, 0
	%11522 = icmp eq i1 %11519, %11521
	%11523 = icmp ugt i32 %11516, %11517
	%11524 = select i1 %11523, i32 %11516, i32 %11517
	%11525 = icmp ult i32 %11516, %11517
	%11526 = select i1 %11525, i32 %11516, i32 %11517
	%11527 = select i1 %11522, i32 %11524, i32 %11526
	%11528 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11527, i32 8, i32 31)
	%11529 = and i32 %3, 16
	%11530 = icmp eq i32 %11529, 0
	%11531 = and i32 %3, 8
	%11532 = icmp eq i32 %11531, 0
	%11533 = icmp eq i1 %11530, %11532
	%11534 = icmp ugt i32 %11527, %11528
	%11535 = select i1 %11534, i32 %11527, i32 %11528
	%11536 = icmp ult i32 %11527, %11528
	%11537 = select i1 %11536, i32 %11527, i32 %11528
	%11538 = select i1 %11533, i32 %11535, i32 %11537
	%11539 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11538, i32 4, i32 31)
	%11540 = and i32 %3, 16
	%11541 = icmp eq i32 %11540, 0
	%11542 = and i32 %3, 4
	%11543 = icmp eq i32 %11542, 0
	%11544 = icmp eq i1 %11541, %11543
	%11545 = icmp ugt i32 %11538, %11539
	%11546 = select i1 %11545, i32 %11538, i32 %11539
	%11547 = icmp ult i32 %11538, %11539
	%11548 = select i1 %11547, i32 %11538, i32 %11539
	%11549 = select i1 %11544, i32 %11546, i32 %11548
	%11550 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11549, i32 2, i32 31)
	%11551 = and i32 %3, 16
	%11552 = icmp eq i32 %11551, 0
	%11553 = and i32 %3, 2
	%11554 = icmp eq i32 %11553, 0
	%11555 = icmp eq i1 %11552, %11554
	%11556 = icmp ugt i32 %11549, %11550
	%11557 = select i1 %11556, i32 %11549, i32 %11550
	%11558 = icmp ult i32 %11549, %11550
	%11559 = select i1 %11558, i32 %11549, i32 %11550
	%11560 = select i1 %11555, i32 %11557, i32 %11559
	%11561 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11560, i32 1, i32 31)
	%11562 = and i32 %3, 16
	%11563 = icmp eq i32 %11562, 0
	%11564 = and i32 %3, 1
	%11565 = icmp eq i32 %11564, 0
	%11566 = icmp eq i1 %11563, %11565
	%11567 = icmp ugt i32 %11560, %11561
	%11568 = select i1 %11567, i32 %11560, i32 %11561
	%11569 = icmp ult i32 %11560, %11561
	%11570 = select i1 %11569, i32 %11560, i32 %11561
	%11571 = select i1 %11566, i32 %11568, i32 %11570
	%11572 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11571, i32 16, i32 31)
	%11573 = and i32 %3, 32
	%11574 = icmp eq i32 %11573, 0
	%11575 = and i32 %3, 16
	%11576 = icmp eq i32 %11575, 0
	%11577 = icmp eq i1 %11574, %11576
	%11578 = icmp ugt i32 %11571, %11572
	%11579 = select i1 %11578, i32 %11571, i32 %11572
	%11580 = icmp ult i32 %11571, %11572
	%11581 = select i1 %11580, i32 %11571, i32 %11572
	%11582 = select i1 %11577, i32 %11579, i32 %11581
	%11583 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11582, i32 8, i32 31)
	%11584 = and i32 %3, 32
	%11585 = icmp eq i32 %11584, 0
	%11586 = and i32 %3, 8
	%11587 = icmp eq i32 %11586, 0
	%11588 = icmp eq i1 %11585, %11587
	%11589 = icmp ugt i32 %11582, %11583
	%11590 = select i1 %11589, i32 %11582, i32 %11583
	%11591 = icmp ult i32 %11582, %11583
	%11592 = select i1 %11591, i32 %11582, i32 %11583
	%11593 = select i1 %11588, i32 %11590, i32 %11592
	%11594 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11593, i32 4, i32 31)
	%11595 = and i32 %3, 32
	%11596 = icmp eq i32 %11595, 0
	%11597 = and i32 %3, 4
	%11598 = icmp eq i32 %11597, 0
	%11599 = icmp eq i1 %11596, %11598
	%11600 = icmp ugt i32 %11593, %11594
	%11601 = select i1 %11600, i32 %11593, i32 %11594
	%11602 = icmp ult i32 %11593, %11594
	%11603 = select i1 %11602, i32 %11593, i32 %11594
	%11604 = select i1 %11599, i32 %11601, i32 %11603
	%11605 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11604, i32 2, i32 31)
	%11606 = and i32 %3, 32
	%11607 = icmp eq i32 %11606, 0
	%11608 = and i32 %3, 2
	%11609 = icmp eq i32 %11608, 0
	%11610 = icmp eq i1 %11607, %11609
	%11611 = icmp ugt i32 %11604, %11605
	%11612 = select i1 %11611, i32 %11604, i32 %11605
	%11613 = icmp ult i32 %11604, %11605
	%11614 = select i1 %11613, i32 %11604, i32 %11605
	%11615 = select i1 %11610, i32 %11612, i32 %11614
	%11616 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11615, i32 1, i32 31)
	%11617 = and i32 %3, 32
	%11618 = icmp eq i32 %11617, 0
	%11619 = and i32 %3, 1
	%11620 = icmp eq i32 %11619, 0
	%11621 = icmp eq i1 %11618, %11620
	%11622 = icmp ugt i32 %11615, %11616
	%11623 = select i1 %11622, i32 %11615, i32 %11616
	%11624 = icmp ult i32 %11615, %11616
	%11625 = select i1 %11624, i32 %11615, i32 %11616
	%11626 = select i1 %11621, i32 %11623, i32 %11625
	%11627 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11461, i32 1, i32 31)
	%11628 = and i32 %3, 2
	%11629 = icmp eq i32 %11628, 0
	%11630 = and i32 %3, 1
	%11631 = icmp eq i32 %11630, 0
	%11632 = icmp eq i1 %11629, %11631
	%11633 = icmp ugt i32 %11461, %11627
	%11634 = select i1 %11633, i32 %11461, i32 %11627
	%11635 = icmp ult i32 %11461, %11627
	%11636 = select i1 %11635, i32 %11461, i32 %11627
	%11637 = select i1 %11632, i32 %11634, i32 %11636
	%11638 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11637, i32 2, i32 31)
	%11639 = and i32 %3, 4
	%11640 = icmp eq i32 %11639, 0
	%11641 = and i32 %3, 2
	%11642 = icmp eq i32 %11641, 0
	%11643 = icmp eq i1 %11640, %11642
	%11644 = icmp ugt i32 %11637, %11638
	%11645 = select i1 %11644, i32 %11637, i32 %11638
	%11646 = icmp ult i32 %11637, %11638
	%11647 = select i1 %11646, i32 %11637, i32 %11638
	%11648 = select i1 %11643, i32 %11645, i32 %11647
	%11649 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11648, i32 1, i32 31)
	%11650 = and i32 %3, 4
	%11651 = icmp eq i32 %11650, 0
	%11652 = and i32 %3, 1
	%11653 = icmp eq i32 %11652, 0
	%11654 = icmp eq i1 %11651, %11653
	%11655 = icmp ugt i32 %11648, %11649
	%11656 = select i1 %11655, i32 %11648, i32 %11649
	%11657 = icmp ult i32 %11648, %11649
	%11658 = select i1 %11657, i32 %11648, i32 %11649
	%11659 = select i1 %11654, i32 %11656, i32 %11658
	%11660 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11659, i32 4, i32 31)
	%11661 = and i32 %3, 8
	%11662 = icmp eq i32 %11661, 0
	%11663 = and i32 %3, 4
	%11664 = icmp eq i32 %11663, 0
	%11665 = icmp eq i1 %11662, %11664
	%11666 = icmp ugt i32 %11659, %11660
	%11667 = select i1 %11666, i32 %11659, i32 %11660
	%11668 = icmp ult i32 %11659, %11660
	%11669 = select i1 %11668, i32 %11659, i32 %11660
	%11670 = select i1 %11665, i32 %11667, i32 %11669
	%11671 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11670, i32 2, i32 31)
	%11672 = and i32 %3, 8
	%11673 = icmp eq i32 %11672, 0
	%11674 = and i32 %3, 2
	%11675 = icmp eq i32 %11674, 0
	%11676 = icmp eq i1 %11673, %11675
	%11677 = icmp ugt i32 %11670, %11671
	%11678 = select i1 %11677, i32 %11670, i32 %11671
	%11679 = icmp ult i32 %11670, %11671
	%11680 = select i1 %11679, i32 %11670, i32 %11671
	%11681 = select i1 %11676, i32 %11678, i32 %11680
	%11682 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11681, i32 1, i32 31)
	%11683 = and i32 %3, 8
	%11684 = icmp eq i32 %11683, 0
	%11685 = and i32 %3, 1
	%11686 = icmp eq i32 %11685, 0
	%11687 = icmp eq i1 %11684, %11686
	%11688 = icmp ugt i32 %11681, %11682
	%11689 = select i1 %11688, i32 %11681, i32 %11682
	%11690 = icmp ult i32 %11681, %11682
	%11691 = select i1 %11690, i32 %11681, i32 %11682
	%11692 = select i1 %11687, i32 %11689, i32 %11691
	%11693 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11692, i32 8, i32 31)
	%11694 = and i32 %3, 16
	%11695 = icmp eq i32 %11694, 0
	%11696 = and i32 %3, 8
	%11697 = icmp eq i32 %11696, 0
	%11698 = icmp eq i1 %11695, %11697
	%11699 = icmp ugt i32 %11692, %11693
	%11700 = select i1 %11699, i32 %11692, i32 %11693
	%11701 = icmp ult i32 %11692, %11693
	%11702 = select i1 %11701, i32 %11692, i32 %11693
	%11703 = select i1 %11698, i32 %11700, i32 %11702
	%11704 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11703, i32 4, i32 31)
	%11705 = and i32 %3, 16
	%11706 = icmp eq i32 %11705, 0
	%11707 = and i32 %3, 4
	%11708 = icmp eq i32 %11707, 0
	%11709 = icmp eq i1 %11706, %11708
	%11710 = icmp ugt i32 %11703, %11704
	%11711 = select i1 %11710, i32 %11703, i32 %11704
	%11712 = icmp ult i32 %11703, %11704
	%11713 = select i1 %11712, i32 %11703, i32 %11704
	%11714 = select i1 %11709, i32 %11711, i32 %11713
	%11715 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11714, i32 2, i32 31)
	%11716 = and i32 %3, 16
	%11717 = icmp eq i32 %11716, 0
	%11718 = and i32 %3, 2
	%11719 = icmp eq i32 %11718, 0
	%11720 = icmp eq i1 %11717, %11719
	%11721 = icmp ugt i32 %11714, %11715
	%11722 = select i1 %11721, i32 %11714, i32 %11715
	%11723 = icmp ult i32 %11714, %11715
	%11724 = select i1 %11723, i32 %11714, i32 %11715
	%11725 = select i1 %11720, i32 %11722, i32 %11724
	%11726 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11725, i32 1, i32 31)
	%11727 = and i32 %3, 16
	%11728 = icmp eq i32 %11727, 0
	%11729 = and i32 %3, 1
	%11730 = icmp eq i32 %11729, 0
	%11731 = icmp eq i1 %11728, %11730
	%11732 = icmp ugt i32 %11725, %11726
	%11733 = select i1 %11732, i32 %11725, i32 %11726
	%11734 = icmp ult i32 %11725, %11726
	%11735 = select i1 %11734, i32 %11725, i32 %11726
	%11736 = select i1 %11731, i32 %11733, i32 %11735
	%11737 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11736, i32 16, i32 31)
	%11738 = and i32 %3, 32
	%11739 = icmp eq i32 %11738, 0
	%11740 = and i32 %3, 16
	%11741 = icmp eq i32 %11740, 0
	%11742 = icmp eq i1 %11739, %11741
	%11743 = icmp ugt i32 %11736, %11737
	%11744 = select i1 %11743, i32 %11736, i32 %11737
	%11745 = icmp ult i32 %11736, %11737
	%11746 = select i1 %11745, i32 %11736, i32 %11737
	%11747 = select i1 %11742, i32 %11744, i32 %11746
	%11748 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11747, i32 8, i32 31)
	%11749 = and i32 %3, 32
	%11750 = icmp eq i32 %11749, 0
	%11751 = and i32 %3, 8
	%11752 = icmp eq i32 %11751, 0
	%11753 = icmp eq i1 %11750, %11752
	%11754 = icmp ugt i32 %11747, %11748
	%11755 = select i1 %11754, i32 %11747, i32 %11748
	%11756 = icmp ult i32 %11747, %11748
	%11757 = select i1 %11756, i32 %11747, i32 %11748
	%11758 = select i1 %11753, i32 %11755, i32 %11757
	%11759 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11758, i32 4, i32 31)
	%11760 = and i32 %3, 32
	%11761 = icmp eq i32 %11760, 0
	%11762 = and i32 %3, 4
	%11763 = icmp eq i32 %11762, 0
	%11764 = icmp eq i1 %11761, %11763
	%11765 = icmp ugt i32 %11758, %11759
	%11766 = select i1 %11765, i32 %11758, i32 %11759
	%11767 = icmp ult i32 %11758, %11759
	%11768 = select i1 %11767, i32 %11758, i32 %11759
	%11769 = select i1 %11764, i32 %11766, i32 %11768
	%11770 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11769, i32 2, i32 31)
	%11771 = and i32 %3, 32
	%11772 = icmp eq i32 %11771, 0
	%11773 = and i32 %3, 2
	%11774 = icmp eq i32 %11773, 0
	%11775 = icmp eq i1 %11772, %11774
	%11776 = icmp ugt i32 %11769, %11770
	%11777 = select i1 %11776, i32 %11769, i32 %11770
	%11778 = icmp ult i32 %11769, %11770
	%11779 = select i1 %11778, i32 %11769, i32 %11770
	%11780 = select i1 %11775, i32 %11777, i32 %11779
	%11781 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11780, i32 1, i32 31)
	%11782 = and i32 %3, 32
	%11783 = icmp eq i32 %11782, 0
	%11784 = and i32 %3, 1
	%11785 = icmp eq i32 %11784, 0
	%11786 = icmp eq i1 %11783, %11785
	%11787 = icmp ugt i32 %11780, %11781
	%11788 = select i1 %11787, i32 %11780, i32 %11781
	%11789 = icmp ult i32 %11780, %11781
	%11790 = select i1 %11789, i32 %11780, i32 %11781
	%11791 = select i1 %11786, i32 %11788, i32 %11790
	%11792 = sub i32 31, %3
	%11793 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %11791, i32 %11792, i32 31)
	%11794 = icmp ugt i32 %11626, %11793
	%11795 = select i1 %11794, i32 %11626, i32 %11793
	%11796 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11795, i32 16, i32 31)
	%11797 = and i32 %3, 16
	%11798 = icmp eq i32 %11797, 0
	%11799 = icmp eq i1 true, %11798
	%11800 = icmp ugt i32 %11795, %11796
	%11801 = select i1 %11800, i32 %11795, i32 %11796
	%11802 = icmp ult i32 %11795, %11796
	%11803 = select i1 %11802, i32 %11795, i32 %11796
	%11804 = select i1 %11799, i32 %11801, i32 %11803
	%11805 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11804, i32 8, i32 31)
	%11806 = and i32 %3, 8
	%11807 = icmp eq i32 %11806, 0
	%11808 = icmp eq i1 true, %11807
	%11809 = icmp ugt i32 %11804, %11805
	%11810 = select i1 %11809, i32 %11804, i32 %11805
	%11811 = icmp ult i32 %11804, %11805
	%11812 = select i1 %11811, i32 %11804, i32 %11805
	%11813 = select i1 %11808, i32 %11810, i32 %11812
	%11814 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11813, i32 4, i32 31)
	%11815 = and i32 %3, 4
	%11816 = icmp eq i32 %11815, 0
	%11817 = icmp eq i1 true, %11816
	%11818 = icmp ugt i32 %11813, %11814
	%11819 = select i1 %11818, i32 %11813, i32 %11814
	%11820 = icmp ult i32 %11813, %11814
	%11821 = select i1 %11820, i32 %11813, i32 %11814
	%11822 = select i1 %11817, i32 %11819, i32 %11821
	%11823 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11822, i32 2, i32 31)
	%11824 = and i32 %3, 2
	%11825 = icmp eq i32 %11824, 0
	%11826 = icmp eq i1 true, %11825
	%11827 = icmp ugt i32 %11822, %11823
	%11828 = select i1 %11827, i32 %11822, i32 %11823
	%11829 = icmp ult i32 %11822, %11823
	%11830 = select i1 %11829, i32 %11822, i32 %11823
	%11831 = select i1 %11826, i32 %11828, i32 %11830
	%11832 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11831, i32 1, i32 31)
	%11833 = and i32 %3, 1
	%11834 = icmp eq i32 %11833, 0
	%11835 = icmp eq i1 true, %11834
	%11836 = icmp ugt i32 %11831, %11832
	%11837 = select i1 %11836, i32 %11831, i32 %11832
	%11838 = icmp ult i32 %11831, %11832
	%11839 = select i1 %11838, i32 %11831, i32 %11832
	%11840 = select i1 %11835, i32 %11837, i32 %11839
	%11841 = sub i32 %499, 1
	%11842 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %11840, i32 %11841, i32 31)
	%11843 = icmp ugt i32 %11451, %11842
	%11844 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %11843)
	%11845 = call i32 @llvm.ctpop.i32(i32 %11844)
	%11846 = icmp ugt i32 %11461, %11842
	%11847 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %11846)
	%11848 = call i32 @llvm.ctpop.i32(i32 %11847)
	%11849 = add i32 %11845, %11848
	%11850 = sub i32 %499, %11849
	br label %11440

11851:
	%11852 = mul i32 %4, 256
	%11853 = mul i32 %3, 8
	%11854 = add i32 %11853, 0
	%11855 = add i32 %11852, %11854
	%11856 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11857 = bitcast i8 addrspace(3)* %11856 to i32 addrspace(3)*
	%11858 = getelementptr i32, i32 addrspace(3)* %11857, i32 %11855
	store i32 0, i32 addrspace(3)* %11858
	%11859 = mul i32 %3, 8
	%11860 = add i32 %11859, 1
	%11861 = add i32 %11852, %11860
	%11862 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11863 = bitcast i8 addrspace(3)* %11862 to i32 addrspace(3)*
	%11864 = getelementptr i32, i32 addrspace(3)* %11863, i32 %11861
	store i32 0, i32 addrspace(3)* %11864
	%11865 = mul i32 %3, 8
	%11866 = add i32 %11865, 2
	%11867 = add i32 %11852, %11866
	%11868 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11869 = bitcast i8 addrspace(3)* %11868 to i32 addrspace(3)*
	%11870 = getelementptr i32, i32 addrspace(3)* %11869, i32 %11867
	store i32 0, i32 addrspace(3)* %11870
	%11871 = mul i32 %3, 8
	%11872 = add i32 %11871, 3
	%11873 = add i32 %11852, %11872
	%11874 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11875 = bitcast i8 addrspace(3)* %11874 to i32 addrspace(3)*
	%11876 = getelementptr i32, i32 addrspace(3)* %11875, i32 %11873
	store i32 0, i32 addrspace(3)* %11876
	%11877 = mul i32 %3, 8
	%11878 = add i32 %11877, 4
	%11879 = add i32 %11852, %11878
	%11880 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11881 = bitcast i8 addrspace(3)* %11880 to i32 addrspace(3)*
	%11882 = getelementptr i32, i32 addrspace(3)* %11881, i32 %11879
	store i32 0, i32 addrspace(3)* %11882
	%11883 = mul i32 %3, 8
	%11884 = add i32 %11883, 5
	%11885 = add i32 %11852, %11884
	%11886 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11887 = bitcast i8 addrspace(3)* %11886 to i32 addrspace(3)*
	%11888 = getelementptr i32, i32 addrspace(3)* %11887, i32 %11885
	store i32 0, i32 addrspace(3)* %11888
	%11889 = mul i32 %3, 8
	%11890 = add i32 %11889, 6
	%11891 = add i32 %11852, %11890
	%11892 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11893 = bitcast i8 addrspace(3)* %11892 to i32 addrspace(3)*
	%11894 = getelementptr i32, i32 addrspace(3)* %11893, i32 %11891
	store i32 0, i32 addrspace(3)* %11894
	%11895 = mul i32 %3, 8
	%11896 = add i32 %11895, 7
	%11897 = add i32 %11852, %11896
	%11898 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11899 = bitcast i8 addrspace(3)* %11898 to i32 addrspace(3)*
	%11900 = getelementptr i32, i32 addrspace(3)* %11899, i32 %11897
	store i32 0, i32 addrspace(3)* %11900
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %11906

11901:
	%11902 = phi i32 [ %11441, %11440 ], [ %12868, %12686 ]
	%11903 = phi i32 [ %11442, %11440 ], [ %12871, %12686 ]
	%11904 = shl i32 1, %3
	%11905 = sub i32 %11904, 1
	br label %12882

11906:
	%11907 = phi i32 [ %3, %11851 ], [ %12161, %12160 ]
	%11908 = icmp slt i32 %11907, %591
	br i1 %11908, label %11909, label %11918

11909:
	%11910 = add i32 %11429, %11907
	%11911 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%11912 = bitcast i8 addrspace(3)* %11911 to i32 addrspace(3)*
	%11913 = getelementptr i32, i32 addrspace(3)* %11912, i32 %11910
	%11914 = load i32, i32 addrspace(3)* %11913
	%11915 = and i32 %11914, 0
	%11916 = icmp eq i32 %11915, 0
	%11917 = and i1 true, %11916
	br i1 %11917, label %12152, label %12160

11918:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%11919 = mul i32 %3, 8
	%11920 = add i32 %11919, 0
	%11921 = sub i32 255, %11920
	%11922 = add i32 %11852, %11921
	%11923 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11924 = bitcast i8 addrspace(3)* %11923 to i32 addrspace(3)*
	%11925 = getelementptr i32, i32 addrspace(3)* %11924, i32 %11922
	%11926 = load i32, i32 addrspace(3)* %11925
	%11927 = add i32 0, %11926
	%11928 = mul i32 %3, 8
	%11929 = add i32 %11928, 1
	%11930 = sub i32 255, %11929
	%11931 = add i32 %11852, %11930
	%11932 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11933 = bitcast i8 addrspace(3)* %11932 to i32 addrspace(3)*
	%11934 = getelementptr i32, i32 addrspace(3)* %11933, i32 %11931
	%11935 = load i32, i32 addrspace(3)* %11934
	%11936 = add i32 %11927, %11935
	%11937 = mul i32 %3, 8
	%11938 = add i32 %11937, 2
	%11939 = sub i32 255, %11938
	%11940 = add i32 %11852, %11939
	%11941 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11942 = bitcast i8 addrspace(3)* %11941 to i32 addrspace(3)*
	%11943 = getelementptr i32, i32 addrspace(3)* %11942, i32 %11940
	%11944 = load i32, i32 addrspace(3)* %11943
	%11945 = add i32 %11936, %11944
	%11946 = mul i32 %3, 8
	%11947 = add i32 %11946, 3
	%11948 = sub i32 255, %11947
	%11949 = add i32 %11852, %11948
	%11950 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11951 = bitcast i8 addrspace(3)* %11950 to i32 addrspace(3)*
	%11952 = getelementptr i32, i32 addrspace(3)* %11951, i32 %11949
	%11953 = load i32, i32 addrspace(3)* %11952
	%11954 = add i32 %11945, %11953
	%11955 = mul i32 %3, 8
	%11956 = add i32 %11955, 4
	%11957 = sub i32 255, %11956
	%11958 = add i32 %11852, %11957
	%11959 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11960 = bitcast i8 addrspace(3)* %11959 to i32 addrspace(3)*
	%11961 = getelementptr i32, i32 addrspace(3)* %11960, i32 %11958
	%11962 = load i32, i32 addrspace(3)* %11961
	%11963 = add i32 %11954, %11962
	%11964 = mul i32 %3, 8
	%11965 = add i32 %11964, 5
	%11966 = sub i32 255, %11965
	%11967 = add i32 %11852, %11966
	%11968 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11969 = bitcast i8 addrspace(3)* %11968 to i32 addrspace(3)*
	%11970 = getelementptr i32, i32 addrspace(3)* %11969, i32 %11967
	%11971 = load i32, i32 addrspace(3)* %11970
	%11972 = add i32 %11963, %11971
	%11973 = mul i32 %3, 8
	%11974 = add i32 %11973, 6
	%11975 = sub i32 255, %11974
	%11976 = add i32 %11852, %11975
	%11977 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11978 = bitcast i8 addrspace(3)* %11977 to i32 addrspace(3)*
	%11979 = getelementptr i32, i32 addrspace(3)* %11978, i32 %11976
	%11980 = load i32, i32 addrspace(3)* %11979
	%11981 = add i32 %11972, %11980
	%11982 = mul i32 %3, 8
	%11983 = add i32 %11982, 7
	%11984 = sub i32 255, %11983
	%11985 = add i32 %11852, %11984
	%11986 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11987 = bitcast i8 addrspace(3)* %11986 to i32 addrspace(3)*
	%11988 = getelementptr i32, i32 addrspace(3)* %11987, i32 %11985
	%11989 = load i32, i32 addrspace(3)* %11988
	%11990 = add i32 %11981, %11989
	%11991 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %11990, i32 1, i32 0)
	%11992 = icmp uge i32 %3, 1
	%11993 = select i1 %11992, i32 %11991, i32 0
	%11994 = add i32 %11990, %11993
	%11995 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %11994, i32 2, i32 0)
	%11996 = icmp uge i32 %3, 2
	%11997 = select i1 %11996, i32 %11995, i32 0
	%11998 = add i32 %11994, %11997
	%11999 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %11998, i32 4, i32 0)
	%12000 = icmp uge i32 %3, 4
	%12001 = select i1 %12000, i32 %11999, i32 0
	%12002 = add i32 %11998, %12001
	%12003 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %12002, i32 8, i32 0)
	%12004 = icmp uge i32 %3, 8
	%12005 = select i1 %12004, i32 %12003, i32 0
	%12006 = add i32 %12002, %12005
	%12007 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %12006, i32 16, i32 0)
	%12008 = icmp uge i32 %3, 16
	%12009 = select i1 %12008, i32 %12007, i32 0
	%12010 = add i32 %12006, %12009
	%12011 = sub i32 %12010, %11990
	%12012 = icmp slt i32 %12011, %499
	%12013 = icmp sge i32 %12010, %499
	%12014 = and i1 %12012, %12013
	%12015 = add i32 %12011, %11926
	%12016 = xor i1 false, true
	%12017 = icmp sge i32 %12015, %499
	%12018 = and i1 %12016, %12017
	%12019 = mul i32 %3, 8
	%12020 = add i32 %12019, 0
	%12021 = sub i32 255, %12020
	%12022 = select i1 %12018, i32 %12021, i32 0
	%12023 = select i1 %12018, i32 %12011, i32 0
	%12024 = or i1 false, %12018
	%12025 = add i32 %12015, %11935
	%12026 = xor i1 %12024, true
	%12027 = icmp sge i32 %12025, %499
	%12028 = and i1 %12026, %12027
	%12029 = mul i32 %3, 8
	%12030 = add i32 %12029, 1
	%12031 = sub i32 255, %12030
	%12032 = select i1 %12028, i32 %12031, i32 %12022
	%12033 = select i1 %12028, i32 %12015, i32 %12023
	%12034 = or i1 %12024, %12028
	%12035 = add i32 %12025, %11944
	%12036 = xor i1 %12034, true
	%12037 = icmp sge i32 %12035, %499
	%12038 = and i1 %12036, %12037
	%12039 = mul i32 %3, 8
	%12040 = add i32 %12039, 2
	%12041 = sub i32 255, %12040
	%12042 = select i1 %12038, i32 %12041, i32 %12032
	%12043 = select i1 %12038, i32 %12025, i32 %12033
	%12044 = or i1 %12034, %12038
	%12045 = add i32 %12035, %11953
	%12046 = xor i1 %12044, true
	%12047 = icmp sge i32 %12045, %499
	%12048 = and i1 %12046, %12047
	%12049 = mul i32 %3, 8
	%12050 = add i32 %12049, 3
	%12051 = sub i32 255, %12050
	%12052 = select i1 %12048, i32 %12051, i32 %12042
	%12053 = select i1 %12048, i32 %12035, i32 %12043
	%12054 = or i1 %12044, %12048
	%12055 = add i32 %12045, %11962
	%12056 = xor i1 %12054, true
	%12057 = icmp sge i32 %12055, %499
	%12058 = and i1 %12056, %12057
	%12059 = mul i32 %3, 8
	%12060 = add i32 %12059, 4
	%12061 = sub i32 255, %12060
	%12062 = select i1 %12058, i32 %12061, i32 %12052
	%12063 = select i1 %12058, i32 %12045, i32 %12053
	%12064 = or i1 %12054, %12058
	%12065 = add i32 %12055, %11971
	%12066 = xor i1 %12064, true
	%12067 = icmp sge i32 %12065, %499
	%12068 = and i1 %12066, %12067
	%12069 = mul i32 %3, 8
	%12070 = add i32 %12069, 5
	%12071 = sub i32 255, %12070
	%12072 = select i1 %12068, i32 %12071, i32 %12062
	%12073 = select i1 %12068, i32 %12055, i32 %12063
	%12074 = or i1 %12064, %12068
	%12075 = add i32 %12065, %11980
	%12076 = xor i1 %12074, true
	%12077 = icmp sge i32 %12075, %499
	%12078 = and i1 %12076, %12077
	%12079 = mul i32 %3, 8
	%12080 = add i32 %12079, 6
	%12081 = sub i32 255, %12080
	%12082 = select i1 %12078, i32 %12081, i32 %12072
	%12083 = select i1 %12078, i32 %12065, i32 %12073
	%12084 = or i1 %12074, %12078
	%12085 = add i32 %12075, %11989
	%12086 = xor i1 %12084, true
	%12087 = icmp sge i32 %12085, %499
	%12088 = and i1 %12086, %12087
	%12089 = mul i32 %3, 8
	%12090 = add i32 %12089, 7
	%12091 = sub i32 255, %12090
	%12092 = select i1 %12088, i32 %12091, i32 %12082
	%12093 = select i1 %12088, i32 %12075, i32 %12083
	%12094 = or i1 %12084, %12088
	%12095 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %12014)
	%12096 = call i32 @llvm.cttz.i32(i32 %12095, i1 false)
	%12097 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %12092, i32 %12096, i32 31)
	%12098 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %12093, i32 %12096, i32 31)
	%12099 = shl i32 %12097, 24
	%12100 = or i32 0, %12099
	%12101 = shl i32 255, 24
	%12102 = or i32 0, %12101
	%12103 = sub i32 %499, %12098
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%12104 = mul i32 %3, 8
	%12105 = add i32 %12104, 0
	%12106 = add i32 %11852, %12105
	%12107 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12108 = bitcast i8 addrspace(3)* %12107 to i32 addrspace(3)*
	%12109 = getelementptr i32, i32 addrspace(3)* %12108, i32 %12106
	store i32 0, i32 addrspace(3)* %12109
	%12110 = mul i32 %3, 8
	%12111 = add i32 %12110, 1
	%12112 = add i32 %11852, %12111
	%12113 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12114 = bitcast i8 addrspace(3)* %12113 to i32 addrspace(3)*
	%12115 = getelementptr i32, i32 addrspace(3)* %12114, i32 %12112
	store i32 0, i32 addrspace(3)* %12115
	%12116 = mul i32 %3, 8
	%12117 = add i32 %12116, 2
	%12118 = add i32 %11852, %12117
	%12119 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12120 = bitcast i8 addrspace(3)* %12119 to i32 addrspace(3)*
	%12121 = getelementptr i32, i32 addrspace(3)* %12120, i32 %12118
	store i32 0, i32 addrspace(3)* %12121
	%12122 = mul i32 %3, 8
	%12123 = add i32 %12122, 3
	%12124 = add i32 %11852, %12123
	%12125 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12126 = bitcast i8 addrspace(3)* %12125 to i32 addrspace(3)*
	%12127 = getelementptr i32, i32 addrspace(3)* %12126, i32 %12124
	store i32 0, i32 addrspace(3)* %12127
	%12128 = mul i32 %3, 8
	%12129 = add i32 %12128, 4
	%12130 = add i32 %11852, %12129
	%12131 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12132 = bitcast i8 addrspace(3)* %12131 to i32 addrspace(3)*
	%12133 = getelementptr i32, i32 addrspace(3)* %12132, i32 %12130
	store i32 0, i32 addrspace(3)* %12133
	%12134 = mul i32 %3, 8
	%12135 = add i32 %12134, 5
	%12136 = add i32 %11852, %12135
	%12137 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12138 = bitcast i8 addrspace(3)* %12137 to i32 addrspace(3)*
	%12139 = getelementptr i32, i32 addrspace(3)* %12138, i32 %12136
	store i32 0, i32 addrspace(3)* %12139
	%12140 = mul i32 %3, 8
	%12141 = add i32 %12140, 6
	%12142 = add i32 %11852, %12141
	%12143 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12144 = bitcast i8 addrspace(3)* %12143 to i32 addrspace(3)*
	%12145 = getelementptr i32, i32 addrspace(3)* %12144, i32 %12142
	store i32 0, i32 addrspace(3)* %12145
	%12146 = mul i32 %3, 8
	%12147 = add i32 %12146, 7
	%12148 = add i32 %11852, %12147
	%12149 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12150 = bitcast i8 addrspace(3)* %12149 to i32 addrspace(3)*
	%12151 = getelementptr i32, i32 addrspace(3)* %12150, i32 %12148
	store i32 0, i32 addrspace(3)* %12151
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %12162

12152:
	%12153 = lshr i32 %11914, 24
	%12154 = and i32 %12153, 255
	%12155 = add i32 %11852, %12154
	%12156 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12157 = bitcast i8 addrspace(3)* %12156 to i32 addrspace(3)*
	%12158 = getelementptr i32, i32 addrspace(3)* %12157, i32 %12155
	%12159 = atomicrmw add i32 addrspace(3)* %12158, i32 1 monotonic
	br label %12160

12160:
	%12161 = add i32 %11907, 32
	br label %11906

12162:
	%12163 = phi i32 [ %3, %11918 ], [ %12417, %12416 ]
	%12164 = icmp slt i32 %12163, %591
	br i1 %12164, label %12165, label %12174

12165:
	%12166 = add i32 %11429, %12163
	%12167 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%12168 = bitcast i8 addrspace(3)* %12167 to i32 addrspace(3)*
	%12169 = getelementptr i32, i32 addrspace(3)* %12168, i32 %12166
	%12170 = load i32, i32 addrspace(3)* %12169
	%12171 = and i32 %12170, %12102
	%12172 = icmp eq i32 %12171, %12100
	%12173 = and i1 true, %12172
	br i1 %12173, label %12408, label %12416

12174:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%12175 = mul i32 %3, 8
	%12176 = add i32 %12175, 0
	%12177 = sub i32 255, %12176
	%12178 = add i32 %11852, %12177
	%12179 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12180 = bitcast i8 addrspace(3)* %12179 to i32 addrspace(3)*
	%12181 = getelementptr i32, i32 addrspace(3)* %12180, i32 %12178
	%12182 = load i32, i32 addrspace(3)* %12181
	%12183 = add i32 0, %12182
	%12184 = mul i32 %3, 8
	%12185 = add i32 %12184, 1
	%12186 = sub i32 255, %12185
	%12187 = add i32 %11852, %12186
	%12188 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12189 = bitcast i8 addrspace(3)* %12188 to i32 addrspace(3)*
	%12190 = getelementptr i32, i32 addrspace(3)* %12189, i32 %12187
	%12191 = load i32, i32 addrspace(3)* %12190
	%12192 = add i32 %12183, %12191
	%12193 = mul i32 %3, 8
	%12194 = add i32 %12193, 2
	%12195 = sub i32 255, %12194
	%12196 = add i32 %11852, %12195
	%12197 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12198 = bitcast i8 addrspace(3)* %12197 to i32 addrspace(3)*
	%12199 = getelementptr i32, i32 addrspace(3)* %12198, i32 %12196
	%12200 = load i32, i32 addrspace(3)* %12199
	%12201 = add i32 %12192, %12200
	%12202 = mul i32 %3, 8
	%12203 = add i32 %12202, 3
	%12204 = sub i32 255, %12203
	%12205 = add i32 %11852, %12204
	%12206 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12207 = bitcast i8 addrspace(3)* %12206 to i32 addrspace(3)*
	%12208 = getelementptr i32, i32 addrspace(3)* %12207, i32 %12205
	%12209 = load i32, i32 addrspace(3)* %12208
	%12210 = add i32 %12201, %12209
	%12211 = mul i32 %3, 8
	%12212 = add i32 %12211, 4
	%12213 = sub i32 255, %12212
	%12214 = add i32 %11852, %12213
	%12215 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12216 = bitcast i8 addrspace(3)* %12215 to i32 addrspace(3)*
	%12217 = getelementptr i32, i32 addrspace(3)* %12216, i32 %12214
	%12218 = load i32, i32 addrspace(3)* %12217
	%12219 = add i32 %12210, %12218
	%12220 = mul i32 %3, 8
	%12221 = add i32 %12220, 5
	%12222 = sub i32 255, %12221
	%12223 = add i32 %11852, %12222
	%12224 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12225 = bitcast i8 addrspace(3)* %12224 to i32 addrspace(3)*
	%12226 = getelementptr i32, i32 addrspace(3)* %12225, i32 %12223
	%12227 = load i32, i32 addrspace(3)* %12226
	%12228 = add i32 %12219, %12227
	%12229 = mul i32 %3, 8
	%12230 = add i32 %12229, 6
	%12231 = sub i32 255, %12230
	%12232 = add i32 %11852, %12231
	%12233 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12234 = bitcast i8 addrspace(3)* %12233 to i32 addrspace(3)*
	%12235 = getelementptr i32, i32 addrspace(3)* %12234, i32 %12232
	%12236 = load i32, i32 addrspace(3)* %12235
	%12237 = add i32 %12228, %12236
	%12238 = mul i32 %3, 8
	%12239 = add i32 %12238, 7
	%12240 = sub i32 255, %12239
	%12241 = add i32 %11852, %12240
	%12242 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12243 = bitcast i8 addrspace(3)* %12242 to i32 addrspace(3)*
	%12244 = getelementptr i32, i32 addrspace(3)* %12243, i32 %12241
	%12245 = load i32, i32 addrspace(3)* %12244
	%12246 = add i32 %12237, %12245
	%12247 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %12246, i32 1, i32 0)
	%12248 = icmp uge i32 %3, 1
	%12249 = select i1 %12248, i32 %12247, i32 0
	%12250 = add i32 %12246, %12249
	%12251 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %12250, i32 2, i32 0)
	%12252 = icmp uge i32 %3, 2
	%12253 = select i1 %12252, i32 %12251, i32 0
	%12254 = add i32 %12250, %12253
	%12255 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %12254, i32 4, i32 0)
	%12256 = icmp uge i32 %3, 4
	%12257 = select i1 %12256, i32 %12255, i32 0
	%12258 = add i32 %12254, %12257
	%12259 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %12258, i32 8, i32 0)
	%12260 = icmp uge i32 %3, 8
	%12261 = select i1 %12260, i32 %12259, i32 0
	%12262 = add i32 %12258, %12261
	%12263 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %12262, i32 16, i32 0)
	%12264 = icmp uge i32 %3, 16
	%12265 = select i1 %12264, i32 %12263, i32 0
	%12266 = add i32 %12262, %12265
	%12267 = sub i32 %12266, %12246
	%12268 = icmp slt i32 %12267, %12103
	%12269 = icmp sge i32 %12266, %12103
	%12270 = and i1 %12268, %12269
	%12271 = add i32 %12267, %12182
	%12272 = xor i1 false, true
	%12273 = icmp sge i32 %12271, %12103
	%12274 = and i1 %12272, %12273
	%12275 = mul i32 %3, 8
	%12276 = add i32 %12275, 0
	%12277 = sub i32 255, %12276
	%12278 = select i1 %12274, i32 %12277, i32 0
	%12279 = select i1 %12274, i32 %12267, i32 0
	%12280 = or i1 false, %12274
	%12281 = add i32 %12271, %12191
	%12282 = xor i1 %12280, true
	%12283 = icmp sge i32 %12281, %12103
	%12284 = and i1 %12282, %12283
	%12285 = mul i32 %3, 8
	%12286 = add i32 %12285, 1
	%12287 = sub i32 255, %12286
	%12288 = select i1 %12284, i32 %12287, i32 %12278
	%12289 = select i1 %12284, i32 %12271, i32 %12279
	%12290 = or i1 %12280, %12284
	%12291 = add i32 %12281, %12200
	%12292 = xor i1 %12290, true
	%12293 = icmp sge i32 %12291, %12103
	%12294 = and i1 %12292, %12293
	%12295 = mul i32 %3, 8
	%12296 = add i32 %12295, 2
	%12297 = sub i32 255, %12296
	%12298 = select i1 %12294, i32 %12297, i32 %12288
	%12299 = select i1 %12294, i32 %12281, i32 %12289
	%12300 = or i1 %12290, %12294
	%12301 = add i32 %12291, %12209
	%12302 = xor i1 %12300, true
	%12303 = icmp sge i32 %12301, %12103
	%12304 = and i1 %12302, %12303
	%12305 = mul i32 %3, 8
	%12306 = add i32 %12305, 3
	%12307 = sub i32 255, %12306
	%12308 = select i1 %12304, i32 %12307, i32 %12298
	%12309 = select i1 %12304, i32 %12291, i32 %12299
	%12310 = or i1 %12300, %12304
	%12311 = add i32 %12301, %12218
	%12312 = xor i1 %12310, true
	%12313 = icmp sge i32 %12311, %12103
	%12314 = and i1 %12312, %12313
	%12315 = mul i32 %3, 8
	%12316 = add i32 %12315, 4
	%12317 = sub i32 255, %12316
	%12318 = select i1 %12314, i32 %12317, i32 %12308
	%12319 = select i1 %12314, i32 %12301, i32 %12309
	%12320 = or i1 %12310, %12314
	%12321 = add i32 %12311, %12227
	%12322 = xor i1 %12320, true
	%12323 = icmp sge i32 %12321, %12103
	%12324 = and i1 %12322, %12323
	%12325 = mul i32 %3, 8
	%12326 = add i32 %12325, 5
	%12327 = sub i32 255, %12326
	%12328 = select i1 %12324, i32 %12327, i32 %12318
	%12329 = select i1 %12324, i32 %12311, i32 %12319
	%12330 = or i1 %12320, %12324
	%12331 = add i32 %12321, %12236
	%12332 = xor i1 %12330, true
	%12333 = icmp sge i32 %12331, %12103
	%12334 = and i1 %12332, %12333
	%12335 = mul i32 %3, 8
	%12336 = add i32 %12335, 6
	%12337 = sub i32 255, %12336
	%12338 = select i1 %12334, i32 %12337, i32 %12328
	%12339 = select i1 %12334, i32 %12321, i32 %12329
	%12340 = or i1 %12330, %12334
	%12341 = add i32 %12331, %12245
	%12342 = xor i1 %12340, true
	%12343 = icmp sge i32 %12341, %12103
	%12344 = and i1 %12342, %12343
	%12345 = mul i32 %3, 8
	%12346 = add i32 %12345, 7
	%12347 = sub i32 255, %12346
	%12348 = select i1 %12344, i32 %12347, i32 %12338
	%12349 = select i1 %12344, i32 %12331, i32 %12339
	%12350 = or i1 %12340, %12344
	%12351 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %12270)
	%12352 = call i32 @llvm.cttz.i32(i32 %12351, i1 false)
	%12353 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %12348, i32 %12352, i32 31)
	%12354 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %12349, i32 %12352, i32 31)
	%12355 = shl i32 %12353, 16
	%12356 = or i32 %12100, %12355
	%12357 = shl i32 255, 16
	%12358 = or i32 %12102, %12357
	%12359 = sub i32 %12103, %12354
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%12360 = mul i32 %3, 8
	%12361 = add i32 %12360, 0
	%12362 = add i32 %11852, %12361
	%12363 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12364 = bitcast i8 addrspace(3)* %12363 to i32 addrspace(3)*
	%12365 = getelementptr i32, i32 addrspace(3)* %12364, i32 %12362
	store i32 0, i32 addrspace(3)* %12365
	%12366 = mul i32 %3, 8
	%12367 = add i32 %12366, 1
	%12368 = add i32 %11852, %12367
	%12369 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12370 = bitcast i8 addrspace(3)* %12369 to i32 addrspace(3)*
	%12371 = getelementptr i32, i32 addrspace(3)* %12370, i32 %12368
	store i32 0, i32 addrspace(3)* %12371
	%12372 = mul i32 %3, 8
	%12373 = add i32 %12372, 2
	%12374 = add i32 %11852, %12373
	%12375 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12376 = bitcast i8 addrspace(3)* %12375 to i32 addrspace(3)*
	%12377 = getelementptr i32, i32 addrspace(3)* %12376, i32 %12374
	store i32 0, i32 addrspace(3)* %12377
	%12378 = mul i32 %3, 8
	%12379 = add i32 %12378, 3
	%12380 = add i32 %11852, %12379
	%12381 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12382 = bitcast i8 addrspace(3)* %12381 to i32 addrspace(3)*
	%12383 = getelementptr i32, i32 addrspace(3)* %12382, i32 %12380
	store i32 0, i32 addrspace(3)* %12383
	%12384 = mul i32 %3, 8
	%12385 = add i32 %12384, 4
	%12386 = add i32 %11852, %12385
	%12387 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12388 = bitcast i8 addrspace(3)* %12387 to i32 addrspace(3)*
	%12389 = getelementptr i32, i32 addrspace(3)* %12388, i32 %12386
	store i32 0, i32 addrspace(3)* %12389
	%12390 = mul i32 %3, 8
	%12391 = add i32 %12390, 5
	%12392 = add i32 %11852, %12391
	%12393 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12394 = bitcast i8 addrspace(3)* %12393 to i32 addrspace(3)*
	%12395 = getelementptr i32, i32 addrspace(3)* %12394, i32 %12392
	store i32 0, i32 addrspace(3)* %12395
	%12396 = mul i32 %3, 8
	%12397 = add i32 %12396, 6
	%12398 = add i32 %11852, %12397
	%12399 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12400 = bitcast i8 addrspace(3)* %12399 to i32 addrspace(3)*
	%12401 = getelementptr i32, i32 addrspace(3)* %12400, i32 %12398
	store i32 0, i32 addrspace(3)* %12401
	%12402 = mul i32 %3, 8
	%12403 = add i32 %12402, 7
	%12404 = add i32 %11852, %12403
	%12405 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12406 = bitcast i8 addrspace(3)* %12405 to i32 addrspace(3)*
	%12407 = getelementptr i32, i32 addrspace(3)* %12406, i32 %12404
	store i32 0, i32 addrspace(3)* %12407
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %12418

12408:
	%12409 = lshr i32 %12170, 16
	%12410 = and i32 %12409, 255
	%12411 = add i32 %11852, %12410
	%12412 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12413 = bitcast i8 addrspace(3)* %12412 to i32 addrspace(3)*
	%12414 = getelementptr i32, i32 addrspace(3)* %12413, i32 %12411
	%12415 = atomicrmw add i32 addrspace(3)* %12414, i32 1 monotonic
	br label %12416

12416:
	%12417 = add i32 %12163, 32
	br label %12162

12418:
	%12419 = phi i32 [ %3, %12174 ], [ %12673, %12672 ]
	%12420 = icmp slt i32 %12419, %591
	br i1 %12420, label %12421, label %12430

12421:
	%12422 = add i32 %11429, %12419
	%12423 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%12424 = bitcast i8 addrspace(3)* %12423 to i32 addrspace(3)*
	%12425 = getelementptr i32, i32 addrspace(3)* %12424, i32 %12422
	%12426 = load i32, i32 addrspace(3)* %12425
	%12427 = and i32 %12426, %12358
	%12428 = icmp eq i32 %12427, %12356
	%12429 = and i1 true, %12428
	br i1 %12429, label %12664, label %12672

12430:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%12431 = mul i32 %3, 8
	%12432 = add i32 %12431, 0
	%12433 = sub i32 255, %12432
	%12434 = add i32 %11852, %12433
	%12435 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12436 = bitcast i8 addrspace(3)* %12435 to i32 addrspace(3)*
	%12437 = getelementptr i32, i32 addrspace(3)* %12436, i32 %12434
	%12438 = load i32, i32 addrspace(3)* %12437
	%12439 = add i32 0, %12438
	%12440 = mul i32 %3, 8
	%12441 = add i32 %12440, 1
	%12442 = sub i32 255, %12441
	%12443 = add i32 %11852, %12442
	%12444 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12445 = bitcast i8 addrspace(3)* %12444 to i32 addrspace(3)*
	%12446 = getelementptr i32, i32 addrspace(3)* %12445, i32 %12443
	%12447 = load i32, i32 addrspace(3)* %12446
	%12448 = add i32 %12439, %12447
	%12449 = mul i32 %3, 8
	%12450 = add i32 %12449, 2
	%12451 = sub i32 255, %12450
	%12452 = add i32 %11852, %12451
	%12453 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12454 = bitcast i8 addrspace(3)* %12453 to i32 addrspace(3)*
	%12455 = getelementptr i32, i32 addrspace(3)* %12454, i32 %12452
	%12456 = load i32, i32 addrspace(3)* %12455
	%12457 = add i32 %12448, %12456
	%12458 = mul i32 %3, 8
	%12459 = add i32 %12458, 3
	%12460 = sub i32 255, %12459
	%12461 = add i32 %11852, %12460
	%12462 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12463 = bitcast i8 addrspace(3)* %12462 to i32 addrspace(3)*
	%12464 = getelementptr i32, i32 addrspace(3)* %12463, i32 %12461
	%12465 = load i32, i32 addrspace(3)* %12464
	%12466 = add i32 %12457, %12465
	%12467 = mul i32 %3, 8
	%12468 = add i32 %12467, 4
	%12469 = sub i32 255, %12468
	%12470 = add i32 %11852, %12469
	%12471 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12472 = bitcast i8 addrspace(3)* %12471 to i32 addrspace(3)*
	%12473 = getelementptr i32, i32 addrspace(3)* %12472, i32 %12470
	%12474 = load i32, i32 addrspace(3)* %12473
	%12475 = add i32 %12466, %12474
	%12476 = mul i32 %3, 8
	%12477 = add i32 %12476, 5
	%12478 = sub i32 255, %12477
	%12479 = add i32 %11852, %12478
	%12480 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12481 = bitcast i8 addrspace(3)* %12480 to i32 addrspace(3)*
	%12482 = getelementptr i32, i32 addrspace(3)* %12481, i32 %12479
	%12483 = load i32, i32 addrspace(3)* %12482
	%12484 = add i32 %12475, %12483
	%12485 = mul i32 %3, 8
	%12486 = add i32 %12485, 6
	%12487 = sub i32 255, %12486
	%12488 = add i32 %11852, %12487
	%12489 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12490 = bitcast i8 addrspace(3)* %12489 to i32 addrspace(3)*
	%12491 = getelementptr i32, i32 addrspace(3)* %12490, i32 %12488
	%12492 = load i32, i32 addrspace(3)* %12491
	%12493 = add i32 %12484, %12492
	%12494 = mul i32 %3, 8
	%12495 = add i32 %12494, 7
	%12496 = sub i32 255, %12495
	%12497 = add i32 %11852, %12496
	%12498 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12499 = bitcast i8 addrspace(3)* %12498 to i32 addrspace(3)*
	%12500 = getelementptr i32, i32 addrspace(3)* %12499, i32 %12497
	%12501 = load i32, i32 addrspace(3)* %12500
	%12502 = add i32 %12493, %12501
	%12503 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %12502, i32 1, i32 0)
	%12504 = icmp uge i32 %3, 1
	%12505 = select i1 %12504, i32 %12503, i32 0
	%12506 = add i32 %12502, %12505
	%12507 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %12506, i32 2, i32 0)
	%12508 = icmp uge i32 %3, 2
	%12509 = select i1 %12508, i32 %12507, i32 0
	%12510 = add i32 %12506, %12509
	%12511 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %12510, i32 4, i32 0)
	%12512 = icmp uge i32 %3, 4
	%12513 = select i1 %12512, i32 %12511, i32 0
	%12514 = add i32 %12510, %12513
	%12515 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %12514, i32 8, i32 0)
	%12516 = icmp uge i32 %3, 8
	%12517 = select i1 %12516, i32 %12515, i32 0
	%12518 = add i32 %12514, %12517
	%12519 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %12518, i32 16, i32 0)
	%12520 = icmp uge i32 %3, 16
	%12521 = select i1 %12520, i32 %12519, i32 0
	%12522 = add i32 %12518, %12521
	%12523 = sub i32 %12522, %12502
	%12524 = icmp slt i32 %12523, %12359
	%12525 = icmp sge i32 %12522, %12359
	%12526 = and i1 %12524, %12525
	%12527 = add i32 %12523, %12438
	%12528 = xor i1 false, true
	%12529 = icmp sge i32 %12527, %12359
	%12530 = and i1 %12528, %12529
	%12531 = mul i32 %3, 8
	%12532 = add i32 %12531, 0
	%12533 = sub i32 255, %12532
	%12534 = select i1 %12530, i32 %12533, i32 0
	%12535 = select i1 %12530, i32 %12523, i32 0
	%12536 = or i1 false, %12530
	%12537 = add i32 %12527, %12447
	%12538 = xor i1 %12536, true
	%12539 = icmp sge i32 %12537, %12359
	%12540 = and i1 %12538, %12539
	%12541 = mul i32 %3, 8
	%12542 = add i32 %12541, 1
	%12543 = sub i32 255, %12542
	%12544 = select i1 %12540, i32 %12543, i32 %12534
	%12545 = select i1 %12540, i32 %12527, i32 %12535
	%12546 = or i1 %12536, %12540
	%12547 = add i32 %12537, %12456
	%12548 = xor i1 %12546, true
	%12549 = icmp sge i32 %12547, %12359
	%12550 = and i1 %12548, %12549
	%12551 = mul i32 %3, 8
	%12552 = add i32 %12551, 2
	%12553 = sub i32 255, %12552
	%12554 = select i1 %12550, i32 %12553, i32 %12544
	%12555 = select i1 %12550, i32 %12537, i32 %12545
	%12556 = or i1 %12546, %12550
	%12557 = add i32 %12547, %12465
	%12558 = xor i1 %12556, true
	%12559 = icmp sge i32 %12557, %12359
	%12560 = and i1 %12558, %12559
	%12561 = mul i32 %3, 8
	%12562 = add i32 %12561, 3
	%12563 = sub i32 255, %12562
	%12564 = select i1 %12560, i32 %12563, i32 %12554
	%12565 = select i1 %12560, i32 %12547, i32 %12555
	%12566 = or i1 %12556, %12560
	%12567 = add i32 %12557, %12474
	%12568 = xor i1 %12566, true
	%12569 = icmp sge i32 %12567, %12359
	%12570 = and i1 %12568, %12569
	%12571 = mul i32 %3, 8
	%12572 = add i32 %12571, 4
	%12573 = sub i32 255, %12572
	%12574 = select i1 %12570, i32 %12573, i32 %12564
	%12575 = select i1 %12570, i32 %12557, i32 %12565
	%12576 = or i1 %12566, %12570
	%12577 = add i32 %12567, %12483
	%12578 = xor i1 %12576, true
	%12579 = icmp sge i32 %12577, %12359
	%12580 = and i1 %12578, %12579
	%12581 = mul i32 %3, 8
	%12582 = add i32 %12581, 5
	%12583 = sub i32 255, %12582
	%12584 = select i1 %12580, i32 %12583, i32 %12574
	%12585 = select i1 %12580, i32 %12567, i32 %12575
	%12586 = or i1 %12576, %12580
	%12587 = add i32 %12577, %12492
	%12588 = xor i1 %12586, true
	%12589 = icmp sge i32 %12587, %12359
	%12590 = and i1 %12588, %12589
	%12591 = mul i32 %3, 8
	%12592 = add i32 %12591, 6
	%12593 = sub i32 255, %12592
	%12594 = select i1 %12590, i32 %12593, i32 %12584
	%12595 = select i1 %12590, i32 %12577, i32 %12585
	%12596 = or i1 %12586, %12590
	%12597 = add i32 %12587, %12501
	%12598 = xor i1 %12596, true
	%12599 = icmp sge i32 %12597, %12359
	%12600 = and i1 %12598, %12599
	%12601 = mul i32 %3, 8
	%12602 = add i32 %12601, 7
	%12603 = sub i32 255, %12602
	%12604 = select i1 %12600, i32 %12603, i32 %12594
	%12605 = select i1 %12600, i32 %12587, i32 %12595
	%12606 = or i1 %12596, %12600
	%12607 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %12526)
	%12608 = call i32 @llvm.cttz.i32(i32 %12607, i1 false)
	%12609 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %12604, i32 %12608, i32 31)
	%12610 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %12605, i32 %12608, i32 31)
	%12611 = shl i32 %12609, 8
	%12612 = or i32 %12356, %12611
	%12613 = shl i32 255, 8
	%12614 = or i32 %12358, %12613
	%12615 = sub i32 %12359, %12610
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%12616 = mul i32 %3, 8
	%12617 = add i32 %12616, 0
	%12618 = add i32 %11852, %12617
	%12619 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12620 = bitcast i8 addrspace(3)* %12619 to i32 addrspace(3)*
	%12621 = getelementptr i32, i32 addrspace(3)* %12620, i32 %12618
	store i32 0, i32 addrspace(3)* %12621
	%12622 = mul i32 %3, 8
	%12623 = add i32 %12622, 1
	%12624 = add i32 %11852, %12623
	%12625 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12626 = bitcast i8 addrspace(3)* %12625 to i32 addrspace(3)*
	%12627 = getelementptr i32, i32 addrspace(3)* %12626, i32 %12624
	store i32 0, i32 addrspace(3)* %12627
	%12628 = mul i32 %3, 8
	%12629 = add i32 %12628, 2
	%12630 = add i32 %11852, %12629
	%12631 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12632 = bitcast i8 addrspace(3)* %12631 to i32 addrspace(3)*
	%12633 = getelementptr i32, i32 addrspace(3)* %12632, i32 %12630
	store i32 0, i32 addrspace(3)* %12633
	%12634 = mul i32 %3, 8
	%12635 = add i32 %12634, 3
	%12636 = add i32 %11852, %12635
	%12637 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12638 = bitcast i8 addrspace(3)* %12637 to i32 addrspace(3)*
	%12639 = getelementptr i32, i32 addrspace(3)* %12638, i32 %12636
	store i32 0, i32 addrspace(3)* %12639
	%12640 = mul i32 %3, 8
	%12641 = add i32 %12640, 4
	%12642 = add i32 %11852, %12641
	%12643 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12644 = bitcast i8 addrspace(3)* %12643 to i32 addrspace(3)*
	%12645 = getelementptr i32, i32 addrspace(3)* %12644, i32 %12642
	store i32 0, i32 addrspace(3)* %12645
	%12646 = mul i32 %3, 8
	%12647 = add i32 %12646, 5
	%12648 = add i32 %11852, %12647
	%12649 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12650 = bitcast i8 addrspace(3)* %12649 to i32 addrspace(3)*
	%12651 = getelementptr i32, i32 addrspace(3)* %12650, i32 %12648
	store i32 0, i32 addrspace(3)* %12651
	%12652 = mul i32 %3, 8
	%12653 = add i32 %12652, 6
	%12654 = add i32 %11852, %12653
	%12655 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12656 = bitcast i8 addrspace(3)* %12655 to i32 addrspace(3)*
	%12657 = getelementptr i32, i32 addrspace(3)* %12656, i32 %12654
	store i32 0, i32 addrspace(3)* %12657
	%12658 = mul i32 %3, 8
	%12659 = add i32 %12658, 7
	%12660 = add i32 %11852, %12659
	%12661 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12662 = bitcast i8 addrspace(3)* %12661 to i32 addrspace(3)*
	%12663 = getelementptr i32, i32 addrspace(3)* %12662, i32 %12660
	store i32 0, i32 addrspace(3)* %12663
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %12674

12664:
	%12665 = lshr i32 %12426, 8
	%12666 = and i32 %12665, 255
	%12667 = add i32 %11852, %12666
	%12668 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12669 = bitcast i8 addrspace(3)* %12668 to i32 addrspace(3)*
	%12670 = getelementptr i32, i32 addrspace(3)* %12669, i32 %12667
	%12671 = atomicrmw add i32 addrspace(3)* %12670, i32 1 monotonic
	br label %12672

12672:
	%12673 = add i32 %12419, 32
	br label %12418

12674:
	%12675 = phi i32 [ %3, %12430 ], [ %12881, %12880 ]
	%12676 = icmp slt i32 %12675, %591
	br i1 %12676, label %12677, label %12686

12677:
	%12678 = add i32 %11429, %12675
	%12679 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%12680 = bitcast i8 addrspace(3)* %12679 to i32 addrspace(3)*
	%12681 = getelementptr i32, i32 addrspace(3)* %12680, i32 %12678
	%12682 = load i32, i32 addrspace(3)* %12681
	%12683 = and i32 %12682, %12614
	%12684 = icmp eq i32 %12683, %12612
	%12685 = and i1 true, %12684
	br i1 %12685, label %12872, label %12880

12686:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%12687 = mul i32 %3, 8
	%12688 = add i32 %12687, 0
	%12689 = sub i32 255, %12688
	%12690 = add i32 %11852, %12689
	%12691 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12692 = bitcast i8 addrspace(3)* %12691 to i32 addrspace(3)*
	%12693 = getelementptr i32, i32 addrspace(3)* %12692, i32 %12690
	%12694 = load i32, i32 addrspace(3)* %12693
	%12695 = add i32 0, %12694
	%12696 = mul i32 %3, 8
	%12697 = add i32 %12696, 1
	%12698 = sub i32 255, %12697
	%12699 = add i32 %11852, %12698
	%12700 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12701 = bitcast i8 addrspace(3)* %12700 to i32 addrspace(3)*
	%12702 = getelementptr i32, i32 addrspace(3)* %12701, i32 %12699
	%12703 = load i32, i32 addrspace(3)* %12702
	%12704 = add i32 %12695, %12703
	%12705 = mul i32 %3, 8
	%12706 = add i32 %12705, 2
	%12707 = sub i32 255, %12706
	%12708 = add i32 %11852, %12707
	%12709 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12710 = bitcast i8 addrspace(3)* %12709 to i32 addrspace(3)*
	%12711 = getelementptr i32, i32 addrspace(3)* %12710, i32 %12708
	%12712 = load i32, i32 addrspace(3)* %12711
	%12713 = add i32 %12704, %12712
	%12714 = mul i32 %3, 8
	%12715 = add i32 %12714, 3
	%12716 = sub i32 255, %12715
	%12717 = add i32 %11852, %12716
	%12718 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12719 = bitcast i8 addrspace(3)* %12718 to i32 addrspace(3)*
	%12720 = getelementptr i32, i32 addrspace(3)* %12719, i32 %12717
	%12721 = load i32, i32 addrspace(3)* %12720
	%12722 = add i32 %12713, %12721
	%12723 = mul i32 %3, 8
	%12724 = add i32 %12723, 4
	%12725 = sub i32 255, %12724
	%12726 = add i32 %11852, %12725
	%12727 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12728 = bitcast i8 addrspace(3)* %12727 to i32 addrspace(3)*
	%12729 = getelementptr i32, i32 addrspace(3)* %12728, i32 %12726
	%12730 = load i32, i32 addrspace(3)* %12729
	%12731 = add i32 %12722, %12730
	%12732 = mul i32 %3, 8
	%12733 = add i32 %12732, 5
	%12734 = sub i32 255, %12733
	%12735 = add i32 %11852, %12734
	%12736 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12737 = bitcast i8 addrspace(3)* %12736 to i32 addrspace(3)*
	%12738 = getelementptr i32, i32 addrspace(3)* %12737, i32 %12735
	%12739 = load i32, i32 addrspace(3)* %12738
	%12740 = add i32 %12731, %12739
	%12741 = mul i32 %3, 8
	%12742 = add i32 %12741, 6
	%12743 = sub i32 255, %12742
	%12744 = add i32 %11852, %12743
	%12745 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12746 = bitcast i8 addrspace(3)* %12745 to i32 addrspace(3)*
	%12747 = getelementptr i32, i32 addrspace(3)* %12746, i32 %12744
	%12748 = load i32, i32 addrspace(3)* %12747
	%12749 = add i32 %12740, %12748
	%12750 = mul i32 %3, 8
	%12751 = add i32 %12750, 7
	%12752 = sub i32 255, %12751
	%12753 = add i32 %11852, %12752
	%12754 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12755 = bitcast i8 addrspace(3)* %12754 to i32 addrspace(3)*
	%12756 = getelementptr i32, i32 addrspace(3)* %12755, i32 %12753
	%12757 = load i32, i32 addrspace(3)* %12756
	%12758 = add i32 %12749, %12757
	%12759 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %12758, i32 1, i32 0)
	%12760 = icmp uge i32 %3, 1
	%12761 = select i1 %12760, i32 %12759, i32 0
	%12762 = add i32 %12758, %12761
	%12763 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %12762, i32 2, i32 0)
	%12764 = icmp uge i32 %3, 2
	%12765 = select i1 %12764, i32 %12763, i32 0
	%12766 = add i32 %12762, %12765
	%12767 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %12766, i32 4, i32 0)
	%12768 = icmp uge i32 %3, 4
	%12769 = select i1 %12768, i32 %12767, i32 0
	%12770 = add i32 %12766, %12769
	%12771 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %12770, i32 8, i32 0)
	%12772 = icmp uge i32 %3, 8
	%12773 = select i1 %12772, i32 %12771, i32 0
	%12774 = add i32 %12770, %12773
	%12775 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %12774, i32 16, i32 0)
	%12776 = icmp uge i32 %3, 16
	%12777 = select i1 %12776, i32 %12775, i32 0
	%12778 = add i32 %12774, %12777
	%12779 = sub i32 %12778, %12758
	%12780 = icmp slt i32 %12779, %12615
	%12781 = icmp sge i32 %12778, %12615
	%12782 = and i1 %12780, %12781
	%12783 = add i32 %12779, %12694
	%12784 = xor i1 false, true
	%12785 = icmp sge i32 %12783, %12615
	%12786 = and i1 %12784, %12785
	%12787 = mul i32 %3, 8
	%12788 = add i32 %12787, 0
	%12789 = sub i32 255, %12788
	%12790 = select i1 %12786, i32 %12789, i32 0
	%12791 = select i1 %12786, i32 %12779, i32 0
	%12792 = or i1 false, %12786
	%12793 = add i32 %12783, %12703
	%12794 = xor i1 %12792, true
	%12795 = icmp sge i32 %12793, %12615
	%12796 = and i1 %12794, %12795
	%12797 = mul i32 %3, 8
	%12798 = add i32 %12797, 1
	%12799 = sub i32 255, %12798
	%12800 = select i1 %12796, i32 %12799, i32 %12790
	%12801 = select i1 %12796, i32 %12783, i32 %12791
	%12802 = or i1 %12792, %12796
	%12803 = add i32 %12793, %12712
	%12804 = xor i1 %12802, true
	%12805 = icmp sge i32 %12803, %12615
	%12806 = and i1 %12804, %12805
	%12807 = mul i32 %3, 8
	%12808 = add i32 %12807, 2
	%12809 = sub i32 255, %12808
	%12810 = select i1 %12806, i32 %12809, i32 %12800
	%12811 = select i1 %12806, i32 %12793, i32 %12801
	%12812 = or i1 %12802, %12806
	%12813 = add i32 %12803, %12721
	%12814 = xor i1 %12812, true
	%12815 = icmp sge i32 %12813, %12615
	%12816 = and i1 %12814, %12815
	%12817 = mul i32 %3, 8
	%12818 = add i32 %12817, 3
	%12819 = sub i32 255, %12818
	%12820 = select i1 %12816, i32 %12819, i32 %12810
	%12821 = select i1 %12816, i32 %12803, i32 %12811
	%12822 = or i1 %12812, %12816
	%12823 = add i32 %12813, %12730
	%12824 = xor i1 %12822, true
	%12825 = icmp sge i32 %12823, %12615
	%12826 = and i1 %12824, %12825
	%12827 = mul i32 %3, 8
	%12828 = add i32 %12827, 4
	%12829 = sub i32 255, %12828
	%12830 = select i1 %12826, i32 %12829, i32 %12820
	%12831 = select i1 %12826, i32 %12813, i32 %12821
	%12832 = or i1 %12822, %12826
	%12833 = add i32 %12823, %12739
	%12834 = xor i1 %12832, true
	%12835 = icmp sge i32 %12833, %12615
	%12836 = and i1 %12834, %12835
	%12837 = mul i32 %3, 8
	%12838 = add i32 %12837, 5
	%12839 = sub i32 255, %12838
	%12840 = select i1 %12836, i32 %12839, i32 %12830
	%12841 = select i1 %12836, i32 %12823, i32 %12831
	%12842 = or i1 %12832, %12836
	%12843 = add i32 %12833, %12748
	%12844 = xor i1 %12842, true
	%12845 = icmp sge i32 %12843, %12615
	%12846 = and i1 %12844, %12845
	%12847 = mul i32 %3, 8
	%12848 = add i32 %12847, 6
	%12849 = sub i32 255, %12848
	%12850 = select i1 %12846, i32 %12849, i32 %12840
	%12851 = select i1 %12846, i32 %12833, i32 %12841
	%12852 = or i1 %12842, %12846
	%12853 = add i32 %12843, %12757
	%12854 = xor i1 %12852, true
	%12855 = icmp sge i32 %12853, %12615
	%12856 = and i1 %12854, %12855
	%12857 = mul i32 %3, 8
	%12858 = add i32 %12857, 7
	%12859 = sub i32 255, %12858
	%12860 = select i1 %12856, i32 %12859, i32 %12850
	%12861 = select i1 %12856, i32 %12843, i32 %12851
	%12862 = or i1 %12852, %12856
	%12863 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %12782)
	%12864 = call i32 @llvm.cttz.i32(i32 %12863, i1 false)
	%12865 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %12860, i32 %12864, i32 31)
	%12866 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %12861, i32 %12864, i32 31)
	%12867 = shl i32 %12865, 0
	%12868 = or i32 %12612, %12867
	%12869 = shl i32 255, 0
	%12870 = or i32 %12614, %12869
	%12871 = sub i32 %12615, %12866
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %11901

12872:
	%12873 = lshr i32 %12682, 0
	%12874 = and i32 %12873, 255
	%12875 = add i32 %11852, %12874
	%12876 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12877 = bitcast i8 addrspace(3)* %12876 to i32 addrspace(3)*
	%12878 = getelementptr i32, i32 addrspace(3)* %12877, i32 %12875
	%12879 = atomicrmw add i32 addrspace(3)* %12878, i32 1 monotonic
	br label %12880

12880:
	%12881 = add i32 %12675, 32
	br label %12674

12882:
	%12883 = phi i32 [ 0, %11901 ], [ %12932, %12927 ]
	%12884 = phi i32 [ 0, %11901 ], [ %12929, %12927 ]
	%12885 = phi i32 [ 0, %11901 ], [ %12931, %12927 ]
	%12886 = icmp slt i32 %12883, %591
	br i1 %12886, label %12887, label %12890

12887:
	%12888 = add i32 %12883, %3
	%12889 = icmp slt i32 %12888, %591
	br i1 %12889, label %12891, label %12901

12890:
	br label %11431

12891:
	%12892 = add i32 %11429, %12888
	%12893 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%12894 = bitcast i8 addrspace(3)* %12893 to i32 addrspace(3)*
	%12895 = getelementptr i32, i32 addrspace(3)* %12894, i32 %12892
	%12896 = load i32, i32 addrspace(3)* %12895
	%12897 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%12898 = bitcast i8 addrspace(3)* %12897 to i32 addrspace(3)*
	%12899 = getelementptr i32, i32 addrspace(3)* %12898, i32 %12892
	%12900 = load i32, i32 addrspace(3)* %12899
	br label %12901

12901:
	%12902 = phi i32 [ 0, %12887 ], [ %12896, %12891 ]
	%12903 = phi i32 [ 0, %12887 ], [ %12900, %12891 ]
	%12904 = icmp eq i32 %12902, %11902
	%12905 = and i1 %12889, %12904
	%12906 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %12905)
	%12907 = and i32 %12906, %11905
	%12908 = call i32 @llvm.ctpop.i32(i32 %12907)
	%12909 = add i32 %12885, %12908
	%12910 = icmp ugt i32 %12902, %11902
	%12911 = icmp slt i32 %12909, %11903
	%12912 = and i1 %12905, %12911
	%12913 = or i1 %12910, %12912
	%12914 = and i1 %12889, %12913
	%12915 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %12914)
	%12916 = and i32 %12915, %11905
	%12917 = call i32 @llvm.ctpop.i32(i32 %12916)
	%12918 = add i32 %12884, %12917
	%12919 = add i32 %11429, %12918
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %12914, label %12920, label %12927

12920:
	%12921 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%12922 = bitcast i8 addrspace(3)* %12921 to i32 addrspace(3)*
	%12923 = getelementptr i32, i32 addrspace(3)* %12922, i32 %12919
	store i32 %12902, i32 addrspace(3)* %12923
	%12924 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%12925 = bitcast i8 addrspace(3)* %12924 to i32 addrspace(3)*
	%12926 = getelementptr i32, i32 addrspace(3)* %12925, i32 %12919
	store i32 %12903, i32 addrspace(3)* %12926
	br label %12927

12927:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%12928 = call i32 @llvm.ctpop.i32(i32 %12915)
	%12929 = add i32 %12884, %12928
	%12930 = call i32 @llvm.ctpop.i32(i32 %12906)
	%12931 = add i32 %12885, %12930
	%12932 = add i32 %12883, 32
	br label %12882

12933:
	%12934 = phi i32 [ 0, %11431 ], [ %12964, %12958 ]
	%12935 = phi i32 [ 0, %11431 ], [ %12963, %12958 ]
	%12936 = icmp slt i32 %12934, %11432
	br i1 %12936, label %12937, label %12940

12937:
	%12938 = add i32 %12934, %3
	%12939 = icmp slt i32 %12938, %11432
	br i1 %12939, label %12941, label %12948

12940:
	br label %12965

12941:
	%12942 = mul i32 %462, 160
	%12943 = add i32 %12942, %12938
	%12944 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%12945 = bitcast i8 addrspace(3)* %12944 to i32 addrspace(3)*
	%12946 = getelementptr i32, i32 addrspace(3)* %12945, i32 %12943
	%12947 = load i32, i32 addrspace(3)* %12946
	br label %12948

12948:
	%12949 = phi i32 [ 0, %12937 ], [ %12947, %12941 ]
	br i1 %12939, label %12950, label %12958

12950:
	%12951 = add i32 0, %12938
	%12952 = icmp sgt i32 %12949, %489
	%12953 = select i1 %12952, i32 %11433, i32 0
	%12954 = add i32 %12951, %12953
	%12955 = add i32 %11437, %12954
	%12956 = sext i32 %12955 to i64
	%12957 = getelementptr i32, i32* %out, i64 %12956
	store i32 %12949, i32* %12957
	br label %12958

12958:
	%12959 = icmp slt i32 %12949, %486
	%12960 = and i1 %12939, %12959
	%12961 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %12960)
	%12962 = call i32 @llvm.ctpop.i32(i32 %12961)
	%12963 = add i32 %12935, %12962
	%12964 = add i32 %12934, 32
	br label %12933

12965:
	%12966 = phi i32 [ %3, %12940 ], [ %12975, %12968 ]
	%12967 = icmp slt i32 %12966, %11433
	br i1 %12967, label %12968, label %12976

12968:
	%12969 = add i32 0, %12935
	%12970 = add i32 %12969, %12966
	%12971 = add i32 %486, %12966
	%12972 = add i32 %11437, %12970
	%12973 = sext i32 %12972 to i64
	%12974 = getelementptr i32, i32* %out, i64 %12973
	store i32 %12971, i32* %12974
	%12975 = add i32 %12966, 32
	br label %12965

12976:
	%12977 = icmp eq i32 %3, 0
	%12978 = icmp eq i32 0, 1
	%12979 = and i1 %12977, %12978
	br i1 %12979, label %12980, label %12984

12980:
	%12981 = add i32 %11437, 0
	%12982 = sext i32 %12981 to i64
	%12983 = getelementptr i32, i32* %out, i64 %12982
	store i32 0, i32* %12983
	br label %12984

12984:
	%12985 = add i32 %494, %11432
	%12986 = add i32 %12985, %3
	br label %12987

12987:
	%12988 = phi i32 [ %12986, %12984 ], [ %12994, %12990 ]
	%12989 = icmp slt i32 %12988, 8
	br i1 %12989, label %12990, label %12995

12990:
	%12991 = add i32 %11437, %12988
	%12992 = sext i32 %12991 to i64
	%12993 = getelementptr i32, i32* %out, i64 %12992
	store i32 -1, i32* %12993
	%12994 = add i32 %12988, 32
	br label %12987

12995:
	br label %11425

12996:
	%12997 = icmp sgt i32 %593, %541
	br i1 %12997, label %12999, label %13002

12998:
	ret void

12999:
	%13000 = mul i32 %504, 160
	%13001 = icmp sle i32 %593, 64
	br i1 %13001, label %13009, label %13011

13002:
	%13003 = phi i32 [ %593, %12996 ], [ %541, %14461 ]
	%13004 = sub i32 %536, 0
	%13005 = mul i32 %2, %M
	%13006 = add i32 %5, %504
	%13007 = add i32 %13005, %13006
	%13008 = mul i32 %13007, 8
	br label %14504

13009:
	%13010 = icmp slt i32 %3, %593
	br i1 %13010, label %13015, label %13021

13011:
	%13012 = phi i32 [ 0, %12999 ], [ %13413, %13031 ]
	%13013 = phi i32 [ 0, %12999 ], [ %13421, %13031 ]
	%13014 = xor i1 %13001, true
	br i1 %13014, label %13422, label %13472

13015:
	%13016 = add i32 %13000, %3
	%13017 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%13018 = bitcast i8 addrspace(3)* %13017 to i32 addrspace(3)*
	%13019 = getelementptr i32, i32 addrspace(3)* %13018, i32 %13016
	%13020 = load i32, i32 addrspace(3)* %13019
	br label %13021

13021:
	%13022 = phi i32 [ 0, %13009 ], [ %13020, %13015 ]
	%13023 = add i32 %3, 32
	%13024 = icmp slt i32 %13023, %593
	br i1 %13024, label %13025, label %13031

13025:
	%13026 = add i32 %13000, %13023
	%13027 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%13028 = bitcast i8 addrspace(3)* %13027 to i32 addrspace(3)*
	%13029 = getelementptr i32, i32 addrspace(3)* %13028, i32 %13026
	%13030 = load i32, i32 addrspace(3)* %13029
	br label %13031

13031:
	%13032 = phi i32 [ 0, %13021 ], [ %13030, %13025 ]
	%13033 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %13022, i32 1, i32 31)
	%13034 = and i32 %3, 2
	%13035 = icmp eq i32 %13034, 0
	%13036 = and i32 %3, 1
	%13037 = icmp eq i32 %13036, 0
	%13038 = icmp eq i1 %13035, %13037
	%13039 = icmp ugt i32 %13022, %13033
	%13040 = select i1 %13039, i32 %13022, i32 %13033
	%13041 = icmp ult i32 %13022, %13033
	%13042 = select i1 %13041, i32 %13022, i32 %13033
	%13043 = select i1 %13038, i32 %13040, i32 %13042
	%13044 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %13043, i32 2, i32 31)
	%13045 = and i32 %3, 4
	%13046 = icmp eq i32 %13045, 0
	%13047 = and i32 %3, 2
	%13048 = icmp eq i32 %13047, 0
	%13049 = icmp eq i1 %13046, %13048
	%13050 = icmp ugt i32 %13043, %13044
	%13051 = select i1 %13050, i32 %13043, i32 %13044
	%13052 = icmp ult i32 %13043, %13044
	%13053 = select i1 %13052, i32 %13043, i32 %13044
	%13054 = select i1 %13049, i32 %13051, i32 %13053
	%13055 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %13054, i32 1, i32 31)
	%13056 = and i32 %3, 4
	%13057 = icmp eq i32 %13056, 0
	%13058 = and i32 %3, 1
	%13059 = icmp eq i32 %13058, 0
	%13060 = icmp eq i1 %13057, %13059
	%13061 = icmp ugt i32 %13054, %13055
	%13062 = select i1 %13061, i32 %13054, i32 %13055
	%13063 = icmp ult i32 %13054, %13055
	%13064 = select i1 %13063, i32 %13054, i32 %13055
	%13065 = select i1 %13060, i32 %13062, i32 %13064
	%13066 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %13065, i32 4, i32 31)
	%13067 = and i32 %3, 8
	%13068 = icmp eq i32 %13067, 0
	%13069 = and i32 %3, 4
	%13070 = icmp eq i32 %13069, 0
	%13071 = icmp eq i1 %13068, %13070
	%13072 = icmp ugt i32 %13065, %13066
	%13073 = select i1 %13072, i32 %13065, i32 %13066
	%13074 = icmp ult i32 %13065, %13066
	%13075 = select i1 %13074, i32 %13065, i32 %13066
	%13076 = select i1 %13071, i32 %13073, i32 %13075
	%13077 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %13076, i32 2, i32 31)
	%13078 = and i32 %3, 8
	%13079 = icmp eq i32 %13078, 0
	%13080 = and i32 %3, 2
	%13081 = icmp eq i32 %13080, 0
	%13082 = icmp eq i1 %13079, %13081
	%13083 = icmp ugt i32 %13076, %13077
	%13084 = select i1 %13083, i32 %13076, i32 %13077
	%13085 = icmp ult i32 %13076, %13077
	%13086 = select i1 %13085, i32 %13076, i32 %13077
	%13087 = select i1 %13082, i32 %13084, i32 %13086
	%13088 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %13087, i32 1, i32 31)
	%13089 = and i32 %3, 8
	%13090 = icmp eq i32 %13089, 0
	%13091 = and i32 %3, 1
	%13092 = icmp eq i32 %13091, 0
	%13093 = icmp eq i1 %13090, %13092
	%13094 = icmp ugt i32 %13087, %13088
	%13095 = select i1 %13094, i32 %13087, i32 %13088
	%13096 = icmp ult i32 %13087, %13088
	%13097 = select i1 %13096, i32 %13087, i32 %13088
	%13098 = select i1 %13093, i32 %13095, i32 %13097
	%13099 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %13098, i32 8, i32 31)
	%13100 = and i32 %3, 16
	%13101 = icmp eq i32 %13100, 0
	%13102 = and i32 %3, 8
	%13103 = icmp eq i32 %13102, 0
	%13104 = icmp eq i1 %13101, %13103
	%13105 = icmp ugt i32 %13098, %13099
	%13106 = select i1 %13105, i32 %13098, i32 %13099
	%13107 = icmp ult i32 %13098, %13099
	%13108 = select i1 %13107, i32 %13098, i32 %13099
	%13109 = select i1 %13104, i32 %13106, i32 %13108
	%13110 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %13109, i32 4, i32 31)
	%13111 = and i32 %3, 16
	%13112 = icmp eq i32 %13111, 0
	%13113 = and i32 %3, 4
	%13114 = icmp eq i32 %13113, 0
	%13115 = icmp eq i1 %13112, %13114
	%13116 = icmp ugt i32 %13109, %13110
	%13117 = select i1 %13116, i32 %13109, i32 %13110
	%13118 = icmp ult i32 %13109, %13110
	%13119 = select i1 %13118, i32 %13109, i32 %13110
	%13120 = select i1 %13115, i32 %13117, i32 %13119
	%13121 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %13120, i32 2, i32 31)
	%13122 = and i32 %3, 16
	%13123 = icmp eq i32 %13122, 0
	%13124 = and i32 %3, 2
	%13125 = icmp eq i32 %13124, 0
	%13126 = icmp eq i1 %13123, %13125
	%13127 = icmp ugt i32 %13120, %13121
	%13128 = select i1 %13127, i32 %13120, i32 %13121
	%13129 = icmp ult i32 %13120, %13121
	%13130 = select i1 %13129, i32 %13120, i32 %13121
	%13131 = select i1 %13126, i32 %13128, i32 %13130
	%13132 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %13131, i32 1, i32 31)
	%13133 = and i32 %3, 16
	%13134 = icmp eq i32 %13133, 0
	%13135 = and i32 %3, 1
	%13136 = icmp eq i32 %13135, 0
	%13137 = icmp eq i1 %13134, %13136
	%13138 = icmp ugt i32 %13131, %13132
	%13139 = select i1 %13138, i32 %13131, i32 %13132
	%13140 = icmp ult i32 %13131, %13132
	%13141 = select i1 %13140, i32 %13131, i32 %13132
	%13142 = select i1 %13137, i32 %13139, i32 %13141
	%13143 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %13142, i32 16, i32 31)
	%13144 = and i32 %3, 32
	%13145 = icmp eq i32 %13144, 0
	%13146 = and i32 %3, 16
	%13147 = icmp eq i32 %13146, 0
	%13148 = icmp eq i1 %13145, %13147
	%13149 = icmp ugt i32 %13142, %13143
	%13150 = select i1 %13149, i32 %13142, i32 %13143
	%13151 = icmp ult i32 %13142, %13143
	%13152 = select i1 %13151, i32 %13142, i32 %13143
	%13153 = select i1 %13148, i32 %13150, i32 %13152
	%13154 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %13153, i32 8, i32 31)
	%13155 = and i32 %3, 32
	%13156 = icmp eq i32 %13155, 0
	%13157 = and i32 %3, 8
	%13158 = icmp eq i32 %13157, 0
	%13159 = icmp eq i1 %13156, %13158
	%13160 = icmp ugt i32 %13153, %13154
	%13161 = select i1 %13160, i32 %13153, i32 %13154
	%13162 = icmp ult i32 %13153, %13154
	%13163 = select i1 %13162, i32 %13153, i32 %13154
	%13164 = select i1 %13159, i32 %13161, i32 %13163
	%13165 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %13164, i32 4, i32 31)
	%13166 = and i32 %3, 32
	%13167 = icmp eq i32 %13166, 0
	%13168 = and i32 %3, 4
	%13169 = icmp eq i32 %13168, 0
	%13170 = icmp eq i1 %13167, %13169
	%13171 = icmp ugt i32 %13164, %13165
	%13172 = select i1 %13171, i32 %13164, i32 %13165
	%13173 = icmp ult i32 %13164, %13165
	%13174 = select i1 %13173, i32 %13164, i32 %13165
	%13175 = select i1 %13170, i32 %13172, i32 %13174
	%13176 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %13175, i32 2, i32 31)
	%13177 = and i32 %3, 32
	%13178 = icmp eq i32 %13177, 0
	%13179 = and i32 %3, 2
	%13180 = icmp eq i32 %13179, 0
	%13181 = icmp eq i1 %13178, %13180
	%13182 = icmp ugt i32 %13175, %13176
	%13183 = select i1 %13182, i32 %13175, i32 %13176
	%13184 = icmp ult i32 %13175, %13176
	%13185 = select i1 %13184, i32 %13175, i32 %13176
	%13186 = select i1 %13181, i32 %13183, i32 %13185
	%13187 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %13186, i32 1, i32 31)
	%13188 = and i32 %3, 32
	%13189 = icmp eq i32 %13188, 0
	%13190 = and i32 %3, 1
	%13191 = icmp eq i32 %13190, 0
	%13192 = icmp eq i1 %13189, %13191
	%13193 = icmp ugt i32 %13186, %13187
	%13194 = select i1 %13193, i32 %13186, i32 %13187
	%13195 = icmp ult i32 %13186, %13187
	%13196 = select i1 %13195, i32 %13186, i32 %13187
	%13197 = select i1 %13192, i32 %13194, i32 %13196
	%13198 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %13032, i32 1, i32 31)
	%13199 = and i32 %3, 2
	%13200 = icmp eq i32 %13199, 0
	%13201 = and i32 %3, 1
	%13202 = icmp eq i32 %13201, 0
	%13203 = icmp eq i1 %13200, %13202
	%13204 = icmp ugt i32 %13032, %13198
	%13205 = select i1 %13204, i32 %13032, i32 %13198
	%13206 = icmp ult i32 %13032, %13198
	%13207 = select i1 %13206, i32 %13032, i32 %13198
	%13208 = select i1 %13203, i32 %13205, i32 %13207
	%13209 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %13208, i32 2, i32 31)
	%13210 = and i32 %3, 4
	%13211 = icmp eq i32 %13210, 0
	%13212 = and i32 %3, 2
	%13213 = icmp eq i32 %13212, 0
	%13214 = icmp eq i1 %13211, %13213
	%13215 = icmp ugt i32 %13208, %13209
	%13216 = select i1 %13215, i32 %13208, i32 %13209
	%13217 = icmp ult i32 %13208, %13209
	%13218 = select i1 %13217, i32 %13208, i32 %13209
	%13219 = select i1 %13214, i32 %13216, i32 %13218
	%13220 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %13219, i32 1, i32 31)
	%13221 = and i32 %3, 4
	%13222 = icmp eq i32 %13221, 0
	%13223 = and i32 %3, 1
	%13224 = icmp eq i32 %13223, 0
	%13225 = icmp eq i1 %13222, %13224
	%13226 = icmp ugt i32 %13219, %13220
	%13227 = select i1 %13226, i32 %13219, i32 %13220
	%13228 = icmp ult i32 %13219, %13220
	%13229 = select i1 %13228, i32 %13219, i32 %13220
	%13230 = select i1 %13225, i32 %13227, i32 %13229
	%13231 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %13230, i32 4, i32 31)
	%13232 = and i32 %3, 8
	%13233 = icmp eq i32 %13232, 0
	%13234 = and i32 %3, 4
	%13235 = icmp eq i32 %13234, 0
	%13236 = icmp eq i1 %13233, %13235
	%13237 = icmp ugt i32 %13230, %13231
	%13238 = select i1 %13237, i32 %13230, i32 %13231
	%13239 = icmp ult i32 %13230, %13231
	%13240 = select i1 %13239, i32 %13230, i32 %13231
	%13241 = select i1 %13236, i32 %13238, i32 %13240
	%13242 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %13241, i32 2, i32 31)
	%13243 = and i32 %3, 8
	%13244 = icmp eq i32 %13243, 0
	%13245 = and i32 %3, 2
	%13246 = icmp eq i32 %13245, 0
	%13247 = icmp eq i1 %13244, %13246
	%13248 = icmp ugt i32 %13241, %13242
	%13249 = select i1 %13248, i32 %13241, i32 %13242
	%13250 = icmp ult i32 %13241, %13242
	%13251 = select i1 %13250, i32 %13241, i32 %13242
	%13252 = select i1 %13247, i32 %13249, i32 %13251
	%13253 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %13252, i32 1, i32 31)
	%13254 = and i32 %3, 8
	%13255 = icmp eq i32 %13254, 0
	%13256 = and i32 %3, 1
	%13257 = icmp eq i32 %13256, 0
	%13258 = icmp eq i1 %13255, %13257
	%13259 = icmp ugt i32 %13252, %13253
	%13260 = select i1 %13259, i32 %13252, i32 %13253
	%13261 = icmp ult i32 %13252, %13253
	%13262 = select i1 %13261, i32 %13252, i32 %13253
	%13263 = select i1 %13258, i32 %13260, i32 %13262
	%13264 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %13263, i32 8, i32 31)
	%13265 = and i32 %3, 16
	%13266 = icmp eq i32 %13265, 0
	%13267 = and i32 %3, 8
	%13268 = icmp eq i32 %13267, 0
	%13269 = icmp eq i1 %13266, %13268
	%13270 = icmp ugt i32 %13263, %13264
	%13271 = select i1 %13270, i32 %13263, i32 %13264
	%13272 = icmp ult i32 %13263, %13264
	%13273 = select i1 %13272, i32 %13263, i32 %13264
	%13274 = select i1 %13269, i32 %13271, i32 %13273
	%13275 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %13274, i32 4, i32 31)
	%13276 = and i32 %3, 16
	%13277 = icmp eq i32 %13276, 0
	%13278 = and i32 %3, 4
	%13279 = icmp eq i32 %13278, 0
	%13280 = icmp eq i1 %13277, %13279
	%13281 = icmp ugt i32 %13274, %13275
	%13282 = select i1 %13281, i32 %13274, i32 %13275
	%13283 = icmp ult i32 %13274, %13275
	%13284 = select i1 %13283, i32 %13274, i32 %13275
	%13285 = select i1 %13280, i32 %13282, i32 %13284
	%13286 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %13285, i32 2, i32 31)
	%13287 = and i32 %3, 16
	%13288 = icmp eq i32 %13287, 0
	%13289 = and i32 %3, 2
	%13290 = icmp eq i32 %13289, 0
	%13291 = icmp eq i1 %13288, %13290
	%13292 = icmp ugt i32 %13285, %13286
	%13293 = select i1 %13292, i32 %13285, i32 %13286
	%13294 = icmp ult i32 %13285, %13286
	%13295 = select i1 %13294, i32 %13285, i32 %13286
	%13296 = select i1 %13291, i32 %13293, i32 %13295
	%13297 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %13296, i32 1, i32 31)
	%13298 = and i32 %3, 16
	%13299 = icmp eq i32 %13298, 0
	%13300 = and i32 %3, 1
	%13301 = icmp eq i32 %13300, 0
	%13302 = icmp eq i1 %13299, %13301
	%13303 = icmp ugt i32 %13296, %13297
	%13304 = select i1 %13303, i32 %13296, i32 %13297
	%13305 = icmp ult i32 %13296, %13297
	%13306 = select i1 %13305, i32 %13296, i32 %13297
	%13307 = select i1 %13302, i32 %13304, i32 %13306
	%13308 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %13307, i32 16, i32 31)
	%13309 = and i32 %3, 32
	%13310 = icmp eq i32 %13309, 0
	%13311 = and i32 %3, 16
	%13312 = icmp eq i32 %13311, 0
	%13313 = icmp eq i1 %13310, %13312
	%13314 = icmp ugt i32 %13307, %13308
	%13315 = select i1 %13314, i32 %13307, i32 %13308
	%13316 = icmp ult i32 %13307, %13308
	%13317 = select i1 %13316, i32 %13307, i32 %13308
	%13318 = select i1 %13313, i32 %13315, i32 %13317
	%13319 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %13318, i32 8, i32 31)
	%13320 = and i32 %3, 32
	%13321 = icmp eq i32 %13320, 0
	%13322 = and i32 %3, 8
	%13323 = icmp eq i32 %13322, 0
	%13324 = icmp eq i1 %13321, %13323
	%13325 = icmp ugt i32 %13318, %13319
	%13326 = select i1 %13325, i32 %13318, i32 %13319
	%13327 = icmp ult i32 %13318, %13319
	%13328 = select i1 %13327, i32 %13318, i32 %13319
	%13329 = select i1 %13324, i32 %13326, i32 %13328
	%13330 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %13329, i32 4, i32 31)
	%13331 = and i32 %3, 32
	%13332 = icmp eq i32 %13331, 0
	%13333 = and i32 %3, 4
	%13334 = icmp eq i32 %13333, 0
	%13335 = icmp eq i1 %13332, %13334
	%13336 = icmp ugt i32 %13329, %13330
	%13337 = select i1 %13336, i32 %13329, i32 %13330
	%13338 = icmp ult i32 %13329, %13330
	%13339 = select i1 %13338, i32 %13329, i32 %13330
	%13340 = select i1 %13335, i32 %13337, i32 %13339
	%13341 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %13340, i32 2, i32 31)
	%13342 = and i32 %3, 32
	%13343 = icmp eq i32 %13342, 0
	%13344 = and i32 %3, 2
	%13345 = icmp eq i32 %13344, 0
	%13346 = icmp eq i1 %13343, %13345
	%13347 = icmp ugt i32 %13340, %13341
	%13348 = select i1 %13347, i32 %13340, i32 %13341
	%13349 = icmp ult i32 %13340, %13341
	%13350 = select i1 %13349, i32 %13340, i32 %13341
	%13351 = select i1 %13346, i32 %13348, i32 %13350
	%13352 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %13351, i32 1, i32 31)
	%13353 = and i32 %3, 32
	%13354 = icmp eq i32 %13353, 0
	%13355 = and i32 %3, 1
	%13356 = icmp eq i32 %13355, 0
	%13357 = icmp eq i1 %13354, %13356
	%13358 = icmp ugt i32 %13351, %13352
	%13359 = select i1 %13358, i32 %13351, i32 %13352
	%13360 = icmp ult i32 %13351, %13352
	%13361 = select i1 %13360, i32 %13351, i32 %13352
	%13362 = select i1 %13357, i32 %13359, i32 %13361
	%13363 = sub i32 31, %3
	%13364 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %13362, i32 %13363, i32 31)
	%13365 = icmp ugt i32 %13197, %13364
	%13366 = select i1 %13365, i32 %13197, i32 %13364
	%13367 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %13366, i32 16, i32 31)
	%13368 = and i32 %3, 16
	%13369 = icmp eq i32 %13368, 0
	%13370 = icmp eq i1 true, %13369
	%13371 = icmp ugt i32 %13366, %13367
	%13372 = select i1 %13371, i32 %13366, i32 %13367
	%13373 = icmp ult i32 %13366, %13367
	%13374 = select i1 %13373, i32 %13366, i32 %13367
	%13375 = select i1 %13370, i32 %13372, i32 %13374
	%13376 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %13375, i32 8, i32 31)
	%13377 = and i32 %3, 8
	%13378 = icmp eq i32 %13377, 0
	%13379 = icmp eq i1 true, %13378
	%13380 = icmp ugt i32 %13375, %13376
	%13381 = select i1 %13380, i32 %13375, i32 %13376
	%13382 = icmp ult i32 %13375, %13376
	%13383 = select i1 %13382, i32 %13375, i32 %13376
	%13384 = select i1 %13379, i32 %13381, i32 %13383
	%13385 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %13384, i32 4, i32 31)
	%13386 = and i32 %3, 4
	%13387 = icmp eq i32 %13386, 0
	%13388 = icmp eq i1 true, %13387
	%13389 = icmp ugt i32 %13384, %13385
	%13390 = select i1 %13389, i32 %13384, i32 %13385
	%13391 = icmp ult i32 %13384, %13385
	%13392 = select i1 %13391, i32 %13384, i32 %13385
	%13393 = select i1 %13388, i32 %13390, i32 %13392
	%13394 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %13393, i32 2, i32 31)
	%13395 = and i32 %3, 2
	%13396 = icmp eq i32 %13395, 0
	%13397 = icmp eq i1 true, %13396
	%13398 = icmp ugt i32 %13393, %13394
	%13399 = select i1 %13398, i32 %13393, i32 %13394
	%13400 = icmp ult i32 %13393, %13394
	%13401 = select i1 %13400, i32 %13393, i32 %13394
	%13402 = select i1 %13397, i32 %13399, i32 %13401
	%13403 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %13402, i32 1, i32 31)
	%13404 = and i32 %3, 1
	%13405 = icmp eq i32 %13404, 0
	%13406 = icmp eq i1 true, %13405
	%13407 = icmp ugt i32 %13402, %13403
	%13408 = select i1 %13407, i32 %13402, i32 %13403
	%13409 = icmp ult i32 %13402, %13403
	%13410 = select i1 %13409, i32 %13402, i32 %13403
	%13411 = select i1 %13406, i32 %13408, i32 %13410
	%13412 = sub i32 %541, 1
	%13413 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %13411, i32 %13412, i32 31)
	%13414 = icmp ugt i32 %13022, %13413
	%13415 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %13414)
	%13416 = call i32 @llvm.ctpop.i32(i32 %13415)
	%13417 = icmp ugt i32 %13032, %13413
	%13418 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %13417)
	%13419 = call i32 @llvm.ctpop.i32(i32 %13418)
	%13420 = add i32 %13416, %13419
	%13421 = sub i32 %541, %13420
	br label %13011

13422:
	%13423 = mul i32 %4, 256
	%13424 = mul i32 %3, 8
	%13425 = add i32 %13424, 0
	%13426 = add i32 %13423, %13425
	%13427 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13428 = bitcast i8 addrspace(3)* %13427 to i32 addrspace(3)*
	%13429 = getelementptr i32, i32 addrspace(3)* %13428, i32 %13426
	store i32 0, i32 addrspace(3)* %13429
	%13430 = mul i32 %3, 8
	%13431 = add i32 %13430, 1
	%13432 = add i32 %13423, %13431
	%13433 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13434 = bitcast i8 addrspace(3)* %13433 to i32 addrspace(3)*
	%13435 = getelementptr i32, i32 addrspace(3)* %13434, i32 %13432
	store i32 0, i32 addrspace(3)* %13435
	%13436 = mul i32 %3, 8
	%13437 = add i32 %13436, 2
	%13438 = add i32 %13423, %13437
	%13439 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13440 = bitcast i8 addrspace(3)* %13439 to i32 addrspace(3)*
	%13441 = getelementptr i32, i32 addrspace(3)* %13440, i32 %13438
	store i32 0, i32 addrspace(3)* %13441
	%13442 = mul i32 %3, 8
	%13443 = add i32 %13442, 3
	%13444 = add i32 %13423, %13443
	%13445 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13446 = bitcast i8 addrspace(3)* %13445 to i32 addrspace(3)*
	%13447 = getelementptr i32, i32 addrspace(3)* %13446, i32 %13444
	store i32 0, i32 addrspace(3)* %13447
	%13448 = mul i32 %3, 8
	%13449 = add i32 %13448, 4
	%13450 = add i32 %13423, %13449
	%13451 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13452 = bitcast i8 addrspace(3)* %13451 to i32 addrspace(3)*
	%13453 = getelementptr i32, i32 addrspace(3)* %13452, i32 %13450
	store i32 0, i32 addrspace(3)* %13453
	%13454 = mul i32 %3, 8
	%13455 = add i32 %13454, 5
	%13456 = add i32 %13423, %13455
	%13457 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13458 = bitcast i8 addrspace(3)* %13457 to i32 addrspace(3)*
	%13459 = getelementptr i32, i32 addrspace(3)* %13458, i32 %13456
	store i32 0, i32 addrspace(3)* %13459
	%13460 = mul i32 %3, 8
	%13461 = add i32 %13460, 6
	%13462 = add i32 %13423, %13461
	%13463 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13464 = bitcast i8 addrspace(3)* %13463 to i32 addrspace(3)*
	%13465 = getelementptr i32, i32 addrspace(3)* %13464, i32 %13462
	store i32 0, i32 addrspace(3)* %13465
	%13466 = mul i32 %3, 8
	%13467 = add i32 %13466, 7
	%13468 = add i32 %13423, %13467
	%13469 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13470 = bitcast i8 addrspace(3)* %13469 to i32 addrspace(3)*
	%13471 = getelementptr i32, i32 addrspace(3)* %13470, i32 %13468
	store i32 0, i32 addrspace(3)* %13471
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %13477

13472:
	%13473 = phi i32 [ %13012, %13011 ], [ %14439, %14257 ]
	%13474 = phi i32 [ %13013, %13011 ], [ %14442, %14257 ]
	%13475 = shl i32 1, %3
	%13476 = sub i32 %13475, 1
	br label %14453

13477:
	%13478 = phi i32 [ %3, %13422 ], [ %13732, %13731 ]
	%13479 = icmp slt i32 %13478, %593
	br i1 %13479, label %13480, label %13489

13480:
	%13481 = add i32 %13000, %13478
	%13482 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%13483 = bitcast i8 addrspace(3)* %13482 to i32 addrspace(3)*
	%13484 = getelementptr i32, i32 addrspace(3)* %13483, i32 %13481
	%13485 = load i32, i32 addrspace(3)* %13484
	%13486 = and i32 %13485, 0
	%13487 = icmp eq i32 %13486, 0
	%13488 = and i1 true, %13487
	br i1 %13488, label %13723, label %13731

13489:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%13490 = mul i32 %3, 8
	%13491 = add i32 %13490, 0
	%13492 = sub i32 255, %13491
	%13493 = add i32 %13423, %13492
	%13494 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13495 = bitcast i8 addrspace(3)* %13494 to i32 addrspace(3)*
	%13496 = getelementptr i32, i32 addrspace(3)* %13495, i32 %13493
	%13497 = load i32, i32 addrspace(3)* %13496
	%13498 = add i32 0, %13497
	%13499 = mul i32 %3, 8
	%13500 = add i32 %13499, 1
	%13501 = sub i32 255, %13500
	%13502 = add i32 %13423, %13501
	%13503 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13504 = bitcast i8 addrspace(3)* %13503 to i32 addrspace(3)*
	%13505 = getelementptr i32, i32 addrspace(3)* %13504, i32 %13502
	%13506 = load i32, i32 addrspace(3)* %13505
	%13507 = add i32 %13498, %13506
	%13508 = mul i32 %3, 8
	%13509 = add i32 %13508, 2
	%13510 = sub i32 255, %13509
	%13511 = add i32 %13423, %13510
	%13512 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13513 = bitcast i8 addrspace(3)* %13512 to i32 addrspace(3)*
	%13514 = getelementptr i32, i32 addrspace(3)* %13513, i32 %13511
	%13515 = load i32, i32 addrspace(3)* %13514
	%13516 = add i32 %13507, %13515
	%13517 = mul i32 %3, 8
	%13518 = add i32 %13517, 3
	%13519 = sub i32 255, %13518
	%13520 = add i32 %13423, %13519
	%13521 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13522 = bitcast i8 addrspace(3)* %13521 to i32 addrspace(3)*
	%13523 = getelementptr i32, i32 addrspace(3)* %13522, i32 %13520
	%13524 = load i32, i32 addrspace(3)* %13523
	%13525 = add i32 %13516, %13524
	%13526 = mul i32 %3, 8
	%13527 = add i32 %13526, 4
	%13528 = sub i32 255, %13527
	%13529 = add i32 %13423, %13528
	%13530 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13531 = bitcast i8 addrspace(3)* %13530 to i32 addrspace(3)*
	%13532 = getelementptr i32, i32 addrspace(3)* %13531, i32 %13529
	%13533 = load i32, i32 addrspace(3)* %13532
	%13534 = add i32 %13525, %13533
	%13535 = mul i32 %3, 8
	%13536 = add i32 %13535, 5
	%13537 = sub i32 255, %13536
	%13538 = add i32 %13423, %13537
	%13539 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13540 = bitcast i8 addrspace(3)* %13539 to i32 addrspace(3)*
	%13541 = getelementptr i32, i32 addrspace(3)* %13540, i32 %13538
	%13542 = load i32, i32 addrspace(3)* %13541
	%13543 = add i32 %13534, %13542
	%13544 = mul i32 %3, 8
	%13545 = add i32 %13544, 6
	%13546 = sub i32 255, %13545
	%13547 = add i32 %13423, %13546
	%13548 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13549 = bitcast i8 addrspace(3)* %13548 to i32 addrspace(3)*
	%13550 = getelementptr i32, i32 addrspace(3)* %13549, i32 %13547
	%13551 = load i32, i32 addrspace(3)* %13550
	%13552 = add i32 %13543, %13551
	%13553 = mul i32 %3, 8
	%13554 = add i32 %13553, 7
	%13555 = sub i32 255, %13554
	%13556 = add i32 %13423, %13555
	%13557 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13558 = bitcast i8 addrspace(3)* %13557 to i32 addrspace(3)*
	%13559 = getelementptr i32, i32 addrspace(3)* %13558, i32 %13556
	%13560 = load i32, i32 addrspace(3)* %13559
	%13561 = add i32 %13552, %13560
	%13562 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %13561, i32 1, i32 0)
	%13563 = icmp uge i32 %3, 1
	%13564 = select i1 %13563, i32 %13562, i32 0
	%13565 = add i32 %13561, %13564
	%13566 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %13565, i32 2, i32 0)
	%13567 = icmp uge i32 %3, 2
	%13568 = select i1 %13567, i32 %13566, i32 0
	%13569 = add i32 %13565, %13568
	%13570 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %13569, i32 4, i32 0)
	%13571 = icmp uge i32 %3, 4
	%13572 = select i1 %13571, i32 %13570, i32 0
	%13573 = add i32 %13569, %13572
	%13574 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %13573, i32 8, i32 0)
	%13575 = icmp uge i32 %3, 8
	%13576 = select i1 %13575, i32 %13574, i32 0
	%13577 = add i32 %13573, %13576
	%13578 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %13577, i32 16, i32 0)
	%13579 = icmp uge i32 %3, 16
	%13580 = select i1 %13579, i32 %13578, i32 0
	%13581 = add i32 %13577, %13580
	%13582 = sub i32 %13581, %13561
	%13583 = icmp slt i32 %13582, %541
	%13584 = icmp sge i32 %13581, %541
	%13585 = and i1 %13583, %13584
	%13586 = add i32 %13582, %13497
	%13587 = xor i1 false, true
	%13588 = icmp sge i32 %13586, %541
	%13589 = and i1 %13587, %13588
	%13590 = mul i32 %3, 8
	%13591 = add i32 %13590, 0
	%13592 = sub i32 255, %13591
	%13593 = select i1 %13589, i32 %13592, i32 0
	%13594 = select i1 %13589, i32 %13582, i32 0
	%13595 = or i1 false, %13589
	%13596 = add i32 %13586, %13506
	%13597 = xor i1 %13595, true
	%13598 = icmp sge i32 %13596, %541
	%13599 = and i1 %13597, %13598
	%13600 = mul i32 %3, 8
	%13601 = add i32 %13600, 1
	%13602 = sub i32 255, %13601
	%13603 = select i1 %13599, i32 %13602, i32 %13593
	%13604 = select i1 %13599, i32 %13586, i32 %13594
	%13605 = or i1 %13595, %13599
	%13606 = add i32 %13596, %13515
	%13607 = xor i1 %13605, true
	%13608 = icmp sge i32 %13606, %541
	%13609 = and i1 %13607, %13608
	%13610 = mul i32 %3, 8
	%13611 = add i32 %13610, 2
	%13612 = sub i32 255, %13611
	%13613 = select i1 %13609, i32 %13612, i32 %13603
	%13614 = select i1 %13609, i32 %13596, i32 %13604
	%13615 = or i1 %13605, %13609
	%13616 = add i32 %13606, %13524
	%13617 = xor i1 %13615, true
	%13618 = icmp sge i32 %13616, %541
	%13619 = and i1 %13617, %13618
	%13620 = mul i32 %3, 8
	%13621 = add i32 %13620, 3
	%13622 = sub i32 255, %13621
	%13623 = select i1 %13619, i32 %13622, i32 %13613
	%13624 = select i1 %13619, i32 %13606, i32 %13614
	%13625 = or i1 %13615, %13619
	%13626 = add i32 %13616, %13533
	%13627 = xor i1 %13625, true
	%13628 = icmp sge i32 %13626, %541
	%13629 = and i1 %13627, %13628
	%13630 = mul i32 %3, 8
	%13631 = add i32 %13630, 4
	%13632 = sub i32 255, %13631
	%13633 = select i1 %13629, i32 %13632, i32 %13623
	%13634 = select i1 %13629, i32 %13616, i32 %13624
	%13635 = or i1 %13625, %13629
	%13636 = add i32 %13626, %13542
	%13637 = xor i1 %13635, true
	%13638 = icmp sge i32 %13636, %541
	%13639 = and i1 %13637, %13638
	%13640 = mul i32 %3, 8
	%13641 = add i32 %13640, 5
	%13642 = sub i32 255, %13641
	%13643 = select i1 %13639, i32 %13642, i32 %13633
	%13644 = select i1 %13639, i32 %13626, i32 %13634
	%13645 = or i1 %13635, %13639
	%13646 = add i32 %13636, %13551
	%13647 = xor i1 %13645, true
	%13648 = icmp sge i32 %13646, %541
	%13649 = and i1 %13647, %13648
	%13650 = mul i32 %3, 8
	%13651 = add i32 %13650, 6
	%13652 = sub i32 255, %13651
	%13653 = select i1 %13649, i32 %13652, i32 %13643
	%13654 = select i1 %13649, i32 %13636, i32 %13644
	%13655 = or i1 %13645, %13649
	%13656 = add i32 %13646, %13560
	%13657 = xor i1 %13655, true
	%13658 = icmp sge i32 %13656, %541
	%13659 = and i1 %13657, %13658
	%13660 = mul i32 %3, 8
	%13661 = add i32 %13660, 7
	%13662 = sub i32 255, %13661
	%13663 = select i1 %13659, i32 %13662, i32 %13653
	%13664 = select i1 %13659, i32 %13646, i32 %13654
	%13665 = or i1 %13655, %13659
	%13666 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %13585)
	%13667 = call i32 @llvm.cttz.i32(i32 %13666, i1 false)
	%13668 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %13663, i32 %13667, i32 31)
	%13669 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %13664, i32 %13667, i32 31)
	%13670 = shl i32 %13668, 24
	%13671 = or i32 0, %13670
	%13672 = shl i32 255, 24
	%13673 = or i32 0, %13672
	%13674 = sub i32 %541, %13669
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%13675 = mul i32 %3, 8
	%13676 = add i32 %13675, 0
	%13677 = add i32 %13423, %13676
	%13678 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13679 = bitcast i8 addrspace(3)* %13678 to i32 addrspace(3)*
	%13680 = getelementptr i32, i32 addrspace(3)* %13679, i32 %13677
	store i32 0, i32 addrspace(3)* %13680
	%13681 = mul i32 %3, 8
	%13682 = add i32 %13681, 1
	%13683 = add i32 %13423, %13682
	%13684 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13685 = bitcast i8 addrspace(3)* %13684 to i32 addrspace(3)*
	%13686 = getelementptr i32, i32 addrspace(3)* %13685, i32 %13683
	store i32 0, i32 addrspace(3)* %13686
	%13687 = mul i32 %3, 8
	%13688 = add i32 %13687, 2
	%13689 = add i32 %13423, %13688
	%13690 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13691 = bitcast i8 addrspace(3)* %13690 to i32 addrspace(3)*
	%13692 = getelementptr i32, i32 addrspace(3)* %13691, i32 %13689
	store i32 0, i32 addrspace(3)* %13692
	%13693 = mul i32 %3, 8
	%13694 = add i32 %13693, 3
	%13695 = add i32 %13423, %13694
	%13696 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13697 = bitcast i8 addrspace(3)* %13696 to i32 addrspace(3)*
	%13698 = getelementptr i32, i32 addrspace(3)* %13697, i32 %13695
	store i32 0, i32 addrspace(3)* %13698
	%13699 = mul i32 %3, 8
	%13700 = add i32 %13699, 4
	%13701 = add i32 %13423, %13700
	%13702 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13703 = bitcast i8 addrspace(3)* %13702 to i32 addrspace(3)*
	%13704 = getelementptr i32, i32 addrspace(3)* %13703, i32 %13701
	store i32 0, i32 addrspace(3)* %13704
	%13705 = mul i32 %3, 8
	%13706 = add i32 %13705, 5
	%13707 = add i32 %13423, %13706
	%13708 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13709 = bitcast i8 addrspace(3)* %13708 to i32 addrspace(3)*
	%13710 = getelementptr i32, i32 addrspace(3)* %13709, i32 %13707
	store i32 0, i32 addrspace(3)* %13710
	%13711 = mul i32 %3, 8
	%13712 = add i32 %13711, 6
	%13713 = add i32 %13423, %13712
	%13714 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13715 = bitcast i8 addrspace(3)* %13714 to i32 addrspace(3)*
	%13716 = getelementptr i32, i32 addrspace(3)* %13715, i32 %13713
	store i32 0, i32 addrspace(3)* %13716
	%13717 = mul i32 %3, 8
	%13718 = add i32 %13717, 7
	%13719 = add i32 %13423, %13718
	%13720 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13721 = bitcast i8 addrspace(3)* %13720 to i32 addrspace(3)*
	%13722 = getelementptr i32, i32 addrspace(3)* %13721, i32 %13719
	store i32 0, i32 addrspace(3)* %13722
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %13733

13723:
	%13724 = lshr i32 %13485, 24
	%13725 = and i32 %13724, 255
	%13726 = add i32 %13423, %13725
	%13727 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13728 = bitcast i8 addrspace(3)* %13727 to i32 addrspace(3)*
	%13729 = getelementptr i32, i32 addrspace(3)* %13728, i32 %13726
	%13730 = atomicrmw add i32 addrspace(3)* %13729, i32 1 monotonic
	br label %13731

13731:
	%13732 = add i32 %13478, 32
	br label %13477

13733:
	%13734 = phi i32 [ %3, %13489 ], [ %13988, %13987 ]
	%13735 = icmp slt i32 %13734, %593
	br i1 %13735, label %13736, label %13745

13736:
	%13737 = add i32 %13000, %13734
	%13738 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%13739 = bitcast i8 addrspace(3)* %13738 to i32 addrspace(3)*
	%13740 = getelementptr i32, i32 addrspace(3)* %13739, i32 %13737
	%13741 = load i32, i32 addrspace(3)* %13740
	%13742 = and i32 %13741, %13673
	%13743 = icmp eq i32 %13742, %13671
	%13744 = and i1 true, %13743
	br i1 %13744, label %13979, label %13987

13745:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%13746 = mul i32 %3, 8
	%13747 = add i32 %13746, 0
	%13748 = sub i32 255, %13747
	%13749 = add i32 %13423, %13748
	%13750 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13751 = bitcast i8 addrspace(3)* %13750 to i32 addrspace(3)*
	%13752 = getelementptr i32, i32 addrspace(3)* %13751, i32 %13749
	%13753 = load i32, i32 addrspace(3)* %13752
	%13754 = add i32 0, %13753
	%13755 = mul i32 %3, 8
	%13756 = add i32 %13755, 1
	%13757 = sub i32 255, %13756
	%13758 = add i32 %13423, %13757
	%13759 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13760 = bitcast i8 addrspace(3)* %13759 to i32 addrspace(3)*
	%13761 = getelementptr i32, i32 addrspace(3)* %13760, i32 %13758
	%13762 = load i32, i32 addrspace(3)* %13761
	%13763 = add i32 %13754, %13762
	%13764 = mul i32 %3, 8
	%13765 = add i32 %13764, 2
	%13766 = sub i32 255, %13765
	%13767 = add i32 %13423, %13766
	%13768 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13769 = bitcast i8 addrspace(3)* %13768 to i32 addrspace(3)*
	%13770 = getelementptr i32, i32 addrspace(3)* %13769, i32 %13767
	%13771 = load i32, i32 addrspace(3)* %13770
	%13772 = add i32 %13763, %13771
	%13773 = mul i32 %3, 8
	%13774 = add i32 %13773, 3
	%13775 = sub i32 255, %13774
	%13776 = add i32 %13423, %13775
	%13777 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13778 = bitcast i8 addrspace(3)* %13777 to i32 addrspace(3)*
	%13779 = getelementptr i32, i32 addrspace(3)* %13778, i32 %13776
	%13780 = load i32, i32 addrspace(3)* %13779
	%13781 = add i32 %13772, %13780
	%13782 = mul i32 %3, 8
	%13783 = add i32 %13782, 4
	%13784 = sub i32 255, %13783
	%13785 = add i32 %13423, %13784
	%13786 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13787 = bitcast i8 addrspace(3)* %13786 to i32 addrspace(3)*
	%13788 = getelementptr i32, i32 addrspace(3)* %13787, i32 %13785
	%13789 = load i32, i32 addrspace(3)* %13788
	%13790 = add i32 %13781, %13789
	%13791 = mul i32 %3, 8
	%13792 = add i32 %13791, 5
	%13793 = sub i32 255, %13792
	%13794 = add i32 %13423, %13793
	%13795 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13796 = bitcast i8 addrspace(3)* %13795 to i32 addrspace(3)*
	%13797 = getelementptr i32, i32 addrspace(3)* %13796, i32 %13794
	%13798 = load i32, i32 addrspace(3)* %13797
	%13799 = add i32 %13790, %13798
	%13800 = mul i32 %3, 8
	%13801 = add i32 %13800, 6
	%13802 = sub i32 255, %13801
	%13803 = add i32 %13423, %13802
	%13804 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13805 = bitcast i8 addrspace(3)* %13804 to i32 addrspace(3)*
	%13806 = getelementptr i32, i32 addrspace(3)* %13805, i32 %13803
	%13807 = load i32, i32 addrspace(3)* %13806
	%13808 = add i32 %13799, %13807
	%13809 = mul i32 %3, 8
	%13810 = add i32 %13809, 7
	%13811 = sub i32 255, %13810
	%13812 = add i32 %13423, %13811
	%13813 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13814 = bitcast i8 addrspace(3)* %13813 to i32 addrspace(3)*
	%13815 = getelementptr i32, i32 addrspace(3)* %13814, i32 %13812
	%13816 = load i32, i32 addrspace(3)* %13815
	%13817 = add i32 %13808, %13816
	%13818 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %13817, i32 1, i32 0)
	%13819 = icmp uge i32 %3, 1
	%13820 = select i1 %13819, i32 %13818, i32 0
	%13821 = add i32 %13817, %13820
	%13822 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %13821, i32 2, i32 0)
	%13823 = icmp uge i32 %3, 2
	%13824 = select i1 %13823, i32 %13822, i32 0
	%13825 = add i32 %13821, %13824
	%13826 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %13825, i32 4, i32 0)
	%13827 = icmp uge i32 %3, 4
	%13828 = select i1 %13827, i32 %13826, i32 0
	%13829 = add i32 %13825, %13828
	%13830 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %13829, i32 8, i32 0)
	%13831 = icmp uge i32 %3, 8
	%13832 = select i1 %13831, i32 %13830, i32 0
	%13833 = add i32 %13829, %13832
	%13834 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %13833, i32 16, i32 0)
	%13835 = icmp uge i32 %3, 16
	%13836 = select i1 %13835, i32 %13834, i32 0
	%13837 = add i32 %13833, %13836
	%13838 = sub i32 %13837, %13817
	%13839 = icmp slt i32 %13838, %13674
	%13840 = icmp sge i32 %13837, %13674
	%13841 = and i1 %13839, %13840
	%13842 = add i32 %13838, %13753
	%13843 = xor i1 false, true
	%13844 = icmp sge i32 %13842, %13674
	%13845 = and i1 %13843, %13844
	%13846 = mul i32 %3, 8
	%13847 = add i32 %13846, 0
	%13848 = sub i32 255, %13847
	%13849 = select i1 %13845, i32 %13848, i32 0
	%13850 = select i1 %13845, i32 %13838, i32 0
	%13851 = or i1 false, %13845
	%13852 = add i32 %13842, %13762
	%13853 = xor i1 %13851, true
	%13854 = icmp sge i32 %13852, %13674
	%13855 = and i1 %13853, %13854
	%13856 = mul i32 %3, 8
	%13857 = add i32 %13856, 1
	%13858 = sub i32 255, %13857
	%13859 = select i1 %13855, i32 %13858, i32 %13849
	%13860 = select i1 %13855, i32 %13842, i32 %13850
	%13861 = or i1 %13851, %13855
	%13862 = add i32 %13852, %13771
	%13863 = xor i1 %13861, true
	%13864 = icmp sge i32 %13862, %13674
	%13865 = and i1 %13863, %13864
	%13866 = mul i32 %3, 8
	%13867 = add i32 %13866, 2
	%13868 = sub i32 255, %13867
	%13869 = select i1 %13865, i32 %13868, i32 %13859
	%13870 = select i1 %13865, i32 %13852, i32 %13860
	%13871 = or i1 %13861, %13865
	%13872 = add i32 %13862, %13780
	%13873 = xor i1 %13871, true
	%13874 = icmp sge i32 %13872, %13674
	%13875 = and i1 %13873, %13874
	%13876 = mul i32 %3, 8
	%13877 = add i32 %13876, 3
	%13878 = sub i32 255, %13877
	%13879 = select i1 %13875, i32 %13878, i32 %13869
	%13880 = select i1 %13875, i32 %13862, i32 %13870
	%13881 = or i1 %13871, %13875
	%13882 = add i32 %13872, %13789
	%13883 = xor i1 %13881, true
	%13884 = icmp sge i32 %13882, %13674
	%13885 = and i1 %13883, %13884
	%13886 = mul i32 %3, 8
	%13887 = add i32 %13886, 4
	%13888 = sub i32 255, %13887
	%13889 = select i1 %13885, i32 %13888, i32 %13879
	%13890 = select i1 %13885, i32 %13872, i32 %13880
	%13891 = or i1 %13881, %13885
	%13892 = add i32 %13882, %13798
	%13893 = xor i1 %13891, true
	%13894 = icmp sge i32 %13892, %13674
	%13895 = and i1 %13893, %13894
	%13896 = mul i32 %3, 8
	%13897 = add i32 %13896, 5
	%13898 = sub i32 255, %13897
	%13899 = select i1 %13895, i32 %13898, i32 %13889
	%13900 = select i1 %13895, i32 %13882, i32 %13890
	%13901 = or i1 %13891, %13895
	%13902 = add i32 %13892, %13807
	%13903 = xor i1 %13901, true
	%13904 = icmp sge i32 %13902, %13674
	%13905 = and i1 %13903, %13904
	%13906 = mul i32 %3, 8
	%13907 = add i32 %13906, 6
	%13908 = sub i32 255, %13907
	%13909 = select i1 %13905, i32 %13908, i32 %13899
	%13910 = select i1 %13905, i32 %13892, i32 %13900
	%13911 = or i1 %13901, %13905
	%13912 = add i32 %13902, %13816
	%13913 = xor i1 %13911, true
	%13914 = icmp sge i32 %13912, %13674
	%13915 = and i1 %13913, %13914
	%13916 = mul i32 %3, 8
	%13917 = add i32 %13916, 7
	%13918 = sub i32 255, %13917
	%13919 = select i1 %13915, i32 %13918, i32 %13909
	%13920 = select i1 %13915, i32 %13902, i32 %13910
	%13921 = or i1 %13911, %13915
	%13922 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %13841)
	%13923 = call i32 @llvm.cttz.i32(i32 %13922, i1 false)
	%13924 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %13919, i32 %13923, i32 31)
	%13925 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %13920, i32 %13923, i32 31)
	%13926 = shl i32 %13924, 16
	%13927 = or i32 %13671, %13926
	%13928 = shl i32 255, 16
	%13929 = or i32 %13673, %13928
	%13930 = sub i32 %13674, %13925
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%13931 = mul i32 %3, 8
	%13932 = add i32 %13931, 0
	%13933 = add i32 %13423, %13932
	%13934 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13935 = bitcast i8 addrspace(3)* %13934 to i32 addrspace(3)*
	%13936 = getelementptr i32, i32 addrspace(3)* %13935, i32 %13933
	store i32 0, i32 addrspace(3)* %13936
	%13937 = mul i32 %3, 8
	%13938 = add i32 %13937, 1
	%13939 = add i32 %13423, %13938
	%13940 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13941 = bitcast i8 addrspace(3)* %13940 to i32 addrspace(3)*
	%13942 = getelementptr i32, i32 addrspace(3)* %13941, i32 %13939
	store i32 0, i32 addrspace(3)* %13942
	%13943 = mul i32 %3, 8
	%13944 = add i32 %13943, 2
	%13945 = add i32 %13423, %13944
	%13946 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13947 = bitcast i8 addrspace(3)* %13946 to i32 addrspace(3)*
	%13948 = getelementptr i32, i32 addrspace(3)* %13947, i32 %13945
	store i32 0, i32 addrspace(3)* %13948
	%13949 = mul i32 %3, 8
	%13950 = add i32 %13949, 3
	%13951 = add i32 %13423, %13950
	%13952 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13953 = bitcast i8 addrspace(3)* %13952 to i32 addrspace(3)*
	%13954 = getelementptr i32, i32 addrspace(3)* %13953, i32 %13951
	store i32 0, i32 addrspace(3)* %13954
	%13955 = mul i32 %3, 8
	%13956 = add i32 %13955, 4
	%13957 = add i32 %13423, %13956
	%13958 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13959 = bitcast i8 addrspace(3)* %13958 to i32 addrspace(3)*
	%13960 = getelementptr i32, i32 addrspace(3)* %13959, i32 %13957
	store i32 0, i32 addrspace(3)* %13960
	%13961 = mul i32 %3, 8
	%13962 = add i32 %13961, 5
	%13963 = add i32 %13423, %13962
	%13964 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13965 = bitcast i8 addrspace(3)* %13964 to i32 addrspace(3)*
	%13966 = getelementptr i32, i32 addrspace(3)* %13965, i32 %13963
	store i32 0, i32 addrspace(3)* %13966
	%13967 = mul i32 %3, 8
	%13968 = add i32 %13967, 6
	%13969 = add i32 %13423, %13968
	%13970 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13971 = bitcast i8 addrspace(3)* %13970 to i32 addrspace(3)*
	%13972 = getelementptr i32, i32 addrspace(3)* %13971, i32 %13969
	store i32 0, i32 addrspace(3)* %13972
	%13973 = mul i32 %3, 8
	%13974 = add i32 %13973, 7
	%13975 = add i32 %13423, %13974
	%13976 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13977 = bitcast i8 addrspace(3)* %13976 to i32 addrspace(3)*
	%13978 = getelementptr i32, i32 addrspace(3)* %13977, i32 %13975
	store i32 0, i32 addrspace(3)* %13978
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %13989

13979:
	%13980 = lshr i32 %13741, 16
	%13981 = and i32 %13980, 255
	%13982 = add i32 %13423, %13981
	%13983 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13984 = bitcast i8 addrspace(3)* %13983 to i32 addrspace(3)*
	%13985 = getelementptr i32, i32 addrspace(3)* %13984, i32 %13982
	%13986 = atomicrmw add i32 addrspace(3)* %13985, i32 1 monotonic
	br label %13987

13987:
	%13988 = add i32 %13734, 32
	br label %13733

13989:
	%13990 = phi i32 [ %3, %13745 ], [ %14244, %14243 ]
	%13991 = icmp slt i32 %13990, %593
	br i1 %13991, label %13992, label %14001

13992:
	%13993 = add i32 %13000, %13990
	%13994 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%13995 = bitcast i8 addrspace(3)* %13994 to i32 addrspace(3)*
	%13996 = getelementptr i32, i32 addrspace(3)* %13995, i32 %13993
	%13997 = load i32, i32 addrspace(3)* %13996
	%13998 = and i32 %13997, %13929
	%13999 = icmp eq i32 %13998, %13927
	%14000 = and i1 true, %13999
	br i1 %14000, label %14235, label %14243

14001:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%14002 = mul i32 %3, 8
	%14003 = add i32 %14002, 0
	%14004 = sub i32 255, %14003
	%14005 = add i32 %13423, %14004
	%14006 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%14007 = bitcast i8 addrspace(3)* %14006 to i32 addrspace(3)*
	%14008 = getelementptr i32, i32 addrspace(3)* %14007, i32 %14005
	%14009 = load i32, i32 addrspace(3)* %14008
	%14010 = add i32 0, %14009
	%14011 = mul i32 %3, 8
	%14012 = add i32 %14011, 1
	%14013 = sub i32 255, %14012
	%14014 = add i32 %13423, %14013
	%14015 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%14016 = bitcast i8 addrspace(3)* %14015 to i32 addrspace(3)*
	%14017 = getelementptr i32, i32 addrspace(3)* %14016, i32 %14014
	%14018 = load i32, i32 addrspace(3)* %14017
	%14019 = add i32 %14010, %14018
	%14020 = mul i32 %3, 8
	%14021 = add i32 %14020, 2
	%14022 = sub i32 255, %14021
	%14023 = add i32 %13423, %14022
	%14024 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%14025 = bitcast i8 addrspace(3)* %14024 to i32 addrspace(3)*
	%14026 = getelementptr i32, i32 addrspace(3)* %14025, i32 %14023
	%14027 = load i32, i32 addrspace(3)* %14026
	%14028 = add i32 %14019, %14027
	%14029 = mul i32 %3, 8
	%14030 = add i32 %14029, 3
	%14031 = sub i32 255, %14030
	%14032 = add i32 %13423, %14031
	%14033 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%14034 = bitcast i8 addrspace(3)* %14033 to i32 addrspace(3)*
	%14035 = getelementptr i32, i32 addrspace(3)* %14034, i32 %14032
	%14036 = load i32, i32 addrspace(3)* %14035
	%14037 = add i32 %14028, %14036
	%14038 = mul i32 %3, 8
	%14039 = add i32 %14038, 4
	%14040 = sub i32 255, %14039
	%14041 = add i32 %13423, %14040
	%14042 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%14043 = bitcast i8 addrspace(3)* %14042 to i32 addrspace(3)*
	%14044 = getelementptr i32, i32 addrspace(3)* %14043, i32 %14041
	%14045 = load i32, i32 addrspace(3)* %14044
	%14046 = add i32 %14037, %14045
	%14047 = mul i32 %3, 8
	%14048 = add i32 %14047, 5
	%14049 = sub i32 255, %14048
	%14050 = add i32 %13423, %14049
	%14051 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%14052 = bitcast i8 addrspace(3)* %14051 to i32 addrspace(3)*
	%14053 = getelementptr i32, i32 addrspace(3)* %14052, i32 %14050
	%14054 = load i32, i32 addrspace(3)* %14053
	%14055 = add i32 %14046, %14054
	%14056 = mul i32 %3, 8
	%14057 = add i32 %14056, 6
	%14058 = sub i32 255, %14057
	%14059 = add i32 %13423, %14058
	%14060 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%14061 = bitcast i8 addrspace(3)* %14060 to i32 addrspace(3)*
	%14062 = getelementptr i32, i32 addrspace(3)* %14061, i32 %14059
	%14063 = load i32, i32 addrspace(3)* %14062
	%14064 = add i32 %14055, %14063
	%14065 = mul i32 %3, 8
	%14066 = add i32 %14065, 7
	%14067 = sub i32 255, %14066
	%14068 = add i32 %13423, %14067
	%14069 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%14070 = bitcast i8 addrspace(3)* %14069 to i32 addrspace(3)*
	%14071 = getelementptr i32, i32 addrspace(3)* %14070, i32 %14068
	%14072 = load i32, i32 addrspace(3)* %14071
	%14073 = add i32 %14064, %14072
	%14074 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %14073, i32 1, i32 0)
	%14075 = icmp uge i32 %3, 1
	%14076 = select i1 %14075, i32 %14074, i32 0
	%14077 = add i32 %14073, %14076
	%14078 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %14077, i32 2, i32 0)
	%14079 = icmp uge i32 %3, 2
	%14080 = select i1 %14079, i32 %14078, i32 0
	%14081 = add i32 %14077, %14080
	%14082 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %14081, i32 4, i32 0)
	%14083 = icmp uge i32 %3, 4
	%14084 = select i1 %14083, i32 %14082, i32 0
	%14085 = add i32 %14081, %14084
	%14086 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %14085, i32 8, i32 0)
	%14087 = icmp uge i32 %3, 8
	%14088 = select i1 %14087, i32 %14086, i32 0
	%14089 = add i32 %14085, %14088
	%14090 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %14089, i32 16, i32 0)
	%14091 = icmp uge i32 %3, 16
	%14092 = select i1 %14091, i32 %14090, i32 0
	%14093 = add i32 %14089, %14092
	%14094 = sub i32 %14093, %14073
	%14095 = icmp slt i32 %14094, %13930
	%14096 = icmp sge i32 %14093, %13930
	%14097 = and i1 %14095, %14096
	%14098 = add i32 %14094, %14009
	%14099 = xor i1 false, true
	%14100 = icmp sge i32 %14098, %13930
	%14101 = and i1 %14099, %14100
	%14102 = mul i32 %3, 8
	%14103 = add i32 %14102, 0
	%14104 = sub i32 255, %14103
	%14105 = select i1 %14101, i32 %14104, i32 0
	%14106 = select i1 %14101, i32 %14094, i32 0
	%14107 = or i1 false, %14101
	%14108 = add i32 %14098, %14018
	%14109 = xor i1 %14107, true
	%14110 = icmp sge i32 %14108, %13930
	%14111 = and i1 %14109, %14110
	%14112 = mul i32 %3, 8
	%14113 = add i32 %14112, 1
	%14114 = sub i32 255, %14113
	%14115 = select i1 %14111, i32 %14114, i32 %14105
	%14116 = select i1 %14111, i32 %14098, i32 %14106
	%14117 = or i1 %14107, %14111
	%14118 = add i32 %14108, %14027
	%14119 = xor i1 %14117, true
	%14120 = icmp sge i32 %14118, %13930
	%14121 = and i1 %14119, %14120
	%14122 = mul i32 %3, 8
	%14123 = add i32 %14122, 2
	%14124 = sub i32 255, %14123
	%14125 = select i1 %14121, i32 %14124, i32 %14115
	%14126 = select i1 %14121, i32 %14108, i32 %14116
	%14127 = or i1 %14117, %14121
	%14128 = add i32 %14118, %14036
	%14129 = xor i1 %14127, true
	%14130 = icmp sge i32 %14128, %13930
	%14131 = and i1 %14129, %14130
	%14132 = mul i32 %3, 8
	%14133 = add i32 %14132, 3
	%14134 = sub i32 255, %14133
	%14135 = select i1 %14131, i32 %14134, i32 %14125
	%14136 = select i1 %14131, i32 %14118, i32 %14126
	%14137 = or i1 %14127, %14131
	%14138 = add i32 %14128, %14045
	%14139 = xor i1 %14137, true
	%14140 = icmp sge i32 %14138, %13930
	%14141 = and i1 %14139, %14140
	%14142 = mul i32 %3, 8
	%14143 = add i32 %14142, 4
	%14144 = sub i32 255, %14143
	%14145 = select i1 %14141, i32 %14144, i32 %14135
	%14146 = select i1 %14141, i32 %14128, i32 %14136
	%14147 = or i1 %14137, %14141
	%14148 = add i32 %14138, %14054
	%14149 = xor i1 %14147, true
	%14150 = icmp sge i32 %14148, %13930
	%14151 = and i1 %14149, %14150
	%14152 = mul i32 %3, 8
	%14153 = add i32 %14152, 5
	%14154 = sub i32 255, %14153
	%14155 = select i1 %14151, i32 %14154, i32 %14145
	%14156 = select i1 %14151, i32 %14138, i32 %14146
	%14157 = or i1 %14147, %14151
	%14158 = add i32 %14148, %14063
	%14159 = xor i1 %14157, true
	%14160 = icmp sge i32 %14158, %13930
	%14161 = and i1 %14159, %14160
	%14162 = mul i32 %3, 8
	%14163 = add i32 %14162, 6
	%14164 = sub i32 255, %14163
	%14165 = select i1 %14161, i32 %14164, i32 %14155
	%14166 = select i1 %14161, i32 %14148, i32 %14156
	%14167 = or i1 %14157, %14161
	%14168 = add i32 %14158, %14072
	%14169 = xor i1 %14167, true
	%14170 = icmp sge i32 %14168, %13930
	%14171 = and i1 %14169, %14170
	%14172 = mul i32 %3, 8
	%14173 = add i32 %14172, 7
	%14174 = sub i32 255, %14173
	%14175 = select i1 %14171, i32 %14174, i32 %14165
	%14176 = select i1 %14171, i32 %14158, i32 %14166
	%14177 = or i1 %14167, %14171
	%14178 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %14097)
	%14179 = call i32 @llvm.cttz.i32(i32 %14178, i1 false)
	%14180 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %14175, i32 %14179, i32 31)
	%14181 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %14176, i32 %14179, i32 31)
	%14182 = shl i32 %14180, 8
	%14183 = or i32 %13927, %14182
	%14184 = shl i32 255, 8
	%14185 = or i32 %13929, %14184
	%14186 = sub i32 %13930, %14181
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%14187 = mul i32 %3, 8
	%14188 = add i32 %14187, 0
	%14189 = add i32 %13423, %14188
	%14190 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%14191 = bitcast i8 addrspace(3)* %14190 to i32 addrspace(3)*
	%14192 = getelementptr i32, i32 addrspace(3)* %14191, i32 %14189
	store i32 0, i32 addrspace(3)* %14192
	%14193 = mul i32 %3, 8
	%14194 = add i32 %14193, 1
	%14195 = add i32 %13423, %14194
	%14196 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%14197 = bitcast i8 addrspace(3)* %14196 to i32 addrspace(3)*
	%14198 = getelementptr i32, i32 addrspace(3)* %14197, i32 %14195
	store i32 0, i32 addrspace(3)* %14198
	%14199 = mul i32 %3, 8
	%14200 = add i32 %14199, 2
	%14201 = add i32 %13423, %14200
	%14202 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%14203 = bitcast i8 addrspace(3)* %14202 to i32 addrspace(3)*
	%14204 = getelementptr i32, i32 addrspace(3)* %14203, i32 %14201
	store i32 0, i32 addrspace(3)* %14204
	%14205 = mul i32 %3, 8
	%14206 = add i32 %14205, 3
	%14207 = add i32 %13423, %14206
	%14208 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%14209 = bitcast i8 addrspace(3)* %14208 to i32 addrspace(3)*
	%14210 = getelementptr i32, i32 addrspace(3)* %14209, i32 %14207
	store i32 0, i32 addrspace(3)* %14210
	%14211 = mul i32 %3, 8
	%14212 = add i32 %14211, 4
	%14213 = add i32 %13423, %14212
	%14214 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%14215 = bitcast i8 addrspace(3)* %14214 to i32 addrspace(3)*
	%14216 = getelementptr i32, i32 addrspace(3)* %14215, i32 %14213
	store i32 0, i32 addrspace(3)* %14216
	%14217 = mul i32 %3, 8
	%14218 = add i32 %14217, 5
	%14219 = add i32 %13423, %14218
	%14220 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%14221 = bitcast i8 addrspace(3)* %14220 to i32 addrspace(3)*
	%14222 = getelementptr i32, i32 addrspace(3)* %14221, i32 %14219
	store i32 0, i32 addrspace(3)* %14222
	%14223 = mul i32 %3, 8
	%14224 = add i32 %14223, 6
	%14225 = add i32 %13423, %14224
	%14226 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%14227 = bitcast i8 addrspace(3)* %14226 to i32 addrspace(3)*
	%14228 = getelementptr i32, i32 addrspace(3)* %14227, i32 %14225
	store i32 0, i32 addrspace(3)* %14228
	%14229 = mul i32 %3, 8
	%14230 = add i32 %14229, 7
	%14231 = add i32 %13423, %14230
	%14232 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%14233 = bitcast i8 addrspace(3)* %14232 to i32 addrspace(3)*
	%14234 = getelementptr i32, i32 addrspace(3)* %14233, i32 %14231
	store i32 0, i32 addrspace(3)* %14234
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %14245

14235:
	%14236 = lshr i32 %13997, 8
	%14237 = and i32 %14236, 255
	%14238 = add i32 %13423, %14237
	%14239 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%14240 = bitcast i8 addrspace(3)* %14239 to i32 addrspace(3)*
	%14241 = getelementptr i32, i32 addrspace(3)* %14240, i32 %14238
	%14242 = atomicrmw add i32 addrspace(3)* %14241, i32 1 monotonic
	br label %14243

14243:
	%14244 = add i32 %13990, 32
	br label %13989

14245:
	%14246 = phi i32 [ %3, %14001 ], [ %14452, %14451 ]
	%14247 = icmp slt i32 %14246, %593
	br i1 %14247, label %14248, label %14257

14248:
	%14249 = add i32 %13000, %14246
	%14250 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%14251 = bitcast i8 addrspace(3)* %14250 to i32 addrspace(3)*
	%14252 = getelementptr i32, i32 addrspace(3)* %14251, i32 %14249
	%14253 = load i32, i32 addrspace(3)* %14252
	%14254 = and i32 %14253, %14185
	%14255 = icmp eq i32 %14254, %14183
	%14256 = and i1 true, %14255
	br i1 %14256, label %14443, label %14451

14257:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%14258 = mul i32 %3, 8
	%14259 = add i32 %14258, 0
	%14260 = sub i32 255, %14259
	%14261 = add i32 %13423, %14260
	%14262 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%14263 = bitcast i8 addrspace(3)* %14262 to i32 addrspace(3)*
	%14264 = getelementptr i32, i32 addrspace(3)* %14263, i32 %14261
	%14265 = load i32, i32 addrspace(3)* %14264
	%14266 = add i32 0, %14265
	%14267 = mul i32 %3, 8
	%14268 = add i32 %14267, 1
	%14269 = sub i32 255, %14268
	%14270 = add i32 %13423, %14269
	%14271 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%14272 = bitcast i8 addrspace(3)* %14271 to i32 addrspace(3)*
	%14273 = getelementptr i32, i32 addrspace(3)* %14272, i32 %14270
	%14274 = load i32, i32 addrspace(3)* %14273
	%14275 = add i32 %14266, %14274
	%14276 = mul i32 %3, 8
	%14277 = add i32 %14276, 2
	%14278 = sub i32 255, %14277
	%14279 = add i32 %13423, %14278
	%14280 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%14281 = bitcast i8 addrspace(3)* %14280 to i32 addrspace(3)*
	%14282 = getelementptr i32, i32 addrspace(3)* %14281, i32 %14279
	%14283 = load i32, i32 addrspace(3)* %14282
	%14284 = add i32 %14275, %14283
	%14285 = mul i32 %3, 8
	%14286 = add i32 %14285, 3
	%14287 = sub i32 255, %14286
	%14288 = add i32 %13423, %14287
	%14289 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%14290 = bitcast i8 addrspace(3)* %14289 to i32 addrspace(3)*
	%14291 = getelementptr i32, i32 addrspace(3)* %14290, i32 %14288
	%14292 = load i32, i32 addrspace(3)* %14291
	%14293 = add i32 %14284, %14292
	%14294 = mul i32 %3, 8
	%14295 = add i32 %14294, 4
	%14296 = sub i32 255, %14295
	%14297 = add i32 %13423, %14296
	%14298 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%14299 = bitcast i8 addrspace(3)* %14298 to i32 addrspace(3)*
	%14300 = getelementptr i32, i32 addrspace(3)* %14299, i32 %14297
	%14301 = load i32, i32 addrspace(3)* %14300
	%14302 = add i32 %14293, %14301
	%14303 = mul i32 %3, 8
	%14304 = add i32 %14303, 5
	%14305 = sub i32 255, %14304
	%14306 = add i32 %13423, %14305
	%14307 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%14308 = bitcast i8 addrspace(3)* %14307 to i32 addrspace(3)*
	%14309 = getelementptr i32, i32 addrspace(3)* %14308, i32 %14306
	%14310 = load i32, i32 addrspace(3)* %14309
	%14311 = add i32 %14302, %14310
	%14312 = mul i32 %3, 8
	%14313 = add i32 %14312, 6
	%14314 = sub i32 255, %14313
	%14315 = add i32 %13423, %14314
	%14316 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%14317 = bitcast i8 addrspace(3)* %14316 to i32 addrspace(3)*
	%14318 = getelementptr i32, i32 addrspace(3)* %14317, i32 %14315
	%14319 = load i32, i32 addrspace(3)* %14318
	%14320 = add i32 %14311, %14319
	%14321 = mul i32 %3, 8
	%14322 = add i32 %14321, 7
	%14323 = sub i32 255, %14322
	%14324 = add i32 %13423, %14323
	%14325 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%14326 = bitcast i8 addrspace(3)* %14325 to i32 addrspace(3)*
	%14327 = getelementptr i32, i32 addrspace(3)* %14326, i32 %14324
	%14328 = load i32, i32 addrspace(3)* %14327
	%14329 = add i32 %14320, %14328
	%14330 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %14329, i32 1, i32 0)
	%14331 = icmp uge i32 %3, 1
	%14332 = select i1 %14331, i32 %14330, i32 0
	%14333 = add i32 %14329, %14332
	%14334 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %14333, i32 2, i32 0)
	%14335 = icmp uge i32 %3, 2
	%14336 = select i1 %14335, i32 %14334, i32 0
	%14337 = add i32 %14333, %14336
	%14338 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %14337, i32 4, i32 0)
	%14339 = icmp uge i32 %3, 4
	%14340 = select i1 %14339, i32 %14338, i32 0
	%14341 = add i32 %14337, %14340
	%14342 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %14341, i32 8, i32 0)
	%14343 = icmp uge i32 %3, 8
	%14344 = select i1 %14343, i32 %14342, i32 0
	%14345 = add i32 %14341, %14344
	%14346 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %14345, i32 16, i32 0)
	%14347 = icmp uge i32 %3, 16
	%14348 = select i1 %14347, i32 %14346, i32 0
	%14349 = add i32 %14345, %14348
	%14350 = sub i32 %14349, %14329
	%14351 = icmp slt i32 %14350, %14186
	%14352 = icmp sge i32 %14349, %14186
	%14353 = and i1 %14351, %14352
	%14354 = add i32 %14350, %14265
	%14355 = xor i1 false, true
	%14356 = icmp sge i32 %14354, %14186
	%14357 = and i1 %14355, %14356
	%14358 = mul i32 %3, 8
	%14359 = add i32 %14358, 0
	%14360 = sub i32 255, %14359
	%14361 = select i1 %14357, i32 %14360, i32 0
	%14362 = select i1 %14357, i32 %14350, i32 0
	%14363 = or i1 false, %14357
	%14364 = add i32 %14354, %14274
	%14365 = xor i1 %14363, true
	%14366 = icmp sge i32 %14364, %14186
	%14367 = and i1 %14365, %14366
	%14368 = mul i32 %3, 8
	%14369 = add i32 %14368, 1
	%14370 = sub i32 255, %14369
	%14371 = select i1 %14367, i32 %14370, i32 %14361
	%14372 = select i1 %14367, i32 %14354, i32 %14362
	%14373 = or i1 %14363, %14367
	%14374 = add i32 %14364, %14283
	%14375 = xor i1 %14373, true
	%14376 = icmp sge i32 %14374, %14186
	%14377 = and i1 %14375, %14376
	%14378 = mul i32 %3, 8
	%14379 = add i32 %14378, 2
	%14380 = sub i32 255, %14379
	%14381 = select i1 %14377, i32 %14380, i32 %14371
	%14382 = select i1 %14377, i32 %14364, i32 %14372
	%14383 = or i1 %14373, %14377
	%14384 = add i32 %14374, %14292
	%14385 = xor i1 %14383, true
	%14386 = icmp sge i32 %14384, %14186
	%14387 = and i1 %14385, %14386
	%14388 = mul i32 %3, 8
	%14389 = add i32 %14388, 3
	%14390 = sub i32 255, %14389
	%14391 = select i1 %14387, i32 %14390, i32 %14381
	%14392 = select i1 %14387, i32 %14374, i32 %14382
	%14393 = or i1 %14383, %14387
	%14394 = add i32 %14384, %14301
	%14395 = xor i1 %14393, true
	%14396 = icmp sge i32 %14394, %14186
	%14397 = and i1 %14395, %14396
	%14398 = mul i32 %3, 8
	%14399 = add i32 %14398, 4
	%14400 = sub i32 255, %14399
	%14401 = select i1 %14397, i32 %14400, i32 %14391
	%14402 = select i1 %14397, i32 %14384, i32 %14392
	%14403 = or i1 %14393, %14397
	%14404 = add i32 %14394, %14310
	%14405 = xor i1 %14403, true
	%14406 = icmp sge i32 %14404, %14186
	%14407 = and i1 %14405, %14406
	%14408 = mul i32 %3, 8
	%14409 = add i32 %14408, 5
	%14410 = sub i32 255, %14409
	%14411 = select i1 %14407, i32 %14410, i32 %14401
	%14412 = select i1 %14407, i32 %14394, i32 %14402
	%14413 = or i1 %14403, %14407
	%14414 = add i32 %14404, %14319
	%14415 = xor i1 %14413, true
	%14416 = icmp sge i32 %14414, %14186
	%14417 = and i1 %14415, %14416
	%14418 = mul i32 %3, 8
	%14419 = add i32 %14418, 6
	%14420 = sub i32 255, %14419
	%14421 = select i1 %14417, i32 %14420, i32 %14411
	%14422 = select i1 %14417, i32 %14404, i32 %14412
	%14423 = or i1 %14413, %14417
	%14424 = add i32 %14414, %14328
	%14425 = xor i1 %14423, true
	%14426 = icmp sge i32 %14424, %14186
	%14427 = and i1 %14425, %14426
	%14428 = mul i32 %3, 8
	%14429 = add i32 %14428, 7
	%14430 = sub i32 255, %14429
	%14431 = select i1 %14427, i32 %14430, i32 %14421
	%14432 = select i1 %14427, i32 %14414, i32 %14422
	%14433 = or i1 %14423, %14427
	%14434 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %14353)
	%14435 = call i32 @llvm.cttz.i32(i32 %14434, i1 false)
	%14436 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %14431, i32 %14435, i32 31)
	%14437 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %14432, i32 %14435, i32 31)
	%14438 = shl i32 %14436, 0
	%14439 = or i32 %14183, %14438
	%14440 = shl i32 255, 0
	%14441 = or i32 %14185, %14440
	%14442 = sub i32 %14186, %14437
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %13472

14443:
	%14444 = lshr i32 %14253, 0
	%14445 = and i32 %14444, 255
	%14446 = add i32 %13423, %14445
	%14447 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%14448 = bitcast i8 addrspace(3)* %14447 to i32 addrspace(3)*
	%14449 = getelementptr i32, i32 addrspace(3)* %14448, i32 %14446
	%14450 = atomicrmw add i32 addrspace(3)* %14449, i32 1 monotonic
	br label %14451

14451:
	%14452 = add i32 %14246, 32
	br label %14245

14453:
	%14454 = phi i32 [ 0, %13472 ], [ %14503, %14498 ]
	%14455 = phi i32 [ 0, %13472 ], [ %14500, %14498 ]
	%14456 = phi i32 [ 0, %13472 ], [ %14502, %14498 ]
	%14457 = icmp slt i32 %14454, %593
	br i1 %14457, label %14458, label %14461

14458:
	%14459 = add i32 %14454, %3
	%14460 = icmp slt i32 %14459, %593
	br i1 %14460, label %14462, label %14472

14461:
	br label %13002

14462:
	%14463 = add i32 %13000, %14459
	%14464 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%14465 = bitcast i8 addrspace(3)* %14464 to i32 addrspace(3)*
	%14466 = getelementptr i32, i32 addrspace(3)* %14465, i32 %14463
	%14467 = load i32, i32 addrspace(3)* %14466
	%14468 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%14469 = bitcast i8 addrspace(3)* %14468 to i32 addrspace(3)*
	%14470 = getelementptr i32, i32 addrspace(3)* %14469, i32 %14463
	%14471 = load i32, i32 addrspace(3)* %14470
	br label %14472

14472:
	%14473 = phi i32 [ 0, %14458 ], [ %14467, %14462 ]
	%14474 = phi i32 [ 0, %14458 ], [ %14471, %14462 ]
	%14475 = icmp eq i32 %14473, %13473
	%14476 = and i1 %14460, %14475
	%14477 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %14476)
	%14478 = and i32 %14477, %13476
	%14479 = call i32 @llvm.ctpop.i32(i32 %14478)
	%14480 = add i32 %14456, %14479
	%14481 = icmp ugt i32 %14473, %13473
	%14482 = icmp slt i32 %14480, %13474
	%14483 = and i1 %14476, %14482
	%14484 = or i1 %14481, %14483
	%14485 = and i1 %14460, %14484
	%14486 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %14485)
	%14487 = and i32 %14486, %13476
	%14488 = call i32 @llvm.ctpop.i32(i32 %14487)
	%14489 = add i32 %14455, %14488
	%14490 = add i32 %13000, %14489
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %14485, label %14491, label %14498

14491:
	%14492 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%14493 = bitcast i8 addrspace(3)* %14492 to i32 addrspace(3)*
	%14494 = getelementptr i32, i32 addrspace(3)* %14493, i32 %14490
	store i32 %14473, i32 addrspace(3)* %14494
	%14495 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%14496 = bitcast i8 addrspace(3)* %14495 to i32 addrspace(3)*
	%14497 = getelementptr i32, i32 addrspace(3)* %14496, i32 %14490
	store i32 %14474, i32 addrspace(3)* %14497
	br label %14498

14498:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%14499 = call i32 @llvm.ctpop.i32(i32 %14486)
	%14500 = add i32 %14455, %14499
	%14501 = call i32 @llvm.ctpop.i32(i32 %14477)
	%14502 = add i32 %14456, %14501
	%14503 = add i32 %14454, 32
	br label %14453

14504:
	%14505 = phi i32 [ 0, %13002 ], [ %14535, %14529 ]
	%14506 = phi i32 [ 0, %13002 ], [ %14534, %14529 ]
	%14507 = icmp slt i32 %14505, %13003
	br i1 %14507, label %14508, label %14511

14508:
	%14509 = add i32 %14505, %3
	%14510 = icmp slt i32 %14509, %13003
	br i1 %14510, label %14512, label %14519

14511:
	br label %14536

14512:
	%14513 = mul i32 %504, 160
	%14514 = add i32 %14513, %14509
	%14515 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%14516 = bitcast i8 addrspace(3)* %14515 to i32 addrspace(3)*
	%14517 = getelementptr i32, i32 addrspace(3)* %14516, i32 %14514
	%14518 = load i32, i32 addrspace(3)* %14517
	br label %14519

14519:
	%14520 = phi i32 [ 0, %14508 ], [ %14518, %14512 ]
	br i1 %14510, label %14521, label %14529

14521:
	%14522 = add i32 0, %14509
	%14523 = icmp sgt i32 %14520, %531
	%14524 = select i1 %14523, i32 %13004, i32 0
	%14525 = add i32 %14522, %14524
	%14526 = add i32 %13008, %14525
	%14527 = sext i32 %14526 to i64
	%14528 = getelementptr i32, i32* %out, i64 %14527
	store i32 %14520, i32* %14528
	br label %14529

14529:
	%14530 = icmp slt i32 %14520, %528
	%14531 = and i1 %14510, %14530
	%14532 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %14531)
	%14533 = call i32 @llvm.ctpop.i32(i32 %14532)
	%14534 = add i32 %14506, %14533
	%14535 = add i32 %14505, 32
	br label %14504

14536:
	%14537 = phi i32 [ %3, %14511 ], [ %14546, %14539 ]
	%14538 = icmp slt i32 %14537, %13004
	br i1 %14538, label %14539, label %14547

14539:
	%14540 = add i32 0, %14506
	%14541 = add i32 %14540, %14537
	%14542 = add i32 %528, %14537
	%14543 = add i32 %13008, %14541
	%14544 = sext i32 %14543 to i64
	%14545 = getelementptr i32, i32* %out, i64 %14544
	store i32 %14542, i32* %14545
	%14546 = add i32 %14537, 32
	br label %14536

14547:
	%14548 = icmp eq i32 %3, 0
	%14549 = icmp eq i32 0, 1
	%14550 = and i1 %14548, %14549
	br i1 %14550, label %14551, label %14555

14551:
	%14552 = add i32 %13008, 0
	%14553 = sext i32 %14552 to i64
	%14554 = getelementptr i32, i32* %out, i64 %14553
	store i32 0, i32* %14554
	br label %14555

14555:
	%14556 = add i32 %536, %13003
	%14557 = add i32 %14556, %3
	br label %14558

14558:
	%14559 = phi i32 [ %14557, %14555 ], [ %14565, %14561 ]
	%14560 = icmp slt i32 %14559, 8
	br i1 %14560, label %14561, label %14566

14561:
	%14562 = add i32 %13008, %14559
	%14563 = sext i32 %14562 to i64
	%14564 = getelementptr i32, i32* %out, i64 %14563
	store i32 -1, i32* %14564
	%14565 = add i32 %14559, 32
	br label %14558

14566:
	br label %12998
}

declare void @llvm.nvvm.barrier0()

declare i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 %p0, i32 %p1, i32 %p2, i32 %p3)

declare i32 @llvm.nvvm.shfl.sync.idx.i32(i32 %p0, i32 %p1, i32 %p2, i32 %p3)

declare i32 @llvm.nvvm.vote.ballot.sync(i32 %p0, i1 %p1)

declare i32 @llvm.ctpop.i32(i32 %p0)

declare void @llvm.nvvm.bar.warp.sync(i32 %p0)

declare i32 @llvm.nvvm.shfl.sync.up.i32(i32 %p0, i32 %p1, i32 %p2, i32 %p3)

declare i32 @llvm.cttz.i32(i32 %p0, i1 %p1)

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
