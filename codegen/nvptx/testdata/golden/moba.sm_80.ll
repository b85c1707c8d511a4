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
