; moba
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@moba_gate1_e = internal addrspace(3) global [2064 x float] undef, align 4
@moba_gate1_bc = internal addrspace(3) global [2560 x i32] undef, align 4
@moba_gate1_bb = internal addrspace(3) global [2560 x i32] undef, align 4
@moba_gate1_h = internal addrspace(3) global [1024 x i32] undef, align 4
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
	%6 = select i1 %5, i32 %4, i32 %L
	%7 = mul i32 %2, %L
	%8 = mul i32 %7, 64
	%9 = add i32 %8, %0
	%10 = sext i32 %9 to i64
	%11 = getelementptr i16, i16* %x, i64 %10
	br label %12

12:
	%13 = phi i32 [ %3, %entry ], [ %23, %16 ]
	%14 = phi float [ 0.0, %entry ], [ %22, %16 ]
	%15 = icmp slt i32 %13, %6
	br i1 %15, label %16, label %24

16:
	%17 = mul i32 %13, 64
	%18 = sext i32 %17 to i64
	%19 = getelementptr i16, i16* %11, i64 %18
	%20 = load i16, i16* %19
	%21 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %20)
	%22 = fadd float %14, %21
	%23 = add i32 %13, 1
	br label %12

24:
	%25 = sub i32 %6, %3
	%26 = sitofp i32 %25 to float
	%27 = fdiv float %14, %26
	%28 = call i32 @llvm.nvvm.read.ptx.sreg.nctaid.y()
	%29 = mul i32 %28, %NT
	%30 = mul i32 %29, 64
	%31 = mul i32 %2, %NT
	%32 = add i32 %31, %1
	%33 = mul i32 %32, 64
	%34 = add i32 %33, %0
	%35 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float 0.0, float %27)
	%36 = trunc i32 %35 to i16
	%37 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %36)
	%38 = fcmp oeq float %37, 0x7FF0000000000000
	%39 = fneg float 0x7FF0000000000000
	%40 = fcmp oeq float %37, %39
	%41 = or i1 %38, %40
	%42 = fsub float %27, %37
	%43 = select i1 %41, float 0.0, float %42
	%44 = lshr i32 %35, 16
	%45 = trunc i32 %44 to i16
	%46 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %45)
	%47 = fcmp oeq float %46, 0x7FF0000000000000
	%48 = fneg float 0x7FF0000000000000
	%49 = fcmp oeq float %46, %48
	%50 = or i1 %47, %49
	%51 = fsub float 0.0, %46
	%52 = select i1 %50, float 0.0, float %51
	%53 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %52, float %43)
	%54 = trunc i32 %53 to i16
	%55 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %54)
	%56 = fcmp oeq float %55, 0x7FF0000000000000
	%57 = fneg float 0x7FF0000000000000
	%58 = fcmp oeq float %55, %57
	%59 = or i1 %56, %58
	%60 = fsub float %43, %55
	%61 = select i1 %59, float 0.0, float %60
	%62 = lshr i32 %53, 16
	%63 = trunc i32 %62 to i16
	%64 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %63)
	%65 = fcmp oeq float %64, 0x7FF0000000000000
	%66 = fneg float 0x7FF0000000000000
	%67 = fcmp oeq float %64, %66
	%68 = or i1 %65, %67
	%69 = fsub float %52, %64
	%70 = select i1 %68, float 0.0, float %69
	%71 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %70, float %61)
	%72 = trunc i32 %35 to i16
	%73 = mul i32 %30, 0
	%74 = add i32 %34, %73
	%75 = sext i32 %74 to i64
	%76 = getelementptr i16, i16* %out, i64 %75
	store i16 %72, i16* %76
	%77 = trunc i32 %53 to i16
	%78 = mul i32 %30, 1
	%79 = add i32 %34, %78
	%80 = sext i32 %79 to i64
	%81 = getelementptr i16, i16* %out, i64 %80
	store i16 %77, i16* %81
	%82 = trunc i32 %71 to i16
	%83 = mul i32 %30, 2
	%84 = add i32 %34, %83
	%85 = sext i32 %84 to i64
	%86 = getelementptr i16, i16* %out, i64 %85
	store i16 %82, i16* %86
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
	%547 = phi i32 [ 0, %entry ], [ %5317, %5314 ]
	%548 = phi i32 [ 0, %entry ], [ %2096, %5314 ]
	%549 = phi i32 [ 0, %entry ], [ %2097, %5314 ]
	%550 = phi i32 [ 0, %entry ], [ %3169, %5314 ]
	%551 = phi i32 [ 0, %entry ], [ %3170, %5314 ]
	%552 = phi i32 [ 0, %entry ], [ %4242, %5314 ]
	%553 = phi i32 [ 0, %entry ], [ %4243, %5314 ]
	%554 = phi i32 [ 0, %entry ], [ %5315, %5314 ]
	%555 = phi i32 [ 0, %entry ], [ %5316, %5314 ]
	%556 = icmp slt i32 %547, %377
	br i1 %556, label %557, label %561

557:
	%558 = mul i32 %4, 32
	%559 = add i32 %547, %558
	%560 = icmp slt i32 %559, %377
	br i1 %560, label %562, label %1515

561:
	br i1 %12, label %6321, label %6323

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
	%573 = mul i32 %11, 2
	%574 = add i32 %572, %573
	%575 = add i32 %574, 0
	%576 = sext i32 %575 to i64
	%577 = getelementptr i16, i16* %km, i64 %576
	%578 = bitcast i16* %577 to i32*
	%579 = load i32, i32* %578
	%580 = mul i32 %11, 2
	%581 = add i32 %572, %580
	%582 = add i32 %581, 8
	%583 = sext i32 %582 to i64
	%584 = getelementptr i16, i16* %km, i64 %583
	%585 = bitcast i16* %584 to i32*
	%586 = load i32, i32* %585
	%587 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %579, i32 %586, float 0.0, float 0.0, float 0.0, float 0.0)
	%588 = extractvalue { float, float, float, float } %587, 0
	%589 = extractvalue { float, float, float, float } %587, 1
	%590 = extractvalue { float, float, float, float } %587, 2
	%591 = extractvalue { float, float, float, float } %587, 3
	%592 = mul i32 %11, 1
	%593 = add i32 %572, %592
	%594 = add i32 %593, 0
	%595 = sext i32 %594 to i64
	%596 = getelementptr i16, i16* %km, i64 %595
	%597 = bitcast i16* %596 to i32*
	%598 = load i32, i32* %597
	%599 = mul i32 %11, 1
	%600 = add i32 %572, %599
	%601 = add i32 %600, 8
	%602 = sext i32 %601 to i64
	%603 = getelementptr i16, i16* %km, i64 %602
	%604 = bitcast i16* %603 to i32*
	%605 = load i32, i32* %604
	%606 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %598, i32 %605, float %588, float %589, float %590, float %591)
	%607 = extractvalue { float, float, float, float } %606, 0
	%608 = extractvalue { float, float, float, float } %606, 1
	%609 = extractvalue { float, float, float, float } %606, 2
	%610 = extractvalue { float, float, float, float } %606, 3
	%611 = mul i32 %11, 0
	%612 = add i32 %572, %611
	%613 = add i32 %612, 0
	%614 = sext i32 %613 to i64
	%615 = getelementptr i16, i16* %km, i64 %614
	%616 = bitcast i16* %615 to i32*
	%617 = load i32, i32* %616
	%618 = mul i32 %11, 0
	%619 = add i32 %572, %618
	%620 = add i32 %619, 8
	%621 = sext i32 %620 to i64
	%622 = getelementptr i16, i16* %km, i64 %621
	%623 = bitcast i16* %622 to i32*
	%624 = load i32, i32* %623
	%625 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %617, i32 %624, float %607, float %608, float %609, float %610)
	%626 = extractvalue { float, float, float, float } %625, 0
	%627 = extractvalue { float, float, float, float } %625, 1
	%628 = extractvalue { float, float, float, float } %625, 2
	%629 = extractvalue { float, float, float, float } %625, 3
	%630 = mul i32 %11, 2
	%631 = add i32 %572, %630
	%632 = add i32 %631, 16
	%633 = sext i32 %632 to i64
	%634 = getelementptr i16, i16* %km, i64 %633
	%635 = bitcast i16* %634 to i32*
	%636 = load i32, i32* %635
	%637 = mul i32 %11, 2
	%638 = add i32 %572, %637
	%639 = add i32 %638, 24
	%640 = sext i32 %639 to i64
	%641 = getelementptr i16, i16* %km, i64 %640
	%642 = bitcast i16* %641 to i32*
	%643 = load i32, i32* %642
	%644 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %636, i32 %643, float %626, float %627, float %628, float %629)
	%645 = extractvalue { float, float, float, float } %644, 0
	%646 = extractvalue { float, float, float, float } %644, 1
	%647 = extractvalue { float, float, float, float } %644, 2
	%648 = extractvalue { float, float, float, float } %644, 3
	%649 = mul i32 %11, 1
	%650 = add i32 %572, %649
	%651 = add i32 %650, 16
	%652 = sext i32 %651 to i64
	%653 = getelementptr i16, i16* %km, i64 %652
	%654 = bitcast i16* %653 to i32*
	%655 = load i32, i32* %654
	%656 = mul i32 %11, 1
	%657 = add i32 %572, %656
	%658 = add i32 %657, 24
	%659 = sext i32 %658 to i64
	%660 = getelementptr i16, i16* %km, i64 %659
	%661 = bitcast i16* %660 to i32*
	%662 = load i32, i32* %661
	%663 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %655, i32 %662, float %645, float %646, float %647, float %648)
	%664 = extractvalue { float, float, float, float } %663, 0
	%665 = extractvalue { float, float, float, float } %663, 1
	%666 = extractvalue { float, float, float, float } %663, 2
	%667 = extractvalue { float, float, float, float } %663, 3
	%668 = mul i32 %11, 0
	%669 = add i32 %572, %668
	%670 = add i32 %669, 16
	%671 = sext i32 %670 to i64
	%672 = getelementptr i16, i16* %km, i64 %671
	%673 = bitcast i16* %672 to i32*
	%674 = load i32, i32* %673
	%675 = mul i32 %11, 0
	%676 = add i32 %572, %675
	%677 = add i32 %676, 24
	%678 = sext i32 %677 to i64
	%679 = getelementptr i16, i16* %km, i64 %678
	%680 = bitcast i16* %679 to i32*
	%681 = load i32, i32* %680
	%682 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %674, i32 %681, float %664, float %665, float %666, float %667)
	%683 = extractvalue { float, float, float, float } %682, 0
	%684 = extractvalue { float, float, float, float } %682, 1
	%685 = extractvalue { float, float, float, float } %682, 2
	%686 = extractvalue { float, float, float, float } %682, 3
	%687 = mul i32 %11, 2
	%688 = add i32 %572, %687
	%689 = add i32 %688, 32
	%690 = sext i32 %689 to i64
	%691 = getelementptr i16, i16* %km, i64 %690
	%692 = bitcast i16* %691 to i32*
	%693 = load i32, i32* %692
	%694 = mul i32 %11, 2
	%695 = add i32 %572, %694
	%696 = add i32 %695, 40
	%697 = sext i32 %696 to i64
	%698 = getelementptr i16, i16* %km, i64 %697
	%699 = bitcast i16* %698 to i32*
	%700 = load i32, i32* %699
	%701 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %693, i32 %700, float %683, float %684, float %685, float %686)
	%702 = extractvalue { float, float, float, float } %701, 0
	%703 = extractvalue { float, float, float, float } %701, 1
	%704 = extractvalue { float, float, float, float } %701, 2
	%705 = extractvalue { float, float, float, float } %701, 3
	%706 = mul i32 %11, 1
	%707 = add i32 %572, %706
	%708 = add i32 %707, 32
	%709 = sext i32 %708 to i64
	%710 = getelementptr i16, i16* %km, i64 %709
	%711 = bitcast i16* %710 to i32*
	%712 = load i32, i32* %711
	%713 = mul i32 %11, 1
	%714 = add i32 %572, %713
	%715 = add i32 %714, 40
	%716 = sext i32 %715 to i64
	%717 = getelementptr i16, i16* %km, i64 %716
	%718 = bitcast i16* %717 to i32*
	%719 = load i32, i32* %718
	%720 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %712, i32 %719, float %702, float %703, float %704, float %705)
	%721 = extractvalue { float, float, float, float } %720, 0
	%722 = extractvalue { float, float, float, float } %720, 1
	%723 = extractvalue { float, float, float, float } %720, 2
	%724 = extractvalue { float, float, float, float } %720, 3
	%725 = mul i32 %11, 0
	%726 = add i32 %572, %725
	%727 = add i32 %726, 32
	%728 = sext i32 %727 to i64
	%729 = getelementptr i16, i16* %km, i64 %728
	%730 = bitcast i16* %729 to i32*
	%731 = load i32, i32* %730
	%732 = mul i32 %11, 0
	%733 = add i32 %572, %732
	%734 = add i32 %733, 40
	%735 = sext i32 %734 to i64
	%736 = getelementptr i16, i16* %km, i64 %735
	%737 = bitcast i16* %736 to i32*
	%738 = load i32, i32* %737
	%739 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %731, i32 %738, float %721, float %722, float %723, float %724)
	%740 = extractvalue { float, float, float, float } %739, 0
	%741 = extractvalue { float, float, float, float } %739, 1
	%742 = extractvalue { float, float, float, float } %739, 2
	%743 = extractvalue { float, float, float, float } %739, 3
	%744 = mul i32 %11, 2
	%745 = add i32 %572, %744
	%746 = add i32 %745, 48
	%747 = sext i32 %746 to i64
	%748 = getelementptr i16, i16* %km, i64 %747
	%749 = bitcast i16* %748 to i32*
	%750 = load i32, i32* %749
	%751 = mul i32 %11, 2
	%752 = add i32 %572, %751
	%753 = add i32 %752, 56
	%754 = sext i32 %753 to i64
	%755 = getelementptr i16, i16* %km, i64 %754
	%756 = bitcast i16* %755 to i32*
	%757 = load i32, i32* %756
	%758 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %750, i32 %757, float %740, float %741, float %742, float %743)
	%759 = extractvalue { float, float, float, float } %758, 0
	%760 = extractvalue { float, float, float, float } %758, 1
	%761 = extractvalue { float, float, float, float } %758, 2
	%762 = extractvalue { float, float, float, float } %758, 3
	%763 = mul i32 %11, 1
	%764 = add i32 %572, %763
	%765 = add i32 %764, 48
	%766 = sext i32 %765 to i64
	%767 = getelementptr i16, i16* %km, i64 %766
	%768 = bitcast i16* %767 to i32*
	%769 = load i32, i32* %768
	%770 = mul i32 %11, 1
	%771 = add i32 %572, %770
	%772 = add i32 %771, 56
	%773 = sext i32 %772 to i64
	%774 = getelementptr i16, i16* %km, i64 %773
	%775 = bitcast i16* %774 to i32*
	%776 = load i32, i32* %775
	%777 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %769, i32 %776, float %759, float %760, float %761, float %762)
	%778 = extractvalue { float, float, float, float } %777, 0
	%779 = extractvalue { float, float, float, float } %777, 1
	%780 = extractvalue { float, float, float, float } %777, 2
	%781 = extractvalue { float, float, float, float } %777, 3
	%782 = mul i32 %11, 0
	%783 = add i32 %572, %782
	%784 = add i32 %783, 48
	%785 = sext i32 %784 to i64
	%786 = getelementptr i16, i16* %km, i64 %785
	%787 = bitcast i16* %786 to i32*
	%788 = load i32, i32* %787
	%789 = mul i32 %11, 0
	%790 = add i32 %572, %789
	%791 = add i32 %790, 56
	%792 = sext i32 %791 to i64
	%793 = getelementptr i16, i16* %km, i64 %792
	%794 = bitcast i16* %793 to i32*
	%795 = load i32, i32* %794
	%796 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %788, i32 %795, float %778, float %779, float %780, float %781)
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
	%811 = mul i32 %11, 2
	%812 = add i32 %810, %811
	%813 = add i32 %812, 0
	%814 = sext i32 %813 to i64
	%815 = getelementptr i16, i16* %km, i64 %814
	%816 = bitcast i16* %815 to i32*
	%817 = load i32, i32* %816
	%818 = mul i32 %11, 2
	%819 = add i32 %810, %818
	%820 = add i32 %819, 8
	%821 = sext i32 %820 to i64
	%822 = getelementptr i16, i16* %km, i64 %821
	%823 = bitcast i16* %822 to i32*
	%824 = load i32, i32* %823
	%825 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %817, i32 %824, float 0.0, float 0.0, float 0.0, float 0.0)
	%826 = extractvalue { float, float, float, float } %825, 0
	%827 = extractvalue { float, float, float, float } %825, 1
	%828 = extractvalue { float, float, float, float } %825, 2
	%829 = extractvalue { float, float, float, float } %825, 3
	%830 = mul i32 %11, 1
	%831 = add i32 %810, %830
	%832 = add i32 %831, 0
	%833 = sext i32 %832 to i64
	%834 = getelementptr i16, i16* %km, i64 %833
	%835 = bitcast i16* %834 to i32*
	%836 = load i32, i32* %835
	%837 = mul i32 %11, 1
	%838 = add i32 %810, %837
	%839 = add i32 %838, 8
	%840 = sext i32 %839 to i64
	%841 = getelementptr i16, i16* %km, i64 %840
	%842 = bitcast i16* %841 to i32*
	%843 = load i32, i32* %842
	%844 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %836, i32 %843, float %826, float %827, float %828, float %829)
	%845 = extractvalue { float, float, float, float } %844, 0
	%846 = extractvalue { float, float, float, float } %844, 1
	%847 = extractvalue { float, float, float, float } %844, 2
	%848 = extractvalue { float, float, float, float } %844, 3
	%849 = mul i32 %11, 0
	%850 = add i32 %810, %849
	%851 = add i32 %850, 0
	%852 = sext i32 %851 to i64
	%853 = getelementptr i16, i16* %km, i64 %852
	%854 = bitcast i16* %853 to i32*
	%855 = load i32, i32* %854
	%856 = mul i32 %11, 0
	%857 = add i32 %810, %856
	%858 = add i32 %857, 8
	%859 = sext i32 %858 to i64
	%860 = getelementptr i16, i16* %km, i64 %859
	%861 = bitcast i16* %860 to i32*
	%862 = load i32, i32* %861
	%863 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %855, i32 %862, float %845, float %846, float %847, float %848)
	%864 = extractvalue { float, float, float, float } %863, 0
	%865 = extractvalue { float, float, float, float } %863, 1
	%866 = extractvalue { float, float, float, float } %863, 2
	%867 = extractvalue { float, float, float, float } %863, 3
	%868 = mul i32 %11, 2
	%869 = add i32 %810, %868
	%870 = add i32 %869, 16
	%871 = sext i32 %870 to i64
	%872 = getelementptr i16, i16* %km, i64 %871
	%873 = bitcast i16* %872 to i32*
	%874 = load i32, i32* %873
	%875 = mul i32 %11, 2
	%876 = add i32 %810, %875
	%877 = add i32 %876, 24
	%878 = sext i32 %877 to i64
	%879 = getelementptr i16, i16* %km, i64 %878
	%880 = bitcast i16* %879 to i32*
	%881 = load i32, i32* %880
	%882 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %874, i32 %881, float %864, float %865, float %866, float %867)
	%883 = extractvalue { float, float, float, float } %882, 0
	%884 = extractvalue { float, float, float, float } %882, 1
	%885 = extractvalue { float, float, float, float } %882, 2
	%886 = extractvalue { float, float, float, float } %882, 3
	%887 = mul i32 %11, 1
	%888 = add i32 %810, %887
	%889 = add i32 %888, 16
	%890 = sext i32 %889 to i64
	%891 = getelementptr i16, i16* %km, i64 %890
	%892 = bitcast i16* %891 to i32*
	%893 = load i32, i32* %892
	%894 = mul i32 %11, 1
	%895 = add i32 %810, %894
	%896 = add i32 %895, 24
	%897 = sext i32 %896 to i64
	%898 = getelementptr i16, i16* %km, i64 %897
	%899 = bitcast i16* %898 to i32*
	%900 = load i32, i32* %899
	%901 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %893, i32 %900, float %883, float %884, float %885, float %886)
	%902 = extractvalue { float, float, float, float } %901, 0
	%903 = extractvalue { float, float, float, float } %901, 1
	%904 = extractvalue { float, float, float, float } %901, 2
	%905 = extractvalue { float, float, float, float } %901, 3
	%906 = mul i32 %11, 0
	%907 = add i32 %810, %906
	%908 = add i32 %907, 16
	%909 = sext i32 %908 to i64
	%910 = getelementptr i16, i16* %km, i64 %909
	%911 = bitcast i16* %910 to i32*
	%912 = load i32, i32* %911
	%913 = mul i32 %11, 0
	%914 = add i32 %810, %913
	%915 = add i32 %914, 24
	%916 = sext i32 %915 to i64
	%917 = getelementptr i16, i16* %km, i64 %916
	%918 = bitcast i16* %917 to i32*
	%919 = load i32, i32* %918
	%920 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %912, i32 %919, float %902, float %903, float %904, float %905)
	%921 = extractvalue { float, float, float, float } %920, 0
	%922 = extractvalue { float, float, float, float } %920, 1
	%923 = extractvalue { float, float, float, float } %920, 2
	%924 = extractvalue { float, float, float, float } %920, 3
	%925 = mul i32 %11, 2
	%926 = add i32 %810, %925
	%927 = add i32 %926, 32
	%928 = sext i32 %927 to i64
	%929 = getelementptr i16, i16* %km, i64 %928
	%930 = bitcast i16* %929 to i32*
	%931 = load i32, i32* %930
	%932 = mul i32 %11, 2
	%933 = add i32 %810, %932
	%934 = add i32 %933, 40
	%935 = sext i32 %934 to i64
	%936 = getelementptr i16, i16* %km, i64 %935
	%937 = bitcast i16* %936 to i32*
	%938 = load i32, i32* %937
	%939 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %931, i32 %938, float %921, float %922, float %923, float %924)
	%940 = extractvalue { float, float, float, float } %939, 0
	%941 = extractvalue { float, float, float, float } %939, 1
	%942 = extractvalue { float, float, float, float } %939, 2
	%943 = extractvalue { float, float, float, float } %939, 3
	%944 = mul i32 %11, 1
	%945 = add i32 %810, %944
	%946 = add i32 %945, 32
	%947 = sext i32 %946 to i64
	%948 = getelementptr i16, i16* %km, i64 %947
	%949 = bitcast i16* %948 to i32*
	%950 = load i32, i32* %949
	%951 = mul i32 %11, 1
	%952 = add i32 %810, %951
	%953 = add i32 %952, 40
	%954 = sext i32 %953 to i64
	%955 = getelementptr i16, i16* %km, i64 %954
	%956 = bitcast i16* %955 to i32*
	%957 = load i32, i32* %956
	%958 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %950, i32 %957, float %940, float %941, float %942, float %943)
	%959 = extractvalue { float, float, float, float } %958, 0
	%960 = extractvalue { float, float, float, float } %958, 1
	%961 = extractvalue { float, float, float, float } %958, 2
	%962 = extractvalue { float, float, float, float } %958, 3
	%963 = mul i32 %11, 0
	%964 = add i32 %810, %963
	%965 = add i32 %964, 32
	%966 = sext i32 %965 to i64
	%967 = getelementptr i16, i16* %km, i64 %966
	%968 = bitcast i16* %967 to i32*
	%969 = load i32, i32* %968
	%970 = mul i32 %11, 0
	%971 = add i32 %810, %970
	%972 = add i32 %971, 40
	%973 = sext i32 %972 to i64
	%974 = getelementptr i16, i16* %km, i64 %973
	%975 = bitcast i16* %974 to i32*
	%976 = load i32, i32* %975
	%977 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %969, i32 %976, float %959, float %960, float %961, float %962)
	%978 = extractvalue { float, float, float, float } %977, 0
	%979 = extractvalue { float, float, float, float } %977, 1
	%980 = extractvalue { float, float, float, float } %977, 2
	%981 = extractvalue { float, float, float, float } %977, 3
	%982 = mul i32 %11, 2
	%983 = add i32 %810, %982
	%984 = add i32 %983, 48
	%985 = sext i32 %984 to i64
	%986 = getelementptr i16, i16* %km, i64 %985
	%987 = bitcast i16* %986 to i32*
	%988 = load i32, i32* %987
	%989 = mul i32 %11, 2
	%990 = add i32 %810, %989
	%991 = add i32 %990, 56
	%992 = sext i32 %991 to i64
	%993 = getelementptr i16, i16* %km, i64 %992
	%994 = bitcast i16* %993 to i32*
	%995 = load i32, i32* %994
	%996 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %988, i32 %995, float %978, float %979, float %980, float %981)
	%997 = extractvalue { float, float, float, float } %996, 0
	%998 = extractvalue { float, float, float, float } %996, 1
	%999 = extractvalue { float, float, float, float } %996, 2
	%1000 = extractvalue { float, float, float, float } %996, 3
	%1001 = mul i32 %11, 1
	%1002 = add i32 %810, %1001
	%1003 = add i32 %1002, 48
	%1004 = sext i32 %1003 to i64
	%1005 = getelementptr i16, i16* %km, i64 %1004
	%1006 = bitcast i16* %1005 to i32*
	%1007 = load i32, i32* %1006
	%1008 = mul i32 %11, 1
	%1009 = add i32 %810, %1008
	%1010 = add i32 %1009, 56
	%1011 = sext i32 %1010 to i64
	%1012 = getelementptr i16, i16* %km, i64 %1011
	%1013 = bitcast i16* %1012 to i32*
	%1014 = load i32, i32* %1013
	%1015 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %1007, i32 %1014, float %997, float %998, float %999, float %1000)
	%1016 = extractvalue { float, float, float, float } %1015, 0
	%1017 = extractvalue { float, float, float, float } %1015, 1
	%1018 = extractvalue { float, float, float, float } %1015, 2
	%1019 = extractvalue { float, float, float, float } %1015, 3
	%1020 = mul i32 %11, 0
	%1021 = add i32 %810, %1020
	%1022 = add i32 %1021, 48
	%1023 = sext i32 %1022 to i64
	%1024 = getelementptr i16, i16* %km, i64 %1023
	%1025 = bitcast i16* %1024 to i32*
	%1026 = load i32, i32* %1025
	%1027 = mul i32 %11, 0
	%1028 = add i32 %810, %1027
	%1029 = add i32 %1028, 56
	%1030 = sext i32 %1029 to i64
	%1031 = getelementptr i16, i16* %km, i64 %1030
	%1032 = bitcast i16* %1031 to i32*
	%1033 = load i32, i32* %1032
	%1034 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %1026, i32 %1033, float %1016, float %1017, float %1018, float %1019)
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
	%1049 = mul i32 %11, 2
	%1050 = add i32 %1048, %1049
	%1051 = add i32 %1050, 0
	%1052 = sext i32 %1051 to i64
	%1053 = getelementptr i16, i16* %km, i64 %1052
	%1054 = bitcast i16* %1053 to i32*
	%1055 = load i32, i32* %1054
	%1056 = mul i32 %11, 2
	%1057 = add i32 %1048, %1056
	%1058 = add i32 %1057, 8
	%1059 = sext i32 %1058 to i64
	%1060 = getelementptr i16, i16* %km, i64 %1059
	%1061 = bitcast i16* %1060 to i32*
	%1062 = load i32, i32* %1061
	%1063 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %1055, i32 %1062, float 0.0, float 0.0, float 0.0, float 0.0)
	%1064 = extractvalue { float, float, float, float } %1063, 0
	%1065 = extractvalue { float, float, float, float } %1063, 1
	%1066 = extractvalue { float, float, float, float } %1063, 2
	%1067 = extractvalue { float, float, float, float } %1063, 3
	%1068 = mul i32 %11, 1
	%1069 = add i32 %1048, %1068
	%1070 = add i32 %1069, 0
	%1071 = sext i32 %1070 to i64
	%1072 = getelementptr i16, i16* %km, i64 %1071
	%1073 = bitcast i16* %1072 to i32*
	%1074 = load i32, i32* %1073
	%1075 = mul i32 %11, 1
	%1076 = add i32 %1048, %1075
	%1077 = add i32 %1076, 8
	%1078 = sext i32 %1077 to i64
	%1079 = getelementptr i16, i16* %km, i64 %1078
	%1080 = bitcast i16* %1079 to i32*
	%1081 = load i32, i32* %1080
	%1082 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %1074, i32 %1081, float %1064, float %1065, float %1066, float %1067)
	%1083 = extractvalue { float, float, float, float } %1082, 0
	%1084 = extractvalue { float, float, float, float } %1082, 1
	%1085 = extractvalue { float, float, float, float } %1082, 2
	%1086 = extractvalue { float, float, float, float } %1082, 3
	%1087 = mul i32 %11, 0
	%1088 = add i32 %1048, %1087
	%1089 = add i32 %1088, 0
	%1090 = sext i32 %1089 to i64
	%1091 = getelementptr i16, i16* %km, i64 %1090
	%1092 = bitcast i16* %1091 to i32*
	%1093 = load i32, i32* %1092
	%1094 = mul i32 %11, 0
	%1095 = add i32 %1048, %1094
	%1096 = add i32 %1095, 8
	%1097 = sext i32 %1096 to i64
	%1098 = getelementptr i16, i16* %km, i64 %1097
	%1099 = bitcast i16* %1098 to i32*
	%1100 = load i32, i32* %1099
	%1101 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %1093, i32 %1100, float %1083, float %1084, float %1085, float %1086)
	%1102 = extractvalue { float, float, float, float } %1101, 0
	%1103 = extractvalue { float, float, float, float } %1101, 1
	%1104 = extractvalue { float, float, float, float } %1101, 2
	%1105 = extractvalue { float, float, float, float } %1101, 3
	%1106 = mul i32 %11, 2
	%1107 = add i32 %1048, %1106
	%1108 = add i32 %1107, 16
	%1109 = sext i32 %1108 to i64
	%1110 = getelementptr i16, i16* %km, i64 %1109
	%1111 = bitcast i16* %1110 to i32*
	%1112 = load i32, i32* %1111
	%1113 = mul i32 %11, 2
	%1114 = add i32 %1048, %1113
	%1115 = add i32 %1114, 24
	%1116 = sext i32 %1115 to i64
	%1117 = getelementptr i16, i16* %km, i64 %1116
	%1118 = bitcast i16* %1117 to i32*
	%1119 = load i32, i32* %1118
	%1120 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %1112, i32 %1119, float %1102, float %1103, float %1104, float %1105)
	%1121 = extractvalue { float, float, float, float } %1120, 0
	%1122 = extractvalue { float, float, float, float } %1120, 1
	%1123 = extractvalue { float, float, float, float } %1120, 2
	%1124 = extractvalue { float, float, float, float } %1120, 3
	%1125 = mul i32 %11, 1
	%1126 = add i32 %1048, %1125
	%1127 = add i32 %1126, 16
	%1128 = sext i32 %1127 to i64
	%1129 = getelementptr i16, i16* %km, i64 %1128
	%1130 = bitcast i16* %1129 to i32*
	%1131 = load i32, i32* %1130
	%1132 = mul i32 %11, 1
	%1133 = add i32 %1048, %1132
	%1134 = add i32 %1133, 24
	%1135 = sext i32 %1134 to i64
	%1136 = getelementptr i16, i16* %km, i64 %1135
	%1137 = bitcast i16* %1136 to i32*
	%1138 = load i32, i32* %1137
	%1139 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %1131, i32 %1138, float %1121, float %1122, float %1123, float %1124)
	%1140 = extractvalue { float, float, float, float } %1139, 0
	%1141 = extractvalue { float, float, float, float } %1139, 1
	%1142 = extractvalue { float, float, float, float } %1139, 2
	%1143 = extractvalue { float, float, float, float } %1139, 3
	%1144 = mul i32 %11, 0
	%1145 = add i32 %1048, %1144
	%1146 = add i32 %1145, 16
	%1147 = sext i32 %1146 to i64
	%1148 = getelementptr i16, i16* %km, i64 %1147
	%1149 = bitcast i16* %1148 to i32*
	%1150 = load i32, i32* %1149
	%1151 = mul i32 %11, 0
	%1152 = add i32 %1048, %1151
	%1153 = add i32 %1152, 24
	%1154 = sext i32 %1153 to i64
	%1155 = getelementptr i16, i16* %km, i64 %1154
	%1156 = bitcast i16* %1155 to i32*
	%1157 = load i32, i32* %1156
	%1158 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %1150, i32 %1157, float %1140, float %1141, float %1142, float %1143)
	%1159 = extractvalue { float, float, float, float } %1158, 0
	%1160 = extractvalue { float, float, float, float } %1158, 1
	%1161 = extractvalue { float, float, float, float } %1158, 2
	%1162 = extractvalue { float, float, float, float } %1158, 3
	%1163 = mul i32 %11, 2
	%1164 = add i32 %1048, %1163
	%1165 = add i32 %1164, 32
	%1166 = sext i32 %1165 to i64
	%1167 = getelementptr i16, i16* %km, i64 %1166
	%1168 = bitcast i16* %1167 to i32*
	%1169 = load i32, i32* %1168
	%1170 = mul i32 %11, 2
	%1171 = add i32 %1048, %1170
	%1172 = add i32 %1171, 40
	%1173 = sext i32 %1172 to i64
	%1174 = getelementptr i16, i16* %km, i64 %1173
	%1175 = bitcast i16* %1174 to i32*
	%1176 = load i32, i32* %1175
	%1177 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %1169, i32 %1176, float %1159, float %1160, float %1161, float %1162)
	%1178 = extractvalue { float, float, float, float } %1177, 0
	%1179 = extractvalue { float, float, float, float } %1177, 1
	%1180 = extractvalue { float, float, float, float } %1177, 2
	%1181 = extractvalue { float, float, float, float } %1177, 3
	%1182 = mul i32 %11, 1
	%1183 = add i32 %1048, %1182
	%1184 = add i32 %1183, 32
	%1185 = sext i32 %1184 to i64
	%1186 = getelementptr i16, i16* %km, i64 %1185
	%1187 = bitcast i16* %1186 to i32*
	%1188 = load i32, i32* %1187
	%1189 = mul i32 %11, 1
	%1190 = add i32 %1048, %1189
	%1191 = add i32 %1190, 40
	%1192 = sext i32 %1191 to i64
	%1193 = getelementptr i16, i16* %km, i64 %1192
	%1194 = bitcast i16* %1193 to i32*
	%1195 = load i32, i32* %1194
	%1196 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %1188, i32 %1195, float %1178, float %1179, float %1180, float %1181)
	%1197 = extractvalue { float, float, float, float } %1196, 0
	%1198 = extractvalue { float, float, float, float } %1196, 1
	%1199 = extractvalue { float, float, float, float } %1196, 2
	%1200 = extractvalue { float, float, float, float } %1196, 3
	%1201 = mul i32 %11, 0
	%1202 = add i32 %1048, %1201
	%1203 = add i32 %1202, 32
	%1204 = sext i32 %1203 to i64
	%1205 = getelementptr i16, i16* %km, i64 %1204
	%1206 = bitcast i16* %1205 to i32*
	%1207 = load i32, i32* %1206
	%1208 = mul i32 %11, 0
	%1209 = add i32 %1048, %1208
	%1210 = add i32 %1209, 40
	%1211 = sext i32 %1210 to i64
	%1212 = getelementptr i16, i16* %km, i64 %1211
	%1213 = bitcast i16* %1212 to i32*
	%1214 = load i32, i32* %1213
	%1215 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %1207, i32 %1214, float %1197, float %1198, float %1199, float %1200)
	%1216 = extractvalue { float, float, float, float } %1215, 0
	%1217 = extractvalue { float, float, float, float } %1215, 1
	%1218 = extractvalue { float, float, float, float } %1215, 2
	%1219 = extractvalue { float, float, float, float } %1215, 3
	%1220 = mul i32 %11, 2
	%1221 = add i32 %1048, %1220
	%1222 = add i32 %1221, 48
	%1223 = sext i32 %1222 to i64
	%1224 = getelementptr i16, i16* %km, i64 %1223
	%1225 = bitcast i16* %1224 to i32*
	%1226 = load i32, i32* %1225
	%1227 = mul i32 %11, 2
	%1228 = add i32 %1048, %1227
	%1229 = add i32 %1228, 56
	%1230 = sext i32 %1229 to i64
	%1231 = getelementptr i16, i16* %km, i64 %1230
	%1232 = bitcast i16* %1231 to i32*
	%1233 = load i32, i32* %1232
	%1234 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %1226, i32 %1233, float %1216, float %1217, float %1218, float %1219)
	%1235 = extractvalue { float, float, float, float } %1234, 0
	%1236 = extractvalue { float, float, float, float } %1234, 1
	%1237 = extractvalue { float, float, float, float } %1234, 2
	%1238 = extractvalue { float, float, float, float } %1234, 3
	%1239 = mul i32 %11, 1
	%1240 = add i32 %1048, %1239
	%1241 = add i32 %1240, 48
	%1242 = sext i32 %1241 to i64
	%1243 = getelementptr i16, i16* %km, i64 %1242
	%1244 = bitcast i16* %1243 to i32*
	%1245 = load i32, i32* %1244
	%1246 = mul i32 %11, 1
	%1247 = add i32 %1048, %1246
	%1248 = add i32 %1247, 56
	%1249 = sext i32 %1248 to i64
	%1250 = getelementptr i16, i16* %km, i64 %1249
	%1251 = bitcast i16* %1250 to i32*
	%1252 = load i32, i32* %1251
	%1253 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %1245, i32 %1252, float %1235, float %1236, float %1237, float %1238)
	%1254 = extractvalue { float, float, float, float } %1253, 0
	%1255 = extractvalue { float, float, float, float } %1253, 1
	%1256 = extractvalue { float, float, float, float } %1253, 2
	%1257 = extractvalue { float, float, float, float } %1253, 3
	%1258 = mul i32 %11, 0
	%1259 = add i32 %1048, %1258
	%1260 = add i32 %1259, 48
	%1261 = sext i32 %1260 to i64
	%1262 = getelementptr i16, i16* %km, i64 %1261
	%1263 = bitcast i16* %1262 to i32*
	%1264 = load i32, i32* %1263
	%1265 = mul i32 %11, 0
	%1266 = add i32 %1048, %1265
	%1267 = add i32 %1266, 56
	%1268 = sext i32 %1267 to i64
	%1269 = getelementptr i16, i16* %km, i64 %1268
	%1270 = bitcast i16* %1269 to i32*
	%1271 = load i32, i32* %1270
	%1272 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %1264, i32 %1271, float %1254, float %1255, float %1256, float %1257)
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
	%1287 = mul i32 %11, 2
	%1288 = add i32 %1286, %1287
	%1289 = add i32 %1288, 0
	%1290 = sext i32 %1289 to i64
	%1291 = getelementptr i16, i16* %km, i64 %1290
	%1292 = bitcast i16* %1291 to i32*
	%1293 = load i32, i32* %1292
	%1294 = mul i32 %11, 2
	%1295 = add i32 %1286, %1294
	%1296 = add i32 %1295, 8
	%1297 = sext i32 %1296 to i64
	%1298 = getelementptr i16, i16* %km, i64 %1297
	%1299 = bitcast i16* %1298 to i32*
	%1300 = load i32, i32* %1299
	%1301 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %1293, i32 %1300, float 0.0, float 0.0, float 0.0, float 0.0)
	%1302 = extractvalue { float, float, float, float } %1301, 0
	%1303 = extractvalue { float, float, float, float } %1301, 1
	%1304 = extractvalue { float, float, float, float } %1301, 2
	%1305 = extractvalue { float, float, float, float } %1301, 3
	%1306 = mul i32 %11, 1
	%1307 = add i32 %1286, %1306
	%1308 = add i32 %1307, 0
	%1309 = sext i32 %1308 to i64
	%1310 = getelementptr i16, i16* %km, i64 %1309
	%1311 = bitcast i16* %1310 to i32*
	%1312 = load i32, i32* %1311
	%1313 = mul i32 %11, 1
	%1314 = add i32 %1286, %1313
	%1315 = add i32 %1314, 8
	%1316 = sext i32 %1315 to i64
	%1317 = getelementptr i16, i16* %km, i64 %1316
	%1318 = bitcast i16* %1317 to i32*
	%1319 = load i32, i32* %1318
	%1320 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %1312, i32 %1319, float %1302, float %1303, float %1304, float %1305)
	%1321 = extractvalue { float, float, float, float } %1320, 0
	%1322 = extractvalue { float, float, float, float } %1320, 1
	%1323 = extractvalue { float, float, float, float } %1320, 2
	%1324 = extractvalue { float, float, float, float } %1320, 3
	%1325 = mul i32 %11, 0
	%1326 = add i32 %1286, %1325
	%1327 = add i32 %1326, 0
	%1328 = sext i32 %1327 to i64
	%1329 = getelementptr i16, i16* %km, i64 %1328
	%1330 = bitcast i16* %1329 to i32*
	%1331 = load i32, i32* %1330
	%1332 = mul i32 %11, 0
	%1333 = add i32 %1286, %1332
	%1334 = add i32 %1333, 8
	%1335 = sext i32 %1334 to i64
	%1336 = getelementptr i16, i16* %km, i64 %1335
	%1337 = bitcast i16* %1336 to i32*
	%1338 = load i32, i32* %1337
	%1339 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %1331, i32 %1338, float %1321, float %1322, float %1323, float %1324)
	%1340 = extractvalue { float, float, float, float } %1339, 0
	%1341 = extractvalue { float, float, float, float } %1339, 1
	%1342 = extractvalue { float, float, float, float } %1339, 2
	%1343 = extractvalue { float, float, float, float } %1339, 3
	%1344 = mul i32 %11, 2
	%1345 = add i32 %1286, %1344
	%1346 = add i32 %1345, 16
	%1347 = sext i32 %1346 to i64
	%1348 = getelementptr i16, i16* %km, i64 %1347
	%1349 = bitcast i16* %1348 to i32*
	%1350 = load i32, i32* %1349
	%1351 = mul i32 %11, 2
	%1352 = add i32 %1286, %1351
	%1353 = add i32 %1352, 24
	%1354 = sext i32 %1353 to i64
	%1355 = getelementptr i16, i16* %km, i64 %1354
	%1356 = bitcast i16* %1355 to i32*
	%1357 = load i32, i32* %1356
	%1358 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %1350, i32 %1357, float %1340, float %1341, float %1342, float %1343)
	%1359 = extractvalue { float, float, float, float } %1358, 0
	%1360 = extractvalue { float, float, float, float } %1358, 1
	%1361 = extractvalue { float, float, float, float } %1358, 2
	%1362 = extractvalue { float, float, float, float } %1358, 3
	%1363 = mul i32 %11, 1
	%1364 = add i32 %1286, %1363
	%1365 = add i32 %1364, 16
	%1366 = sext i32 %1365 to i64
	%1367 = getelementptr i16, i16* %km, i64 %1366
	%1368 = bitcast i16* %1367 to i32*
	%1369 = load i32, i32* %1368
	%1370 = mul i32 %11, 1
	%1371 = add i32 %1286, %1370
	%1372 = add i32 %1371, 24
	%1373 = sext i32 %1372 to i64
	%1374 = getelementptr i16, i16* %km, i64 %1373
	%1375 = bitcast i16* %1374 to i32*
	%1376 = load i32, i32* %1375
	%1377 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %1369, i32 %1376, float %1359, float %1360, float %1361, float %1362)
	%1378 = extractvalue { float, float, float, float } %1377, 0
	%1379 = extractvalue { float, float, float, float } %1377, 1
	%1380 = extractvalue { float, float, float, float } %1377, 2
	%1381 = extractvalue { float, float, float, float } %1377, 3
	%1382 = mul i32 %11, 0
	%1383 = add i32 %1286, %1382
	%1384 = add i32 %1383, 16
	%1385 = sext i32 %1384 to i64
	%1386 = getelementptr i16, i16* %km, i64 %1385
	%1387 = bitcast i16* %1386 to i32*
	%1388 = load i32, i32* %1387
	%1389 = mul i32 %11, 0
	%1390 = add i32 %1286, %1389
	%1391 = add i32 %1390, 24
	%1392 = sext i32 %1391 to i64
	%1393 = getelementptr i16, i16* %km, i64 %1392
	%1394 = bitcast i16* %1393 to i32*
	%1395 = load i32, i32* %1394
	%1396 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %1388, i32 %1395, float %1378, float %1379, float %1380, float %1381)
	%1397 = extractvalue { float, float, float, float } %1396, 0
	%1398 = extractvalue { float, float, float, float } %1396, 1
	%1399 = extractvalue { float, float, float, float } %1396, 2
	%1400 = extractvalue { float, float, float, float } %1396, 3
	%1401 = mul i32 %11, 2
	%1402 = add i32 %1286, %1401
	%1403 = add i32 %1402, 32
	%1404 = sext i32 %1403 to i64
	%1405 = getelementptr i16, i16* %km, i64 %1404
	%1406 = bitcast i16* %1405 to i32*
	%1407 = load i32, i32* %1406
	%1408 = mul i32 %11, 2
	%1409 = add i32 %1286, %1408
	%1410 = add i32 %1409, 40
	%1411 = sext i32 %1410 to i64
	%1412 = getelementptr i16, i16* %km, i64 %1411
	%1413 = bitcast i16* %1412 to i32*
	%1414 = load i32, i32* %1413
	%1415 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %1407, i32 %1414, float %1397, float %1398, float %1399, float %1400)
	%1416 = extractvalue { float, float, float, float } %1415, 0
	%1417 = extractvalue { float, float, float, float } %1415, 1
	%1418 = extractvalue { float, float, float, float } %1415, 2
	%1419 = extractvalue { float, float, float, float } %1415, 3
	%1420 = mul i32 %11, 1
	%1421 = add i32 %1286, %1420
	%1422 = add i32 %1421, 32
	%1423 = sext i32 %1422 to i64
	%1424 = getelementptr i16, i16* %km, i64 %1423
	%1425 = bitcast i16* %1424 to i32*
	%1426 = load i32, i32* %1425
	%1427 = mul i32 %11, 1
	%1428 = add i32 %1286, %1427
	%1429 = add i32 %1428, 40
	%1430 = sext i32 %1429 to i64
	%1431 = getelementptr i16, i16* %km, i64 %1430
	%1432 = bitcast i16* %1431 to i32*
	%1433 = load i32, i32* %1432
	%1434 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %1426, i32 %1433, float %1416, float %1417, float %1418, float %1419)
	%1435 = extractvalue { float, float, float, float } %1434, 0
	%1436 = extractvalue { float, float, float, float } %1434, 1
	%1437 = extractvalue { float, float, float, float } %1434, 2
	%1438 = extractvalue { float, float, float, float } %1434, 3
	%1439 = mul i32 %11, 0
	%1440 = add i32 %1286, %1439
	%1441 = add i32 %1440, 32
	%1442 = sext i32 %1441 to i64
	%1443 = getelementptr i16, i16* %km, i64 %1442
	%1444 = bitcast i16* %1443 to i32*
	%1445 = load i32, i32* %1444
	%1446 = mul i32 %11, 0
	%1447 = add i32 %1286, %1446
	%1448 = add i32 %1447, 40
	%1449 = sext i32 %1448 to i64
	%1450 = getelementptr i16, i16* %km, i64 %1449
	%1451 = bitcast i16* %1450 to i32*
	%1452 = load i32, i32* %1451
	%1453 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %1445, i32 %1452, float %1435, float %1436, float %1437, float %1438)
	%1454 = extractvalue { float, float, float, float } %1453, 0
	%1455 = extractvalue { float, float, float, float } %1453, 1
	%1456 = extractvalue { float, float, float, float } %1453, 2
	%1457 = extractvalue { float, float, float, float } %1453, 3
	%1458 = mul i32 %11, 2
	%1459 = add i32 %1286, %1458
	%1460 = add i32 %1459, 48
	%1461 = sext i32 %1460 to i64
	%1462 = getelementptr i16, i16* %km, i64 %1461
	%1463 = bitcast i16* %1462 to i32*
	%1464 = load i32, i32* %1463
	%1465 = mul i32 %11, 2
	%1466 = add i32 %1286, %1465
	%1467 = add i32 %1466, 56
	%1468 = sext i32 %1467 to i64
	%1469 = getelementptr i16, i16* %km, i64 %1468
	%1470 = bitcast i16* %1469 to i32*
	%1471 = load i32, i32* %1470
	%1472 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %1464, i32 %1471, float %1454, float %1455, float %1456, float %1457)
	%1473 = extractvalue { float, float, float, float } %1472, 0
	%1474 = extractvalue { float, float, float, float } %1472, 1
	%1475 = extractvalue { float, float, float, float } %1472, 2
	%1476 = extractvalue { float, float, float, float } %1472, 3
	%1477 = mul i32 %11, 1
	%1478 = add i32 %1286, %1477
	%1479 = add i32 %1478, 48
	%1480 = sext i32 %1479 to i64
	%1481 = getelementptr i16, i16* %km, i64 %1480
	%1482 = bitcast i16* %1481 to i32*
	%1483 = load i32, i32* %1482
	%1484 = mul i32 %11, 1
	%1485 = add i32 %1286, %1484
	%1486 = add i32 %1485, 56
	%1487 = sext i32 %1486 to i64
	%1488 = getelementptr i16, i16* %km, i64 %1487
	%1489 = bitcast i16* %1488 to i32*
	%1490 = load i32, i32* %1489
	%1491 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %1483, i32 %1490, float %1473, float %1474, float %1475, float %1476)
	%1492 = extractvalue { float, float, float, float } %1491, 0
	%1493 = extractvalue { float, float, float, float } %1491, 1
	%1494 = extractvalue { float, float, float, float } %1491, 2
	%1495 = extractvalue { float, float, float, float } %1491, 3
	%1496 = mul i32 %11, 0
	%1497 = add i32 %1286, %1496
	%1498 = add i32 %1497, 48
	%1499 = sext i32 %1498 to i64
	%1500 = getelementptr i16, i16* %km, i64 %1499
	%1501 = bitcast i16* %1500 to i32*
	%1502 = load i32, i32* %1501
	%1503 = mul i32 %11, 0
	%1504 = add i32 %1286, %1503
	%1505 = add i32 %1504, 56
	%1506 = sext i32 %1505 to i64
	%1507 = getelementptr i16, i16* %km, i64 %1506
	%1508 = bitcast i16* %1507 to i32*
	%1509 = load i32, i32* %1508
	%1510 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %1502, i32 %1509, float %1492, float %1493, float %1494, float %1495)
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
	%1550 = getelementptr [2064 x float], [2064 x float] addrspace(3)* @moba_gate1_e, i32 0, i32 %1549
	store float %1547, float addrspace(3)* %1550
	%1551 = and i1 %1537, %294
	%1552 = and i1 %12, %1551
	br i1 %1552, label %1553, label %1562

1553:
	%1554 = select i1 %1540, float %1541, float 0xFFF0000000000000
	%1555 = mul i32 %2, %M
	%1556 = add i32 %5, %255
	%1557 = add i32 %1555, %1556
	%1558 = mul i32 %1557, %NB
	%1559 = add i32 %1558, %1536
	%1560 = sext i32 %1559 to i64
	%1561 = getelementptr float, float* %e, i64 %1560
	store float %1554, float* %1561
	br label %1562

1562:
	%1563 = mul i32 %4, 32
	%1564 = shl i32 %14, 1
	%1565 = add i32 %1564, 1
	%1566 = add i32 %1563, %1565
	%1567 = add i32 %547, %1566
	%1568 = icmp slt i32 %1567, %377
	%1569 = and i1 %1568, %294
	%1570 = icmp slt i32 %1567, %306
	%1571 = and i1 %1569, %1570
	%1572 = fmul float %1517, 0.125
	%1573 = icmp sge i32 %1567, %279
	%1574 = icmp sle i32 %1567, %282
	%1575 = and i1 %1573, %1574
	%1576 = xor i1 %1575, true
	%1577 = and i1 %1571, %1576
	%1578 = select i1 %1577, float %1572, float 0xFFF0000000000000
	%1579 = mul i32 %255, 129
	%1580 = add i32 %1579, %1566
	%1581 = getelementptr [2064 x float], [2064 x float] addrspace(3)* @moba_gate1_e, i32 0, i32 %1580
	store float %1578, float addrspace(3)* %1581
	%1582 = and i1 %1568, %294
	%1583 = and i1 %12, %1582
	br i1 %1583, label %1584, label %1593

1584:
	%1585 = select i1 %1571, float %1572, float 0xFFF0000000000000
	%1586 = mul i32 %2, %M
	%1587 = add i32 %5, %255
	%1588 = add i32 %1586, %1587
	%1589 = mul i32 %1588, %NB
	%1590 = add i32 %1589, %1567
	%1591 = sext i32 %1590 to i64
	%1592 = getelementptr float, float* %e, i64 %1591
	store float %1585, float* %1592
	br label %1593

1593:
	%1594 = mul i32 %4, 32
	%1595 = shl i32 %14, 1
	%1596 = add i32 %1595, 0
	%1597 = add i32 %1594, %1596
	%1598 = add i32 %547, %1597
	%1599 = icmp slt i32 %1598, %377
	%1600 = and i1 %1599, %346
	%1601 = icmp slt i32 %1598, %358
	%1602 = and i1 %1600, %1601
	%1603 = fmul float %1518, 0.125
	%1604 = icmp sge i32 %1598, %331
	%1605 = icmp sle i32 %1598, %334
	%1606 = and i1 %1604, %1605
	%1607 = xor i1 %1606, true
	%1608 = and i1 %1602, %1607
	%1609 = select i1 %1608, float %1603, float 0xFFF0000000000000
	%1610 = mul i32 %307, 129
	%1611 = add i32 %1610, %1597
	%1612 = getelementptr [2064 x float], [2064 x float] addrspace(3)* @moba_gate1_e, i32 0, i32 %1611
	store float %1609, float addrspace(3)* %1612
	%1613 = and i1 %1599, %346
	%1614 = and i1 %12, %1613
	br i1 %1614, label %1615, label %1624

1615:
	%1616 = select i1 %1602, float %1603, float 0xFFF0000000000000
	%1617 = mul i32 %2, %M
	%1618 = add i32 %5, %307
	%1619 = add i32 %1617, %1618
	%1620 = mul i32 %1619, %NB
	%1621 = add i32 %1620, %1598
	%1622 = sext i32 %1621 to i64
	%1623 = getelementptr float, float* %e, i64 %1622
	store float %1616, float* %1623
	br label %1624

1624:
	%1625 = mul i32 %4, 32
	%1626 = shl i32 %14, 1
	%1627 = add i32 %1626, 1
	%1628 = add i32 %1625, %1627
	%1629 = add i32 %547, %1628
	%1630 = icmp slt i32 %1629, %377
	%1631 = and i1 %1630, %346
	%1632 = icmp slt i32 %1629, %358
	%1633 = and i1 %1631, %1632
	%1634 = fmul float %1519, 0.125
	%1635 = icmp sge i32 %1629, %331
	%1636 = icmp sle i32 %1629, %334
	%1637 = and i1 %1635, %1636
	%1638 = xor i1 %1637, true
	%1639 = and i1 %1633, %1638
	%1640 = select i1 %1639, float %1634, float 0xFFF0000000000000
	%1641 = mul i32 %307, 129
	%1642 = add i32 %1641, %1628
	%1643 = getelementptr [2064 x float], [2064 x float] addrspace(3)* @moba_gate1_e, i32 0, i32 %1642
	store float %1640, float addrspace(3)* %1643
	%1644 = and i1 %1630, %346
	%1645 = and i1 %12, %1644
	br i1 %1645, label %1646, label %1655

1646:
	%1647 = select i1 %1633, float %1634, float 0xFFF0000000000000
	%1648 = mul i32 %2, %M
	%1649 = add i32 %5, %307
	%1650 = add i32 %1648, %1649
	%1651 = mul i32 %1650, %NB
	%1652 = add i32 %1651, %1629
	%1653 = sext i32 %1652 to i64
	%1654 = getelementptr float, float* %e, i64 %1653
	store float %1647, float* %1654
	br label %1655

1655:
	%1656 = mul i32 %4, 32
	%1657 = shl i32 %14, 1
	%1658 = add i32 %1657, 8
	%1659 = add i32 %1656, %1658
	%1660 = add i32 %547, %1659
	%1661 = icmp slt i32 %1660, %377
	%1662 = and i1 %1661, %294
	%1663 = icmp slt i32 %1660, %306
	%1664 = and i1 %1662, %1663
	%1665 = fmul float %1520, 0.125
	%1666 = icmp sge i32 %1660, %279
	%1667 = icmp sle i32 %1660, %282
	%1668 = and i1 %1666, %1667
	%1669 = xor i1 %1668, true
	%1670 = and i1 %1664, %1669
	%1671 = select i1 %1670, float %1665, float 0xFFF0000000000000
	%1672 = mul i32 %255, 129
	%1673 = add i32 %1672, %1659
	%1674 = getelementptr [2064 x float], [2064 x float] addrspace(3)* @moba_gate1_e, i32 0, i32 %1673
	store float %1671, float addrspace(3)* %1674
	%1675 = and i1 %1661, %294
	%1676 = and i1 %12, %1675
	br i1 %1676, label %1677, label %1686

1677:
	%1678 = select i1 %1664, float %1665, float 0xFFF0000000000000
	%1679 = mul i32 %2, %M
	%1680 = add i32 %5, %255
	%1681 = add i32 %1679, %1680
	%1682 = mul i32 %1681, %NB
	%1683 = add i32 %1682, %1660
	%1684 = sext i32 %1683 to i64
	%1685 = getelementptr float, float* %e, i64 %1684
	store float %1678, float* %1685
	br label %1686

1686:
	%1687 = mul i32 %4, 32
	%1688 = shl i32 %14, 1
	%1689 = add i32 %1688, 9
	%1690 = add i32 %1687, %1689
	%1691 = add i32 %547, %1690
	%1692 = icmp slt i32 %1691, %377
	%1693 = and i1 %1692, %294
	%1694 = icmp slt i32 %1691, %306
	%1695 = and i1 %1693, %1694
	%1696 = fmul float %1521, 0.125
	%1697 = icmp sge i32 %1691, %279
	%1698 = icmp sle i32 %1691, %282
	%1699 = and i1 %1697, %1698
	%1700 = xor i1 %1699, true
	%1701 = and i1 %1695, %1700
	%1702 = select i1 %1701, float %1696, float 0xFFF0000000000000
	%1703 = mul i32 %255, 129
	%1704 = add i32 %1703, %1690
	%1705 = getelementptr [2064 x float], [2064 x float] addrspace(3)* @moba_gate1_e, i32 0, i32 %1704
	store float %1702, float addrspace(3)* %1705
	%1706 = and i1 %1692, %294
	%1707 = and i1 %12, %1706
	br i1 %1707, label %1708, label %1717

1708:
	%1709 = select i1 %1695, float %1696, float 0xFFF0000000000000
	%1710 = mul i32 %2, %M
	%1711 = add i32 %5, %255
	%1712 = add i32 %1710, %1711
	%1713 = mul i32 %1712, %NB
	%1714 = add i32 %1713, %1691
	%1715 = sext i32 %1714 to i64
	%1716 = getelementptr float, float* %e, i64 %1715
	store float %1709, float* %1716
	br label %1717

1717:
	%1718 = mul i32 %4, 32
	%1719 = shl i32 %14, 1
	%1720 = add i32 %1719, 8
	%1721 = add i32 %1718, %1720
	%1722 = add i32 %547, %1721
	%1723 = icmp slt i32 %1722, %377
	%1724 = and i1 %1723, %346
	%1725 = icmp slt i32 %1722, %358
	%1726 = and i1 %1724, %1725
	%1727 = fmul float %1522, 0.125
	%1728 = icmp sge i32 %1722, %331
	%1729 = icmp sle i32 %1722, %334
	%1730 = and i1 %1728, %1729
	%1731 = xor i1 %1730, true
	%1732 = and i1 %1726, %1731
	%1733 = select i1 %1732, float %1727, float 0xFFF0000000000000
	%1734 = mul i32 %307, 129
	%1735 = add i32 %1734, %1721
	%1736 = getelementptr [2064 x float], [2064 x float] addrspace(3)* @moba_gate1_e, i32 0, i32 %1735
	store float %1733, float addrspace(3)* %1736
	%1737 = and i1 %1723, %346
	%1738 = and i1 %12, %1737
	br i1 %1738, label %1739, label %1748

1739:
	%1740 = select i1 %1726, float %1727, float 0xFFF0000000000000
	%1741 = mul i32 %2, %M
	%1742 = add i32 %5, %307
	%1743 = add i32 %1741, %1742
	%1744 = mul i32 %1743, %NB
	%1745 = add i32 %1744, %1722
	%1746 = sext i32 %1745 to i64
	%1747 = getelementptr float, float* %e, i64 %1746
	store float %1740, float* %1747
	br label %1748

1748:
	%1749 = mul i32 %4, 32
	%1750 = shl i32 %14, 1
	%1751 = add i32 %1750, 9
	%1752 = add i32 %1749, %1751
	%1753 = add i32 %547, %1752
	%1754 = icmp slt i32 %1753, %377
	%1755 = and i1 %1754, %346
	%1756 = icmp slt i32 %1753, %358
	%1757 = and i1 %1755, %1756
	%1758 = fmul float %1523, 0.125
	%1759 = icmp sge i32 %1753, %331
	%1760 = icmp sle i32 %1753, %334
	%1761 = and i1 %1759, %1760
	%1762 = xor i1 %1761, true
	%1763 = and i1 %1757, %1762
	%1764 = select i1 %1763, float %1758, float 0xFFF0000000000000
	%1765 = mul i32 %307, 129
	%1766 = add i32 %1765, %1752
	%1767 = getelementptr [2064 x float], [2064 x float] addrspace(3)* @moba_gate1_e, i32 0, i32 %1766
	store float %1764, float addrspace(3)* %1767
	%1768 = and i1 %1754, %346
	%1769 = and i1 %12, %1768
	br i1 %1769, label %1770, label %1779

1770:
	%1771 = select i1 %1757, float %1758, float 0xFFF0000000000000
	%1772 = mul i32 %2, %M
	%1773 = add i32 %5, %307
	%1774 = add i32 %1772, %1773
	%1775 = mul i32 %1774, %NB
	%1776 = add i32 %1775, %1753
	%1777 = sext i32 %1776 to i64
	%1778 = getelementptr float, float* %e, i64 %1777
	store float %1771, float* %1778
	br label %1779

1779:
	%1780 = mul i32 %4, 32
	%1781 = shl i32 %14, 1
	%1782 = add i32 %1781, 16
	%1783 = add i32 %1780, %1782
	%1784 = add i32 %547, %1783
	%1785 = icmp slt i32 %1784, %377
	%1786 = and i1 %1785, %294
	%1787 = icmp slt i32 %1784, %306
	%1788 = and i1 %1786, %1787
	%1789 = fmul float %1524, 0.125
	%1790 = icmp sge i32 %1784, %279
	%1791 = icmp sle i32 %1784, %282
	%1792 = and i1 %1790, %1791
	%1793 = xor i1 %1792, true
	%1794 = and i1 %1788, %1793
	%1795 = select i1 %1794, float %1789, float 0xFFF0000000000000
	%1796 = mul i32 %255, 129
	%1797 = add i32 %1796, %1783
	%1798 = getelementptr [2064 x float], [2064 x float] addrspace(3)* @moba_gate1_e, i32 0, i32 %1797
	store float %1795, float addrspace(3)* %1798
	%1799 = and i1 %1785, %294
	%1800 = and i1 %12, %1799
	br i1 %1800, label %1801, label %1810

1801:
	%1802 = select i1 %1788, float %1789, float 0xFFF0000000000000
	%1803 = mul i32 %2, %M
	%1804 = add i32 %5, %255
	%1805 = add i32 %1803, %1804
	%1806 = mul i32 %1805, %NB
	%1807 = add i32 %1806, %1784
	%1808 = sext i32 %1807 to i64
	%1809 = getelementptr float, float* %e, i64 %1808
	store float %1802, float* %1809
	br label %1810

1810:
	%1811 = mul i32 %4, 32
	%1812 = shl i32 %14, 1
	%1813 = add i32 %1812, 17
	%1814 = add i32 %1811, %1813
	%1815 = add i32 %547, %1814
	%1816 = icmp slt i32 %1815, %377
	%1817 = and i1 %1816, %294
	%1818 = icmp slt i32 %1815, %306
	%1819 = and i1 %1817, %1818
	%1820 = fmul float %1525, 0.125
	%1821 = icmp sge i32 %1815, %279
	%1822 = icmp sle i32 %1815, %282
	%1823 = and i1 %1821, %1822
	%1824 = xor i1 %1823, true
	%1825 = and i1 %1819, %1824
	%1826 = select i1 %1825, float %1820, float 0xFFF0000000000000
	%1827 = mul i32 %255, 129
	%1828 = add i32 %1827, %1814
	%1829 = getelementptr [2064 x float], [2064 x float] addrspace(3)* @moba_gate1_e, i32 0, i32 %1828
	store float %1826, float addrspace(3)* %1829
	%1830 = and i1 %1816, %294
	%1831 = and i1 %12, %1830
	br i1 %1831, label %1832, label %1841

1832:
	%1833 = select i1 %1819, float %1820, float 0xFFF0000000000000
	%1834 = mul i32 %2, %M
	%1835 = add i32 %5, %255
	%1836 = add i32 %1834, %1835
	%1837 = mul i32 %1836, %NB
	%1838 = add i32 %1837, %1815
	%1839 = sext i32 %1838 to i64
	%1840 = getelementptr float, float* %e, i64 %1839
	store float %1833, float* %1840
	br label %1841

1841:
	%1842 = mul i32 %4, 32
	%1843 = shl i32 %14, 1
	%1844 = add i32 %1843, 16
	%1845 = add i32 %1842, %1844
	%1846 = add i32 %547, %1845
	%1847 = icmp slt i32 %1846, %377
	%1848 = and i1 %1847, %346
	%1849 = icmp slt i32 %1846, %358
	%1850 = and i1 %1848, %1849
	%1851 = fmul float %1526, 0.125
	%1852 = icmp sge i32 %1846, %331
	%1853 = icmp sle i32 %1846, %334
	%1854 = and i1 %1852, %1853
	%1855 = xor i1 %1854, true
	%1856 = and i1 %1850, %1855
	%1857 = select i1 %1856, float %1851, float 0xFFF0000000000000
	%1858 = mul i32 %307, 129
	%1859 = add i32 %1858, %1845
	%1860 = getelementptr [2064 x float], [2064 x float] addrspace(3)* @moba_gate1_e, i32 0, i32 %1859
	store float %1857, float addrspace(3)* %1860
	%1861 = and i1 %1847, %346
	%1862 = and i1 %12, %1861
	br i1 %1862, label %1863, label %1872

1863:
	%1864 = select i1 %1850, float %1851, float 0xFFF0000000000000
	%1865 = mul i32 %2, %M
	%1866 = add i32 %5, %307
	%1867 = add i32 %1865, %1866
	%1868 = mul i32 %1867, %NB
	%1869 = add i32 %1868, %1846
	%1870 = sext i32 %1869 to i64
	%1871 = getelementptr float, float* %e, i64 %1870
	store float %1864, float* %1871
	br label %1872

1872:
	%1873 = mul i32 %4, 32
	%1874 = shl i32 %14, 1
	%1875 = add i32 %1874, 17
	%1876 = add i32 %1873, %1875
	%1877 = add i32 %547, %1876
	%1878 = icmp slt i32 %1877, %377
	%1879 = and i1 %1878, %346
	%1880 = icmp slt i32 %1877, %358
	%1881 = and i1 %1879, %1880
	%1882 = fmul float %1527, 0.125
	%1883 = icmp sge i32 %1877, %331
	%1884 = icmp sle i32 %1877, %334
	%1885 = and i1 %1883, %1884
	%1886 = xor i1 %1885, true
	%1887 = and i1 %1881, %1886
	%1888 = select i1 %1887, float %1882, float 0xFFF0000000000000
	%1889 = mul i32 %307, 129
	%1890 = add i32 %1889, %1876
	%1891 = getelementptr [2064 x float], [2064 x float] addrspace(3)* @moba_gate1_e, i32 0, i32 %1890
	store float %1888, float addrspace(3)* %1891
	%1892 = and i1 %1878, %346
	%1893 = and i1 %12, %1892
	br i1 %1893, label %1894, label %1903

1894:
	%1895 = select i1 %1881, float %1882, float 0xFFF0000000000000
	%1896 = mul i32 %2, %M
	%1897 = add i32 %5, %307
	%1898 = add i32 %1896, %1897
	%1899 = mul i32 %1898, %NB
	%1900 = add i32 %1899, %1877
	%1901 = sext i32 %1900 to i64
	%1902 = getelementptr float, float* %e, i64 %1901
	store float %1895, float* %1902
	br label %1903

1903:
	%1904 = mul i32 %4, 32
	%1905 = shl i32 %14, 1
	%1906 = add i32 %1905, 24
	%1907 = add i32 %1904, %1906
	%1908 = add i32 %547, %1907
	%1909 = icmp slt i32 %1908, %377
	%1910 = and i1 %1909, %294
	%1911 = icmp slt i32 %1908, %306
	%1912 = and i1 %1910, %1911
	%1913 = fmul float %1528, 0.125
	%1914 = icmp sge i32 %1908, %279
	%1915 = icmp sle i32 %1908, %282
	%1916 = and i1 %1914, %1915
	%1917 = xor i1 %1916, true
	%1918 = and i1 %1912, %1917
	%1919 = select i1 %1918, float %1913, float 0xFFF0000000000000
	%1920 = mul i32 %255, 129
	%1921 = add i32 %1920, %1907
	%1922 = getelementptr [2064 x float], [2064 x float] addrspace(3)* @moba_gate1_e, i32 0, i32 %1921
	store float %1919, float addrspace(3)* %1922
	%1923 = and i1 %1909, %294
	%1924 = and i1 %12, %1923
	br i1 %1924, label %1925, label %1934

1925:
	%1926 = select i1 %1912, float %1913, float 0xFFF0000000000000
	%1927 = mul i32 %2, %M
	%1928 = add i32 %5, %255
	%1929 = add i32 %1927, %1928
	%1930 = mul i32 %1929, %NB
	%1931 = add i32 %1930, %1908
	%1932 = sext i32 %1931 to i64
	%1933 = getelementptr float, float* %e, i64 %1932
	store float %1926, float* %1933
	br label %1934

1934:
	%1935 = mul i32 %4, 32
	%1936 = shl i32 %14, 1
	%1937 = add i32 %1936, 25
	%1938 = add i32 %1935, %1937
	%1939 = add i32 %547, %1938
	%1940 = icmp slt i32 %1939, %377
	%1941 = and i1 %1940, %294
	%1942 = icmp slt i32 %1939, %306
	%1943 = and i1 %1941, %1942
	%1944 = fmul float %1529, 0.125
	%1945 = icmp sge i32 %1939, %279
	%1946 = icmp sle i32 %1939, %282
	%1947 = and i1 %1945, %1946
	%1948 = xor i1 %1947, true
	%1949 = and i1 %1943, %1948
	%1950 = select i1 %1949, float %1944, float 0xFFF0000000000000
	%1951 = mul i32 %255, 129
	%1952 = add i32 %1951, %1938
	%1953 = getelementptr [2064 x float], [2064 x float] addrspace(3)* @moba_gate1_e, i32 0, i32 %1952
	store float %1950, float addrspace(3)* %1953
	%1954 = and i1 %1940, %294
	%1955 = and i1 %12, %1954
	br i1 %1955, label %1956, label %1965

1956:
	%1957 = select i1 %1943, float %1944, float 0xFFF0000000000000
	%1958 = mul i32 %2, %M
	%1959 = add i32 %5, %255
	%1960 = add i32 %1958, %1959
	%1961 = mul i32 %1960, %NB
	%1962 = add i32 %1961, %1939
	%1963 = sext i32 %1962 to i64
	%1964 = getelementptr float, float* %e, i64 %1963
	store float %1957, float* %1964
	br label %1965

1965:
	%1966 = mul i32 %4, 32
	%1967 = shl i32 %14, 1
	%1968 = add i32 %1967, 24
	%1969 = add i32 %1966, %1968
	%1970 = add i32 %547, %1969
	%1971 = icmp slt i32 %1970, %377
	%1972 = and i1 %1971, %346
	%1973 = icmp slt i32 %1970, %358
	%1974 = and i1 %1972, %1973
	%1975 = fmul float %1530, 0.125
	%1976 = icmp sge i32 %1970, %331
	%1977 = icmp sle i32 %1970, %334
	%1978 = and i1 %1976, %1977
	%1979 = xor i1 %1978, true
	%1980 = and i1 %1974, %1979
	%1981 = select i1 %1980, float %1975, float 0xFFF0000000000000
	%1982 = mul i32 %307, 129
	%1983 = add i32 %1982, %1969
	%1984 = getelementptr [2064 x float], [2064 x float] addrspace(3)* @moba_gate1_e, i32 0, i32 %1983
	store float %1981, float addrspace(3)* %1984
	%1985 = and i1 %1971, %346
	%1986 = and i1 %12, %1985
	br i1 %1986, label %1987, label %1996

1987:
	%1988 = select i1 %1974, float %1975, float 0xFFF0000000000000
	%1989 = mul i32 %2, %M
	%1990 = add i32 %5, %307
	%1991 = add i32 %1989, %1990
	%1992 = mul i32 %1991, %NB
	%1993 = add i32 %1992, %1970
	%1994 = sext i32 %1993 to i64
	%1995 = getelementptr float, float* %e, i64 %1994
	store float %1988, float* %1995
	br label %1996

1996:
	%1997 = mul i32 %4, 32
	%1998 = shl i32 %14, 1
	%1999 = add i32 %1998, 25
	%2000 = add i32 %1997, %1999
	%2001 = add i32 %547, %2000
	%2002 = icmp slt i32 %2001, %377
	%2003 = and i1 %2002, %346
	%2004 = icmp slt i32 %2001, %358
	%2005 = and i1 %2003, %2004
	%2006 = fmul float %1531, 0.125
	%2007 = icmp sge i32 %2001, %331
	%2008 = icmp sle i32 %2001, %334
	%2009 = and i1 %2007, %2008
	%2010 = xor i1 %2009, true
	%2011 = and i1 %2005, %2010
	%2012 = select i1 %2011, float %2006, float 0xFFF0000000000000
	%2013 = mul i32 %307, 129
	%2014 = add i32 %2013, %2000
	%2015 = getelementptr [2064 x float], [2064 x float] addrspace(3)* @moba_gate1_e, i32 0, i32 %2014
	store float %2012, float addrspace(3)* %2015
	%2016 = and i1 %2002, %346
	%2017 = and i1 %12, %2016
	br i1 %2017, label %2018, label %2027

2018:
	%2019 = select i1 %2005, float %2006, float 0xFFF0000000000000
	%2020 = mul i32 %2, %M
	%2021 = add i32 %5, %307
	%2022 = add i32 %2020, %2021
	%2023 = mul i32 %2022, %NB
	%2024 = add i32 %2023, %2001
	%2025 = sext i32 %2024 to i64
	%2026 = getelementptr float, float* %e, i64 %2025
	store float %2019, float* %2026
	br label %2027

2027:
	call void @llvm.nvvm.barrier0()
	br i1 %419, label %2028, label %2095

2028:
	%2029 = mul i32 %378, 129
	%2030 = add i32 0, %3
	%2031 = add i32 %2029, %2030
	%2032 = getelementptr [2064 x float], [2064 x float] addrspace(3)* @moba_gate1_e, i32 0, i32 %2031
	%2033 = load float, float addrspace(3)* %2032
	%2034 = fcmp ogt float %2033, 0xFFF0000000000000
	%2035 = fadd float %2033, 0.0
	%2036 = bitcast float %2035 to i32
	%2037 = ashr i32 %2036, 31
	%2038 = or i32 %2037, -2147483648
	%2039 = xor i32 %2036, %2038
	%2040 = mul i32 %378, 129
	%2041 = add i32 32, %3
	%2042 = add i32 %2040, %2041
	%2043 = getelementptr [2064 x float], [2064 x float] addrspace(3)* @moba_gate1_e, i32 0, i32 %2042
	%2044 = load float, float addrspace(3)* %2043
	%2045 = fcmp ogt float %2044, 0xFFF0000000000000
	%2046 = fadd float %2044, 0.0
	%2047 = bitcast float %2046 to i32
	%2048 = ashr i32 %2047, 31
	%2049 = or i32 %2048, -2147483648
	%2050 = xor i32 %2047, %2049
	%2051 = mul i32 %378, 129
	%2052 = add i32 64, %3
	%2053 = add i32 %2051, %2052
	%2054 = getelementptr [2064 x float], [2064 x float] addrspace(3)* @moba_gate1_e, i32 0, i32 %2053
	%2055 = load float, float addrspace(3)* %2054
	%2056 = fcmp ogt float %2055, 0xFFF0000000000000
	%2057 = fadd float %2055, 0.0
	%2058 = bitcast float %2057 to i32
	%2059 = ashr i32 %2058, 31
	%2060 = or i32 %2059, -2147483648
	%2061 = xor i32 %2058, %2060
	%2062 = mul i32 %378, 129
	%2063 = add i32 96, %3
	%2064 = add i32 %2062, %2063
	%2065 = getelementptr [2064 x float], [2064 x float] addrspace(3)* @moba_gate1_e, i32 0, i32 %2064
	%2066 = load float, float addrspace(3)* %2065
	%2067 = fcmp ogt float %2066, 0xFFF0000000000000
	%2068 = fadd float %2066, 0.0
	%2069 = bitcast float %2068 to i32
	%2070 = ashr i32 %2069, 31
	%2071 = or i32 %2070, -2147483648
	%2072 = xor i32 %2069, %2071
	%2073 = icmp ugt i32 %2039, %549
	%2074 = and i1 %2034, %2073
	%2075 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2074)
	%2076 = call i32 @llvm.ctpop.i32(i32 %2075)
	%2077 = add i32 0, %2076
	%2078 = icmp ugt i32 %2050, %549
	%2079 = and i1 %2045, %2078
	%2080 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2079)
	%2081 = call i32 @llvm.ctpop.i32(i32 %2080)
	%2082 = add i32 %2077, %2081
	%2083 = icmp ugt i32 %2061, %549
	%2084 = and i1 %2056, %2083
	%2085 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2084)
	%2086 = call i32 @llvm.ctpop.i32(i32 %2085)
	%2087 = add i32 %2082, %2086
	%2088 = icmp ugt i32 %2072, %549
	%2089 = and i1 %2067, %2088
	%2090 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2089)
	%2091 = call i32 @llvm.ctpop.i32(i32 %2090)
	%2092 = add i32 %2087, %2091
	%2093 = add i32 %548, %2092
	%2094 = icmp sgt i32 %2093, 160
	br i1 %2094, label %2098, label %2133

2095:
	%2096 = phi i32 [ %548, %2027 ], [ %3100, %3097 ]
	%2097 = phi i32 [ %549, %2027 ], [ %2135, %3097 ]
	br i1 %461, label %3101, label %3168

2098:
	%2099 = mul i32 %378, 160
	%2100 = mul i32 %4, 256
	%2101 = mul i32 %3, 8
	%2102 = add i32 %2101, 0
	%2103 = add i32 %2100, %2102
	%2104 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2103
	store i32 0, i32 addrspace(3)* %2104
	%2105 = mul i32 %3, 8
	%2106 = add i32 %2105, 1
	%2107 = add i32 %2100, %2106
	%2108 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2107
	store i32 0, i32 addrspace(3)* %2108
	%2109 = mul i32 %3, 8
	%2110 = add i32 %2109, 2
	%2111 = add i32 %2100, %2110
	%2112 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2111
	store i32 0, i32 addrspace(3)* %2112
	%2113 = mul i32 %3, 8
	%2114 = add i32 %2113, 3
	%2115 = add i32 %2100, %2114
	%2116 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2115
	store i32 0, i32 addrspace(3)* %2116
	%2117 = mul i32 %3, 8
	%2118 = add i32 %2117, 4
	%2119 = add i32 %2100, %2118
	%2120 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2119
	store i32 0, i32 addrspace(3)* %2120
	%2121 = mul i32 %3, 8
	%2122 = add i32 %2121, 5
	%2123 = add i32 %2100, %2122
	%2124 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2123
	store i32 0, i32 addrspace(3)* %2124
	%2125 = mul i32 %3, 8
	%2126 = add i32 %2125, 6
	%2127 = add i32 %2100, %2126
	%2128 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2127
	store i32 0, i32 addrspace(3)* %2128
	%2129 = mul i32 %3, 8
	%2130 = add i32 %2129, 7
	%2131 = add i32 %2100, %2130
	%2132 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2131
	store i32 0, i32 addrspace(3)* %2132
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %2163

2133:
	%2134 = phi i32 [ %548, %2028 ], [ %415, %3021 ]
	%2135 = phi i32 [ %549, %2028 ], [ %2999, %3021 ]
	%2136 = icmp ugt i32 %2039, %2135
	%2137 = and i1 %2034, %2136
	%2138 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2137)
	%2139 = call i32 @llvm.ctpop.i32(i32 %2138)
	%2140 = add i32 0, %2139
	%2141 = icmp ugt i32 %2050, %2135
	%2142 = and i1 %2045, %2141
	%2143 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2142)
	%2144 = call i32 @llvm.ctpop.i32(i32 %2143)
	%2145 = add i32 %2140, %2144
	%2146 = icmp ugt i32 %2061, %2135
	%2147 = and i1 %2056, %2146
	%2148 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2147)
	%2149 = call i32 @llvm.ctpop.i32(i32 %2148)
	%2150 = add i32 %2145, %2149
	%2151 = icmp ugt i32 %2072, %2135
	%2152 = and i1 %2067, %2151
	%2153 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2152)
	%2154 = call i32 @llvm.ctpop.i32(i32 %2153)
	%2155 = add i32 %2150, %2154
	%2156 = shl i32 1, %3
	%2157 = sub i32 %2156, 1
	%2158 = mul i32 %378, 160
	%2159 = and i32 %2138, %2157
	%2160 = call i32 @llvm.ctpop.i32(i32 %2159)
	%2161 = add i32 %2134, %2160
	%2162 = add i32 %2158, %2161
	br i1 %2137, label %3056, label %3061

2163:
	%2164 = phi i32 [ %3, %2098 ], [ %2382, %2381 ]
	%2165 = icmp slt i32 %2164, %548
	br i1 %2165, label %2166, label %2173

2166:
	%2167 = add i32 %2099, %2164
	%2168 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %2167
	%2169 = load i32, i32 addrspace(3)* %2168
	%2170 = and i32 %2169, 0
	%2171 = icmp eq i32 %2170, 0
	%2172 = and i1 true, %2171
	br i1 %2172, label %2375, label %2381

2173:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2174 = mul i32 %3, 8
	%2175 = add i32 %2174, 0
	%2176 = sub i32 255, %2175
	%2177 = add i32 %2100, %2176
	%2178 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2177
	%2179 = load i32, i32 addrspace(3)* %2178
	%2180 = add i32 0, %2179
	%2181 = mul i32 %3, 8
	%2182 = add i32 %2181, 1
	%2183 = sub i32 255, %2182
	%2184 = add i32 %2100, %2183
	%2185 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2184
	%2186 = load i32, i32 addrspace(3)* %2185
	%2187 = add i32 %2180, %2186
	%2188 = mul i32 %3, 8
	%2189 = add i32 %2188, 2
	%2190 = sub i32 255, %2189
	%2191 = add i32 %2100, %2190
	%2192 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2191
	%2193 = load i32, i32 addrspace(3)* %2192
	%2194 = add i32 %2187, %2193
	%2195 = mul i32 %3, 8
	%2196 = add i32 %2195, 3
	%2197 = sub i32 255, %2196
	%2198 = add i32 %2100, %2197
	%2199 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2198
	%2200 = load i32, i32 addrspace(3)* %2199
	%2201 = add i32 %2194, %2200
	%2202 = mul i32 %3, 8
	%2203 = add i32 %2202, 4
	%2204 = sub i32 255, %2203
	%2205 = add i32 %2100, %2204
	%2206 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2205
	%2207 = load i32, i32 addrspace(3)* %2206
	%2208 = add i32 %2201, %2207
	%2209 = mul i32 %3, 8
	%2210 = add i32 %2209, 5
	%2211 = sub i32 255, %2210
	%2212 = add i32 %2100, %2211
	%2213 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2212
	%2214 = load i32, i32 addrspace(3)* %2213
	%2215 = add i32 %2208, %2214
	%2216 = mul i32 %3, 8
	%2217 = add i32 %2216, 6
	%2218 = sub i32 255, %2217
	%2219 = add i32 %2100, %2218
	%2220 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2219
	%2221 = load i32, i32 addrspace(3)* %2220
	%2222 = add i32 %2215, %2221
	%2223 = mul i32 %3, 8
	%2224 = add i32 %2223, 7
	%2225 = sub i32 255, %2224
	%2226 = add i32 %2100, %2225
	%2227 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2226
	%2228 = load i32, i32 addrspace(3)* %2227
	%2229 = add i32 %2222, %2228
	%2230 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2229, i32 1, i32 0)
	%2231 = icmp uge i32 %3, 1
	%2232 = select i1 %2231, i32 %2230, i32 0
	%2233 = add i32 %2229, %2232
	%2234 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2233, i32 2, i32 0)
	%2235 = icmp uge i32 %3, 2
	%2236 = select i1 %2235, i32 %2234, i32 0
	%2237 = add i32 %2233, %2236
	%2238 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2237, i32 4, i32 0)
	%2239 = icmp uge i32 %3, 4
	%2240 = select i1 %2239, i32 %2238, i32 0
	%2241 = add i32 %2237, %2240
	%2242 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2241, i32 8, i32 0)
	%2243 = icmp uge i32 %3, 8
	%2244 = select i1 %2243, i32 %2242, i32 0
	%2245 = add i32 %2241, %2244
	%2246 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2245, i32 16, i32 0)
	%2247 = icmp uge i32 %3, 16
	%2248 = select i1 %2247, i32 %2246, i32 0
	%2249 = add i32 %2245, %2248
	%2250 = sub i32 %2249, %2229
	%2251 = icmp slt i32 %2250, %415
	%2252 = icmp sge i32 %2249, %415
	%2253 = and i1 %2251, %2252
	%2254 = add i32 %2250, %2179
	%2255 = xor i1 false, true
	%2256 = icmp sge i32 %2254, %415
	%2257 = and i1 %2255, %2256
	%2258 = mul i32 %3, 8
	%2259 = add i32 %2258, 0
	%2260 = sub i32 255, %2259
	%2261 = select i1 %2257, i32 %2260, i32 0
	%2262 = select i1 %2257, i32 %2250, i32 0
	%2263 = or i1 false, %2257
	%2264 = add i32 %2254, %2186
	%2265 = xor i1 %2263, true
	%2266 = icmp sge i32 %2264, %415
	%2267 = and i1 %2265, %2266
	%2268 = mul i32 %3, 8
	%2269 = add i32 %2268, 1
	%2270 = sub i32 255, %2269
	%2271 = select i1 %2267, i32 %2270, i32 %2261
	%2272 = select i1 %2267, i32 %2254, i32 %2262
	%2273 = or i1 %2263, %2267
	%2274 = add i32 %2264, %2193
	%2275 = xor i1 %2273, true
	%2276 = icmp sge i32 %2274, %415
	%2277 = and i1 %2275, %2276
	%2278 = mul i32 %3, 8
	%2279 = add i32 %2278, 2
	%2280 = sub i32 255, %2279
	%2281 = select i1 %2277, i32 %2280, i32 %2271
	%2282 = select i1 %2277, i32 %2264, i32 %2272
	%2283 = or i1 %2273, %2277
	%2284 = add i32 %2274, %2200
	%2285 = xor i1 %2283, true
	%2286 = icmp sge i32 %2284, %415
	%2287 = and i1 %2285, %2286
	%2288 = mul i32 %3, 8
	%2289 = add i32 %2288, 3
	%2290 = sub i32 255, %2289
	%2291 = select i1 %2287, i32 %2290, i32 %2281
	%2292 = select i1 %2287, i32 %2274, i32 %2282
	%2293 = or i1 %2283, %2287
	%2294 = add i32 %2284, %2207
	%2295 = xor i1 %2293, true
	%2296 = icmp sge i32 %2294, %415
	%2297 = and i1 %2295, %2296
	%2298 = mul i32 %3, 8
	%2299 = add i32 %2298, 4
	%2300 = sub i32 255, %2299
	%2301 = select i1 %2297, i32 %2300, i32 %2291
	%2302 = select i1 %2297, i32 %2284, i32 %2292
	%2303 = or i1 %2293, %2297
	%2304 = add i32 %2294, %2214
	%2305 = xor i1 %2303, true
	%2306 = icmp sge i32 %2304, %415
	%2307 = and i1 %2305, %2306
	%2308 = mul i32 %3, 8
	%2309 = add i32 %2308, 5
	%2310 = sub i32 255, %2309
	%2311 = select i1 %2307, i32 %2310, i32 %2301
	%2312 = select i1 %2307, i32 %2294, i32 %2302
	%2313 = or i1 %2303, %2307
	%2314 = add i32 %2304, %2221
	%2315 = xor i1 %2313, true
	%2316 = icmp sge i32 %2314, %415
	%2317 = and i1 %2315, %2316
	%2318 = mul i32 %3, 8
	%2319 = add i32 %2318, 6
	%2320 = sub i32 255, %2319
	%2321 = select i1 %2317, i32 %2320, i32 %2311
	%2322 = select i1 %2317, i32 %2304, i32 %2312
	%2323 = or i1 %2313, %2317
	%2324 = add i32 %2314, %2228
	%2325 = xor i1 %2323, true
	%2326 = icmp sge i32 %2324, %415
	%2327 = and i1 %2325, %2326
	%2328 = mul i32 %3, 8
	%2329 = add i32 %2328, 7
	%2330 = sub i32 255, %2329
	%2331 = select i1 %2327, i32 %2330, i32 %2321
	%2332 = select i1 %2327, i32 %2314, i32 %2322
	%2333 = or i1 %2323, %2327
	%2334 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2253)
	%2335 = call i32 @llvm.cttz.i32(i32 %2334, i1 false)
	%2336 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2331, i32 %2335, i32 31)
	%2337 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2332, i32 %2335, i32 31)
	%2338 = shl i32 %2336, 24
	%2339 = or i32 0, %2338
	%2340 = shl i32 255, 24
	%2341 = or i32 0, %2340
	%2342 = sub i32 %415, %2337
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2343 = mul i32 %3, 8
	%2344 = add i32 %2343, 0
	%2345 = add i32 %2100, %2344
	%2346 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2345
	store i32 0, i32 addrspace(3)* %2346
	%2347 = mul i32 %3, 8
	%2348 = add i32 %2347, 1
	%2349 = add i32 %2100, %2348
	%2350 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2349
	store i32 0, i32 addrspace(3)* %2350
	%2351 = mul i32 %3, 8
	%2352 = add i32 %2351, 2
	%2353 = add i32 %2100, %2352
	%2354 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2353
	store i32 0, i32 addrspace(3)* %2354
	%2355 = mul i32 %3, 8
	%2356 = add i32 %2355, 3
	%2357 = add i32 %2100, %2356
	%2358 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2357
	store i32 0, i32 addrspace(3)* %2358
	%2359 = mul i32 %3, 8
	%2360 = add i32 %2359, 4
	%2361 = add i32 %2100, %2360
	%2362 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2361
	store i32 0, i32 addrspace(3)* %2362
	%2363 = mul i32 %3, 8
	%2364 = add i32 %2363, 5
	%2365 = add i32 %2100, %2364
	%2366 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2365
	store i32 0, i32 addrspace(3)* %2366
	%2367 = mul i32 %3, 8
	%2368 = add i32 %2367, 6
	%2369 = add i32 %2100, %2368
	%2370 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2369
	store i32 0, i32 addrspace(3)* %2370
	%2371 = mul i32 %3, 8
	%2372 = add i32 %2371, 7
	%2373 = add i32 %2100, %2372
	%2374 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2373
	store i32 0, i32 addrspace(3)* %2374
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %2383

2375:
	%2376 = lshr i32 %2169, 24
	%2377 = and i32 %2376, 255
	%2378 = add i32 %2100, %2377
	%2379 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2378
	%2380 = atomicrmw add i32 addrspace(3)* %2379, i32 1 monotonic
	br label %2381

2381:
	%2382 = add i32 %2164, 32
	br label %2163

2383:
	%2384 = phi i32 [ %3, %2173 ], [ %2602, %2601 ]
	%2385 = icmp slt i32 %2384, %548
	br i1 %2385, label %2386, label %2393

2386:
	%2387 = add i32 %2099, %2384
	%2388 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %2387
	%2389 = load i32, i32 addrspace(3)* %2388
	%2390 = and i32 %2389, %2341
	%2391 = icmp eq i32 %2390, %2339
	%2392 = and i1 true, %2391
	br i1 %2392, label %2595, label %2601

2393:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2394 = mul i32 %3, 8
	%2395 = add i32 %2394, 0
	%2396 = sub i32 255, %2395
	%2397 = add i32 %2100, %2396
	%2398 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2397
	%2399 = load i32, i32 addrspace(3)* %2398
	%2400 = add i32 0, %2399
	%2401 = mul i32 %3, 8
	%2402 = add i32 %2401, 1
	%2403 = sub i32 255, %2402
	%2404 = add i32 %2100, %2403
	%2405 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2404
	%2406 = load i32, i32 addrspace(3)* %2405
	%2407 = add i32 %2400, %2406
	%2408 = mul i32 %3, 8
	%2409 = add i32 %2408, 2
	%2410 = sub i32 255, %2409
	%2411 = add i32 %2100, %2410
	%2412 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2411
	%2413 = load i32, i32 addrspace(3)* %2412
	%2414 = add i32 %2407, %2413
	%2415 = mul i32 %3, 8
	%2416 = add i32 %2415, 3
	%2417 = sub i32 255, %2416
	%2418 = add i32 %2100, %2417
	%2419 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2418
	%2420 = load i32, i32 addrspace(3)* %2419
	%2421 = add i32 %2414, %2420
	%2422 = mul i32 %3, 8
	%2423 = add i32 %2422, 4
	%2424 = sub i32 255, %2423
	%2425 = add i32 %2100, %2424
	%2426 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2425
	%2427 = load i32, i32 addrspace(3)* %2426
	%2428 = add i32 %2421, %2427
	%2429 = mul i32 %3, 8
	%2430 = add i32 %2429, 5
	%2431 = sub i32 255, %2430
	%2432 = add i32 %2100, %2431
	%2433 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2432
	%2434 = load i32, i32 addrspace(3)* %2433
	%2435 = add i32 %2428, %2434
	%2436 = mul i32 %3, 8
	%2437 = add i32 %2436, 6
	%2438 = sub i32 255, %2437
	%2439 = add i32 %2100, %2438
	%2440 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2439
	%2441 = load i32, i32 addrspace(3)* %2440
	%2442 = add i32 %2435, %2441
	%2443 = mul i32 %3, 8
	%2444 = add i32 %2443, 7
	%2445 = sub i32 255, %2444
	%2446 = add i32 %2100, %2445
	%2447 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2446
	%2448 = load i32, i32 addrspace(3)* %2447
	%2449 = add i32 %2442, %2448
	%2450 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2449, i32 1, i32 0)
	%2451 = icmp uge i32 %3, 1
	%2452 = select i1 %2451, i32 %2450, i32 0
	%2453 = add i32 %2449, %2452
	%2454 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2453, i32 2, i32 0)
	%2455 = icmp uge i32 %3, 2
	%2456 = select i1 %2455, i32 %2454, i32 0
	%2457 = add i32 %2453, %2456
	%2458 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2457, i32 4, i32 0)
	%2459 = icmp uge i32 %3, 4
	%2460 = select i1 %2459, i32 %2458, i32 0
	%2461 = add i32 %2457, %2460
	%2462 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2461, i32 8, i32 0)
	%2463 = icmp uge i32 %3, 8
	%2464 = select i1 %2463, i32 %2462, i32 0
	%2465 = add i32 %2461, %2464
	%2466 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2465, i32 16, i32 0)
	%2467 = icmp uge i32 %3, 16
	%2468 = select i1 %2467, i32 %2466, i32 0
	%2469 = add i32 %2465, %2468
	%2470 = sub i32 %2469, %2449
	%2471 = icmp slt i32 %2470, %2342
	%2472 = icmp sge i32 %2469, %2342
	%2473 = and i1 %2471, %2472
	%2474 = add i32 %2470, %2399
	%2475 = xor i1 false, true
	%2476 = icmp sge i32 %2474, %2342
	%2477 = and i1 %2475, %2476
	%2478 = mul i32 %3, 8
	%2479 = add i32 %2478, 0
	%2480 = sub i32 255, %2479
	%2481 = select i1 %2477, i32 %2480, i32 0
	%2482 = select i1 %2477, i32 %2470, i32 0
	%2483 = or i1 false, %2477
	%2484 = add i32 %2474, %2406
	%2485 = xor i1 %2483, true
	%2486 = icmp sge i32 %2484, %2342
	%2487 = and i1 %2485, %2486
	%2488 = mul i32 %3, 8
	%2489 = add i32 %2488, 1
	%2490 = sub i32 255, %2489
	%2491 = select i1 %2487, i32 %2490, i32 %2481
	%2492 = select i1 %2487, i32 %2474, i32 %2482
	%2493 = or i1 %2483, %2487
	%2494 = add i32 %2484, %2413
	%2495 = xor i1 %2493, true
	%2496 = icmp sge i32 %2494, %2342
	%2497 = and i1 %2495, %2496
	%2498 = mul i32 %3, 8
	%2499 = add i32 %2498, 2
	%2500 = sub i32 255, %2499
	%2501 = select i1 %2497, i32 %2500, i32 %2491
	%2502 = select i1 %2497, i32 %2484, i32 %2492
	%2503 = or i1 %2493, %2497
	%2504 = add i32 %2494, %2420
	%2505 = xor i1 %2503, true
	%2506 = icmp sge i32 %2504, %2342
	%2507 = and i1 %2505, %2506
	%2508 = mul i32 %3, 8
	%2509 = add i32 %2508, 3
	%2510 = sub i32 255, %2509
	%2511 = select i1 %2507, i32 %2510, i32 %2501
	%2512 = select i1 %2507, i32 %2494, i32 %2502
	%2513 = or i1 %2503, %2507
	%2514 = add i32 %2504, %2427
	%2515 = xor i1 %2513, true
	%2516 = icmp sge i32 %2514, %2342
	%2517 = and i1 %2515, %2516
	%2518 = mul i32 %3, 8
	%2519 = add i32 %2518, 4
	%2520 = sub i32 255, %2519
	%2521 = select i1 %2517, i32 %2520, i32 %2511
	%2522 = select i1 %2517, i32 %2504, i32 %2512
	%2523 = or i1 %2513, %2517
	%2524 = add i32 %2514, %2434
	%2525 = xor i1 %2523, true
	%2526 = icmp sge i32 %2524, %2342
	%2527 = and i1 %2525, %2526
	%2528 = mul i32 %3, 8
	%2529 = add i32 %2528, 5
	%2530 = sub i32 255, %2529
	%2531 = select i1 %2527, i32 %2530, i32 %2521
	%2532 = select i1 %2527, i32 %2514, i32 %2522
	%2533 = or i1 %2523, %2527
	%2534 = add i32 %2524, %2441
	%2535 = xor i1 %2533, true
	%2536 = icmp sge i32 %2534, %2342
	%2537 = and i1 %2535, %2536
	%2538 = mul i32 %3, 8
	%2539 = add i32 %2538, 6
	%2540 = sub i32 255, %2539
	%2541 = select i1 %2537, i32 %2540, i32 %2531
	%2542 = select i1 %2537, i32 %2524, i32 %2532
	%2543 = or i1 %2533, %2537
	%2544 = add i32 %2534, %2448
	%2545 = xor i1 %2543, true
	%2546 = icmp sge i32 %2544, %2342
	%2547 = and i1 %2545, %2546
	%2548 = mul i32 %3, 8
	%2549 = add i32 %2548, 7
	%2550 = sub i32 255, %2549
	%2551 = select i1 %2547, i32 %2550, i32 %2541
	%2552 = select i1 %2547, i32 %2534, i32 %2542
	%2553 = or i1 %2543, %2547
	%2554 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2473)
	%2555 = call i32 @llvm.cttz.i32(i32 %2554, i1 false)
	%2556 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2551, i32 %2555, i32 31)
	%2557 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2552, i32 %2555, i32 31)
	%2558 = shl i32 %2556, 16
	%2559 = or i32 %2339, %2558
	%2560 = shl i32 255, 16
	%2561 = or i32 %2341, %2560
	%2562 = sub i32 %2342, %2557
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2563 = mul i32 %3, 8
	%2564 = add i32 %2563, 0
	%2565 = add i32 %2100, %2564
	%2566 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2565
	store i32 0, i32 addrspace(3)* %2566
	%2567 = mul i32 %3, 8
	%2568 = add i32 %2567, 1
	%2569 = add i32 %2100, %2568
	%2570 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2569
	store i32 0, i32 addrspace(3)* %2570
	%2571 = mul i32 %3, 8
	%2572 = add i32 %2571, 2
	%2573 = add i32 %2100, %2572
	%2574 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2573
	store i32 0, i32 addrspace(3)* %2574
	%2575 = mul i32 %3, 8
	%2576 = add i32 %2575, 3
	%2577 = add i32 %2100, %2576
	%2578 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2577
	store i32 0, i32 addrspace(3)* %2578
	%2579 = mul i32 %3, 8
	%2580 = add i32 %2579, 4
	%2581 = add i32 %2100, %2580
	%2582 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2581
	store i32 0, i32 addrspace(3)* %2582
	%2583 = mul i32 %3, 8
	%2584 = add i32 %2583, 5
	%2585 = add i32 %2100, %2584
	%2586 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2585
	store i32 0, i32 addrspace(3)* %2586
	%2587 = mul i32 %3, 8
	%2588 = add i32 %2587, 6
	%2589 = add i32 %2100, %2588
	%2590 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2589
	store i32 0, i32 addrspace(3)* %2590
	%2591 = mul i32 %3, 8
	%2592 = add i32 %2591, 7
	%2593 = add i32 %2100, %2592
	%2594 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2593
	store i32 0, i32 addrspace(3)* %2594
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %2603

2595:
	%2596 = lshr i32 %2389, 16
	%2597 = and i32 %2596, 255
	%2598 = add i32 %2100, %2597
	%2599 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2598
	%2600 = atomicrmw add i32 addrspace(3)* %2599, i32 1 monotonic
	br label %2601

2601:
	%2602 = add i32 %2384, 32
	br label %2383

2603:
	%2604 = phi i32 [ %3, %2393 ], [ %2822, %2821 ]
	%2605 = icmp slt i32 %2604, %548
	br i1 %2605, label %2606, label %2613

2606:
	%2607 = add i32 %2099, %2604
	%2608 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %2607
	%2609 = load i32, i32 addrspace(3)* %2608
	%2610 = and i32 %2609, %2561
	%2611 = icmp eq i32 %2610, %2559
	%2612 = and i1 true, %2611
	br i1 %2612, label %2815, label %2821

2613:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2614 = mul i32 %3, 8
	%2615 = add i32 %2614, 0
	%2616 = sub i32 255, %2615
	%2617 = add i32 %2100, %2616
	%2618 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2617
	%2619 = load i32, i32 addrspace(3)* %2618
	%2620 = add i32 0, %2619
	%2621 = mul i32 %3, 8
	%2622 = add i32 %2621, 1
	%2623 = sub i32 255, %2622
	%2624 = add i32 %2100, %2623
	%2625 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2624
	%2626 = load i32, i32 addrspace(3)* %2625
	%2627 = add i32 %2620, %2626
	%2628 = mul i32 %3, 8
	%2629 = add i32 %2628, 2
	%2630 = sub i32 255, %2629
	%2631 = add i32 %2100, %2630
	%2632 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2631
	%2633 = load i32, i32 addrspace(3)* %2632
	%2634 = add i32 %2627, %2633
	%2635 = mul i32 %3, 8
	%2636 = add i32 %2635, 3
	%2637 = sub i32 255, %2636
	%2638 = add i32 %2100, %2637
	%2639 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2638
	%2640 = load i32, i32 addrspace(3)* %2639
	%2641 = add i32 %2634, %2640
	%2642 = mul i32 %3, 8
	%2643 = add i32 %2642, 4
	%2644 = sub i32 255, %2643
	%2645 = add i32 %2100, %2644
	%2646 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2645
	%2647 = load i32, i32 addrspace(3)* %2646
	%2648 = add i32 %2641, %2647
	%2649 = mul i32 %3, 8
	%2650 = add i32 %2649, 5
	%2651 = sub i32 255, %2650
	%2652 = add i32 %2100, %2651
	%2653 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2652
	%2654 = load i32, i32 addrspace(3)* %2653
	%2655 = add i32 %2648, %2654
	%2656 = mul i32 %3, 8
	%2657 = add i32 %2656, 6
	%2658 = sub i32 255, %2657
	%2659 = add i32 %2100, %2658
	%2660 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2659
	%2661 = load i32, i32 addrspace(3)* %2660
	%2662 = add i32 %2655, %2661
	%2663 = mul i32 %3, 8
	%2664 = add i32 %2663, 7
	%2665 = sub i32 255, %2664
	%2666 = add i32 %2100, %2665
	%2667 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2666
	%2668 = load i32, i32 addrspace(3)* %2667
	%2669 = add i32 %2662, %2668
	%2670 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2669, i32 1, i32 0)
	%2671 = icmp uge i32 %3, 1
	%2672 = select i1 %2671, i32 %2670, i32 0
	%2673 = add i32 %2669, %2672
	%2674 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2673, i32 2, i32 0)
	%2675 = icmp uge i32 %3, 2
	%2676 = select i1 %2675, i32 %2674, i32 0
	%2677 = add i32 %2673, %2676
	%2678 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2677, i32 4, i32 0)
	%2679 = icmp uge i32 %3, 4
	%2680 = select i1 %2679, i32 %2678, i32 0
	%2681 = add i32 %2677, %2680
	%2682 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2681, i32 8, i32 0)
	%2683 = icmp uge i32 %3, 8
	%2684 = select i1 %2683, i32 %2682, i32 0
	%2685 = add i32 %2681, %2684
	%2686 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2685, i32 16, i32 0)
	%2687 = icmp uge i32 %3, 16
	%2688 = select i1 %2687, i32 %2686, i32 0
	%2689 = add i32 %2685, %2688
	%2690 = sub i32 %2689, %2669
	%2691 = icmp slt i32 %2690, %2562
	%2692 = icmp sge i32 %2689, %2562
	%2693 = and i1 %2691, %2692
	%2694 = add i32 %2690, %2619
	%2695 = xor i1 false, true
	%2696 = icmp sge i32 %2694, %2562
	%2697 = and i1 %2695, %2696
	%2698 = mul i32 %3, 8
	%2699 = add i32 %2698, 0
	%2700 = sub i32 255, %2699
	%2701 = select i1 %2697, i32 %2700, i32 0
	%2702 = select i1 %2697, i32 %2690, i32 0
	%2703 = or i1 false, %2697
	%2704 = add i32 %2694, %2626
	%2705 = xor i1 %2703, true
	%2706 = icmp sge i32 %2704, %2562
	%2707 = and i1 %2705, %2706
	%2708 = mul i32 %3, 8
	%2709 = add i32 %2708, 1
	%2710 = sub i32 255, %2709
	%2711 = select i1 %2707, i32 %2710, i32 %2701
	%2712 = select i1 %2707, i32 %2694, i32 %2702
	%2713 = or i1 %2703, %2707
	%2714 = add i32 %2704, %2633
	%2715 = xor i1 %2713, true
	%2716 = icmp sge i32 %2714, %2562
	%2717 = and i1 %2715, %2716
	%2718 = mul i32 %3, 8
	%2719 = add i32 %2718, 2
	%2720 = sub i32 255, %2719
	%2721 = select i1 %2717, i32 %2720, i32 %2711
	%2722 = select i1 %2717, i32 %2704, i32 %2712
	%2723 = or i1 %2713, %2717
	%2724 = add i32 %2714, %2640
	%2725 = xor i1 %2723, true
	%2726 = icmp sge i32 %2724, %2562
	%2727 = and i1 %2725, %2726
	%2728 = mul i32 %3, 8
	%2729 = add i32 %2728, 3
	%2730 = sub i32 255, %2729
	%2731 = select i1 %2727, i32 %2730, i32 %2721
	%2732 = select i1 %2727, i32 %2714, i32 %2722
	%2733 = or i1 %2723, %2727
	%2734 = add i32 %2724, %2647
	%2735 = xor i1 %2733, true
	%2736 = icmp sge i32 %2734, %2562
	%2737 = and i1 %2735, %2736
	%2738 = mul i32 %3, 8
	%2739 = add i32 %2738, 4
	%2740 = sub i32 255, %2739
	%2741 = select i1 %2737, i32 %2740, i32 %2731
	%2742 = select i1 %2737, i32 %2724, i32 %2732
	%2743 = or i1 %2733, %2737
	%2744 = add i32 %2734, %2654
	%2745 = xor i1 %2743, true
	%2746 = icmp sge i32 %2744, %2562
	%2747 = and i1 %2745, %2746
	%2748 = mul i32 %3, 8
	%2749 = add i32 %2748, 5
	%2750 = sub i32 255, %2749
	%2751 = select i1 %2747, i32 %2750, i32 %2741
	%2752 = select i1 %2747, i32 %2734, i32 %2742
	%2753 = or i1 %2743, %2747
	%2754 = add i32 %2744, %2661
	%2755 = xor i1 %2753, true
	%2756 = icmp sge i32 %2754, %2562
	%2757 = and i1 %2755, %2756
	%2758 = mul i32 %3, 8
	%2759 = add i32 %2758, 6
	%2760 = sub i32 255, %2759
	%2761 = select i1 %2757, i32 %2760, i32 %2751
	%2762 = select i1 %2757, i32 %2744, i32 %2752
	%2763 = or i1 %2753, %2757
	%2764 = add i32 %2754, %2668
	%2765 = xor i1 %2763, true
	%2766 = icmp sge i32 %2764, %2562
	%2767 = and i1 %2765, %2766
	%2768 = mul i32 %3, 8
	%2769 = add i32 %2768, 7
	%2770 = sub i32 255, %2769
	%2771 = select i1 %2767, i32 %2770, i32 %2761
	%2772 = select i1 %2767, i32 %2754, i32 %2762
	%2773 = or i1 %2763, %2767
	%2774 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2693)
	%2775 = call i32 @llvm.cttz.i32(i32 %2774, i1 false)
	%2776 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2771, i32 %2775, i32 31)
	%2777 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2772, i32 %2775, i32 31)
	%2778 = shl i32 %2776, 8
	%2779 = or i32 %2559, %2778
	%2780 = shl i32 255, 8
	%2781 = or i32 %2561, %2780
	%2782 = sub i32 %2562, %2777
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2783 = mul i32 %3, 8
	%2784 = add i32 %2783, 0
	%2785 = add i32 %2100, %2784
	%2786 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2785
	store i32 0, i32 addrspace(3)* %2786
	%2787 = mul i32 %3, 8
	%2788 = add i32 %2787, 1
	%2789 = add i32 %2100, %2788
	%2790 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2789
	store i32 0, i32 addrspace(3)* %2790
	%2791 = mul i32 %3, 8
	%2792 = add i32 %2791, 2
	%2793 = add i32 %2100, %2792
	%2794 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2793
	store i32 0, i32 addrspace(3)* %2794
	%2795 = mul i32 %3, 8
	%2796 = add i32 %2795, 3
	%2797 = add i32 %2100, %2796
	%2798 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2797
	store i32 0, i32 addrspace(3)* %2798
	%2799 = mul i32 %3, 8
	%2800 = add i32 %2799, 4
	%2801 = add i32 %2100, %2800
	%2802 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2801
	store i32 0, i32 addrspace(3)* %2802
	%2803 = mul i32 %3, 8
	%2804 = add i32 %2803, 5
	%2805 = add i32 %2100, %2804
	%2806 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2805
	store i32 0, i32 addrspace(3)* %2806
	%2807 = mul i32 %3, 8
	%2808 = add i32 %2807, 6
	%2809 = add i32 %2100, %2808
	%2810 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2809
	store i32 0, i32 addrspace(3)* %2810
	%2811 = mul i32 %3, 8
	%2812 = add i32 %2811, 7
	%2813 = add i32 %2100, %2812
	%2814 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2813
	store i32 0, i32 addrspace(3)* %2814
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %2823

2815:
	%2816 = lshr i32 %2609, 8
	%2817 = and i32 %2816, 255
	%2818 = add i32 %2100, %2817
	%2819 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2818
	%2820 = atomicrmw add i32 addrspace(3)* %2819, i32 1 monotonic
	br label %2821

2821:
	%2822 = add i32 %2604, 32
	br label %2603

2823:
	%2824 = phi i32 [ %3, %2613 ], [ %3012, %3011 ]
	%2825 = icmp slt i32 %2824, %548
	br i1 %2825, label %2826, label %2833

2826:
	%2827 = add i32 %2099, %2824
	%2828 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %2827
	%2829 = load i32, i32 addrspace(3)* %2828
	%2830 = and i32 %2829, %2781
	%2831 = icmp eq i32 %2830, %2779
	%2832 = and i1 true, %2831
	br i1 %2832, label %3005, label %3011

2833:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2834 = mul i32 %3, 8
	%2835 = add i32 %2834, 0
	%2836 = sub i32 255, %2835
	%2837 = add i32 %2100, %2836
	%2838 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2837
	%2839 = load i32, i32 addrspace(3)* %2838
	%2840 = add i32 0, %2839
	%2841 = mul i32 %3, 8
	%2842 = add i32 %2841, 1
	%2843 = sub i32 255, %2842
	%2844 = add i32 %2100, %2843
	%2845 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2844
	%2846 = load i32, i32 addrspace(3)* %2845
	%2847 = add i32 %2840, %2846
	%2848 = mul i32 %3, 8
	%2849 = add i32 %2848, 2
	%2850 = sub i32 255, %2849
	%2851 = add i32 %2100, %2850
	%2852 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2851
	%2853 = load i32, i32 addrspace(3)* %2852
	%2854 = add i32 %2847, %2853
	%2855 = mul i32 %3, 8
	%2856 = add i32 %2855, 3
	%2857 = sub i32 255, %2856
	%2858 = add i32 %2100, %2857
	%2859 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2858
	%2860 = load i32, i32 addrspace(3)* %2859
	%2861 = add i32 %2854, %2860
	%2862 = mul i32 %3, 8
	%2863 = add i32 %2862, 4
	%2864 = sub i32 255, %2863
	%2865 = add i32 %2100, %2864
	%2866 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2865
	%2867 = load i32, i32 addrspace(3)* %2866
	%2868 = add i32 %2861, %2867
	%2869 = mul i32 %3, 8
	%2870 = add i32 %2869, 5
	%2871 = sub i32 255, %2870
	%2872 = add i32 %2100, %2871
	%2873 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2872
	%2874 = load i32, i32 addrspace(3)* %2873
	%2875 = add i32 %2868, %2874
	%2876 = mul i32 %3, 8
	%2877 = add i32 %2876, 6
	%2878 = sub i32 255, %2877
	%2879 = add i32 %2100, %2878
	%2880 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2879
	%2881 = load i32, i32 addrspace(3)* %2880
	%2882 = add i32 %2875, %2881
	%2883 = mul i32 %3, 8
	%2884 = add i32 %2883, 7
	%2885 = sub i32 255, %2884
	%2886 = add i32 %2100, %2885
	%2887 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %2886
	%2888 = load i32, i32 addrspace(3)* %2887
	%2889 = add i32 %2882, %2888
	%2890 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2889, i32 1, i32 0)
	%2891 = icmp uge i32 %3, 1
	%2892 = select i1 %2891, i32 %2890, i32 0
	%2893 = add i32 %2889, %2892
	%2894 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2893, i32 2, i32 0)
	%2895 = icmp uge i32 %3, 2
	%2896 = select i1 %2895, i32 %2894, i32 0
	%2897 = add i32 %2893, %2896
	%2898 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2897, i32 4, i32 0)
	%2899 = icmp uge i32 %3, 4
	%2900 = select i1 %2899, i32 %2898, i32 0
	%2901 = add i32 %2897, %2900
	%2902 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2901, i32 8, i32 0)
	%2903 = icmp uge i32 %3, 8
	%2904 = select i1 %2903, i32 %2902, i32 0
	%2905 = add i32 %2901, %2904
	%2906 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2905, i32 16, i32 0)
	%2907 = icmp uge i32 %3, 16
	%2908 = select i1 %2907, i32 %2906, i32 0
	%2909 = add i32 %2905, %2908
	%2910 = sub i32 %2909, %2889
	%2911 = icmp slt i32 %2910, %2782
	%2912 = icmp sge i32 %2909, %2782
	%2913 = and i1 %2911, %2912
	%2914 = add i32 %2910, %2839
	%2915 = xor i1 false, true
	%2916 = icmp sge i32 %2914, %2782
	%2917 = and i1 %2915, %2916
	%2918 = mul i32 %3, 8
	%2919 = add i32 %2918, 0
	%2920 = sub i32 255, %2919
	%2921 = select i1 %2917, i32 %2920, i32 0
	%2922 = select i1 %2917, i32 %2910, i32 0
	%2923 = or i1 false, %2917
	%2924 = add i32 %2914, %2846
	%2925 = xor i1 %2923, true
	%2926 = icmp sge i32 %2924, %2782
	%2927 = and i1 %2925, %2926
	%2928 = mul i32 %3, 8
	%2929 = add i32 %2928, 1
	%2930 = sub i32 255, %2929
	%2931 = select i1 %2927, i32 %2930, i32 %2921
	%2932 = select i1 %2927, i32 %2914, i32 %2922
	%2933 = or i1 %2923, %2927
	%2934 = add i32 %2924, %2853
	%2935 = xor i1 %2933, true
	%2936 = icmp sge i32 %2934, %2782
	%2937 = and i1 %2935, %2936
	%2938 = mul i32 %3, 8
	%2939 = add i32 %2938, 2
	%2940 = sub i32 255, %2939
	%2941 = select i1 %2937, i32 %2940, i32 %2931
	%2942 = select i1 %2937, i32 %2924, i32 %2932
	%2943 = or i1 %2933, %2937
	%2944 = add i32 %2934, %2860
	%2945 = xor i1 %2943, true
	%2946 = icmp sge i32 %2944, %2782
	%2947 = and i1 %2945, %2946
	%2948 = mul i32 %3, 8
	%2949 = add i32 %2948, 3
	%2950 = sub i32 255, %2949
	%2951 = select i1 %2947, i32 %2950, i32 %2941
	%2952 = select i1 %2947, i32 %2934, i32 %2942
	%2953 = or i1 %2943, %2947
	%2954 = add i32 %2944, %2867
	%2955 = xor i1 %2953, true
	%2956 = icmp sge i32 %2954, %2782
	%2957 = and i1 %2955, %2956
	%2958 = mul i32 %3, 8
	%2959 = add i32 %2958, 4
	%2960 = sub i32 255, %2959
	%2961 = select i1 %2957, i32 %2960, i32 %2951
	%2962 = select i1 %2957, i32 %2944, i32 %2952
	%2963 = or i1 %2953, %2957
	%2964 = add i32 %2954, %2874
	%2965 = xor i1 %2963, true
	%2966 = icmp sge i32 %2964, %2782
	%2967 = and i1 %2965, %2966
	%2968 = mul i32 %3, 8
	%2969 = add i32 %2968, 5
	%2970 = sub i32 255, %2969
	%2971 = select i1 %2967, i32 %2970, i32 %2961
	%2972 = select i1 %2967, i32 %2954, i32 %2962
	%2973 = or i1 %2963, %2967
	%2974 = add i32 %2964, %2881
	%2975 = xor i1 %2973, true
	%2976 = icmp sge i32 %2974, %2782
	%2977 = and i1 %2975, %2976
	%2978 = mul i32 %3, 8
	%2979 = add i32 %2978, 6
	%2980 = sub i32 255, %2979
	%2981 = select i1 %2977, i32 %2980, i32 %2971
	%2982 = select i1 %2977, i32 %2964, i32 %2972
	%2983 = or i1 %2973, %2977
	%2984 = add i32 %2974, %2888
	%2985 = xor i1 %2983, true
	%2986 = icmp sge i32 %2984, %2782
	%2987 = and i1 %2985, %2986
	%2988 = mul i32 %3, 8
	%2989 = add i32 %2988, 7
	%2990 = sub i32 255, %2989
	%2991 = select i1 %2987, i32 %2990, i32 %2981
	%2992 = select i1 %2987, i32 %2974, i32 %2982
	%2993 = or i1 %2983, %2987
	%2994 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2913)
	%2995 = call i32 @llvm.cttz.i32(i32 %2994, i1 false)
	%2996 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2991, i32 %2995, i32 31)
	%2997 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2992, i32 %2995, i32 31)
	%2998 = shl i32 %2996, 0
	%2999 = or i32 %2779, %2998
	%3000 = shl i32 255, 0
	%3001 = or i32 %2781, %3000
	%3002 = sub i32 %2782, %2997
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3003 = shl i32 1, %3
	%3004 = sub i32 %3003, 1
	br label %3013

3005:
	%3006 = lshr i32 %2829, 0
	%3007 = and i32 %3006, 255
	%3008 = add i32 %2100, %3007
	%3009 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3008
	%3010 = atomicrmw add i32 addrspace(3)* %3009, i32 1 monotonic
	br label %3011

3011:
	%3012 = add i32 %2824, 32
	br label %2823

3013:
	%3014 = phi i32 [ 0, %2833 ], [ %3055, %3050 ]
	%3015 = phi i32 [ 0, %2833 ], [ %3052, %3050 ]
	%3016 = phi i32 [ 0, %2833 ], [ %3054, %3050 ]
	%3017 = icmp slt i32 %3014, %548
	br i1 %3017, label %3018, label %3021

3018:
	%3019 = add i32 %3014, %3
	%3020 = icmp slt i32 %3019, %548
	br i1 %3020, label %3022, label %3028

3021:
	br label %2133

3022:
	%3023 = add i32 %2099, %3019
	%3024 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %3023
	%3025 = load i32, i32 addrspace(3)* %3024
	%3026 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bb, i32 0, i32 %3023
	%3027 = load i32, i32 addrspace(3)* %3026
	br label %3028

3028:
	%3029 = phi i32 [ 0, %3018 ], [ %3025, %3022 ]
	%3030 = phi i32 [ 0, %3018 ], [ %3027, %3022 ]
	%3031 = icmp eq i32 %3029, %2999
	%3032 = and i1 %3020, %3031
	%3033 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3032)
	%3034 = and i32 %3033, %3004
	%3035 = call i32 @llvm.ctpop.i32(i32 %3034)
	%3036 = add i32 %3016, %3035
	%3037 = icmp ugt i32 %3029, %2999
	%3038 = icmp slt i32 %3036, %3002
	%3039 = and i1 %3032, %3038
	%3040 = or i1 %3037, %3039
	%3041 = and i1 %3020, %3040
	%3042 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3041)
	%3043 = and i32 %3042, %3004
	%3044 = call i32 @llvm.ctpop.i32(i32 %3043)
	%3045 = add i32 %3015, %3044
	%3046 = add i32 %2099, %3045
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %3041, label %3047, label %3050

3047:
	%3048 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %3046
	store i32 %3029, i32 addrspace(3)* %3048
	%3049 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bb, i32 0, i32 %3046
	store i32 %3030, i32 addrspace(3)* %3049
	br label %3050

3050:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3051 = call i32 @llvm.ctpop.i32(i32 %3042)
	%3052 = add i32 %3015, %3051
	%3053 = call i32 @llvm.ctpop.i32(i32 %3033)
	%3054 = add i32 %3016, %3053
	%3055 = add i32 %3014, 32
	br label %3013

3056:
	%3057 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %2162
	store i32 %2039, i32 addrspace(3)* %3057
	%3058 = add i32 0, %3
	%3059 = add i32 %547, %3058
	%3060 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bb, i32 0, i32 %2162
	store i32 %3059, i32 addrspace(3)* %3060
	br label %3061

3061:
	%3062 = call i32 @llvm.ctpop.i32(i32 %2138)
	%3063 = add i32 %2134, %3062
	%3064 = and i32 %2143, %2157
	%3065 = call i32 @llvm.ctpop.i32(i32 %3064)
	%3066 = add i32 %3063, %3065
	%3067 = add i32 %2158, %3066
	br i1 %2142, label %3068, label %3073

3068:
	%3069 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %3067
	store i32 %2050, i32 addrspace(3)* %3069
	%3070 = add i32 32, %3
	%3071 = add i32 %547, %3070
	%3072 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bb, i32 0, i32 %3067
	store i32 %3071, i32 addrspace(3)* %3072
	br label %3073

3073:
	%3074 = call i32 @llvm.ctpop.i32(i32 %2143)
	%3075 = add i32 %3063, %3074
	%3076 = and i32 %2148, %2157
	%3077 = call i32 @llvm.ctpop.i32(i32 %3076)
	%3078 = add i32 %3075, %3077
	%3079 = add i32 %2158, %3078
	br i1 %2147, label %3080, label %3085

3080:
	%3081 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %3079
	store i32 %2061, i32 addrspace(3)* %3081
	%3082 = add i32 64, %3
	%3083 = add i32 %547, %3082
	%3084 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bb, i32 0, i32 %3079
	store i32 %3083, i32 addrspace(3)* %3084
	br label %3085

3085:
	%3086 = call i32 @llvm.ctpop.i32(i32 %2148)
	%3087 = add i32 %3075, %3086
	%3088 = and i32 %2153, %2157
	%3089 = call i32 @llvm.ctpop.i32(i32 %3088)
	%3090 = add i32 %3087, %3089
	%3091 = add i32 %2158, %3090
	br i1 %2152, label %3092, label %3097

3092:
	%3093 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %3091
	store i32 %2072, i32 addrspace(3)* %3093
	%3094 = add i32 96, %3
	%3095 = add i32 %547, %3094
	%3096 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bb, i32 0, i32 %3091
	store i32 %3095, i32 addrspace(3)* %3096
	br label %3097

3097:
	%3098 = call i32 @llvm.ctpop.i32(i32 %2153)
	%3099 = add i32 %3087, %3098
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3100 = add i32 %2134, %2155
	br label %2095

3101:
	%3102 = mul i32 %420, 129
	%3103 = add i32 0, %3
	%3104 = add i32 %3102, %3103
	%3105 = getelementptr [2064 x float], [2064 x float] addrspace(3)* @moba_gate1_e, i32 0, i32 %3104
	%3106 = load float, float addrspace(3)* %3105
	%3107 = fcmp ogt float %3106, 0xFFF0000000000000
	%3108 = fadd float %3106, 0.0
	%3109 = bitcast float %3108 to i32
	%3110 = ashr i32 %3109, 31
	%3111 = or i32 %3110, -2147483648
	%3112 = xor i32 %3109, %3111
	%3113 = mul i32 %420, 129
	%3114 = add i32 32, %3
	%3115 = add i32 %3113, %3114
	%3116 = getelementptr [2064 x float], [2064 x float] addrspace(3)* @moba_gate1_e, i32 0, i32 %3115
	%3117 = load float, float addrspace(3)* %3116
	%3118 = fcmp ogt float %3117, 0xFFF0000000000000
	%3119 = fadd float %3117, 0.0
	%3120 = bitcast float %3119 to i32
	%3121 = ashr i32 %3120, 31
	%3122 = or i32 %3121, -2147483648
	%3123 = xor i32 %3120, %3122
	%3124 = mul i32 %420, 129
	%3125 = add i32 64, %3
	%3126 = add i32 %3124, %3125
	%3127 = getelementptr [2064 x float], [2064 x float] addrspace(3)* @moba_gate1_e, i32 0, i32 %3126
	%3128 = load float, float addrspace(3)* %3127
	%3129 = fcmp ogt float %3128, 0xFFF0000000000000
	%3130 = fadd float %3128, 0.0
	%3131 = bitcast float %3130 to i32
	%3132 = ashr i32 %3131, 31
	%3133 = or i32 %3132, -2147483648
	%3134 = xor i32 %3131, %3133
	%3135 = mul i32 %420, 129
	%3136 = add i32 96, %3
	%3137 = add i32 %3135, %3136
	%3138 = getelementptr [2064 x float], [2064 x float] addrspace(3)* @moba_gate1_e, i32 0, i32 %3137
	%3139 = load float, float addrspace(3)* %3138
	%3140 = fcmp ogt float %3139, 0xFFF0000000000000
	%3141 = fadd float %3139, 0.0
	%3142 = bitcast float %3141 to i32
	%3143 = ashr i32 %3142, 31
	%3144 = or i32 %3143, -2147483648
	%3145 = xor i32 %3142, %3144
	%3146 = icmp ugt i32 %3112, %551
	%3147 = and i1 %3107, %3146
	%3148 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3147)
	%3149 = call i32 @llvm.ctpop.i32(i32 %3148)
	%3150 = add i32 0, %3149
	%3151 = icmp ugt i32 %3123, %551
	%3152 = and i1 %3118, %3151
	%3153 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3152)
	%3154 = call i32 @llvm.ctpop.i32(i32 %3153)
	%3155 = add i32 %3150, %3154
	%3156 = icmp ugt i32 %3134, %551
	%3157 = and i1 %3129, %3156
	%3158 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3157)
	%3159 = call i32 @llvm.ctpop.i32(i32 %3158)
	%3160 = add i32 %3155, %3159
	%3161 = icmp ugt i32 %3145, %551
	%3162 = and i1 %3140, %3161
	%3163 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3162)
	%3164 = call i32 @llvm.ctpop.i32(i32 %3163)
	%3165 = add i32 %3160, %3164
	%3166 = add i32 %550, %3165
	%3167 = icmp sgt i32 %3166, 160
	br i1 %3167, label %3171, label %3206

3168:
	%3169 = phi i32 [ %550, %2095 ], [ %4173, %4170 ]
	%3170 = phi i32 [ %551, %2095 ], [ %3208, %4170 ]
	br i1 %503, label %4174, label %4241

3171:
	%3172 = mul i32 %420, 160
	%3173 = mul i32 %4, 256
	%3174 = mul i32 %3, 8
	%3175 = add i32 %3174, 0
	%3176 = add i32 %3173, %3175
	%3177 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3176
	store i32 0, i32 addrspace(3)* %3177
	%3178 = mul i32 %3, 8
	%3179 = add i32 %3178, 1
	%3180 = add i32 %3173, %3179
	%3181 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3180
	store i32 0, i32 addrspace(3)* %3181
	%3182 = mul i32 %3, 8
	%3183 = add i32 %3182, 2
	%3184 = add i32 %3173, %3183
	%3185 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3184
	store i32 0, i32 addrspace(3)* %3185
	%3186 = mul i32 %3, 8
	%3187 = add i32 %3186, 3
	%3188 = add i32 %3173, %3187
	%3189 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3188
	store i32 0, i32 addrspace(3)* %3189
	%3190 = mul i32 %3, 8
	%3191 = add i32 %3190, 4
	%3192 = add i32 %3173, %3191
	%3193 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3192
	store i32 0, i32 addrspace(3)* %3193
	%3194 = mul i32 %3, 8
	%3195 = add i32 %3194, 5
	%3196 = add i32 %3173, %3195
	%3197 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3196
	store i32 0, i32 addrspace(3)* %3197
	%3198 = mul i32 %3, 8
	%3199 = add i32 %3198, 6
	%3200 = add i32 %3173, %3199
	%3201 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3200
	store i32 0, i32 addrspace(3)* %3201
	%3202 = mul i32 %3, 8
	%3203 = add i32 %3202, 7
	%3204 = add i32 %3173, %3203
	%3205 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3204
	store i32 0, i32 addrspace(3)* %3205
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %3236

3206:
	%3207 = phi i32 [ %550, %3101 ], [ %457, %4094 ]
	%3208 = phi i32 [ %551, %3101 ], [ %4072, %4094 ]
	%3209 = icmp ugt i32 %3112, %3208
	%3210 = and i1 %3107, %3209
	%3211 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3210)
	%3212 = call i32 @llvm.ctpop.i32(i32 %3211)
	%3213 = add i32 0, %3212
	%3214 = icmp ugt i32 %3123, %3208
	%3215 = and i1 %3118, %3214
	%3216 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3215)
	%3217 = call i32 @llvm.ctpop.i32(i32 %3216)
	%3218 = add i32 %3213, %3217
	%3219 = icmp ugt i32 %3134, %3208
	%3220 = and i1 %3129, %3219
	%3221 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3220)
	%3222 = call i32 @llvm.ctpop.i32(i32 %3221)
	%3223 = add i32 %3218, %3222
	%3224 = icmp ugt i32 %3145, %3208
	%3225 = and i1 %3140, %3224
	%3226 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3225)
	%3227 = call i32 @llvm.ctpop.i32(i32 %3226)
	%3228 = add i32 %3223, %3227
	%3229 = shl i32 1, %3
	%3230 = sub i32 %3229, 1
	%3231 = mul i32 %420, 160
	%3232 = and i32 %3211, %3230
	%3233 = call i32 @llvm.ctpop.i32(i32 %3232)
	%3234 = add i32 %3207, %3233
	%3235 = add i32 %3231, %3234
	br i1 %3210, label %4129, label %4134

3236:
	%3237 = phi i32 [ %3, %3171 ], [ %3455, %3454 ]
	%3238 = icmp slt i32 %3237, %550
	br i1 %3238, label %3239, label %3246

3239:
	%3240 = add i32 %3172, %3237
	%3241 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %3240
	%3242 = load i32, i32 addrspace(3)* %3241
	%3243 = and i32 %3242, 0
	%3244 = icmp eq i32 %3243, 0
	%3245 = and i1 true, %3244
	br i1 %3245, label %3448, label %3454

3246:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3247 = mul i32 %3, 8
	%3248 = add i32 %3247, 0
	%3249 = sub i32 255, %3248
	%3250 = add i32 %3173, %3249
	%3251 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3250
	%3252 = load i32, i32 addrspace(3)* %3251
	%3253 = add i32 0, %3252
	%3254 = mul i32 %3, 8
	%3255 = add i32 %3254, 1
	%3256 = sub i32 255, %3255
	%3257 = add i32 %3173, %3256
	%3258 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3257
	%3259 = load i32, i32 addrspace(3)* %3258
	%3260 = add i32 %3253, %3259
	%3261 = mul i32 %3, 8
	%3262 = add i32 %3261, 2
	%3263 = sub i32 255, %3262
	%3264 = add i32 %3173, %3263
	%3265 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3264
	%3266 = load i32, i32 addrspace(3)* %3265
	%3267 = add i32 %3260, %3266
	%3268 = mul i32 %3, 8
	%3269 = add i32 %3268, 3
	%3270 = sub i32 255, %3269
	%3271 = add i32 %3173, %3270
	%3272 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3271
	%3273 = load i32, i32 addrspace(3)* %3272
	%3274 = add i32 %3267, %3273
	%3275 = mul i32 %3, 8
	%3276 = add i32 %3275, 4
	%3277 = sub i32 255, %3276
	%3278 = add i32 %3173, %3277
	%3279 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3278
	%3280 = load i32, i32 addrspace(3)* %3279
	%3281 = add i32 %3274, %3280
	%3282 = mul i32 %3, 8
	%3283 = add i32 %3282, 5
	%3284 = sub i32 255, %3283
	%3285 = add i32 %3173, %3284
	%3286 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3285
	%3287 = load i32, i32 addrspace(3)* %3286
	%3288 = add i32 %3281, %3287
	%3289 = mul i32 %3, 8
	%3290 = add i32 %3289, 6
	%3291 = sub i32 255, %3290
	%3292 = add i32 %3173, %3291
	%3293 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3292
	%3294 = load i32, i32 addrspace(3)* %3293
	%3295 = add i32 %3288, %3294
	%3296 = mul i32 %3, 8
	%3297 = add i32 %3296, 7
	%3298 = sub i32 255, %3297
	%3299 = add i32 %3173, %3298
	%3300 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3299
	%3301 = load i32, i32 addrspace(3)* %3300
	%3302 = add i32 %3295, %3301
	%3303 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3302, i32 1, i32 0)
	%3304 = icmp uge i32 %3, 1
	%3305 = select i1 %3304, i32 %3303, i32 0
	%3306 = add i32 %3302, %3305
	%3307 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3306, i32 2, i32 0)
	%3308 = icmp uge i32 %3, 2
	%3309 = select i1 %3308, i32 %3307, i32 0
	%3310 = add i32 %3306, %3309
	%3311 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3310, i32 4, i32 0)
	%3312 = icmp uge i32 %3, 4
	%3313 = select i1 %3312, i32 %3311, i32 0
	%3314 = add i32 %3310, %3313
	%3315 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3314, i32 8, i32 0)
	%3316 = icmp uge i32 %3, 8
	%3317 = select i1 %3316, i32 %3315, i32 0
	%3318 = add i32 %3314, %3317
	%3319 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3318, i32 16, i32 0)
	%3320 = icmp uge i32 %3, 16
	%3321 = select i1 %3320, i32 %3319, i32 0
	%3322 = add i32 %3318, %3321
	%3323 = sub i32 %3322, %3302
	%3324 = icmp slt i32 %3323, %457
	%3325 = icmp sge i32 %3322, %457
	%3326 = and i1 %3324, %3325
	%3327 = add i32 %3323, %3252
	%3328 = xor i1 false, true
	%3329 = icmp sge i32 %3327, %457
	%3330 = and i1 %3328, %3329
	%3331 = mul i32 %3, 8
	%3332 = add i32 %3331, 0
	%3333 = sub i32 255, %3332
	%3334 = select i1 %3330, i32 %3333, i32 0
	%3335 = select i1 %3330, i32 %3323, i32 0
	%3336 = or i1 false, %3330
	%3337 = add i32 %3327, %3259
	%3338 = xor i1 %3336, true
	%3339 = icmp sge i32 %3337, %457
	%3340 = and i1 %3338, %3339
	%3341 = mul i32 %3, 8
	%3342 = add i32 %3341, 1
	%3343 = sub i32 255, %3342
	%3344 = select i1 %3340, i32 %3343, i32 %3334
	%3345 = select i1 %3340, i32 %3327, i32 %3335
	%3346 = or i1 %3336, %3340
	%3347 = add i32 %3337, %3266
	%3348 = xor i1 %3346, true
	%3349 = icmp sge i32 %3347, %457
	%3350 = and i1 %3348, %3349
	%3351 = mul i32 %3, 8
	%3352 = add i32 %3351, 2
	%3353 = sub i32 255, %3352
	%3354 = select i1 %3350, i32 %3353, i32 %3344
	%3355 = select i1 %3350, i32 %3337, i32 %3345
	%3356 = or i1 %3346, %3350
	%3357 = add i32 %3347, %3273
	%3358 = xor i1 %3356, true
	%3359 = icmp sge i32 %3357, %457
	%3360 = and i1 %3358, %3359
	%3361 = mul i32 %3, 8
	%3362 = add i32 %3361, 3
	%3363 = sub i32 255, %3362
	%3364 = select i1 %3360, i32 %3363, i32 %3354
	%3365 = select i1 %3360, i32 %3347, i32 %3355
	%3366 = or i1 %3356, %3360
	%3367 = add i32 %3357, %3280
	%3368 = xor i1 %3366, true
	%3369 = icmp sge i32 %3367, %457
	%3370 = and i1 %3368, %3369
	%3371 = mul i32 %3, 8
	%3372 = add i32 %3371, 4
	%3373 = sub i32 255, %3372
	%3374 = select i1 %3370, i32 %3373, i32 %3364
	%3375 = select i1 %3370, i32 %3357, i32 %3365
	%3376 = or i1 %3366, %3370
	%3377 = add i32 %3367, %3287
	%3378 = xor i1 %3376, true
	%3379 = icmp sge i32 %3377, %457
	%3380 = and i1 %3378, %3379
	%3381 = mul i32 %3, 8
	%3382 = add i32 %3381, 5
	%3383 = sub i32 255, %3382
	%3384 = select i1 %3380, i32 %3383, i32 %3374
	%3385 = select i1 %3380, i32 %3367, i32 %3375
	%3386 = or i1 %3376, %3380
	%3387 = add i32 %3377, %3294
	%3388 = xor i1 %3386, true
	%3389 = icmp sge i32 %3387, %457
	%3390 = and i1 %3388, %3389
	%3391 = mul i32 %3, 8
	%3392 = add i32 %3391, 6
	%3393 = sub i32 255, %3392
	%3394 = select i1 %3390, i32 %3393, i32 %3384
	%3395 = select i1 %3390, i32 %3377, i32 %3385
	%3396 = or i1 %3386, %3390
	%3397 = add i32 %3387, %3301
	%3398 = xor i1 %3396, true
	%3399 = icmp sge i32 %3397, %457
	%3400 = and i1 %3398, %3399
	%3401 = mul i32 %3, 8
	%3402 = add i32 %3401, 7
	%3403 = sub i32 255, %3402
	%3404 = select i1 %3400, i32 %3403, i32 %3394
	%3405 = select i1 %3400, i32 %3387, i32 %3395
	%3406 = or i1 %3396, %3400
	%3407 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3326)
	%3408 = call i32 @llvm.cttz.i32(i32 %3407, i1 false)
	%3409 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %3404, i32 %3408, i32 31)
	%3410 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %3405, i32 %3408, i32 31)
	%3411 = shl i32 %3409, 24
	%3412 = or i32 0, %3411
	%3413 = shl i32 255, 24
	%3414 = or i32 0, %3413
	%3415 = sub i32 %457, %3410
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3416 = mul i32 %3, 8
	%3417 = add i32 %3416, 0
	%3418 = add i32 %3173, %3417
	%3419 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3418
	store i32 0, i32 addrspace(3)* %3419
	%3420 = mul i32 %3, 8
	%3421 = add i32 %3420, 1
	%3422 = add i32 %3173, %3421
	%3423 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3422
	store i32 0, i32 addrspace(3)* %3423
	%3424 = mul i32 %3, 8
	%3425 = add i32 %3424, 2
	%3426 = add i32 %3173, %3425
	%3427 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3426
	store i32 0, i32 addrspace(3)* %3427
	%3428 = mul i32 %3, 8
	%3429 = add i32 %3428, 3
	%3430 = add i32 %3173, %3429
	%3431 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3430
	store i32 0, i32 addrspace(3)* %3431
	%3432 = mul i32 %3, 8
	%3433 = add i32 %3432, 4
	%3434 = add i32 %3173, %3433
	%3435 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3434
	store i32 0, i32 addrspace(3)* %3435
	%3436 = mul i32 %3, 8
	%3437 = add i32 %3436, 5
	%3438 = add i32 %3173, %3437
	%3439 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3438
	store i32 0, i32 addrspace(3)* %3439
	%3440 = mul i32 %3, 8
	%3441 = add i32 %3440, 6
	%3442 = add i32 %3173, %3441
	%3443 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3442
	store i32 0, i32 addrspace(3)* %3443
	%3444 = mul i32 %3, 8
	%3445 = add i32 %3444, 7
	%3446 = add i32 %3173, %3445
	%3447 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3446
	store i32 0, i32 addrspace(3)* %3447
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %3456

3448:
	%3449 = lshr i32 %3242, 24
	%3450 = and i32 %3449, 255
	%3451 = add i32 %3173, %3450
	%3452 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3451
	%3453 = atomicrmw add i32 addrspace(3)* %3452, i32 1 monotonic
	br label %3454

3454:
	%3455 = add i32 %3237, 32
	br label %3236

3456:
	%3457 = phi i32 [ %3, %3246 ], [ %3675, %3674 ]
	%3458 = icmp slt i32 %3457, %550
	br i1 %3458, label %3459, label %3466

3459:
	%3460 = add i32 %3172, %3457
	%3461 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %3460
	%3462 = load i32, i32 addrspace(3)* %3461
	%3463 = and i32 %3462, %3414
	%3464 = icmp eq i32 %3463, %3412
	%3465 = and i1 true, %3464
	br i1 %3465, label %3668, label %3674

3466:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3467 = mul i32 %3, 8
	%3468 = add i32 %3467, 0
	%3469 = sub i32 255, %3468
	%3470 = add i32 %3173, %3469
	%3471 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3470
	%3472 = load i32, i32 addrspace(3)* %3471
	%3473 = add i32 0, %3472
	%3474 = mul i32 %3, 8
	%3475 = add i32 %3474, 1
	%3476 = sub i32 255, %3475
	%3477 = add i32 %3173, %3476
	%3478 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3477
	%3479 = load i32, i32 addrspace(3)* %3478
	%3480 = add i32 %3473, %3479
	%3481 = mul i32 %3, 8
	%3482 = add i32 %3481, 2
	%3483 = sub i32 255, %3482
	%3484 = add i32 %3173, %3483
	%3485 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3484
	%3486 = load i32, i32 addrspace(3)* %3485
	%3487 = add i32 %3480, %3486
	%3488 = mul i32 %3, 8
	%3489 = add i32 %3488, 3
	%3490 = sub i32 255, %3489
	%3491 = add i32 %3173, %3490
	%3492 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3491
	%3493 = load i32, i32 addrspace(3)* %3492
	%3494 = add i32 %3487, %3493
	%3495 = mul i32 %3, 8
	%3496 = add i32 %3495, 4
	%3497 = sub i32 255, %3496
	%3498 = add i32 %3173, %3497
	%3499 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3498
	%3500 = load i32, i32 addrspace(3)* %3499
	%3501 = add i32 %3494, %3500
	%3502 = mul i32 %3, 8
	%3503 = add i32 %3502, 5
	%3504 = sub i32 255, %3503
	%3505 = add i32 %3173, %3504
	%3506 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3505
	%3507 = load i32, i32 addrspace(3)* %3506
	%3508 = add i32 %3501, %3507
	%3509 = mul i32 %3, 8
	%3510 = add i32 %3509, 6
	%3511 = sub i32 255, %3510
	%3512 = add i32 %3173, %3511
	%3513 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3512
	%3514 = load i32, i32 addrspace(3)* %3513
	%3515 = add i32 %3508, %3514
	%3516 = mul i32 %3, 8
	%3517 = add i32 %3516, 7
	%3518 = sub i32 255, %3517
	%3519 = add i32 %3173, %3518
	%3520 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3519
	%3521 = load i32, i32 addrspace(3)* %3520
	%3522 = add i32 %3515, %3521
	%3523 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3522, i32 1, i32 0)
	%3524 = icmp uge i32 %3, 1
	%3525 = select i1 %3524, i32 %3523, i32 0
	%3526 = add i32 %3522, %3525
	%3527 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3526, i32 2, i32 0)
	%3528 = icmp uge i32 %3, 2
	%3529 = select i1 %3528, i32 %3527, i32 0
	%3530 = add i32 %3526, %3529
	%3531 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3530, i32 4, i32 0)
	%3532 = icmp uge i32 %3, 4
	%3533 = select i1 %3532, i32 %3531, i32 0
	%3534 = add i32 %3530, %3533
	%3535 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3534, i32 8, i32 0)
	%3536 = icmp uge i32 %3, 8
	%3537 = select i1 %3536, i32 %3535, i32 0
	%3538 = add i32 %3534, %3537
	%3539 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3538, i32 16, i32 0)
	%3540 = icmp uge i32 %3, 16
	%3541 = select i1 %3540, i32 %3539, i32 0
	%3542 = add i32 %3538, %3541
	%3543 = sub i32 %3542, %3522
	%3544 = icmp slt i32 %3543, %3415
	%3545 = icmp sge i32 %3542, %3415
	%3546 = and i1 %3544, %3545
	%3547 = add i32 %3543, %3472
	%3548 = xor i1 false, true
	%3549 = icmp sge i32 %3547, %3415
	%3550 = and i1 %3548, %3549
	%3551 = mul i32 %3, 8
	%3552 = add i32 %3551, 0
	%3553 = sub i32 255, %3552
	%3554 = select i1 %3550, i32 %3553, i32 0
	%3555 = select i1 %3550, i32 %3543, i32 0
	%3556 = or i1 false, %3550
	%3557 = add i32 %3547, %3479
	%3558 = xor i1 %3556, true
	%3559 = icmp sge i32 %3557, %3415
	%3560 = and i1 %3558, %3559
	%3561 = mul i32 %3, 8
	%3562 = add i32 %3561, 1
	%3563 = sub i32 255, %3562
	%3564 = select i1 %3560, i32 %3563, i32 %3554
	%3565 = select i1 %3560, i32 %3547, i32 %3555
	%3566 = or i1 %3556, %3560
	%3567 = add i32 %3557, %3486
	%3568 = xor i1 %3566, true
	%3569 = icmp sge i32 %3567, %3415
	%3570 = and i1 %3568, %3569
	%3571 = mul i32 %3, 8
	%3572 = add i32 %3571, 2
	%3573 = sub i32 255, %3572
	%3574 = select i1 %3570, i32 %3573, i32 %3564
	%3575 = select i1 %3570, i32 %3557, i32 %3565
	%3576 = or i1 %3566, %3570
	%3577 = add i32 %3567, %3493
	%3578 = xor i1 %3576, true
	%3579 = icmp sge i32 %3577, %3415
	%3580 = and i1 %3578, %3579
	%3581 = mul i32 %3, 8
	%3582 = add i32 %3581, 3
	%3583 = sub i32 255, %3582
	%3584 = select i1 %3580, i32 %3583, i32 %3574
	%3585 = select i1 %3580, i32 %3567, i32 %3575
	%3586 = or i1 %3576, %3580
	%3587 = add i32 %3577, %3500
	%3588 = xor i1 %3586, true
	%3589 = icmp sge i32 %3587, %3415
	%3590 = and i1 %3588, %3589
	%3591 = mul i32 %3, 8
	%3592 = add i32 %3591, 4
	%3593 = sub i32 255, %3592
	%3594 = select i1 %3590, i32 %3593, i32 %3584
	%3595 = select i1 %3590, i32 %3577, i32 %3585
	%3596 = or i1 %3586, %3590
	%3597 = add i32 %3587, %3507
	%3598 = xor i1 %3596, true
	%3599 = icmp sge i32 %3597, %3415
	%3600 = and i1 %3598, %3599
	%3601 = mul i32 %3, 8
	%3602 = add i32 %3601, 5
	%3603 = sub i32 255, %3602
	%3604 = select i1 %3600, i32 %3603, i32 %3594
	%3605 = select i1 %3600, i32 %3587, i32 %3595
	%3606 = or i1 %3596, %3600
	%3607 = add i32 %3597, %3514
	%3608 = xor i1 %3606, true
	%3609 = icmp sge i32 %3607, %3415
	%3610 = and i1 %3608, %3609
	%3611 = mul i32 %3, 8
	%3612 = add i32 %3611, 6
	%3613 = sub i32 255, %3612
	%3614 = select i1 %3610, i32 %3613, i32 %3604
	%3615 = select i1 %3610, i32 %3597, i32 %3605
	%3616 = or i1 %3606, %3610
	%3617 = add i32 %3607, %3521
	%3618 = xor i1 %3616, true
	%3619 = icmp sge i32 %3617, %3415
	%3620 = and i1 %3618, %3619
	%3621 = mul i32 %3, 8
	%3622 = add i32 %3621, 7
	%3623 = sub i32 255, %3622
	%3624 = select i1 %3620, i32 %3623, i32 %3614
	%3625 = select i1 %3620, i32 %3607, i32 %3615
	%3626 = or i1 %3616, %3620
	%3627 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3546)
	%3628 = call i32 @llvm.cttz.i32(i32 %3627, i1 false)
	%3629 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %3624, i32 %3628, i32 31)
	%3630 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %3625, i32 %3628, i32 31)
	%3631 = shl i32 %3629, 16
	%3632 = or i32 %3412, %3631
	%3633 = shl i32 255, 16
	%3634 = or i32 %3414, %3633
	%3635 = sub i32 %3415, %3630
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3636 = mul i32 %3, 8
	%3637 = add i32 %3636, 0
	%3638 = add i32 %3173, %3637
	%3639 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3638
	store i32 0, i32 addrspace(3)* %3639
	%3640 = mul i32 %3, 8
	%3641 = add i32 %3640, 1
	%3642 = add i32 %3173, %3641
	%3643 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3642
	store i32 0, i32 addrspace(3)* %3643
	%3644 = mul i32 %3, 8
	%3645 = add i32 %3644, 2
	%3646 = add i32 %3173, %3645
	%3647 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3646
	store i32 0, i32 addrspace(3)* %3647
	%3648 = mul i32 %3, 8
	%3649 = add i32 %3648, 3
	%3650 = add i32 %3173, %3649
	%3651 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3650
	store i32 0, i32 addrspace(3)* %3651
	%3652 = mul i32 %3, 8
	%3653 = add i32 %3652, 4
	%3654 = add i32 %3173, %3653
	%3655 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3654
	store i32 0, i32 addrspace(3)* %3655
	%3656 = mul i32 %3, 8
	%3657 = add i32 %3656, 5
	%3658 = add i32 %3173, %3657
	%3659 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3658
	store i32 0, i32 addrspace(3)* %3659
	%3660 = mul i32 %3, 8
	%3661 = add i32 %3660, 6
	%3662 = add i32 %3173, %3661
	%3663 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3662
	store i32 0, i32 addrspace(3)* %3663
	%3664 = mul i32 %3, 8
	%3665 = add i32 %3664, 7
	%3666 = add i32 %3173, %3665
	%3667 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3666
	store i32 0, i32 addrspace(3)* %3667
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %3676

3668:
	%3669 = lshr i32 %3462, 16
	%3670 = and i32 %3669, 255
	%3671 = add i32 %3173, %3670
	%3672 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3671
	%3673 = atomicrmw add i32 addrspace(3)* %3672, i32 1 monotonic
	br label %3674

3674:
	%3675 = add i32 %3457, 32
	br label %3456

3676:
	%3677 = phi i32 [ %3, %3466 ], [ %3895, %3894 ]
	%3678 = icmp slt i32 %3677, %550
	br i1 %3678, label %3679, label %3686

3679:
	%3680 = add i32 %3172, %3677
	%3681 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %3680
	%3682 = load i32, i32 addrspace(3)* %3681
	%3683 = and i32 %3682, %3634
	%3684 = icmp eq i32 %3683, %3632
	%3685 = and i1 true, %3684
	br i1 %3685, label %3888, label %3894

3686:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3687 = mul i32 %3, 8
	%3688 = add i32 %3687, 0
	%3689 = sub i32 255, %3688
	%3690 = add i32 %3173, %3689
	%3691 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3690
	%3692 = load i32, i32 addrspace(3)* %3691
	%3693 = add i32 0, %3692
	%3694 = mul i32 %3, 8
	%3695 = add i32 %3694, 1
	%3696 = sub i32 255, %3695
	%3697 = add i32 %3173, %3696
	%3698 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3697
	%3699 = load i32, i32 addrspace(3)* %3698
	%3700 = add i32 %3693, %3699
	%3701 = mul i32 %3, 8
	%3702 = add i32 %3701, 2
	%3703 = sub i32 255, %3702
	%3704 = add i32 %3173, %3703
	%3705 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3704
	%3706 = load i32, i32 addrspace(3)* %3705
	%3707 = add i32 %3700, %3706
	%3708 = mul i32 %3, 8
	%3709 = add i32 %3708, 3
	%3710 = sub i32 255, %3709
	%3711 = add i32 %3173, %3710
	%3712 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3711
	%3713 = load i32, i32 addrspace(3)* %3712
	%3714 = add i32 %3707, %3713
	%3715 = mul i32 %3, 8
	%3716 = add i32 %3715, 4
	%3717 = sub i32 255, %3716
	%3718 = add i32 %3173, %3717
	%3719 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3718
	%3720 = load i32, i32 addrspace(3)* %3719
	%3721 = add i32 %3714, %3720
	%3722 = mul i32 %3, 8
	%3723 = add i32 %3722, 5
	%3724 = sub i32 255, %3723
	%3725 = add i32 %3173, %3724
	%3726 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3725
	%3727 = load i32, i32 addrspace(3)* %3726
	%3728 = add i32 %3721, %3727
	%3729 = mul i32 %3, 8
	%3730 = add i32 %3729, 6
	%3731 = sub i32 255, %3730
	%3732 = add i32 %3173, %3731
	%3733 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3732
	%3734 = load i32, i32 addrspace(3)* %3733
	%3735 = add i32 %3728, %3734
	%3736 = mul i32 %3, 8
	%3737 = add i32 %3736, 7
	%3738 = sub i32 255, %3737
	%3739 = add i32 %3173, %3738
	%3740 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3739
	%3741 = load i32, i32 addrspace(3)* %3740
	%3742 = add i32 %3735, %3741
	%3743 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3742, i32 1, i32 0)
	%3744 = icmp uge i32 %3, 1
	%3745 = select i1 %3744, i32 %3743, i32 0
	%3746 = add i32 %3742, %3745
	%3747 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3746, i32 2, i32 0)
	%3748 = icmp uge i32 %3, 2
	%3749 = select i1 %3748, i32 %3747, i32 0
	%3750 = add i32 %3746, %3749
	%3751 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3750, i32 4, i32 0)
	%3752 = icmp uge i32 %3, 4
	%3753 = select i1 %3752, i32 %3751, i32 0
	%3754 = add i32 %3750, %3753
	%3755 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3754, i32 8, i32 0)
	%3756 = icmp uge i32 %3, 8
	%3757 = select i1 %3756, i32 %3755, i32 0
	%3758 = add i32 %3754, %3757
	%3759 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3758, i32 16, i32 0)
	%3760 = icmp uge i32 %3, 16
	%3761 = select i1 %3760, i32 %3759, i32 0
	%3762 = add i32 %3758, %3761
	%3763 = sub i32 %3762, %3742
	%3764 = icmp slt i32 %3763, %3635
	%3765 = icmp sge i32 %3762, %3635
	%3766 = and i1 %3764, %3765
	%3767 = add i32 %3763, %3692
	%3768 = xor i1 false, true
	%3769 = icmp sge i32 %3767, %3635
	%3770 = and i1 %3768, %3769
	%3771 = mul i32 %3, 8
	%3772 = add i32 %3771, 0
	%3773 = sub i32 255, %3772
	%3774 = select i1 %3770, i32 %3773, i32 0
	%3775 = select i1 %3770, i32 %3763, i32 0
	%3776 = or i1 false, %3770
	%3777 = add i32 %3767, %3699
	%3778 = xor i1 %3776, true
	%3779 = icmp sge i32 %3777, %3635
	%3780 = and i1 %3778, %3779
	%3781 = mul i32 %3, 8
	%3782 = add i32 %3781, 1
	%3783 = sub i32 255, %3782
	%3784 = select i1 %3780, i32 %3783, i32 %3774
	%3785 = select i1 %3780, i32 %3767, i32 %3775
	%3786 = or i1 %3776, %3780
	%3787 = add i32 %3777, %3706
	%3788 = xor i1 %3786, true
	%3789 = icmp sge i32 %3787, %3635
	%3790 = and i1 %3788, %3789
	%3791 = mul i32 %3, 8
	%3792 = add i32 %3791, 2
	%3793 = sub i32 255, %3792
	%3794 = select i1 %3790, i32 %3793, i32 %3784
	%3795 = select i1 %3790, i32 %3777, i32 %3785
	%3796 = or i1 %3786, %3790
	%3797 = add i32 %3787, %3713
	%3798 = xor i1 %3796, true
	%3799 = icmp sge i32 %3797, %3635
	%3800 = and i1 %3798, %3799
	%3801 = mul i32 %3, 8
	%3802 = add i32 %3801, 3
	%3803 = sub i32 255, %3802
	%3804 = select i1 %3800, i32 %3803, i32 %3794
	%3805 = select i1 %3800, i32 %3787, i32 %3795
	%3806 = or i1 %3796, %3800
	%3807 = add i32 %3797, %3720
	%3808 = xor i1 %3806, true
	%3809 = icmp sge i32 %3807, %3635
	%3810 = and i1 %3808, %3809
	%3811 = mul i32 %3, 8
	%3812 = add i32 %3811, 4
	%3813 = sub i32 255, %3812
	%3814 = select i1 %3810, i32 %3813, i32 %3804
	%3815 = select i1 %3810, i32 %3797, i32 %3805
	%3816 = or i1 %3806, %3810
	%3817 = add i32 %3807, %3727
	%3818 = xor i1 %3816, true
	%3819 = icmp sge i32 %3817, %3635
	%3820 = and i1 %3818, %3819
	%3821 = mul i32 %3, 8
	%3822 = add i32 %3821, 5
	%3823 = sub i32 255, %3822
	%3824 = select i1 %3820, i32 %3823, i32 %3814
	%3825 = select i1 %3820, i32 %3807, i32 %3815
	%3826 = or i1 %3816, %3820
	%3827 = add i32 %3817, %3734
	%3828 = xor i1 %3826, true
	%3829 = icmp sge i32 %3827, %3635
	%3830 = and i1 %3828, %3829
	%3831 = mul i32 %3, 8
	%3832 = add i32 %3831, 6
	%3833 = sub i32 255, %3832
	%3834 = select i1 %3830, i32 %3833, i32 %3824
	%3835 = select i1 %3830, i32 %3817, i32 %3825
	%3836 = or i1 %3826, %3830
	%3837 = add i32 %3827, %3741
	%3838 = xor i1 %3836, true
	%3839 = icmp sge i32 %3837, %3635
	%3840 = and i1 %3838, %3839
	%3841 = mul i32 %3, 8
	%3842 = add i32 %3841, 7
	%3843 = sub i32 255, %3842
	%3844 = select i1 %3840, i32 %3843, i32 %3834
	%3845 = select i1 %3840, i32 %3827, i32 %3835
	%3846 = or i1 %3836, %3840
	%3847 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3766)
	%3848 = call i32 @llvm.cttz.i32(i32 %3847, i1 false)
	%3849 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %3844, i32 %3848, i32 31)
	%3850 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %3845, i32 %3848, i32 31)
	%3851 = shl i32 %3849, 8
	%3852 = or i32 %3632, %3851
	%3853 = shl i32 255, 8
	%3854 = or i32 %3634, %3853
	%3855 = sub i32 %3635, %3850
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3856 = mul i32 %3, 8
	%3857 = add i32 %3856, 0
	%3858 = add i32 %3173, %3857
	%3859 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3858
	store i32 0, i32 addrspace(3)* %3859
	%3860 = mul i32 %3, 8
	%3861 = add i32 %3860, 1
	%3862 = add i32 %3173, %3861
	%3863 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3862
	store i32 0, i32 addrspace(3)* %3863
	%3864 = mul i32 %3, 8
	%3865 = add i32 %3864, 2
	%3866 = add i32 %3173, %3865
	%3867 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3866
	store i32 0, i32 addrspace(3)* %3867
	%3868 = mul i32 %3, 8
	%3869 = add i32 %3868, 3
	%3870 = add i32 %3173, %3869
	%3871 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3870
	store i32 0, i32 addrspace(3)* %3871
	%3872 = mul i32 %3, 8
	%3873 = add i32 %3872, 4
	%3874 = add i32 %3173, %3873
	%3875 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3874
	store i32 0, i32 addrspace(3)* %3875
	%3876 = mul i32 %3, 8
	%3877 = add i32 %3876, 5
	%3878 = add i32 %3173, %3877
	%3879 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3878
	store i32 0, i32 addrspace(3)* %3879
	%3880 = mul i32 %3, 8
	%3881 = add i32 %3880, 6
	%3882 = add i32 %3173, %3881
	%3883 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3882
	store i32 0, i32 addrspace(3)* %3883
	%3884 = mul i32 %3, 8
	%3885 = add i32 %3884, 7
	%3886 = add i32 %3173, %3885
	%3887 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3886
	store i32 0, i32 addrspace(3)* %3887
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %3896

3888:
	%3889 = lshr i32 %3682, 8
	%3890 = and i32 %3889, 255
	%3891 = add i32 %3173, %3890
	%3892 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3891
	%3893 = atomicrmw add i32 addrspace(3)* %3892, i32 1 monotonic
	br label %3894

3894:
	%3895 = add i32 %3677, 32
	br label %3676

3896:
	%3897 = phi i32 [ %3, %3686 ], [ %4085, %4084 ]
	%3898 = icmp slt i32 %3897, %550
	br i1 %3898, label %3899, label %3906

3899:
	%3900 = add i32 %3172, %3897
	%3901 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %3900
	%3902 = load i32, i32 addrspace(3)* %3901
	%3903 = and i32 %3902, %3854
	%3904 = icmp eq i32 %3903, %3852
	%3905 = and i1 true, %3904
	br i1 %3905, label %4078, label %4084

3906:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3907 = mul i32 %3, 8
	%3908 = add i32 %3907, 0
	%3909 = sub i32 255, %3908
	%3910 = add i32 %3173, %3909
	%3911 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3910
	%3912 = load i32, i32 addrspace(3)* %3911
	%3913 = add i32 0, %3912
	%3914 = mul i32 %3, 8
	%3915 = add i32 %3914, 1
	%3916 = sub i32 255, %3915
	%3917 = add i32 %3173, %3916
	%3918 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3917
	%3919 = load i32, i32 addrspace(3)* %3918
	%3920 = add i32 %3913, %3919
	%3921 = mul i32 %3, 8
	%3922 = add i32 %3921, 2
	%3923 = sub i32 255, %3922
	%3924 = add i32 %3173, %3923
	%3925 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3924
	%3926 = load i32, i32 addrspace(3)* %3925
	%3927 = add i32 %3920, %3926
	%3928 = mul i32 %3, 8
	%3929 = add i32 %3928, 3
	%3930 = sub i32 255, %3929
	%3931 = add i32 %3173, %3930
	%3932 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3931
	%3933 = load i32, i32 addrspace(3)* %3932
	%3934 = add i32 %3927, %3933
	%3935 = mul i32 %3, 8
	%3936 = add i32 %3935, 4
	%3937 = sub i32 255, %3936
	%3938 = add i32 %3173, %3937
	%3939 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3938
	%3940 = load i32, i32 addrspace(3)* %3939
	%3941 = add i32 %3934, %3940
	%3942 = mul i32 %3, 8
	%3943 = add i32 %3942, 5
	%3944 = sub i32 255, %3943
	%3945 = add i32 %3173, %3944
	%3946 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3945
	%3947 = load i32, i32 addrspace(3)* %3946
	%3948 = add i32 %3941, %3947
	%3949 = mul i32 %3, 8
	%3950 = add i32 %3949, 6
	%3951 = sub i32 255, %3950
	%3952 = add i32 %3173, %3951
	%3953 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3952
	%3954 = load i32, i32 addrspace(3)* %3953
	%3955 = add i32 %3948, %3954
	%3956 = mul i32 %3, 8
	%3957 = add i32 %3956, 7
	%3958 = sub i32 255, %3957
	%3959 = add i32 %3173, %3958
	%3960 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %3959
	%3961 = load i32, i32 addrspace(3)* %3960
	%3962 = add i32 %3955, %3961
	%3963 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3962, i32 1, i32 0)
	%3964 = icmp uge i32 %3, 1
	%3965 = select i1 %3964, i32 %3963, i32 0
	%3966 = add i32 %3962, %3965
	%3967 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3966, i32 2, i32 0)
	%3968 = icmp uge i32 %3, 2
	%3969 = select i1 %3968, i32 %3967, i32 0
	%3970 = add i32 %3966, %3969
	%3971 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3970, i32 4, i32 0)
	%3972 = icmp uge i32 %3, 4
	%3973 = select i1 %3972, i32 %3971, i32 0
	%3974 = add i32 %3970, %3973
	%3975 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3974, i32 8, i32 0)
	%3976 = icmp uge i32 %3, 8
	%3977 = select i1 %3976, i32 %3975, i32 0
	%3978 = add i32 %3974, %3977
	%3979 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3978, i32 16, i32 0)
	%3980 = icmp uge i32 %3, 16
	%3981 = select i1 %3980, i32 %3979, i32 0
	%3982 = add i32 %3978, %3981
	%3983 = sub i32 %3982, %3962
	%3984 = icmp slt i32 %3983, %3855
	%3985 = icmp sge i32 %3982, %3855
	%3986 = and i1 %3984, %3985
	%3987 = add i32 %3983, %3912
	%3988 = xor i1 false, true
	%3989 = icmp sge i32 %3987, %3855
	%3990 = and i1 %3988, %3989
	%3991 = mul i32 %3, 8
	%3992 = add i32 %3991, 0
	%3993 = sub i32 255, %3992
	%3994 = select i1 %3990, i32 %3993, i32 0
	%3995 = select i1 %3990, i32 %3983, i32 0
	%3996 = or i1 false, %3990
	%3997 = add i32 %3987, %3919
	%3998 = xor i1 %3996, true
	%3999 = icmp sge i32 %3997, %3855
	%4000 = and i1 %3998, %3999
	%4001 = mul i32 %3, 8
	%4002 = add i32 %4001, 1
	%4003 = sub i32 255, %4002
	%4004 = select i1 %4000, i32 %4003, i32 %3994
	%4005 = select i1 %4000, i32 %3987, i32 %3995
	%4006 = or i1 %3996, %4000
	%4007 = add i32 %3997, %3926
	%4008 = xor i1 %4006, true
	%4009 = icmp sge i32 %4007, %3855
	%4010 = and i1 %4008, %4009
	%4011 = mul i32 %3, 8
	%4012 = add i32 %4011, 2
	%4013 = sub i32 255, %4012
	%4014 = select i1 %4010, i32 %4013, i32 %4004
	%4015 = select i1 %4010, i32 %3997, i32 %4005
	%4016 = or i1 %4006, %4010
	%4017 = add i32 %4007, %3933
	%4018 = xor i1 %4016, true
	%4019 = icmp sge i32 %4017, %3855
	%4020 = and i1 %4018, %4019
	%4021 = mul i32 %3, 8
	%4022 = add i32 %4021, 3
	%4023 = sub i32 255, %4022
	%4024 = select i1 %4020, i32 %4023, i32 %4014
	%4025 = select i1 %4020, i32 %4007, i32 %4015
	%4026 = or i1 %4016, %4020
	%4027 = add i32 %4017, %3940
	%4028 = xor i1 %4026, true
	%4029 = icmp sge i32 %4027, %3855
	%4030 = and i1 %4028, %4029
	%4031 = mul i32 %3, 8
	%4032 = add i32 %4031, 4
	%4033 = sub i32 255, %4032
	%4034 = select i1 %4030, i32 %4033, i32 %4024
	%4035 = select i1 %4030, i32 %4017, i32 %4025
	%4036 = or i1 %4026, %4030
	%4037 = add i32 %4027, %3947
	%4038 = xor i1 %4036, true
	%4039 = icmp sge i32 %4037, %3855
	%4040 = and i1 %4038, %4039
	%4041 = mul i32 %3, 8
	%4042 = add i32 %4041, 5
	%4043 = sub i32 255, %4042
	%4044 = select i1 %4040, i32 %4043, i32 %4034
	%4045 = select i1 %4040, i32 %4027, i32 %4035
	%4046 = or i1 %4036, %4040
	%4047 = add i32 %4037, %3954
	%4048 = xor i1 %4046, true
	%4049 = icmp sge i32 %4047, %3855
	%4050 = and i1 %4048, %4049
	%4051 = mul i32 %3, 8
	%4052 = add i32 %4051, 6
	%4053 = sub i32 255, %4052
	%4054 = select i1 %4050, i32 %4053, i32 %4044
	%4055 = select i1 %4050, i32 %4037, i32 %4045
	%4056 = or i1 %4046, %4050
	%4057 = add i32 %4047, %3961
	%4058 = xor i1 %4056, true
	%4059 = icmp sge i32 %4057, %3855
	%4060 = and i1 %4058, %4059
	%4061 = mul i32 %3, 8
	%4062 = add i32 %4061, 7
	%4063 = sub i32 255, %4062
	%4064 = select i1 %4060, i32 %4063, i32 %4054
	%4065 = select i1 %4060, i32 %4047, i32 %4055
	%4066 = or i1 %4056, %4060
	%4067 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3986)
	%4068 = call i32 @llvm.cttz.i32(i32 %4067, i1 false)
	%4069 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %4064, i32 %4068, i32 31)
	%4070 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %4065, i32 %4068, i32 31)
	%4071 = shl i32 %4069, 0
	%4072 = or i32 %3852, %4071
	%4073 = shl i32 255, 0
	%4074 = or i32 %3854, %4073
	%4075 = sub i32 %3855, %4070
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4076 = shl i32 1, %3
	%4077 = sub i32 %4076, 1
	br label %4086

4078:
	%4079 = lshr i32 %3902, 0
	%4080 = and i32 %4079, 255
	%4081 = add i32 %3173, %4080
	%4082 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4081
	%4083 = atomicrmw add i32 addrspace(3)* %4082, i32 1 monotonic
	br label %4084

4084:
	%4085 = add i32 %3897, 32
	br label %3896

4086:
	%4087 = phi i32 [ 0, %3906 ], [ %4128, %4123 ]
	%4088 = phi i32 [ 0, %3906 ], [ %4125, %4123 ]
	%4089 = phi i32 [ 0, %3906 ], [ %4127, %4123 ]
	%4090 = icmp slt i32 %4087, %550
	br i1 %4090, label %4091, label %4094

4091:
	%4092 = add i32 %4087, %3
	%4093 = icmp slt i32 %4092, %550
	br i1 %4093, label %4095, label %4101

4094:
	br label %3206

4095:
	%4096 = add i32 %3172, %4092
	%4097 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %4096
	%4098 = load i32, i32 addrspace(3)* %4097
	%4099 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bb, i32 0, i32 %4096
	%4100 = load i32, i32 addrspace(3)* %4099
	br label %4101

4101:
	%4102 = phi i32 [ 0, %4091 ], [ %4098, %4095 ]
	%4103 = phi i32 [ 0, %4091 ], [ %4100, %4095 ]
	%4104 = icmp eq i32 %4102, %4072
	%4105 = and i1 %4093, %4104
	%4106 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4105)
	%4107 = and i32 %4106, %4077
	%4108 = call i32 @llvm.ctpop.i32(i32 %4107)
	%4109 = add i32 %4089, %4108
	%4110 = icmp ugt i32 %4102, %4072
	%4111 = icmp slt i32 %4109, %4075
	%4112 = and i1 %4105, %4111
	%4113 = or i1 %4110, %4112
	%4114 = and i1 %4093, %4113
	%4115 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4114)
	%4116 = and i32 %4115, %4077
	%4117 = call i32 @llvm.ctpop.i32(i32 %4116)
	%4118 = add i32 %4088, %4117
	%4119 = add i32 %3172, %4118
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %4114, label %4120, label %4123

4120:
	%4121 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %4119
	store i32 %4102, i32 addrspace(3)* %4121
	%4122 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bb, i32 0, i32 %4119
	store i32 %4103, i32 addrspace(3)* %4122
	br label %4123

4123:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4124 = call i32 @llvm.ctpop.i32(i32 %4115)
	%4125 = add i32 %4088, %4124
	%4126 = call i32 @llvm.ctpop.i32(i32 %4106)
	%4127 = add i32 %4089, %4126
	%4128 = add i32 %4087, 32
	br label %4086

4129:
	%4130 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %3235
	store i32 %3112, i32 addrspace(3)* %4130
	%4131 = add i32 0, %3
	%4132 = add i32 %547, %4131
	%4133 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bb, i32 0, i32 %3235
	store i32 %4132, i32 addrspace(3)* %4133
	br label %4134

4134:
	%4135 = call i32 @llvm.ctpop.i32(i32 %3211)
	%4136 = add i32 %3207, %4135
	%4137 = and i32 %3216, %3230
	%4138 = call i32 @llvm.ctpop.i32(i32 %4137)
	%4139 = add i32 %4136, %4138
	%4140 = add i32 %3231, %4139
	br i1 %3215, label %4141, label %4146

4141:
	%4142 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %4140
	store i32 %3123, i32 addrspace(3)* %4142
	%4143 = add i32 32, %3
	%4144 = add i32 %547, %4143
	%4145 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bb, i32 0, i32 %4140
	store i32 %4144, i32 addrspace(3)* %4145
	br label %4146

4146:
	%4147 = call i32 @llvm.ctpop.i32(i32 %3216)
	%4148 = add i32 %4136, %4147
	%4149 = and i32 %3221, %3230
	%4150 = call i32 @llvm.ctpop.i32(i32 %4149)
	%4151 = add i32 %4148, %4150
	%4152 = add i32 %3231, %4151
	br i1 %3220, label %4153, label %4158

4153:
	%4154 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %4152
	store i32 %3134, i32 addrspace(3)* %4154
	%4155 = add i32 64, %3
	%4156 = add i32 %547, %4155
	%4157 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bb, i32 0, i32 %4152
	store i32 %4156, i32 addrspace(3)* %4157
	br label %4158

4158:
	%4159 = call i32 @llvm.ctpop.i32(i32 %3221)
	%4160 = add i32 %4148, %4159
	%4161 = and i32 %3226, %3230
	%4162 = call i32 @llvm.ctpop.i32(i32 %4161)
	%4163 = add i32 %4160, %4162
	%4164 = add i32 %3231, %4163
	br i1 %3225, label %4165, label %4170

4165:
	%4166 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %4164
	store i32 %3145, i32 addrspace(3)* %4166
	%4167 = add i32 96, %3
	%4168 = add i32 %547, %4167
	%4169 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bb, i32 0, i32 %4164
	store i32 %4168, i32 addrspace(3)* %4169
	br label %4170

4170:
	%4171 = call i32 @llvm.ctpop.i32(i32 %3226)
	%4172 = add i32 %4160, %4171
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4173 = add i32 %3207, %3228
	br label %3168

4174:
	%4175 = mul i32 %462, 129
	%4176 = add i32 0, %3
	%4177 = add i32 %4175, %4176
	%4178 = getelementptr [2064 x float], [2064 x float] addrspace(3)* @moba_gate1_e, i32 0, i32 %4177
	%4179 = load float, float addrspace(3)* %4178
	%4180 = fcmp ogt float %4179, 0xFFF0000000000000
	%4181 = fadd float %4179, 0.0
	%4182 = bitcast float %4181 to i32
	%4183 = ashr i32 %4182, 31
	%4184 = or i32 %4183, -2147483648
	%4185 = xor i32 %4182, %4184
	%4186 = mul i32 %462, 129
	%4187 = add i32 32, %3
	%4188 = add i32 %4186, %4187
	%4189 = getelementptr [2064 x float], [2064 x float] addrspace(3)* @moba_gate1_e, i32 0, i32 %4188
	%4190 = load float, float addrspace(3)* %4189
	%4191 = fcmp ogt float %4190, 0xFFF0000000000000
	%4192 = fadd float %4190, 0.0
	%4193 = bitcast float %4192 to i32
	%4194 = ashr i32 %4193, 31
	%4195 = or i32 %4194, -2147483648
	%4196 = xor i32 %4193, %4195
	%4197 = mul i32 %462, 129
	%4198 = add i32 64, %3
	%4199 = add i32 %4197, %4198
	%4200 = getelementptr [2064 x float], [2064 x float] addrspace(3)* @moba_gate1_e, i32 0, i32 %4199
	%4201 = load float, float addrspace(3)* %4200
	%4202 = fcmp ogt float %4201, 0xFFF0000000000000
	%4203 = fadd float %4201, 0.0
	%4204 = bitcast float %4203 to i32
	%4205 = ashr i32 %4204, 31
	%4206 = or i32 %4205, -2147483648
	%4207 = xor i32 %4204, %4206
	%4208 = mul i32 %462, 129
	%4209 = add i32 96, %3
	%4210 = add i32 %4208, %4209
	%4211 = getelementptr [2064 x float], [2064 x float] addrspace(3)* @moba_gate1_e, i32 0, i32 %4210
	%4212 = load float, float addrspace(3)* %4211
	%4213 = fcmp ogt float %4212, 0xFFF0000000000000
	%4214 = fadd float %4212, 0.0
	%4215 = bitcast float %4214 to i32
	%4216 = ashr i32 %4215, 31
	%4217 = or i32 %4216, -2147483648
	%4218 = xor i32 %4215, %4217
	%4219 = icmp ugt i32 %4185, %553
	%4220 = and i1 %4180, %4219
	%4221 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4220)
	%4222 = call i32 @llvm.ctpop.i32(i32 %4221)
	%4223 = add i32 0, %4222
	%4224 = icmp ugt i32 %4196, %553
	%4225 = and i1 %4191, %4224
	%4226 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4225)
	%4227 = call i32 @llvm.ctpop.i32(i32 %4226)
	%4228 = add i32 %4223, %4227
	%4229 = icmp ugt i32 %4207, %553
	%4230 = and i1 %4202, %4229
	%4231 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4230)
	%4232 = call i32 @llvm.ctpop.i32(i32 %4231)
	%4233 = add i32 %4228, %4232
	%4234 = icmp ugt i32 %4218, %553
	%4235 = and i1 %4213, %4234
	%4236 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4235)
	%4237 = call i32 @llvm.ctpop.i32(i32 %4236)
	%4238 = add i32 %4233, %4237
	%4239 = add i32 %552, %4238
	%4240 = icmp sgt i32 %4239, 160
	br i1 %4240, label %4244, label %4279

4241:
	%4242 = phi i32 [ %552, %3168 ], [ %5246, %5243 ]
	%4243 = phi i32 [ %553, %3168 ], [ %4281, %5243 ]
	br i1 %545, label %5247, label %5314

4244:
	%4245 = mul i32 %462, 160
	%4246 = mul i32 %4, 256
	%4247 = mul i32 %3, 8
	%4248 = add i32 %4247, 0
	%4249 = add i32 %4246, %4248
	%4250 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4249
	store i32 0, i32 addrspace(3)* %4250
	%4251 = mul i32 %3, 8
	%4252 = add i32 %4251, 1
	%4253 = add i32 %4246, %4252
	%4254 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4253
	store i32 0, i32 addrspace(3)* %4254
	%4255 = mul i32 %3, 8
	%4256 = add i32 %4255, 2
	%4257 = add i32 %4246, %4256
	%4258 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4257
	store i32 0, i32 addrspace(3)* %4258
	%4259 = mul i32 %3, 8
	%4260 = add i32 %4259, 3
	%4261 = add i32 %4246, %4260
	%4262 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4261
	store i32 0, i32 addrspace(3)* %4262
	%4263 = mul i32 %3, 8
	%4264 = add i32 %4263, 4
	%4265 = add i32 %4246, %4264
	%4266 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4265
	store i32 0, i32 addrspace(3)* %4266
	%4267 = mul i32 %3, 8
	%4268 = add i32 %4267, 5
	%4269 = add i32 %4246, %4268
	%4270 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4269
	store i32 0, i32 addrspace(3)* %4270
	%4271 = mul i32 %3, 8
	%4272 = add i32 %4271, 6
	%4273 = add i32 %4246, %4272
	%4274 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4273
	store i32 0, i32 addrspace(3)* %4274
	%4275 = mul i32 %3, 8
	%4276 = add i32 %4275, 7
	%4277 = add i32 %4246, %4276
	%4278 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4277
	store i32 0, i32 addrspace(3)* %4278
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %4309

4279:
	%4280 = phi i32 [ %552, %4174 ], [ %499, %5167 ]
	%4281 = phi i32 [ %553, %4174 ], [ %5145, %5167 ]
	%4282 = icmp ugt i32 %4185, %4281
	%4283 = and i1 %4180, %4282
	%4284 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4283)
	%4285 = call i32 @llvm.ctpop.i32(i32 %4284)
	%4286 = add i32 0, %4285
	%4287 = icmp ugt i32 %4196, %4281
	%4288 = and i1 %4191, %4287
	%4289 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4288)
	%4290 = call i32 @llvm.ctpop.i32(i32 %4289)
	%4291 = add i32 %4286, %4290
	%4292 = icmp ugt i32 %4207, %4281
	%4293 = and i1 %4202, %4292
	%4294 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4293)
	%4295 = call i32 @llvm.ctpop.i32(i32 %4294)
	%4296 = add i32 %4291, %4295
	%4297 = icmp ugt i32 %4218, %4281
	%4298 = and i1 %4213, %4297
	%4299 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4298)
	%4300 = call i32 @llvm.ctpop.i32(i32 %4299)
	%4301 = add i32 %4296, %4300
	%4302 = shl i32 1, %3
	%4303 = sub i32 %4302, 1
	%4304 = mul i32 %462, 160
	%4305 = and i32 %4284, %4303
	%4306 = call i32 @llvm.ctpop.i32(i32 %4305)
	%4307 = add i32 %4280, %4306
	%4308 = add i32 %4304, %4307
	br i1 %4283, label %5202, label %5207

4309:
	%4310 = phi i32 [ %3, %4244 ], [ %4528, %4527 ]
	%4311 = icmp slt i32 %4310, %552
	br i1 %4311, label %4312, label %4319

4312:
	%4313 = add i32 %4245, %4310
	%4314 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %4313
	%4315 = load i32, i32 addrspace(3)* %4314
	%4316 = and i32 %4315, 0
	%4317 = icmp eq i32 %4316, 0
	%4318 = and i1 true, %4317
	br i1 %4318, label %4521, label %4527

4319:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4320 = mul i32 %3, 8
	%4321 = add i32 %4320, 0
	%4322 = sub i32 255, %4321
	%4323 = add i32 %4246, %4322
	%4324 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4323
	%4325 = load i32, i32 addrspace(3)* %4324
	%4326 = add i32 0, %4325
	%4327 = mul i32 %3, 8
	%4328 = add i32 %4327, 1
	%4329 = sub i32 255, %4328
	%4330 = add i32 %4246, %4329
	%4331 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4330
	%4332 = load i32, i32 addrspace(3)* %4331
	%4333 = add i32 %4326, %4332
	%4334 = mul i32 %3, 8
	%4335 = add i32 %4334, 2
	%4336 = sub i32 255, %4335
	%4337 = add i32 %4246, %4336
	%4338 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4337
	%4339 = load i32, i32 addrspace(3)* %4338
	%4340 = add i32 %4333, %4339
	%4341 = mul i32 %3, 8
	%4342 = add i32 %4341, 3
	%4343 = sub i32 255, %4342
	%4344 = add i32 %4246, %4343
	%4345 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4344
	%4346 = load i32, i32 addrspace(3)* %4345
	%4347 = add i32 %4340, %4346
	%4348 = mul i32 %3, 8
	%4349 = add i32 %4348, 4
	%4350 = sub i32 255, %4349
	%4351 = add i32 %4246, %4350
	%4352 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4351
	%4353 = load i32, i32 addrspace(3)* %4352
	%4354 = add i32 %4347, %4353
	%4355 = mul i32 %3, 8
	%4356 = add i32 %4355, 5
	%4357 = sub i32 255, %4356
	%4358 = add i32 %4246, %4357
	%4359 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4358
	%4360 = load i32, i32 addrspace(3)* %4359
	%4361 = add i32 %4354, %4360
	%4362 = mul i32 %3, 8
	%4363 = add i32 %4362, 6
	%4364 = sub i32 255, %4363
	%4365 = add i32 %4246, %4364
	%4366 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4365
	%4367 = load i32, i32 addrspace(3)* %4366
	%4368 = add i32 %4361, %4367
	%4369 = mul i32 %3, 8
	%4370 = add i32 %4369, 7
	%4371 = sub i32 255, %4370
	%4372 = add i32 %4246, %4371
	%4373 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4372
	%4374 = load i32, i32 addrspace(3)* %4373
	%4375 = add i32 %4368, %4374
	%4376 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4375, i32 1, i32 0)
	%4377 = icmp uge i32 %3, 1
	%4378 = select i1 %4377, i32 %4376, i32 0
	%4379 = add i32 %4375, %4378
	%4380 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4379, i32 2, i32 0)
	%4381 = icmp uge i32 %3, 2
	%4382 = select i1 %4381, i32 %4380, i32 0
	%4383 = add i32 %4379, %4382
	%4384 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4383, i32 4, i32 0)
	%4385 = icmp uge i32 %3, 4
	%4386 = select i1 %4385, i32 %4384, i32 0
	%4387 = add i32 %4383, %4386
	%4388 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4387, i32 8, i32 0)
	%4389 = icmp uge i32 %3, 8
	%4390 = select i1 %4389, i32 %4388, i32 0
	%4391 = add i32 %4387, %4390
	%4392 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4391, i32 16, i32 0)
	%4393 = icmp uge i32 %3, 16
	%4394 = select i1 %4393, i32 %4392, i32 0
	%4395 = add i32 %4391, %4394
	%4396 = sub i32 %4395, %4375
	%4397 = icmp slt i32 %4396, %499
	%4398 = icmp sge i32 %4395, %499
	%4399 = and i1 %4397, %4398
	%4400 = add i32 %4396, %4325
	%4401 = xor i1 false, true
	%4402 = icmp sge i32 %4400, %499
	%4403 = and i1 %4401, %4402
	%4404 = mul i32 %3, 8
	%4405 = add i32 %4404, 0
	%4406 = sub i32 255, %4405
	%4407 = select i1 %4403, i32 %4406, i32 0
	%4408 = select i1 %4403, i32 %4396, i32 0
	%4409 = or i1 false, %4403
	%4410 = add i32 %4400, %4332
	%4411 = xor i1 %4409, true
	%4412 = icmp sge i32 %4410, %499
	%4413 = and i1 %4411, %4412
	%4414 = mul i32 %3, 8
	%4415 = add i32 %4414, 1
	%4416 = sub i32 255, %4415
	%4417 = select i1 %4413, i32 %4416, i32 %4407
	%4418 = select i1 %4413, i32 %4400, i32 %4408
	%4419 = or i1 %4409, %4413
	%4420 = add i32 %4410, %4339
	%4421 = xor i1 %4419, true
	%4422 = icmp sge i32 %4420, %499
	%4423 = and i1 %4421, %4422
	%4424 = mul i32 %3, 8
	%4425 = add i32 %4424, 2
	%4426 = sub i32 255, %4425
	%4427 = select i1 %4423, i32 %4426, i32 %4417
	%4428 = select i1 %4423, i32 %4410, i32 %4418
	%4429 = or i1 %4419, %4423
	%4430 = add i32 %4420, %4346
	%4431 = xor i1 %4429, true
	%4432 = icmp sge i32 %4430, %499
	%4433 = and i1 %4431, %4432
	%4434 = mul i32 %3, 8
	%4435 = add i32 %4434, 3
	%4436 = sub i32 255, %4435
	%4437 = select i1 %4433, i32 %4436, i32 %4427
	%4438 = select i1 %4433, i32 %4420, i32 %4428
	%4439 = or i1 %4429, %4433
	%4440 = add i32 %4430, %4353
	%4441 = xor i1 %4439, true
	%4442 = icmp sge i32 %4440, %499
	%4443 = and i1 %4441, %4442
	%4444 = mul i32 %3, 8
	%4445 = add i32 %4444, 4
	%4446 = sub i32 255, %4445
	%4447 = select i1 %4443, i32 %4446, i32 %4437
	%4448 = select i1 %4443, i32 %4430, i32 %4438
	%4449 = or i1 %4439, %4443
	%4450 = add i32 %4440, %4360
	%4451 = xor i1 %4449, true
	%4452 = icmp sge i32 %4450, %499
	%4453 = and i1 %4451, %4452
	%4454 = mul i32 %3, 8
	%4455 = add i32 %4454, 5
	%4456 = sub i32 255, %4455
	%4457 = select i1 %4453, i32 %4456, i32 %4447
	%4458 = select i1 %4453, i32 %4440, i32 %4448
	%4459 = or i1 %4449, %4453
	%4460 = add i32 %4450, %4367
	%4461 = xor i1 %4459, true
	%4462 = icmp sge i32 %4460, %499
	%4463 = and i1 %4461, %4462
	%4464 = mul i32 %3, 8
	%4465 = add i32 %4464, 6
	%4466 = sub i32 255, %4465
	%4467 = select i1 %4463, i32 %4466, i32 %4457
	%4468 = select i1 %4463, i32 %4450, i32 %4458
	%4469 = or i1 %4459, %4463
	%4470 = add i32 %4460, %4374
	%4471 = xor i1 %4469, true
	%4472 = icmp sge i32 %4470, %499
	%4473 = and i1 %4471, %4472
	%4474 = mul i32 %3, 8
	%4475 = add i32 %4474, 7
	%4476 = sub i32 255, %4475
	%4477 = select i1 %4473, i32 %4476, i32 %4467
	%4478 = select i1 %4473, i32 %4460, i32 %4468
	%4479 = or i1 %4469, %4473
	%4480 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4399)
	%4481 = call i32 @llvm.cttz.i32(i32 %4480, i1 false)
	%4482 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %4477, i32 %4481, i32 31)
	%4483 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %4478, i32 %4481, i32 31)
	%4484 = shl i32 %4482, 24
	%4485 = or i32 0, %4484
	%4486 = shl i32 255, 24
	%4487 = or i32 0, %4486
	%4488 = sub i32 %499, %4483
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4489 = mul i32 %3, 8
	%4490 = add i32 %4489, 0
	%4491 = add i32 %4246, %4490
	%4492 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4491
	store i32 0, i32 addrspace(3)* %4492
	%4493 = mul i32 %3, 8
	%4494 = add i32 %4493, 1
	%4495 = add i32 %4246, %4494
	%4496 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4495
	store i32 0, i32 addrspace(3)* %4496
	%4497 = mul i32 %3, 8
	%4498 = add i32 %4497, 2
	%4499 = add i32 %4246, %4498
	%4500 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4499
	store i32 0, i32 addrspace(3)* %4500
	%4501 = mul i32 %3, 8
	%4502 = add i32 %4501, 3
	%4503 = add i32 %4246, %4502
	%4504 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4503
	store i32 0, i32 addrspace(3)* %4504
	%4505 = mul i32 %3, 8
	%4506 = add i32 %4505, 4
	%4507 = add i32 %4246, %4506
	%4508 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4507
	store i32 0, i32 addrspace(3)* %4508
	%4509 = mul i32 %3, 8
	%4510 = add i32 %4509, 5
	%4511 = add i32 %4246, %4510
	%4512 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4511
	store i32 0, i32 addrspace(3)* %4512
	%4513 = mul i32 %3, 8
	%4514 = add i32 %4513, 6
	%4515 = add i32 %4246, %4514
	%4516 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4515
	store i32 0, i32 addrspace(3)* %4516
	%4517 = mul i32 %3, 8
	%4518 = add i32 %4517, 7
	%4519 = add i32 %4246, %4518
	%4520 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4519
	store i32 0, i32 addrspace(3)* %4520
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %4529

4521:
	%4522 = lshr i32 %4315, 24
	%4523 = and i32 %4522, 255
	%4524 = add i32 %4246, %4523
	%4525 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4524
	%4526 = atomicrmw add i32 addrspace(3)* %4525, i32 1 monotonic
	br label %4527

4527:
	%4528 = add i32 %4310, 32
	br label %4309

4529:
	%4530 = phi i32 [ %3, %4319 ], [ %4748, %4747 ]
	%4531 = icmp slt i32 %4530, %552
	br i1 %4531, label %4532, label %4539

4532:
	%4533 = add i32 %4245, %4530
	%4534 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %4533
	%4535 = load i32, i32 addrspace(3)* %4534
	%4536 = and i32 %4535, %4487
	%4537 = icmp eq i32 %4536, %4485
	%4538 = and i1 true, %4537
	br i1 %4538, label %4741, label %4747

4539:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4540 = mul i32 %3, 8
	%4541 = add i32 %4540, 0
	%4542 = sub i32 255, %4541
	%4543 = add i32 %4246, %4542
	%4544 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4543
	%4545 = load i32, i32 addrspace(3)* %4544
	%4546 = add i32 0, %4545
	%4547 = mul i32 %3, 8
	%4548 = add i32 %4547, 1
	%4549 = sub i32 255, %4548
	%4550 = add i32 %4246, %4549
	%4551 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4550
	%4552 = load i32, i32 addrspace(3)* %4551
	%4553 = add i32 %4546, %4552
	%4554 = mul i32 %3, 8
	%4555 = add i32 %4554, 2
	%4556 = sub i32 255, %4555
	%4557 = add i32 %4246, %4556
	%4558 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4557
	%4559 = load i32, i32 addrspace(3)* %4558
	%4560 = add i32 %4553, %4559
	%4561 = mul i32 %3, 8
	%4562 = add i32 %4561, 3
	%4563 = sub i32 255, %4562
	%4564 = add i32 %4246, %4563
	%4565 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4564
	%4566 = load i32, i32 addrspace(3)* %4565
	%4567 = add i32 %4560, %4566
	%4568 = mul i32 %3, 8
	%4569 = add i32 %4568, 4
	%4570 = sub i32 255, %4569
	%4571 = add i32 %4246, %4570
	%4572 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4571
	%4573 = load i32, i32 addrspace(3)* %4572
	%4574 = add i32 %4567, %4573
	%4575 = mul i32 %3, 8
	%4576 = add i32 %4575, 5
	%4577 = sub i32 255, %4576
	%4578 = add i32 %4246, %4577
	%4579 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4578
	%4580 = load i32, i32 addrspace(3)* %4579
	%4581 = add i32 %4574, %4580
	%4582 = mul i32 %3, 8
	%4583 = add i32 %4582, 6
	%4584 = sub i32 255, %4583
	%4585 = add i32 %4246, %4584
	%4586 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4585
	%4587 = load i32, i32 addrspace(3)* %4586
	%4588 = add i32 %4581, %4587
	%4589 = mul i32 %3, 8
	%4590 = add i32 %4589, 7
	%4591 = sub i32 255, %4590
	%4592 = add i32 %4246, %4591
	%4593 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4592
	%4594 = load i32, i32 addrspace(3)* %4593
	%4595 = add i32 %4588, %4594
	%4596 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4595, i32 1, i32 0)
	%4597 = icmp uge i32 %3, 1
	%4598 = select i1 %4597, i32 %4596, i32 0
	%4599 = add i32 %4595, %4598
	%4600 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4599, i32 2, i32 0)
	%4601 = icmp uge i32 %3, 2
	%4602 = select i1 %4601, i32 %4600, i32 0
	%4603 = add i32 %4599, %4602
	%4604 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4603, i32 4, i32 0)
	%4605 = icmp uge i32 %3, 4
	%4606 = select i1 %4605, i32 %4604, i32 0
	%4607 = add i32 %4603, %4606
	%4608 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4607, i32 8, i32 0)
	%4609 = icmp uge i32 %3, 8
	%4610 = select i1 %4609, i32 %4608, i32 0
	%4611 = add i32 %4607, %4610
	%4612 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4611, i32 16, i32 0)
	%4613 = icmp uge i32 %3, 16
	%4614 = select i1 %4613, i32 %4612, i32 0
	%4615 = add i32 %4611, %4614
	%4616 = sub i32 %4615, %4595
	%4617 = icmp slt i32 %4616, %4488
	%4618 = icmp sge i32 %4615, %4488
	%4619 = and i1 %4617, %4618
	%4620 = add i32 %4616, %4545
	%4621 = xor i1 false, true
	%4622 = icmp sge i32 %4620, %4488
	%4623 = and i1 %4621, %4622
	%4624 = mul i32 %3, 8
	%4625 = add i32 %4624, 0
	%4626 = sub i32 255, %4625
	%4627 = select i1 %4623, i32 %4626, i32 0
	%4628 = select i1 %4623, i32 %4616, i32 0
	%4629 = or i1 false, %4623
	%4630 = add i32 %4620, %4552
	%4631 = xor i1 %4629, true
	%4632 = icmp sge i32 %4630, %4488
	%4633 = and i1 %4631, %4632
	%4634 = mul i32 %3, 8
	%4635 = add i32 %4634, 1
	%4636 = sub i32 255, %4635
	%4637 = select i1 %4633, i32 %4636, i32 %4627
	%4638 = select i1 %4633, i32 %4620, i32 %4628
	%4639 = or i1 %4629, %4633
	%4640 = add i32 %4630, %4559
	%4641 = xor i1 %4639, true
	%4642 = icmp sge i32 %4640, %4488
	%4643 = and i1 %4641, %4642
	%4644 = mul i32 %3, 8
	%4645 = add i32 %4644, 2
	%4646 = sub i32 255, %4645
	%4647 = select i1 %4643, i32 %4646, i32 %4637
	%4648 = select i1 %4643, i32 %4630, i32 %4638
	%4649 = or i1 %4639, %4643
	%4650 = add i32 %4640, %4566
	%4651 = xor i1 %4649, true
	%4652 = icmp sge i32 %4650, %4488
	%4653 = and i1 %4651, %4652
	%4654 = mul i32 %3, 8
	%4655 = add i32 %4654, 3
	%4656 = sub i32 255, %4655
	%4657 = select i1 %4653, i32 %4656, i32 %4647
	%4658 = select i1 %4653, i32 %4640, i32 %4648
	%4659 = or i1 %4649, %4653
	%4660 = add i32 %4650, %4573
	%4661 = xor i1 %4659, true
	%4662 = icmp sge i32 %4660, %4488
	%4663 = and i1 %4661, %4662
	%4664 = mul i32 %3, 8
	%4665 = add i32 %4664, 4
	%4666 = sub i32 255, %4665
	%4667 = select i1 %4663, i32 %4666, i32 %4657
	%4668 = select i1 %4663, i32 %4650, i32 %4658
	%4669 = or i1 %4659, %4663
	%4670 = add i32 %4660, %4580
	%4671 = xor i1 %4669, true
	%4672 = icmp sge i32 %4670, %4488
	%4673 = and i1 %4671, %4672
	%4674 = mul i32 %3, 8
	%4675 = add i32 %4674, 5
	%4676 = sub i32 255, %4675
	%4677 = select i1 %4673, i32 %4676, i32 %4667
	%4678 = select i1 %4673, i32 %4660, i32 %4668
	%4679 = or i1 %4669, %4673
	%4680 = add i32 %4670, %4587
	%4681 = xor i1 %4679, true
	%4682 = icmp sge i32 %4680, %4488
	%4683 = and i1 %4681, %4682
	%4684 = mul i32 %3, 8
	%4685 = add i32 %4684, 6
	%4686 = sub i32 255, %4685
	%4687 = select i1 %4683, i32 %4686, i32 %4677
	%4688 = select i1 %4683, i32 %4670, i32 %4678
	%4689 = or i1 %4679, %4683
	%4690 = add i32 %4680, %4594
	%4691 = xor i1 %4689, true
	%4692 = icmp sge i32 %4690, %4488
	%4693 = and i1 %4691, %4692
	%4694 = mul i32 %3, 8
	%4695 = add i32 %4694, 7
	%4696 = sub i32 255, %4695
	%4697 = select i1 %4693, i32 %4696, i32 %4687
	%4698 = select i1 %4693, i32 %4680, i32 %4688
	%4699 = or i1 %4689, %4693
	%4700 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4619)
	%4701 = call i32 @llvm.cttz.i32(i32 %4700, i1 false)
	%4702 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %4697, i32 %4701, i32 31)
	%4703 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %4698, i32 %4701, i32 31)
	%4704 = shl i32 %4702, 16
	%4705 = or i32 %4485, %4704
	%4706 = shl i32 255, 16
	%4707 = or i32 %4487, %4706
	%4708 = sub i32 %4488, %4703
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4709 = mul i32 %3, 8
	%4710 = add i32 %4709, 0
	%4711 = add i32 %4246, %4710
	%4712 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4711
	store i32 0, i32 addrspace(3)* %4712
	%4713 = mul i32 %3, 8
	%4714 = add i32 %4713, 1
	%4715 = add i32 %4246, %4714
	%4716 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4715
	store i32 0, i32 addrspace(3)* %4716
	%4717 = mul i32 %3, 8
	%4718 = add i32 %4717, 2
	%4719 = add i32 %4246, %4718
	%4720 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4719
	store i32 0, i32 addrspace(3)* %4720
	%4721 = mul i32 %3, 8
	%4722 = add i32 %4721, 3
	%4723 = add i32 %4246, %4722
	%4724 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4723
	store i32 0, i32 addrspace(3)* %4724
	%4725 = mul i32 %3, 8
	%4726 = add i32 %4725, 4
	%4727 = add i32 %4246, %4726
	%4728 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4727
	store i32 0, i32 addrspace(3)* %4728
	%4729 = mul i32 %3, 8
	%4730 = add i32 %4729, 5
	%4731 = add i32 %4246, %4730
	%4732 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4731
	store i32 0, i32 addrspace(3)* %4732
	%4733 = mul i32 %3, 8
	%4734 = add i32 %4733, 6
	%4735 = add i32 %4246, %4734
	%4736 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4735
	store i32 0, i32 addrspace(3)* %4736
	%4737 = mul i32 %3, 8
	%4738 = add i32 %4737, 7
	%4739 = add i32 %4246, %4738
	%4740 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4739
	store i32 0, i32 addrspace(3)* %4740
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %4749

4741:
	%4742 = lshr i32 %4535, 16
	%4743 = and i32 %4742, 255
	%4744 = add i32 %4246, %4743
	%4745 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4744
	%4746 = atomicrmw add i32 addrspace(3)* %4745, i32 1 monotonic
	br label %4747

4747:
	%4748 = add i32 %4530, 32
	br label %4529

4749:
	%4750 = phi i32 [ %3, %4539 ], [ %4968, %4967 ]
	%4751 = icmp slt i32 %4750, %552
	br i1 %4751, label %4752, label %4759

4752:
	%4753 = add i32 %4245, %4750
	%4754 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %4753
	%4755 = load i32, i32 addrspace(3)* %4754
	%4756 = and i32 %4755, %4707
	%4757 = icmp eq i32 %4756, %4705
	%4758 = and i1 true, %4757
	br i1 %4758, label %4961, label %4967

4759:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4760 = mul i32 %3, 8
	%4761 = add i32 %4760, 0
	%4762 = sub i32 255, %4761
	%4763 = add i32 %4246, %4762
	%4764 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4763
	%4765 = load i32, i32 addrspace(3)* %4764
	%4766 = add i32 0, %4765
	%4767 = mul i32 %3, 8
	%4768 = add i32 %4767, 1
	%4769 = sub i32 255, %4768
	%4770 = add i32 %4246, %4769
	%4771 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4770
	%4772 = load i32, i32 addrspace(3)* %4771
	%4773 = add i32 %4766, %4772
	%4774 = mul i32 %3, 8
	%4775 = add i32 %4774, 2
	%4776 = sub i32 255, %4775
	%4777 = add i32 %4246, %4776
	%4778 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4777
	%4779 = load i32, i32 addrspace(3)* %4778
	%4780 = add i32 %4773, %4779
	%4781 = mul i32 %3, 8
	%4782 = add i32 %4781, 3
	%4783 = sub i32 255, %4782
	%4784 = add i32 %4246, %4783
	%4785 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4784
	%4786 = load i32, i32 addrspace(3)* %4785
	%4787 = add i32 %4780, %4786
	%4788 = mul i32 %3, 8
	%4789 = add i32 %4788, 4
	%4790 = sub i32 255, %4789
	%4791 = add i32 %4246, %4790
	%4792 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4791
	%4793 = load i32, i32 addrspace(3)* %4792
	%4794 = add i32 %4787, %4793
	%4795 = mul i32 %3, 8
	%4796 = add i32 %4795, 5
	%4797 = sub i32 255, %4796
	%4798 = add i32 %4246, %4797
	%4799 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4798
	%4800 = load i32, i32 addrspace(3)* %4799
	%4801 = add i32 %4794, %4800
	%4802 = mul i32 %3, 8
	%4803 = add i32 %4802, 6
	%4804 = sub i32 255, %4803
	%4805 = add i32 %4246, %4804
	%4806 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4805
	%4807 = load i32, i32 addrspace(3)* %4806
	%4808 = add i32 %4801, %4807
	%4809 = mul i32 %3, 8
	%4810 = add i32 %4809, 7
	%4811 = sub i32 255, %4810
	%4812 = add i32 %4246, %4811
	%4813 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4812
	%4814 = load i32, i32 addrspace(3)* %4813
	%4815 = add i32 %4808, %4814
	%4816 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4815, i32 1, i32 0)
	%4817 = icmp uge i32 %3, 1
	%4818 = select i1 %4817, i32 %4816, i32 0
	%4819 = add i32 %4815, %4818
	%4820 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4819, i32 2, i32 0)
	%4821 = icmp uge i32 %3, 2
	%4822 = select i1 %4821, i32 %4820, i32 0
	%4823 = add i32 %4819, %4822
	%4824 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4823, i32 4, i32 0)
	%4825 = icmp uge i32 %3, 4
	%4826 = select i1 %4825, i32 %4824, i32 0
	%4827 = add i32 %4823, %4826
	%4828 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4827, i32 8, i32 0)
	%4829 = icmp uge i32 %3, 8
	%4830 = select i1 %4829, i32 %4828, i32 0
	%4831 = add i32 %4827, %4830
	%4832 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4831, i32 16, i32 0)
	%4833 = icmp uge i32 %3, 16
	%4834 = select i1 %4833, i32 %4832, i32 0
	%4835 = add i32 %4831, %4834
	%4836 = sub i32 %4835, %4815
	%4837 = icmp slt i32 %4836, %4708
	%4838 = icmp sge i32 %4835, %4708
	%4839 = and i1 %4837, %4838
	%4840 = add i32 %4836, %4765
	%4841 = xor i1 false, true
	%4842 = icmp sge i32 %4840, %4708
	%4843 = and i1 %4841, %4842
	%4844 = mul i32 %3, 8
	%4845 = add i32 %4844, 0
	%4846 = sub i32 255, %4845
	%4847 = select i1 %4843, i32 %4846, i32 0
	%4848 = select i1 %4843, i32 %4836, i32 0
	%4849 = or i1 false, %4843
	%4850 = add i32 %4840, %4772
	%4851 = xor i1 %4849, true
	%4852 = icmp sge i32 %4850, %4708
	%4853 = and i1 %4851, %4852
	%4854 = mul i32 %3, 8
	%4855 = add i32 %4854, 1
	%4856 = sub i32 255, %4855
	%4857 = select i1 %4853, i32 %4856, i32 %4847
	%4858 = select i1 %4853, i32 %4840, i32 %4848
	%4859 = or i1 %4849, %4853
	%4860 = add i32 %4850, %4779
	%4861 = xor i1 %4859, true
	%4862 = icmp sge i32 %4860, %4708
	%4863 = and i1 %4861, %4862
	%4864 = mul i32 %3, 8
	%4865 = add i32 %4864, 2
	%4866 = sub i32 255, %4865
	%4867 = select i1 %4863, i32 %4866, i32 %4857
	%4868 = select i1 %4863, i32 %4850, i32 %4858
	%4869 = or i1 %4859, %4863
	%4870 = add i32 %4860, %4786
	%4871 = xor i1 %4869, true
	%4872 = icmp sge i32 %4870, %4708
	%4873 = and i1 %4871, %4872
	%4874 = mul i32 %3, 8
	%4875 = add i32 %4874, 3
	%4876 = sub i32 255, %4875
	%4877 = select i1 %4873, i32 %4876, i32 %4867
	%4878 = select i1 %4873, i32 %4860, i32 %4868
	%4879 = or i1 %4869, %4873
	%4880 = add i32 %4870, %4793
	%4881 = xor i1 %4879, true
	%4882 = icmp sge i32 %4880, %4708
	%4883 = and i1 %4881, %4882
	%4884 = mul i32 %3, 8
	%4885 = add i32 %4884, 4
	%4886 = sub i32 255, %4885
	%4887 = select i1 %4883, i32 %4886, i32 %4877
	%4888 = select i1 %4883, i32 %4870, i32 %4878
	%4889 = or i1 %4879, %4883
	%4890 = add i32 %4880, %4800
	%4891 = xor i1 %4889, true
	%4892 = icmp sge i32 %4890, %4708
	%4893 = and i1 %4891, %4892
	%4894 = mul i32 %3, 8
	%4895 = add i32 %4894, 5
	%4896 = sub i32 255, %4895
	%4897 = select i1 %4893, i32 %4896, i32 %4887
	%4898 = select i1 %4893, i32 %4880, i32 %4888
	%4899 = or i1 %4889, %4893
	%4900 = add i32 %4890, %4807
	%4901 = xor i1 %4899, true
	%4902 = icmp sge i32 %4900, %4708
	%4903 = and i1 %4901, %4902
	%4904 = mul i32 %3, 8
	%4905 = add i32 %4904, 6
	%4906 = sub i32 255, %4905
	%4907 = select i1 %4903, i32 %4906, i32 %4897
	%4908 = select i1 %4903, i32 %4890, i32 %4898
	%4909 = or i1 %4899, %4903
	%4910 = add i32 %4900, %4814
	%4911 = xor i1 %4909, true
	%4912 = icmp sge i32 %4910, %4708
	%4913 = and i1 %4911, %4912
	%4914 = mul i32 %3, 8
	%4915 = add i32 %4914, 7
	%4916 = sub i32 255, %4915
	%4917 = select i1 %4913, i32 %4916, i32 %4907
	%4918 = select i1 %4913, i32 %4900, i32 %4908
	%4919 = or i1 %4909, %4913
	%4920 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4839)
	%4921 = call i32 @llvm.cttz.i32(i32 %4920, i1 false)
	%4922 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %4917, i32 %4921, i32 31)
	%4923 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %4918, i32 %4921, i32 31)
	%4924 = shl i32 %4922, 8
	%4925 = or i32 %4705, %4924
	%4926 = shl i32 255, 8
	%4927 = or i32 %4707, %4926
	%4928 = sub i32 %4708, %4923
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4929 = mul i32 %3, 8
	%4930 = add i32 %4929, 0
	%4931 = add i32 %4246, %4930
	%4932 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4931
	store i32 0, i32 addrspace(3)* %4932
	%4933 = mul i32 %3, 8
	%4934 = add i32 %4933, 1
	%4935 = add i32 %4246, %4934
	%4936 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4935
	store i32 0, i32 addrspace(3)* %4936
	%4937 = mul i32 %3, 8
	%4938 = add i32 %4937, 2
	%4939 = add i32 %4246, %4938
	%4940 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4939
	store i32 0, i32 addrspace(3)* %4940
	%4941 = mul i32 %3, 8
	%4942 = add i32 %4941, 3
	%4943 = add i32 %4246, %4942
	%4944 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4943
	store i32 0, i32 addrspace(3)* %4944
	%4945 = mul i32 %3, 8
	%4946 = add i32 %4945, 4
	%4947 = add i32 %4246, %4946
	%4948 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4947
	store i32 0, i32 addrspace(3)* %4948
	%4949 = mul i32 %3, 8
	%4950 = add i32 %4949, 5
	%4951 = add i32 %4246, %4950
	%4952 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4951
	store i32 0, i32 addrspace(3)* %4952
	%4953 = mul i32 %3, 8
	%4954 = add i32 %4953, 6
	%4955 = add i32 %4246, %4954
	%4956 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4955
	store i32 0, i32 addrspace(3)* %4956
	%4957 = mul i32 %3, 8
	%4958 = add i32 %4957, 7
	%4959 = add i32 %4246, %4958
	%4960 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4959
	store i32 0, i32 addrspace(3)* %4960
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %4969

4961:
	%4962 = lshr i32 %4755, 8
	%4963 = and i32 %4962, 255
	%4964 = add i32 %4246, %4963
	%4965 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4964
	%4966 = atomicrmw add i32 addrspace(3)* %4965, i32 1 monotonic
	br label %4967

4967:
	%4968 = add i32 %4750, 32
	br label %4749

4969:
	%4970 = phi i32 [ %3, %4759 ], [ %5158, %5157 ]
	%4971 = icmp slt i32 %4970, %552
	br i1 %4971, label %4972, label %4979

4972:
	%4973 = add i32 %4245, %4970
	%4974 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %4973
	%4975 = load i32, i32 addrspace(3)* %4974
	%4976 = and i32 %4975, %4927
	%4977 = icmp eq i32 %4976, %4925
	%4978 = and i1 true, %4977
	br i1 %4978, label %5151, label %5157

4979:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4980 = mul i32 %3, 8
	%4981 = add i32 %4980, 0
	%4982 = sub i32 255, %4981
	%4983 = add i32 %4246, %4982
	%4984 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4983
	%4985 = load i32, i32 addrspace(3)* %4984
	%4986 = add i32 0, %4985
	%4987 = mul i32 %3, 8
	%4988 = add i32 %4987, 1
	%4989 = sub i32 255, %4988
	%4990 = add i32 %4246, %4989
	%4991 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4990
	%4992 = load i32, i32 addrspace(3)* %4991
	%4993 = add i32 %4986, %4992
	%4994 = mul i32 %3, 8
	%4995 = add i32 %4994, 2
	%4996 = sub i32 255, %4995
	%4997 = add i32 %4246, %4996
	%4998 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %4997
	%4999 = load i32, i32 addrspace(3)* %4998
	%5000 = add i32 %4993, %4999
	%5001 = mul i32 %3, 8
	%5002 = add i32 %5001, 3
	%5003 = sub i32 255, %5002
	%5004 = add i32 %4246, %5003
	%5005 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %5004
	%5006 = load i32, i32 addrspace(3)* %5005
	%5007 = add i32 %5000, %5006
	%5008 = mul i32 %3, 8
	%5009 = add i32 %5008, 4
	%5010 = sub i32 255, %5009
	%5011 = add i32 %4246, %5010
	%5012 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %5011
	%5013 = load i32, i32 addrspace(3)* %5012
	%5014 = add i32 %5007, %5013
	%5015 = mul i32 %3, 8
	%5016 = add i32 %5015, 5
	%5017 = sub i32 255, %5016
	%5018 = add i32 %4246, %5017
	%5019 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %5018
	%5020 = load i32, i32 addrspace(3)* %5019
	%5021 = add i32 %5014, %5020
	%5022 = mul i32 %3, 8
	%5023 = add i32 %5022, 6
	%5024 = sub i32 255, %5023
	%5025 = add i32 %4246, %5024
	%5026 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %5025
	%5027 = load i32, i32 addrspace(3)* %5026
	%5028 = add i32 %5021, %5027
	%5029 = mul i32 %3, 8
	%5030 = add i32 %5029, 7
	%5031 = sub i32 255, %5030
	%5032 = add i32 %4246, %5031
	%5033 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %5032
	%5034 = load i32, i32 addrspace(3)* %5033
	%5035 = add i32 %5028, %5034
	%5036 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5035, i32 1, i32 0)
	%5037 = icmp uge i32 %3, 1
	%5038 = select i1 %5037, i32 %5036, i32 0
	%5039 = add i32 %5035, %5038
	%5040 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5039, i32 2, i32 0)
	%5041 = icmp uge i32 %3, 2
	%5042 = select i1 %5041, i32 %5040, i32 0
	%5043 = add i32 %5039, %5042
	%5044 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5043, i32 4, i32 0)
	%5045 = icmp uge i32 %3, 4
	%5046 = select i1 %5045, i32 %5044, i32 0
	%5047 = add i32 %5043, %5046
	%5048 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5047, i32 8, i32 0)
	%5049 = icmp uge i32 %3, 8
	%5050 = select i1 %5049, i32 %5048, i32 0
	%5051 = add i32 %5047, %5050
	%5052 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5051, i32 16, i32 0)
	%5053 = icmp uge i32 %3, 16
	%5054 = select i1 %5053, i32 %5052, i32 0
	%5055 = add i32 %5051, %5054
	%5056 = sub i32 %5055, %5035
	%5057 = icmp slt i32 %5056, %4928
	%5058 = icmp sge i32 %5055, %4928
	%5059 = and i1 %5057, %5058
	%5060 = add i32 %5056, %4985
	%5061 = xor i1 false, true
	%5062 = icmp sge i32 %5060, %4928
	%5063 = and i1 %5061, %5062
	%5064 = mul i32 %3, 8
	%5065 = add i32 %5064, 0
	%5066 = sub i32 255, %5065
	%5067 = select i1 %5063, i32 %5066, i32 0
	%5068 = select i1 %5063, i32 %5056, i32 0
	%5069 = or i1 false, %5063
	%5070 = add i32 %5060, %4992
	%5071 = xor i1 %5069, true
	%5072 = icmp sge i32 %5070, %4928
	%5073 = and i1 %5071, %5072
	%5074 = mul i32 %3, 8
	%5075 = add i32 %5074, 1
	%5076 = sub i32 255, %5075
	%5077 = select i1 %5073, i32 %5076, i32 %5067
	%5078 = select i1 %5073, i32 %5060, i32 %5068
	%5079 = or i1 %5069, %5073
	%5080 = add i32 %5070, %4999
	%5081 = xor i1 %5079, true
	%5082 = icmp sge i32 %5080, %4928
	%5083 = and i1 %5081, %5082
	%5084 = mul i32 %3, 8
	%5085 = add i32 %5084, 2
	%5086 = sub i32 255, %5085
	%5087 = select i1 %5083, i32 %5086, i32 %5077
	%5088 = select i1 %5083, i32 %5070, i32 %5078
	%5089 = or i1 %5079, %5083
	%5090 = add i32 %5080, %5006
	%5091 = xor i1 %5089, true
	%5092 = icmp sge i32 %5090, %4928
	%5093 = and i1 %5091, %5092
	%5094 = mul i32 %3, 8
	%5095 = add i32 %5094, 3
	%5096 = sub i32 255, %5095
	%5097 = select i1 %5093, i32 %5096, i32 %5087
	%5098 = select i1 %5093, i32 %5080, i32 %5088
	%5099 = or i1 %5089, %5093
	%5100 = add i32 %5090, %5013
	%5101 = xor i1 %5099, true
	%5102 = icmp sge i32 %5100, %4928
	%5103 = and i1 %5101, %5102
	%5104 = mul i32 %3, 8
	%5105 = add i32 %5104, 4
	%5106 = sub i32 255, %5105
	%5107 = select i1 %5103, i32 %5106, i32 %5097
	%5108 = select i1 %5103, i32 %5090, i32 %5098
	%5109 = or i1 %5099, %5103
	%5110 = add i32 %5100, %5020
	%5111 = xor i1 %5109, true
	%5112 = icmp sge i32 %5110, %4928
	%5113 = and i1 %5111, %5112
	%5114 = mul i32 %3, 8
	%5115 = add i32 %5114, 5
	%5116 = sub i32 255, %5115
	%5117 = select i1 %5113, i32 %5116, i32 %5107
	%5118 = select i1 %5113, i32 %5100, i32 %5108
	%5119 = or i1 %5109, %5113
	%5120 = add i32 %5110, %5027
	%5121 = xor i1 %5119, true
	%5122 = icmp sge i32 %5120, %4928
	%5123 = and i1 %5121, %5122
	%5124 = mul i32 %3, 8
	%5125 = add i32 %5124, 6
	%5126 = sub i32 255, %5125
	%5127 = select i1 %5123, i32 %5126, i32 %5117
	%5128 = select i1 %5123, i32 %5110, i32 %5118
	%5129 = or i1 %5119, %5123
	%5130 = add i32 %5120, %5034
	%5131 = xor i1 %5129, true
	%5132 = icmp sge i32 %5130, %4928
	%5133 = and i1 %5131, %5132
	%5134 = mul i32 %3, 8
	%5135 = add i32 %5134, 7
	%5136 = sub i32 255, %5135
	%5137 = select i1 %5133, i32 %5136, i32 %5127
	%5138 = select i1 %5133, i32 %5120, i32 %5128
	%5139 = or i1 %5129, %5133
	%5140 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5059)
	%5141 = call i32 @llvm.cttz.i32(i32 %5140, i1 false)
	%5142 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %5137, i32 %5141, i32 31)
	%5143 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %5138, i32 %5141, i32 31)
	%5144 = shl i32 %5142, 0
	%5145 = or i32 %4925, %5144
	%5146 = shl i32 255, 0
	%5147 = or i32 %4927, %5146
	%5148 = sub i32 %4928, %5143
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%5149 = shl i32 1, %3
	%5150 = sub i32 %5149, 1
	br label %5159

5151:
	%5152 = lshr i32 %4975, 0
	%5153 = and i32 %5152, 255
	%5154 = add i32 %4246, %5153
	%5155 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %5154
	%5156 = atomicrmw add i32 addrspace(3)* %5155, i32 1 monotonic
	br label %5157

5157:
	%5158 = add i32 %4970, 32
	br label %4969

5159:
	%5160 = phi i32 [ 0, %4979 ], [ %5201, %5196 ]
	%5161 = phi i32 [ 0, %4979 ], [ %5198, %5196 ]
	%5162 = phi i32 [ 0, %4979 ], [ %5200, %5196 ]
	%5163 = icmp slt i32 %5160, %552
	br i1 %5163, label %5164, label %5167

5164:
	%5165 = add i32 %5160, %3
	%5166 = icmp slt i32 %5165, %552
	br i1 %5166, label %5168, label %5174

5167:
	br label %4279

5168:
	%5169 = add i32 %4245, %5165
	%5170 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %5169
	%5171 = load i32, i32 addrspace(3)* %5170
	%5172 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bb, i32 0, i32 %5169
	%5173 = load i32, i32 addrspace(3)* %5172
	br label %5174

5174:
	%5175 = phi i32 [ 0, %5164 ], [ %5171, %5168 ]
	%5176 = phi i32 [ 0, %5164 ], [ %5173, %5168 ]
	%5177 = icmp eq i32 %5175, %5145
	%5178 = and i1 %5166, %5177
	%5179 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5178)
	%5180 = and i32 %5179, %5150
	%5181 = call i32 @llvm.ctpop.i32(i32 %5180)
	%5182 = add i32 %5162, %5181
	%5183 = icmp ugt i32 %5175, %5145
	%5184 = icmp slt i32 %5182, %5148
	%5185 = and i1 %5178, %5184
	%5186 = or i1 %5183, %5185
	%5187 = and i1 %5166, %5186
	%5188 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5187)
	%5189 = and i32 %5188, %5150
	%5190 = call i32 @llvm.ctpop.i32(i32 %5189)
	%5191 = add i32 %5161, %5190
	%5192 = add i32 %4245, %5191
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %5187, label %5193, label %5196

5193:
	%5194 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %5192
	store i32 %5175, i32 addrspace(3)* %5194
	%5195 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bb, i32 0, i32 %5192
	store i32 %5176, i32 addrspace(3)* %5195
	br label %5196

5196:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%5197 = call i32 @llvm.ctpop.i32(i32 %5188)
	%5198 = add i32 %5161, %5197
	%5199 = call i32 @llvm.ctpop.i32(i32 %5179)
	%5200 = add i32 %5162, %5199
	%5201 = add i32 %5160, 32
	br label %5159

5202:
	%5203 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %4308
	store i32 %4185, i32 addrspace(3)* %5203
	%5204 = add i32 0, %3
	%5205 = add i32 %547, %5204
	%5206 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bb, i32 0, i32 %4308
	store i32 %5205, i32 addrspace(3)* %5206
	br label %5207

5207:
	%5208 = call i32 @llvm.ctpop.i32(i32 %4284)
	%5209 = add i32 %4280, %5208
	%5210 = and i32 %4289, %4303
	%5211 = call i32 @llvm.ctpop.i32(i32 %5210)
	%5212 = add i32 %5209, %5211
	%5213 = add i32 %4304, %5212
	br i1 %4288, label %5214, label %5219

5214:
	%5215 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %5213
	store i32 %4196, i32 addrspace(3)* %5215
	%5216 = add i32 32, %3
	%5217 = add i32 %547, %5216
	%5218 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bb, i32 0, i32 %5213
	store i32 %5217, i32 addrspace(3)* %5218
	br label %5219

5219:
	%5220 = call i32 @llvm.ctpop.i32(i32 %4289)
	%5221 = add i32 %5209, %5220
	%5222 = and i32 %4294, %4303
	%5223 = call i32 @llvm.ctpop.i32(i32 %5222)
	%5224 = add i32 %5221, %5223
	%5225 = add i32 %4304, %5224
	br i1 %4293, label %5226, label %5231

5226:
	%5227 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %5225
	store i32 %4207, i32 addrspace(3)* %5227
	%5228 = add i32 64, %3
	%5229 = add i32 %547, %5228
	%5230 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bb, i32 0, i32 %5225
	store i32 %5229, i32 addrspace(3)* %5230
	br label %5231

5231:
	%5232 = call i32 @llvm.ctpop.i32(i32 %4294)
	%5233 = add i32 %5221, %5232
	%5234 = and i32 %4299, %4303
	%5235 = call i32 @llvm.ctpop.i32(i32 %5234)
	%5236 = add i32 %5233, %5235
	%5237 = add i32 %4304, %5236
	br i1 %4298, label %5238, label %5243

5238:
	%5239 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %5237
	store i32 %4218, i32 addrspace(3)* %5239
	%5240 = add i32 96, %3
	%5241 = add i32 %547, %5240
	%5242 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bb, i32 0, i32 %5237
	store i32 %5241, i32 addrspace(3)* %5242
	br label %5243

5243:
	%5244 = call i32 @llvm.ctpop.i32(i32 %4299)
	%5245 = add i32 %5233, %5244
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%5246 = add i32 %4280, %4301
	br label %4241

5247:
	%5248 = mul i32 %504, 129
	%5249 = add i32 0, %3
	%5250 = add i32 %5248, %5249
	%5251 = getelementptr [2064 x float], [2064 x float] addrspace(3)* @moba_gate1_e, i32 0, i32 %5250
	%5252 = load float, float addrspace(3)* %5251
	%5253 = fcmp ogt float %5252, 0xFFF0000000000000
	%5254 = fadd float %5252, 0.0
	%5255 = bitcast float %5254 to i32
	%5256 = ashr i32 %5255, 31
	%5257 = or i32 %5256, -2147483648
	%5258 = xor i32 %5255, %5257
	%5259 = mul i32 %504, 129
	%5260 = add i32 32, %3
	%5261 = add i32 %5259, %5260
	%5262 = getelementptr [2064 x float], [2064 x float] addrspace(3)* @moba_gate1_e, i32 0, i32 %5261
	%5263 = load float, float addrspace(3)* %5262
	%5264 = fcmp ogt float %5263, 0xFFF0000000000000
	%5265 = fadd float %5263, 0.0
	%5266 = bitcast float %5265 to i32
	%5267 = ashr i32 %5266, 31
	%5268 = or i32 %5267, -2147483648
	%5269 = xor i32 %5266, %5268
	%5270 = mul i32 %504, 129
	%5271 = add i32 64, %3
	%5272 = add i32 %5270, %5271
	%5273 = getelementptr [2064 x float], [2064 x float] addrspace(3)* @moba_gate1_e, i32 0, i32 %5272
	%5274 = load float, float addrspace(3)* %5273
	%5275 = fcmp ogt float %5274, 0xFFF0000000000000
	%5276 = fadd float %5274, 0.0
	%5277 = bitcast float %5276 to i32
	%5278 = ashr i32 %5277, 31
	%5279 = or i32 %5278, -2147483648
	%5280 = xor i32 %5277, %5279
	%5281 = mul i32 %504, 129
	%5282 = add i32 96, %3
	%5283 = add i32 %5281, %5282
	%5284 = getelementptr [2064 x float], [2064 x float] addrspace(3)* @moba_gate1_e, i32 0, i32 %5283
	%5285 = load float, float addrspace(3)* %5284
	%5286 = fcmp ogt float %5285, 0xFFF0000000000000
	%5287 = fadd float %5285, 0.0
	%5288 = bitcast float %5287 to i32
	%5289 = ashr i32 %5288, 31
	%5290 = or i32 %5289, -2147483648
	%5291 = xor i32 %5288, %5290
	%5292 = icmp ugt i32 %5258, %555
	%5293 = and i1 %5253, %5292
	%5294 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5293)
	%5295 = call i32 @llvm.ctpop.i32(i32 %5294)
	%5296 = add i32 0, %5295
	%5297 = icmp ugt i32 %5269, %555
	%5298 = and i1 %5264, %5297
	%5299 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5298)
	%5300 = call i32 @llvm.ctpop.i32(i32 %5299)
	%5301 = add i32 %5296, %5300
	%5302 = icmp ugt i32 %5280, %555
	%5303 = and i1 %5275, %5302
	%5304 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5303)
	%5305 = call i32 @llvm.ctpop.i32(i32 %5304)
	%5306 = add i32 %5301, %5305
	%5307 = icmp ugt i32 %5291, %555
	%5308 = and i1 %5286, %5307
	%5309 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5308)
	%5310 = call i32 @llvm.ctpop.i32(i32 %5309)
	%5311 = add i32 %5306, %5310
	%5312 = add i32 %554, %5311
	%5313 = icmp sgt i32 %5312, 160
	br i1 %5313, label %5318, label %5353

5314:
	%5315 = phi i32 [ %554, %4241 ], [ %6320, %6317 ]
	%5316 = phi i32 [ %555, %4241 ], [ %5355, %6317 ]
	call void @llvm.nvvm.barrier0()
	%5317 = add i32 %547, 128
	br label %546

5318:
	%5319 = mul i32 %504, 160
	%5320 = mul i32 %4, 256
	%5321 = mul i32 %3, 8
	%5322 = add i32 %5321, 0
	%5323 = add i32 %5320, %5322
	%5324 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %5323
	store i32 0, i32 addrspace(3)* %5324
	%5325 = mul i32 %3, 8
	%5326 = add i32 %5325, 1
	%5327 = add i32 %5320, %5326
	%5328 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %5327
	store i32 0, i32 addrspace(3)* %5328
	%5329 = mul i32 %3, 8
	%5330 = add i32 %5329, 2
	%5331 = add i32 %5320, %5330
	%5332 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %5331
	store i32 0, i32 addrspace(3)* %5332
	%5333 = mul i32 %3, 8
	%5334 = add i32 %5333, 3
	%5335 = add i32 %5320, %5334
	%5336 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %5335
	store i32 0, i32 addrspace(3)* %5336
	%5337 = mul i32 %3, 8
	%5338 = add i32 %5337, 4
	%5339 = add i32 %5320, %5338
	%5340 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %5339
	store i32 0, i32 addrspace(3)* %5340
	%5341 = mul i32 %3, 8
	%5342 = add i32 %5341, 5
	%5343 = add i32 %5320, %5342
	%5344 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %5343
	store i32 0, i32 addrspace(3)* %5344
	%5345 = mul i32 %3, 8
	%5346 = add i32 %5345, 6
	%5347 = add i32 %5320, %5346
	%5348 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %5347
	store i32 0, i32 addrspace(3)* %5348
	%5349 = mul i32 %3, 8
	%5350 = add i32 %5349, 7
	%5351 = add i32 %5320, %5350
	%5352 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %5351
	store i32 0, i32 addrspace(3)* %5352
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %5383

5353:
	%5354 = phi i32 [ %554, %5247 ], [ %541, %6241 ]
	%5355 = phi i32 [ %555, %5247 ], [ %6219, %6241 ]
	%5356 = icmp ugt i32 %5258, %5355
	%5357 = and i1 %5253, %5356
	%5358 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5357)
	%5359 = call i32 @llvm.ctpop.i32(i32 %5358)
	%5360 = add i32 0, %5359
	%5361 = icmp ugt i32 %5269, %5355
	%5362 = and i1 %5264, %5361
	%5363 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5362)
	%5364 = call i32 @llvm.ctpop.i32(i32 %5363)
	%5365 = add i32 %5360, %5364
	%5366 = icmp ugt i32 %5280, %5355
	%5367 = and i1 %5275, %5366
	%5368 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5367)
	%5369 = call i32 @llvm.ctpop.i32(i32 %5368)
	%5370 = add i32 %5365, %5369
	%5371 = icmp ugt i32 %5291, %5355
	%5372 = and i1 %5286, %5371
	%5373 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5372)
	%5374 = call i32 @llvm.ctpop.i32(i32 %5373)
	%5375 = add i32 %5370, %5374
	%5376 = shl i32 1, %3
	%5377 = sub i32 %5376, 1
	%5378 = mul i32 %504, 160
	%5379 = and i32 %5358, %5377
	%5380 = call i32 @llvm.ctpop.i32(i32 %5379)
	%5381 = add i32 %5354, %5380
	%5382 = add i32 %5378, %5381
	br i1 %5357, label %6276, label %6281

5383:
	%5384 = phi i32 [ %3, %5318 ], [ %5602, %5601 ]
	%5385 = icmp slt i32 %5384, %554
	br i1 %5385, label %5386, label %5393

5386:
	%5387 = add i32 %5319, %5384
	%5388 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %5387
	%5389 = load i32, i32 addrspace(3)* %5388
	%5390 = and i32 %5389, 0
	%5391 = icmp eq i32 %5390, 0
	%5392 = and i1 true, %5391
	br i1 %5392, label %5595, label %5601

5393:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%5394 = mul i32 %3, 8
	%5395 = add i32 %5394, 0
	%5396 = sub i32 255, %5395
	%5397 = add i32 %5320, %5396
	%5398 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %5397
	%5399 = load i32, i32 addrspace(3)* %5398
	%5400 = add i32 0, %5399
	%5401 = mul i32 %3, 8
	%5402 = add i32 %5401, 1
	%5403 = sub i32 255, %5402
	%5404 = add i32 %5320, %5403
	%5405 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %5404
	%5406 = load i32, i32 addrspace(3)* %5405
	%5407 = add i32 %5400, %5406
	%5408 = mul i32 %3, 8
	%5409 = add i32 %5408, 2
	%5410 = sub i32 255, %5409
	%5411 = add i32 %5320, %5410
	%5412 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %5411
	%5413 = load i32, i32 addrspace(3)* %5412
	%5414 = add i32 %5407, %5413
	%5415 = mul i32 %3, 8
	%5416 = add i32 %5415, 3
	%5417 = sub i32 255, %5416
	%5418 = add i32 %5320, %5417
	%5419 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %5418
	%5420 = load i32, i32 addrspace(3)* %5419
	%5421 = add i32 %5414, %5420
	%5422 = mul i32 %3, 8
	%5423 = add i32 %5422, 4
	%5424 = sub i32 255, %5423
	%5425 = add i32 %5320, %5424
	%5426 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %5425
	%5427 = load i32, i32 addrspace(3)* %5426
	%5428 = add i32 %5421, %5427
	%5429 = mul i32 %3, 8
	%5430 = add i32 %5429, 5
	%5431 = sub i32 255, %5430
	%5432 = add i32 %5320, %5431
	%5433 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %5432
	%5434 = load i32, i32 addrspace(3)* %5433
	%5435 = add i32 %5428, %5434
	%5436 = mul i32 %3, 8
	%5437 = add i32 %5436, 6
	%5438 = sub i32 255, %5437
	%5439 = add i32 %5320, %5438
	%5440 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %5439
	%5441 = load i32, i32 addrspace(3)* %5440
	%5442 = add i32 %5435, %5441
	%5443 = mul i32 %3, 8
	%5444 = add i32 %5443, 7
	%5445 = sub i32 255, %5444
	%5446 = add i32 %5320, %5445
	%5447 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %5446
	%5448 = load i32, i32 addrspace(3)* %5447
	%5449 = add i32 %5442, %5448
	%5450 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5449, i32 1, i32 0)
	%5451 = icmp uge i32 %3, 1
	%5452 = select i1 %5451, i32 %5450, i32 0
	%5453 = add i32 %5449, %5452
	%5454 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5453, i32 2, i32 0)
	%5455 = icmp uge i32 %3, 2
	%5456 = select i1 %5455, i32 %5454, i32 0
	%5457 = add i32 %5453, %5456
	%5458 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5457, i32 4, i32 0)
	%5459 = icmp uge i32 %3, 4
	%5460 = select i1 %5459, i32 %5458, i32 0
	%5461 = add i32 %5457, %5460
	%5462 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5461, i32 8, i32 0)
	%5463 = icmp uge i32 %3, 8
	%5464 = select i1 %5463, i32 %5462, i32 0
	%5465 = add i32 %5461, %5464
	%5466 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5465, i32 16, i32 0)
	%5467 = icmp uge i32 %3, 16
	%5468 = select i1 %5467, i32 %5466, i32 0
	%5469 = add i32 %5465, %5468
	%5470 = sub i32 %5469, %5449
	%5471 = icmp slt i32 %5470, %541
	%5472 = icmp sge i32 %5469, %541
	%5473 = and i1 %5471, %5472
	%5474 = add i32 %5470, %5399
	%5475 = xor i1 false, true
	%5476 = icmp sge i32 %5474, %541
	%5477 = and i1 %5475, %5476
	%5478 = mul i32 %3, 8
	%5479 = add i32 %5478, 0
	%5480 = sub i32 255, %5479
	%5481 = select i1 %5477, i32 %5480, i32 0
	%5482 = select i1 %5477, i32 %5470, i32 0
	%5483 = or i1 false, %5477
	%5484 = add i32 %5474, %5406
	%5485 = xor i1 %5483, true
	%5486 = icmp sge i32 %5484, %541
	%5487 = and i1 %5485, %5486
	%5488 = mul i32 %3, 8
	%5489 = add i32 %5488, 1
	%5490 = sub i32 255, %5489
	%5491 = select i1 %5487, i32 %5490, i32 %5481
	%5492 = select i1 %5487, i32 %5474, i32 %5482
	%5493 = or i1 %5483, %5487
	%5494 = add i32 %5484, %5413
	%5495 = xor i1 %5493, true
	%5496 = icmp sge i32 %5494, %541
	%5497 = and i1 %5495, %5496
	%5498 = mul i32 %3, 8
	%5499 = add i32 %5498, 2
	%5500 = sub i32 255, %5499
	%5501 = select i1 %5497, i32 %5500, i32 %5491
	%5502 = select i1 %5497, i32 %5484, i32 %5492
	%5503 = or i1 %5493, %5497
	%5504 = add i32 %5494, %5420
	%5505 = xor i1 %5503, true
	%5506 = icmp sge i32 %5504, %541
	%5507 = and i1 %5505, %5506
	%5508 = mul i32 %3, 8
	%5509 = add i32 %5508, 3
	%5510 = sub i32 255, %5509
	%5511 = select i1 %5507, i32 %5510, i32 %5501
	%5512 = select i1 %5507, i32 %5494, i32 %5502
	%5513 = or i1 %5503, %5507
	%5514 = add i32 %5504, %5427
	%5515 = xor i1 %5513, true
	%5516 = icmp sge i32 %5514, %541
	%5517 = and i1 %5515, %5516
	%5518 = mul i32 %3, 8
	%5519 = add i32 %5518, 4
	%5520 = sub i32 255, %5519
	%5521 = select i1 %5517, i32 %5520, i32 %5511
	%5522 = select i1 %5517, i32 %5504, i32 %5512
	%5523 = or i1 %5513, %5517
	%5524 = add i32 %5514, %5434
	%5525 = xor i1 %5523, true
	%5526 = icmp sge i32 %5524, %541
	%5527 = and i1 %5525, %5526
	%5528 = mul i32 %3, 8
	%5529 = add i32 %5528, 5
	%5530 = sub i32 255, %5529
	%5531 = select i1 %5527, i32 %5530, i32 %5521
	%5532 = select i1 %5527, i32 %5514, i32 %5522
	%5533 = or i1 %5523, %5527
	%5534 = add i32 %5524, %5441
	%5535 = xor i1 %5533, true
	%5536 = icmp sge i32 %5534, %541
	%5537 = and i1 %5535, %5536
	%5538 = mul i32 %3, 8
	%5539 = add i32 %5538, 6
	%5540 = sub i32 255, %5539
	%5541 = select i1 %5537, i32 %5540, i32 %5531
	%5542 = select i1 %5537, i32 %5524, i32 %5532
	%5543 = or i1 %5533, %5537
	%5544 = add i32 %5534, %5448
	%5545 = xor i1 %5543, true
	%5546 = icmp sge i32 %5544, %541
	%5547 = and i1 %5545, %5546
	%5548 = mul i32 %3, 8
	%5549 = add i32 %5548, 7
	%5550 = sub i32 255, %5549
	%5551 = select i1 %5547, i32 %5550, i32 %5541
	%5552 = select i1 %5547, i32 %5534, i32 %5542
	%5553 = or i1 %5543, %5547
	%5554 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5473)
	%5555 = call i32 @llvm.cttz.i32(i32 %5554, i1 false)
	%5556 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %5551, i32 %5555, i32 31)
	%5557 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %5552, i32 %5555, i32 31)
	%5558 = shl i32 %5556, 24
	%5559 = or i32 0, %5558
	%5560 = shl i32 255, 24
	%5561 = or i32 0, %5560
	%5562 = sub i32 %541, %5557
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%5563 = mul i32 %3, 8
	%5564 = add i32 %5563, 0
	%5565 = add i32 %5320, %5564
	%5566 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %5565
	store i32 0, i32 addrspace(3)* %5566
	%5567 = mul i32 %3, 8
	%5568 = add i32 %5567, 1
	%5569 = add i32 %5320, %5568
	%5570 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %5569
	store i32 0, i32 addrspace(3)* %5570
	%5571 = mul i32 %3, 8
	%5572 = add i32 %5571, 2
	%5573 = add i32 %5320, %5572
	%5574 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %5573
	store i32 0, i32 addrspace(3)* %5574
	%5575 = mul i32 %3, 8
	%5576 = add i32 %5575, 3
	%5577 = add i32 %5320, %5576
	%5578 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %5577
	store i32 0, i32 addrspace(3)* %5578
	%5579 = mul i32 %3, 8
	%5580 = add i32 %5579, 4
	%5581 = add i32 %5320, %5580
	%5582 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %5581
	store i32 0, i32 addrspace(3)* %5582
	%5583 = mul i32 %3, 8
	%5584 = add i32 %5583, 5
	%5585 = add i32 %5320, %5584
	%5586 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %5585
	store i32 0, i32 addrspace(3)* %5586
	%5587 = mul i32 %3, 8
	%5588 = add i32 %5587, 6
	%5589 = add i32 %5320, %5588
	%5590 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %5589
	store i32 0, i32 addrspace(3)* %5590
	%5591 = mul i32 %3, 8
	%5592 = add i32 %5591, 7
	%5593 = add i32 %5320, %5592
	%5594 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %5593
	store i32 0, i32 addrspace(3)* %5594
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %5603

5595:
	%5596 = lshr i32 %5389, 24
	%5597 = and i32 %5596, 255
	%5598 = add i32 %5320, %5597
	%5599 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %5598
	%5600 = atomicrmw add i32 addrspace(3)* %5599, i32 1 monotonic
	br label %5601

5601:
	%5602 = add i32 %5384, 32
	br label %5383

5603:
	%5604 = phi i32 [ %3, %5393 ], [ %5822, %5821 ]
	%5605 = icmp slt i32 %5604, %554
	br i1 %5605, label %5606, label %5613

5606:
	%5607 = add i32 %5319, %5604
	%5608 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %5607
	%5609 = load i32, i32 addrspace(3)* %5608
	%5610 = and i32 %5609, %5561
	%5611 = icmp eq i32 %5610, %5559
	%5612 = and i1 true, %5611
	br i1 %5612, label %5815, label %5821

5613:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%5614 = mul i32 %3, 8
	%5615 = add i32 %5614, 0
	%5616 = sub i32 255, %5615
	%5617 = add i32 %5320, %5616
	%5618 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %5617
	%5619 = load i32, i32 addrspace(3)* %5618
	%5620 = add i32 0, %5619
	%5621 = mul i32 %3, 8
	%5622 = add i32 %5621, 1
	%5623 = sub i32 255, %5622
	%5624 = add i32 %5320, %5623
	%5625 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %5624
	%5626 = load i32, i32 addrspace(3)* %5625
	%5627 = add i32 %5620, %5626
	%5628 = mul i32 %3, 8
	%5629 = add i32 %5628, 2
	%5630 = sub i32 255, %5629
	%5631 = add i32 %5320, %5630
	%5632 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %5631
	%5633 = load i32, i32 addrspace(3)* %5632
	%5634 = add i32 %5627, %5633
	%5635 = mul i32 %3, 8
	%5636 = add i32 %5635, 3
	%5637 = sub i32 255, %5636
	%5638 = add i32 %5320, %5637
	%5639 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %5638
	%5640 = load i32, i32 addrspace(3)* %5639
	%5641 = add i32 %5634, %5640
	%5642 = mul i32 %3, 8
	%5643 = add i32 %5642, 4
	%5644 = sub i32 255, %5643
	%5645 = add i32 %5320, %5644
	%5646 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %5645
	%5647 = load i32, i32 addrspace(3)* %5646
	%5648 = add i32 %5641, %5647
	%5649 = mul i32 %3, 8
	%5650 = add i32 %5649, 5
	%5651 = sub i32 255, %5650
	%5652 = add i32 %5320, %5651
	%5653 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %5652
	%5654 = load i32, i32 addrspace(3)* %5653
	%5655 = add i32 %5648, %5654
	%5656 = mul i32 %3, 8
	%5657 = add i32 %5656, 6
	%5658 = sub i32 255, %5657
	%5659 = add i32 %5320, %5658
	%5660 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %5659
	%5661 = load i32, i32 addrspace(3)* %5660
	%5662 = add i32 %5655, %5661
	%5663 = mul i32 %3, 8
	%5664 = add i32 %5663, 7
	%5665 = sub i32 255, %5664
	%5666 = add i32 %5320, %5665
	%5667 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %5666
	%5668 = load i32, i32 addrspace(3)* %5667
	%5669 = add i32 %5662, %5668
	%5670 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5669, i32 1, i32 0)
	%5671 = icmp uge i32 %3, 1
	%5672 = select i1 %5671, i32 %5670, i32 0
	%5673 = add i32 %5669, %5672
	%5674 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5673, i32 2, i32 0)
	%5675 = icmp uge i32 %3, 2
	%5676 = select i1 %5675, i32 %5674, i32 0
	%5677 = add i32 %5673, %5676
	%5678 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5677, i32 4, i32 0)
	%5679 = icmp uge i32 %3, 4
	%5680 = select i1 %5679, i32 %5678, i32 0
	%5681 = add i32 %5677, %5680
	%5682 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5681, i32 8, i32 0)
	%5683 = icmp uge i32 %3, 8
	%5684 = select i1 %5683, i32 %5682, i32 0
	%5685 = add i32 %5681, %5684
	%5686 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5685, i32 16, i32 0)
	%5687 = icmp uge i32 %3, 16
	%5688 = select i1 %5687, i32 %5686, i32 0
	%5689 = add i32 %5685, %5688
	%5690 = sub i32 %5689, %5669
	%5691 = icmp slt i32 %5690, %5562
	%5692 = icmp sge i32 %5689, %5562
	%5693 = and i1 %5691, %5692
	%5694 = add i32 %5690, %5619
	%5695 = xor i1 false, true
	%5696 = icmp sge i32 %5694, %5562
	%5697 = and i1 %5695, %5696
	%5698 = mul i32 %3, 8
	%5699 = add i32 %5698, 0
	%5700 = sub i32 255, %5699
	%5701 = select i1 %5697, i32 %5700, i32 0
	%5702 = select i1 %5697, i32 %5690, i32 0
	%5703 = or i1 false, %5697
	%5704 = add i32 %5694, %5626
	%5705 = xor i1 %5703, true
	%5706 = icmp sge i32 %5704, %5562
	%5707 = and i1 %5705, %5706
	%5708 = mul i32 %3, 8
	%5709 = add i32 %5708, 1
	%5710 = sub i32 255, %5709
	%5711 = select i1 %5707, i32 %5710, i32 %5701
	%5712 = select i1 %5707, i32 %5694, i32 %5702
	%5713 = or i1 %5703, %5707
	%5714 = add i32 %5704, %5633
	%5715 = xor i1 %5713, true
	%5716 = icmp sge i32 %5714, %5562
	%5717 = and i1 %5715, %5716
	%5718 = mul i32 %3, 8
	%5719 = add i32 %5718, 2
	%5720 = sub i32 255, %5719
	%5721 = select i1 %5717, i32 %5720, i32 %5711
	%5722 = select i1 %5717, i32 %5704, i32 %5712
	%5723 = or i1 %5713, %5717
	%5724 = add i32 %5714, %5640
	%5725 = xor i1 %5723, true
	%5726 = icmp sge i32 %5724, %5562
	%5727 = and i1 %5725, %5726
	%5728 = mul i32 %3, 8
	%5729 = add i32 %5728, 3
	%5730 = sub i32 255, %5729
	%5731 = select i1 %5727, i32 %5730, i32 %5721
	%5732 = select i1 %5727, i32 %5714, i32 %5722
	%5733 = or i1 %5723, %5727
	%5734 = add i32 %5724, %5647
	%5735 = xor i1 %5733, true
	%5736 = icmp sge i32 %5734, %5562
	%5737 = and i1 %5735, %5736
	%5738 = mul i32 %3, 8
	%5739 = add i32 %5738, 4
	%5740 = sub i32 255, %5739
	%5741 = select i1 %5737, i32 %5740, i32 %5731
	%5742 = select i1 %5737, i32 %5724, i32 %5732
	%5743 = or i1 %5733, %5737
	%5744 = add i32 %5734, %5654
	%5745 = xor i1 %5743, true
	%5746 = icmp sge i32 %5744, %5562
	%5747 = and i1 %5745, %5746
	%5748 = mul i32 %3, 8
	%5749 = add i32 %5748, 5
	%5750 = sub i32 255, %5749
	%5751 = select i1 %5747, i32 %5750, i32 %5741
	%5752 = select i1 %5747, i32 %5734, i32 %5742
	%5753 = or i1 %5743, %5747
	%5754 = add i32 %5744, %5661
	%5755 = xor i1 %5753, true
	%5756 = icmp sge i32 %5754, %5562
	%5757 = and i1 %5755, %5756
	%5758 = mul i32 %3, 8
	%5759 = add i32 %5758, 6
	%5760 = sub i32 255, %5759
	%5761 = select i1 %5757, i32 %5760, i32 %5751
	%5762 = select i1 %5757, i32 %5744, i32 %5752
	%5763 = or i1 %5753, %5757
	%5764 = add i32 %5754, %5668
	%5765 = xor i1 %5763, true
	%5766 = icmp sge i32 %5764, %5562
	%5767 = and i1 %5765, %5766
	%5768 = mul i32 %3, 8
	%5769 = add i32 %5768, 7
	%5770 = sub i32 255, %5769
	%5771 = select i1 %5767, i32 %5770, i32 %5761
	%5772 = select i1 %5767, i32 %5754, i32 %5762
	%5773 = or i1 %5763, %5767
	%5774 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5693)
	%5775 = call i32 @llvm.cttz.i32(i32 %5774, i1 false)
	%5776 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %5771, i32 %5775, i32 31)
	%5777 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %5772, i32 %5775, i32 31)
	%5778 = shl i32 %5776, 16
	%5779 = or i32 %5559, %5778
	%5780 = shl i32 255, 16
	%5781 = or i32 %5561, %5780
	%5782 = sub i32 %5562, %5777
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%5783 = mul i32 %3, 8
	%5784 = add i32 %5783, 0
	%5785 = add i32 %5320, %5784
	%5786 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %5785
	store i32 0, i32 addrspace(3)* %5786
	%5787 = mul i32 %3, 8
	%5788 = add i32 %5787, 1
	%5789 = add i32 %5320, %5788
	%5790 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %5789
	store i32 0, i32 addrspace(3)* %5790
	%5791 = mul i32 %3, 8
	%5792 = add i32 %5791, 2
	%5793 = add i32 %5320, %5792
	%5794 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %5793
	store i32 0, i32 addrspace(3)* %5794
	%5795 = mul i32 %3, 8
	%5796 = add i32 %5795, 3
	%5797 = add i32 %5320, %5796
	%5798 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %5797
	store i32 0, i32 addrspace(3)* %5798
	%5799 = mul i32 %3, 8
	%5800 = add i32 %5799, 4
	%5801 = add i32 %5320, %5800
	%5802 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %5801
	store i32 0, i32 addrspace(3)* %5802
	%5803 = mul i32 %3, 8
	%5804 = add i32 %5803, 5
	%5805 = add i32 %5320, %5804
	%5806 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %5805
	store i32 0, i32 addrspace(3)* %5806
	%5807 = mul i32 %3, 8
	%5808 = add i32 %5807, 6
	%5809 = add i32 %5320, %5808
	%5810 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %5809
	store i32 0, i32 addrspace(3)* %5810
	%5811 = mul i32 %3, 8
	%5812 = add i32 %5811, 7
	%5813 = add i32 %5320, %5812
	%5814 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %5813
	store i32 0, i32 addrspace(3)* %5814
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %5823

5815:
	%5816 = lshr i32 %5609, 16
	%5817 = and i32 %5816, 255
	%5818 = add i32 %5320, %5817
	%5819 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %5818
	%5820 = atomicrmw add i32 addrspace(3)* %5819, i32 1 monotonic
	br label %5821

5821:
	%5822 = add i32 %5604, 32
	br label %5603

5823:
	%5824 = phi i32 [ %3, %5613 ], [ %6042, %6041 ]
	%5825 = icmp slt i32 %5824, %554
	br i1 %5825, label %5826, label %5833

5826:
	%5827 = add i32 %5319, %5824
	%5828 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %5827
	%5829 = load i32, i32 addrspace(3)* %5828
	%5830 = and i32 %5829, %5781
	%5831 = icmp eq i32 %5830, %5779
	%5832 = and i1 true, %5831
	br i1 %5832, label %6035, label %6041

5833:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%5834 = mul i32 %3, 8
	%5835 = add i32 %5834, 0
	%5836 = sub i32 255, %5835
	%5837 = add i32 %5320, %5836
	%5838 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %5837
	%5839 = load i32, i32 addrspace(3)* %5838
	%5840 = add i32 0, %5839
	%5841 = mul i32 %3, 8
	%5842 = add i32 %5841, 1
	%5843 = sub i32 255, %5842
	%5844 = add i32 %5320, %5843
	%5845 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %5844
	%5846 = load i32, i32 addrspace(3)* %5845
	%5847 = add i32 %5840, %5846
	%5848 = mul i32 %3, 8
	%5849 = add i32 %5848, 2
	%5850 = sub i32 255, %5849
	%5851 = add i32 %5320, %5850
	%5852 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %5851
	%5853 = load i32, i32 addrspace(3)* %5852
	%5854 = add i32 %5847, %5853
	%5855 = mul i32 %3, 8
	%5856 = add i32 %5855, 3
	%5857 = sub i32 255, %5856
	%5858 = add i32 %5320, %5857
	%5859 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %5858
	%5860 = load i32, i32 addrspace(3)* %5859
	%5861 = add i32 %5854, %5860
	%5862 = mul i32 %3, 8
	%5863 = add i32 %5862, 4
	%5864 = sub i32 255, %5863
	%5865 = add i32 %5320, %5864
	%5866 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %5865
	%5867 = load i32, i32 addrspace(3)* %5866
	%5868 = add i32 %5861, %5867
	%5869 = mul i32 %3, 8
	%5870 = add i32 %5869, 5
	%5871 = sub i32 255, %5870
	%5872 = add i32 %5320, %5871
	%5873 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %5872
	%5874 = load i32, i32 addrspace(3)* %5873
	%5875 = add i32 %5868, %5874
	%5876 = mul i32 %3, 8
	%5877 = add i32 %5876, 6
	%5878 = sub i32 255, %5877
	%5879 = add i32 %5320, %5878
	%5880 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %5879
	%5881 = load i32, i32 addrspace(3)* %5880
	%5882 = add i32 %5875, %5881
	%5883 = mul i32 %3, 8
	%5884 = add i32 %5883, 7
	%5885 = sub i32 255, %5884
	%5886 = add i32 %5320, %5885
	%5887 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %5886
	%5888 = load i32, i32 addrspace(3)* %5887
	%5889 = add i32 %5882, %5888
	%5890 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5889, i32 1, i32 0)
	%5891 = icmp uge i32 %3, 1
	%5892 = select i1 %5891, i32 %5890, i32 0
	%5893 = add i32 %5889, %5892
	%5894 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5893, i32 2, i32 0)
	%5895 = icmp uge i32 %3, 2
	%5896 = select i1 %5895, i32 %5894, i32 0
	%5897 = add i32 %5893, %5896
	%5898 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5897, i32 4, i32 0)
	%5899 = icmp uge i32 %3, 4
	%5900 = select i1 %5899, i32 %5898, i32 0
	%5901 = add i32 %5897, %5900
	%5902 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5901, i32 8, i32 0)
	%5903 = icmp uge i32 %3, 8
	%5904 = select i1 %5903, i32 %5902, i32 0
	%5905 = add i32 %5901, %5904
	%5906 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5905, i32 16, i32 0)
	%5907 = icmp uge i32 %3, 16
	%5908 = select i1 %5907, i32 %5906, i32 0
	%5909 = add i32 %5905, %5908
	%5910 = sub i32 %5909, %5889
	%5911 = icmp slt i32 %5910, %5782
	%5912 = icmp sge i32 %5909, %5782
	%5913 = and i1 %5911, %5912
	%5914 = add i32 %5910, %5839
	%5915 = xor i1 false, true
	%5916 = icmp sge i32 %5914, %5782
	%5917 = and i1 %5915, %5916
	%5918 = mul i32 %3, 8
	%5919 = add i32 %5918, 0
	%5920 = sub i32 255, %5919
	%5921 = select i1 %5917, i32 %5920, i32 0
	%5922 = select i1 %5917, i32 %5910, i32 0
	%5923 = or i1 false, %5917
	%5924 = add i32 %5914, %5846
	%5925 = xor i1 %5923, true
	%5926 = icmp sge i32 %5924, %5782
	%5927 = and i1 %5925, %5926
	%5928 = mul i32 %3, 8
	%5929 = add i32 %5928, 1
	%5930 = sub i32 255, %5929
	%5931 = select i1 %5927, i32 %5930, i32 %5921
	%5932 = select i1 %5927, i32 %5914, i32 %5922
	%5933 = or i1 %5923, %5927
	%5934 = add i32 %5924, %5853
	%5935 = xor i1 %5933, true
	%5936 = icmp sge i32 %5934, %5782
	%5937 = and i1 %5935, %5936
	%5938 = mul i32 %3, 8
	%5939 = add i32 %5938, 2
	%5940 = sub i32 255, %5939
	%5941 = select i1 %5937, i32 %5940, i32 %5931
	%5942 = select i1 %5937, i32 %5924, i32 %5932
	%5943 = or i1 %5933, %5937
	%5944 = add i32 %5934, %5860
	%5945 = xor i1 %5943, true
	%5946 = icmp sge i32 %5944, %5782
	%5947 = and i1 %5945, %5946
	%5948 = mul i32 %3, 8
	%5949 = add i32 %5948, 3
	%5950 = sub i32 255, %5949
	%5951 = select i1 %5947, i32 %5950, i32 %5941
	%5952 = select i1 %5947, i32 %5934, i32 %5942
	%5953 = or i1 %5943, %5947
	%5954 = add i32 %5944, %5867
	%5955 = xor i1 %5953, true
	%5956 = icmp sge i32 %5954, %5782
	%5957 = and i1 %5955, %5956
	%5958 = mul i32 %3, 8
	%5959 = add i32 %5958, 4
	%5960 = sub i32 255, %5959
	%5961 = select i1 %5957, i32 %5960, i32 %5951
	%5962 = select i1 %5957, i32 %5944, i32 %5952
	%5963 = or i1 %5953, %5957
	%5964 = add i32 %5954, %5874
	%5965 = xor i1 %5963, true
	%5966 = icmp sge i32 %5964, %5782
	%5967 = and i1 %5965, %5966
	%5968 = mul i32 %3, 8
	%5969 = add i32 %5968, 5
	%5970 = sub i32 255, %5969
	%5971 = select i1 %5967, i32 %5970, i32 %5961
	%5972 = select i1 %5967, i32 %5954, i32 %5962
	%5973 = or i1 %5963, %5967
	%5974 = add i32 %5964, %5881
	%5975 = xor i1 %5973, true
	%5976 = icmp sge i32 %5974, %5782
	%5977 = and i1 %5975, %5976
	%5978 = mul i32 %3, 8
	%5979 = add i32 %5978, 6
	%5980 = sub i32 255, %5979
	%5981 = select i1 %5977, i32 %5980, i32 %5971
	%5982 = select i1 %5977, i32 %5964, i32 %5972
	%5983 = or i1 %5973, %5977
	%5984 = add i32 %5974, %5888
	%5985 = xor i1 %5983, true
	%5986 = icmp sge i32 %5984, %5782
	%5987 = and i1 %5985, %5986
	%5988 = mul i32 %3, 8
	%5989 = add i32 %5988, 7
	%5990 = sub i32 255, %5989
	%5991 = select i1 %5987, i32 %5990, i32 %5981
	%5992 = select i1 %5987, i32 %5974, i32 %5982
	%5993 = or i1 %5983, %5987
	%5994 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5913)
	%5995 = call i32 @llvm.cttz.i32(i32 %5994, i1 false)
	%5996 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %5991, i32 %5995, i32 31)
	%5997 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %5992, i32 %5995, i32 31)
	%5998 = shl i32 %5996, 8
	%5999 = or i32 %5779, %5998
	%6000 = shl i32 255, 8
	%6001 = or i32 %5781, %6000
	%6002 = sub i32 %5782, %5997
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%6003 = mul i32 %3, 8
	%6004 = add i32 %6003, 0
	%6005 = add i32 %5320, %6004
	%6006 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6005
	store i32 0, i32 addrspace(3)* %6006
	%6007 = mul i32 %3, 8
	%6008 = add i32 %6007, 1
	%6009 = add i32 %5320, %6008
	%6010 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6009
	store i32 0, i32 addrspace(3)* %6010
	%6011 = mul i32 %3, 8
	%6012 = add i32 %6011, 2
	%6013 = add i32 %5320, %6012
	%6014 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6013
	store i32 0, i32 addrspace(3)* %6014
	%6015 = mul i32 %3, 8
	%6016 = add i32 %6015, 3
	%6017 = add i32 %5320, %6016
	%6018 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6017
	store i32 0, i32 addrspace(3)* %6018
	%6019 = mul i32 %3, 8
	%6020 = add i32 %6019, 4
	%6021 = add i32 %5320, %6020
	%6022 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6021
	store i32 0, i32 addrspace(3)* %6022
	%6023 = mul i32 %3, 8
	%6024 = add i32 %6023, 5
	%6025 = add i32 %5320, %6024
	%6026 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6025
	store i32 0, i32 addrspace(3)* %6026
	%6027 = mul i32 %3, 8
	%6028 = add i32 %6027, 6
	%6029 = add i32 %5320, %6028
	%6030 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6029
	store i32 0, i32 addrspace(3)* %6030
	%6031 = mul i32 %3, 8
	%6032 = add i32 %6031, 7
	%6033 = add i32 %5320, %6032
	%6034 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6033
	store i32 0, i32 addrspace(3)* %6034
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %6043

6035:
	%6036 = lshr i32 %5829, 8
	%6037 = and i32 %6036, 255
	%6038 = add i32 %5320, %6037
	%6039 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6038
	%6040 = atomicrmw add i32 addrspace(3)* %6039, i32 1 monotonic
	br label %6041

6041:
	%6042 = add i32 %5824, 32
	br label %5823

6043:
	%6044 = phi i32 [ %3, %5833 ], [ %6232, %6231 ]
	%6045 = icmp slt i32 %6044, %554
	br i1 %6045, label %6046, label %6053

6046:
	%6047 = add i32 %5319, %6044
	%6048 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %6047
	%6049 = load i32, i32 addrspace(3)* %6048
	%6050 = and i32 %6049, %6001
	%6051 = icmp eq i32 %6050, %5999
	%6052 = and i1 true, %6051
	br i1 %6052, label %6225, label %6231

6053:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%6054 = mul i32 %3, 8
	%6055 = add i32 %6054, 0
	%6056 = sub i32 255, %6055
	%6057 = add i32 %5320, %6056
	%6058 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6057
	%6059 = load i32, i32 addrspace(3)* %6058
	%6060 = add i32 0, %6059
	%6061 = mul i32 %3, 8
	%6062 = add i32 %6061, 1
	%6063 = sub i32 255, %6062
	%6064 = add i32 %5320, %6063
	%6065 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6064
	%6066 = load i32, i32 addrspace(3)* %6065
	%6067 = add i32 %6060, %6066
	%6068 = mul i32 %3, 8
	%6069 = add i32 %6068, 2
	%6070 = sub i32 255, %6069
	%6071 = add i32 %5320, %6070
	%6072 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6071
	%6073 = load i32, i32 addrspace(3)* %6072
	%6074 = add i32 %6067, %6073
	%6075 = mul i32 %3, 8
	%6076 = add i32 %6075, 3
	%6077 = sub i32 255, %6076
	%6078 = add i32 %5320, %6077
	%6079 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6078
	%6080 = load i32, i32 addrspace(3)* %6079
	%6081 = add i32 %6074, %6080
	%6082 = mul i32 %3, 8
	%6083 = add i32 %6082, 4
	%6084 = sub i32 255, %6083
	%6085 = add i32 %5320, %6084
	%6086 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6085
	%6087 = load i32, i32 addrspace(3)* %6086
	%6088 = add i32 %6081, %6087
	%6089 = mul i32 %3, 8
	%6090 = add i32 %6089, 5
	%6091 = sub i32 255, %6090
	%6092 = add i32 %5320, %6091
	%6093 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6092
	%6094 = load i32, i32 addrspace(3)* %6093
	%6095 = add i32 %6088, %6094
	%6096 = mul i32 %3, 8
	%6097 = add i32 %6096, 6
	%6098 = sub i32 255, %6097
	%6099 = add i32 %5320, %6098
	%6100 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6099
	%6101 = load i32, i32 addrspace(3)* %6100
	%6102 = add i32 %6095, %6101
	%6103 = mul i32 %3, 8
	%6104 = add i32 %6103, 7
	%6105 = sub i32 255, %6104
	%6106 = add i32 %5320, %6105
	%6107 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6106
	%6108 = load i32, i32 addrspace(3)* %6107
	%6109 = add i32 %6102, %6108
	%6110 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6109, i32 1, i32 0)
	%6111 = icmp uge i32 %3, 1
	%6112 = select i1 %6111, i32 %6110, i32 0
	%6113 = add i32 %6109, %6112
	%6114 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6113, i32 2, i32 0)
	%6115 = icmp uge i32 %3, 2
	%6116 = select i1 %6115, i32 %6114, i32 0
	%6117 = add i32 %6113, %6116
	%6118 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6117, i32 4, i32 0)
	%6119 = icmp uge i32 %3, 4
	%6120 = select i1 %6119, i32 %6118, i32 0
	%6121 = add i32 %6117, %6120
	%6122 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6121, i32 8, i32 0)
	%6123 = icmp uge i32 %3, 8
	%6124 = select i1 %6123, i32 %6122, i32 0
	%6125 = add i32 %6121, %6124
	%6126 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6125, i32 16, i32 0)
	%6127 = icmp uge i32 %3, 16
	%6128 = select i1 %6127, i32 %6126, i32 0
	%6129 = add i32 %6125, %6128
	%6130 = sub i32 %6129, %6109
	%6131 = icmp slt i32 %6130, %6002
	%6132 = icmp sge i32 %6129, %6002
	%6133 = and i1 %6131, %6132
	%6134 = add i32 %6130, %6059
	%6135 = xor i1 false, true
	%6136 = icmp sge i32 %6134, %6002
	%6137 = and i1 %6135, %6136
	%6138 = mul i32 %3, 8
	%6139 = add i32 %6138, 0
	%6140 = sub i32 255, %6139
	%6141 = select i1 %6137, i32 %6140, i32 0
	%6142 = select i1 %6137, i32 %6130, i32 0
	%6143 = or i1 false, %6137
	%6144 = add i32 %6134, %6066
	%6145 = xor i1 %6143, true
	%6146 = icmp sge i32 %6144, %6002
	%6147 = and i1 %6145, %6146
	%6148 = mul i32 %3, 8
	%6149 = add i32 %6148, 1
	%6150 = sub i32 255, %6149
	%6151 = select i1 %6147, i32 %6150, i32 %6141
	%6152 = select i1 %6147, i32 %6134, i32 %6142
	%6153 = or i1 %6143, %6147
	%6154 = add i32 %6144, %6073
	%6155 = xor i1 %6153, true
	%6156 = icmp sge i32 %6154, %6002
	%6157 = and i1 %6155, %6156
	%6158 = mul i32 %3, 8
	%6159 = add i32 %6158, 2
	%6160 = sub i32 255, %6159
	%6161 = select i1 %6157, i32 %6160, i32 %6151
	%6162 = select i1 %6157, i32 %6144, i32 %6152
	%6163 = or i1 %6153, %6157
	%6164 = add i32 %6154, %6080
	%6165 = xor i1 %6163, true
	%6166 = icmp sge i32 %6164, %6002
	%6167 = and i1 %6165, %6166
	%6168 = mul i32 %3, 8
	%6169 = add i32 %6168, 3
	%6170 = sub i32 255, %6169
	%6171 = select i1 %6167, i32 %6170, i32 %6161
	%6172 = select i1 %6167, i32 %6154, i32 %6162
	%6173 = or i1 %6163, %6167
	%6174 = add i32 %6164, %6087
	%6175 = xor i1 %6173, true
	%6176 = icmp sge i32 %6174, %6002
	%6177 = and i1 %6175, %6176
	%6178 = mul i32 %3, 8
	%6179 = add i32 %6178, 4
	%6180 = sub i32 255, %6179
	%6181 = select i1 %6177, i32 %6180, i32 %6171
	%6182 = select i1 %6177, i32 %6164, i32 %6172
	%6183 = or i1 %6173, %6177
	%6184 = add i32 %6174, %6094
	%6185 = xor i1 %6183, true
	%6186 = icmp sge i32 %6184, %6002
	%6187 = and i1 %6185, %6186
	%6188 = mul i32 %3, 8
	%6189 = add i32 %6188, 5
	%6190 = sub i32 255, %6189
	%6191 = select i1 %6187, i32 %6190, i32 %6181
	%6192 = select i1 %6187, i32 %6174, i32 %6182
	%6193 = or i1 %6183, %6187
	%6194 = add i32 %6184, %6101
	%6195 = xor i1 %6193, true
	%6196 = icmp sge i32 %6194, %6002
	%6197 = and i1 %6195, %6196
	%6198 = mul i32 %3, 8
	%6199 = add i32 %6198, 6
	%6200 = sub i32 255, %6199
	%6201 = select i1 %6197, i32 %6200, i32 %6191
	%6202 = select i1 %6197, i32 %6184, i32 %6192
	%6203 = or i1 %6193, %6197
	%6204 = add i32 %6194, %6108
	%6205 = xor i1 %6203, true
	%6206 = icmp sge i32 %6204, %6002
	%6207 = and i1 %6205, %6206
	%6208 = mul i32 %3, 8
	%6209 = add i32 %6208, 7
	%6210 = sub i32 255, %6209
	%6211 = select i1 %6207, i32 %6210, i32 %6201
	%6212 = select i1 %6207, i32 %6194, i32 %6202
	%6213 = or i1 %6203, %6207
	%6214 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6133)
	%6215 = call i32 @llvm.cttz.i32(i32 %6214, i1 false)
	%6216 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %6211, i32 %6215, i32 31)
	%6217 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %6212, i32 %6215, i32 31)
	%6218 = shl i32 %6216, 0
	%6219 = or i32 %5999, %6218
	%6220 = shl i32 255, 0
	%6221 = or i32 %6001, %6220
	%6222 = sub i32 %6002, %6217
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%6223 = shl i32 1, %3
	%6224 = sub i32 %6223, 1
	br label %6233

6225:
	%6226 = lshr i32 %6049, 0
	%6227 = and i32 %6226, 255
	%6228 = add i32 %5320, %6227
	%6229 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6228
	%6230 = atomicrmw add i32 addrspace(3)* %6229, i32 1 monotonic
	br label %6231

6231:
	%6232 = add i32 %6044, 32
	br label %6043

6233:
	%6234 = phi i32 [ 0, %6053 ], [ %6275, %6270 ]
	%6235 = phi i32 [ 0, %6053 ], [ %6272, %6270 ]
	%6236 = phi i32 [ 0, %6053 ], [ %6274, %6270 ]
	%6237 = icmp slt i32 %6234, %554
	br i1 %6237, label %6238, label %6241

6238:
	%6239 = add i32 %6234, %3
	%6240 = icmp slt i32 %6239, %554
	br i1 %6240, label %6242, label %6248

6241:
	br label %5353

6242:
	%6243 = add i32 %5319, %6239
	%6244 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %6243
	%6245 = load i32, i32 addrspace(3)* %6244
	%6246 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bb, i32 0, i32 %6243
	%6247 = load i32, i32 addrspace(3)* %6246
	br label %6248

6248:
	%6249 = phi i32 [ 0, %6238 ], [ %6245, %6242 ]
	%6250 = phi i32 [ 0, %6238 ], [ %6247, %6242 ]
	%6251 = icmp eq i32 %6249, %6219
	%6252 = and i1 %6240, %6251
	%6253 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6252)
	%6254 = and i32 %6253, %6224
	%6255 = call i32 @llvm.ctpop.i32(i32 %6254)
	%6256 = add i32 %6236, %6255
	%6257 = icmp ugt i32 %6249, %6219
	%6258 = icmp slt i32 %6256, %6222
	%6259 = and i1 %6252, %6258
	%6260 = or i1 %6257, %6259
	%6261 = and i1 %6240, %6260
	%6262 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6261)
	%6263 = and i32 %6262, %6224
	%6264 = call i32 @llvm.ctpop.i32(i32 %6263)
	%6265 = add i32 %6235, %6264
	%6266 = add i32 %5319, %6265
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %6261, label %6267, label %6270

6267:
	%6268 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %6266
	store i32 %6249, i32 addrspace(3)* %6268
	%6269 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bb, i32 0, i32 %6266
	store i32 %6250, i32 addrspace(3)* %6269
	br label %6270

6270:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%6271 = call i32 @llvm.ctpop.i32(i32 %6262)
	%6272 = add i32 %6235, %6271
	%6273 = call i32 @llvm.ctpop.i32(i32 %6253)
	%6274 = add i32 %6236, %6273
	%6275 = add i32 %6234, 32
	br label %6233

6276:
	%6277 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %5382
	store i32 %5258, i32 addrspace(3)* %6277
	%6278 = add i32 0, %3
	%6279 = add i32 %547, %6278
	%6280 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bb, i32 0, i32 %5382
	store i32 %6279, i32 addrspace(3)* %6280
	br label %6281

6281:
	%6282 = call i32 @llvm.ctpop.i32(i32 %5358)
	%6283 = add i32 %5354, %6282
	%6284 = and i32 %5363, %5377
	%6285 = call i32 @llvm.ctpop.i32(i32 %6284)
	%6286 = add i32 %6283, %6285
	%6287 = add i32 %5378, %6286
	br i1 %5362, label %6288, label %6293

6288:
	%6289 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %6287
	store i32 %5269, i32 addrspace(3)* %6289
	%6290 = add i32 32, %3
	%6291 = add i32 %547, %6290
	%6292 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bb, i32 0, i32 %6287
	store i32 %6291, i32 addrspace(3)* %6292
	br label %6293

6293:
	%6294 = call i32 @llvm.ctpop.i32(i32 %5363)
	%6295 = add i32 %6283, %6294
	%6296 = and i32 %5368, %5377
	%6297 = call i32 @llvm.ctpop.i32(i32 %6296)
	%6298 = add i32 %6295, %6297
	%6299 = add i32 %5378, %6298
	br i1 %5367, label %6300, label %6305

6300:
	%6301 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %6299
	store i32 %5280, i32 addrspace(3)* %6301
	%6302 = add i32 64, %3
	%6303 = add i32 %547, %6302
	%6304 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bb, i32 0, i32 %6299
	store i32 %6303, i32 addrspace(3)* %6304
	br label %6305

6305:
	%6306 = call i32 @llvm.ctpop.i32(i32 %5368)
	%6307 = add i32 %6295, %6306
	%6308 = and i32 %5373, %5377
	%6309 = call i32 @llvm.ctpop.i32(i32 %6308)
	%6310 = add i32 %6307, %6309
	%6311 = add i32 %5378, %6310
	br i1 %5372, label %6312, label %6317

6312:
	%6313 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %6311
	store i32 %5291, i32 addrspace(3)* %6313
	%6314 = add i32 96, %3
	%6315 = add i32 %547, %6314
	%6316 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bb, i32 0, i32 %6311
	store i32 %6315, i32 addrspace(3)* %6316
	br label %6317

6317:
	%6318 = call i32 @llvm.ctpop.i32(i32 %5373)
	%6319 = add i32 %6307, %6318
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%6320 = add i32 %5354, %5375
	br label %5314

6321:
	%6322 = add i32 %377, %0
	br label %6326

6323:
	%6324 = add i32 %5, %378
	%6325 = icmp slt i32 %6324, %M
	br i1 %6325, label %6345, label %6347

6326:
	%6327 = phi i32 [ %6322, %6321 ], [ %6344, %6343 ]
	%6328 = icmp slt i32 %6327, %NB
	br i1 %6328, label %6329, label %6330

6329:
	br label %6331

6330:
	br label %6323

6331:
	%6332 = phi i32 [ 0, %6329 ], [ %6342, %6334 ]
	%6333 = icmp slt i32 %6332, %362
	br i1 %6333, label %6334, label %6343

6334:
	%6335 = mul i32 %2, %M
	%6336 = add i32 %5, %6332
	%6337 = add i32 %6335, %6336
	%6338 = mul i32 %6337, %NB
	%6339 = add i32 %6338, %6327
	%6340 = sext i32 %6339 to i64
	%6341 = getelementptr float, float* %e, i64 %6340
	store float 0xFFF0000000000000, float* %6341
	%6342 = add i32 %6332, 1
	br label %6331

6343:
	%6344 = add i32 %6327, 128
	br label %6326

6345:
	%6346 = icmp sgt i32 %548, %415
	br i1 %6346, label %6350, label %6385

6347:
	%6348 = add i32 %5, %420
	%6349 = icmp slt i32 %6348, %M
	br i1 %6349, label %7346, label %7348

6350:
	%6351 = mul i32 %378, 160
	%6352 = mul i32 %4, 256
	%6353 = mul i32 %3, 8
	%6354 = add i32 %6353, 0
	%6355 = add i32 %6352, %6354
	%6356 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6355
	store i32 0, i32 addrspace(3)* %6356
	%6357 = mul i32 %3, 8
	%6358 = add i32 %6357, 1
	%6359 = add i32 %6352, %6358
	%6360 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6359
	store i32 0, i32 addrspace(3)* %6360
	%6361 = mul i32 %3, 8
	%6362 = add i32 %6361, 2
	%6363 = add i32 %6352, %6362
	%6364 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6363
	store i32 0, i32 addrspace(3)* %6364
	%6365 = mul i32 %3, 8
	%6366 = add i32 %6365, 3
	%6367 = add i32 %6352, %6366
	%6368 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6367
	store i32 0, i32 addrspace(3)* %6368
	%6369 = mul i32 %3, 8
	%6370 = add i32 %6369, 4
	%6371 = add i32 %6352, %6370
	%6372 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6371
	store i32 0, i32 addrspace(3)* %6372
	%6373 = mul i32 %3, 8
	%6374 = add i32 %6373, 5
	%6375 = add i32 %6352, %6374
	%6376 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6375
	store i32 0, i32 addrspace(3)* %6376
	%6377 = mul i32 %3, 8
	%6378 = add i32 %6377, 6
	%6379 = add i32 %6352, %6378
	%6380 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6379
	store i32 0, i32 addrspace(3)* %6380
	%6381 = mul i32 %3, 8
	%6382 = add i32 %6381, 7
	%6383 = add i32 %6352, %6382
	%6384 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6383
	store i32 0, i32 addrspace(3)* %6384
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %6392

6385:
	%6386 = phi i32 [ %548, %6345 ], [ %415, %7250 ]
	%6387 = sub i32 %410, 0
	%6388 = mul i32 %2, %M
	%6389 = add i32 %5, %378
	%6390 = add i32 %6388, %6389
	%6391 = mul i32 %6390, 8
	br label %7285

6392:
	%6393 = phi i32 [ %3, %6350 ], [ %6611, %6610 ]
	%6394 = icmp slt i32 %6393, %548
	br i1 %6394, label %6395, label %6402

6395:
	%6396 = add i32 %6351, %6393
	%6397 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %6396
	%6398 = load i32, i32 addrspace(3)* %6397
	%6399 = and i32 %6398, 0
	%6400 = icmp eq i32 %6399, 0
	%6401 = and i1 true, %6400
	br i1 %6401, label %6604, label %6610

6402:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%6403 = mul i32 %3, 8
	%6404 = add i32 %6403, 0
	%6405 = sub i32 255, %6404
	%6406 = add i32 %6352, %6405
	%6407 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6406
	%6408 = load i32, i32 addrspace(3)* %6407
	%6409 = add i32 0, %6408
	%6410 = mul i32 %3, 8
	%6411 = add i32 %6410, 1
	%6412 = sub i32 255, %6411
	%6413 = add i32 %6352, %6412
	%6414 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6413
	%6415 = load i32, i32 addrspace(3)* %6414
	%6416 = add i32 %6409, %6415
	%6417 = mul i32 %3, 8
	%6418 = add i32 %6417, 2
	%6419 = sub i32 255, %6418
	%6420 = add i32 %6352, %6419
	%6421 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6420
	%6422 = load i32, i32 addrspace(3)* %6421
	%6423 = add i32 %6416, %6422
	%6424 = mul i32 %3, 8
	%6425 = add i32 %6424, 3
	%6426 = sub i32 255, %6425
	%6427 = add i32 %6352, %6426
	%6428 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6427
	%6429 = load i32, i32 addrspace(3)* %6428
	%6430 = add i32 %6423, %6429
	%6431 = mul i32 %3, 8
	%6432 = add i32 %6431, 4
	%6433 = sub i32 255, %6432
	%6434 = add i32 %6352, %6433
	%6435 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6434
	%6436 = load i32, i32 addrspace(3)* %6435
	%6437 = add i32 %6430, %6436
	%6438 = mul i32 %3, 8
	%6439 = add i32 %6438, 5
	%6440 = sub i32 255, %6439
	%6441 = add i32 %6352, %6440
	%6442 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6441
	%6443 = load i32, i32 addrspace(3)* %6442
	%6444 = add i32 %6437, %6443
	%6445 = mul i32 %3, 8
	%6446 = add i32 %6445, 6
	%6447 = sub i32 255, %6446
	%6448 = add i32 %6352, %6447
	%6449 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6448
	%6450 = load i32, i32 addrspace(3)* %6449
	%6451 = add i32 %6444, %6450
	%6452 = mul i32 %3, 8
	%6453 = add i32 %6452, 7
	%6454 = sub i32 255, %6453
	%6455 = add i32 %6352, %6454
	%6456 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6455
	%6457 = load i32, i32 addrspace(3)* %6456
	%6458 = add i32 %6451, %6457
	%6459 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6458, i32 1, i32 0)
	%6460 = icmp uge i32 %3, 1
	%6461 = select i1 %6460, i32 %6459, i32 0
	%6462 = add i32 %6458, %6461
	%6463 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6462, i32 2, i32 0)
	%6464 = icmp uge i32 %3, 2
	%6465 = select i1 %6464, i32 %6463, i32 0
	%6466 = add i32 %6462, %6465
	%6467 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6466, i32 4, i32 0)
	%6468 = icmp uge i32 %3, 4
	%6469 = select i1 %6468, i32 %6467, i32 0
	%6470 = add i32 %6466, %6469
	%6471 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6470, i32 8, i32 0)
	%6472 = icmp uge i32 %3, 8
	%6473 = select i1 %6472, i32 %6471, i32 0
	%6474 = add i32 %6470, %6473
	%6475 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6474, i32 16, i32 0)
	%6476 = icmp uge i32 %3, 16
	%6477 = select i1 %6476, i32 %6475, i32 0
	%6478 = add i32 %6474, %6477
	%6479 = sub i32 %6478, %6458
	%6480 = icmp slt i32 %6479, %415
	%6481 = icmp sge i32 %6478, %415
	%6482 = and i1 %6480, %6481
	%6483 = add i32 %6479, %6408
	%6484 = xor i1 false, true
	%6485 = icmp sge i32 %6483, %415
	%6486 = and i1 %6484, %6485
	%6487 = mul i32 %3, 8
	%6488 = add i32 %6487, 0
	%6489 = sub i32 255, %6488
	%6490 = select i1 %6486, i32 %6489, i32 0
	%6491 = select i1 %6486, i32 %6479, i32 0
	%6492 = or i1 false, %6486
	%6493 = add i32 %6483, %6415
	%6494 = xor i1 %6492, true
	%6495 = icmp sge i32 %6493, %415
	%6496 = and i1 %6494, %6495
	%6497 = mul i32 %3, 8
	%6498 = add i32 %6497, 1
	%6499 = sub i32 255, %6498
	%6500 = select i1 %6496, i32 %6499, i32 %6490
	%6501 = select i1 %6496, i32 %6483, i32 %6491
	%6502 = or i1 %6492, %6496
	%6503 = add i32 %6493, %6422
	%6504 = xor i1 %6502, true
	%6505 = icmp sge i32 %6503, %415
	%6506 = and i1 %6504, %6505
	%6507 = mul i32 %3, 8
	%6508 = add i32 %6507, 2
	%6509 = sub i32 255, %6508
	%6510 = select i1 %6506, i32 %6509, i32 %6500
	%6511 = select i1 %6506, i32 %6493, i32 %6501
	%6512 = or i1 %6502, %6506
	%6513 = add i32 %6503, %6429
	%6514 = xor i1 %6512, true
	%6515 = icmp sge i32 %6513, %415
	%6516 = and i1 %6514, %6515
	%6517 = mul i32 %3, 8
	%6518 = add i32 %6517, 3
	%6519 = sub i32 255, %6518
	%6520 = select i1 %6516, i32 %6519, i32 %6510
	%6521 = select i1 %6516, i32 %6503, i32 %6511
	%6522 = or i1 %6512, %6516
	%6523 = add i32 %6513, %6436
	%6524 = xor i1 %6522, true
	%6525 = icmp sge i32 %6523, %415
	%6526 = and i1 %6524, %6525
	%6527 = mul i32 %3, 8
	%6528 = add i32 %6527, 4
	%6529 = sub i32 255, %6528
	%6530 = select i1 %6526, i32 %6529, i32 %6520
	%6531 = select i1 %6526, i32 %6513, i32 %6521
	%6532 = or i1 %6522, %6526
	%6533 = add i32 %6523, %6443
	%6534 = xor i1 %6532, true
	%6535 = icmp sge i32 %6533, %415
	%6536 = and i1 %6534, %6535
	%6537 = mul i32 %3, 8
	%6538 = add i32 %6537, 5
	%6539 = sub i32 255, %6538
	%6540 = select i1 %6536, i32 %6539, i32 %6530
	%6541 = select i1 %6536, i32 %6523, i32 %6531
	%6542 = or i1 %6532, %6536
	%6543 = add i32 %6533, %6450
	%6544 = xor i1 %6542, true
	%6545 = icmp sge i32 %6543, %415
	%6546 = and i1 %6544, %6545
	%6547 = mul i32 %3, 8
	%6548 = add i32 %6547, 6
	%6549 = sub i32 255, %6548
	%6550 = select i1 %6546, i32 %6549, i32 %6540
	%6551 = select i1 %6546, i32 %6533, i32 %6541
	%6552 = or i1 %6542, %6546
	%6553 = add i32 %6543, %6457
	%6554 = xor i1 %6552, true
	%6555 = icmp sge i32 %6553, %415
	%6556 = and i1 %6554, %6555
	%6557 = mul i32 %3, 8
	%6558 = add i32 %6557, 7
	%6559 = sub i32 255, %6558
	%6560 = select i1 %6556, i32 %6559, i32 %6550
	%6561 = select i1 %6556, i32 %6543, i32 %6551
	%6562 = or i1 %6552, %6556
	%6563 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6482)
	%6564 = call i32 @llvm.cttz.i32(i32 %6563, i1 false)
	%6565 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %6560, i32 %6564, i32 31)
	%6566 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %6561, i32 %6564, i32 31)
	%6567 = shl i32 %6565, 24
	%6568 = or i32 0, %6567
	%6569 = shl i32 255, 24
	%6570 = or i32 0, %6569
	%6571 = sub i32 %415, %6566
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%6572 = mul i32 %3, 8
	%6573 = add i32 %6572, 0
	%6574 = add i32 %6352, %6573
	%6575 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6574
	store i32 0, i32 addrspace(3)* %6575
	%6576 = mul i32 %3, 8
	%6577 = add i32 %6576, 1
	%6578 = add i32 %6352, %6577
	%6579 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6578
	store i32 0, i32 addrspace(3)* %6579
	%6580 = mul i32 %3, 8
	%6581 = add i32 %6580, 2
	%6582 = add i32 %6352, %6581
	%6583 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6582
	store i32 0, i32 addrspace(3)* %6583
	%6584 = mul i32 %3, 8
	%6585 = add i32 %6584, 3
	%6586 = add i32 %6352, %6585
	%6587 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6586
	store i32 0, i32 addrspace(3)* %6587
	%6588 = mul i32 %3, 8
	%6589 = add i32 %6588, 4
	%6590 = add i32 %6352, %6589
	%6591 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6590
	store i32 0, i32 addrspace(3)* %6591
	%6592 = mul i32 %3, 8
	%6593 = add i32 %6592, 5
	%6594 = add i32 %6352, %6593
	%6595 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6594
	store i32 0, i32 addrspace(3)* %6595
	%6596 = mul i32 %3, 8
	%6597 = add i32 %6596, 6
	%6598 = add i32 %6352, %6597
	%6599 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6598
	store i32 0, i32 addrspace(3)* %6599
	%6600 = mul i32 %3, 8
	%6601 = add i32 %6600, 7
	%6602 = add i32 %6352, %6601
	%6603 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6602
	store i32 0, i32 addrspace(3)* %6603
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %6612

6604:
	%6605 = lshr i32 %6398, 24
	%6606 = and i32 %6605, 255
	%6607 = add i32 %6352, %6606
	%6608 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6607
	%6609 = atomicrmw add i32 addrspace(3)* %6608, i32 1 monotonic
	br label %6610

6610:
	%6611 = add i32 %6393, 32
	br label %6392

6612:
	%6613 = phi i32 [ %3, %6402 ], [ %6831, %6830 ]
	%6614 = icmp slt i32 %6613, %548
	br i1 %6614, label %6615, label %6622

6615:
	%6616 = add i32 %6351, %6613
	%6617 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %6616
	%6618 = load i32, i32 addrspace(3)* %6617
	%6619 = and i32 %6618, %6570
	%6620 = icmp eq i32 %6619, %6568
	%6621 = and i1 true, %6620
	br i1 %6621, label %6824, label %6830

6622:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%6623 = mul i32 %3, 8
	%6624 = add i32 %6623, 0
	%6625 = sub i32 255, %6624
	%6626 = add i32 %6352, %6625
	%6627 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6626
	%6628 = load i32, i32 addrspace(3)* %6627
	%6629 = add i32 0, %6628
	%6630 = mul i32 %3, 8
	%6631 = add i32 %6630, 1
	%6632 = sub i32 255, %6631
	%6633 = add i32 %6352, %6632
	%6634 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6633
	%6635 = load i32, i32 addrspace(3)* %6634
	%6636 = add i32 %6629, %6635
	%6637 = mul i32 %3, 8
	%6638 = add i32 %6637, 2
	%6639 = sub i32 255, %6638
	%6640 = add i32 %6352, %6639
	%6641 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6640
	%6642 = load i32, i32 addrspace(3)* %6641
	%6643 = add i32 %6636, %6642
	%6644 = mul i32 %3, 8
	%6645 = add i32 %6644, 3
	%6646 = sub i32 255, %6645
	%6647 = add i32 %6352, %6646
	%6648 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6647
	%6649 = load i32, i32 addrspace(3)* %6648
	%6650 = add i32 %6643, %6649
	%6651 = mul i32 %3, 8
	%6652 = add i32 %6651, 4
	%6653 = sub i32 255, %6652
	%6654 = add i32 %6352, %6653
	%6655 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6654
	%6656 = load i32, i32 addrspace(3)* %6655
	%6657 = add i32 %6650, %6656
	%6658 = mul i32 %3, 8
	%6659 = add i32 %6658, 5
	%6660 = sub i32 255, %6659
	%6661 = add i32 %6352, %6660
	%6662 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6661
	%6663 = load i32, i32 addrspace(3)* %6662
	%6664 = add i32 %6657, %6663
	%6665 = mul i32 %3, 8
	%6666 = add i32 %6665, 6
	%6667 = sub i32 255, %6666
	%6668 = add i32 %6352, %6667
	%6669 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6668
	%6670 = load i32, i32 addrspace(3)* %6669
	%6671 = add i32 %6664, %6670
	%6672 = mul i32 %3, 8
	%6673 = add i32 %6672, 7
	%6674 = sub i32 255, %6673
	%6675 = add i32 %6352, %6674
	%6676 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6675
	%6677 = load i32, i32 addrspace(3)* %6676
	%6678 = add i32 %6671, %6677
	%6679 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6678, i32 1, i32 0)
	%6680 = icmp uge i32 %3, 1
	%6681 = select i1 %6680, i32 %6679, i32 0
	%6682 = add i32 %6678, %6681
	%6683 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6682, i32 2, i32 0)
	%6684 = icmp uge i32 %3, 2
	%6685 = select i1 %6684, i32 %6683, i32 0
	%6686 = add i32 %6682, %6685
	%6687 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6686, i32 4, i32 0)
	%6688 = icmp uge i32 %3, 4
	%6689 = select i1 %6688, i32 %6687, i32 0
	%6690 = add i32 %6686, %6689
	%6691 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6690, i32 8, i32 0)
	%6692 = icmp uge i32 %3, 8
	%6693 = select i1 %6692, i32 %6691, i32 0
	%6694 = add i32 %6690, %6693
	%6695 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6694, i32 16, i32 0)
	%6696 = icmp uge i32 %3, 16
	%6697 = select i1 %6696, i32 %6695, i32 0
	%6698 = add i32 %6694, %6697
	%6699 = sub i32 %6698, %6678
	%6700 = icmp slt i32 %6699, %6571
	%6701 = icmp sge i32 %6698, %6571
	%6702 = and i1 %6700, %6701
	%6703 = add i32 %6699, %6628
	%6704 = xor i1 false, true
	%6705 = icmp sge i32 %6703, %6571
	%6706 = and i1 %6704, %6705
	%6707 = mul i32 %3, 8
	%6708 = add i32 %6707, 0
	%6709 = sub i32 255, %6708
	%6710 = select i1 %6706, i32 %6709, i32 0
	%6711 = select i1 %6706, i32 %6699, i32 0
	%6712 = or i1 false, %6706
	%6713 = add i32 %6703, %6635
	%6714 = xor i1 %6712, true
	%6715 = icmp sge i32 %6713, %6571
	%6716 = and i1 %6714, %6715
	%6717 = mul i32 %3, 8
	%6718 = add i32 %6717, 1
	%6719 = sub i32 255, %6718
	%6720 = select i1 %6716, i32 %6719, i32 %6710
	%6721 = select i1 %6716, i32 %6703, i32 %6711
	%6722 = or i1 %6712, %6716
	%6723 = add i32 %6713, %6642
	%6724 = xor i1 %6722, true
	%6725 = icmp sge i32 %6723, %6571
	%6726 = and i1 %6724, %6725
	%6727 = mul i32 %3, 8
	%6728 = add i32 %6727, 2
	%6729 = sub i32 255, %6728
	%6730 = select i1 %6726, i32 %6729, i32 %6720
	%6731 = select i1 %6726, i32 %6713, i32 %6721
	%6732 = or i1 %6722, %6726
	%6733 = add i32 %6723, %6649
	%6734 = xor i1 %6732, true
	%6735 = icmp sge i32 %6733, %6571
	%6736 = and i1 %6734, %6735
	%6737 = mul i32 %3, 8
	%6738 = add i32 %6737, 3
	%6739 = sub i32 255, %6738
	%6740 = select i1 %6736, i32 %6739, i32 %6730
	%6741 = select i1 %6736, i32 %6723, i32 %6731
	%6742 = or i1 %6732, %6736
	%6743 = add i32 %6733, %6656
	%6744 = xor i1 %6742, true
	%6745 = icmp sge i32 %6743, %6571
	%6746 = and i1 %6744, %6745
	%6747 = mul i32 %3, 8
	%6748 = add i32 %6747, 4
	%6749 = sub i32 255, %6748
	%6750 = select i1 %6746, i32 %6749, i32 %6740
	%6751 = select i1 %6746, i32 %6733, i32 %6741
	%6752 = or i1 %6742, %6746
	%6753 = add i32 %6743, %6663
	%6754 = xor i1 %6752, true
	%6755 = icmp sge i32 %6753, %6571
	%6756 = and i1 %6754, %6755
	%6757 = mul i32 %3, 8
	%6758 = add i32 %6757, 5
	%6759 = sub i32 255, %6758
	%6760 = select i1 %6756, i32 %6759, i32 %6750
	%6761 = select i1 %6756, i32 %6743, i32 %6751
	%6762 = or i1 %6752, %6756
	%6763 = add i32 %6753, %6670
	%6764 = xor i1 %6762, true
	%6765 = icmp sge i32 %6763, %6571
	%6766 = and i1 %6764, %6765
	%6767 = mul i32 %3, 8
	%6768 = add i32 %6767, 6
	%6769 = sub i32 255, %6768
	%6770 = select i1 %6766, i32 %6769, i32 %6760
	%6771 = select i1 %6766, i32 %6753, i32 %6761
	%6772 = or i1 %6762, %6766
	%6773 = add i32 %6763, %6677
	%6774 = xor i1 %6772, true
	%6775 = icmp sge i32 %6773, %6571
	%6776 = and i1 %6774, %6775
	%6777 = mul i32 %3, 8
	%6778 = add i32 %6777, 7
	%6779 = sub i32 255, %6778
	%6780 = select i1 %6776, i32 %6779, i32 %6770
	%6781 = select i1 %6776, i32 %6763, i32 %6771
	%6782 = or i1 %6772, %6776
	%6783 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6702)
	%6784 = call i32 @llvm.cttz.i32(i32 %6783, i1 false)
	%6785 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %6780, i32 %6784, i32 31)
	%6786 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %6781, i32 %6784, i32 31)
	%6787 = shl i32 %6785, 16
	%6788 = or i32 %6568, %6787
	%6789 = shl i32 255, 16
	%6790 = or i32 %6570, %6789
	%6791 = sub i32 %6571, %6786
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%6792 = mul i32 %3, 8
	%6793 = add i32 %6792, 0
	%6794 = add i32 %6352, %6793
	%6795 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6794
	store i32 0, i32 addrspace(3)* %6795
	%6796 = mul i32 %3, 8
	%6797 = add i32 %6796, 1
	%6798 = add i32 %6352, %6797
	%6799 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6798
	store i32 0, i32 addrspace(3)* %6799
	%6800 = mul i32 %3, 8
	%6801 = add i32 %6800, 2
	%6802 = add i32 %6352, %6801
	%6803 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6802
	store i32 0, i32 addrspace(3)* %6803
	%6804 = mul i32 %3, 8
	%6805 = add i32 %6804, 3
	%6806 = add i32 %6352, %6805
	%6807 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6806
	store i32 0, i32 addrspace(3)* %6807
	%6808 = mul i32 %3, 8
	%6809 = add i32 %6808, 4
	%6810 = add i32 %6352, %6809
	%6811 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6810
	store i32 0, i32 addrspace(3)* %6811
	%6812 = mul i32 %3, 8
	%6813 = add i32 %6812, 5
	%6814 = add i32 %6352, %6813
	%6815 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6814
	store i32 0, i32 addrspace(3)* %6815
	%6816 = mul i32 %3, 8
	%6817 = add i32 %6816, 6
	%6818 = add i32 %6352, %6817
	%6819 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6818
	store i32 0, i32 addrspace(3)* %6819
	%6820 = mul i32 %3, 8
	%6821 = add i32 %6820, 7
	%6822 = add i32 %6352, %6821
	%6823 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6822
	store i32 0, i32 addrspace(3)* %6823
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %6832

6824:
	%6825 = lshr i32 %6618, 16
	%6826 = and i32 %6825, 255
	%6827 = add i32 %6352, %6826
	%6828 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6827
	%6829 = atomicrmw add i32 addrspace(3)* %6828, i32 1 monotonic
	br label %6830

6830:
	%6831 = add i32 %6613, 32
	br label %6612

6832:
	%6833 = phi i32 [ %3, %6622 ], [ %7051, %7050 ]
	%6834 = icmp slt i32 %6833, %548
	br i1 %6834, label %6835, label %6842

6835:
	%6836 = add i32 %6351, %6833
	%6837 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %6836
	%6838 = load i32, i32 addrspace(3)* %6837
	%6839 = and i32 %6838, %6790
	%6840 = icmp eq i32 %6839, %6788
	%6841 = and i1 true, %6840
	br i1 %6841, label %7044, label %7050

6842:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%6843 = mul i32 %3, 8
	%6844 = add i32 %6843, 0
	%6845 = sub i32 255, %6844
	%6846 = add i32 %6352, %6845
	%6847 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6846
	%6848 = load i32, i32 addrspace(3)* %6847
	%6849 = add i32 0, %6848
	%6850 = mul i32 %3, 8
	%6851 = add i32 %6850, 1
	%6852 = sub i32 255, %6851
	%6853 = add i32 %6352, %6852
	%6854 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6853
	%6855 = load i32, i32 addrspace(3)* %6854
	%6856 = add i32 %6849, %6855
	%6857 = mul i32 %3, 8
	%6858 = add i32 %6857, 2
	%6859 = sub i32 255, %6858
	%6860 = add i32 %6352, %6859
	%6861 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6860
	%6862 = load i32, i32 addrspace(3)* %6861
	%6863 = add i32 %6856, %6862
	%6864 = mul i32 %3, 8
	%6865 = add i32 %6864, 3
	%6866 = sub i32 255, %6865
	%6867 = add i32 %6352, %6866
	%6868 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6867
	%6869 = load i32, i32 addrspace(3)* %6868
	%6870 = add i32 %6863, %6869
	%6871 = mul i32 %3, 8
	%6872 = add i32 %6871, 4
	%6873 = sub i32 255, %6872
	%6874 = add i32 %6352, %6873
	%6875 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6874
	%6876 = load i32, i32 addrspace(3)* %6875
	%6877 = add i32 %6870, %6876
	%6878 = mul i32 %3, 8
	%6879 = add i32 %6878, 5
	%6880 = sub i32 255, %6879
	%6881 = add i32 %6352, %6880
	%6882 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6881
	%6883 = load i32, i32 addrspace(3)* %6882
	%6884 = add i32 %6877, %6883
	%6885 = mul i32 %3, 8
	%6886 = add i32 %6885, 6
	%6887 = sub i32 255, %6886
	%6888 = add i32 %6352, %6887
	%6889 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6888
	%6890 = load i32, i32 addrspace(3)* %6889
	%6891 = add i32 %6884, %6890
	%6892 = mul i32 %3, 8
	%6893 = add i32 %6892, 7
	%6894 = sub i32 255, %6893
	%6895 = add i32 %6352, %6894
	%6896 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %6895
	%6897 = load i32, i32 addrspace(3)* %6896
	%6898 = add i32 %6891, %6897
	%6899 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6898, i32 1, i32 0)
	%6900 = icmp uge i32 %3, 1
	%6901 = select i1 %6900, i32 %6899, i32 0
	%6902 = add i32 %6898, %6901
	%6903 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6902, i32 2, i32 0)
	%6904 = icmp uge i32 %3, 2
	%6905 = select i1 %6904, i32 %6903, i32 0
	%6906 = add i32 %6902, %6905
	%6907 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6906, i32 4, i32 0)
	%6908 = icmp uge i32 %3, 4
	%6909 = select i1 %6908, i32 %6907, i32 0
	%6910 = add i32 %6906, %6909
	%6911 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6910, i32 8, i32 0)
	%6912 = icmp uge i32 %3, 8
	%6913 = select i1 %6912, i32 %6911, i32 0
	%6914 = add i32 %6910, %6913
	%6915 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6914, i32 16, i32 0)
	%6916 = icmp uge i32 %3, 16
	%6917 = select i1 %6916, i32 %6915, i32 0
	%6918 = add i32 %6914, %6917
	%6919 = sub i32 %6918, %6898
	%6920 = icmp slt i32 %6919, %6791
	%6921 = icmp sge i32 %6918, %6791
	%6922 = and i1 %6920, %6921
	%6923 = add i32 %6919, %6848
	%6924 = xor i1 false, true
	%6925 = icmp sge i32 %6923, %6791
	%6926 = and i1 %6924, %6925
	%6927 = mul i32 %3, 8
	%6928 = add i32 %6927, 0
	%6929 = sub i32 255, %6928
	%6930 = select i1 %6926, i32 %6929, i32 0
	%6931 = select i1 %6926, i32 %6919, i32 0
	%6932 = or i1 false, %6926
	%6933 = add i32 %6923, %6855
	%6934 = xor i1 %6932, true
	%6935 = icmp sge i32 %6933, %6791
	%6936 = and i1 %6934, %6935
	%6937 = mul i32 %3, 8
	%6938 = add i32 %6937, 1
	%6939 = sub i32 255, %6938
	%6940 = select i1 %6936, i32 %6939, i32 %6930
	%6941 = select i1 %6936, i32 %6923, i32 %6931
	%6942 = or i1 %6932, %6936
	%6943 = add i32 %6933, %6862
	%6944 = xor i1 %6942, true
	%6945 = icmp sge i32 %6943, %6791
	%6946 = and i1 %6944, %6945
	%6947 = mul i32 %3, 8
	%6948 = add i32 %6947, 2
	%6949 = sub i32 255, %6948
	%6950 = select i1 %6946, i32 %6949, i32 %6940
	%6951 = select i1 %6946, i32 %6933, i32 %6941
	%6952 = or i1 %6942, %6946
	%6953 = add i32 %6943, %6869
	%6954 = xor i1 %6952, true
	%6955 = icmp sge i32 %6953, %6791
	%6956 = and i1 %6954, %6955
	%6957 = mul i32 %3, 8
	%6958 = add i32 %6957, 3
	%6959 = sub i32 255, %6958
	%6960 = select i1 %6956, i32 %6959, i32 %6950
	%6961 = select i1 %6956, i32 %6943, i32 %6951
	%6962 = or i1 %6952, %6956
	%6963 = add i32 %6953, %6876
	%6964 = xor i1 %6962, true
	%6965 = icmp sge i32 %6963, %6791
	%6966 = and i1 %6964, %6965
	%6967 = mul i32 %3, 8
	%6968 = add i32 %6967, 4
	%6969 = sub i32 255, %6968
	%6970 = select i1 %6966, i32 %6969, i32 %6960
	%6971 = select i1 %6966, i32 %6953, i32 %6961
	%6972 = or i1 %6962, %6966
	%6973 = add i32 %6963, %6883
	%6974 = xor i1 %6972, true
	%6975 = icmp sge i32 %6973, %6791
	%6976 = and i1 %6974, %6975
	%6977 = mul i32 %3, 8
	%6978 = add i32 %6977, 5
	%6979 = sub i32 255, %6978
	%6980 = select i1 %6976, i32 %6979, i32 %6970
	%6981 = select i1 %6976, i32 %6963, i32 %6971
	%6982 = or i1 %6972, %6976
	%6983 = add i32 %6973, %6890
	%6984 = xor i1 %6982, true
	%6985 = icmp sge i32 %6983, %6791
	%6986 = and i1 %6984, %6985
	%6987 = mul i32 %3, 8
	%6988 = add i32 %6987, 6
	%6989 = sub i32 255, %6988
	%6990 = select i1 %6986, i32 %6989, i32 %6980
	%6991 = select i1 %6986, i32 %6973, i32 %6981
	%6992 = or i1 %6982, %6986
	%6993 = add i32 %6983, %6897
	%6994 = xor i1 %6992, true
	%6995 = icmp sge i32 %6993, %6791
	%6996 = and i1 %6994, %6995
	%6997 = mul i32 %3, 8
	%6998 = add i32 %6997, 7
	%6999 = sub i32 255, %6998
	%7000 = select i1 %6996, i32 %6999, i32 %6990
	%7001 = select i1 %6996, i32 %6983, i32 %6991
	%7002 = or i1 %6992, %6996
	%7003 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6922)
	%7004 = call i32 @llvm.cttz.i32(i32 %7003, i1 false)
	%7005 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %7000, i32 %7004, i32 31)
	%7006 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %7001, i32 %7004, i32 31)
	%7007 = shl i32 %7005, 8
	%7008 = or i32 %6788, %7007
	%7009 = shl i32 255, 8
	%7010 = or i32 %6790, %7009
	%7011 = sub i32 %6791, %7006
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%7012 = mul i32 %3, 8
	%7013 = add i32 %7012, 0
	%7014 = add i32 %6352, %7013
	%7015 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7014
	store i32 0, i32 addrspace(3)* %7015
	%7016 = mul i32 %3, 8
	%7017 = add i32 %7016, 1
	%7018 = add i32 %6352, %7017
	%7019 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7018
	store i32 0, i32 addrspace(3)* %7019
	%7020 = mul i32 %3, 8
	%7021 = add i32 %7020, 2
	%7022 = add i32 %6352, %7021
	%7023 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7022
	store i32 0, i32 addrspace(3)* %7023
	%7024 = mul i32 %3, 8
	%7025 = add i32 %7024, 3
	%7026 = add i32 %6352, %7025
	%7027 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7026
	store i32 0, i32 addrspace(3)* %7027
	%7028 = mul i32 %3, 8
	%7029 = add i32 %7028, 4
	%7030 = add i32 %6352, %7029
	%7031 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7030
	store i32 0, i32 addrspace(3)* %7031
	%7032 = mul i32 %3, 8
	%7033 = add i32 %7032, 5
	%7034 = add i32 %6352, %7033
	%7035 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7034
	store i32 0, i32 addrspace(3)* %7035
	%7036 = mul i32 %3, 8
	%7037 = add i32 %7036, 6
	%7038 = add i32 %6352, %7037
	%7039 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7038
	store i32 0, i32 addrspace(3)* %7039
	%7040 = mul i32 %3, 8
	%7041 = add i32 %7040, 7
	%7042 = add i32 %6352, %7041
	%7043 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7042
	store i32 0, i32 addrspace(3)* %7043
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %7052

7044:
	%7045 = lshr i32 %6838, 8
	%7046 = and i32 %7045, 255
	%7047 = add i32 %6352, %7046
	%7048 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7047
	%7049 = atomicrmw add i32 addrspace(3)* %7048, i32 1 monotonic
	br label %7050

7050:
	%7051 = add i32 %6833, 32
	br label %6832

7052:
	%7053 = phi i32 [ %3, %6842 ], [ %7241, %7240 ]
	%7054 = icmp slt i32 %7053, %548
	br i1 %7054, label %7055, label %7062

7055:
	%7056 = add i32 %6351, %7053
	%7057 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %7056
	%7058 = load i32, i32 addrspace(3)* %7057
	%7059 = and i32 %7058, %7010
	%7060 = icmp eq i32 %7059, %7008
	%7061 = and i1 true, %7060
	br i1 %7061, label %7234, label %7240

7062:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%7063 = mul i32 %3, 8
	%7064 = add i32 %7063, 0
	%7065 = sub i32 255, %7064
	%7066 = add i32 %6352, %7065
	%7067 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7066
	%7068 = load i32, i32 addrspace(3)* %7067
	%7069 = add i32 0, %7068
	%7070 = mul i32 %3, 8
	%7071 = add i32 %7070, 1
	%7072 = sub i32 255, %7071
	%7073 = add i32 %6352, %7072
	%7074 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7073
	%7075 = load i32, i32 addrspace(3)* %7074
	%7076 = add i32 %7069, %7075
	%7077 = mul i32 %3, 8
	%7078 = add i32 %7077, 2
	%7079 = sub i32 255, %7078
	%7080 = add i32 %6352, %7079
	%7081 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7080
	%7082 = load i32, i32 addrspace(3)* %7081
	%7083 = add i32 %7076, %7082
	%7084 = mul i32 %3, 8
	%7085 = add i32 %7084, 3
	%7086 = sub i32 255, %7085
	%7087 = add i32 %6352, %7086
	%7088 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7087
	%7089 = load i32, i32 addrspace(3)* %7088
	%7090 = add i32 %7083, %7089
	%7091 = mul i32 %3, 8
	%7092 = add i32 %7091, 4
	%7093 = sub i32 255, %7092
	%7094 = add i32 %6352, %7093
	%7095 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7094
	%7096 = load i32, i32 addrspace(3)* %7095
	%7097 = add i32 %7090, %7096
	%7098 = mul i32 %3, 8
	%7099 = add i32 %7098, 5
	%7100 = sub i32 255, %7099
	%7101 = add i32 %6352, %7100
	%7102 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7101
	%7103 = load i32, i32 addrspace(3)* %7102
	%7104 = add i32 %7097, %7103
	%7105 = mul i32 %3, 8
	%7106 = add i32 %7105, 6
	%7107 = sub i32 255, %7106
	%7108 = add i32 %6352, %7107
	%7109 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7108
	%7110 = load i32, i32 addrspace(3)* %7109
	%7111 = add i32 %7104, %7110
	%7112 = mul i32 %3, 8
	%7113 = add i32 %7112, 7
	%7114 = sub i32 255, %7113
	%7115 = add i32 %6352, %7114
	%7116 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7115
	%7117 = load i32, i32 addrspace(3)* %7116
	%7118 = add i32 %7111, %7117
	%7119 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7118, i32 1, i32 0)
	%7120 = icmp uge i32 %3, 1
	%7121 = select i1 %7120, i32 %7119, i32 0
	%7122 = add i32 %7118, %7121
	%7123 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7122, i32 2, i32 0)
	%7124 = icmp uge i32 %3, 2
	%7125 = select i1 %7124, i32 %7123, i32 0
	%7126 = add i32 %7122, %7125
	%7127 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7126, i32 4, i32 0)
	%7128 = icmp uge i32 %3, 4
	%7129 = select i1 %7128, i32 %7127, i32 0
	%7130 = add i32 %7126, %7129
	%7131 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7130, i32 8, i32 0)
	%7132 = icmp uge i32 %3, 8
	%7133 = select i1 %7132, i32 %7131, i32 0
	%7134 = add i32 %7130, %7133
	%7135 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7134, i32 16, i32 0)
	%7136 = icmp uge i32 %3, 16
	%7137 = select i1 %7136, i32 %7135, i32 0
	%7138 = add i32 %7134, %7137
	%7139 = sub i32 %7138, %7118
	%7140 = icmp slt i32 %7139, %7011
	%7141 = icmp sge i32 %7138, %7011
	%7142 = and i1 %7140, %7141
	%7143 = add i32 %7139, %7068
	%7144 = xor i1 false, true
	%7145 = icmp sge i32 %7143, %7011
	%7146 = and i1 %7144, %7145
	%7147 = mul i32 %3, 8
	%7148 = add i32 %7147, 0
	%7149 = sub i32 255, %7148
	%7150 = select i1 %7146, i32 %7149, i32 0
	%7151 = select i1 %7146, i32 %7139, i32 0
	%7152 = or i1 false, %7146
	%7153 = add i32 %7143, %7075
	%7154 = xor i1 %7152, true
	%7155 = icmp sge i32 %7153, %7011
	%7156 = and i1 %7154, %7155
	%7157 = mul i32 %3, 8
	%7158 = add i32 %7157, 1
	%7159 = sub i32 255, %7158
	%7160 = select i1 %7156, i32 %7159, i32 %7150
	%7161 = select i1 %7156, i32 %7143, i32 %7151
	%7162 = or i1 %7152, %7156
	%7163 = add i32 %7153, %7082
	%7164 = xor i1 %7162, true
	%7165 = icmp sge i32 %7163, %7011
	%7166 = and i1 %7164, %7165
	%7167 = mul i32 %3, 8
	%7168 = add i32 %7167, 2
	%7169 = sub i32 255, %7168
	%7170 = select i1 %7166, i32 %7169, i32 %7160
	%7171 = select i1 %7166, i32 %7153, i32 %7161
	%7172 = or i1 %7162, %7166
	%7173 = add i32 %7163, %7089
	%7174 = xor i1 %7172, true
	%7175 = icmp sge i32 %7173, %7011
	%7176 = and i1 %7174, %7175
	%7177 = mul i32 %3, 8
	%7178 = add i32 %7177, 3
	%7179 = sub i32 255, %7178
	%7180 = select i1 %7176, i32 %7179, i32 %7170
	%7181 = select i1 %7176, i32 %7163, i32 %7171
	%7182 = or i1 %7172, %7176
	%7183 = add i32 %7173, %7096
	%7184 = xor i1 %7182, true
	%7185 = icmp sge i32 %7183, %7011
	%7186 = and i1 %7184, %7185
	%7187 = mul i32 %3, 8
	%7188 = add i32 %7187, 4
	%7189 = sub i32 255, %7188
	%7190 = select i1 %7186, i32 %7189, i32 %7180
	%7191 = select i1 %7186, i32 %7173, i32 %7181
	%7192 = or i1 %7182, %7186
	%7193 = add i32 %7183, %7103
	%7194 = xor i1 %7192, true
	%7195 = icmp sge i32 %7193, %7011
	%7196 = and i1 %7194, %7195
	%7197 = mul i32 %3, 8
	%7198 = add i32 %7197, 5
	%7199 = sub i32 255, %7198
	%7200 = select i1 %7196, i32 %7199, i32 %7190
	%7201 = select i1 %7196, i32 %7183, i32 %7191
	%7202 = or i1 %7192, %7196
	%7203 = add i32 %7193, %7110
	%7204 = xor i1 %7202, true
	%7205 = icmp sge i32 %7203, %7011
	%7206 = and i1 %7204, %7205
	%7207 = mul i32 %3, 8
	%7208 = add i32 %7207, 6
	%7209 = sub i32 255, %7208
	%7210 = select i1 %7206, i32 %7209, i32 %7200
	%7211 = select i1 %7206, i32 %7193, i32 %7201
	%7212 = or i1 %7202, %7206
	%7213 = add i32 %7203, %7117
	%7214 = xor i1 %7212, true
	%7215 = icmp sge i32 %7213, %7011
	%7216 = and i1 %7214, %7215
	%7217 = mul i32 %3, 8
	%7218 = add i32 %7217, 7
	%7219 = sub i32 255, %7218
	%7220 = select i1 %7216, i32 %7219, i32 %7210
	%7221 = select i1 %7216, i32 %7203, i32 %7211
	%7222 = or i1 %7212, %7216
	%7223 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %7142)
	%7224 = call i32 @llvm.cttz.i32(i32 %7223, i1 false)
	%7225 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %7220, i32 %7224, i32 31)
	%7226 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %7221, i32 %7224, i32 31)
	%7227 = shl i32 %7225, 0
	%7228 = or i32 %7008, %7227
	%7229 = shl i32 255, 0
	%7230 = or i32 %7010, %7229
	%7231 = sub i32 %7011, %7226
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%7232 = shl i32 1, %3
	%7233 = sub i32 %7232, 1
	br label %7242

7234:
	%7235 = lshr i32 %7058, 0
	%7236 = and i32 %7235, 255
	%7237 = add i32 %6352, %7236
	%7238 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7237
	%7239 = atomicrmw add i32 addrspace(3)* %7238, i32 1 monotonic
	br label %7240

7240:
	%7241 = add i32 %7053, 32
	br label %7052

7242:
	%7243 = phi i32 [ 0, %7062 ], [ %7284, %7279 ]
	%7244 = phi i32 [ 0, %7062 ], [ %7281, %7279 ]
	%7245 = phi i32 [ 0, %7062 ], [ %7283, %7279 ]
	%7246 = icmp slt i32 %7243, %548
	br i1 %7246, label %7247, label %7250

7247:
	%7248 = add i32 %7243, %3
	%7249 = icmp slt i32 %7248, %548
	br i1 %7249, label %7251, label %7257

7250:
	br label %6385

7251:
	%7252 = add i32 %6351, %7248
	%7253 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %7252
	%7254 = load i32, i32 addrspace(3)* %7253
	%7255 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bb, i32 0, i32 %7252
	%7256 = load i32, i32 addrspace(3)* %7255
	br label %7257

7257:
	%7258 = phi i32 [ 0, %7247 ], [ %7254, %7251 ]
	%7259 = phi i32 [ 0, %7247 ], [ %7256, %7251 ]
	%7260 = icmp eq i32 %7258, %7228
	%7261 = and i1 %7249, %7260
	%7262 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %7261)
	%7263 = and i32 %7262, %7233
	%7264 = call i32 @llvm.ctpop.i32(i32 %7263)
	%7265 = add i32 %7245, %7264
	%7266 = icmp ugt i32 %7258, %7228
	%7267 = icmp slt i32 %7265, %7231
	%7268 = and i1 %7261, %7267
	%7269 = or i1 %7266, %7268
	%7270 = and i1 %7249, %7269
	%7271 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %7270)
	%7272 = and i32 %7271, %7233
	%7273 = call i32 @llvm.ctpop.i32(i32 %7272)
	%7274 = add i32 %7244, %7273
	%7275 = add i32 %6351, %7274
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %7270, label %7276, label %7279

7276:
	%7277 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %7275
	store i32 %7258, i32 addrspace(3)* %7277
	%7278 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bb, i32 0, i32 %7275
	store i32 %7259, i32 addrspace(3)* %7278
	br label %7279

7279:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%7280 = call i32 @llvm.ctpop.i32(i32 %7271)
	%7281 = add i32 %7244, %7280
	%7282 = call i32 @llvm.ctpop.i32(i32 %7262)
	%7283 = add i32 %7245, %7282
	%7284 = add i32 %7243, 32
	br label %7242

7285:
	%7286 = phi i32 [ 0, %6385 ], [ %7314, %7308 ]
	%7287 = phi i32 [ 0, %6385 ], [ %7313, %7308 ]
	%7288 = icmp slt i32 %7286, %6386
	br i1 %7288, label %7289, label %7292

7289:
	%7290 = add i32 %7286, %3
	%7291 = icmp slt i32 %7290, %6386
	br i1 %7291, label %7293, label %7298

7292:
	br label %7315

7293:
	%7294 = mul i32 %378, 160
	%7295 = add i32 %7294, %7290
	%7296 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bb, i32 0, i32 %7295
	%7297 = load i32, i32 addrspace(3)* %7296
	br label %7298

7298:
	%7299 = phi i32 [ 0, %7289 ], [ %7297, %7293 ]
	br i1 %7291, label %7300, label %7308

7300:
	%7301 = add i32 0, %7290
	%7302 = icmp sgt i32 %7299, %405
	%7303 = select i1 %7302, i32 %6387, i32 0
	%7304 = add i32 %7301, %7303
	%7305 = add i32 %6391, %7304
	%7306 = sext i32 %7305 to i64
	%7307 = getelementptr i32, i32* %out, i64 %7306
	store i32 %7299, i32* %7307
	br label %7308

7308:
	%7309 = icmp slt i32 %7299, %402
	%7310 = and i1 %7291, %7309
	%7311 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %7310)
	%7312 = call i32 @llvm.ctpop.i32(i32 %7311)
	%7313 = add i32 %7287, %7312
	%7314 = add i32 %7286, 32
	br label %7285

7315:
	%7316 = phi i32 [ %3, %7292 ], [ %7325, %7318 ]
	%7317 = icmp slt i32 %7316, %6387
	br i1 %7317, label %7318, label %7326

7318:
	%7319 = add i32 0, %7287
	%7320 = add i32 %7319, %7316
	%7321 = add i32 %402, %7316
	%7322 = add i32 %6391, %7320
	%7323 = sext i32 %7322 to i64
	%7324 = getelementptr i32, i32* %out, i64 %7323
	store i32 %7321, i32* %7324
	%7325 = add i32 %7316, 32
	br label %7315

7326:
	%7327 = icmp eq i32 %3, 0
	%7328 = icmp eq i32 0, 1
	%7329 = and i1 %7327, %7328
	br i1 %7329, label %7330, label %7334

7330:
	%7331 = add i32 %6391, 0
	%7332 = sext i32 %7331 to i64
	%7333 = getelementptr i32, i32* %out, i64 %7332
	store i32 0, i32* %7333
	br label %7334

7334:
	%7335 = add i32 %410, %6386
	%7336 = add i32 %7335, %3
	br label %7337

7337:
	%7338 = phi i32 [ %7336, %7334 ], [ %7344, %7340 ]
	%7339 = icmp slt i32 %7338, 8
	br i1 %7339, label %7340, label %7345

7340:
	%7341 = add i32 %6391, %7338
	%7342 = sext i32 %7341 to i64
	%7343 = getelementptr i32, i32* %out, i64 %7342
	store i32 -1, i32* %7343
	%7344 = add i32 %7338, 32
	br label %7337

7345:
	br label %6347

7346:
	%7347 = icmp sgt i32 %550, %457
	br i1 %7347, label %7351, label %7386

7348:
	%7349 = add i32 %5, %462
	%7350 = icmp slt i32 %7349, %M
	br i1 %7350, label %8347, label %8349

7351:
	%7352 = mul i32 %420, 160
	%7353 = mul i32 %4, 256
	%7354 = mul i32 %3, 8
	%7355 = add i32 %7354, 0
	%7356 = add i32 %7353, %7355
	%7357 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7356
	store i32 0, i32 addrspace(3)* %7357
	%7358 = mul i32 %3, 8
	%7359 = add i32 %7358, 1
	%7360 = add i32 %7353, %7359
	%7361 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7360
	store i32 0, i32 addrspace(3)* %7361
	%7362 = mul i32 %3, 8
	%7363 = add i32 %7362, 2
	%7364 = add i32 %7353, %7363
	%7365 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7364
	store i32 0, i32 addrspace(3)* %7365
	%7366 = mul i32 %3, 8
	%7367 = add i32 %7366, 3
	%7368 = add i32 %7353, %7367
	%7369 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7368
	store i32 0, i32 addrspace(3)* %7369
	%7370 = mul i32 %3, 8
	%7371 = add i32 %7370, 4
	%7372 = add i32 %7353, %7371
	%7373 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7372
	store i32 0, i32 addrspace(3)* %7373
	%7374 = mul i32 %3, 8
	%7375 = add i32 %7374, 5
	%7376 = add i32 %7353, %7375
	%7377 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7376
	store i32 0, i32 addrspace(3)* %7377
	%7378 = mul i32 %3, 8
	%7379 = add i32 %7378, 6
	%7380 = add i32 %7353, %7379
	%7381 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7380
	store i32 0, i32 addrspace(3)* %7381
	%7382 = mul i32 %3, 8
	%7383 = add i32 %7382, 7
	%7384 = add i32 %7353, %7383
	%7385 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7384
	store i32 0, i32 addrspace(3)* %7385
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %7393

7386:
	%7387 = phi i32 [ %550, %7346 ], [ %457, %8251 ]
	%7388 = sub i32 %452, 0
	%7389 = mul i32 %2, %M
	%7390 = add i32 %5, %420
	%7391 = add i32 %7389, %7390
	%7392 = mul i32 %7391, 8
	br label %8286

7393:
	%7394 = phi i32 [ %3, %7351 ], [ %7612, %7611 ]
	%7395 = icmp slt i32 %7394, %550
	br i1 %7395, label %7396, label %7403

7396:
	%7397 = add i32 %7352, %7394
	%7398 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %7397
	%7399 = load i32, i32 addrspace(3)* %7398
	%7400 = and i32 %7399, 0
	%7401 = icmp eq i32 %7400, 0
	%7402 = and i1 true, %7401
	br i1 %7402, label %7605, label %7611

7403:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%7404 = mul i32 %3, 8
	%7405 = add i32 %7404, 0
	%7406 = sub i32 255, %7405
	%7407 = add i32 %7353, %7406
	%7408 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7407
	%7409 = load i32, i32 addrspace(3)* %7408
	%7410 = add i32 0, %7409
	%7411 = mul i32 %3, 8
	%7412 = add i32 %7411, 1
	%7413 = sub i32 255, %7412
	%7414 = add i32 %7353, %7413
	%7415 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7414
	%7416 = load i32, i32 addrspace(3)* %7415
	%7417 = add i32 %7410, %7416
	%7418 = mul i32 %3, 8
	%7419 = add i32 %7418, 2
	%7420 = sub i32 255, %7419
	%7421 = add i32 %7353, %7420
	%7422 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7421
	%7423 = load i32, i32 addrspace(3)* %7422
	%7424 = add i32 %7417, %7423
	%7425 = mul i32 %3, 8
	%7426 = add i32 %7425, 3
	%7427 = sub i32 255, %7426
	%7428 = add i32 %7353, %7427
	%7429 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7428
	%7430 = load i32, i32 addrspace(3)* %7429
	%7431 = add i32 %7424, %7430
	%7432 = mul i32 %3, 8
	%7433 = add i32 %7432, 4
	%7434 = sub i32 255, %7433
	%7435 = add i32 %7353, %7434
	%7436 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7435
	%7437 = load i32, i32 addrspace(3)* %7436
	%7438 = add i32 %7431, %7437
	%7439 = mul i32 %3, 8
	%7440 = add i32 %7439, 5
	%7441 = sub i32 255, %7440
	%7442 = add i32 %7353, %7441
	%7443 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7442
	%7444 = load i32, i32 addrspace(3)* %7443
	%7445 = add i32 %7438, %7444
	%7446 = mul i32 %3, 8
	%7447 = add i32 %7446, 6
	%7448 = sub i32 255, %7447
	%7449 = add i32 %7353, %7448
	%7450 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7449
	%7451 = load i32, i32 addrspace(3)* %7450
	%7452 = add i32 %7445, %7451
	%7453 = mul i32 %3, 8
	%7454 = add i32 %7453, 7
	%7455 = sub i32 255, %7454
	%7456 = add i32 %7353, %7455
	%7457 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7456
	%7458 = load i32, i32 addrspace(3)* %7457
	%7459 = add i32 %7452, %7458
	%7460 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7459, i32 1, i32 0)
	%7461 = icmp uge i32 %3, 1
	%7462 = select i1 %7461, i32 %7460, i32 0
	%7463 = add i32 %7459, %7462
	%7464 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7463, i32 2, i32 0)
	%7465 = icmp uge i32 %3, 2
	%7466 = select i1 %7465, i32 %7464, i32 0
	%7467 = add i32 %7463, %7466
	%7468 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7467, i32 4, i32 0)
	%7469 = icmp uge i32 %3, 4
	%7470 = select i1 %7469, i32 %7468, i32 0
	%7471 = add i32 %7467, %7470
	%7472 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7471, i32 8, i32 0)
	%7473 = icmp uge i32 %3, 8
	%7474 = select i1 %7473, i32 %7472, i32 0
	%7475 = add i32 %7471, %7474
	%7476 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7475, i32 16, i32 0)
	%7477 = icmp uge i32 %3, 16
	%7478 = select i1 %7477, i32 %7476, i32 0
	%7479 = add i32 %7475, %7478
	%7480 = sub i32 %7479, %7459
	%7481 = icmp slt i32 %7480, %457
	%7482 = icmp sge i32 %7479, %457
	%7483 = and i1 %7481, %7482
	%7484 = add i32 %7480, %7409
	%7485 = xor i1 false, true
	%7486 = icmp sge i32 %7484, %457
	%7487 = and i1 %7485, %7486
	%7488 = mul i32 %3, 8
	%7489 = add i32 %7488, 0
	%7490 = sub i32 255, %7489
	%7491 = select i1 %7487, i32 %7490, i32 0
	%7492 = select i1 %7487, i32 %7480, i32 0
	%7493 = or i1 false, %7487
	%7494 = add i32 %7484, %7416
	%7495 = xor i1 %7493, true
	%7496 = icmp sge i32 %7494, %457
	%7497 = and i1 %7495, %7496
	%7498 = mul i32 %3, 8
	%7499 = add i32 %7498, 1
	%7500 = sub i32 255, %7499
	%7501 = select i1 %7497, i32 %7500, i32 %7491
	%7502 = select i1 %7497, i32 %7484, i32 %7492
	%7503 = or i1 %7493, %7497
	%7504 = add i32 %7494, %7423
	%7505 = xor i1 %7503, true
	%7506 = icmp sge i32 %7504, %457
	%7507 = and i1 %7505, %7506
	%7508 = mul i32 %3, 8
	%7509 = add i32 %7508, 2
	%7510 = sub i32 255, %7509
	%7511 = select i1 %7507, i32 %7510, i32 %7501
	%7512 = select i1 %7507, i32 %7494, i32 %7502
	%7513 = or i1 %7503, %7507
	%7514 = add i32 %7504, %7430
	%7515 = xor i1 %7513, true
	%7516 = icmp sge i32 %7514, %457
	%7517 = and i1 %7515, %7516
	%7518 = mul i32 %3, 8
	%7519 = add i32 %7518, 3
	%7520 = sub i32 255, %7519
	%7521 = select i1 %7517, i32 %7520, i32 %7511
	%7522 = select i1 %7517, i32 %7504, i32 %7512
	%7523 = or i1 %7513, %7517
	%7524 = add i32 %7514, %7437
	%7525 = xor i1 %7523, true
	%7526 = icmp sge i32 %7524, %457
	%7527 = and i1 %7525, %7526
	%7528 = mul i32 %3, 8
	%7529 = add i32 %7528, 4
	%7530 = sub i32 255, %7529
	%7531 = select i1 %7527, i32 %7530, i32 %7521
	%7532 = select i1 %7527, i32 %7514, i32 %7522
	%7533 = or i1 %7523, %7527
	%7534 = add i32 %7524, %7444
	%7535 = xor i1 %7533, true
	%7536 = icmp sge i32 %7534, %457
	%7537 = and i1 %7535, %7536
	%7538 = mul i32 %3, 8
	%7539 = add i32 %7538, 5
	%7540 = sub i32 255, %7539
	%7541 = select i1 %7537, i32 %7540, i32 %7531
	%7542 = select i1 %7537, i32 %7524, i32 %7532
	%7543 = or i1 %7533, %7537
	%7544 = add i32 %7534, %7451
	%7545 = xor i1 %7543, true
	%7546 = icmp sge i32 %7544, %457
	%7547 = and i1 %7545, %7546
	%7548 = mul i32 %3, 8
	%7549 = add i32 %7548, 6
	%7550 = sub i32 255, %7549
	%7551 = select i1 %7547, i32 %7550, i32 %7541
	%7552 = select i1 %7547, i32 %7534, i32 %7542
	%7553 = or i1 %7543, %7547
	%7554 = add i32 %7544, %7458
	%7555 = xor i1 %7553, true
	%7556 = icmp sge i32 %7554, %457
	%7557 = and i1 %7555, %7556
	%7558 = mul i32 %3, 8
	%7559 = add i32 %7558, 7
	%7560 = sub i32 255, %7559
	%7561 = select i1 %7557, i32 %7560, i32 %7551
	%7562 = select i1 %7557, i32 %7544, i32 %7552
	%7563 = or i1 %7553, %7557
	%7564 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %7483)
	%7565 = call i32 @llvm.cttz.i32(i32 %7564, i1 false)
	%7566 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %7561, i32 %7565, i32 31)
	%7567 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %7562, i32 %7565, i32 31)
	%7568 = shl i32 %7566, 24
	%7569 = or i32 0, %7568
	%7570 = shl i32 255, 24
	%7571 = or i32 0, %7570
	%7572 = sub i32 %457, %7567
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%7573 = mul i32 %3, 8
	%7574 = add i32 %7573, 0
	%7575 = add i32 %7353, %7574
	%7576 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7575
	store i32 0, i32 addrspace(3)* %7576
	%7577 = mul i32 %3, 8
	%7578 = add i32 %7577, 1
	%7579 = add i32 %7353, %7578
	%7580 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7579
	store i32 0, i32 addrspace(3)* %7580
	%7581 = mul i32 %3, 8
	%7582 = add i32 %7581, 2
	%7583 = add i32 %7353, %7582
	%7584 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7583
	store i32 0, i32 addrspace(3)* %7584
	%7585 = mul i32 %3, 8
	%7586 = add i32 %7585, 3
	%7587 = add i32 %7353, %7586
	%7588 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7587
	store i32 0, i32 addrspace(3)* %7588
	%7589 = mul i32 %3, 8
	%7590 = add i32 %7589, 4
	%7591 = add i32 %7353, %7590
	%7592 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7591
	store i32 0, i32 addrspace(3)* %7592
	%7593 = mul i32 %3, 8
	%7594 = add i32 %7593, 5
	%7595 = add i32 %7353, %7594
	%7596 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7595
	store i32 0, i32 addrspace(3)* %7596
	%7597 = mul i32 %3, 8
	%7598 = add i32 %7597, 6
	%7599 = add i32 %7353, %7598
	%7600 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7599
	store i32 0, i32 addrspace(3)* %7600
	%7601 = mul i32 %3, 8
	%7602 = add i32 %7601, 7
	%7603 = add i32 %7353, %7602
	%7604 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7603
	store i32 0, i32 addrspace(3)* %7604
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %7613

7605:
	%7606 = lshr i32 %7399, 24
	%7607 = and i32 %7606, 255
	%7608 = add i32 %7353, %7607
	%7609 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7608
	%7610 = atomicrmw add i32 addrspace(3)* %7609, i32 1 monotonic
	br label %7611

7611:
	%7612 = add i32 %7394, 32
	br label %7393

7613:
	%7614 = phi i32 [ %3, %7403 ], [ %7832, %7831 ]
	%7615 = icmp slt i32 %7614, %550
	br i1 %7615, label %7616, label %7623

7616:
	%7617 = add i32 %7352, %7614
	%7618 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %7617
	%7619 = load i32, i32 addrspace(3)* %7618
	%7620 = and i32 %7619, %7571
	%7621 = icmp eq i32 %7620, %7569
	%7622 = and i1 true, %7621
	br i1 %7622, label %7825, label %7831

7623:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%7624 = mul i32 %3, 8
	%7625 = add i32 %7624, 0
	%7626 = sub i32 255, %7625
	%7627 = add i32 %7353, %7626
	%7628 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7627
	%7629 = load i32, i32 addrspace(3)* %7628
	%7630 = add i32 0, %7629
	%7631 = mul i32 %3, 8
	%7632 = add i32 %7631, 1
	%7633 = sub i32 255, %7632
	%7634 = add i32 %7353, %7633
	%7635 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7634
	%7636 = load i32, i32 addrspace(3)* %7635
	%7637 = add i32 %7630, %7636
	%7638 = mul i32 %3, 8
	%7639 = add i32 %7638, 2
	%7640 = sub i32 255, %7639
	%7641 = add i32 %7353, %7640
	%7642 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7641
	%7643 = load i32, i32 addrspace(3)* %7642
	%7644 = add i32 %7637, %7643
	%7645 = mul i32 %3, 8
	%7646 = add i32 %7645, 3
	%7647 = sub i32 255, %7646
	%7648 = add i32 %7353, %7647
	%7649 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7648
	%7650 = load i32, i32 addrspace(3)* %7649
	%7651 = add i32 %7644, %7650
	%7652 = mul i32 %3, 8
	%7653 = add i32 %7652, 4
	%7654 = sub i32 255, %7653
	%7655 = add i32 %7353, %7654
	%7656 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7655
	%7657 = load i32, i32 addrspace(3)* %7656
	%7658 = add i32 %7651, %7657
	%7659 = mul i32 %3, 8
	%7660 = add i32 %7659, 5
	%7661 = sub i32 255, %7660
	%7662 = add i32 %7353, %7661
	%7663 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7662
	%7664 = load i32, i32 addrspace(3)* %7663
	%7665 = add i32 %7658, %7664
	%7666 = mul i32 %3, 8
	%7667 = add i32 %7666, 6
	%7668 = sub i32 255, %7667
	%7669 = add i32 %7353, %7668
	%7670 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7669
	%7671 = load i32, i32 addrspace(3)* %7670
	%7672 = add i32 %7665, %7671
	%7673 = mul i32 %3, 8
	%7674 = add i32 %7673, 7
	%7675 = sub i32 255, %7674
	%7676 = add i32 %7353, %7675
	%7677 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7676
	%7678 = load i32, i32 addrspace(3)* %7677
	%7679 = add i32 %7672, %7678
	%7680 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7679, i32 1, i32 0)
	%7681 = icmp uge i32 %3, 1
	%7682 = select i1 %7681, i32 %7680, i32 0
	%7683 = add i32 %7679, %7682
	%7684 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7683, i32 2, i32 0)
	%7685 = icmp uge i32 %3, 2
	%7686 = select i1 %7685, i32 %7684, i32 0
	%7687 = add i32 %7683, %7686
	%7688 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7687, i32 4, i32 0)
	%7689 = icmp uge i32 %3, 4
	%7690 = select i1 %7689, i32 %7688, i32 0
	%7691 = add i32 %7687, %7690
	%7692 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7691, i32 8, i32 0)
	%7693 = icmp uge i32 %3, 8
	%7694 = select i1 %7693, i32 %7692, i32 0
	%7695 = add i32 %7691, %7694
	%7696 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7695, i32 16, i32 0)
	%7697 = icmp uge i32 %3, 16
	%7698 = select i1 %7697, i32 %7696, i32 0
	%7699 = add i32 %7695, %7698
	%7700 = sub i32 %7699, %7679
	%7701 = icmp slt i32 %7700, %7572
	%7702 = icmp sge i32 %7699, %7572
	%7703 = and i1 %7701, %7702
	%7704 = add i32 %7700, %7629
	%7705 = xor i1 false, true
	%7706 = icmp sge i32 %7704, %7572
	%7707 = and i1 %7705, %7706
	%7708 = mul i32 %3, 8
	%7709 = add i32 %7708, 0
	%7710 = sub i32 255, %7709
	%7711 = select i1 %7707, i32 %7710, i32 0
	%7712 = select i1 %7707, i32 %7700, i32 0
	%7713 = or i1 false, %7707
	%7714 = add i32 %7704, %7636
	%7715 = xor i1 %7713, true
	%7716 = icmp sge i32 %7714, %7572
	%7717 = and i1 %7715, %7716
	%7718 = mul i32 %3, 8
	%7719 = add i32 %7718, 1
	%7720 = sub i32 255, %7719
	%7721 = select i1 %7717, i32 %7720, i32 %7711
	%7722 = select i1 %7717, i32 %7704, i32 %7712
	%7723 = or i1 %7713, %7717
	%7724 = add i32 %7714, %7643
	%7725 = xor i1 %7723, true
	%7726 = icmp sge i32 %7724, %7572
	%7727 = and i1 %7725, %7726
	%7728 = mul i32 %3, 8
	%7729 = add i32 %7728, 2
	%7730 = sub i32 255, %7729
	%7731 = select i1 %7727, i32 %7730, i32 %7721
	%7732 = select i1 %7727, i32 %7714, i32 %7722
	%7733 = or i1 %7723, %7727
	%7734 = add i32 %7724, %7650
	%7735 = xor i1 %7733, true
	%7736 = icmp sge i32 %7734, %7572
	%7737 = and i1 %7735, %7736
	%7738 = mul i32 %3, 8
	%7739 = add i32 %7738, 3
	%7740 = sub i32 255, %7739
	%7741 = select i1 %7737, i32 %7740, i32 %7731
	%7742 = select i1 %7737, i32 %7724, i32 %7732
	%7743 = or i1 %7733, %7737
	%7744 = add i32 %7734, %7657
	%7745 = xor i1 %7743, true
	%7746 = icmp sge i32 %7744, %7572
	%7747 = and i1 %7745, %7746
	%7748 = mul i32 %3, 8
	%7749 = add i32 %7748, 4
	%7750 = sub i32 255, %7749
	%7751 = select i1 %7747, i32 %7750, i32 %7741
	%7752 = select i1 %7747, i32 %7734, i32 %7742
	%7753 = or i1 %7743, %7747
	%7754 = add i32 %7744, %7664
	%7755 = xor i1 %7753, true
	%7756 = icmp sge i32 %7754, %7572
	%7757 = and i1 %7755, %7756
	%7758 = mul i32 %3, 8
	%7759 = add i32 %7758, 5
	%7760 = sub i32 255, %7759
	%7761 = select i1 %7757, i32 %7760, i32 %7751
	%7762 = select i1 %7757, i32 %7744, i32 %7752
	%7763 = or i1 %7753, %7757
	%7764 = add i32 %7754, %7671
	%7765 = xor i1 %7763, true
	%7766 = icmp sge i32 %7764, %7572
	%7767 = and i1 %7765, %7766
	%7768 = mul i32 %3, 8
	%7769 = add i32 %7768, 6
	%7770 = sub i32 255, %7769
	%7771 = select i1 %7767, i32 %7770, i32 %7761
	%7772 = select i1 %7767, i32 %7754, i32 %7762
	%7773 = or i1 %7763, %7767
	%7774 = add i32 %7764, %7678
	%7775 = xor i1 %7773, true
	%7776 = icmp sge i32 %7774, %7572
	%7777 = and i1 %7775, %7776
	%7778 = mul i32 %3, 8
	%7779 = add i32 %7778, 7
	%7780 = sub i32 255, %7779
	%7781 = select i1 %7777, i32 %7780, i32 %7771
	%7782 = select i1 %7777, i32 %7764, i32 %7772
	%7783 = or i1 %7773, %7777
	%7784 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %7703)
	%7785 = call i32 @llvm.cttz.i32(i32 %7784, i1 false)
	%7786 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %7781, i32 %7785, i32 31)
	%7787 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %7782, i32 %7785, i32 31)
	%7788 = shl i32 %7786, 16
	%7789 = or i32 %7569, %7788
	%7790 = shl i32 255, 16
	%7791 = or i32 %7571, %7790
	%7792 = sub i32 %7572, %7787
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%7793 = mul i32 %3, 8
	%7794 = add i32 %7793, 0
	%7795 = add i32 %7353, %7794
	%7796 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7795
	store i32 0, i32 addrspace(3)* %7796
	%7797 = mul i32 %3, 8
	%7798 = add i32 %7797, 1
	%7799 = add i32 %7353, %7798
	%7800 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7799
	store i32 0, i32 addrspace(3)* %7800
	%7801 = mul i32 %3, 8
	%7802 = add i32 %7801, 2
	%7803 = add i32 %7353, %7802
	%7804 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7803
	store i32 0, i32 addrspace(3)* %7804
	%7805 = mul i32 %3, 8
	%7806 = add i32 %7805, 3
	%7807 = add i32 %7353, %7806
	%7808 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7807
	store i32 0, i32 addrspace(3)* %7808
	%7809 = mul i32 %3, 8
	%7810 = add i32 %7809, 4
	%7811 = add i32 %7353, %7810
	%7812 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7811
	store i32 0, i32 addrspace(3)* %7812
	%7813 = mul i32 %3, 8
	%7814 = add i32 %7813, 5
	%7815 = add i32 %7353, %7814
	%7816 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7815
	store i32 0, i32 addrspace(3)* %7816
	%7817 = mul i32 %3, 8
	%7818 = add i32 %7817, 6
	%7819 = add i32 %7353, %7818
	%7820 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7819
	store i32 0, i32 addrspace(3)* %7820
	%7821 = mul i32 %3, 8
	%7822 = add i32 %7821, 7
	%7823 = add i32 %7353, %7822
	%7824 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7823
	store i32 0, i32 addrspace(3)* %7824
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %7833

7825:
	%7826 = lshr i32 %7619, 16
	%7827 = and i32 %7826, 255
	%7828 = add i32 %7353, %7827
	%7829 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7828
	%7830 = atomicrmw add i32 addrspace(3)* %7829, i32 1 monotonic
	br label %7831

7831:
	%7832 = add i32 %7614, 32
	br label %7613

7833:
	%7834 = phi i32 [ %3, %7623 ], [ %8052, %8051 ]
	%7835 = icmp slt i32 %7834, %550
	br i1 %7835, label %7836, label %7843

7836:
	%7837 = add i32 %7352, %7834
	%7838 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %7837
	%7839 = load i32, i32 addrspace(3)* %7838
	%7840 = and i32 %7839, %7791
	%7841 = icmp eq i32 %7840, %7789
	%7842 = and i1 true, %7841
	br i1 %7842, label %8045, label %8051

7843:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%7844 = mul i32 %3, 8
	%7845 = add i32 %7844, 0
	%7846 = sub i32 255, %7845
	%7847 = add i32 %7353, %7846
	%7848 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7847
	%7849 = load i32, i32 addrspace(3)* %7848
	%7850 = add i32 0, %7849
	%7851 = mul i32 %3, 8
	%7852 = add i32 %7851, 1
	%7853 = sub i32 255, %7852
	%7854 = add i32 %7353, %7853
	%7855 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7854
	%7856 = load i32, i32 addrspace(3)* %7855
	%7857 = add i32 %7850, %7856
	%7858 = mul i32 %3, 8
	%7859 = add i32 %7858, 2
	%7860 = sub i32 255, %7859
	%7861 = add i32 %7353, %7860
	%7862 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7861
	%7863 = load i32, i32 addrspace(3)* %7862
	%7864 = add i32 %7857, %7863
	%7865 = mul i32 %3, 8
	%7866 = add i32 %7865, 3
	%7867 = sub i32 255, %7866
	%7868 = add i32 %7353, %7867
	%7869 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7868
	%7870 = load i32, i32 addrspace(3)* %7869
	%7871 = add i32 %7864, %7870
	%7872 = mul i32 %3, 8
	%7873 = add i32 %7872, 4
	%7874 = sub i32 255, %7873
	%7875 = add i32 %7353, %7874
	%7876 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7875
	%7877 = load i32, i32 addrspace(3)* %7876
	%7878 = add i32 %7871, %7877
	%7879 = mul i32 %3, 8
	%7880 = add i32 %7879, 5
	%7881 = sub i32 255, %7880
	%7882 = add i32 %7353, %7881
	%7883 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7882
	%7884 = load i32, i32 addrspace(3)* %7883
	%7885 = add i32 %7878, %7884
	%7886 = mul i32 %3, 8
	%7887 = add i32 %7886, 6
	%7888 = sub i32 255, %7887
	%7889 = add i32 %7353, %7888
	%7890 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7889
	%7891 = load i32, i32 addrspace(3)* %7890
	%7892 = add i32 %7885, %7891
	%7893 = mul i32 %3, 8
	%7894 = add i32 %7893, 7
	%7895 = sub i32 255, %7894
	%7896 = add i32 %7353, %7895
	%7897 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %7896
	%7898 = load i32, i32 addrspace(3)* %7897
	%7899 = add i32 %7892, %7898
	%7900 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7899, i32 1, i32 0)
	%7901 = icmp uge i32 %3, 1
	%7902 = select i1 %7901, i32 %7900, i32 0
	%7903 = add i32 %7899, %7902
	%7904 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7903, i32 2, i32 0)
	%7905 = icmp uge i32 %3, 2
	%7906 = select i1 %7905, i32 %7904, i32 0
	%7907 = add i32 %7903, %7906
	%7908 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7907, i32 4, i32 0)
	%7909 = icmp uge i32 %3, 4
	%7910 = select i1 %7909, i32 %7908, i32 0
	%7911 = add i32 %7907, %7910
	%7912 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7911, i32 8, i32 0)
	%7913 = icmp uge i32 %3, 8
	%7914 = select i1 %7913, i32 %7912, i32 0
	%7915 = add i32 %7911, %7914
	%7916 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7915, i32 16, i32 0)
	%7917 = icmp uge i32 %3, 16
	%7918 = select i1 %7917, i32 %7916, i32 0
	%7919 = add i32 %7915, %7918
	%7920 = sub i32 %7919, %7899
	%7921 = icmp slt i32 %7920, %7792
	%7922 = icmp sge i32 %7919, %7792
	%7923 = and i1 %7921, %7922
	%7924 = add i32 %7920, %7849
	%7925 = xor i1 false, true
	%7926 = icmp sge i32 %7924, %7792
	%7927 = and i1 %7925, %7926
	%7928 = mul i32 %3, 8
	%7929 = add i32 %7928, 0
	%7930 = sub i32 255, %7929
	%7931 = select i1 %7927, i32 %7930, i32 0
	%7932 = select i1 %7927, i32 %7920, i32 0
	%7933 = or i1 false, %7927
	%7934 = add i32 %7924, %7856
	%7935 = xor i1 %7933, true
	%7936 = icmp sge i32 %7934, %7792
	%7937 = and i1 %7935, %7936
	%7938 = mul i32 %3, 8
	%7939 = add i32 %7938, 1
	%7940 = sub i32 255, %7939
	%7941 = select i1 %7937, i32 %7940, i32 %7931
	%7942 = select i1 %7937, i32 %7924, i32 %7932
	%7943 = or i1 %7933, %7937
	%7944 = add i32 %7934, %7863
	%7945 = xor i1 %7943, true
	%7946 = icmp sge i32 %7944, %7792
	%7947 = and i1 %7945, %7946
	%7948 = mul i32 %3, 8
	%7949 = add i32 %7948, 2
	%7950 = sub i32 255, %7949
	%7951 = select i1 %7947, i32 %7950, i32 %7941
	%7952 = select i1 %7947, i32 %7934, i32 %7942
	%7953 = or i1 %7943, %7947
	%7954 = add i32 %7944, %7870
	%7955 = xor i1 %7953, true
	%7956 = icmp sge i32 %7954, %7792
	%7957 = and i1 %7955, %7956
	%7958 = mul i32 %3, 8
	%7959 = add i32 %7958, 3
	%7960 = sub i32 255, %7959
	%7961 = select i1 %7957, i32 %7960, i32 %7951
	%7962 = select i1 %7957, i32 %7944, i32 %7952
	%7963 = or i1 %7953, %7957
	%7964 = add i32 %7954, %7877
	%7965 = xor i1 %7963, true
	%7966 = icmp sge i32 %7964, %7792
	%7967 = and i1 %7965, %7966
	%7968 = mul i32 %3, 8
	%7969 = add i32 %7968, 4
	%7970 = sub i32 255, %7969
	%7971 = select i1 %7967, i32 %7970, i32 %7961
	%7972 = select i1 %7967, i32 %7954, i32 %7962
	%7973 = or i1 %7963, %7967
	%7974 = add i32 %7964, %7884
	%7975 = xor i1 %7973, true
	%7976 = icmp sge i32 %7974, %7792
	%7977 = and i1 %7975, %7976
	%7978 = mul i32 %3, 8
	%7979 = add i32 %7978, 5
	%7980 = sub i32 255, %7979
	%7981 = select i1 %7977, i32 %7980, i32 %7971
	%7982 = select i1 %7977, i32 %7964, i32 %7972
	%7983 = or i1 %7973, %7977
	%7984 = add i32 %7974, %7891
	%7985 = xor i1 %7983, true
	%7986 = icmp sge i32 %7984, %7792
	%7987 = and i1 %7985, %7986
	%7988 = mul i32 %3, 8
	%7989 = add i32 %7988, 6
	%7990 = sub i32 255, %7989
	%7991 = select i1 %7987, i32 %7990, i32 %7981
	%7992 = select i1 %7987, i32 %7974, i32 %7982
	%7993 = or i1 %7983, %7987
	%7994 = add i32 %7984, %7898
	%7995 = xor i1 %7993, true
	%7996 = icmp sge i32 %7994, %7792
	%7997 = and i1 %7995, %7996
	%7998 = mul i32 %3, 8
	%7999 = add i32 %7998, 7
	%8000 = sub i32 255, %7999
	%8001 = select i1 %7997, i32 %8000, i32 %7991
	%8002 = select i1 %7997, i32 %7984, i32 %7992
	%8003 = or i1 %7993, %7997
	%8004 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %7923)
	%8005 = call i32 @llvm.cttz.i32(i32 %8004, i1 false)
	%8006 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %8001, i32 %8005, i32 31)
	%8007 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %8002, i32 %8005, i32 31)
	%8008 = shl i32 %8006, 8
	%8009 = or i32 %7789, %8008
	%8010 = shl i32 255, 8
	%8011 = or i32 %7791, %8010
	%8012 = sub i32 %7792, %8007
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%8013 = mul i32 %3, 8
	%8014 = add i32 %8013, 0
	%8015 = add i32 %7353, %8014
	%8016 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8015
	store i32 0, i32 addrspace(3)* %8016
	%8017 = mul i32 %3, 8
	%8018 = add i32 %8017, 1
	%8019 = add i32 %7353, %8018
	%8020 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8019
	store i32 0, i32 addrspace(3)* %8020
	%8021 = mul i32 %3, 8
	%8022 = add i32 %8021, 2
	%8023 = add i32 %7353, %8022
	%8024 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8023
	store i32 0, i32 addrspace(3)* %8024
	%8025 = mul i32 %3, 8
	%8026 = add i32 %8025, 3
	%8027 = add i32 %7353, %8026
	%8028 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8027
	store i32 0, i32 addrspace(3)* %8028
	%8029 = mul i32 %3, 8
	%8030 = add i32 %8029, 4
	%8031 = add i32 %7353, %8030
	%8032 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8031
	store i32 0, i32 addrspace(3)* %8032
	%8033 = mul i32 %3, 8
	%8034 = add i32 %8033, 5
	%8035 = add i32 %7353, %8034
	%8036 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8035
	store i32 0, i32 addrspace(3)* %8036
	%8037 = mul i32 %3, 8
	%8038 = add i32 %8037, 6
	%8039 = add i32 %7353, %8038
	%8040 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8039
	store i32 0, i32 addrspace(3)* %8040
	%8041 = mul i32 %3, 8
	%8042 = add i32 %8041, 7
	%8043 = add i32 %7353, %8042
	%8044 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8043
	store i32 0, i32 addrspace(3)* %8044
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %8053

8045:
	%8046 = lshr i32 %7839, 8
	%8047 = and i32 %8046, 255
	%8048 = add i32 %7353, %8047
	%8049 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8048
	%8050 = atomicrmw add i32 addrspace(3)* %8049, i32 1 monotonic
	br label %8051

8051:
	%8052 = add i32 %7834, 32
	br label %7833

8053:
	%8054 = phi i32 [ %3, %7843 ], [ %8242, %8241 ]
	%8055 = icmp slt i32 %8054, %550
	br i1 %8055, label %8056, label %8063

8056:
	%8057 = add i32 %7352, %8054
	%8058 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %8057
	%8059 = load i32, i32 addrspace(3)* %8058
	%8060 = and i32 %8059, %8011
	%8061 = icmp eq i32 %8060, %8009
	%8062 = and i1 true, %8061
	br i1 %8062, label %8235, label %8241

8063:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%8064 = mul i32 %3, 8
	%8065 = add i32 %8064, 0
	%8066 = sub i32 255, %8065
	%8067 = add i32 %7353, %8066
	%8068 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8067
	%8069 = load i32, i32 addrspace(3)* %8068
	%8070 = add i32 0, %8069
	%8071 = mul i32 %3, 8
	%8072 = add i32 %8071, 1
	%8073 = sub i32 255, %8072
	%8074 = add i32 %7353, %8073
	%8075 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8074
	%8076 = load i32, i32 addrspace(3)* %8075
	%8077 = add i32 %8070, %8076
	%8078 = mul i32 %3, 8
	%8079 = add i32 %8078, 2
	%8080 = sub i32 255, %8079
	%8081 = add i32 %7353, %8080
	%8082 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8081
	%8083 = load i32, i32 addrspace(3)* %8082
	%8084 = add i32 %8077, %8083
	%8085 = mul i32 %3, 8
	%8086 = add i32 %8085, 3
	%8087 = sub i32 255, %8086
	%8088 = add i32 %7353, %8087
	%8089 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8088
	%8090 = load i32, i32 addrspace(3)* %8089
	%8091 = add i32 %8084, %8090
	%8092 = mul i32 %3, 8
	%8093 = add i32 %8092, 4
	%8094 = sub i32 255, %8093
	%8095 = add i32 %7353, %8094
	%8096 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8095
	%8097 = load i32, i32 addrspace(3)* %8096
	%8098 = add i32 %8091, %8097
	%8099 = mul i32 %3, 8
	%8100 = add i32 %8099, 5
	%8101 = sub i32 255, %8100
	%8102 = add i32 %7353, %8101
	%8103 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8102
	%8104 = load i32, i32 addrspace(3)* %8103
	%8105 = add i32 %8098, %8104
	%8106 = mul i32 %3, 8
	%8107 = add i32 %8106, 6
	%8108 = sub i32 255, %8107
	%8109 = add i32 %7353, %8108
	%8110 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8109
	%8111 = load i32, i32 addrspace(3)* %8110
	%8112 = add i32 %8105, %8111
	%8113 = mul i32 %3, 8
	%8114 = add i32 %8113, 7
	%8115 = sub i32 255, %8114
	%8116 = add i32 %7353, %8115
	%8117 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8116
	%8118 = load i32, i32 addrspace(3)* %8117
	%8119 = add i32 %8112, %8118
	%8120 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8119, i32 1, i32 0)
	%8121 = icmp uge i32 %3, 1
	%8122 = select i1 %8121, i32 %8120, i32 0
	%8123 = add i32 %8119, %8122
	%8124 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8123, i32 2, i32 0)
	%8125 = icmp uge i32 %3, 2
	%8126 = select i1 %8125, i32 %8124, i32 0
	%8127 = add i32 %8123, %8126
	%8128 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8127, i32 4, i32 0)
	%8129 = icmp uge i32 %3, 4
	%8130 = select i1 %8129, i32 %8128, i32 0
	%8131 = add i32 %8127, %8130
	%8132 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8131, i32 8, i32 0)
	%8133 = icmp uge i32 %3, 8
	%8134 = select i1 %8133, i32 %8132, i32 0
	%8135 = add i32 %8131, %8134
	%8136 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8135, i32 16, i32 0)
	%8137 = icmp uge i32 %3, 16
	%8138 = select i1 %8137, i32 %8136, i32 0
	%8139 = add i32 %8135, %8138
	%8140 = sub i32 %8139, %8119
	%8141 = icmp slt i32 %8140, %8012
	%8142 = icmp sge i32 %8139, %8012
	%8143 = and i1 %8141, %8142
	%8144 = add i32 %8140, %8069
	%8145 = xor i1 false, true
	%8146 = icmp sge i32 %8144, %8012
	%8147 = and i1 %8145, %8146
	%8148 = mul i32 %3, 8
	%8149 = add i32 %8148, 0
	%8150 = sub i32 255, %8149
	%8151 = select i1 %8147, i32 %8150, i32 0
	%8152 = select i1 %8147, i32 %8140, i32 0
	%8153 = or i1 false, %8147
	%8154 = add i32 %8144, %8076
	%8155 = xor i1 %8153, true
	%8156 = icmp sge i32 %8154, %8012
	%8157 = and i1 %8155, %8156
	%8158 = mul i32 %3, 8
	%8159 = add i32 %8158, 1
	%8160 = sub i32 255, %8159
	%8161 = select i1 %8157, i32 %8160, i32 %8151
	%8162 = select i1 %8157, i32 %8144, i32 %8152
	%8163 = or i1 %8153, %8157
	%8164 = add i32 %8154, %8083
	%8165 = xor i1 %8163, true
	%8166 = icmp sge i32 %8164, %8012
	%8167 = and i1 %8165, %8166
	%8168 = mul i32 %3, 8
	%8169 = add i32 %8168, 2
	%8170 = sub i32 255, %8169
	%8171 = select i1 %8167, i32 %8170, i32 %8161
	%8172 = select i1 %8167, i32 %8154, i32 %8162
	%8173 = or i1 %8163, %8167
	%8174 = add i32 %8164, %8090
	%8175 = xor i1 %8173, true
	%8176 = icmp sge i32 %8174, %8012
	%8177 = and i1 %8175, %8176
	%8178 = mul i32 %3, 8
	%8179 = add i32 %8178, 3
	%8180 = sub i32 255, %8179
	%8181 = select i1 %8177, i32 %8180, i32 %8171
	%8182 = select i1 %8177, i32 %8164, i32 %8172
	%8183 = or i1 %8173, %8177
	%8184 = add i32 %8174, %8097
	%8185 = xor i1 %8183, true
	%8186 = icmp sge i32 %8184, %8012
	%8187 = and i1 %8185, %8186
	%8188 = mul i32 %3, 8
	%8189 = add i32 %8188, 4
	%8190 = sub i32 255, %8189
	%8191 = select i1 %8187, i32 %8190, i32 %8181
	%8192 = select i1 %8187, i32 %8174, i32 %8182
	%8193 = or i1 %8183, %8187
	%8194 = add i32 %8184, %8104
	%8195 = xor i1 %8193, true
	%8196 = icmp sge i32 %8194, %8012
	%8197 = and i1 %8195, %8196
	%8198 = mul i32 %3, 8
	%8199 = add i32 %8198, 5
	%8200 = sub i32 255, %8199
	%8201 = select i1 %8197, i32 %8200, i32 %8191
	%8202 = select i1 %8197, i32 %8184, i32 %8192
	%8203 = or i1 %8193, %8197
	%8204 = add i32 %8194, %8111
	%8205 = xor i1 %8203, true
	%8206 = icmp sge i32 %8204, %8012
	%8207 = and i1 %8205, %8206
	%8208 = mul i32 %3, 8
	%8209 = add i32 %8208, 6
	%8210 = sub i32 255, %8209
	%8211 = select i1 %8207, i32 %8210, i32 %8201
	%8212 = select i1 %8207, i32 %8194, i32 %8202
	%8213 = or i1 %8203, %8207
	%8214 = add i32 %8204, %8118
	%8215 = xor i1 %8213, true
	%8216 = icmp sge i32 %8214, %8012
	%8217 = and i1 %8215, %8216
	%8218 = mul i32 %3, 8
	%8219 = add i32 %8218, 7
	%8220 = sub i32 255, %8219
	%8221 = select i1 %8217, i32 %8220, i32 %8211
	%8222 = select i1 %8217, i32 %8204, i32 %8212
	%8223 = or i1 %8213, %8217
	%8224 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %8143)
	%8225 = call i32 @llvm.cttz.i32(i32 %8224, i1 false)
	%8226 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %8221, i32 %8225, i32 31)
	%8227 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %8222, i32 %8225, i32 31)
	%8228 = shl i32 %8226, 0
	%8229 = or i32 %8009, %8228
	%8230 = shl i32 255, 0
	%8231 = or i32 %8011, %8230
	%8232 = sub i32 %8012, %8227
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%8233 = shl i32 1, %3
	%8234 = sub i32 %8233, 1
	br label %8243

8235:
	%8236 = lshr i32 %8059, 0
	%8237 = and i32 %8236, 255
	%8238 = add i32 %7353, %8237
	%8239 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8238
	%8240 = atomicrmw add i32 addrspace(3)* %8239, i32 1 monotonic
	br label %8241

8241:
	%8242 = add i32 %8054, 32
	br label %8053

8243:
	%8244 = phi i32 [ 0, %8063 ], [ %8285, %8280 ]
	%8245 = phi i32 [ 0, %8063 ], [ %8282, %8280 ]
	%8246 = phi i32 [ 0, %8063 ], [ %8284, %8280 ]
	%8247 = icmp slt i32 %8244, %550
	br i1 %8247, label %8248, label %8251

8248:
	%8249 = add i32 %8244, %3
	%8250 = icmp slt i32 %8249, %550
	br i1 %8250, label %8252, label %8258

8251:
	br label %7386

8252:
	%8253 = add i32 %7352, %8249
	%8254 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %8253
	%8255 = load i32, i32 addrspace(3)* %8254
	%8256 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bb, i32 0, i32 %8253
	%8257 = load i32, i32 addrspace(3)* %8256
	br label %8258

8258:
	%8259 = phi i32 [ 0, %8248 ], [ %8255, %8252 ]
	%8260 = phi i32 [ 0, %8248 ], [ %8257, %8252 ]
	%8261 = icmp eq i32 %8259, %8229
	%8262 = and i1 %8250, %8261
	%8263 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %8262)
	%8264 = and i32 %8263, %8234
	%8265 = call i32 @llvm.ctpop.i32(i32 %8264)
	%8266 = add i32 %8246, %8265
	%8267 = icmp ugt i32 %8259, %8229
	%8268 = icmp slt i32 %8266, %8232
	%8269 = and i1 %8262, %8268
	%8270 = or i1 %8267, %8269
	%8271 = and i1 %8250, %8270
	%8272 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %8271)
	%8273 = and i32 %8272, %8234
	%8274 = call i32 @llvm.ctpop.i32(i32 %8273)
	%8275 = add i32 %8245, %8274
	%8276 = add i32 %7352, %8275
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %8271, label %8277, label %8280

8277:
	%8278 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %8276
	store i32 %8259, i32 addrspace(3)* %8278
	%8279 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bb, i32 0, i32 %8276
	store i32 %8260, i32 addrspace(3)* %8279
	br label %8280

8280:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%8281 = call i32 @llvm.ctpop.i32(i32 %8272)
	%8282 = add i32 %8245, %8281
	%8283 = call i32 @llvm.ctpop.i32(i32 %8263)
	%8284 = add i32 %8246, %8283
	%8285 = add i32 %8244, 32
	br label %8243

8286:
	%8287 = phi i32 [ 0, %7386 ], [ %8315, %8309 ]
	%8288 = phi i32 [ 0, %7386 ], [ %8314, %8309 ]
	%8289 = icmp slt i32 %8287, %7387
	br i1 %8289, label %8290, label %8293

8290:
	%8291 = add i32 %8287, %3
	%8292 = icmp slt i32 %8291, %7387
	br i1 %8292, label %8294, label %8299

8293:
	br label %8316

8294:
	%8295 = mul i32 %420, 160
	%8296 = add i32 %8295, %8291
	%8297 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bb, i32 0, i32 %8296
	%8298 = load i32, i32 addrspace(3)* %8297
	br label %8299

8299:
	%8300 = phi i32 [ 0, %8290 ], [ %8298, %8294 ]
	br i1 %8292, label %8301, label %8309

8301:
	%8302 = add i32 0, %8291
	%8303 = icmp sgt i32 %8300, %447
	%8304 = select i1 %8303, i32 %7388, i32 0
	%8305 = add i32 %8302, %8304
	%8306 = add i32 %7392, %8305
	%8307 = sext i32 %8306 to i64
	%8308 = getelementptr i32, i32* %out, i64 %8307
	store i32 %8300, i32* %8308
	br label %8309

8309:
	%8310 = icmp slt i32 %8300, %444
	%8311 = and i1 %8292, %8310
	%8312 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %8311)
	%8313 = call i32 @llvm.ctpop.i32(i32 %8312)
	%8314 = add i32 %8288, %8313
	%8315 = add i32 %8287, 32
	br label %8286

8316:
	%8317 = phi i32 [ %3, %8293 ], [ %8326, %8319 ]
	%8318 = icmp slt i32 %8317, %7388
	br i1 %8318, label %8319, label %8327

8319:
	%8320 = add i32 0, %8288
	%8321 = add i32 %8320, %8317
	%8322 = add i32 %444, %8317
	%8323 = add i32 %7392, %8321
	%8324 = sext i32 %8323 to i64
	%8325 = getelementptr i32, i32* %out, i64 %8324
	store i32 %8322, i32* %8325
	%8326 = add i32 %8317, 32
	br label %8316

8327:
	%8328 = icmp eq i32 %3, 0
	%8329 = icmp eq i32 0, 1
	%8330 = and i1 %8328, %8329
	br i1 %8330, label %8331, label %8335

8331:
	%8332 = add i32 %7392, 0
	%8333 = sext i32 %8332 to i64
	%8334 = getelementptr i32, i32* %out, i64 %8333
	store i32 0, i32* %8334
	br label %8335

8335:
	%8336 = add i32 %452, %7387
	%8337 = add i32 %8336, %3
	br label %8338

8338:
	%8339 = phi i32 [ %8337, %8335 ], [ %8345, %8341 ]
	%8340 = icmp slt i32 %8339, 8
	br i1 %8340, label %8341, label %8346

8341:
	%8342 = add i32 %7392, %8339
	%8343 = sext i32 %8342 to i64
	%8344 = getelementptr i32, i32* %out, i64 %8343
	store i32 -1, i32* %8344
	%8345 = add i32 %8339, 32
	br label %8338

8346:
	br label %7348

8347:
	%8348 = icmp sgt i32 %552, %499
	br i1 %8348, label %8352, label %8387

8349:
	%8350 = add i32 %5, %504
	%8351 = icmp slt i32 %8350, %M
	br i1 %8351, label %9348, label %9350

8352:
	%8353 = mul i32 %462, 160
	%8354 = mul i32 %4, 256
	%8355 = mul i32 %3, 8
	%8356 = add i32 %8355, 0
	%8357 = add i32 %8354, %8356
	%8358 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8357
	store i32 0, i32 addrspace(3)* %8358
	%8359 = mul i32 %3, 8
	%8360 = add i32 %8359, 1
	%8361 = add i32 %8354, %8360
	%8362 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8361
	store i32 0, i32 addrspace(3)* %8362
	%8363 = mul i32 %3, 8
	%8364 = add i32 %8363, 2
	%8365 = add i32 %8354, %8364
	%8366 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8365
	store i32 0, i32 addrspace(3)* %8366
	%8367 = mul i32 %3, 8
	%8368 = add i32 %8367, 3
	%8369 = add i32 %8354, %8368
	%8370 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8369
	store i32 0, i32 addrspace(3)* %8370
	%8371 = mul i32 %3, 8
	%8372 = add i32 %8371, 4
	%8373 = add i32 %8354, %8372
	%8374 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8373
	store i32 0, i32 addrspace(3)* %8374
	%8375 = mul i32 %3, 8
	%8376 = add i32 %8375, 5
	%8377 = add i32 %8354, %8376
	%8378 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8377
	store i32 0, i32 addrspace(3)* %8378
	%8379 = mul i32 %3, 8
	%8380 = add i32 %8379, 6
	%8381 = add i32 %8354, %8380
	%8382 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8381
	store i32 0, i32 addrspace(3)* %8382
	%8383 = mul i32 %3, 8
	%8384 = add i32 %8383, 7
	%8385 = add i32 %8354, %8384
	%8386 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8385
	store i32 0, i32 addrspace(3)* %8386
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %8394

8387:
	%8388 = phi i32 [ %552, %8347 ], [ %499, %9252 ]
	%8389 = sub i32 %494, 0
	%8390 = mul i32 %2, %M
	%8391 = add i32 %5, %462
	%8392 = add i32 %8390, %8391
	%8393 = mul i32 %8392, 8
	br label %9287

8394:
	%8395 = phi i32 [ %3, %8352 ], [ %8613, %8612 ]
	%8396 = icmp slt i32 %8395, %552
	br i1 %8396, label %8397, label %8404

8397:
	%8398 = add i32 %8353, %8395
	%8399 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %8398
	%8400 = load i32, i32 addrspace(3)* %8399
	%8401 = and i32 %8400, 0
	%8402 = icmp eq i32 %8401, 0
	%8403 = and i1 true, %8402
	br i1 %8403, label %8606, label %8612

8404:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%8405 = mul i32 %3, 8
	%8406 = add i32 %8405, 0
	%8407 = sub i32 255, %8406
	%8408 = add i32 %8354, %8407
	%8409 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8408
	%8410 = load i32, i32 addrspace(3)* %8409
	%8411 = add i32 0, %8410
	%8412 = mul i32 %3, 8
	%8413 = add i32 %8412, 1
	%8414 = sub i32 255, %8413
	%8415 = add i32 %8354, %8414
	%8416 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8415
	%8417 = load i32, i32 addrspace(3)* %8416
	%8418 = add i32 %8411, %8417
	%8419 = mul i32 %3, 8
	%8420 = add i32 %8419, 2
	%8421 = sub i32 255, %8420
	%8422 = add i32 %8354, %8421
	%8423 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8422
	%8424 = load i32, i32 addrspace(3)* %8423
	%8425 = add i32 %8418, %8424
	%8426 = mul i32 %3, 8
	%8427 = add i32 %8426, 3
	%8428 = sub i32 255, %8427
	%8429 = add i32 %8354, %8428
	%8430 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8429
	%8431 = load i32, i32 addrspace(3)* %8430
	%8432 = add i32 %8425, %8431
	%8433 = mul i32 %3, 8
	%8434 = add i32 %8433, 4
	%8435 = sub i32 255, %8434
	%8436 = add i32 %8354, %8435
	%8437 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8436
	%8438 = load i32, i32 addrspace(3)* %8437
	%8439 = add i32 %8432, %8438
	%8440 = mul i32 %3, 8
	%8441 = add i32 %8440, 5
	%8442 = sub i32 255, %8441
	%8443 = add i32 %8354, %8442
	%8444 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8443
	%8445 = load i32, i32 addrspace(3)* %8444
	%8446 = add i32 %8439, %8445
	%8447 = mul i32 %3, 8
	%8448 = add i32 %8447, 6
	%8449 = sub i32 255, %8448
	%8450 = add i32 %8354, %8449
	%8451 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8450
	%8452 = load i32, i32 addrspace(3)* %8451
	%8453 = add i32 %8446, %8452
	%8454 = mul i32 %3, 8
	%8455 = add i32 %8454, 7
	%8456 = sub i32 255, %8455
	%8457 = add i32 %8354, %8456
	%8458 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8457
	%8459 = load i32, i32 addrspace(3)* %8458
	%8460 = add i32 %8453, %8459
	%8461 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8460, i32 1, i32 0)
	%8462 = icmp uge i32 %3, 1
	%8463 = select i1 %8462, i32 %8461, i32 0
	%8464 = add i32 %8460, %8463
	%8465 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8464, i32 2, i32 0)
	%8466 = icmp uge i32 %3, 2
	%8467 = select i1 %8466, i32 %8465, i32 0
	%8468 = add i32 %8464, %8467
	%8469 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8468, i32 4, i32 0)
	%8470 = icmp uge i32 %3, 4
	%8471 = select i1 %8470, i32 %8469, i32 0
	%8472 = add i32 %8468, %8471
	%8473 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8472, i32 8, i32 0)
	%8474 = icmp uge i32 %3, 8
	%8475 = select i1 %8474, i32 %8473, i32 0
	%8476 = add i32 %8472, %8475
	%8477 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8476, i32 16, i32 0)
	%8478 = icmp uge i32 %3, 16
	%8479 = select i1 %8478, i32 %8477, i32 0
	%8480 = add i32 %8476, %8479
	%8481 = sub i32 %8480, %8460
	%8482 = icmp slt i32 %8481, %499
	%8483 = icmp sge i32 %8480, %499
	%8484 = and i1 %8482, %8483
	%8485 = add i32 %8481, %8410
	%8486 = xor i1 false, true
	%8487 = icmp sge i32 %8485, %499
	%8488 = and i1 %8486, %8487
	%8489 = mul i32 %3, 8
	%8490 = add i32 %8489, 0
	%8491 = sub i32 255, %8490
	%8492 = select i1 %8488, i32 %8491, i32 0
	%8493 = select i1 %8488, i32 %8481, i32 0
	%8494 = or i1 false, %8488
	%8495 = add i32 %8485, %8417
	%8496 = xor i1 %8494, true
	%8497 = icmp sge i32 %8495, %499
	%8498 = and i1 %8496, %8497
	%8499 = mul i32 %3, 8
	%8500 = add i32 %8499, 1
	%8501 = sub i32 255, %8500
	%8502 = select i1 %8498, i32 %8501, i32 %8492
	%8503 = select i1 %8498, i32 %8485, i32 %8493
	%8504 = or i1 %8494, %8498
	%8505 = add i32 %8495, %8424
	%8506 = xor i1 %8504, true
	%8507 = icmp sge i32 %8505, %499
	%8508 = and i1 %8506, %8507
	%8509 = mul i32 %3, 8
	%8510 = add i32 %8509, 2
	%8511 = sub i32 255, %8510
	%8512 = select i1 %8508, i32 %8511, i32 %8502
	%8513 = select i1 %8508, i32 %8495, i32 %8503
	%8514 = or i1 %8504, %8508
	%8515 = add i32 %8505, %8431
	%8516 = xor i1 %8514, true
	%8517 = icmp sge i32 %8515, %499
	%8518 = and i1 %8516, %8517
	%8519 = mul i32 %3, 8
	%8520 = add i32 %8519, 3
	%8521 = sub i32 255, %8520
	%8522 = select i1 %8518, i32 %8521, i32 %8512
	%8523 = select i1 %8518, i32 %8505, i32 %8513
	%8524 = or i1 %8514, %8518
	%8525 = add i32 %8515, %8438
	%8526 = xor i1 %8524, true
	%8527 = icmp sge i32 %8525, %499
	%8528 = and i1 %8526, %8527
	%8529 = mul i32 %3, 8
	%8530 = add i32 %8529, 4
	%8531 = sub i32 255, %8530
	%8532 = select i1 %8528, i32 %8531, i32 %8522
	%8533 = select i1 %8528, i32 %8515, i32 %8523
	%8534 = or i1 %8524, %8528
	%8535 = add i32 %8525, %8445
	%8536 = xor i1 %8534, true
	%8537 = icmp sge i32 %8535, %499
	%8538 = and i1 %8536, %8537
	%8539 = mul i32 %3, 8
	%8540 = add i32 %8539, 5
	%8541 = sub i32 255, %8540
	%8542 = select i1 %8538, i32 %8541, i32 %8532
	%8543 = select i1 %8538, i32 %8525, i32 %8533
	%8544 = or i1 %8534, %8538
	%8545 = add i32 %8535, %8452
	%8546 = xor i1 %8544, true
	%8547 = icmp sge i32 %8545, %499
	%8548 = and i1 %8546, %8547
	%8549 = mul i32 %3, 8
	%8550 = add i32 %8549, 6
	%8551 = sub i32 255, %8550
	%8552 = select i1 %8548, i32 %8551, i32 %8542
	%8553 = select i1 %8548, i32 %8535, i32 %8543
	%8554 = or i1 %8544, %8548
	%8555 = add i32 %8545, %8459
	%8556 = xor i1 %8554, true
	%8557 = icmp sge i32 %8555, %499
	%8558 = and i1 %8556, %8557
	%8559 = mul i32 %3, 8
	%8560 = add i32 %8559, 7
	%8561 = sub i32 255, %8560
	%8562 = select i1 %8558, i32 %8561, i32 %8552
	%8563 = select i1 %8558, i32 %8545, i32 %8553
	%8564 = or i1 %8554, %8558
	%8565 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %8484)
	%8566 = call i32 @llvm.cttz.i32(i32 %8565, i1 false)
	%8567 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %8562, i32 %8566, i32 31)
	%8568 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %8563, i32 %8566, i32 31)
	%8569 = shl i32 %8567, 24
	%8570 = or i32 0, %8569
	%8571 = shl i32 255, 24
	%8572 = or i32 0, %8571
	%8573 = sub i32 %499, %8568
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%8574 = mul i32 %3, 8
	%8575 = add i32 %8574, 0
	%8576 = add i32 %8354, %8575
	%8577 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8576
	store i32 0, i32 addrspace(3)* %8577
	%8578 = mul i32 %3, 8
	%8579 = add i32 %8578, 1
	%8580 = add i32 %8354, %8579
	%8581 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8580
	store i32 0, i32 addrspace(3)* %8581
	%8582 = mul i32 %3, 8
	%8583 = add i32 %8582, 2
	%8584 = add i32 %8354, %8583
	%8585 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8584
	store i32 0, i32 addrspace(3)* %8585
	%8586 = mul i32 %3, 8
	%8587 = add i32 %8586, 3
	%8588 = add i32 %8354, %8587
	%8589 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8588
	store i32 0, i32 addrspace(3)* %8589
	%8590 = mul i32 %3, 8
	%8591 = add i32 %8590, 4
	%8592 = add i32 %8354, %8591
	%8593 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8592
	store i32 0, i32 addrspace(3)* %8593
	%8594 = mul i32 %3, 8
	%8595 = add i32 %8594, 5
	%8596 = add i32 %8354, %8595
	%8597 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8596
	store i32 0, i32 addrspace(3)* %8597
	%8598 = mul i32 %3, 8
	%8599 = add i32 %8598, 6
	%8600 = add i32 %8354, %8599
	%8601 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8600
	store i32 0, i32 addrspace(3)* %8601
	%8602 = mul i32 %3, 8
	%8603 = add i32 %8602, 7
	%8604 = add i32 %8354, %8603
	%8605 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8604
	store i32 0, i32 addrspace(3)* %8605
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %8614

8606:
	%8607 = lshr i32 %8400, 24
	%8608 = and i32 %8607, 255
	%8609 = add i32 %8354, %8608
	%8610 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8609
	%8611 = atomicrmw add i32 addrspace(3)* %8610, i32 1 monotonic
	br label %8612

8612:
	%8613 = add i32 %8395, 32
	br label %8394

8614:
	%8615 = phi i32 [ %3, %8404 ], [ %8833, %8832 ]
	%8616 = icmp slt i32 %8615, %552
	br i1 %8616, label %8617, label %8624

8617:
	%8618 = add i32 %8353, %8615
	%8619 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %8618
	%8620 = load i32, i32 addrspace(3)* %8619
	%8621 = and i32 %8620, %8572
	%8622 = icmp eq i32 %8621, %8570
	%8623 = and i1 true, %8622
	br i1 %8623, label %8826, label %8832

8624:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%8625 = mul i32 %3, 8
	%8626 = add i32 %8625, 0
	%8627 = sub i32 255, %8626
	%8628 = add i32 %8354, %8627
	%8629 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8628
	%8630 = load i32, i32 addrspace(3)* %8629
	%8631 = add i32 0, %8630
	%8632 = mul i32 %3, 8
	%8633 = add i32 %8632, 1
	%8634 = sub i32 255, %8633
	%8635 = add i32 %8354, %8634
	%8636 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8635
	%8637 = load i32, i32 addrspace(3)* %8636
	%8638 = add i32 %8631, %8637
	%8639 = mul i32 %3, 8
	%8640 = add i32 %8639, 2
	%8641 = sub i32 255, %8640
	%8642 = add i32 %8354, %8641
	%8643 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8642
	%8644 = load i32, i32 addrspace(3)* %8643
	%8645 = add i32 %8638, %8644
	%8646 = mul i32 %3, 8
	%8647 = add i32 %8646, 3
	%8648 = sub i32 255, %8647
	%8649 = add i32 %8354, %8648
	%8650 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8649
	%8651 = load i32, i32 addrspace(3)* %8650
	%8652 = add i32 %8645, %8651
	%8653 = mul i32 %3, 8
	%8654 = add i32 %8653, 4
	%8655 = sub i32 255, %8654
	%8656 = add i32 %8354, %8655
	%8657 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8656
	%8658 = load i32, i32 addrspace(3)* %8657
	%8659 = add i32 %8652, %8658
	%8660 = mul i32 %3, 8
	%8661 = add i32 %8660, 5
	%8662 = sub i32 255, %8661
	%8663 = add i32 %8354, %8662
	%8664 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8663
	%8665 = load i32, i32 addrspace(3)* %8664
	%8666 = add i32 %8659, %8665
	%8667 = mul i32 %3, 8
	%8668 = add i32 %8667, 6
	%8669 = sub i32 255, %8668
	%8670 = add i32 %8354, %8669
	%8671 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8670
	%8672 = load i32, i32 addrspace(3)* %8671
	%8673 = add i32 %8666, %8672
	%8674 = mul i32 %3, 8
	%8675 = add i32 %8674, 7
	%8676 = sub i32 255, %8675
	%8677 = add i32 %8354, %8676
	%8678 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8677
	%8679 = load i32, i32 addrspace(3)* %8678
	%8680 = add i32 %8673, %8679
	%8681 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8680, i32 1, i32 0)
	%8682 = icmp uge i32 %3, 1
	%8683 = select i1 %8682, i32 %8681, i32 0
	%8684 = add i32 %8680, %8683
	%8685 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8684, i32 2, i32 0)
	%8686 = icmp uge i32 %3, 2
	%8687 = select i1 %8686, i32 %8685, i32 0
	%8688 = add i32 %8684, %8687
	%8689 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8688, i32 4, i32 0)
	%8690 = icmp uge i32 %3, 4
	%8691 = select i1 %8690, i32 %8689, i32 0
	%8692 = add i32 %8688, %8691
	%8693 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8692, i32 8, i32 0)
	%8694 = icmp uge i32 %3, 8
	%8695 = select i1 %8694, i32 %8693, i32 0
	%8696 = add i32 %8692, %8695
	%8697 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8696, i32 16, i32 0)
	%8698 = icmp uge i32 %3, 16
	%8699 = select i1 %8698, i32 %8697, i32 0
	%8700 = add i32 %8696, %8699
	%8701 = sub i32 %8700, %8680
	%8702 = icmp slt i32 %8701, %8573
	%8703 = icmp sge i32 %8700, %8573
	%8704 = and i1 %8702, %8703
	%8705 = add i32 %8701, %8630
	%8706 = xor i1 false, true
	%8707 = icmp sge i32 %8705, %8573
	%8708 = and i1 %8706, %8707
	%8709 = mul i32 %3, 8
	%8710 = add i32 %8709, 0
	%8711 = sub i32 255, %8710
	%8712 = select i1 %8708, i32 %8711, i32 0
	%8713 = select i1 %8708, i32 %8701, i32 0
	%8714 = or i1 false, %8708
	%8715 = add i32 %8705, %8637
	%8716 = xor i1 %8714, true
	%8717 = icmp sge i32 %8715, %8573
	%8718 = and i1 %8716, %8717
	%8719 = mul i32 %3, 8
	%8720 = add i32 %8719, 1
	%8721 = sub i32 255, %8720
	%8722 = select i1 %8718, i32 %8721, i32 %8712
	%8723 = select i1 %8718, i32 %8705, i32 %8713
	%8724 = or i1 %8714, %8718
	%8725 = add i32 %8715, %8644
	%8726 = xor i1 %8724, true
	%8727 = icmp sge i32 %8725, %8573
	%8728 = and i1 %8726, %8727
	%8729 = mul i32 %3, 8
	%8730 = add i32 %8729, 2
	%8731 = sub i32 255, %8730
	%8732 = select i1 %8728, i32 %8731, i32 %8722
	%8733 = select i1 %8728, i32 %8715, i32 %8723
	%8734 = or i1 %8724, %8728
	%8735 = add i32 %8725, %8651
	%8736 = xor i1 %8734, true
	%8737 = icmp sge i32 %8735, %8573
	%8738 = and i1 %8736, %8737
	%8739 = mul i32 %3, 8
	%8740 = add i32 %8739, 3
	%8741 = sub i32 255, %8740
	%8742 = select i1 %8738, i32 %8741, i32 %8732
	%8743 = select i1 %8738, i32 %8725, i32 %8733
	%8744 = or i1 %8734, %8738
	%8745 = add i32 %8735, %8658
	%8746 = xor i1 %8744, true
	%8747 = icmp sge i32 %8745, %8573
	%8748 = and i1 %8746, %8747
	%8749 = mul i32 %3, 8
	%8750 = add i32 %8749, 4
	%8751 = sub i32 255, %8750
	%8752 = select i1 %8748, i32 %8751, i32 %8742
	%8753 = select i1 %8748, i32 %8735, i32 %8743
	%8754 = or i1 %8744, %8748
	%8755 = add i32 %8745, %8665
	%8756 = xor i1 %8754, true
	%8757 = icmp sge i32 %8755, %8573
	%8758 = and i1 %8756, %8757
	%8759 = mul i32 %3, 8
	%8760 = add i32 %8759, 5
	%8761 = sub i32 255, %8760
	%8762 = select i1 %8758, i32 %8761, i32 %8752
	%8763 = select i1 %8758, i32 %8745, i32 %8753
	%8764 = or i1 %8754, %8758
	%8765 = add i32 %8755, %8672
	%8766 = xor i1 %8764, true
	%8767 = icmp sge i32 %8765, %8573
	%8768 = and i1 %8766, %8767
	%8769 = mul i32 %3, 8
	%8770 = add i32 %8769, 6
	%8771 = sub i32 255, %8770
	%8772 = select i1 %8768, i32 %8771, i32 %8762
	%8773 = select i1 %8768, i32 %8755, i32 %8763
	%8774 = or i1 %8764, %8768
	%8775 = add i32 %8765, %8679
	%8776 = xor i1 %8774, true
	%8777 = icmp sge i32 %8775, %8573
	%8778 = and i1 %8776, %8777
	%8779 = mul i32 %3, 8
	%8780 = add i32 %8779, 7
	%8781 = sub i32 255, %8780
	%8782 = select i1 %8778, i32 %8781, i32 %8772
	%8783 = select i1 %8778, i32 %8765, i32 %8773
	%8784 = or i1 %8774, %8778
	%8785 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %8704)
	%8786 = call i32 @llvm.cttz.i32(i32 %8785, i1 false)
	%8787 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %8782, i32 %8786, i32 31)
	%8788 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %8783, i32 %8786, i32 31)
	%8789 = shl i32 %8787, 16
	%8790 = or i32 %8570, %8789
	%8791 = shl i32 255, 16
	%8792 = or i32 %8572, %8791
	%8793 = sub i32 %8573, %8788
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%8794 = mul i32 %3, 8
	%8795 = add i32 %8794, 0
	%8796 = add i32 %8354, %8795
	%8797 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8796
	store i32 0, i32 addrspace(3)* %8797
	%8798 = mul i32 %3, 8
	%8799 = add i32 %8798, 1
	%8800 = add i32 %8354, %8799
	%8801 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8800
	store i32 0, i32 addrspace(3)* %8801
	%8802 = mul i32 %3, 8
	%8803 = add i32 %8802, 2
	%8804 = add i32 %8354, %8803
	%8805 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8804
	store i32 0, i32 addrspace(3)* %8805
	%8806 = mul i32 %3, 8
	%8807 = add i32 %8806, 3
	%8808 = add i32 %8354, %8807
	%8809 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8808
	store i32 0, i32 addrspace(3)* %8809
	%8810 = mul i32 %3, 8
	%8811 = add i32 %8810, 4
	%8812 = add i32 %8354, %8811
	%8813 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8812
	store i32 0, i32 addrspace(3)* %8813
	%8814 = mul i32 %3, 8
	%8815 = add i32 %8814, 5
	%8816 = add i32 %8354, %8815
	%8817 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8816
	store i32 0, i32 addrspace(3)* %8817
	%8818 = mul i32 %3, 8
	%8819 = add i32 %8818, 6
	%8820 = add i32 %8354, %8819
	%8821 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8820
	store i32 0, i32 addrspace(3)* %8821
	%8822 = mul i32 %3, 8
	%8823 = add i32 %8822, 7
	%8824 = add i32 %8354, %8823
	%8825 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8824
	store i32 0, i32 addrspace(3)* %8825
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %8834

8826:
	%8827 = lshr i32 %8620, 16
	%8828 = and i32 %8827, 255
	%8829 = add i32 %8354, %8828
	%8830 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8829
	%8831 = atomicrmw add i32 addrspace(3)* %8830, i32 1 monotonic
	br label %8832

8832:
	%8833 = add i32 %8615, 32
	br label %8614

8834:
	%8835 = phi i32 [ %3, %8624 ], [ %9053, %9052 ]
	%8836 = icmp slt i32 %8835, %552
	br i1 %8836, label %8837, label %8844

8837:
	%8838 = add i32 %8353, %8835
	%8839 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %8838
	%8840 = load i32, i32 addrspace(3)* %8839
	%8841 = and i32 %8840, %8792
	%8842 = icmp eq i32 %8841, %8790
	%8843 = and i1 true, %8842
	br i1 %8843, label %9046, label %9052

8844:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%8845 = mul i32 %3, 8
	%8846 = add i32 %8845, 0
	%8847 = sub i32 255, %8846
	%8848 = add i32 %8354, %8847
	%8849 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8848
	%8850 = load i32, i32 addrspace(3)* %8849
	%8851 = add i32 0, %8850
	%8852 = mul i32 %3, 8
	%8853 = add i32 %8852, 1
	%8854 = sub i32 255, %8853
	%8855 = add i32 %8354, %8854
	%8856 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8855
	%8857 = load i32, i32 addrspace(3)* %8856
	%8858 = add i32 %8851, %8857
	%8859 = mul i32 %3, 8
	%8860 = add i32 %8859, 2
	%8861 = sub i32 255, %8860
	%8862 = add i32 %8354, %8861
	%8863 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8862
	%8864 = load i32, i32 addrspace(3)* %8863
	%8865 = add i32 %8858, %8864
	%8866 = mul i32 %3, 8
	%8867 = add i32 %8866, 3
	%8868 = sub i32 255, %8867
	%8869 = add i32 %8354, %8868
	%8870 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8869
	%8871 = load i32, i32 addrspace(3)* %8870
	%8872 = add i32 %8865, %8871
	%8873 = mul i32 %3, 8
	%8874 = add i32 %8873, 4
	%8875 = sub i32 255, %8874
	%8876 = add i32 %8354, %8875
	%8877 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8876
	%8878 = load i32, i32 addrspace(3)* %8877
	%8879 = add i32 %8872, %8878
	%8880 = mul i32 %3, 8
	%8881 = add i32 %8880, 5
	%8882 = sub i32 255, %8881
	%8883 = add i32 %8354, %8882
	%8884 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8883
	%8885 = load i32, i32 addrspace(3)* %8884
	%8886 = add i32 %8879, %8885
	%8887 = mul i32 %3, 8
	%8888 = add i32 %8887, 6
	%8889 = sub i32 255, %8888
	%8890 = add i32 %8354, %8889
	%8891 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8890
	%8892 = load i32, i32 addrspace(3)* %8891
	%8893 = add i32 %8886, %8892
	%8894 = mul i32 %3, 8
	%8895 = add i32 %8894, 7
	%8896 = sub i32 255, %8895
	%8897 = add i32 %8354, %8896
	%8898 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %8897
	%8899 = load i32, i32 addrspace(3)* %8898
	%8900 = add i32 %8893, %8899
	%8901 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8900, i32 1, i32 0)
	%8902 = icmp uge i32 %3, 1
	%8903 = select i1 %8902, i32 %8901, i32 0
	%8904 = add i32 %8900, %8903
	%8905 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8904, i32 2, i32 0)
	%8906 = icmp uge i32 %3, 2
	%8907 = select i1 %8906, i32 %8905, i32 0
	%8908 = add i32 %8904, %8907
	%8909 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8908, i32 4, i32 0)
	%8910 = icmp uge i32 %3, 4
	%8911 = select i1 %8910, i32 %8909, i32 0
	%8912 = add i32 %8908, %8911
	%8913 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8912, i32 8, i32 0)
	%8914 = icmp uge i32 %3, 8
	%8915 = select i1 %8914, i32 %8913, i32 0
	%8916 = add i32 %8912, %8915
	%8917 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8916, i32 16, i32 0)
	%8918 = icmp uge i32 %3, 16
	%8919 = select i1 %8918, i32 %8917, i32 0
	%8920 = add i32 %8916, %8919
	%8921 = sub i32 %8920, %8900
	%8922 = icmp slt i32 %8921, %8793
	%8923 = icmp sge i32 %8920, %8793
	%8924 = and i1 %8922, %8923
	%8925 = add i32 %8921, %8850
	%8926 = xor i1 false, true
	%8927 = icmp sge i32 %8925, %8793
	%8928 = and i1 %8926, %8927
	%8929 = mul i32 %3, 8
	%8930 = add i32 %8929, 0
	%8931 = sub i32 255, %8930
	%8932 = select i1 %8928, i32 %8931, i32 0
	%8933 = select i1 %8928, i32 %8921, i32 0
	%8934 = or i1 false, %8928
	%8935 = add i32 %8925, %8857
	%8936 = xor i1 %8934, true
	%8937 = icmp sge i32 %8935, %8793
	%8938 = and i1 %8936, %8937
	%8939 = mul i32 %3, 8
	%8940 = add i32 %8939, 1
	%8941 = sub i32 255, %8940
	%8942 = select i1 %8938, i32 %8941, i32 %8932
	%8943 = select i1 %8938, i32 %8925, i32 %8933
	%8944 = or i1 %8934, %8938
	%8945 = add i32 %8935, %8864
	%8946 = xor i1 %8944, true
	%8947 = icmp sge i32 %8945, %8793
	%8948 = and i1 %8946, %8947
	%8949 = mul i32 %3, 8
	%8950 = add i32 %8949, 2
	%8951 = sub i32 255, %8950
	%8952 = select i1 %8948, i32 %8951, i32 %8942
	%8953 = select i1 %8948, i32 %8935, i32 %8943
	%8954 = or i1 %8944, %8948
	%8955 = add i32 %8945, %8871
	%8956 = xor i1 %8954, true
	%8957 = icmp sge i32 %8955, %8793
	%8958 = and i1 %8956, %8957
	%8959 = mul i32 %3, 8
	%8960 = add i32 %8959, 3
	%8961 = sub i32 255, %8960
	%8962 = select i1 %8958, i32 %8961, i32 %8952
	%8963 = select i1 %8958, i32 %8945, i32 %8953
	%8964 = or i1 %8954, %8958
	%8965 = add i32 %8955, %8878
	%8966 = xor i1 %8964, true
	%8967 = icmp sge i32 %8965, %8793
	%8968 = and i1 %8966, %8967
	%8969 = mul i32 %3, 8
	%8970 = add i32 %8969, 4
	%8971 = sub i32 255, %8970
	%8972 = select i1 %8968, i32 %8971, i32 %8962
	%8973 = select i1 %8968, i32 %8955, i32 %8963
	%8974 = or i1 %8964, %8968
	%8975 = add i32 %8965, %8885
	%8976 = xor i1 %8974, true
	%8977 = icmp sge i32 %8975, %8793
	%8978 = and i1 %8976, %8977
	%8979 = mul i32 %3, 8
	%8980 = add i32 %8979, 5
	%8981 = sub i32 255, %8980
	%8982 = select i1 %8978, i32 %8981, i32 %8972
	%8983 = select i1 %8978, i32 %8965, i32 %8973
	%8984 = or i1 %8974, %8978
	%8985 = add i32 %8975, %8892
	%8986 = xor i1 %8984, true
	%8987 = icmp sge i32 %8985, %8793
	%8988 = and i1 %8986, %8987
	%8989 = mul i32 %3, 8
	%8990 = add i32 %8989, 6
	%8991 = sub i32 255, %8990
	%8992 = select i1 %8988, i32 %8991, i32 %8982
	%8993 = select i1 %8988, i32 %8975, i32 %8983
	%8994 = or i1 %8984, %8988
	%8995 = add i32 %8985, %8899
	%8996 = xor i1 %8994, true
	%8997 = icmp sge i32 %8995, %8793
	%8998 = and i1 %8996, %8997
	%8999 = mul i32 %3, 8
	%9000 = add i32 %8999, 7
	%9001 = sub i32 255, %9000
	%9002 = select i1 %8998, i32 %9001, i32 %8992
	%9003 = select i1 %8998, i32 %8985, i32 %8993
	%9004 = or i1 %8994, %8998
	%9005 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %8924)
	%9006 = call i32 @llvm.cttz.i32(i32 %9005, i1 false)
	%9007 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %9002, i32 %9006, i32 31)
	%9008 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %9003, i32 %9006, i32 31)
	%9009 = shl i32 %9007, 8
	%9010 = or i32 %8790, %9009
	%9011 = shl i32 255, 8
	%9012 = or i32 %8792, %9011
	%9013 = sub i32 %8793, %9008
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%9014 = mul i32 %3, 8
	%9015 = add i32 %9014, 0
	%9016 = add i32 %8354, %9015
	%9017 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9016
	store i32 0, i32 addrspace(3)* %9017
	%9018 = mul i32 %3, 8
	%9019 = add i32 %9018, 1
	%9020 = add i32 %8354, %9019
	%9021 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9020
	store i32 0, i32 addrspace(3)* %9021
	%9022 = mul i32 %3, 8
	%9023 = add i32 %9022, 2
	%9024 = add i32 %8354, %9023
	%9025 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9024
	store i32 0, i32 addrspace(3)* %9025
	%9026 = mul i32 %3, 8
	%9027 = add i32 %9026, 3
	%9028 = add i32 %8354, %9027
	%9029 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9028
	store i32 0, i32 addrspace(3)* %9029
	%9030 = mul i32 %3, 8
	%9031 = add i32 %9030, 4
	%9032 = add i32 %8354, %9031
	%9033 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9032
	store i32 0, i32 addrspace(3)* %9033
	%9034 = mul i32 %3, 8
	%9035 = add i32 %9034, 5
	%9036 = add i32 %8354, %9035
	%9037 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9036
	store i32 0, i32 addrspace(3)* %9037
	%9038 = mul i32 %3, 8
	%9039 = add i32 %9038, 6
	%9040 = add i32 %8354, %9039
	%9041 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9040
	store i32 0, i32 addrspace(3)* %9041
	%9042 = mul i32 %3, 8
	%9043 = add i32 %9042, 7
	%9044 = add i32 %8354, %9043
	%9045 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9044
	store i32 0, i32 addrspace(3)* %9045
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %9054

9046:
	%9047 = lshr i32 %8840, 8
	%9048 = and i32 %9047, 255
	%9049 = add i32 %8354, %9048
	%9050 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9049
	%9051 = atomicrmw add i32 addrspace(3)* %9050, i32 1 monotonic
	br label %9052

9052:
	%9053 = add i32 %8835, 32
	br label %8834

9054:
	%9055 = phi i32 [ %3, %8844 ], [ %9243, %9242 ]
	%9056 = icmp slt i32 %9055, %552
	br i1 %9056, label %9057, label %9064

9057:
	%9058 = add i32 %8353, %9055
	%9059 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %9058
	%9060 = load i32, i32 addrspace(3)* %9059
	%9061 = and i32 %9060, %9012
	%9062 = icmp eq i32 %9061, %9010
	%9063 = and i1 true, %9062
	br i1 %9063, label %9236, label %9242

9064:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%9065 = mul i32 %3, 8
	%9066 = add i32 %9065, 0
	%9067 = sub i32 255, %9066
	%9068 = add i32 %8354, %9067
	%9069 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9068
	%9070 = load i32, i32 addrspace(3)* %9069
	%9071 = add i32 0, %9070
	%9072 = mul i32 %3, 8
	%9073 = add i32 %9072, 1
	%9074 = sub i32 255, %9073
	%9075 = add i32 %8354, %9074
	%9076 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9075
	%9077 = load i32, i32 addrspace(3)* %9076
	%9078 = add i32 %9071, %9077
	%9079 = mul i32 %3, 8
	%9080 = add i32 %9079, 2
	%9081 = sub i32 255, %9080
	%9082 = add i32 %8354, %9081
	%9083 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9082
	%9084 = load i32, i32 addrspace(3)* %9083
	%9085 = add i32 %9078, %9084
	%9086 = mul i32 %3, 8
	%9087 = add i32 %9086, 3
	%9088 = sub i32 255, %9087
	%9089 = add i32 %8354, %9088
	%9090 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9089
	%9091 = load i32, i32 addrspace(3)* %9090
	%9092 = add i32 %9085, %9091
	%9093 = mul i32 %3, 8
	%9094 = add i32 %9093, 4
	%9095 = sub i32 255, %9094
	%9096 = add i32 %8354, %9095
	%9097 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9096
	%9098 = load i32, i32 addrspace(3)* %9097
	%9099 = add i32 %9092, %9098
	%9100 = mul i32 %3, 8
	%9101 = add i32 %9100, 5
	%9102 = sub i32 255, %9101
	%9103 = add i32 %8354, %9102
	%9104 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9103
	%9105 = load i32, i32 addrspace(3)* %9104
	%9106 = add i32 %9099, %9105
	%9107 = mul i32 %3, 8
	%9108 = add i32 %9107, 6
	%9109 = sub i32 255, %9108
	%9110 = add i32 %8354, %9109
	%9111 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9110
	%9112 = load i32, i32 addrspace(3)* %9111
	%9113 = add i32 %9106, %9112
	%9114 = mul i32 %3, 8
	%9115 = add i32 %9114, 7
	%9116 = sub i32 255, %9115
	%9117 = add i32 %8354, %9116
	%9118 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9117
	%9119 = load i32, i32 addrspace(3)* %9118
	%9120 = add i32 %9113, %9119
	%9121 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9120, i32 1, i32 0)
	%9122 = icmp uge i32 %3, 1
	%9123 = select i1 %9122, i32 %9121, i32 0
	%9124 = add i32 %9120, %9123
	%9125 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9124, i32 2, i32 0)
	%9126 = icmp uge i32 %3, 2
	%9127 = select i1 %9126, i32 %9125, i32 0
	%9128 = add i32 %9124, %9127
	%9129 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9128, i32 4, i32 0)
	%9130 = icmp uge i32 %3, 4
	%9131 = select i1 %9130, i32 %9129, i32 0
	%9132 = add i32 %9128, %9131
	%9133 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9132, i32 8, i32 0)
	%9134 = icmp uge i32 %3, 8
	%9135 = select i1 %9134, i32 %9133, i32 0
	%9136 = add i32 %9132, %9135
	%9137 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9136, i32 16, i32 0)
	%9138 = icmp uge i32 %3, 16
	%9139 = select i1 %9138, i32 %9137, i32 0
	%9140 = add i32 %9136, %9139
	%9141 = sub i32 %9140, %9120
	%9142 = icmp slt i32 %9141, %9013
	%9143 = icmp sge i32 %9140, %9013
	%9144 = and i1 %9142, %9143
	%9145 = add i32 %9141, %9070
	%9146 = xor i1 false, true
	%9147 = icmp sge i32 %9145, %9013
	%9148 = and i1 %9146, %9147
	%9149 = mul i32 %3, 8
	%9150 = add i32 %9149, 0
	%9151 = sub i32 255, %9150
	%9152 = select i1 %9148, i32 %9151, i32 0
	%9153 = select i1 %9148, i32 %9141, i32 0
	%9154 = or i1 false, %9148
	%9155 = add i32 %9145, %9077
	%9156 = xor i1 %9154, true
	%9157 = icmp sge i32 %9155, %9013
	%9158 = and i1 %9156, %9157
	%9159 = mul i32 %3, 8
	%9160 = add i32 %9159, 1
	%9161 = sub i32 255, %9160
	%9162 = select i1 %9158, i32 %9161, i32 %9152
	%9163 = select i1 %9158, i32 %9145, i32 %9153
	%9164 = or i1 %9154, %9158
	%9165 = add i32 %9155, %9084
	%9166 = xor i1 %9164, true
	%9167 = icmp sge i32 %9165, %9013
	%9168 = and i1 %9166, %9167
	%9169 = mul i32 %3, 8
	%9170 = add i32 %9169, 2
	%9171 = sub i32 255, %9170
	%9172 = select i1 %9168, i32 %9171, i32 %9162
	%9173 = select i1 %9168, i32 %9155, i32 %9163
	%9174 = or i1 %9164, %9168
	%9175 = add i32 %9165, %9091
	%9176 = xor i1 %9174, true
	%9177 = icmp sge i32 %9175, %9013
	%9178 = and i1 %9176, %9177
	%9179 = mul i32 %3, 8
	%9180 = add i32 %9179, 3
	%9181 = sub i32 255, %9180
	%9182 = select i1 %9178, i32 %9181, i32 %9172
	%9183 = select i1 %9178, i32 %9165, i32 %9173
	%9184 = or i1 %9174, %9178
	%9185 = add i32 %9175, %9098
	%9186 = xor i1 %9184, true
	%9187 = icmp sge i32 %9185, %9013
	%9188 = and i1 %9186, %9187
	%9189 = mul i32 %3, 8
	%9190 = add i32 %9189, 4
	%9191 = sub i32 255, %9190
	%9192 = select i1 %9188, i32 %9191, i32 %9182
	%9193 = select i1 %9188, i32 %9175, i32 %9183
	%9194 = or i1 %9184, %9188
	%9195 = add i32 %9185, %9105
	%9196 = xor i1 %9194, true
	%9197 = icmp sge i32 %9195, %9013
	%9198 = and i1 %9196, %9197
	%9199 = mul i32 %3, 8
	%9200 = add i32 %9199, 5
	%9201 = sub i32 255, %9200
	%9202 = select i1 %9198, i32 %9201, i32 %9192
	%9203 = select i1 %9198, i32 %9185, i32 %9193
	%9204 = or i1 %9194, %9198
	%9205 = add i32 %9195, %9112
	%9206 = xor i1 %9204, true
	%9207 = icmp sge i32 %9205, %9013
	%9208 = and i1 %9206, %9207
	%9209 = mul i32 %3, 8
	%9210 = add i32 %9209, 6
	%9211 = sub i32 255, %9210
	%9212 = select i1 %9208, i32 %9211, i32 %9202
	%9213 = select i1 %9208, i32 %9195, i32 %9203
	%9214 = or i1 %9204, %9208
	%9215 = add i32 %9205, %9119
	%9216 = xor i1 %9214, true
	%9217 = icmp sge i32 %9215, %9013
	%9218 = and i1 %9216, %9217
	%9219 = mul i32 %3, 8
	%9220 = add i32 %9219, 7
	%9221 = sub i32 255, %9220
	%9222 = select i1 %9218, i32 %9221, i32 %9212
	%9223 = select i1 %9218, i32 %9205, i32 %9213
	%9224 = or i1 %9214, %9218
	%9225 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %9144)
	%9226 = call i32 @llvm.cttz.i32(i32 %9225, i1 false)
	%9227 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %9222, i32 %9226, i32 31)
	%9228 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %9223, i32 %9226, i32 31)
	%9229 = shl i32 %9227, 0
	%9230 = or i32 %9010, %9229
	%9231 = shl i32 255, 0
	%9232 = or i32 %9012, %9231
	%9233 = sub i32 %9013, %9228
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%9234 = shl i32 1, %3
	%9235 = sub i32 %9234, 1
	br label %9244

9236:
	%9237 = lshr i32 %9060, 0
	%9238 = and i32 %9237, 255
	%9239 = add i32 %8354, %9238
	%9240 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9239
	%9241 = atomicrmw add i32 addrspace(3)* %9240, i32 1 monotonic
	br label %9242

9242:
	%9243 = add i32 %9055, 32
	br label %9054

9244:
	%9245 = phi i32 [ 0, %9064 ], [ %9286, %9281 ]
	%9246 = phi i32 [ 0, %9064 ], [ %9283, %9281 ]
	%9247 = phi i32 [ 0, %9064 ], [ %9285, %9281 ]
	%9248 = icmp slt i32 %9245, %552
	br i1 %9248, label %9249, label %9252

9249:
	%9250 = add i32 %9245, %3
	%9251 = icmp slt i32 %9250, %552
	br i1 %9251, label %9253, label %9259

9252:
	br label %8387

9253:
	%9254 = add i32 %8353, %9250
	%9255 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %9254
	%9256 = load i32, i32 addrspace(3)* %9255
	%9257 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bb, i32 0, i32 %9254
	%9258 = load i32, i32 addrspace(3)* %9257
	br label %9259

9259:
	%9260 = phi i32 [ 0, %9249 ], [ %9256, %9253 ]
	%9261 = phi i32 [ 0, %9249 ], [ %9258, %9253 ]
	%9262 = icmp eq i32 %9260, %9230
	%9263 = and i1 %9251, %9262
	%9264 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %9263)
	%9265 = and i32 %9264, %9235
	%9266 = call i32 @llvm.ctpop.i32(i32 %9265)
	%9267 = add i32 %9247, %9266
	%9268 = icmp ugt i32 %9260, %9230
	%9269 = icmp slt i32 %9267, %9233
	%9270 = and i1 %9263, %9269
	%9271 = or i1 %9268, %9270
	%9272 = and i1 %9251, %9271
	%9273 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %9272)
	%9274 = and i32 %9273, %9235
	%9275 = call i32 @llvm.ctpop.i32(i32 %9274)
	%9276 = add i32 %9246, %9275
	%9277 = add i32 %8353, %9276
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %9272, label %9278, label %9281

9278:
	%9279 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %9277
	store i32 %9260, i32 addrspace(3)* %9279
	%9280 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bb, i32 0, i32 %9277
	store i32 %9261, i32 addrspace(3)* %9280
	br label %9281

9281:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%9282 = call i32 @llvm.ctpop.i32(i32 %9273)
	%9283 = add i32 %9246, %9282
	%9284 = call i32 @llvm.ctpop.i32(i32 %9264)
	%9285 = add i32 %9247, %9284
	%9286 = add i32 %9245, 32
	br label %9244

9287:
	%9288 = phi i32 [ 0, %8387 ], [ %9316, %9310 ]
	%9289 = phi i32 [ 0, %8387 ], [ %9315, %9310 ]
	%9290 = icmp slt i32 %9288, %8388
	br i1 %9290, label %9291, label %9294

9291:
	%9292 = add i32 %9288, %3
	%9293 = icmp slt i32 %9292, %8388
	br i1 %9293, label %9295, label %9300

9294:
	br label %9317

9295:
	%9296 = mul i32 %462, 160
	%9297 = add i32 %9296, %9292
	%9298 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bb, i32 0, i32 %9297
	%9299 = load i32, i32 addrspace(3)* %9298
	br label %9300

9300:
	%9301 = phi i32 [ 0, %9291 ], [ %9299, %9295 ]
	br i1 %9293, label %9302, label %9310

9302:
	%9303 = add i32 0, %9292
	%9304 = icmp sgt i32 %9301, %489
	%9305 = select i1 %9304, i32 %8389, i32 0
	%9306 = add i32 %9303, %9305
	%9307 = add i32 %8393, %9306
	%9308 = sext i32 %9307 to i64
	%9309 = getelementptr i32, i32* %out, i64 %9308
	store i32 %9301, i32* %9309
	br label %9310

9310:
	%9311 = icmp slt i32 %9301, %486
	%9312 = and i1 %9293, %9311
	%9313 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %9312)
	%9314 = call i32 @llvm.ctpop.i32(i32 %9313)
	%9315 = add i32 %9289, %9314
	%9316 = add i32 %9288, 32
	br label %9287

9317:
	%9318 = phi i32 [ %3, %9294 ], [ %9327, %9320 ]
	%9319 = icmp slt i32 %9318, %8389
	br i1 %9319, label %9320, label %9328

9320:
	%9321 = add i32 0, %9289
	%9322 = add i32 %9321, %9318
	%9323 = add i32 %486, %9318
	%9324 = add i32 %8393, %9322
	%9325 = sext i32 %9324 to i64
	%9326 = getelementptr i32, i32* %out, i64 %9325
	store i32 %9323, i32* %9326
	%9327 = add i32 %9318, 32
	br label %9317

9328:
	%9329 = icmp eq i32 %3, 0
	%9330 = icmp eq i32 0, 1
	%9331 = and i1 %9329, %9330
	br i1 %9331, label %9332, label %9336

9332:
	%9333 = add i32 %8393, 0
	%9334 = sext i32 %9333 to i64
	%9335 = getelementptr i32, i32* %out, i64 %9334
	store i32 0, i32* %9335
	br label %9336

9336:
	%9337 = add i32 %494, %8388
	%9338 = add i32 %9337, %3
	br label %9339

9339:
	%9340 = phi i32 [ %9338, %9336 ], [ %9346, %9342 ]
	%9341 = icmp slt i32 %9340, 8
	br i1 %9341, label %9342, label %9347

9342:
	%9343 = add i32 %8393, %9340
	%9344 = sext i32 %9343 to i64
	%9345 = getelementptr i32, i32* %out, i64 %9344
	store i32 -1, i32* %9345
	%9346 = add i32 %9340, 32
	br label %9339

9347:
	br label %8349

9348:
	%9349 = icmp sgt i32 %554, %541
	br i1 %9349, label %9351, label %9386

9350:
	ret void

9351:
	%9352 = mul i32 %504, 160
	%9353 = mul i32 %4, 256
	%9354 = mul i32 %3, 8
	%9355 = add i32 %9354, 0
	%9356 = add i32 %9353, %9355
	%9357 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9356
	store i32 0, i32 addrspace(3)* %9357
	%9358 = mul i32 %3, 8
	%9359 = add i32 %9358, 1
	%9360 = add i32 %9353, %9359
	%9361 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9360
	store i32 0, i32 addrspace(3)* %9361
	%9362 = mul i32 %3, 8
	%9363 = add i32 %9362, 2
	%9364 = add i32 %9353, %9363
	%9365 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9364
	store i32 0, i32 addrspace(3)* %9365
	%9366 = mul i32 %3, 8
	%9367 = add i32 %9366, 3
	%9368 = add i32 %9353, %9367
	%9369 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9368
	store i32 0, i32 addrspace(3)* %9369
	%9370 = mul i32 %3, 8
	%9371 = add i32 %9370, 4
	%9372 = add i32 %9353, %9371
	%9373 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9372
	store i32 0, i32 addrspace(3)* %9373
	%9374 = mul i32 %3, 8
	%9375 = add i32 %9374, 5
	%9376 = add i32 %9353, %9375
	%9377 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9376
	store i32 0, i32 addrspace(3)* %9377
	%9378 = mul i32 %3, 8
	%9379 = add i32 %9378, 6
	%9380 = add i32 %9353, %9379
	%9381 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9380
	store i32 0, i32 addrspace(3)* %9381
	%9382 = mul i32 %3, 8
	%9383 = add i32 %9382, 7
	%9384 = add i32 %9353, %9383
	%9385 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9384
	store i32 0, i32 addrspace(3)* %9385
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %9393

9386:
	%9387 = phi i32 [ %554, %9348 ], [ %541, %10251 ]
	%9388 = sub i32 %536, 0
	%9389 = mul i32 %2, %M
	%9390 = add i32 %5, %504
	%9391 = add i32 %9389, %9390
	%9392 = mul i32 %9391, 8
	br label %10286

9393:
	%9394 = phi i32 [ %3, %9351 ], [ %9612, %9611 ]
	%9395 = icmp slt i32 %9394, %554
	br i1 %9395, label %9396, label %9403

9396:
	%9397 = add i32 %9352, %9394
	%9398 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %9397
	%9399 = load i32, i32 addrspace(3)* %9398
	%9400 = and i32 %9399, 0
	%9401 = icmp eq i32 %9400, 0
	%9402 = and i1 true, %9401
	br i1 %9402, label %9605, label %9611

9403:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%9404 = mul i32 %3, 8
	%9405 = add i32 %9404, 0
	%9406 = sub i32 255, %9405
	%9407 = add i32 %9353, %9406
	%9408 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9407
	%9409 = load i32, i32 addrspace(3)* %9408
	%9410 = add i32 0, %9409
	%9411 = mul i32 %3, 8
	%9412 = add i32 %9411, 1
	%9413 = sub i32 255, %9412
	%9414 = add i32 %9353, %9413
	%9415 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9414
	%9416 = load i32, i32 addrspace(3)* %9415
	%9417 = add i32 %9410, %9416
	%9418 = mul i32 %3, 8
	%9419 = add i32 %9418, 2
	%9420 = sub i32 255, %9419
	%9421 = add i32 %9353, %9420
	%9422 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9421
	%9423 = load i32, i32 addrspace(3)* %9422
	%9424 = add i32 %9417, %9423
	%9425 = mul i32 %3, 8
	%9426 = add i32 %9425, 3
	%9427 = sub i32 255, %9426
	%9428 = add i32 %9353, %9427
	%9429 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9428
	%9430 = load i32, i32 addrspace(3)* %9429
	%9431 = add i32 %9424, %9430
	%9432 = mul i32 %3, 8
	%9433 = add i32 %9432, 4
	%9434 = sub i32 255, %9433
	%9435 = add i32 %9353, %9434
	%9436 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9435
	%9437 = load i32, i32 addrspace(3)* %9436
	%9438 = add i32 %9431, %9437
	%9439 = mul i32 %3, 8
	%9440 = add i32 %9439, 5
	%9441 = sub i32 255, %9440
	%9442 = add i32 %9353, %9441
	%9443 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9442
	%9444 = load i32, i32 addrspace(3)* %9443
	%9445 = add i32 %9438, %9444
	%9446 = mul i32 %3, 8
	%9447 = add i32 %9446, 6
	%9448 = sub i32 255, %9447
	%9449 = add i32 %9353, %9448
	%9450 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9449
	%9451 = load i32, i32 addrspace(3)* %9450
	%9452 = add i32 %9445, %9451
	%9453 = mul i32 %3, 8
	%9454 = add i32 %9453, 7
	%9455 = sub i32 255, %9454
	%9456 = add i32 %9353, %9455
	%9457 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9456
	%9458 = load i32, i32 addrspace(3)* %9457
	%9459 = add i32 %9452, %9458
	%9460 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9459, i32 1, i32 0)
	%9461 = icmp uge i32 %3, 1
	%9462 = select i1 %9461, i32 %9460, i32 0
	%9463 = add i32 %9459, %9462
	%9464 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9463, i32 2, i32 0)
	%9465 = icmp uge i32 %3, 2
	%9466 = select i1 %9465, i32 %9464, i32 0
	%9467 = add i32 %9463, %9466
	%9468 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9467, i32 4, i32 0)
	%9469 = icmp uge i32 %3, 4
	%9470 = select i1 %9469, i32 %9468, i32 0
	%9471 = add i32 %9467, %9470
	%9472 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9471, i32 8, i32 0)
	%9473 = icmp uge i32 %3, 8
	%9474 = select i1 %9473, i32 %9472, i32 0
	%9475 = add i32 %9471, %9474
	%9476 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9475, i32 16, i32 0)
	%9477 = icmp uge i32 %3, 16
	%9478 = select i1 %9477, i32 %9476, i32 0
	%9479 = add i32 %9475, %9478
	%9480 = sub i32 %9479, %9459
	%9481 = icmp slt i32 %9480, %541
	%9482 = icmp sge i32 %9479, %541
	%9483 = and i1 %9481, %9482
	%9484 = add i32 %9480, %9409
	%9485 = xor i1 false, true
	%9486 = icmp sge i32 %9484, %541
	%9487 = and i1 %9485, %9486
	%9488 = mul i32 %3, 8
	%9489 = add i32 %9488, 0
	%9490 = sub i32 255, %9489
	%9491 = select i1 %9487, i32 %9490, i32 0
	%9492 = select i1 %9487, i32 %9480, i32 0
	%9493 = or i1 false, %9487
	%9494 = add i32 %9484, %9416
	%9495 = xor i1 %9493, true
	%9496 = icmp sge i32 %9494, %541
	%9497 = and i1 %9495, %9496
	%9498 = mul i32 %3, 8
	%9499 = add i32 %9498, 1
	%9500 = sub i32 255, %9499
	%9501 = select i1 %9497, i32 %9500, i32 %9491
	%9502 = select i1 %9497, i32 %9484, i32 %9492
	%9503 = or i1 %9493, %9497
	%9504 = add i32 %9494, %9423
	%9505 = xor i1 %9503, true
	%9506 = icmp sge i32 %9504, %541
	%9507 = and i1 %9505, %9506
	%9508 = mul i32 %3, 8
	%9509 = add i32 %9508, 2
	%9510 = sub i32 255, %9509
	%9511 = select i1 %9507, i32 %9510, i32 %9501
	%9512 = select i1 %9507, i32 %9494, i32 %9502
	%9513 = or i1 %9503, %9507
	%9514 = add i32 %9504, %9430
	%9515 = xor i1 %9513, true
	%9516 = icmp sge i32 %9514, %541
	%9517 = and i1 %9515, %9516
	%9518 = mul i32 %3, 8
	%9519 = add i32 %9518, 3
	%9520 = sub i32 255, %9519
	%9521 = select i1 %9517, i32 %9520, i32 %9511
	%9522 = select i1 %9517, i32 %9504, i32 %9512
	%9523 = or i1 %9513, %9517
	%9524 = add i32 %9514, %9437
	%9525 = xor i1 %9523, true
	%9526 = icmp sge i32 %9524, %541
	%9527 = and i1 %9525, %9526
	%9528 = mul i32 %3, 8
	%9529 = add i32 %9528, 4
	%9530 = sub i32 255, %9529
	%9531 = select i1 %9527, i32 %9530, i32 %9521
	%9532 = select i1 %9527, i32 %9514, i32 %9522
	%9533 = or i1 %9523, %9527
	%9534 = add i32 %9524, %9444
	%9535 = xor i1 %9533, true
	%9536 = icmp sge i32 %9534, %541
	%9537 = and i1 %9535, %9536
	%9538 = mul i32 %3, 8
	%9539 = add i32 %9538, 5
	%9540 = sub i32 255, %9539
	%9541 = select i1 %9537, i32 %9540, i32 %9531
	%9542 = select i1 %9537, i32 %9524, i32 %9532
	%9543 = or i1 %9533, %9537
	%9544 = add i32 %9534, %9451
	%9545 = xor i1 %9543, true
	%9546 = icmp sge i32 %9544, %541
	%9547 = and i1 %9545, %9546
	%9548 = mul i32 %3, 8
	%9549 = add i32 %9548, 6
	%9550 = sub i32 255, %9549
	%9551 = select i1 %9547, i32 %9550, i32 %9541
	%9552 = select i1 %9547, i32 %9534, i32 %9542
	%9553 = or i1 %9543, %9547
	%9554 = add i32 %9544, %9458
	%9555 = xor i1 %9553, true
	%9556 = icmp sge i32 %9554, %541
	%9557 = and i1 %9555, %9556
	%9558 = mul i32 %3, 8
	%9559 = add i32 %9558, 7
	%9560 = sub i32 255, %9559
	%9561 = select i1 %9557, i32 %9560, i32 %9551
	%9562 = select i1 %9557, i32 %9544, i32 %9552
	%9563 = or i1 %9553, %9557
	%9564 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %9483)
	%9565 = call i32 @llvm.cttz.i32(i32 %9564, i1 false)
	%9566 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %9561, i32 %9565, i32 31)
	%9567 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %9562, i32 %9565, i32 31)
	%9568 = shl i32 %9566, 24
	%9569 = or i32 0, %9568
	%9570 = shl i32 255, 24
	%9571 = or i32 0, %9570
	%9572 = sub i32 %541, %9567
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%9573 = mul i32 %3, 8
	%9574 = add i32 %9573, 0
	%9575 = add i32 %9353, %9574
	%9576 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9575
	store i32 0, i32 addrspace(3)* %9576
	%9577 = mul i32 %3, 8
	%9578 = add i32 %9577, 1
	%9579 = add i32 %9353, %9578
	%9580 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9579
	store i32 0, i32 addrspace(3)* %9580
	%9581 = mul i32 %3, 8
	%9582 = add i32 %9581, 2
	%9583 = add i32 %9353, %9582
	%9584 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9583
	store i32 0, i32 addrspace(3)* %9584
	%9585 = mul i32 %3, 8
	%9586 = add i32 %9585, 3
	%9587 = add i32 %9353, %9586
	%9588 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9587
	store i32 0, i32 addrspace(3)* %9588
	%9589 = mul i32 %3, 8
	%9590 = add i32 %9589, 4
	%9591 = add i32 %9353, %9590
	%9592 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9591
	store i32 0, i32 addrspace(3)* %9592
	%9593 = mul i32 %3, 8
	%9594 = add i32 %9593, 5
	%9595 = add i32 %9353, %9594
	%9596 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9595
	store i32 0, i32 addrspace(3)* %9596
	%9597 = mul i32 %3, 8
	%9598 = add i32 %9597, 6
	%9599 = add i32 %9353, %9598
	%9600 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9599
	store i32 0, i32 addrspace(3)* %9600
	%9601 = mul i32 %3, 8
	%9602 = add i32 %9601, 7
	%9603 = add i32 %9353, %9602
	%9604 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9603
	store i32 0, i32 addrspace(3)* %9604
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %9613

9605:
	%9606 = lshr i32 %9399, 24
	%9607 = and i32 %9606, 255
	%9608 = add i32 %9353, %9607
	%9609 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9608
	%9610 = atomicrmw add i32 addrspace(3)* %9609, i32 1 monotonic
	br label %9611

9611:
	%9612 = add i32 %9394, 32
	br label %9393

9613:
	%9614 = phi i32 [ %3, %9403 ], [ %9832, %9831 ]
	%9615 = icmp slt i32 %9614, %554
	br i1 %9615, label %9616, label %9623

9616:
	%9617 = add i32 %9352, %9614
	%9618 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %9617
	%9619 = load i32, i32 addrspace(3)* %9618
	%9620 = and i32 %9619, %9571
	%9621 = icmp eq i32 %9620, %9569
	%9622 = and i1 true, %9621
	br i1 %9622, label %9825, label %9831

9623:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%9624 = mul i32 %3, 8
	%9625 = add i32 %9624, 0
	%9626 = sub i32 255, %9625
	%9627 = add i32 %9353, %9626
	%9628 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9627
	%9629 = load i32, i32 addrspace(3)* %9628
	%9630 = add i32 0, %9629
	%9631 = mul i32 %3, 8
	%9632 = add i32 %9631, 1
	%9633 = sub i32 255, %9632
	%9634 = add i32 %9353, %9633
	%9635 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9634
	%9636 = load i32, i32 addrspace(3)* %9635
	%9637 = add i32 %9630, %9636
	%9638 = mul i32 %3, 8
	%9639 = add i32 %9638, 2
	%9640 = sub i32 255, %9639
	%9641 = add i32 %9353, %9640
	%9642 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9641
	%9643 = load i32, i32 addrspace(3)* %9642
	%9644 = add i32 %9637, %9643
	%9645 = mul i32 %3, 8
	%9646 = add i32 %9645, 3
	%9647 = sub i32 255, %9646
	%9648 = add i32 %9353, %9647
	%9649 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9648
	%9650 = load i32, i32 addrspace(3)* %9649
	%9651 = add i32 %9644, %9650
	%9652 = mul i32 %3, 8
	%9653 = add i32 %9652, 4
	%9654 = sub i32 255, %9653
	%9655 = add i32 %9353, %9654
	%9656 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9655
	%9657 = load i32, i32 addrspace(3)* %9656
	%9658 = add i32 %9651, %9657
	%9659 = mul i32 %3, 8
	%9660 = add i32 %9659, 5
	%9661 = sub i32 255, %9660
	%9662 = add i32 %9353, %9661
	%9663 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9662
	%9664 = load i32, i32 addrspace(3)* %9663
	%9665 = add i32 %9658, %9664
	%9666 = mul i32 %3, 8
	%9667 = add i32 %9666, 6
	%9668 = sub i32 255, %9667
	%9669 = add i32 %9353, %9668
	%9670 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9669
	%9671 = load i32, i32 addrspace(3)* %9670
	%9672 = add i32 %9665, %9671
	%9673 = mul i32 %3, 8
	%9674 = add i32 %9673, 7
	%9675 = sub i32 255, %9674
	%9676 = add i32 %9353, %9675
	%9677 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9676
	%9678 = load i32, i32 addrspace(3)* %9677
	%9679 = add i32 %9672, %9678
	%9680 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9679, i32 1, i32 0)
	%9681 = icmp uge i32 %3, 1
	%9682 = select i1 %9681, i32 %9680, i32 0
	%9683 = add i32 %9679, %9682
	%9684 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9683, i32 2, i32 0)
	%9685 = icmp uge i32 %3, 2
	%9686 = select i1 %9685, i32 %9684, i32 0
	%9687 = add i32 %9683, %9686
	%9688 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9687, i32 4, i32 0)
	%9689 = icmp uge i32 %3, 4
	%9690 = select i1 %9689, i32 %9688, i32 0
	%9691 = add i32 %9687, %9690
	%9692 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9691, i32 8, i32 0)
	%9693 = icmp uge i32 %3, 8
	%9694 = select i1 %9693, i32 %9692, i32 0
	%9695 = add i32 %9691, %9694
	%9696 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9695, i32 16, i32 0)
	%9697 = icmp uge i32 %3, 16
	%9698 = select i1 %9697, i32 %9696, i32 0
	%9699 = add i32 %9695, %9698
	%9700 = sub i32 %9699, %9679
	%9701 = icmp slt i32 %9700, %9572
	%9702 = icmp sge i32 %9699, %9572
	%9703 = and i1 %9701, %9702
	%9704 = add i32 %9700, %9629
	%9705 = xor i1 false, true
	%9706 = icmp sge i32 %9704, %9572
	%9707 = and i1 %9705, %9706
	%9708 = mul i32 %3, 8
	%9709 = add i32 %9708, 0
	%9710 = sub i32 255, %9709
	%9711 = select i1 %9707, i32 %9710, i32 0
	%9712 = select i1 %9707, i32 %9700, i32 0
	%9713 = or i1 false, %9707
	%9714 = add i32 %9704, %9636
	%9715 = xor i1 %9713, true
	%9716 = icmp sge i32 %9714, %9572
	%9717 = and i1 %9715, %9716
	%9718 = mul i32 %3, 8
	%9719 = add i32 %9718, 1
	%9720 = sub i32 255, %9719
	%9721 = select i1 %9717, i32 %9720, i32 %9711
	%9722 = select i1 %9717, i32 %9704, i32 %9712
	%9723 = or i1 %9713, %9717
	%9724 = add i32 %9714, %9643
	%9725 = xor i1 %9723, true
	%9726 = icmp sge i32 %9724, %9572
	%9727 = and i1 %9725, %9726
	%9728 = mul i32 %3, 8
	%9729 = add i32 %9728, 2
	%9730 = sub i32 255, %9729
	%9731 = select i1 %9727, i32 %9730, i32 %9721
	%9732 = select i1 %9727, i32 %9714, i32 %9722
	%9733 = or i1 %9723, %9727
	%9734 = add i32 %9724, %9650
	%9735 = xor i1 %9733, true
	%9736 = icmp sge i32 %9734, %9572
	%9737 = and i1 %9735, %9736
	%9738 = mul i32 %3, 8
	%9739 = add i32 %9738, 3
	%9740 = sub i32 255, %9739
	%9741 = select i1 %9737, i32 %9740, i32 %9731
	%9742 = select i1 %9737, i32 %9724, i32 %9732
	%9743 = or i1 %9733, %9737
	%9744 = add i32 %9734, %9657
	%9745 = xor i1 %9743, true
	%9746 = icmp sge i32 %9744, %9572
	%9747 = and i1 %9745, %9746
	%9748 = mul i32 %3, 8
	%9749 = add i32 %9748, 4
	%9750 = sub i32 255, %9749
	%9751 = select i1 %9747, i32 %9750, i32 %9741
	%9752 = select i1 %9747, i32 %9734, i32 %9742
	%9753 = or i1 %9743, %9747
	%9754 = add i32 %9744, %9664
	%9755 = xor i1 %9753, true
	%9756 = icmp sge i32 %9754, %9572
	%9757 = and i1 %9755, %9756
	%9758 = mul i32 %3, 8
	%9759 = add i32 %9758, 5
	%9760 = sub i32 255, %9759
	%9761 = select i1 %9757, i32 %9760, i32 %9751
	%9762 = select i1 %9757, i32 %9744, i32 %9752
	%9763 = or i1 %9753, %9757
	%9764 = add i32 %9754, %9671
	%9765 = xor i1 %9763, true
	%9766 = icmp sge i32 %9764, %9572
	%9767 = and i1 %9765, %9766
	%9768 = mul i32 %3, 8
	%9769 = add i32 %9768, 6
	%9770 = sub i32 255, %9769
	%9771 = select i1 %9767, i32 %9770, i32 %9761
	%9772 = select i1 %9767, i32 %9754, i32 %9762
	%9773 = or i1 %9763, %9767
	%9774 = add i32 %9764, %9678
	%9775 = xor i1 %9773, true
	%9776 = icmp sge i32 %9774, %9572
	%9777 = and i1 %9775, %9776
	%9778 = mul i32 %3, 8
	%9779 = add i32 %9778, 7
	%9780 = sub i32 255, %9779
	%9781 = select i1 %9777, i32 %9780, i32 %9771
	%9782 = select i1 %9777, i32 %9764, i32 %9772
	%9783 = or i1 %9773, %9777
	%9784 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %9703)
	%9785 = call i32 @llvm.cttz.i32(i32 %9784, i1 false)
	%9786 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %9781, i32 %9785, i32 31)
	%9787 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %9782, i32 %9785, i32 31)
	%9788 = shl i32 %9786, 16
	%9789 = or i32 %9569, %9788
	%9790 = shl i32 255, 16
	%9791 = or i32 %9571, %9790
	%9792 = sub i32 %9572, %9787
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%9793 = mul i32 %3, 8
	%9794 = add i32 %9793, 0
	%9795 = add i32 %9353, %9794
	%9796 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9795
	store i32 0, i32 addrspace(3)* %9796
	%9797 = mul i32 %3, 8
	%9798 = add i32 %9797, 1
	%9799 = add i32 %9353, %9798
	%9800 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9799
	store i32 0, i32 addrspace(3)* %9800
	%9801 = mul i32 %3, 8
	%9802 = add i32 %9801, 2
	%9803 = add i32 %9353, %9802
	%9804 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9803
	store i32 0, i32 addrspace(3)* %9804
	%9805 = mul i32 %3, 8
	%9806 = add i32 %9805, 3
	%9807 = add i32 %9353, %9806
	%9808 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9807
	store i32 0, i32 addrspace(3)* %9808
	%9809 = mul i32 %3, 8
	%9810 = add i32 %9809, 4
	%9811 = add i32 %9353, %9810
	%9812 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9811
	store i32 0, i32 addrspace(3)* %9812
	%9813 = mul i32 %3, 8
	%9814 = add i32 %9813, 5
	%9815 = add i32 %9353, %9814
	%9816 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9815
	store i32 0, i32 addrspace(3)* %9816
	%9817 = mul i32 %3, 8
	%9818 = add i32 %9817, 6
	%9819 = add i32 %9353, %9818
	%9820 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9819
	store i32 0, i32 addrspace(3)* %9820
	%9821 = mul i32 %3, 8
	%9822 = add i32 %9821, 7
	%9823 = add i32 %9353, %9822
	%9824 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9823
	store i32 0, i32 addrspace(3)* %9824
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %9833

9825:
	%9826 = lshr i32 %9619, 16
	%9827 = and i32 %9826, 255
	%9828 = add i32 %9353, %9827
	%9829 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9828
	%9830 = atomicrmw add i32 addrspace(3)* %9829, i32 1 monotonic
	br label %9831

9831:
	%9832 = add i32 %9614, 32
	br label %9613

9833:
	%9834 = phi i32 [ %3, %9623 ], [ %10052, %10051 ]
	%9835 = icmp slt i32 %9834, %554
	br i1 %9835, label %9836, label %9843

9836:
	%9837 = add i32 %9352, %9834
	%9838 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %9837
	%9839 = load i32, i32 addrspace(3)* %9838
	%9840 = and i32 %9839, %9791
	%9841 = icmp eq i32 %9840, %9789
	%9842 = and i1 true, %9841
	br i1 %9842, label %10045, label %10051

9843:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%9844 = mul i32 %3, 8
	%9845 = add i32 %9844, 0
	%9846 = sub i32 255, %9845
	%9847 = add i32 %9353, %9846
	%9848 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9847
	%9849 = load i32, i32 addrspace(3)* %9848
	%9850 = add i32 0, %9849
	%9851 = mul i32 %3, 8
	%9852 = add i32 %9851, 1
	%9853 = sub i32 255, %9852
	%9854 = add i32 %9353, %9853
	%9855 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9854
	%9856 = load i32, i32 addrspace(3)* %9855
	%9857 = add i32 %9850, %9856
	%9858 = mul i32 %3, 8
	%9859 = add i32 %9858, 2
	%9860 = sub i32 255, %9859
	%9861 = add i32 %9353, %9860
	%9862 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9861
	%9863 = load i32, i32 addrspace(3)* %9862
	%9864 = add i32 %9857, %9863
	%9865 = mul i32 %3, 8
	%9866 = add i32 %9865, 3
	%9867 = sub i32 255, %9866
	%9868 = add i32 %9353, %9867
	%9869 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9868
	%9870 = load i32, i32 addrspace(3)* %9869
	%9871 = add i32 %9864, %9870
	%9872 = mul i32 %3, 8
	%9873 = add i32 %9872, 4
	%9874 = sub i32 255, %9873
	%9875 = add i32 %9353, %9874
	%9876 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9875
	%9877 = load i32, i32 addrspace(3)* %9876
	%9878 = add i32 %9871, %9877
	%9879 = mul i32 %3, 8
	%9880 = add i32 %9879, 5
	%9881 = sub i32 255, %9880
	%9882 = add i32 %9353, %9881
	%9883 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9882
	%9884 = load i32, i32 addrspace(3)* %9883
	%9885 = add i32 %9878, %9884
	%9886 = mul i32 %3, 8
	%9887 = add i32 %9886, 6
	%9888 = sub i32 255, %9887
	%9889 = add i32 %9353, %9888
	%9890 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9889
	%9891 = load i32, i32 addrspace(3)* %9890
	%9892 = add i32 %9885, %9891
	%9893 = mul i32 %3, 8
	%9894 = add i32 %9893, 7
	%9895 = sub i32 255, %9894
	%9896 = add i32 %9353, %9895
	%9897 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %9896
	%9898 = load i32, i32 addrspace(3)* %9897
	%9899 = add i32 %9892, %9898
	%9900 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9899, i32 1, i32 0)
	%9901 = icmp uge i32 %3, 1
	%9902 = select i1 %9901, i32 %9900, i32 0
	%9903 = add i32 %9899, %9902
	%9904 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9903, i32 2, i32 0)
	%9905 = icmp uge i32 %3, 2
	%9906 = select i1 %9905, i32 %9904, i32 0
	%9907 = add i32 %9903, %9906
	%9908 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9907, i32 4, i32 0)
	%9909 = icmp uge i32 %3, 4
	%9910 = select i1 %9909, i32 %9908, i32 0
	%9911 = add i32 %9907, %9910
	%9912 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9911, i32 8, i32 0)
	%9913 = icmp uge i32 %3, 8
	%9914 = select i1 %9913, i32 %9912, i32 0
	%9915 = add i32 %9911, %9914
	%9916 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9915, i32 16, i32 0)
	%9917 = icmp uge i32 %3, 16
	%9918 = select i1 %9917, i32 %9916, i32 0
	%9919 = add i32 %9915, %9918
	%9920 = sub i32 %9919, %9899
	%9921 = icmp slt i32 %9920, %9792
	%9922 = icmp sge i32 %9919, %9792
	%9923 = and i1 %9921, %9922
	%9924 = add i32 %9920, %9849
	%9925 = xor i1 false, true
	%9926 = icmp sge i32 %9924, %9792
	%9927 = and i1 %9925, %9926
	%9928 = mul i32 %3, 8
	%9929 = add i32 %9928, 0
	%9930 = sub i32 255, %9929
	%9931 = select i1 %9927, i32 %9930, i32 0
	%9932 = select i1 %9927, i32 %9920, i32 0
	%9933 = or i1 false, %9927
	%9934 = add i32 %9924, %9856
	%9935 = xor i1 %9933, true
	%9936 = icmp sge i32 %9934, %9792
	%9937 = and i1 %9935, %9936
	%9938 = mul i32 %3, 8
	%9939 = add i32 %9938, 1
	%9940 = sub i32 255, %9939
	%9941 = select i1 %9937, i32 %9940, i32 %9931
	%9942 = select i1 %9937, i32 %9924, i32 %9932
	%9943 = or i1 %9933, %9937
	%9944 = add i32 %9934, %9863
	%9945 = xor i1 %9943, true
	%9946 = icmp sge i32 %9944, %9792
	%9947 = and i1 %9945, %9946
	%9948 = mul i32 %3, 8
	%9949 = add i32 %9948, 2
	%9950 = sub i32 255, %9949
	%9951 = select i1 %9947, i32 %9950, i32 %9941
	%9952 = select i1 %9947, i32 %9934, i32 %9942
	%9953 = or i1 %9943, %9947
	%9954 = add i32 %9944, %9870
	%9955 = xor i1 %9953, true
	%9956 = icmp sge i32 %9954, %9792
	%9957 = and i1 %9955, %9956
	%9958 = mul i32 %3, 8
	%9959 = add i32 %9958, 3
	%9960 = sub i32 255, %9959
	%9961 = select i1 %9957, i32 %9960, i32 %9951
	%9962 = select i1 %9957, i32 %9944, i32 %9952
	%9963 = or i1 %9953, %9957
	%9964 = add i32 %9954, %9877
	%9965 = xor i1 %9963, true
	%9966 = icmp sge i32 %9964, %9792
	%9967 = and i1 %9965, %9966
	%9968 = mul i32 %3, 8
	%9969 = add i32 %9968, 4
	%9970 = sub i32 255, %9969
	%9971 = select i1 %9967, i32 %9970, i32 %9961
	%9972 = select i1 %9967, i32 %9954, i32 %9962
	%9973 = or i1 %9963, %9967
	%9974 = add i32 %9964, %9884
	%9975 = xor i1 %9973, true
	%9976 = icmp sge i32 %9974, %9792
	%9977 = and i1 %9975, %9976
	%9978 = mul i32 %3, 8
	%9979 = add i32 %9978, 5
	%9980 = sub i32 255, %9979
	%9981 = select i1 %9977, i32 %9980, i32 %9971
	%9982 = select i1 %9977, i32 %9964, i32 %9972
	%9983 = or i1 %9973, %9977
	%9984 = add i32 %9974, %9891
	%9985 = xor i1 %9983, true
	%9986 = icmp sge i32 %9984, %9792
	%9987 = and i1 %9985, %9986
	%9988 = mul i32 %3, 8
	%9989 = add i32 %9988, 6
	%9990 = sub i32 255, %9989
	%9991 = select i1 %9987, i32 %9990, i32 %9981
	%9992 = select i1 %9987, i32 %9974, i32 %9982
	%9993 = or i1 %9983, %9987
	%9994 = add i32 %9984, %9898
	%9995 = xor i1 %9993, true
	%9996 = icmp sge i32 %9994, %9792
	%9997 = and i1 %9995, %9996
	%9998 = mul i32 %3, 8
	%9999 = add i32 %9998, 7
	%10000 = sub i32 255, %9999
	%10001 = select i1 %9997, i32 %10000, i32 %9991
	%10002 = select i1 %9997, i32 %9984, i32 %9992
	%10003 = or i1 %9993, %9997
	%10004 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %9923)
	%10005 = call i32 @llvm.cttz.i32(i32 %10004, i1 false)
	%10006 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %10001, i32 %10005, i32 31)
	%10007 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %10002, i32 %10005, i32 31)
	%10008 = shl i32 %10006, 8
	%10009 = or i32 %9789, %10008
	%10010 = shl i32 255, 8
	%10011 = or i32 %9791, %10010
	%10012 = sub i32 %9792, %10007
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%10013 = mul i32 %3, 8
	%10014 = add i32 %10013, 0
	%10015 = add i32 %9353, %10014
	%10016 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %10015
	store i32 0, i32 addrspace(3)* %10016
	%10017 = mul i32 %3, 8
	%10018 = add i32 %10017, 1
	%10019 = add i32 %9353, %10018
	%10020 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %10019
	store i32 0, i32 addrspace(3)* %10020
	%10021 = mul i32 %3, 8
	%10022 = add i32 %10021, 2
	%10023 = add i32 %9353, %10022
	%10024 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %10023
	store i32 0, i32 addrspace(3)* %10024
	%10025 = mul i32 %3, 8
	%10026 = add i32 %10025, 3
	%10027 = add i32 %9353, %10026
	%10028 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %10027
	store i32 0, i32 addrspace(3)* %10028
	%10029 = mul i32 %3, 8
	%10030 = add i32 %10029, 4
	%10031 = add i32 %9353, %10030
	%10032 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %10031
	store i32 0, i32 addrspace(3)* %10032
	%10033 = mul i32 %3, 8
	%10034 = add i32 %10033, 5
	%10035 = add i32 %9353, %10034
	%10036 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %10035
	store i32 0, i32 addrspace(3)* %10036
	%10037 = mul i32 %3, 8
	%10038 = add i32 %10037, 6
	%10039 = add i32 %9353, %10038
	%10040 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %10039
	store i32 0, i32 addrspace(3)* %10040
	%10041 = mul i32 %3, 8
	%10042 = add i32 %10041, 7
	%10043 = add i32 %9353, %10042
	%10044 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %10043
	store i32 0, i32 addrspace(3)* %10044
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %10053

10045:
	%10046 = lshr i32 %9839, 8
	%10047 = and i32 %10046, 255
	%10048 = add i32 %9353, %10047
	%10049 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %10048
	%10050 = atomicrmw add i32 addrspace(3)* %10049, i32 1 monotonic
	br label %10051

10051:
	%10052 = add i32 %9834, 32
	br label %9833

10053:
	%10054 = phi i32 [ %3, %9843 ], [ %10242, %10241 ]
	%10055 = icmp slt i32 %10054, %554
	br i1 %10055, label %10056, label %10063

10056:
	%10057 = add i32 %9352, %10054
	%10058 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %10057
	%10059 = load i32, i32 addrspace(3)* %10058
	%10060 = and i32 %10059, %10011
	%10061 = icmp eq i32 %10060, %10009
	%10062 = and i1 true, %10061
	br i1 %10062, label %10235, label %10241

10063:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%10064 = mul i32 %3, 8
	%10065 = add i32 %10064, 0
	%10066 = sub i32 255, %10065
	%10067 = add i32 %9353, %10066
	%10068 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %10067
	%10069 = load i32, i32 addrspace(3)* %10068
	%10070 = add i32 0, %10069
	%10071 = mul i32 %3, 8
	%10072 = add i32 %10071, 1
	%10073 = sub i32 255, %10072
	%10074 = add i32 %9353, %10073
	%10075 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %10074
	%10076 = load i32, i32 addrspace(3)* %10075
	%10077 = add i32 %10070, %10076
	%10078 = mul i32 %3, 8
	%10079 = add i32 %10078, 2
	%10080 = sub i32 255, %10079
	%10081 = add i32 %9353, %10080
	%10082 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %10081
	%10083 = load i32, i32 addrspace(3)* %10082
	%10084 = add i32 %10077, %10083
	%10085 = mul i32 %3, 8
	%10086 = add i32 %10085, 3
	%10087 = sub i32 255, %10086
	%10088 = add i32 %9353, %10087
	%10089 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %10088
	%10090 = load i32, i32 addrspace(3)* %10089
	%10091 = add i32 %10084, %10090
	%10092 = mul i32 %3, 8
	%10093 = add i32 %10092, 4
	%10094 = sub i32 255, %10093
	%10095 = add i32 %9353, %10094
	%10096 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %10095
	%10097 = load i32, i32 addrspace(3)* %10096
	%10098 = add i32 %10091, %10097
	%10099 = mul i32 %3, 8
	%10100 = add i32 %10099, 5
	%10101 = sub i32 255, %10100
	%10102 = add i32 %9353, %10101
	%10103 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %10102
	%10104 = load i32, i32 addrspace(3)* %10103
	%10105 = add i32 %10098, %10104
	%10106 = mul i32 %3, 8
	%10107 = add i32 %10106, 6
	%10108 = sub i32 255, %10107
	%10109 = add i32 %9353, %10108
	%10110 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %10109
	%10111 = load i32, i32 addrspace(3)* %10110
	%10112 = add i32 %10105, %10111
	%10113 = mul i32 %3, 8
	%10114 = add i32 %10113, 7
	%10115 = sub i32 255, %10114
	%10116 = add i32 %9353, %10115
	%10117 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %10116
	%10118 = load i32, i32 addrspace(3)* %10117
	%10119 = add i32 %10112, %10118
	%10120 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10119, i32 1, i32 0)
	%10121 = icmp uge i32 %3, 1
	%10122 = select i1 %10121, i32 %10120, i32 0
	%10123 = add i32 %10119, %10122
	%10124 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10123, i32 2, i32 0)
	%10125 = icmp uge i32 %3, 2
	%10126 = select i1 %10125, i32 %10124, i32 0
	%10127 = add i32 %10123, %10126
	%10128 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10127, i32 4, i32 0)
	%10129 = icmp uge i32 %3, 4
	%10130 = select i1 %10129, i32 %10128, i32 0
	%10131 = add i32 %10127, %10130
	%10132 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10131, i32 8, i32 0)
	%10133 = icmp uge i32 %3, 8
	%10134 = select i1 %10133, i32 %10132, i32 0
	%10135 = add i32 %10131, %10134
	%10136 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10135, i32 16, i32 0)
	%10137 = icmp uge i32 %3, 16
	%10138 = select i1 %10137, i32 %10136, i32 0
	%10139 = add i32 %10135, %10138
	%10140 = sub i32 %10139, %10119
	%10141 = icmp slt i32 %10140, %10012
	%10142 = icmp sge i32 %10139, %10012
	%10143 = and i1 %10141, %10142
	%10144 = add i32 %10140, %10069
	%10145 = xor i1 false, true
	%10146 = icmp sge i32 %10144, %10012
	%10147 = and i1 %10145, %10146
	%10148 = mul i32 %3, 8
	%10149 = add i32 %10148, 0
	%10150 = sub i32 255, %10149
	%10151 = select i1 %10147, i32 %10150, i32 0
	%10152 = select i1 %10147, i32 %10140, i32 0
	%10153 = or i1 false, %10147
	%10154 = add i32 %10144, %10076
	%10155 = xor i1 %10153, true
	%10156 = icmp sge i32 %10154, %10012
	%10157 = and i1 %10155, %10156
	%10158 = mul i32 %3, 8
	%10159 = add i32 %10158, 1
	%10160 = sub i32 255, %10159
	%10161 = select i1 %10157, i32 %10160, i32 %10151
	%10162 = select i1 %10157, i32 %10144, i32 %10152
	%10163 = or i1 %10153, %10157
	%10164 = add i32 %10154, %10083
	%10165 = xor i1 %10163, true
	%10166 = icmp sge i32 %10164, %10012
	%10167 = and i1 %10165, %10166
	%10168 = mul i32 %3, 8
	%10169 = add i32 %10168, 2
	%10170 = sub i32 255, %10169
	%10171 = select i1 %10167, i32 %10170, i32 %10161
	%10172 = select i1 %10167, i32 %10154, i32 %10162
	%10173 = or i1 %10163, %10167
	%10174 = add i32 %10164, %10090
	%10175 = xor i1 %10173, true
	%10176 = icmp sge i32 %10174, %10012
	%10177 = and i1 %10175, %10176
	%10178 = mul i32 %3, 8
	%10179 = add i32 %10178, 3
	%10180 = sub i32 255, %10179
	%10181 = select i1 %10177, i32 %10180, i32 %10171
	%10182 = select i1 %10177, i32 %10164, i32 %10172
	%10183 = or i1 %10173, %10177
	%10184 = add i32 %10174, %10097
	%10185 = xor i1 %10183, true
	%10186 = icmp sge i32 %10184, %10012
	%10187 = and i1 %10185, %10186
	%10188 = mul i32 %3, 8
	%10189 = add i32 %10188, 4
	%10190 = sub i32 255, %10189
	%10191 = select i1 %10187, i32 %10190, i32 %10181
	%10192 = select i1 %10187, i32 %10174, i32 %10182
	%10193 = or i1 %10183, %10187
	%10194 = add i32 %10184, %10104
	%10195 = xor i1 %10193, true
	%10196 = icmp sge i32 %10194, %10012
	%10197 = and i1 %10195, %10196
	%10198 = mul i32 %3, 8
	%10199 = add i32 %10198, 5
	%10200 = sub i32 255, %10199
	%10201 = select i1 %10197, i32 %10200, i32 %10191
	%10202 = select i1 %10197, i32 %10184, i32 %10192
	%10203 = or i1 %10193, %10197
	%10204 = add i32 %10194, %10111
	%10205 = xor i1 %10203, true
	%10206 = icmp sge i32 %10204, %10012
	%10207 = and i1 %10205, %10206
	%10208 = mul i32 %3, 8
	%10209 = add i32 %10208, 6
	%10210 = sub i32 255, %10209
	%10211 = select i1 %10207, i32 %10210, i32 %10201
	%10212 = select i1 %10207, i32 %10194, i32 %10202
	%10213 = or i1 %10203, %10207
	%10214 = add i32 %10204, %10118
	%10215 = xor i1 %10213, true
	%10216 = icmp sge i32 %10214, %10012
	%10217 = and i1 %10215, %10216
	%10218 = mul i32 %3, 8
	%10219 = add i32 %10218, 7
	%10220 = sub i32 255, %10219
	%10221 = select i1 %10217, i32 %10220, i32 %10211
	%10222 = select i1 %10217, i32 %10204, i32 %10212
	%10223 = or i1 %10213, %10217
	%10224 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %10143)
	%10225 = call i32 @llvm.cttz.i32(i32 %10224, i1 false)
	%10226 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %10221, i32 %10225, i32 31)
	%10227 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %10222, i32 %10225, i32 31)
	%10228 = shl i32 %10226, 0
	%10229 = or i32 %10009, %10228
	%10230 = shl i32 255, 0
	%10231 = or i32 %10011, %10230
	%10232 = sub i32 %10012, %10227
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%10233 = shl i32 1, %3
	%10234 = sub i32 %10233, 1
	br label %10243

10235:
	%10236 = lshr i32 %10059, 0
	%10237 = and i32 %10236, 255
	%10238 = add i32 %9353, %10237
	%10239 = getelementptr [1024 x i32], [1024 x i32] addrspace(3)* @moba_gate1_h, i32 0, i32 %10238
	%10240 = atomicrmw add i32 addrspace(3)* %10239, i32 1 monotonic
	br label %10241

10241:
	%10242 = add i32 %10054, 32
	br label %10053

10243:
	%10244 = phi i32 [ 0, %10063 ], [ %10285, %10280 ]
	%10245 = phi i32 [ 0, %10063 ], [ %10282, %10280 ]
	%10246 = phi i32 [ 0, %10063 ], [ %10284, %10280 ]
	%10247 = icmp slt i32 %10244, %554
	br i1 %10247, label %10248, label %10251

10248:
	%10249 = add i32 %10244, %3
	%10250 = icmp slt i32 %10249, %554
	br i1 %10250, label %10252, label %10258

10251:
	br label %9386

10252:
	%10253 = add i32 %9352, %10249
	%10254 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %10253
	%10255 = load i32, i32 addrspace(3)* %10254
	%10256 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bb, i32 0, i32 %10253
	%10257 = load i32, i32 addrspace(3)* %10256
	br label %10258

10258:
	%10259 = phi i32 [ 0, %10248 ], [ %10255, %10252 ]
	%10260 = phi i32 [ 0, %10248 ], [ %10257, %10252 ]
	%10261 = icmp eq i32 %10259, %10229
	%10262 = and i1 %10250, %10261
	%10263 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %10262)
	%10264 = and i32 %10263, %10234
	%10265 = call i32 @llvm.ctpop.i32(i32 %10264)
	%10266 = add i32 %10246, %10265
	%10267 = icmp ugt i32 %10259, %10229
	%10268 = icmp slt i32 %10266, %10232
	%10269 = and i1 %10262, %10268
	%10270 = or i1 %10267, %10269
	%10271 = and i1 %10250, %10270
	%10272 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %10271)
	%10273 = and i32 %10272, %10234
	%10274 = call i32 @llvm.ctpop.i32(i32 %10273)
	%10275 = add i32 %10245, %10274
	%10276 = add i32 %9352, %10275
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %10271, label %10277, label %10280

10277:
	%10278 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bc, i32 0, i32 %10276
	store i32 %10259, i32 addrspace(3)* %10278
	%10279 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bb, i32 0, i32 %10276
	store i32 %10260, i32 addrspace(3)* %10279
	br label %10280

10280:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%10281 = call i32 @llvm.ctpop.i32(i32 %10272)
	%10282 = add i32 %10245, %10281
	%10283 = call i32 @llvm.ctpop.i32(i32 %10263)
	%10284 = add i32 %10246, %10283
	%10285 = add i32 %10244, 32
	br label %10243

10286:
	%10287 = phi i32 [ 0, %9386 ], [ %10315, %10309 ]
	%10288 = phi i32 [ 0, %9386 ], [ %10314, %10309 ]
	%10289 = icmp slt i32 %10287, %9387
	br i1 %10289, label %10290, label %10293

10290:
	%10291 = add i32 %10287, %3
	%10292 = icmp slt i32 %10291, %9387
	br i1 %10292, label %10294, label %10299

10293:
	br label %10316

10294:
	%10295 = mul i32 %504, 160
	%10296 = add i32 %10295, %10291
	%10297 = getelementptr [2560 x i32], [2560 x i32] addrspace(3)* @moba_gate1_bb, i32 0, i32 %10296
	%10298 = load i32, i32 addrspace(3)* %10297
	br label %10299

10299:
	%10300 = phi i32 [ 0, %10290 ], [ %10298, %10294 ]
	br i1 %10292, label %10301, label %10309

10301:
	%10302 = add i32 0, %10291
	%10303 = icmp sgt i32 %10300, %531
	%10304 = select i1 %10303, i32 %9388, i32 0
	%10305 = add i32 %10302, %10304
	%10306 = add i32 %9392, %10305
	%10307 = sext i32 %10306 to i64
	%10308 = getelementptr i32, i32* %out, i64 %10307
	store i32 %10300, i32* %10308
	br label %10309

10309:
	%10310 = icmp slt i32 %10300, %528
	%10311 = and i1 %10292, %10310
	%10312 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %10311)
	%10313 = call i32 @llvm.ctpop.i32(i32 %10312)
	%10314 = add i32 %10288, %10313
	%10315 = add i32 %10287, 32
	br label %10286

10316:
	%10317 = phi i32 [ %3, %10293 ], [ %10326, %10319 ]
	%10318 = icmp slt i32 %10317, %9388
	br i1 %10318, label %10319, label %10327

10319:
	%10320 = add i32 0, %10288
	%10321 = add i32 %10320, %10317
	%10322 = add i32 %528, %10317
	%10323 = add i32 %9392, %10321
	%10324 = sext i32 %10323 to i64
	%10325 = getelementptr i32, i32* %out, i64 %10324
	store i32 %10322, i32* %10325
	%10326 = add i32 %10317, 32
	br label %10316

10327:
	%10328 = icmp eq i32 %3, 0
	%10329 = icmp eq i32 0, 1
	%10330 = and i1 %10328, %10329
	br i1 %10330, label %10331, label %10335

10331:
	%10332 = add i32 %9392, 0
	%10333 = sext i32 %10332 to i64
	%10334 = getelementptr i32, i32* %out, i64 %10333
	store i32 0, i32* %10334
	br label %10335

10335:
	%10336 = add i32 %536, %9387
	%10337 = add i32 %10336, %3
	br label %10338

10338:
	%10339 = phi i32 [ %10337, %10335 ], [ %10345, %10341 ]
	%10340 = icmp slt i32 %10339, 8
	br i1 %10340, label %10341, label %10346

10341:
	%10342 = add i32 %9392, %10339
	%10343 = sext i32 %10342 to i64
	%10344 = getelementptr i32, i32* %out, i64 %10343
	store i32 -1, i32* %10344
	%10345 = add i32 %10339, 32
	br label %10338

10346:
	br label %9350
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
