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
	%3 = icmp slt i32 %0, 64
	br i1 %3, label %4, label %15

4:
	%5 = mul i32 %1, 16
	%6 = add i32 %5, 16
	%7 = icmp slt i32 %6, %L
	%8 = add i32 %5, 16
	%9 = select i1 %7, i32 %8, i32 %L
	%10 = mul i32 %2, %L
	%11 = mul i32 %10, 64
	%12 = add i32 %11, %0
	%13 = sext i32 %12 to i64
	%14 = getelementptr i16, i16* %x, i64 %13
	br label %16

15:
	ret void

16:
	%17 = phi i32 [ %5, %4 ], [ %27, %20 ]
	%18 = phi float [ 0.0, %4 ], [ %26, %20 ]
	%19 = icmp slt i32 %17, %9
	br i1 %19, label %20, label %28

20:
	%21 = mul i32 %17, 64
	%22 = sext i32 %21 to i64
	%23 = getelementptr i16, i16* %14, i64 %22
	%24 = load i16, i16* %23
	%25 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %24)
	%26 = fadd float %18, %25
	%27 = add i32 %17, 1
	br label %16

28:
	%29 = sub i32 %9, %5
	%30 = sitofp i32 %29 to float
	%31 = fdiv float %18, %30
	%32 = call i32 @llvm.nvvm.read.ptx.sreg.nctaid.y()
	%33 = mul i32 %32, %NT
	%34 = mul i32 %33, 64
	%35 = lshr i32 %0, 1
	%36 = and i32 %35, 3
	%37 = mul i32 %36, 16
	%38 = lshr i32 %0, 4
	%39 = shl i32 %38, 2
	%40 = add i32 %37, %39
	%41 = lshr i32 %0, 3
	%42 = and i32 %41, 1
	%43 = shl i32 %42, 1
	%44 = and i32 %0, 1
	%45 = add i32 %43, %44
	%46 = add i32 %40, %45
	%47 = mul i32 %2, %NT
	%48 = add i32 %47, %1
	%49 = mul i32 %48, 64
	%50 = add i32 %49, %46
	%51 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float 0.0, float %31)
	%52 = trunc i32 %51 to i16
	%53 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %52)
	%54 = fcmp oeq float %53, 0x7FF0000000000000
	%55 = fneg float 0x7FF0000000000000
	%56 = fcmp oeq float %53, %55
	%57 = or i1 %54, %56
	%58 = fsub float %31, %53
	%59 = select i1 %57, float 0.0, float %58
	%60 = lshr i32 %51, 16
	%61 = trunc i32 %60 to i16
	%62 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %61)
	%63 = fcmp oeq float %62, 0x7FF0000000000000
	%64 = fneg float 0x7FF0000000000000
	%65 = fcmp oeq float %62, %64
	%66 = or i1 %63, %65
	%67 = fsub float 0.0, %62
	%68 = select i1 %66, float 0.0, float %67
	%69 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %68, float %59)
	%70 = trunc i32 %69 to i16
	%71 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %70)
	%72 = fcmp oeq float %71, 0x7FF0000000000000
	%73 = fneg float 0x7FF0000000000000
	%74 = fcmp oeq float %71, %73
	%75 = or i1 %72, %74
	%76 = fsub float %59, %71
	%77 = select i1 %75, float 0.0, float %76
	%78 = lshr i32 %69, 16
	%79 = trunc i32 %78 to i16
	%80 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %79)
	%81 = fcmp oeq float %80, 0x7FF0000000000000
	%82 = fneg float 0x7FF0000000000000
	%83 = fcmp oeq float %80, %82
	%84 = or i1 %81, %83
	%85 = fsub float %68, %80
	%86 = select i1 %84, float 0.0, float %85
	%87 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %86, float %77)
	%88 = trunc i32 %51 to i16
	%89 = mul i32 %34, 0
	%90 = add i32 %50, %89
	%91 = sext i32 %90 to i64
	%92 = getelementptr i16, i16* %out, i64 %91
	store i16 %88, i16* %92
	%93 = trunc i32 %69 to i16
	%94 = mul i32 %34, 1
	%95 = add i32 %50, %94
	%96 = sext i32 %95 to i64
	%97 = getelementptr i16, i16* %out, i64 %96
	store i16 %93, i16* %97
	%98 = trunc i32 %87 to i16
	%99 = mul i32 %34, 2
	%100 = add i32 %50, %99
	%101 = sext i32 %100 to i64
	%102 = getelementptr i16, i16* %out, i64 %101
	store i16 %98, i16* %102
	br label %15
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
	%586 = phi i32 [ 0, %entry ], [ %6457, %6454 ]
	%587 = phi i32 [ 0, %entry ], [ %2123, %6454 ]
	%588 = phi i32 [ 0, %entry ], [ %2124, %6454 ]
	%589 = phi i32 [ 0, %entry ], [ %3567, %6454 ]
	%590 = phi i32 [ 0, %entry ], [ %3568, %6454 ]
	%591 = phi i32 [ 0, %entry ], [ %5011, %6454 ]
	%592 = phi i32 [ 0, %entry ], [ %5012, %6454 ]
	%593 = phi i32 [ 0, %entry ], [ %6455, %6454 ]
	%594 = phi i32 [ 0, %entry ], [ %6456, %6454 ]
	%595 = icmp slt i32 %586, %377
	br i1 %595, label %596, label %600

596:
	%597 = mul i32 %4, 32
	%598 = add i32 %586, %597
	%599 = icmp slt i32 %598, %377
	br i1 %599, label %601, label %1146

600:
	br i1 %12, label %7845, label %7847

601:
	%602 = add i32 %13, 0
	%603 = add i32 %598, %602
	%604 = sub i32 %NB, 1
	%605 = icmp slt i32 %603, %604
	%606 = select i1 %605, i32 %603, i32 %604
	%607 = mul i32 %7, %NB
	%608 = add i32 %607, %606
	%609 = mul i32 %608, 64
	%610 = mul i32 %14, 16
	%611 = add i32 %609, %610
	%612 = mul i32 %11, 0
	%613 = add i32 %611, %612
	%614 = add i32 %613, 0
	%615 = sext i32 %614 to i64
	%616 = getelementptr i16, i16* %km, i64 %615
	%617 = bitcast i16* %616 to <4 x i32>*
	%618 = load <4 x i32>, <4 x i32>* %617, align 16
	%619 = extractelement <4 x i32> %618, i32 0
	%620 = extractelement <4 x i32> %618, i32 1
	%621 = extractelement <4 x i32> %618, i32 2
	%622 = extractelement <4 x i32> %618, i32 3
	%623 = mul i32 %11, 0
	%624 = add i32 %611, %623
	%625 = add i32 %624, 8
	%626 = sext i32 %625 to i64
	%627 = getelementptr i16, i16* %km, i64 %626
	%628 = bitcast i16* %627 to <4 x i32>*
	%629 = load <4 x i32>, <4 x i32>* %628, align 16
	%630 = extractelement <4 x i32> %629, i32 0
	%631 = extractelement <4 x i32> %629, i32 1
	%632 = extractelement <4 x i32> %629, i32 2
	%633 = extractelement <4 x i32> %629, i32 3
	%634 = mul i32 %11, 1
	%635 = add i32 %611, %634
	%636 = add i32 %635, 0
	%637 = sext i32 %636 to i64
	%638 = getelementptr i16, i16* %km, i64 %637
	%639 = bitcast i16* %638 to <4 x i32>*
	%640 = load <4 x i32>, <4 x i32>* %639, align 16
	%641 = extractelement <4 x i32> %640, i32 0
	%642 = extractelement <4 x i32> %640, i32 1
	%643 = extractelement <4 x i32> %640, i32 2
	%644 = extractelement <4 x i32> %640, i32 3
	%645 = mul i32 %11, 1
	%646 = add i32 %611, %645
	%647 = add i32 %646, 8
	%648 = sext i32 %647 to i64
	%649 = getelementptr i16, i16* %km, i64 %648
	%650 = bitcast i16* %649 to <4 x i32>*
	%651 = load <4 x i32>, <4 x i32>* %650, align 16
	%652 = extractelement <4 x i32> %651, i32 0
	%653 = extractelement <4 x i32> %651, i32 1
	%654 = extractelement <4 x i32> %651, i32 2
	%655 = extractelement <4 x i32> %651, i32 3
	%656 = mul i32 %11, 2
	%657 = add i32 %611, %656
	%658 = add i32 %657, 0
	%659 = sext i32 %658 to i64
	%660 = getelementptr i16, i16* %km, i64 %659
	%661 = bitcast i16* %660 to <4 x i32>*
	%662 = load <4 x i32>, <4 x i32>* %661, align 16
	%663 = extractelement <4 x i32> %662, i32 0
	%664 = extractelement <4 x i32> %662, i32 1
	%665 = extractelement <4 x i32> %662, i32 2
	%666 = extractelement <4 x i32> %662, i32 3
	%667 = mul i32 %11, 2
	%668 = add i32 %611, %667
	%669 = add i32 %668, 8
	%670 = sext i32 %669 to i64
	%671 = getelementptr i16, i16* %km, i64 %670
	%672 = bitcast i16* %671 to <4 x i32>*
	%673 = load <4 x i32>, <4 x i32>* %672, align 16
	%674 = extractelement <4 x i32> %673, i32 0
	%675 = extractelement <4 x i32> %673, i32 1
	%676 = extractelement <4 x i32> %673, i32 2
	%677 = extractelement <4 x i32> %673, i32 3
	%678 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %663, i32 %664, float 0.0, float 0.0, float 0.0, float 0.0)
	%679 = extractvalue { float, float, float, float } %678, 0
	%680 = extractvalue { float, float, float, float } %678, 1
	%681 = extractvalue { float, float, float, float } %678, 2
	%682 = extractvalue { float, float, float, float } %678, 3
	%683 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %641, i32 %642, float %679, float %680, float %681, float %682)
	%684 = extractvalue { float, float, float, float } %683, 0
	%685 = extractvalue { float, float, float, float } %683, 1
	%686 = extractvalue { float, float, float, float } %683, 2
	%687 = extractvalue { float, float, float, float } %683, 3
	%688 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %619, i32 %620, float %684, float %685, float %686, float %687)
	%689 = extractvalue { float, float, float, float } %688, 0
	%690 = extractvalue { float, float, float, float } %688, 1
	%691 = extractvalue { float, float, float, float } %688, 2
	%692 = extractvalue { float, float, float, float } %688, 3
	%693 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %665, i32 %666, float %689, float %690, float %691, float %692)
	%694 = extractvalue { float, float, float, float } %693, 0
	%695 = extractvalue { float, float, float, float } %693, 1
	%696 = extractvalue { float, float, float, float } %693, 2
	%697 = extractvalue { float, float, float, float } %693, 3
	%698 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %643, i32 %644, float %694, float %695, float %696, float %697)
	%699 = extractvalue { float, float, float, float } %698, 0
	%700 = extractvalue { float, float, float, float } %698, 1
	%701 = extractvalue { float, float, float, float } %698, 2
	%702 = extractvalue { float, float, float, float } %698, 3
	%703 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %621, i32 %622, float %699, float %700, float %701, float %702)
	%704 = extractvalue { float, float, float, float } %703, 0
	%705 = extractvalue { float, float, float, float } %703, 1
	%706 = extractvalue { float, float, float, float } %703, 2
	%707 = extractvalue { float, float, float, float } %703, 3
	%708 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %674, i32 %675, float %704, float %705, float %706, float %707)
	%709 = extractvalue { float, float, float, float } %708, 0
	%710 = extractvalue { float, float, float, float } %708, 1
	%711 = extractvalue { float, float, float, float } %708, 2
	%712 = extractvalue { float, float, float, float } %708, 3
	%713 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %652, i32 %653, float %709, float %710, float %711, float %712)
	%714 = extractvalue { float, float, float, float } %713, 0
	%715 = extractvalue { float, float, float, float } %713, 1
	%716 = extractvalue { float, float, float, float } %713, 2
	%717 = extractvalue { float, float, float, float } %713, 3
	%718 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %630, i32 %631, float %714, float %715, float %716, float %717)
	%719 = extractvalue { float, float, float, float } %718, 0
	%720 = extractvalue { float, float, float, float } %718, 1
	%721 = extractvalue { float, float, float, float } %718, 2
	%722 = extractvalue { float, float, float, float } %718, 3
	%723 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %676, i32 %677, float %719, float %720, float %721, float %722)
	%724 = extractvalue { float, float, float, float } %723, 0
	%725 = extractvalue { float, float, float, float } %723, 1
	%726 = extractvalue { float, float, float, float } %723, 2
	%727 = extractvalue { float, float, float, float } %723, 3
	%728 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %654, i32 %655, float %724, float %725, float %726, float %727)
	%729 = extractvalue { float, float, float, float } %728, 0
	%730 = extractvalue { float, float, float, float } %728, 1
	%731 = extractvalue { float, float, float, float } %728, 2
	%732 = extractvalue { float, float, float, float } %728, 3
	%733 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %632, i32 %633, float %729, float %730, float %731, float %732)
	%734 = extractvalue { float, float, float, float } %733, 0
	%735 = extractvalue { float, float, float, float } %733, 1
	%736 = extractvalue { float, float, float, float } %733, 2
	%737 = extractvalue { float, float, float, float } %733, 3
	%738 = add i32 %13, 8
	%739 = add i32 %598, %738
	%740 = sub i32 %NB, 1
	%741 = icmp slt i32 %739, %740
	%742 = select i1 %741, i32 %739, i32 %740
	%743 = mul i32 %7, %NB
	%744 = add i32 %743, %742
	%745 = mul i32 %744, 64
	%746 = mul i32 %14, 16
	%747 = add i32 %745, %746
	%748 = mul i32 %11, 0
	%749 = add i32 %747, %748
	%750 = add i32 %749, 0
	%751 = sext i32 %750 to i64
	%752 = getelementptr i16, i16* %km, i64 %751
	%753 = bitcast i16* %752 to <4 x i32>*
	%754 = load <4 x i32>, <4 x i32>* %753, align 16
	%755 = extractelement <4 x i32> %754, i32 0
	%756 = extractelement <4 x i32> %754, i32 1
	%757 = extractelement <4 x i32> %754, i32 2
	%758 = extractelement <4 x i32> %754, i32 3
	%759 = mul i32 %11, 0
	%760 = add i32 %747, %759
	%761 = add i32 %760, 8
	%762 = sext i32 %761 to i64
	%763 = getelementptr i16, i16* %km, i64 %762
	%764 = bitcast i16* %763 to <4 x i32>*
	%765 = load <4 x i32>, <4 x i32>* %764, align 16
	%766 = extractelement <4 x i32> %765, i32 0
	%767 = extractelement <4 x i32> %765, i32 1
	%768 = extractelement <4 x i32> %765, i32 2
	%769 = extractelement <4 x i32> %765, i32 3
	%770 = mul i32 %11, 1
	%771 = add i32 %747, %770
	%772 = add i32 %771, 0
	%773 = sext i32 %772 to i64
	%774 = getelementptr i16, i16* %km, i64 %773
	%775 = bitcast i16* %774 to <4 x i32>*
	%776 = load <4 x i32>, <4 x i32>* %775, align 16
	%777 = extractelement <4 x i32> %776, i32 0
	%778 = extractelement <4 x i32> %776, i32 1
	%779 = extractelement <4 x i32> %776, i32 2
	%780 = extractelement <4 x i32> %776, i32 3
	%781 = mul i32 %11, 1
	%782 = add i32 %747, %781
	%783 = add i32 %782, 8
	%784 = sext i32 %783 to i64
	%785 = getelementptr i16, i16* %km, i64 %784
	%786 = bitcast i16* %785 to <4 x i32>*
	%787 = load <4 x i32>, <4 x i32>* %786, align 16
	%788 = extractelement <4 x i32> %787, i32 0
	%789 = extractelement <4 x i32> %787, i32 1
	%790 = extractelement <4 x i32> %787, i32 2
	%791 = extractelement <4 x i32> %787, i32 3
	%792 = mul i32 %11, 2
	%793 = add i32 %747, %792
	%794 = add i32 %793, 0
	%795 = sext i32 %794 to i64
	%796 = getelementptr i16, i16* %km, i64 %795
	%797 = bitcast i16* %796 to <4 x i32>*
	%798 = load <4 x i32>, <4 x i32>* %797, align 16
	%799 = extractelement <4 x i32> %798, i32 0
	%800 = extractelement <4 x i32> %798, i32 1
	%801 = extractelement <4 x i32> %798, i32 2
	%802 = extractelement <4 x i32> %798, i32 3
	%803 = mul i32 %11, 2
	%804 = add i32 %747, %803
	%805 = add i32 %804, 8
	%806 = sext i32 %805 to i64
	%807 = getelementptr i16, i16* %km, i64 %806
	%808 = bitcast i16* %807 to <4 x i32>*
	%809 = load <4 x i32>, <4 x i32>* %808, align 16
	%810 = extractelement <4 x i32> %809, i32 0
	%811 = extractelement <4 x i32> %809, i32 1
	%812 = extractelement <4 x i32> %809, i32 2
	%813 = extractelement <4 x i32> %809, i32 3
	%814 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %799, i32 %800, float 0.0, float 0.0, float 0.0, float 0.0)
	%815 = extractvalue { float, float, float, float } %814, 0
	%816 = extractvalue { float, float, float, float } %814, 1
	%817 = extractvalue { float, float, float, float } %814, 2
	%818 = extractvalue { float, float, float, float } %814, 3
	%819 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %777, i32 %778, float %815, float %816, float %817, float %818)
	%820 = extractvalue { float, float, float, float } %819, 0
	%821 = extractvalue { float, float, float, float } %819, 1
	%822 = extractvalue { float, float, float, float } %819, 2
	%823 = extractvalue { float, float, float, float } %819, 3
	%824 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %755, i32 %756, float %820, float %821, float %822, float %823)
	%825 = extractvalue { float, float, float, float } %824, 0
	%826 = extractvalue { float, float, float, float } %824, 1
	%827 = extractvalue { float, float, float, float } %824, 2
	%828 = extractvalue { float, float, float, float } %824, 3
	%829 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %801, i32 %802, float %825, float %826, float %827, float %828)
	%830 = extractvalue { float, float, float, float } %829, 0
	%831 = extractvalue { float, float, float, float } %829, 1
	%832 = extractvalue { float, float, float, float } %829, 2
	%833 = extractvalue { float, float, float, float } %829, 3
	%834 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %779, i32 %780, float %830, float %831, float %832, float %833)
	%835 = extractvalue { float, float, float, float } %834, 0
	%836 = extractvalue { float, float, float, float } %834, 1
	%837 = extractvalue { float, float, float, float } %834, 2
	%838 = extractvalue { float, float, float, float } %834, 3
	%839 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %757, i32 %758, float %835, float %836, float %837, float %838)
	%840 = extractvalue { float, float, float, float } %839, 0
	%841 = extractvalue { float, float, float, float } %839, 1
	%842 = extractvalue { float, float, float, float } %839, 2
	%843 = extractvalue { float, float, float, float } %839, 3
	%844 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %810, i32 %811, float %840, float %841, float %842, float %843)
	%845 = extractvalue { float, float, float, float } %844, 0
	%846 = extractvalue { float, float, float, float } %844, 1
	%847 = extractvalue { float, float, float, float } %844, 2
	%848 = extractvalue { float, float, float, float } %844, 3
	%849 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %788, i32 %789, float %845, float %846, float %847, float %848)
	%850 = extractvalue { float, float, float, float } %849, 0
	%851 = extractvalue { float, float, float, float } %849, 1
	%852 = extractvalue { float, float, float, float } %849, 2
	%853 = extractvalue { float, float, float, float } %849, 3
	%854 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %766, i32 %767, float %850, float %851, float %852, float %853)
	%855 = extractvalue { float, float, float, float } %854, 0
	%856 = extractvalue { float, float, float, float } %854, 1
	%857 = extractvalue { float, float, float, float } %854, 2
	%858 = extractvalue { float, float, float, float } %854, 3
	%859 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %812, i32 %813, float %855, float %856, float %857, float %858)
	%860 = extractvalue { float, float, float, float } %859, 0
	%861 = extractvalue { float, float, float, float } %859, 1
	%862 = extractvalue { float, float, float, float } %859, 2
	%863 = extractvalue { float, float, float, float } %859, 3
	%864 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %790, i32 %791, float %860, float %861, float %862, float %863)
	%865 = extractvalue { float, float, float, float } %864, 0
	%866 = extractvalue { float, float, float, float } %864, 1
	%867 = extractvalue { float, float, float, float } %864, 2
	%868 = extractvalue { float, float, float, float } %864, 3
	%869 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %768, i32 %769, float %865, float %866, float %867, float %868)
	%870 = extractvalue { float, float, float, float } %869, 0
	%871 = extractvalue { float, float, float, float } %869, 1
	%872 = extractvalue { float, float, float, float } %869, 2
	%873 = extractvalue { float, float, float, float } %869, 3
	%874 = add i32 %13, 16
	%875 = add i32 %598, %874
	%876 = sub i32 %NB, 1
	%877 = icmp slt i32 %875, %876
	%878 = select i1 %877, i32 %875, i32 %876
	%879 = mul i32 %7, %NB
	%880 = add i32 %879, %878
	%881 = mul i32 %880, 64
	%882 = mul i32 %14, 16
	%883 = add i32 %881, %882
	%884 = mul i32 %11, 0
	%885 = add i32 %883, %884
	%886 = add i32 %885, 0
	%887 = sext i32 %886 to i64
	%888 = getelementptr i16, i16* %km, i64 %887
	%889 = bitcast i16* %888 to <4 x i32>*
	%890 = load <4 x i32>, <4 x i32>* %889, align 16
	%891 = extractelement <4 x i32> %890, i32 0
	%892 = extractelement <4 x i32> %890, i32 1
	%893 = extractelement <4 x i32> %890, i32 2
	%894 = extractelement <4 x i32> %890, i32 3
	%895 = mul i32 %11, 0
	%896 = add i32 %883, %895
	%897 = add i32 %896, 8
	%898 = sext i32 %897 to i64
	%899 = getelementptr i16, i16* %km, i64 %898
	%900 = bitcast i16* %899 to <4 x i32>*
	%901 = load <4 x i32>, <4 x i32>* %900, align 16
	%902 = extractelement <4 x i32> %901, i32 0
	%903 = extractelement <4 x i32> %901, i32 1
	%904 = extractelement <4 x i32> %901, i32 2
	%905 = extractelement <4 x i32> %901, i32 3
	%906 = mul i32 %11, 1
	%907 = add i32 %883, %906
	%908 = add i32 %907, 0
	%909 = sext i32 %908 to i64
	%910 = getelementptr i16, i16* %km, i64 %909
	%911 = bitcast i16* %910 to <4 x i32>*
	%912 = load <4 x i32>, <4 x i32>* %911, align 16
	%913 = extractelement <4 x i32> %912, i32 0
	%914 = extractelement <4 x i32> %912, i32 1
	%915 = extractelement <4 x i32> %912, i32 2
	%916 = extractelement <4 x i32> %912, i32 3
	%917 = mul i32 %11, 1
	%918 = add i32 %883, %917
	%919 = add i32 %918, 8
	%920 = sext i32 %919 to i64
	%921 = getelementptr i16, i16* %km, i64 %920
	%922 = bitcast i16* %921 to <4 x i32>*
	%923 = load <4 x i32>, <4 x i32>* %922, align 16
	%924 = extractelement <4 x i32> %923, i32 0
	%925 = extractelement <4 x i32> %923, i32 1
	%926 = extractelement <4 x i32> %923, i32 2
	%927 = extractelement <4 x i32> %923, i32 3
	%928 = mul i32 %11, 2
	%929 = add i32 %883, %928
	%930 = add i32 %929, 0
	%931 = sext i32 %930 to i64
	%932 = getelementptr i16, i16* %km, i64 %931
	%933 = bitcast i16* %932 to <4 x i32>*
	%934 = load <4 x i32>, <4 x i32>* %933, align 16
	%935 = extractelement <4 x i32> %934, i32 0
	%936 = extractelement <4 x i32> %934, i32 1
	%937 = extractelement <4 x i32> %934, i32 2
	%938 = extractelement <4 x i32> %934, i32 3
	%939 = mul i32 %11, 2
	%940 = add i32 %883, %939
	%941 = add i32 %940, 8
	%942 = sext i32 %941 to i64
	%943 = getelementptr i16, i16* %km, i64 %942
	%944 = bitcast i16* %943 to <4 x i32>*
	%945 = load <4 x i32>, <4 x i32>* %944, align 16
	%946 = extractelement <4 x i32> %945, i32 0
	%947 = extractelement <4 x i32> %945, i32 1
	%948 = extractelement <4 x i32> %945, i32 2
	%949 = extractelement <4 x i32> %945, i32 3
	%950 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %935, i32 %936, float 0.0, float 0.0, float 0.0, float 0.0)
	%951 = extractvalue { float, float, float, float } %950, 0
	%952 = extractvalue { float, float, float, float } %950, 1
	%953 = extractvalue { float, float, float, float } %950, 2
	%954 = extractvalue { float, float, float, float } %950, 3
	%955 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %913, i32 %914, float %951, float %952, float %953, float %954)
	%956 = extractvalue { float, float, float, float } %955, 0
	%957 = extractvalue { float, float, float, float } %955, 1
	%958 = extractvalue { float, float, float, float } %955, 2
	%959 = extractvalue { float, float, float, float } %955, 3
	%960 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %891, i32 %892, float %956, float %957, float %958, float %959)
	%961 = extractvalue { float, float, float, float } %960, 0
	%962 = extractvalue { float, float, float, float } %960, 1
	%963 = extractvalue { float, float, float, float } %960, 2
	%964 = extractvalue { float, float, float, float } %960, 3
	%965 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %937, i32 %938, float %961, float %962, float %963, float %964)
	%966 = extractvalue { float, float, float, float } %965, 0
	%967 = extractvalue { float, float, float, float } %965, 1
	%968 = extractvalue { float, float, float, float } %965, 2
	%969 = extractvalue { float, float, float, float } %965, 3
	%970 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %915, i32 %916, float %966, float %967, float %968, float %969)
	%971 = extractvalue { float, float, float, float } %970, 0
	%972 = extractvalue { float, float, float, float } %970, 1
	%973 = extractvalue { float, float, float, float } %970, 2
	%974 = extractvalue { float, float, float, float } %970, 3
	%975 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %893, i32 %894, float %971, float %972, float %973, float %974)
	%976 = extractvalue { float, float, float, float } %975, 0
	%977 = extractvalue { float, float, float, float } %975, 1
	%978 = extractvalue { float, float, float, float } %975, 2
	%979 = extractvalue { float, float, float, float } %975, 3
	%980 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %946, i32 %947, float %976, float %977, float %978, float %979)
	%981 = extractvalue { float, float, float, float } %980, 0
	%982 = extractvalue { float, float, float, float } %980, 1
	%983 = extractvalue { float, float, float, float } %980, 2
	%984 = extractvalue { float, float, float, float } %980, 3
	%985 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %924, i32 %925, float %981, float %982, float %983, float %984)
	%986 = extractvalue { float, float, float, float } %985, 0
	%987 = extractvalue { float, float, float, float } %985, 1
	%988 = extractvalue { float, float, float, float } %985, 2
	%989 = extractvalue { float, float, float, float } %985, 3
	%990 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %902, i32 %903, float %986, float %987, float %988, float %989)
	%991 = extractvalue { float, float, float, float } %990, 0
	%992 = extractvalue { float, float, float, float } %990, 1
	%993 = extractvalue { float, float, float, float } %990, 2
	%994 = extractvalue { float, float, float, float } %990, 3
	%995 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %948, i32 %949, float %991, float %992, float %993, float %994)
	%996 = extractvalue { float, float, float, float } %995, 0
	%997 = extractvalue { float, float, float, float } %995, 1
	%998 = extractvalue { float, float, float, float } %995, 2
	%999 = extractvalue { float, float, float, float } %995, 3
	%1000 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %926, i32 %927, float %996, float %997, float %998, float %999)
	%1001 = extractvalue { float, float, float, float } %1000, 0
	%1002 = extractvalue { float, float, float, float } %1000, 1
	%1003 = extractvalue { float, float, float, float } %1000, 2
	%1004 = extractvalue { float, float, float, float } %1000, 3
	%1005 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %904, i32 %905, float %1001, float %1002, float %1003, float %1004)
	%1006 = extractvalue { float, float, float, float } %1005, 0
	%1007 = extractvalue { float, float, float, float } %1005, 1
	%1008 = extractvalue { float, float, float, float } %1005, 2
	%1009 = extractvalue { float, float, float, float } %1005, 3
	%1010 = add i32 %13, 24
	%1011 = add i32 %598, %1010
	%1012 = sub i32 %NB, 1
	%1013 = icmp slt i32 %1011, %1012
	%1014 = select i1 %1013, i32 %1011, i32 %1012
	%1015 = mul i32 %7, %NB
	%1016 = add i32 %1015, %1014
	%1017 = mul i32 %1016, 64
	%1018 = mul i32 %14, 16
	%1019 = add i32 %1017, %1018
	%1020 = mul i32 %11, 0
	%1021 = add i32 %1019, %1020
	%1022 = add i32 %1021, 0
	%1023 = sext i32 %1022 to i64
	%1024 = getelementptr i16, i16* %km, i64 %1023
	%1025 = bitcast i16* %1024 to <4 x i32>*
	%1026 = load <4 x i32>, <4 x i32>* %1025, align 16
	%1027 = extractelement <4 x i32> %1026, i32 0
	%1028 = extractelement <4 x i32> %1026, i32 1
	%1029 = extractelement <4 x i32> %1026, i32 2
	%1030 = extractelement <4 x i32> %1026, i32 3
	%1031 = mul i32 %11, 0
	%1032 = add i32 %1019, %1031
	%1033 = add i32 %1032, 8
	%1034 = sext i32 %1033 to i64
	%1035 = getelementptr i16, i16* %km, i64 %1034
	%1036 = bitcast i16* %1035 to <4 x i32>*
	%1037 = load <4 x i32>, <4 x i32>* %1036, align 16
	%1038 = extractelement <4 x i32> %1037, i32 0
	%1039 = extractelement <4 x i32> %1037, i32 1
	%1040 = extractelement <4 x i32> %1037, i32 2
	%1041 = extractelement <4 x i32> %1037, i32 3
	%1042 = mul i32 %11, 1
	%1043 = add i32 %1019, %1042
	%1044 = add i32 %1043, 0
	%1045 = sext i32 %1044 to i64
	%1046 = getelementptr i16, i16* %km, i64 %1045
	%1047 = bitcast i16* %1046 to <4 x i32>*
	%1048 = load <4 x i32>, <4 x i32>* %1047, align 16
	%1049 = extractelement <4 x i32> %1048, i32 0
	%1050 = extractelement <4 x i32> %1048, i32 1
	%1051 = extractelement <4 x i32> %1048, i32 2
	%1052 = extractelement <4 x i32> %1048, i32 3
	%1053 = mul i32 %11, 1
	%1054 = add i32 %1019, %1053
	%1055 = add i32 %1054, 8
	%1056 = sext i32 %1055 to i64
	%1057 = getelementptr i16, i16* %km, i64 %1056
	%1058 = bitcast i16* %1057 to <4 x i32>*
	%1059 = load <4 x i32>, <4 x i32>* %1058, align 16
	%1060 = extractelement <4 x i32> %1059, i32 0
	%1061 = extractelement <4 x i32> %1059, i32 1
	%1062 = extractelement <4 x i32> %1059, i32 2
	%1063 = extractelement <4 x i32> %1059, i32 3
	%1064 = mul i32 %11, 2
	%1065 = add i32 %1019, %1064
	%1066 = add i32 %1065, 0
	%1067 = sext i32 %1066 to i64
	%1068 = getelementptr i16, i16* %km, i64 %1067
	%1069 = bitcast i16* %1068 to <4 x i32>*
	%1070 = load <4 x i32>, <4 x i32>* %1069, align 16
	%1071 = extractelement <4 x i32> %1070, i32 0
	%1072 = extractelement <4 x i32> %1070, i32 1
	%1073 = extractelement <4 x i32> %1070, i32 2
	%1074 = extractelement <4 x i32> %1070, i32 3
	%1075 = mul i32 %11, 2
	%1076 = add i32 %1019, %1075
	%1077 = add i32 %1076, 8
	%1078 = sext i32 %1077 to i64
	%1079 = getelementptr i16, i16* %km, i64 %1078
	%1080 = bitcast i16* %1079 to <4 x i32>*
	%1081 = load <4 x i32>, <4 x i32>* %1080, align 16
	%1082 = extractelement <4 x i32> %1081, i32 0
	%1083 = extractelement <4 x i32> %1081, i32 1
	%1084 = extractelement <4 x i32> %1081, i32 2
	%1085 = extractelement <4 x i32> %1081, i32 3
	%1086 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %1071, i32 %1072, float 0.0, float 0.0, float 0.0, float 0.0)
	%1087 = extractvalue { float, float, float, float } %1086, 0
	%1088 = extractvalue { float, float, float, float } %1086, 1
	%1089 = extractvalue { float, float, float, float } %1086, 2
	%1090 = extractvalue { float, float, float, float } %1086, 3
	%1091 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %1049, i32 %1050, float %1087, float %1088, float %1089, float %1090)
	%1092 = extractvalue { float, float, float, float } %1091, 0
	%1093 = extractvalue { float, float, float, float } %1091, 1
	%1094 = extractvalue { float, float, float, float } %1091, 2
	%1095 = extractvalue { float, float, float, float } %1091, 3
	%1096 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %29, i32 %44, i32 %59, i32 %74, i32 %1027, i32 %1028, float %1092, float %1093, float %1094, float %1095)
	%1097 = extractvalue { float, float, float, float } %1096, 0
	%1098 = extractvalue { float, float, float, float } %1096, 1
	%1099 = extractvalue { float, float, float, float } %1096, 2
	%1100 = extractvalue { float, float, float, float } %1096, 3
	%1101 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %1073, i32 %1074, float %1097, float %1098, float %1099, float %1100)
	%1102 = extractvalue { float, float, float, float } %1101, 0
	%1103 = extractvalue { float, float, float, float } %1101, 1
	%1104 = extractvalue { float, float, float, float } %1101, 2
	%1105 = extractvalue { float, float, float, float } %1101, 3
	%1106 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %1051, i32 %1052, float %1102, float %1103, float %1104, float %1105)
	%1107 = extractvalue { float, float, float, float } %1106, 0
	%1108 = extractvalue { float, float, float, float } %1106, 1
	%1109 = extractvalue { float, float, float, float } %1106, 2
	%1110 = extractvalue { float, float, float, float } %1106, 3
	%1111 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %89, i32 %104, i32 %119, i32 %134, i32 %1029, i32 %1030, float %1107, float %1108, float %1109, float %1110)
	%1112 = extractvalue { float, float, float, float } %1111, 0
	%1113 = extractvalue { float, float, float, float } %1111, 1
	%1114 = extractvalue { float, float, float, float } %1111, 2
	%1115 = extractvalue { float, float, float, float } %1111, 3
	%1116 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %1082, i32 %1083, float %1112, float %1113, float %1114, float %1115)
	%1117 = extractvalue { float, float, float, float } %1116, 0
	%1118 = extractvalue { float, float, float, float } %1116, 1
	%1119 = extractvalue { float, float, float, float } %1116, 2
	%1120 = extractvalue { float, float, float, float } %1116, 3
	%1121 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %1060, i32 %1061, float %1117, float %1118, float %1119, float %1120)
	%1122 = extractvalue { float, float, float, float } %1121, 0
	%1123 = extractvalue { float, float, float, float } %1121, 1
	%1124 = extractvalue { float, float, float, float } %1121, 2
	%1125 = extractvalue { float, float, float, float } %1121, 3
	%1126 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %149, i32 %164, i32 %179, i32 %194, i32 %1038, i32 %1039, float %1122, float %1123, float %1124, float %1125)
	%1127 = extractvalue { float, float, float, float } %1126, 0
	%1128 = extractvalue { float, float, float, float } %1126, 1
	%1129 = extractvalue { float, float, float, float } %1126, 2
	%1130 = extractvalue { float, float, float, float } %1126, 3
	%1131 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %1084, i32 %1085, float %1127, float %1128, float %1129, float %1130)
	%1132 = extractvalue { float, float, float, float } %1131, 0
	%1133 = extractvalue { float, float, float, float } %1131, 1
	%1134 = extractvalue { float, float, float, float } %1131, 2
	%1135 = extractvalue { float, float, float, float } %1131, 3
	%1136 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %1062, i32 %1063, float %1132, float %1133, float %1134, float %1135)
	%1137 = extractvalue { float, float, float, float } %1136, 0
	%1138 = extractvalue { float, float, float, float } %1136, 1
	%1139 = extractvalue { float, float, float, float } %1136, 2
	%1140 = extractvalue { float, float, float, float } %1136, 3
	%1141 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %209, i32 %224, i32 %239, i32 %254, i32 %1040, i32 %1041, float %1137, float %1138, float %1139, float %1140)
	%1142 = extractvalue { float, float, float, float } %1141, 0
	%1143 = extractvalue { float, float, float, float } %1141, 1
	%1144 = extractvalue { float, float, float, float } %1141, 2
	%1145 = extractvalue { float, float, float, float } %1141, 3
	br label %1146

1146:
	%1147 = phi float [ 0.0, %596 ], [ %734, %601 ]
	%1148 = phi float [ 0.0, %596 ], [ %735, %601 ]
	%1149 = phi float [ 0.0, %596 ], [ %736, %601 ]
	%1150 = phi float [ 0.0, %596 ], [ %737, %601 ]
	%1151 = phi float [ 0.0, %596 ], [ %870, %601 ]
	%1152 = phi float [ 0.0, %596 ], [ %871, %601 ]
	%1153 = phi float [ 0.0, %596 ], [ %872, %601 ]
	%1154 = phi float [ 0.0, %596 ], [ %873, %601 ]
	%1155 = phi float [ 0.0, %596 ], [ %1006, %601 ]
	%1156 = phi float [ 0.0, %596 ], [ %1007, %601 ]
	%1157 = phi float [ 0.0, %596 ], [ %1008, %601 ]
	%1158 = phi float [ 0.0, %596 ], [ %1009, %601 ]
	%1159 = phi float [ 0.0, %596 ], [ %1142, %601 ]
	%1160 = phi float [ 0.0, %596 ], [ %1143, %601 ]
	%1161 = phi float [ 0.0, %596 ], [ %1144, %601 ]
	%1162 = phi float [ 0.0, %596 ], [ %1145, %601 ]
	%1163 = add i32 %598, 32
	%1164 = icmp sle i32 %1163, %584
	br i1 %1164, label %1165, label %1326

1165:
	%1166 = fmul float %1147, 0.125
	%1167 = mul i32 %4, 32
	%1168 = shl i32 %14, 1
	%1169 = add i32 %1168, 0
	%1170 = add i32 %1167, %1169
	%1171 = mul i32 %255, 129
	%1172 = add i32 %1171, %1170
	%1173 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1174 = bitcast i8 addrspace(3)* %1173 to float addrspace(3)*
	%1175 = getelementptr float, float addrspace(3)* %1174, i32 %1172
	store float %1166, float addrspace(3)* %1175
	%1176 = fmul float %1148, 0.125
	%1177 = mul i32 %4, 32
	%1178 = shl i32 %14, 1
	%1179 = add i32 %1178, 1
	%1180 = add i32 %1177, %1179
	%1181 = mul i32 %255, 129
	%1182 = add i32 %1181, %1180
	%1183 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1184 = bitcast i8 addrspace(3)* %1183 to float addrspace(3)*
	%1185 = getelementptr float, float addrspace(3)* %1184, i32 %1182
	store float %1176, float addrspace(3)* %1185
	%1186 = fmul float %1149, 0.125
	%1187 = mul i32 %4, 32
	%1188 = shl i32 %14, 1
	%1189 = add i32 %1188, 0
	%1190 = add i32 %1187, %1189
	%1191 = mul i32 %307, 129
	%1192 = add i32 %1191, %1190
	%1193 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1194 = bitcast i8 addrspace(3)* %1193 to float addrspace(3)*
	%1195 = getelementptr float, float addrspace(3)* %1194, i32 %1192
	store float %1186, float addrspace(3)* %1195
	%1196 = fmul float %1150, 0.125
	%1197 = mul i32 %4, 32
	%1198 = shl i32 %14, 1
	%1199 = add i32 %1198, 1
	%1200 = add i32 %1197, %1199
	%1201 = mul i32 %307, 129
	%1202 = add i32 %1201, %1200
	%1203 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1204 = bitcast i8 addrspace(3)* %1203 to float addrspace(3)*
	%1205 = getelementptr float, float addrspace(3)* %1204, i32 %1202
	store float %1196, float addrspace(3)* %1205
	%1206 = fmul float %1151, 0.125
	%1207 = mul i32 %4, 32
	%1208 = shl i32 %14, 1
	%1209 = add i32 %1208, 8
	%1210 = add i32 %1207, %1209
	%1211 = mul i32 %255, 129
	%1212 = add i32 %1211, %1210
	%1213 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1214 = bitcast i8 addrspace(3)* %1213 to float addrspace(3)*
	%1215 = getelementptr float, float addrspace(3)* %1214, i32 %1212
	store float %1206, float addrspace(3)* %1215
	%1216 = fmul float %1152, 0.125
	%1217 = mul i32 %4, 32
	%1218 = shl i32 %14, 1
	%1219 = add i32 %1218, 9
	%1220 = add i32 %1217, %1219
	%1221 = mul i32 %255, 129
	%1222 = add i32 %1221, %1220
	%1223 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1224 = bitcast i8 addrspace(3)* %1223 to float addrspace(3)*
	%1225 = getelementptr float, float addrspace(3)* %1224, i32 %1222
	store float %1216, float addrspace(3)* %1225
	%1226 = fmul float %1153, 0.125
	%1227 = mul i32 %4, 32
	%1228 = shl i32 %14, 1
	%1229 = add i32 %1228, 8
	%1230 = add i32 %1227, %1229
	%1231 = mul i32 %307, 129
	%1232 = add i32 %1231, %1230
	%1233 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1234 = bitcast i8 addrspace(3)* %1233 to float addrspace(3)*
	%1235 = getelementptr float, float addrspace(3)* %1234, i32 %1232
	store float %1226, float addrspace(3)* %1235
	%1236 = fmul float %1154, 0.125
	%1237 = mul i32 %4, 32
	%1238 = shl i32 %14, 1
	%1239 = add i32 %1238, 9
	%1240 = add i32 %1237, %1239
	%1241 = mul i32 %307, 129
	%1242 = add i32 %1241, %1240
	%1243 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1244 = bitcast i8 addrspace(3)* %1243 to float addrspace(3)*
	%1245 = getelementptr float, float addrspace(3)* %1244, i32 %1242
	store float %1236, float addrspace(3)* %1245
	%1246 = fmul float %1155, 0.125
	%1247 = mul i32 %4, 32
	%1248 = shl i32 %14, 1
	%1249 = add i32 %1248, 16
	%1250 = add i32 %1247, %1249
	%1251 = mul i32 %255, 129
	%1252 = add i32 %1251, %1250
	%1253 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1254 = bitcast i8 addrspace(3)* %1253 to float addrspace(3)*
	%1255 = getelementptr float, float addrspace(3)* %1254, i32 %1252
	store float %1246, float addrspace(3)* %1255
	%1256 = fmul float %1156, 0.125
	%1257 = mul i32 %4, 32
	%1258 = shl i32 %14, 1
	%1259 = add i32 %1258, 17
	%1260 = add i32 %1257, %1259
	%1261 = mul i32 %255, 129
	%1262 = add i32 %1261, %1260
	%1263 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1264 = bitcast i8 addrspace(3)* %1263 to float addrspace(3)*
	%1265 = getelementptr float, float addrspace(3)* %1264, i32 %1262
	store float %1256, float addrspace(3)* %1265
	%1266 = fmul float %1157, 0.125
	%1267 = mul i32 %4, 32
	%1268 = shl i32 %14, 1
	%1269 = add i32 %1268, 16
	%1270 = add i32 %1267, %1269
	%1271 = mul i32 %307, 129
	%1272 = add i32 %1271, %1270
	%1273 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1274 = bitcast i8 addrspace(3)* %1273 to float addrspace(3)*
	%1275 = getelementptr float, float addrspace(3)* %1274, i32 %1272
	store float %1266, float addrspace(3)* %1275
	%1276 = fmul float %1158, 0.125
	%1277 = mul i32 %4, 32
	%1278 = shl i32 %14, 1
	%1279 = add i32 %1278, 17
	%1280 = add i32 %1277, %1279
	%1281 = mul i32 %307, 129
	%1282 = add i32 %1281, %1280
	%1283 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1284 = bitcast i8 addrspace(3)* %1283 to float addrspace(3)*
	%1285 = getelementptr float, float addrspace(3)* %1284, i32 %1282
	store float %1276, float addrspace(3)* %1285
	%1286 = fmul float %1159, 0.125
	%1287 = mul i32 %4, 32
	%1288 = shl i32 %14, 1
	%1289 = add i32 %1288, 24
	%1290 = add i32 %1287, %1289
	%1291 = mul i32 %255, 129
	%1292 = add i32 %1291, %1290
	%1293 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1294 = bitcast i8 addrspace(3)* %1293 to float addrspace(3)*
	%1295 = getelementptr float, float addrspace(3)* %1294, i32 %1292
	store float %1286, float addrspace(3)* %1295
	%1296 = fmul float %1160, 0.125
	%1297 = mul i32 %4, 32
	%1298 = shl i32 %14, 1
	%1299 = add i32 %1298, 25
	%1300 = add i32 %1297, %1299
	%1301 = mul i32 %255, 129
	%1302 = add i32 %1301, %1300
	%1303 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1304 = bitcast i8 addrspace(3)* %1303 to float addrspace(3)*
	%1305 = getelementptr float, float addrspace(3)* %1304, i32 %1302
	store float %1296, float addrspace(3)* %1305
	%1306 = fmul float %1161, 0.125
	%1307 = mul i32 %4, 32
	%1308 = shl i32 %14, 1
	%1309 = add i32 %1308, 24
	%1310 = add i32 %1307, %1309
	%1311 = mul i32 %307, 129
	%1312 = add i32 %1311, %1310
	%1313 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1314 = bitcast i8 addrspace(3)* %1313 to float addrspace(3)*
	%1315 = getelementptr float, float addrspace(3)* %1314, i32 %1312
	store float %1306, float addrspace(3)* %1315
	%1316 = fmul float %1162, 0.125
	%1317 = mul i32 %4, 32
	%1318 = shl i32 %14, 1
	%1319 = add i32 %1318, 25
	%1320 = add i32 %1317, %1319
	%1321 = mul i32 %307, 129
	%1322 = add i32 %1321, %1320
	%1323 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1324 = bitcast i8 addrspace(3)* %1323 to float addrspace(3)*
	%1325 = getelementptr float, float addrspace(3)* %1324, i32 %1322
	store float %1316, float addrspace(3)* %1325
	br i1 %12, label %1328, label %1537

1326:
	%1327 = xor i1 %1164, true
	br i1 %1327, label %1538, label %1562

1328:
	%1329 = fmul float %1147, 0.125
	%1330 = mul i32 %4, 32
	%1331 = shl i32 %14, 1
	%1332 = add i32 %1331, 0
	%1333 = add i32 %1330, %1332
	%1334 = add i32 %586, %1333
	%1335 = mul i32 %2, %M
	%1336 = add i32 %5, %255
	%1337 = add i32 %1335, %1336
	%1338 = mul i32 %1337, %NB
	%1339 = add i32 %1338, %1334
	%1340 = sext i32 %1339 to i64
	%1341 = getelementptr float, float* %e, i64 %1340
	store float %1329, float* %1341
	%1342 = fmul float %1148, 0.125
	%1343 = mul i32 %4, 32
	%1344 = shl i32 %14, 1
	%1345 = add i32 %1344, 1
	%1346 = add i32 %1343, %1345
	%1347 = add i32 %586, %1346
	%1348 = mul i32 %2, %M
	%1349 = add i32 %5, %255
	%1350 = add i32 %1348, %1349
	%1351 = mul i32 %1350, %NB
	%1352 = add i32 %1351, %1347
	%1353 = sext i32 %1352 to i64
	%1354 = getelementptr float, float* %e, i64 %1353
	store float %1342, float* %1354
	%1355 = fmul float %1149, 0.125
	%1356 = mul i32 %4, 32
	%1357 = shl i32 %14, 1
	%1358 = add i32 %1357, 0
	%1359 = add i32 %1356, %1358
	%1360 = add i32 %586, %1359
	%1361 = mul i32 %2, %M
	%1362 = add i32 %5, %307
	%1363 = add i32 %1361, %1362
	%1364 = mul i32 %1363, %NB
	%1365 = add i32 %1364, %1360
	%1366 = sext i32 %1365 to i64
	%1367 = getelementptr float, float* %e, i64 %1366
	store float %1355, float* %1367
	%1368 = fmul float %1150, 0.125
	%1369 = mul i32 %4, 32
	%1370 = shl i32 %14, 1
	%1371 = add i32 %1370, 1
	%1372 = add i32 %1369, %1371
	%1373 = add i32 %586, %1372
	%1374 = mul i32 %2, %M
	%1375 = add i32 %5, %307
	%1376 = add i32 %1374, %1375
	%1377 = mul i32 %1376, %NB
	%1378 = add i32 %1377, %1373
	%1379 = sext i32 %1378 to i64
	%1380 = getelementptr float, float* %e, i64 %1379
	store float %1368, float* %1380
	%1381 = fmul float %1151, 0.125
	%1382 = mul i32 %4, 32
	%1383 = shl i32 %14, 1
	%1384 = add i32 %1383, 8
	%1385 = add i32 %1382, %1384
	%1386 = add i32 %586, %1385
	%1387 = mul i32 %2, %M
	%1388 = add i32 %5, %255
	%1389 = add i32 %1387, %1388
	%1390 = mul i32 %1389, %NB
	%1391 = add i32 %1390, %1386
	%1392 = sext i32 %1391 to i64
	%1393 = getelementptr float, float* %e, i64 %1392
	store float %1381, float* %1393
	%1394 = fmul float %1152, 0.125
	%1395 = mul i32 %4, 32
	%1396 = shl i32 %14, 1
	%1397 = add i32 %1396, 9
	%1398 = add i32 %1395, %1397
	%1399 = add i32 %586, %1398
	%1400 = mul i32 %2, %M
	%1401 = add i32 %5, %255
	%1402 = add i32 %1400, %1401
	%1403 = mul i32 %1402, %NB
	%1404 = add i32 %1403, %1399
	%1405 = sext i32 %1404 to i64
	%1406 = getelementptr float, float* %e, i64 %1405
	store float %1394, float* %1406
	%1407 = fmul float %1153, 0.125
	%1408 = mul i32 %4, 32
	%1409 = shl i32 %14, 1
	%1410 = add i32 %1409, 8
	%1411 = add i32 %1408, %1410
	%1412 = add i32 %586, %1411
	%1413 = mul i32 %2, %M
	%1414 = add i32 %5, %307
	%1415 = add i32 %1413, %1414
	%1416 = mul i32 %1415, %NB
	%1417 = add i32 %1416, %1412
	%1418 = sext i32 %1417 to i64
	%1419 = getelementptr float, float* %e, i64 %1418
	store float %1407, float* %1419
	%1420 = fmul float %1154, 0.125
	%1421 = mul i32 %4, 32
	%1422 = shl i32 %14, 1
	%1423 = add i32 %1422, 9
	%1424 = add i32 %1421, %1423
	%1425 = add i32 %586, %1424
	%1426 = mul i32 %2, %M
	%1427 = add i32 %5, %307
	%1428 = add i32 %1426, %1427
	%1429 = mul i32 %1428, %NB
	%1430 = add i32 %1429, %1425
	%1431 = sext i32 %1430 to i64
	%1432 = getelementptr float, float* %e, i64 %1431
	store float %1420, float* %1432
	%1433 = fmul float %1155, 0.125
	%1434 = mul i32 %4, 32
	%1435 = shl i32 %14, 1
	%1436 = add i32 %1435, 16
	%1437 = add i32 %1434, %1436
	%1438 = add i32 %586, %1437
	%1439 = mul i32 %2, %M
	%1440 = add i32 %5, %255
	%1441 = add i32 %1439, %1440
	%1442 = mul i32 %1441, %NB
	%1443 = add i32 %1442, %1438
	%1444 = sext i32 %1443 to i64
	%1445 = getelementptr float, float* %e, i64 %1444
	store float %1433, float* %1445
	%1446 = fmul float %1156, 0.125
	%1447 = mul i32 %4, 32
	%1448 = shl i32 %14, 1
	%1449 = add i32 %1448, 17
	%1450 = add i32 %1447, %1449
	%1451 = add i32 %586, %1450
	%1452 = mul i32 %2, %M
	%1453 = add i32 %5, %255
	%1454 = add i32 %1452, %1453
	%1455 = mul i32 %1454, %NB
	%1456 = add i32 %1455, %1451
	%1457 = sext i32 %1456 to i64
	%1458 = getelementptr float, float* %e, i64 %1457
	store float %1446, float* %1458
	%1459 = fmul float %1157, 0.125
	%1460 = mul i32 %4, 32
	%1461 = shl i32 %14, 1
	%1462 = add i32 %1461, 16
	%1463 = add i32 %1460, %1462
	%1464 = add i32 %586, %1463
	%1465 = mul i32 %2, %M
	%1466 = add i32 %5, %307
	%1467 = add i32 %1465, %1466
	%1468 = mul i32 %1467, %NB
	%1469 = add i32 %1468, %1464
	%1470 = sext i32 %1469 to i64
	%1471 = getelementptr float, float* %e, i64 %1470
	store float %1459, float* %1471
	%1472 = fmul float %1158, 0.125
	%1473 = mul i32 %4, 32
	%1474 = shl i32 %14, 1
	%1475 = add i32 %1474, 17
	%1476 = add i32 %1473, %1475
	%1477 = add i32 %586, %1476
	%1478 = mul i32 %2, %M
	%1479 = add i32 %5, %307
	%1480 = add i32 %1478, %1479
	%1481 = mul i32 %1480, %NB
	%1482 = add i32 %1481, %1477
	%1483 = sext i32 %1482 to i64
	%1484 = getelementptr float, float* %e, i64 %1483
	store float %1472, float* %1484
	%1485 = fmul float %1159, 0.125
	%1486 = mul i32 %4, 32
	%1487 = shl i32 %14, 1
	%1488 = add i32 %1487, 24
	%1489 = add i32 %1486, %1488
	%1490 = add i32 %586, %1489
	%1491 = mul i32 %2, %M
	%1492 = add i32 %5, %255
	%1493 = add i32 %1491, %1492
	%1494 = mul i32 %1493, %NB
	%1495 = add i32 %1494, %1490
	%1496 = sext i32 %1495 to i64
	%1497 = getelementptr float, float* %e, i64 %1496
	store float %1485, float* %1497
	%1498 = fmul float %1160, 0.125
	%1499 = mul i32 %4, 32
	%1500 = shl i32 %14, 1
	%1501 = add i32 %1500, 25
	%1502 = add i32 %1499, %1501
	%1503 = add i32 %586, %1502
	%1504 = mul i32 %2, %M
	%1505 = add i32 %5, %255
	%1506 = add i32 %1504, %1505
	%1507 = mul i32 %1506, %NB
	%1508 = add i32 %1507, %1503
	%1509 = sext i32 %1508 to i64
	%1510 = getelementptr float, float* %e, i64 %1509
	store float %1498, float* %1510
	%1511 = fmul float %1161, 0.125
	%1512 = mul i32 %4, 32
	%1513 = shl i32 %14, 1
	%1514 = add i32 %1513, 24
	%1515 = add i32 %1512, %1514
	%1516 = add i32 %586, %1515
	%1517 = mul i32 %2, %M
	%1518 = add i32 %5, %307
	%1519 = add i32 %1517, %1518
	%1520 = mul i32 %1519, %NB
	%1521 = add i32 %1520, %1516
	%1522 = sext i32 %1521 to i64
	%1523 = getelementptr float, float* %e, i64 %1522
	store float %1511, float* %1523
	%1524 = fmul float %1162, 0.125
	%1525 = mul i32 %4, 32
	%1526 = shl i32 %14, 1
	%1527 = add i32 %1526, 25
	%1528 = add i32 %1525, %1527
	%1529 = add i32 %586, %1528
	%1530 = mul i32 %2, %M
	%1531 = add i32 %5, %307
	%1532 = add i32 %1530, %1531
	%1533 = mul i32 %1532, %NB
	%1534 = add i32 %1533, %1529
	%1535 = sext i32 %1534 to i64
	%1536 = getelementptr float, float* %e, i64 %1535
	store float %1524, float* %1536
	br label %1537

1537:
	br label %1326

1538:
	%1539 = mul i32 %4, 32
	%1540 = shl i32 %14, 1
	%1541 = add i32 %1540, 0
	%1542 = add i32 %1539, %1541
	%1543 = add i32 %586, %1542
	%1544 = icmp slt i32 %1543, %377
	%1545 = and i1 %1544, %294
	%1546 = icmp slt i32 %1543, %306
	%1547 = and i1 %1545, %1546
	%1548 = fmul float %1147, 0.125
	%1549 = icmp sge i32 %1543, %279
	%1550 = icmp sle i32 %1543, %282
	%1551 = and i1 %1549, %1550
	%1552 = xor i1 %1551, true
	%1553 = and i1 %1547, %1552
	%1554 = select i1 %1553, float %1548, float 0xFFF0000000000000
	%1555 = mul i32 %255, 129
	%1556 = add i32 %1555, %1542
	%1557 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1558 = bitcast i8 addrspace(3)* %1557 to float addrspace(3)*
	%1559 = getelementptr float, float addrspace(3)* %1558, i32 %1556
	store float %1554, float addrspace(3)* %1559
	%1560 = and i1 %1544, %294
	%1561 = and i1 %12, %1560
	br i1 %1561, label %1563, label %1572

1562:
	call void @llvm.nvvm.barrier0()
	br i1 %419, label %2068, label %2122

1563:
	%1564 = select i1 %1547, float %1548, float 0xFFF0000000000000
	%1565 = mul i32 %2, %M
	%1566 = add i32 %5, %255
	%1567 = add i32 %1565, %1566
	%1568 = mul i32 %1567, %NB
	%1569 = add i32 %1568, %1543
	%1570 = sext i32 %1569 to i64
	%1571 = getelementptr float, float* %e, i64 %1570
	store float %1564, float* %1571
	br label %1572

1572:
	%1573 = mul i32 %4, 32
	%1574 = shl i32 %14, 1
	%1575 = add i32 %1574, 1
	%1576 = add i32 %1573, %1575
	%1577 = add i32 %586, %1576
	%1578 = icmp slt i32 %1577, %377
	%1579 = and i1 %1578, %294
	%1580 = icmp slt i32 %1577, %306
	%1581 = and i1 %1579, %1580
	%1582 = fmul float %1148, 0.125
	%1583 = icmp sge i32 %1577, %279
	%1584 = icmp sle i32 %1577, %282
	%1585 = and i1 %1583, %1584
	%1586 = xor i1 %1585, true
	%1587 = and i1 %1581, %1586
	%1588 = select i1 %1587, float %1582, float 0xFFF0000000000000
	%1589 = mul i32 %255, 129
	%1590 = add i32 %1589, %1576
	%1591 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1592 = bitcast i8 addrspace(3)* %1591 to float addrspace(3)*
	%1593 = getelementptr float, float addrspace(3)* %1592, i32 %1590
	store float %1588, float addrspace(3)* %1593
	%1594 = and i1 %1578, %294
	%1595 = and i1 %12, %1594
	br i1 %1595, label %1596, label %1605

1596:
	%1597 = select i1 %1581, float %1582, float 0xFFF0000000000000
	%1598 = mul i32 %2, %M
	%1599 = add i32 %5, %255
	%1600 = add i32 %1598, %1599
	%1601 = mul i32 %1600, %NB
	%1602 = add i32 %1601, %1577
	%1603 = sext i32 %1602 to i64
	%1604 = getelementptr float, float* %e, i64 %1603
	store float %1597, float* %1604
	br label %1605

1605:
	%1606 = mul i32 %4, 32
	%1607 = shl i32 %14, 1
	%1608 = add i32 %1607, 0
	%1609 = add i32 %1606, %1608
	%1610 = add i32 %586, %1609
	%1611 = icmp slt i32 %1610, %377
	%1612 = and i1 %1611, %346
	%1613 = icmp slt i32 %1610, %358
	%1614 = and i1 %1612, %1613
	%1615 = fmul float %1149, 0.125
	%1616 = icmp sge i32 %1610, %331
	%1617 = icmp sle i32 %1610, %334
	%1618 = and i1 %1616, %1617
	%1619 = xor i1 %1618, true
	%1620 = and i1 %1614, %1619
	%1621 = select i1 %1620, float %1615, float 0xFFF0000000000000
	%1622 = mul i32 %307, 129
	%1623 = add i32 %1622, %1609
	%1624 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1625 = bitcast i8 addrspace(3)* %1624 to float addrspace(3)*
	%1626 = getelementptr float, float addrspace(3)* %1625, i32 %1623
	store float %1621, float addrspace(3)* %1626
	%1627 = and i1 %1611, %346
	%1628 = and i1 %12, %1627
	br i1 %1628, label %1629, label %1638

1629:
	%1630 = select i1 %1614, float %1615, float 0xFFF0000000000000
	%1631 = mul i32 %2, %M
	%1632 = add i32 %5, %307
	%1633 = add i32 %1631, %1632
	%1634 = mul i32 %1633, %NB
	%1635 = add i32 %1634, %1610
	%1636 = sext i32 %1635 to i64
	%1637 = getelementptr float, float* %e, i64 %1636
	store float %1630, float* %1637
	br label %1638

1638:
	%1639 = mul i32 %4, 32
	%1640 = shl i32 %14, 1
	%1641 = add i32 %1640, 1
	%1642 = add i32 %1639, %1641
	%1643 = add i32 %586, %1642
	%1644 = icmp slt i32 %1643, %377
	%1645 = and i1 %1644, %346
	%1646 = icmp slt i32 %1643, %358
	%1647 = and i1 %1645, %1646
	%1648 = fmul float %1150, 0.125
	%1649 = icmp sge i32 %1643, %331
	%1650 = icmp sle i32 %1643, %334
	%1651 = and i1 %1649, %1650
	%1652 = xor i1 %1651, true
	%1653 = and i1 %1647, %1652
	%1654 = select i1 %1653, float %1648, float 0xFFF0000000000000
	%1655 = mul i32 %307, 129
	%1656 = add i32 %1655, %1642
	%1657 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1658 = bitcast i8 addrspace(3)* %1657 to float addrspace(3)*
	%1659 = getelementptr float, float addrspace(3)* %1658, i32 %1656
	store float %1654, float addrspace(3)* %1659
	%1660 = and i1 %1644, %346
	%1661 = and i1 %12, %1660
	br i1 %1661, label %1662, label %1671

1662:
	%1663 = select i1 %1647, float %1648, float 0xFFF0000000000000
	%1664 = mul i32 %2, %M
	%1665 = add i32 %5, %307
	%1666 = add i32 %1664, %1665
	%1667 = mul i32 %1666, %NB
	%1668 = add i32 %1667, %1643
	%1669 = sext i32 %1668 to i64
	%1670 = getelementptr float, float* %e, i64 %1669
	store float %1663, float* %1670
	br label %1671

1671:
	%1672 = mul i32 %4, 32
	%1673 = shl i32 %14, 1
	%1674 = add i32 %1673, 8
	%1675 = add i32 %1672, %1674
	%1676 = add i32 %586, %1675
	%1677 = icmp slt i32 %1676, %377
	%1678 = and i1 %1677, %294
	%1679 = icmp slt i32 %1676, %306
	%1680 = and i1 %1678, %1679
	%1681 = fmul float %1151, 0.125
	%1682 = icmp sge i32 %1676, %279
	%1683 = icmp sle i32 %1676, %282
	%1684 = and i1 %1682, %1683
	%1685 = xor i1 %1684, true
	%1686 = and i1 %1680, %1685
	%1687 = select i1 %1686, float %1681, float 0xFFF0000000000000
	%1688 = mul i32 %255, 129
	%1689 = add i32 %1688, %1675
	%1690 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1691 = bitcast i8 addrspace(3)* %1690 to float addrspace(3)*
	%1692 = getelementptr float, float addrspace(3)* %1691, i32 %1689
	store float %1687, float addrspace(3)* %1692
	%1693 = and i1 %1677, %294
	%1694 = and i1 %12, %1693
	br i1 %1694, label %1695, label %1704

1695:
	%1696 = select i1 %1680, float %1681, float 0xFFF0000000000000
	%1697 = mul i32 %2, %M
	%1698 = add i32 %5, %255
	%1699 = add i32 %1697, %1698
	%1700 = mul i32 %1699, %NB
	%1701 = add i32 %1700, %1676
	%1702 = sext i32 %1701 to i64
	%1703 = getelementptr float, float* %e, i64 %1702
	store float %1696, float* %1703
	br label %1704

1704:
	%1705 = mul i32 %4, 32
	%1706 = shl i32 %14, 1
	%1707 = add i32 %1706, 9
	%1708 = add i32 %1705, %1707
	%1709 = add i32 %586, %1708
	%1710 = icmp slt i32 %1709, %377
	%1711 = and i1 %1710, %294
	%1712 = icmp slt i32 %1709, %306
	%1713 = and i1 %1711, %1712
	%1714 = fmul float %1152, 0.125
	%1715 = icmp sge i32 %1709, %279
	%1716 = icmp sle i32 %1709, %282
	%1717 = and i1 %1715, %1716
	%1718 = xor i1 %1717, true
	%1719 = and i1 %1713, %1718
	%1720 = select i1 %1719, float %1714, float 0xFFF0000000000000
	%1721 = mul i32 %255, 129
	%1722 = add i32 %1721, %1708
	%1723 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1724 = bitcast i8 addrspace(3)* %1723 to float addrspace(3)*
	%1725 = getelementptr float, float addrspace(3)* %1724, i32 %1722
	store float %1720, float addrspace(3)* %1725
	%1726 = and i1 %1710, %294
	%1727 = and i1 %12, %1726
	br i1 %1727, label %1728, label %1737

1728:
	%1729 = select i1 %1713, float %1714, float 0xFFF0000000000000
	%1730 = mul i32 %2, %M
	%1731 = add i32 %5, %255
	%1732 = add i32 %1730, %1731
	%1733 = mul i32 %1732, %NB
	%1734 = add i32 %1733, %1709
	%1735 = sext i32 %1734 to i64
	%1736 = getelementptr float, float* %e, i64 %1735
	store float %1729, float* %1736
	br label %1737

1737:
	%1738 = mul i32 %4, 32
	%1739 = shl i32 %14, 1
	%1740 = add i32 %1739, 8
	%1741 = add i32 %1738, %1740
	%1742 = add i32 %586, %1741
	%1743 = icmp slt i32 %1742, %377
	%1744 = and i1 %1743, %346
	%1745 = icmp slt i32 %1742, %358
	%1746 = and i1 %1744, %1745
	%1747 = fmul float %1153, 0.125
	%1748 = icmp sge i32 %1742, %331
	%1749 = icmp sle i32 %1742, %334
	%1750 = and i1 %1748, %1749
	%1751 = xor i1 %1750, true
	%1752 = and i1 %1746, %1751
	%1753 = select i1 %1752, float %1747, float 0xFFF0000000000000
	%1754 = mul i32 %307, 129
	%1755 = add i32 %1754, %1741
	%1756 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1757 = bitcast i8 addrspace(3)* %1756 to float addrspace(3)*
	%1758 = getelementptr float, float addrspace(3)* %1757, i32 %1755
	store float %1753, float addrspace(3)* %1758
	%1759 = and i1 %1743, %346
	%1760 = and i1 %12, %1759
	br i1 %1760, label %1761, label %1770

1761:
	%1762 = select i1 %1746, float %1747, float 0xFFF0000000000000
	%1763 = mul i32 %2, %M
	%1764 = add i32 %5, %307
	%1765 = add i32 %1763, %1764
	%1766 = mul i32 %1765, %NB
	%1767 = add i32 %1766, %1742
	%1768 = sext i32 %1767 to i64
	%1769 = getelementptr float, float* %e, i64 %1768
	store float %1762, float* %1769
	br label %1770

1770:
	%1771 = mul i32 %4, 32
	%1772 = shl i32 %14, 1
	%1773 = add i32 %1772, 9
	%1774 = add i32 %1771, %1773
	%1775 = add i32 %586, %1774
	%1776 = icmp slt i32 %1775, %377
	%1777 = and i1 %1776, %346
	%1778 = icmp slt i32 %1775, %358
	%1779 = and i1 %1777, %1778
	%1780 = fmul float %1154, 0.125
	%1781 = icmp sge i32 %1775, %331
	%1782 = icmp sle i32 %1775, %334
	%1783 = and i1 %1781, %1782
	%1784 = xor i1 %1783, true
	%1785 = and i1 %1779, %1784
	%1786 = select i1 %1785, float %1780, float 0xFFF0000000000000
	%1787 = mul i32 %307, 129
	%1788 = add i32 %1787, %1774
	%1789 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1790 = bitcast i8 addrspace(3)* %1789 to float addrspace(3)*
	%1791 = getelementptr float, float addrspace(3)* %1790, i32 %1788
	store float %1786, float addrspace(3)* %1791
	%1792 = and i1 %1776, %346
	%1793 = and i1 %12, %1792
	br i1 %1793, label %1794, label %1803

1794:
	%1795 = select i1 %1779, float %1780, float 0xFFF0000000000000
	%1796 = mul i32 %2, %M
	%1797 = add i32 %5, %307
	%1798 = add i32 %1796, %1797
	%1799 = mul i32 %1798, %NB
	%1800 = add i32 %1799, %1775
	%1801 = sext i32 %1800 to i64
	%1802 = getelementptr float, float* %e, i64 %1801
	store float %1795, float* %1802
	br label %1803

1803:
	%1804 = mul i32 %4, 32
	%1805 = shl i32 %14, 1
	%1806 = add i32 %1805, 16
	%1807 = add i32 %1804, %1806
	%1808 = add i32 %586, %1807
	%1809 = icmp slt i32 %1808, %377
	%1810 = and i1 %1809, %294
	%1811 = icmp slt i32 %1808, %306
	%1812 = and i1 %1810, %1811
	%1813 = fmul float %1155, 0.125
	%1814 = icmp sge i32 %1808, %279
	%1815 = icmp sle i32 %1808, %282
	%1816 = and i1 %1814, %1815
	%1817 = xor i1 %1816, true
	%1818 = and i1 %1812, %1817
	%1819 = select i1 %1818, float %1813, float 0xFFF0000000000000
	%1820 = mul i32 %255, 129
	%1821 = add i32 %1820, %1807
	%1822 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1823 = bitcast i8 addrspace(3)* %1822 to float addrspace(3)*
	%1824 = getelementptr float, float addrspace(3)* %1823, i32 %1821
	store float %1819, float addrspace(3)* %1824
	%1825 = and i1 %1809, %294
	%1826 = and i1 %12, %1825
	br i1 %1826, label %1827, label %1836

1827:
	%1828 = select i1 %1812, float %1813, float 0xFFF0000000000000
	%1829 = mul i32 %2, %M
	%1830 = add i32 %5, %255
	%1831 = add i32 %1829, %1830
	%1832 = mul i32 %1831, %NB
	%1833 = add i32 %1832, %1808
	%1834 = sext i32 %1833 to i64
	%1835 = getelementptr float, float* %e, i64 %1834
	store float %1828, float* %1835
	br label %1836

1836:
	%1837 = mul i32 %4, 32
	%1838 = shl i32 %14, 1
	%1839 = add i32 %1838, 17
	%1840 = add i32 %1837, %1839
	%1841 = add i32 %586, %1840
	%1842 = icmp slt i32 %1841, %377
	%1843 = and i1 %1842, %294
	%1844 = icmp slt i32 %1841, %306
	%1845 = and i1 %1843, %1844
	%1846 = fmul float %1156, 0.125
	%1847 = icmp sge i32 %1841, %279
	%1848 = icmp sle i32 %1841, %282
	%1849 = and i1 %1847, %1848
	%1850 = xor i1 %1849, true
	%1851 = and i1 %1845, %1850
	%1852 = select i1 %1851, float %1846, float 0xFFF0000000000000
	%1853 = mul i32 %255, 129
	%1854 = add i32 %1853, %1840
	%1855 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1856 = bitcast i8 addrspace(3)* %1855 to float addrspace(3)*
	%1857 = getelementptr float, float addrspace(3)* %1856, i32 %1854
	store float %1852, float addrspace(3)* %1857
	%1858 = and i1 %1842, %294
	%1859 = and i1 %12, %1858
	br i1 %1859, label %1860, label %1869

1860:
	%1861 = select i1 %1845, float %1846, float 0xFFF0000000000000
	%1862 = mul i32 %2, %M
	%1863 = add i32 %5, %255
	%1864 = add i32 %1862, %1863
	%1865 = mul i32 %1864, %NB
	%1866 = add i32 %1865, %1841
	%1867 = sext i32 %1866 to i64
	%1868 = getelementptr float, float* %e, i64 %1867
	store float %1861, float* %1868
	br label %1869

1869:
	%1870 = mul i32 %4, 32
	%1871 = shl i32 %14, 1
	%1872 = add i32 %1871, 16
	%1873 = add i32 %1870, %1872
	%1874 = add i32 %586, %1873
	%1875 = icmp slt i32 %1874, %377
	%1876 = and i1 %1875, %346
	%1877 = icmp slt i32 %1874, %358
	%1878 = and i1 %1876, %1877
	%1879 = fmul float %1157, 0.125
	%1880 = icmp sge i32 %1874, %331
	%1881 = icmp sle i32 %1874, %334
	%1882 = and i1 %1880, %1881
	%1883 = xor i1 %1882, true
	%1884 = and i1 %1878, %1883
	%1885 = select i1 %1884, float %1879, float 0xFFF0000000000000
	%1886 = mul i32 %307, 129
	%1887 = add i32 %1886, %1873
	%1888 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1889 = bitcast i8 addrspace(3)* %1888 to float addrspace(3)*
	%1890 = getelementptr float, float addrspace(3)* %1889, i32 %1887
	store float %1885, float addrspace(3)* %1890
	%1891 = and i1 %1875, %346
	%1892 = and i1 %12, %1891
	br i1 %1892, label %1893, label %1902

1893:
	%1894 = select i1 %1878, float %1879, float 0xFFF0000000000000
	%1895 = mul i32 %2, %M
	%1896 = add i32 %5, %307
	%1897 = add i32 %1895, %1896
	%1898 = mul i32 %1897, %NB
	%1899 = add i32 %1898, %1874
	%1900 = sext i32 %1899 to i64
	%1901 = getelementptr float, float* %e, i64 %1900
	store float %1894, float* %1901
	br label %1902

1902:
	%1903 = mul i32 %4, 32
	%1904 = shl i32 %14, 1
	%1905 = add i32 %1904, 17
	%1906 = add i32 %1903, %1905
	%1907 = add i32 %586, %1906
	%1908 = icmp slt i32 %1907, %377
	%1909 = and i1 %1908, %346
	%1910 = icmp slt i32 %1907, %358
	%1911 = and i1 %1909, %1910
	%1912 = fmul float %1158, 0.125
	%1913 = icmp sge i32 %1907, %331
	%1914 = icmp sle i32 %1907, %334
	%1915 = and i1 %1913, %1914
	%1916 = xor i1 %1915, true
	%1917 = and i1 %1911, %1916
	%1918 = select i1 %1917, float %1912, float 0xFFF0000000000000
	%1919 = mul i32 %307, 129
	%1920 = add i32 %1919, %1906
	%1921 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1922 = bitcast i8 addrspace(3)* %1921 to float addrspace(3)*
	%1923 = getelementptr float, float addrspace(3)* %1922, i32 %1920
	store float %1918, float addrspace(3)* %1923
	%1924 = and i1 %1908, %346
	%1925 = and i1 %12, %1924
	br i1 %1925, label %1926, label %1935

1926:
	%1927 = select i1 %1911, float %1912, float 0xFFF0000000000000
	%1928 = mul i32 %2, %M
	%1929 = add i32 %5, %307
	%1930 = add i32 %1928, %1929
	%1931 = mul i32 %1930, %NB
	%1932 = add i32 %1931, %1907
	%1933 = sext i32 %1932 to i64
	%1934 = getelementptr float, float* %e, i64 %1933
	store float %1927, float* %1934
	br label %1935

1935:
	%1936 = mul i32 %4, 32
	%1937 = shl i32 %14, 1
	%1938 = add i32 %1937, 24
	%1939 = add i32 %1936, %1938
	%1940 = add i32 %586, %1939
	%1941 = icmp slt i32 %1940, %377
	%1942 = and i1 %1941, %294
	%1943 = icmp slt i32 %1940, %306
	%1944 = and i1 %1942, %1943
	%1945 = fmul float %1159, 0.125
	%1946 = icmp sge i32 %1940, %279
	%1947 = icmp sle i32 %1940, %282
	%1948 = and i1 %1946, %1947
	%1949 = xor i1 %1948, true
	%1950 = and i1 %1944, %1949
	%1951 = select i1 %1950, float %1945, float 0xFFF0000000000000
	%1952 = mul i32 %255, 129
	%1953 = add i32 %1952, %1939
	%1954 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1955 = bitcast i8 addrspace(3)* %1954 to float addrspace(3)*
	%1956 = getelementptr float, float addrspace(3)* %1955, i32 %1953
	store float %1951, float addrspace(3)* %1956
	%1957 = and i1 %1941, %294
	%1958 = and i1 %12, %1957
	br i1 %1958, label %1959, label %1968

1959:
	%1960 = select i1 %1944, float %1945, float 0xFFF0000000000000
	%1961 = mul i32 %2, %M
	%1962 = add i32 %5, %255
	%1963 = add i32 %1961, %1962
	%1964 = mul i32 %1963, %NB
	%1965 = add i32 %1964, %1940
	%1966 = sext i32 %1965 to i64
	%1967 = getelementptr float, float* %e, i64 %1966
	store float %1960, float* %1967
	br label %1968

1968:
	%1969 = mul i32 %4, 32
	%1970 = shl i32 %14, 1
	%1971 = add i32 %1970, 25
	%1972 = add i32 %1969, %1971
	%1973 = add i32 %586, %1972
	%1974 = icmp slt i32 %1973, %377
	%1975 = and i1 %1974, %294
	%1976 = icmp slt i32 %1973, %306
	%1977 = and i1 %1975, %1976
	%1978 = fmul float %1160, 0.125
	%1979 = icmp sge i32 %1973, %279
	%1980 = icmp sle i32 %1973, %282
	%1981 = and i1 %1979, %1980
	%1982 = xor i1 %1981, true
	%1983 = and i1 %1977, %1982
	%1984 = select i1 %1983, float %1978, float 0xFFF0000000000000
	%1985 = mul i32 %255, 129
	%1986 = add i32 %1985, %1972
	%1987 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%1988 = bitcast i8 addrspace(3)* %1987 to float addrspace(3)*
	%1989 = getelementptr float, float addrspace(3)* %1988, i32 %1986
	store float %1984, float addrspace(3)* %1989
	%1990 = and i1 %1974, %294
	%1991 = and i1 %12, %1990
	br i1 %1991, label %1992, label %2001

1992:
	%1993 = select i1 %1977, float %1978, float 0xFFF0000000000000
	%1994 = mul i32 %2, %M
	%1995 = add i32 %5, %255
	%1996 = add i32 %1994, %1995
	%1997 = mul i32 %1996, %NB
	%1998 = add i32 %1997, %1973
	%1999 = sext i32 %1998 to i64
	%2000 = getelementptr float, float* %e, i64 %1999
	store float %1993, float* %2000
	br label %2001

2001:
	%2002 = mul i32 %4, 32
	%2003 = shl i32 %14, 1
	%2004 = add i32 %2003, 24
	%2005 = add i32 %2002, %2004
	%2006 = add i32 %586, %2005
	%2007 = icmp slt i32 %2006, %377
	%2008 = and i1 %2007, %346
	%2009 = icmp slt i32 %2006, %358
	%2010 = and i1 %2008, %2009
	%2011 = fmul float %1161, 0.125
	%2012 = icmp sge i32 %2006, %331
	%2013 = icmp sle i32 %2006, %334
	%2014 = and i1 %2012, %2013
	%2015 = xor i1 %2014, true
	%2016 = and i1 %2010, %2015
	%2017 = select i1 %2016, float %2011, float 0xFFF0000000000000
	%2018 = mul i32 %307, 129
	%2019 = add i32 %2018, %2005
	%2020 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%2021 = bitcast i8 addrspace(3)* %2020 to float addrspace(3)*
	%2022 = getelementptr float, float addrspace(3)* %2021, i32 %2019
	store float %2017, float addrspace(3)* %2022
	%2023 = and i1 %2007, %346
	%2024 = and i1 %12, %2023
	br i1 %2024, label %2025, label %2034

2025:
	%2026 = select i1 %2010, float %2011, float 0xFFF0000000000000
	%2027 = mul i32 %2, %M
	%2028 = add i32 %5, %307
	%2029 = add i32 %2027, %2028
	%2030 = mul i32 %2029, %NB
	%2031 = add i32 %2030, %2006
	%2032 = sext i32 %2031 to i64
	%2033 = getelementptr float, float* %e, i64 %2032
	store float %2026, float* %2033
	br label %2034

2034:
	%2035 = mul i32 %4, 32
	%2036 = shl i32 %14, 1
	%2037 = add i32 %2036, 25
	%2038 = add i32 %2035, %2037
	%2039 = add i32 %586, %2038
	%2040 = icmp slt i32 %2039, %377
	%2041 = and i1 %2040, %346
	%2042 = icmp slt i32 %2039, %358
	%2043 = and i1 %2041, %2042
	%2044 = fmul float %1162, 0.125
	%2045 = icmp sge i32 %2039, %331
	%2046 = icmp sle i32 %2039, %334
	%2047 = and i1 %2045, %2046
	%2048 = xor i1 %2047, true
	%2049 = and i1 %2043, %2048
	%2050 = select i1 %2049, float %2044, float 0xFFF0000000000000
	%2051 = mul i32 %307, 129
	%2052 = add i32 %2051, %2038
	%2053 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%2054 = bitcast i8 addrspace(3)* %2053 to float addrspace(3)*
	%2055 = getelementptr float, float addrspace(3)* %2054, i32 %2052
	store float %2050, float addrspace(3)* %2055
	%2056 = and i1 %2040, %346
	%2057 = and i1 %12, %2056
	br i1 %2057, label %2058, label %2067

2058:
	%2059 = select i1 %2043, float %2044, float 0xFFF0000000000000
	%2060 = mul i32 %2, %M
	%2061 = add i32 %5, %307
	%2062 = add i32 %2060, %2061
	%2063 = mul i32 %2062, %NB
	%2064 = add i32 %2063, %2039
	%2065 = sext i32 %2064 to i64
	%2066 = getelementptr float, float* %e, i64 %2065
	store float %2059, float* %2066
	br label %2067

2067:
	br label %1562

2068:
	%2069 = add i32 0, %3
	%2070 = mul i32 %378, 129
	%2071 = add i32 %2070, %2069
	%2072 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%2073 = bitcast i8 addrspace(3)* %2072 to float addrspace(3)*
	%2074 = getelementptr float, float addrspace(3)* %2073, i32 %2071
	%2075 = load float, float addrspace(3)* %2074
	%2076 = fcmp ogt float %2075, 0xFFF0000000000000
	%2077 = fadd float %2075, 0.0
	%2078 = bitcast float %2077 to i32
	%2079 = ashr i32 %2078, 31
	%2080 = or i32 %2079, -2147483648
	%2081 = xor i32 %2078, %2080
	%2082 = add i32 32, %3
	%2083 = mul i32 %378, 129
	%2084 = add i32 %2083, %2082
	%2085 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%2086 = bitcast i8 addrspace(3)* %2085 to float addrspace(3)*
	%2087 = getelementptr float, float addrspace(3)* %2086, i32 %2084
	%2088 = load float, float addrspace(3)* %2087
	%2089 = fcmp ogt float %2088, 0xFFF0000000000000
	%2090 = fadd float %2088, 0.0
	%2091 = bitcast float %2090 to i32
	%2092 = ashr i32 %2091, 31
	%2093 = or i32 %2092, -2147483648
	%2094 = xor i32 %2091, %2093
	%2095 = add i32 64, %3
	%2096 = mul i32 %378, 129
	%2097 = add i32 %2096, %2095
	%2098 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%2099 = bitcast i8 addrspace(3)* %2098 to float addrspace(3)*
	%2100 = getelementptr float, float addrspace(3)* %2099, i32 %2097
	%2101 = load float, float addrspace(3)* %2100
	%2102 = fcmp ogt float %2101, 0xFFF0000000000000
	%2103 = fadd float %2101, 0.0
	%2104 = bitcast float %2103 to i32
	%2105 = ashr i32 %2104, 31
	%2106 = or i32 %2105, -2147483648
	%2107 = xor i32 %2104, %2106
	%2108 = add i32 96, %3
	%2109 = mul i32 %378, 129
	%2110 = add i32 %2109, %2108
	%2111 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%2112 = bitcast i8 addrspace(3)* %2111 to float addrspace(3)*
	%2113 = getelementptr float, float addrspace(3)* %2112, i32 %2110
	%2114 = load float, float addrspace(3)* %2113
	%2115 = fcmp ogt float %2114, 0xFFF0000000000000
	%2116 = fadd float %2114, 0.0
	%2117 = bitcast float %2116 to i32
	%2118 = ashr i32 %2117, 31
	%2119 = or i32 %2118, -2147483648
	%2120 = xor i32 %2117, %2119
	%2121 = icmp eq i32 %588, 0
	br i1 %2121, label %2125, label %2308

2122:
	%2123 = phi i32 [ %587, %1562 ], [ %3511, %3508 ]
	%2124 = phi i32 [ %588, %1562 ], [ %2385, %3508 ]
	br i1 %461, label %3512, label %3566

2125:
	%2126 = select i1 %2076, i32 %2081, i32 0
	%2127 = icmp ugt i32 0, %2126
	%2128 = select i1 %2127, i32 0, i32 %2126
	%2129 = select i1 %2089, i32 %2094, i32 0
	%2130 = icmp ugt i32 %2128, %2129
	%2131 = select i1 %2130, i32 %2128, i32 %2129
	%2132 = select i1 %2102, i32 %2107, i32 0
	%2133 = icmp ugt i32 %2131, %2132
	%2134 = select i1 %2133, i32 %2131, i32 %2132
	%2135 = select i1 %2115, i32 %2120, i32 0
	%2136 = icmp ugt i32 %2134, %2135
	%2137 = select i1 %2136, i32 %2134, i32 %2135
	%2138 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2137, i32 1, i32 31)
	%2139 = and i32 %3, 2
	%2140 = icmp eq i32 %2139, 0
	%2141 = and i32 %3, 1
	%2142 = icmp eq i32 %2141, 0
	%2143 = icmp eq i1 %2140, %2142
	%2144 = icmp ugt i32 %2137, %2138
	%2145 = select i1 %2144, i32 %2137, i32 %2138
	%2146 = icmp ult i32 %2137, %2138
	%2147 = select i1 %2146, i32 %2137, i32 %2138
	%2148 = select i1 %2143, i32 %2145, i32 %2147
	%2149 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2148, i32 2, i32 31)
	%2150 = and i32 %3, 4
	%2151 = icmp eq i32 %2150, 0
	%2152 = and i32 %3, 2
	%2153 = icmp eq i32 %2152, 0
	%2154 = icmp eq i1 %2151, %2153
	%2155 = icmp ugt i32 %2148, %2149
	%2156 = select i1 %2155, i32 %2148, i32 %2149
	%2157 = icmp ult i32 %2148, %2149
	%2158 = select i1 %2157, i32 %2148, i32 %2149
	%2159 = select i1 %2154, i32 %2156, i32 %2158
	%2160 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2159, i32 1, i32 31)
	%2161 = and i32 %3, 4
	%2162 = icmp eq i32 %2161, 0
	%2163 = and i32 %3, 1
	%2164 = icmp eq i32 %2163, 0
	%2165 = icmp eq i1 %2162, %2164
	%2166 = icmp ugt i32 %2159, %2160
	%2167 = select i1 %2166, i32 %2159, i32 %2160
	%2168 = icmp ult i32 %2159, %2160
	%2169 = select i1 %2168, i32 %2159, i32 %2160
	%2170 = select i1 %2165, i32 %2167, i32 %2169
	%2171 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2170, i32 4, i32 31)
	%2172 = and i32 %3, 8
	%2173 = icmp eq i32 %2172, 0
	%2174 = and i32 %3, 4
	%2175 = icmp eq i32 %2174, 0
	%2176 = icmp eq i1 %2173, %2175
	%2177 = icmp ugt i32 %2170, %2171
	%2178 = select i1 %2177, i32 %2170, i32 %2171
	%2179 = icmp ult i32 %2170, %2171
	%2180 = select i1 %2179, i32 %2170, i32 %2171
	%2181 = select i1 %2176, i32 %2178, i32 %2180
	%2182 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2181, i32 2, i32 31)
	%2183 = and i32 %3, 8
	%2184 = icmp eq i32 %2183, 0
	%2185 = and i32 %3, 2
	%2186 = icmp eq i32 %2185, 0
	%2187 = icmp eq i1 %2184, %2186
	%2188 = icmp ugt i32 %2181, %2182
	%2189 = select i1 %2188, i32 %2181, i32 %2182
	%2190 = icmp ult i32 %2181, %2182
	%2191 = select i1 %2190, i32 %2181, i32 %2182
	%2192 = select i1 %2187, i32 %2189, i32 %2191
	%2193 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2192, i32 1, i32 31)
	%2194 = and i32 %3, 8
	%2195 = icmp eq i32 %2194, 0
	%2196 = and i32 %3, 1
	%2197 = icmp eq i32 %2196, 0
	%2198 = icmp eq i1 %2195, %2197
	%2199 = icmp ugt i32 %2192, %2193
	%2200 = select i1 %2199, i32 %2192, i32 %2193
	%2201 = icmp ult i32 %2192, %2193
	%2202 = select i1 %2201, i32 %2192, i32 %2193
	%2203 = select i1 %2198, i32 %2200, i32 %2202
	%2204 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2203, i32 8, i32 31)
	%2205 = and i32 %3, 16
	%2206 = icmp eq i32 %2205, 0
	%2207 = and i32 %3, 8
	%2208 = icmp eq i32 %2207, 0
	%2209 = icmp eq i1 %2206, %2208
	%2210 = icmp ugt i32 %2203, %2204
	%2211 = select i1 %2210, i32 %2203, i32 %2204
	%2212 = icmp ult i32 %2203, %2204
	%2213 = select i1 %2212, i32 %2203, i32 %2204
	%2214 = select i1 %2209, i32 %2211, i32 %2213
	%2215 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2214, i32 4, i32 31)
	%2216 = and i32 %3, 16
	%2217 = icmp eq i32 %2216, 0
	%2218 = and i32 %3, 4
	%2219 = icmp eq i32 %2218, 0
	%2220 = icmp eq i1 %2217, %2219
	%2221 = icmp ugt i32 %2214, %2215
	%2222 = select i1 %2221, i32 %2214, i32 %2215
	%2223 = icmp ult i32 %2214, %2215
	%2224 = select i1 %2223, i32 %2214, i32 %2215
	%2225 = select i1 %2220, i32 %2222, i32 %2224
	%2226 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2225, i32 2, i32 31)
	%2227 = and i32 %3, 16
	%2228 = icmp eq i32 %2227, 0
	%2229 = and i32 %3, 2
	%2230 = icmp eq i32 %2229, 0
	%2231 = icmp eq i1 %2228, %2230
	%2232 = icmp ugt i32 %2225, %2226
	%2233 = select i1 %2232, i32 %2225, i32 %2226
	%2234 = icmp ult i32 %2225, %2226
	%2235 = select i1 %2234, i32 %2225, i32 %2226
	%2236 = select i1 %2231, i32 %2233, i32 %2235
	%2237 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2236, i32 1, i32 31)
	%2238 = and i32 %3, 16
	%2239 = icmp eq i32 %2238, 0
	%2240 = and i32 %3, 1
	%2241 = icmp eq i32 %2240, 0
	%2242 = icmp eq i1 %2239, %2241
	%2243 = icmp ugt i32 %2236, %2237
	%2244 = select i1 %2243, i32 %2236, i32 %2237
	%2245 = icmp ult i32 %2236, %2237
	%2246 = select i1 %2245, i32 %2236, i32 %2237
	%2247 = select i1 %2242, i32 %2244, i32 %2246
	%2248 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2247, i32 16, i32 31)
	%2249 = and i32 %3, 32
	%2250 = icmp eq i32 %2249, 0
	%2251 = and i32 %3, 16
	%2252 = icmp eq i32 %2251, 0
	%2253 = icmp eq i1 %2250, %2252
	%2254 = icmp ugt i32 %2247, %2248
	%2255 = select i1 %2254, i32 %2247, i32 %2248
	%2256 = icmp ult i32 %2247, %2248
	%2257 = select i1 %2256, i32 %2247, i32 %2248
	%2258 = select i1 %2253, i32 %2255, i32 %2257
	%2259 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2258, i32 8, i32 31)
	%2260 = and i32 %3, 32
	%2261 = icmp eq i32 %2260, 0
	%2262 = and i32 %3, 8
	%2263 = icmp eq i32 %2262, 0
	%2264 = icmp eq i1 %2261, %2263
	%2265 = icmp ugt i32 %2258, %2259
	%2266 = select i1 %2265, i32 %2258, i32 %2259
	%2267 = icmp ult i32 %2258, %2259
	%2268 = select i1 %2267, i32 %2258, i32 %2259
	%2269 = select i1 %2264, i32 %2266, i32 %2268
	%2270 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2269, i32 4, i32 31)
	%2271 = and i32 %3, 32
	%2272 = icmp eq i32 %2271, 0
	%2273 = and i32 %3, 4
	%2274 = icmp eq i32 %2273, 0
	%2275 = icmp eq i1 %2272, %2274
	%2276 = icmp ugt i32 %2269, %2270
	%2277 = select i1 %2276, i32 %2269, i32 %2270
	%2278 = icmp ult i32 %2269, %2270
	%2279 = select i1 %2278, i32 %2269, i32 %2270
	%2280 = select i1 %2275, i32 %2277, i32 %2279
	%2281 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2280, i32 2, i32 31)
	%2282 = and i32 %3, 32
	%2283 = icmp eq i32 %2282, 0
	%2284 = and i32 %3, 2
	%2285 = icmp eq i32 %2284, 0
	%2286 = icmp eq i1 %2283, %2285
	%2287 = icmp ugt i32 %2280, %2281
	%2288 = select i1 %2287, i32 %2280, i32 %2281
	%2289 = icmp ult i32 %2280, %2281
	%2290 = select i1 %2289, i32 %2280, i32 %2281
	%2291 = select i1 %2286, i32 %2288, i32 %2290
	%2292 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %2291, i32 1, i32 31)
	%2293 = and i32 %3, 32
	%2294 = icmp eq i32 %2293, 0
	%2295 = and i32 %3, 1
	%2296 = icmp eq i32 %2295, 0
	%2297 = icmp eq i1 %2294, %2296
	%2298 = icmp ugt i32 %2291, %2292
	%2299 = select i1 %2298, i32 %2291, i32 %2292
	%2300 = icmp ult i32 %2291, %2292
	%2301 = select i1 %2300, i32 %2291, i32 %2292
	%2302 = select i1 %2297, i32 %2299, i32 %2301
	%2303 = sub i32 %415, 1
	%2304 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2302, i32 %2303, i32 31)
	%2305 = icmp ugt i32 %2304, 0
	%2306 = sub i32 %2304, 1
	%2307 = select i1 %2305, i32 %2306, i32 0
	br label %2308

2308:
	%2309 = phi i32 [ %588, %2068 ], [ %2307, %2125 ]
	%2310 = icmp ugt i32 %2081, %2309
	%2311 = and i1 %2076, %2310
	%2312 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2311)
	%2313 = call i32 @llvm.ctpop.i32(i32 %2312)
	%2314 = add i32 0, %2313
	%2315 = icmp ugt i32 %2094, %2309
	%2316 = and i1 %2089, %2315
	%2317 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2316)
	%2318 = call i32 @llvm.ctpop.i32(i32 %2317)
	%2319 = add i32 %2314, %2318
	%2320 = icmp ugt i32 %2107, %2309
	%2321 = and i1 %2102, %2320
	%2322 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2321)
	%2323 = call i32 @llvm.ctpop.i32(i32 %2322)
	%2324 = add i32 %2319, %2323
	%2325 = icmp ugt i32 %2120, %2309
	%2326 = and i1 %2115, %2325
	%2327 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2326)
	%2328 = call i32 @llvm.ctpop.i32(i32 %2327)
	%2329 = add i32 %2324, %2328
	%2330 = add i32 %587, %2329
	%2331 = icmp sgt i32 %2330, 160
	br i1 %2331, label %2332, label %2383

2332:
	%2333 = mul i32 %378, 160
	%2334 = mul i32 %4, 256
	%2335 = mul i32 %3, 8
	%2336 = add i32 %2335, 0
	%2337 = add i32 %2334, %2336
	%2338 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2339 = bitcast i8 addrspace(3)* %2338 to i32 addrspace(3)*
	%2340 = getelementptr i32, i32 addrspace(3)* %2339, i32 %2337
	store i32 0, i32 addrspace(3)* %2340
	%2341 = mul i32 %3, 8
	%2342 = add i32 %2341, 1
	%2343 = add i32 %2334, %2342
	%2344 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2345 = bitcast i8 addrspace(3)* %2344 to i32 addrspace(3)*
	%2346 = getelementptr i32, i32 addrspace(3)* %2345, i32 %2343
	store i32 0, i32 addrspace(3)* %2346
	%2347 = mul i32 %3, 8
	%2348 = add i32 %2347, 2
	%2349 = add i32 %2334, %2348
	%2350 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2351 = bitcast i8 addrspace(3)* %2350 to i32 addrspace(3)*
	%2352 = getelementptr i32, i32 addrspace(3)* %2351, i32 %2349
	store i32 0, i32 addrspace(3)* %2352
	%2353 = mul i32 %3, 8
	%2354 = add i32 %2353, 3
	%2355 = add i32 %2334, %2354
	%2356 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2357 = bitcast i8 addrspace(3)* %2356 to i32 addrspace(3)*
	%2358 = getelementptr i32, i32 addrspace(3)* %2357, i32 %2355
	store i32 0, i32 addrspace(3)* %2358
	%2359 = mul i32 %3, 8
	%2360 = add i32 %2359, 4
	%2361 = add i32 %2334, %2360
	%2362 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2363 = bitcast i8 addrspace(3)* %2362 to i32 addrspace(3)*
	%2364 = getelementptr i32, i32 addrspace(3)* %2363, i32 %2361
	store i32 0, i32 addrspace(3)* %2364
	%2365 = mul i32 %3, 8
	%2366 = add i32 %2365, 5
	%2367 = add i32 %2334, %2366
	%2368 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2369 = bitcast i8 addrspace(3)* %2368 to i32 addrspace(3)*
	%2370 = getelementptr i32, i32 addrspace(3)* %2369, i32 %2367
	store i32 0, i32 addrspace(3)* %2370
	%2371 = mul i32 %3, 8
	%2372 = add i32 %2371, 6
	%2373 = add i32 %2334, %2372
	%2374 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2375 = bitcast i8 addrspace(3)* %2374 to i32 addrspace(3)*
	%2376 = getelementptr i32, i32 addrspace(3)* %2375, i32 %2373
	store i32 0, i32 addrspace(3)* %2376
	%2377 = mul i32 %3, 8
	%2378 = add i32 %2377, 7
	%2379 = add i32 %2334, %2378
	%2380 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2381 = bitcast i8 addrspace(3)* %2380 to i32 addrspace(3)*
	%2382 = getelementptr i32, i32 addrspace(3)* %2381, i32 %2379
	store i32 0, i32 addrspace(3)* %2382
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %2402

2383:
	%2384 = phi i32 [ %587, %2308 ], [ %415, %3388 ]
	%2385 = phi i32 [ %2309, %2308 ], [ %3364, %3388 ]
	%2386 = phi i32 [ %2329, %2308 ], [ %3408, %3388 ]
	%2387 = phi i1 [ %2311, %2308 ], [ %3390, %3388 ]
	%2388 = phi i1 [ %2316, %2308 ], [ %3395, %3388 ]
	%2389 = phi i1 [ %2321, %2308 ], [ %3400, %3388 ]
	%2390 = phi i1 [ %2326, %2308 ], [ %3405, %3388 ]
	%2391 = phi i32 [ %2312, %2308 ], [ %3391, %3388 ]
	%2392 = phi i32 [ %2317, %2308 ], [ %3396, %3388 ]
	%2393 = phi i32 [ %2322, %2308 ], [ %3401, %3388 ]
	%2394 = phi i32 [ %2327, %2308 ], [ %3406, %3388 ]
	%2395 = shl i32 1, %3
	%2396 = sub i32 %2395, 1
	%2397 = mul i32 %378, 160
	%2398 = and i32 %2391, %2396
	%2399 = call i32 @llvm.ctpop.i32(i32 %2398)
	%2400 = add i32 %2384, %2399
	%2401 = add i32 %2397, %2400
	br i1 %2387, label %3451, label %3460

2402:
	%2403 = phi i32 [ %3, %2332 ], [ %2657, %2656 ]
	%2404 = icmp slt i32 %2403, %587
	br i1 %2404, label %2405, label %2414

2405:
	%2406 = add i32 %2333, %2403
	%2407 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%2408 = bitcast i8 addrspace(3)* %2407 to i32 addrspace(3)*
	%2409 = getelementptr i32, i32 addrspace(3)* %2408, i32 %2406
	%2410 = load i32, i32 addrspace(3)* %2409
	%2411 = and i32 %2410, 0
	%2412 = icmp eq i32 %2411, 0
	%2413 = and i1 true, %2412
	br i1 %2413, label %2648, label %2656

2414:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2415 = mul i32 %3, 8
	%2416 = add i32 %2415, 0
	%2417 = sub i32 255, %2416
	%2418 = add i32 %2334, %2417
	%2419 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2420 = bitcast i8 addrspace(3)* %2419 to i32 addrspace(3)*
	%2421 = getelementptr i32, i32 addrspace(3)* %2420, i32 %2418
	%2422 = load i32, i32 addrspace(3)* %2421
	%2423 = add i32 0, %2422
	%2424 = mul i32 %3, 8
	%2425 = add i32 %2424, 1
	%2426 = sub i32 255, %2425
	%2427 = add i32 %2334, %2426
	%2428 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2429 = bitcast i8 addrspace(3)* %2428 to i32 addrspace(3)*
	%2430 = getelementptr i32, i32 addrspace(3)* %2429, i32 %2427
	%2431 = load i32, i32 addrspace(3)* %2430
	%2432 = add i32 %2423, %2431
	%2433 = mul i32 %3, 8
	%2434 = add i32 %2433, 2
	%2435 = sub i32 255, %2434
	%2436 = add i32 %2334, %2435
	%2437 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2438 = bitcast i8 addrspace(3)* %2437 to i32 addrspace(3)*
	%2439 = getelementptr i32, i32 addrspace(3)* %2438, i32 %2436
	%2440 = load i32, i32 addrspace(3)* %2439
	%2441 = add i32 %2432, %2440
	%2442 = mul i32 %3, 8
	%2443 = add i32 %2442, 3
	%2444 = sub i32 255, %2443
	%2445 = add i32 %2334, %2444
	%2446 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2447 = bitcast i8 addrspace(3)* %2446 to i32 addrspace(3)*
	%2448 = getelementptr i32, i32 addrspace(3)* %2447, i32 %2445
	%2449 = load i32, i32 addrspace(3)* %2448
	%2450 = add i32 %2441, %2449
	%2451 = mul i32 %3, 8
	%2452 = add i32 %2451, 4
	%2453 = sub i32 255, %2452
	%2454 = add i32 %2334, %2453
	%2455 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2456 = bitcast i8 addrspace(3)* %2455 to i32 addrspace(3)*
	%2457 = getelementptr i32, i32 addrspace(3)* %2456, i32 %2454
	%2458 = load i32, i32 addrspace(3)* %2457
	%2459 = add i32 %2450, %2458
	%2460 = mul i32 %3, 8
	%2461 = add i32 %2460, 5
	%2462 = sub i32 255, %2461
	%2463 = add i32 %2334, %2462
	%2464 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2465 = bitcast i8 addrspace(3)* %2464 to i32 addrspace(3)*
	%2466 = getelementptr i32, i32 addrspace(3)* %2465, i32 %2463
	%2467 = load i32, i32 addrspace(3)* %2466
	%2468 = add i32 %2459, %2467
	%2469 = mul i32 %3, 8
	%2470 = add i32 %2469, 6
	%2471 = sub i32 255, %2470
	%2472 = add i32 %2334, %2471
	%2473 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2474 = bitcast i8 addrspace(3)* %2473 to i32 addrspace(3)*
	%2475 = getelementptr i32, i32 addrspace(3)* %2474, i32 %2472
	%2476 = load i32, i32 addrspace(3)* %2475
	%2477 = add i32 %2468, %2476
	%2478 = mul i32 %3, 8
	%2479 = add i32 %2478, 7
	%2480 = sub i32 255, %2479
	%2481 = add i32 %2334, %2480
	%2482 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2483 = bitcast i8 addrspace(3)* %2482 to i32 addrspace(3)*
	%2484 = getelementptr i32, i32 addrspace(3)* %2483, i32 %2481
	%2485 = load i32, i32 addrspace(3)* %2484
	%2486 = add i32 %2477, %2485
	%2487 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2486, i32 1, i32 0)
	%2488 = icmp uge i32 %3, 1
	%2489 = select i1 %2488, i32 %2487, i32 0
	%2490 = add i32 %2486, %2489
	%2491 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2490, i32 2, i32 0)
	%2492 = icmp uge i32 %3, 2
	%2493 = select i1 %2492, i32 %2491, i32 0
	%2494 = add i32 %2490, %2493
	%2495 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2494, i32 4, i32 0)
	%2496 = icmp uge i32 %3, 4
	%2497 = select i1 %2496, i32 %2495, i32 0
	%2498 = add i32 %2494, %2497
	%2499 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2498, i32 8, i32 0)
	%2500 = icmp uge i32 %3, 8
	%2501 = select i1 %2500, i32 %2499, i32 0
	%2502 = add i32 %2498, %2501
	%2503 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2502, i32 16, i32 0)
	%2504 = icmp uge i32 %3, 16
	%2505 = select i1 %2504, i32 %2503, i32 0
	%2506 = add i32 %2502, %2505
	%2507 = sub i32 %2506, %2486
	%2508 = icmp slt i32 %2507, %415
	%2509 = icmp sge i32 %2506, %415
	%2510 = and i1 %2508, %2509
	%2511 = add i32 %2507, %2422
	%2512 = xor i1 false, true
	%2513 = icmp sge i32 %2511, %415
	%2514 = and i1 %2512, %2513
	%2515 = mul i32 %3, 8
	%2516 = add i32 %2515, 0
	%2517 = sub i32 255, %2516
	%2518 = select i1 %2514, i32 %2517, i32 0
	%2519 = select i1 %2514, i32 %2507, i32 0
	%2520 = or i1 false, %2514
	%2521 = add i32 %2511, %2431
	%2522 = xor i1 %2520, true
	%2523 = icmp sge i32 %2521, %415
	%2524 = and i1 %2522, %2523
	%2525 = mul i32 %3, 8
	%2526 = add i32 %2525, 1
	%2527 = sub i32 255, %2526
	%2528 = select i1 %2524, i32 %2527, i32 %2518
	%2529 = select i1 %2524, i32 %2511, i32 %2519
	%2530 = or i1 %2520, %2524
	%2531 = add i32 %2521, %2440
	%2532 = xor i1 %2530, true
	%2533 = icmp sge i32 %2531, %415
	%2534 = and i1 %2532, %2533
	%2535 = mul i32 %3, 8
	%2536 = add i32 %2535, 2
	%2537 = sub i32 255, %2536
	%2538 = select i1 %2534, i32 %2537, i32 %2528
	%2539 = select i1 %2534, i32 %2521, i32 %2529
	%2540 = or i1 %2530, %2534
	%2541 = add i32 %2531, %2449
	%2542 = xor i1 %2540, true
	%2543 = icmp sge i32 %2541, %415
	%2544 = and i1 %2542, %2543
	%2545 = mul i32 %3, 8
	%2546 = add i32 %2545, 3
	%2547 = sub i32 255, %2546
	%2548 = select i1 %2544, i32 %2547, i32 %2538
	%2549 = select i1 %2544, i32 %2531, i32 %2539
	%2550 = or i1 %2540, %2544
	%2551 = add i32 %2541, %2458
	%2552 = xor i1 %2550, true
	%2553 = icmp sge i32 %2551, %415
	%2554 = and i1 %2552, %2553
	%2555 = mul i32 %3, 8
	%2556 = add i32 %2555, 4
	%2557 = sub i32 255, %2556
	%2558 = select i1 %2554, i32 %2557, i32 %2548
	%2559 = select i1 %2554, i32 %2541, i32 %2549
	%2560 = or i1 %2550, %2554
	%2561 = add i32 %2551, %2467
	%2562 = xor i1 %2560, true
	%2563 = icmp sge i32 %2561, %415
	%2564 = and i1 %2562, %2563
	%2565 = mul i32 %3, 8
	%2566 = add i32 %2565, 5
	%2567 = sub i32 255, %2566
	%2568 = select i1 %2564, i32 %2567, i32 %2558
	%2569 = select i1 %2564, i32 %2551, i32 %2559
	%2570 = or i1 %2560, %2564
	%2571 = add i32 %2561, %2476
	%2572 = xor i1 %2570, true
	%2573 = icmp sge i32 %2571, %415
	%2574 = and i1 %2572, %2573
	%2575 = mul i32 %3, 8
	%2576 = add i32 %2575, 6
	%2577 = sub i32 255, %2576
	%2578 = select i1 %2574, i32 %2577, i32 %2568
	%2579 = select i1 %2574, i32 %2561, i32 %2569
	%2580 = or i1 %2570, %2574
	%2581 = add i32 %2571, %2485
	%2582 = xor i1 %2580, true
	%2583 = icmp sge i32 %2581, %415
	%2584 = and i1 %2582, %2583
	%2585 = mul i32 %3, 8
	%2586 = add i32 %2585, 7
	%2587 = sub i32 255, %2586
	%2588 = select i1 %2584, i32 %2587, i32 %2578
	%2589 = select i1 %2584, i32 %2571, i32 %2579
	%2590 = or i1 %2580, %2584
	%2591 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2510)
	%2592 = call i32 @llvm.cttz.i32(i32 %2591, i1 false)
	%2593 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2588, i32 %2592, i32 31)
	%2594 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2589, i32 %2592, i32 31)
	%2595 = shl i32 %2593, 24
	%2596 = or i32 0, %2595
	%2597 = shl i32 255, 24
	%2598 = or i32 0, %2597
	%2599 = sub i32 %415, %2594
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2600 = mul i32 %3, 8
	%2601 = add i32 %2600, 0
	%2602 = add i32 %2334, %2601
	%2603 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2604 = bitcast i8 addrspace(3)* %2603 to i32 addrspace(3)*
	%2605 = getelementptr i32, i32 addrspace(3)* %2604, i32 %2602
	store i32 0, i32 addrspace(3)* %2605
	%2606 = mul i32 %3, 8
	%2607 = add i32 %2606, 1
	%2608 = add i32 %2334, %2607
	%2609 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2610 = bitcast i8 addrspace(3)* %2609 to i32 addrspace(3)*
	%2611 = getelementptr i32, i32 addrspace(3)* %2610, i32 %2608
	store i32 0, i32 addrspace(3)* %2611
	%2612 = mul i32 %3, 8
	%2613 = add i32 %2612, 2
	%2614 = add i32 %2334, %2613
	%2615 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2616 = bitcast i8 addrspace(3)* %2615 to i32 addrspace(3)*
	%2617 = getelementptr i32, i32 addrspace(3)* %2616, i32 %2614
	store i32 0, i32 addrspace(3)* %2617
	%2618 = mul i32 %3, 8
	%2619 = add i32 %2618, 3
	%2620 = add i32 %2334, %2619
	%2621 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2622 = bitcast i8 addrspace(3)* %2621 to i32 addrspace(3)*
	%2623 = getelementptr i32, i32 addrspace(3)* %2622, i32 %2620
	store i32 0, i32 addrspace(3)* %2623
	%2624 = mul i32 %3, 8
	%2625 = add i32 %2624, 4
	%2626 = add i32 %2334, %2625
	%2627 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2628 = bitcast i8 addrspace(3)* %2627 to i32 addrspace(3)*
	%2629 = getelementptr i32, i32 addrspace(3)* %2628, i32 %2626
	store i32 0, i32 addrspace(3)* %2629
	%2630 = mul i32 %3, 8
	%2631 = add i32 %2630, 5
	%2632 = add i32 %2334, %2631
	%2633 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2634 = bitcast i8 addrspace(3)* %2633 to i32 addrspace(3)*
	%2635 = getelementptr i32, i32 addrspace(3)* %2634, i32 %2632
	store i32 0, i32 addrspace(3)* %2635
	%2636 = mul i32 %3, 8
	%2637 = add i32 %2636, 6
	%2638 = add i32 %2334, %2637
	%2639 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2640 = bitcast i8 addrspace(3)* %2639 to i32 addrspace(3)*
	%2641 = getelementptr i32, i32 addrspace(3)* %2640, i32 %2638
	store i32 0, i32 addrspace(3)* %2641
	%2642 = mul i32 %3, 8
	%2643 = add i32 %2642, 7
	%2644 = add i32 %2334, %2643
	%2645 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2646 = bitcast i8 addrspace(3)* %2645 to i32 addrspace(3)*
	%2647 = getelementptr i32, i32 addrspace(3)* %2646, i32 %2644
	store i32 0, i32 addrspace(3)* %2647
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %2658

2648:
	%2649 = lshr i32 %2410, 24
	%2650 = and i32 %2649, 255
	%2651 = add i32 %2334, %2650
	%2652 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2653 = bitcast i8 addrspace(3)* %2652 to i32 addrspace(3)*
	%2654 = getelementptr i32, i32 addrspace(3)* %2653, i32 %2651
	%2655 = atomicrmw add i32 addrspace(3)* %2654, i32 1 monotonic
	br label %2656

2656:
	%2657 = add i32 %2403, 32
	br label %2402

2658:
	%2659 = phi i32 [ %3, %2414 ], [ %2913, %2912 ]
	%2660 = icmp slt i32 %2659, %587
	br i1 %2660, label %2661, label %2670

2661:
	%2662 = add i32 %2333, %2659
	%2663 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%2664 = bitcast i8 addrspace(3)* %2663 to i32 addrspace(3)*
	%2665 = getelementptr i32, i32 addrspace(3)* %2664, i32 %2662
	%2666 = load i32, i32 addrspace(3)* %2665
	%2667 = and i32 %2666, %2598
	%2668 = icmp eq i32 %2667, %2596
	%2669 = and i1 true, %2668
	br i1 %2669, label %2904, label %2912

2670:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2671 = mul i32 %3, 8
	%2672 = add i32 %2671, 0
	%2673 = sub i32 255, %2672
	%2674 = add i32 %2334, %2673
	%2675 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2676 = bitcast i8 addrspace(3)* %2675 to i32 addrspace(3)*
	%2677 = getelementptr i32, i32 addrspace(3)* %2676, i32 %2674
	%2678 = load i32, i32 addrspace(3)* %2677
	%2679 = add i32 0, %2678
	%2680 = mul i32 %3, 8
	%2681 = add i32 %2680, 1
	%2682 = sub i32 255, %2681
	%2683 = add i32 %2334, %2682
	%2684 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2685 = bitcast i8 addrspace(3)* %2684 to i32 addrspace(3)*
	%2686 = getelementptr i32, i32 addrspace(3)* %2685, i32 %2683
	%2687 = load i32, i32 addrspace(3)* %2686
	%2688 = add i32 %2679, %2687
	%2689 = mul i32 %3, 8
	%2690 = add i32 %2689, 2
	%2691 = sub i32 255, %2690
	%2692 = add i32 %2334, %2691
	%2693 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2694 = bitcast i8 addrspace(3)* %2693 to i32 addrspace(3)*
	%2695 = getelementptr i32, i32 addrspace(3)* %2694, i32 %2692
	%2696 = load i32, i32 addrspace(3)* %2695
	%2697 = add i32 %2688, %2696
	%2698 = mul i32 %3, 8
	%2699 = add i32 %2698, 3
	%2700 = sub i32 255, %2699
	%2701 = add i32 %2334, %2700
	%2702 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2703 = bitcast i8 addrspace(3)* %2702 to i32 addrspace(3)*
	%2704 = getelementptr i32, i32 addrspace(3)* %2703, i32 %2701
	%2705 = load i32, i32 addrspace(3)* %2704
	%2706 = add i32 %2697, %2705
	%2707 = mul i32 %3, 8
	%2708 = add i32 %2707, 4
	%2709 = sub i32 255, %2708
	%2710 = add i32 %2334, %2709
	%2711 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2712 = bitcast i8 addrspace(3)* %2711 to i32 addrspace(3)*
	%2713 = getelementptr i32, i32 addrspace(3)* %2712, i32 %2710
	%2714 = load i32, i32 addrspace(3)* %2713
	%2715 = add i32 %2706, %2714
	%2716 = mul i32 %3, 8
	%2717 = add i32 %2716, 5
	%2718 = sub i32 255, %2717
	%2719 = add i32 %2334, %2718
	%2720 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2721 = bitcast i8 addrspace(3)* %2720 to i32 addrspace(3)*
	%2722 = getelementptr i32, i32 addrspace(3)* %2721, i32 %2719
	%2723 = load i32, i32 addrspace(3)* %2722
	%2724 = add i32 %2715, %2723
	%2725 = mul i32 %3, 8
	%2726 = add i32 %2725, 6
	%2727 = sub i32 255, %2726
	%2728 = add i32 %2334, %2727
	%2729 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2730 = bitcast i8 addrspace(3)* %2729 to i32 addrspace(3)*
	%2731 = getelementptr i32, i32 addrspace(3)* %2730, i32 %2728
	%2732 = load i32, i32 addrspace(3)* %2731
	%2733 = add i32 %2724, %2732
	%2734 = mul i32 %3, 8
	%2735 = add i32 %2734, 7
	%2736 = sub i32 255, %2735
	%2737 = add i32 %2334, %2736
	%2738 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2739 = bitcast i8 addrspace(3)* %2738 to i32 addrspace(3)*
	%2740 = getelementptr i32, i32 addrspace(3)* %2739, i32 %2737
	%2741 = load i32, i32 addrspace(3)* %2740
	%2742 = add i32 %2733, %2741
	%2743 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2742, i32 1, i32 0)
	%2744 = icmp uge i32 %3, 1
	%2745 = select i1 %2744, i32 %2743, i32 0
	%2746 = add i32 %2742, %2745
	%2747 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2746, i32 2, i32 0)
	%2748 = icmp uge i32 %3, 2
	%2749 = select i1 %2748, i32 %2747, i32 0
	%2750 = add i32 %2746, %2749
	%2751 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2750, i32 4, i32 0)
	%2752 = icmp uge i32 %3, 4
	%2753 = select i1 %2752, i32 %2751, i32 0
	%2754 = add i32 %2750, %2753
	%2755 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2754, i32 8, i32 0)
	%2756 = icmp uge i32 %3, 8
	%2757 = select i1 %2756, i32 %2755, i32 0
	%2758 = add i32 %2754, %2757
	%2759 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2758, i32 16, i32 0)
	%2760 = icmp uge i32 %3, 16
	%2761 = select i1 %2760, i32 %2759, i32 0
	%2762 = add i32 %2758, %2761
	%2763 = sub i32 %2762, %2742
	%2764 = icmp slt i32 %2763, %2599
	%2765 = icmp sge i32 %2762, %2599
	%2766 = and i1 %2764, %2765
	%2767 = add i32 %2763, %2678
	%2768 = xor i1 false, true
	%2769 = icmp sge i32 %2767, %2599
	%2770 = and i1 %2768, %2769
	%2771 = mul i32 %3, 8
	%2772 = add i32 %2771, 0
	%2773 = sub i32 255, %2772
	%2774 = select i1 %2770, i32 %2773, i32 0
	%2775 = select i1 %2770, i32 %2763, i32 0
	%2776 = or i1 false, %2770
	%2777 = add i32 %2767, %2687
	%2778 = xor i1 %2776, true
	%2779 = icmp sge i32 %2777, %2599
	%2780 = and i1 %2778, %2779
	%2781 = mul i32 %3, 8
	%2782 = add i32 %2781, 1
	%2783 = sub i32 255, %2782
	%2784 = select i1 %2780, i32 %2783, i32 %2774
	%2785 = select i1 %2780, i32 %2767, i32 %2775
	%2786 = or i1 %2776, %2780
	%2787 = add i32 %2777, %2696
	%2788 = xor i1 %2786, true
	%2789 = icmp sge i32 %2787, %2599
	%2790 = and i1 %2788, %2789
	%2791 = mul i32 %3, 8
	%2792 = add i32 %2791, 2
	%2793 = sub i32 255, %2792
	%2794 = select i1 %2790, i32 %2793, i32 %2784
	%2795 = select i1 %2790, i32 %2777, i32 %2785
	%2796 = or i1 %2786, %2790
	%2797 = add i32 %2787, %2705
	%2798 = xor i1 %2796, true
	%2799 = icmp sge i32 %2797, %2599
	%2800 = and i1 %2798, %2799
	%2801 = mul i32 %3, 8
	%2802 = add i32 %2801, 3
	%2803 = sub i32 255, %2802
	%2804 = select i1 %2800, i32 %2803, i32 %2794
	%2805 = select i1 %2800, i32 %2787, i32 %2795
	%2806 = or i1 %2796, %2800
	%2807 = add i32 %2797, %2714
	%2808 = xor i1 %2806, true
	%2809 = icmp sge i32 %2807, %2599
	%2810 = and i1 %2808, %2809
	%2811 = mul i32 %3, 8
	%2812 = add i32 %2811, 4
	%2813 = sub i32 255, %2812
	%2814 = select i1 %2810, i32 %2813, i32 %2804
	%2815 = select i1 %2810, i32 %2797, i32 %2805
	%2816 = or i1 %2806, %2810
	%2817 = add i32 %2807, %2723
	%2818 = xor i1 %2816, true
	%2819 = icmp sge i32 %2817, %2599
	%2820 = and i1 %2818, %2819
	%2821 = mul i32 %3, 8
	%2822 = add i32 %2821, 5
	%2823 = sub i32 255, %2822
	%2824 = select i1 %2820, i32 %2823, i32 %2814
	%2825 = select i1 %2820, i32 %2807, i32 %2815
	%2826 = or i1 %2816, %2820
	%2827 = add i32 %2817, %2732
	%2828 = xor i1 %2826, true
	%2829 = icmp sge i32 %2827, %2599
	%2830 = and i1 %2828, %2829
	%2831 = mul i32 %3, 8
	%2832 = add i32 %2831, 6
	%2833 = sub i32 255, %2832
	%2834 = select i1 %2830, i32 %2833, i32 %2824
	%2835 = select i1 %2830, i32 %2817, i32 %2825
	%2836 = or i1 %2826, %2830
	%2837 = add i32 %2827, %2741
	%2838 = xor i1 %2836, true
	%2839 = icmp sge i32 %2837, %2599
	%2840 = and i1 %2838, %2839
	%2841 = mul i32 %3, 8
	%2842 = add i32 %2841, 7
	%2843 = sub i32 255, %2842
	%2844 = select i1 %2840, i32 %2843, i32 %2834
	%2845 = select i1 %2840, i32 %2827, i32 %2835
	%2846 = or i1 %2836, %2840
	%2847 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2766)
	%2848 = call i32 @llvm.cttz.i32(i32 %2847, i1 false)
	%2849 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2844, i32 %2848, i32 31)
	%2850 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2845, i32 %2848, i32 31)
	%2851 = shl i32 %2849, 16
	%2852 = or i32 %2596, %2851
	%2853 = shl i32 255, 16
	%2854 = or i32 %2598, %2853
	%2855 = sub i32 %2599, %2850
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2856 = mul i32 %3, 8
	%2857 = add i32 %2856, 0
	%2858 = add i32 %2334, %2857
	%2859 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2860 = bitcast i8 addrspace(3)* %2859 to i32 addrspace(3)*
	%2861 = getelementptr i32, i32 addrspace(3)* %2860, i32 %2858
	store i32 0, i32 addrspace(3)* %2861
	%2862 = mul i32 %3, 8
	%2863 = add i32 %2862, 1
	%2864 = add i32 %2334, %2863
	%2865 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2866 = bitcast i8 addrspace(3)* %2865 to i32 addrspace(3)*
	%2867 = getelementptr i32, i32 addrspace(3)* %2866, i32 %2864
	store i32 0, i32 addrspace(3)* %2867
	%2868 = mul i32 %3, 8
	%2869 = add i32 %2868, 2
	%2870 = add i32 %2334, %2869
	%2871 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2872 = bitcast i8 addrspace(3)* %2871 to i32 addrspace(3)*
	%2873 = getelementptr i32, i32 addrspace(3)* %2872, i32 %2870
	store i32 0, i32 addrspace(3)* %2873
	%2874 = mul i32 %3, 8
	%2875 = add i32 %2874, 3
	%2876 = add i32 %2334, %2875
	%2877 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2878 = bitcast i8 addrspace(3)* %2877 to i32 addrspace(3)*
	%2879 = getelementptr i32, i32 addrspace(3)* %2878, i32 %2876
	store i32 0, i32 addrspace(3)* %2879
	%2880 = mul i32 %3, 8
	%2881 = add i32 %2880, 4
	%2882 = add i32 %2334, %2881
	%2883 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2884 = bitcast i8 addrspace(3)* %2883 to i32 addrspace(3)*
	%2885 = getelementptr i32, i32 addrspace(3)* %2884, i32 %2882
	store i32 0, i32 addrspace(3)* %2885
	%2886 = mul i32 %3, 8
	%2887 = add i32 %2886, 5
	%2888 = add i32 %2334, %2887
	%2889 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2890 = bitcast i8 addrspace(3)* %2889 to i32 addrspace(3)*
	%2891 = getelementptr i32, i32 addrspace(3)* %2890, i32 %2888
	store i32 0, i32 addrspace(3)* %2891
	%2892 = mul i32 %3, 8
	%2893 = add i32 %2892, 6
	%2894 = add i32 %2334, %2893
	%2895 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2896 = bitcast i8 addrspace(3)* %2895 to i32 addrspace(3)*
	%2897 = getelementptr i32, i32 addrspace(3)* %2896, i32 %2894
	store i32 0, i32 addrspace(3)* %2897
	%2898 = mul i32 %3, 8
	%2899 = add i32 %2898, 7
	%2900 = add i32 %2334, %2899
	%2901 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2902 = bitcast i8 addrspace(3)* %2901 to i32 addrspace(3)*
	%2903 = getelementptr i32, i32 addrspace(3)* %2902, i32 %2900
	store i32 0, i32 addrspace(3)* %2903
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %2914

2904:
	%2905 = lshr i32 %2666, 16
	%2906 = and i32 %2905, 255
	%2907 = add i32 %2334, %2906
	%2908 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2909 = bitcast i8 addrspace(3)* %2908 to i32 addrspace(3)*
	%2910 = getelementptr i32, i32 addrspace(3)* %2909, i32 %2907
	%2911 = atomicrmw add i32 addrspace(3)* %2910, i32 1 monotonic
	br label %2912

2912:
	%2913 = add i32 %2659, 32
	br label %2658

2914:
	%2915 = phi i32 [ %3, %2670 ], [ %3169, %3168 ]
	%2916 = icmp slt i32 %2915, %587
	br i1 %2916, label %2917, label %2926

2917:
	%2918 = add i32 %2333, %2915
	%2919 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%2920 = bitcast i8 addrspace(3)* %2919 to i32 addrspace(3)*
	%2921 = getelementptr i32, i32 addrspace(3)* %2920, i32 %2918
	%2922 = load i32, i32 addrspace(3)* %2921
	%2923 = and i32 %2922, %2854
	%2924 = icmp eq i32 %2923, %2852
	%2925 = and i1 true, %2924
	br i1 %2925, label %3160, label %3168

2926:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%2927 = mul i32 %3, 8
	%2928 = add i32 %2927, 0
	%2929 = sub i32 255, %2928
	%2930 = add i32 %2334, %2929
	%2931 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2932 = bitcast i8 addrspace(3)* %2931 to i32 addrspace(3)*
	%2933 = getelementptr i32, i32 addrspace(3)* %2932, i32 %2930
	%2934 = load i32, i32 addrspace(3)* %2933
	%2935 = add i32 0, %2934
	%2936 = mul i32 %3, 8
	%2937 = add i32 %2936, 1
	%2938 = sub i32 255, %2937
	%2939 = add i32 %2334, %2938
	%2940 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2941 = bitcast i8 addrspace(3)* %2940 to i32 addrspace(3)*
	%2942 = getelementptr i32, i32 addrspace(3)* %2941, i32 %2939
	%2943 = load i32, i32 addrspace(3)* %2942
	%2944 = add i32 %2935, %2943
	%2945 = mul i32 %3, 8
	%2946 = add i32 %2945, 2
	%2947 = sub i32 255, %2946
	%2948 = add i32 %2334, %2947
	%2949 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2950 = bitcast i8 addrspace(3)* %2949 to i32 addrspace(3)*
	%2951 = getelementptr i32, i32 addrspace(3)* %2950, i32 %2948
	%2952 = load i32, i32 addrspace(3)* %2951
	%2953 = add i32 %2944, %2952
	%2954 = mul i32 %3, 8
	%2955 = add i32 %2954, 3
	%2956 = sub i32 255, %2955
	%2957 = add i32 %2334, %2956
	%2958 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2959 = bitcast i8 addrspace(3)* %2958 to i32 addrspace(3)*
	%2960 = getelementptr i32, i32 addrspace(3)* %2959, i32 %2957
	%2961 = load i32, i32 addrspace(3)* %2960
	%2962 = add i32 %2953, %2961
	%2963 = mul i32 %3, 8
	%2964 = add i32 %2963, 4
	%2965 = sub i32 255, %2964
	%2966 = add i32 %2334, %2965
	%2967 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2968 = bitcast i8 addrspace(3)* %2967 to i32 addrspace(3)*
	%2969 = getelementptr i32, i32 addrspace(3)* %2968, i32 %2966
	%2970 = load i32, i32 addrspace(3)* %2969
	%2971 = add i32 %2962, %2970
	%2972 = mul i32 %3, 8
	%2973 = add i32 %2972, 5
	%2974 = sub i32 255, %2973
	%2975 = add i32 %2334, %2974
	%2976 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2977 = bitcast i8 addrspace(3)* %2976 to i32 addrspace(3)*
	%2978 = getelementptr i32, i32 addrspace(3)* %2977, i32 %2975
	%2979 = load i32, i32 addrspace(3)* %2978
	%2980 = add i32 %2971, %2979
	%2981 = mul i32 %3, 8
	%2982 = add i32 %2981, 6
	%2983 = sub i32 255, %2982
	%2984 = add i32 %2334, %2983
	%2985 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2986 = bitcast i8 addrspace(3)* %2985 to i32 addrspace(3)*
	%2987 = getelementptr i32, i32 addrspace(3)* %2986, i32 %2984
	%2988 = load i32, i32 addrspace(3)* %2987
	%2989 = add i32 %2980, %2988
	%2990 = mul i32 %3, 8
	%2991 = add i32 %2990, 7
	%2992 = sub i32 255, %2991
	%2993 = add i32 %2334, %2992
	%2994 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%2995 = bitcast i8 addrspace(3)* %2994 to i32 addrspace(3)*
	%2996 = getelementptr i32, i32 addrspace(3)* %2995, i32 %2993
	%2997 = load i32, i32 addrspace(3)* %2996
	%2998 = add i32 %2989, %2997
	%2999 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2998, i32 1, i32 0)
	%3000 = icmp uge i32 %3, 1
	%3001 = select i1 %3000, i32 %2999, i32 0
	%3002 = add i32 %2998, %3001
	%3003 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3002, i32 2, i32 0)
	%3004 = icmp uge i32 %3, 2
	%3005 = select i1 %3004, i32 %3003, i32 0
	%3006 = add i32 %3002, %3005
	%3007 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3006, i32 4, i32 0)
	%3008 = icmp uge i32 %3, 4
	%3009 = select i1 %3008, i32 %3007, i32 0
	%3010 = add i32 %3006, %3009
	%3011 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3010, i32 8, i32 0)
	%3012 = icmp uge i32 %3, 8
	%3013 = select i1 %3012, i32 %3011, i32 0
	%3014 = add i32 %3010, %3013
	%3015 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3014, i32 16, i32 0)
	%3016 = icmp uge i32 %3, 16
	%3017 = select i1 %3016, i32 %3015, i32 0
	%3018 = add i32 %3014, %3017
	%3019 = sub i32 %3018, %2998
	%3020 = icmp slt i32 %3019, %2855
	%3021 = icmp sge i32 %3018, %2855
	%3022 = and i1 %3020, %3021
	%3023 = add i32 %3019, %2934
	%3024 = xor i1 false, true
	%3025 = icmp sge i32 %3023, %2855
	%3026 = and i1 %3024, %3025
	%3027 = mul i32 %3, 8
	%3028 = add i32 %3027, 0
	%3029 = sub i32 255, %3028
	%3030 = select i1 %3026, i32 %3029, i32 0
	%3031 = select i1 %3026, i32 %3019, i32 0
	%3032 = or i1 false, %3026
	%3033 = add i32 %3023, %2943
	%3034 = xor i1 %3032, true
	%3035 = icmp sge i32 %3033, %2855
	%3036 = and i1 %3034, %3035
	%3037 = mul i32 %3, 8
	%3038 = add i32 %3037, 1
	%3039 = sub i32 255, %3038
	%3040 = select i1 %3036, i32 %3039, i32 %3030
	%3041 = select i1 %3036, i32 %3023, i32 %3031
	%3042 = or i1 %3032, %3036
	%3043 = add i32 %3033, %2952
	%3044 = xor i1 %3042, true
	%3045 = icmp sge i32 %3043, %2855
	%3046 = and i1 %3044, %3045
	%3047 = mul i32 %3, 8
	%3048 = add i32 %3047, 2
	%3049 = sub i32 255, %3048
	%3050 = select i1 %3046, i32 %3049, i32 %3040
	%3051 = select i1 %3046, i32 %3033, i32 %3041
	%3052 = or i1 %3042, %3046
	%3053 = add i32 %3043, %2961
	%3054 = xor i1 %3052, true
	%3055 = icmp sge i32 %3053, %2855
	%3056 = and i1 %3054, %3055
	%3057 = mul i32 %3, 8
	%3058 = add i32 %3057, 3
	%3059 = sub i32 255, %3058
	%3060 = select i1 %3056, i32 %3059, i32 %3050
	%3061 = select i1 %3056, i32 %3043, i32 %3051
	%3062 = or i1 %3052, %3056
	%3063 = add i32 %3053, %2970
	%3064 = xor i1 %3062, true
	%3065 = icmp sge i32 %3063, %2855
	%3066 = and i1 %3064, %3065
	%3067 = mul i32 %3, 8
	%3068 = add i32 %3067, 4
	%3069 = sub i32 255, %3068
	%3070 = select i1 %3066, i32 %3069, i32 %3060
	%3071 = select i1 %3066, i32 %3053, i32 %3061
	%3072 = or i1 %3062, %3066
	%3073 = add i32 %3063, %2979
	%3074 = xor i1 %3072, true
	%3075 = icmp sge i32 %3073, %2855
	%3076 = and i1 %3074, %3075
	%3077 = mul i32 %3, 8
	%3078 = add i32 %3077, 5
	%3079 = sub i32 255, %3078
	%3080 = select i1 %3076, i32 %3079, i32 %3070
	%3081 = select i1 %3076, i32 %3063, i32 %3071
	%3082 = or i1 %3072, %3076
	%3083 = add i32 %3073, %2988
	%3084 = xor i1 %3082, true
	%3085 = icmp sge i32 %3083, %2855
	%3086 = and i1 %3084, %3085
	%3087 = mul i32 %3, 8
	%3088 = add i32 %3087, 6
	%3089 = sub i32 255, %3088
	%3090 = select i1 %3086, i32 %3089, i32 %3080
	%3091 = select i1 %3086, i32 %3073, i32 %3081
	%3092 = or i1 %3082, %3086
	%3093 = add i32 %3083, %2997
	%3094 = xor i1 %3092, true
	%3095 = icmp sge i32 %3093, %2855
	%3096 = and i1 %3094, %3095
	%3097 = mul i32 %3, 8
	%3098 = add i32 %3097, 7
	%3099 = sub i32 255, %3098
	%3100 = select i1 %3096, i32 %3099, i32 %3090
	%3101 = select i1 %3096, i32 %3083, i32 %3091
	%3102 = or i1 %3092, %3096
	%3103 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3022)
	%3104 = call i32 @llvm.cttz.i32(i32 %3103, i1 false)
	%3105 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %3100, i32 %3104, i32 31)
	%3106 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %3101, i32 %3104, i32 31)
	%3107 = shl i32 %3105, 8
	%3108 = or i32 %2852, %3107
	%3109 = shl i32 255, 8
	%3110 = or i32 %2854, %3109
	%3111 = sub i32 %2855, %3106
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3112 = mul i32 %3, 8
	%3113 = add i32 %3112, 0
	%3114 = add i32 %2334, %3113
	%3115 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3116 = bitcast i8 addrspace(3)* %3115 to i32 addrspace(3)*
	%3117 = getelementptr i32, i32 addrspace(3)* %3116, i32 %3114
	store i32 0, i32 addrspace(3)* %3117
	%3118 = mul i32 %3, 8
	%3119 = add i32 %3118, 1
	%3120 = add i32 %2334, %3119
	%3121 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3122 = bitcast i8 addrspace(3)* %3121 to i32 addrspace(3)*
	%3123 = getelementptr i32, i32 addrspace(3)* %3122, i32 %3120
	store i32 0, i32 addrspace(3)* %3123
	%3124 = mul i32 %3, 8
	%3125 = add i32 %3124, 2
	%3126 = add i32 %2334, %3125
	%3127 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3128 = bitcast i8 addrspace(3)* %3127 to i32 addrspace(3)*
	%3129 = getelementptr i32, i32 addrspace(3)* %3128, i32 %3126
	store i32 0, i32 addrspace(3)* %3129
	%3130 = mul i32 %3, 8
	%3131 = add i32 %3130, 3
	%3132 = add i32 %2334, %3131
	%3133 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3134 = bitcast i8 addrspace(3)* %3133 to i32 addrspace(3)*
	%3135 = getelementptr i32, i32 addrspace(3)* %3134, i32 %3132
	store i32 0, i32 addrspace(3)* %3135
	%3136 = mul i32 %3, 8
	%3137 = add i32 %3136, 4
	%3138 = add i32 %2334, %3137
	%3139 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3140 = bitcast i8 addrspace(3)* %3139 to i32 addrspace(3)*
	%3141 = getelementptr i32, i32 addrspace(3)* %3140, i32 %3138
	store i32 0, i32 addrspace(3)* %3141
	%3142 = mul i32 %3, 8
	%3143 = add i32 %3142, 5
	%3144 = add i32 %2334, %3143
	%3145 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3146 = bitcast i8 addrspace(3)* %3145 to i32 addrspace(3)*
	%3147 = getelementptr i32, i32 addrspace(3)* %3146, i32 %3144
	store i32 0, i32 addrspace(3)* %3147
	%3148 = mul i32 %3, 8
	%3149 = add i32 %3148, 6
	%3150 = add i32 %2334, %3149
	%3151 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3152 = bitcast i8 addrspace(3)* %3151 to i32 addrspace(3)*
	%3153 = getelementptr i32, i32 addrspace(3)* %3152, i32 %3150
	store i32 0, i32 addrspace(3)* %3153
	%3154 = mul i32 %3, 8
	%3155 = add i32 %3154, 7
	%3156 = add i32 %2334, %3155
	%3157 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3158 = bitcast i8 addrspace(3)* %3157 to i32 addrspace(3)*
	%3159 = getelementptr i32, i32 addrspace(3)* %3158, i32 %3156
	store i32 0, i32 addrspace(3)* %3159
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %3170

3160:
	%3161 = lshr i32 %2922, 8
	%3162 = and i32 %3161, 255
	%3163 = add i32 %2334, %3162
	%3164 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3165 = bitcast i8 addrspace(3)* %3164 to i32 addrspace(3)*
	%3166 = getelementptr i32, i32 addrspace(3)* %3165, i32 %3163
	%3167 = atomicrmw add i32 addrspace(3)* %3166, i32 1 monotonic
	br label %3168

3168:
	%3169 = add i32 %2915, 32
	br label %2914

3170:
	%3171 = phi i32 [ %3, %2926 ], [ %3379, %3378 ]
	%3172 = icmp slt i32 %3171, %587
	br i1 %3172, label %3173, label %3182

3173:
	%3174 = add i32 %2333, %3171
	%3175 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%3176 = bitcast i8 addrspace(3)* %3175 to i32 addrspace(3)*
	%3177 = getelementptr i32, i32 addrspace(3)* %3176, i32 %3174
	%3178 = load i32, i32 addrspace(3)* %3177
	%3179 = and i32 %3178, %3110
	%3180 = icmp eq i32 %3179, %3108
	%3181 = and i1 true, %3180
	br i1 %3181, label %3370, label %3378

3182:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3183 = mul i32 %3, 8
	%3184 = add i32 %3183, 0
	%3185 = sub i32 255, %3184
	%3186 = add i32 %2334, %3185
	%3187 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3188 = bitcast i8 addrspace(3)* %3187 to i32 addrspace(3)*
	%3189 = getelementptr i32, i32 addrspace(3)* %3188, i32 %3186
	%3190 = load i32, i32 addrspace(3)* %3189
	%3191 = add i32 0, %3190
	%3192 = mul i32 %3, 8
	%3193 = add i32 %3192, 1
	%3194 = sub i32 255, %3193
	%3195 = add i32 %2334, %3194
	%3196 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3197 = bitcast i8 addrspace(3)* %3196 to i32 addrspace(3)*
	%3198 = getelementptr i32, i32 addrspace(3)* %3197, i32 %3195
	%3199 = load i32, i32 addrspace(3)* %3198
	%3200 = add i32 %3191, %3199
	%3201 = mul i32 %3, 8
	%3202 = add i32 %3201, 2
	%3203 = sub i32 255, %3202
	%3204 = add i32 %2334, %3203
	%3205 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3206 = bitcast i8 addrspace(3)* %3205 to i32 addrspace(3)*
	%3207 = getelementptr i32, i32 addrspace(3)* %3206, i32 %3204
	%3208 = load i32, i32 addrspace(3)* %3207
	%3209 = add i32 %3200, %3208
	%3210 = mul i32 %3, 8
	%3211 = add i32 %3210, 3
	%3212 = sub i32 255, %3211
	%3213 = add i32 %2334, %3212
	%3214 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3215 = bitcast i8 addrspace(3)* %3214 to i32 addrspace(3)*
	%3216 = getelementptr i32, i32 addrspace(3)* %3215, i32 %3213
	%3217 = load i32, i32 addrspace(3)* %3216
	%3218 = add i32 %3209, %3217
	%3219 = mul i32 %3, 8
	%3220 = add i32 %3219, 4
	%3221 = sub i32 255, %3220
	%3222 = add i32 %2334, %3221
	%3223 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3224 = bitcast i8 addrspace(3)* %3223 to i32 addrspace(3)*
	%3225 = getelementptr i32, i32 addrspace(3)* %3224, i32 %3222
	%3226 = load i32, i32 addrspace(3)* %3225
	%3227 = add i32 %3218, %3226
	%3228 = mul i32 %3, 8
	%3229 = add i32 %3228, 5
	%3230 = sub i32 255, %3229
	%3231 = add i32 %2334, %3230
	%3232 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3233 = bitcast i8 addrspace(3)* %3232 to i32 addrspace(3)*
	%3234 = getelementptr i32, i32 addrspace(3)* %3233, i32 %3231
	%3235 = load i32, i32 addrspace(3)* %3234
	%3236 = add i32 %3227, %3235
	%3237 = mul i32 %3, 8
	%3238 = add i32 %3237, 6
	%3239 = sub i32 255, %3238
	%3240 = add i32 %2334, %3239
	%3241 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3242 = bitcast i8 addrspace(3)* %3241 to i32 addrspace(3)*
	%3243 = getelementptr i32, i32 addrspace(3)* %3242, i32 %3240
	%3244 = load i32, i32 addrspace(3)* %3243
	%3245 = add i32 %3236, %3244
	%3246 = mul i32 %3, 8
	%3247 = add i32 %3246, 7
	%3248 = sub i32 255, %3247
	%3249 = add i32 %2334, %3248
	%3250 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3251 = bitcast i8 addrspace(3)* %3250 to i32 addrspace(3)*
	%3252 = getelementptr i32, i32 addrspace(3)* %3251, i32 %3249
	%3253 = load i32, i32 addrspace(3)* %3252
	%3254 = add i32 %3245, %3253
	%3255 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3254, i32 1, i32 0)
	%3256 = icmp uge i32 %3, 1
	%3257 = select i1 %3256, i32 %3255, i32 0
	%3258 = add i32 %3254, %3257
	%3259 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3258, i32 2, i32 0)
	%3260 = icmp uge i32 %3, 2
	%3261 = select i1 %3260, i32 %3259, i32 0
	%3262 = add i32 %3258, %3261
	%3263 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3262, i32 4, i32 0)
	%3264 = icmp uge i32 %3, 4
	%3265 = select i1 %3264, i32 %3263, i32 0
	%3266 = add i32 %3262, %3265
	%3267 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3266, i32 8, i32 0)
	%3268 = icmp uge i32 %3, 8
	%3269 = select i1 %3268, i32 %3267, i32 0
	%3270 = add i32 %3266, %3269
	%3271 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3270, i32 16, i32 0)
	%3272 = icmp uge i32 %3, 16
	%3273 = select i1 %3272, i32 %3271, i32 0
	%3274 = add i32 %3270, %3273
	%3275 = sub i32 %3274, %3254
	%3276 = icmp slt i32 %3275, %3111
	%3277 = icmp sge i32 %3274, %3111
	%3278 = and i1 %3276, %3277
	%3279 = add i32 %3275, %3190
	%3280 = xor i1 false, true
	%3281 = icmp sge i32 %3279, %3111
	%3282 = and i1 %3280, %3281
	%3283 = mul i32 %3, 8
	%3284 = add i32 %3283, 0
	%3285 = sub i32 255, %3284
	%3286 = select i1 %3282, i32 %3285, i32 0
	%3287 = select i1 %3282, i32 %3275, i32 0
	%3288 = or i1 false, %3282
	%3289 = add i32 %3279, %3199
	%3290 = xor i1 %3288, true
	%3291 = icmp sge i32 %3289, %3111
	%3292 = and i1 %3290, %3291
	%3293 = mul i32 %3, 8
	%3294 = add i32 %3293, 1
	%3295 = sub i32 255, %3294
	%3296 = select i1 %3292, i32 %3295, i32 %3286
	%3297 = select i1 %3292, i32 %3279, i32 %3287
	%3298 = or i1 %3288, %3292
	%3299 = add i32 %3289, %3208
	%3300 = xor i1 %3298, true
	%3301 = icmp sge i32 %3299, %3111
	%3302 = and i1 %3300, %3301
	%3303 = mul i32 %3, 8
	%3304 = add i32 %3303, 2
	%3305 = sub i32 255, %3304
	%3306 = select i1 %3302, i32 %3305, i32 %3296
	%3307 = select i1 %3302, i32 %3289, i32 %3297
	%3308 = or i1 %3298, %3302
	%3309 = add i32 %3299, %3217
	%3310 = xor i1 %3308, true
	%3311 = icmp sge i32 %3309, %3111
	%3312 = and i1 %3310, %3311
	%3313 = mul i32 %3, 8
	%3314 = add i32 %3313, 3
	%3315 = sub i32 255, %3314
	%3316 = select i1 %3312, i32 %3315, i32 %3306
	%3317 = select i1 %3312, i32 %3299, i32 %3307
	%3318 = or i1 %3308, %3312
	%3319 = add i32 %3309, %3226
	%3320 = xor i1 %3318, true
	%3321 = icmp sge i32 %3319, %3111
	%3322 = and i1 %3320, %3321
	%3323 = mul i32 %3, 8
	%3324 = add i32 %3323, 4
	%3325 = sub i32 255, %3324
	%3326 = select i1 %3322, i32 %3325, i32 %3316
	%3327 = select i1 %3322, i32 %3309, i32 %3317
	%3328 = or i1 %3318, %3322
	%3329 = add i32 %3319, %3235
	%3330 = xor i1 %3328, true
	%3331 = icmp sge i32 %3329, %3111
	%3332 = and i1 %3330, %3331
	%3333 = mul i32 %3, 8
	%3334 = add i32 %3333, 5
	%3335 = sub i32 255, %3334
	%3336 = select i1 %3332, i32 %3335, i32 %3326
	%3337 = select i1 %3332, i32 %3319, i32 %3327
	%3338 = or i1 %3328, %3332
	%3339 = add i32 %3329, %3244
	%3340 = xor i1 %3338, true
	%3341 = icmp sge i32 %3339, %3111
	%3342 = and i1 %3340, %3341
	%3343 = mul i32 %3, 8
	%3344 = add i32 %3343, 6
	%3345 = sub i32 255, %3344
	%3346 = select i1 %3342, i32 %3345, i32 %3336
	%3347 = select i1 %3342, i32 %3329, i32 %3337
	%3348 = or i1 %3338, %3342
	%3349 = add i32 %3339, %3253
	%3350 = xor i1 %3348, true
	%3351 = icmp sge i32 %3349, %3111
	%3352 = and i1 %3350, %3351
	%3353 = mul i32 %3, 8
	%3354 = add i32 %3353, 7
	%3355 = sub i32 255, %3354
	%3356 = select i1 %3352, i32 %3355, i32 %3346
	%3357 = select i1 %3352, i32 %3339, i32 %3347
	%3358 = or i1 %3348, %3352
	%3359 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3278)
	%3360 = call i32 @llvm.cttz.i32(i32 %3359, i1 false)
	%3361 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %3356, i32 %3360, i32 31)
	%3362 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %3357, i32 %3360, i32 31)
	%3363 = shl i32 %3361, 0
	%3364 = or i32 %3108, %3363
	%3365 = shl i32 255, 0
	%3366 = or i32 %3110, %3365
	%3367 = sub i32 %3111, %3362
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3368 = shl i32 1, %3
	%3369 = sub i32 %3368, 1
	br label %3380

3370:
	%3371 = lshr i32 %3178, 0
	%3372 = and i32 %3371, 255
	%3373 = add i32 %2334, %3372
	%3374 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3375 = bitcast i8 addrspace(3)* %3374 to i32 addrspace(3)*
	%3376 = getelementptr i32, i32 addrspace(3)* %3375, i32 %3373
	%3377 = atomicrmw add i32 addrspace(3)* %3376, i32 1 monotonic
	br label %3378

3378:
	%3379 = add i32 %3171, 32
	br label %3170

3380:
	%3381 = phi i32 [ 0, %3182 ], [ %3450, %3445 ]
	%3382 = phi i32 [ 0, %3182 ], [ %3447, %3445 ]
	%3383 = phi i32 [ 0, %3182 ], [ %3449, %3445 ]
	%3384 = icmp slt i32 %3381, %587
	br i1 %3384, label %3385, label %3388

3385:
	%3386 = add i32 %3381, %3
	%3387 = icmp slt i32 %3386, %587
	br i1 %3387, label %3409, label %3419

3388:
	%3389 = icmp ugt i32 %2081, %3364
	%3390 = and i1 %2076, %3389
	%3391 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3390)
	%3392 = call i32 @llvm.ctpop.i32(i32 %3391)
	%3393 = add i32 0, %3392
	%3394 = icmp ugt i32 %2094, %3364
	%3395 = and i1 %2089, %3394
	%3396 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3395)
	%3397 = call i32 @llvm.ctpop.i32(i32 %3396)
	%3398 = add i32 %3393, %3397
	%3399 = icmp ugt i32 %2107, %3364
	%3400 = and i1 %2102, %3399
	%3401 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3400)
	%3402 = call i32 @llvm.ctpop.i32(i32 %3401)
	%3403 = add i32 %3398, %3402
	%3404 = icmp ugt i32 %2120, %3364
	%3405 = and i1 %2115, %3404
	%3406 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3405)
	%3407 = call i32 @llvm.ctpop.i32(i32 %3406)
	%3408 = add i32 %3403, %3407
	br label %2383

3409:
	%3410 = add i32 %2333, %3386
	%3411 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%3412 = bitcast i8 addrspace(3)* %3411 to i32 addrspace(3)*
	%3413 = getelementptr i32, i32 addrspace(3)* %3412, i32 %3410
	%3414 = load i32, i32 addrspace(3)* %3413
	%3415 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%3416 = bitcast i8 addrspace(3)* %3415 to i32 addrspace(3)*
	%3417 = getelementptr i32, i32 addrspace(3)* %3416, i32 %3410
	%3418 = load i32, i32 addrspace(3)* %3417
	br label %3419

3419:
	%3420 = phi i32 [ 0, %3385 ], [ %3414, %3409 ]
	%3421 = phi i32 [ 0, %3385 ], [ %3418, %3409 ]
	%3422 = icmp eq i32 %3420, %3364
	%3423 = and i1 %3387, %3422
	%3424 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3423)
	%3425 = and i32 %3424, %3369
	%3426 = call i32 @llvm.ctpop.i32(i32 %3425)
	%3427 = add i32 %3383, %3426
	%3428 = icmp ugt i32 %3420, %3364
	%3429 = icmp slt i32 %3427, %3367
	%3430 = and i1 %3423, %3429
	%3431 = or i1 %3428, %3430
	%3432 = and i1 %3387, %3431
	%3433 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3432)
	%3434 = and i32 %3433, %3369
	%3435 = call i32 @llvm.ctpop.i32(i32 %3434)
	%3436 = add i32 %3382, %3435
	%3437 = add i32 %2333, %3436
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %3432, label %3438, label %3445

3438:
	%3439 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%3440 = bitcast i8 addrspace(3)* %3439 to i32 addrspace(3)*
	%3441 = getelementptr i32, i32 addrspace(3)* %3440, i32 %3437
	store i32 %3420, i32 addrspace(3)* %3441
	%3442 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%3443 = bitcast i8 addrspace(3)* %3442 to i32 addrspace(3)*
	%3444 = getelementptr i32, i32 addrspace(3)* %3443, i32 %3437
	store i32 %3421, i32 addrspace(3)* %3444
	br label %3445

3445:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3446 = call i32 @llvm.ctpop.i32(i32 %3433)
	%3447 = add i32 %3382, %3446
	%3448 = call i32 @llvm.ctpop.i32(i32 %3424)
	%3449 = add i32 %3383, %3448
	%3450 = add i32 %3381, 32
	br label %3380

3451:
	%3452 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%3453 = bitcast i8 addrspace(3)* %3452 to i32 addrspace(3)*
	%3454 = getelementptr i32, i32 addrspace(3)* %3453, i32 %2401
	store i32 %2081, i32 addrspace(3)* %3454
	%3455 = add i32 0, %3
	%3456 = add i32 %586, %3455
	%3457 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%3458 = bitcast i8 addrspace(3)* %3457 to i32 addrspace(3)*
	%3459 = getelementptr i32, i32 addrspace(3)* %3458, i32 %2401
	store i32 %3456, i32 addrspace(3)* %3459
	br label %3460

3460:
	%3461 = call i32 @llvm.ctpop.i32(i32 %2391)
	%3462 = add i32 %2384, %3461
	%3463 = and i32 %2392, %2396
	%3464 = call i32 @llvm.ctpop.i32(i32 %3463)
	%3465 = add i32 %3462, %3464
	%3466 = add i32 %2397, %3465
	br i1 %2388, label %3467, label %3476

3467:
	%3468 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%3469 = bitcast i8 addrspace(3)* %3468 to i32 addrspace(3)*
	%3470 = getelementptr i32, i32 addrspace(3)* %3469, i32 %3466
	store i32 %2094, i32 addrspace(3)* %3470
	%3471 = add i32 32, %3
	%3472 = add i32 %586, %3471
	%3473 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%3474 = bitcast i8 addrspace(3)* %3473 to i32 addrspace(3)*
	%3475 = getelementptr i32, i32 addrspace(3)* %3474, i32 %3466
	store i32 %3472, i32 addrspace(3)* %3475
	br label %3476

3476:
	%3477 = call i32 @llvm.ctpop.i32(i32 %2392)
	%3478 = add i32 %3462, %3477
	%3479 = and i32 %2393, %2396
	%3480 = call i32 @llvm.ctpop.i32(i32 %3479)
	%3481 = add i32 %3478, %3480
	%3482 = add i32 %2397, %3481
	br i1 %2389, label %3483, label %3492

3483:
	%3484 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%3485 = bitcast i8 addrspace(3)* %3484 to i32 addrspace(3)*
	%3486 = getelementptr i32, i32 addrspace(3)* %3485, i32 %3482
	store i32 %2107, i32 addrspace(3)* %3486
	%3487 = add i32 64, %3
	%3488 = add i32 %586, %3487
	%3489 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%3490 = bitcast i8 addrspace(3)* %3489 to i32 addrspace(3)*
	%3491 = getelementptr i32, i32 addrspace(3)* %3490, i32 %3482
	store i32 %3488, i32 addrspace(3)* %3491
	br label %3492

3492:
	%3493 = call i32 @llvm.ctpop.i32(i32 %2393)
	%3494 = add i32 %3478, %3493
	%3495 = and i32 %2394, %2396
	%3496 = call i32 @llvm.ctpop.i32(i32 %3495)
	%3497 = add i32 %3494, %3496
	%3498 = add i32 %2397, %3497
	br i1 %2390, label %3499, label %3508

3499:
	%3500 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%3501 = bitcast i8 addrspace(3)* %3500 to i32 addrspace(3)*
	%3502 = getelementptr i32, i32 addrspace(3)* %3501, i32 %3498
	store i32 %2120, i32 addrspace(3)* %3502
	%3503 = add i32 96, %3
	%3504 = add i32 %586, %3503
	%3505 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%3506 = bitcast i8 addrspace(3)* %3505 to i32 addrspace(3)*
	%3507 = getelementptr i32, i32 addrspace(3)* %3506, i32 %3498
	store i32 %3504, i32 addrspace(3)* %3507
	br label %3508

3508:
	%3509 = call i32 @llvm.ctpop.i32(i32 %2394)
	%3510 = add i32 %3494, %3509
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3511 = add i32 %2384, %2386
	br label %2122

3512:
	%3513 = add i32 0, %3
	%3514 = mul i32 %420, 129
	%3515 = add i32 %3514, %3513
	%3516 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%3517 = bitcast i8 addrspace(3)* %3516 to float addrspace(3)*
	%3518 = getelementptr float, float addrspace(3)* %3517, i32 %3515
	%3519 = load float, float addrspace(3)* %3518
	%3520 = fcmp ogt float %3519, 0xFFF0000000000000
	%3521 = fadd float %3519, 0.0
	%3522 = bitcast float %3521 to i32
	%3523 = ashr i32 %3522, 31
	%3524 = or i32 %3523, -2147483648
	%3525 = xor i32 %3522, %3524
	%3526 = add i32 32, %3
	%3527 = mul i32 %420, 129
	%3528 = add i32 %3527, %3526
	%3529 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%3530 = bitcast i8 addrspace(3)* %3529 to float addrspace(3)*
	%3531 = getelementptr float, float addrspace(3)* %3530, i32 %3528
	%3532 = load float, float addrspace(3)* %3531
	%3533 = fcmp ogt float %3532, 0xFFF0000000000000
	%3534 = fadd float %3532, 0.0
	%3535 = bitcast float %3534 to i32
	%3536 = ashr i32 %3535, 31
	%3537 = or i32 %3536, -2147483648
	%3538 = xor i32 %3535, %3537
	%3539 = add i32 64, %3
	%3540 = mul i32 %420, 129
	%3541 = add i32 %3540, %3539
	%3542 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%3543 = bitcast i8 addrspace(3)* %3542 to float addrspace(3)*
	%3544 = getelementptr float, float addrspace(3)* %3543, i32 %3541
	%3545 = load float, float addrspace(3)* %3544
	%3546 = fcmp ogt float %3545, 0xFFF0000000000000
	%3547 = fadd float %3545, 0.0
	%3548 = bitcast float %3547 to i32
	%3549 = ashr i32 %3548, 31
	%3550 = or i32 %3549, -2147483648
	%3551 = xor i32 %3548, %3550
	%3552 = add i32 96, %3
	%3553 = mul i32 %420, 129
	%3554 = add i32 %3553, %3552
	%3555 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%3556 = bitcast i8 addrspace(3)* %3555 to float addrspace(3)*
	%3557 = getelementptr float, float addrspace(3)* %3556, i32 %3554
	%3558 = load float, float addrspace(3)* %3557
	%3559 = fcmp ogt float %3558, 0xFFF0000000000000
	%3560 = fadd float %3558, 0.0
	%3561 = bitcast float %3560 to i32
	%3562 = ashr i32 %3561, 31
	%3563 = or i32 %3562, -2147483648
	%3564 = xor i32 %3561, %3563
	%3565 = icmp eq i32 %590, 0
	br i1 %3565, label %3569, label %3752

3566:
	%3567 = phi i32 [ %589, %2122 ], [ %4955, %4952 ]
	%3568 = phi i32 [ %590, %2122 ], [ %3829, %4952 ]
	br i1 %503, label %4956, label %5010

3569:
	%3570 = select i1 %3520, i32 %3525, i32 0
	%3571 = icmp ugt i32 0, %3570
	%3572 = select i1 %3571, i32 0, i32 %3570
	%3573 = select i1 %3533, i32 %3538, i32 0
	%3574 = icmp ugt i32 %3572, %3573
	%3575 = select i1 %3574, i32 %3572, i32 %3573
	%3576 = select i1 %3546, i32 %3551, i32 0
	%3577 = icmp ugt i32 %3575, %3576
	%3578 = select i1 %3577, i32 %3575, i32 %3576
	%3579 = select i1 %3559, i32 %3564, i32 0
	%3580 = icmp ugt i32 %3578, %3579
	%3581 = select i1 %3580, i32 %3578, i32 %3579
	%3582 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3581, i32 1, i32 31)
	%3583 = and i32 %3, 2
	%3584 = icmp eq i32 %3583, 0
	%3585 = and i32 %3, 1
	%3586 = icmp eq i32 %3585, 0
	%3587 = icmp eq i1 %3584, %3586
	%3588 = icmp ugt i32 %3581, %3582
	%3589 = select i1 %3588, i32 %3581, i32 %3582
	%3590 = icmp ult i32 %3581, %3582
	%3591 = select i1 %3590, i32 %3581, i32 %3582
	%3592 = select i1 %3587, i32 %3589, i32 %3591
	%3593 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3592, i32 2, i32 31)
	%3594 = and i32 %3, 4
	%3595 = icmp eq i32 %3594, 0
	%3596 = and i32 %3, 2
	%3597 = icmp eq i32 %3596, 0
	%3598 = icmp eq i1 %3595, %3597
	%3599 = icmp ugt i32 %3592, %3593
	%3600 = select i1 %3599, i32 %3592, i32 %3593
	%3601 = icmp ult i32 %3592, %3593
	%3602 = select i1 %3601, i32 %3592, i32 %3593
	%3603 = select i1 %3598, i32 %3600, i32 %3602
	%3604 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3603, i32 1, i32 31)
	%3605 = and i32 %3, 4
	%3606 = icmp eq i32 %3605, 0
	%3607 = and i32 %3, 1
	%3608 = icmp eq i32 %3607, 0
	%3609 = icmp eq i1 %3606, %3608
	%3610 = icmp ugt i32 %3603, %3604
	%3611 = select i1 %3610, i32 %3603, i32 %3604
	%3612 = icmp ult i32 %3603, %3604
	%3613 = select i1 %3612, i32 %3603, i32 %3604
	%3614 = select i1 %3609, i32 %3611, i32 %3613
	%3615 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3614, i32 4, i32 31)
	%3616 = and i32 %3, 8
	%3617 = icmp eq i32 %3616, 0
	%3618 = and i32 %3, 4
	%3619 = icmp eq i32 %3618, 0
	%3620 = icmp eq i1 %3617, %3619
	%3621 = icmp ugt i32 %3614, %3615
	%3622 = select i1 %3621, i32 %3614, i32 %3615
	%3623 = icmp ult i32 %3614, %3615
	%3624 = select i1 %3623, i32 %3614, i32 %3615
	%3625 = select i1 %3620, i32 %3622, i32 %3624
	%3626 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3625, i32 2, i32 31)
	%3627 = and i32 %3, 8
	%3628 = icmp eq i32 %3627, 0
	%3629 = and i32 %3, 2
	%3630 = icmp eq i32 %3629, 0
	%3631 = icmp eq i1 %3628, %3630
	%3632 = icmp ugt i32 %3625, %3626
	%3633 = select i1 %3632, i32 %3625, i32 %3626
	%3634 = icmp ult i32 %3625, %3626
	%3635 = select i1 %3634, i32 %3625, i32 %3626
	%3636 = select i1 %3631, i32 %3633, i32 %3635
	%3637 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3636, i32 1, i32 31)
	%3638 = and i32 %3, 8
	%3639 = icmp eq i32 %3638, 0
	%3640 = and i32 %3, 1
	%3641 = icmp eq i32 %3640, 0
	%3642 = icmp eq i1 %3639, %3641
	%3643 = icmp ugt i32 %3636, %3637
	%3644 = select i1 %3643, i32 %3636, i32 %3637
	%3645 = icmp ult i32 %3636, %3637
	%3646 = select i1 %3645, i32 %3636, i32 %3637
	%3647 = select i1 %3642, i32 %3644, i32 %3646
	%3648 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3647, i32 8, i32 31)
	%3649 = and i32 %3, 16
	%3650 = icmp eq i32 %3649, 0
	%3651 = and i32 %3, 8
	%3652 = icmp eq i32 %3651, 0
	%3653 = icmp eq i1 %3650, %3652
	%3654 = icmp ugt i32 %3647, %3648
	%3655 = select i1 %3654, i32 %3647, i32 %3648
	%3656 = icmp ult i32 %3647, %3648
	%3657 = select i1 %3656, i32 %3647, i32 %3648
	%3658 = select i1 %3653, i32 %3655, i32 %3657
	%3659 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3658, i32 4, i32 31)
	%3660 = and i32 %3, 16
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
	%3671 = and i32 %3, 16
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
	%3682 = and i32 %3, 16
	%3683 = icmp eq i32 %3682, 0
	%3684 = and i32 %3, 1
	%3685 = icmp eq i32 %3684, 0
	%3686 = icmp eq i1 %3683, %3685
	%3687 = icmp ugt i32 %3680, %3681
	%3688 = select i1 %3687, i32 %3680, i32 %3681
	%3689 = icmp ult i32 %3680, %3681
	%3690 = select i1 %3689, i32 %3680, i32 %3681
	%3691 = select i1 %3686, i32 %3688, i32 %3690
	%3692 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3691, i32 16, i32 31)
	%3693 = and i32 %3, 32
	%3694 = icmp eq i32 %3693, 0
	%3695 = and i32 %3, 16
	%3696 = icmp eq i32 %3695, 0
	%3697 = icmp eq i1 %3694, %3696
	%3698 = icmp ugt i32 %3691, %3692
	%3699 = select i1 %3698, i32 %3691, i32 %3692
	%3700 = icmp ult i32 %3691, %3692
	%3701 = select i1 %3700, i32 %3691, i32 %3692
	%3702 = select i1 %3697, i32 %3699, i32 %3701
	%3703 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3702, i32 8, i32 31)
	%3704 = and i32 %3, 32
	%3705 = icmp eq i32 %3704, 0
	%3706 = and i32 %3, 8
	%3707 = icmp eq i32 %3706, 0
	%3708 = icmp eq i1 %3705, %3707
	%3709 = icmp ugt i32 %3702, %3703
	%3710 = select i1 %3709, i32 %3702, i32 %3703
	%3711 = icmp ult i32 %3702, %3703
	%3712 = select i1 %3711, i32 %3702, i32 %3703
	%3713 = select i1 %3708, i32 %3710, i32 %3712
	%3714 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3713, i32 4, i32 31)
	%3715 = and i32 %3, 32
	%3716 = icmp eq i32 %3715, 0
	%3717 = and i32 %3, 4
	%3718 = icmp eq i32 %3717, 0
	%3719 = icmp eq i1 %3716, %3718
	%3720 = icmp ugt i32 %3713, %3714
	%3721 = select i1 %3720, i32 %3713, i32 %3714
	%3722 = icmp ult i32 %3713, %3714
	%3723 = select i1 %3722, i32 %3713, i32 %3714
	%3724 = select i1 %3719, i32 %3721, i32 %3723
	%3725 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3724, i32 2, i32 31)
	%3726 = and i32 %3, 32
	%3727 = icmp eq i32 %3726, 0
	%3728 = and i32 %3, 2
	%3729 = icmp eq i32 %3728, 0
	%3730 = icmp eq i1 %3727, %3729
	%3731 = icmp ugt i32 %3724, %3725
	%3732 = select i1 %3731, i32 %3724, i32 %3725
	%3733 = icmp ult i32 %3724, %3725
	%3734 = select i1 %3733, i32 %3724, i32 %3725
	%3735 = select i1 %3730, i32 %3732, i32 %3734
	%3736 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %3735, i32 1, i32 31)
	%3737 = and i32 %3, 32
	%3738 = icmp eq i32 %3737, 0
	%3739 = and i32 %3, 1
	%3740 = icmp eq i32 %3739, 0
	%3741 = icmp eq i1 %3738, %3740
	%3742 = icmp ugt i32 %3735, %3736
	%3743 = select i1 %3742, i32 %3735, i32 %3736
	%3744 = icmp ult i32 %3735, %3736
	%3745 = select i1 %3744, i32 %3735, i32 %3736
	%3746 = select i1 %3741, i32 %3743, i32 %3745
	%3747 = sub i32 %457, 1
	%3748 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %3746, i32 %3747, i32 31)
	%3749 = icmp ugt i32 %3748, 0
	%3750 = sub i32 %3748, 1
	%3751 = select i1 %3749, i32 %3750, i32 0
	br label %3752

3752:
	%3753 = phi i32 [ %590, %3512 ], [ %3751, %3569 ]
	%3754 = icmp ugt i32 %3525, %3753
	%3755 = and i1 %3520, %3754
	%3756 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3755)
	%3757 = call i32 @llvm.ctpop.i32(i32 %3756)
	%3758 = add i32 0, %3757
	%3759 = icmp ugt i32 %3538, %3753
	%3760 = and i1 %3533, %3759
	%3761 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3760)
	%3762 = call i32 @llvm.ctpop.i32(i32 %3761)
	%3763 = add i32 %3758, %3762
	%3764 = icmp ugt i32 %3551, %3753
	%3765 = and i1 %3546, %3764
	%3766 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3765)
	%3767 = call i32 @llvm.ctpop.i32(i32 %3766)
	%3768 = add i32 %3763, %3767
	%3769 = icmp ugt i32 %3564, %3753
	%3770 = and i1 %3559, %3769
	%3771 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3770)
	%3772 = call i32 @llvm.ctpop.i32(i32 %3771)
	%3773 = add i32 %3768, %3772
	%3774 = add i32 %589, %3773
	%3775 = icmp sgt i32 %3774, 160
	br i1 %3775, label %3776, label %3827

3776:
	%3777 = mul i32 %420, 160
	%3778 = mul i32 %4, 256
	%3779 = mul i32 %3, 8
	%3780 = add i32 %3779, 0
	%3781 = add i32 %3778, %3780
	%3782 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3783 = bitcast i8 addrspace(3)* %3782 to i32 addrspace(3)*
	%3784 = getelementptr i32, i32 addrspace(3)* %3783, i32 %3781
	store i32 0, i32 addrspace(3)* %3784
	%3785 = mul i32 %3, 8
	%3786 = add i32 %3785, 1
	%3787 = add i32 %3778, %3786
	%3788 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3789 = bitcast i8 addrspace(3)* %3788 to i32 addrspace(3)*
	%3790 = getelementptr i32, i32 addrspace(3)* %3789, i32 %3787
	store i32 0, i32 addrspace(3)* %3790
	%3791 = mul i32 %3, 8
	%3792 = add i32 %3791, 2
	%3793 = add i32 %3778, %3792
	%3794 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3795 = bitcast i8 addrspace(3)* %3794 to i32 addrspace(3)*
	%3796 = getelementptr i32, i32 addrspace(3)* %3795, i32 %3793
	store i32 0, i32 addrspace(3)* %3796
	%3797 = mul i32 %3, 8
	%3798 = add i32 %3797, 3
	%3799 = add i32 %3778, %3798
	%3800 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3801 = bitcast i8 addrspace(3)* %3800 to i32 addrspace(3)*
	%3802 = getelementptr i32, i32 addrspace(3)* %3801, i32 %3799
	store i32 0, i32 addrspace(3)* %3802
	%3803 = mul i32 %3, 8
	%3804 = add i32 %3803, 4
	%3805 = add i32 %3778, %3804
	%3806 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3807 = bitcast i8 addrspace(3)* %3806 to i32 addrspace(3)*
	%3808 = getelementptr i32, i32 addrspace(3)* %3807, i32 %3805
	store i32 0, i32 addrspace(3)* %3808
	%3809 = mul i32 %3, 8
	%3810 = add i32 %3809, 5
	%3811 = add i32 %3778, %3810
	%3812 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3813 = bitcast i8 addrspace(3)* %3812 to i32 addrspace(3)*
	%3814 = getelementptr i32, i32 addrspace(3)* %3813, i32 %3811
	store i32 0, i32 addrspace(3)* %3814
	%3815 = mul i32 %3, 8
	%3816 = add i32 %3815, 6
	%3817 = add i32 %3778, %3816
	%3818 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3819 = bitcast i8 addrspace(3)* %3818 to i32 addrspace(3)*
	%3820 = getelementptr i32, i32 addrspace(3)* %3819, i32 %3817
	store i32 0, i32 addrspace(3)* %3820
	%3821 = mul i32 %3, 8
	%3822 = add i32 %3821, 7
	%3823 = add i32 %3778, %3822
	%3824 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3825 = bitcast i8 addrspace(3)* %3824 to i32 addrspace(3)*
	%3826 = getelementptr i32, i32 addrspace(3)* %3825, i32 %3823
	store i32 0, i32 addrspace(3)* %3826
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %3846

3827:
	%3828 = phi i32 [ %589, %3752 ], [ %457, %4832 ]
	%3829 = phi i32 [ %3753, %3752 ], [ %4808, %4832 ]
	%3830 = phi i32 [ %3773, %3752 ], [ %4852, %4832 ]
	%3831 = phi i1 [ %3755, %3752 ], [ %4834, %4832 ]
	%3832 = phi i1 [ %3760, %3752 ], [ %4839, %4832 ]
	%3833 = phi i1 [ %3765, %3752 ], [ %4844, %4832 ]
	%3834 = phi i1 [ %3770, %3752 ], [ %4849, %4832 ]
	%3835 = phi i32 [ %3756, %3752 ], [ %4835, %4832 ]
	%3836 = phi i32 [ %3761, %3752 ], [ %4840, %4832 ]
	%3837 = phi i32 [ %3766, %3752 ], [ %4845, %4832 ]
	%3838 = phi i32 [ %3771, %3752 ], [ %4850, %4832 ]
	%3839 = shl i32 1, %3
	%3840 = sub i32 %3839, 1
	%3841 = mul i32 %420, 160
	%3842 = and i32 %3835, %3840
	%3843 = call i32 @llvm.ctpop.i32(i32 %3842)
	%3844 = add i32 %3828, %3843
	%3845 = add i32 %3841, %3844
	br i1 %3831, label %4895, label %4904

3846:
	%3847 = phi i32 [ %3, %3776 ], [ %4101, %4100 ]
	%3848 = icmp slt i32 %3847, %589
	br i1 %3848, label %3849, label %3858

3849:
	%3850 = add i32 %3777, %3847
	%3851 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%3852 = bitcast i8 addrspace(3)* %3851 to i32 addrspace(3)*
	%3853 = getelementptr i32, i32 addrspace(3)* %3852, i32 %3850
	%3854 = load i32, i32 addrspace(3)* %3853
	%3855 = and i32 %3854, 0
	%3856 = icmp eq i32 %3855, 0
	%3857 = and i1 true, %3856
	br i1 %3857, label %4092, label %4100

3858:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%3859 = mul i32 %3, 8
	%3860 = add i32 %3859, 0
	%3861 = sub i32 255, %3860
	%3862 = add i32 %3778, %3861
	%3863 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3864 = bitcast i8 addrspace(3)* %3863 to i32 addrspace(3)*
	%3865 = getelementptr i32, i32 addrspace(3)* %3864, i32 %3862
	%3866 = load i32, i32 addrspace(3)* %3865
	%3867 = add i32 0, %3866
	%3868 = mul i32 %3, 8
	%3869 = add i32 %3868, 1
	%3870 = sub i32 255, %3869
	%3871 = add i32 %3778, %3870
	%3872 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3873 = bitcast i8 addrspace(3)* %3872 to i32 addrspace(3)*
	%3874 = getelementptr i32, i32 addrspace(3)* %3873, i32 %3871
	%3875 = load i32, i32 addrspace(3)* %3874
	%3876 = add i32 %3867, %3875
	%3877 = mul i32 %3, 8
	%3878 = add i32 %3877, 2
	%3879 = sub i32 255, %3878
	%3880 = add i32 %3778, %3879
	%3881 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3882 = bitcast i8 addrspace(3)* %3881 to i32 addrspace(3)*
	%3883 = getelementptr i32, i32 addrspace(3)* %3882, i32 %3880
	%3884 = load i32, i32 addrspace(3)* %3883
	%3885 = add i32 %3876, %3884
	%3886 = mul i32 %3, 8
	%3887 = add i32 %3886, 3
	%3888 = sub i32 255, %3887
	%3889 = add i32 %3778, %3888
	%3890 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3891 = bitcast i8 addrspace(3)* %3890 to i32 addrspace(3)*
	%3892 = getelementptr i32, i32 addrspace(3)* %3891, i32 %3889
	%3893 = load i32, i32 addrspace(3)* %3892
	%3894 = add i32 %3885, %3893
	%3895 = mul i32 %3, 8
	%3896 = add i32 %3895, 4
	%3897 = sub i32 255, %3896
	%3898 = add i32 %3778, %3897
	%3899 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3900 = bitcast i8 addrspace(3)* %3899 to i32 addrspace(3)*
	%3901 = getelementptr i32, i32 addrspace(3)* %3900, i32 %3898
	%3902 = load i32, i32 addrspace(3)* %3901
	%3903 = add i32 %3894, %3902
	%3904 = mul i32 %3, 8
	%3905 = add i32 %3904, 5
	%3906 = sub i32 255, %3905
	%3907 = add i32 %3778, %3906
	%3908 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3909 = bitcast i8 addrspace(3)* %3908 to i32 addrspace(3)*
	%3910 = getelementptr i32, i32 addrspace(3)* %3909, i32 %3907
	%3911 = load i32, i32 addrspace(3)* %3910
	%3912 = add i32 %3903, %3911
	%3913 = mul i32 %3, 8
	%3914 = add i32 %3913, 6
	%3915 = sub i32 255, %3914
	%3916 = add i32 %3778, %3915
	%3917 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3918 = bitcast i8 addrspace(3)* %3917 to i32 addrspace(3)*
	%3919 = getelementptr i32, i32 addrspace(3)* %3918, i32 %3916
	%3920 = load i32, i32 addrspace(3)* %3919
	%3921 = add i32 %3912, %3920
	%3922 = mul i32 %3, 8
	%3923 = add i32 %3922, 7
	%3924 = sub i32 255, %3923
	%3925 = add i32 %3778, %3924
	%3926 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%3927 = bitcast i8 addrspace(3)* %3926 to i32 addrspace(3)*
	%3928 = getelementptr i32, i32 addrspace(3)* %3927, i32 %3925
	%3929 = load i32, i32 addrspace(3)* %3928
	%3930 = add i32 %3921, %3929
	%3931 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3930, i32 1, i32 0)
	%3932 = icmp uge i32 %3, 1
	%3933 = select i1 %3932, i32 %3931, i32 0
	%3934 = add i32 %3930, %3933
	%3935 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3934, i32 2, i32 0)
	%3936 = icmp uge i32 %3, 2
	%3937 = select i1 %3936, i32 %3935, i32 0
	%3938 = add i32 %3934, %3937
	%3939 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3938, i32 4, i32 0)
	%3940 = icmp uge i32 %3, 4
	%3941 = select i1 %3940, i32 %3939, i32 0
	%3942 = add i32 %3938, %3941
	%3943 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3942, i32 8, i32 0)
	%3944 = icmp uge i32 %3, 8
	%3945 = select i1 %3944, i32 %3943, i32 0
	%3946 = add i32 %3942, %3945
	%3947 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3946, i32 16, i32 0)
	%3948 = icmp uge i32 %3, 16
	%3949 = select i1 %3948, i32 %3947, i32 0
	%3950 = add i32 %3946, %3949
	%3951 = sub i32 %3950, %3930
	%3952 = icmp slt i32 %3951, %457
	%3953 = icmp sge i32 %3950, %457
	%3954 = and i1 %3952, %3953
	%3955 = add i32 %3951, %3866
	%3956 = xor i1 false, true
	%3957 = icmp sge i32 %3955, %457
	%3958 = and i1 %3956, %3957
	%3959 = mul i32 %3, 8
	%3960 = add i32 %3959, 0
	%3961 = sub i32 255, %3960
	%3962 = select i1 %3958, i32 %3961, i32 0
	%3963 = select i1 %3958, i32 %3951, i32 0
	%3964 = or i1 false, %3958
	%3965 = add i32 %3955, %3875
	%3966 = xor i1 %3964, true
	%3967 = icmp sge i32 %3965, %457
	%3968 = and i1 %3966, %3967
	%3969 = mul i32 %3, 8
	%3970 = add i32 %3969, 1
	%3971 = sub i32 255, %3970
	%3972 = select i1 %3968, i32 %3971, i32 %3962
	%3973 = select i1 %3968, i32 %3955, i32 %3963
	%3974 = or i1 %3964, %3968
	%3975 = add i32 %3965, %3884
	%3976 = xor i1 %3974, true
	%3977 = icmp sge i32 %3975, %457
	%3978 = and i1 %3976, %3977
	%3979 = mul i32 %3, 8
	%3980 = add i32 %3979, 2
	%3981 = sub i32 255, %3980
	%3982 = select i1 %3978, i32 %3981, i32 %3972
	%3983 = select i1 %3978, i32 %3965, i32 %3973
	%3984 = or i1 %3974, %3978
	%3985 = add i32 %3975, %3893
	%3986 = xor i1 %3984, true
	%3987 = icmp sge i32 %3985, %457
	%3988 = and i1 %3986, %3987
	%3989 = mul i32 %3, 8
	%3990 = add i32 %3989, 3
	%3991 = sub i32 255, %3990
	%3992 = select i1 %3988, i32 %3991, i32 %3982
	%3993 = select i1 %3988, i32 %3975, i32 %3983
	%3994 = or i1 %3984, %3988
	%3995 = add i32 %3985, %3902
	%3996 = xor i1 %3994, true
	%3997 = icmp sge i32 %3995, %457
	%3998 = and i1 %3996, %3997
	%3999 = mul i32 %3, 8
	%4000 = add i32 %3999, 4
	%4001 = sub i32 255, %4000
	%4002 = select i1 %3998, i32 %4001, i32 %3992
	%4003 = select i1 %3998, i32 %3985, i32 %3993
	%4004 = or i1 %3994, %3998
	%4005 = add i32 %3995, %3911
	%4006 = xor i1 %4004, true
	%4007 = icmp sge i32 %4005, %457
	%4008 = and i1 %4006, %4007
	%4009 = mul i32 %3, 8
	%4010 = add i32 %4009, 5
	%4011 = sub i32 255, %4010
	%4012 = select i1 %4008, i32 %4011, i32 %4002
	%4013 = select i1 %4008, i32 %3995, i32 %4003
	%4014 = or i1 %4004, %4008
	%4015 = add i32 %4005, %3920
	%4016 = xor i1 %4014, true
	%4017 = icmp sge i32 %4015, %457
	%4018 = and i1 %4016, %4017
	%4019 = mul i32 %3, 8
	%4020 = add i32 %4019, 6
	%4021 = sub i32 255, %4020
	%4022 = select i1 %4018, i32 %4021, i32 %4012
	%4023 = select i1 %4018, i32 %4005, i32 %4013
	%4024 = or i1 %4014, %4018
	%4025 = add i32 %4015, %3929
	%4026 = xor i1 %4024, true
	%4027 = icmp sge i32 %4025, %457
	%4028 = and i1 %4026, %4027
	%4029 = mul i32 %3, 8
	%4030 = add i32 %4029, 7
	%4031 = sub i32 255, %4030
	%4032 = select i1 %4028, i32 %4031, i32 %4022
	%4033 = select i1 %4028, i32 %4015, i32 %4023
	%4034 = or i1 %4024, %4028
	%4035 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %3954)
	%4036 = call i32 @llvm.cttz.i32(i32 %4035, i1 false)
	%4037 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %4032, i32 %4036, i32 31)
	%4038 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %4033, i32 %4036, i32 31)
	%4039 = shl i32 %4037, 24
	%4040 = or i32 0, %4039
	%4041 = shl i32 255, 24
	%4042 = or i32 0, %4041
	%4043 = sub i32 %457, %4038
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4044 = mul i32 %3, 8
	%4045 = add i32 %4044, 0
	%4046 = add i32 %3778, %4045
	%4047 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4048 = bitcast i8 addrspace(3)* %4047 to i32 addrspace(3)*
	%4049 = getelementptr i32, i32 addrspace(3)* %4048, i32 %4046
	store i32 0, i32 addrspace(3)* %4049
	%4050 = mul i32 %3, 8
	%4051 = add i32 %4050, 1
	%4052 = add i32 %3778, %4051
	%4053 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4054 = bitcast i8 addrspace(3)* %4053 to i32 addrspace(3)*
	%4055 = getelementptr i32, i32 addrspace(3)* %4054, i32 %4052
	store i32 0, i32 addrspace(3)* %4055
	%4056 = mul i32 %3, 8
	%4057 = add i32 %4056, 2
	%4058 = add i32 %3778, %4057
	%4059 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4060 = bitcast i8 addrspace(3)* %4059 to i32 addrspace(3)*
	%4061 = getelementptr i32, i32 addrspace(3)* %4060, i32 %4058
	store i32 0, i32 addrspace(3)* %4061
	%4062 = mul i32 %3, 8
	%4063 = add i32 %4062, 3
	%4064 = add i32 %3778, %4063
	%4065 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4066 = bitcast i8 addrspace(3)* %4065 to i32 addrspace(3)*
	%4067 = getelementptr i32, i32 addrspace(3)* %4066, i32 %4064
	store i32 0, i32 addrspace(3)* %4067
	%4068 = mul i32 %3, 8
	%4069 = add i32 %4068, 4
	%4070 = add i32 %3778, %4069
	%4071 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4072 = bitcast i8 addrspace(3)* %4071 to i32 addrspace(3)*
	%4073 = getelementptr i32, i32 addrspace(3)* %4072, i32 %4070
	store i32 0, i32 addrspace(3)* %4073
	%4074 = mul i32 %3, 8
	%4075 = add i32 %4074, 5
	%4076 = add i32 %3778, %4075
	%4077 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4078 = bitcast i8 addrspace(3)* %4077 to i32 addrspace(3)*
	%4079 = getelementptr i32, i32 addrspace(3)* %4078, i32 %4076
	store i32 0, i32 addrspace(3)* %4079
	%4080 = mul i32 %3, 8
	%4081 = add i32 %4080, 6
	%4082 = add i32 %3778, %4081
	%4083 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4084 = bitcast i8 addrspace(3)* %4083 to i32 addrspace(3)*
	%4085 = getelementptr i32, i32 addrspace(3)* %4084, i32 %4082
	store i32 0, i32 addrspace(3)* %4085
	%4086 = mul i32 %3, 8
	%4087 = add i32 %4086, 7
	%4088 = add i32 %3778, %4087
	%4089 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4090 = bitcast i8 addrspace(3)* %4089 to i32 addrspace(3)*
	%4091 = getelementptr i32, i32 addrspace(3)* %4090, i32 %4088
	store i32 0, i32 addrspace(3)* %4091
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %4102

4092:
	%4093 = lshr i32 %3854, 24
	%4094 = and i32 %4093, 255
	%4095 = add i32 %3778, %4094
	%4096 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4097 = bitcast i8 addrspace(3)* %4096 to i32 addrspace(3)*
	%4098 = getelementptr i32, i32 addrspace(3)* %4097, i32 %4095
	%4099 = atomicrmw add i32 addrspace(3)* %4098, i32 1 monotonic
	br label %4100

4100:
	%4101 = add i32 %3847, 32
	br label %3846

4102:
	%4103 = phi i32 [ %3, %3858 ], [ %4357, %4356 ]
	%4104 = icmp slt i32 %4103, %589
	br i1 %4104, label %4105, label %4114

4105:
	%4106 = add i32 %3777, %4103
	%4107 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%4108 = bitcast i8 addrspace(3)* %4107 to i32 addrspace(3)*
	%4109 = getelementptr i32, i32 addrspace(3)* %4108, i32 %4106
	%4110 = load i32, i32 addrspace(3)* %4109
	%4111 = and i32 %4110, %4042
	%4112 = icmp eq i32 %4111, %4040
	%4113 = and i1 true, %4112
	br i1 %4113, label %4348, label %4356

4114:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4115 = mul i32 %3, 8
	%4116 = add i32 %4115, 0
	%4117 = sub i32 255, %4116
	%4118 = add i32 %3778, %4117
	%4119 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4120 = bitcast i8 addrspace(3)* %4119 to i32 addrspace(3)*
	%4121 = getelementptr i32, i32 addrspace(3)* %4120, i32 %4118
	%4122 = load i32, i32 addrspace(3)* %4121
	%4123 = add i32 0, %4122
	%4124 = mul i32 %3, 8
	%4125 = add i32 %4124, 1
	%4126 = sub i32 255, %4125
	%4127 = add i32 %3778, %4126
	%4128 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4129 = bitcast i8 addrspace(3)* %4128 to i32 addrspace(3)*
	%4130 = getelementptr i32, i32 addrspace(3)* %4129, i32 %4127
	%4131 = load i32, i32 addrspace(3)* %4130
	%4132 = add i32 %4123, %4131
	%4133 = mul i32 %3, 8
	%4134 = add i32 %4133, 2
	%4135 = sub i32 255, %4134
	%4136 = add i32 %3778, %4135
	%4137 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4138 = bitcast i8 addrspace(3)* %4137 to i32 addrspace(3)*
	%4139 = getelementptr i32, i32 addrspace(3)* %4138, i32 %4136
	%4140 = load i32, i32 addrspace(3)* %4139
	%4141 = add i32 %4132, %4140
	%4142 = mul i32 %3, 8
	%4143 = add i32 %4142, 3
	%4144 = sub i32 255, %4143
	%4145 = add i32 %3778, %4144
	%4146 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4147 = bitcast i8 addrspace(3)* %4146 to i32 addrspace(3)*
	%4148 = getelementptr i32, i32 addrspace(3)* %4147, i32 %4145
	%4149 = load i32, i32 addrspace(3)* %4148
	%4150 = add i32 %4141, %4149
	%4151 = mul i32 %3, 8
	%4152 = add i32 %4151, 4
	%4153 = sub i32 255, %4152
	%4154 = add i32 %3778, %4153
	%4155 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4156 = bitcast i8 addrspace(3)* %4155 to i32 addrspace(3)*
	%4157 = getelementptr i32, i32 addrspace(3)* %4156, i32 %4154
	%4158 = load i32, i32 addrspace(3)* %4157
	%4159 = add i32 %4150, %4158
	%4160 = mul i32 %3, 8
	%4161 = add i32 %4160, 5
	%4162 = sub i32 255, %4161
	%4163 = add i32 %3778, %4162
	%4164 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4165 = bitcast i8 addrspace(3)* %4164 to i32 addrspace(3)*
	%4166 = getelementptr i32, i32 addrspace(3)* %4165, i32 %4163
	%4167 = load i32, i32 addrspace(3)* %4166
	%4168 = add i32 %4159, %4167
	%4169 = mul i32 %3, 8
	%4170 = add i32 %4169, 6
	%4171 = sub i32 255, %4170
	%4172 = add i32 %3778, %4171
	%4173 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4174 = bitcast i8 addrspace(3)* %4173 to i32 addrspace(3)*
	%4175 = getelementptr i32, i32 addrspace(3)* %4174, i32 %4172
	%4176 = load i32, i32 addrspace(3)* %4175
	%4177 = add i32 %4168, %4176
	%4178 = mul i32 %3, 8
	%4179 = add i32 %4178, 7
	%4180 = sub i32 255, %4179
	%4181 = add i32 %3778, %4180
	%4182 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4183 = bitcast i8 addrspace(3)* %4182 to i32 addrspace(3)*
	%4184 = getelementptr i32, i32 addrspace(3)* %4183, i32 %4181
	%4185 = load i32, i32 addrspace(3)* %4184
	%4186 = add i32 %4177, %4185
	%4187 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4186, i32 1, i32 0)
	%4188 = icmp uge i32 %3, 1
	%4189 = select i1 %4188, i32 %4187, i32 0
	%4190 = add i32 %4186, %4189
	%4191 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4190, i32 2, i32 0)
	%4192 = icmp uge i32 %3, 2
	%4193 = select i1 %4192, i32 %4191, i32 0
	%4194 = add i32 %4190, %4193
	%4195 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4194, i32 4, i32 0)
	%4196 = icmp uge i32 %3, 4
	%4197 = select i1 %4196, i32 %4195, i32 0
	%4198 = add i32 %4194, %4197
	%4199 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4198, i32 8, i32 0)
	%4200 = icmp uge i32 %3, 8
	%4201 = select i1 %4200, i32 %4199, i32 0
	%4202 = add i32 %4198, %4201
	%4203 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4202, i32 16, i32 0)
	%4204 = icmp uge i32 %3, 16
	%4205 = select i1 %4204, i32 %4203, i32 0
	%4206 = add i32 %4202, %4205
	%4207 = sub i32 %4206, %4186
	%4208 = icmp slt i32 %4207, %4043
	%4209 = icmp sge i32 %4206, %4043
	%4210 = and i1 %4208, %4209
	%4211 = add i32 %4207, %4122
	%4212 = xor i1 false, true
	%4213 = icmp sge i32 %4211, %4043
	%4214 = and i1 %4212, %4213
	%4215 = mul i32 %3, 8
	%4216 = add i32 %4215, 0
	%4217 = sub i32 255, %4216
	%4218 = select i1 %4214, i32 %4217, i32 0
	%4219 = select i1 %4214, i32 %4207, i32 0
	%4220 = or i1 false, %4214
	%4221 = add i32 %4211, %4131
	%4222 = xor i1 %4220, true
	%4223 = icmp sge i32 %4221, %4043
	%4224 = and i1 %4222, %4223
	%4225 = mul i32 %3, 8
	%4226 = add i32 %4225, 1
	%4227 = sub i32 255, %4226
	%4228 = select i1 %4224, i32 %4227, i32 %4218
	%4229 = select i1 %4224, i32 %4211, i32 %4219
	%4230 = or i1 %4220, %4224
	%4231 = add i32 %4221, %4140
	%4232 = xor i1 %4230, true
	%4233 = icmp sge i32 %4231, %4043
	%4234 = and i1 %4232, %4233
	%4235 = mul i32 %3, 8
	%4236 = add i32 %4235, 2
	%4237 = sub i32 255, %4236
	%4238 = select i1 %4234, i32 %4237, i32 %4228
	%4239 = select i1 %4234, i32 %4221, i32 %4229
	%4240 = or i1 %4230, %4234
	%4241 = add i32 %4231, %4149
	%4242 = xor i1 %4240, true
	%4243 = icmp sge i32 %4241, %4043
	%4244 = and i1 %4242, %4243
	%4245 = mul i32 %3, 8
	%4246 = add i32 %4245, 3
	%4247 = sub i32 255, %4246
	%4248 = select i1 %4244, i32 %4247, i32 %4238
	%4249 = select i1 %4244, i32 %4231, i32 %4239
	%4250 = or i1 %4240, %4244
	%4251 = add i32 %4241, %4158
	%4252 = xor i1 %4250, true
	%4253 = icmp sge i32 %4251, %4043
	%4254 = and i1 %4252, %4253
	%4255 = mul i32 %3, 8
	%4256 = add i32 %4255, 4
	%4257 = sub i32 255, %4256
	%4258 = select i1 %4254, i32 %4257, i32 %4248
	%4259 = select i1 %4254, i32 %4241, i32 %4249
	%4260 = or i1 %4250, %4254
	%4261 = add i32 %4251, %4167
	%4262 = xor i1 %4260, true
	%4263 = icmp sge i32 %4261, %4043
	%4264 = and i1 %4262, %4263
	%4265 = mul i32 %3, 8
	%4266 = add i32 %4265, 5
	%4267 = sub i32 255, %4266
	%4268 = select i1 %4264, i32 %4267, i32 %4258
	%4269 = select i1 %4264, i32 %4251, i32 %4259
	%4270 = or i1 %4260, %4264
	%4271 = add i32 %4261, %4176
	%4272 = xor i1 %4270, true
	%4273 = icmp sge i32 %4271, %4043
	%4274 = and i1 %4272, %4273
	%4275 = mul i32 %3, 8
	%4276 = add i32 %4275, 6
	%4277 = sub i32 255, %4276
	%4278 = select i1 %4274, i32 %4277, i32 %4268
	%4279 = select i1 %4274, i32 %4261, i32 %4269
	%4280 = or i1 %4270, %4274
	%4281 = add i32 %4271, %4185
	%4282 = xor i1 %4280, true
	%4283 = icmp sge i32 %4281, %4043
	%4284 = and i1 %4282, %4283
	%4285 = mul i32 %3, 8
	%4286 = add i32 %4285, 7
	%4287 = sub i32 255, %4286
	%4288 = select i1 %4284, i32 %4287, i32 %4278
	%4289 = select i1 %4284, i32 %4271, i32 %4279
	%4290 = or i1 %4280, %4284
	%4291 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4210)
	%4292 = call i32 @llvm.cttz.i32(i32 %4291, i1 false)
	%4293 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %4288, i32 %4292, i32 31)
	%4294 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %4289, i32 %4292, i32 31)
	%4295 = shl i32 %4293, 16
	%4296 = or i32 %4040, %4295
	%4297 = shl i32 255, 16
	%4298 = or i32 %4042, %4297
	%4299 = sub i32 %4043, %4294
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4300 = mul i32 %3, 8
	%4301 = add i32 %4300, 0
	%4302 = add i32 %3778, %4301
	%4303 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4304 = bitcast i8 addrspace(3)* %4303 to i32 addrspace(3)*
	%4305 = getelementptr i32, i32 addrspace(3)* %4304, i32 %4302
	store i32 0, i32 addrspace(3)* %4305
	%4306 = mul i32 %3, 8
	%4307 = add i32 %4306, 1
	%4308 = add i32 %3778, %4307
	%4309 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4310 = bitcast i8 addrspace(3)* %4309 to i32 addrspace(3)*
	%4311 = getelementptr i32, i32 addrspace(3)* %4310, i32 %4308
	store i32 0, i32 addrspace(3)* %4311
	%4312 = mul i32 %3, 8
	%4313 = add i32 %4312, 2
	%4314 = add i32 %3778, %4313
	%4315 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4316 = bitcast i8 addrspace(3)* %4315 to i32 addrspace(3)*
	%4317 = getelementptr i32, i32 addrspace(3)* %4316, i32 %4314
	store i32 0, i32 addrspace(3)* %4317
	%4318 = mul i32 %3, 8
	%4319 = add i32 %4318, 3
	%4320 = add i32 %3778, %4319
	%4321 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4322 = bitcast i8 addrspace(3)* %4321 to i32 addrspace(3)*
	%4323 = getelementptr i32, i32 addrspace(3)* %4322, i32 %4320
	store i32 0, i32 addrspace(3)* %4323
	%4324 = mul i32 %3, 8
	%4325 = add i32 %4324, 4
	%4326 = add i32 %3778, %4325
	%4327 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4328 = bitcast i8 addrspace(3)* %4327 to i32 addrspace(3)*
	%4329 = getelementptr i32, i32 addrspace(3)* %4328, i32 %4326
	store i32 0, i32 addrspace(3)* %4329
	%4330 = mul i32 %3, 8
	%4331 = add i32 %4330, 5
	%4332 = add i32 %3778, %4331
	%4333 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4334 = bitcast i8 addrspace(3)* %4333 to i32 addrspace(3)*
	%4335 = getelementptr i32, i32 addrspace(3)* %4334, i32 %4332
	store i32 0, i32 addrspace(3)* %4335
	%4336 = mul i32 %3, 8
	%4337 = add i32 %4336, 6
	%4338 = add i32 %3778, %4337
	%4339 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4340 = bitcast i8 addrspace(3)* %4339 to i32 addrspace(3)*
	%4341 = getelementptr i32, i32 addrspace(3)* %4340, i32 %4338
	store i32 0, i32 addrspace(3)* %4341
	%4342 = mul i32 %3, 8
	%4343 = add i32 %4342, 7
	%4344 = add i32 %3778, %4343
	%4345 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4346 = bitcast i8 addrspace(3)* %4345 to i32 addrspace(3)*
	%4347 = getelementptr i32, i32 addrspace(3)* %4346, i32 %4344
	store i32 0, i32 addrspace(3)* %4347
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %4358

4348:
	%4349 = lshr i32 %4110, 16
	%4350 = and i32 %4349, 255
	%4351 = add i32 %3778, %4350
	%4352 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4353 = bitcast i8 addrspace(3)* %4352 to i32 addrspace(3)*
	%4354 = getelementptr i32, i32 addrspace(3)* %4353, i32 %4351
	%4355 = atomicrmw add i32 addrspace(3)* %4354, i32 1 monotonic
	br label %4356

4356:
	%4357 = add i32 %4103, 32
	br label %4102

4358:
	%4359 = phi i32 [ %3, %4114 ], [ %4613, %4612 ]
	%4360 = icmp slt i32 %4359, %589
	br i1 %4360, label %4361, label %4370

4361:
	%4362 = add i32 %3777, %4359
	%4363 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%4364 = bitcast i8 addrspace(3)* %4363 to i32 addrspace(3)*
	%4365 = getelementptr i32, i32 addrspace(3)* %4364, i32 %4362
	%4366 = load i32, i32 addrspace(3)* %4365
	%4367 = and i32 %4366, %4298
	%4368 = icmp eq i32 %4367, %4296
	%4369 = and i1 true, %4368
	br i1 %4369, label %4604, label %4612

4370:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4371 = mul i32 %3, 8
	%4372 = add i32 %4371, 0
	%4373 = sub i32 255, %4372
	%4374 = add i32 %3778, %4373
	%4375 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4376 = bitcast i8 addrspace(3)* %4375 to i32 addrspace(3)*
	%4377 = getelementptr i32, i32 addrspace(3)* %4376, i32 %4374
	%4378 = load i32, i32 addrspace(3)* %4377
	%4379 = add i32 0, %4378
	%4380 = mul i32 %3, 8
	%4381 = add i32 %4380, 1
	%4382 = sub i32 255, %4381
	%4383 = add i32 %3778, %4382
	%4384 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4385 = bitcast i8 addrspace(3)* %4384 to i32 addrspace(3)*
	%4386 = getelementptr i32, i32 addrspace(3)* %4385, i32 %4383
	%4387 = load i32, i32 addrspace(3)* %4386
	%4388 = add i32 %4379, %4387
	%4389 = mul i32 %3, 8
	%4390 = add i32 %4389, 2
	%4391 = sub i32 255, %4390
	%4392 = add i32 %3778, %4391
	%4393 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4394 = bitcast i8 addrspace(3)* %4393 to i32 addrspace(3)*
	%4395 = getelementptr i32, i32 addrspace(3)* %4394, i32 %4392
	%4396 = load i32, i32 addrspace(3)* %4395
	%4397 = add i32 %4388, %4396
	%4398 = mul i32 %3, 8
	%4399 = add i32 %4398, 3
	%4400 = sub i32 255, %4399
	%4401 = add i32 %3778, %4400
	%4402 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4403 = bitcast i8 addrspace(3)* %4402 to i32 addrspace(3)*
	%4404 = getelementptr i32, i32 addrspace(3)* %4403, i32 %4401
	%4405 = load i32, i32 addrspace(3)* %4404
	%4406 = add i32 %4397, %4405
	%4407 = mul i32 %3, 8
	%4408 = add i32 %4407, 4
	%4409 = sub i32 255, %4408
	%4410 = add i32 %3778, %4409
	%4411 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4412 = bitcast i8 addrspace(3)* %4411 to i32 addrspace(3)*
	%4413 = getelementptr i32, i32 addrspace(3)* %4412, i32 %4410
	%4414 = load i32, i32 addrspace(3)* %4413
	%4415 = add i32 %4406, %4414
	%4416 = mul i32 %3, 8
	%4417 = add i32 %4416, 5
	%4418 = sub i32 255, %4417
	%4419 = add i32 %3778, %4418
	%4420 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4421 = bitcast i8 addrspace(3)* %4420 to i32 addrspace(3)*
	%4422 = getelementptr i32, i32 addrspace(3)* %4421, i32 %4419
	%4423 = load i32, i32 addrspace(3)* %4422
	%4424 = add i32 %4415, %4423
	%4425 = mul i32 %3, 8
	%4426 = add i32 %4425, 6
	%4427 = sub i32 255, %4426
	%4428 = add i32 %3778, %4427
	%4429 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4430 = bitcast i8 addrspace(3)* %4429 to i32 addrspace(3)*
	%4431 = getelementptr i32, i32 addrspace(3)* %4430, i32 %4428
	%4432 = load i32, i32 addrspace(3)* %4431
	%4433 = add i32 %4424, %4432
	%4434 = mul i32 %3, 8
	%4435 = add i32 %4434, 7
	%4436 = sub i32 255, %4435
	%4437 = add i32 %3778, %4436
	%4438 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4439 = bitcast i8 addrspace(3)* %4438 to i32 addrspace(3)*
	%4440 = getelementptr i32, i32 addrspace(3)* %4439, i32 %4437
	%4441 = load i32, i32 addrspace(3)* %4440
	%4442 = add i32 %4433, %4441
	%4443 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4442, i32 1, i32 0)
	%4444 = icmp uge i32 %3, 1
	%4445 = select i1 %4444, i32 %4443, i32 0
	%4446 = add i32 %4442, %4445
	%4447 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4446, i32 2, i32 0)
	%4448 = icmp uge i32 %3, 2
	%4449 = select i1 %4448, i32 %4447, i32 0
	%4450 = add i32 %4446, %4449
	%4451 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4450, i32 4, i32 0)
	%4452 = icmp uge i32 %3, 4
	%4453 = select i1 %4452, i32 %4451, i32 0
	%4454 = add i32 %4450, %4453
	%4455 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4454, i32 8, i32 0)
	%4456 = icmp uge i32 %3, 8
	%4457 = select i1 %4456, i32 %4455, i32 0
	%4458 = add i32 %4454, %4457
	%4459 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4458, i32 16, i32 0)
	%4460 = icmp uge i32 %3, 16
	%4461 = select i1 %4460, i32 %4459, i32 0
	%4462 = add i32 %4458, %4461
	%4463 = sub i32 %4462, %4442
	%4464 = icmp slt i32 %4463, %4299
	%4465 = icmp sge i32 %4462, %4299
	%4466 = and i1 %4464, %4465
	%4467 = add i32 %4463, %4378
	%4468 = xor i1 false, true
	%4469 = icmp sge i32 %4467, %4299
	%4470 = and i1 %4468, %4469
	%4471 = mul i32 %3, 8
	%4472 = add i32 %4471, 0
	%4473 = sub i32 255, %4472
	%4474 = select i1 %4470, i32 %4473, i32 0
	%4475 = select i1 %4470, i32 %4463, i32 0
	%4476 = or i1 false, %4470
	%4477 = add i32 %4467, %4387
	%4478 = xor i1 %4476, true
	%4479 = icmp sge i32 %4477, %4299
	%4480 = and i1 %4478, %4479
	%4481 = mul i32 %3, 8
	%4482 = add i32 %4481, 1
	%4483 = sub i32 255, %4482
	%4484 = select i1 %4480, i32 %4483, i32 %4474
	%4485 = select i1 %4480, i32 %4467, i32 %4475
	%4486 = or i1 %4476, %4480
	%4487 = add i32 %4477, %4396
	%4488 = xor i1 %4486, true
	%4489 = icmp sge i32 %4487, %4299
	%4490 = and i1 %4488, %4489
	%4491 = mul i32 %3, 8
	%4492 = add i32 %4491, 2
	%4493 = sub i32 255, %4492
	%4494 = select i1 %4490, i32 %4493, i32 %4484
	%4495 = select i1 %4490, i32 %4477, i32 %4485
	%4496 = or i1 %4486, %4490
	%4497 = add i32 %4487, %4405
	%4498 = xor i1 %4496, true
	%4499 = icmp sge i32 %4497, %4299
	%4500 = and i1 %4498, %4499
	%4501 = mul i32 %3, 8
	%4502 = add i32 %4501, 3
	%4503 = sub i32 255, %4502
	%4504 = select i1 %4500, i32 %4503, i32 %4494
	%4505 = select i1 %4500, i32 %4487, i32 %4495
	%4506 = or i1 %4496, %4500
	%4507 = add i32 %4497, %4414
	%4508 = xor i1 %4506, true
	%4509 = icmp sge i32 %4507, %4299
	%4510 = and i1 %4508, %4509
	%4511 = mul i32 %3, 8
	%4512 = add i32 %4511, 4
	%4513 = sub i32 255, %4512
	%4514 = select i1 %4510, i32 %4513, i32 %4504
	%4515 = select i1 %4510, i32 %4497, i32 %4505
	%4516 = or i1 %4506, %4510
	%4517 = add i32 %4507, %4423
	%4518 = xor i1 %4516, true
	%4519 = icmp sge i32 %4517, %4299
	%4520 = and i1 %4518, %4519
	%4521 = mul i32 %3, 8
	%4522 = add i32 %4521, 5
	%4523 = sub i32 255, %4522
	%4524 = select i1 %4520, i32 %4523, i32 %4514
	%4525 = select i1 %4520, i32 %4507, i32 %4515
	%4526 = or i1 %4516, %4520
	%4527 = add i32 %4517, %4432
	%4528 = xor i1 %4526, true
	%4529 = icmp sge i32 %4527, %4299
	%4530 = and i1 %4528, %4529
	%4531 = mul i32 %3, 8
	%4532 = add i32 %4531, 6
	%4533 = sub i32 255, %4532
	%4534 = select i1 %4530, i32 %4533, i32 %4524
	%4535 = select i1 %4530, i32 %4517, i32 %4525
	%4536 = or i1 %4526, %4530
	%4537 = add i32 %4527, %4441
	%4538 = xor i1 %4536, true
	%4539 = icmp sge i32 %4537, %4299
	%4540 = and i1 %4538, %4539
	%4541 = mul i32 %3, 8
	%4542 = add i32 %4541, 7
	%4543 = sub i32 255, %4542
	%4544 = select i1 %4540, i32 %4543, i32 %4534
	%4545 = select i1 %4540, i32 %4527, i32 %4535
	%4546 = or i1 %4536, %4540
	%4547 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4466)
	%4548 = call i32 @llvm.cttz.i32(i32 %4547, i1 false)
	%4549 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %4544, i32 %4548, i32 31)
	%4550 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %4545, i32 %4548, i32 31)
	%4551 = shl i32 %4549, 8
	%4552 = or i32 %4296, %4551
	%4553 = shl i32 255, 8
	%4554 = or i32 %4298, %4553
	%4555 = sub i32 %4299, %4550
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4556 = mul i32 %3, 8
	%4557 = add i32 %4556, 0
	%4558 = add i32 %3778, %4557
	%4559 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4560 = bitcast i8 addrspace(3)* %4559 to i32 addrspace(3)*
	%4561 = getelementptr i32, i32 addrspace(3)* %4560, i32 %4558
	store i32 0, i32 addrspace(3)* %4561
	%4562 = mul i32 %3, 8
	%4563 = add i32 %4562, 1
	%4564 = add i32 %3778, %4563
	%4565 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4566 = bitcast i8 addrspace(3)* %4565 to i32 addrspace(3)*
	%4567 = getelementptr i32, i32 addrspace(3)* %4566, i32 %4564
	store i32 0, i32 addrspace(3)* %4567
	%4568 = mul i32 %3, 8
	%4569 = add i32 %4568, 2
	%4570 = add i32 %3778, %4569
	%4571 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4572 = bitcast i8 addrspace(3)* %4571 to i32 addrspace(3)*
	%4573 = getelementptr i32, i32 addrspace(3)* %4572, i32 %4570
	store i32 0, i32 addrspace(3)* %4573
	%4574 = mul i32 %3, 8
	%4575 = add i32 %4574, 3
	%4576 = add i32 %3778, %4575
	%4577 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4578 = bitcast i8 addrspace(3)* %4577 to i32 addrspace(3)*
	%4579 = getelementptr i32, i32 addrspace(3)* %4578, i32 %4576
	store i32 0, i32 addrspace(3)* %4579
	%4580 = mul i32 %3, 8
	%4581 = add i32 %4580, 4
	%4582 = add i32 %3778, %4581
	%4583 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4584 = bitcast i8 addrspace(3)* %4583 to i32 addrspace(3)*
	%4585 = getelementptr i32, i32 addrspace(3)* %4584, i32 %4582
	store i32 0, i32 addrspace(3)* %4585
	%4586 = mul i32 %3, 8
	%4587 = add i32 %4586, 5
	%4588 = add i32 %3778, %4587
	%4589 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4590 = bitcast i8 addrspace(3)* %4589 to i32 addrspace(3)*
	%4591 = getelementptr i32, i32 addrspace(3)* %4590, i32 %4588
	store i32 0, i32 addrspace(3)* %4591
	%4592 = mul i32 %3, 8
	%4593 = add i32 %4592, 6
	%4594 = add i32 %3778, %4593
	%4595 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4596 = bitcast i8 addrspace(3)* %4595 to i32 addrspace(3)*
	%4597 = getelementptr i32, i32 addrspace(3)* %4596, i32 %4594
	store i32 0, i32 addrspace(3)* %4597
	%4598 = mul i32 %3, 8
	%4599 = add i32 %4598, 7
	%4600 = add i32 %3778, %4599
	%4601 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4602 = bitcast i8 addrspace(3)* %4601 to i32 addrspace(3)*
	%4603 = getelementptr i32, i32 addrspace(3)* %4602, i32 %4600
	store i32 0, i32 addrspace(3)* %4603
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %4614

4604:
	%4605 = lshr i32 %4366, 8
	%4606 = and i32 %4605, 255
	%4607 = add i32 %3778, %4606
	%4608 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4609 = bitcast i8 addrspace(3)* %4608 to i32 addrspace(3)*
	%4610 = getelementptr i32, i32 addrspace(3)* %4609, i32 %4607
	%4611 = atomicrmw add i32 addrspace(3)* %4610, i32 1 monotonic
	br label %4612

4612:
	%4613 = add i32 %4359, 32
	br label %4358

4614:
	%4615 = phi i32 [ %3, %4370 ], [ %4823, %4822 ]
	%4616 = icmp slt i32 %4615, %589
	br i1 %4616, label %4617, label %4626

4617:
	%4618 = add i32 %3777, %4615
	%4619 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%4620 = bitcast i8 addrspace(3)* %4619 to i32 addrspace(3)*
	%4621 = getelementptr i32, i32 addrspace(3)* %4620, i32 %4618
	%4622 = load i32, i32 addrspace(3)* %4621
	%4623 = and i32 %4622, %4554
	%4624 = icmp eq i32 %4623, %4552
	%4625 = and i1 true, %4624
	br i1 %4625, label %4814, label %4822

4626:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4627 = mul i32 %3, 8
	%4628 = add i32 %4627, 0
	%4629 = sub i32 255, %4628
	%4630 = add i32 %3778, %4629
	%4631 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4632 = bitcast i8 addrspace(3)* %4631 to i32 addrspace(3)*
	%4633 = getelementptr i32, i32 addrspace(3)* %4632, i32 %4630
	%4634 = load i32, i32 addrspace(3)* %4633
	%4635 = add i32 0, %4634
	%4636 = mul i32 %3, 8
	%4637 = add i32 %4636, 1
	%4638 = sub i32 255, %4637
	%4639 = add i32 %3778, %4638
	%4640 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4641 = bitcast i8 addrspace(3)* %4640 to i32 addrspace(3)*
	%4642 = getelementptr i32, i32 addrspace(3)* %4641, i32 %4639
	%4643 = load i32, i32 addrspace(3)* %4642
	%4644 = add i32 %4635, %4643
	%4645 = mul i32 %3, 8
	%4646 = add i32 %4645, 2
	%4647 = sub i32 255, %4646
	%4648 = add i32 %3778, %4647
	%4649 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4650 = bitcast i8 addrspace(3)* %4649 to i32 addrspace(3)*
	%4651 = getelementptr i32, i32 addrspace(3)* %4650, i32 %4648
	%4652 = load i32, i32 addrspace(3)* %4651
	%4653 = add i32 %4644, %4652
	%4654 = mul i32 %3, 8
	%4655 = add i32 %4654, 3
	%4656 = sub i32 255, %4655
	%4657 = add i32 %3778, %4656
	%4658 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4659 = bitcast i8 addrspace(3)* %4658 to i32 addrspace(3)*
	%4660 = getelementptr i32, i32 addrspace(3)* %4659, i32 %4657
	%4661 = load i32, i32 addrspace(3)* %4660
	%4662 = add i32 %4653, %4661
	%4663 = mul i32 %3, 8
	%4664 = add i32 %4663, 4
	%4665 = sub i32 255, %4664
	%4666 = add i32 %3778, %4665
	%4667 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4668 = bitcast i8 addrspace(3)* %4667 to i32 addrspace(3)*
	%4669 = getelementptr i32, i32 addrspace(3)* %4668, i32 %4666
	%4670 = load i32, i32 addrspace(3)* %4669
	%4671 = add i32 %4662, %4670
	%4672 = mul i32 %3, 8
	%4673 = add i32 %4672, 5
	%4674 = sub i32 255, %4673
	%4675 = add i32 %3778, %4674
	%4676 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4677 = bitcast i8 addrspace(3)* %4676 to i32 addrspace(3)*
	%4678 = getelementptr i32, i32 addrspace(3)* %4677, i32 %4675
	%4679 = load i32, i32 addrspace(3)* %4678
	%4680 = add i32 %4671, %4679
	%4681 = mul i32 %3, 8
	%4682 = add i32 %4681, 6
	%4683 = sub i32 255, %4682
	%4684 = add i32 %3778, %4683
	%4685 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4686 = bitcast i8 addrspace(3)* %4685 to i32 addrspace(3)*
	%4687 = getelementptr i32, i32 addrspace(3)* %4686, i32 %4684
	%4688 = load i32, i32 addrspace(3)* %4687
	%4689 = add i32 %4680, %4688
	%4690 = mul i32 %3, 8
	%4691 = add i32 %4690, 7
	%4692 = sub i32 255, %4691
	%4693 = add i32 %3778, %4692
	%4694 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4695 = bitcast i8 addrspace(3)* %4694 to i32 addrspace(3)*
	%4696 = getelementptr i32, i32 addrspace(3)* %4695, i32 %4693
	%4697 = load i32, i32 addrspace(3)* %4696
	%4698 = add i32 %4689, %4697
	%4699 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4698, i32 1, i32 0)
	%4700 = icmp uge i32 %3, 1
	%4701 = select i1 %4700, i32 %4699, i32 0
	%4702 = add i32 %4698, %4701
	%4703 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4702, i32 2, i32 0)
	%4704 = icmp uge i32 %3, 2
	%4705 = select i1 %4704, i32 %4703, i32 0
	%4706 = add i32 %4702, %4705
	%4707 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4706, i32 4, i32 0)
	%4708 = icmp uge i32 %3, 4
	%4709 = select i1 %4708, i32 %4707, i32 0
	%4710 = add i32 %4706, %4709
	%4711 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4710, i32 8, i32 0)
	%4712 = icmp uge i32 %3, 8
	%4713 = select i1 %4712, i32 %4711, i32 0
	%4714 = add i32 %4710, %4713
	%4715 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4714, i32 16, i32 0)
	%4716 = icmp uge i32 %3, 16
	%4717 = select i1 %4716, i32 %4715, i32 0
	%4718 = add i32 %4714, %4717
	%4719 = sub i32 %4718, %4698
	%4720 = icmp slt i32 %4719, %4555
	%4721 = icmp sge i32 %4718, %4555
	%4722 = and i1 %4720, %4721
	%4723 = add i32 %4719, %4634
	%4724 = xor i1 false, true
	%4725 = icmp sge i32 %4723, %4555
	%4726 = and i1 %4724, %4725
	%4727 = mul i32 %3, 8
	%4728 = add i32 %4727, 0
	%4729 = sub i32 255, %4728
	%4730 = select i1 %4726, i32 %4729, i32 0
	%4731 = select i1 %4726, i32 %4719, i32 0
	%4732 = or i1 false, %4726
	%4733 = add i32 %4723, %4643
	%4734 = xor i1 %4732, true
	%4735 = icmp sge i32 %4733, %4555
	%4736 = and i1 %4734, %4735
	%4737 = mul i32 %3, 8
	%4738 = add i32 %4737, 1
	%4739 = sub i32 255, %4738
	%4740 = select i1 %4736, i32 %4739, i32 %4730
	%4741 = select i1 %4736, i32 %4723, i32 %4731
	%4742 = or i1 %4732, %4736
	%4743 = add i32 %4733, %4652
	%4744 = xor i1 %4742, true
	%4745 = icmp sge i32 %4743, %4555
	%4746 = and i1 %4744, %4745
	%4747 = mul i32 %3, 8
	%4748 = add i32 %4747, 2
	%4749 = sub i32 255, %4748
	%4750 = select i1 %4746, i32 %4749, i32 %4740
	%4751 = select i1 %4746, i32 %4733, i32 %4741
	%4752 = or i1 %4742, %4746
	%4753 = add i32 %4743, %4661
	%4754 = xor i1 %4752, true
	%4755 = icmp sge i32 %4753, %4555
	%4756 = and i1 %4754, %4755
	%4757 = mul i32 %3, 8
	%4758 = add i32 %4757, 3
	%4759 = sub i32 255, %4758
	%4760 = select i1 %4756, i32 %4759, i32 %4750
	%4761 = select i1 %4756, i32 %4743, i32 %4751
	%4762 = or i1 %4752, %4756
	%4763 = add i32 %4753, %4670
	%4764 = xor i1 %4762, true
	%4765 = icmp sge i32 %4763, %4555
	%4766 = and i1 %4764, %4765
	%4767 = mul i32 %3, 8
	%4768 = add i32 %4767, 4
	%4769 = sub i32 255, %4768
	%4770 = select i1 %4766, i32 %4769, i32 %4760
	%4771 = select i1 %4766, i32 %4753, i32 %4761
	%4772 = or i1 %4762, %4766
	%4773 = add i32 %4763, %4679
	%4774 = xor i1 %4772, true
	%4775 = icmp sge i32 %4773, %4555
	%4776 = and i1 %4774, %4775
	%4777 = mul i32 %3, 8
	%4778 = add i32 %4777, 5
	%4779 = sub i32 255, %4778
	%4780 = select i1 %4776, i32 %4779, i32 %4770
	%4781 = select i1 %4776, i32 %4763, i32 %4771
	%4782 = or i1 %4772, %4776
	%4783 = add i32 %4773, %4688
	%4784 = xor i1 %4782, true
	%4785 = icmp sge i32 %4783, %4555
	%4786 = and i1 %4784, %4785
	%4787 = mul i32 %3, 8
	%4788 = add i32 %4787, 6
	%4789 = sub i32 255, %4788
	%4790 = select i1 %4786, i32 %4789, i32 %4780
	%4791 = select i1 %4786, i32 %4773, i32 %4781
	%4792 = or i1 %4782, %4786
	%4793 = add i32 %4783, %4697
	%4794 = xor i1 %4792, true
	%4795 = icmp sge i32 %4793, %4555
	%4796 = and i1 %4794, %4795
	%4797 = mul i32 %3, 8
	%4798 = add i32 %4797, 7
	%4799 = sub i32 255, %4798
	%4800 = select i1 %4796, i32 %4799, i32 %4790
	%4801 = select i1 %4796, i32 %4783, i32 %4791
	%4802 = or i1 %4792, %4796
	%4803 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4722)
	%4804 = call i32 @llvm.cttz.i32(i32 %4803, i1 false)
	%4805 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %4800, i32 %4804, i32 31)
	%4806 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %4801, i32 %4804, i32 31)
	%4807 = shl i32 %4805, 0
	%4808 = or i32 %4552, %4807
	%4809 = shl i32 255, 0
	%4810 = or i32 %4554, %4809
	%4811 = sub i32 %4555, %4806
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4812 = shl i32 1, %3
	%4813 = sub i32 %4812, 1
	br label %4824

4814:
	%4815 = lshr i32 %4622, 0
	%4816 = and i32 %4815, 255
	%4817 = add i32 %3778, %4816
	%4818 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%4819 = bitcast i8 addrspace(3)* %4818 to i32 addrspace(3)*
	%4820 = getelementptr i32, i32 addrspace(3)* %4819, i32 %4817
	%4821 = atomicrmw add i32 addrspace(3)* %4820, i32 1 monotonic
	br label %4822

4822:
	%4823 = add i32 %4615, 32
	br label %4614

4824:
	%4825 = phi i32 [ 0, %4626 ], [ %4894, %4889 ]
	%4826 = phi i32 [ 0, %4626 ], [ %4891, %4889 ]
	%4827 = phi i32 [ 0, %4626 ], [ %4893, %4889 ]
	%4828 = icmp slt i32 %4825, %589
	br i1 %4828, label %4829, label %4832

4829:
	%4830 = add i32 %4825, %3
	%4831 = icmp slt i32 %4830, %589
	br i1 %4831, label %4853, label %4863

4832:
	%4833 = icmp ugt i32 %3525, %4808
	%4834 = and i1 %3520, %4833
	%4835 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4834)
	%4836 = call i32 @llvm.ctpop.i32(i32 %4835)
	%4837 = add i32 0, %4836
	%4838 = icmp ugt i32 %3538, %4808
	%4839 = and i1 %3533, %4838
	%4840 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4839)
	%4841 = call i32 @llvm.ctpop.i32(i32 %4840)
	%4842 = add i32 %4837, %4841
	%4843 = icmp ugt i32 %3551, %4808
	%4844 = and i1 %3546, %4843
	%4845 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4844)
	%4846 = call i32 @llvm.ctpop.i32(i32 %4845)
	%4847 = add i32 %4842, %4846
	%4848 = icmp ugt i32 %3564, %4808
	%4849 = and i1 %3559, %4848
	%4850 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4849)
	%4851 = call i32 @llvm.ctpop.i32(i32 %4850)
	%4852 = add i32 %4847, %4851
	br label %3827

4853:
	%4854 = add i32 %3777, %4830
	%4855 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%4856 = bitcast i8 addrspace(3)* %4855 to i32 addrspace(3)*
	%4857 = getelementptr i32, i32 addrspace(3)* %4856, i32 %4854
	%4858 = load i32, i32 addrspace(3)* %4857
	%4859 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%4860 = bitcast i8 addrspace(3)* %4859 to i32 addrspace(3)*
	%4861 = getelementptr i32, i32 addrspace(3)* %4860, i32 %4854
	%4862 = load i32, i32 addrspace(3)* %4861
	br label %4863

4863:
	%4864 = phi i32 [ 0, %4829 ], [ %4858, %4853 ]
	%4865 = phi i32 [ 0, %4829 ], [ %4862, %4853 ]
	%4866 = icmp eq i32 %4864, %4808
	%4867 = and i1 %4831, %4866
	%4868 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4867)
	%4869 = and i32 %4868, %4813
	%4870 = call i32 @llvm.ctpop.i32(i32 %4869)
	%4871 = add i32 %4827, %4870
	%4872 = icmp ugt i32 %4864, %4808
	%4873 = icmp slt i32 %4871, %4811
	%4874 = and i1 %4867, %4873
	%4875 = or i1 %4872, %4874
	%4876 = and i1 %4831, %4875
	%4877 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %4876)
	%4878 = and i32 %4877, %4813
	%4879 = call i32 @llvm.ctpop.i32(i32 %4878)
	%4880 = add i32 %4826, %4879
	%4881 = add i32 %3777, %4880
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %4876, label %4882, label %4889

4882:
	%4883 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%4884 = bitcast i8 addrspace(3)* %4883 to i32 addrspace(3)*
	%4885 = getelementptr i32, i32 addrspace(3)* %4884, i32 %4881
	store i32 %4864, i32 addrspace(3)* %4885
	%4886 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%4887 = bitcast i8 addrspace(3)* %4886 to i32 addrspace(3)*
	%4888 = getelementptr i32, i32 addrspace(3)* %4887, i32 %4881
	store i32 %4865, i32 addrspace(3)* %4888
	br label %4889

4889:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4890 = call i32 @llvm.ctpop.i32(i32 %4877)
	%4891 = add i32 %4826, %4890
	%4892 = call i32 @llvm.ctpop.i32(i32 %4868)
	%4893 = add i32 %4827, %4892
	%4894 = add i32 %4825, 32
	br label %4824

4895:
	%4896 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%4897 = bitcast i8 addrspace(3)* %4896 to i32 addrspace(3)*
	%4898 = getelementptr i32, i32 addrspace(3)* %4897, i32 %3845
	store i32 %3525, i32 addrspace(3)* %4898
	%4899 = add i32 0, %3
	%4900 = add i32 %586, %4899
	%4901 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%4902 = bitcast i8 addrspace(3)* %4901 to i32 addrspace(3)*
	%4903 = getelementptr i32, i32 addrspace(3)* %4902, i32 %3845
	store i32 %4900, i32 addrspace(3)* %4903
	br label %4904

4904:
	%4905 = call i32 @llvm.ctpop.i32(i32 %3835)
	%4906 = add i32 %3828, %4905
	%4907 = and i32 %3836, %3840
	%4908 = call i32 @llvm.ctpop.i32(i32 %4907)
	%4909 = add i32 %4906, %4908
	%4910 = add i32 %3841, %4909
	br i1 %3832, label %4911, label %4920

4911:
	%4912 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%4913 = bitcast i8 addrspace(3)* %4912 to i32 addrspace(3)*
	%4914 = getelementptr i32, i32 addrspace(3)* %4913, i32 %4910
	store i32 %3538, i32 addrspace(3)* %4914
	%4915 = add i32 32, %3
	%4916 = add i32 %586, %4915
	%4917 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%4918 = bitcast i8 addrspace(3)* %4917 to i32 addrspace(3)*
	%4919 = getelementptr i32, i32 addrspace(3)* %4918, i32 %4910
	store i32 %4916, i32 addrspace(3)* %4919
	br label %4920

4920:
	%4921 = call i32 @llvm.ctpop.i32(i32 %3836)
	%4922 = add i32 %4906, %4921
	%4923 = and i32 %3837, %3840
	%4924 = call i32 @llvm.ctpop.i32(i32 %4923)
	%4925 = add i32 %4922, %4924
	%4926 = add i32 %3841, %4925
	br i1 %3833, label %4927, label %4936

4927:
	%4928 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%4929 = bitcast i8 addrspace(3)* %4928 to i32 addrspace(3)*
	%4930 = getelementptr i32, i32 addrspace(3)* %4929, i32 %4926
	store i32 %3551, i32 addrspace(3)* %4930
	%4931 = add i32 64, %3
	%4932 = add i32 %586, %4931
	%4933 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%4934 = bitcast i8 addrspace(3)* %4933 to i32 addrspace(3)*
	%4935 = getelementptr i32, i32 addrspace(3)* %4934, i32 %4926
	store i32 %4932, i32 addrspace(3)* %4935
	br label %4936

4936:
	%4937 = call i32 @llvm.ctpop.i32(i32 %3837)
	%4938 = add i32 %4922, %4937
	%4939 = and i32 %3838, %3840
	%4940 = call i32 @llvm.ctpop.i32(i32 %4939)
	%4941 = add i32 %4938, %4940
	%4942 = add i32 %3841, %4941
	br i1 %3834, label %4943, label %4952

4943:
	%4944 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%4945 = bitcast i8 addrspace(3)* %4944 to i32 addrspace(3)*
	%4946 = getelementptr i32, i32 addrspace(3)* %4945, i32 %4942
	store i32 %3564, i32 addrspace(3)* %4946
	%4947 = add i32 96, %3
	%4948 = add i32 %586, %4947
	%4949 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%4950 = bitcast i8 addrspace(3)* %4949 to i32 addrspace(3)*
	%4951 = getelementptr i32, i32 addrspace(3)* %4950, i32 %4942
	store i32 %4948, i32 addrspace(3)* %4951
	br label %4952

4952:
	%4953 = call i32 @llvm.ctpop.i32(i32 %3838)
	%4954 = add i32 %4938, %4953
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%4955 = add i32 %3828, %3830
	br label %3566

4956:
	%4957 = add i32 0, %3
	%4958 = mul i32 %462, 129
	%4959 = add i32 %4958, %4957
	%4960 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%4961 = bitcast i8 addrspace(3)* %4960 to float addrspace(3)*
	%4962 = getelementptr float, float addrspace(3)* %4961, i32 %4959
	%4963 = load float, float addrspace(3)* %4962
	%4964 = fcmp ogt float %4963, 0xFFF0000000000000
	%4965 = fadd float %4963, 0.0
	%4966 = bitcast float %4965 to i32
	%4967 = ashr i32 %4966, 31
	%4968 = or i32 %4967, -2147483648
	%4969 = xor i32 %4966, %4968
	%4970 = add i32 32, %3
	%4971 = mul i32 %462, 129
	%4972 = add i32 %4971, %4970
	%4973 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%4974 = bitcast i8 addrspace(3)* %4973 to float addrspace(3)*
	%4975 = getelementptr float, float addrspace(3)* %4974, i32 %4972
	%4976 = load float, float addrspace(3)* %4975
	%4977 = fcmp ogt float %4976, 0xFFF0000000000000
	%4978 = fadd float %4976, 0.0
	%4979 = bitcast float %4978 to i32
	%4980 = ashr i32 %4979, 31
	%4981 = or i32 %4980, -2147483648
	%4982 = xor i32 %4979, %4981
	%4983 = add i32 64, %3
	%4984 = mul i32 %462, 129
	%4985 = add i32 %4984, %4983
	%4986 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%4987 = bitcast i8 addrspace(3)* %4986 to float addrspace(3)*
	%4988 = getelementptr float, float addrspace(3)* %4987, i32 %4985
	%4989 = load float, float addrspace(3)* %4988
	%4990 = fcmp ogt float %4989, 0xFFF0000000000000
	%4991 = fadd float %4989, 0.0
	%4992 = bitcast float %4991 to i32
	%4993 = ashr i32 %4992, 31
	%4994 = or i32 %4993, -2147483648
	%4995 = xor i32 %4992, %4994
	%4996 = add i32 96, %3
	%4997 = mul i32 %462, 129
	%4998 = add i32 %4997, %4996
	%4999 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%5000 = bitcast i8 addrspace(3)* %4999 to float addrspace(3)*
	%5001 = getelementptr float, float addrspace(3)* %5000, i32 %4998
	%5002 = load float, float addrspace(3)* %5001
	%5003 = fcmp ogt float %5002, 0xFFF0000000000000
	%5004 = fadd float %5002, 0.0
	%5005 = bitcast float %5004 to i32
	%5006 = ashr i32 %5005, 31
	%5007 = or i32 %5006, -2147483648
	%5008 = xor i32 %5005, %5007
	%5009 = icmp eq i32 %592, 0
	br i1 %5009, label %5013, label %5196

5010:
	%5011 = phi i32 [ %591, %3566 ], [ %6399, %6396 ]
	%5012 = phi i32 [ %592, %3566 ], [ %5273, %6396 ]
	br i1 %545, label %6400, label %6454

5013:
	%5014 = select i1 %4964, i32 %4969, i32 0
	%5015 = icmp ugt i32 0, %5014
	%5016 = select i1 %5015, i32 0, i32 %5014
	%5017 = select i1 %4977, i32 %4982, i32 0
	%5018 = icmp ugt i32 %5016, %5017
	%5019 = select i1 %5018, i32 %5016, i32 %5017
	%5020 = select i1 %4990, i32 %4995, i32 0
	%5021 = icmp ugt i32 %5019, %5020
	%5022 = select i1 %5021, i32 %5019, i32 %5020
	%5023 = select i1 %5003, i32 %5008, i32 0
	%5024 = icmp ugt i32 %5022, %5023
	%5025 = select i1 %5024, i32 %5022, i32 %5023
	%5026 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5025, i32 1, i32 31)
	%5027 = and i32 %3, 2
	%5028 = icmp eq i32 %5027, 0
	%5029 = and i32 %3, 1
	%5030 = icmp eq i32 %5029, 0
	%5031 = icmp eq i1 %5028, %5030
	%5032 = icmp ugt i32 %5025, %5026
	%5033 = select i1 %5032, i32 %5025, i32 %5026
	%5034 = icmp ult i32 %5025, %5026
	%5035 = select i1 %5034, i32 %5025, i32 %5026
	%5036 = select i1 %5031, i32 %5033, i32 %5035
	%5037 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5036, i32 2, i32 31)
	%5038 = and i32 %3, 4
	%5039 = icmp eq i32 %5038, 0
	%5040 = and i32 %3, 2
	%5041 = icmp eq i32 %5040, 0
	%5042 = icmp eq i1 %5039, %5041
	%5043 = icmp ugt i32 %5036, %5037
	%5044 = select i1 %5043, i32 %5036, i32 %5037
	%5045 = icmp ult i32 %5036, %5037
	%5046 = select i1 %5045, i32 %5036, i32 %5037
	%5047 = select i1 %5042, i32 %5044, i32 %5046
	%5048 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5047, i32 1, i32 31)
	%5049 = and i32 %3, 4
	%5050 = icmp eq i32 %5049, 0
	%5051 = and i32 %3, 1
	%5052 = icmp eq i32 %5051, 0
	%5053 = icmp eq i1 %5050, %5052
	%5054 = icmp ugt i32 %5047, %5048
	%5055 = select i1 %5054, i32 %5047, i32 %5048
	%5056 = icmp ult i32 %5047, %5048
	%5057 = select i1 %5056, i32 %5047, i32 %5048
	%5058 = select i1 %5053, i32 %5055, i32 %5057
	%5059 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5058, i32 4, i32 31)
	%5060 = and i32 %3, 8
	%5061 = icmp eq i32 %5060, 0
	%5062 = and i32 %3, 4
	%5063 = icmp eq i32 %5062, 0
	%5064 = icmp eq i1 %5061, %5063
	%5065 = icmp ugt i32 %5058, %5059
	%5066 = select i1 %5065, i32 %5058, i32 %5059
	%5067 = icmp ult i32 %5058, %5059
	%5068 = select i1 %5067, i32 %5058, i32 %5059
	%5069 = select i1 %5064, i32 %5066, i32 %5068
	%5070 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5069, i32 2, i32 31)
	%5071 = and i32 %3, 8
	%5072 = icmp eq i32 %5071, 0
	%5073 = and i32 %3, 2
	%5074 = icmp eq i32 %5073, 0
	%5075 = icmp eq i1 %5072, %5074
	%5076 = icmp ugt i32 %5069, %5070
	%5077 = select i1 %5076, i32 %5069, i32 %5070
	%5078 = icmp ult i32 %5069, %5070
	%5079 = select i1 %5078, i32 %5069, i32 %5070
	%5080 = select i1 %5075, i32 %5077, i32 %5079
	%5081 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5080, i32 1, i32 31)
	%5082 = and i32 %3, 8
	%5083 = icmp eq i32 %5082, 0
	%5084 = and i32 %3, 1
	%5085 = icmp eq i32 %5084, 0
	%5086 = icmp eq i1 %5083, %5085
	%5087 = icmp ugt i32 %5080, %5081
	%5088 = select i1 %5087, i32 %5080, i32 %5081
	%5089 = icmp ult i32 %5080, %5081
	%5090 = select i1 %5089, i32 %5080, i32 %5081
	%5091 = select i1 %5086, i32 %5088, i32 %5090
	%5092 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5091, i32 8, i32 31)
	%5093 = and i32 %3, 16
	%5094 = icmp eq i32 %5093, 0
	%5095 = and i32 %3, 8
	%5096 = icmp eq i32 %5095, 0
	%5097 = icmp eq i1 %5094, %5096
	%5098 = icmp ugt i32 %5091, %5092
	%5099 = select i1 %5098, i32 %5091, i32 %5092
	%5100 = icmp ult i32 %5091, %5092
	%5101 = select i1 %5100, i32 %5091, i32 %5092
	%5102 = select i1 %5097, i32 %5099, i32 %5101
	%5103 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5102, i32 4, i32 31)
	%5104 = and i32 %3, 16
	%5105 = icmp eq i32 %5104, 0
	%5106 = and i32 %3, 4
	%5107 = icmp eq i32 %5106, 0
	%5108 = icmp eq i1 %5105, %5107
	%5109 = icmp ugt i32 %5102, %5103
	%5110 = select i1 %5109, i32 %5102, i32 %5103
	%5111 = icmp ult i32 %5102, %5103
	%5112 = select i1 %5111, i32 %5102, i32 %5103
	%5113 = select i1 %5108, i32 %5110, i32 %5112
	%5114 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5113, i32 2, i32 31)
	%5115 = and i32 %3, 16
	%5116 = icmp eq i32 %5115, 0
	%5117 = and i32 %3, 2
	%5118 = icmp eq i32 %5117, 0
	%5119 = icmp eq i1 %5116, %5118
	%5120 = icmp ugt i32 %5113, %5114
	%5121 = select i1 %5120, i32 %5113, i32 %5114
	%5122 = icmp ult i32 %5113, %5114
	%5123 = select i1 %5122, i32 %5113, i32 %5114
	%5124 = select i1 %5119, i32 %5121, i32 %5123
	%5125 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5124, i32 1, i32 31)
	%5126 = and i32 %3, 16
	%5127 = icmp eq i32 %5126, 0
	%5128 = and i32 %3, 1
	%5129 = icmp eq i32 %5128, 0
	%5130 = icmp eq i1 %5127, %5129
	%5131 = icmp ugt i32 %5124, %5125
	%5132 = select i1 %5131, i32 %5124, i32 %5125
	%5133 = icmp ult i32 %5124, %5125
	%5134 = select i1 %5133, i32 %5124, i32 %5125
	%5135 = select i1 %5130, i32 %5132, i32 %5134
	%5136 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5135, i32 16, i32 31)
	%5137 = and i32 %3, 32
	%5138 = icmp eq i32 %5137, 0
	%5139 = and i32 %3, 16
	%5140 = icmp eq i32 %5139, 0
	%5141 = icmp eq i1 %5138, %5140
	%5142 = icmp ugt i32 %5135, %5136
	%5143 = select i1 %5142, i32 %5135, i32 %5136
	%5144 = icmp ult i32 %5135, %5136
	%5145 = select i1 %5144, i32 %5135, i32 %5136
	%5146 = select i1 %5141, i32 %5143, i32 %5145
	%5147 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5146, i32 8, i32 31)
	%5148 = and i32 %3, 32
	%5149 = icmp eq i32 %5148, 0
	%5150 = and i32 %3, 8
	%5151 = icmp eq i32 %5150, 0
	%5152 = icmp eq i1 %5149, %5151
	%5153 = icmp ugt i32 %5146, %5147
	%5154 = select i1 %5153, i32 %5146, i32 %5147
	%5155 = icmp ult i32 %5146, %5147
	%5156 = select i1 %5155, i32 %5146, i32 %5147
	%5157 = select i1 %5152, i32 %5154, i32 %5156
	%5158 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5157, i32 4, i32 31)
	%5159 = and i32 %3, 32
	%5160 = icmp eq i32 %5159, 0
	%5161 = and i32 %3, 4
	%5162 = icmp eq i32 %5161, 0
	%5163 = icmp eq i1 %5160, %5162
	%5164 = icmp ugt i32 %5157, %5158
	%5165 = select i1 %5164, i32 %5157, i32 %5158
	%5166 = icmp ult i32 %5157, %5158
	%5167 = select i1 %5166, i32 %5157, i32 %5158
	%5168 = select i1 %5163, i32 %5165, i32 %5167
	%5169 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5168, i32 2, i32 31)
	%5170 = and i32 %3, 32
	%5171 = icmp eq i32 %5170, 0
	%5172 = and i32 %3, 2
	%5173 = icmp eq i32 %5172, 0
	%5174 = icmp eq i1 %5171, %5173
	%5175 = icmp ugt i32 %5168, %5169
	%5176 = select i1 %5175, i32 %5168, i32 %5169
	%5177 = icmp ult i32 %5168, %5169
	%5178 = select i1 %5177, i32 %5168, i32 %5169
	%5179 = select i1 %5174, i32 %5176, i32 %5178
	%5180 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %5179, i32 1, i32 31)
	%5181 = and i32 %3, 32
	%5182 = icmp eq i32 %5181, 0
	%5183 = and i32 %3, 1
	%5184 = icmp eq i32 %5183, 0
	%5185 = icmp eq i1 %5182, %5184
	%5186 = icmp ugt i32 %5179, %5180
	%5187 = select i1 %5186, i32 %5179, i32 %5180
	%5188 = icmp ult i32 %5179, %5180
	%5189 = select i1 %5188, i32 %5179, i32 %5180
	%5190 = select i1 %5185, i32 %5187, i32 %5189
	%5191 = sub i32 %499, 1
	%5192 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %5190, i32 %5191, i32 31)
	%5193 = icmp ugt i32 %5192, 0
	%5194 = sub i32 %5192, 1
	%5195 = select i1 %5193, i32 %5194, i32 0
	br label %5196

5196:
	%5197 = phi i32 [ %592, %4956 ], [ %5195, %5013 ]
	%5198 = icmp ugt i32 %4969, %5197
	%5199 = and i1 %4964, %5198
	%5200 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5199)
	%5201 = call i32 @llvm.ctpop.i32(i32 %5200)
	%5202 = add i32 0, %5201
	%5203 = icmp ugt i32 %4982, %5197
	%5204 = and i1 %4977, %5203
	%5205 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5204)
	%5206 = call i32 @llvm.ctpop.i32(i32 %5205)
	%5207 = add i32 %5202, %5206
	%5208 = icmp ugt i32 %4995, %5197
	%5209 = and i1 %4990, %5208
	%5210 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5209)
	%5211 = call i32 @llvm.ctpop.i32(i32 %5210)
	%5212 = add i32 %5207, %5211
	%5213 = icmp ugt i32 %5008, %5197
	%5214 = and i1 %5003, %5213
	%5215 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5214)
	%5216 = call i32 @llvm.ctpop.i32(i32 %5215)
	%5217 = add i32 %5212, %5216
	%5218 = add i32 %591, %5217
	%5219 = icmp sgt i32 %5218, 160
	br i1 %5219, label %5220, label %5271

5220:
	%5221 = mul i32 %462, 160
	%5222 = mul i32 %4, 256
	%5223 = mul i32 %3, 8
	%5224 = add i32 %5223, 0
	%5225 = add i32 %5222, %5224
	%5226 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5227 = bitcast i8 addrspace(3)* %5226 to i32 addrspace(3)*
	%5228 = getelementptr i32, i32 addrspace(3)* %5227, i32 %5225
	store i32 0, i32 addrspace(3)* %5228
	%5229 = mul i32 %3, 8
	%5230 = add i32 %5229, 1
	%5231 = add i32 %5222, %5230
	%5232 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5233 = bitcast i8 addrspace(3)* %5232 to i32 addrspace(3)*
	%5234 = getelementptr i32, i32 addrspace(3)* %5233, i32 %5231
	store i32 0, i32 addrspace(3)* %5234
	%5235 = mul i32 %3, 8
	%5236 = add i32 %5235, 2
	%5237 = add i32 %5222, %5236
	%5238 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5239 = bitcast i8 addrspace(3)* %5238 to i32 addrspace(3)*
	%5240 = getelementptr i32, i32 addrspace(3)* %5239, i32 %5237
	store i32 0, i32 addrspace(3)* %5240
	%5241 = mul i32 %3, 8
	%5242 = add i32 %5241, 3
	%5243 = add i32 %5222, %5242
	%5244 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5245 = bitcast i8 addrspace(3)* %5244 to i32 addrspace(3)*
	%5246 = getelementptr i32, i32 addrspace(3)* %5245, i32 %5243
	store i32 0, i32 addrspace(3)* %5246
	%5247 = mul i32 %3, 8
	%5248 = add i32 %5247, 4
	%5249 = add i32 %5222, %5248
	%5250 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5251 = bitcast i8 addrspace(3)* %5250 to i32 addrspace(3)*
	%5252 = getelementptr i32, i32 addrspace(3)* %5251, i32 %5249
	store i32 0, i32 addrspace(3)* %5252
	%5253 = mul i32 %3, 8
	%5254 = add i32 %5253, 5
	%5255 = add i32 %5222, %5254
	%5256 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5257 = bitcast i8 addrspace(3)* %5256 to i32 addrspace(3)*
	%5258 = getelementptr i32, i32 addrspace(3)* %5257, i32 %5255
	store i32 0, i32 addrspace(3)* %5258
	%5259 = mul i32 %3, 8
	%5260 = add i32 %5259, 6
	%5261 = add i32 %5222, %5260
	%5262 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5263 = bitcast i8 addrspace(3)* %5262 to i32 addrspace(3)*
	%5264 = getelementptr i32, i32 addrspace(3)* %5263, i32 %5261
	store i32 0, i32 addrspace(3)* %5264
	%5265 = mul i32 %3, 8
	%5266 = add i32 %5265, 7
	%5267 = add i32 %5222, %5266
	%5268 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5269 = bitcast i8 addrspace(3)* %5268 to i32 addrspace(3)*
	%5270 = getelementptr i32, i32 addrspace(3)* %5269, i32 %5267
	store i32 0, i32 addrspace(3)* %5270
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %5290

5271:
	%5272 = phi i32 [ %591, %5196 ], [ %499, %6276 ]
	%5273 = phi i32 [ %5197, %5196 ], [ %6252, %6276 ]
	%5274 = phi i32 [ %5217, %5196 ], [ %6296, %6276 ]
	%5275 = phi i1 [ %5199, %5196 ], [ %6278, %6276 ]
	%5276 = phi i1 [ %5204, %5196 ], [ %6283, %6276 ]
	%5277 = phi i1 [ %5209, %5196 ], [ %6288, %6276 ]
	%5278 = phi i1 [ %5214, %5196 ], [ %6293, %6276 ]
	%5279 = phi i32 [ %5200, %5196 ], [ %6279, %6276 ]
	%5280 = phi i32 [ %5205, %5196 ], [ %6284, %6276 ]
	%5281 = phi i32 [ %5210, %5196 ], [ %6289, %6276 ]
	%5282 = phi i32 [ %5215, %5196 ], [ %6294, %6276 ]
	%5283 = shl i32 1, %3
	%5284 = sub i32 %5283, 1
	%5285 = mul i32 %462, 160
	%5286 = and i32 %5279, %5284
	%5287 = call i32 @llvm.ctpop.i32(i32 %5286)
	%5288 = add i32 %5272, %5287
	%5289 = add i32 %5285, %5288
	br i1 %5275, label %6339, label %6348

5290:
	%5291 = phi i32 [ %3, %5220 ], [ %5545, %5544 ]
	%5292 = icmp slt i32 %5291, %591
	br i1 %5292, label %5293, label %5302

5293:
	%5294 = add i32 %5221, %5291
	%5295 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%5296 = bitcast i8 addrspace(3)* %5295 to i32 addrspace(3)*
	%5297 = getelementptr i32, i32 addrspace(3)* %5296, i32 %5294
	%5298 = load i32, i32 addrspace(3)* %5297
	%5299 = and i32 %5298, 0
	%5300 = icmp eq i32 %5299, 0
	%5301 = and i1 true, %5300
	br i1 %5301, label %5536, label %5544

5302:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%5303 = mul i32 %3, 8
	%5304 = add i32 %5303, 0
	%5305 = sub i32 255, %5304
	%5306 = add i32 %5222, %5305
	%5307 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5308 = bitcast i8 addrspace(3)* %5307 to i32 addrspace(3)*
	%5309 = getelementptr i32, i32 addrspace(3)* %5308, i32 %5306
	%5310 = load i32, i32 addrspace(3)* %5309
	%5311 = add i32 0, %5310
	%5312 = mul i32 %3, 8
	%5313 = add i32 %5312, 1
	%5314 = sub i32 255, %5313
	%5315 = add i32 %5222, %5314
	%5316 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5317 = bitcast i8 addrspace(3)* %5316 to i32 addrspace(3)*
	%5318 = getelementptr i32, i32 addrspace(3)* %5317, i32 %5315
	%5319 = load i32, i32 addrspace(3)* %5318
	%5320 = add i32 %5311, %5319
	%5321 = mul i32 %3, 8
	%5322 = add i32 %5321, 2
	%5323 = sub i32 255, %5322
	%5324 = add i32 %5222, %5323
	%5325 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5326 = bitcast i8 addrspace(3)* %5325 to i32 addrspace(3)*
	%5327 = getelementptr i32, i32 addrspace(3)* %5326, i32 %5324
	%5328 = load i32, i32 addrspace(3)* %5327
	%5329 = add i32 %5320, %5328
	%5330 = mul i32 %3, 8
	%5331 = add i32 %5330, 3
	%5332 = sub i32 255, %5331
	%5333 = add i32 %5222, %5332
	%5334 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5335 = bitcast i8 addrspace(3)* %5334 to i32 addrspace(3)*
	%5336 = getelementptr i32, i32 addrspace(3)* %5335, i32 %5333
	%5337 = load i32, i32 addrspace(3)* %5336
	%5338 = add i32 %5329, %5337
	%5339 = mul i32 %3, 8
	%5340 = add i32 %5339, 4
	%5341 = sub i32 255, %5340
	%5342 = add i32 %5222, %5341
	%5343 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5344 = bitcast i8 addrspace(3)* %5343 to i32 addrspace(3)*
	%5345 = getelementptr i32, i32 addrspace(3)* %5344, i32 %5342
	%5346 = load i32, i32 addrspace(3)* %5345
	%5347 = add i32 %5338, %5346
	%5348 = mul i32 %3, 8
	%5349 = add i32 %5348, 5
	%5350 = sub i32 255, %5349
	%5351 = add i32 %5222, %5350
	%5352 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5353 = bitcast i8 addrspace(3)* %5352 to i32 addrspace(3)*
	%5354 = getelementptr i32, i32 addrspace(3)* %5353, i32 %5351
	%5355 = load i32, i32 addrspace(3)* %5354
	%5356 = add i32 %5347, %5355
	%5357 = mul i32 %3, 8
	%5358 = add i32 %5357, 6
	%5359 = sub i32 255, %5358
	%5360 = add i32 %5222, %5359
	%5361 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5362 = bitcast i8 addrspace(3)* %5361 to i32 addrspace(3)*
	%5363 = getelementptr i32, i32 addrspace(3)* %5362, i32 %5360
	%5364 = load i32, i32 addrspace(3)* %5363
	%5365 = add i32 %5356, %5364
	%5366 = mul i32 %3, 8
	%5367 = add i32 %5366, 7
	%5368 = sub i32 255, %5367
	%5369 = add i32 %5222, %5368
	%5370 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5371 = bitcast i8 addrspace(3)* %5370 to i32 addrspace(3)*
	%5372 = getelementptr i32, i32 addrspace(3)* %5371, i32 %5369
	%5373 = load i32, i32 addrspace(3)* %5372
	%5374 = add i32 %5365, %5373
	%5375 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5374, i32 1, i32 0)
	%5376 = icmp uge i32 %3, 1
	%5377 = select i1 %5376, i32 %5375, i32 0
	%5378 = add i32 %5374, %5377
	%5379 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5378, i32 2, i32 0)
	%5380 = icmp uge i32 %3, 2
	%5381 = select i1 %5380, i32 %5379, i32 0
	%5382 = add i32 %5378, %5381
	%5383 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5382, i32 4, i32 0)
	%5384 = icmp uge i32 %3, 4
	%5385 = select i1 %5384, i32 %5383, i32 0
	%5386 = add i32 %5382, %5385
	%5387 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5386, i32 8, i32 0)
	%5388 = icmp uge i32 %3, 8
	%5389 = select i1 %5388, i32 %5387, i32 0
	%5390 = add i32 %5386, %5389
	%5391 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5390, i32 16, i32 0)
	%5392 = icmp uge i32 %3, 16
	%5393 = select i1 %5392, i32 %5391, i32 0
	%5394 = add i32 %5390, %5393
	%5395 = sub i32 %5394, %5374
	%5396 = icmp slt i32 %5395, %499
	%5397 = icmp sge i32 %5394, %499
	%5398 = and i1 %5396, %5397
	%5399 = add i32 %5395, %5310
	%5400 = xor i1 false, true
	%5401 = icmp sge i32 %5399, %499
	%5402 = and i1 %5400, %5401
	%5403 = mul i32 %3, 8
	%5404 = add i32 %5403, 0
	%5405 = sub i32 255, %5404
	%5406 = select i1 %5402, i32 %5405, i32 0
	%5407 = select i1 %5402, i32 %5395, i32 0
	%5408 = or i1 false, %5402
	%5409 = add i32 %5399, %5319
	%5410 = xor i1 %5408, true
	%5411 = icmp sge i32 %5409, %499
	%5412 = and i1 %5410, %5411
	%5413 = mul i32 %3, 8
	%5414 = add i32 %5413, 1
	%5415 = sub i32 255, %5414
	%5416 = select i1 %5412, i32 %5415, i32 %5406
	%5417 = select i1 %5412, i32 %5399, i32 %5407
	%5418 = or i1 %5408, %5412
	%5419 = add i32 %5409, %5328
	%5420 = xor i1 %5418, true
	%5421 = icmp sge i32 %5419, %499
	%5422 = and i1 %5420, %5421
	%5423 = mul i32 %3, 8
	%5424 = add i32 %5423, 2
	%5425 = sub i32 255, %5424
	%5426 = select i1 %5422, i32 %5425, i32 %5416
	%5427 = select i1 %5422, i32 %5409, i32 %5417
	%5428 = or i1 %5418, %5422
	%5429 = add i32 %5419, %5337
	%5430 = xor i1 %5428, true
	%5431 = icmp sge i32 %5429, %499
	%5432 = and i1 %5430, %5431
	%5433 = mul i32 %3, 8
	%5434 = add i32 %5433, 3
	%5435 = sub i32 255, %5434
	%5436 = select i1 %5432, i32 %5435, i32 %5426
	%5437 = select i1 %5432, i32 %5419, i32 %5427
	%5438 = or i1 %5428, %5432
	%5439 = add i32 %5429, %5346
	%5440 = xor i1 %5438, true
	%5441 = icmp sge i32 %5439, %499
	%5442 = and i1 %5440, %5441
	%5443 = mul i32 %3, 8
	%5444 = add i32 %5443, 4
	%5445 = sub i32 255, %5444
	%5446 = select i1 %5442, i32 %5445, i32 %5436
	%5447 = select i1 %5442, i32 %5429, i32 %5437
	%5448 = or i1 %5438, %5442
	%5449 = add i32 %5439, %5355
	%5450 = xor i1 %5448, true
	%5451 = icmp sge i32 %5449, %499
	%5452 = and i1 %5450, %5451
	%5453 = mul i32 %3, 8
	%5454 = add i32 %5453, 5
	%5455 = sub i32 255, %5454
	%5456 = select i1 %5452, i32 %5455, i32 %5446
	%5457 = select i1 %5452, i32 %5439, i32 %5447
	%5458 = or i1 %5448, %5452
	%5459 = add i32 %5449, %5364
	%5460 = xor i1 %5458, true
	%5461 = icmp sge i32 %5459, %499
	%5462 = and i1 %5460, %5461
	%5463 = mul i32 %3, 8
	%5464 = add i32 %5463, 6
	%5465 = sub i32 255, %5464
	%5466 = select i1 %5462, i32 %5465, i32 %5456
	%5467 = select i1 %5462, i32 %5449, i32 %5457
	%5468 = or i1 %5458, %5462
	%5469 = add i32 %5459, %5373
	%5470 = xor i1 %5468, true
	%5471 = icmp sge i32 %5469, %499
	%5472 = and i1 %5470, %5471
	%5473 = mul i32 %3, 8
	%5474 = add i32 %5473, 7
	%5475 = sub i32 255, %5474
	%5476 = select i1 %5472, i32 %5475, i32 %5466
	%5477 = select i1 %5472, i32 %5459, i32 %5467
	%5478 = or i1 %5468, %5472
	%5479 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5398)
	%5480 = call i32 @llvm.cttz.i32(i32 %5479, i1 false)
	%5481 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %5476, i32 %5480, i32 31)
	%5482 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %5477, i32 %5480, i32 31)
	%5483 = shl i32 %5481, 24
	%5484 = or i32 0, %5483
	%5485 = shl i32 255, 24
	%5486 = or i32 0, %5485
	%5487 = sub i32 %499, %5482
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%5488 = mul i32 %3, 8
	%5489 = add i32 %5488, 0
	%5490 = add i32 %5222, %5489
	%5491 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5492 = bitcast i8 addrspace(3)* %5491 to i32 addrspace(3)*
	%5493 = getelementptr i32, i32 addrspace(3)* %5492, i32 %5490
	store i32 0, i32 addrspace(3)* %5493
	%5494 = mul i32 %3, 8
	%5495 = add i32 %5494, 1
	%5496 = add i32 %5222, %5495
	%5497 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5498 = bitcast i8 addrspace(3)* %5497 to i32 addrspace(3)*
	%5499 = getelementptr i32, i32 addrspace(3)* %5498, i32 %5496
	store i32 0, i32 addrspace(3)* %5499
	%5500 = mul i32 %3, 8
	%5501 = add i32 %5500, 2
	%5502 = add i32 %5222, %5501
	%5503 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5504 = bitcast i8 addrspace(3)* %5503 to i32 addrspace(3)*
	%5505 = getelementptr i32, i32 addrspace(3)* %5504, i32 %5502
	store i32 0, i32 addrspace(3)* %5505
	%5506 = mul i32 %3, 8
	%5507 = add i32 %5506, 3
	%5508 = add i32 %5222, %5507
	%5509 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5510 = bitcast i8 addrspace(3)* %5509 to i32 addrspace(3)*
	%5511 = getelementptr i32, i32 addrspace(3)* %5510, i32 %5508
	store i32 0, i32 addrspace(3)* %5511
	%5512 = mul i32 %3, 8
	%5513 = add i32 %5512, 4
	%5514 = add i32 %5222, %5513
	%5515 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5516 = bitcast i8 addrspace(3)* %5515 to i32 addrspace(3)*
	%5517 = getelementptr i32, i32 addrspace(3)* %5516, i32 %5514
	store i32 0, i32 addrspace(3)* %5517
	%5518 = mul i32 %3, 8
	%5519 = add i32 %5518, 5
	%5520 = add i32 %5222, %5519
	%5521 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5522 = bitcast i8 addrspace(3)* %5521 to i32 addrspace(3)*
	%5523 = getelementptr i32, i32 addrspace(3)* %5522, i32 %5520
	store i32 0, i32 addrspace(3)* %5523
	%5524 = mul i32 %3, 8
	%5525 = add i32 %5524, 6
	%5526 = add i32 %5222, %5525
	%5527 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5528 = bitcast i8 addrspace(3)* %5527 to i32 addrspace(3)*
	%5529 = getelementptr i32, i32 addrspace(3)* %5528, i32 %5526
	store i32 0, i32 addrspace(3)* %5529
	%5530 = mul i32 %3, 8
	%5531 = add i32 %5530, 7
	%5532 = add i32 %5222, %5531
	%5533 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5534 = bitcast i8 addrspace(3)* %5533 to i32 addrspace(3)*
	%5535 = getelementptr i32, i32 addrspace(3)* %5534, i32 %5532
	store i32 0, i32 addrspace(3)* %5535
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %5546

5536:
	%5537 = lshr i32 %5298, 24
	%5538 = and i32 %5537, 255
	%5539 = add i32 %5222, %5538
	%5540 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5541 = bitcast i8 addrspace(3)* %5540 to i32 addrspace(3)*
	%5542 = getelementptr i32, i32 addrspace(3)* %5541, i32 %5539
	%5543 = atomicrmw add i32 addrspace(3)* %5542, i32 1 monotonic
	br label %5544

5544:
	%5545 = add i32 %5291, 32
	br label %5290

5546:
	%5547 = phi i32 [ %3, %5302 ], [ %5801, %5800 ]
	%5548 = icmp slt i32 %5547, %591
	br i1 %5548, label %5549, label %5558

5549:
	%5550 = add i32 %5221, %5547
	%5551 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%5552 = bitcast i8 addrspace(3)* %5551 to i32 addrspace(3)*
	%5553 = getelementptr i32, i32 addrspace(3)* %5552, i32 %5550
	%5554 = load i32, i32 addrspace(3)* %5553
	%5555 = and i32 %5554, %5486
	%5556 = icmp eq i32 %5555, %5484
	%5557 = and i1 true, %5556
	br i1 %5557, label %5792, label %5800

5558:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%5559 = mul i32 %3, 8
	%5560 = add i32 %5559, 0
	%5561 = sub i32 255, %5560
	%5562 = add i32 %5222, %5561
	%5563 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5564 = bitcast i8 addrspace(3)* %5563 to i32 addrspace(3)*
	%5565 = getelementptr i32, i32 addrspace(3)* %5564, i32 %5562
	%5566 = load i32, i32 addrspace(3)* %5565
	%5567 = add i32 0, %5566
	%5568 = mul i32 %3, 8
	%5569 = add i32 %5568, 1
	%5570 = sub i32 255, %5569
	%5571 = add i32 %5222, %5570
	%5572 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5573 = bitcast i8 addrspace(3)* %5572 to i32 addrspace(3)*
	%5574 = getelementptr i32, i32 addrspace(3)* %5573, i32 %5571
	%5575 = load i32, i32 addrspace(3)* %5574
	%5576 = add i32 %5567, %5575
	%5577 = mul i32 %3, 8
	%5578 = add i32 %5577, 2
	%5579 = sub i32 255, %5578
	%5580 = add i32 %5222, %5579
	%5581 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5582 = bitcast i8 addrspace(3)* %5581 to i32 addrspace(3)*
	%5583 = getelementptr i32, i32 addrspace(3)* %5582, i32 %5580
	%5584 = load i32, i32 addrspace(3)* %5583
	%5585 = add i32 %5576, %5584
	%5586 = mul i32 %3, 8
	%5587 = add i32 %5586, 3
	%5588 = sub i32 255, %5587
	%5589 = add i32 %5222, %5588
	%5590 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5591 = bitcast i8 addrspace(3)* %5590 to i32 addrspace(3)*
	%5592 = getelementptr i32, i32 addrspace(3)* %5591, i32 %5589
	%5593 = load i32, i32 addrspace(3)* %5592
	%5594 = add i32 %5585, %5593
	%5595 = mul i32 %3, 8
	%5596 = add i32 %5595, 4
	%5597 = sub i32 255, %5596
	%5598 = add i32 %5222, %5597
	%5599 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5600 = bitcast i8 addrspace(3)* %5599 to i32 addrspace(3)*
	%5601 = getelementptr i32, i32 addrspace(3)* %5600, i32 %5598
	%5602 = load i32, i32 addrspace(3)* %5601
	%5603 = add i32 %5594, %5602
	%5604 = mul i32 %3, 8
	%5605 = add i32 %5604, 5
	%5606 = sub i32 255, %5605
	%5607 = add i32 %5222, %5606
	%5608 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5609 = bitcast i8 addrspace(3)* %5608 to i32 addrspace(3)*
	%5610 = getelementptr i32, i32 addrspace(3)* %5609, i32 %5607
	%5611 = load i32, i32 addrspace(3)* %5610
	%5612 = add i32 %5603, %5611
	%5613 = mul i32 %3, 8
	%5614 = add i32 %5613, 6
	%5615 = sub i32 255, %5614
	%5616 = add i32 %5222, %5615
	%5617 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5618 = bitcast i8 addrspace(3)* %5617 to i32 addrspace(3)*
	%5619 = getelementptr i32, i32 addrspace(3)* %5618, i32 %5616
	%5620 = load i32, i32 addrspace(3)* %5619
	%5621 = add i32 %5612, %5620
	%5622 = mul i32 %3, 8
	%5623 = add i32 %5622, 7
	%5624 = sub i32 255, %5623
	%5625 = add i32 %5222, %5624
	%5626 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5627 = bitcast i8 addrspace(3)* %5626 to i32 addrspace(3)*
	%5628 = getelementptr i32, i32 addrspace(3)* %5627, i32 %5625
	%5629 = load i32, i32 addrspace(3)* %5628
	%5630 = add i32 %5621, %5629
	%5631 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5630, i32 1, i32 0)
	%5632 = icmp uge i32 %3, 1
	%5633 = select i1 %5632, i32 %5631, i32 0
	%5634 = add i32 %5630, %5633
	%5635 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5634, i32 2, i32 0)
	%5636 = icmp uge i32 %3, 2
	%5637 = select i1 %5636, i32 %5635, i32 0
	%5638 = add i32 %5634, %5637
	%5639 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5638, i32 4, i32 0)
	%5640 = icmp uge i32 %3, 4
	%5641 = select i1 %5640, i32 %5639, i32 0
	%5642 = add i32 %5638, %5641
	%5643 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5642, i32 8, i32 0)
	%5644 = icmp uge i32 %3, 8
	%5645 = select i1 %5644, i32 %5643, i32 0
	%5646 = add i32 %5642, %5645
	%5647 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5646, i32 16, i32 0)
	%5648 = icmp uge i32 %3, 16
	%5649 = select i1 %5648, i32 %5647, i32 0
	%5650 = add i32 %5646, %5649
	%5651 = sub i32 %5650, %5630
	%5652 = icmp slt i32 %5651, %5487
	%5653 = icmp sge i32 %5650, %5487
	%5654 = and i1 %5652, %5653
	%5655 = add i32 %5651, %5566
	%5656 = xor i1 false, true
	%5657 = icmp sge i32 %5655, %5487
	%5658 = and i1 %5656, %5657
	%5659 = mul i32 %3, 8
	%5660 = add i32 %5659, 0
	%5661 = sub i32 255, %5660
	%5662 = select i1 %5658, i32 %5661, i32 0
	%5663 = select i1 %5658, i32 %5651, i32 0
	%5664 = or i1 false, %5658
	%5665 = add i32 %5655, %5575
	%5666 = xor i1 %5664, true
	%5667 = icmp sge i32 %5665, %5487
	%5668 = and i1 %5666, %5667
	%5669 = mul i32 %3, 8
	%5670 = add i32 %5669, 1
	%5671 = sub i32 255, %5670
	%5672 = select i1 %5668, i32 %5671, i32 %5662
	%5673 = select i1 %5668, i32 %5655, i32 %5663
	%5674 = or i1 %5664, %5668
	%5675 = add i32 %5665, %5584
	%5676 = xor i1 %5674, true
	%5677 = icmp sge i32 %5675, %5487
	%5678 = and i1 %5676, %5677
	%5679 = mul i32 %3, 8
	%5680 = add i32 %5679, 2
	%5681 = sub i32 255, %5680
	%5682 = select i1 %5678, i32 %5681, i32 %5672
	%5683 = select i1 %5678, i32 %5665, i32 %5673
	%5684 = or i1 %5674, %5678
	%5685 = add i32 %5675, %5593
	%5686 = xor i1 %5684, true
	%5687 = icmp sge i32 %5685, %5487
	%5688 = and i1 %5686, %5687
	%5689 = mul i32 %3, 8
	%5690 = add i32 %5689, 3
	%5691 = sub i32 255, %5690
	%5692 = select i1 %5688, i32 %5691, i32 %5682
	%5693 = select i1 %5688, i32 %5675, i32 %5683
	%5694 = or i1 %5684, %5688
	%5695 = add i32 %5685, %5602
	%5696 = xor i1 %5694, true
	%5697 = icmp sge i32 %5695, %5487
	%5698 = and i1 %5696, %5697
	%5699 = mul i32 %3, 8
	%5700 = add i32 %5699, 4
	%5701 = sub i32 255, %5700
	%5702 = select i1 %5698, i32 %5701, i32 %5692
	%5703 = select i1 %5698, i32 %5685, i32 %5693
	%5704 = or i1 %5694, %5698
	%5705 = add i32 %5695, %5611
	%5706 = xor i1 %5704, true
	%5707 = icmp sge i32 %5705, %5487
	%5708 = and i1 %5706, %5707
	%5709 = mul i32 %3, 8
	%5710 = add i32 %5709, 5
	%5711 = sub i32 255, %5710
	%5712 = select i1 %5708, i32 %5711, i32 %5702
	%5713 = select i1 %5708, i32 %5695, i32 %5703
	%5714 = or i1 %5704, %5708
	%5715 = add i32 %5705, %5620
	%5716 = xor i1 %5714, true
	%5717 = icmp sge i32 %5715, %5487
	%5718 = and i1 %5716, %5717
	%5719 = mul i32 %3, 8
	%5720 = add i32 %5719, 6
	%5721 = sub i32 255, %5720
	%5722 = select i1 %5718, i32 %5721, i32 %5712
	%5723 = select i1 %5718, i32 %5705, i32 %5713
	%5724 = or i1 %5714, %5718
	%5725 = add i32 %5715, %5629
	%5726 = xor i1 %5724, true
	%5727 = icmp sge i32 %5725, %5487
	%5728 = and i1 %5726, %5727
	%5729 = mul i32 %3, 8
	%5730 = add i32 %5729, 7
	%5731 = sub i32 255, %5730
	%5732 = select i1 %5728, i32 %5731, i32 %5722
	%5733 = select i1 %5728, i32 %5715, i32 %5723
	%5734 = or i1 %5724, %5728
	%5735 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5654)
	%5736 = call i32 @llvm.cttz.i32(i32 %5735, i1 false)
	%5737 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %5732, i32 %5736, i32 31)
	%5738 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %5733, i32 %5736, i32 31)
	%5739 = shl i32 %5737, 16
	%5740 = or i32 %5484, %5739
	%5741 = shl i32 255, 16
	%5742 = or i32 %5486, %5741
	%5743 = sub i32 %5487, %5738
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%5744 = mul i32 %3, 8
	%5745 = add i32 %5744, 0
	%5746 = add i32 %5222, %5745
	%5747 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5748 = bitcast i8 addrspace(3)* %5747 to i32 addrspace(3)*
	%5749 = getelementptr i32, i32 addrspace(3)* %5748, i32 %5746
	store i32 0, i32 addrspace(3)* %5749
	%5750 = mul i32 %3, 8
	%5751 = add i32 %5750, 1
	%5752 = add i32 %5222, %5751
	%5753 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5754 = bitcast i8 addrspace(3)* %5753 to i32 addrspace(3)*
	%5755 = getelementptr i32, i32 addrspace(3)* %5754, i32 %5752
	store i32 0, i32 addrspace(3)* %5755
	%5756 = mul i32 %3, 8
	%5757 = add i32 %5756, 2
	%5758 = add i32 %5222, %5757
	%5759 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5760 = bitcast i8 addrspace(3)* %5759 to i32 addrspace(3)*
	%5761 = getelementptr i32, i32 addrspace(3)* %5760, i32 %5758
	store i32 0, i32 addrspace(3)* %5761
	%5762 = mul i32 %3, 8
	%5763 = add i32 %5762, 3
	%5764 = add i32 %5222, %5763
	%5765 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5766 = bitcast i8 addrspace(3)* %5765 to i32 addrspace(3)*
	%5767 = getelementptr i32, i32 addrspace(3)* %5766, i32 %5764
	store i32 0, i32 addrspace(3)* %5767
	%5768 = mul i32 %3, 8
	%5769 = add i32 %5768, 4
	%5770 = add i32 %5222, %5769
	%5771 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5772 = bitcast i8 addrspace(3)* %5771 to i32 addrspace(3)*
	%5773 = getelementptr i32, i32 addrspace(3)* %5772, i32 %5770
	store i32 0, i32 addrspace(3)* %5773
	%5774 = mul i32 %3, 8
	%5775 = add i32 %5774, 5
	%5776 = add i32 %5222, %5775
	%5777 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5778 = bitcast i8 addrspace(3)* %5777 to i32 addrspace(3)*
	%5779 = getelementptr i32, i32 addrspace(3)* %5778, i32 %5776
	store i32 0, i32 addrspace(3)* %5779
	%5780 = mul i32 %3, 8
	%5781 = add i32 %5780, 6
	%5782 = add i32 %5222, %5781
	%5783 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5784 = bitcast i8 addrspace(3)* %5783 to i32 addrspace(3)*
	%5785 = getelementptr i32, i32 addrspace(3)* %5784, i32 %5782
	store i32 0, i32 addrspace(3)* %5785
	%5786 = mul i32 %3, 8
	%5787 = add i32 %5786, 7
	%5788 = add i32 %5222, %5787
	%5789 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5790 = bitcast i8 addrspace(3)* %5789 to i32 addrspace(3)*
	%5791 = getelementptr i32, i32 addrspace(3)* %5790, i32 %5788
	store i32 0, i32 addrspace(3)* %5791
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %5802

5792:
	%5793 = lshr i32 %5554, 16
	%5794 = and i32 %5793, 255
	%5795 = add i32 %5222, %5794
	%5796 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5797 = bitcast i8 addrspace(3)* %5796 to i32 addrspace(3)*
	%5798 = getelementptr i32, i32 addrspace(3)* %5797, i32 %5795
	%5799 = atomicrmw add i32 addrspace(3)* %5798, i32 1 monotonic
	br label %5800

5800:
	%5801 = add i32 %5547, 32
	br label %5546

5802:
	%5803 = phi i32 [ %3, %5558 ], [ %6057, %6056 ]
	%5804 = icmp slt i32 %5803, %591
	br i1 %5804, label %5805, label %5814

5805:
	%5806 = add i32 %5221, %5803
	%5807 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%5808 = bitcast i8 addrspace(3)* %5807 to i32 addrspace(3)*
	%5809 = getelementptr i32, i32 addrspace(3)* %5808, i32 %5806
	%5810 = load i32, i32 addrspace(3)* %5809
	%5811 = and i32 %5810, %5742
	%5812 = icmp eq i32 %5811, %5740
	%5813 = and i1 true, %5812
	br i1 %5813, label %6048, label %6056

5814:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%5815 = mul i32 %3, 8
	%5816 = add i32 %5815, 0
	%5817 = sub i32 255, %5816
	%5818 = add i32 %5222, %5817
	%5819 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5820 = bitcast i8 addrspace(3)* %5819 to i32 addrspace(3)*
	%5821 = getelementptr i32, i32 addrspace(3)* %5820, i32 %5818
	%5822 = load i32, i32 addrspace(3)* %5821
	%5823 = add i32 0, %5822
	%5824 = mul i32 %3, 8
	%5825 = add i32 %5824, 1
	%5826 = sub i32 255, %5825
	%5827 = add i32 %5222, %5826
	%5828 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5829 = bitcast i8 addrspace(3)* %5828 to i32 addrspace(3)*
	%5830 = getelementptr i32, i32 addrspace(3)* %5829, i32 %5827
	%5831 = load i32, i32 addrspace(3)* %5830
	%5832 = add i32 %5823, %5831
	%5833 = mul i32 %3, 8
	%5834 = add i32 %5833, 2
	%5835 = sub i32 255, %5834
	%5836 = add i32 %5222, %5835
	%5837 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5838 = bitcast i8 addrspace(3)* %5837 to i32 addrspace(3)*
	%5839 = getelementptr i32, i32 addrspace(3)* %5838, i32 %5836
	%5840 = load i32, i32 addrspace(3)* %5839
	%5841 = add i32 %5832, %5840
	%5842 = mul i32 %3, 8
	%5843 = add i32 %5842, 3
	%5844 = sub i32 255, %5843
	%5845 = add i32 %5222, %5844
	%5846 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5847 = bitcast i8 addrspace(3)* %5846 to i32 addrspace(3)*
	%5848 = getelementptr i32, i32 addrspace(3)* %5847, i32 %5845
	%5849 = load i32, i32 addrspace(3)* %5848
	%5850 = add i32 %5841, %5849
	%5851 = mul i32 %3, 8
	%5852 = add i32 %5851, 4
	%5853 = sub i32 255, %5852
	%5854 = add i32 %5222, %5853
	%5855 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5856 = bitcast i8 addrspace(3)* %5855 to i32 addrspace(3)*
	%5857 = getelementptr i32, i32 addrspace(3)* %5856, i32 %5854
	%5858 = load i32, i32 addrspace(3)* %5857
	%5859 = add i32 %5850, %5858
	%5860 = mul i32 %3, 8
	%5861 = add i32 %5860, 5
	%5862 = sub i32 255, %5861
	%5863 = add i32 %5222, %5862
	%5864 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5865 = bitcast i8 addrspace(3)* %5864 to i32 addrspace(3)*
	%5866 = getelementptr i32, i32 addrspace(3)* %5865, i32 %5863
	%5867 = load i32, i32 addrspace(3)* %5866
	%5868 = add i32 %5859, %5867
	%5869 = mul i32 %3, 8
	%5870 = add i32 %5869, 6
	%5871 = sub i32 255, %5870
	%5872 = add i32 %5222, %5871
	%5873 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5874 = bitcast i8 addrspace(3)* %5873 to i32 addrspace(3)*
	%5875 = getelementptr i32, i32 addrspace(3)* %5874, i32 %5872
	%5876 = load i32, i32 addrspace(3)* %5875
	%5877 = add i32 %5868, %5876
	%5878 = mul i32 %3, 8
	%5879 = add i32 %5878, 7
	%5880 = sub i32 255, %5879
	%5881 = add i32 %5222, %5880
	%5882 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%5883 = bitcast i8 addrspace(3)* %5882 to i32 addrspace(3)*
	%5884 = getelementptr i32, i32 addrspace(3)* %5883, i32 %5881
	%5885 = load i32, i32 addrspace(3)* %5884
	%5886 = add i32 %5877, %5885
	%5887 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5886, i32 1, i32 0)
	%5888 = icmp uge i32 %3, 1
	%5889 = select i1 %5888, i32 %5887, i32 0
	%5890 = add i32 %5886, %5889
	%5891 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5890, i32 2, i32 0)
	%5892 = icmp uge i32 %3, 2
	%5893 = select i1 %5892, i32 %5891, i32 0
	%5894 = add i32 %5890, %5893
	%5895 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5894, i32 4, i32 0)
	%5896 = icmp uge i32 %3, 4
	%5897 = select i1 %5896, i32 %5895, i32 0
	%5898 = add i32 %5894, %5897
	%5899 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5898, i32 8, i32 0)
	%5900 = icmp uge i32 %3, 8
	%5901 = select i1 %5900, i32 %5899, i32 0
	%5902 = add i32 %5898, %5901
	%5903 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %5902, i32 16, i32 0)
	%5904 = icmp uge i32 %3, 16
	%5905 = select i1 %5904, i32 %5903, i32 0
	%5906 = add i32 %5902, %5905
	%5907 = sub i32 %5906, %5886
	%5908 = icmp slt i32 %5907, %5743
	%5909 = icmp sge i32 %5906, %5743
	%5910 = and i1 %5908, %5909
	%5911 = add i32 %5907, %5822
	%5912 = xor i1 false, true
	%5913 = icmp sge i32 %5911, %5743
	%5914 = and i1 %5912, %5913
	%5915 = mul i32 %3, 8
	%5916 = add i32 %5915, 0
	%5917 = sub i32 255, %5916
	%5918 = select i1 %5914, i32 %5917, i32 0
	%5919 = select i1 %5914, i32 %5907, i32 0
	%5920 = or i1 false, %5914
	%5921 = add i32 %5911, %5831
	%5922 = xor i1 %5920, true
	%5923 = icmp sge i32 %5921, %5743
	%5924 = and i1 %5922, %5923
	%5925 = mul i32 %3, 8
	%5926 = add i32 %5925, 1
	%5927 = sub i32 255, %5926
	%5928 = select i1 %5924, i32 %5927, i32 %5918
	%5929 = select i1 %5924, i32 %5911, i32 %5919
	%5930 = or i1 %5920, %5924
	%5931 = add i32 %5921, %5840
	%5932 = xor i1 %5930, true
	%5933 = icmp sge i32 %5931, %5743
	%5934 = and i1 %5932, %5933
	%5935 = mul i32 %3, 8
	%5936 = add i32 %5935, 2
	%5937 = sub i32 255, %5936
	%5938 = select i1 %5934, i32 %5937, i32 %5928
	%5939 = select i1 %5934, i32 %5921, i32 %5929
	%5940 = or i1 %5930, %5934
	%5941 = add i32 %5931, %5849
	%5942 = xor i1 %5940, true
	%5943 = icmp sge i32 %5941, %5743
	%5944 = and i1 %5942, %5943
	%5945 = mul i32 %3, 8
	%5946 = add i32 %5945, 3
	%5947 = sub i32 255, %5946
	%5948 = select i1 %5944, i32 %5947, i32 %5938
	%5949 = select i1 %5944, i32 %5931, i32 %5939
	%5950 = or i1 %5940, %5944
	%5951 = add i32 %5941, %5858
	%5952 = xor i1 %5950, true
	%5953 = icmp sge i32 %5951, %5743
	%5954 = and i1 %5952, %5953
	%5955 = mul i32 %3, 8
	%5956 = add i32 %5955, 4
	%5957 = sub i32 255, %5956
	%5958 = select i1 %5954, i32 %5957, i32 %5948
	%5959 = select i1 %5954, i32 %5941, i32 %5949
	%5960 = or i1 %5950, %5954
	%5961 = add i32 %5951, %5867
	%5962 = xor i1 %5960, true
	%5963 = icmp sge i32 %5961, %5743
	%5964 = and i1 %5962, %5963
	%5965 = mul i32 %3, 8
	%5966 = add i32 %5965, 5
	%5967 = sub i32 255, %5966
	%5968 = select i1 %5964, i32 %5967, i32 %5958
	%5969 = select i1 %5964, i32 %5951, i32 %5959
	%5970 = or i1 %5960, %5964
	%5971 = add i32 %5961, %5876
	%5972 = xor i1 %5970, true
	%5973 = icmp sge i32 %5971, %5743
	%5974 = and i1 %5972, %5973
	%5975 = mul i32 %3, 8
	%5976 = add i32 %5975, 6
	%5977 = sub i32 255, %5976
	%5978 = select i1 %5974, i32 %5977, i32 %5968
	%5979 = select i1 %5974, i32 %5961, i32 %5969
	%5980 = or i1 %5970, %5974
	%5981 = add i32 %5971, %5885
	%5982 = xor i1 %5980, true
	%5983 = icmp sge i32 %5981, %5743
	%5984 = and i1 %5982, %5983
	%5985 = mul i32 %3, 8
	%5986 = add i32 %5985, 7
	%5987 = sub i32 255, %5986
	%5988 = select i1 %5984, i32 %5987, i32 %5978
	%5989 = select i1 %5984, i32 %5971, i32 %5979
	%5990 = or i1 %5980, %5984
	%5991 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %5910)
	%5992 = call i32 @llvm.cttz.i32(i32 %5991, i1 false)
	%5993 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %5988, i32 %5992, i32 31)
	%5994 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %5989, i32 %5992, i32 31)
	%5995 = shl i32 %5993, 8
	%5996 = or i32 %5740, %5995
	%5997 = shl i32 255, 8
	%5998 = or i32 %5742, %5997
	%5999 = sub i32 %5743, %5994
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%6000 = mul i32 %3, 8
	%6001 = add i32 %6000, 0
	%6002 = add i32 %5222, %6001
	%6003 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6004 = bitcast i8 addrspace(3)* %6003 to i32 addrspace(3)*
	%6005 = getelementptr i32, i32 addrspace(3)* %6004, i32 %6002
	store i32 0, i32 addrspace(3)* %6005
	%6006 = mul i32 %3, 8
	%6007 = add i32 %6006, 1
	%6008 = add i32 %5222, %6007
	%6009 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6010 = bitcast i8 addrspace(3)* %6009 to i32 addrspace(3)*
	%6011 = getelementptr i32, i32 addrspace(3)* %6010, i32 %6008
	store i32 0, i32 addrspace(3)* %6011
	%6012 = mul i32 %3, 8
	%6013 = add i32 %6012, 2
	%6014 = add i32 %5222, %6013
	%6015 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6016 = bitcast i8 addrspace(3)* %6015 to i32 addrspace(3)*
	%6017 = getelementptr i32, i32 addrspace(3)* %6016, i32 %6014
	store i32 0, i32 addrspace(3)* %6017
	%6018 = mul i32 %3, 8
	%6019 = add i32 %6018, 3
	%6020 = add i32 %5222, %6019
	%6021 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6022 = bitcast i8 addrspace(3)* %6021 to i32 addrspace(3)*
	%6023 = getelementptr i32, i32 addrspace(3)* %6022, i32 %6020
	store i32 0, i32 addrspace(3)* %6023
	%6024 = mul i32 %3, 8
	%6025 = add i32 %6024, 4
	%6026 = add i32 %5222, %6025
	%6027 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6028 = bitcast i8 addrspace(3)* %6027 to i32 addrspace(3)*
	%6029 = getelementptr i32, i32 addrspace(3)* %6028, i32 %6026
	store i32 0, i32 addrspace(3)* %6029
	%6030 = mul i32 %3, 8
	%6031 = add i32 %6030, 5
	%6032 = add i32 %5222, %6031
	%6033 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6034 = bitcast i8 addrspace(3)* %6033 to i32 addrspace(3)*
	%6035 = getelementptr i32, i32 addrspace(3)* %6034, i32 %6032
	store i32 0, i32 addrspace(3)* %6035
	%6036 = mul i32 %3, 8
	%6037 = add i32 %6036, 6
	%6038 = add i32 %5222, %6037
	%6039 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6040 = bitcast i8 addrspace(3)* %6039 to i32 addrspace(3)*
	%6041 = getelementptr i32, i32 addrspace(3)* %6040, i32 %6038
	store i32 0, i32 addrspace(3)* %6041
	%6042 = mul i32 %3, 8
	%6043 = add i32 %6042, 7
	%6044 = add i32 %5222, %6043
	%6045 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6046 = bitcast i8 addrspace(3)* %6045 to i32 addrspace(3)*
	%6047 = getelementptr i32, i32 addrspace(3)* %6046, i32 %6044
	store i32 0, i32 addrspace(3)* %6047
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %6058

6048:
	%6049 = lshr i32 %5810, 8
	%6050 = and i32 %6049, 255
	%6051 = add i32 %5222, %6050
	%6052 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6053 = bitcast i8 addrspace(3)* %6052 to i32 addrspace(3)*
	%6054 = getelementptr i32, i32 addrspace(3)* %6053, i32 %6051
	%6055 = atomicrmw add i32 addrspace(3)* %6054, i32 1 monotonic
	br label %6056

6056:
	%6057 = add i32 %5803, 32
	br label %5802

6058:
	%6059 = phi i32 [ %3, %5814 ], [ %6267, %6266 ]
	%6060 = icmp slt i32 %6059, %591
	br i1 %6060, label %6061, label %6070

6061:
	%6062 = add i32 %5221, %6059
	%6063 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%6064 = bitcast i8 addrspace(3)* %6063 to i32 addrspace(3)*
	%6065 = getelementptr i32, i32 addrspace(3)* %6064, i32 %6062
	%6066 = load i32, i32 addrspace(3)* %6065
	%6067 = and i32 %6066, %5998
	%6068 = icmp eq i32 %6067, %5996
	%6069 = and i1 true, %6068
	br i1 %6069, label %6258, label %6266

6070:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%6071 = mul i32 %3, 8
	%6072 = add i32 %6071, 0
	%6073 = sub i32 255, %6072
	%6074 = add i32 %5222, %6073
	%6075 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6076 = bitcast i8 addrspace(3)* %6075 to i32 addrspace(3)*
	%6077 = getelementptr i32, i32 addrspace(3)* %6076, i32 %6074
	%6078 = load i32, i32 addrspace(3)* %6077
	%6079 = add i32 0, %6078
	%6080 = mul i32 %3, 8
	%6081 = add i32 %6080, 1
	%6082 = sub i32 255, %6081
	%6083 = add i32 %5222, %6082
	%6084 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6085 = bitcast i8 addrspace(3)* %6084 to i32 addrspace(3)*
	%6086 = getelementptr i32, i32 addrspace(3)* %6085, i32 %6083
	%6087 = load i32, i32 addrspace(3)* %6086
	%6088 = add i32 %6079, %6087
	%6089 = mul i32 %3, 8
	%6090 = add i32 %6089, 2
	%6091 = sub i32 255, %6090
	%6092 = add i32 %5222, %6091
	%6093 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6094 = bitcast i8 addrspace(3)* %6093 to i32 addrspace(3)*
	%6095 = getelementptr i32, i32 addrspace(3)* %6094, i32 %6092
	%6096 = load i32, i32 addrspace(3)* %6095
	%6097 = add i32 %6088, %6096
	%6098 = mul i32 %3, 8
	%6099 = add i32 %6098, 3
	%6100 = sub i32 255, %6099
	%6101 = add i32 %5222, %6100
	%6102 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6103 = bitcast i8 addrspace(3)* %6102 to i32 addrspace(3)*
	%6104 = getelementptr i32, i32 addrspace(3)* %6103, i32 %6101
	%6105 = load i32, i32 addrspace(3)* %6104
	%6106 = add i32 %6097, %6105
	%6107 = mul i32 %3, 8
	%6108 = add i32 %6107, 4
	%6109 = sub i32 255, %6108
	%6110 = add i32 %5222, %6109
	%6111 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6112 = bitcast i8 addrspace(3)* %6111 to i32 addrspace(3)*
	%6113 = getelementptr i32, i32 addrspace(3)* %6112, i32 %6110
	%6114 = load i32, i32 addrspace(3)* %6113
	%6115 = add i32 %6106, %6114
	%6116 = mul i32 %3, 8
	%6117 = add i32 %6116, 5
	%6118 = sub i32 255, %6117
	%6119 = add i32 %5222, %6118
	%6120 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6121 = bitcast i8 addrspace(3)* %6120 to i32 addrspace(3)*
	%6122 = getelementptr i32, i32 addrspace(3)* %6121, i32 %6119
	%6123 = load i32, i32 addrspace(3)* %6122
	%6124 = add i32 %6115, %6123
	%6125 = mul i32 %3, 8
	%6126 = add i32 %6125, 6
	%6127 = sub i32 255, %6126
	%6128 = add i32 %5222, %6127
	%6129 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6130 = bitcast i8 addrspace(3)* %6129 to i32 addrspace(3)*
	%6131 = getelementptr i32, i32 addrspace(3)* %6130, i32 %6128
	%6132 = load i32, i32 addrspace(3)* %6131
	%6133 = add i32 %6124, %6132
	%6134 = mul i32 %3, 8
	%6135 = add i32 %6134, 7
	%6136 = sub i32 255, %6135
	%6137 = add i32 %5222, %6136
	%6138 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6139 = bitcast i8 addrspace(3)* %6138 to i32 addrspace(3)*
	%6140 = getelementptr i32, i32 addrspace(3)* %6139, i32 %6137
	%6141 = load i32, i32 addrspace(3)* %6140
	%6142 = add i32 %6133, %6141
	%6143 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6142, i32 1, i32 0)
	%6144 = icmp uge i32 %3, 1
	%6145 = select i1 %6144, i32 %6143, i32 0
	%6146 = add i32 %6142, %6145
	%6147 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6146, i32 2, i32 0)
	%6148 = icmp uge i32 %3, 2
	%6149 = select i1 %6148, i32 %6147, i32 0
	%6150 = add i32 %6146, %6149
	%6151 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6150, i32 4, i32 0)
	%6152 = icmp uge i32 %3, 4
	%6153 = select i1 %6152, i32 %6151, i32 0
	%6154 = add i32 %6150, %6153
	%6155 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6154, i32 8, i32 0)
	%6156 = icmp uge i32 %3, 8
	%6157 = select i1 %6156, i32 %6155, i32 0
	%6158 = add i32 %6154, %6157
	%6159 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %6158, i32 16, i32 0)
	%6160 = icmp uge i32 %3, 16
	%6161 = select i1 %6160, i32 %6159, i32 0
	%6162 = add i32 %6158, %6161
	%6163 = sub i32 %6162, %6142
	%6164 = icmp slt i32 %6163, %5999
	%6165 = icmp sge i32 %6162, %5999
	%6166 = and i1 %6164, %6165
	%6167 = add i32 %6163, %6078
	%6168 = xor i1 false, true
	%6169 = icmp sge i32 %6167, %5999
	%6170 = and i1 %6168, %6169
	%6171 = mul i32 %3, 8
	%6172 = add i32 %6171, 0
	%6173 = sub i32 255, %6172
	%6174 = select i1 %6170, i32 %6173, i32 0
	%6175 = select i1 %6170, i32 %6163, i32 0
	%6176 = or i1 false, %6170
	%6177 = add i32 %6167, %6087
	%6178 = xor i1 %6176, true
	%6179 = icmp sge i32 %6177, %5999
	%6180 = and i1 %6178, %6179
	%6181 = mul i32 %3, 8
	%6182 = add i32 %6181, 1
	%6183 = sub i32 255, %6182
	%6184 = select i1 %6180, i32 %6183, i32 %6174
	%6185 = select i1 %6180, i32 %6167, i32 %6175
	%6186 = or i1 %6176, %6180
	%6187 = add i32 %6177, %6096
	%6188 = xor i1 %6186, true
	%6189 = icmp sge i32 %6187, %5999
	%6190 = and i1 %6188, %6189
	%6191 = mul i32 %3, 8
	%6192 = add i32 %6191, 2
	%6193 = sub i32 255, %6192
	%6194 = select i1 %6190, i32 %6193, i32 %6184
	%6195 = select i1 %6190, i32 %6177, i32 %6185
	%6196 = or i1 %6186, %6190
	%6197 = add i32 %6187, %6105
	%6198 = xor i1 %6196, true
	%6199 = icmp sge i32 %6197, %5999
	%6200 = and i1 %6198, %6199
	%6201 = mul i32 %3, 8
	%6202 = add i32 %6201, 3
	%6203 = sub i32 255, %6202
	%6204 = select i1 %6200, i32 %6203, i32 %6194
	%6205 = select i1 %6200, i32 %6187, i32 %6195
	%6206 = or i1 %6196, %6200
	%6207 = add i32 %6197, %6114
	%6208 = xor i1 %6206, true
	%6209 = icmp sge i32 %6207, %5999
	%6210 = and i1 %6208, %6209
	%6211 = mul i32 %3, 8
	%6212 = add i32 %6211, 4
	%6213 = sub i32 255, %6212
	%6214 = select i1 %6210, i32 %6213, i32 %6204
	%6215 = select i1 %6210, i32 %6197, i32 %6205
	%6216 = or i1 %6206, %6210
	%6217 = add i32 %6207, %6123
	%6218 = xor i1 %6216, true
	%6219 = icmp sge i32 %6217, %5999
	%6220 = and i1 %6218, %6219
	%6221 = mul i32 %3, 8
	%6222 = add i32 %6221, 5
	%6223 = sub i32 255, %6222
	%6224 = select i1 %6220, i32 %6223, i32 %6214
	%6225 = select i1 %6220, i32 %6207, i32 %6215
	%6226 = or i1 %6216, %6220
	%6227 = add i32 %6217, %6132
	%6228 = xor i1 %6226, true
	%6229 = icmp sge i32 %6227, %5999
	%6230 = and i1 %6228, %6229
	%6231 = mul i32 %3, 8
	%6232 = add i32 %6231, 6
	%6233 = sub i32 255, %6232
	%6234 = select i1 %6230, i32 %6233, i32 %6224
	%6235 = select i1 %6230, i32 %6217, i32 %6225
	%6236 = or i1 %6226, %6230
	%6237 = add i32 %6227, %6141
	%6238 = xor i1 %6236, true
	%6239 = icmp sge i32 %6237, %5999
	%6240 = and i1 %6238, %6239
	%6241 = mul i32 %3, 8
	%6242 = add i32 %6241, 7
	%6243 = sub i32 255, %6242
	%6244 = select i1 %6240, i32 %6243, i32 %6234
	%6245 = select i1 %6240, i32 %6227, i32 %6235
	%6246 = or i1 %6236, %6240
	%6247 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6166)
	%6248 = call i32 @llvm.cttz.i32(i32 %6247, i1 false)
	%6249 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %6244, i32 %6248, i32 31)
	%6250 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %6245, i32 %6248, i32 31)
	%6251 = shl i32 %6249, 0
	%6252 = or i32 %5996, %6251
	%6253 = shl i32 255, 0
	%6254 = or i32 %5998, %6253
	%6255 = sub i32 %5999, %6250
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%6256 = shl i32 1, %3
	%6257 = sub i32 %6256, 1
	br label %6268

6258:
	%6259 = lshr i32 %6066, 0
	%6260 = and i32 %6259, 255
	%6261 = add i32 %5222, %6260
	%6262 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6263 = bitcast i8 addrspace(3)* %6262 to i32 addrspace(3)*
	%6264 = getelementptr i32, i32 addrspace(3)* %6263, i32 %6261
	%6265 = atomicrmw add i32 addrspace(3)* %6264, i32 1 monotonic
	br label %6266

6266:
	%6267 = add i32 %6059, 32
	br label %6058

6268:
	%6269 = phi i32 [ 0, %6070 ], [ %6338, %6333 ]
	%6270 = phi i32 [ 0, %6070 ], [ %6335, %6333 ]
	%6271 = phi i32 [ 0, %6070 ], [ %6337, %6333 ]
	%6272 = icmp slt i32 %6269, %591
	br i1 %6272, label %6273, label %6276

6273:
	%6274 = add i32 %6269, %3
	%6275 = icmp slt i32 %6274, %591
	br i1 %6275, label %6297, label %6307

6276:
	%6277 = icmp ugt i32 %4969, %6252
	%6278 = and i1 %4964, %6277
	%6279 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6278)
	%6280 = call i32 @llvm.ctpop.i32(i32 %6279)
	%6281 = add i32 0, %6280
	%6282 = icmp ugt i32 %4982, %6252
	%6283 = and i1 %4977, %6282
	%6284 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6283)
	%6285 = call i32 @llvm.ctpop.i32(i32 %6284)
	%6286 = add i32 %6281, %6285
	%6287 = icmp ugt i32 %4995, %6252
	%6288 = and i1 %4990, %6287
	%6289 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6288)
	%6290 = call i32 @llvm.ctpop.i32(i32 %6289)
	%6291 = add i32 %6286, %6290
	%6292 = icmp ugt i32 %5008, %6252
	%6293 = and i1 %5003, %6292
	%6294 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6293)
	%6295 = call i32 @llvm.ctpop.i32(i32 %6294)
	%6296 = add i32 %6291, %6295
	br label %5271

6297:
	%6298 = add i32 %5221, %6274
	%6299 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%6300 = bitcast i8 addrspace(3)* %6299 to i32 addrspace(3)*
	%6301 = getelementptr i32, i32 addrspace(3)* %6300, i32 %6298
	%6302 = load i32, i32 addrspace(3)* %6301
	%6303 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%6304 = bitcast i8 addrspace(3)* %6303 to i32 addrspace(3)*
	%6305 = getelementptr i32, i32 addrspace(3)* %6304, i32 %6298
	%6306 = load i32, i32 addrspace(3)* %6305
	br label %6307

6307:
	%6308 = phi i32 [ 0, %6273 ], [ %6302, %6297 ]
	%6309 = phi i32 [ 0, %6273 ], [ %6306, %6297 ]
	%6310 = icmp eq i32 %6308, %6252
	%6311 = and i1 %6275, %6310
	%6312 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6311)
	%6313 = and i32 %6312, %6257
	%6314 = call i32 @llvm.ctpop.i32(i32 %6313)
	%6315 = add i32 %6271, %6314
	%6316 = icmp ugt i32 %6308, %6252
	%6317 = icmp slt i32 %6315, %6255
	%6318 = and i1 %6311, %6317
	%6319 = or i1 %6316, %6318
	%6320 = and i1 %6275, %6319
	%6321 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6320)
	%6322 = and i32 %6321, %6257
	%6323 = call i32 @llvm.ctpop.i32(i32 %6322)
	%6324 = add i32 %6270, %6323
	%6325 = add i32 %5221, %6324
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %6320, label %6326, label %6333

6326:
	%6327 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%6328 = bitcast i8 addrspace(3)* %6327 to i32 addrspace(3)*
	%6329 = getelementptr i32, i32 addrspace(3)* %6328, i32 %6325
	store i32 %6308, i32 addrspace(3)* %6329
	%6330 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%6331 = bitcast i8 addrspace(3)* %6330 to i32 addrspace(3)*
	%6332 = getelementptr i32, i32 addrspace(3)* %6331, i32 %6325
	store i32 %6309, i32 addrspace(3)* %6332
	br label %6333

6333:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%6334 = call i32 @llvm.ctpop.i32(i32 %6321)
	%6335 = add i32 %6270, %6334
	%6336 = call i32 @llvm.ctpop.i32(i32 %6312)
	%6337 = add i32 %6271, %6336
	%6338 = add i32 %6269, 32
	br label %6268

6339:
	%6340 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%6341 = bitcast i8 addrspace(3)* %6340 to i32 addrspace(3)*
	%6342 = getelementptr i32, i32 addrspace(3)* %6341, i32 %5289
	store i32 %4969, i32 addrspace(3)* %6342
	%6343 = add i32 0, %3
	%6344 = add i32 %586, %6343
	%6345 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%6346 = bitcast i8 addrspace(3)* %6345 to i32 addrspace(3)*
	%6347 = getelementptr i32, i32 addrspace(3)* %6346, i32 %5289
	store i32 %6344, i32 addrspace(3)* %6347
	br label %6348

6348:
	%6349 = call i32 @llvm.ctpop.i32(i32 %5279)
	%6350 = add i32 %5272, %6349
	%6351 = and i32 %5280, %5284
	%6352 = call i32 @llvm.ctpop.i32(i32 %6351)
	%6353 = add i32 %6350, %6352
	%6354 = add i32 %5285, %6353
	br i1 %5276, label %6355, label %6364

6355:
	%6356 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%6357 = bitcast i8 addrspace(3)* %6356 to i32 addrspace(3)*
	%6358 = getelementptr i32, i32 addrspace(3)* %6357, i32 %6354
	store i32 %4982, i32 addrspace(3)* %6358
	%6359 = add i32 32, %3
	%6360 = add i32 %586, %6359
	%6361 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%6362 = bitcast i8 addrspace(3)* %6361 to i32 addrspace(3)*
	%6363 = getelementptr i32, i32 addrspace(3)* %6362, i32 %6354
	store i32 %6360, i32 addrspace(3)* %6363
	br label %6364

6364:
	%6365 = call i32 @llvm.ctpop.i32(i32 %5280)
	%6366 = add i32 %6350, %6365
	%6367 = and i32 %5281, %5284
	%6368 = call i32 @llvm.ctpop.i32(i32 %6367)
	%6369 = add i32 %6366, %6368
	%6370 = add i32 %5285, %6369
	br i1 %5277, label %6371, label %6380

6371:
	%6372 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%6373 = bitcast i8 addrspace(3)* %6372 to i32 addrspace(3)*
	%6374 = getelementptr i32, i32 addrspace(3)* %6373, i32 %6370
	store i32 %4995, i32 addrspace(3)* %6374
	%6375 = add i32 64, %3
	%6376 = add i32 %586, %6375
	%6377 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%6378 = bitcast i8 addrspace(3)* %6377 to i32 addrspace(3)*
	%6379 = getelementptr i32, i32 addrspace(3)* %6378, i32 %6370
	store i32 %6376, i32 addrspace(3)* %6379
	br label %6380

6380:
	%6381 = call i32 @llvm.ctpop.i32(i32 %5281)
	%6382 = add i32 %6366, %6381
	%6383 = and i32 %5282, %5284
	%6384 = call i32 @llvm.ctpop.i32(i32 %6383)
	%6385 = add i32 %6382, %6384
	%6386 = add i32 %5285, %6385
	br i1 %5278, label %6387, label %6396

6387:
	%6388 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%6389 = bitcast i8 addrspace(3)* %6388 to i32 addrspace(3)*
	%6390 = getelementptr i32, i32 addrspace(3)* %6389, i32 %6386
	store i32 %5008, i32 addrspace(3)* %6390
	%6391 = add i32 96, %3
	%6392 = add i32 %586, %6391
	%6393 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%6394 = bitcast i8 addrspace(3)* %6393 to i32 addrspace(3)*
	%6395 = getelementptr i32, i32 addrspace(3)* %6394, i32 %6386
	store i32 %6392, i32 addrspace(3)* %6395
	br label %6396

6396:
	%6397 = call i32 @llvm.ctpop.i32(i32 %5282)
	%6398 = add i32 %6382, %6397
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%6399 = add i32 %5272, %5274
	br label %5010

6400:
	%6401 = add i32 0, %3
	%6402 = mul i32 %504, 129
	%6403 = add i32 %6402, %6401
	%6404 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%6405 = bitcast i8 addrspace(3)* %6404 to float addrspace(3)*
	%6406 = getelementptr float, float addrspace(3)* %6405, i32 %6403
	%6407 = load float, float addrspace(3)* %6406
	%6408 = fcmp ogt float %6407, 0xFFF0000000000000
	%6409 = fadd float %6407, 0.0
	%6410 = bitcast float %6409 to i32
	%6411 = ashr i32 %6410, 31
	%6412 = or i32 %6411, -2147483648
	%6413 = xor i32 %6410, %6412
	%6414 = add i32 32, %3
	%6415 = mul i32 %504, 129
	%6416 = add i32 %6415, %6414
	%6417 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%6418 = bitcast i8 addrspace(3)* %6417 to float addrspace(3)*
	%6419 = getelementptr float, float addrspace(3)* %6418, i32 %6416
	%6420 = load float, float addrspace(3)* %6419
	%6421 = fcmp ogt float %6420, 0xFFF0000000000000
	%6422 = fadd float %6420, 0.0
	%6423 = bitcast float %6422 to i32
	%6424 = ashr i32 %6423, 31
	%6425 = or i32 %6424, -2147483648
	%6426 = xor i32 %6423, %6425
	%6427 = add i32 64, %3
	%6428 = mul i32 %504, 129
	%6429 = add i32 %6428, %6427
	%6430 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%6431 = bitcast i8 addrspace(3)* %6430 to float addrspace(3)*
	%6432 = getelementptr float, float addrspace(3)* %6431, i32 %6429
	%6433 = load float, float addrspace(3)* %6432
	%6434 = fcmp ogt float %6433, 0xFFF0000000000000
	%6435 = fadd float %6433, 0.0
	%6436 = bitcast float %6435 to i32
	%6437 = ashr i32 %6436, 31
	%6438 = or i32 %6437, -2147483648
	%6439 = xor i32 %6436, %6438
	%6440 = add i32 96, %3
	%6441 = mul i32 %504, 129
	%6442 = add i32 %6441, %6440
	%6443 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 0
	%6444 = bitcast i8 addrspace(3)* %6443 to float addrspace(3)*
	%6445 = getelementptr float, float addrspace(3)* %6444, i32 %6442
	%6446 = load float, float addrspace(3)* %6445
	%6447 = fcmp ogt float %6446, 0xFFF0000000000000
	%6448 = fadd float %6446, 0.0
	%6449 = bitcast float %6448 to i32
	%6450 = ashr i32 %6449, 31
	%6451 = or i32 %6450, -2147483648
	%6452 = xor i32 %6449, %6451
	%6453 = icmp eq i32 %594, 0
	br i1 %6453, label %6458, label %6641

6454:
	%6455 = phi i32 [ %593, %5010 ], [ %7844, %7841 ]
	%6456 = phi i32 [ %594, %5010 ], [ %6718, %7841 ]
	call void @llvm.nvvm.barrier0()
	%6457 = add i32 %586, 128
	br label %585

6458:
	%6459 = select i1 %6408, i32 %6413, i32 0
	%6460 = icmp ugt i32 0, %6459
	%6461 = select i1 %6460, i32 0, i32 %6459
	%6462 = select i1 %6421, i32 %6426, i32 0
	%6463 = icmp ugt i32 %6461, %6462
	%6464 = select i1 %6463, i32 %6461, i32 %6462
	%6465 = select i1 %6434, i32 %6439, i32 0
	%6466 = icmp ugt i32 %6464, %6465
	%6467 = select i1 %6466, i32 %6464, i32 %6465
	%6468 = select i1 %6447, i32 %6452, i32 0
	%6469 = icmp ugt i32 %6467, %6468
	%6470 = select i1 %6469, i32 %6467, i32 %6468
	%6471 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6470, i32 1, i32 31)
	%6472 = and i32 %3, 2
	%6473 = icmp eq i32 %6472, 0
	%6474 = and i32 %3, 1
	%6475 = icmp eq i32 %6474, 0
	%6476 = icmp eq i1 %6473, %6475
	%6477 = icmp ugt i32 %6470, %6471
	%6478 = select i1 %6477, i32 %6470, i32 %6471
	%6479 = icmp ult i32 %6470, %6471
	%6480 = select i1 %6479, i32 %6470, i32 %6471
	%6481 = select i1 %6476, i32 %6478, i32 %6480
	%6482 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6481, i32 2, i32 31)
	%6483 = and i32 %3, 4
	%6484 = icmp eq i32 %6483, 0
	%6485 = and i32 %3, 2
	%6486 = icmp eq i32 %6485, 0
	%6487 = icmp eq i1 %6484, %6486
	%6488 = icmp ugt i32 %6481, %6482
	%6489 = select i1 %6488, i32 %6481, i32 %6482
	%6490 = icmp ult i32 %6481, %6482
	%6491 = select i1 %6490, i32 %6481, i32 %6482
	%6492 = select i1 %6487, i32 %6489, i32 %6491
	%6493 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6492, i32 1, i32 31)
	%6494 = and i32 %3, 4
	%6495 = icmp eq i32 %6494, 0
	%6496 = and i32 %3, 1
	%6497 = icmp eq i32 %6496, 0
	%6498 = icmp eq i1 %6495, %6497
	%6499 = icmp ugt i32 %6492, %6493
	%6500 = select i1 %6499, i32 %6492, i32 %6493
	%6501 = icmp ult i32 %6492, %6493
	%6502 = select i1 %6501, i32 %6492, i32 %6493
	%6503 = select i1 %6498, i32 %6500, i32 %6502
	%6504 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6503, i32 4, i32 31)
	%6505 = and i32 %3, 8
	%6506 = icmp eq i32 %6505, 0
	%6507 = and i32 %3, 4
	%6508 = icmp eq i32 %6507, 0
	%6509 = icmp eq i1 %6506, %6508
	%6510 = icmp ugt i32 %6503, %6504
	%6511 = select i1 %6510, i32 %6503, i32 %6504
	%6512 = icmp ult i32 %6503, %6504
	%6513 = select i1 %6512, i32 %6503, i32 %6504
	%6514 = select i1 %6509, i32 %6511, i32 %6513
	%6515 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6514, i32 2, i32 31)
	%6516 = and i32 %3, 8
	%6517 = icmp eq i32 %6516, 0
	%6518 = and i32 %3, 2
	%6519 = icmp eq i32 %6518, 0
	%6520 = icmp eq i1 %6517, %6519
	%6521 = icmp ugt i32 %6514, %6515
	%6522 = select i1 %6521, i32 %6514, i32 %6515
	%6523 = icmp ult i32 %6514, %6515
	%6524 = select i1 %6523, i32 %6514, i32 %6515
	%6525 = select i1 %6520, i32 %6522, i32 %6524
	%6526 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6525, i32 1, i32 31)
	%6527 = and i32 %3, 8
	%6528 = icmp eq i32 %6527, 0
	%6529 = and i32 %3, 1
	%6530 = icmp eq i32 %6529, 0
	%6531 = icmp eq i1 %6528, %6530
	%6532 = icmp ugt i32 %6525, %6526
	%6533 = select i1 %6532, i32 %6525, i32 %6526
	%6534 = icmp ult i32 %6525, %6526
	%6535 = select i1 %6534, i32 %6525, i32 %6526
	%6536 = select i1 %6531, i32 %6533, i32 %6535
	%6537 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6536, i32 8, i32 31)
	%6538 = and i32 %3, 16
	%6539 = icmp eq i32 %6538, 0
	%6540 = and i32 %3, 8
	%6541 = icmp eq i32 %6540, 0
	%6542 = icmp eq i1 %6539, %6541
	%6543 = icmp ugt i32 %6536, %6537
	%6544 = select i1 %6543, i32 %6536, i32 %6537
	%6545 = icmp ult i32 %6536, %6537
	%6546 = select i1 %6545, i32 %6536, i32 %6537
	%6547 = select i1 %6542, i32 %6544, i32 %6546
	%6548 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6547, i32 4, i32 31)
	%6549 = and i32 %3, 16
	%6550 = icmp eq i32 %6549, 0
	%6551 = and i32 %3, 4
	%6552 = icmp eq i32 %6551, 0
	%6553 = icmp eq i1 %6550, %6552
	%6554 = icmp ugt i32 %6547, %6548
	%6555 = select i1 %6554, i32 %6547, i32 %6548
	%6556 = icmp ult i32 %6547, %6548
	%6557 = select i1 %6556, i32 %6547, i32 %6548
	%6558 = select i1 %6553, i32 %6555, i32 %6557
	%6559 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6558, i32 2, i32 31)
	%6560 = and i32 %3, 16
	%6561 = icmp eq i32 %6560, 0
	%6562 = and i32 %3, 2
	%6563 = icmp eq i32 %6562, 0
	%6564 = icmp eq i1 %6561, %6563
	%6565 = icmp ugt i32 %6558, %6559
	%6566 = select i1 %6565, i32 %6558, i32 %6559
	%6567 = icmp ult i32 %6558, %6559
	%6568 = select i1 %6567, i32 %6558, i32 %6559
	%6569 = select i1 %6564, i32 %6566, i32 %6568
	%6570 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6569, i32 1, i32 31)
	%6571 = and i32 %3, 16
	%6572 = icmp eq i32 %6571, 0
	%6573 = and i32 %3, 1
	%6574 = icmp eq i32 %6573, 0
	%6575 = icmp eq i1 %6572, %6574
	%6576 = icmp ugt i32 %6569, %6570
	%6577 = select i1 %6576, i32 %6569, i32 %6570
	%6578 = icmp ult i32 %6569, %6570
	%6579 = select i1 %6578, i32 %6569, i32 %6570
	%6580 = select i1 %6575, i32 %6577, i32 %6579
	%6581 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6580, i32 16, i32 31)
	%6582 = and i32 %3, 32
	%6583 = icmp eq i32 %6582, 0
	%6584 = and i32 %3, 16
	%6585 = icmp eq i32 %6584, 0
	%6586 = icmp eq i1 %6583, %6585
	%6587 = icmp ugt i32 %6580, %6581
	%6588 = select i1 %6587, i32 %6580, i32 %6581
	%6589 = icmp ult i32 %6580, %6581
	%6590 = select i1 %6589, i32 %6580, i32 %6581
	%6591 = select i1 %6586, i32 %6588, i32 %6590
	%6592 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6591, i32 8, i32 31)
	%6593 = and i32 %3, 32
	%6594 = icmp eq i32 %6593, 0
	%6595 = and i32 %3, 8
	%6596 = icmp eq i32 %6595, 0
	%6597 = icmp eq i1 %6594, %6596
	%6598 = icmp ugt i32 %6591, %6592
	%6599 = select i1 %6598, i32 %6591, i32 %6592
	%6600 = icmp ult i32 %6591, %6592
	%6601 = select i1 %6600, i32 %6591, i32 %6592
	%6602 = select i1 %6597, i32 %6599, i32 %6601
	%6603 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6602, i32 4, i32 31)
	%6604 = and i32 %3, 32
	%6605 = icmp eq i32 %6604, 0
	%6606 = and i32 %3, 4
	%6607 = icmp eq i32 %6606, 0
	%6608 = icmp eq i1 %6605, %6607
	%6609 = icmp ugt i32 %6602, %6603
	%6610 = select i1 %6609, i32 %6602, i32 %6603
	%6611 = icmp ult i32 %6602, %6603
	%6612 = select i1 %6611, i32 %6602, i32 %6603
	%6613 = select i1 %6608, i32 %6610, i32 %6612
	%6614 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6613, i32 2, i32 31)
	%6615 = and i32 %3, 32
	%6616 = icmp eq i32 %6615, 0
	%6617 = and i32 %3, 2
	%6618 = icmp eq i32 %6617, 0
	%6619 = icmp eq i1 %6616, %6618
	%6620 = icmp ugt i32 %6613, %6614
	%6621 = select i1 %6620, i32 %6613, i32 %6614
	%6622 = icmp ult i32 %6613, %6614
	%6623 = select i1 %6622, i32 %6613, i32 %6614
	%6624 = select i1 %6619, i32 %6621, i32 %6623
	%6625 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %6624, i32 1, i32 31)
	%6626 = and i32 %3, 32
	%6627 = icmp eq i32 %6626, 0
	%6628 = and i32 %3, 1
	%6629 = icmp eq i32 %6628, 0
	%6630 = icmp eq i1 %6627, %6629
	%6631 = icmp ugt i32 %6624, %6625
	%6632 = select i1 %6631, i32 %6624, i32 %6625
	%6633 = icmp ult i32 %6624, %6625
	%6634 = select i1 %6633, i32 %6624, i32 %6625
	%6635 = select i1 %6630, i32 %6632, i32 %6634
	%6636 = sub i32 %541, 1
	%6637 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %6635, i32 %6636, i32 31)
	%6638 = icmp ugt i32 %6637, 0
	%6639 = sub i32 %6637, 1
	%6640 = select i1 %6638, i32 %6639, i32 0
	br label %6641

6641:
	%6642 = phi i32 [ %594, %6400 ], [ %6640, %6458 ]
	%6643 = icmp ugt i32 %6413, %6642
	%6644 = and i1 %6408, %6643
	%6645 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6644)
	%6646 = call i32 @llvm.ctpop.i32(i32 %6645)
	%6647 = add i32 0, %6646
	%6648 = icmp ugt i32 %6426, %6642
	%6649 = and i1 %6421, %6648
	%6650 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6649)
	%6651 = call i32 @llvm.ctpop.i32(i32 %6650)
	%6652 = add i32 %6647, %6651
	%6653 = icmp ugt i32 %6439, %6642
	%6654 = and i1 %6434, %6653
	%6655 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6654)
	%6656 = call i32 @llvm.ctpop.i32(i32 %6655)
	%6657 = add i32 %6652, %6656
	%6658 = icmp ugt i32 %6452, %6642
	%6659 = and i1 %6447, %6658
	%6660 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %6659)
	%6661 = call i32 @llvm.ctpop.i32(i32 %6660)
	%6662 = add i32 %6657, %6661
	%6663 = add i32 %593, %6662
	%6664 = icmp sgt i32 %6663, 160
	br i1 %6664, label %6665, label %6716

6665:
	%6666 = mul i32 %504, 160
	%6667 = mul i32 %4, 256
	%6668 = mul i32 %3, 8
	%6669 = add i32 %6668, 0
	%6670 = add i32 %6667, %6669
	%6671 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6672 = bitcast i8 addrspace(3)* %6671 to i32 addrspace(3)*
	%6673 = getelementptr i32, i32 addrspace(3)* %6672, i32 %6670
	store i32 0, i32 addrspace(3)* %6673
	%6674 = mul i32 %3, 8
	%6675 = add i32 %6674, 1
	%6676 = add i32 %6667, %6675
	%6677 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6678 = bitcast i8 addrspace(3)* %6677 to i32 addrspace(3)*
	%6679 = getelementptr i32, i32 addrspace(3)* %6678, i32 %6676
	store i32 0, i32 addrspace(3)* %6679
	%6680 = mul i32 %3, 8
	%6681 = add i32 %6680, 2
	%6682 = add i32 %6667, %6681
	%6683 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6684 = bitcast i8 addrspace(3)* %6683 to i32 addrspace(3)*
	%6685 = getelementptr i32, i32 addrspace(3)* %6684, i32 %6682
	store i32 0, i32 addrspace(3)* %6685
	%6686 = mul i32 %3, 8
	%6687 = add i32 %6686, 3
	%6688 = add i32 %6667, %6687
	%6689 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6690 = bitcast i8 addrspace(3)* %6689 to i32 addrspace(3)*
	%6691 = getelementptr i32, i32 addrspace(3)* %6690, i32 %6688
	store i32 0, i32 addrspace(3)* %6691
	%6692 = mul i32 %3, 8
	%6693 = add i32 %6692, 4
	%6694 = add i32 %6667, %6693
	%6695 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6696 = bitcast i8 addrspace(3)* %6695 to i32 addrspace(3)*
	%6697 = getelementptr i32, i32 addrspace(3)* %6696, i32 %6694
	store i32 0, i32 addrspace(3)* %6697
	%6698 = mul i32 %3, 8
	%6699 = add i32 %6698, 5
	%6700 = add i32 %6667, %6699
	%6701 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6702 = bitcast i8 addrspace(3)* %6701 to i32 addrspace(3)*
	%6703 = getelementptr i32, i32 addrspace(3)* %6702, i32 %6700
	store i32 0, i32 addrspace(3)* %6703
	%6704 = mul i32 %3, 8
	%6705 = add i32 %6704, 6
	%6706 = add i32 %6667, %6705
	%6707 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6708 = bitcast i8 addrspace(3)* %6707 to i32 addrspace(3)*
	%6709 = getelementptr i32, i32 addrspace(3)* %6708, i32 %6706
	store i32 0, i32 addrspace(3)* %6709
	%6710 = mul i32 %3, 8
	%6711 = add i32 %6710, 7
	%6712 = add i32 %6667, %6711
	%6713 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6714 = bitcast i8 addrspace(3)* %6713 to i32 addrspace(3)*
	%6715 = getelementptr i32, i32 addrspace(3)* %6714, i32 %6712
	store i32 0, i32 addrspace(3)* %6715
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %6735

6716:
	%6717 = phi i32 [ %593, %6641 ], [ %541, %7721 ]
	%6718 = phi i32 [ %6642, %6641 ], [ %7697, %7721 ]
	%6719 = phi i32 [ %6662, %6641 ], [ %7741, %7721 ]
	%6720 = phi i1 [ %6644, %6641 ], [ %7723, %7721 ]
	%6721 = phi i1 [ %6649, %6641 ], [ %7728, %7721 ]
	%6722 = phi i1 [ %6654, %6641 ], [ %7733, %7721 ]
	%6723 = phi i1 [ %6659, %6641 ], [ %7738, %7721 ]
	%6724 = phi i32 [ %6645, %6641 ], [ %7724, %7721 ]
	%6725 = phi i32 [ %6650, %6641 ], [ %7729, %7721 ]
	%6726 = phi i32 [ %6655, %6641 ], [ %7734, %7721 ]
	%6727 = phi i32 [ %6660, %6641 ], [ %7739, %7721 ]
	%6728 = shl i32 1, %3
	%6729 = sub i32 %6728, 1
	%6730 = mul i32 %504, 160
	%6731 = and i32 %6724, %6729
	%6732 = call i32 @llvm.ctpop.i32(i32 %6731)
	%6733 = add i32 %6717, %6732
	%6734 = add i32 %6730, %6733
	br i1 %6720, label %7784, label %7793

6735:
	%6736 = phi i32 [ %3, %6665 ], [ %6990, %6989 ]
	%6737 = icmp slt i32 %6736, %593
	br i1 %6737, label %6738, label %6747

6738:
	%6739 = add i32 %6666, %6736
	%6740 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%6741 = bitcast i8 addrspace(3)* %6740 to i32 addrspace(3)*
	%6742 = getelementptr i32, i32 addrspace(3)* %6741, i32 %6739
	%6743 = load i32, i32 addrspace(3)* %6742
	%6744 = and i32 %6743, 0
	%6745 = icmp eq i32 %6744, 0
	%6746 = and i1 true, %6745
	br i1 %6746, label %6981, label %6989

6747:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%6748 = mul i32 %3, 8
	%6749 = add i32 %6748, 0
	%6750 = sub i32 255, %6749
	%6751 = add i32 %6667, %6750
	%6752 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6753 = bitcast i8 addrspace(3)* %6752 to i32 addrspace(3)*
	%6754 = getelementptr i32, i32 addrspace(3)* %6753, i32 %6751
	%6755 = load i32, i32 addrspace(3)* %6754
	%6756 = add i32 0, %6755
	%6757 = mul i32 %3, 8
	%6758 = add i32 %6757, 1
	%6759 = sub i32 255, %6758
	%6760 = add i32 %6667, %6759
	%6761 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6762 = bitcast i8 addrspace(3)* %6761 to i32 addrspace(3)*
	%6763 = getelementptr i32, i32 addrspace(3)* %6762, i32 %6760
	%6764 = load i32, i32 addrspace(3)* %6763
	%6765 = add i32 %6756, %6764
	%6766 = mul i32 %3, 8
	%6767 = add i32 %6766, 2
	%6768 = sub i32 255, %6767
	%6769 = add i32 %6667, %6768
	%6770 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6771 = bitcast i8 addrspace(3)* %6770 to i32 addrspace(3)*
	%6772 = getelementptr i32, i32 addrspace(3)* %6771, i32 %6769
	%6773 = load i32, i32 addrspace(3)* %6772
	%6774 = add i32 %6765, %6773
	%6775 = mul i32 %3, 8
	%6776 = add i32 %6775, 3
	%6777 = sub i32 255, %6776
	%6778 = add i32 %6667, %6777
	%6779 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6780 = bitcast i8 addrspace(3)* %6779 to i32 addrspace(3)*
	%6781 = getelementptr i32, i32 addrspace(3)* %6780, i32 %6778
	%6782 = load i32, i32 addrspace(3)* %6781
	%6783 = add i32 %6774, %6782
	%6784 = mul i32 %3, 8
	%6785 = add i32 %6784, 4
	%6786 = sub i32 255, %6785
	%6787 = add i32 %6667, %6786
	%6788 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6789 = bitcast i8 addrspace(3)* %6788 to i32 addrspace(3)*
	%6790 = getelementptr i32, i32 addrspace(3)* %6789, i32 %6787
	%6791 = load i32, i32 addrspace(3)* %6790
	%6792 = add i32 %6783, %6791
	%6793 = mul i32 %3, 8
	%6794 = add i32 %6793, 5
	%6795 = sub i32 255, %6794
	%6796 = add i32 %6667, %6795
	%6797 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6798 = bitcast i8 addrspace(3)* %6797 to i32 addrspace(3)*
	%6799 = getelementptr i32, i32 addrspace(3)* %6798, i32 %6796
	%6800 = load i32, i32 addrspace(3)* %6799
	%6801 = add i32 %6792, %6800
	%6802 = mul i32 %3, 8
	%6803 = add i32 %6802, 6
	%6804 = sub i32 255, %6803
	%6805 = add i32 %6667, %6804
	%6806 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6807 = bitcast i8 addrspace(3)* %6806 to i32 addrspace(3)*
	%6808 = getelementptr i32, i32 addrspace(3)* %6807, i32 %6805
	%6809 = load i32, i32 addrspace(3)* %6808
	%6810 = add i32 %6801, %6809
	%6811 = mul i32 %3, 8
	%6812 = add i32 %6811, 7
	%6813 = sub i32 255, %6812
	%6814 = add i32 %6667, %6813
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
	%6841 = icmp slt i32 %6840, %541
	%6842 = icmp sge i32 %6839, %541
	%6843 = and i1 %6841, %6842
	%6844 = add i32 %6840, %6755
	%6845 = xor i1 false, true
	%6846 = icmp sge i32 %6844, %541
	%6847 = and i1 %6845, %6846
	%6848 = mul i32 %3, 8
	%6849 = add i32 %6848, 0
	%6850 = sub i32 255, %6849
	%6851 = select i1 %6847, i32 %6850, i32 0
	%6852 = select i1 %6847, i32 %6840, i32 0
	%6853 = or i1 false, %6847
	%6854 = add i32 %6844, %6764
	%6855 = xor i1 %6853, true
	%6856 = icmp sge i32 %6854, %541
	%6857 = and i1 %6855, %6856
	%6858 = mul i32 %3, 8
	%6859 = add i32 %6858, 1
	%6860 = sub i32 255, %6859
	%6861 = select i1 %6857, i32 %6860, i32 %6851
	%6862 = select i1 %6857, i32 %6844, i32 %6852
	%6863 = or i1 %6853, %6857
	%6864 = add i32 %6854, %6773
	%6865 = xor i1 %6863, true
	%6866 = icmp sge i32 %6864, %541
	%6867 = and i1 %6865, %6866
	%6868 = mul i32 %3, 8
	%6869 = add i32 %6868, 2
	%6870 = sub i32 255, %6869
	%6871 = select i1 %6867, i32 %6870, i32 %6861
	%6872 = select i1 %6867, i32 %6854, i32 %6862
	%6873 = or i1 %6863, %6867
	%6874 = add i32 %6864, %6782
	%6875 = xor i1 %6873, true
	%6876 = icmp sge i32 %6874, %541
	%6877 = and i1 %6875, %6876
	%6878 = mul i32 %3, 8
	%6879 = add i32 %6878, 3
	%6880 = sub i32 255, %6879
	%6881 = select i1 %6877, i32 %6880, i32 %6871
	%6882 = select i1 %6877, i32 %6864, i32 %6872
	%6883 = or i1 %6873, %6877
	%6884 = add i32 %6874, %6791
	%6885 = xor i1 %6883, true
	%6886 = icmp sge i32 %6884, %541
	%6887 = and i1 %6885, %6886
	%6888 = mul i32 %3, 8
	%6889 = add i32 %6888, 4
	%6890 = sub i32 255, %6889
	%6891 = select i1 %6887, i32 %6890, i32 %6881
	%6892 = select i1 %6887, i32 %6874, i32 %6882
	%6893 = or i1 %6883, %6887
	%6894 = add i32 %6884, %6800
	%6895 = xor i1 %6893, true
	%6896 = icmp sge i32 %6894, %541
	%6897 = and i1 %6895, %6896
	%6898 = mul i32 %3, 8
	%6899 = add i32 %6898, 5
	%6900 = sub i32 255, %6899
	%6901 = select i1 %6897, i32 %6900, i32 %6891
	%6902 = select i1 %6897, i32 %6884, i32 %6892
	%6903 = or i1 %6893, %6897
	%6904 = add i32 %6894, %6809
	%6905 = xor i1 %6903, true
	%6906 = icmp sge i32 %6904, %541
	%6907 = and i1 %6905, %6906
	%6908 = mul i32 %3, 8
	%6909 = add i32 %6908, 6
	%6910 = sub i32 255, %6909
	%6911 = select i1 %6907, i32 %6910, i32 %6901
	%6912 = select i1 %6907, i32 %6894, i32 %6902
	%6913 = or i1 %6903, %6907
	%6914 = add i32 %6904, %6818
	%6915 = xor i1 %6913, true
	%6916 = icmp sge i32 %6914, %541
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
	%6928 = shl i32 %6926, 24
	%6929 = or i32 0, %6928
	%6930 = shl i32 255, 24
	%6931 = or i32 0, %6930
	%6932 = sub i32 %541, %6927
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%6933 = mul i32 %3, 8
	%6934 = add i32 %6933, 0
	%6935 = add i32 %6667, %6934
	%6936 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6937 = bitcast i8 addrspace(3)* %6936 to i32 addrspace(3)*
	%6938 = getelementptr i32, i32 addrspace(3)* %6937, i32 %6935
	store i32 0, i32 addrspace(3)* %6938
	%6939 = mul i32 %3, 8
	%6940 = add i32 %6939, 1
	%6941 = add i32 %6667, %6940
	%6942 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6943 = bitcast i8 addrspace(3)* %6942 to i32 addrspace(3)*
	%6944 = getelementptr i32, i32 addrspace(3)* %6943, i32 %6941
	store i32 0, i32 addrspace(3)* %6944
	%6945 = mul i32 %3, 8
	%6946 = add i32 %6945, 2
	%6947 = add i32 %6667, %6946
	%6948 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6949 = bitcast i8 addrspace(3)* %6948 to i32 addrspace(3)*
	%6950 = getelementptr i32, i32 addrspace(3)* %6949, i32 %6947
	store i32 0, i32 addrspace(3)* %6950
	%6951 = mul i32 %3, 8
	%6952 = add i32 %6951, 3
	%6953 = add i32 %6667, %6952
	%6954 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6955 = bitcast i8 addrspace(3)* %6954 to i32 addrspace(3)*
	%6956 = getelementptr i32, i32 addrspace(3)* %6955, i32 %6953
	store i32 0, i32 addrspace(3)* %6956
	%6957 = mul i32 %3, 8
	%6958 = add i32 %6957, 4
	%6959 = add i32 %6667, %6958
	%6960 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6961 = bitcast i8 addrspace(3)* %6960 to i32 addrspace(3)*
	%6962 = getelementptr i32, i32 addrspace(3)* %6961, i32 %6959
	store i32 0, i32 addrspace(3)* %6962
	%6963 = mul i32 %3, 8
	%6964 = add i32 %6963, 5
	%6965 = add i32 %6667, %6964
	%6966 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6967 = bitcast i8 addrspace(3)* %6966 to i32 addrspace(3)*
	%6968 = getelementptr i32, i32 addrspace(3)* %6967, i32 %6965
	store i32 0, i32 addrspace(3)* %6968
	%6969 = mul i32 %3, 8
	%6970 = add i32 %6969, 6
	%6971 = add i32 %6667, %6970
	%6972 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6973 = bitcast i8 addrspace(3)* %6972 to i32 addrspace(3)*
	%6974 = getelementptr i32, i32 addrspace(3)* %6973, i32 %6971
	store i32 0, i32 addrspace(3)* %6974
	%6975 = mul i32 %3, 8
	%6976 = add i32 %6975, 7
	%6977 = add i32 %6667, %6976
	%6978 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6979 = bitcast i8 addrspace(3)* %6978 to i32 addrspace(3)*
	%6980 = getelementptr i32, i32 addrspace(3)* %6979, i32 %6977
	store i32 0, i32 addrspace(3)* %6980
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %6991

6981:
	%6982 = lshr i32 %6743, 24
	%6983 = and i32 %6982, 255
	%6984 = add i32 %6667, %6983
	%6985 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%6986 = bitcast i8 addrspace(3)* %6985 to i32 addrspace(3)*
	%6987 = getelementptr i32, i32 addrspace(3)* %6986, i32 %6984
	%6988 = atomicrmw add i32 addrspace(3)* %6987, i32 1 monotonic
	br label %6989

6989:
	%6990 = add i32 %6736, 32
	br label %6735

6991:
	%6992 = phi i32 [ %3, %6747 ], [ %7246, %7245 ]
	%6993 = icmp slt i32 %6992, %593
	br i1 %6993, label %6994, label %7003

6994:
	%6995 = add i32 %6666, %6992
	%6996 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%6997 = bitcast i8 addrspace(3)* %6996 to i32 addrspace(3)*
	%6998 = getelementptr i32, i32 addrspace(3)* %6997, i32 %6995
	%6999 = load i32, i32 addrspace(3)* %6998
	%7000 = and i32 %6999, %6931
	%7001 = icmp eq i32 %7000, %6929
	%7002 = and i1 true, %7001
	br i1 %7002, label %7237, label %7245

7003:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%7004 = mul i32 %3, 8
	%7005 = add i32 %7004, 0
	%7006 = sub i32 255, %7005
	%7007 = add i32 %6667, %7006
	%7008 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7009 = bitcast i8 addrspace(3)* %7008 to i32 addrspace(3)*
	%7010 = getelementptr i32, i32 addrspace(3)* %7009, i32 %7007
	%7011 = load i32, i32 addrspace(3)* %7010
	%7012 = add i32 0, %7011
	%7013 = mul i32 %3, 8
	%7014 = add i32 %7013, 1
	%7015 = sub i32 255, %7014
	%7016 = add i32 %6667, %7015
	%7017 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7018 = bitcast i8 addrspace(3)* %7017 to i32 addrspace(3)*
	%7019 = getelementptr i32, i32 addrspace(3)* %7018, i32 %7016
	%7020 = load i32, i32 addrspace(3)* %7019
	%7021 = add i32 %7012, %7020
	%7022 = mul i32 %3, 8
	%7023 = add i32 %7022, 2
	%7024 = sub i32 255, %7023
	%7025 = add i32 %6667, %7024
	%7026 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7027 = bitcast i8 addrspace(3)* %7026 to i32 addrspace(3)*
	%7028 = getelementptr i32, i32 addrspace(3)* %7027, i32 %7025
	%7029 = load i32, i32 addrspace(3)* %7028
	%7030 = add i32 %7021, %7029
	%7031 = mul i32 %3, 8
	%7032 = add i32 %7031, 3
	%7033 = sub i32 255, %7032
	%7034 = add i32 %6667, %7033
	%7035 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7036 = bitcast i8 addrspace(3)* %7035 to i32 addrspace(3)*
	%7037 = getelementptr i32, i32 addrspace(3)* %7036, i32 %7034
	%7038 = load i32, i32 addrspace(3)* %7037
	%7039 = add i32 %7030, %7038
	%7040 = mul i32 %3, 8
	%7041 = add i32 %7040, 4
	%7042 = sub i32 255, %7041
	%7043 = add i32 %6667, %7042
	%7044 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7045 = bitcast i8 addrspace(3)* %7044 to i32 addrspace(3)*
	%7046 = getelementptr i32, i32 addrspace(3)* %7045, i32 %7043
	%7047 = load i32, i32 addrspace(3)* %7046
	%7048 = add i32 %7039, %7047
	%7049 = mul i32 %3, 8
	%7050 = add i32 %7049, 5
	%7051 = sub i32 255, %7050
	%7052 = add i32 %6667, %7051
	%7053 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7054 = bitcast i8 addrspace(3)* %7053 to i32 addrspace(3)*
	%7055 = getelementptr i32, i32 addrspace(3)* %7054, i32 %7052
	%7056 = load i32, i32 addrspace(3)* %7055
	%7057 = add i32 %7048, %7056
	%7058 = mul i32 %3, 8
	%7059 = add i32 %7058, 6
	%7060 = sub i32 255, %7059
	%7061 = add i32 %6667, %7060
	%7062 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7063 = bitcast i8 addrspace(3)* %7062 to i32 addrspace(3)*
	%7064 = getelementptr i32, i32 addrspace(3)* %7063, i32 %7061
	%7065 = load i32, i32 addrspace(3)* %7064
	%7066 = add i32 %7057, %7065
	%7067 = mul i32 %3, 8
	%7068 = add i32 %7067, 7
	%7069 = sub i32 255, %7068
	%7070 = add i32 %6667, %7069
	%7071 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7072 = bitcast i8 addrspace(3)* %7071 to i32 addrspace(3)*
	%7073 = getelementptr i32, i32 addrspace(3)* %7072, i32 %7070
	%7074 = load i32, i32 addrspace(3)* %7073
	%7075 = add i32 %7066, %7074
	%7076 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7075, i32 1, i32 0)
	%7077 = icmp uge i32 %3, 1
	%7078 = select i1 %7077, i32 %7076, i32 0
	%7079 = add i32 %7075, %7078
	%7080 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7079, i32 2, i32 0)
	%7081 = icmp uge i32 %3, 2
	%7082 = select i1 %7081, i32 %7080, i32 0
	%7083 = add i32 %7079, %7082
	%7084 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7083, i32 4, i32 0)
	%7085 = icmp uge i32 %3, 4
	%7086 = select i1 %7085, i32 %7084, i32 0
	%7087 = add i32 %7083, %7086
	%7088 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7087, i32 8, i32 0)
	%7089 = icmp uge i32 %3, 8
	%7090 = select i1 %7089, i32 %7088, i32 0
	%7091 = add i32 %7087, %7090
	%7092 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7091, i32 16, i32 0)
	%7093 = icmp uge i32 %3, 16
	%7094 = select i1 %7093, i32 %7092, i32 0
	%7095 = add i32 %7091, %7094
	%7096 = sub i32 %7095, %7075
	%7097 = icmp slt i32 %7096, %6932
	%7098 = icmp sge i32 %7095, %6932
	%7099 = and i1 %7097, %7098
	%7100 = add i32 %7096, %7011
	%7101 = xor i1 false, true
	%7102 = icmp sge i32 %7100, %6932
	%7103 = and i1 %7101, %7102
	%7104 = mul i32 %3, 8
	%7105 = add i32 %7104, 0
	%7106 = sub i32 255, %7105
	%7107 = select i1 %7103, i32 %7106, i32 0
	%7108 = select i1 %7103, i32 %7096, i32 0
	%7109 = or i1 false, %7103
	%7110 = add i32 %7100, %7020
	%7111 = xor i1 %7109, true
	%7112 = icmp sge i32 %7110, %6932
	%7113 = and i1 %7111, %7112
	%7114 = mul i32 %3, 8
	%7115 = add i32 %7114, 1
	%7116 = sub i32 255, %7115
	%7117 = select i1 %7113, i32 %7116, i32 %7107
	%7118 = select i1 %7113, i32 %7100, i32 %7108
	%7119 = or i1 %7109, %7113
	%7120 = add i32 %7110, %7029
	%7121 = xor i1 %7119, true
	%7122 = icmp sge i32 %7120, %6932
	%7123 = and i1 %7121, %7122
	%7124 = mul i32 %3, 8
	%7125 = add i32 %7124, 2
	%7126 = sub i32 255, %7125
	%7127 = select i1 %7123, i32 %7126, i32 %7117
	%7128 = select i1 %7123, i32 %7110, i32 %7118
	%7129 = or i1 %7119, %7123
	%7130 = add i32 %7120, %7038
	%7131 = xor i1 %7129, true
	%7132 = icmp sge i32 %7130, %6932
	%7133 = and i1 %7131, %7132
	%7134 = mul i32 %3, 8
	%7135 = add i32 %7134, 3
	%7136 = sub i32 255, %7135
	%7137 = select i1 %7133, i32 %7136, i32 %7127
	%7138 = select i1 %7133, i32 %7120, i32 %7128
	%7139 = or i1 %7129, %7133
	%7140 = add i32 %7130, %7047
	%7141 = xor i1 %7139, true
	%7142 = icmp sge i32 %7140, %6932
	%7143 = and i1 %7141, %7142
	%7144 = mul i32 %3, 8
	%7145 = add i32 %7144, 4
	%7146 = sub i32 255, %7145
	%7147 = select i1 %7143, i32 %7146, i32 %7137
	%7148 = select i1 %7143, i32 %7130, i32 %7138
	%7149 = or i1 %7139, %7143
	%7150 = add i32 %7140, %7056
	%7151 = xor i1 %7149, true
	%7152 = icmp sge i32 %7150, %6932
	%7153 = and i1 %7151, %7152
	%7154 = mul i32 %3, 8
	%7155 = add i32 %7154, 5
	%7156 = sub i32 255, %7155
	%7157 = select i1 %7153, i32 %7156, i32 %7147
	%7158 = select i1 %7153, i32 %7140, i32 %7148
	%7159 = or i1 %7149, %7153
	%7160 = add i32 %7150, %7065
	%7161 = xor i1 %7159, true
	%7162 = icmp sge i32 %7160, %6932
	%7163 = and i1 %7161, %7162
	%7164 = mul i32 %3, 8
	%7165 = add i32 %7164, 6
	%7166 = sub i32 255, %7165
	%7167 = select i1 %7163, i32 %7166, i32 %7157
	%7168 = select i1 %7163, i32 %7150, i32 %7158
	%7169 = or i1 %7159, %7163
	%7170 = add i32 %7160, %7074
	%7171 = xor i1 %7169, true
	%7172 = icmp sge i32 %7170, %6932
	%7173 = and i1 %7171, %7172
	%7174 = mul i32 %3, 8
	%7175 = add i32 %7174, 7
	%7176 = sub i32 255, %7175
	%7177 = select i1 %7173, i32 %7176, i32 %7167
	%7178 = select i1 %7173, i32 %7160, i32 %7168
	%7179 = or i1 %7169, %7173
	%7180 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %7099)
	%7181 = call i32 @llvm.cttz.i32(i32 %7180, i1 false)
	%7182 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %7177, i32 %7181, i32 31)
	%7183 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %7178, i32 %7181, i32 31)
	%7184 = shl i32 %7182, 16
	%7185 = or i32 %6929, %7184
	%7186 = shl i32 255, 16
	%7187 = or i32 %6931, %7186
	%7188 = sub i32 %6932, %7183
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%7189 = mul i32 %3, 8
	%7190 = add i32 %7189, 0
	%7191 = add i32 %6667, %7190
	%7192 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7193 = bitcast i8 addrspace(3)* %7192 to i32 addrspace(3)*
	%7194 = getelementptr i32, i32 addrspace(3)* %7193, i32 %7191
	store i32 0, i32 addrspace(3)* %7194
	%7195 = mul i32 %3, 8
	%7196 = add i32 %7195, 1
	%7197 = add i32 %6667, %7196
	%7198 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7199 = bitcast i8 addrspace(3)* %7198 to i32 addrspace(3)*
	%7200 = getelementptr i32, i32 addrspace(3)* %7199, i32 %7197
	store i32 0, i32 addrspace(3)* %7200
	%7201 = mul i32 %3, 8
	%7202 = add i32 %7201, 2
	%7203 = add i32 %6667, %7202
	%7204 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7205 = bitcast i8 addrspace(3)* %7204 to i32 addrspace(3)*
	%7206 = getelementptr i32, i32 addrspace(3)* %7205, i32 %7203
	store i32 0, i32 addrspace(3)* %7206
	%7207 = mul i32 %3, 8
	%7208 = add i32 %7207, 3
	%7209 = add i32 %6667, %7208
	%7210 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7211 = bitcast i8 addrspace(3)* %7210 to i32 addrspace(3)*
	%7212 = getelementptr i32, i32 addrspace(3)* %7211, i32 %7209
	store i32 0, i32 addrspace(3)* %7212
	%7213 = mul i32 %3, 8
	%7214 = add i32 %7213, 4
	%7215 = add i32 %6667, %7214
	%7216 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7217 = bitcast i8 addrspace(3)* %7216 to i32 addrspace(3)*
	%7218 = getelementptr i32, i32 addrspace(3)* %7217, i32 %7215
	store i32 0, i32 addrspace(3)* %7218
	%7219 = mul i32 %3, 8
	%7220 = add i32 %7219, 5
	%7221 = add i32 %6667, %7220
	%7222 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7223 = bitcast i8 addrspace(3)* %7222 to i32 addrspace(3)*
	%7224 = getelementptr i32, i32 addrspace(3)* %7223, i32 %7221
	store i32 0, i32 addrspace(3)* %7224
	%7225 = mul i32 %3, 8
	%7226 = add i32 %7225, 6
	%7227 = add i32 %6667, %7226
	%7228 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7229 = bitcast i8 addrspace(3)* %7228 to i32 addrspace(3)*
	%7230 = getelementptr i32, i32 addrspace(3)* %7229, i32 %7227
	store i32 0, i32 addrspace(3)* %7230
	%7231 = mul i32 %3, 8
	%7232 = add i32 %7231, 7
	%7233 = add i32 %6667, %7232
	%7234 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7235 = bitcast i8 addrspace(3)* %7234 to i32 addrspace(3)*
	%7236 = getelementptr i32, i32 addrspace(3)* %7235, i32 %7233
	store i32 0, i32 addrspace(3)* %7236
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %7247

7237:
	%7238 = lshr i32 %6999, 16
	%7239 = and i32 %7238, 255
	%7240 = add i32 %6667, %7239
	%7241 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7242 = bitcast i8 addrspace(3)* %7241 to i32 addrspace(3)*
	%7243 = getelementptr i32, i32 addrspace(3)* %7242, i32 %7240
	%7244 = atomicrmw add i32 addrspace(3)* %7243, i32 1 monotonic
	br label %7245

7245:
	%7246 = add i32 %6992, 32
	br label %6991

7247:
	%7248 = phi i32 [ %3, %7003 ], [ %7502, %7501 ]
	%7249 = icmp slt i32 %7248, %593
	br i1 %7249, label %7250, label %7259

7250:
	%7251 = add i32 %6666, %7248
	%7252 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%7253 = bitcast i8 addrspace(3)* %7252 to i32 addrspace(3)*
	%7254 = getelementptr i32, i32 addrspace(3)* %7253, i32 %7251
	%7255 = load i32, i32 addrspace(3)* %7254
	%7256 = and i32 %7255, %7187
	%7257 = icmp eq i32 %7256, %7185
	%7258 = and i1 true, %7257
	br i1 %7258, label %7493, label %7501

7259:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%7260 = mul i32 %3, 8
	%7261 = add i32 %7260, 0
	%7262 = sub i32 255, %7261
	%7263 = add i32 %6667, %7262
	%7264 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7265 = bitcast i8 addrspace(3)* %7264 to i32 addrspace(3)*
	%7266 = getelementptr i32, i32 addrspace(3)* %7265, i32 %7263
	%7267 = load i32, i32 addrspace(3)* %7266
	%7268 = add i32 0, %7267
	%7269 = mul i32 %3, 8
	%7270 = add i32 %7269, 1
	%7271 = sub i32 255, %7270
	%7272 = add i32 %6667, %7271
	%7273 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7274 = bitcast i8 addrspace(3)* %7273 to i32 addrspace(3)*
	%7275 = getelementptr i32, i32 addrspace(3)* %7274, i32 %7272
	%7276 = load i32, i32 addrspace(3)* %7275
	%7277 = add i32 %7268, %7276
	%7278 = mul i32 %3, 8
	%7279 = add i32 %7278, 2
	%7280 = sub i32 255, %7279
	%7281 = add i32 %6667, %7280
	%7282 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7283 = bitcast i8 addrspace(3)* %7282 to i32 addrspace(3)*
	%7284 = getelementptr i32, i32 addrspace(3)* %7283, i32 %7281
	%7285 = load i32, i32 addrspace(3)* %7284
	%7286 = add i32 %7277, %7285
	%7287 = mul i32 %3, 8
	%7288 = add i32 %7287, 3
	%7289 = sub i32 255, %7288
	%7290 = add i32 %6667, %7289
	%7291 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7292 = bitcast i8 addrspace(3)* %7291 to i32 addrspace(3)*
	%7293 = getelementptr i32, i32 addrspace(3)* %7292, i32 %7290
	%7294 = load i32, i32 addrspace(3)* %7293
	%7295 = add i32 %7286, %7294
	%7296 = mul i32 %3, 8
	%7297 = add i32 %7296, 4
	%7298 = sub i32 255, %7297
	%7299 = add i32 %6667, %7298
	%7300 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7301 = bitcast i8 addrspace(3)* %7300 to i32 addrspace(3)*
	%7302 = getelementptr i32, i32 addrspace(3)* %7301, i32 %7299
	%7303 = load i32, i32 addrspace(3)* %7302
	%7304 = add i32 %7295, %7303
	%7305 = mul i32 %3, 8
	%7306 = add i32 %7305, 5
	%7307 = sub i32 255, %7306
	%7308 = add i32 %6667, %7307
	%7309 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7310 = bitcast i8 addrspace(3)* %7309 to i32 addrspace(3)*
	%7311 = getelementptr i32, i32 addrspace(3)* %7310, i32 %7308
	%7312 = load i32, i32 addrspace(3)* %7311
	%7313 = add i32 %7304, %7312
	%7314 = mul i32 %3, 8
	%7315 = add i32 %7314, 6
	%7316 = sub i32 255, %7315
	%7317 = add i32 %6667, %7316
	%7318 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7319 = bitcast i8 addrspace(3)* %7318 to i32 addrspace(3)*
	%7320 = getelementptr i32, i32 addrspace(3)* %7319, i32 %7317
	%7321 = load i32, i32 addrspace(3)* %7320
	%7322 = add i32 %7313, %7321
	%7323 = mul i32 %3, 8
	%7324 = add i32 %7323, 7
	%7325 = sub i32 255, %7324
	%7326 = add i32 %6667, %7325
	%7327 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7328 = bitcast i8 addrspace(3)* %7327 to i32 addrspace(3)*
	%7329 = getelementptr i32, i32 addrspace(3)* %7328, i32 %7326
	%7330 = load i32, i32 addrspace(3)* %7329
	%7331 = add i32 %7322, %7330
	%7332 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7331, i32 1, i32 0)
	%7333 = icmp uge i32 %3, 1
	%7334 = select i1 %7333, i32 %7332, i32 0
	%7335 = add i32 %7331, %7334
	%7336 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7335, i32 2, i32 0)
	%7337 = icmp uge i32 %3, 2
	%7338 = select i1 %7337, i32 %7336, i32 0
	%7339 = add i32 %7335, %7338
	%7340 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7339, i32 4, i32 0)
	%7341 = icmp uge i32 %3, 4
	%7342 = select i1 %7341, i32 %7340, i32 0
	%7343 = add i32 %7339, %7342
	%7344 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7343, i32 8, i32 0)
	%7345 = icmp uge i32 %3, 8
	%7346 = select i1 %7345, i32 %7344, i32 0
	%7347 = add i32 %7343, %7346
	%7348 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7347, i32 16, i32 0)
	%7349 = icmp uge i32 %3, 16
	%7350 = select i1 %7349, i32 %7348, i32 0
	%7351 = add i32 %7347, %7350
	%7352 = sub i32 %7351, %7331
	%7353 = icmp slt i32 %7352, %7188
	%7354 = icmp sge i32 %7351, %7188
	%7355 = and i1 %7353, %7354
	%7356 = add i32 %7352, %7267
	%7357 = xor i1 false, true
	%7358 = icmp sge i32 %7356, %7188
	%7359 = and i1 %7357, %7358
	%7360 = mul i32 %3, 8
	%7361 = add i32 %7360, 0
	%7362 = sub i32 255, %7361
	%7363 = select i1 %7359, i32 %7362, i32 0
	%7364 = select i1 %7359, i32 %7352, i32 0
	%7365 = or i1 false, %7359
	%7366 = add i32 %7356, %7276
	%7367 = xor i1 %7365, true
	%7368 = icmp sge i32 %7366, %7188
	%7369 = and i1 %7367, %7368
	%7370 = mul i32 %3, 8
	%7371 = add i32 %7370, 1
	%7372 = sub i32 255, %7371
	%7373 = select i1 %7369, i32 %7372, i32 %7363
	%7374 = select i1 %7369, i32 %7356, i32 %7364
	%7375 = or i1 %7365, %7369
	%7376 = add i32 %7366, %7285
	%7377 = xor i1 %7375, true
	%7378 = icmp sge i32 %7376, %7188
	%7379 = and i1 %7377, %7378
	%7380 = mul i32 %3, 8
	%7381 = add i32 %7380, 2
	%7382 = sub i32 255, %7381
	%7383 = select i1 %7379, i32 %7382, i32 %7373
	%7384 = select i1 %7379, i32 %7366, i32 %7374
	%7385 = or i1 %7375, %7379
	%7386 = add i32 %7376, %7294
	%7387 = xor i1 %7385, true
	%7388 = icmp sge i32 %7386, %7188
	%7389 = and i1 %7387, %7388
	%7390 = mul i32 %3, 8
	%7391 = add i32 %7390, 3
	%7392 = sub i32 255, %7391
	%7393 = select i1 %7389, i32 %7392, i32 %7383
	%7394 = select i1 %7389, i32 %7376, i32 %7384
	%7395 = or i1 %7385, %7389
	%7396 = add i32 %7386, %7303
	%7397 = xor i1 %7395, true
	%7398 = icmp sge i32 %7396, %7188
	%7399 = and i1 %7397, %7398
	%7400 = mul i32 %3, 8
	%7401 = add i32 %7400, 4
	%7402 = sub i32 255, %7401
	%7403 = select i1 %7399, i32 %7402, i32 %7393
	%7404 = select i1 %7399, i32 %7386, i32 %7394
	%7405 = or i1 %7395, %7399
	%7406 = add i32 %7396, %7312
	%7407 = xor i1 %7405, true
	%7408 = icmp sge i32 %7406, %7188
	%7409 = and i1 %7407, %7408
	%7410 = mul i32 %3, 8
	%7411 = add i32 %7410, 5
	%7412 = sub i32 255, %7411
	%7413 = select i1 %7409, i32 %7412, i32 %7403
	%7414 = select i1 %7409, i32 %7396, i32 %7404
	%7415 = or i1 %7405, %7409
	%7416 = add i32 %7406, %7321
	%7417 = xor i1 %7415, true
	%7418 = icmp sge i32 %7416, %7188
	%7419 = and i1 %7417, %7418
	%7420 = mul i32 %3, 8
	%7421 = add i32 %7420, 6
	%7422 = sub i32 255, %7421
	%7423 = select i1 %7419, i32 %7422, i32 %7413
	%7424 = select i1 %7419, i32 %7406, i32 %7414
	%7425 = or i1 %7415, %7419
	%7426 = add i32 %7416, %7330
	%7427 = xor i1 %7425, true
	%7428 = icmp sge i32 %7426, %7188
	%7429 = and i1 %7427, %7428
	%7430 = mul i32 %3, 8
	%7431 = add i32 %7430, 7
	%7432 = sub i32 255, %7431
	%7433 = select i1 %7429, i32 %7432, i32 %7423
	%7434 = select i1 %7429, i32 %7416, i32 %7424
	%7435 = or i1 %7425, %7429
	%7436 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %7355)
	%7437 = call i32 @llvm.cttz.i32(i32 %7436, i1 false)
	%7438 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %7433, i32 %7437, i32 31)
	%7439 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %7434, i32 %7437, i32 31)
	%7440 = shl i32 %7438, 8
	%7441 = or i32 %7185, %7440
	%7442 = shl i32 255, 8
	%7443 = or i32 %7187, %7442
	%7444 = sub i32 %7188, %7439
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%7445 = mul i32 %3, 8
	%7446 = add i32 %7445, 0
	%7447 = add i32 %6667, %7446
	%7448 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7449 = bitcast i8 addrspace(3)* %7448 to i32 addrspace(3)*
	%7450 = getelementptr i32, i32 addrspace(3)* %7449, i32 %7447
	store i32 0, i32 addrspace(3)* %7450
	%7451 = mul i32 %3, 8
	%7452 = add i32 %7451, 1
	%7453 = add i32 %6667, %7452
	%7454 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7455 = bitcast i8 addrspace(3)* %7454 to i32 addrspace(3)*
	%7456 = getelementptr i32, i32 addrspace(3)* %7455, i32 %7453
	store i32 0, i32 addrspace(3)* %7456
	%7457 = mul i32 %3, 8
	%7458 = add i32 %7457, 2
	%7459 = add i32 %6667, %7458
	%7460 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7461 = bitcast i8 addrspace(3)* %7460 to i32 addrspace(3)*
	%7462 = getelementptr i32, i32 addrspace(3)* %7461, i32 %7459
	store i32 0, i32 addrspace(3)* %7462
	%7463 = mul i32 %3, 8
	%7464 = add i32 %7463, 3
	%7465 = add i32 %6667, %7464
	%7466 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7467 = bitcast i8 addrspace(3)* %7466 to i32 addrspace(3)*
	%7468 = getelementptr i32, i32 addrspace(3)* %7467, i32 %7465
	store i32 0, i32 addrspace(3)* %7468
	%7469 = mul i32 %3, 8
	%7470 = add i32 %7469, 4
	%7471 = add i32 %6667, %7470
	%7472 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7473 = bitcast i8 addrspace(3)* %7472 to i32 addrspace(3)*
	%7474 = getelementptr i32, i32 addrspace(3)* %7473, i32 %7471
	store i32 0, i32 addrspace(3)* %7474
	%7475 = mul i32 %3, 8
	%7476 = add i32 %7475, 5
	%7477 = add i32 %6667, %7476
	%7478 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7479 = bitcast i8 addrspace(3)* %7478 to i32 addrspace(3)*
	%7480 = getelementptr i32, i32 addrspace(3)* %7479, i32 %7477
	store i32 0, i32 addrspace(3)* %7480
	%7481 = mul i32 %3, 8
	%7482 = add i32 %7481, 6
	%7483 = add i32 %6667, %7482
	%7484 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7485 = bitcast i8 addrspace(3)* %7484 to i32 addrspace(3)*
	%7486 = getelementptr i32, i32 addrspace(3)* %7485, i32 %7483
	store i32 0, i32 addrspace(3)* %7486
	%7487 = mul i32 %3, 8
	%7488 = add i32 %7487, 7
	%7489 = add i32 %6667, %7488
	%7490 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7491 = bitcast i8 addrspace(3)* %7490 to i32 addrspace(3)*
	%7492 = getelementptr i32, i32 addrspace(3)* %7491, i32 %7489
	store i32 0, i32 addrspace(3)* %7492
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %7503

7493:
	%7494 = lshr i32 %7255, 8
	%7495 = and i32 %7494, 255
	%7496 = add i32 %6667, %7495
	%7497 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7498 = bitcast i8 addrspace(3)* %7497 to i32 addrspace(3)*
	%7499 = getelementptr i32, i32 addrspace(3)* %7498, i32 %7496
	%7500 = atomicrmw add i32 addrspace(3)* %7499, i32 1 monotonic
	br label %7501

7501:
	%7502 = add i32 %7248, 32
	br label %7247

7503:
	%7504 = phi i32 [ %3, %7259 ], [ %7712, %7711 ]
	%7505 = icmp slt i32 %7504, %593
	br i1 %7505, label %7506, label %7515

7506:
	%7507 = add i32 %6666, %7504
	%7508 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%7509 = bitcast i8 addrspace(3)* %7508 to i32 addrspace(3)*
	%7510 = getelementptr i32, i32 addrspace(3)* %7509, i32 %7507
	%7511 = load i32, i32 addrspace(3)* %7510
	%7512 = and i32 %7511, %7443
	%7513 = icmp eq i32 %7512, %7441
	%7514 = and i1 true, %7513
	br i1 %7514, label %7703, label %7711

7515:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%7516 = mul i32 %3, 8
	%7517 = add i32 %7516, 0
	%7518 = sub i32 255, %7517
	%7519 = add i32 %6667, %7518
	%7520 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7521 = bitcast i8 addrspace(3)* %7520 to i32 addrspace(3)*
	%7522 = getelementptr i32, i32 addrspace(3)* %7521, i32 %7519
	%7523 = load i32, i32 addrspace(3)* %7522
	%7524 = add i32 0, %7523
	%7525 = mul i32 %3, 8
	%7526 = add i32 %7525, 1
	%7527 = sub i32 255, %7526
	%7528 = add i32 %6667, %7527
	%7529 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7530 = bitcast i8 addrspace(3)* %7529 to i32 addrspace(3)*
	%7531 = getelementptr i32, i32 addrspace(3)* %7530, i32 %7528
	%7532 = load i32, i32 addrspace(3)* %7531
	%7533 = add i32 %7524, %7532
	%7534 = mul i32 %3, 8
	%7535 = add i32 %7534, 2
	%7536 = sub i32 255, %7535
	%7537 = add i32 %6667, %7536
	%7538 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7539 = bitcast i8 addrspace(3)* %7538 to i32 addrspace(3)*
	%7540 = getelementptr i32, i32 addrspace(3)* %7539, i32 %7537
	%7541 = load i32, i32 addrspace(3)* %7540
	%7542 = add i32 %7533, %7541
	%7543 = mul i32 %3, 8
	%7544 = add i32 %7543, 3
	%7545 = sub i32 255, %7544
	%7546 = add i32 %6667, %7545
	%7547 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7548 = bitcast i8 addrspace(3)* %7547 to i32 addrspace(3)*
	%7549 = getelementptr i32, i32 addrspace(3)* %7548, i32 %7546
	%7550 = load i32, i32 addrspace(3)* %7549
	%7551 = add i32 %7542, %7550
	%7552 = mul i32 %3, 8
	%7553 = add i32 %7552, 4
	%7554 = sub i32 255, %7553
	%7555 = add i32 %6667, %7554
	%7556 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7557 = bitcast i8 addrspace(3)* %7556 to i32 addrspace(3)*
	%7558 = getelementptr i32, i32 addrspace(3)* %7557, i32 %7555
	%7559 = load i32, i32 addrspace(3)* %7558
	%7560 = add i32 %7551, %7559
	%7561 = mul i32 %3, 8
	%7562 = add i32 %7561, 5
	%7563 = sub i32 255, %7562
	%7564 = add i32 %6667, %7563
	%7565 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7566 = bitcast i8 addrspace(3)* %7565 to i32 addrspace(3)*
	%7567 = getelementptr i32, i32 addrspace(3)* %7566, i32 %7564
	%7568 = load i32, i32 addrspace(3)* %7567
	%7569 = add i32 %7560, %7568
	%7570 = mul i32 %3, 8
	%7571 = add i32 %7570, 6
	%7572 = sub i32 255, %7571
	%7573 = add i32 %6667, %7572
	%7574 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7575 = bitcast i8 addrspace(3)* %7574 to i32 addrspace(3)*
	%7576 = getelementptr i32, i32 addrspace(3)* %7575, i32 %7573
	%7577 = load i32, i32 addrspace(3)* %7576
	%7578 = add i32 %7569, %7577
	%7579 = mul i32 %3, 8
	%7580 = add i32 %7579, 7
	%7581 = sub i32 255, %7580
	%7582 = add i32 %6667, %7581
	%7583 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7584 = bitcast i8 addrspace(3)* %7583 to i32 addrspace(3)*
	%7585 = getelementptr i32, i32 addrspace(3)* %7584, i32 %7582
	%7586 = load i32, i32 addrspace(3)* %7585
	%7587 = add i32 %7578, %7586
	%7588 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7587, i32 1, i32 0)
	%7589 = icmp uge i32 %3, 1
	%7590 = select i1 %7589, i32 %7588, i32 0
	%7591 = add i32 %7587, %7590
	%7592 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7591, i32 2, i32 0)
	%7593 = icmp uge i32 %3, 2
	%7594 = select i1 %7593, i32 %7592, i32 0
	%7595 = add i32 %7591, %7594
	%7596 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7595, i32 4, i32 0)
	%7597 = icmp uge i32 %3, 4
	%7598 = select i1 %7597, i32 %7596, i32 0
	%7599 = add i32 %7595, %7598
	%7600 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7599, i32 8, i32 0)
	%7601 = icmp uge i32 %3, 8
	%7602 = select i1 %7601, i32 %7600, i32 0
	%7603 = add i32 %7599, %7602
	%7604 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %7603, i32 16, i32 0)
	%7605 = icmp uge i32 %3, 16
	%7606 = select i1 %7605, i32 %7604, i32 0
	%7607 = add i32 %7603, %7606
	%7608 = sub i32 %7607, %7587
	%7609 = icmp slt i32 %7608, %7444
	%7610 = icmp sge i32 %7607, %7444
	%7611 = and i1 %7609, %7610
	%7612 = add i32 %7608, %7523
	%7613 = xor i1 false, true
	%7614 = icmp sge i32 %7612, %7444
	%7615 = and i1 %7613, %7614
	%7616 = mul i32 %3, 8
	%7617 = add i32 %7616, 0
	%7618 = sub i32 255, %7617
	%7619 = select i1 %7615, i32 %7618, i32 0
	%7620 = select i1 %7615, i32 %7608, i32 0
	%7621 = or i1 false, %7615
	%7622 = add i32 %7612, %7532
	%7623 = xor i1 %7621, true
	%7624 = icmp sge i32 %7622, %7444
	%7625 = and i1 %7623, %7624
	%7626 = mul i32 %3, 8
	%7627 = add i32 %7626, 1
	%7628 = sub i32 255, %7627
	%7629 = select i1 %7625, i32 %7628, i32 %7619
	%7630 = select i1 %7625, i32 %7612, i32 %7620
	%7631 = or i1 %7621, %7625
	%7632 = add i32 %7622, %7541
	%7633 = xor i1 %7631, true
	%7634 = icmp sge i32 %7632, %7444
	%7635 = and i1 %7633, %7634
	%7636 = mul i32 %3, 8
	%7637 = add i32 %7636, 2
	%7638 = sub i32 255, %7637
	%7639 = select i1 %7635, i32 %7638, i32 %7629
	%7640 = select i1 %7635, i32 %7622, i32 %7630
	%7641 = or i1 %7631, %7635
	%7642 = add i32 %7632, %7550
	%7643 = xor i1 %7641, true
	%7644 = icmp sge i32 %7642, %7444
	%7645 = and i1 %7643, %7644
	%7646 = mul i32 %3, 8
	%7647 = add i32 %7646, 3
	%7648 = sub i32 255, %7647
	%7649 = select i1 %7645, i32 %7648, i32 %7639
	%7650 = select i1 %7645, i32 %7632, i32 %7640
	%7651 = or i1 %7641, %7645
	%7652 = add i32 %7642, %7559
	%7653 = xor i1 %7651, true
	%7654 = icmp sge i32 %7652, %7444
	%7655 = and i1 %7653, %7654
	%7656 = mul i32 %3, 8
	%7657 = add i32 %7656, 4
	%7658 = sub i32 255, %7657
	%7659 = select i1 %7655, i32 %7658, i32 %7649
	%7660 = select i1 %7655, i32 %7642, i32 %7650
	%7661 = or i1 %7651, %7655
	%7662 = add i32 %7652, %7568
	%7663 = xor i1 %7661, true
	%7664 = icmp sge i32 %7662, %7444
	%7665 = and i1 %7663, %7664
	%7666 = mul i32 %3, 8
	%7667 = add i32 %7666, 5
	%7668 = sub i32 255, %7667
	%7669 = select i1 %7665, i32 %7668, i32 %7659
	%7670 = select i1 %7665, i32 %7652, i32 %7660
	%7671 = or i1 %7661, %7665
	%7672 = add i32 %7662, %7577
	%7673 = xor i1 %7671, true
	%7674 = icmp sge i32 %7672, %7444
	%7675 = and i1 %7673, %7674
	%7676 = mul i32 %3, 8
	%7677 = add i32 %7676, 6
	%7678 = sub i32 255, %7677
	%7679 = select i1 %7675, i32 %7678, i32 %7669
	%7680 = select i1 %7675, i32 %7662, i32 %7670
	%7681 = or i1 %7671, %7675
	%7682 = add i32 %7672, %7586
	%7683 = xor i1 %7681, true
	%7684 = icmp sge i32 %7682, %7444
	%7685 = and i1 %7683, %7684
	%7686 = mul i32 %3, 8
	%7687 = add i32 %7686, 7
	%7688 = sub i32 255, %7687
	%7689 = select i1 %7685, i32 %7688, i32 %7679
	%7690 = select i1 %7685, i32 %7672, i32 %7680
	%7691 = or i1 %7681, %7685
	%7692 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %7611)
	%7693 = call i32 @llvm.cttz.i32(i32 %7692, i1 false)
	%7694 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %7689, i32 %7693, i32 31)
	%7695 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %7690, i32 %7693, i32 31)
	%7696 = shl i32 %7694, 0
	%7697 = or i32 %7441, %7696
	%7698 = shl i32 255, 0
	%7699 = or i32 %7443, %7698
	%7700 = sub i32 %7444, %7695
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%7701 = shl i32 1, %3
	%7702 = sub i32 %7701, 1
	br label %7713

7703:
	%7704 = lshr i32 %7511, 0
	%7705 = and i32 %7704, 255
	%7706 = add i32 %6667, %7705
	%7707 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%7708 = bitcast i8 addrspace(3)* %7707 to i32 addrspace(3)*
	%7709 = getelementptr i32, i32 addrspace(3)* %7708, i32 %7706
	%7710 = atomicrmw add i32 addrspace(3)* %7709, i32 1 monotonic
	br label %7711

7711:
	%7712 = add i32 %7504, 32
	br label %7503

7713:
	%7714 = phi i32 [ 0, %7515 ], [ %7783, %7778 ]
	%7715 = phi i32 [ 0, %7515 ], [ %7780, %7778 ]
	%7716 = phi i32 [ 0, %7515 ], [ %7782, %7778 ]
	%7717 = icmp slt i32 %7714, %593
	br i1 %7717, label %7718, label %7721

7718:
	%7719 = add i32 %7714, %3
	%7720 = icmp slt i32 %7719, %593
	br i1 %7720, label %7742, label %7752

7721:
	%7722 = icmp ugt i32 %6413, %7697
	%7723 = and i1 %6408, %7722
	%7724 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %7723)
	%7725 = call i32 @llvm.ctpop.i32(i32 %7724)
	%7726 = add i32 0, %7725
	%7727 = icmp ugt i32 %6426, %7697
	%7728 = and i1 %6421, %7727
	%7729 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %7728)
	%7730 = call i32 @llvm.ctpop.i32(i32 %7729)
	%7731 = add i32 %7726, %7730
	%7732 = icmp ugt i32 %6439, %7697
	%7733 = and i1 %6434, %7732
	%7734 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %7733)
	%7735 = call i32 @llvm.ctpop.i32(i32 %7734)
	%7736 = add i32 %7731, %7735
	%7737 = icmp ugt i32 %6452, %7697
	%7738 = and i1 %6447, %7737
	%7739 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %7738)
	%7740 = call i32 @llvm.ctpop.i32(i32 %7739)
	%7741 = add i32 %7736, %7740
	br label %6716

7742:
	%7743 = add i32 %6666, %7719
	%7744 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%7745 = bitcast i8 addrspace(3)* %7744 to i32 addrspace(3)*
	%7746 = getelementptr i32, i32 addrspace(3)* %7745, i32 %7743
	%7747 = load i32, i32 addrspace(3)* %7746
	%7748 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%7749 = bitcast i8 addrspace(3)* %7748 to i32 addrspace(3)*
	%7750 = getelementptr i32, i32 addrspace(3)* %7749, i32 %7743
	%7751 = load i32, i32 addrspace(3)* %7750
	br label %7752

7752:
	%7753 = phi i32 [ 0, %7718 ], [ %7747, %7742 ]
	%7754 = phi i32 [ 0, %7718 ], [ %7751, %7742 ]
	%7755 = icmp eq i32 %7753, %7697
	%7756 = and i1 %7720, %7755
	%7757 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %7756)
	%7758 = and i32 %7757, %7702
	%7759 = call i32 @llvm.ctpop.i32(i32 %7758)
	%7760 = add i32 %7716, %7759
	%7761 = icmp ugt i32 %7753, %7697
	%7762 = icmp slt i32 %7760, %7700
	%7763 = and i1 %7756, %7762
	%7764 = or i1 %7761, %7763
	%7765 = and i1 %7720, %7764
	%7766 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %7765)
	%7767 = and i32 %7766, %7702
	%7768 = call i32 @llvm.ctpop.i32(i32 %7767)
	%7769 = add i32 %7715, %7768
	%7770 = add i32 %6666, %7769
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %7765, label %7771, label %7778

7771:
	%7772 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%7773 = bitcast i8 addrspace(3)* %7772 to i32 addrspace(3)*
	%7774 = getelementptr i32, i32 addrspace(3)* %7773, i32 %7770
	store i32 %7753, i32 addrspace(3)* %7774
	%7775 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%7776 = bitcast i8 addrspace(3)* %7775 to i32 addrspace(3)*
	%7777 = getelementptr i32, i32 addrspace(3)* %7776, i32 %7770
	store i32 %7754, i32 addrspace(3)* %7777
	br label %7778

7778:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%7779 = call i32 @llvm.ctpop.i32(i32 %7766)
	%7780 = add i32 %7715, %7779
	%7781 = call i32 @llvm.ctpop.i32(i32 %7757)
	%7782 = add i32 %7716, %7781
	%7783 = add i32 %7714, 32
	br label %7713

7784:
	%7785 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%7786 = bitcast i8 addrspace(3)* %7785 to i32 addrspace(3)*
	%7787 = getelementptr i32, i32 addrspace(3)* %7786, i32 %6734
	store i32 %6413, i32 addrspace(3)* %7787
	%7788 = add i32 0, %3
	%7789 = add i32 %586, %7788
	%7790 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%7791 = bitcast i8 addrspace(3)* %7790 to i32 addrspace(3)*
	%7792 = getelementptr i32, i32 addrspace(3)* %7791, i32 %6734
	store i32 %7789, i32 addrspace(3)* %7792
	br label %7793

7793:
	%7794 = call i32 @llvm.ctpop.i32(i32 %6724)
	%7795 = add i32 %6717, %7794
	%7796 = and i32 %6725, %6729
	%7797 = call i32 @llvm.ctpop.i32(i32 %7796)
	%7798 = add i32 %7795, %7797
	%7799 = add i32 %6730, %7798
	br i1 %6721, label %7800, label %7809

7800:
	%7801 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%7802 = bitcast i8 addrspace(3)* %7801 to i32 addrspace(3)*
	%7803 = getelementptr i32, i32 addrspace(3)* %7802, i32 %7799
	store i32 %6426, i32 addrspace(3)* %7803
	%7804 = add i32 32, %3
	%7805 = add i32 %586, %7804
	%7806 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%7807 = bitcast i8 addrspace(3)* %7806 to i32 addrspace(3)*
	%7808 = getelementptr i32, i32 addrspace(3)* %7807, i32 %7799
	store i32 %7805, i32 addrspace(3)* %7808
	br label %7809

7809:
	%7810 = call i32 @llvm.ctpop.i32(i32 %6725)
	%7811 = add i32 %7795, %7810
	%7812 = and i32 %6726, %6729
	%7813 = call i32 @llvm.ctpop.i32(i32 %7812)
	%7814 = add i32 %7811, %7813
	%7815 = add i32 %6730, %7814
	br i1 %6722, label %7816, label %7825

7816:
	%7817 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%7818 = bitcast i8 addrspace(3)* %7817 to i32 addrspace(3)*
	%7819 = getelementptr i32, i32 addrspace(3)* %7818, i32 %7815
	store i32 %6439, i32 addrspace(3)* %7819
	%7820 = add i32 64, %3
	%7821 = add i32 %586, %7820
	%7822 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%7823 = bitcast i8 addrspace(3)* %7822 to i32 addrspace(3)*
	%7824 = getelementptr i32, i32 addrspace(3)* %7823, i32 %7815
	store i32 %7821, i32 addrspace(3)* %7824
	br label %7825

7825:
	%7826 = call i32 @llvm.ctpop.i32(i32 %6726)
	%7827 = add i32 %7811, %7826
	%7828 = and i32 %6727, %6729
	%7829 = call i32 @llvm.ctpop.i32(i32 %7828)
	%7830 = add i32 %7827, %7829
	%7831 = add i32 %6730, %7830
	br i1 %6723, label %7832, label %7841

7832:
	%7833 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%7834 = bitcast i8 addrspace(3)* %7833 to i32 addrspace(3)*
	%7835 = getelementptr i32, i32 addrspace(3)* %7834, i32 %7831
	store i32 %6452, i32 addrspace(3)* %7835
	%7836 = add i32 96, %3
	%7837 = add i32 %586, %7836
	%7838 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%7839 = bitcast i8 addrspace(3)* %7838 to i32 addrspace(3)*
	%7840 = getelementptr i32, i32 addrspace(3)* %7839, i32 %7831
	store i32 %7837, i32 addrspace(3)* %7840
	br label %7841

7841:
	%7842 = call i32 @llvm.ctpop.i32(i32 %6727)
	%7843 = add i32 %7827, %7842
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%7844 = add i32 %6717, %6719
	br label %6454

7845:
	%7846 = add i32 %377, %0
	br label %7850

7847:
	%7848 = add i32 %5, %378
	%7849 = icmp slt i32 %7848, %M
	br i1 %7849, label %7869, label %7871

7850:
	%7851 = phi i32 [ %7846, %7845 ], [ %7868, %7867 ]
	%7852 = icmp slt i32 %7851, %NB
	br i1 %7852, label %7853, label %7854

7853:
	br label %7855

7854:
	br label %7847

7855:
	%7856 = phi i32 [ 0, %7853 ], [ %7866, %7858 ]
	%7857 = icmp slt i32 %7856, %362
	br i1 %7857, label %7858, label %7867

7858:
	%7859 = mul i32 %2, %M
	%7860 = add i32 %5, %7856
	%7861 = add i32 %7859, %7860
	%7862 = mul i32 %7861, %NB
	%7863 = add i32 %7862, %7851
	%7864 = sext i32 %7863 to i64
	%7865 = getelementptr float, float* %e, i64 %7864
	store float 0xFFF0000000000000, float* %7865
	%7866 = add i32 %7856, 1
	br label %7855

7867:
	%7868 = add i32 %7851, 128
	br label %7850

7869:
	%7870 = icmp sgt i32 %587, %415
	br i1 %7870, label %7874, label %7877

7871:
	%7872 = add i32 %5, %420
	%7873 = icmp slt i32 %7872, %M
	br i1 %7873, label %9442, label %9444

7874:
	%7875 = mul i32 %378, 160
	%7876 = icmp sle i32 %587, 64
	br i1 %7876, label %7884, label %7886

7877:
	%7878 = phi i32 [ %587, %7869 ], [ %415, %9336 ]
	%7879 = sub i32 %410, 0
	%7880 = mul i32 %2, %M
	%7881 = add i32 %5, %378
	%7882 = add i32 %7880, %7881
	%7883 = mul i32 %7882, 8
	br label %9379

7884:
	%7885 = icmp slt i32 %3, %587
	br i1 %7885, label %7890, label %7896

7886:
	%7887 = phi i32 [ 0, %7874 ], [ %8288, %7906 ]
	%7888 = phi i32 [ 0, %7874 ], [ %8296, %7906 ]
	%7889 = xor i1 %7876, true
	br i1 %7889, label %8297, label %8347

7890:
	%7891 = add i32 %7875, %3
	%7892 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%7893 = bitcast i8 addrspace(3)* %7892 to i32 addrspace(3)*
	%7894 = getelementptr i32, i32 addrspace(3)* %7893, i32 %7891
	%7895 = load i32, i32 addrspace(3)* %7894
	br label %7896

7896:
	%7897 = phi i32 [ 0, %7884 ], [ %7895, %7890 ]
	%7898 = add i32 %3, 32
	%7899 = icmp slt i32 %7898, %587
	br i1 %7899, label %7900, label %7906

7900:
	%7901 = add i32 %7875, %7898
	%7902 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%7903 = bitcast i8 addrspace(3)* %7902 to i32 addrspace(3)*
	%7904 = getelementptr i32, i32 addrspace(3)* %7903, i32 %7901
	%7905 = load i32, i32 addrspace(3)* %7904
	br label %7906

7906:
	%7907 = phi i32 [ 0, %7896 ], [ %7905, %7900 ]
	%7908 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %7897, i32 1, i32 31)
	%7909 = and i32 %3, 2
	%7910 = icmp eq i32 %7909, 0
	%7911 = and i32 %3, 1
	%7912 = icmp eq i32 %7911, 0
	%7913 = icmp eq i1 %7910, %7912
	%7914 = icmp ugt i32 %7897, %7908
	%7915 = select i1 %7914, i32 %7897, i32 %7908
	%7916 = icmp ult i32 %7897, %7908
	%7917 = select i1 %7916, i32 %7897, i32 %7908
	%7918 = select i1 %7913, i32 %7915, i32 %7917
	%7919 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %7918, i32 2, i32 31)
	%7920 = and i32 %3, 4
	%7921 = icmp eq i32 %7920, 0
	%7922 = and i32 %3, 2
	%7923 = icmp eq i32 %7922, 0
	%7924 = icmp eq i1 %7921, %7923
	%7925 = icmp ugt i32 %7918, %7919
	%7926 = select i1 %7925, i32 %7918, i32 %7919
	%7927 = icmp ult i32 %7918, %7919
	%7928 = select i1 %7927, i32 %7918, i32 %7919
	%7929 = select i1 %7924, i32 %7926, i32 %7928
	%7930 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %7929, i32 1, i32 31)
	%7931 = and i32 %3, 4
	%7932 = icmp eq i32 %7931, 0
	%7933 = and i32 %3, 1
	%7934 = icmp eq i32 %7933, 0
	%7935 = icmp eq i1 %7932, %7934
	%7936 = icmp ugt i32 %7929, %7930
	%7937 = select i1 %7936, i32 %7929, i32 %7930
	%7938 = icmp ult i32 %7929, %7930
	%7939 = select i1 %7938, i32 %7929, i32 %7930
	%7940 = select i1 %7935, i32 %7937, i32 %7939
	%7941 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %7940, i32 4, i32 31)
	%7942 = and i32 %3, 8
	%7943 = icmp eq i32 %7942, 0
	%7944 = and i32 %3, 4
	%7945 = icmp eq i32 %7944, 0
	%7946 = icmp eq i1 %7943, %7945
	%7947 = icmp ugt i32 %7940, %7941
	%7948 = select i1 %7947, i32 %7940, i32 %7941
	%7949 = icmp ult i32 %7940, %7941
	%7950 = select i1 %7949, i32 %7940, i32 %7941
	%7951 = select i1 %7946, i32 %7948, i32 %7950
	%7952 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %7951, i32 2, i32 31)
	%7953 = and i32 %3, 8
	%7954 = icmp eq i32 %7953, 0
	%7955 = and i32 %3, 2
	%7956 = icmp eq i32 %7955, 0
	%7957 = icmp eq i1 %7954, %7956
	%7958 = icmp ugt i32 %7951, %7952
	%7959 = select i1 %7958, i32 %7951, i32 %7952
	%7960 = icmp ult i32 %7951, %7952
	%7961 = select i1 %7960, i32 %7951, i32 %7952
	%7962 = select i1 %7957, i32 %7959, i32 %7961
	%7963 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %7962, i32 1, i32 31)
	%7964 = and i32 %3, 8
	%7965 = icmp eq i32 %7964, 0
	%7966 = and i32 %3, 1
	%7967 = icmp eq i32 %7966, 0
	%7968 = icmp eq i1 %7965, %7967
	%7969 = icmp ugt i32 %7962, %7963
	%7970 = select i1 %7969, i32 %7962, i32 %7963
	%7971 = icmp ult i32 %7962, %7963
	%7972 = select i1 %7971, i32 %7962, i32 %7963
	%7973 = select i1 %7968, i32 %7970, i32 %7972
	%7974 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %7973, i32 8, i32 31)
	%7975 = and i32 %3, 16
	%7976 = icmp eq i32 %7975, 0
	%7977 = and i32 %3, 8
	%7978 = icmp eq i32 %7977, 0
	%7979 = icmp eq i1 %7976, %7978
	%7980 = icmp ugt i32 %7973, %7974
	%7981 = select i1 %7980, i32 %7973, i32 %7974
	%7982 = icmp ult i32 %7973, %7974
	%7983 = select i1 %7982, i32 %7973, i32 %7974
	%7984 = select i1 %7979, i32 %7981, i32 %7983
	%7985 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %7984, i32 4, i32 31)
	%7986 = and i32 %3, 16
	%7987 = icmp eq i32 %7986, 0
	%7988 = and i32 %3, 4
	%7989 = icmp eq i32 %7988, 0
	%7990 = icmp eq i1 %7987, %7989
	%7991 = icmp ugt i32 %7984, %7985
	%7992 = select i1 %7991, i32 %7984, i32 %7985
	%7993 = icmp ult i32 %7984, %7985
	%7994 = select i1 %7993, i32 %7984, i32 %7985
	%7995 = select i1 %7990, i32 %7992, i32 %7994
	%7996 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %7995, i32 2, i32 31)
	%7997 = and i32 %3, 16
	%7998 = icmp eq i32 %7997, 0
	%7999 = and i32 %3, 2
	%8000 = icmp eq i32 %7999, 0
	%8001 = icmp eq i1 %7998, %8000
	%8002 = icmp ugt i32 %7995, %7996
	%8003 = select i1 %8002, i32 %7995, i32 %7996
	%8004 = icmp ult i32 %7995, %7996
	%8005 = select i1 %8004, i32 %7995, i32 %7996
	%8006 = select i1 %8001, i32 %8003, i32 %8005
	%8007 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8006, i32 1, i32 31)
	%8008 = and i32 %3, 16
	%8009 = icmp eq i32 %8008, 0
	%8010 = and i32 %3, 1
	%8011 = icmp eq i32 %8010, 0
	%8012 = icmp eq i1 %8009, %8011
	%8013 = icmp ugt i32 %8006, %8007
	%8014 = select i1 %8013, i32 %8006, i32 %8007
	%8015 = icmp ult i32 %8006, %8007
	%8016 = select i1 %8015, i32 %8006, i32 %8007
	%8017 = select i1 %8012, i32 %8014, i32 %8016
	%8018 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8017, i32 16, i32 31)
	%8019 = and i32 %3, 32
	%8020 = icmp eq i32 %8019, 0
	%8021 = and i32 %3, 16
	%8022 = icmp eq i32 %8021, 0
	%8023 = icmp eq i1 %8020, %8022
	%8024 = icmp ugt i32 %8017, %8018
	%8025 = select i1 %8024, i32 %8017, i32 %8018
	%8026 = icmp ult i32 %8017, %8018
	%8027 = select i1 %8026, i32 %8017, i32 %8018
	%8028 = select i1 %8023, i32 %8025, i32 %8027
	%8029 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8028, i32 8, i32 31)
	%8030 = and i32 %3, 32
	%8031 = icmp eq i32 %8030, 0
	%8032 = and i32 %3, 8
	%8033 = icmp eq i32 %8032, 0
	%8034 = icmp eq i1 %8031, %8033
	%8035 = icmp ugt i32 %8028, %8029
	%8036 = select i1 %8035, i32 %8028, i32 %8029
	%8037 = icmp ult i32 %8028, %8029
	%8038 = select i1 %8037, i32 %8028, i32 %8029
	%8039 = select i1 %8034, i32 %8036, i32 %8038
	%8040 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8039, i32 4, i32 31)
	%8041 = and i32 %3, 32
	%8042 = icmp eq i32 %8041, 0
	%8043 = and i32 %3, 4
	%8044 = icmp eq i32 %8043, 0
	%8045 = icmp eq i1 %8042, %8044
	%8046 = icmp ugt i32 %8039, %8040
	%8047 = select i1 %8046, i32 %8039, i32 %8040
	%8048 = icmp ult i32 %8039, %8040
	%8049 = select i1 %8048, i32 %8039, i32 %8040
	%8050 = select i1 %8045, i32 %8047, i32 %8049
	%8051 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8050, i32 2, i32 31)
	%8052 = and i32 %3, 32
	%8053 = icmp eq i32 %8052, 0
	%8054 = and i32 %3, 2
	%8055 = icmp eq i32 %8054, 0
	%8056 = icmp eq i1 %8053, %8055
	%8057 = icmp ugt i32 %8050, %8051
	%8058 = select i1 %8057, i32 %8050, i32 %8051
	%8059 = icmp ult i32 %8050, %8051
	%8060 = select i1 %8059, i32 %8050, i32 %8051
	%8061 = select i1 %8056, i32 %8058, i32 %8060
	%8062 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8061, i32 1, i32 31)
	%8063 = and i32 %3, 32
	%8064 = icmp eq i32 %8063, 0
	%8065 = and i32 %3, 1
	%8066 = icmp eq i32 %8065, 0
	%8067 = icmp eq i1 %8064, %8066
	%8068 = icmp ugt i32 %8061, %8062
	%8069 = select i1 %8068, i32 %8061, i32 %8062
	%8070 = icmp ult i32 %8061, %8062
	%8071 = select i1 %8070, i32 %8061, i32 %8062
	%8072 = select i1 %8067, i32 %8069, i32 %8071
	%8073 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %7907, i32 1, i32 31)
	%8074 = and i32 %3, 2
	%8075 = icmp eq i32 %8074, 0
	%8076 = and i32 %3, 1
	%8077 = icmp eq i32 %8076, 0
	%8078 = icmp eq i1 %8075, %8077
	%8079 = icmp ugt i32 %7907, %8073
	%8080 = select i1 %8079, i32 %7907, i32 %8073
	%8081 = icmp ult i32 %7907, %8073
	%8082 = select i1 %8081, i32 %7907, i32 %8073
	%8083 = select i1 %8078, i32 %8080, i32 %8082
	%8084 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8083, i32 2, i32 31)
	%8085 = and i32 %3, 4
	%8086 = icmp eq i32 %8085, 0
	%8087 = and i32 %3, 2
	%8088 = icmp eq i32 %8087, 0
	%8089 = icmp eq i1 %8086, %8088
	%8090 = icmp ugt i32 %8083, %8084
	%8091 = select i1 %8090, i32 %8083, i32 %8084
	%8092 = icmp ult i32 %8083, %8084
	%8093 = select i1 %8092, i32 %8083, i32 %8084
	%8094 = select i1 %8089, i32 %8091, i32 %8093
	%8095 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8094, i32 1, i32 31)
	%8096 = and i32 %3, 4
	%8097 = icmp eq i32 %8096, 0
	%8098 = and i32 %3, 1
	%8099 = icmp eq i32 %8098, 0
	%8100 = icmp eq i1 %8097, %8099
	%8101 = icmp ugt i32 %8094, %8095
	%8102 = select i1 %8101, i32 %8094, i32 %8095
	%8103 = icmp ult i32 %8094, %8095
	%8104 = select i1 %8103, i32 %8094, i32 %8095
	%8105 = select i1 %8100, i32 %8102, i32 %8104
	%8106 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8105, i32 4, i32 31)
	%8107 = and i32 %3, 8
	%8108 = icmp eq i32 %8107, 0
	%8109 = and i32 %3, 4
	%8110 = icmp eq i32 %8109, 0
	%8111 = icmp eq i1 %8108, %8110
	%8112 = icmp ugt i32 %8105, %8106
	%8113 = select i1 %8112, i32 %8105, i32 %8106
	%8114 = icmp ult i32 %8105, %8106
	%8115 = select i1 %8114, i32 %8105, i32 %8106
	%8116 = select i1 %8111, i32 %8113, i32 %8115
	%8117 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8116, i32 2, i32 31)
	%8118 = and i32 %3, 8
	%8119 = icmp eq i32 %8118, 0
	%8120 = and i32 %3, 2
	%8121 = icmp eq i32 %8120, 0
	%8122 = icmp eq i1 %8119, %8121
	%8123 = icmp ugt i32 %8116, %8117
	%8124 = select i1 %8123, i32 %8116, i32 %8117
	%8125 = icmp ult i32 %8116, %8117
	%8126 = select i1 %8125, i32 %8116, i32 %8117
	%8127 = select i1 %8122, i32 %8124, i32 %8126
	%8128 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8127, i32 1, i32 31)
	%8129 = and i32 %3, 8
	%8130 = icmp eq i32 %8129, 0
	%8131 = and i32 %3, 1
	%8132 = icmp eq i32 %8131, 0
	%8133 = icmp eq i1 %8130, %8132
	%8134 = icmp ugt i32 %8127, %8128
	%8135 = select i1 %8134, i32 %8127, i32 %8128
	%8136 = icmp ult i32 %8127, %8128
	%8137 = select i1 %8136, i32 %8127, i32 %8128
	%8138 = select i1 %8133, i32 %8135, i32 %8137
	%8139 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8138, i32 8, i32 31)
	%8140 = and i32 %3, 16
	%8141 = icmp eq i32 %8140, 0
	%8142 = and i32 %3, 8
	%8143 = icmp eq i32 %8142, 0
	%8144 = icmp eq i1 %8141, %8143
	%8145 = icmp ugt i32 %8138, %8139
	%8146 = select i1 %8145, i32 %8138, i32 %8139
	%8147 = icmp ult i32 %8138, %8139
	%8148 = select i1 %8147, i32 %8138, i32 %8139
	%8149 = select i1 %8144, i32 %8146, i32 %8148
	%8150 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8149, i32 4, i32 31)
	%8151 = and i32 %3, 16
	%8152 = icmp eq i32 %8151, 0
	%8153 = and i32 %3, 4
	%8154 = icmp eq i32 %8153, 0
	%8155 = icmp eq i1 %8152, %8154
	%8156 = icmp ugt i32 %8149, %8150
	%8157 = select i1 %8156, i32 %8149, i32 %8150
	%8158 = icmp ult i32 %8149, %8150
	%8159 = select i1 %8158, i32 %8149, i32 %8150
	%8160 = select i1 %8155, i32 %8157, i32 %8159
	%8161 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8160, i32 2, i32 31)
	%8162 = and i32 %3, 16
	%8163 = icmp eq i32 %8162, 0
	%8164 = and i32 %3, 2
	%8165 = icmp eq i32 %8164, 0
	%8166 = icmp eq i1 %8163, %8165
	%8167 = icmp ugt i32 %8160, %8161
	%8168 = select i1 %8167, i32 %8160, i32 %8161
	%8169 = icmp ult i32 %8160, %8161
	%8170 = select i1 %8169, i32 %8160, i32 %8161
	%8171 = select i1 %8166, i32 %8168, i32 %8170
	%8172 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8171, i32 1, i32 31)
	%8173 = and i32 %3, 16
	%8174 = icmp eq i32 %8173, 0
	%8175 = and i32 %3, 1
	%8176 = icmp eq i32 %8175, 0
	%8177 = icmp eq i1 %8174, %8176
	%8178 = icmp ugt i32 %8171, %8172
	%8179 = select i1 %8178, i32 %8171, i32 %8172
	%8180 = icmp ult i32 %8171, %8172
	%8181 = select i1 %8180, i32 %8171, i32 %8172
	%8182 = select i1 %8177, i32 %8179, i32 %8181
	%8183 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8182, i32 16, i32 31)
	%8184 = and i32 %3, 32
	%8185 = icmp eq i32 %8184, 0
	%8186 = and i32 %3, 16
	%8187 = icmp eq i32 %8186, 0
	%8188 = icmp eq i1 %8185, %8187
	%8189 = icmp ugt i32 %8182, %8183
	%8190 = select i1 %8189, i32 %8182, i32 %8183
	%8191 = icmp ult i32 %8182, %8183
	%8192 = select i1 %8191, i32 %8182, i32 %8183
	%8193 = select i1 %8188, i32 %8190, i32 %8192
	%8194 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8193, i32 8, i32 31)
	%8195 = and i32 %3, 32
	%8196 = icmp eq i32 %8195, 0
	%8197 = and i32 %3, 8
	%8198 = icmp eq i32 %8197, 0
	%8199 = icmp eq i1 %8196, %8198
	%8200 = icmp ugt i32 %8193, %8194
	%8201 = select i1 %8200, i32 %8193, i32 %8194
	%8202 = icmp ult i32 %8193, %8194
	%8203 = select i1 %8202, i32 %8193, i32 %8194
	%8204 = select i1 %8199, i32 %8201, i32 %8203
	%8205 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8204, i32 4, i32 31)
	%8206 = and i32 %3, 32
	%8207 = icmp eq i32 %8206, 0
	%8208 = and i32 %3, 4
	%8209 = icmp eq i32 %8208, 0
	%8210 = icmp eq i1 %8207, %8209
	%8211 = icmp ugt i32 %8204, %8205
	%8212 = select i1 %8211, i32 %8204, i32 %8205
	%8213 = icmp ult i32 %8204, %8205
	%8214 = select i1 %8213, i32 %8204, i32 %8205
	%8215 = select i1 %8210, i32 %8212, i32 %8214
	%8216 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8215, i32 2, i32 31)
	%8217 = and i32 %3, 32
	%8218 = icmp eq i32 %8217, 0
	%8219 = and i32 %3, 2
	%8220 = icmp eq i32 %8219, 0
	%8221 = icmp eq i1 %8218, %8220
	%8222 = icmp ugt i32 %8215, %8216
	%8223 = select i1 %8222, i32 %8215, i32 %8216
	%8224 = icmp ult i32 %8215, %8216
	%8225 = select i1 %8224, i32 %8215, i32 %8216
	%8226 = select i1 %8221, i32 %8223, i32 %8225
	%8227 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8226, i32 1, i32 31)
	%8228 = and i32 %3, 32
	%8229 = icmp eq i32 %8228, 0
	%8230 = and i32 %3, 1
	%8231 = icmp eq i32 %8230, 0
	%8232 = icmp eq i1 %8229, %8231
	%8233 = icmp ugt i32 %8226, %8227
	%8234 = select i1 %8233, i32 %8226, i32 %8227
	%8235 = icmp ult i32 %8226, %8227
	%8236 = select i1 %8235, i32 %8226, i32 %8227
	%8237 = select i1 %8232, i32 %8234, i32 %8236
	%8238 = sub i32 31, %3
	%8239 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %8237, i32 %8238, i32 31)
	%8240 = icmp ugt i32 %8072, %8239
	%8241 = select i1 %8240, i32 %8072, i32 %8239
	%8242 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8241, i32 16, i32 31)
	%8243 = and i32 %3, 16
	%8244 = icmp eq i32 %8243, 0
	%8245 = icmp eq i1 true, %8244
	%8246 = icmp ugt i32 %8241, %8242
	%8247 = select i1 %8246, i32 %8241, i32 %8242
	%8248 = icmp ult i32 %8241, %8242
	%8249 = select i1 %8248, i32 %8241, i32 %8242
	%8250 = select i1 %8245, i32 %8247, i32 %8249
	%8251 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8250, i32 8, i32 31)
	%8252 = and i32 %3, 8
	%8253 = icmp eq i32 %8252, 0
	%8254 = icmp eq i1 true, %8253
	%8255 = icmp ugt i32 %8250, %8251
	%8256 = select i1 %8255, i32 %8250, i32 %8251
	%8257 = icmp ult i32 %8250, %8251
	%8258 = select i1 %8257, i32 %8250, i32 %8251
	%8259 = select i1 %8254, i32 %8256, i32 %8258
	%8260 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8259, i32 4, i32 31)
	%8261 = and i32 %3, 4
	%8262 = icmp eq i32 %8261, 0
	%8263 = icmp eq i1 true, %8262
	%8264 = icmp ugt i32 %8259, %8260
	%8265 = select i1 %8264, i32 %8259, i32 %8260
	%8266 = icmp ult i32 %8259, %8260
	%8267 = select i1 %8266, i32 %8259, i32 %8260
	%8268 = select i1 %8263, i32 %8265, i32 %8267
	%8269 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8268, i32 2, i32 31)
	%8270 = and i32 %3, 2
	%8271 = icmp eq i32 %8270, 0
	%8272 = icmp eq i1 true, %8271
	%8273 = icmp ugt i32 %8268, %8269
	%8274 = select i1 %8273, i32 %8268, i32 %8269
	%8275 = icmp ult i32 %8268, %8269
	%8276 = select i1 %8275, i32 %8268, i32 %8269
	%8277 = select i1 %8272, i32 %8274, i32 %8276
	%8278 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %8277, i32 1, i32 31)
	%8279 = and i32 %3, 1
	%8280 = icmp eq i32 %8279, 0
	%8281 = icmp eq i1 true, %8280
	%8282 = icmp ugt i32 %8277, %8278
	%8283 = select i1 %8282, i32 %8277, i32 %8278
	%8284 = icmp ult i32 %8277, %8278
	%8285 = select i1 %8284, i32 %8277, i32 %8278
	%8286 = select i1 %8281, i32 %8283, i32 %8285
	%8287 = sub i32 %415, 1
	%8288 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %8286, i32 %8287, i32 31)
	%8289 = icmp ugt i32 %7897, %8288
	%8290 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %8289)
	%8291 = call i32 @llvm.ctpop.i32(i32 %8290)
	%8292 = icmp ugt i32 %7907, %8288
	%8293 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %8292)
	%8294 = call i32 @llvm.ctpop.i32(i32 %8293)
	%8295 = add i32 %8291, %8294
	%8296 = sub i32 %415, %8295
	br label %7886

8297:
	%8298 = mul i32 %4, 256
	%8299 = mul i32 %3, 8
	%8300 = add i32 %8299, 0
	%8301 = add i32 %8298, %8300
	%8302 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8303 = bitcast i8 addrspace(3)* %8302 to i32 addrspace(3)*
	%8304 = getelementptr i32, i32 addrspace(3)* %8303, i32 %8301
	store i32 0, i32 addrspace(3)* %8304
	%8305 = mul i32 %3, 8
	%8306 = add i32 %8305, 1
	%8307 = add i32 %8298, %8306
	%8308 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8309 = bitcast i8 addrspace(3)* %8308 to i32 addrspace(3)*
	%8310 = getelementptr i32, i32 addrspace(3)* %8309, i32 %8307
	store i32 0, i32 addrspace(3)* %8310
	%8311 = mul i32 %3, 8
	%8312 = add i32 %8311, 2
	%8313 = add i32 %8298, %8312
	%8314 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8315 = bitcast i8 addrspace(3)* %8314 to i32 addrspace(3)*
	%8316 = getelementptr i32, i32 addrspace(3)* %8315, i32 %8313
	store i32 0, i32 addrspace(3)* %8316
	%8317 = mul i32 %3, 8
	%8318 = add i32 %8317, 3
	%8319 = add i32 %8298, %8318
	%8320 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8321 = bitcast i8 addrspace(3)* %8320 to i32 addrspace(3)*
	%8322 = getelementptr i32, i32 addrspace(3)* %8321, i32 %8319
	store i32 0, i32 addrspace(3)* %8322
	%8323 = mul i32 %3, 8
	%8324 = add i32 %8323, 4
	%8325 = add i32 %8298, %8324
	%8326 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8327 = bitcast i8 addrspace(3)* %8326 to i32 addrspace(3)*
	%8328 = getelementptr i32, i32 addrspace(3)* %8327, i32 %8325
	store i32 0, i32 addrspace(3)* %8328
	%8329 = mul i32 %3, 8
	%8330 = add i32 %8329, 5
	%8331 = add i32 %8298, %8330
	%8332 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8333 = bitcast i8 addrspace(3)* %8332 to i32 addrspace(3)*
	%8334 = getelementptr i32, i32 addrspace(3)* %8333, i32 %8331
	store i32 0, i32 addrspace(3)* %8334
	%8335 = mul i32 %3, 8
	%8336 = add i32 %8335, 6
	%8337 = add i32 %8298, %8336
	%8338 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8339 = bitcast i8 addrspace(3)* %8338 to i32 addrspace(3)*
	%8340 = getelementptr i32, i32 addrspace(3)* %8339, i32 %8337
	store i32 0, i32 addrspace(3)* %8340
	%8341 = mul i32 %3, 8
	%8342 = add i32 %8341, 7
	%8343 = add i32 %8298, %8342
	%8344 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8345 = bitcast i8 addrspace(3)* %8344 to i32 addrspace(3)*
	%8346 = getelementptr i32, i32 addrspace(3)* %8345, i32 %8343
	store i32 0, i32 addrspace(3)* %8346
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %8352

8347:
	%8348 = phi i32 [ %7887, %7886 ], [ %9314, %9132 ]
	%8349 = phi i32 [ %7888, %7886 ], [ %9317, %9132 ]
	%8350 = shl i32 1, %3
	%8351 = sub i32 %8350, 1
	br label %9328

8352:
	%8353 = phi i32 [ %3, %8297 ], [ %8607, %8606 ]
	%8354 = icmp slt i32 %8353, %587
	br i1 %8354, label %8355, label %8364

8355:
	%8356 = add i32 %7875, %8353
	%8357 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%8358 = bitcast i8 addrspace(3)* %8357 to i32 addrspace(3)*
	%8359 = getelementptr i32, i32 addrspace(3)* %8358, i32 %8356
	%8360 = load i32, i32 addrspace(3)* %8359
	%8361 = and i32 %8360, 0
	%8362 = icmp eq i32 %8361, 0
	%8363 = and i1 true, %8362
	br i1 %8363, label %8598, label %8606

8364:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%8365 = mul i32 %3, 8
	%8366 = add i32 %8365, 0
	%8367 = sub i32 255, %8366
	%8368 = add i32 %8298, %8367
	%8369 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8370 = bitcast i8 addrspace(3)* %8369 to i32 addrspace(3)*
	%8371 = getelementptr i32, i32 addrspace(3)* %8370, i32 %8368
	%8372 = load i32, i32 addrspace(3)* %8371
	%8373 = add i32 0, %8372
	%8374 = mul i32 %3, 8
	%8375 = add i32 %8374, 1
	%8376 = sub i32 255, %8375
	%8377 = add i32 %8298, %8376
	%8378 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8379 = bitcast i8 addrspace(3)* %8378 to i32 addrspace(3)*
	%8380 = getelementptr i32, i32 addrspace(3)* %8379, i32 %8377
	%8381 = load i32, i32 addrspace(3)* %8380
	%8382 = add i32 %8373, %8381
	%8383 = mul i32 %3, 8
	%8384 = add i32 %8383, 2
	%8385 = sub i32 255, %8384
	%8386 = add i32 %8298, %8385
	%8387 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8388 = bitcast i8 addrspace(3)* %8387 to i32 addrspace(3)*
	%8389 = getelementptr i32, i32 addrspace(3)* %8388, i32 %8386
	%8390 = load i32, i32 addrspace(3)* %8389
	%8391 = add i32 %8382, %8390
	%8392 = mul i32 %3, 8
	%8393 = add i32 %8392, 3
	%8394 = sub i32 255, %8393
	%8395 = add i32 %8298, %8394
	%8396 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8397 = bitcast i8 addrspace(3)* %8396 to i32 addrspace(3)*
	%8398 = getelementptr i32, i32 addrspace(3)* %8397, i32 %8395
	%8399 = load i32, i32 addrspace(3)* %8398
	%8400 = add i32 %8391, %8399
	%8401 = mul i32 %3, 8
	%8402 = add i32 %8401, 4
	%8403 = sub i32 255, %8402
	%8404 = add i32 %8298, %8403
	%8405 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8406 = bitcast i8 addrspace(3)* %8405 to i32 addrspace(3)*
	%8407 = getelementptr i32, i32 addrspace(3)* %8406, i32 %8404
	%8408 = load i32, i32 addrspace(3)* %8407
	%8409 = add i32 %8400, %8408
	%8410 = mul i32 %3, 8
	%8411 = add i32 %8410, 5
	%8412 = sub i32 255, %8411
	%8413 = add i32 %8298, %8412
	%8414 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8415 = bitcast i8 addrspace(3)* %8414 to i32 addrspace(3)*
	%8416 = getelementptr i32, i32 addrspace(3)* %8415, i32 %8413
	%8417 = load i32, i32 addrspace(3)* %8416
	%8418 = add i32 %8409, %8417
	%8419 = mul i32 %3, 8
	%8420 = add i32 %8419, 6
	%8421 = sub i32 255, %8420
	%8422 = add i32 %8298, %8421
	%8423 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8424 = bitcast i8 addrspace(3)* %8423 to i32 addrspace(3)*
	%8425 = getelementptr i32, i32 addrspace(3)* %8424, i32 %8422
	%8426 = load i32, i32 addrspace(3)* %8425
	%8427 = add i32 %8418, %8426
	%8428 = mul i32 %3, 8
	%8429 = add i32 %8428, 7
	%8430 = sub i32 255, %8429
	%8431 = add i32 %8298, %8430
	%8432 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8433 = bitcast i8 addrspace(3)* %8432 to i32 addrspace(3)*
	%8434 = getelementptr i32, i32 addrspace(3)* %8433, i32 %8431
	%8435 = load i32, i32 addrspace(3)* %8434
	%8436 = add i32 %8427, %8435
	%8437 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8436, i32 1, i32 0)
	%8438 = icmp uge i32 %3, 1
	%8439 = select i1 %8438, i32 %8437, i32 0
	%8440 = add i32 %8436, %8439
	%8441 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8440, i32 2, i32 0)
	%8442 = icmp uge i32 %3, 2
	%8443 = select i1 %8442, i32 %8441, i32 0
	%8444 = add i32 %8440, %8443
	%8445 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8444, i32 4, i32 0)
	%8446 = icmp uge i32 %3, 4
	%8447 = select i1 %8446, i32 %8445, i32 0
	%8448 = add i32 %8444, %8447
	%8449 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8448, i32 8, i32 0)
	%8450 = icmp uge i32 %3, 8
	%8451 = select i1 %8450, i32 %8449, i32 0
	%8452 = add i32 %8448, %8451
	%8453 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8452, i32 16, i32 0)
	%8454 = icmp uge i32 %3, 16
	%8455 = select i1 %8454, i32 %8453, i32 0
	%8456 = add i32 %8452, %8455
	%8457 = sub i32 %8456, %8436
	%8458 = icmp slt i32 %8457, %415
	%8459 = icmp sge i32 %8456, %415
	%8460 = and i1 %8458, %8459
	%8461 = add i32 %8457, %8372
	%8462 = xor i1 false, true
	%8463 = icmp sge i32 %8461, %415
	%8464 = and i1 %8462, %8463
	%8465 = mul i32 %3, 8
	%8466 = add i32 %8465, 0
	%8467 = sub i32 255, %8466
	%8468 = select i1 %8464, i32 %8467, i32 0
	%8469 = select i1 %8464, i32 %8457, i32 0
	%8470 = or i1 false, %8464
	%8471 = add i32 %8461, %8381
	%8472 = xor i1 %8470, true
	%8473 = icmp sge i32 %8471, %415
	%8474 = and i1 %8472, %8473
	%8475 = mul i32 %3, 8
	%8476 = add i32 %8475, 1
	%8477 = sub i32 255, %8476
	%8478 = select i1 %8474, i32 %8477, i32 %8468
	%8479 = select i1 %8474, i32 %8461, i32 %8469
	%8480 = or i1 %8470, %8474
	%8481 = add i32 %8471, %8390
	%8482 = xor i1 %8480, true
	%8483 = icmp sge i32 %8481, %415
	%8484 = and i1 %8482, %8483
	%8485 = mul i32 %3, 8
	%8486 = add i32 %8485, 2
	%8487 = sub i32 255, %8486
	%8488 = select i1 %8484, i32 %8487, i32 %8478
	%8489 = select i1 %8484, i32 %8471, i32 %8479
	%8490 = or i1 %8480, %8484
	%8491 = add i32 %8481, %8399
	%8492 = xor i1 %8490, true
	%8493 = icmp sge i32 %8491, %415
	%8494 = and i1 %8492, %8493
	%8495 = mul i32 %3, 8
	%8496 = add i32 %8495, 3
	%8497 = sub i32 255, %8496
	%8498 = select i1 %8494, i32 %8497, i32 %8488
	%8499 = select i1 %8494, i32 %8481, i32 %8489
	%8500 = or i1 %8490, %8494
	%8501 = add i32 %8491, %8408
	%8502 = xor i1 %8500, true
	%8503 = icmp sge i32 %8501, %415
	%8504 = and i1 %8502, %8503
	%8505 = mul i32 %3, 8
	%8506 = add i32 %8505, 4
	%8507 = sub i32 255, %8506
	%8508 = select i1 %8504, i32 %8507, i32 %8498
	%8509 = select i1 %8504, i32 %8491, i32 %8499
	%8510 = or i1 %8500, %8504
	%8511 = add i32 %8501, %8417
	%8512 = xor i1 %8510, true
	%8513 = icmp sge i32 %8511, %415
	%8514 = and i1 %8512, %8513
	%8515 = mul i32 %3, 8
	%8516 = add i32 %8515, 5
	%8517 = sub i32 255, %8516
	%8518 = select i1 %8514, i32 %8517, i32 %8508
	%8519 = select i1 %8514, i32 %8501, i32 %8509
	%8520 = or i1 %8510, %8514
	%8521 = add i32 %8511, %8426
	%8522 = xor i1 %8520, true
	%8523 = icmp sge i32 %8521, %415
	%8524 = and i1 %8522, %8523
	%8525 = mul i32 %3, 8
	%8526 = add i32 %8525, 6
	%8527 = sub i32 255, %8526
	%8528 = select i1 %8524, i32 %8527, i32 %8518
	%8529 = select i1 %8524, i32 %8511, i32 %8519
	%8530 = or i1 %8520, %8524
	%8531 = add i32 %8521, %8435
	%8532 = xor i1 %8530, true
	%8533 = icmp sge i32 %8531, %415
	%8534 = and i1 %8532, %8533
	%8535 = mul i32 %3, 8
	%8536 = add i32 %8535, 7
	%8537 = sub i32 255, %8536
	%8538 = select i1 %8534, i32 %8537, i32 %8528
	%8539 = select i1 %8534, i32 %8521, i32 %8529
	%8540 = or i1 %8530, %8534
	%8541 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %8460)
	%8542 = call i32 @llvm.cttz.i32(i32 %8541, i1 false)
	%8543 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %8538, i32 %8542, i32 31)
	%8544 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %8539, i32 %8542, i32 31)
	%8545 = shl i32 %8543, 24
	%8546 = or i32 0, %8545
	%8547 = shl i32 255, 24
	%8548 = or i32 0, %8547
	%8549 = sub i32 %415, %8544
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%8550 = mul i32 %3, 8
	%8551 = add i32 %8550, 0
	%8552 = add i32 %8298, %8551
	%8553 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8554 = bitcast i8 addrspace(3)* %8553 to i32 addrspace(3)*
	%8555 = getelementptr i32, i32 addrspace(3)* %8554, i32 %8552
	store i32 0, i32 addrspace(3)* %8555
	%8556 = mul i32 %3, 8
	%8557 = add i32 %8556, 1
	%8558 = add i32 %8298, %8557
	%8559 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8560 = bitcast i8 addrspace(3)* %8559 to i32 addrspace(3)*
	%8561 = getelementptr i32, i32 addrspace(3)* %8560, i32 %8558
	store i32 0, i32 addrspace(3)* %8561
	%8562 = mul i32 %3, 8
	%8563 = add i32 %8562, 2
	%8564 = add i32 %8298, %8563
	%8565 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8566 = bitcast i8 addrspace(3)* %8565 to i32 addrspace(3)*
	%8567 = getelementptr i32, i32 addrspace(3)* %8566, i32 %8564
	store i32 0, i32 addrspace(3)* %8567
	%8568 = mul i32 %3, 8
	%8569 = add i32 %8568, 3
	%8570 = add i32 %8298, %8569
	%8571 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8572 = bitcast i8 addrspace(3)* %8571 to i32 addrspace(3)*
	%8573 = getelementptr i32, i32 addrspace(3)* %8572, i32 %8570
	store i32 0, i32 addrspace(3)* %8573
	%8574 = mul i32 %3, 8
	%8575 = add i32 %8574, 4
	%8576 = add i32 %8298, %8575
	%8577 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8578 = bitcast i8 addrspace(3)* %8577 to i32 addrspace(3)*
	%8579 = getelementptr i32, i32 addrspace(3)* %8578, i32 %8576
	store i32 0, i32 addrspace(3)* %8579
	%8580 = mul i32 %3, 8
	%8581 = add i32 %8580, 5
	%8582 = add i32 %8298, %8581
	%8583 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8584 = bitcast i8 addrspace(3)* %8583 to i32 addrspace(3)*
	%8585 = getelementptr i32, i32 addrspace(3)* %8584, i32 %8582
	store i32 0, i32 addrspace(3)* %8585
	%8586 = mul i32 %3, 8
	%8587 = add i32 %8586, 6
	%8588 = add i32 %8298, %8587
	%8589 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8590 = bitcast i8 addrspace(3)* %8589 to i32 addrspace(3)*
	%8591 = getelementptr i32, i32 addrspace(3)* %8590, i32 %8588
	store i32 0, i32 addrspace(3)* %8591
	%8592 = mul i32 %3, 8
	%8593 = add i32 %8592, 7
	%8594 = add i32 %8298, %8593
	%8595 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8596 = bitcast i8 addrspace(3)* %8595 to i32 addrspace(3)*
	%8597 = getelementptr i32, i32 addrspace(3)* %8596, i32 %8594
	store i32 0, i32 addrspace(3)* %8597
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %8608

8598:
	%8599 = lshr i32 %8360, 24
	%8600 = and i32 %8599, 255
	%8601 = add i32 %8298, %8600
	%8602 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8603 = bitcast i8 addrspace(3)* %8602 to i32 addrspace(3)*
	%8604 = getelementptr i32, i32 addrspace(3)* %8603, i32 %8601
	%8605 = atomicrmw add i32 addrspace(3)* %8604, i32 1 monotonic
	br label %8606

8606:
	%8607 = add i32 %8353, 32
	br label %8352

8608:
	%8609 = phi i32 [ %3, %8364 ], [ %8863, %8862 ]
	%8610 = icmp slt i32 %8609, %587
	br i1 %8610, label %8611, label %8620

8611:
	%8612 = add i32 %7875, %8609
	%8613 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%8614 = bitcast i8 addrspace(3)* %8613 to i32 addrspace(3)*
	%8615 = getelementptr i32, i32 addrspace(3)* %8614, i32 %8612
	%8616 = load i32, i32 addrspace(3)* %8615
	%8617 = and i32 %8616, %8548
	%8618 = icmp eq i32 %8617, %8546
	%8619 = and i1 true, %8618
	br i1 %8619, label %8854, label %8862

8620:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%8621 = mul i32 %3, 8
	%8622 = add i32 %8621, 0
	%8623 = sub i32 255, %8622
	%8624 = add i32 %8298, %8623
	%8625 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8626 = bitcast i8 addrspace(3)* %8625 to i32 addrspace(3)*
	%8627 = getelementptr i32, i32 addrspace(3)* %8626, i32 %8624
	%8628 = load i32, i32 addrspace(3)* %8627
	%8629 = add i32 0, %8628
	%8630 = mul i32 %3, 8
	%8631 = add i32 %8630, 1
	%8632 = sub i32 255, %8631
	%8633 = add i32 %8298, %8632
	%8634 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8635 = bitcast i8 addrspace(3)* %8634 to i32 addrspace(3)*
	%8636 = getelementptr i32, i32 addrspace(3)* %8635, i32 %8633
	%8637 = load i32, i32 addrspace(3)* %8636
	%8638 = add i32 %8629, %8637
	%8639 = mul i32 %3, 8
	%8640 = add i32 %8639, 2
	%8641 = sub i32 255, %8640
	%8642 = add i32 %8298, %8641
	%8643 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8644 = bitcast i8 addrspace(3)* %8643 to i32 addrspace(3)*
	%8645 = getelementptr i32, i32 addrspace(3)* %8644, i32 %8642
	%8646 = load i32, i32 addrspace(3)* %8645
	%8647 = add i32 %8638, %8646
	%8648 = mul i32 %3, 8
	%8649 = add i32 %8648, 3
	%8650 = sub i32 255, %8649
	%8651 = add i32 %8298, %8650
	%8652 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8653 = bitcast i8 addrspace(3)* %8652 to i32 addrspace(3)*
	%8654 = getelementptr i32, i32 addrspace(3)* %8653, i32 %8651
	%8655 = load i32, i32 addrspace(3)* %8654
	%8656 = add i32 %8647, %8655
	%8657 = mul i32 %3, 8
	%8658 = add i32 %8657, 4
	%8659 = sub i32 255, %8658
	%8660 = add i32 %8298, %8659
	%8661 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8662 = bitcast i8 addrspace(3)* %8661 to i32 addrspace(3)*
	%8663 = getelementptr i32, i32 addrspace(3)* %8662, i32 %8660
	%8664 = load i32, i32 addrspace(3)* %8663
	%8665 = add i32 %8656, %8664
	%8666 = mul i32 %3, 8
	%8667 = add i32 %8666, 5
	%8668 = sub i32 255, %8667
	%8669 = add i32 %8298, %8668
	%8670 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8671 = bitcast i8 addrspace(3)* %8670 to i32 addrspace(3)*
	%8672 = getelementptr i32, i32 addrspace(3)* %8671, i32 %8669
	%8673 = load i32, i32 addrspace(3)* %8672
	%8674 = add i32 %8665, %8673
	%8675 = mul i32 %3, 8
	%8676 = add i32 %8675, 6
	%8677 = sub i32 255, %8676
	%8678 = add i32 %8298, %8677
	%8679 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8680 = bitcast i8 addrspace(3)* %8679 to i32 addrspace(3)*
	%8681 = getelementptr i32, i32 addrspace(3)* %8680, i32 %8678
	%8682 = load i32, i32 addrspace(3)* %8681
	%8683 = add i32 %8674, %8682
	%8684 = mul i32 %3, 8
	%8685 = add i32 %8684, 7
	%8686 = sub i32 255, %8685
	%8687 = add i32 %8298, %8686
	%8688 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8689 = bitcast i8 addrspace(3)* %8688 to i32 addrspace(3)*
	%8690 = getelementptr i32, i32 addrspace(3)* %8689, i32 %8687
	%8691 = load i32, i32 addrspace(3)* %8690
	%8692 = add i32 %8683, %8691
	%8693 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8692, i32 1, i32 0)
	%8694 = icmp uge i32 %3, 1
	%8695 = select i1 %8694, i32 %8693, i32 0
	%8696 = add i32 %8692, %8695
	%8697 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8696, i32 2, i32 0)
	%8698 = icmp uge i32 %3, 2
	%8699 = select i1 %8698, i32 %8697, i32 0
	%8700 = add i32 %8696, %8699
	%8701 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8700, i32 4, i32 0)
	%8702 = icmp uge i32 %3, 4
	%8703 = select i1 %8702, i32 %8701, i32 0
	%8704 = add i32 %8700, %8703
	%8705 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8704, i32 8, i32 0)
	%8706 = icmp uge i32 %3, 8
	%8707 = select i1 %8706, i32 %8705, i32 0
	%8708 = add i32 %8704, %8707
	%8709 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8708, i32 16, i32 0)
	%8710 = icmp uge i32 %3, 16
	%8711 = select i1 %8710, i32 %8709, i32 0
	%8712 = add i32 %8708, %8711
	%8713 = sub i32 %8712, %8692
	%8714 = icmp slt i32 %8713, %8549
	%8715 = icmp sge i32 %8712, %8549
	%8716 = and i1 %8714, %8715
	%8717 = add i32 %8713, %8628
	%8718 = xor i1 false, true
	%8719 = icmp sge i32 %8717, %8549
	%8720 = and i1 %8718, %8719
	%8721 = mul i32 %3, 8
	%8722 = add i32 %8721, 0
	%8723 = sub i32 255, %8722
	%8724 = select i1 %8720, i32 %8723, i32 0
	%8725 = select i1 %8720, i32 %8713, i32 0
	%8726 = or i1 false, %8720
	%8727 = add i32 %8717, %8637
	%8728 = xor i1 %8726, true
	%8729 = icmp sge i32 %8727, %8549
	%8730 = and i1 %8728, %8729
	%8731 = mul i32 %3, 8
	%8732 = add i32 %8731, 1
	%8733 = sub i32 255, %8732
	%8734 = select i1 %8730, i32 %8733, i32 %8724
	%8735 = select i1 %8730, i32 %8717, i32 %8725
	%8736 = or i1 %8726, %8730
	%8737 = add i32 %8727, %8646
	%8738 = xor i1 %8736, true
	%8739 = icmp sge i32 %8737, %8549
	%8740 = and i1 %8738, %8739
	%8741 = mul i32 %3, 8
	%8742 = add i32 %8741, 2
	%8743 = sub i32 255, %8742
	%8744 = select i1 %8740, i32 %8743, i32 %8734
	%8745 = select i1 %8740, i32 %8727, i32 %8735
	%8746 = or i1 %8736, %8740
	%8747 = add i32 %8737, %8655
	%8748 = xor i1 %8746, true
	%8749 = icmp sge i32 %8747, %8549
	%8750 = and i1 %8748, %8749
	%8751 = mul i32 %3, 8
	%8752 = add i32 %8751, 3
	%8753 = sub i32 255, %8752
	%8754 = select i1 %8750, i32 %8753, i32 %8744
	%8755 = select i1 %8750, i32 %8737, i32 %8745
	%8756 = or i1 %8746, %8750
	%8757 = add i32 %8747, %8664
	%8758 = xor i1 %8756, true
	%8759 = icmp sge i32 %8757, %8549
	%8760 = and i1 %8758, %8759
	%8761 = mul i32 %3, 8
	%8762 = add i32 %8761, 4
	%8763 = sub i32 255, %8762
	%8764 = select i1 %8760, i32 %8763, i32 %8754
	%8765 = select i1 %8760, i32 %8747, i32 %8755
	%8766 = or i1 %8756, %8760
	%8767 = add i32 %8757, %8673
	%8768 = xor i1 %8766, true
	%8769 = icmp sge i32 %8767, %8549
	%8770 = and i1 %8768, %8769
	%8771 = mul i32 %3, 8
	%8772 = add i32 %8771, 5
	%8773 = sub i32 255, %8772
	%8774 = select i1 %8770, i32 %8773, i32 %8764
	%8775 = select i1 %8770, i32 %8757, i32 %8765
	%8776 = or i1 %8766, %8770
	%8777 = add i32 %8767, %8682
	%8778 = xor i1 %8776, true
	%8779 = icmp sge i32 %8777, %8549
	%8780 = and i1 %8778, %8779
	%8781 = mul i32 %3, 8
	%8782 = add i32 %8781, 6
	%8783 = sub i32 255, %8782
	%8784 = select i1 %8780, i32 %8783, i32 %8774
	%8785 = select i1 %8780, i32 %8767, i32 %8775
	%8786 = or i1 %8776, %8780
	%8787 = add i32 %8777, %8691
	%8788 = xor i1 %8786, true
	%8789 = icmp sge i32 %8787, %8549
	%8790 = and i1 %8788, %8789
	%8791 = mul i32 %3, 8
	%8792 = add i32 %8791, 7
	%8793 = sub i32 255, %8792
	%8794 = select i1 %8790, i32 %8793, i32 %8784
	%8795 = select i1 %8790, i32 %8777, i32 %8785
	%8796 = or i1 %8786, %8790
	%8797 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %8716)
	%8798 = call i32 @llvm.cttz.i32(i32 %8797, i1 false)
	%8799 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %8794, i32 %8798, i32 31)
	%8800 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %8795, i32 %8798, i32 31)
	%8801 = shl i32 %8799, 16
	%8802 = or i32 %8546, %8801
	%8803 = shl i32 255, 16
	%8804 = or i32 %8548, %8803
	%8805 = sub i32 %8549, %8800
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%8806 = mul i32 %3, 8
	%8807 = add i32 %8806, 0
	%8808 = add i32 %8298, %8807
	%8809 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8810 = bitcast i8 addrspace(3)* %8809 to i32 addrspace(3)*
	%8811 = getelementptr i32, i32 addrspace(3)* %8810, i32 %8808
	store i32 0, i32 addrspace(3)* %8811
	%8812 = mul i32 %3, 8
	%8813 = add i32 %8812, 1
	%8814 = add i32 %8298, %8813
	%8815 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8816 = bitcast i8 addrspace(3)* %8815 to i32 addrspace(3)*
	%8817 = getelementptr i32, i32 addrspace(3)* %8816, i32 %8814
	store i32 0, i32 addrspace(3)* %8817
	%8818 = mul i32 %3, 8
	%8819 = add i32 %8818, 2
	%8820 = add i32 %8298, %8819
	%8821 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8822 = bitcast i8 addrspace(3)* %8821 to i32 addrspace(3)*
	%8823 = getelementptr i32, i32 addrspace(3)* %8822, i32 %8820
	store i32 0, i32 addrspace(3)* %8823
	%8824 = mul i32 %3, 8
	%8825 = add i32 %8824, 3
	%8826 = add i32 %8298, %8825
	%8827 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8828 = bitcast i8 addrspace(3)* %8827 to i32 addrspace(3)*
	%8829 = getelementptr i32, i32 addrspace(3)* %8828, i32 %8826
	store i32 0, i32 addrspace(3)* %8829
	%8830 = mul i32 %3, 8
	%8831 = add i32 %8830, 4
	%8832 = add i32 %8298, %8831
	%8833 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8834 = bitcast i8 addrspace(3)* %8833 to i32 addrspace(3)*
	%8835 = getelementptr i32, i32 addrspace(3)* %8834, i32 %8832
	store i32 0, i32 addrspace(3)* %8835
	%8836 = mul i32 %3, 8
	%8837 = add i32 %8836, 5
	%8838 = add i32 %8298, %8837
	%8839 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8840 = bitcast i8 addrspace(3)* %8839 to i32 addrspace(3)*
	%8841 = getelementptr i32, i32 addrspace(3)* %8840, i32 %8838
	store i32 0, i32 addrspace(3)* %8841
	%8842 = mul i32 %3, 8
	%8843 = add i32 %8842, 6
	%8844 = add i32 %8298, %8843
	%8845 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8846 = bitcast i8 addrspace(3)* %8845 to i32 addrspace(3)*
	%8847 = getelementptr i32, i32 addrspace(3)* %8846, i32 %8844
	store i32 0, i32 addrspace(3)* %8847
	%8848 = mul i32 %3, 8
	%8849 = add i32 %8848, 7
	%8850 = add i32 %8298, %8849
	%8851 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8852 = bitcast i8 addrspace(3)* %8851 to i32 addrspace(3)*
	%8853 = getelementptr i32, i32 addrspace(3)* %8852, i32 %8850
	store i32 0, i32 addrspace(3)* %8853
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %8864

8854:
	%8855 = lshr i32 %8616, 16
	%8856 = and i32 %8855, 255
	%8857 = add i32 %8298, %8856
	%8858 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8859 = bitcast i8 addrspace(3)* %8858 to i32 addrspace(3)*
	%8860 = getelementptr i32, i32 addrspace(3)* %8859, i32 %8857
	%8861 = atomicrmw add i32 addrspace(3)* %8860, i32 1 monotonic
	br label %8862

8862:
	%8863 = add i32 %8609, 32
	br label %8608

8864:
	%8865 = phi i32 [ %3, %8620 ], [ %9119, %9118 ]
	%8866 = icmp slt i32 %8865, %587
	br i1 %8866, label %8867, label %8876

8867:
	%8868 = add i32 %7875, %8865
	%8869 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%8870 = bitcast i8 addrspace(3)* %8869 to i32 addrspace(3)*
	%8871 = getelementptr i32, i32 addrspace(3)* %8870, i32 %8868
	%8872 = load i32, i32 addrspace(3)* %8871
	%8873 = and i32 %8872, %8804
	%8874 = icmp eq i32 %8873, %8802
	%8875 = and i1 true, %8874
	br i1 %8875, label %9110, label %9118

8876:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%8877 = mul i32 %3, 8
	%8878 = add i32 %8877, 0
	%8879 = sub i32 255, %8878
	%8880 = add i32 %8298, %8879
	%8881 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8882 = bitcast i8 addrspace(3)* %8881 to i32 addrspace(3)*
	%8883 = getelementptr i32, i32 addrspace(3)* %8882, i32 %8880
	%8884 = load i32, i32 addrspace(3)* %8883
	%8885 = add i32 0, %8884
	%8886 = mul i32 %3, 8
	%8887 = add i32 %8886, 1
	%8888 = sub i32 255, %8887
	%8889 = add i32 %8298, %8888
	%8890 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8891 = bitcast i8 addrspace(3)* %8890 to i32 addrspace(3)*
	%8892 = getelementptr i32, i32 addrspace(3)* %8891, i32 %8889
	%8893 = load i32, i32 addrspace(3)* %8892
	%8894 = add i32 %8885, %8893
	%8895 = mul i32 %3, 8
	%8896 = add i32 %8895, 2
	%8897 = sub i32 255, %8896
	%8898 = add i32 %8298, %8897
	%8899 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8900 = bitcast i8 addrspace(3)* %8899 to i32 addrspace(3)*
	%8901 = getelementptr i32, i32 addrspace(3)* %8900, i32 %8898
	%8902 = load i32, i32 addrspace(3)* %8901
	%8903 = add i32 %8894, %8902
	%8904 = mul i32 %3, 8
	%8905 = add i32 %8904, 3
	%8906 = sub i32 255, %8905
	%8907 = add i32 %8298, %8906
	%8908 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8909 = bitcast i8 addrspace(3)* %8908 to i32 addrspace(3)*
	%8910 = getelementptr i32, i32 addrspace(3)* %8909, i32 %8907
	%8911 = load i32, i32 addrspace(3)* %8910
	%8912 = add i32 %8903, %8911
	%8913 = mul i32 %3, 8
	%8914 = add i32 %8913, 4
	%8915 = sub i32 255, %8914
	%8916 = add i32 %8298, %8915
	%8917 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8918 = bitcast i8 addrspace(3)* %8917 to i32 addrspace(3)*
	%8919 = getelementptr i32, i32 addrspace(3)* %8918, i32 %8916
	%8920 = load i32, i32 addrspace(3)* %8919
	%8921 = add i32 %8912, %8920
	%8922 = mul i32 %3, 8
	%8923 = add i32 %8922, 5
	%8924 = sub i32 255, %8923
	%8925 = add i32 %8298, %8924
	%8926 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8927 = bitcast i8 addrspace(3)* %8926 to i32 addrspace(3)*
	%8928 = getelementptr i32, i32 addrspace(3)* %8927, i32 %8925
	%8929 = load i32, i32 addrspace(3)* %8928
	%8930 = add i32 %8921, %8929
	%8931 = mul i32 %3, 8
	%8932 = add i32 %8931, 6
	%8933 = sub i32 255, %8932
	%8934 = add i32 %8298, %8933
	%8935 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8936 = bitcast i8 addrspace(3)* %8935 to i32 addrspace(3)*
	%8937 = getelementptr i32, i32 addrspace(3)* %8936, i32 %8934
	%8938 = load i32, i32 addrspace(3)* %8937
	%8939 = add i32 %8930, %8938
	%8940 = mul i32 %3, 8
	%8941 = add i32 %8940, 7
	%8942 = sub i32 255, %8941
	%8943 = add i32 %8298, %8942
	%8944 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%8945 = bitcast i8 addrspace(3)* %8944 to i32 addrspace(3)*
	%8946 = getelementptr i32, i32 addrspace(3)* %8945, i32 %8943
	%8947 = load i32, i32 addrspace(3)* %8946
	%8948 = add i32 %8939, %8947
	%8949 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8948, i32 1, i32 0)
	%8950 = icmp uge i32 %3, 1
	%8951 = select i1 %8950, i32 %8949, i32 0
	%8952 = add i32 %8948, %8951
	%8953 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8952, i32 2, i32 0)
	%8954 = icmp uge i32 %3, 2
	%8955 = select i1 %8954, i32 %8953, i32 0
	%8956 = add i32 %8952, %8955
	%8957 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8956, i32 4, i32 0)
	%8958 = icmp uge i32 %3, 4
	%8959 = select i1 %8958, i32 %8957, i32 0
	%8960 = add i32 %8956, %8959
	%8961 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8960, i32 8, i32 0)
	%8962 = icmp uge i32 %3, 8
	%8963 = select i1 %8962, i32 %8961, i32 0
	%8964 = add i32 %8960, %8963
	%8965 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %8964, i32 16, i32 0)
	%8966 = icmp uge i32 %3, 16
	%8967 = select i1 %8966, i32 %8965, i32 0
	%8968 = add i32 %8964, %8967
	%8969 = sub i32 %8968, %8948
	%8970 = icmp slt i32 %8969, %8805
	%8971 = icmp sge i32 %8968, %8805
	%8972 = and i1 %8970, %8971
	%8973 = add i32 %8969, %8884
	%8974 = xor i1 false, true
	%8975 = icmp sge i32 %8973, %8805
	%8976 = and i1 %8974, %8975
	%8977 = mul i32 %3, 8
	%8978 = add i32 %8977, 0
	%8979 = sub i32 255, %8978
	%8980 = select i1 %8976, i32 %8979, i32 0
	%8981 = select i1 %8976, i32 %8969, i32 0
	%8982 = or i1 false, %8976
	%8983 = add i32 %8973, %8893
	%8984 = xor i1 %8982, true
	%8985 = icmp sge i32 %8983, %8805
	%8986 = and i1 %8984, %8985
	%8987 = mul i32 %3, 8
	%8988 = add i32 %8987, 1
	%8989 = sub i32 255, %8988
	%8990 = select i1 %8986, i32 %8989, i32 %8980
	%8991 = select i1 %8986, i32 %8973, i32 %8981
	%8992 = or i1 %8982, %8986
	%8993 = add i32 %8983, %8902
	%8994 = xor i1 %8992, true
	%8995 = icmp sge i32 %8993, %8805
	%8996 = and i1 %8994, %8995
	%8997 = mul i32 %3, 8
	%8998 = add i32 %8997, 2
	%8999 = sub i32 255, %8998
	%9000 = select i1 %8996, i32 %8999, i32 %8990
	%9001 = select i1 %8996, i32 %8983, i32 %8991
	%9002 = or i1 %8992, %8996
	%9003 = add i32 %8993, %8911
	%9004 = xor i1 %9002, true
	%9005 = icmp sge i32 %9003, %8805
	%9006 = and i1 %9004, %9005
	%9007 = mul i32 %3, 8
	%9008 = add i32 %9007, 3
	%9009 = sub i32 255, %9008
	%9010 = select i1 %9006, i32 %9009, i32 %9000
	%9011 = select i1 %9006, i32 %8993, i32 %9001
	%9012 = or i1 %9002, %9006
	%9013 = add i32 %9003, %8920
	%9014 = xor i1 %9012, true
	%9015 = icmp sge i32 %9013, %8805
	%9016 = and i1 %9014, %9015
	%9017 = mul i32 %3, 8
	%9018 = add i32 %9017, 4
	%9019 = sub i32 255, %9018
	%9020 = select i1 %9016, i32 %9019, i32 %9010
	%9021 = select i1 %9016, i32 %9003, i32 %9011
	%9022 = or i1 %9012, %9016
	%9023 = add i32 %9013, %8929
	%9024 = xor i1 %9022, true
	%9025 = icmp sge i32 %9023, %8805
	%9026 = and i1 %9024, %9025
	%9027 = mul i32 %3, 8
	%9028 = add i32 %9027, 5
	%9029 = sub i32 255, %9028
	%9030 = select i1 %9026, i32 %9029, i32 %9020
	%9031 = select i1 %9026, i32 %9013, i32 %9021
	%9032 = or i1 %9022, %9026
	%9033 = add i32 %9023, %8938
	%9034 = xor i1 %9032, true
	%9035 = icmp sge i32 %9033, %8805
	%9036 = and i1 %9034, %9035
	%9037 = mul i32 %3, 8
	%9038 = add i32 %9037, 6
	%9039 = sub i32 255, %9038
	%9040 = select i1 %9036, i32 %9039, i32 %9030
	%9041 = select i1 %9036, i32 %9023, i32 %9031
	%9042 = or i1 %9032, %9036
	%9043 = add i32 %9033, %8947
	%9044 = xor i1 %9042, true
	%9045 = icmp sge i32 %9043, %8805
	%9046 = and i1 %9044, %9045
	%9047 = mul i32 %3, 8
	%9048 = add i32 %9047, 7
	%9049 = sub i32 255, %9048
	%9050 = select i1 %9046, i32 %9049, i32 %9040
	%9051 = select i1 %9046, i32 %9033, i32 %9041
	%9052 = or i1 %9042, %9046
	%9053 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %8972)
	%9054 = call i32 @llvm.cttz.i32(i32 %9053, i1 false)
	%9055 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %9050, i32 %9054, i32 31)
	%9056 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %9051, i32 %9054, i32 31)
	%9057 = shl i32 %9055, 8
	%9058 = or i32 %8802, %9057
	%9059 = shl i32 255, 8
	%9060 = or i32 %8804, %9059
	%9061 = sub i32 %8805, %9056
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%9062 = mul i32 %3, 8
	%9063 = add i32 %9062, 0
	%9064 = add i32 %8298, %9063
	%9065 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9066 = bitcast i8 addrspace(3)* %9065 to i32 addrspace(3)*
	%9067 = getelementptr i32, i32 addrspace(3)* %9066, i32 %9064
	store i32 0, i32 addrspace(3)* %9067
	%9068 = mul i32 %3, 8
	%9069 = add i32 %9068, 1
	%9070 = add i32 %8298, %9069
	%9071 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9072 = bitcast i8 addrspace(3)* %9071 to i32 addrspace(3)*
	%9073 = getelementptr i32, i32 addrspace(3)* %9072, i32 %9070
	store i32 0, i32 addrspace(3)* %9073
	%9074 = mul i32 %3, 8
	%9075 = add i32 %9074, 2
	%9076 = add i32 %8298, %9075
	%9077 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9078 = bitcast i8 addrspace(3)* %9077 to i32 addrspace(3)*
	%9079 = getelementptr i32, i32 addrspace(3)* %9078, i32 %9076
	store i32 0, i32 addrspace(3)* %9079
	%9080 = mul i32 %3, 8
	%9081 = add i32 %9080, 3
	%9082 = add i32 %8298, %9081
	%9083 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9084 = bitcast i8 addrspace(3)* %9083 to i32 addrspace(3)*
	%9085 = getelementptr i32, i32 addrspace(3)* %9084, i32 %9082
	store i32 0, i32 addrspace(3)* %9085
	%9086 = mul i32 %3, 8
	%9087 = add i32 %9086, 4
	%9088 = add i32 %8298, %9087
	%9089 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9090 = bitcast i8 addrspace(3)* %9089 to i32 addrspace(3)*
	%9091 = getelementptr i32, i32 addrspace(3)* %9090, i32 %9088
	store i32 0, i32 addrspace(3)* %9091
	%9092 = mul i32 %3, 8
	%9093 = add i32 %9092, 5
	%9094 = add i32 %8298, %9093
	%9095 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9096 = bitcast i8 addrspace(3)* %9095 to i32 addrspace(3)*
	%9097 = getelementptr i32, i32 addrspace(3)* %9096, i32 %9094
	store i32 0, i32 addrspace(3)* %9097
	%9098 = mul i32 %3, 8
	%9099 = add i32 %9098, 6
	%9100 = add i32 %8298, %9099
	%9101 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9102 = bitcast i8 addrspace(3)* %9101 to i32 addrspace(3)*
	%9103 = getelementptr i32, i32 addrspace(3)* %9102, i32 %9100
	store i32 0, i32 addrspace(3)* %9103
	%9104 = mul i32 %3, 8
	%9105 = add i32 %9104, 7
	%9106 = add i32 %8298, %9105
	%9107 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9108 = bitcast i8 addrspace(3)* %9107 to i32 addrspace(3)*
	%9109 = getelementptr i32, i32 addrspace(3)* %9108, i32 %9106
	store i32 0, i32 addrspace(3)* %9109
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %9120

9110:
	%9111 = lshr i32 %8872, 8
	%9112 = and i32 %9111, 255
	%9113 = add i32 %8298, %9112
	%9114 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9115 = bitcast i8 addrspace(3)* %9114 to i32 addrspace(3)*
	%9116 = getelementptr i32, i32 addrspace(3)* %9115, i32 %9113
	%9117 = atomicrmw add i32 addrspace(3)* %9116, i32 1 monotonic
	br label %9118

9118:
	%9119 = add i32 %8865, 32
	br label %8864

9120:
	%9121 = phi i32 [ %3, %8876 ], [ %9327, %9326 ]
	%9122 = icmp slt i32 %9121, %587
	br i1 %9122, label %9123, label %9132

9123:
	%9124 = add i32 %7875, %9121
	%9125 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%9126 = bitcast i8 addrspace(3)* %9125 to i32 addrspace(3)*
	%9127 = getelementptr i32, i32 addrspace(3)* %9126, i32 %9124
	%9128 = load i32, i32 addrspace(3)* %9127
	%9129 = and i32 %9128, %9060
	%9130 = icmp eq i32 %9129, %9058
	%9131 = and i1 true, %9130
	br i1 %9131, label %9318, label %9326

9132:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%9133 = mul i32 %3, 8
	%9134 = add i32 %9133, 0
	%9135 = sub i32 255, %9134
	%9136 = add i32 %8298, %9135
	%9137 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9138 = bitcast i8 addrspace(3)* %9137 to i32 addrspace(3)*
	%9139 = getelementptr i32, i32 addrspace(3)* %9138, i32 %9136
	%9140 = load i32, i32 addrspace(3)* %9139
	%9141 = add i32 0, %9140
	%9142 = mul i32 %3, 8
	%9143 = add i32 %9142, 1
	%9144 = sub i32 255, %9143
	%9145 = add i32 %8298, %9144
	%9146 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9147 = bitcast i8 addrspace(3)* %9146 to i32 addrspace(3)*
	%9148 = getelementptr i32, i32 addrspace(3)* %9147, i32 %9145
	%9149 = load i32, i32 addrspace(3)* %9148
	%9150 = add i32 %9141, %9149
	%9151 = mul i32 %3, 8
	%9152 = add i32 %9151, 2
	%9153 = sub i32 255, %9152
	%9154 = add i32 %8298, %9153
	%9155 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9156 = bitcast i8 addrspace(3)* %9155 to i32 addrspace(3)*
	%9157 = getelementptr i32, i32 addrspace(3)* %9156, i32 %9154
	%9158 = load i32, i32 addrspace(3)* %9157
	%9159 = add i32 %9150, %9158
	%9160 = mul i32 %3, 8
	%9161 = add i32 %9160, 3
	%9162 = sub i32 255, %9161
	%9163 = add i32 %8298, %9162
	%9164 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9165 = bitcast i8 addrspace(3)* %9164 to i32 addrspace(3)*
	%9166 = getelementptr i32, i32 addrspace(3)* %9165, i32 %9163
	%9167 = load i32, i32 addrspace(3)* %9166
	%9168 = add i32 %9159, %9167
	%9169 = mul i32 %3, 8
	%9170 = add i32 %9169, 4
	%9171 = sub i32 255, %9170
	%9172 = add i32 %8298, %9171
	%9173 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9174 = bitcast i8 addrspace(3)* %9173 to i32 addrspace(3)*
	%9175 = getelementptr i32, i32 addrspace(3)* %9174, i32 %9172
	%9176 = load i32, i32 addrspace(3)* %9175
	%9177 = add i32 %9168, %9176
	%9178 = mul i32 %3, 8
	%9179 = add i32 %9178, 5
	%9180 = sub i32 255, %9179
	%9181 = add i32 %8298, %9180
	%9182 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9183 = bitcast i8 addrspace(3)* %9182 to i32 addrspace(3)*
	%9184 = getelementptr i32, i32 addrspace(3)* %9183, i32 %9181
	%9185 = load i32, i32 addrspace(3)* %9184
	%9186 = add i32 %9177, %9185
	%9187 = mul i32 %3, 8
	%9188 = add i32 %9187, 6
	%9189 = sub i32 255, %9188
	%9190 = add i32 %8298, %9189
	%9191 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9192 = bitcast i8 addrspace(3)* %9191 to i32 addrspace(3)*
	%9193 = getelementptr i32, i32 addrspace(3)* %9192, i32 %9190
	%9194 = load i32, i32 addrspace(3)* %9193
	%9195 = add i32 %9186, %9194
	%9196 = mul i32 %3, 8
	%9197 = add i32 %9196, 7
	%9198 = sub i32 255, %9197
	%9199 = add i32 %8298, %9198
	%9200 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9201 = bitcast i8 addrspace(3)* %9200 to i32 addrspace(3)*
	%9202 = getelementptr i32, i32 addrspace(3)* %9201, i32 %9199
	%9203 = load i32, i32 addrspace(3)* %9202
	%9204 = add i32 %9195, %9203
	%9205 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9204, i32 1, i32 0)
	%9206 = icmp uge i32 %3, 1
	%9207 = select i1 %9206, i32 %9205, i32 0
	%9208 = add i32 %9204, %9207
	%9209 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9208, i32 2, i32 0)
	%9210 = icmp uge i32 %3, 2
	%9211 = select i1 %9210, i32 %9209, i32 0
	%9212 = add i32 %9208, %9211
	%9213 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9212, i32 4, i32 0)
	%9214 = icmp uge i32 %3, 4
	%9215 = select i1 %9214, i32 %9213, i32 0
	%9216 = add i32 %9212, %9215
	%9217 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9216, i32 8, i32 0)
	%9218 = icmp uge i32 %3, 8
	%9219 = select i1 %9218, i32 %9217, i32 0
	%9220 = add i32 %9216, %9219
	%9221 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %9220, i32 16, i32 0)
	%9222 = icmp uge i32 %3, 16
	%9223 = select i1 %9222, i32 %9221, i32 0
	%9224 = add i32 %9220, %9223
	%9225 = sub i32 %9224, %9204
	%9226 = icmp slt i32 %9225, %9061
	%9227 = icmp sge i32 %9224, %9061
	%9228 = and i1 %9226, %9227
	%9229 = add i32 %9225, %9140
	%9230 = xor i1 false, true
	%9231 = icmp sge i32 %9229, %9061
	%9232 = and i1 %9230, %9231
	%9233 = mul i32 %3, 8
	%9234 = add i32 %9233, 0
	%9235 = sub i32 255, %9234
	%9236 = select i1 %9232, i32 %9235, i32 0
	%9237 = select i1 %9232, i32 %9225, i32 0
	%9238 = or i1 false, %9232
	%9239 = add i32 %9229, %9149
	%9240 = xor i1 %9238, true
	%9241 = icmp sge i32 %9239, %9061
	%9242 = and i1 %9240, %9241
	%9243 = mul i32 %3, 8
	%9244 = add i32 %9243, 1
	%9245 = sub i32 255, %9244
	%9246 = select i1 %9242, i32 %9245, i32 %9236
	%9247 = select i1 %9242, i32 %9229, i32 %9237
	%9248 = or i1 %9238, %9242
	%9249 = add i32 %9239, %9158
	%9250 = xor i1 %9248, true
	%9251 = icmp sge i32 %9249, %9061
	%9252 = and i1 %9250, %9251
	%9253 = mul i32 %3, 8
	%9254 = add i32 %9253, 2
	%9255 = sub i32 255, %9254
	%9256 = select i1 %9252, i32 %9255, i32 %9246
	%9257 = select i1 %9252, i32 %9239, i32 %9247
	%9258 = or i1 %9248, %9252
	%9259 = add i32 %9249, %9167
	%9260 = xor i1 %9258, true
	%9261 = icmp sge i32 %9259, %9061
	%9262 = and i1 %9260, %9261
	%9263 = mul i32 %3, 8
	%9264 = add i32 %9263, 3
	%9265 = sub i32 255, %9264
	%9266 = select i1 %9262, i32 %9265, i32 %9256
	%9267 = select i1 %9262, i32 %9249, i32 %9257
	%9268 = or i1 %9258, %9262
	%9269 = add i32 %9259, %9176
	%9270 = xor i1 %9268, true
	%9271 = icmp sge i32 %9269, %9061
	%9272 = and i1 %9270, %9271
	%9273 = mul i32 %3, 8
	%9274 = add i32 %9273, 4
	%9275 = sub i32 255, %9274
	%9276 = select i1 %9272, i32 %9275, i32 %9266
	%9277 = select i1 %9272, i32 %9259, i32 %9267
	%9278 = or i1 %9268, %9272
	%9279 = add i32 %9269, %9185
	%9280 = xor i1 %9278, true
	%9281 = icmp sge i32 %9279, %9061
	%9282 = and i1 %9280, %9281
	%9283 = mul i32 %3, 8
	%9284 = add i32 %9283, 5
	%9285 = sub i32 255, %9284
	%9286 = select i1 %9282, i32 %9285, i32 %9276
	%9287 = select i1 %9282, i32 %9269, i32 %9277
	%9288 = or i1 %9278, %9282
	%9289 = add i32 %9279, %9194
	%9290 = xor i1 %9288, true
	%9291 = icmp sge i32 %9289, %9061
	%9292 = and i1 %9290, %9291
	%9293 = mul i32 %3, 8
	%9294 = add i32 %9293, 6
	%9295 = sub i32 255, %9294
	%9296 = select i1 %9292, i32 %9295, i32 %9286
	%9297 = select i1 %9292, i32 %9279, i32 %9287
	%9298 = or i1 %9288, %9292
	%9299 = add i32 %9289, %9203
	%9300 = xor i1 %9298, true
	%9301 = icmp sge i32 %9299, %9061
	%9302 = and i1 %9300, %9301
	%9303 = mul i32 %3, 8
	%9304 = add i32 %9303, 7
	%9305 = sub i32 255, %9304
	%9306 = select i1 %9302, i32 %9305, i32 %9296
	%9307 = select i1 %9302, i32 %9289, i32 %9297
	%9308 = or i1 %9298, %9302
	%9309 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %9228)
	%9310 = call i32 @llvm.cttz.i32(i32 %9309, i1 false)
	%9311 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %9306, i32 %9310, i32 31)
	%9312 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %9307, i32 %9310, i32 31)
	%9313 = shl i32 %9311, 0
	%9314 = or i32 %9058, %9313
	%9315 = shl i32 255, 0
	%9316 = or i32 %9060, %9315
	%9317 = sub i32 %9061, %9312
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %8347

9318:
	%9319 = lshr i32 %9128, 0
	%9320 = and i32 %9319, 255
	%9321 = add i32 %8298, %9320
	%9322 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9323 = bitcast i8 addrspace(3)* %9322 to i32 addrspace(3)*
	%9324 = getelementptr i32, i32 addrspace(3)* %9323, i32 %9321
	%9325 = atomicrmw add i32 addrspace(3)* %9324, i32 1 monotonic
	br label %9326

9326:
	%9327 = add i32 %9121, 32
	br label %9120

9328:
	%9329 = phi i32 [ 0, %8347 ], [ %9378, %9373 ]
	%9330 = phi i32 [ 0, %8347 ], [ %9375, %9373 ]
	%9331 = phi i32 [ 0, %8347 ], [ %9377, %9373 ]
	%9332 = icmp slt i32 %9329, %587
	br i1 %9332, label %9333, label %9336

9333:
	%9334 = add i32 %9329, %3
	%9335 = icmp slt i32 %9334, %587
	br i1 %9335, label %9337, label %9347

9336:
	br label %7877

9337:
	%9338 = add i32 %7875, %9334
	%9339 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%9340 = bitcast i8 addrspace(3)* %9339 to i32 addrspace(3)*
	%9341 = getelementptr i32, i32 addrspace(3)* %9340, i32 %9338
	%9342 = load i32, i32 addrspace(3)* %9341
	%9343 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%9344 = bitcast i8 addrspace(3)* %9343 to i32 addrspace(3)*
	%9345 = getelementptr i32, i32 addrspace(3)* %9344, i32 %9338
	%9346 = load i32, i32 addrspace(3)* %9345
	br label %9347

9347:
	%9348 = phi i32 [ 0, %9333 ], [ %9342, %9337 ]
	%9349 = phi i32 [ 0, %9333 ], [ %9346, %9337 ]
	%9350 = icmp eq i32 %9348, %8348
	%9351 = and i1 %9335, %9350
	%9352 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %9351)
	%9353 = and i32 %9352, %8351
	%9354 = call i32 @llvm.ctpop.i32(i32 %9353)
	%9355 = add i32 %9331, %9354
	%9356 = icmp ugt i32 %9348, %8348
	%9357 = icmp slt i32 %9355, %8349
	%9358 = and i1 %9351, %9357
	%9359 = or i1 %9356, %9358
	%9360 = and i1 %9335, %9359
	%9361 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %9360)
	%9362 = and i32 %9361, %8351
	%9363 = call i32 @llvm.ctpop.i32(i32 %9362)
	%9364 = add i32 %9330, %9363
	%9365 = add i32 %7875, %9364
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %9360, label %9366, label %9373

9366:
	%9367 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%9368 = bitcast i8 addrspace(3)* %9367 to i32 addrspace(3)*
	%9369 = getelementptr i32, i32 addrspace(3)* %9368, i32 %9365
	store i32 %9348, i32 addrspace(3)* %9369
	%9370 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%9371 = bitcast i8 addrspace(3)* %9370 to i32 addrspace(3)*
	%9372 = getelementptr i32, i32 addrspace(3)* %9371, i32 %9365
	store i32 %9349, i32 addrspace(3)* %9372
	br label %9373

9373:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%9374 = call i32 @llvm.ctpop.i32(i32 %9361)
	%9375 = add i32 %9330, %9374
	%9376 = call i32 @llvm.ctpop.i32(i32 %9352)
	%9377 = add i32 %9331, %9376
	%9378 = add i32 %9329, 32
	br label %9328

9379:
	%9380 = phi i32 [ 0, %7877 ], [ %9410, %9404 ]
	%9381 = phi i32 [ 0, %7877 ], [ %9409, %9404 ]
	%9382 = icmp slt i32 %9380, %7878
	br i1 %9382, label %9383, label %9386

9383:
	%9384 = add i32 %9380, %3
	%9385 = icmp slt i32 %9384, %7878
	br i1 %9385, label %9387, label %9394

9386:
	br label %9411

9387:
	%9388 = mul i32 %378, 160
	%9389 = add i32 %9388, %9384
	%9390 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%9391 = bitcast i8 addrspace(3)* %9390 to i32 addrspace(3)*
	%9392 = getelementptr i32, i32 addrspace(3)* %9391, i32 %9389
	%9393 = load i32, i32 addrspace(3)* %9392
	br label %9394

9394:
	%9395 = phi i32 [ 0, %9383 ], [ %9393, %9387 ]
	br i1 %9385, label %9396, label %9404

9396:
	%9397 = add i32 0, %9384
	%9398 = icmp sgt i32 %9395, %405
	%9399 = select i1 %9398, i32 %7879, i32 0
	%9400 = add i32 %9397, %9399
	%9401 = add i32 %7883, %9400
	%9402 = sext i32 %9401 to i64
	%9403 = getelementptr i32, i32* %out, i64 %9402
	store i32 %9395, i32* %9403
	br label %9404

9404:
	%9405 = icmp slt i32 %9395, %402
	%9406 = and i1 %9385, %9405
	%9407 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %9406)
	%9408 = call i32 @llvm.ctpop.i32(i32 %9407)
	%9409 = add i32 %9381, %9408
	%9410 = add i32 %9380, 32
	br label %9379

9411:
	%9412 = phi i32 [ %3, %9386 ], [ %9421, %9414 ]
	%9413 = icmp slt i32 %9412, %7879
	br i1 %9413, label %9414, label %9422

9414:
	%9415 = add i32 0, %9381
	%9416 = add i32 %9415, %9412
	%9417 = add i32 %402, %9412
	%9418 = add i32 %7883, %9416
	%9419 = sext i32 %9418 to i64
	%9420 = getelementptr i32, i32* %out, i64 %9419
	store i32 %9417, i32* %9420
	%9421 = add i32 %9412, 32
	br label %9411

9422:
	%9423 = icmp eq i32 %3, 0
	%9424 = icmp eq i32 0, 1
	%9425 = and i1 %9423, %9424
	br i1 %9425, label %9426, label %9430

9426:
	%9427 = add i32 %7883, 0
	%9428 = sext i32 %9427 to i64
	%9429 = getelementptr i32, i32* %out, i64 %9428
	store i32 0, i32* %9429
	br label %9430

9430:
	%9431 = add i32 %410, %7878
	%9432 = add i32 %9431, %3
	br label %9433

9433:
	%9434 = phi i32 [ %9432, %9430 ], [ %9440, %9436 ]
	%9435 = icmp slt i32 %9434, 8
	br i1 %9435, label %9436, label %9441

9436:
	%9437 = add i32 %7883, %9434
	%9438 = sext i32 %9437 to i64
	%9439 = getelementptr i32, i32* %out, i64 %9438
	store i32 -1, i32* %9439
	%9440 = add i32 %9434, 32
	br label %9433

9441:
	br label %7871

9442:
	%9443 = icmp sgt i32 %589, %457
	br i1 %9443, label %9447, label %9450

9444:
	%9445 = add i32 %5, %462
	%9446 = icmp slt i32 %9445, %M
	br i1 %9446, label %11015, label %11017

9447:
	%9448 = mul i32 %420, 160
	%9449 = icmp sle i32 %589, 64
	br i1 %9449, label %9457, label %9459

9450:
	%9451 = phi i32 [ %589, %9442 ], [ %457, %10909 ]
	%9452 = sub i32 %452, 0
	%9453 = mul i32 %2, %M
	%9454 = add i32 %5, %420
	%9455 = add i32 %9453, %9454
	%9456 = mul i32 %9455, 8
	br label %10952

9457:
	%9458 = icmp slt i32 %3, %589
	br i1 %9458, label %9463, label %9469

9459:
	%9460 = phi i32 [ 0, %9447 ], [ %9861, %9479 ]
	%9461 = phi i32 [ 0, %9447 ], [ %9869, %9479 ]
	%9462 = xor i1 %9449, true
	br i1 %9462, label %9870, label %9920

9463:
	%9464 = add i32 %9448, %3
	%9465 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%9466 = bitcast i8 addrspace(3)* %9465 to i32 addrspace(3)*
	%9467 = getelementptr i32, i32 addrspace(3)* %9466, i32 %9464
	%9468 = load i32, i32 addrspace(3)* %9467
	br label %9469

9469:
	%9470 = phi i32 [ 0, %9457 ], [ %9468, %9463 ]
	%9471 = add i32 %3, 32
	%9472 = icmp slt i32 %9471, %589
	br i1 %9472, label %9473, label %9479

9473:
	%9474 = add i32 %9448, %9471
	%9475 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%9476 = bitcast i8 addrspace(3)* %9475 to i32 addrspace(3)*
	%9477 = getelementptr i32, i32 addrspace(3)* %9476, i32 %9474
	%9478 = load i32, i32 addrspace(3)* %9477
	br label %9479

9479:
	%9480 = phi i32 [ 0, %9469 ], [ %9478, %9473 ]
	%9481 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9470, i32 1, i32 31)
	%9482 = and i32 %3, 2
	%9483 = icmp eq i32 %9482, 0
	%9484 = and i32 %3, 1
	%9485 = icmp eq i32 %9484, 0
	%9486 = icmp eq i1 %9483, %9485
	%9487 = icmp ugt i32 %9470, %9481
	%9488 = select i1 %9487, i32 %9470, i32 %9481
	%9489 = icmp ult i32 %9470, %9481
	%9490 = select i1 %9489, i32 %9470, i32 %9481
	%9491 = select i1 %9486, i32 %9488, i32 %9490
	%9492 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9491, i32 2, i32 31)
	%9493 = and i32 %3, 4
	%9494 = icmp eq i32 %9493, 0
	%9495 = and i32 %3, 2
	%9496 = icmp eq i32 %9495, 0
	%9497 = icmp eq i1 %9494, %9496
	%9498 = icmp ugt i32 %9491, %9492
	%9499 = select i1 %9498, i32 %9491, i32 %9492
	%9500 = icmp ult i32 %9491, %9492
	%9501 = select i1 %9500, i32 %9491, i32 %9492
	%9502 = select i1 %9497, i32 %9499, i32 %9501
	%9503 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9502, i32 1, i32 31)
	%9504 = and i32 %3, 4
	%9505 = icmp eq i32 %9504, 0
	%9506 = and i32 %3, 1
	%9507 = icmp eq i32 %9506, 0
	%9508 = icmp eq i1 %9505, %9507
	%9509 = icmp ugt i32 %9502, %9503
	%9510 = select i1 %9509, i32 %9502, i32 %9503
	%9511 = icmp ult i32 %9502, %9503
	%9512 = select i1 %9511, i32 %9502, i32 %9503
	%9513 = select i1 %9508, i32 %9510, i32 %9512
	%9514 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9513, i32 4, i32 31)
	%9515 = and i32 %3, 8
	%9516 = icmp eq i32 %9515, 0
	%9517 = and i32 %3, 4
	%9518 = icmp eq i32 %9517, 0
	%9519 = icmp eq i1 %9516, %9518
	%9520 = icmp ugt i32 %9513, %9514
	%9521 = select i1 %9520, i32 %9513, i32 %9514
	%9522 = icmp ult i32 %9513, %9514
	%9523 = select i1 %9522, i32 %9513, i32 %9514
	%9524 = select i1 %9519, i32 %9521, i32 %9523
	%9525 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9524, i32 2, i32 31)
	%9526 = and i32 %3, 8
	%9527 = icmp eq i32 %9526, 0
	%9528 = and i32 %3, 2
	%9529 = icmp eq i32 %9528, 0
	%9530 = icmp eq i1 %9527, %9529
	%9531 = icmp ugt i32 %9524, %9525
	%9532 = select i1 %9531, i32 %9524, i32 %9525
	%9533 = icmp ult i32 %9524, %9525
	%9534 = select i1 %9533, i32 %9524, i32 %9525
	%9535 = select i1 %9530, i32 %9532, i32 %9534
	%9536 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9535, i32 1, i32 31)
	%9537 = and i32 %3, 8
	%9538 = icmp eq i32 %9537, 0
	%9539 = and i32 %3, 1
	%9540 = icmp eq i32 %9539, 0
	%9541 = icmp eq i1 %9538, %9540
	%9542 = icmp ugt i32 %9535, %9536
	%9543 = select i1 %9542, i32 %9535, i32 %9536
	%9544 = icmp ult i32 %9535, %9536
	%9545 = select i1 %9544, i32 %9535, i32 %9536
	%9546 = select i1 %9541, i32 %9543, i32 %9545
	%9547 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9546, i32 8, i32 31)
	%9548 = and i32 %3, 16
	%9549 = icmp eq i32 %9548, 0
	%9550 = and i32 %3, 8
	%9551 = icmp eq i32 %9550, 0
	%9552 = icmp eq i1 %9549, %9551
	%9553 = icmp ugt i32 %9546, %9547
	%9554 = select i1 %9553, i32 %9546, i32 %9547
	%9555 = icmp ult i32 %9546, %9547
	%9556 = select i1 %9555, i32 %9546, i32 %9547
	%9557 = select i1 %9552, i32 %9554, i32 %9556
	%9558 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9557, i32 4, i32 31)
	%9559 = and i32 %3, 16
	%9560 = icmp eq i32 %9559, 0
	%9561 = and i32 %3, 4
	%9562 = icmp eq i32 %9561, 0
	%9563 = icmp eq i1 %9560, %9562
	%9564 = icmp ugt i32 %9557, %9558
	%9565 = select i1 %9564, i32 %9557, i32 %9558
	%9566 = icmp ult i32 %9557, %9558
	%9567 = select i1 %9566, i32 %9557, i32 %9558
	%9568 = select i1 %9563, i32 %9565, i32 %9567
	%9569 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9568, i32 2, i32 31)
	%9570 = and i32 %3, 16
	%9571 = icmp eq i32 %9570, 0
	%9572 = and i32 %3, 2
	%9573 = icmp eq i32 %9572, 0
	%9574 = icmp eq i1 %9571, %9573
	%9575 = icmp ugt i32 %9568, %9569
	%9576 = select i1 %9575, i32 %9568, i32 %9569
	%9577 = icmp ult i32 %9568, %9569
	%9578 = select i1 %9577, i32 %9568, i32 %9569
	%9579 = select i1 %9574, i32 %9576, i32 %9578
	%9580 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9579, i32 1, i32 31)
	%9581 = and i32 %3, 16
	%9582 = icmp eq i32 %9581, 0
	%9583 = and i32 %3, 1
	%9584 = icmp eq i32 %9583, 0
	%9585 = icmp eq i1 %9582, %9584
	%9586 = icmp ugt i32 %9579, %9580
	%9587 = select i1 %9586, i32 %9579, i32 %9580
	%9588 = icmp ult i32 %9579, %9580
	%9589 = select i1 %9588, i32 %9579, i32 %9580
	%9590 = select i1 %9585, i32 %9587, i32 %9589
	%9591 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9590, i32 16, i32 31)
	%9592 = and i32 %3, 32
	%9593 = icmp eq i32 %9592, 0
	%9594 = and i32 %3, 16
	%9595 = icmp eq i32 %9594, 0
	%9596 = icmp eq i1 %9593, %9595
	%9597 = icmp ugt i32 %9590, %9591
	%9598 = select i1 %9597, i32 %9590, i32 %9591
	%9599 = icmp ult i32 %9590, %9591
	%9600 = select i1 %9599, i32 %9590, i32 %9591
	%9601 = select i1 %9596, i32 %9598, i32 %9600
	%9602 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9601, i32 8, i32 31)
	%9603 = and i32 %3, 32
	%9604 = icmp eq i32 %9603, 0
	%9605 = and i32 %3, 8
	%9606 = icmp eq i32 %9605, 0
	%9607 = icmp eq i1 %9604, %9606
	%9608 = icmp ugt i32 %9601, %9602
	%9609 = select i1 %9608, i32 %9601, i32 %9602
	%9610 = icmp ult i32 %9601, %9602
	%9611 = select i1 %9610, i32 %9601, i32 %9602
	%9612 = select i1 %9607, i32 %9609, i32 %9611
	%9613 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9612, i32 4, i32 31)
	%9614 = and i32 %3, 32
	%9615 = icmp eq i32 %9614, 0
	%9616 = and i32 %3, 4
	%9617 = icmp eq i32 %9616, 0
	%9618 = icmp eq i1 %9615, %9617
	%9619 = icmp ugt i32 %9612, %9613
	%9620 = select i1 %9619, i32 %9612, i32 %9613
	%9621 = icmp ult i32 %9612, %9613
	%9622 = select i1 %9621, i32 %9612, i32 %9613
	%9623 = select i1 %9618, i32 %9620, i32 %9622
	%9624 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9623, i32 2, i32 31)
	%9625 = and i32 %3, 32
	%9626 = icmp eq i32 %9625, 0
	%9627 = and i32 %3, 2
	%9628 = icmp eq i32 %9627, 0
	%9629 = icmp eq i1 %9626, %9628
	%9630 = icmp ugt i32 %9623, %9624
	%9631 = select i1 %9630, i32 %9623, i32 %9624
	%9632 = icmp ult i32 %9623, %9624
	%9633 = select i1 %9632, i32 %9623, i32 %9624
	%9634 = select i1 %9629, i32 %9631, i32 %9633
	%9635 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9634, i32 1, i32 31)
	%9636 = and i32 %3, 32
	%9637 = icmp eq i32 %9636, 0
	%9638 = and i32 %3, 1
	%9639 = icmp eq i32 %9638, 0
	%9640 = icmp eq i1 %9637, %9639
	%9641 = icmp ugt i32 %9634, %9635
	%9642 = select i1 %9641, i32 %9634, i32 %9635
	%9643 = icmp ult i32 %9634, %9635
	%9644 = select i1 %9643, i32 %9634, i32 %9635
	%9645 = select i1 %9640, i32 %9642, i32 %9644
	%9646 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9480, i32 1, i32 31)
	%9647 = and i32 %3, 2
	%9648 = icmp eq i32 %9647, 0
	%9649 = and i32 %3, 1
	%9650 = icmp eq i32 %9649, 0
	%9651 = icmp eq i1 %9648, %9650
	%9652 = icmp ugt i32 %9480, %9646
	%9653 = select i1 %9652, i32 %9480, i32 %9646
	%9654 = icmp ult i32 %9480, %9646
	%9655 = select i1 %9654, i32 %9480, i32 %9646
	%9656 = select i1 %9651, i32 %9653, i32 %9655
	%9657 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9656, i32 2, i32 31)
	%9658 = and i32 %3, 4
	%9659 = icmp eq i32 %9658, 0
	%9660 = and i32 %3, 2
	%9661 = icmp eq i32 %9660, 0
	%9662 = icmp eq i1 %9659, %9661
	%9663 = icmp ugt i32 %9656, %9657
	%9664 = select i1 %9663, i32 %9656, i32 %9657
	%9665 = icmp ult i32 %9656, %9657
	%9666 = select i1 %9665, i32 %9656, i32 %9657
	%9667 = select i1 %9662, i32 %9664, i32 %9666
	%9668 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9667, i32 1, i32 31)
	%9669 = and i32 %3, 4
	%9670 = icmp eq i32 %9669, 0
	%9671 = and i32 %3, 1
	%9672 = icmp eq i32 %9671, 0
	%9673 = icmp eq i1 %9670, %9672
	%9674 = icmp ugt i32 %9667, %9668
	%9675 = select i1 %9674, i32 %9667, i32 %9668
	%9676 = icmp ult i32 %9667, %9668
	%9677 = select i1 %9676, i32 %9667, i32 %9668
	%9678 = select i1 %9673, i32 %9675, i32 %9677
	%9679 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9678, i32 4, i32 31)
	%9680 = and i32 %3, 8
	%9681 = icmp eq i32 %9680, 0
	%9682 = and i32 %3, 4
	%9683 = icmp eq i32 %9682, 0
	%9684 = icmp eq i1 %9681, %9683
	%9685 = icmp ugt i32 %9678, %9679
	%9686 = select i1 %9685, i32 %9678, i32 %9679
	%9687 = icmp ult i32 %9678, %9679
	%9688 = select i1 %9687, i32 %9678, i32 %9679
	%9689 = select i1 %9684, i32 %9686, i32 %9688
	%9690 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9689, i32 2, i32 31)
	%9691 = and i32 %3, 8
	%9692 = icmp eq i32 %9691, 0
	%9693 = and i32 %3, 2
	%9694 = icmp eq i32 %9693, 0
	%9695 = icmp eq i1 %9692, %9694
	%9696 = icmp ugt i32 %9689, %9690
	%9697 = select i1 %9696, i32 %9689, i32 %9690
	%9698 = icmp ult i32 %9689, %9690
	%9699 = select i1 %9698, i32 %9689, i32 %9690
	%9700 = select i1 %9695, i32 %9697, i32 %9699
	%9701 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9700, i32 1, i32 31)
	%9702 = and i32 %3, 8
	%9703 = icmp eq i32 %9702, 0
	%9704 = and i32 %3, 1
	%9705 = icmp eq i32 %9704, 0
	%9706 = icmp eq i1 %9703, %9705
	%9707 = icmp ugt i32 %9700, %9701
	%9708 = select i1 %9707, i32 %9700, i32 %9701
	%9709 = icmp ult i32 %9700, %9701
	%9710 = select i1 %9709, i32 %9700, i32 %9701
	%9711 = select i1 %9706, i32 %9708, i32 %9710
	%9712 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9711, i32 8, i32 31)
	%9713 = and i32 %3, 16
	%9714 = icmp eq i32 %9713, 0
	%9715 = and i32 %3, 8
	%9716 = icmp eq i32 %9715, 0
	%9717 = icmp eq i1 %9714, %9716
	%9718 = icmp ugt i32 %9711, %9712
	%9719 = select i1 %9718, i32 %9711, i32 %9712
	%9720 = icmp ult i32 %9711, %9712
	%9721 = select i1 %9720, i32 %9711, i32 %9712
	%9722 = select i1 %9717, i32 %9719, i32 %9721
	%9723 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9722, i32 4, i32 31)
	%9724 = and i32 %3, 16
	%9725 = icmp eq i32 %9724, 0
	%9726 = and i32 %3, 4
	%9727 = icmp eq i32 %9726, 0
	%9728 = icmp eq i1 %9725, %9727
	%9729 = icmp ugt i32 %9722, %9723
	%9730 = select i1 %9729, i32 %9722, i32 %9723
	%9731 = icmp ult i32 %9722, %9723
	%9732 = select i1 %9731, i32 %9722, i32 %9723
	%9733 = select i1 %9728, i32 %9730, i32 %9732
	%9734 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9733, i32 2, i32 31)
	%9735 = and i32 %3, 16
	%9736 = icmp eq i32 %9735, 0
	%9737 = and i32 %3, 2
	%9738 = icmp eq i32 %9737, 0
	%9739 = icmp eq i1 %9736, %9738
	%9740 = icmp ugt i32 %9733, %9734
	%9741 = select i1 %9740, i32 %9733, i32 %9734
	%9742 = icmp ult i32 %9733, %9734
	%9743 = select i1 %9742, i32 %9733, i32 %9734
	%9744 = select i1 %9739, i32 %9741, i32 %9743
	%9745 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9744, i32 1, i32 31)
	%9746 = and i32 %3, 16
	%9747 = icmp eq i32 %9746, 0
	%9748 = and i32 %3, 1
	%9749 = icmp eq i32 %9748, 0
	%9750 = icmp eq i1 %9747, %9749
	%9751 = icmp ugt i32 %9744, %9745
	%9752 = select i1 %9751, i32 %9744, i32 %9745
	%9753 = icmp ult i32 %9744, %9745
	%9754 = select i1 %9753, i32 %9744, i32 %9745
	%9755 = select i1 %9750, i32 %9752, i32 %9754
	%9756 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9755, i32 16, i32 31)
	%9757 = and i32 %3, 32
	%9758 = icmp eq i32 %9757, 0
	%9759 = and i32 %3, 16
	%9760 = icmp eq i32 %9759, 0
	%9761 = icmp eq i1 %9758, %9760
	%9762 = icmp ugt i32 %9755, %9756
	%9763 = select i1 %9762, i32 %9755, i32 %9756
	%9764 = icmp ult i32 %9755, %9756
	%9765 = select i1 %9764, i32 %9755, i32 %9756
	%9766 = select i1 %9761, i32 %9763, i32 %9765
	%9767 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9766, i32 8, i32 31)
	%9768 = and i32 %3, 32
	%9769 = icmp eq i32 %9768, 0
	%9770 = and i32 %3, 8
	%9771 = icmp eq i32 %9770, 0
	%9772 = icmp eq i1 %9769, %9771
	%9773 = icmp ugt i32 %9766, %9767
	%9774 = select i1 %9773, i32 %9766, i32 %9767
	%9775 = icmp ult i32 %9766, %9767
	%9776 = select i1 %9775, i32 %9766, i32 %9767
	%9777 = select i1 %9772, i32 %9774, i32 %9776
	%9778 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9777, i32 4, i32 31)
	%9779 = and i32 %3, 32
	%9780 = icmp eq i32 %9779, 0
	%9781 = and i32 %3, 4
	%9782 = icmp eq i32 %9781, 0
	%9783 = icmp eq i1 %9780, %9782
	%9784 = icmp ugt i32 %9777, %9778
	%9785 = select i1 %9784, i32 %9777, i32 %9778
	%9786 = icmp ult i32 %9777, %9778
	%9787 = select i1 %9786, i32 %9777, i32 %9778
	%9788 = select i1 %9783, i32 %9785, i32 %9787
	%9789 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9788, i32 2, i32 31)
	%9790 = and i32 %3, 32
	%9791 = icmp eq i32 %9790, 0
	%9792 = and i32 %3, 2
	%9793 = icmp eq i32 %9792, 0
	%9794 = icmp eq i1 %9791, %9793
	%9795 = icmp ugt i32 %9788, %9789
	%9796 = select i1 %9795, i32 %9788, i32 %9789
	%9797 = icmp ult i32 %9788, %9789
	%9798 = select i1 %9797, i32 %9788, i32 %9789
	%9799 = select i1 %9794, i32 %9796, i32 %9798
	%9800 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9799, i32 1, i32 31)
	%9801 = and i32 %3, 32
	%9802 = icmp eq i32 %9801, 0
	%9803 = and i32 %3, 1
	%9804 = icmp eq i32 %9803, 0
	%9805 = icmp eq i1 %9802, %9804
	%9806 = icmp ugt i32 %9799, %9800
	%9807 = select i1 %9806, i32 %9799, i32 %9800
	%9808 = icmp ult i32 %9799, %9800
	%9809 = select i1 %9808, i32 %9799, i32 %9800
	%9810 = select i1 %9805, i32 %9807, i32 %9809
	%9811 = sub i32 31, %3
	%9812 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %9810, i32 %9811, i32 31)
	%9813 = icmp ugt i32 %9645, %9812
	%9814 = select i1 %9813, i32 %9645, i32 %9812
	%9815 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9814, i32 16, i32 31)
	%9816 = and i32 %3, 16
	%9817 = icmp eq i32 %9816, 0
	%9818 = icmp eq i1 true, %9817
	%9819 = icmp ugt i32 %9814, %9815
	%9820 = select i1 %9819, i32 %9814, i32 %9815
	%9821 = icmp ult i32 %9814, %9815
	%9822 = select i1 %9821, i32 %9814, i32 %9815
	%9823 = select i1 %9818, i32 %9820, i32 %9822
	%9824 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9823, i32 8, i32 31)
	%9825 = and i32 %3, 8
	%9826 = icmp eq i32 %9825, 0
	%9827 = icmp eq i1 true, %9826
	%9828 = icmp ugt i32 %9823, %9824
	%9829 = select i1 %9828, i32 %9823, i32 %9824
	%9830 = icmp ult i32 %9823, %9824
	%9831 = select i1 %9830, i32 %9823, i32 %9824
	%9832 = select i1 %9827, i32 %9829, i32 %9831
	%9833 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9832, i32 4, i32 31)
	%9834 = and i32 %3, 4
	%9835 = icmp eq i32 %9834, 0
	%9836 = icmp eq i1 true, %9835
	%9837 = icmp ugt i32 %9832, %9833
	%9838 = select i1 %9837, i32 %9832, i32 %9833
	%9839 = icmp ult i32 %9832, %9833
	%9840 = select i1 %9839, i32 %9832, i32 %9833
	%9841 = select i1 %9836, i32 %9838, i32 %9840
	%9842 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9841, i32 2, i32 31)
	%9843 = and i32 %3, 2
	%9844 = icmp eq i32 %9843, 0
	%9845 = icmp eq i1 true, %9844
	%9846 = icmp ugt i32 %9841, %9842
	%9847 = select i1 %9846, i32 %9841, i32 %9842
	%9848 = icmp ult i32 %9841, %9842
	%9849 = select i1 %9848, i32 %9841, i32 %9842
	%9850 = select i1 %9845, i32 %9847, i32 %9849
	%9851 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %9850, i32 1, i32 31)
	%9852 = and i32 %3, 1
	%9853 = icmp eq i32 %9852, 0
	%9854 = icmp eq i1 true, %9853
	%9855 = icmp ugt i32 %9850, %9851
	%9856 = select i1 %9855, i32 %9850, i32 %9851
	%9857 = icmp ult i32 %9850, %9851
	%9858 = select i1 %9857, i32 %9850, i32 %9851
	%9859 = select i1 %9854, i32 %9856, i32 %9858
	%9860 = sub i32 %457, 1
	%9861 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %9859, i32 %9860, i32 31)
	%9862 = icmp ugt i32 %9470, %9861
	%9863 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %9862)
	%9864 = call i32 @llvm.ctpop.i32(i32 %9863)
	%9865 = icmp ugt i32 %9480, %9861
	%9866 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %9865)
	%9867 = call i32 @llvm.ctpop.i32(i32 %9866)
	%9868 = add i32 %9864, %9867
	%9869 = sub i32 %457, %9868
	br label %9459

9870:
	%9871 = mul i32 %4, 256
	%9872 = mul i32 %3, 8
	%9873 = add i32 %9872, 0
	%9874 = add i32 %9871, %9873
	%9875 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9876 = bitcast i8 addrspace(3)* %9875 to i32 addrspace(3)*
	%9877 = getelementptr i32, i32 addrspace(3)* %9876, i32 %9874
	store i32 0, i32 addrspace(3)* %9877
	%9878 = mul i32 %3, 8
	%9879 = add i32 %9878, 1
	%9880 = add i32 %9871, %9879
	%9881 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9882 = bitcast i8 addrspace(3)* %9881 to i32 addrspace(3)*
	%9883 = getelementptr i32, i32 addrspace(3)* %9882, i32 %9880
	store i32 0, i32 addrspace(3)* %9883
	%9884 = mul i32 %3, 8
	%9885 = add i32 %9884, 2
	%9886 = add i32 %9871, %9885
	%9887 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9888 = bitcast i8 addrspace(3)* %9887 to i32 addrspace(3)*
	%9889 = getelementptr i32, i32 addrspace(3)* %9888, i32 %9886
	store i32 0, i32 addrspace(3)* %9889
	%9890 = mul i32 %3, 8
	%9891 = add i32 %9890, 3
	%9892 = add i32 %9871, %9891
	%9893 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9894 = bitcast i8 addrspace(3)* %9893 to i32 addrspace(3)*
	%9895 = getelementptr i32, i32 addrspace(3)* %9894, i32 %9892
	store i32 0, i32 addrspace(3)* %9895
	%9896 = mul i32 %3, 8
	%9897 = add i32 %9896, 4
	%9898 = add i32 %9871, %9897
	%9899 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9900 = bitcast i8 addrspace(3)* %9899 to i32 addrspace(3)*
	%9901 = getelementptr i32, i32 addrspace(3)* %9900, i32 %9898
	store i32 0, i32 addrspace(3)* %9901
	%9902 = mul i32 %3, 8
	%9903 = add i32 %9902, 5
	%9904 = add i32 %9871, %9903
	%9905 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9906 = bitcast i8 addrspace(3)* %9905 to i32 addrspace(3)*
	%9907 = getelementptr i32, i32 addrspace(3)* %9906, i32 %9904
	store i32 0, i32 addrspace(3)* %9907
	%9908 = mul i32 %3, 8
	%9909 = add i32 %9908, 6
	%9910 = add i32 %9871, %9909
	%9911 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9912 = bitcast i8 addrspace(3)* %9911 to i32 addrspace(3)*
	%9913 = getelementptr i32, i32 addrspace(3)* %9912, i32 %9910
	store i32 0, i32 addrspace(3)* %9913
	%9914 = mul i32 %3, 8
	%9915 = add i32 %9914, 7
	%9916 = add i32 %9871, %9915
	%9917 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9918 = bitcast i8 addrspace(3)* %9917 to i32 addrspace(3)*
	%9919 = getelementptr i32, i32 addrspace(3)* %9918, i32 %9916
	store i32 0, i32 addrspace(3)* %9919
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %9925

9920:
	%9921 = phi i32 [ %9460, %9459 ], [ %10887, %10705 ]
	%9922 = phi i32 [ %9461, %9459 ], [ %10890, %10705 ]
	%9923 = shl i32 1, %3
	%9924 = sub i32 %9923, 1
	br label %10901

9925:
	%9926 = phi i32 [ %3, %9870 ], [ %10180, %10179 ]
	%9927 = icmp slt i32 %9926, %589
	br i1 %9927, label %9928, label %9937

9928:
	%9929 = add i32 %9448, %9926
	%9930 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%9931 = bitcast i8 addrspace(3)* %9930 to i32 addrspace(3)*
	%9932 = getelementptr i32, i32 addrspace(3)* %9931, i32 %9929
	%9933 = load i32, i32 addrspace(3)* %9932
	%9934 = and i32 %9933, 0
	%9935 = icmp eq i32 %9934, 0
	%9936 = and i1 true, %9935
	br i1 %9936, label %10171, label %10179

9937:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%9938 = mul i32 %3, 8
	%9939 = add i32 %9938, 0
	%9940 = sub i32 255, %9939
	%9941 = add i32 %9871, %9940
	%9942 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9943 = bitcast i8 addrspace(3)* %9942 to i32 addrspace(3)*
	%9944 = getelementptr i32, i32 addrspace(3)* %9943, i32 %9941
	%9945 = load i32, i32 addrspace(3)* %9944
	%9946 = add i32 0, %9945
	%9947 = mul i32 %3, 8
	%9948 = add i32 %9947, 1
	%9949 = sub i32 255, %9948
	%9950 = add i32 %9871, %9949
	%9951 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9952 = bitcast i8 addrspace(3)* %9951 to i32 addrspace(3)*
	%9953 = getelementptr i32, i32 addrspace(3)* %9952, i32 %9950
	%9954 = load i32, i32 addrspace(3)* %9953
	%9955 = add i32 %9946, %9954
	%9956 = mul i32 %3, 8
	%9957 = add i32 %9956, 2
	%9958 = sub i32 255, %9957
	%9959 = add i32 %9871, %9958
	%9960 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9961 = bitcast i8 addrspace(3)* %9960 to i32 addrspace(3)*
	%9962 = getelementptr i32, i32 addrspace(3)* %9961, i32 %9959
	%9963 = load i32, i32 addrspace(3)* %9962
	%9964 = add i32 %9955, %9963
	%9965 = mul i32 %3, 8
	%9966 = add i32 %9965, 3
	%9967 = sub i32 255, %9966
	%9968 = add i32 %9871, %9967
	%9969 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9970 = bitcast i8 addrspace(3)* %9969 to i32 addrspace(3)*
	%9971 = getelementptr i32, i32 addrspace(3)* %9970, i32 %9968
	%9972 = load i32, i32 addrspace(3)* %9971
	%9973 = add i32 %9964, %9972
	%9974 = mul i32 %3, 8
	%9975 = add i32 %9974, 4
	%9976 = sub i32 255, %9975
	%9977 = add i32 %9871, %9976
	%9978 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9979 = bitcast i8 addrspace(3)* %9978 to i32 addrspace(3)*
	%9980 = getelementptr i32, i32 addrspace(3)* %9979, i32 %9977
	%9981 = load i32, i32 addrspace(3)* %9980
	%9982 = add i32 %9973, %9981
	%9983 = mul i32 %3, 8
	%9984 = add i32 %9983, 5
	%9985 = sub i32 255, %9984
	%9986 = add i32 %9871, %9985
	%9987 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9988 = bitcast i8 addrspace(3)* %9987 to i32 addrspace(3)*
	%9989 = getelementptr i32, i32 addrspace(3)* %9988, i32 %9986
	%9990 = load i32, i32 addrspace(3)* %9989
	%9991 = add i32 %9982, %9990
	%9992 = mul i32 %3, 8
	%9993 = add i32 %9992, 6
	%9994 = sub i32 255, %9993
	%9995 = add i32 %9871, %9994
	%9996 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%9997 = bitcast i8 addrspace(3)* %9996 to i32 addrspace(3)*
	%9998 = getelementptr i32, i32 addrspace(3)* %9997, i32 %9995
	%9999 = load i32, i32 addrspace(3)* %9998
	%10000 = add i32 %9991, %9999
	%10001 = mul i32 %3, 8
	%10002 = add i32 %10001, 7
	%10003 = sub i32 255, %10002
	%10004 = add i32 %9871, %10003
	%10005 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10006 = bitcast i8 addrspace(3)* %10005 to i32 addrspace(3)*
	%10007 = getelementptr i32, i32 addrspace(3)* %10006, i32 %10004
	%10008 = load i32, i32 addrspace(3)* %10007
	%10009 = add i32 %10000, %10008
	%10010 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10009, i32 1, i32 0)
	%10011 = icmp uge i32 %3, 1
	%10012 = select i1 %10011, i32 %10010, i32 0
	%10013 = add i32 %10009, %10012
	%10014 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10013, i32 2, i32 0)
	%10015 = icmp uge i32 %3, 2
	%10016 = select i1 %10015, i32 %10014, i32 0
	%10017 = add i32 %10013, %10016
	%10018 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10017, i32 4, i32 0)
	%10019 = icmp uge i32 %3, 4
	%10020 = select i1 %10019, i32 %10018, i32 0
	%10021 = add i32 %10017, %10020
	%10022 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10021, i32 8, i32 0)
	%10023 = icmp uge i32 %3, 8
	%10024 = select i1 %10023, i32 %10022, i32 0
	%10025 = add i32 %10021, %10024
	%10026 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10025, i32 16, i32 0)
	%10027 = icmp uge i32 %3, 16
	%10028 = select i1 %10027, i32 %10026, i32 0
	%10029 = add i32 %10025, %10028
	%10030 = sub i32 %10029, %10009
	%10031 = icmp slt i32 %10030, %457
	%10032 = icmp sge i32 %10029, %457
	%10033 = and i1 %10031, %10032
	%10034 = add i32 %10030, %9945
	%10035 = xor i1 false, true
	%10036 = icmp sge i32 %10034, %457
	%10037 = and i1 %10035, %10036
	%10038 = mul i32 %3, 8
	%10039 = add i32 %10038, 0
	%10040 = sub i32 255, %10039
	%10041 = select i1 %10037, i32 %10040, i32 0
	%10042 = select i1 %10037, i32 %10030, i32 0
	%10043 = or i1 false, %10037
	%10044 = add i32 %10034, %9954
	%10045 = xor i1 %10043, true
	%10046 = icmp sge i32 %10044, %457
	%10047 = and i1 %10045, %10046
	%10048 = mul i32 %3, 8
	%10049 = add i32 %10048, 1
	%10050 = sub i32 255, %10049
	%10051 = select i1 %10047, i32 %10050, i32 %10041
	%10052 = select i1 %10047, i32 %10034, i32 %10042
	%10053 = or i1 %10043, %10047
	%10054 = add i32 %10044, %9963
	%10055 = xor i1 %10053, true
	%10056 = icmp sge i32 %10054, %457
	%10057 = and i1 %10055, %10056
	%10058 = mul i32 %3, 8
	%10059 = add i32 %10058, 2
	%10060 = sub i32 255, %10059
	%10061 = select i1 %10057, i32 %10060, i32 %10051
	%10062 = select i1 %10057, i32 %10044, i32 %10052
	%10063 = or i1 %10053, %10057
	%10064 = add i32 %10054, %9972
	%10065 = xor i1 %10063, true
	%10066 = icmp sge i32 %10064, %457
	%10067 = and i1 %10065, %10066
	%10068 = mul i32 %3, 8
	%10069 = add i32 %10068, 3
	%10070 = sub i32 255, %10069
	%10071 = select i1 %10067, i32 %10070, i32 %10061
	%10072 = select i1 %10067, i32 %10054, i32 %10062
	%10073 = or i1 %10063, %10067
	%10074 = add i32 %10064, %9981
	%10075 = xor i1 %10073, true
	%10076 = icmp sge i32 %10074, %457
	%10077 = and i1 %10075, %10076
	%10078 = mul i32 %3, 8
	%10079 = add i32 %10078, 4
	%10080 = sub i32 255, %10079
	%10081 = select i1 %10077, i32 %10080, i32 %10071
	%10082 = select i1 %10077, i32 %10064, i32 %10072
	%10083 = or i1 %10073, %10077
	%10084 = add i32 %10074, %9990
	%10085 = xor i1 %10083, true
	%10086 = icmp sge i32 %10084, %457
	%10087 = and i1 %10085, %10086
	%10088 = mul i32 %3, 8
	%10089 = add i32 %10088, 5
	%10090 = sub i32 255, %10089
	%10091 = select i1 %10087, i32 %10090, i32 %10081
	%10092 = select i1 %10087, i32 %10074, i32 %10082
	%10093 = or i1 %10083, %10087
	%10094 = add i32 %10084, %9999
	%10095 = xor i1 %10093, true
	%10096 = icmp sge i32 %10094, %457
	%10097 = and i1 %10095, %10096
	%10098 = mul i32 %3, 8
	%10099 = add i32 %10098, 6
	%10100 = sub i32 255, %10099
	%10101 = select i1 %10097, i32 %10100, i32 %10091
	%10102 = select i1 %10097, i32 %10084, i32 %10092
	%10103 = or i1 %10093, %10097
	%10104 = add i32 %10094, %10008
	%10105 = xor i1 %10103, true
	%10106 = icmp sge i32 %10104, %457
	%10107 = and i1 %10105, %10106
	%10108 = mul i32 %3, 8
	%10109 = add i32 %10108, 7
	%10110 = sub i32 255, %10109
	%10111 = select i1 %10107, i32 %10110, i32 %10101
	%10112 = select i1 %10107, i32 %10094, i32 %10102
	%10113 = or i1 %10103, %10107
	%10114 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %10033)
	%10115 = call i32 @llvm.cttz.i32(i32 %10114, i1 false)
	%10116 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %10111, i32 %10115, i32 31)
	%10117 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %10112, i32 %10115, i32 31)
	%10118 = shl i32 %10116, 24
	%10119 = or i32 0, %10118
	%10120 = shl i32 255, 24
	%10121 = or i32 0, %10120
	%10122 = sub i32 %457, %10117
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%10123 = mul i32 %3, 8
	%10124 = add i32 %10123, 0
	%10125 = add i32 %9871, %10124
	%10126 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10127 = bitcast i8 addrspace(3)* %10126 to i32 addrspace(3)*
	%10128 = getelementptr i32, i32 addrspace(3)* %10127, i32 %10125
	store i32 0, i32 addrspace(3)* %10128
	%10129 = mul i32 %3, 8
	%10130 = add i32 %10129, 1
	%10131 = add i32 %9871, %10130
	%10132 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10133 = bitcast i8 addrspace(3)* %10132 to i32 addrspace(3)*
	%10134 = getelementptr i32, i32 addrspace(3)* %10133, i32 %10131
	store i32 0, i32 addrspace(3)* %10134
	%10135 = mul i32 %3, 8
	%10136 = add i32 %10135, 2
	%10137 = add i32 %9871, %10136
	%10138 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10139 = bitcast i8 addrspace(3)* %10138 to i32 addrspace(3)*
	%10140 = getelementptr i32, i32 addrspace(3)* %10139, i32 %10137
	store i32 0, i32 addrspace(3)* %10140
	%10141 = mul i32 %3, 8
	%10142 = add i32 %10141, 3
	%10143 = add i32 %9871, %10142
	%10144 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10145 = bitcast i8 addrspace(3)* %10144 to i32 addrspace(3)*
	%10146 = getelementptr i32, i32 addrspace(3)* %10145, i32 %10143
	store i32 0, i32 addrspace(3)* %10146
	%10147 = mul i32 %3, 8
	%10148 = add i32 %10147, 4
	%10149 = add i32 %9871, %10148
	%10150 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10151 = bitcast i8 addrspace(3)* %10150 to i32 addrspace(3)*
	%10152 = getelementptr i32, i32 addrspace(3)* %10151, i32 %10149
	store i32 0, i32 addrspace(3)* %10152
	%10153 = mul i32 %3, 8
	%10154 = add i32 %10153, 5
	%10155 = add i32 %9871, %10154
	%10156 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10157 = bitcast i8 addrspace(3)* %10156 to i32 addrspace(3)*
	%10158 = getelementptr i32, i32 addrspace(3)* %10157, i32 %10155
	store i32 0, i32 addrspace(3)* %10158
	%10159 = mul i32 %3, 8
	%10160 = add i32 %10159, 6
	%10161 = add i32 %9871, %10160
	%10162 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10163 = bitcast i8 addrspace(3)* %10162 to i32 addrspace(3)*
	%10164 = getelementptr i32, i32 addrspace(3)* %10163, i32 %10161
	store i32 0, i32 addrspace(3)* %10164
	%10165 = mul i32 %3, 8
	%10166 = add i32 %10165, 7
	%10167 = add i32 %9871, %10166
	%10168 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10169 = bitcast i8 addrspace(3)* %10168 to i32 addrspace(3)*
	%10170 = getelementptr i32, i32 addrspace(3)* %10169, i32 %10167
	store i32 0, i32 addrspace(3)* %10170
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %10181

10171:
	%10172 = lshr i32 %9933, 24
	%10173 = and i32 %10172, 255
	%10174 = add i32 %9871, %10173
	%10175 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10176 = bitcast i8 addrspace(3)* %10175 to i32 addrspace(3)*
	%10177 = getelementptr i32, i32 addrspace(3)* %10176, i32 %10174
	%10178 = atomicrmw add i32 addrspace(3)* %10177, i32 1 monotonic
	br label %10179

10179:
	%10180 = add i32 %9926, 32
	br label %9925

10181:
	%10182 = phi i32 [ %3, %9937 ], [ %10436, %10435 ]
	%10183 = icmp slt i32 %10182, %589
	br i1 %10183, label %10184, label %10193

10184:
	%10185 = add i32 %9448, %10182
	%10186 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%10187 = bitcast i8 addrspace(3)* %10186 to i32 addrspace(3)*
	%10188 = getelementptr i32, i32 addrspace(3)* %10187, i32 %10185
	%10189 = load i32, i32 addrspace(3)* %10188
	%10190 = and i32 %10189, %10121
	%10191 = icmp eq i32 %10190, %10119
	%10192 = and i1 true, %10191
	br i1 %10192, label %10427, label %10435

10193:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%10194 = mul i32 %3, 8
	%10195 = add i32 %10194, 0
	%10196 = sub i32 255, %10195
	%10197 = add i32 %9871, %10196
	%10198 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10199 = bitcast i8 addrspace(3)* %10198 to i32 addrspace(3)*
	%10200 = getelementptr i32, i32 addrspace(3)* %10199, i32 %10197
	%10201 = load i32, i32 addrspace(3)* %10200
	%10202 = add i32 0, %10201
	%10203 = mul i32 %3, 8
	%10204 = add i32 %10203, 1
	%10205 = sub i32 255, %10204
	%10206 = add i32 %9871, %10205
	%10207 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10208 = bitcast i8 addrspace(3)* %10207 to i32 addrspace(3)*
	%10209 = getelementptr i32, i32 addrspace(3)* %10208, i32 %10206
	%10210 = load i32, i32 addrspace(3)* %10209
	%10211 = add i32 %10202, %10210
	%10212 = mul i32 %3, 8
	%10213 = add i32 %10212, 2
	%10214 = sub i32 255, %10213
	%10215 = add i32 %9871, %10214
	%10216 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10217 = bitcast i8 addrspace(3)* %10216 to i32 addrspace(3)*
	%10218 = getelementptr i32, i32 addrspace(3)* %10217, i32 %10215
	%10219 = load i32, i32 addrspace(3)* %10218
	%10220 = add i32 %10211, %10219
	%10221 = mul i32 %3, 8
	%10222 = add i32 %10221, 3
	%10223 = sub i32 255, %10222
	%10224 = add i32 %9871, %10223
	%10225 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10226 = bitcast i8 addrspace(3)* %10225 to i32 addrspace(3)*
	%10227 = getelementptr i32, i32 addrspace(3)* %10226, i32 %10224
	%10228 = load i32, i32 addrspace(3)* %10227
	%10229 = add i32 %10220, %10228
	%10230 = mul i32 %3, 8
	%10231 = add i32 %10230, 4
	%10232 = sub i32 255, %10231
	%10233 = add i32 %9871, %10232
	%10234 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10235 = bitcast i8 addrspace(3)* %10234 to i32 addrspace(3)*
	%10236 = getelementptr i32, i32 addrspace(3)* %10235, i32 %10233
	%10237 = load i32, i32 addrspace(3)* %10236
	%10238 = add i32 %10229, %10237
	%10239 = mul i32 %3, 8
	%10240 = add i32 %10239, 5
	%10241 = sub i32 255, %10240
	%10242 = add i32 %9871, %10241
	%10243 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10244 = bitcast i8 addrspace(3)* %10243 to i32 addrspace(3)*
	%10245 = getelementptr i32, i32 addrspace(3)* %10244, i32 %10242
	%10246 = load i32, i32 addrspace(3)* %10245
	%10247 = add i32 %10238, %10246
	%10248 = mul i32 %3, 8
	%10249 = add i32 %10248, 6
	%10250 = sub i32 255, %10249
	%10251 = add i32 %9871, %10250
	%10252 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10253 = bitcast i8 addrspace(3)* %10252 to i32 addrspace(3)*
	%10254 = getelementptr i32, i32 addrspace(3)* %10253, i32 %10251
	%10255 = load i32, i32 addrspace(3)* %10254
	%10256 = add i32 %10247, %10255
	%10257 = mul i32 %3, 8
	%10258 = add i32 %10257, 7
	%10259 = sub i32 255, %10258
	%10260 = add i32 %9871, %10259
	%10261 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10262 = bitcast i8 addrspace(3)* %10261 to i32 addrspace(3)*
	%10263 = getelementptr i32, i32 addrspace(3)* %10262, i32 %10260
	%10264 = load i32, i32 addrspace(3)* %10263
	%10265 = add i32 %10256, %10264
	%10266 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10265, i32 1, i32 0)
	%10267 = icmp uge i32 %3, 1
	%10268 = select i1 %10267, i32 %10266, i32 0
	%10269 = add i32 %10265, %10268
	%10270 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10269, i32 2, i32 0)
	%10271 = icmp uge i32 %3, 2
	%10272 = select i1 %10271, i32 %10270, i32 0
	%10273 = add i32 %10269, %10272
	%10274 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10273, i32 4, i32 0)
	%10275 = icmp uge i32 %3, 4
	%10276 = select i1 %10275, i32 %10274, i32 0
	%10277 = add i32 %10273, %10276
	%10278 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10277, i32 8, i32 0)
	%10279 = icmp uge i32 %3, 8
	%10280 = select i1 %10279, i32 %10278, i32 0
	%10281 = add i32 %10277, %10280
	%10282 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10281, i32 16, i32 0)
	%10283 = icmp uge i32 %3, 16
	%10284 = select i1 %10283, i32 %10282, i32 0
	%10285 = add i32 %10281, %10284
	%10286 = sub i32 %10285, %10265
	%10287 = icmp slt i32 %10286, %10122
	%10288 = icmp sge i32 %10285, %10122
	%10289 = and i1 %10287, %10288
	%10290 = add i32 %10286, %10201
	%10291 = xor i1 false, true
	%10292 = icmp sge i32 %10290, %10122
	%10293 = and i1 %10291, %10292
	%10294 = mul i32 %3, 8
	%10295 = add i32 %10294, 0
	%10296 = sub i32 255, %10295
	%10297 = select i1 %10293, i32 %10296, i32 0
	%10298 = select i1 %10293, i32 %10286, i32 0
	%10299 = or i1 false, %10293
	%10300 = add i32 %10290, %10210
	%10301 = xor i1 %10299, true
	%10302 = icmp sge i32 %10300, %10122
	%10303 = and i1 %10301, %10302
	%10304 = mul i32 %3, 8
	%10305 = add i32 %10304, 1
	%10306 = sub i32 255, %10305
	%10307 = select i1 %10303, i32 %10306, i32 %10297
	%10308 = select i1 %10303, i32 %10290, i32 %10298
	%10309 = or i1 %10299, %10303
	%10310 = add i32 %10300, %10219
	%10311 = xor i1 %10309, true
	%10312 = icmp sge i32 %10310, %10122
	%10313 = and i1 %10311, %10312
	%10314 = mul i32 %3, 8
	%10315 = add i32 %10314, 2
	%10316 = sub i32 255, %10315
	%10317 = select i1 %10313, i32 %10316, i32 %10307
	%10318 = select i1 %10313, i32 %10300, i32 %10308
	%10319 = or i1 %10309, %10313
	%10320 = add i32 %10310, %10228
	%10321 = xor i1 %10319, true
	%10322 = icmp sge i32 %10320, %10122
	%10323 = and i1 %10321, %10322
	%10324 = mul i32 %3, 8
	%10325 = add i32 %10324, 3
	%10326 = sub i32 255, %10325
	%10327 = select i1 %10323, i32 %10326, i32 %10317
	%10328 = select i1 %10323, i32 %10310, i32 %10318
	%10329 = or i1 %10319, %10323
	%10330 = add i32 %10320, %10237
	%10331 = xor i1 %10329, true
	%10332 = icmp sge i32 %10330, %10122
	%10333 = and i1 %10331, %10332
	%10334 = mul i32 %3, 8
	%10335 = add i32 %10334, 4
	%10336 = sub i32 255, %10335
	%10337 = select i1 %10333, i32 %10336, i32 %10327
	%10338 = select i1 %10333, i32 %10320, i32 %10328
	%10339 = or i1 %10329, %10333
	%10340 = add i32 %10330, %10246
	%10341 = xor i1 %10339, true
	%10342 = icmp sge i32 %10340, %10122
	%10343 = and i1 %10341, %10342
	%10344 = mul i32 %3, 8
	%10345 = add i32 %10344, 5
	%10346 = sub i32 255, %10345
	%10347 = select i1 %10343, i32 %10346, i32 %10337
	%10348 = select i1 %10343, i32 %10330, i32 %10338
	%10349 = or i1 %10339, %10343
	%10350 = add i32 %10340, %10255
	%10351 = xor i1 %10349, true
	%10352 = icmp sge i32 %10350, %10122
	%10353 = and i1 %10351, %10352
	%10354 = mul i32 %3, 8
	%10355 = add i32 %10354, 6
	%10356 = sub i32 255, %10355
	%10357 = select i1 %10353, i32 %10356, i32 %10347
	%10358 = select i1 %10353, i32 %10340, i32 %10348
	%10359 = or i1 %10349, %10353
	%10360 = add i32 %10350, %10264
	%10361 = xor i1 %10359, true
	%10362 = icmp sge i32 %10360, %10122
	%10363 = and i1 %10361, %10362
	%10364 = mul i32 %3, 8
	%10365 = add i32 %10364, 7
	%10366 = sub i32 255, %10365
	%10367 = select i1 %10363, i32 %10366, i32 %10357
	%10368 = select i1 %10363, i32 %10350, i32 %10358
	%10369 = or i1 %10359, %10363
	%10370 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %10289)
	%10371 = call i32 @llvm.cttz.i32(i32 %10370, i1 false)
	%10372 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %10367, i32 %10371, i32 31)
	%10373 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %10368, i32 %10371, i32 31)
	%10374 = shl i32 %10372, 16
	%10375 = or i32 %10119, %10374
	%10376 = shl i32 255, 16
	%10377 = or i32 %10121, %10376
	%10378 = sub i32 %10122, %10373
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%10379 = mul i32 %3, 8
	%10380 = add i32 %10379, 0
	%10381 = add i32 %9871, %10380
	%10382 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10383 = bitcast i8 addrspace(3)* %10382 to i32 addrspace(3)*
	%10384 = getelementptr i32, i32 addrspace(3)* %10383, i32 %10381
	store i32 0, i32 addrspace(3)* %10384
	%10385 = mul i32 %3, 8
	%10386 = add i32 %10385, 1
	%10387 = add i32 %9871, %10386
	%10388 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10389 = bitcast i8 addrspace(3)* %10388 to i32 addrspace(3)*
	%10390 = getelementptr i32, i32 addrspace(3)* %10389, i32 %10387
	store i32 0, i32 addrspace(3)* %10390
	%10391 = mul i32 %3, 8
	%10392 = add i32 %10391, 2
	%10393 = add i32 %9871, %10392
	%10394 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10395 = bitcast i8 addrspace(3)* %10394 to i32 addrspace(3)*
	%10396 = getelementptr i32, i32 addrspace(3)* %10395, i32 %10393
	store i32 0, i32 addrspace(3)* %10396
	%10397 = mul i32 %3, 8
	%10398 = add i32 %10397, 3
	%10399 = add i32 %9871, %10398
	%10400 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10401 = bitcast i8 addrspace(3)* %10400 to i32 addrspace(3)*
	%10402 = getelementptr i32, i32 addrspace(3)* %10401, i32 %10399
	store i32 0, i32 addrspace(3)* %10402
	%10403 = mul i32 %3, 8
	%10404 = add i32 %10403, 4
	%10405 = add i32 %9871, %10404
	%10406 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10407 = bitcast i8 addrspace(3)* %10406 to i32 addrspace(3)*
	%10408 = getelementptr i32, i32 addrspace(3)* %10407, i32 %10405
	store i32 0, i32 addrspace(3)* %10408
	%10409 = mul i32 %3, 8
	%10410 = add i32 %10409, 5
	%10411 = add i32 %9871, %10410
	%10412 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10413 = bitcast i8 addrspace(3)* %10412 to i32 addrspace(3)*
	%10414 = getelementptr i32, i32 addrspace(3)* %10413, i32 %10411
	store i32 0, i32 addrspace(3)* %10414
	%10415 = mul i32 %3, 8
	%10416 = add i32 %10415, 6
	%10417 = add i32 %9871, %10416
	%10418 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10419 = bitcast i8 addrspace(3)* %10418 to i32 addrspace(3)*
	%10420 = getelementptr i32, i32 addrspace(3)* %10419, i32 %10417
	store i32 0, i32 addrspace(3)* %10420
	%10421 = mul i32 %3, 8
	%10422 = add i32 %10421, 7
	%10423 = add i32 %9871, %10422
	%10424 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10425 = bitcast i8 addrspace(3)* %10424 to i32 addrspace(3)*
	%10426 = getelementptr i32, i32 addrspace(3)* %10425, i32 %10423
	store i32 0, i32 addrspace(3)* %10426
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %10437

10427:
	%10428 = lshr i32 %10189, 16
	%10429 = and i32 %10428, 255
	%10430 = add i32 %9871, %10429
	%10431 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10432 = bitcast i8 addrspace(3)* %10431 to i32 addrspace(3)*
	%10433 = getelementptr i32, i32 addrspace(3)* %10432, i32 %10430
	%10434 = atomicrmw add i32 addrspace(3)* %10433, i32 1 monotonic
	br label %10435

10435:
	%10436 = add i32 %10182, 32
	br label %10181

10437:
	%10438 = phi i32 [ %3, %10193 ], [ %10692, %10691 ]
	%10439 = icmp slt i32 %10438, %589
	br i1 %10439, label %10440, label %10449

10440:
	%10441 = add i32 %9448, %10438
	%10442 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%10443 = bitcast i8 addrspace(3)* %10442 to i32 addrspace(3)*
	%10444 = getelementptr i32, i32 addrspace(3)* %10443, i32 %10441
	%10445 = load i32, i32 addrspace(3)* %10444
	%10446 = and i32 %10445, %10377
	%10447 = icmp eq i32 %10446, %10375
	%10448 = and i1 true, %10447
	br i1 %10448, label %10683, label %10691

10449:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%10450 = mul i32 %3, 8
	%10451 = add i32 %10450, 0
	%10452 = sub i32 255, %10451
	%10453 = add i32 %9871, %10452
	%10454 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10455 = bitcast i8 addrspace(3)* %10454 to i32 addrspace(3)*
	%10456 = getelementptr i32, i32 addrspace(3)* %10455, i32 %10453
	%10457 = load i32, i32 addrspace(3)* %10456
	%10458 = add i32 0, %10457
	%10459 = mul i32 %3, 8
	%10460 = add i32 %10459, 1
	%10461 = sub i32 255, %10460
	%10462 = add i32 %9871, %10461
	%10463 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10464 = bitcast i8 addrspace(3)* %10463 to i32 addrspace(3)*
	%10465 = getelementptr i32, i32 addrspace(3)* %10464, i32 %10462
	%10466 = load i32, i32 addrspace(3)* %10465
	%10467 = add i32 %10458, %10466
	%10468 = mul i32 %3, 8
	%10469 = add i32 %10468, 2
	%10470 = sub i32 255, %10469
	%10471 = add i32 %9871, %10470
	%10472 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10473 = bitcast i8 addrspace(3)* %10472 to i32 addrspace(3)*
	%10474 = getelementptr i32, i32 addrspace(3)* %10473, i32 %10471
	%10475 = load i32, i32 addrspace(3)* %10474
	%10476 = add i32 %10467, %10475
	%10477 = mul i32 %3, 8
	%10478 = add i32 %10477, 3
	%10479 = sub i32 255, %10478
	%10480 = add i32 %9871, %10479
	%10481 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10482 = bitcast i8 addrspace(3)* %10481 to i32 addrspace(3)*
	%10483 = getelementptr i32, i32 addrspace(3)* %10482, i32 %10480
	%10484 = load i32, i32 addrspace(3)* %10483
	%10485 = add i32 %10476, %10484
	%10486 = mul i32 %3, 8
	%10487 = add i32 %10486, 4
	%10488 = sub i32 255, %10487
	%10489 = add i32 %9871, %10488
	%10490 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10491 = bitcast i8 addrspace(3)* %10490 to i32 addrspace(3)*
	%10492 = getelementptr i32, i32 addrspace(3)* %10491, i32 %10489
	%10493 = load i32, i32 addrspace(3)* %10492
	%10494 = add i32 %10485, %10493
	%10495 = mul i32 %3, 8
	%10496 = add i32 %10495, 5
	%10497 = sub i32 255, %10496
	%10498 = add i32 %9871, %10497
	%10499 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10500 = bitcast i8 addrspace(3)* %10499 to i32 addrspace(3)*
	%10501 = getelementptr i32, i32 addrspace(3)* %10500, i32 %10498
	%10502 = load i32, i32 addrspace(3)* %10501
	%10503 = add i32 %10494, %10502
	%10504 = mul i32 %3, 8
	%10505 = add i32 %10504, 6
	%10506 = sub i32 255, %10505
	%10507 = add i32 %9871, %10506
	%10508 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10509 = bitcast i8 addrspace(3)* %10508 to i32 addrspace(3)*
	%10510 = getelementptr i32, i32 addrspace(3)* %10509, i32 %10507
	%10511 = load i32, i32 addrspace(3)* %10510
	%10512 = add i32 %10503, %10511
	%10513 = mul i32 %3, 8
	%10514 = add i32 %10513, 7
	%10515 = sub i32 255, %10514
	%10516 = add i32 %9871, %10515
	%10517 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10518 = bitcast i8 addrspace(3)* %10517 to i32 addrspace(3)*
	%10519 = getelementptr i32, i32 addrspace(3)* %10518, i32 %10516
	%10520 = load i32, i32 addrspace(3)* %10519
	%10521 = add i32 %10512, %10520
	%10522 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10521, i32 1, i32 0)
	%10523 = icmp uge i32 %3, 1
	%10524 = select i1 %10523, i32 %10522, i32 0
	%10525 = add i32 %10521, %10524
	%10526 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10525, i32 2, i32 0)
	%10527 = icmp uge i32 %3, 2
	%10528 = select i1 %10527, i32 %10526, i32 0
	%10529 = add i32 %10525, %10528
	%10530 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10529, i32 4, i32 0)
	%10531 = icmp uge i32 %3, 4
	%10532 = select i1 %10531, i32 %10530, i32 0
	%10533 = add i32 %10529, %10532
	%10534 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10533, i32 8, i32 0)
	%10535 = icmp uge i32 %3, 8
	%10536 = select i1 %10535, i32 %10534, i32 0
	%10537 = add i32 %10533, %10536
	%10538 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10537, i32 16, i32 0)
	%10539 = icmp uge i32 %3, 16
	%10540 = select i1 %10539, i32 %10538, i32 0
	%10541 = add i32 %10537, %10540
	%10542 = sub i32 %10541, %10521
	%10543 = icmp slt i32 %10542, %10378
	%10544 = icmp sge i32 %10541, %10378
	%10545 = and i1 %10543, %10544
	%10546 = add i32 %10542, %10457
	%10547 = xor i1 false, true
	%10548 = icmp sge i32 %10546, %10378
	%10549 = and i1 %10547, %10548
	%10550 = mul i32 %3, 8
	%10551 = add i32 %10550, 0
	%10552 = sub i32 255, %10551
	%10553 = select i1 %10549, i32 %10552, i32 0
	%10554 = select i1 %10549, i32 %10542, i32 0
	%10555 = or i1 false, %10549
	%10556 = add i32 %10546, %10466
	%10557 = xor i1 %10555, true
	%10558 = icmp sge i32 %10556, %10378
	%10559 = and i1 %10557, %10558
	%10560 = mul i32 %3, 8
	%10561 = add i32 %10560, 1
	%10562 = sub i32 255, %10561
	%10563 = select i1 %10559, i32 %10562, i32 %10553
	%10564 = select i1 %10559, i32 %10546, i32 %10554
	%10565 = or i1 %10555, %10559
	%10566 = add i32 %10556, %10475
	%10567 = xor i1 %10565, true
	%10568 = icmp sge i32 %10566, %10378
	%10569 = and i1 %10567, %10568
	%10570 = mul i32 %3, 8
	%10571 = add i32 %10570, 2
	%10572 = sub i32 255, %10571
	%10573 = select i1 %10569, i32 %10572, i32 %10563
	%10574 = select i1 %10569, i32 %10556, i32 %10564
	%10575 = or i1 %10565, %10569
	%10576 = add i32 %10566, %10484
	%10577 = xor i1 %10575, true
	%10578 = icmp sge i32 %10576, %10378
	%10579 = and i1 %10577, %10578
	%10580 = mul i32 %3, 8
	%10581 = add i32 %10580, 3
	%10582 = sub i32 255, %10581
	%10583 = select i1 %10579, i32 %10582, i32 %10573
	%10584 = select i1 %10579, i32 %10566, i32 %10574
	%10585 = or i1 %10575, %10579
	%10586 = add i32 %10576, %10493
	%10587 = xor i1 %10585, true
	%10588 = icmp sge i32 %10586, %10378
	%10589 = and i1 %10587, %10588
	%10590 = mul i32 %3, 8
	%10591 = add i32 %10590, 4
	%10592 = sub i32 255, %10591
	%10593 = select i1 %10589, i32 %10592, i32 %10583
	%10594 = select i1 %10589, i32 %10576, i32 %10584
	%10595 = or i1 %10585, %10589
	%10596 = add i32 %10586, %10502
	%10597 = xor i1 %10595, true
	%10598 = icmp sge i32 %10596, %10378
	%10599 = and i1 %10597, %10598
	%10600 = mul i32 %3, 8
	%10601 = add i32 %10600, 5
	%10602 = sub i32 255, %10601
	%10603 = select i1 %10599, i32 %10602, i32 %10593
	%10604 = select i1 %10599, i32 %10586, i32 %10594
	%10605 = or i1 %10595, %10599
	%10606 = add i32 %10596, %10511
	%10607 = xor i1 %10605, true
	%10608 = icmp sge i32 %10606, %10378
	%10609 = and i1 %10607, %10608
	%10610 = mul i32 %3, 8
	%10611 = add i32 %10610, 6
	%10612 = sub i32 255, %10611
	%10613 = select i1 %10609, i32 %10612, i32 %10603
	%10614 = select i1 %10609, i32 %10596, i32 %10604
	%10615 = or i1 %10605, %10609
	%10616 = add i32 %10606, %10520
	%10617 = xor i1 %10615, true
	%10618 = icmp sge i32 %10616, %10378
	%10619 = and i1 %10617, %10618
	%10620 = mul i32 %3, 8
	%10621 = add i32 %10620, 7
	%10622 = sub i32 255, %10621
	%10623 = select i1 %10619, i32 %10622, i32 %10613
	%10624 = select i1 %10619, i32 %10606, i32 %10614
	%10625 = or i1 %10615, %10619
	%10626 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %10545)
	%10627 = call i32 @llvm.cttz.i32(i32 %10626, i1 false)
	%10628 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %10623, i32 %10627, i32 31)
	%10629 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %10624, i32 %10627, i32 31)
	%10630 = shl i32 %10628, 8
	%10631 = or i32 %10375, %10630
	%10632 = shl i32 255, 8
	%10633 = or i32 %10377, %10632
	%10634 = sub i32 %10378, %10629
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%10635 = mul i32 %3, 8
	%10636 = add i32 %10635, 0
	%10637 = add i32 %9871, %10636
	%10638 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10639 = bitcast i8 addrspace(3)* %10638 to i32 addrspace(3)*
	%10640 = getelementptr i32, i32 addrspace(3)* %10639, i32 %10637
	store i32 0, i32 addrspace(3)* %10640
	%10641 = mul i32 %3, 8
	%10642 = add i32 %10641, 1
	%10643 = add i32 %9871, %10642
	%10644 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10645 = bitcast i8 addrspace(3)* %10644 to i32 addrspace(3)*
	%10646 = getelementptr i32, i32 addrspace(3)* %10645, i32 %10643
	store i32 0, i32 addrspace(3)* %10646
	%10647 = mul i32 %3, 8
	%10648 = add i32 %10647, 2
	%10649 = add i32 %9871, %10648
	%10650 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10651 = bitcast i8 addrspace(3)* %10650 to i32 addrspace(3)*
	%10652 = getelementptr i32, i32 addrspace(3)* %10651, i32 %10649
	store i32 0, i32 addrspace(3)* %10652
	%10653 = mul i32 %3, 8
	%10654 = add i32 %10653, 3
	%10655 = add i32 %9871, %10654
	%10656 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10657 = bitcast i8 addrspace(3)* %10656 to i32 addrspace(3)*
	%10658 = getelementptr i32, i32 addrspace(3)* %10657, i32 %10655
	store i32 0, i32 addrspace(3)* %10658
	%10659 = mul i32 %3, 8
	%10660 = add i32 %10659, 4
	%10661 = add i32 %9871, %10660
	%10662 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10663 = bitcast i8 addrspace(3)* %10662 to i32 addrspace(3)*
	%10664 = getelementptr i32, i32 addrspace(3)* %10663, i32 %10661
	store i32 0, i32 addrspace(3)* %10664
	%10665 = mul i32 %3, 8
	%10666 = add i32 %10665, 5
	%10667 = add i32 %9871, %10666
	%10668 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10669 = bitcast i8 addrspace(3)* %10668 to i32 addrspace(3)*
	%10670 = getelementptr i32, i32 addrspace(3)* %10669, i32 %10667
	store i32 0, i32 addrspace(3)* %10670
	%10671 = mul i32 %3, 8
	%10672 = add i32 %10671, 6
	%10673 = add i32 %9871, %10672
	%10674 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10675 = bitcast i8 addrspace(3)* %10674 to i32 addrspace(3)*
	%10676 = getelementptr i32, i32 addrspace(3)* %10675, i32 %10673
	store i32 0, i32 addrspace(3)* %10676
	%10677 = mul i32 %3, 8
	%10678 = add i32 %10677, 7
	%10679 = add i32 %9871, %10678
	%10680 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10681 = bitcast i8 addrspace(3)* %10680 to i32 addrspace(3)*
	%10682 = getelementptr i32, i32 addrspace(3)* %10681, i32 %10679
	store i32 0, i32 addrspace(3)* %10682
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %10693

10683:
	%10684 = lshr i32 %10445, 8
	%10685 = and i32 %10684, 255
	%10686 = add i32 %9871, %10685
	%10687 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10688 = bitcast i8 addrspace(3)* %10687 to i32 addrspace(3)*
	%10689 = getelementptr i32, i32 addrspace(3)* %10688, i32 %10686
	%10690 = atomicrmw add i32 addrspace(3)* %10689, i32 1 monotonic
	br label %10691

10691:
	%10692 = add i32 %10438, 32
	br label %10437

10693:
	%10694 = phi i32 [ %3, %10449 ], [ %10900, %10899 ]
	%10695 = icmp slt i32 %10694, %589
	br i1 %10695, label %10696, label %10705

10696:
	%10697 = add i32 %9448, %10694
	%10698 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%10699 = bitcast i8 addrspace(3)* %10698 to i32 addrspace(3)*
	%10700 = getelementptr i32, i32 addrspace(3)* %10699, i32 %10697
	%10701 = load i32, i32 addrspace(3)* %10700
	%10702 = and i32 %10701, %10633
	%10703 = icmp eq i32 %10702, %10631
	%10704 = and i1 true, %10703
	br i1 %10704, label %10891, label %10899

10705:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%10706 = mul i32 %3, 8
	%10707 = add i32 %10706, 0
	%10708 = sub i32 255, %10707
	%10709 = add i32 %9871, %10708
	%10710 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10711 = bitcast i8 addrspace(3)* %10710 to i32 addrspace(3)*
	%10712 = getelementptr i32, i32 addrspace(3)* %10711, i32 %10709
	%10713 = load i32, i32 addrspace(3)* %10712
	%10714 = add i32 0, %10713
	%10715 = mul i32 %3, 8
	%10716 = add i32 %10715, 1
	%10717 = sub i32 255, %10716
	%10718 = add i32 %9871, %10717
	%10719 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10720 = bitcast i8 addrspace(3)* %10719 to i32 addrspace(3)*
	%10721 = getelementptr i32, i32 addrspace(3)* %10720, i32 %10718
	%10722 = load i32, i32 addrspace(3)* %10721
	%10723 = add i32 %10714, %10722
	%10724 = mul i32 %3, 8
	%10725 = add i32 %10724, 2
	%10726 = sub i32 255, %10725
	%10727 = add i32 %9871, %10726
	%10728 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10729 = bitcast i8 addrspace(3)* %10728 to i32 addrspace(3)*
	%10730 = getelementptr i32, i32 addrspace(3)* %10729, i32 %10727
	%10731 = load i32, i32 addrspace(3)* %10730
	%10732 = add i32 %10723, %10731
	%10733 = mul i32 %3, 8
	%10734 = add i32 %10733, 3
	%10735 = sub i32 255, %10734
	%10736 = add i32 %9871, %10735
	%10737 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10738 = bitcast i8 addrspace(3)* %10737 to i32 addrspace(3)*
	%10739 = getelementptr i32, i32 addrspace(3)* %10738, i32 %10736
	%10740 = load i32, i32 addrspace(3)* %10739
	%10741 = add i32 %10732, %10740
	%10742 = mul i32 %3, 8
	%10743 = add i32 %10742, 4
	%10744 = sub i32 255, %10743
	%10745 = add i32 %9871, %10744
	%10746 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10747 = bitcast i8 addrspace(3)* %10746 to i32 addrspace(3)*
	%10748 = getelementptr i32, i32 addrspace(3)* %10747, i32 %10745
	%10749 = load i32, i32 addrspace(3)* %10748
	%10750 = add i32 %10741, %10749
	%10751 = mul i32 %3, 8
	%10752 = add i32 %10751, 5
	%10753 = sub i32 255, %10752
	%10754 = add i32 %9871, %10753
	%10755 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10756 = bitcast i8 addrspace(3)* %10755 to i32 addrspace(3)*
	%10757 = getelementptr i32, i32 addrspace(3)* %10756, i32 %10754
	%10758 = load i32, i32 addrspace(3)* %10757
	%10759 = add i32 %10750, %10758
	%10760 = mul i32 %3, 8
	%10761 = add i32 %10760, 6
	%10762 = sub i32 255, %10761
	%10763 = add i32 %9871, %10762
	%10764 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10765 = bitcast i8 addrspace(3)* %10764 to i32 addrspace(3)*
	%10766 = getelementptr i32, i32 addrspace(3)* %10765, i32 %10763
	%10767 = load i32, i32 addrspace(3)* %10766
	%10768 = add i32 %10759, %10767
	%10769 = mul i32 %3, 8
	%10770 = add i32 %10769, 7
	%10771 = sub i32 255, %10770
	%10772 = add i32 %9871, %10771
	%10773 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10774 = bitcast i8 addrspace(3)* %10773 to i32 addrspace(3)*
	%10775 = getelementptr i32, i32 addrspace(3)* %10774, i32 %10772
	%10776 = load i32, i32 addrspace(3)* %10775
	%10777 = add i32 %10768, %10776
	%10778 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10777, i32 1, i32 0)
	%10779 = icmp uge i32 %3, 1
	%10780 = select i1 %10779, i32 %10778, i32 0
	%10781 = add i32 %10777, %10780
	%10782 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10781, i32 2, i32 0)
	%10783 = icmp uge i32 %3, 2
	%10784 = select i1 %10783, i32 %10782, i32 0
	%10785 = add i32 %10781, %10784
	%10786 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10785, i32 4, i32 0)
	%10787 = icmp uge i32 %3, 4
	%10788 = select i1 %10787, i32 %10786, i32 0
	%10789 = add i32 %10785, %10788
	%10790 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10789, i32 8, i32 0)
	%10791 = icmp uge i32 %3, 8
	%10792 = select i1 %10791, i32 %10790, i32 0
	%10793 = add i32 %10789, %10792
	%10794 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10793, i32 16, i32 0)
	%10795 = icmp uge i32 %3, 16
	%10796 = select i1 %10795, i32 %10794, i32 0
	%10797 = add i32 %10793, %10796
	%10798 = sub i32 %10797, %10777
	%10799 = icmp slt i32 %10798, %10634
	%10800 = icmp sge i32 %10797, %10634
	%10801 = and i1 %10799, %10800
	%10802 = add i32 %10798, %10713
	%10803 = xor i1 false, true
	%10804 = icmp sge i32 %10802, %10634
	%10805 = and i1 %10803, %10804
	%10806 = mul i32 %3, 8
	%10807 = add i32 %10806, 0
	%10808 = sub i32 255, %10807
	%10809 = select i1 %10805, i32 %10808, i32 0
	%10810 = select i1 %10805, i32 %10798, i32 0
	%10811 = or i1 false, %10805
	%10812 = add i32 %10802, %10722
	%10813 = xor i1 %10811, true
	%10814 = icmp sge i32 %10812, %10634
	%10815 = and i1 %10813, %10814
	%10816 = mul i32 %3, 8
	%10817 = add i32 %10816, 1
	%10818 = sub i32 255, %10817
	%10819 = select i1 %10815, i32 %10818, i32 %10809
	%10820 = select i1 %10815, i32 %10802, i32 %10810
	%10821 = or i1 %10811, %10815
	%10822 = add i32 %10812, %10731
	%10823 = xor i1 %10821, true
	%10824 = icmp sge i32 %10822, %10634
	%10825 = and i1 %10823, %10824
	%10826 = mul i32 %3, 8
	%10827 = add i32 %10826, 2
	%10828 = sub i32 255, %10827
	%10829 = select i1 %10825, i32 %10828, i32 %10819
	%10830 = select i1 %10825, i32 %10812, i32 %10820
	%10831 = or i1 %10821, %10825
	%10832 = add i32 %10822, %10740
	%10833 = xor i1 %10831, true
	%10834 = icmp sge i32 %10832, %10634
	%10835 = and i1 %10833, %10834
	%10836 = mul i32 %3, 8
	%10837 = add i32 %10836, 3
	%10838 = sub i32 255, %10837
	%10839 = select i1 %10835, i32 %10838, i32 %10829
	%10840 = select i1 %10835, i32 %10822, i32 %10830
	%10841 = or i1 %10831, %10835
	%10842 = add i32 %10832, %10749
	%10843 = xor i1 %10841, true
	%10844 = icmp sge i32 %10842, %10634
	%10845 = and i1 %10843, %10844
	%10846 = mul i32 %3, 8
	%10847 = add i32 %10846, 4
	%10848 = sub i32 255, %10847
	%10849 = select i1 %10845, i32 %10848, i32 %10839
	%10850 = select i1 %10845, i32 %10832, i32 %10840
	%10851 = or i1 %10841, %10845
	%10852 = add i32 %10842, %10758
	%10853 = xor i1 %10851, true
	%10854 = icmp sge i32 %10852, %10634
	%10855 = and i1 %10853, %10854
	%10856 = mul i32 %3, 8
	%10857 = add i32 %10856, 5
	%10858 = sub i32 255, %10857
	%10859 = select i1 %10855, i32 %10858, i32 %10849
	%10860 = select i1 %10855, i32 %10842, i32 %10850
	%10861 = or i1 %10851, %10855
	%10862 = add i32 %10852, %10767
	%10863 = xor i1 %10861, true
	%10864 = icmp sge i32 %10862, %10634
	%10865 = and i1 %10863, %10864
	%10866 = mul i32 %3, 8
	%10867 = add i32 %10866, 6
	%10868 = sub i32 255, %10867
	%10869 = select i1 %10865, i32 %10868, i32 %10859
	%10870 = select i1 %10865, i32 %10852, i32 %10860
	%10871 = or i1 %10861, %10865
	%10872 = add i32 %10862, %10776
	%10873 = xor i1 %10871, true
	%10874 = icmp sge i32 %10872, %10634
	%10875 = and i1 %10873, %10874
	%10876 = mul i32 %3, 8
	%10877 = add i32 %10876, 7
	%10878 = sub i32 255, %10877
	%10879 = select i1 %10875, i32 %10878, i32 %10869
	%10880 = select i1 %10875, i32 %10862, i32 %10870
	%10881 = or i1 %10871, %10875
	%10882 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %10801)
	%10883 = call i32 @llvm.cttz.i32(i32 %10882, i1 false)
	%10884 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %10879, i32 %10883, i32 31)
	%10885 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %10880, i32 %10883, i32 31)
	%10886 = shl i32 %10884, 0
	%10887 = or i32 %10631, %10886
	%10888 = shl i32 255, 0
	%10889 = or i32 %10633, %10888
	%10890 = sub i32 %10634, %10885
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %9920

10891:
	%10892 = lshr i32 %10701, 0
	%10893 = and i32 %10892, 255
	%10894 = add i32 %9871, %10893
	%10895 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%10896 = bitcast i8 addrspace(3)* %10895 to i32 addrspace(3)*
	%10897 = getelementptr i32, i32 addrspace(3)* %10896, i32 %10894
	%10898 = atomicrmw add i32 addrspace(3)* %10897, i32 1 monotonic
	br label %10899

10899:
	%10900 = add i32 %10694, 32
	br label %10693

10901:
	%10902 = phi i32 [ 0, %9920 ], [ %10951, %10946 ]
	%10903 = phi i32 [ 0, %9920 ], [ %10948, %10946 ]
	%10904 = phi i32 [ 0, %9920 ], [ %10950, %10946 ]
	%10905 = icmp slt i32 %10902, %589
	br i1 %10905, label %10906, label %10909

10906:
	%10907 = add i32 %10902, %3
	%10908 = icmp slt i32 %10907, %589
	br i1 %10908, label %10910, label %10920

10909:
	br label %9450

10910:
	%10911 = add i32 %9448, %10907
	%10912 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%10913 = bitcast i8 addrspace(3)* %10912 to i32 addrspace(3)*
	%10914 = getelementptr i32, i32 addrspace(3)* %10913, i32 %10911
	%10915 = load i32, i32 addrspace(3)* %10914
	%10916 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%10917 = bitcast i8 addrspace(3)* %10916 to i32 addrspace(3)*
	%10918 = getelementptr i32, i32 addrspace(3)* %10917, i32 %10911
	%10919 = load i32, i32 addrspace(3)* %10918
	br label %10920

10920:
	%10921 = phi i32 [ 0, %10906 ], [ %10915, %10910 ]
	%10922 = phi i32 [ 0, %10906 ], [ %10919, %10910 ]
	%10923 = icmp eq i32 %10921, %9921
	%10924 = and i1 %10908, %10923
	%10925 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %10924)
	%10926 = and i32 %10925, %9924
	%10927 = call i32 @llvm.ctpop.i32(i32 %10926)
	%10928 = add i32 %10904, %10927
	%10929 = icmp ugt i32 %10921, %9921
	%10930 = icmp slt i32 %10928, %9922
	%10931 = and i1 %10924, %10930
	%10932 = or i1 %10929, %10931
	%10933 = and i1 %10908, %10932
	%10934 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %10933)
	%10935 = and i32 %10934, %9924
	%10936 = call i32 @llvm.ctpop.i32(i32 %10935)
	%10937 = add i32 %10903, %10936
	%10938 = add i32 %9448, %10937
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %10933, label %10939, label %10946

10939:
	%10940 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%10941 = bitcast i8 addrspace(3)* %10940 to i32 addrspace(3)*
	%10942 = getelementptr i32, i32 addrspace(3)* %10941, i32 %10938
	store i32 %10921, i32 addrspace(3)* %10942
	%10943 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%10944 = bitcast i8 addrspace(3)* %10943 to i32 addrspace(3)*
	%10945 = getelementptr i32, i32 addrspace(3)* %10944, i32 %10938
	store i32 %10922, i32 addrspace(3)* %10945
	br label %10946

10946:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%10947 = call i32 @llvm.ctpop.i32(i32 %10934)
	%10948 = add i32 %10903, %10947
	%10949 = call i32 @llvm.ctpop.i32(i32 %10925)
	%10950 = add i32 %10904, %10949
	%10951 = add i32 %10902, 32
	br label %10901

10952:
	%10953 = phi i32 [ 0, %9450 ], [ %10983, %10977 ]
	%10954 = phi i32 [ 0, %9450 ], [ %10982, %10977 ]
	%10955 = icmp slt i32 %10953, %9451
	br i1 %10955, label %10956, label %10959

10956:
	%10957 = add i32 %10953, %3
	%10958 = icmp slt i32 %10957, %9451
	br i1 %10958, label %10960, label %10967

10959:
	br label %10984

10960:
	%10961 = mul i32 %420, 160
	%10962 = add i32 %10961, %10957
	%10963 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%10964 = bitcast i8 addrspace(3)* %10963 to i32 addrspace(3)*
	%10965 = getelementptr i32, i32 addrspace(3)* %10964, i32 %10962
	%10966 = load i32, i32 addrspace(3)* %10965
	br label %10967

10967:
	%10968 = phi i32 [ 0, %10956 ], [ %10966, %10960 ]
	br i1 %10958, label %10969, label %10977

10969:
	%10970 = add i32 0, %10957
	%10971 = icmp sgt i32 %10968, %447
	%10972 = select i1 %10971, i32 %9452, i32 0
	%10973 = add i32 %10970, %10972
	%10974 = add i32 %9456, %10973
	%10975 = sext i32 %10974 to i64
	%10976 = getelementptr i32, i32* %out, i64 %10975
	store i32 %10968, i32* %10976
	br label %10977

10977:
	%10978 = icmp slt i32 %10968, %444
	%10979 = and i1 %10958, %10978
	%10980 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %10979)
	%10981 = call i32 @llvm.ctpop.i32(i32 %10980)
	%10982 = add i32 %10954, %10981
	%10983 = add i32 %10953, 32
	br label %10952

10984:
	%10985 = phi i32 [ %3, %10959 ], [ %10994, %10987 ]
	%10986 = icmp slt i32 %10985, %9452
	br i1 %10986, label %10987, label %10995

10987:
	%10988 = add i32 0, %10954
	%10989 = add i32 %10988, %10985
	%10990 = add i32 %444, %10985
	%10991 = add i32 %9456, %10989
	%10992 = sext i32 %10991 to i64
	%10993 = getelementptr i32, i32* %out, i64 %10992
	store i32 %10990, i32* %10993
	%10994 = add i32 %10985, 32
	br label %10984

10995:
	%10996 = icmp eq i32 %3, 0
	%10997 = icmp eq i32 0, 1
	%10998 = and i1 %10996, %10997
	br i1 %10998, label %10999, label %11003

10999:
	%11000 = add i32 %9456, 0
	%11001 = sext i32 %11000 to i64
	%11002 = getelementptr i32, i32* %out, i64 %11001
	store i32 0, i32* %11002
	br label %11003

11003:
	%11004 = add i32 %452, %9451
	%11005 = add i32 %11004, %3
	br label %11006

11006:
	%11007 = phi i32 [ %11005, %11003 ], [ %11013, %11009 ]
	%11008 = icmp slt i32 %11007, 8
	br i1 %11008, label %11009, label %11014

11009:
	%11010 = add i32 %9456, %11007
	%11011 = sext i32 %11010 to i64
	%11012 = getelementptr i32, i32* %out, i64 %11011
	store i32 -1, i32* %11012
	%11013 = add i32 %11007, 32
	br label %11006

11014:
	br label %9444

11015:
	%11016 = icmp sgt i32 %591, %499
	br i1 %11016, label %11020, label %11023

11017:
	%11018 = add i32 %5, %504
	%11019 = icmp slt i32 %11018, %M
	br i1 %11019, label %12588, label %12590

11020:
	%11021 = mul i32 %462, 160
	%11022 = icmp sle i32 %591, 64
	br i1 %11022, label %11030, label %11032

11023:
	%11024 = phi i32 [ %591, %11015 ], [ %499, %12482 ]
	%11025 = sub i32 %494, 0
	%11026 = mul i32 %2, %M
	%11027 = add i32 %5, %462
	%11028 = add i32 %11026, %11027
	%11029 = mul i32 %11028, 8
	br label %12525

11030:
	%11031 = icmp slt i32 %3, %591
	br i1 %11031, label %11036, label %11042

11032:
	%11033 = phi i32 [ 0, %11020 ], [ %11434, %11052 ]
	%11034 = phi i32 [ 0, %11020 ], [ %11442, %11052 ]
	%11035 = xor i1 %11022, true
	br i1 %11035, label %11443, label %11493

11036:
	%11037 = add i32 %11021, %3
	%11038 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%11039 = bitcast i8 addrspace(3)* %11038 to i32 addrspace(3)*
	%11040 = getelementptr i32, i32 addrspace(3)* %11039, i32 %11037
	%11041 = load i32, i32 addrspace(3)* %11040
	br label %11042

11042:
	%11043 = phi i32 [ 0, %11030 ], [ %11041, %11036 ]
	%11044 = add i32 %3, 32
	%11045 = icmp slt i32 %11044, %591
	br i1 %11045, label %11046, label %11052

11046:
	%11047 = add i32 %11021, %11044
	%11048 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%11049 = bitcast i8 addrspace(3)* %11048 to i32 addrspace(3)*
	%11050 = getelementptr i32, i32 addrspace(3)* %11049, i32 %11047
	%11051 = load i32, i32 addrspace(3)* %11050
	br label %11052

11052:
	%11053 = phi i32 [ 0, %11042 ], [ %11051, %11046 ]
	%11054 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11043, i32 1, i32 31)
	%11055 = and i32 %3, 2
	%11056 = icmp eq i32 %11055, 0
	%11057 = and i32 %3, 1
	%11058 = icmp eq i32 %11057, 0
	%11059 = icmp eq i1 %11056, %11058
	%11060 = icmp ugt i32 %11043, %11054
	%11061 = select i1 %11060, i32 %11043, i32 %11054
	%11062 = icmp ult i32 %11043, %11054
	%11063 = select i1 %11062, i32 %11043, i32 %11054
	%11064 = select i1 %11059, i32 %11061, i32 %11063
	%11065 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11064, i32 2, i32 31)
	%11066 = and i32 %3, 4
	%11067 = icmp eq i32 %11066, 0
	%11068 = and i32 %3, 2
	%11069 = icmp eq i32 %11068, 0
	%11070 = icmp eq i1 %11067, %11069
	%11071 = icmp ugt i32 %11064, %11065
	%11072 = select i1 %11071, i32 %11064, i32 %11065
	%11073 = icmp ult i32 %11064, %11065
	%11074 = select i1 %11073, i32 %11064, i32 %11065
	%11075 = select i1 %11070, i32 %11072, i32 %11074
	%11076 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11075, i32 1, i32 31)
	%11077 = and i32 %3, 4
	%11078 = icmp eq i32 %11077, 0
	%11079 = and i32 %3, 1
	%11080 = icmp eq i32 %11079, 0
	%11081 = icmp eq i1 %11078, %11080
	%11082 = icmp ugt i32 %11075, %11076
	%11083 = select i1 %11082, i32 %11075, i32 %11076
	%11084 = icmp ult i32 %11075, %11076
	%11085 = select i1 %11084, i32 %11075, i32 %11076
	%11086 = select i1 %11081, i32 %11083, i32 %11085
	%11087 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11086, i32 4, i32 31)
	%11088 = and i32 %3, 8
	%11089 = icmp eq i32 %11088, 0
	%11090 = and i32 %3, 4
	%11091 = icmp eq i32 %11090, 0
	%11092 = icmp eq i1 %11089, %11091
	%11093 = icmp ugt i32 %11086, %11087
	%11094 = select i1 %11093, i32 %11086, i32 %11087
	%11095 = icmp ult i32 %11086, %11087
	%11096 = select i1 %11095, i32 %11086, i32 %11087
	%11097 = select i1 %11092, i32 %11094, i32 %11096
	%11098 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11097, i32 2, i32 31)
	%11099 = and i32 %3, 8
	%11100 = icmp eq i32 %11099, 0
	%11101 = and i32 %3, 2
	%11102 = icmp eq i32 %11101, 0
	%11103 = icmp eq i1 %11100, %11102
	%11104 = icmp ugt i32 %11097, %11098
	%11105 = select i1 %11104, i32 %11097, i32 %11098
	%11106 = icmp ult i32 %11097, %11098
	%11107 = select i1 %11106, i32 %11097, i32 %11098
	%11108 = select i1 %11103, i32 %11105, i32 %11107
	%11109 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11108, i32 1, i32 31)
	%11110 = and i32 %3, 8
	%11111 = icmp eq i32 %11110, 0
	%11112 = and i32 %3, 1
	%11113 = icmp eq i32 %11112, 0
	%11114 = icmp eq i1 %11111, %11113
	%11115 = icmp ugt i32 %11108, %11109
	%11116 = select i1 %11115, i32 %11108, i32 %11109
	%11117 = icmp ult i32 %11108, %11109
	%11118 = select i1 %11117, i32 %11108, i32 %11109
	%11119 = select i1 %11114, i32 %11116, i32 %11118
	%11120 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11119, i32 8, i32 31)
	%11121 = and i32 %3, 16
	%11122 = icmp eq i32 %11121, 0
	%11123 = and i32 %3, 8
	%11124 = icmp eq i32 %11123, 0
	%11125 = icmp eq i1 %11122, %11124
	%11126 = icmp ugt i32 %11119, %11120
	%11127 = select i1 %11126, i32 %11119, i32 %11120
	%11128 = icmp ult i32 %11119, %11120
	%11129 = select i1 %11128, i32 %11119, i32 %11120
	%11130 = select i1 %11125, i32 %11127, i32 %11129
	%11131 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11130, i32 4, i32 31)
	%11132 = and i32 %3, 16
	%11133 = icmp eq i32 %11132, 0
	%11134 = and i32 %3, 4
	%11135 = icmp eq i32 %11134, 0
	%11136 = icmp eq i1 %11133, %11135
	%11137 = icmp ugt i32 %11130, %11131
	%11138 = select i1 %11137, i32 %11130, i32 %11131
	%11139 = icmp ult i32 %11130, %11131
	%11140 = select i1 %11139, i32 %11130, i32 %11131
	%11141 = select i1 %11136, i32 %11138, i32 %11140
	%11142 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11141, i32 2, i32 31)
	%11143 = and i32 %3, 16
	%11144 = icmp eq i32 %11143, 0
	%11145 = and i32 %3, 2
	%11146 = icmp eq i32 %11145, 0
	%11147 = icmp eq i1 %11144, %11146
	%11148 = icmp ugt i32 %11141, %11142
	%11149 = select i1 %11148, i32 %11141, i32 %11142
	%11150 = icmp ult i32 %11141, %11142
	%11151 = select i1 %11150, i32 %11141, i32 %11142
	%11152 = select i1 %11147, i32 %11149, i32 %11151
	%11153 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11152, i32 1, i32 31)
	%11154 = and i32 %3, 16
	%11155 = icmp eq i32 %11154, 0
	%11156 = and i32 %3, 1
	%11157 = icmp eq i32 %11156, 0
	%11158 = icmp eq i1 %11155, %11157
	%11159 = icmp ugt i32 %11152, %11153
	%11160 = select i1 %11159, i32 %11152, i32 %11153
	%11161 = icmp ult i32 %11152, %11153
	%11162 = select i1 %11161, i32 %11152, i32 %11153
	%11163 = select i1 %11158, i32 %11160, i32 %11162
	%11164 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11163, i32 16, i32 31)
	%11165 = and i32 %3, 32
	%11166 = icmp eq i32 %11165, 0
	%11167 = and i32 %3, 16
	%11168 = icmp eq i32 %11167, 0
	%11169 = icmp eq i1 %11166, %11168
	%11170 = icmp ugt i32 %11163, %11164
	%11171 = select i1 %11170, i32 %11163, i32 %11164
	%11172 = icmp ult i32 %11163, %11164
	%11173 = select i1 %11172, i32 %11163, i32 %11164
	%11174 = select i1 %11169, i32 %11171, i32 %11173
	%11175 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11174, i32 8, i32 31)
	%11176 = and i32 %3, 32
	%11177 = icmp eq i32 %11176, 0
	%11178 = and i32 %3, 8
	%11179 = icmp eq i32 %11178, 0
	%11180 = icmp eq i1 %11177, %11179
	%11181 = icmp ugt i32 %11174, %11175
	%11182 = select i1 %11181, i32 %11174, i32 %11175
	%11183 = icmp ult i32 %11174, %11175
	%11184 = select i1 %11183, i32 %11174, i32 %11175
	%11185 = select i1 %11180, i32 %11182, i32 %11184
	%11186 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11185, i32 4, i32 31)
	%11187 = and i32 %3, 32
	%11188 = icmp eq i32 %11187, 0
	%11189 = and i32 %3, 4
	%11190 = icmp eq i32 %11189, 0
	%11191 = icmp eq i1 %11188, %11190
	%11192 = icmp ugt i32 %11185, %11186
	%11193 = select i1 %11192, i32 %11185, i32 %11186
	%11194 = icmp ult i32 %11185, %11186
	%11195 = select i1 %11194, i32 %11185, i32 %11186
	%11196 = select i1 %11191, i32 %11193, i32 %11195
	%11197 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11196, i32 2, i32 31)
	%11198 = and i32 %3, 32
	%11199 = icmp eq i32 %11198, 0
	%11200 = and i32 %3, 2
	%11201 = icmp eq i32 %11200, 0
	%11202 = icmp eq i1 %11199, %11201
	%11203 = icmp ugt i32 %11196, %11197
	%11204 = select i1 %11203, i32 %11196, i32 %11197
	%11205 = icmp ult i32 %11196, %11197
	%11206 = select i1 %11205, i32 %11196, i32 %11197
	%11207 = select i1 %11202, i32 %11204, i32 %11206
	%11208 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11207, i32 1, i32 31)
	%11209 = and i32 %3, 32
	%11210 = icmp eq i32 %11209, 0
	%11211 = and i32 %3, 1
	%11212 = icmp eq i32 %11211, 0
	%11213 = icmp eq i1 %11210, %11212
	%11214 = icmp ugt i32 %11207, %11208
	%11215 = select i1 %11214, i32 %11207, i32 %11208
	%11216 = icmp ult i32 %11207, %11208
	%11217 = select i1 %11216, i32 %11207, i32 %11208
	%11218 = select i1 %11213, i32 %11215, i32 %11217
	%11219 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11053, i32 1, i32 31)
	%11220 = and i32 %3, 2
	%11221 = icmp eq i32 %11220, 0
	%11222 = and i32 %3, 1
	%11223 = icmp eq i32 %11222, 0
	%11224 = icmp eq i1 %11221, %11223
	%11225 = icmp ugt i32 %11053, %11219
	%11226 = select i1 %11225, i32 %11053, i32 %11219
	%11227 = icmp ult i32 %11053, %11219
	%11228 = select i1 %11227, i32 %11053, i32 %11219
	%11229 = select i1 %11224, i32 %11226, i32 %11228
	%11230 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11229, i32 2, i32 31)
	%11231 = and i32 %3, 4
	%11232 = icmp eq i32 %11231, 0
	%11233 = and i32 %3, 2
	%11234 = icmp eq i32 %11233, 0
	%11235 = icmp eq i1 %11232, %11234
	%11236 = icmp ugt i32 %11229, %11230
	%11237 = select i1 %11236, i32 %11229, i32 %11230
	%11238 = icmp ult i32 %11229, %11230
	%11239 = select i1 %11238, i32 %11229, i32 %11230
	%11240 = select i1 %11235, i32 %11237, i32 %11239
	%11241 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11240, i32 1, i32 31)
	%11242 = and i32 %3, 4
	%11243 = icmp eq i32 %11242, 0
	%11244 = and i32 %3, 1
	%11245 = icmp eq i32 %11244, 0
	%11246 = icmp eq i1 %11243, %11245
	%11247 = icmp ugt i32 %11240, %11241
	%11248 = select i1 %11247, i32 %11240, i32 %11241
	%11249 = icmp ult i32 %11240, %11241
	%11250 = select i1 %11249, i32 %11240, i32 %11241
	%11251 = select i1 %11246, i32 %11248, i32 %11250
	%11252 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11251, i32 4, i32 31)
	%11253 = and i32 %3, 8
	%11254 = icmp eq i32 %11253, 0
	%11255 = and i32 %3, 4
	%11256 = icmp eq i32 %11255, 0
	%11257 = icmp eq i1 %11254, %11256
	%11258 = icmp ugt i32 %11251, %11252
	%11259 = select i1 %11258, i32 %11251, i32 %11252
	%11260 = icmp ult i32 %11251, %11252
	%11261 = select i1 %11260, i32 %11251, i32 %11252
	%11262 = select i1 %11257, i32 %11259, i32 %11261
	%11263 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11262, i32 2, i32 31)
	%11264 = and i32 %3, 8
	%11265 = icmp eq i32 %11264, 0
	%11266 = and i32 %3, 2
	%11267 = icmp eq i32 %11266, 0
	%11268 = icmp eq i1 %11265, %11267
	%11269 = icmp ugt i32 %11262, %11263
	%11270 = select i1 %11269, i32 %11262, i32 %11263
	%11271 = icmp ult i32 %11262, %11263
	%11272 = select i1 %11271, i32 %11262, i32 %11263
	%11273 = select i1 %11268, i32 %11270, i32 %11272
	%11274 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11273, i32 1, i32 31)
	%11275 = and i32 %3, 8
	%11276 = icmp eq i32 %11275, 0
	%11277 = and i32 %3, 1
	%11278 = icmp eq i32 %11277, 0
	%11279 = icmp eq i1 %11276, %11278
	%11280 = icmp ugt i32 %11273, %11274
	%11281 = select i1 %11280, i32 %11273, i32 %11274
	%11282 = icmp ult i32 %11273, %11274
	%11283 = select i1 %11282, i32 %11273, i32 %11274
	%11284 = select i1 %11279, i32 %11281, i32 %11283
	%11285 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11284, i32 8, i32 31)
	%11286 = and i32 %3, 16
	%11287 = icmp eq i32 %11286, 0
	%11288 = and i32 %3, 8
	%11289 = icmp eq i32 %11288, 0
	%11290 = icmp eq i1 %11287, %11289
	%11291 = icmp ugt i32 %11284, %11285
	%11292 = select i1 %11291, i32 %11284, i32 %11285
	%11293 = icmp ult i32 %11284, %11285
	%11294 = select i1 %11293, i32 %11284, i32 %11285
	%11295 = select i1 %11290, i32 %11292, i32 %11294
	%11296 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11295, i32 4, i32 31)
	%11297 = and i32 %3, 16
	%11298 = icmp eq i32 %11297, 0
	%11299 = and i32 %3, 4
	%11300 = icmp eq i32 %11299, 0
	%11301 = icmp eq i1 %11298, %11300
	%11302 = icmp ugt i32 %11295, %11296
	%11303 = select i1 %11302, i32 %11295, i32 %11296
	%11304 = icmp ult i32 %11295, %11296
	%11305 = select i1 %11304, i32 %11295, i32 %11296
	%11306 = select i1 %11301, i32 %11303, i32 %11305
	%11307 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11306, i32 2, i32 31)
	%11308 = and i32 %3, 16
	%11309 = icmp eq i32 %11308, 0
	%11310 = and i32 %3, 2
	%11311 = icmp eq i32 %11310, 0
	%11312 = icmp eq i1 %11309, %11311
	%11313 = icmp ugt i32 %11306, %11307
	%11314 = select i1 %11313, i32 %11306, i32 %11307
	%11315 = icmp ult i32 %11306, %11307
	%11316 = select i1 %11315, i32 %11306, i32 %11307
	%11317 = select i1 %11312, i32 %11314, i32 %11316
	%11318 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11317, i32 1, i32 31)
	%11319 = and i32 %3, 16
	%11320 = icmp eq i32 %11319, 0
	%11321 = and i32 %3, 1
	%11322 = icmp eq i32 %11321, 0
	%11323 = icmp eq i1 %11320, %11322
	%11324 = icmp ugt i32 %11317, %11318
	%11325 = select i1 %11324, i32 %11317, i32 %11318
	%11326 = icmp ult i32 %11317, %11318
	%11327 = select i1 %11326, i32 %11317, i32 %11318
	%11328 = select i1 %11323, i32 %11325, i32 %11327
	%11329 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11328, i32 16, i32 31)
	%11330 = and i32 %3, 32
	%11331 = icmp eq i32 %11330, 0
	%11332 = and i32 %3, 16
	%11333 = icmp eq i32 %11332, 0
	%11334 = icmp eq i1 %11331, %11333
	%11335 = icmp ugt i32 %11328, %11329
	%11336 = select i1 %11335, i32 %11328, i32 %11329
	%11337 = icmp ult i32 %11328, %11329
	%11338 = select i1 %11337, i32 %11328, i32 %11329
	%11339 = select i1 %11334, i32 %11336, i32 %11338
	%11340 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11339, i32 8, i32 31)
	%11341 = and i32 %3, 32
	%11342 = icmp eq i32 %11341, 0
	%11343 = and i32 %3, 8
	%11344 = icmp eq i32 %11343, 0
	%11345 = icmp eq i1 %11342, %11344
	%11346 = icmp ugt i32 %11339, %11340
	%11347 = select i1 %11346, i32 %11339, i32 %11340
	%11348 = icmp ult i32 %11339, %11340
	%11349 = select i1 %11348, i32 %11339, i32 %11340
	%11350 = select i1 %11345, i32 %11347, i32 %11349
	%11351 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11350, i32 4, i32 31)
	%11352 = and i32 %3, 32
	%11353 = icmp eq i32 %11352, 0
	%11354 = and i32 %3, 4
	%11355 = icmp eq i32 %11354, 0
	%11356 = icmp eq i1 %11353, %11355
	%11357 = icmp ugt i32 %11350, %11351
	%11358 = select i1 %11357, i32 %11350, i32 %11351
	%11359 = icmp ult i32 %11350, %11351
	%11360 = select i1 %11359, i32 %11350, i32 %11351
	%11361 = select i1 %11356, i32 %11358, i32 %11360
	%11362 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11361, i32 2, i32 31)
	%11363 = and i32 %3, 32
	%11364 = icmp eq i32 %11363, 0
	%11365 = and i32 %3, 2
	%11366 = icmp eq i32 %11365, 0
	%11367 = icmp eq i1 %11364, %11366
	%11368 = icmp ugt i32 %11361, %11362
	%11369 = select i1 %11368, i32 %11361, i32 %11362
	%11370 = icmp ult i32 %11361, %11362
	%11371 = select i1 %11370, i32 %11361, i32 %11362
	%11372 = select i1 %11367, i32 %11369, i32 %11371
	%11373 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11372, i32 1, i32 31)
	%11374 = and i32 %3, 32
	%11375 = icmp eq i32 %11374, 0
	%11376 = and i32 %3, 1
	%11377 = icmp eq i32 %11376, 0
	%11378 = icmp eq i1 %11375, %11377
	%11379 = icmp ugt i32 %11372, %11373
	%11380 = select i1 %11379, i32 %11372, i32 %11373
	%11381 = icmp ult i32 %11372, %11373
	%11382 = select i1 %11381, i32 %11372, i32 %11373
	%11383 = select i1 %11378, i32 %11380, i32 %11382
	%11384 = sub i32 31, %3
	%11385 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %11383, i32 %11384, i32 31)
	%11386 = icmp ugt i32 %11218, %11385
	%11387 = select i1 %11386, i32 %11218, i32 %11385
	%11388 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11387, i32 16, i32 31)
	%11389 = and i32 %3, 16
	%11390 = icmp eq i32 %11389, 0
	%11391 = icmp eq i1 true, %11390
	%11392 = icmp ugt i32 %11387, %11388
	%11393 = select i1 %11392, i32 %11387, i32 %11388
	%11394 = icmp ult i32 %11387, %11388
	%11395 = select i1 %11394, i32 %11387, i32 %11388
	%11396 = select i1 %11391, i32 %11393, i32 %11395
	%11397 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11396, i32 8, i32 31)
	%11398 = and i32 %3, 8
	%11399 = icmp eq i32 %11398, 0
	%11400 = icmp eq i1 true, %11399
	%11401 = icmp ugt i32 %11396, %11397
	%11402 = select i1 %11401, i32 %11396, i32 %11397
	%11403 = icmp ult i32 %11396, %11397
	%11404 = select i1 %11403, i32 %11396, i32 %11397
	%11405 = select i1 %11400, i32 %11402, i32 %11404
	%11406 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11405, i32 4, i32 31)
	%11407 = and i32 %3, 4
	%11408 = icmp eq i32 %11407, 0
	%11409 = icmp eq i1 true, %11408
	%11410 = icmp ugt i32 %11405, %11406
	%11411 = select i1 %11410, i32 %11405, i32 %11406
	%11412 = icmp ult i32 %11405, %11406
	%11413 = select i1 %11412, i32 %11405, i32 %11406
	%11414 = select i1 %11409, i32 %11411, i32 %11413
	%11415 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11414, i32 2, i32 31)
	%11416 = and i32 %3, 2
	%11417 = icmp eq i32 %11416, 0
	%11418 = icmp eq i1 true, %11417
	%11419 = icmp ugt i32 %11414, %11415
	%11420 = select i1 %11419, i32 %11414, i32 %11415
	%11421 = icmp ult i32 %11414, %11415
	%11422 = select i1 %11421, i32 %11414, i32 %11415
	%11423 = select i1 %11418, i32 %11420, i32 %11422
	%11424 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %11423, i32 1, i32 31)
	%11425 = and i32 %3, 1
	%11426 = icmp eq i32 %11425, 0
	%11427 = icmp eq i1 true, %11426
	%11428 = icmp ugt i32 %11423, %11424
	%11429 = select i1 %11428, i32 %11423, i32 %11424
	%11430 = icmp ult i32 %11423, %11424
	%11431 = select i1 %11430, i32 %11423, i32 %11424
	%11432 = select i1 %11427, i32 %11429, i32 %11431
	%11433 = sub i32 %499, 1
	%11434 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %11432, i32 %11433, i32 31)
	%11435 = icmp ugt i32 %11043, %11434
	%11436 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %11435)
	%11437 = call i32 @llvm.ctpop.i32(i32 %11436)
	%11438 = icmp ugt i32 %11053, %11434
	%11439 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %11438)
	%11440 = call i32 @llvm.ctpop.i32(i32 %11439)
	%11441 = add i32 %11437, %11440
	%11442 = sub i32 %499, %11441
	br label %11032

11443:
	%11444 = mul i32 %4, 256
	%11445 = mul i32 %3, 8
	%11446 = add i32 %11445, 0
	%11447 = add i32 %11444, %11446
	%11448 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11449 = bitcast i8 addrspace(3)* %11448 to i32 addrspace(3)*
	%11450 = getelementptr i32, i32 addrspace(3)* %11449, i32 %11447
	store i32 0, i32 addrspace(3)* %11450
	%11451 = mul i32 %3, 8
	%11452 = add i32 %11451, 1
	%11453 = add i32 %11444, %11452
	%11454 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11455 = bitcast i8 addrspace(3)* %11454 to i32 addrspace(3)*
	%11456 = getelementptr i32, i32 addrspace(3)* %11455, i32 %11453
	store i32 0, i32 addrspace(3)* %11456
	%11457 = mul i32 %3, 8
	%11458 = add i32 %11457, 2
	%11459 = add i32 %11444, %11458
	%11460 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11461 = bitcast i8 addrspace(3)* %11460 to i32 addrspace(3)*
	%11462 = getelementptr i32, i32 addrspace(3)* %11461, i32 %11459
	store i32 0, i32 addrspace(3)* %11462
	%11463 = mul i32 %3, 8
	%11464 = add i32 %11463, 3
	%11465 = add i32 %11444, %11464
	%11466 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11467 = bitcast i8 addrspace(3)* %11466 to i32 addrspace(3)*
	%11468 = getelementptr i32, i32 addrspace(3)* %11467, i32 %11465
	store i32 0, i32 addrspace(3)* %11468
	%11469 = mul i32 %3, 8
	%11470 = add i32 %11469, 4
	%11471 = add i32 %11444, %11470
	%11472 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11473 = bitcast i8 addrspace(3)* %11472 to i32 addrspace(3)*
	%11474 = getelementptr i32, i32 addrspace(3)* %11473, i32 %11471
	store i32 0, i32 addrspace(3)* %11474
	%11475 = mul i32 %3, 8
	%11476 = add i32 %11475, 5
	%11477 = add i32 %11444, %11476
	%11478 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11479 = bitcast i8 addrspace(3)* %11478 to i32 addrspace(3)*
	%11480 = getelementptr i32, i32 addrspace(3)* %11479, i32 %11477
	store i32 0, i32 addrspace(3)* %11480
	%11481 = mul i32 %3, 8
	%11482 = add i32 %11481, 6
	%11483 = add i32 %11444, %11482
	%11484 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11485 = bitcast i8 addrspace(3)* %11484 to i32 addrspace(3)*
	%11486 = getelementptr i32, i32 addrspace(3)* %11485, i32 %11483
	store i32 0, i32 addrspace(3)* %11486
	%11487 = mul i32 %3, 8
	%11488 = add i32 %11487, 7
	%11489 = add i32 %11444, %11488
	%11490 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11491 = bitcast i8 addrspace(3)* %11490 to i32 addrspace(3)*
	%11492 = getelementptr i32, i32 addrspace(3)* %11491, i32 %11489
	store i32 0, i32 addrspace(3)* %11492
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %11498

11493:
	%11494 = phi i32 [ %11033, %11032 ], [ %12460, %12278 ]
	%11495 = phi i32 [ %11034, %11032 ], [ %12463, %12278 ]
	%11496 = shl i32 1, %3
	%11497 = sub i32 %11496, 1
	br label %12474

11498:
	%11499 = phi i32 [ %3, %11443 ], [ %11753, %11752 ]
	%11500 = icmp slt i32 %11499, %591
	br i1 %11500, label %11501, label %11510

11501:
	%11502 = add i32 %11021, %11499
	%11503 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%11504 = bitcast i8 addrspace(3)* %11503 to i32 addrspace(3)*
	%11505 = getelementptr i32, i32 addrspace(3)* %11504, i32 %11502
	%11506 = load i32, i32 addrspace(3)* %11505
	%11507 = and i32 %11506, 0
	%11508 = icmp eq i32 %11507, 0
	%11509 = and i1 true, %11508
	br i1 %11509, label %11744, label %11752

11510:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%11511 = mul i32 %3, 8
	%11512 = add i32 %11511, 0
	%11513 = sub i32 255, %11512
	%11514 = add i32 %11444, %11513
	%11515 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11516 = bitcast i8 addrspace(3)* %11515 to i32 addrspace(3)*
	%11517 = getelementptr i32, i32 addrspace(3)* %11516, i32 %11514
	%11518 = load i32, i32 addrspace(3)* %11517
	%11519 = add i32 0, %11518
	%11520 = mul i32 %3, 8
	%11521 = add i32 %11520, 1
	%11522 = sub i32 255, %11521
	%11523 = add i32 %11444, %11522
	%11524 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11525 = bitcast i8 addrspace(3)* %11524 to i32 addrspace(3)*
	%11526 = getelementptr i32, i32 addrspace(3)* %11525, i32 %11523
	%11527 = load i32, i32 addrspace(3)* %11526
	%11528 = add i32 %11519, %11527
	%11529 = mul i32 %3, 8
	%11530 = add i32 %11529, 2
	%11531 = sub i32 255, %11530
	%11532 = add i32 %11444, %11531
	%11533 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11534 = bitcast i8 addrspace(3)* %11533 to i32 addrspace(3)*
	%11535 = getelementptr i32, i32 addrspace(3)* %11534, i32 %11532
	%11536 = load i32, i32 addrspace(3)* %11535
	%11537 = add i32 %11528, %11536
	%11538 = mul i32 %3, 8
	%11539 = add i32 %11538, 3
	%11540 = sub i32 255, %11539
	%11541 = add i32 %11444, %11540
	%11542 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11543 = bitcast i8 addrspace(3)* %11542 to i32 addrspace(3)*
	%11544 = getelementptr i32, i32 addrspace(3)* %11543, i32 %11541
	%11545 = load i32, i32 addrspace(3)* %11544
	%11546 = add i32 %11537, %11545
	%11547 = mul i32 %3, 8
	%11548 = add i32 %11547, 4
	%11549 = sub i32 255, %11548
	%11550 = add i32 %11444, %11549
	%11551 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11552 = bitcast i8 addrspace(3)* %11551 to i32 addrspace(3)*
	%11553 = getelementptr i32, i32 addrspace(3)* %11552, i32 %11550
	%11554 = load i32, i32 addrspace(3)* %11553
	%11555 = add i32 %11546, %11554
	%11556 = mul i32 %3, 8
	%11557 = add i32 %11556, 5
	%11558 = sub i32 255, %11557
	%11559 = add i32 %11444, %11558
	%11560 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11561 = bitcast i8 addrspace(3)* %11560 to i32 addrspace(3)*
	%11562 = getelementptr i32, i32 addrspace(3)* %11561, i32 %11559
	%11563 = load i32, i32 addrspace(3)* %11562
	%11564 = add i32 %11555, %11563
	%11565 = mul i32 %3, 8
	%11566 = add i32 %11565, 6
	%11567 = sub i32 255, %11566
	%11568 = add i32 %11444, %11567
	%11569 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11570 = bitcast i8 addrspace(3)* %11569 to i32 addrspace(3)*
	%11571 = getelementptr i32, i32 addrspace(3)* %11570, i32 %11568
	%11572 = load i32, i32 addrspace(3)* %11571
	%11573 = add i32 %11564, %11572
	%11574 = mul i32 %3, 8
	%11575 = add i32 %11574, 7
	%11576 = sub i32 255, %11575
	%11577 = add i32 %11444, %11576
	%11578 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11579 = bitcast i8 addrspace(3)* %11578 to i32 addrspace(3)*
	%11580 = getelementptr i32, i32 addrspace(3)* %11579, i32 %11577
	%11581 = load i32, i32 addrspace(3)* %11580
	%11582 = add i32 %11573, %11581
	%11583 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %11582, i32 1, i32 0)
	%11584 = icmp uge i32 %3, 1
	%11585 = select i1 %11584, i32 %11583, i32 0
	%11586 = add i32 %11582, %11585
	%11587 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %11586, i32 2, i32 0)
	%11588 = icmp uge i32 %3, 2
	%11589 = select i1 %11588, i32 %11587, i32 0
	%11590 = add i32 %11586, %11589
	%11591 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %11590, i32 4, i32 0)
	%11592 = icmp uge i32 %3, 4
	%11593 = select i1 %11592, i32 %11591, i32 0
	%11594 = add i32 %11590, %11593
	%11595 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %11594, i32 8, i32 0)
	%11596 = icmp uge i32 %3, 8
	%11597 = select i1 %11596, i32 %11595, i32 0
	%11598 = add i32 %11594, %11597
	%11599 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %11598, i32 16, i32 0)
	%11600 = icmp uge i32 %3, 16
	%11601 = select i1 %11600, i32 %11599, i32 0
	%11602 = add i32 %11598, %11601
	%11603 = sub i32 %11602, %11582
	%11604 = icmp slt i32 %11603, %499
	%11605 = icmp sge i32 %11602, %499
	%11606 = and i1 %11604, %11605
	%11607 = add i32 %11603, %11518
	%11608 = xor i1 false, true
	%11609 = icmp sge i32 %11607, %499
	%11610 = and i1 %11608, %11609
	%11611 = mul i32 %3, 8
	%11612 = add i32 %11611, 0
	%11613 = sub i32 255, %11612
	%11614 = select i1 %11610, i32 %11613, i32 0
	%11615 = select i1 %11610, i32 %11603, i32 0
	%11616 = or i1 false, %11610
	%11617 = add i32 %11607, %11527
	%11618 = xor i1 %11616, true
	%11619 = icmp sge i32 %11617, %499
	%11620 = and i1 %11618, %11619
	%11621 = mul i32 %3, 8
	%11622 = add i32 %11621, 1
	%11623 = sub i32 255, %11622
	%11624 = select i1 %11620, i32 %11623, i32 %11614
	%11625 = select i1 %11620, i32 %11607, i32 %11615
	%11626 = or i1 %11616, %11620
	%11627 = add i32 %11617, %11536
	%11628 = xor i1 %11626, true
	%11629 = icmp sge i32 %11627, %499
	%11630 = and i1 %11628, %11629
	%11631 = mul i32 %3, 8
	%11632 = add i32 %11631, 2
	%11633 = sub i32 255, %11632
	%11634 = select i1 %11630, i32 %11633, i32 %11624
	%11635 = select i1 %11630, i32 %11617, i32 %11625
	%11636 = or i1 %11626, %11630
	%11637 = add i32 %11627, %11545
	%11638 = xor i1 %11636, true
	%11639 = icmp sge i32 %11637, %499
	%11640 = and i1 %11638, %11639
	%11641 = mul i32 %3, 8
	%11642 = add i32 %11641, 3
	%11643 = sub i32 255, %11642
	%11644 = select i1 %11640, i32 %11643, i32 %11634
	%11645 = select i1 %11640, i32 %11627, i32 %11635
	%11646 = or i1 %11636, %11640
	%11647 = add i32 %11637, %11554
	%11648 = xor i1 %11646, true
	%11649 = icmp sge i32 %11647, %499
	%11650 = and i1 %11648, %11649
	%11651 = mul i32 %3, 8
	%11652 = add i32 %11651, 4
	%11653 = sub i32 255, %11652
	%11654 = select i1 %11650, i32 %11653, i32 %11644
	%11655 = select i1 %11650, i32 %11637, i32 %11645
	%11656 = or i1 %11646, %11650
	%11657 = add i32 %11647, %11563
	%11658 = xor i1 %11656, true
	%11659 = icmp sge i32 %11657, %499
	%11660 = and i1 %11658, %11659
	%11661 = mul i32 %3, 8
	%11662 = add i32 %11661, 5
	%11663 = sub i32 255, %11662
	%11664 = select i1 %11660, i32 %11663, i32 %11654
	%11665 = select i1 %11660, i32 %11647, i32 %11655
	%11666 = or i1 %11656, %11660
	%11667 = add i32 %11657, %11572
	%11668 = xor i1 %11666, true
	%11669 = icmp sge i32 %11667, %499
	%11670 = and i1 %11668, %11669
	%11671 = mul i32 %3, 8
	%11672 = add i32 %11671, 6
	%11673 = sub i32 255, %11672
	%11674 = select i1 %11670, i32 %11673, i32 %11664
	%11675 = select i1 %11670, i32 %11657, i32 %11665
	%11676 = or i1 %11666, %11670
	%11677 = add i32 %11667, %11581
	%11678 = xor i1 %11676, true
	%11679 = icmp sge i32 %11677, %499
	%11680 = and i1 %11678, %11679
	%11681 = mul i32 %3, 8
	%11682 = add i32 %11681, 7
	%11683 = sub i32 255, %11682
	%11684 = select i1 %11680, i32 %11683, i32 %11674
	%11685 = select i1 %11680, i32 %11667, i32 %11675
	%11686 = or i1 %11676, %11680
	%11687 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %11606)
	%11688 = call i32 @llvm.cttz.i32(i32 %11687, i1 false)
	%11689 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %11684, i32 %11688, i32 31)
	%11690 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %11685, i32 %11688, i32 31)
	%11691 = shl i32 %11689, 24
	%11692 = or i32 0, %11691
	%11693 = shl i32 255, 24
	%11694 = or i32 0, %11693
	%11695 = sub i32 %499, %11690
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%11696 = mul i32 %3, 8
	%11697 = add i32 %11696, 0
	%11698 = add i32 %11444, %11697
	%11699 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11700 = bitcast i8 addrspace(3)* %11699 to i32 addrspace(3)*
	%11701 = getelementptr i32, i32 addrspace(3)* %11700, i32 %11698
	store i32 0, i32 addrspace(3)* %11701
	%11702 = mul i32 %3, 8
	%11703 = add i32 %11702, 1
	%11704 = add i32 %11444, %11703
	%11705 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11706 = bitcast i8 addrspace(3)* %11705 to i32 addrspace(3)*
	%11707 = getelementptr i32, i32 addrspace(3)* %11706, i32 %11704
	store i32 0, i32 addrspace(3)* %11707
	%11708 = mul i32 %3, 8
	%11709 = add i32 %11708, 2
	%11710 = add i32 %11444, %11709
	%11711 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11712 = bitcast i8 addrspace(3)* %11711 to i32 addrspace(3)*
	%11713 = getelementptr i32, i32 addrspace(3)* %11712, i32 %11710
	store i32 0, i32 addrspace(3)* %11713
	%11714 = mul i32 %3, 8
	%11715 = add i32 %11714, 3
	%11716 = add i32 %11444, %11715
	%11717 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11718 = bitcast i8 addrspace(3)* %11717 to i32 addrspace(3)*
	%11719 = getelementptr i32, i32 addrspace(3)* %11718, i32 %11716
	store i32 0, i32 addrspace(3)* %11719
	%11720 = mul i32 %3, 8
	%11721 = add i32 %11720, 4
	%11722 = add i32 %11444, %11721
	%11723 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11724 = bitcast i8 addrspace(3)* %11723 to i32 addrspace(3)*
	%11725 = getelementptr i32, i32 addrspace(3)* %11724, i32 %11722
	store i32 0, i32 addrspace(3)* %11725
	%11726 = mul i32 %3, 8
	%11727 = add i32 %11726, 5
	%11728 = add i32 %11444, %11727
	%11729 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11730 = bitcast i8 addrspace(3)* %11729 to i32 addrspace(3)*
	%11731 = getelementptr i32, i32 addrspace(3)* %11730, i32 %11728
	store i32 0, i32 addrspace(3)* %11731
	%11732 = mul i32 %3, 8
	%11733 = add i32 %11732, 6
	%11734 = add i32 %11444, %11733
	%11735 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11736 = bitcast i8 addrspace(3)* %11735 to i32 addrspace(3)*
	%11737 = getelementptr i32, i32 addrspace(3)* %11736, i32 %11734
	store i32 0, i32 addrspace(3)* %11737
	%11738 = mul i32 %3, 8
	%11739 = add i32 %11738, 7
	%11740 = add i32 %11444, %11739
	%11741 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11742 = bitcast i8 addrspace(3)* %11741 to i32 addrspace(3)*
	%11743 = getelementptr i32, i32 addrspace(3)* %11742, i32 %11740
	store i32 0, i32 addrspace(3)* %11743
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %11754

11744:
	%11745 = lshr i32 %11506, 24
	%11746 = and i32 %11745, 255
	%11747 = add i32 %11444, %11746
	%11748 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11749 = bitcast i8 addrspace(3)* %11748 to i32 addrspace(3)*
	%11750 = getelementptr i32, i32 addrspace(3)* %11749, i32 %11747
	%11751 = atomicrmw add i32 addrspace(3)* %11750, i32 1 monotonic
	br label %11752

11752:
	%11753 = add i32 %11499, 32
	br label %11498

11754:
	%11755 = phi i32 [ %3, %11510 ], [ %12009, %12008 ]
	%11756 = icmp slt i32 %11755, %591
	br i1 %11756, label %11757, label %11766

11757:
	%11758 = add i32 %11021, %11755
	%11759 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%11760 = bitcast i8 addrspace(3)* %11759 to i32 addrspace(3)*
	%11761 = getelementptr i32, i32 addrspace(3)* %11760, i32 %11758
	%11762 = load i32, i32 addrspace(3)* %11761
	%11763 = and i32 %11762, %11694
	%11764 = icmp eq i32 %11763, %11692
	%11765 = and i1 true, %11764
	br i1 %11765, label %12000, label %12008

11766:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%11767 = mul i32 %3, 8
	%11768 = add i32 %11767, 0
	%11769 = sub i32 255, %11768
	%11770 = add i32 %11444, %11769
	%11771 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11772 = bitcast i8 addrspace(3)* %11771 to i32 addrspace(3)*
	%11773 = getelementptr i32, i32 addrspace(3)* %11772, i32 %11770
	%11774 = load i32, i32 addrspace(3)* %11773
	%11775 = add i32 0, %11774
	%11776 = mul i32 %3, 8
	%11777 = add i32 %11776, 1
	%11778 = sub i32 255, %11777
	%11779 = add i32 %11444, %11778
	%11780 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11781 = bitcast i8 addrspace(3)* %11780 to i32 addrspace(3)*
	%11782 = getelementptr i32, i32 addrspace(3)* %11781, i32 %11779
	%11783 = load i32, i32 addrspace(3)* %11782
	%11784 = add i32 %11775, %11783
	%11785 = mul i32 %3, 8
	%11786 = add i32 %11785, 2
	%11787 = sub i32 255, %11786
	%11788 = add i32 %11444, %11787
	%11789 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11790 = bitcast i8 addrspace(3)* %11789 to i32 addrspace(3)*
	%11791 = getelementptr i32, i32 addrspace(3)* %11790, i32 %11788
	%11792 = load i32, i32 addrspace(3)* %11791
	%11793 = add i32 %11784, %11792
	%11794 = mul i32 %3, 8
	%11795 = add i32 %11794, 3
	%11796 = sub i32 255, %11795
	%11797 = add i32 %11444, %11796
	%11798 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11799 = bitcast i8 addrspace(3)* %11798 to i32 addrspace(3)*
	%11800 = getelementptr i32, i32 addrspace(3)* %11799, i32 %11797
	%11801 = load i32, i32 addrspace(3)* %11800
	%11802 = add i32 %11793, %11801
	%11803 = mul i32 %3, 8
	%11804 = add i32 %11803, 4
	%11805 = sub i32 255, %11804
	%11806 = add i32 %11444, %11805
	%11807 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11808 = bitcast i8 addrspace(3)* %11807 to i32 addrspace(3)*
	%11809 = getelementptr i32, i32 addrspace(3)* %11808, i32 %11806
	%11810 = load i32, i32 addrspace(3)* %11809
	%11811 = add i32 %11802, %11810
	%11812 = mul i32 %3, 8
	%11813 = add i32 %11812, 5
	%11814 = sub i32 255, %11813
	%11815 = add i32 %11444, %11814
	%11816 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11817 = bitcast i8 addrspace(3)* %11816 to i32 addrspace(3)*
	%11818 = getelementptr i32, i32 addrspace(3)* %11817, i32 %11815
	%11819 = load i32, i32 addrspace(3)* %11818
	%11820 = add i32 %11811, %11819
	%11821 = mul i32 %3, 8
	%11822 = add i32 %11821, 6
	%11823 = sub i32 255, %11822
	%11824 = add i32 %11444, %11823
	%11825 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11826 = bitcast i8 addrspace(3)* %11825 to i32 addrspace(3)*
	%11827 = getelementptr i32, i32 addrspace(3)* %11826, i32 %11824
	%11828 = load i32, i32 addrspace(3)* %11827
	%11829 = add i32 %11820, %11828
	%11830 = mul i32 %3, 8
	%11831 = add i32 %11830, 7
	%11832 = sub i32 255, %11831
	%11833 = add i32 %11444, %11832
	%11834 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11835 = bitcast i8 addrspace(3)* %11834 to i32 addrspace(3)*
	%11836 = getelementptr i32, i32 addrspace(3)* %11835, i32 %11833
	%11837 = load i32, i32 addrspace(3)* %11836
	%11838 = add i32 %11829, %11837
	%11839 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %11838, i32 1, i32 0)
	%11840 = icmp uge i32 %3, 1
	%11841 = select i1 %11840, i32 %11839, i32 0
	%11842 = add i32 %11838, %11841
	%11843 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %11842, i32 2, i32 0)
	%11844 = icmp uge i32 %3, 2
	%11845 = select i1 %11844, i32 %11843, i32 0
	%11846 = add i32 %11842, %11845
	%11847 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %11846, i32 4, i32 0)
	%11848 = icmp uge i32 %3, 4
	%11849 = select i1 %11848, i32 %11847, i32 0
	%11850 = add i32 %11846, %11849
	%11851 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %11850, i32 8, i32 0)
	%11852 = icmp uge i32 %3, 8
	%11853 = select i1 %11852, i32 %11851, i32 0
	%11854 = add i32 %11850, %11853
	%11855 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %11854, i32 16, i32 0)
	%11856 = icmp uge i32 %3, 16
	%11857 = select i1 %11856, i32 %11855, i32 0
	%11858 = add i32 %11854, %11857
	%11859 = sub i32 %11858, %11838
	%11860 = icmp slt i32 %11859, %11695
	%11861 = icmp sge i32 %11858, %11695
	%11862 = and i1 %11860, %11861
	%11863 = add i32 %11859, %11774
	%11864 = xor i1 false, true
	%11865 = icmp sge i32 %11863, %11695
	%11866 = and i1 %11864, %11865
	%11867 = mul i32 %3, 8
	%11868 = add i32 %11867, 0
	%11869 = sub i32 255, %11868
	%11870 = select i1 %11866, i32 %11869, i32 0
	%11871 = select i1 %11866, i32 %11859, i32 0
	%11872 = or i1 false, %11866
	%11873 = add i32 %11863, %11783
	%11874 = xor i1 %11872, true
	%11875 = icmp sge i32 %11873, %11695
	%11876 = and i1 %11874, %11875
	%11877 = mul i32 %3, 8
	%11878 = add i32 %11877, 1
	%11879 = sub i32 255, %11878
	%11880 = select i1 %11876, i32 %11879, i32 %11870
	%11881 = select i1 %11876, i32 %11863, i32 %11871
	%11882 = or i1 %11872, %11876
	%11883 = add i32 %11873, %11792
	%11884 = xor i1 %11882, true
	%11885 = icmp sge i32 %11883, %11695
	%11886 = and i1 %11884, %11885
	%11887 = mul i32 %3, 8
	%11888 = add i32 %11887, 2
	%11889 = sub i32 255, %11888
	%11890 = select i1 %11886, i32 %11889, i32 %11880
	%11891 = select i1 %11886, i32 %11873, i32 %11881
	%11892 = or i1 %11882, %11886
	%11893 = add i32 %11883, %11801
	%11894 = xor i1 %11892, true
	%11895 = icmp sge i32 %11893, %11695
	%11896 = and i1 %11894, %11895
	%11897 = mul i32 %3, 8
	%11898 = add i32 %11897, 3
	%11899 = sub i32 255, %11898
	%11900 = select i1 %11896, i32 %11899, i32 %11890
	%11901 = select i1 %11896, i32 %11883, i32 %11891
	%11902 = or i1 %11892, %11896
	%11903 = add i32 %11893, %11810
	%11904 = xor i1 %11902, true
	%11905 = icmp sge i32 %11903, %11695
	%11906 = and i1 %11904, %11905
	%11907 = mul i32 %3, 8
	%11908 = add i32 %11907, 4
	%11909 = sub i32 255, %11908
	%11910 = select i1 %11906, i32 %11909, i32 %11900
	%11911 = select i1 %11906, i32 %11893, i32 %11901
	%11912 = or i1 %11902, %11906
	%11913 = add i32 %11903, %11819
	%11914 = xor i1 %11912, true
	%11915 = icmp sge i32 %11913, %11695
	%11916 = and i1 %11914, %11915
	%11917 = mul i32 %3, 8
	%11918 = add i32 %11917, 5
	%11919 = sub i32 255, %11918
	%11920 = select i1 %11916, i32 %11919, i32 %11910
	%11921 = select i1 %11916, i32 %11903, i32 %11911
	%11922 = or i1 %11912, %11916
	%11923 = add i32 %11913, %11828
	%11924 = xor i1 %11922, true
	%11925 = icmp sge i32 %11923, %11695
	%11926 = and i1 %11924, %11925
	%11927 = mul i32 %3, 8
	%11928 = add i32 %11927, 6
	%11929 = sub i32 255, %11928
	%11930 = select i1 %11926, i32 %11929, i32 %11920
	%11931 = select i1 %11926, i32 %11913, i32 %11921
	%11932 = or i1 %11922, %11926
	%11933 = add i32 %11923, %11837
	%11934 = xor i1 %11932, true
	%11935 = icmp sge i32 %11933, %11695
	%11936 = and i1 %11934, %11935
	%11937 = mul i32 %3, 8
	%11938 = add i32 %11937, 7
	%11939 = sub i32 255, %11938
	%11940 = select i1 %11936, i32 %11939, i32 %11930
	%11941 = select i1 %11936, i32 %11923, i32 %11931
	%11942 = or i1 %11932, %11936
	%11943 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %11862)
	%11944 = call i32 @llvm.cttz.i32(i32 %11943, i1 false)
	%11945 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %11940, i32 %11944, i32 31)
	%11946 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %11941, i32 %11944, i32 31)
	%11947 = shl i32 %11945, 16
	%11948 = or i32 %11692, %11947
	%11949 = shl i32 255, 16
	%11950 = or i32 %11694, %11949
	%11951 = sub i32 %11695, %11946
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%11952 = mul i32 %3, 8
	%11953 = add i32 %11952, 0
	%11954 = add i32 %11444, %11953
	%11955 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11956 = bitcast i8 addrspace(3)* %11955 to i32 addrspace(3)*
	%11957 = getelementptr i32, i32 addrspace(3)* %11956, i32 %11954
	store i32 0, i32 addrspace(3)* %11957
	%11958 = mul i32 %3, 8
	%11959 = add i32 %11958, 1
	%11960 = add i32 %11444, %11959
	%11961 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11962 = bitcast i8 addrspace(3)* %11961 to i32 addrspace(3)*
	%11963 = getelementptr i32, i32 addrspace(3)* %11962, i32 %11960
	store i32 0, i32 addrspace(3)* %11963
	%11964 = mul i32 %3, 8
	%11965 = add i32 %11964, 2
	%11966 = add i32 %11444, %11965
	%11967 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11968 = bitcast i8 addrspace(3)* %11967 to i32 addrspace(3)*
	%11969 = getelementptr i32, i32 addrspace(3)* %11968, i32 %11966
	store i32 0, i32 addrspace(3)* %11969
	%11970 = mul i32 %3, 8
	%11971 = add i32 %11970, 3
	%11972 = add i32 %11444, %11971
	%11973 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11974 = bitcast i8 addrspace(3)* %11973 to i32 addrspace(3)*
	%11975 = getelementptr i32, i32 addrspace(3)* %11974, i32 %11972
	store i32 0, i32 addrspace(3)* %11975
	%11976 = mul i32 %3, 8
	%11977 = add i32 %11976, 4
	%11978 = add i32 %11444, %11977
	%11979 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11980 = bitcast i8 addrspace(3)* %11979 to i32 addrspace(3)*
	%11981 = getelementptr i32, i32 addrspace(3)* %11980, i32 %11978
	store i32 0, i32 addrspace(3)* %11981
	%11982 = mul i32 %3, 8
	%11983 = add i32 %11982, 5
	%11984 = add i32 %11444, %11983
	%11985 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11986 = bitcast i8 addrspace(3)* %11985 to i32 addrspace(3)*
	%11987 = getelementptr i32, i32 addrspace(3)* %11986, i32 %11984
	store i32 0, i32 addrspace(3)* %11987
	%11988 = mul i32 %3, 8
	%11989 = add i32 %11988, 6
	%11990 = add i32 %11444, %11989
	%11991 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11992 = bitcast i8 addrspace(3)* %11991 to i32 addrspace(3)*
	%11993 = getelementptr i32, i32 addrspace(3)* %11992, i32 %11990
	store i32 0, i32 addrspace(3)* %11993
	%11994 = mul i32 %3, 8
	%11995 = add i32 %11994, 7
	%11996 = add i32 %11444, %11995
	%11997 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%11998 = bitcast i8 addrspace(3)* %11997 to i32 addrspace(3)*
	%11999 = getelementptr i32, i32 addrspace(3)* %11998, i32 %11996
	store i32 0, i32 addrspace(3)* %11999
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %12010

12000:
	%12001 = lshr i32 %11762, 16
	%12002 = and i32 %12001, 255
	%12003 = add i32 %11444, %12002
	%12004 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12005 = bitcast i8 addrspace(3)* %12004 to i32 addrspace(3)*
	%12006 = getelementptr i32, i32 addrspace(3)* %12005, i32 %12003
	%12007 = atomicrmw add i32 addrspace(3)* %12006, i32 1 monotonic
	br label %12008

12008:
	%12009 = add i32 %11755, 32
	br label %11754

12010:
	%12011 = phi i32 [ %3, %11766 ], [ %12265, %12264 ]
	%12012 = icmp slt i32 %12011, %591
	br i1 %12012, label %12013, label %12022

12013:
	%12014 = add i32 %11021, %12011
	%12015 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%12016 = bitcast i8 addrspace(3)* %12015 to i32 addrspace(3)*
	%12017 = getelementptr i32, i32 addrspace(3)* %12016, i32 %12014
	%12018 = load i32, i32 addrspace(3)* %12017
	%12019 = and i32 %12018, %11950
	%12020 = icmp eq i32 %12019, %11948
	%12021 = and i1 true, %12020
	br i1 %12021, label %12256, label %12264

12022:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%12023 = mul i32 %3, 8
	%12024 = add i32 %12023, 0
	%12025 = sub i32 255, %12024
	%12026 = add i32 %11444, %12025
	%12027 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12028 = bitcast i8 addrspace(3)* %12027 to i32 addrspace(3)*
	%12029 = getelementptr i32, i32 addrspace(3)* %12028, i32 %12026
	%12030 = load i32, i32 addrspace(3)* %12029
	%12031 = add i32 0, %12030
	%12032 = mul i32 %3, 8
	%12033 = add i32 %12032, 1
	%12034 = sub i32 255, %12033
	%12035 = add i32 %11444, %12034
	%12036 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12037 = bitcast i8 addrspace(3)* %12036 to i32 addrspace(3)*
	%12038 = getelementptr i32, i32 addrspace(3)* %12037, i32 %12035
	%12039 = load i32, i32 addrspace(3)* %12038
	%12040 = add i32 %12031, %12039
	%12041 = mul i32 %3, 8
	%12042 = add i32 %12041, 2
	%12043 = sub i32 255, %12042
	%12044 = add i32 %11444, %12043
	%12045 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12046 = bitcast i8 addrspace(3)* %12045 to i32 addrspace(3)*
	%12047 = getelementptr i32, i32 addrspace(3)* %12046, i32 %12044
	%12048 = load i32, i32 addrspace(3)* %12047
	%12049 = add i32 %12040, %12048
	%12050 = mul i32 %3, 8
	%12051 = add i32 %12050, 3
	%12052 = sub i32 255, %12051
	%12053 = add i32 %11444, %12052
	%12054 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12055 = bitcast i8 addrspace(3)* %12054 to i32 addrspace(3)*
	%12056 = getelementptr i32, i32 addrspace(3)* %12055, i32 %12053
	%12057 = load i32, i32 addrspace(3)* %12056
	%12058 = add i32 %12049, %12057
	%12059 = mul i32 %3, 8
	%12060 = add i32 %12059, 4
	%12061 = sub i32 255, %12060
	%12062 = add i32 %11444, %12061
	%12063 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12064 = bitcast i8 addrspace(3)* %12063 to i32 addrspace(3)*
	%12065 = getelementptr i32, i32 addrspace(3)* %12064, i32 %12062
	%12066 = load i32, i32 addrspace(3)* %12065
	%12067 = add i32 %12058, %12066
	%12068 = mul i32 %3, 8
	%12069 = add i32 %12068, 5
	%12070 = sub i32 255, %12069
	%12071 = add i32 %11444, %12070
	%12072 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12073 = bitcast i8 addrspace(3)* %12072 to i32 addrspace(3)*
	%12074 = getelementptr i32, i32 addrspace(3)* %12073, i32 %12071
	%12075 = load i32, i32 addrspace(3)* %12074
	%12076 = add i32 %12067, %12075
	%12077 = mul i32 %3, 8
	%12078 = add i32 %12077, 6
	%12079 = sub i32 255, %12078
	%12080 = add i32 %11444, %12079
	%12081 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12082 = bitcast i8 addrspace(3)* %12081 to i32 addrspace(3)*
	%12083 = getelementptr i32, i32 addrspace(3)* %12082, i32 %12080
	%12084 = load i32, i32 addrspace(3)* %12083
	%12085 = add i32 %12076, %12084
	%12086 = mul i32 %3, 8
	%12087 = add i32 %12086, 7
	%12088 = sub i32 255, %12087
	%12089 = add i32 %11444, %12088
	%12090 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12091 = bitcast i8 addrspace(3)* %12090 to i32 addrspace(3)*
	%12092 = getelementptr i32, i32 addrspace(3)* %12091, i32 %12089
	%12093 = load i32, i32 addrspace(3)* %12092
	%12094 = add i32 %12085, %12093
	%12095 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %12094, i32 1, i32 0)
	%12096 = icmp uge i32 %3, 1
	%12097 = select i1 %12096, i32 %12095, i32 0
	%12098 = add i32 %12094, %12097
	%12099 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %12098, i32 2, i32 0)
	%12100 = icmp uge i32 %3, 2
	%12101 = select i1 %12100, i32 %12099, i32 0
	%12102 = add i32 %12098, %12101
	%12103 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %12102, i32 4, i32 0)
	%12104 = icmp uge i32 %3, 4
	%12105 = select i1 %12104, i32 %12103, i32 0
	%12106 = add i32 %12102, %12105
	%12107 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %12106, i32 8, i32 0)
	%12108 = icmp uge i32 %3, 8
	%12109 = select i1 %12108, i32 %12107, i32 0
	%12110 = add i32 %12106, %12109
	%12111 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %12110, i32 16, i32 0)
	%12112 = icmp uge i32 %3, 16
	%12113 = select i1 %12112, i32 %12111, i32 0
	%12114 = add i32 %12110, %12113
	%12115 = sub i32 %12114, %12094
	%12116 = icmp slt i32 %12115, %11951
	%12117 = icmp sge i32 %12114, %11951
	%12118 = and i1 %12116, %12117
	%12119 = add i32 %12115, %12030
	%12120 = xor i1 false, true
	%12121 = icmp sge i32 %12119, %11951
	%12122 = and i1 %12120, %12121
	%12123 = mul i32 %3, 8
	%12124 = add i32 %12123, 0
	%12125 = sub i32 255, %12124
	%12126 = select i1 %12122, i32 %12125, i32 0
	%12127 = select i1 %12122, i32 %12115, i32 0
	%12128 = or i1 false, %12122
	%12129 = add i32 %12119, %12039
	%12130 = xor i1 %12128, true
	%12131 = icmp sge i32 %12129, %11951
	%12132 = and i1 %12130, %12131
	%12133 = mul i32 %3, 8
	%12134 = add i32 %12133, 1
	%12135 = sub i32 255, %12134
	%12136 = select i1 %12132, i32 %12135, i32 %12126
	%12137 = select i1 %12132, i32 %12119, i32 %12127
	%12138 = or i1 %12128, %12132
	%12139 = add i32 %12129, %12048
	%12140 = xor i1 %12138, true
	%12141 = icmp sge i32 %12139, %11951
	%12142 = and i1 %12140, %12141
	%12143 = mul i32 %3, 8
	%12144 = add i32 %12143, 2
	%12145 = sub i32 255, %12144
	%12146 = select i1 %12142, i32 %12145, i32 %12136
	%12147 = select i1 %12142, i32 %12129, i32 %12137
	%12148 = or i1 %12138, %12142
	%12149 = add i32 %12139, %12057
	%12150 = xor i1 %12148, true
	%12151 = icmp sge i32 %12149, %11951
	%12152 = and i1 %12150, %12151
	%12153 = mul i32 %3, 8
	%12154 = add i32 %12153, 3
	%12155 = sub i32 255, %12154
	%12156 = select i1 %12152, i32 %12155, i32 %12146
	%12157 = select i1 %12152, i32 %12139, i32 %12147
	%12158 = or i1 %12148, %12152
	%12159 = add i32 %12149, %12066
	%12160 = xor i1 %12158, true
	%12161 = icmp sge i32 %12159, %11951
	%12162 = and i1 %12160, %12161
	%12163 = mul i32 %3, 8
	%12164 = add i32 %12163, 4
	%12165 = sub i32 255, %12164
	%12166 = select i1 %12162, i32 %12165, i32 %12156
	%12167 = select i1 %12162, i32 %12149, i32 %12157
	%12168 = or i1 %12158, %12162
	%12169 = add i32 %12159, %12075
	%12170 = xor i1 %12168, true
	%12171 = icmp sge i32 %12169, %11951
	%12172 = and i1 %12170, %12171
	%12173 = mul i32 %3, 8
	%12174 = add i32 %12173, 5
	%12175 = sub i32 255, %12174
	%12176 = select i1 %12172, i32 %12175, i32 %12166
	%12177 = select i1 %12172, i32 %12159, i32 %12167
	%12178 = or i1 %12168, %12172
	%12179 = add i32 %12169, %12084
	%12180 = xor i1 %12178, true
	%12181 = icmp sge i32 %12179, %11951
	%12182 = and i1 %12180, %12181
	%12183 = mul i32 %3, 8
	%12184 = add i32 %12183, 6
	%12185 = sub i32 255, %12184
	%12186 = select i1 %12182, i32 %12185, i32 %12176
	%12187 = select i1 %12182, i32 %12169, i32 %12177
	%12188 = or i1 %12178, %12182
	%12189 = add i32 %12179, %12093
	%12190 = xor i1 %12188, true
	%12191 = icmp sge i32 %12189, %11951
	%12192 = and i1 %12190, %12191
	%12193 = mul i32 %3, 8
	%12194 = add i32 %12193, 7
	%12195 = sub i32 255, %12194
	%12196 = select i1 %12192, i32 %12195, i32 %12186
	%12197 = select i1 %12192, i32 %12179, i32 %12187
	%12198 = or i1 %12188, %12192
	%12199 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %12118)
	%12200 = call i32 @llvm.cttz.i32(i32 %12199, i1 false)
	%12201 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %12196, i32 %12200, i32 31)
	%12202 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %12197, i32 %12200, i32 31)
	%12203 = shl i32 %12201, 8
	%12204 = or i32 %11948, %12203
	%12205 = shl i32 255, 8
	%12206 = or i32 %11950, %12205
	%12207 = sub i32 %11951, %12202
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%12208 = mul i32 %3, 8
	%12209 = add i32 %12208, 0
	%12210 = add i32 %11444, %12209
	%12211 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12212 = bitcast i8 addrspace(3)* %12211 to i32 addrspace(3)*
	%12213 = getelementptr i32, i32 addrspace(3)* %12212, i32 %12210
	store i32 0, i32 addrspace(3)* %12213
	%12214 = mul i32 %3, 8
	%12215 = add i32 %12214, 1
	%12216 = add i32 %11444, %12215
	%12217 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12218 = bitcast i8 addrspace(3)* %12217 to i32 addrspace(3)*
	%12219 = getelementptr i32, i32 addrspace(3)* %12218, i32 %12216
	store i32 0, i32 addrspace(3)* %12219
	%12220 = mul i32 %3, 8
	%12221 = add i32 %12220, 2
	%12222 = add i32 %11444, %12221
	%12223 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12224 = bitcast i8 addrspace(3)* %12223 to i32 addrspace(3)*
	%12225 = getelementptr i32, i32 addrspace(3)* %12224, i32 %12222
	store i32 0, i32 addrspace(3)* %12225
	%12226 = mul i32 %3, 8
	%12227 = add i32 %12226, 3
	%12228 = add i32 %11444, %12227
	%12229 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12230 = bitcast i8 addrspace(3)* %12229 to i32 addrspace(3)*
	%12231 = getelementptr i32, i32 addrspace(3)* %12230, i32 %12228
	store i32 0, i32 addrspace(3)* %12231
	%12232 = mul i32 %3, 8
	%12233 = add i32 %12232, 4
	%12234 = add i32 %11444, %12233
	%12235 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12236 = bitcast i8 addrspace(3)* %12235 to i32 addrspace(3)*
	%12237 = getelementptr i32, i32 addrspace(3)* %12236, i32 %12234
	store i32 0, i32 addrspace(3)* %12237
	%12238 = mul i32 %3, 8
	%12239 = add i32 %12238, 5
	%12240 = add i32 %11444, %12239
	%12241 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12242 = bitcast i8 addrspace(3)* %12241 to i32 addrspace(3)*
	%12243 = getelementptr i32, i32 addrspace(3)* %12242, i32 %12240
	store i32 0, i32 addrspace(3)* %12243
	%12244 = mul i32 %3, 8
	%12245 = add i32 %12244, 6
	%12246 = add i32 %11444, %12245
	%12247 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12248 = bitcast i8 addrspace(3)* %12247 to i32 addrspace(3)*
	%12249 = getelementptr i32, i32 addrspace(3)* %12248, i32 %12246
	store i32 0, i32 addrspace(3)* %12249
	%12250 = mul i32 %3, 8
	%12251 = add i32 %12250, 7
	%12252 = add i32 %11444, %12251
	%12253 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12254 = bitcast i8 addrspace(3)* %12253 to i32 addrspace(3)*
	%12255 = getelementptr i32, i32 addrspace(3)* %12254, i32 %12252
	store i32 0, i32 addrspace(3)* %12255
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %12266

12256:
	%12257 = lshr i32 %12018, 8
	%12258 = and i32 %12257, 255
	%12259 = add i32 %11444, %12258
	%12260 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12261 = bitcast i8 addrspace(3)* %12260 to i32 addrspace(3)*
	%12262 = getelementptr i32, i32 addrspace(3)* %12261, i32 %12259
	%12263 = atomicrmw add i32 addrspace(3)* %12262, i32 1 monotonic
	br label %12264

12264:
	%12265 = add i32 %12011, 32
	br label %12010

12266:
	%12267 = phi i32 [ %3, %12022 ], [ %12473, %12472 ]
	%12268 = icmp slt i32 %12267, %591
	br i1 %12268, label %12269, label %12278

12269:
	%12270 = add i32 %11021, %12267
	%12271 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%12272 = bitcast i8 addrspace(3)* %12271 to i32 addrspace(3)*
	%12273 = getelementptr i32, i32 addrspace(3)* %12272, i32 %12270
	%12274 = load i32, i32 addrspace(3)* %12273
	%12275 = and i32 %12274, %12206
	%12276 = icmp eq i32 %12275, %12204
	%12277 = and i1 true, %12276
	br i1 %12277, label %12464, label %12472

12278:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%12279 = mul i32 %3, 8
	%12280 = add i32 %12279, 0
	%12281 = sub i32 255, %12280
	%12282 = add i32 %11444, %12281
	%12283 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12284 = bitcast i8 addrspace(3)* %12283 to i32 addrspace(3)*
	%12285 = getelementptr i32, i32 addrspace(3)* %12284, i32 %12282
	%12286 = load i32, i32 addrspace(3)* %12285
	%12287 = add i32 0, %12286
	%12288 = mul i32 %3, 8
	%12289 = add i32 %12288, 1
	%12290 = sub i32 255, %12289
	%12291 = add i32 %11444, %12290
	%12292 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12293 = bitcast i8 addrspace(3)* %12292 to i32 addrspace(3)*
	%12294 = getelementptr i32, i32 addrspace(3)* %12293, i32 %12291
	%12295 = load i32, i32 addrspace(3)* %12294
	%12296 = add i32 %12287, %12295
	%12297 = mul i32 %3, 8
	%12298 = add i32 %12297, 2
	%12299 = sub i32 255, %12298
	%12300 = add i32 %11444, %12299
	%12301 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12302 = bitcast i8 addrspace(3)* %12301 to i32 addrspace(3)*
	%12303 = getelementptr i32, i32 addrspace(3)* %12302, i32 %12300
	%12304 = load i32, i32 addrspace(3)* %12303
	%12305 = add i32 %12296, %12304
	%12306 = mul i32 %3, 8
	%12307 = add i32 %12306, 3
	%12308 = sub i32 255, %12307
	%12309 = add i32 %11444, %12308
	%12310 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12311 = bitcast i8 addrspace(3)* %12310 to i32 addrspace(3)*
	%12312 = getelementptr i32, i32 addrspace(3)* %12311, i32 %12309
	%12313 = load i32, i32 addrspace(3)* %12312
	%12314 = add i32 %12305, %12313
	%12315 = mul i32 %3, 8
	%12316 = add i32 %12315, 4
	%12317 = sub i32 255, %12316
	%12318 = add i32 %11444, %12317
	%12319 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12320 = bitcast i8 addrspace(3)* %12319 to i32 addrspace(3)*
	%12321 = getelementptr i32, i32 addrspace(3)* %12320, i32 %12318
	%12322 = load i32, i32 addrspace(3)* %12321
	%12323 = add i32 %12314, %12322
	%12324 = mul i32 %3, 8
	%12325 = add i32 %12324, 5
	%12326 = sub i32 255, %12325
	%12327 = add i32 %11444, %12326
	%12328 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12329 = bitcast i8 addrspace(3)* %12328 to i32 addrspace(3)*
	%12330 = getelementptr i32, i32 addrspace(3)* %12329, i32 %12327
	%12331 = load i32, i32 addrspace(3)* %12330
	%12332 = add i32 %12323, %12331
	%12333 = mul i32 %3, 8
	%12334 = add i32 %12333, 6
	%12335 = sub i32 255, %12334
	%12336 = add i32 %11444, %12335
	%12337 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12338 = bitcast i8 addrspace(3)* %12337 to i32 addrspace(3)*
	%12339 = getelementptr i32, i32 addrspace(3)* %12338, i32 %12336
	%12340 = load i32, i32 addrspace(3)* %12339
	%12341 = add i32 %12332, %12340
	%12342 = mul i32 %3, 8
	%12343 = add i32 %12342, 7
	%12344 = sub i32 255, %12343
	%12345 = add i32 %11444, %12344
	%12346 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12347 = bitcast i8 addrspace(3)* %12346 to i32 addrspace(3)*
	%12348 = getelementptr i32, i32 addrspace(3)* %12347, i32 %12345
	%12349 = load i32, i32 addrspace(3)* %12348
	%12350 = add i32 %12341, %12349
	%12351 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %12350, i32 1, i32 0)
	%12352 = icmp uge i32 %3, 1
	%12353 = select i1 %12352, i32 %12351, i32 0
	%12354 = add i32 %12350, %12353
	%12355 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %12354, i32 2, i32 0)
	%12356 = icmp uge i32 %3, 2
	%12357 = select i1 %12356, i32 %12355, i32 0
	%12358 = add i32 %12354, %12357
	%12359 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %12358, i32 4, i32 0)
	%12360 = icmp uge i32 %3, 4
	%12361 = select i1 %12360, i32 %12359, i32 0
	%12362 = add i32 %12358, %12361
	%12363 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %12362, i32 8, i32 0)
	%12364 = icmp uge i32 %3, 8
	%12365 = select i1 %12364, i32 %12363, i32 0
	%12366 = add i32 %12362, %12365
	%12367 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %12366, i32 16, i32 0)
	%12368 = icmp uge i32 %3, 16
	%12369 = select i1 %12368, i32 %12367, i32 0
	%12370 = add i32 %12366, %12369
	%12371 = sub i32 %12370, %12350
	%12372 = icmp slt i32 %12371, %12207
	%12373 = icmp sge i32 %12370, %12207
	%12374 = and i1 %12372, %12373
	%12375 = add i32 %12371, %12286
	%12376 = xor i1 false, true
	%12377 = icmp sge i32 %12375, %12207
	%12378 = and i1 %12376, %12377
	%12379 = mul i32 %3, 8
	%12380 = add i32 %12379, 0
	%12381 = sub i32 255, %12380
	%12382 = select i1 %12378, i32 %12381, i32 0
	%12383 = select i1 %12378, i32 %12371, i32 0
	%12384 = or i1 false, %12378
	%12385 = add i32 %12375, %12295
	%12386 = xor i1 %12384, true
	%12387 = icmp sge i32 %12385, %12207
	%12388 = and i1 %12386, %12387
	%12389 = mul i32 %3, 8
	%12390 = add i32 %12389, 1
	%12391 = sub i32 255, %12390
	%12392 = select i1 %12388, i32 %12391, i32 %12382
	%12393 = select i1 %12388, i32 %12375, i32 %12383
	%12394 = or i1 %12384, %12388
	%12395 = add i32 %12385, %12304
	%12396 = xor i1 %12394, true
	%12397 = icmp sge i32 %12395, %12207
	%12398 = and i1 %12396, %12397
	%12399 = mul i32 %3, 8
	%12400 = add i32 %12399, 2
	%12401 = sub i32 255, %12400
	%12402 = select i1 %12398, i32 %12401, i32 %12392
	%12403 = select i1 %12398, i32 %12385, i32 %12393
	%12404 = or i1 %12394, %12398
	%12405 = add i32 %12395, %12313
	%12406 = xor i1 %12404, true
	%12407 = icmp sge i32 %12405, %12207
	%12408 = and i1 %12406, %12407
	%12409 = mul i32 %3, 8
	%12410 = add i32 %12409, 3
	%12411 = sub i32 255, %12410
	%12412 = select i1 %12408, i32 %12411, i32 %12402
	%12413 = select i1 %12408, i32 %12395, i32 %12403
	%12414 = or i1 %12404, %12408
	%12415 = add i32 %12405, %12322
	%12416 = xor i1 %12414, true
	%12417 = icmp sge i32 %12415, %12207
	%12418 = and i1 %12416, %12417
	%12419 = mul i32 %3, 8
	%12420 = add i32 %12419, 4
	%12421 = sub i32 255, %12420
	%12422 = select i1 %12418, i32 %12421, i32 %12412
	%12423 = select i1 %12418, i32 %12405, i32 %12413
	%12424 = or i1 %12414, %12418
	%12425 = add i32 %12415, %12331
	%12426 = xor i1 %12424, true
	%12427 = icmp sge i32 %12425, %12207
	%12428 = and i1 %12426, %12427
	%12429 = mul i32 %3, 8
	%12430 = add i32 %12429, 5
	%12431 = sub i32 255, %12430
	%12432 = select i1 %12428, i32 %12431, i32 %12422
	%12433 = select i1 %12428, i32 %12415, i32 %12423
	%12434 = or i1 %12424, %12428
	%12435 = add i32 %12425, %12340
	%12436 = xor i1 %12434, true
	%12437 = icmp sge i32 %12435, %12207
	%12438 = and i1 %12436, %12437
	%12439 = mul i32 %3, 8
	%12440 = add i32 %12439, 6
	%12441 = sub i32 255, %12440
	%12442 = select i1 %12438, i32 %12441, i32 %12432
	%12443 = select i1 %12438, i32 %12425, i32 %12433
	%12444 = or i1 %12434, %12438
	%12445 = add i32 %12435, %12349
	%12446 = xor i1 %12444, true
	%12447 = icmp sge i32 %12445, %12207
	%12448 = and i1 %12446, %12447
	%12449 = mul i32 %3, 8
	%12450 = add i32 %12449, 7
	%12451 = sub i32 255, %12450
	%12452 = select i1 %12448, i32 %12451, i32 %12442
	%12453 = select i1 %12448, i32 %12435, i32 %12443
	%12454 = or i1 %12444, %12448
	%12455 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %12374)
	%12456 = call i32 @llvm.cttz.i32(i32 %12455, i1 false)
	%12457 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %12452, i32 %12456, i32 31)
	%12458 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %12453, i32 %12456, i32 31)
	%12459 = shl i32 %12457, 0
	%12460 = or i32 %12204, %12459
	%12461 = shl i32 255, 0
	%12462 = or i32 %12206, %12461
	%12463 = sub i32 %12207, %12458
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %11493

12464:
	%12465 = lshr i32 %12274, 0
	%12466 = and i32 %12465, 255
	%12467 = add i32 %11444, %12466
	%12468 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%12469 = bitcast i8 addrspace(3)* %12468 to i32 addrspace(3)*
	%12470 = getelementptr i32, i32 addrspace(3)* %12469, i32 %12467
	%12471 = atomicrmw add i32 addrspace(3)* %12470, i32 1 monotonic
	br label %12472

12472:
	%12473 = add i32 %12267, 32
	br label %12266

12474:
	%12475 = phi i32 [ 0, %11493 ], [ %12524, %12519 ]
	%12476 = phi i32 [ 0, %11493 ], [ %12521, %12519 ]
	%12477 = phi i32 [ 0, %11493 ], [ %12523, %12519 ]
	%12478 = icmp slt i32 %12475, %591
	br i1 %12478, label %12479, label %12482

12479:
	%12480 = add i32 %12475, %3
	%12481 = icmp slt i32 %12480, %591
	br i1 %12481, label %12483, label %12493

12482:
	br label %11023

12483:
	%12484 = add i32 %11021, %12480
	%12485 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%12486 = bitcast i8 addrspace(3)* %12485 to i32 addrspace(3)*
	%12487 = getelementptr i32, i32 addrspace(3)* %12486, i32 %12484
	%12488 = load i32, i32 addrspace(3)* %12487
	%12489 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%12490 = bitcast i8 addrspace(3)* %12489 to i32 addrspace(3)*
	%12491 = getelementptr i32, i32 addrspace(3)* %12490, i32 %12484
	%12492 = load i32, i32 addrspace(3)* %12491
	br label %12493

12493:
	%12494 = phi i32 [ 0, %12479 ], [ %12488, %12483 ]
	%12495 = phi i32 [ 0, %12479 ], [ %12492, %12483 ]
	%12496 = icmp eq i32 %12494, %11494
	%12497 = and i1 %12481, %12496
	%12498 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %12497)
	%12499 = and i32 %12498, %11497
	%12500 = call i32 @llvm.ctpop.i32(i32 %12499)
	%12501 = add i32 %12477, %12500
	%12502 = icmp ugt i32 %12494, %11494
	%12503 = icmp slt i32 %12501, %11495
	%12504 = and i1 %12497, %12503
	%12505 = or i1 %12502, %12504
	%12506 = and i1 %12481, %12505
	%12507 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %12506)
	%12508 = and i32 %12507, %11497
	%12509 = call i32 @llvm.ctpop.i32(i32 %12508)
	%12510 = add i32 %12476, %12509
	%12511 = add i32 %11021, %12510
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %12506, label %12512, label %12519

12512:
	%12513 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%12514 = bitcast i8 addrspace(3)* %12513 to i32 addrspace(3)*
	%12515 = getelementptr i32, i32 addrspace(3)* %12514, i32 %12511
	store i32 %12494, i32 addrspace(3)* %12515
	%12516 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%12517 = bitcast i8 addrspace(3)* %12516 to i32 addrspace(3)*
	%12518 = getelementptr i32, i32 addrspace(3)* %12517, i32 %12511
	store i32 %12495, i32 addrspace(3)* %12518
	br label %12519

12519:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%12520 = call i32 @llvm.ctpop.i32(i32 %12507)
	%12521 = add i32 %12476, %12520
	%12522 = call i32 @llvm.ctpop.i32(i32 %12498)
	%12523 = add i32 %12477, %12522
	%12524 = add i32 %12475, 32
	br label %12474

12525:
	%12526 = phi i32 [ 0, %11023 ], [ %12556, %12550 ]
	%12527 = phi i32 [ 0, %11023 ], [ %12555, %12550 ]
	%12528 = icmp slt i32 %12526, %11024
	br i1 %12528, label %12529, label %12532

12529:
	%12530 = add i32 %12526, %3
	%12531 = icmp slt i32 %12530, %11024
	br i1 %12531, label %12533, label %12540

12532:
	br label %12557

12533:
	%12534 = mul i32 %462, 160
	%12535 = add i32 %12534, %12530
	%12536 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%12537 = bitcast i8 addrspace(3)* %12536 to i32 addrspace(3)*
	%12538 = getelementptr i32, i32 addrspace(3)* %12537, i32 %12535
	%12539 = load i32, i32 addrspace(3)* %12538
	br label %12540

12540:
	%12541 = phi i32 [ 0, %12529 ], [ %12539, %12533 ]
	br i1 %12531, label %12542, label %12550

12542:
	%12543 = add i32 0, %12530
	%12544 = icmp sgt i32 %12541, %489
	%12545 = select i1 %12544, i32 %11025, i32 0
	%12546 = add i32 %12543, %12545
	%12547 = add i32 %11029, %12546
	%12548 = sext i32 %12547 to i64
	%12549 = getelementptr i32, i32* %out, i64 %12548
	store i32 %12541, i32* %12549
	br label %12550

12550:
	%12551 = icmp slt i32 %12541, %486
	%12552 = and i1 %12531, %12551
	%12553 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %12552)
	%12554 = call i32 @llvm.ctpop.i32(i32 %12553)
	%12555 = add i32 %12527, %12554
	%12556 = add i32 %12526, 32
	br label %12525

12557:
	%12558 = phi i32 [ %3, %12532 ], [ %12567, %12560 ]
	%12559 = icmp slt i32 %12558, %11025
	br i1 %12559, label %12560, label %12568

12560:
	%12561 = add i32 0, %12527
	%12562 = add i32 %12561, %12558
	%12563 = add i32 %486, %12558
	%12564 = add i32 %11029, %12562
	%12565 = sext i32 %12564 to i64
	%12566 = getelementptr i32, i32* %out, i64 %12565
	store i32 %12563, i32* %12566
	%12567 = add i32 %12558, 32
	br label %12557

12568:
	%12569 = icmp eq i32 %3, 0
	%12570 = icmp eq i32 0, 1
	%12571 = and i1 %12569, %12570
	br i1 %12571, label %12572, label %12576

12572:
	%12573 = add i32 %11029, 0
	%12574 = sext i32 %12573 to i64
	%12575 = getelementptr i32, i32* %out, i64 %12574
	store i32 0, i32* %12575
	br label %12576

12576:
	%12577 = add i32 %494, %11024
	%12578 = add i32 %12577, %3
	br label %12579

12579:
	%12580 = phi i32 [ %12578, %12576 ], [ %12586, %12582 ]
	%12581 = icmp slt i32 %12580, 8
	br i1 %12581, label %12582, label %12587

12582:
	%12583 = add i32 %11029, %12580
	%12584 = sext i32 %12583 to i64
	%12585 = getelementptr i32, i32* %out, i64 %12584
	store i32 -1, i32* %12585
	%12586 = add i32 %12580, 32
	br label %12579

12587:
	br label %11017

12588:
	%12589 = icmp sgt i32 %593, %541
	br i1 %12589, label %12591, label %12594

12590:
	ret void

12591:
	%12592 = mul i32 %504, 160
	%12593 = icmp sle i32 %593, 64
	br i1 %12593, label %12601, label %12603

12594:
	%12595 = phi i32 [ %593, %12588 ], [ %541, %14053 ]
	%12596 = sub i32 %536, 0
	%12597 = mul i32 %2, %M
	%12598 = add i32 %5, %504
	%12599 = add i32 %12597, %12598
	%12600 = mul i32 %12599, 8
	br label %14096

12601:
	%12602 = icmp slt i32 %3, %593
	br i1 %12602, label %12607, label %12613

12603:
	%12604 = phi i32 [ 0, %12591 ], [ %13005, %12623 ]
	%12605 = phi i32 [ 0, %12591 ], [ %13013, %12623 ]
	%12606 = xor i1 %12593, true
	br i1 %12606, label %13014, label %13064

12607:
	%12608 = add i32 %12592, %3
	%12609 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%12610 = bitcast i8 addrspace(3)* %12609 to i32 addrspace(3)*
	%12611 = getelementptr i32, i32 addrspace(3)* %12610, i32 %12608
	%12612 = load i32, i32 addrspace(3)* %12611
	br label %12613

12613:
	%12614 = phi i32 [ 0, %12601 ], [ %12612, %12607 ]
	%12615 = add i32 %3, 32
	%12616 = icmp slt i32 %12615, %593
	br i1 %12616, label %12617, label %12623

12617:
	%12618 = add i32 %12592, %12615
	%12619 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%12620 = bitcast i8 addrspace(3)* %12619 to i32 addrspace(3)*
	%12621 = getelementptr i32, i32 addrspace(3)* %12620, i32 %12618
	%12622 = load i32, i32 addrspace(3)* %12621
	br label %12623

12623:
	%12624 = phi i32 [ 0, %12613 ], [ %12622, %12617 ]
	%12625 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12614, i32 1, i32 31)
	%12626 = and i32 %3, 2
	%12627 = icmp eq i32 %12626, 0
	%12628 = and i32 %3, 1
	%12629 = icmp eq i32 %12628, 0
	%12630 = icmp eq i1 %12627, %12629
	%12631 = icmp ugt i32 %12614, %12625
	%12632 = select i1 %12631, i32 %12614, i32 %12625
	%12633 = icmp ult i32 %12614, %12625
	%12634 = select i1 %12633, i32 %12614, i32 %12625
	%12635 = select i1 %12630, i32 %12632, i32 %12634
	%12636 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12635, i32 2, i32 31)
	%12637 = and i32 %3, 4
	%12638 = icmp eq i32 %12637, 0
	%12639 = and i32 %3, 2
	%12640 = icmp eq i32 %12639, 0
	%12641 = icmp eq i1 %12638, %12640
	%12642 = icmp ugt i32 %12635, %12636
	%12643 = select i1 %12642, i32 %12635, i32 %12636
	%12644 = icmp ult i32 %12635, %12636
	%12645 = select i1 %12644, i32 %12635, i32 %12636
	%12646 = select i1 %12641, i32 %12643, i32 %12645
	%12647 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12646, i32 1, i32 31)
	%12648 = and i32 %3, 4
	%12649 = icmp eq i32 %12648, 0
	%12650 = and i32 %3, 1
	%12651 = icmp eq i32 %12650, 0
	%12652 = icmp eq i1 %12649, %12651
	%12653 = icmp ugt i32 %12646, %12647
	%12654 = select i1 %12653, i32 %12646, i32 %12647
	%12655 = icmp ult i32 %12646, %12647
	%12656 = select i1 %12655, i32 %12646, i32 %12647
	%12657 = select i1 %12652, i32 %12654, i32 %12656
	%12658 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12657, i32 4, i32 31)
	%12659 = and i32 %3, 8
	%12660 = icmp eq i32 %12659, 0
	%12661 = and i32 %3, 4
	%12662 = icmp eq i32 %12661, 0
	%12663 = icmp eq i1 %12660, %12662
	%12664 = icmp ugt i32 %12657, %12658
	%12665 = select i1 %12664, i32 %12657, i32 %12658
	%12666 = icmp ult i32 %12657, %12658
	%12667 = select i1 %12666, i32 %12657, i32 %12658
	%12668 = select i1 %12663, i32 %12665, i32 %12667
	%12669 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12668, i32 2, i32 31)
	%12670 = and i32 %3, 8
	%12671 = icmp eq i32 %12670, 0
	%12672 = and i32 %3, 2
	%12673 = icmp eq i32 %12672, 0
	%12674 = icmp eq i1 %12671, %12673
	%12675 = icmp ugt i32 %12668, %12669
	%12676 = select i1 %12675, i32 %12668, i32 %12669
	%12677 = icmp ult i32 %12668, %12669
	%12678 = select i1 %12677, i32 %12668, i32 %12669
	%12679 = select i1 %12674, i32 %12676, i32 %12678
	%12680 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12679, i32 1, i32 31)
	%12681 = and i32 %3, 8
	%12682 = icmp eq i32 %12681, 0
	%12683 = and i32 %3, 1
	%12684 = icmp eq i32 %12683, 0
	%12685 = icmp eq i1 %12682, %12684
	%12686 = icmp ugt i32 %12679, %12680
	%12687 = select i1 %12686, i32 %12679, i32 %12680
	%12688 = icmp ult i32 %12679, %12680
	%12689 = select i1 %12688, i32 %12679, i32 %12680
	%12690 = select i1 %12685, i32 %12687, i32 %12689
	%12691 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12690, i32 8, i32 31)
	%12692 = and i32 %3, 16
	%12693 = icmp eq i32 %12692, 0
	%12694 = and i32 %3, 8
	%12695 = icmp eq i32 %12694, 0
	%12696 = icmp eq i1 %12693, %12695
	%12697 = icmp ugt i32 %12690, %12691
	%12698 = select i1 %12697, i32 %12690, i32 %12691
	%12699 = icmp ult i32 %12690, %12691
	%12700 = select i1 %12699, i32 %12690, i32 %12691
	%12701 = select i1 %12696, i32 %12698, i32 %12700
	%12702 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12701, i32 4, i32 31)
	%12703 = and i32 %3, 16
	%12704 = icmp eq i32 %12703, 0
	%12705 = and i32 %3, 4
	%12706 = icmp eq i32 %12705, 0
	%12707 = icmp eq i1 %12704, %12706
	%12708 = icmp ugt i32 %12701, %12702
	%12709 = select i1 %12708, i32 %12701, i32 %12702
	%12710 = icmp ult i32 %12701, %12702
	%12711 = select i1 %12710, i32 %12701, i32 %12702
	%12712 = select i1 %12707, i32 %12709, i32 %12711
	%12713 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12712, i32 2, i32 31)
	%12714 = and i32 %3, 16
	%12715 = icmp eq i32 %12714, 0
	%12716 = and i32 %3, 2
	%12717 = icmp eq i32 %12716, 0
	%12718 = icmp eq i1 %12715, %12717
	%12719 = icmp ugt i32 %12712, %12713
	%12720 = select i1 %12719, i32 %12712, i32 %12713
	%12721 = icmp ult i32 %12712, %12713
	%12722 = select i1 %12721, i32 %12712, i32 %12713
	%12723 = select i1 %12718, i32 %12720, i32 %12722
	%12724 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12723, i32 1, i32 31)
	%12725 = and i32 %3, 16
	%12726 = icmp eq i32 %12725, 0
	%12727 = and i32 %3, 1
	%12728 = icmp eq i32 %12727, 0
	%12729 = icmp eq i1 %12726, %12728
	%12730 = icmp ugt i32 %12723, %12724
	%12731 = select i1 %12730, i32 %12723, i32 %12724
	%12732 = icmp ult i32 %12723, %12724
	%12733 = select i1 %12732, i32 %12723, i32 %12724
	%12734 = select i1 %12729, i32 %12731, i32 %12733
	%12735 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12734, i32 16, i32 31)
	%12736 = and i32 %3, 32
	%12737 = icmp eq i32 %12736, 0
	%12738 = and i32 %3, 16
	%12739 = icmp eq i32 %12738, 0
	%12740 = icmp eq i1 %12737, %12739
	%12741 = icmp ugt i32 %12734, %12735
	%12742 = select i1 %12741, i32 %12734, i32 %12735
	%12743 = icmp ult i32 %12734, %12735
	%12744 = select i1 %12743, i32 %12734, i32 %12735
	%12745 = select i1 %12740, i32 %12742, i32 %12744
	%12746 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12745, i32 8, i32 31)
	%12747 = and i32 %3, 32
	%12748 = icmp eq i32 %12747, 0
	%12749 = and i32 %3, 8
	%12750 = icmp eq i32 %12749, 0
	%12751 = icmp eq i1 %12748, %12750
	%12752 = icmp ugt i32 %12745, %12746
	%12753 = select i1 %12752, i32 %12745, i32 %12746
	%12754 = icmp ult i32 %12745, %12746
	%12755 = select i1 %12754, i32 %12745, i32 %12746
	%12756 = select i1 %12751, i32 %12753, i32 %12755
	%12757 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12756, i32 4, i32 31)
	%12758 = and i32 %3, 32
	%12759 = icmp eq i32 %12758, 0
	%12760 = and i32 %3, 4
	%12761 = icmp eq i32 %12760, 0
	%12762 = icmp eq i1 %12759, %12761
	%12763 = icmp ugt i32 %12756, %12757
	%12764 = select i1 %12763, i32 %12756, i32 %12757
	%12765 = icmp ult i32 %12756, %12757
	%12766 = select i1 %12765, i32 %12756, i32 %12757
	%12767 = select i1 %12762, i32 %12764, i32 %12766
	%12768 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12767, i32 2, i32 31)
	%12769 = and i32 %3, 32
	%12770 = icmp eq i32 %12769, 0
	%12771 = and i32 %3, 2
	%12772 = icmp eq i32 %12771, 0
	%12773 = icmp eq i1 %12770, %12772
	%12774 = icmp ugt i32 %12767, %12768
	%12775 = select i1 %12774, i32 %12767, i32 %12768
	%12776 = icmp ult i32 %12767, %12768
	%12777 = select i1 %12776, i32 %12767, i32 %12768
	%12778 = select i1 %12773, i32 %12775, i32 %12777
	%12779 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12778, i32 1, i32 31)
	%12780 = and i32 %3, 32
	%12781 = icmp eq i32 %12780, 0
	%12782 = and i32 %3, 1
	%12783 = icmp eq i32 %12782, 0
	%12784 = icmp eq i1 %12781, %12783
	%12785 = icmp ugt i32 %12778, %12779
	%12786 = select i1 %12785, i32 %12778, i32 %12779
	%12787 = icmp ult i32 %12778, %12779
	%12788 = select i1 %12787, i32 %12778, i32 %12779
	%12789 = select i1 %12784, i32 %12786, i32 %12788
	%12790 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12624, i32 1, i32 31)
	%12791 = and i32 %3, 2
	%12792 = icmp eq i32 %12791, 0
	%12793 = and i32 %3, 1
	%12794 = icmp eq i32 %12793, 0
	%12795 = icmp eq i1 %12792, %12794
	%12796 = icmp ugt i32 %12624, %12790
	%12797 = select i1 %12796, i32 %12624, i32 %12790
	%12798 = icmp ult i32 %12624, %12790
	%12799 = select i1 %12798, i32 %12624, i32 %12790
	%12800 = select i1 %12795, i32 %12797, i32 %12799
	%12801 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12800, i32 2, i32 31)
	%12802 = and i32 %3, 4
	%12803 = icmp eq i32 %12802, 0
	%12804 = and i32 %3, 2
	%12805 = icmp eq i32 %12804, 0
	%12806 = icmp eq i1 %12803, %12805
	%12807 = icmp ugt i32 %12800, %12801
	%12808 = select i1 %12807, i32 %12800, i32 %12801
	%12809 = icmp ult i32 %12800, %12801
	%12810 = select i1 %12809, i32 %12800, i32 %12801
	%12811 = select i1 %12806, i32 %12808, i32 %12810
	%12812 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12811, i32 1, i32 31)
	%12813 = and i32 %3, 4
	%12814 = icmp eq i32 %12813, 0
	%12815 = and i32 %3, 1
	%12816 = icmp eq i32 %12815, 0
	%12817 = icmp eq i1 %12814, %12816
	%12818 = icmp ugt i32 %12811, %12812
	%12819 = select i1 %12818, i32 %12811, i32 %12812
	%12820 = icmp ult i32 %12811, %12812
	%12821 = select i1 %12820, i32 %12811, i32 %12812
	%12822 = select i1 %12817, i32 %12819, i32 %12821
	%12823 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12822, i32 4, i32 31)
	%12824 = and i32 %3, 8
	%12825 = icmp eq i32 %12824, 0
	%12826 = and i32 %3, 4
	%12827 = icmp eq i32 %12826, 0
	%12828 = icmp eq i1 %12825, %12827
	%12829 = icmp ugt i32 %12822, %12823
	%12830 = select i1 %12829, i32 %12822, i32 %12823
	%12831 = icmp ult i32 %12822, %12823
	%12832 = select i1 %12831, i32 %12822, i32 %12823
	%12833 = select i1 %12828, i32 %12830, i32 %12832
	%12834 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12833, i32 2, i32 31)
	%12835 = and i32 %3, 8
	%12836 = icmp eq i32 %12835, 0
	%12837 = and i32 %3, 2
	%12838 = icmp eq i32 %12837, 0
	%12839 = icmp eq i1 %12836, %12838
	%12840 = icmp ugt i32 %12833, %12834
	%12841 = select i1 %12840, i32 %12833, i32 %12834
	%12842 = icmp ult i32 %12833, %12834
	%12843 = select i1 %12842, i32 %12833, i32 %12834
	%12844 = select i1 %12839, i32 %12841, i32 %12843
	%12845 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12844, i32 1, i32 31)
	%12846 = and i32 %3, 8
	%12847 = icmp eq i32 %12846, 0
	%12848 = and i32 %3, 1
	%12849 = icmp eq i32 %12848, 0
	%12850 = icmp eq i1 %12847, %12849
	%12851 = icmp ugt i32 %12844, %12845
	%12852 = select i1 %12851, i32 %12844, i32 %12845
	%12853 = icmp ult i32 %12844, %12845
	%12854 = select i1 %12853, i32 %12844, i32 %12845
	%12855 = select i1 %12850, i32 %12852, i32 %12854
	%12856 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12855, i32 8, i32 31)
	%12857 = and i32 %3, 16
	%12858 = icmp eq i32 %12857, 0
	%12859 = and i32 %3, 8
	%12860 = icmp eq i32 %12859, 0
	%12861 = icmp eq i1 %12858, %12860
	%12862 = icmp ugt i32 %12855, %12856
	%12863 = select i1 %12862, i32 %12855, i32 %12856
	%12864 = icmp ult i32 %12855, %12856
	%12865 = select i1 %12864, i32 %12855, i32 %12856
	%12866 = select i1 %12861, i32 %12863, i32 %12865
	%12867 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12866, i32 4, i32 31)
	%12868 = and i32 %3, 16
	%12869 = icmp eq i32 %12868, 0
	%12870 = and i32 %3, 4
	%12871 = icmp eq i32 %12870, 0
	%12872 = icmp eq i1 %12869, %12871
	%12873 = icmp ugt i32 %12866, %12867
	%12874 = select i1 %12873, i32 %12866, i32 %12867
	%12875 = icmp ult i32 %12866, %12867
	%12876 = select i1 %12875, i32 %12866, i32 %12867
	%12877 = select i1 %12872, i32 %12874, i32 %12876
	%12878 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12877, i32 2, i32 31)
	%12879 = and i32 %3, 16
	%12880 = icmp eq i32 %12879, 0
	%12881 = and i32 %3, 2
	%12882 = icmp eq i32 %12881, 0
	%12883 = icmp eq i1 %12880, %12882
	%12884 = icmp ugt i32 %12877, %12878
	%12885 = select i1 %12884, i32 %12877, i32 %12878
	%12886 = icmp ult i32 %12877, %12878
	%12887 = select i1 %12886, i32 %12877, i32 %12878
	%12888 = select i1 %12883, i32 %12885, i32 %12887
	%12889 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12888, i32 1, i32 31)
	%12890 = and i32 %3, 16
	%12891 = icmp eq i32 %12890, 0
	%12892 = and i32 %3, 1
	%12893 = icmp eq i32 %12892, 0
	%12894 = icmp eq i1 %12891, %12893
	%12895 = icmp ugt i32 %12888, %12889
	%12896 = select i1 %12895, i32 %12888, i32 %12889
	%12897 = icmp ult i32 %12888, %12889
	%12898 = select i1 %12897, i32 %12888, i32 %12889
	%12899 = select i1 %12894, i32 %12896, i32 %12898
	%12900 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12899, i32 16, i32 31)
	%12901 = and i32 %3, 32
	%12902 = icmp eq i32 %12901, 0
	%12903 = and i32 %3, 16
	%12904 = icmp eq i32 %12903, 0
	%12905 = icmp eq i1 %12902, %12904
	%12906 = icmp ugt i32 %12899, %12900
	%12907 = select i1 %12906, i32 %12899, i32 %12900
	%12908 = icmp ult i32 %12899, %12900
	%12909 = select i1 %12908, i32 %12899, i32 %12900
	%12910 = select i1 %12905, i32 %12907, i32 %12909
	%12911 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12910, i32 8, i32 31)
	%12912 = and i32 %3, 32
	%12913 = icmp eq i32 %12912, 0
	%12914 = and i32 %3, 8
	%12915 = icmp eq i32 %12914, 0
	%12916 = icmp eq i1 %12913, %12915
	%12917 = icmp ugt i32 %12910, %12911
	%12918 = select i1 %12917, i32 %12910, i32 %12911
	%12919 = icmp ult i32 %12910, %12911
	%12920 = select i1 %12919, i32 %12910, i32 %12911
	%12921 = select i1 %12916, i32 %12918, i32 %12920
	%12922 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12921, i32 4, i32 31)
	%12923 = and i32 %3, 32
	%12924 = icmp eq i32 %12923, 0
	%12925 = and i32 %3, 4
	%12926 = icmp eq i32 %12925, 0
	%12927 = icmp eq i1 %12924, %12926
	%12928 = icmp ugt i32 %12921, %12922
	%12929 = select i1 %12928, i32 %12921, i32 %12922
	%12930 = icmp ult i32 %12921, %12922
	%12931 = select i1 %12930, i32 %12921, i32 %12922
	%12932 = select i1 %12927, i32 %12929, i32 %12931
	%12933 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12932, i32 2, i32 31)
	%12934 = and i32 %3, 32
	%12935 = icmp eq i32 %12934, 0
	%12936 = and i32 %3, 2
	%12937 = icmp eq i32 %12936, 0
	%12938 = icmp eq i1 %12935, %12937
	%12939 = icmp ugt i32 %12932, %12933
	%12940 = select i1 %12939, i32 %12932, i32 %12933
	%12941 = icmp ult i32 %12932, %12933
	%12942 = select i1 %12941, i32 %12932, i32 %12933
	%12943 = select i1 %12938, i32 %12940, i32 %12942
	%12944 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12943, i32 1, i32 31)
	%12945 = and i32 %3, 32
	%12946 = icmp eq i32 %12945, 0
	%12947 = and i32 %3, 1
	%12948 = icmp eq i32 %12947, 0
	%12949 = icmp eq i1 %12946, %12948
	%12950 = icmp ugt i32 %12943, %12944
	%12951 = select i1 %12950, i32 %12943, i32 %12944
	%12952 = icmp ult i32 %12943, %12944
	%12953 = select i1 %12952, i32 %12943, i32 %12944
	%12954 = select i1 %12949, i32 %12951, i32 %12953
	%12955 = sub i32 31, %3
	%12956 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %12954, i32 %12955, i32 31)
	%12957 = icmp ugt i32 %12789, %12956
	%12958 = select i1 %12957, i32 %12789, i32 %12956
	%12959 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12958, i32 16, i32 31)
	%12960 = and i32 %3, 16
	%12961 = icmp eq i32 %12960, 0
	%12962 = icmp eq i1 true, %12961
	%12963 = icmp ugt i32 %12958, %12959
	%12964 = select i1 %12963, i32 %12958, i32 %12959
	%12965 = icmp ult i32 %12958, %12959
	%12966 = select i1 %12965, i32 %12958, i32 %12959
	%12967 = select i1 %12962, i32 %12964, i32 %12966
	%12968 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12967, i32 8, i32 31)
	%12969 = and i32 %3, 8
	%12970 = icmp eq i32 %12969, 0
	%12971 = icmp eq i1 true, %12970
	%12972 = icmp ugt i32 %12967, %12968
	%12973 = select i1 %12972, i32 %12967, i32 %12968
	%12974 = icmp ult i32 %12967, %12968
	%12975 = select i1 %12974, i32 %12967, i32 %12968
	%12976 = select i1 %12971, i32 %12973, i32 %12975
	%12977 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12976, i32 4, i32 31)
	%12978 = and i32 %3, 4
	%12979 = icmp eq i32 %12978, 0
	%12980 = icmp eq i1 true, %12979
	%12981 = icmp ugt i32 %12976, %12977
	%12982 = select i1 %12981, i32 %12976, i32 %12977
	%12983 = icmp ult i32 %12976, %12977
	%12984 = select i1 %12983, i32 %12976, i32 %12977
	%12985 = select i1 %12980, i32 %12982, i32 %12984
	%12986 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12985, i32 2, i32 31)
	%12987 = and i32 %3, 2
	%12988 = icmp eq i32 %12987, 0
	%12989 = icmp eq i1 true, %12988
	%12990 = icmp ugt i32 %12985, %12986
	%12991 = select i1 %12990, i32 %12985, i32 %12986
	%12992 = icmp ult i32 %12985, %12986
	%12993 = select i1 %12992, i32 %12985, i32 %12986
	%12994 = select i1 %12989, i32 %12991, i32 %12993
	%12995 = call i32 @llvm.nvvm.shfl.sync.bfly.i32(i32 -1, i32 %12994, i32 1, i32 31)
	%12996 = and i32 %3, 1
	%12997 = icmp eq i32 %12996, 0
	%12998 = icmp eq i1 true, %12997
	%12999 = icmp ugt i32 %12994, %12995
	%13000 = select i1 %12999, i32 %12994, i32 %12995
	%13001 = icmp ult i32 %12994, %12995
	%13002 = select i1 %13001, i32 %12994, i32 %12995
	%13003 = select i1 %12998, i32 %13000, i32 %13002
	%13004 = sub i32 %541, 1
	%13005 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %13003, i32 %13004, i32 31)
	%13006 = icmp ugt i32 %12614, %13005
	%13007 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %13006)
	%13008 = call i32 @llvm.ctpop.i32(i32 %13007)
	%13009 = icmp ugt i32 %12624, %13005
	%13010 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %13009)
	%13011 = call i32 @llvm.ctpop.i32(i32 %13010)
	%13012 = add i32 %13008, %13011
	%13013 = sub i32 %541, %13012
	br label %12603

13014:
	%13015 = mul i32 %4, 256
	%13016 = mul i32 %3, 8
	%13017 = add i32 %13016, 0
	%13018 = add i32 %13015, %13017
	%13019 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13020 = bitcast i8 addrspace(3)* %13019 to i32 addrspace(3)*
	%13021 = getelementptr i32, i32 addrspace(3)* %13020, i32 %13018
	store i32 0, i32 addrspace(3)* %13021
	%13022 = mul i32 %3, 8
	%13023 = add i32 %13022, 1
	%13024 = add i32 %13015, %13023
	%13025 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13026 = bitcast i8 addrspace(3)* %13025 to i32 addrspace(3)*
	%13027 = getelementptr i32, i32 addrspace(3)* %13026, i32 %13024
	store i32 0, i32 addrspace(3)* %13027
	%13028 = mul i32 %3, 8
	%13029 = add i32 %13028, 2
	%13030 = add i32 %13015, %13029
	%13031 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13032 = bitcast i8 addrspace(3)* %13031 to i32 addrspace(3)*
	%13033 = getelementptr i32, i32 addrspace(3)* %13032, i32 %13030
	store i32 0, i32 addrspace(3)* %13033
	%13034 = mul i32 %3, 8
	%13035 = add i32 %13034, 3
	%13036 = add i32 %13015, %13035
	%13037 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13038 = bitcast i8 addrspace(3)* %13037 to i32 addrspace(3)*
	%13039 = getelementptr i32, i32 addrspace(3)* %13038, i32 %13036
	store i32 0, i32 addrspace(3)* %13039
	%13040 = mul i32 %3, 8
	%13041 = add i32 %13040, 4
	%13042 = add i32 %13015, %13041
	%13043 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13044 = bitcast i8 addrspace(3)* %13043 to i32 addrspace(3)*
	%13045 = getelementptr i32, i32 addrspace(3)* %13044, i32 %13042
	store i32 0, i32 addrspace(3)* %13045
	%13046 = mul i32 %3, 8
	%13047 = add i32 %13046, 5
	%13048 = add i32 %13015, %13047
	%13049 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13050 = bitcast i8 addrspace(3)* %13049 to i32 addrspace(3)*
	%13051 = getelementptr i32, i32 addrspace(3)* %13050, i32 %13048
	store i32 0, i32 addrspace(3)* %13051
	%13052 = mul i32 %3, 8
	%13053 = add i32 %13052, 6
	%13054 = add i32 %13015, %13053
	%13055 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13056 = bitcast i8 addrspace(3)* %13055 to i32 addrspace(3)*
	%13057 = getelementptr i32, i32 addrspace(3)* %13056, i32 %13054
	store i32 0, i32 addrspace(3)* %13057
	%13058 = mul i32 %3, 8
	%13059 = add i32 %13058, 7
	%13060 = add i32 %13015, %13059
	%13061 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13062 = bitcast i8 addrspace(3)* %13061 to i32 addrspace(3)*
	%13063 = getelementptr i32, i32 addrspace(3)* %13062, i32 %13060
	store i32 0, i32 addrspace(3)* %13063
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %13069

13064:
	%13065 = phi i32 [ %12604, %12603 ], [ %14031, %13849 ]
	%13066 = phi i32 [ %12605, %12603 ], [ %14034, %13849 ]
	%13067 = shl i32 1, %3
	%13068 = sub i32 %13067, 1
	br label %14045

13069:
	%13070 = phi i32 [ %3, %13014 ], [ %13324, %13323 ]
	%13071 = icmp slt i32 %13070, %593
	br i1 %13071, label %13072, label %13081

13072:
	%13073 = add i32 %12592, %13070
	%13074 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%13075 = bitcast i8 addrspace(3)* %13074 to i32 addrspace(3)*
	%13076 = getelementptr i32, i32 addrspace(3)* %13075, i32 %13073
	%13077 = load i32, i32 addrspace(3)* %13076
	%13078 = and i32 %13077, 0
	%13079 = icmp eq i32 %13078, 0
	%13080 = and i1 true, %13079
	br i1 %13080, label %13315, label %13323

13081:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%13082 = mul i32 %3, 8
	%13083 = add i32 %13082, 0
	%13084 = sub i32 255, %13083
	%13085 = add i32 %13015, %13084
	%13086 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13087 = bitcast i8 addrspace(3)* %13086 to i32 addrspace(3)*
	%13088 = getelementptr i32, i32 addrspace(3)* %13087, i32 %13085
	%13089 = load i32, i32 addrspace(3)* %13088
	%13090 = add i32 0, %13089
	%13091 = mul i32 %3, 8
	%13092 = add i32 %13091, 1
	%13093 = sub i32 255, %13092
	%13094 = add i32 %13015, %13093
	%13095 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13096 = bitcast i8 addrspace(3)* %13095 to i32 addrspace(3)*
	%13097 = getelementptr i32, i32 addrspace(3)* %13096, i32 %13094
	%13098 = load i32, i32 addrspace(3)* %13097
	%13099 = add i32 %13090, %13098
	%13100 = mul i32 %3, 8
	%13101 = add i32 %13100, 2
	%13102 = sub i32 255, %13101
	%13103 = add i32 %13015, %13102
	%13104 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13105 = bitcast i8 addrspace(3)* %13104 to i32 addrspace(3)*
	%13106 = getelementptr i32, i32 addrspace(3)* %13105, i32 %13103
	%13107 = load i32, i32 addrspace(3)* %13106
	%13108 = add i32 %13099, %13107
	%13109 = mul i32 %3, 8
	%13110 = add i32 %13109, 3
	%13111 = sub i32 255, %13110
	%13112 = add i32 %13015, %13111
	%13113 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13114 = bitcast i8 addrspace(3)* %13113 to i32 addrspace(3)*
	%13115 = getelementptr i32, i32 addrspace(3)* %13114, i32 %13112
	%13116 = load i32, i32 addrspace(3)* %13115
	%13117 = add i32 %13108, %13116
	%13118 = mul i32 %3, 8
	%13119 = add i32 %13118, 4
	%13120 = sub i32 255, %13119
	%13121 = add i32 %13015, %13120
	%13122 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13123 = bitcast i8 addrspace(3)* %13122 to i32 addrspace(3)*
	%13124 = getelementptr i32, i32 addrspace(3)* %13123, i32 %13121
	%13125 = load i32, i32 addrspace(3)* %13124
	%13126 = add i32 %13117, %13125
	%13127 = mul i32 %3, 8
	%13128 = add i32 %13127, 5
	%13129 = sub i32 255, %13128
	%13130 = add i32 %13015, %13129
	%13131 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13132 = bitcast i8 addrspace(3)* %13131 to i32 addrspace(3)*
	%13133 = getelementptr i32, i32 addrspace(3)* %13132, i32 %13130
	%13134 = load i32, i32 addrspace(3)* %13133
	%13135 = add i32 %13126, %13134
	%13136 = mul i32 %3, 8
	%13137 = add i32 %13136, 6
	%13138 = sub i32 255, %13137
	%13139 = add i32 %13015, %13138
	%13140 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13141 = bitcast i8 addrspace(3)* %13140 to i32 addrspace(3)*
	%13142 = getelementptr i32, i32 addrspace(3)* %13141, i32 %13139
	%13143 = load i32, i32 addrspace(3)* %13142
	%13144 = add i32 %13135, %13143
	%13145 = mul i32 %3, 8
	%13146 = add i32 %13145, 7
	%13147 = sub i32 255, %13146
	%13148 = add i32 %13015, %13147
	%13149 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13150 = bitcast i8 addrspace(3)* %13149 to i32 addrspace(3)*
	%13151 = getelementptr i32, i32 addrspace(3)* %13150, i32 %13148
	%13152 = load i32, i32 addrspace(3)* %13151
	%13153 = add i32 %13144, %13152
	%13154 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %13153, i32 1, i32 0)
	%13155 = icmp uge i32 %3, 1
	%13156 = select i1 %13155, i32 %13154, i32 0
	%13157 = add i32 %13153, %13156
	%13158 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %13157, i32 2, i32 0)
	%13159 = icmp uge i32 %3, 2
	%13160 = select i1 %13159, i32 %13158, i32 0
	%13161 = add i32 %13157, %13160
	%13162 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %13161, i32 4, i32 0)
	%13163 = icmp uge i32 %3, 4
	%13164 = select i1 %13163, i32 %13162, i32 0
	%13165 = add i32 %13161, %13164
	%13166 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %13165, i32 8, i32 0)
	%13167 = icmp uge i32 %3, 8
	%13168 = select i1 %13167, i32 %13166, i32 0
	%13169 = add i32 %13165, %13168
	%13170 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %13169, i32 16, i32 0)
	%13171 = icmp uge i32 %3, 16
	%13172 = select i1 %13171, i32 %13170, i32 0
	%13173 = add i32 %13169, %13172
	%13174 = sub i32 %13173, %13153
	%13175 = icmp slt i32 %13174, %541
	%13176 = icmp sge i32 %13173, %541
	%13177 = and i1 %13175, %13176
	%13178 = add i32 %13174, %13089
	%13179 = xor i1 false, true
	%13180 = icmp sge i32 %13178, %541
	%13181 = and i1 %13179, %13180
	%13182 = mul i32 %3, 8
	%13183 = add i32 %13182, 0
	%13184 = sub i32 255, %13183
	%13185 = select i1 %13181, i32 %13184, i32 0
	%13186 = select i1 %13181, i32 %13174, i32 0
	%13187 = or i1 false, %13181
	%13188 = add i32 %13178, %13098
	%13189 = xor i1 %13187, true
	%13190 = icmp sge i32 %13188, %541
	%13191 = and i1 %13189, %13190
	%13192 = mul i32 %3, 8
	%13193 = add i32 %13192, 1
	%13194 = sub i32 255, %13193
	%13195 = select i1 %13191, i32 %13194, i32 %13185
	%13196 = select i1 %13191, i32 %13178, i32 %13186
	%13197 = or i1 %13187, %13191
	%13198 = add i32 %13188, %13107
	%13199 = xor i1 %13197, true
	%13200 = icmp sge i32 %13198, %541
	%13201 = and i1 %13199, %13200
	%13202 = mul i32 %3, 8
	%13203 = add i32 %13202, 2
	%13204 = sub i32 255, %13203
	%13205 = select i1 %13201, i32 %13204, i32 %13195
	%13206 = select i1 %13201, i32 %13188, i32 %13196
	%13207 = or i1 %13197, %13201
	%13208 = add i32 %13198, %13116
	%13209 = xor i1 %13207, true
	%13210 = icmp sge i32 %13208, %541
	%13211 = and i1 %13209, %13210
	%13212 = mul i32 %3, 8
	%13213 = add i32 %13212, 3
	%13214 = sub i32 255, %13213
	%13215 = select i1 %13211, i32 %13214, i32 %13205
	%13216 = select i1 %13211, i32 %13198, i32 %13206
	%13217 = or i1 %13207, %13211
	%13218 = add i32 %13208, %13125
	%13219 = xor i1 %13217, true
	%13220 = icmp sge i32 %13218, %541
	%13221 = and i1 %13219, %13220
	%13222 = mul i32 %3, 8
	%13223 = add i32 %13222, 4
	%13224 = sub i32 255, %13223
	%13225 = select i1 %13221, i32 %13224, i32 %13215
	%13226 = select i1 %13221, i32 %13208, i32 %13216
	%13227 = or i1 %13217, %13221
	%13228 = add i32 %13218, %13134
	%13229 = xor i1 %13227, true
	%13230 = icmp sge i32 %13228, %541
	%13231 = and i1 %13229, %13230
	%13232 = mul i32 %3, 8
	%13233 = add i32 %13232, 5
	%13234 = sub i32 255, %13233
	%13235 = select i1 %13231, i32 %13234, i32 %13225
	%13236 = select i1 %13231, i32 %13218, i32 %13226
	%13237 = or i1 %13227, %13231
	%13238 = add i32 %13228, %13143
	%13239 = xor i1 %13237, true
	%13240 = icmp sge i32 %13238, %541
	%13241 = and i1 %13239, %13240
	%13242 = mul i32 %3, 8
	%13243 = add i32 %13242, 6
	%13244 = sub i32 255, %13243
	%13245 = select i1 %13241, i32 %13244, i32 %13235
	%13246 = select i1 %13241, i32 %13228, i32 %13236
	%13247 = or i1 %13237, %13241
	%13248 = add i32 %13238, %13152
	%13249 = xor i1 %13247, true
	%13250 = icmp sge i32 %13248, %541
	%13251 = and i1 %13249, %13250
	%13252 = mul i32 %3, 8
	%13253 = add i32 %13252, 7
	%13254 = sub i32 255, %13253
	%13255 = select i1 %13251, i32 %13254, i32 %13245
	%13256 = select i1 %13251, i32 %13238, i32 %13246
	%13257 = or i1 %13247, %13251
	%13258 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %13177)
	%13259 = call i32 @llvm.cttz.i32(i32 %13258, i1 false)
	%13260 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %13255, i32 %13259, i32 31)
	%13261 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %13256, i32 %13259, i32 31)
	%13262 = shl i32 %13260, 24
	%13263 = or i32 0, %13262
	%13264 = shl i32 255, 24
	%13265 = or i32 0, %13264
	%13266 = sub i32 %541, %13261
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%13267 = mul i32 %3, 8
	%13268 = add i32 %13267, 0
	%13269 = add i32 %13015, %13268
	%13270 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13271 = bitcast i8 addrspace(3)* %13270 to i32 addrspace(3)*
	%13272 = getelementptr i32, i32 addrspace(3)* %13271, i32 %13269
	store i32 0, i32 addrspace(3)* %13272
	%13273 = mul i32 %3, 8
	%13274 = add i32 %13273, 1
	%13275 = add i32 %13015, %13274
	%13276 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13277 = bitcast i8 addrspace(3)* %13276 to i32 addrspace(3)*
	%13278 = getelementptr i32, i32 addrspace(3)* %13277, i32 %13275
	store i32 0, i32 addrspace(3)* %13278
	%13279 = mul i32 %3, 8
	%13280 = add i32 %13279, 2
	%13281 = add i32 %13015, %13280
	%13282 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13283 = bitcast i8 addrspace(3)* %13282 to i32 addrspace(3)*
	%13284 = getelementptr i32, i32 addrspace(3)* %13283, i32 %13281
	store i32 0, i32 addrspace(3)* %13284
	%13285 = mul i32 %3, 8
	%13286 = add i32 %13285, 3
	%13287 = add i32 %13015, %13286
	%13288 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13289 = bitcast i8 addrspace(3)* %13288 to i32 addrspace(3)*
	%13290 = getelementptr i32, i32 addrspace(3)* %13289, i32 %13287
	store i32 0, i32 addrspace(3)* %13290
	%13291 = mul i32 %3, 8
	%13292 = add i32 %13291, 4
	%13293 = add i32 %13015, %13292
	%13294 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13295 = bitcast i8 addrspace(3)* %13294 to i32 addrspace(3)*
	%13296 = getelementptr i32, i32 addrspace(3)* %13295, i32 %13293
	store i32 0, i32 addrspace(3)* %13296
	%13297 = mul i32 %3, 8
	%13298 = add i32 %13297, 5
	%13299 = add i32 %13015, %13298
	%13300 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13301 = bitcast i8 addrspace(3)* %13300 to i32 addrspace(3)*
	%13302 = getelementptr i32, i32 addrspace(3)* %13301, i32 %13299
	store i32 0, i32 addrspace(3)* %13302
	%13303 = mul i32 %3, 8
	%13304 = add i32 %13303, 6
	%13305 = add i32 %13015, %13304
	%13306 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13307 = bitcast i8 addrspace(3)* %13306 to i32 addrspace(3)*
	%13308 = getelementptr i32, i32 addrspace(3)* %13307, i32 %13305
	store i32 0, i32 addrspace(3)* %13308
	%13309 = mul i32 %3, 8
	%13310 = add i32 %13309, 7
	%13311 = add i32 %13015, %13310
	%13312 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13313 = bitcast i8 addrspace(3)* %13312 to i32 addrspace(3)*
	%13314 = getelementptr i32, i32 addrspace(3)* %13313, i32 %13311
	store i32 0, i32 addrspace(3)* %13314
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %13325

13315:
	%13316 = lshr i32 %13077, 24
	%13317 = and i32 %13316, 255
	%13318 = add i32 %13015, %13317
	%13319 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13320 = bitcast i8 addrspace(3)* %13319 to i32 addrspace(3)*
	%13321 = getelementptr i32, i32 addrspace(3)* %13320, i32 %13318
	%13322 = atomicrmw add i32 addrspace(3)* %13321, i32 1 monotonic
	br label %13323

13323:
	%13324 = add i32 %13070, 32
	br label %13069

13325:
	%13326 = phi i32 [ %3, %13081 ], [ %13580, %13579 ]
	%13327 = icmp slt i32 %13326, %593
	br i1 %13327, label %13328, label %13337

13328:
	%13329 = add i32 %12592, %13326
	%13330 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%13331 = bitcast i8 addrspace(3)* %13330 to i32 addrspace(3)*
	%13332 = getelementptr i32, i32 addrspace(3)* %13331, i32 %13329
	%13333 = load i32, i32 addrspace(3)* %13332
	%13334 = and i32 %13333, %13265
	%13335 = icmp eq i32 %13334, %13263
	%13336 = and i1 true, %13335
	br i1 %13336, label %13571, label %13579

13337:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%13338 = mul i32 %3, 8
	%13339 = add i32 %13338, 0
	%13340 = sub i32 255, %13339
	%13341 = add i32 %13015, %13340
	%13342 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13343 = bitcast i8 addrspace(3)* %13342 to i32 addrspace(3)*
	%13344 = getelementptr i32, i32 addrspace(3)* %13343, i32 %13341
	%13345 = load i32, i32 addrspace(3)* %13344
	%13346 = add i32 0, %13345
	%13347 = mul i32 %3, 8
	%13348 = add i32 %13347, 1
	%13349 = sub i32 255, %13348
	%13350 = add i32 %13015, %13349
	%13351 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13352 = bitcast i8 addrspace(3)* %13351 to i32 addrspace(3)*
	%13353 = getelementptr i32, i32 addrspace(3)* %13352, i32 %13350
	%13354 = load i32, i32 addrspace(3)* %13353
	%13355 = add i32 %13346, %13354
	%13356 = mul i32 %3, 8
	%13357 = add i32 %13356, 2
	%13358 = sub i32 255, %13357
	%13359 = add i32 %13015, %13358
	%13360 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13361 = bitcast i8 addrspace(3)* %13360 to i32 addrspace(3)*
	%13362 = getelementptr i32, i32 addrspace(3)* %13361, i32 %13359
	%13363 = load i32, i32 addrspace(3)* %13362
	%13364 = add i32 %13355, %13363
	%13365 = mul i32 %3, 8
	%13366 = add i32 %13365, 3
	%13367 = sub i32 255, %13366
	%13368 = add i32 %13015, %13367
	%13369 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13370 = bitcast i8 addrspace(3)* %13369 to i32 addrspace(3)*
	%13371 = getelementptr i32, i32 addrspace(3)* %13370, i32 %13368
	%13372 = load i32, i32 addrspace(3)* %13371
	%13373 = add i32 %13364, %13372
	%13374 = mul i32 %3, 8
	%13375 = add i32 %13374, 4
	%13376 = sub i32 255, %13375
	%13377 = add i32 %13015, %13376
	%13378 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13379 = bitcast i8 addrspace(3)* %13378 to i32 addrspace(3)*
	%13380 = getelementptr i32, i32 addrspace(3)* %13379, i32 %13377
	%13381 = load i32, i32 addrspace(3)* %13380
	%13382 = add i32 %13373, %13381
	%13383 = mul i32 %3, 8
	%13384 = add i32 %13383, 5
	%13385 = sub i32 255, %13384
	%13386 = add i32 %13015, %13385
	%13387 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13388 = bitcast i8 addrspace(3)* %13387 to i32 addrspace(3)*
	%13389 = getelementptr i32, i32 addrspace(3)* %13388, i32 %13386
	%13390 = load i32, i32 addrspace(3)* %13389
	%13391 = add i32 %13382, %13390
	%13392 = mul i32 %3, 8
	%13393 = add i32 %13392, 6
	%13394 = sub i32 255, %13393
	%13395 = add i32 %13015, %13394
	%13396 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13397 = bitcast i8 addrspace(3)* %13396 to i32 addrspace(3)*
	%13398 = getelementptr i32, i32 addrspace(3)* %13397, i32 %13395
	%13399 = load i32, i32 addrspace(3)* %13398
	%13400 = add i32 %13391, %13399
	%13401 = mul i32 %3, 8
	%13402 = add i32 %13401, 7
	%13403 = sub i32 255, %13402
	%13404 = add i32 %13015, %13403
	%13405 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13406 = bitcast i8 addrspace(3)* %13405 to i32 addrspace(3)*
	%13407 = getelementptr i32, i32 addrspace(3)* %13406, i32 %13404
	%13408 = load i32, i32 addrspace(3)* %13407
	%13409 = add i32 %13400, %13408
	%13410 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %13409, i32 1, i32 0)
	%13411 = icmp uge i32 %3, 1
	%13412 = select i1 %13411, i32 %13410, i32 0
	%13413 = add i32 %13409, %13412
	%13414 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %13413, i32 2, i32 0)
	%13415 = icmp uge i32 %3, 2
	%13416 = select i1 %13415, i32 %13414, i32 0
	%13417 = add i32 %13413, %13416
	%13418 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %13417, i32 4, i32 0)
	%13419 = icmp uge i32 %3, 4
	%13420 = select i1 %13419, i32 %13418, i32 0
	%13421 = add i32 %13417, %13420
	%13422 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %13421, i32 8, i32 0)
	%13423 = icmp uge i32 %3, 8
	%13424 = select i1 %13423, i32 %13422, i32 0
	%13425 = add i32 %13421, %13424
	%13426 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %13425, i32 16, i32 0)
	%13427 = icmp uge i32 %3, 16
	%13428 = select i1 %13427, i32 %13426, i32 0
	%13429 = add i32 %13425, %13428
	%13430 = sub i32 %13429, %13409
	%13431 = icmp slt i32 %13430, %13266
	%13432 = icmp sge i32 %13429, %13266
	%13433 = and i1 %13431, %13432
	%13434 = add i32 %13430, %13345
	%13435 = xor i1 false, true
	%13436 = icmp sge i32 %13434, %13266
	%13437 = and i1 %13435, %13436
	%13438 = mul i32 %3, 8
	%13439 = add i32 %13438, 0
	%13440 = sub i32 255, %13439
	%13441 = select i1 %13437, i32 %13440, i32 0
	%13442 = select i1 %13437, i32 %13430, i32 0
	%13443 = or i1 false, %13437
	%13444 = add i32 %13434, %13354
	%13445 = xor i1 %13443, true
	%13446 = icmp sge i32 %13444, %13266
	%13447 = and i1 %13445, %13446
	%13448 = mul i32 %3, 8
	%13449 = add i32 %13448, 1
	%13450 = sub i32 255, %13449
	%13451 = select i1 %13447, i32 %13450, i32 %13441
	%13452 = select i1 %13447, i32 %13434, i32 %13442
	%13453 = or i1 %13443, %13447
	%13454 = add i32 %13444, %13363
	%13455 = xor i1 %13453, true
	%13456 = icmp sge i32 %13454, %13266
	%13457 = and i1 %13455, %13456
	%13458 = mul i32 %3, 8
	%13459 = add i32 %13458, 2
	%13460 = sub i32 255, %13459
	%13461 = select i1 %13457, i32 %13460, i32 %13451
	%13462 = select i1 %13457, i32 %13444, i32 %13452
	%13463 = or i1 %13453, %13457
	%13464 = add i32 %13454, %13372
	%13465 = xor i1 %13463, true
	%13466 = icmp sge i32 %13464, %13266
	%13467 = and i1 %13465, %13466
	%13468 = mul i32 %3, 8
	%13469 = add i32 %13468, 3
	%13470 = sub i32 255, %13469
	%13471 = select i1 %13467, i32 %13470, i32 %13461
	%13472 = select i1 %13467, i32 %13454, i32 %13462
	%13473 = or i1 %13463, %13467
	%13474 = add i32 %13464, %13381
	%13475 = xor i1 %13473, true
	%13476 = icmp sge i32 %13474, %13266
	%13477 = and i1 %13475, %13476
	%13478 = mul i32 %3, 8
	%13479 = add i32 %13478, 4
	%13480 = sub i32 255, %13479
	%13481 = select i1 %13477, i32 %13480, i32 %13471
	%13482 = select i1 %13477, i32 %13464, i32 %13472
	%13483 = or i1 %13473, %13477
	%13484 = add i32 %13474, %13390
	%13485 = xor i1 %13483, true
	%13486 = icmp sge i32 %13484, %13266
	%13487 = and i1 %13485, %13486
	%13488 = mul i32 %3, 8
	%13489 = add i32 %13488, 5
	%13490 = sub i32 255, %13489
	%13491 = select i1 %13487, i32 %13490, i32 %13481
	%13492 = select i1 %13487, i32 %13474, i32 %13482
	%13493 = or i1 %13483, %13487
	%13494 = add i32 %13484, %13399
	%13495 = xor i1 %13493, true
	%13496 = icmp sge i32 %13494, %13266
	%13497 = and i1 %13495, %13496
	%13498 = mul i32 %3, 8
	%13499 = add i32 %13498, 6
	%13500 = sub i32 255, %13499
	%13501 = select i1 %13497, i32 %13500, i32 %13491
	%13502 = select i1 %13497, i32 %13484, i32 %13492
	%13503 = or i1 %13493, %13497
	%13504 = add i32 %13494, %13408
	%13505 = xor i1 %13503, true
	%13506 = icmp sge i32 %13504, %13266
	%13507 = and i1 %13505, %13506
	%13508 = mul i32 %3, 8
	%13509 = add i32 %13508, 7
	%13510 = sub i32 255, %13509
	%13511 = select i1 %13507, i32 %13510, i32 %13501
	%13512 = select i1 %13507, i32 %13494, i32 %13502
	%13513 = or i1 %13503, %13507
	%13514 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %13433)
	%13515 = call i32 @llvm.cttz.i32(i32 %13514, i1 false)
	%13516 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %13511, i32 %13515, i32 31)
	%13517 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %13512, i32 %13515, i32 31)
	%13518 = shl i32 %13516, 16
	%13519 = or i32 %13263, %13518
	%13520 = shl i32 255, 16
	%13521 = or i32 %13265, %13520
	%13522 = sub i32 %13266, %13517
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%13523 = mul i32 %3, 8
	%13524 = add i32 %13523, 0
	%13525 = add i32 %13015, %13524
	%13526 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13527 = bitcast i8 addrspace(3)* %13526 to i32 addrspace(3)*
	%13528 = getelementptr i32, i32 addrspace(3)* %13527, i32 %13525
	store i32 0, i32 addrspace(3)* %13528
	%13529 = mul i32 %3, 8
	%13530 = add i32 %13529, 1
	%13531 = add i32 %13015, %13530
	%13532 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13533 = bitcast i8 addrspace(3)* %13532 to i32 addrspace(3)*
	%13534 = getelementptr i32, i32 addrspace(3)* %13533, i32 %13531
	store i32 0, i32 addrspace(3)* %13534
	%13535 = mul i32 %3, 8
	%13536 = add i32 %13535, 2
	%13537 = add i32 %13015, %13536
	%13538 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13539 = bitcast i8 addrspace(3)* %13538 to i32 addrspace(3)*
	%13540 = getelementptr i32, i32 addrspace(3)* %13539, i32 %13537
	store i32 0, i32 addrspace(3)* %13540
	%13541 = mul i32 %3, 8
	%13542 = add i32 %13541, 3
	%13543 = add i32 %13015, %13542
	%13544 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13545 = bitcast i8 addrspace(3)* %13544 to i32 addrspace(3)*
	%13546 = getelementptr i32, i32 addrspace(3)* %13545, i32 %13543
	store i32 0, i32 addrspace(3)* %13546
	%13547 = mul i32 %3, 8
	%13548 = add i32 %13547, 4
	%13549 = add i32 %13015, %13548
	%13550 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13551 = bitcast i8 addrspace(3)* %13550 to i32 addrspace(3)*
	%13552 = getelementptr i32, i32 addrspace(3)* %13551, i32 %13549
	store i32 0, i32 addrspace(3)* %13552
	%13553 = mul i32 %3, 8
	%13554 = add i32 %13553, 5
	%13555 = add i32 %13015, %13554
	%13556 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13557 = bitcast i8 addrspace(3)* %13556 to i32 addrspace(3)*
	%13558 = getelementptr i32, i32 addrspace(3)* %13557, i32 %13555
	store i32 0, i32 addrspace(3)* %13558
	%13559 = mul i32 %3, 8
	%13560 = add i32 %13559, 6
	%13561 = add i32 %13015, %13560
	%13562 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13563 = bitcast i8 addrspace(3)* %13562 to i32 addrspace(3)*
	%13564 = getelementptr i32, i32 addrspace(3)* %13563, i32 %13561
	store i32 0, i32 addrspace(3)* %13564
	%13565 = mul i32 %3, 8
	%13566 = add i32 %13565, 7
	%13567 = add i32 %13015, %13566
	%13568 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13569 = bitcast i8 addrspace(3)* %13568 to i32 addrspace(3)*
	%13570 = getelementptr i32, i32 addrspace(3)* %13569, i32 %13567
	store i32 0, i32 addrspace(3)* %13570
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %13581

13571:
	%13572 = lshr i32 %13333, 16
	%13573 = and i32 %13572, 255
	%13574 = add i32 %13015, %13573
	%13575 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13576 = bitcast i8 addrspace(3)* %13575 to i32 addrspace(3)*
	%13577 = getelementptr i32, i32 addrspace(3)* %13576, i32 %13574
	%13578 = atomicrmw add i32 addrspace(3)* %13577, i32 1 monotonic
	br label %13579

13579:
	%13580 = add i32 %13326, 32
	br label %13325

13581:
	%13582 = phi i32 [ %3, %13337 ], [ %13836, %13835 ]
	%13583 = icmp slt i32 %13582, %593
	br i1 %13583, label %13584, label %13593

13584:
	%13585 = add i32 %12592, %13582
	%13586 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%13587 = bitcast i8 addrspace(3)* %13586 to i32 addrspace(3)*
	%13588 = getelementptr i32, i32 addrspace(3)* %13587, i32 %13585
	%13589 = load i32, i32 addrspace(3)* %13588
	%13590 = and i32 %13589, %13521
	%13591 = icmp eq i32 %13590, %13519
	%13592 = and i1 true, %13591
	br i1 %13592, label %13827, label %13835

13593:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%13594 = mul i32 %3, 8
	%13595 = add i32 %13594, 0
	%13596 = sub i32 255, %13595
	%13597 = add i32 %13015, %13596
	%13598 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13599 = bitcast i8 addrspace(3)* %13598 to i32 addrspace(3)*
	%13600 = getelementptr i32, i32 addrspace(3)* %13599, i32 %13597
	%13601 = load i32, i32 addrspace(3)* %13600
	%13602 = add i32 0, %13601
	%13603 = mul i32 %3, 8
	%13604 = add i32 %13603, 1
	%13605 = sub i32 255, %13604
	%13606 = add i32 %13015, %13605
	%13607 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13608 = bitcast i8 addrspace(3)* %13607 to i32 addrspace(3)*
	%13609 = getelementptr i32, i32 addrspace(3)* %13608, i32 %13606
	%13610 = load i32, i32 addrspace(3)* %13609
	%13611 = add i32 %13602, %13610
	%13612 = mul i32 %3, 8
	%13613 = add i32 %13612, 2
	%13614 = sub i32 255, %13613
	%13615 = add i32 %13015, %13614
	%13616 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13617 = bitcast i8 addrspace(3)* %13616 to i32 addrspace(3)*
	%13618 = getelementptr i32, i32 addrspace(3)* %13617, i32 %13615
	%13619 = load i32, i32 addrspace(3)* %13618
	%13620 = add i32 %13611, %13619
	%13621 = mul i32 %3, 8
	%13622 = add i32 %13621, 3
	%13623 = sub i32 255, %13622
	%13624 = add i32 %13015, %13623
	%13625 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13626 = bitcast i8 addrspace(3)* %13625 to i32 addrspace(3)*
	%13627 = getelementptr i32, i32 addrspace(3)* %13626, i32 %13624
	%13628 = load i32, i32 addrspace(3)* %13627
	%13629 = add i32 %13620, %13628
	%13630 = mul i32 %3, 8
	%13631 = add i32 %13630, 4
	%13632 = sub i32 255, %13631
	%13633 = add i32 %13015, %13632
	%13634 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13635 = bitcast i8 addrspace(3)* %13634 to i32 addrspace(3)*
	%13636 = getelementptr i32, i32 addrspace(3)* %13635, i32 %13633
	%13637 = load i32, i32 addrspace(3)* %13636
	%13638 = add i32 %13629, %13637
	%13639 = mul i32 %3, 8
	%13640 = add i32 %13639, 5
	%13641 = sub i32 255, %13640
	%13642 = add i32 %13015, %13641
	%13643 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13644 = bitcast i8 addrspace(3)* %13643 to i32 addrspace(3)*
	%13645 = getelementptr i32, i32 addrspace(3)* %13644, i32 %13642
	%13646 = load i32, i32 addrspace(3)* %13645
	%13647 = add i32 %13638, %13646
	%13648 = mul i32 %3, 8
	%13649 = add i32 %13648, 6
	%13650 = sub i32 255, %13649
	%13651 = add i32 %13015, %13650
	%13652 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13653 = bitcast i8 addrspace(3)* %13652 to i32 addrspace(3)*
	%13654 = getelementptr i32, i32 addrspace(3)* %13653, i32 %13651
	%13655 = load i32, i32 addrspace(3)* %13654
	%13656 = add i32 %13647, %13655
	%13657 = mul i32 %3, 8
	%13658 = add i32 %13657, 7
	%13659 = sub i32 255, %13658
	%13660 = add i32 %13015, %13659
	%13661 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13662 = bitcast i8 addrspace(3)* %13661 to i32 addrspace(3)*
	%13663 = getelementptr i32, i32 addrspace(3)* %13662, i32 %13660
	%13664 = load i32, i32 addrspace(3)* %13663
	%13665 = add i32 %13656, %13664
	%13666 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %13665, i32 1, i32 0)
	%13667 = icmp uge i32 %3, 1
	%13668 = select i1 %13667, i32 %13666, i32 0
	%13669 = add i32 %13665, %13668
	%13670 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %13669, i32 2, i32 0)
	%13671 = icmp uge i32 %3, 2
	%13672 = select i1 %13671, i32 %13670, i32 0
	%13673 = add i32 %13669, %13672
	%13674 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %13673, i32 4, i32 0)
	%13675 = icmp uge i32 %3, 4
	%13676 = select i1 %13675, i32 %13674, i32 0
	%13677 = add i32 %13673, %13676
	%13678 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %13677, i32 8, i32 0)
	%13679 = icmp uge i32 %3, 8
	%13680 = select i1 %13679, i32 %13678, i32 0
	%13681 = add i32 %13677, %13680
	%13682 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %13681, i32 16, i32 0)
	%13683 = icmp uge i32 %3, 16
	%13684 = select i1 %13683, i32 %13682, i32 0
	%13685 = add i32 %13681, %13684
	%13686 = sub i32 %13685, %13665
	%13687 = icmp slt i32 %13686, %13522
	%13688 = icmp sge i32 %13685, %13522
	%13689 = and i1 %13687, %13688
	%13690 = add i32 %13686, %13601
	%13691 = xor i1 false, true
	%13692 = icmp sge i32 %13690, %13522
	%13693 = and i1 %13691, %13692
	%13694 = mul i32 %3, 8
	%13695 = add i32 %13694, 0
	%13696 = sub i32 255, %13695
	%13697 = select i1 %13693, i32 %13696, i32 0
	%13698 = select i1 %13693, i32 %13686, i32 0
	%13699 = or i1 false, %13693
	%13700 = add i32 %13690, %13610
	%13701 = xor i1 %13699, true
	%13702 = icmp sge i32 %13700, %13522
	%13703 = and i1 %13701, %13702
	%13704 = mul i32 %3, 8
	%13705 = add i32 %13704, 1
	%13706 = sub i32 255, %13705
	%13707 = select i1 %13703, i32 %13706, i32 %13697
	%13708 = select i1 %13703, i32 %13690, i32 %13698
	%13709 = or i1 %13699, %13703
	%13710 = add i32 %13700, %13619
	%13711 = xor i1 %13709, true
	%13712 = icmp sge i32 %13710, %13522
	%13713 = and i1 %13711, %13712
	%13714 = mul i32 %3, 8
	%13715 = add i32 %13714, 2
	%13716 = sub i32 255, %13715
	%13717 = select i1 %13713, i32 %13716, i32 %13707
	%13718 = select i1 %13713, i32 %13700, i32 %13708
	%13719 = or i1 %13709, %13713
	%13720 = add i32 %13710, %13628
	%13721 = xor i1 %13719, true
	%13722 = icmp sge i32 %13720, %13522
	%13723 = and i1 %13721, %13722
	%13724 = mul i32 %3, 8
	%13725 = add i32 %13724, 3
	%13726 = sub i32 255, %13725
	%13727 = select i1 %13723, i32 %13726, i32 %13717
	%13728 = select i1 %13723, i32 %13710, i32 %13718
	%13729 = or i1 %13719, %13723
	%13730 = add i32 %13720, %13637
	%13731 = xor i1 %13729, true
	%13732 = icmp sge i32 %13730, %13522
	%13733 = and i1 %13731, %13732
	%13734 = mul i32 %3, 8
	%13735 = add i32 %13734, 4
	%13736 = sub i32 255, %13735
	%13737 = select i1 %13733, i32 %13736, i32 %13727
	%13738 = select i1 %13733, i32 %13720, i32 %13728
	%13739 = or i1 %13729, %13733
	%13740 = add i32 %13730, %13646
	%13741 = xor i1 %13739, true
	%13742 = icmp sge i32 %13740, %13522
	%13743 = and i1 %13741, %13742
	%13744 = mul i32 %3, 8
	%13745 = add i32 %13744, 5
	%13746 = sub i32 255, %13745
	%13747 = select i1 %13743, i32 %13746, i32 %13737
	%13748 = select i1 %13743, i32 %13730, i32 %13738
	%13749 = or i1 %13739, %13743
	%13750 = add i32 %13740, %13655
	%13751 = xor i1 %13749, true
	%13752 = icmp sge i32 %13750, %13522
	%13753 = and i1 %13751, %13752
	%13754 = mul i32 %3, 8
	%13755 = add i32 %13754, 6
	%13756 = sub i32 255, %13755
	%13757 = select i1 %13753, i32 %13756, i32 %13747
	%13758 = select i1 %13753, i32 %13740, i32 %13748
	%13759 = or i1 %13749, %13753
	%13760 = add i32 %13750, %13664
	%13761 = xor i1 %13759, true
	%13762 = icmp sge i32 %13760, %13522
	%13763 = and i1 %13761, %13762
	%13764 = mul i32 %3, 8
	%13765 = add i32 %13764, 7
	%13766 = sub i32 255, %13765
	%13767 = select i1 %13763, i32 %13766, i32 %13757
	%13768 = select i1 %13763, i32 %13750, i32 %13758
	%13769 = or i1 %13759, %13763
	%13770 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %13689)
	%13771 = call i32 @llvm.cttz.i32(i32 %13770, i1 false)
	%13772 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %13767, i32 %13771, i32 31)
	%13773 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %13768, i32 %13771, i32 31)
	%13774 = shl i32 %13772, 8
	%13775 = or i32 %13519, %13774
	%13776 = shl i32 255, 8
	%13777 = or i32 %13521, %13776
	%13778 = sub i32 %13522, %13773
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%13779 = mul i32 %3, 8
	%13780 = add i32 %13779, 0
	%13781 = add i32 %13015, %13780
	%13782 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13783 = bitcast i8 addrspace(3)* %13782 to i32 addrspace(3)*
	%13784 = getelementptr i32, i32 addrspace(3)* %13783, i32 %13781
	store i32 0, i32 addrspace(3)* %13784
	%13785 = mul i32 %3, 8
	%13786 = add i32 %13785, 1
	%13787 = add i32 %13015, %13786
	%13788 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13789 = bitcast i8 addrspace(3)* %13788 to i32 addrspace(3)*
	%13790 = getelementptr i32, i32 addrspace(3)* %13789, i32 %13787
	store i32 0, i32 addrspace(3)* %13790
	%13791 = mul i32 %3, 8
	%13792 = add i32 %13791, 2
	%13793 = add i32 %13015, %13792
	%13794 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13795 = bitcast i8 addrspace(3)* %13794 to i32 addrspace(3)*
	%13796 = getelementptr i32, i32 addrspace(3)* %13795, i32 %13793
	store i32 0, i32 addrspace(3)* %13796
	%13797 = mul i32 %3, 8
	%13798 = add i32 %13797, 3
	%13799 = add i32 %13015, %13798
	%13800 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13801 = bitcast i8 addrspace(3)* %13800 to i32 addrspace(3)*
	%13802 = getelementptr i32, i32 addrspace(3)* %13801, i32 %13799
	store i32 0, i32 addrspace(3)* %13802
	%13803 = mul i32 %3, 8
	%13804 = add i32 %13803, 4
	%13805 = add i32 %13015, %13804
	%13806 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13807 = bitcast i8 addrspace(3)* %13806 to i32 addrspace(3)*
	%13808 = getelementptr i32, i32 addrspace(3)* %13807, i32 %13805
	store i32 0, i32 addrspace(3)* %13808
	%13809 = mul i32 %3, 8
	%13810 = add i32 %13809, 5
	%13811 = add i32 %13015, %13810
	%13812 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13813 = bitcast i8 addrspace(3)* %13812 to i32 addrspace(3)*
	%13814 = getelementptr i32, i32 addrspace(3)* %13813, i32 %13811
	store i32 0, i32 addrspace(3)* %13814
	%13815 = mul i32 %3, 8
	%13816 = add i32 %13815, 6
	%13817 = add i32 %13015, %13816
	%13818 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13819 = bitcast i8 addrspace(3)* %13818 to i32 addrspace(3)*
	%13820 = getelementptr i32, i32 addrspace(3)* %13819, i32 %13817
	store i32 0, i32 addrspace(3)* %13820
	%13821 = mul i32 %3, 8
	%13822 = add i32 %13821, 7
	%13823 = add i32 %13015, %13822
	%13824 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13825 = bitcast i8 addrspace(3)* %13824 to i32 addrspace(3)*
	%13826 = getelementptr i32, i32 addrspace(3)* %13825, i32 %13823
	store i32 0, i32 addrspace(3)* %13826
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %13837

13827:
	%13828 = lshr i32 %13589, 8
	%13829 = and i32 %13828, 255
	%13830 = add i32 %13015, %13829
	%13831 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13832 = bitcast i8 addrspace(3)* %13831 to i32 addrspace(3)*
	%13833 = getelementptr i32, i32 addrspace(3)* %13832, i32 %13830
	%13834 = atomicrmw add i32 addrspace(3)* %13833, i32 1 monotonic
	br label %13835

13835:
	%13836 = add i32 %13582, 32
	br label %13581

13837:
	%13838 = phi i32 [ %3, %13593 ], [ %14044, %14043 ]
	%13839 = icmp slt i32 %13838, %593
	br i1 %13839, label %13840, label %13849

13840:
	%13841 = add i32 %12592, %13838
	%13842 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%13843 = bitcast i8 addrspace(3)* %13842 to i32 addrspace(3)*
	%13844 = getelementptr i32, i32 addrspace(3)* %13843, i32 %13841
	%13845 = load i32, i32 addrspace(3)* %13844
	%13846 = and i32 %13845, %13777
	%13847 = icmp eq i32 %13846, %13775
	%13848 = and i1 true, %13847
	br i1 %13848, label %14035, label %14043

13849:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%13850 = mul i32 %3, 8
	%13851 = add i32 %13850, 0
	%13852 = sub i32 255, %13851
	%13853 = add i32 %13015, %13852
	%13854 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13855 = bitcast i8 addrspace(3)* %13854 to i32 addrspace(3)*
	%13856 = getelementptr i32, i32 addrspace(3)* %13855, i32 %13853
	%13857 = load i32, i32 addrspace(3)* %13856
	%13858 = add i32 0, %13857
	%13859 = mul i32 %3, 8
	%13860 = add i32 %13859, 1
	%13861 = sub i32 255, %13860
	%13862 = add i32 %13015, %13861
	%13863 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13864 = bitcast i8 addrspace(3)* %13863 to i32 addrspace(3)*
	%13865 = getelementptr i32, i32 addrspace(3)* %13864, i32 %13862
	%13866 = load i32, i32 addrspace(3)* %13865
	%13867 = add i32 %13858, %13866
	%13868 = mul i32 %3, 8
	%13869 = add i32 %13868, 2
	%13870 = sub i32 255, %13869
	%13871 = add i32 %13015, %13870
	%13872 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13873 = bitcast i8 addrspace(3)* %13872 to i32 addrspace(3)*
	%13874 = getelementptr i32, i32 addrspace(3)* %13873, i32 %13871
	%13875 = load i32, i32 addrspace(3)* %13874
	%13876 = add i32 %13867, %13875
	%13877 = mul i32 %3, 8
	%13878 = add i32 %13877, 3
	%13879 = sub i32 255, %13878
	%13880 = add i32 %13015, %13879
	%13881 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13882 = bitcast i8 addrspace(3)* %13881 to i32 addrspace(3)*
	%13883 = getelementptr i32, i32 addrspace(3)* %13882, i32 %13880
	%13884 = load i32, i32 addrspace(3)* %13883
	%13885 = add i32 %13876, %13884
	%13886 = mul i32 %3, 8
	%13887 = add i32 %13886, 4
	%13888 = sub i32 255, %13887
	%13889 = add i32 %13015, %13888
	%13890 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13891 = bitcast i8 addrspace(3)* %13890 to i32 addrspace(3)*
	%13892 = getelementptr i32, i32 addrspace(3)* %13891, i32 %13889
	%13893 = load i32, i32 addrspace(3)* %13892
	%13894 = add i32 %13885, %13893
	%13895 = mul i32 %3, 8
	%13896 = add i32 %13895, 5
	%13897 = sub i32 255, %13896
	%13898 = add i32 %13015, %13897
	%13899 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13900 = bitcast i8 addrspace(3)* %13899 to i32 addrspace(3)*
	%13901 = getelementptr i32, i32 addrspace(3)* %13900, i32 %13898
	%13902 = load i32, i32 addrspace(3)* %13901
	%13903 = add i32 %13894, %13902
	%13904 = mul i32 %3, 8
	%13905 = add i32 %13904, 6
	%13906 = sub i32 255, %13905
	%13907 = add i32 %13015, %13906
	%13908 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13909 = bitcast i8 addrspace(3)* %13908 to i32 addrspace(3)*
	%13910 = getelementptr i32, i32 addrspace(3)* %13909, i32 %13907
	%13911 = load i32, i32 addrspace(3)* %13910
	%13912 = add i32 %13903, %13911
	%13913 = mul i32 %3, 8
	%13914 = add i32 %13913, 7
	%13915 = sub i32 255, %13914
	%13916 = add i32 %13015, %13915
	%13917 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%13918 = bitcast i8 addrspace(3)* %13917 to i32 addrspace(3)*
	%13919 = getelementptr i32, i32 addrspace(3)* %13918, i32 %13916
	%13920 = load i32, i32 addrspace(3)* %13919
	%13921 = add i32 %13912, %13920
	%13922 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %13921, i32 1, i32 0)
	%13923 = icmp uge i32 %3, 1
	%13924 = select i1 %13923, i32 %13922, i32 0
	%13925 = add i32 %13921, %13924
	%13926 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %13925, i32 2, i32 0)
	%13927 = icmp uge i32 %3, 2
	%13928 = select i1 %13927, i32 %13926, i32 0
	%13929 = add i32 %13925, %13928
	%13930 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %13929, i32 4, i32 0)
	%13931 = icmp uge i32 %3, 4
	%13932 = select i1 %13931, i32 %13930, i32 0
	%13933 = add i32 %13929, %13932
	%13934 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %13933, i32 8, i32 0)
	%13935 = icmp uge i32 %3, 8
	%13936 = select i1 %13935, i32 %13934, i32 0
	%13937 = add i32 %13933, %13936
	%13938 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %13937, i32 16, i32 0)
	%13939 = icmp uge i32 %3, 16
	%13940 = select i1 %13939, i32 %13938, i32 0
	%13941 = add i32 %13937, %13940
	%13942 = sub i32 %13941, %13921
	%13943 = icmp slt i32 %13942, %13778
	%13944 = icmp sge i32 %13941, %13778
	%13945 = and i1 %13943, %13944
	%13946 = add i32 %13942, %13857
	%13947 = xor i1 false, true
	%13948 = icmp sge i32 %13946, %13778
	%13949 = and i1 %13947, %13948
	%13950 = mul i32 %3, 8
	%13951 = add i32 %13950, 0
	%13952 = sub i32 255, %13951
	%13953 = select i1 %13949, i32 %13952, i32 0
	%13954 = select i1 %13949, i32 %13942, i32 0
	%13955 = or i1 false, %13949
	%13956 = add i32 %13946, %13866
	%13957 = xor i1 %13955, true
	%13958 = icmp sge i32 %13956, %13778
	%13959 = and i1 %13957, %13958
	%13960 = mul i32 %3, 8
	%13961 = add i32 %13960, 1
	%13962 = sub i32 255, %13961
	%13963 = select i1 %13959, i32 %13962, i32 %13953
	%13964 = select i1 %13959, i32 %13946, i32 %13954
	%13965 = or i1 %13955, %13959
	%13966 = add i32 %13956, %13875
	%13967 = xor i1 %13965, true
	%13968 = icmp sge i32 %13966, %13778
	%13969 = and i1 %13967, %13968
	%13970 = mul i32 %3, 8
	%13971 = add i32 %13970, 2
	%13972 = sub i32 255, %13971
	%13973 = select i1 %13969, i32 %13972, i32 %13963
	%13974 = select i1 %13969, i32 %13956, i32 %13964
	%13975 = or i1 %13965, %13969
	%13976 = add i32 %13966, %13884
	%13977 = xor i1 %13975, true
	%13978 = icmp sge i32 %13976, %13778
	%13979 = and i1 %13977, %13978
	%13980 = mul i32 %3, 8
	%13981 = add i32 %13980, 3
	%13982 = sub i32 255, %13981
	%13983 = select i1 %13979, i32 %13982, i32 %13973
	%13984 = select i1 %13979, i32 %13966, i32 %13974
	%13985 = or i1 %13975, %13979
	%13986 = add i32 %13976, %13893
	%13987 = xor i1 %13985, true
	%13988 = icmp sge i32 %13986, %13778
	%13989 = and i1 %13987, %13988
	%13990 = mul i32 %3, 8
	%13991 = add i32 %13990, 4
	%13992 = sub i32 255, %13991
	%13993 = select i1 %13989, i32 %13992, i32 %13983
	%13994 = select i1 %13989, i32 %13976, i32 %13984
	%13995 = or i1 %13985, %13989
	%13996 = add i32 %13986, %13902
	%13997 = xor i1 %13995, true
	%13998 = icmp sge i32 %13996, %13778
	%13999 = and i1 %13997, %13998
	%14000 = mul i32 %3, 8
	%14001 = add i32 %14000, 5
	%14002 = sub i32 255, %14001
	%14003 = select i1 %13999, i32 %14002, i32 %13993
	%14004 = select i1 %13999, i32 %13986, i32 %13994
	%14005 = or i1 %13995, %13999
	%14006 = add i32 %13996, %13911
	%14007 = xor i1 %14005, true
	%14008 = icmp sge i32 %14006, %13778
	%14009 = and i1 %14007, %14008
	%14010 = mul i32 %3, 8
	%14011 = add i32 %14010, 6
	%14012 = sub i32 255, %14011
	%14013 = select i1 %14009, i32 %14012, i32 %14003
	%14014 = select i1 %14009, i32 %13996, i32 %14004
	%14015 = or i1 %14005, %14009
	%14016 = add i32 %14006, %13920
	%14017 = xor i1 %14015, true
	%14018 = icmp sge i32 %14016, %13778
	%14019 = and i1 %14017, %14018
	%14020 = mul i32 %3, 8
	%14021 = add i32 %14020, 7
	%14022 = sub i32 255, %14021
	%14023 = select i1 %14019, i32 %14022, i32 %14013
	%14024 = select i1 %14019, i32 %14006, i32 %14014
	%14025 = or i1 %14015, %14019
	%14026 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %13945)
	%14027 = call i32 @llvm.cttz.i32(i32 %14026, i1 false)
	%14028 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %14023, i32 %14027, i32 31)
	%14029 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %14024, i32 %14027, i32 31)
	%14030 = shl i32 %14028, 0
	%14031 = or i32 %13775, %14030
	%14032 = shl i32 255, 0
	%14033 = or i32 %13777, %14032
	%14034 = sub i32 %13778, %14029
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %13064

14035:
	%14036 = lshr i32 %13845, 0
	%14037 = and i32 %14036, 255
	%14038 = add i32 %13015, %14037
	%14039 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 28736
	%14040 = bitcast i8 addrspace(3)* %14039 to i32 addrspace(3)*
	%14041 = getelementptr i32, i32 addrspace(3)* %14040, i32 %14038
	%14042 = atomicrmw add i32 addrspace(3)* %14041, i32 1 monotonic
	br label %14043

14043:
	%14044 = add i32 %13838, 32
	br label %13837

14045:
	%14046 = phi i32 [ 0, %13064 ], [ %14095, %14090 ]
	%14047 = phi i32 [ 0, %13064 ], [ %14092, %14090 ]
	%14048 = phi i32 [ 0, %13064 ], [ %14094, %14090 ]
	%14049 = icmp slt i32 %14046, %593
	br i1 %14049, label %14050, label %14053

14050:
	%14051 = add i32 %14046, %3
	%14052 = icmp slt i32 %14051, %593
	br i1 %14052, label %14054, label %14064

14053:
	br label %12594

14054:
	%14055 = add i32 %12592, %14051
	%14056 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%14057 = bitcast i8 addrspace(3)* %14056 to i32 addrspace(3)*
	%14058 = getelementptr i32, i32 addrspace(3)* %14057, i32 %14055
	%14059 = load i32, i32 addrspace(3)* %14058
	%14060 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%14061 = bitcast i8 addrspace(3)* %14060 to i32 addrspace(3)*
	%14062 = getelementptr i32, i32 addrspace(3)* %14061, i32 %14055
	%14063 = load i32, i32 addrspace(3)* %14062
	br label %14064

14064:
	%14065 = phi i32 [ 0, %14050 ], [ %14059, %14054 ]
	%14066 = phi i32 [ 0, %14050 ], [ %14063, %14054 ]
	%14067 = icmp eq i32 %14065, %13065
	%14068 = and i1 %14052, %14067
	%14069 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %14068)
	%14070 = and i32 %14069, %13068
	%14071 = call i32 @llvm.ctpop.i32(i32 %14070)
	%14072 = add i32 %14048, %14071
	%14073 = icmp ugt i32 %14065, %13065
	%14074 = icmp slt i32 %14072, %13066
	%14075 = and i1 %14068, %14074
	%14076 = or i1 %14073, %14075
	%14077 = and i1 %14052, %14076
	%14078 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %14077)
	%14079 = and i32 %14078, %13068
	%14080 = call i32 @llvm.ctpop.i32(i32 %14079)
	%14081 = add i32 %14047, %14080
	%14082 = add i32 %12592, %14081
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br i1 %14077, label %14083, label %14090

14083:
	%14084 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 8256
	%14085 = bitcast i8 addrspace(3)* %14084 to i32 addrspace(3)*
	%14086 = getelementptr i32, i32 addrspace(3)* %14085, i32 %14082
	store i32 %14065, i32 addrspace(3)* %14086
	%14087 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%14088 = bitcast i8 addrspace(3)* %14087 to i32 addrspace(3)*
	%14089 = getelementptr i32, i32 addrspace(3)* %14088, i32 %14082
	store i32 %14066, i32 addrspace(3)* %14089
	br label %14090

14090:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%14091 = call i32 @llvm.ctpop.i32(i32 %14078)
	%14092 = add i32 %14047, %14091
	%14093 = call i32 @llvm.ctpop.i32(i32 %14069)
	%14094 = add i32 %14048, %14093
	%14095 = add i32 %14046, 32
	br label %14045

14096:
	%14097 = phi i32 [ 0, %12594 ], [ %14127, %14121 ]
	%14098 = phi i32 [ 0, %12594 ], [ %14126, %14121 ]
	%14099 = icmp slt i32 %14097, %12595
	br i1 %14099, label %14100, label %14103

14100:
	%14101 = add i32 %14097, %3
	%14102 = icmp slt i32 %14101, %12595
	br i1 %14102, label %14104, label %14111

14103:
	br label %14128

14104:
	%14105 = mul i32 %504, 160
	%14106 = add i32 %14105, %14101
	%14107 = getelementptr [32832 x i8], [32832 x i8] addrspace(3)* @moba_gate1_smem, i32 0, i32 18496
	%14108 = bitcast i8 addrspace(3)* %14107 to i32 addrspace(3)*
	%14109 = getelementptr i32, i32 addrspace(3)* %14108, i32 %14106
	%14110 = load i32, i32 addrspace(3)* %14109
	br label %14111

14111:
	%14112 = phi i32 [ 0, %14100 ], [ %14110, %14104 ]
	br i1 %14102, label %14113, label %14121

14113:
	%14114 = add i32 0, %14101
	%14115 = icmp sgt i32 %14112, %531
	%14116 = select i1 %14115, i32 %12596, i32 0
	%14117 = add i32 %14114, %14116
	%14118 = add i32 %12600, %14117
	%14119 = sext i32 %14118 to i64
	%14120 = getelementptr i32, i32* %out, i64 %14119
	store i32 %14112, i32* %14120
	br label %14121

14121:
	%14122 = icmp slt i32 %14112, %528
	%14123 = and i1 %14102, %14122
	%14124 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %14123)
	%14125 = call i32 @llvm.ctpop.i32(i32 %14124)
	%14126 = add i32 %14098, %14125
	%14127 = add i32 %14097, 32
	br label %14096

14128:
	%14129 = phi i32 [ %3, %14103 ], [ %14138, %14131 ]
	%14130 = icmp slt i32 %14129, %12596
	br i1 %14130, label %14131, label %14139

14131:
	%14132 = add i32 0, %14098
	%14133 = add i32 %14132, %14129
	%14134 = add i32 %528, %14129
	%14135 = add i32 %12600, %14133
	%14136 = sext i32 %14135 to i64
	%14137 = getelementptr i32, i32* %out, i64 %14136
	store i32 %14134, i32* %14137
	%14138 = add i32 %14129, 32
	br label %14128

14139:
	%14140 = icmp eq i32 %3, 0
	%14141 = icmp eq i32 0, 1
	%14142 = and i1 %14140, %14141
	br i1 %14142, label %14143, label %14147

14143:
	%14144 = add i32 %12600, 0
	%14145 = sext i32 %14144 to i64
	%14146 = getelementptr i32, i32* %out, i64 %14145
	store i32 0, i32* %14146
	br label %14147

14147:
	%14148 = add i32 %536, %12595
	%14149 = add i32 %14148, %3
	br label %14150

14150:
	%14151 = phi i32 [ %14149, %14147 ], [ %14157, %14153 ]
	%14152 = icmp slt i32 %14151, 8
	br i1 %14152, label %14153, label %14158

14153:
	%14154 = add i32 %12600, %14151
	%14155 = sext i32 %14154 to i64
	%14156 = getelementptr i32, i32* %out, i64 %14155
	store i32 -1, i32* %14156
	%14157 = add i32 %14151, 32
	br label %14150

14158:
	br label %12590
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
