; pbs
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@pbs_permute0_probe = internal addrspace(3) global [64 x float] undef, align 16
@pbs_permute0_keys = internal addrspace(3) global [256 x i64] undef, align 16
@pbs_select2_x = internal addrspace(3) global [4096 x i32] undef, align 16
@pbs_select2_c = internal addrspace(3) global [4096 x i32] undef, align 16
@pbs_select2_hist = internal addrspace(3) global [256 x i32] undef, align 16
@pbs_select2_red = internal addrspace(3) global [32 x float] undef, align 16
@pbs_select2_scana = internal addrspace(3) global [8 x i32] undef, align 16
@pbs_select2_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@pbs_select2_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@pbs_select2_sel = internal addrspace(3) global [2 x i32] undef, align 16
@pbs_select2_mass = internal addrspace(3) global [1 x double] undef, align 16
@pbs_scores1_a = internal addrspace(3) global [1088 x float] undef, align 16
@pbs_scores1_b = internal addrspace(3) global [1088 x float] undef, align 16
@pbs_attn3_smem = internal addrspace(3) global [24576 x i8] undef, align 1024

define ptx_kernel void @pbs_permute0(i16* %q, i16* %k, i32* %perm, i32 %M, i32 %N, i32 %group) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = sdiv i32 %2, %group
	%4 = add i32 %M, 255
	%5 = sdiv i32 %4, 256
	%6 = sub i32 %5, 1
	%7 = mul i32 %6, 256
	%8 = sub i32 %M, %7
	%9 = sitofp i32 %8 to float
	%10 = mul i32 %2, %M
	%11 = mul i32 %10, 64
	%12 = sext i32 %11 to i64
	%13 = getelementptr i16, i16* %q, i64 %12
	br label %14

14:
	%15 = phi i32 [ %0, %entry ], [ %40, %37 ]
	%16 = icmp slt i32 %15, 64
	br i1 %16, label %17, label %18

17:
	br label %24

18:
	call void @llvm.nvvm.barrier0()
	%19 = mul i32 %1, 256
	%20 = add i32 %19, %0
	%21 = icmp slt i32 %0, 256
	%22 = icmp slt i32 %20, %N
	%23 = and i1 %21, %22
	br i1 %23, label %41, label %47

24:
	%25 = phi i32 [ %7, %17 ], [ %36, %28 ]
	%26 = phi float [ 0.0, %17 ], [ %35, %28 ]
	%27 = icmp slt i32 %25, %M
	br i1 %27, label %28, label %37

28:
	%29 = mul i32 %25, 64
	%30 = add i32 %29, %15
	%31 = sext i32 %30 to i64
	%32 = getelementptr i16, i16* %13, i64 %31
	%33 = load i16, i16* %32
	%34 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %33)
	%35 = fadd float %26, %34
	%36 = add i32 %25, 1
	br label %24

37:
	%38 = fdiv float %26, %9
	%39 = getelementptr [64 x float], [64 x float] addrspace(3)* @pbs_permute0_probe, i32 0, i32 %15
	store float %38, float addrspace(3)* %39
	%40 = add i32 %15, 256
	br label %14

41:
	%42 = mul i32 %3, %N
	%43 = add i32 %42, %20
	%44 = mul i32 %43, 64
	%45 = sext i32 %44 to i64
	%46 = getelementptr i16, i16* %k, i64 %45
	br label %62

47:
	%48 = phi float [ 0.0, %18 ], [ %76, %75 ]
	%49 = bitcast float %48 to i32
	%50 = icmp slt i32 %49, 0
	%51 = select i1 %50, i32 -1, i32 -2147483648
	%52 = xor i32 %49, %51
	%53 = xor i32 %52, -1
	%54 = zext i32 %53 to i64
	%55 = shl i64 %54, 32
	%56 = zext i32 %20 to i64
	%57 = or i64 %55, %56
	%58 = select i1 %23, i64 %57, i64 -1
	%59 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %58, i64 addrspace(3)* %59
	call void @llvm.nvvm.barrier0()
	%60 = xor i32 %0, 1
	%61 = icmp ugt i32 %60, %0
	br i1 %61, label %77, label %87

62:
	%63 = phi i32 [ 0, %41 ], [ %74, %66 ]
	%64 = phi float [ 0.0, %41 ], [ %73, %66 ]
	%65 = icmp slt i32 %63, 64
	br i1 %65, label %66, label %75

66:
	%67 = sext i32 %63 to i64
	%68 = getelementptr i16, i16* %46, i64 %67
	%69 = load i16, i16* %68
	%70 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %69)
	%71 = getelementptr [64 x float], [64 x float] addrspace(3)* @pbs_permute0_probe, i32 0, i32 %63
	%72 = load float, float addrspace(3)* %71
	%73 = call float @llvm.fma.f32(float %72, float %70, float %64)
	%74 = add i32 %63, 1
	br label %62

75:
	%76 = fmul float %64, 0.125
	br label %47

77:
	%78 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%79 = load i64, i64 addrspace(3)* %78
	%80 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %60
	%81 = load i64, i64 addrspace(3)* %80
	%82 = and i32 %0, 2
	%83 = icmp eq i32 %82, 0
	%84 = icmp ugt i64 %79, %81
	%85 = icmp ult i64 %79, %81
	%86 = select i1 %83, i1 %84, i1 %85
	br i1 %86, label %90, label %93

87:
	call void @llvm.nvvm.barrier0()
	%88 = xor i32 %0, 2
	%89 = icmp ugt i32 %88, %0
	br i1 %89, label %94, label %104

90:
	%91 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %81, i64 addrspace(3)* %91
	%92 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %60
	store i64 %79, i64 addrspace(3)* %92
	br label %93

93:
	br label %87

94:
	%95 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%96 = load i64, i64 addrspace(3)* %95
	%97 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %88
	%98 = load i64, i64 addrspace(3)* %97
	%99 = and i32 %0, 4
	%100 = icmp eq i32 %99, 0
	%101 = icmp ugt i64 %96, %98
	%102 = icmp ult i64 %96, %98
	%103 = select i1 %100, i1 %101, i1 %102
	br i1 %103, label %107, label %110

104:
	call void @llvm.nvvm.barrier0()
	%105 = xor i32 %0, 1
	%106 = icmp ugt i32 %105, %0
	br i1 %106, label %111, label %121

107:
	%108 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %98, i64 addrspace(3)* %108
	%109 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %88
	store i64 %96, i64 addrspace(3)* %109
	br label %110

110:
	br label %104

111:
	%112 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%113 = load i64, i64 addrspace(3)* %112
	%114 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %105
	%115 = load i64, i64 addrspace(3)* %114
	%116 = and i32 %0, 4
	%117 = icmp eq i32 %116, 0
	%118 = icmp ugt i64 %113, %115
	%119 = icmp ult i64 %113, %115
	%120 = select i1 %117, i1 %118, i1 %119
	br i1 %120, label %124, label %127

121:
	call void @llvm.nvvm.barrier0()
	%122 = xor i32 %0, 4
	%123 = icmp ugt i32 %122, %0
	br i1 %123, label %128, label %138

124:
	%125 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %115, i64 addrspace(3)* %125
	%126 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %105
	store i64 %113, i64 addrspace(3)* %126
	br label %127

127:
	br label %121

128:
	%129 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%130 = load i64, i64 addrspace(3)* %129
	%131 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %122
	%132 = load i64, i64 addrspace(3)* %131
	%133 = and i32 %0, 8
	%134 = icmp eq i32 %133, 0
	%135 = icmp ugt i64 %130, %132
	%136 = icmp ult i64 %130, %132
	%137 = select i1 %134, i1 %135, i1 %136
	br i1 %137, label %141, label %144

138:
	call void @llvm.nvvm.barrier0()
	%139 = xor i32 %0, 2
	%140 = icmp ugt i32 %139, %0
	br i1 %140, label %145, label %155

141:
	%142 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %132, i64 addrspace(3)* %142
	%143 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %122
	store i64 %130, i64 addrspace(3)* %143
	br label %144

144:
	br label %138

145:
	%146 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%147 = load i64, i64 addrspace(3)* %146
	%148 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %139
	%149 = load i64, i64 addrspace(3)* %148
	%150 = and i32 %0, 8
	%151 = icmp eq i32 %150, 0
	%152 = icmp ugt i64 %147, %149
	%153 = icmp ult i64 %147, %149
	%154 = select i1 %151, i1 %152, i1 %153
	br i1 %154, label %158, label %161

155:
	call void @llvm.nvvm.barrier0()
	%156 = xor i32 %0, 1
	%157 = icmp ugt i32 %156, %0
	br i1 %157, label %162, label %172

158:
	%159 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %149, i64 addrspace(3)* %159
	%160 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %139
	store i64 %147, i64 addrspace(3)* %160
	br label %161

161:
	br label %155

162:
	%163 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%164 = load i64, i64 addrspace(3)* %163
	%165 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %156
	%166 = load i64, i64 addrspace(3)* %165
	%167 = and i32 %0, 8
	%168 = icmp eq i32 %167, 0
	%169 = icmp ugt i64 %164, %166
	%170 = icmp ult i64 %164, %166
	%171 = select i1 %168, i1 %169, i1 %170
	br i1 %171, label %175, label %178

172:
	call void @llvm.nvvm.barrier0()
	%173 = xor i32 %0, 8
	%174 = icmp ugt i32 %173, %0
	br i1 %174, label %179, label %189

175:
	%176 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %166, i64 addrspace(3)* %176
	%177 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %156
	store i64 %164, i64 addrspace(3)* %177
	br label %178

178:
	br label %172

179:
	%180 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%181 = load i64, i64 addrspace(3)* %180
	%182 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %173
	%183 = load i64, i64 addrspace(3)* %182
	%184 = and i32 %0, 16
	%185 = icmp eq i32 %184, 0
	%186 = icmp ugt i64 %181, %183
	%187 = icmp ult i64 %181, %183
	%188 = select i1 %185, i1 %186, i1 %187
	br i1 %188, label %192, label %195

189:
	call void @llvm.nvvm.barrier0()
	%190 = xor i32 %0, 4
	%191 = icmp ugt i32 %190, %0
	br i1 %191, label %196, label %206

192:
	%193 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %183, i64 addrspace(3)* %193
	%194 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %173
	store i64 %181, i64 addrspace(3)* %194
	br label %195

195:
	br label %189

196:
	%197 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%198 = load i64, i64 addrspace(3)* %197
	%199 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %190
	%200 = load i64, i64 addrspace(3)* %199
	%201 = and i32 %0, 16
	%202 = icmp eq i32 %201, 0
	%203 = icmp ugt i64 %198, %200
	%204 = icmp ult i64 %198, %200
	%205 = select i1 %202, i1 %203, i1 %204
	br i1 %205, label %209, label %212

206:
	call void @llvm.nvvm.barrier0()
	%207 = xor i32 %0, 2
	%208 = icmp ugt i32 %207, %0
	br i1 %208, label %213, label %223

209:
	%210 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %200, i64 addrspace(3)* %210
	%211 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %190
	store i64 %198, i64 addrspace(3)* %211
	br label %212

212:
	br label %206

213:
	%214 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%215 = load i64, i64 addrspace(3)* %214
	%216 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %207
	%217 = load i64, i64 addrspace(3)* %216
	%218 = and i32 %0, 16
	%219 = icmp eq i32 %218, 0
	%220 = icmp ugt i64 %215, %217
	%221 = icmp ult i64 %215, %217
	%222 = select i1 %219, i1 %220, i1 %221
	br i1 %222, label %226, label %229

223:
	call void @llvm.nvvm.barrier0()
	%224 = xor i32 %0, 1
	%225 = icmp ugt i32 %224, %0
	br i1 %225, label %230, label %240

226:
	%227 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %217, i64 addrspace(3)* %227
	%228 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %207
	store i64 %215, i64 addrspace(3)* %228
	br label %229

229:
	br label %223

230:
	%231 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%232 = load i64, i64 addrspace(3)* %231
	%233 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %224
	%234 = load i64, i64 addrspace(3)* %233
	%235 = and i32 %0, 16
	%236 = icmp eq i32 %235, 0
	%237 = icmp ugt i64 %232, %234
	%238 = icmp ult i64 %232, %234
	%239 = select i1 %236, i1 %237, i1 %238
	br i1 %239, label %243, label %246

240:
	call void @llvm.nvvm.barrier0()
	%241 = xor i32 %0, 16
	%242 = icmp ugt i32 %241, %0
	br i1 %242, label %247, label %257

243:
	%244 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %234, i64 addrspace(3)* %244
	%245 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %224
	store i64 %232, i64 addrspace(3)* %245
	br label %246

246:
	br label %240

247:
	%248 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%249 = load i64, i64 addrspace(3)* %248
	%250 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %241
	%251 = load i64, i64 addrspace(3)* %250
	%252 = and i32 %0, 32
	%253 = icmp eq i32 %252, 0
	%254 = icmp ugt i64 %249, %251
	%255 = icmp ult i64 %249, %251
	%256 = select i1 %253, i1 %254, i1 %255
	br i1 %256, label %260, label %263

257:
	call void @llvm.nvvm.barrier0()
	%258 = xor i32 %0, 8
	%259 = icmp ugt i32 %258, %0
	br i1 %259, label %264, label %274

260:
	%261 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %251, i64 addrspace(3)* %261
	%262 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %241
	store i64 %249, i64 addrspace(3)* %262
	br label %263

263:
	br label %257

264:
	%265 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%266 = load i64, i64 addrspace(3)* %265
	%267 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %258
	%268 = load i64, i64 addrspace(3)* %267
	%269 = and i32 %0, 32
	%270 = icmp eq i32 %269, 0
	%271 = icmp ugt i64 %266, %268
	%272 = icmp ult i64 %266, %268
	%273 = select i1 %270, i1 %271, i1 %272
	br i1 %273, label %277, label %280

274:
	call void @llvm.nvvm.barrier0()
	%275 = xor i32 %0, 4
	%276 = icmp ugt i32 %275, %0
	br i1 %276, label %281, label %291

277:
	%278 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %268, i64 addrspace(3)* %278
	%279 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %258
	store i64 %266, i64 addrspace(3)* %279
	br label %280

280:
	br label %274

281:
	%282 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%283 = load i64, i64 addrspace(3)* %282
	%284 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %275
	%285 = load i64, i64 addrspace(3)* %284
	%286 = and i32 %0, 32
	%287 = icmp eq i32 %286, 0
	%288 = icmp ugt i64 %283, %285
	%289 = icmp ult i64 %283, %285
	%290 = select i1 %287, i1 %288, i1 %289
	br i1 %290, label %294, label %297

291:
	call void @llvm.nvvm.barrier0()
	%292 = xor i32 %0, 2
	%293 = icmp ugt i32 %292, %0
	br i1 %293, label %298, label %308

294:
	%295 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %285, i64 addrspace(3)* %295
	%296 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %275
	store i64 %283, i64 addrspace(3)* %296
	br label %297

297:
	br label %291

298:
	%299 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%300 = load i64, i64 addrspace(3)* %299
	%301 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %292
	%302 = load i64, i64 addrspace(3)* %301
	%303 = and i32 %0, 32
	%304 = icmp eq i32 %303, 0
	%305 = icmp ugt i64 %300, %302
	%306 = icmp ult i64 %300, %302
	%307 = select i1 %304, i1 %305, i1 %306
	br i1 %307, label %311, label %314

308:
	call void @llvm.nvvm.barrier0()
	%309 = xor i32 %0, 1
	%310 = icmp ugt i32 %309, %0
	br i1 %310, label %315, label %325

311:
	%312 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %302, i64 addrspace(3)* %312
	%313 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %292
	store i64 %300, i64 addrspace(3)* %313
	br label %314

314:
	br label %308

315:
	%316 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%317 = load i64, i64 addrspace(3)* %316
	%318 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %309
	%319 = load i64, i64 addrspace(3)* %318
	%320 = and i32 %0, 32
	%321 = icmp eq i32 %320, 0
	%322 = icmp ugt i64 %317, %319
	%323 = icmp ult i64 %317, %319
	%324 = select i1 %321, i1 %322, i1 %323
	br i1 %324, label %328, label %331

325:
	call void @llvm.nvvm.barrier0()
	%326 = xor i32 %0, 32
	%327 = icmp ugt i32 %326, %0
	br i1 %327, label %332, label %342

328:
	%329 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %319, i64 addrspace(3)* %329
	%330 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %309
	store i64 %317, i64 addrspace(3)* %330
	br label %331

331:
	br label %325

332:
	%333 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%334 = load i64, i64 addrspace(3)* %333
	%335 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %326
	%336 = load i64, i64 addrspace(3)* %335
	%337 = and i32 %0, 64
	%338 = icmp eq i32 %337, 0
	%339 = icmp ugt i64 %334, %336
	%340 = icmp ult i64 %334, %336
	%341 = select i1 %338, i1 %339, i1 %340
	br i1 %341, label %345, label %348

342:
	call void @llvm.nvvm.barrier0()
	%343 = xor i32 %0, 16
	%344 = icmp ugt i32 %343, %0
	br i1 %344, label %349, label %359

345:
	%346 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %336, i64 addrspace(3)* %346
	%347 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %326
	store i64 %334, i64 addrspace(3)* %347
	br label %348

348:
	br label %342

349:
	%350 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%351 = load i64, i64 addrspace(3)* %350
	%352 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %343
	%353 = load i64, i64 addrspace(3)* %352
	%354 = and i32 %0, 64
	%355 = icmp eq i32 %354, 0
	%356 = icmp ugt i64 %351, %353
	%357 = icmp ult i64 %351, %353
	%358 = select i1 %355, i1 %356, i1 %357
	br i1 %358, label %362, label %365

359:
	call void @llvm.nvvm.barrier0()
	%360 = xor i32 %0, 8
	%361 = icmp ugt i32 %360, %0
	br i1 %361, label %366, label %376

362:
	%363 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %353, i64 addrspace(3)* %363
	%364 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %343
	store i64 %351, i64 addrspace(3)* %364
	br label %365

365:
	br label %359

366:
	%367 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%368 = load i64, i64 addrspace(3)* %367
	%369 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %360
	%370 = load i64, i64 addrspace(3)* %369
	%371 = and i32 %0, 64
	%372 = icmp eq i32 %371, 0
	%373 = icmp ugt i64 %368, %370
	%374 = icmp ult i64 %368, %370
	%375 = select i1 %372, i1 %373, i1 %374
	br i1 %375, label %379, label %382

376:
	call void @llvm.nvvm.barrier0()
	%377 = xor i32 %0, 4
	%378 = icmp ugt i32 %377, %0
	br i1 %378, label %383, label %393

379:
	%380 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %370, i64 addrspace(3)* %380
	%381 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %360
	store i64 %368, i64 addrspace(3)* %381
	br label %382

382:
	br label %376

383:
	%384 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%385 = load i64, i64 addrspace(3)* %384
	%386 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %377
	%387 = load i64, i64 addrspace(3)* %386
	%388 = and i32 %0, 64
	%389 = icmp eq i32 %388, 0
	%390 = icmp ugt i64 %385, %387
	%391 = icmp ult i64 %385, %387
	%392 = select i1 %389, i1 %390, i1 %391
	br i1 %392, label %396, label %399

393:
	call void @llvm.nvvm.barrier0()
	%394 = xor i32 %0, 2
	%395 = icmp ugt i32 %394, %0
	br i1 %395, label %400, label %410

396:
	%397 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %387, i64 addrspace(3)* %397
	%398 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %377
	store i64 %385, i64 addrspace(3)* %398
	br label %399

399:
	br label %393

400:
	%401 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%402 = load i64, i64 addrspace(3)* %401
	%403 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %394
	%404 = load i64, i64 addrspace(3)* %403
	%405 = and i32 %0, 64
	%406 = icmp eq i32 %405, 0
	%407 = icmp ugt i64 %402, %404
	%408 = icmp ult i64 %402, %404
	%409 = select i1 %406, i1 %407, i1 %408
	br i1 %409, label %413, label %416

410:
	call void @llvm.nvvm.barrier0()
	%411 = xor i32 %0, 1
	%412 = icmp ugt i32 %411, %0
	br i1 %412, label %417, label %427

413:
	%414 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %404, i64 addrspace(3)* %414
	%415 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %394
	store i64 %402, i64 addrspace(3)* %415
	br label %416

416:
	br label %410

417:
	%418 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%419 = load i64, i64 addrspace(3)* %418
	%420 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %411
	%421 = load i64, i64 addrspace(3)* %420
	%422 = and i32 %0, 64
	%423 = icmp eq i32 %422, 0
	%424 = icmp ugt i64 %419, %421
	%425 = icmp ult i64 %419, %421
	%426 = select i1 %423, i1 %424, i1 %425
	br i1 %426, label %430, label %433

427:
	call void @llvm.nvvm.barrier0()
	%428 = xor i32 %0, 64
	%429 = icmp ugt i32 %428, %0
	br i1 %429, label %434, label %444

430:
	%431 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %421, i64 addrspace(3)* %431
	%432 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %411
	store i64 %419, i64 addrspace(3)* %432
	br label %433

433:
	br label %427

434:
	%435 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%436 = load i64, i64 addrspace(3)* %435
	%437 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %428
	%438 = load i64, i64 addrspace(3)* %437
	%439 = and i32 %0, 128
	%440 = icmp eq i32 %439, 0
	%441 = icmp ugt i64 %436, %438
	%442 = icmp ult i64 %436, %438
	%443 = select i1 %440, i1 %441, i1 %442
	br i1 %443, label %447, label %450

444:
	call void @llvm.nvvm.barrier0()
	%445 = xor i32 %0, 32
	%446 = icmp ugt i32 %445, %0
	br i1 %446, label %451, label %461

447:
	%448 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %438, i64 addrspace(3)* %448
	%449 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %428
	store i64 %436, i64 addrspace(3)* %449
	br label %450

450:
	br label %444

451:
	%452 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%453 = load i64, i64 addrspace(3)* %452
	%454 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %445
	%455 = load i64, i64 addrspace(3)* %454
	%456 = and i32 %0, 128
	%457 = icmp eq i32 %456, 0
	%458 = icmp ugt i64 %453, %455
	%459 = icmp ult i64 %453, %455
	%460 = select i1 %457, i1 %458, i1 %459
	br i1 %460, label %464, label %467

461:
	call void @llvm.nvvm.barrier0()
	%462 = xor i32 %0, 16
	%463 = icmp ugt i32 %462, %0
	br i1 %463, label %468, label %478

464:
	%465 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %455, i64 addrspace(3)* %465
	%466 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %445
	store i64 %453, i64 addrspace(3)* %466
	br label %467

467:
	br label %461

468:
	%469 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%470 = load i64, i64 addrspace(3)* %469
	%471 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %462
	%472 = load i64, i64 addrspace(3)* %471
	%473 = and i32 %0, 128
	%474 = icmp eq i32 %473, 0
	%475 = icmp ugt i64 %470, %472
	%476 = icmp ult i64 %470, %472
	%477 = select i1 %474, i1 %475, i1 %476
	br i1 %477, label %481, label %484

478:
	call void @llvm.nvvm.barrier0()
	%479 = xor i32 %0, 8
	%480 = icmp ugt i32 %479, %0
	br i1 %480, label %485, label %495

481:
	%482 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %472, i64 addrspace(3)* %482
	%483 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %462
	store i64 %470, i64 addrspace(3)* %483
	br label %484

484:
	br label %478

485:
	%486 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%487 = load i64, i64 addrspace(3)* %486
	%488 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %479
	%489 = load i64, i64 addrspace(3)* %488
	%490 = and i32 %0, 128
	%491 = icmp eq i32 %490, 0
	%492 = icmp ugt i64 %487, %489
	%493 = icmp ult i64 %487, %489
	%494 = select i1 %491, i1 %492, i1 %493
	br i1 %494, label %498, label %501

495:
	call void @llvm.nvvm.barrier0()
	%496 = xor i32 %0, 4
	%497 = icmp ugt i32 %496, %0
	br i1 %497, label %502, label %512

498:
	%499 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %489, i64 addrspace(3)* %499
	%500 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %479
	store i64 %487, i64 addrspace(3)* %500
	br label %501

501:
	br label %495

502:
	%503 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%504 = load i64, i64 addrspace(3)* %503
	%505 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %496
	%506 = load i64, i64 addrspace(3)* %505
	%507 = and i32 %0, 128
	%508 = icmp eq i32 %507, 0
	%509 = icmp ugt i64 %504, %506
	%510 = icmp ult i64 %504, %506
	%511 = select i1 %508, i1 %509, i1 %510
	br i1 %511, label %515, label %518

512:
	call void @llvm.nvvm.barrier0()
	%513 = xor i32 %0, 2
	%514 = icmp ugt i32 %513, %0
	br i1 %514, label %519, label %529

515:
	%516 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %506, i64 addrspace(3)* %516
	%517 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %496
	store i64 %504, i64 addrspace(3)* %517
	br label %518

518:
	br label %512

519:
	%520 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%521 = load i64, i64 addrspace(3)* %520
	%522 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %513
	%523 = load i64, i64 addrspace(3)* %522
	%524 = and i32 %0, 128
	%525 = icmp eq i32 %524, 0
	%526 = icmp ugt i64 %521, %523
	%527 = icmp ult i64 %521, %523
	%528 = select i1 %525, i1 %526, i1 %527
	br i1 %528, label %532, label %535

529:
	call void @llvm.nvvm.barrier0()
	%530 = xor i32 %0, 1
	%531 = icmp ugt i32 %530, %0
	br i1 %531, label %536, label %546

532:
	%533 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %523, i64 addrspace(3)* %533
	%534 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %513
	store i64 %521, i64 addrspace(3)* %534
	br label %535

535:
	br label %529

536:
	%537 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%538 = load i64, i64 addrspace(3)* %537
	%539 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %530
	%540 = load i64, i64 addrspace(3)* %539
	%541 = and i32 %0, 128
	%542 = icmp eq i32 %541, 0
	%543 = icmp ugt i64 %538, %540
	%544 = icmp ult i64 %538, %540
	%545 = select i1 %542, i1 %543, i1 %544
	br i1 %545, label %549, label %552

546:
	call void @llvm.nvvm.barrier0()
	%547 = xor i32 %0, 128
	%548 = icmp ugt i32 %547, %0
	br i1 %548, label %553, label %563

549:
	%550 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %540, i64 addrspace(3)* %550
	%551 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %530
	store i64 %538, i64 addrspace(3)* %551
	br label %552

552:
	br label %546

553:
	%554 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%555 = load i64, i64 addrspace(3)* %554
	%556 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %547
	%557 = load i64, i64 addrspace(3)* %556
	%558 = and i32 %0, 256
	%559 = icmp eq i32 %558, 0
	%560 = icmp ugt i64 %555, %557
	%561 = icmp ult i64 %555, %557
	%562 = select i1 %559, i1 %560, i1 %561
	br i1 %562, label %566, label %569

563:
	call void @llvm.nvvm.barrier0()
	%564 = xor i32 %0, 64
	%565 = icmp ugt i32 %564, %0
	br i1 %565, label %570, label %580

566:
	%567 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %557, i64 addrspace(3)* %567
	%568 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %547
	store i64 %555, i64 addrspace(3)* %568
	br label %569

569:
	br label %563

570:
	%571 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%572 = load i64, i64 addrspace(3)* %571
	%573 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %564
	%574 = load i64, i64 addrspace(3)* %573
	%575 = and i32 %0, 256
	%576 = icmp eq i32 %575, 0
	%577 = icmp ugt i64 %572, %574
	%578 = icmp ult i64 %572, %574
	%579 = select i1 %576, i1 %577, i1 %578
	br i1 %579, label %583, label %586

580:
	call void @llvm.nvvm.barrier0()
	%581 = xor i32 %0, 32
	%582 = icmp ugt i32 %581, %0
	br i1 %582, label %587, label %597

583:
	%584 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %574, i64 addrspace(3)* %584
	%585 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %564
	store i64 %572, i64 addrspace(3)* %585
	br label %586

586:
	br label %580

587:
	%588 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%589 = load i64, i64 addrspace(3)* %588
	%590 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %581
	%591 = load i64, i64 addrspace(3)* %590
	%592 = and i32 %0, 256
	%593 = icmp eq i32 %592, 0
	%594 = icmp ugt i64 %589, %591
	%595 = icmp ult i64 %589, %591
	%596 = select i1 %593, i1 %594, i1 %595
	br i1 %596, label %600, label %603

597:
	call void @llvm.nvvm.barrier0()
	%598 = xor i32 %0, 16
	%599 = icmp ugt i32 %598, %0
	br i1 %599, label %604, label %614

600:
	%601 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %591, i64 addrspace(3)* %601
	%602 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %581
	store i64 %589, i64 addrspace(3)* %602
	br label %603

603:
	br label %597

604:
	%605 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%606 = load i64, i64 addrspace(3)* %605
	%607 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %598
	%608 = load i64, i64 addrspace(3)* %607
	%609 = and i32 %0, 256
	%610 = icmp eq i32 %609, 0
	%611 = icmp ugt i64 %606, %608
	%612 = icmp ult i64 %606, %608
	%613 = select i1 %610, i1 %611, i1 %612
	br i1 %613, label %617, label %620

614:
	call void @llvm.nvvm.barrier0()
	%615 = xor i32 %0, 8
	%616 = icmp ugt i32 %615, %0
	br i1 %616, label %621, label %631

617:
	%618 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %608, i64 addrspace(3)* %618
	%619 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %598
	store i64 %606, i64 addrspace(3)* %619
	br label %620

620:
	br label %614

621:
	%622 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%623 = load i64, i64 addrspace(3)* %622
	%624 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %615
	%625 = load i64, i64 addrspace(3)* %624
	%626 = and i32 %0, 256
	%627 = icmp eq i32 %626, 0
	%628 = icmp ugt i64 %623, %625
	%629 = icmp ult i64 %623, %625
	%630 = select i1 %627, i1 %628, i1 %629
	br i1 %630, label %634, label %637

631:
	call void @llvm.nvvm.barrier0()
	%632 = xor i32 %0, 4
	%633 = icmp ugt i32 %632, %0
	br i1 %633, label %638, label %648

634:
	%635 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %625, i64 addrspace(3)* %635
	%636 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %615
	store i64 %623, i64 addrspace(3)* %636
	br label %637

637:
	br label %631

638:
	%639 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%640 = load i64, i64 addrspace(3)* %639
	%641 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %632
	%642 = load i64, i64 addrspace(3)* %641
	%643 = and i32 %0, 256
	%644 = icmp eq i32 %643, 0
	%645 = icmp ugt i64 %640, %642
	%646 = icmp ult i64 %640, %642
	%647 = select i1 %644, i1 %645, i1 %646
	br i1 %647, label %651, label %654

648:
	call void @llvm.nvvm.barrier0()
	%649 = xor i32 %0, 2
	%650 = icmp ugt i32 %649, %0
	br i1 %650, label %655, label %665

651:
	%652 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %642, i64 addrspace(3)* %652
	%653 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %632
	store i64 %640, i64 addrspace(3)* %653
	br label %654

654:
	br label %648

655:
	%656 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%657 = load i64, i64 addrspace(3)* %656
	%658 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %649
	%659 = load i64, i64 addrspace(3)* %658
	%660 = and i32 %0, 256
	%661 = icmp eq i32 %660, 0
	%662 = icmp ugt i64 %657, %659
	%663 = icmp ult i64 %657, %659
	%664 = select i1 %661, i1 %662, i1 %663
	br i1 %664, label %668, label %671

665:
	call void @llvm.nvvm.barrier0()
	%666 = xor i32 %0, 1
	%667 = icmp ugt i32 %666, %0
	br i1 %667, label %672, label %682

668:
	%669 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %659, i64 addrspace(3)* %669
	%670 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %649
	store i64 %657, i64 addrspace(3)* %670
	br label %671

671:
	br label %665

672:
	%673 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%674 = load i64, i64 addrspace(3)* %673
	%675 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %666
	%676 = load i64, i64 addrspace(3)* %675
	%677 = and i32 %0, 256
	%678 = icmp eq i32 %677, 0
	%679 = icmp ugt i64 %674, %676
	%680 = icmp ult i64 %674, %676
	%681 = select i1 %678, i1 %679, i1 %680
	br i1 %681, label %683, label %686

682:
	call void @llvm.nvvm.barrier0()
	br i1 %23, label %687, label %695

683:
	%684 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	store i64 %676, i64 addrspace(3)* %684
	%685 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %666
	store i64 %674, i64 addrspace(3)* %685
	br label %686

686:
	br label %682

687:
	%688 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @pbs_permute0_keys, i32 0, i32 %0
	%689 = load i64, i64 addrspace(3)* %688
	%690 = trunc i64 %689 to i32
	%691 = mul i32 %2, %N
	%692 = add i32 %691, %20
	%693 = sext i32 %692 to i64
	%694 = getelementptr i32, i32* %perm, i64 %693
	store i32 %690, i32* %694
	br label %695

695:
	ret void
}

declare i32 @llvm.nvvm.read.ptx.sreg.tid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()

declare void @llvm.nvvm.barrier0()

declare float @llvm.fma.f32(float %p0, float %p1, float %p2)

define ptx_kernel void @pbs_permclass0(i32* %perm, i8* %cls, i32 %M, i32 %N, i32 %NQ, i32 %NK) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = mul i32 %1, 256
	%3 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%4 = add i32 %2, %3
	%5 = icmp slt i32 %4, %NK
	br i1 %5, label %6, label %12

6:
	%7 = mul i32 %4, 64
	%8 = add i32 %7, 64
	%9 = icmp slt i32 %8, %N
	%10 = select i1 %9, i32 %8, i32 %N
	%11 = mul i32 %0, %N
	br label %13

12:
	ret void

13:
	%14 = phi i32 [ %7, %6 ], [ %27, %18 ]
	%15 = phi i32 [ u0x7FFFFFFF, %6 ], [ %24, %18 ]
	%16 = phi i32 [ -1, %6 ], [ %26, %18 ]
	%17 = icmp slt i32 %14, %10
	br i1 %17, label %18, label %28

18:
	%19 = add i32 %11, %14
	%20 = sext i32 %19 to i64
	%21 = getelementptr i32, i32* %perm, i64 %20
	%22 = load i32, i32* %21
	%23 = icmp slt i32 %15, %22
	%24 = select i1 %23, i32 %15, i32 %22
	%25 = icmp sgt i32 %16, %22
	%26 = select i1 %25, i32 %16, i32 %22
	%27 = add i32 %14, 1
	br label %13

28:
	%29 = sub i32 %10, %7
	%30 = icmp slt i32 %29, 64
	%31 = select i1 %30, i8 1, i8 2
	br label %32

32:
	%33 = phi i32 [ 0, %28 ], [ %51, %35 ]
	%34 = icmp slt i32 %33, %NQ
	br i1 %34, label %35, label %52

35:
	%36 = mul i32 %33, 64
	%37 = add i32 %36, 64
	%38 = icmp slt i32 %37, %M
	%39 = select i1 %38, i32 %37, i32 %M
	%40 = sub i32 %39, 1
	%41 = icmp sle i32 %16, %36
	%42 = select i1 %41, i8 %31, i8 1
	%43 = icmp sgt i32 %15, %40
	%44 = select i1 %43, i8 0, i8 %42
	%45 = mul i32 %0, %NQ
	%46 = add i32 %45, %33
	%47 = mul i32 %46, %NK
	%48 = add i32 %47, %4
	%49 = sext i32 %48 to i64
	%50 = getelementptr i8, i8* %cls, i64 %49
	store i8 %44, i8* %50
	%51 = add i32 %33, 1
	br label %32

52:
	br label %12
}

define ptx_kernel void @pbs_select2(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = and i32 %0, 31
	%4 = lshr i32 %0, 5
	%5 = mul i32 %2, %NQ
	%6 = add i32 %5, %1
	%7 = mul i32 %2, %ch
	%8 = mul i32 %7, %NQ
	%9 = add i32 %8, %1
	%10 = mul i32 %9, %NK
	%11 = mul i32 %6, %NK
	%12 = mul i32 %6, 2
	%13 = mul i32 %12, %NK
	%14 = add i32 %NK, 255
	%15 = sdiv i32 %14, 256
	%16 = mul i32 %15, 256
	br label %17

17:
	%18 = phi i32 [ %0, %entry ], [ %55, %50 ]
	%19 = phi float [ 0xFFF0000000000000, %entry ], [ %54, %50 ]
	%20 = icmp slt i32 %18, %16
	br i1 %20, label %21, label %30

21:
	%22 = icmp slt i32 %18, %NK
	%23 = select i1 %22, i32 %18, i32 0
	%24 = add i32 %10, %23
	%25 = sext i32 %24 to i64
	%26 = getelementptr i8, i8* %cls, i64 %25
	%27 = load i8, i8* %26
	%28 = icmp ne i8 %27, 0
	%29 = and i1 %22, %28
	br i1 %29, label %45, label %50

30:
	%31 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %19, i32 16, i32 31)
	%32 = call float @llvm.nvvm.fmax.f(float %19, float %31)
	%33 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %32, i32 8, i32 31)
	%34 = call float @llvm.nvvm.fmax.f(float %32, float %33)
	%35 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %34, i32 4, i32 31)
	%36 = call float @llvm.nvvm.fmax.f(float %34, float %35)
	%37 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %36, i32 2, i32 31)
	%38 = call float @llvm.nvvm.fmax.f(float %36, float %37)
	%39 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %38, i32 1, i32 31)
	%40 = call float @llvm.nvvm.fmax.f(float %38, float %39)
	%41 = lshr i32 %0, 5
	%42 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%43 = icmp eq i32 %42, 0
	%44 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 %41
	br i1 %43, label %56, label %57

45:
	%46 = add i32 %11, %18
	%47 = sext i32 %46 to i64
	%48 = getelementptr float, float* %e, i64 %47
	%49 = load float, float* %48
	br label %50

50:
	%51 = phi float [ 0xFFF0000000000000, %21 ], [ %49, %45 ]
	%52 = bitcast float %51 to i32
	%53 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %18
	store i32 %52, i32 addrspace(3)* %53
	%54 = call float @llvm.nvvm.fmax.f(float %19, float %51)
	%55 = add i32 %18, 256
	br label %17

56:
	store float %40, float addrspace(3)* %44
	br label %57

57:
	call void @llvm.nvvm.barrier0()
	%58 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 0
	%59 = load float, float addrspace(3)* %58
	%60 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 1
	%61 = load float, float addrspace(3)* %60
	%62 = call float @llvm.nvvm.fmax.f(float %59, float %61)
	%63 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 2
	%64 = load float, float addrspace(3)* %63
	%65 = call float @llvm.nvvm.fmax.f(float %62, float %64)
	%66 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 3
	%67 = load float, float addrspace(3)* %66
	%68 = call float @llvm.nvvm.fmax.f(float %65, float %67)
	%69 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 4
	%70 = load float, float addrspace(3)* %69
	%71 = call float @llvm.nvvm.fmax.f(float %68, float %70)
	%72 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 5
	%73 = load float, float addrspace(3)* %72
	%74 = call float @llvm.nvvm.fmax.f(float %71, float %73)
	%75 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 6
	%76 = load float, float addrspace(3)* %75
	%77 = call float @llvm.nvvm.fmax.f(float %74, float %76)
	%78 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 7
	%79 = load float, float addrspace(3)* %78
	%80 = call float @llvm.nvvm.fmax.f(float %77, float %79)
	%81 = fcmp oeq float %80, 0xFFF0000000000000
	%82 = select i1 %81, float 0.0, float %80
	br label %83

83:
	%84 = phi i32 [ %0, %57 ], [ %99, %87 ]
	%85 = phi float [ 0.0, %57 ], [ %98, %87 ]
	%86 = icmp slt i32 %84, %16
	br i1 %86, label %87, label %100

87:
	%88 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %84
	%89 = load i32, i32 addrspace(3)* %88
	%90 = bitcast i32 %89 to float
	%91 = fcmp one float %90, 0xFFF0000000000000
	%92 = fsub float %90, %82
	%93 = call float @llvm.nvvm.ex2.approx.ftz.f(float %92)
	%94 = select i1 %91, float %93, float -1.0
	%95 = bitcast float %94 to i32
	%96 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %84
	store i32 %95, i32 addrspace(3)* %96
	%97 = select i1 %91, float %93, float 0.0
	%98 = fadd float %85, %97
	%99 = add i32 %84, 256
	br label %83

100:
	%101 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %85, i32 16, i32 31)
	%102 = fadd float %85, %101
	%103 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %102, i32 8, i32 31)
	%104 = fadd float %102, %103
	%105 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %104, i32 4, i32 31)
	%106 = fadd float %104, %105
	%107 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %106, i32 2, i32 31)
	%108 = fadd float %106, %107
	%109 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %108, i32 1, i32 31)
	%110 = fadd float %108, %109
	%111 = lshr i32 %0, 5
	%112 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%113 = icmp eq i32 %112, 0
	%114 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 %111
	br i1 %113, label %115, label %116

115:
	store float %110, float addrspace(3)* %114
	br label %116

116:
	call void @llvm.nvvm.barrier0()
	%117 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 0
	%118 = load float, float addrspace(3)* %117
	%119 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 1
	%120 = load float, float addrspace(3)* %119
	%121 = fadd float %118, %120
	%122 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 2
	%123 = load float, float addrspace(3)* %122
	%124 = fadd float %121, %123
	%125 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 3
	%126 = load float, float addrspace(3)* %125
	%127 = fadd float %124, %126
	%128 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 4
	%129 = load float, float addrspace(3)* %128
	%130 = fadd float %127, %129
	%131 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 5
	%132 = load float, float addrspace(3)* %131
	%133 = fadd float %130, %132
	%134 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 6
	%135 = load float, float addrspace(3)* %134
	%136 = fadd float %133, %135
	%137 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 7
	%138 = load float, float addrspace(3)* %137
	%139 = fadd float %136, %138
	%140 = fdiv float 1.0, %139
	%141 = mul i32 %1, 64
	%142 = add i32 %141, %off
	%143 = add i32 %1, 1
	%144 = mul i32 %143, 64
	%145 = icmp slt i32 %144, %M
	%146 = select i1 %145, i32 %144, i32 %M
	%147 = sub i32 %146, 1
	%148 = add i32 %147, %off
	%149 = icmp slt i32 %142, 0
	%150 = sub i32 0, %142
	%151 = sub i32 64, 1
	%152 = add i32 %150, %151
	%153 = sdiv i32 %152, 64
	%154 = sub i32 0, %153
	%155 = sdiv i32 %142, 64
	%156 = select i1 %149, i32 %154, i32 %155
	%157 = icmp slt i32 %148, 0
	%158 = sub i32 0, %148
	%159 = sub i32 64, 1
	%160 = add i32 %158, %159
	%161 = sdiv i32 %160, 64
	%162 = sub i32 0, %161
	%163 = sdiv i32 %148, 64
	%164 = select i1 %157, i32 %162, i32 %163
	br label %165

165:
	%166 = phi i32 [ %0, %116 ], [ %219, %196 ]
	%167 = phi float [ 0.0, %116 ], [ %218, %196 ]
	%168 = icmp slt i32 %166, %16
	br i1 %168, label %169, label %177

169:
	%170 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %166
	%171 = load i32, i32 addrspace(3)* %170
	%172 = bitcast i32 %171 to float
	%173 = fcmp oge float %172, 0.0
	%174 = fmul float %172, %140
	%175 = select i1 %173, float %174, float -1.0
	%176 = icmp slt i32 %166, %NK
	br i1 %176, label %192, label %196

177:
	%178 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %167, i32 16, i32 31)
	%179 = fadd float %167, %178
	%180 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %179, i32 8, i32 31)
	%181 = fadd float %179, %180
	%182 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %181, i32 4, i32 31)
	%183 = fadd float %181, %182
	%184 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %183, i32 2, i32 31)
	%185 = fadd float %183, %184
	%186 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %185, i32 1, i32 31)
	%187 = fadd float %185, %186
	%188 = lshr i32 %0, 5
	%189 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%190 = icmp eq i32 %189, 0
	%191 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 %188
	br i1 %190, label %220, label %221

192:
	%193 = add i32 %11, %166
	%194 = sext i32 %193 to i64
	%195 = getelementptr float, float* %e, i64 %194
	store float %175, float* %195
	br label %196

196:
	%197 = icmp sge i32 %166, %156
	%198 = icmp sle i32 %166, %164
	%199 = and i1 %197, %198
	%200 = or i1 false, %199
	%201 = mul i32 %1, 64
	%202 = sdiv i32 %201, 256
	%203 = mul i32 %202, 256
	%204 = sdiv i32 %203, 64
	%205 = add i32 %202, 1
	%206 = mul i32 %205, 256
	%207 = sdiv i32 %206, 64
	%208 = icmp sge i32 %166, %204
	%209 = icmp slt i32 %166, %207
	%210 = and i1 %208, %209
	%211 = or i1 %200, %210
	%212 = bitcast float %175 to i32
	%213 = add i32 %212, 2
	%214 = select i1 %211, i32 1, i32 %213
	%215 = select i1 %173, i32 %214, i32 0
	%216 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %166
	store i32 %215, i32 addrspace(3)* %216
	%217 = uitofp i1 %173 to float
	%218 = fadd float %167, %217
	%219 = add i32 %166, 256
	br label %165

220:
	store float %187, float addrspace(3)* %191
	br label %221

221:
	call void @llvm.nvvm.barrier0()
	%222 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 0
	%223 = load float, float addrspace(3)* %222
	%224 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 1
	%225 = load float, float addrspace(3)* %224
	%226 = fadd float %223, %225
	%227 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 2
	%228 = load float, float addrspace(3)* %227
	%229 = fadd float %226, %228
	%230 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 3
	%231 = load float, float addrspace(3)* %230
	%232 = fadd float %229, %231
	%233 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 4
	%234 = load float, float addrspace(3)* %233
	%235 = fadd float %232, %234
	%236 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 5
	%237 = load float, float addrspace(3)* %236
	%238 = fadd float %235, %237
	%239 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 6
	%240 = load float, float addrspace(3)* %239
	%241 = fadd float %238, %240
	%242 = getelementptr [32 x float], [32 x float] addrspace(3)* @pbs_select2_red, i32 0, i32 7
	%243 = load float, float addrspace(3)* %242
	%244 = fadd float %241, %243
	%245 = fptosi float %244 to i32
	%246 = icmp eq i32 %0, 0
	br i1 %246, label %247, label %251

247:
	%248 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 0
	%249 = load i32, i32 addrspace(3)* %248
	%250 = icmp eq i32 %249, 1
	br i1 %250, label %259, label %267

251:
	call void @llvm.nvvm.barrier0()
	%252 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @pbs_select2_cnt, i32 0, i32 0
	%253 = load i32, i32 addrspace(3)* %252
	%254 = sub i32 %245, %253
	%255 = icmp sgt i32 64, 0
	%256 = select i1 %255, i32 64, i32 0
	%257 = icmp slt i32 %256, %254
	%258 = select i1 %257, i32 %256, i32 %254
	br label %mass

259:
	%260 = add i32 %13, 0
	%261 = sext i32 %260 to i64
	%262 = getelementptr i32, i32* %list, i64 %261
	store i32 0, i32* %262
	%263 = add i32 %13, %NK
	%264 = add i32 %263, 0
	%265 = sext i32 %264 to i64
	%266 = getelementptr i32, i32* %list, i64 %265
	store i32 1, i32* %266
	br label %267

267:
	%268 = add i32 %11, 0
	%269 = sext i32 %268 to i64
	%270 = getelementptr float, float* %e, i64 %269
	%271 = load float, float* %270
	%272 = add i32 0, 1
	%273 = select i1 %250, i32 %272, i32 0
	%274 = fpext float %271 to double
	%275 = fadd double 0.0, %274
	%276 = select i1 %250, double %275, double 0.0
	%277 = mul i32 %1, 64
	%278 = sdiv i32 %277, 256
	%279 = mul i32 %278, 256
	%280 = sdiv i32 %279, 64
	%281 = add i32 %278, 1
	%282 = mul i32 %281, 256
	%283 = sdiv i32 %282, 64
	%284 = icmp slt i32 %156, %280
	%285 = select i1 %284, i32 %156, i32 %280
	%286 = icmp sgt i32 %285, 1
	%287 = select i1 %286, i32 %285, i32 1
	%288 = add i32 %164, 1
	%289 = icmp sgt i32 %288, %283
	%290 = select i1 %289, i32 %288, i32 %283
	%291 = icmp slt i32 %290, %NK
	%292 = select i1 %291, i32 %290, i32 %NK
	br label %293

293:
	%294 = phi i32 [ %287, %267 ], [ %323, %313 ]
	%295 = phi i32 [ %273, %267 ], [ %319, %313 ]
	%296 = phi double [ %276, %267 ], [ %322, %313 ]
	%297 = icmp slt i32 %294, %292
	br i1 %297, label %298, label %302

298:
	%299 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %294
	%300 = load i32, i32 addrspace(3)* %299
	%301 = icmp eq i32 %300, 1
	br i1 %301, label %305, label %313

302:
	%303 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @pbs_select2_cnt, i32 0, i32 0
	store i32 %295, i32 addrspace(3)* %303
	%304 = getelementptr [1 x double], [1 x double] addrspace(3)* @pbs_select2_mass, i32 0, i32 0
	store double %296, double addrspace(3)* %304
	br label %251

305:
	%306 = add i32 %13, %295
	%307 = sext i32 %306 to i64
	%308 = getelementptr i32, i32* %list, i64 %307
	store i32 %294, i32* %308
	%309 = add i32 %13, %NK
	%310 = add i32 %309, %295
	%311 = sext i32 %310 to i64
	%312 = getelementptr i32, i32* %list, i64 %311
	store i32 1, i32* %312
	br label %313

313:
	%314 = add i32 %11, %294
	%315 = sext i32 %314 to i64
	%316 = getelementptr float, float* %e, i64 %315
	%317 = load float, float* %316
	%318 = add i32 %295, 1
	%319 = select i1 %301, i32 %318, i32 %295
	%320 = fpext float %317 to double
	%321 = fadd double %296, %320
	%322 = select i1 %301, double %321, double %296
	%323 = add i32 %294, 1
	br label %293

mass:
	%324 = phi i32 [ %258, %251 ], [ %1092, %1082 ]
	%325 = icmp sgt i32 %324, 0
	br i1 %325, label %topk, label %topk_done

mass_done:
	%326 = icmp sgt i32 %1084, 0
	%327 = select i1 %326, i32 %1084, i32 0
	%328 = add i32 %253, %327
	%329 = add i32 %328, %0
	br label %1442

topk:
	call void @llvm.nvvm.barrier0()
	%330 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %330
	call void @llvm.nvvm.barrier0()
	br label %338

topk_done:
	%331 = sub i32 %324, 1
	%332 = call i32 @llvm.ctlz.i32(i32 %331, i1 false)
	%333 = icmp sgt i32 %324, 1
	%334 = sub i32 32, %332
	%335 = select i1 %333, i32 %334, i32 0
	%336 = shl i32 1, %335
	%337 = add i32 %324, %0
	br label %1002

338:
	%339 = phi i32 [ %0, %topk ], [ %389, %388 ]
	%340 = icmp slt i32 %339, %16
	br i1 %340, label %341, label %357

341:
	%342 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %339
	%343 = load i32, i32 addrspace(3)* %342
	%344 = icmp uge i32 %343, 2
	%345 = and i32 %343, 0
	%346 = icmp eq i32 %345, 0
	%347 = and i1 %344, %346
	%348 = lshr i32 %343, 24
	%349 = and i32 %348, 255
	%350 = select i1 %347, i32 %349, i32 256
	%351 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %350)
	%352 = shl i32 1, %3
	%353 = sub i32 %352, 1
	%354 = and i32 %351, %353
	%355 = icmp eq i32 %354, 0
	%356 = and i1 %347, %355
	br i1 %356, label %384, label %388

357:
	call void @llvm.nvvm.barrier0()
	%358 = sub i32 255, %0
	%359 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist, i32 0, i32 %358
	%360 = load i32, i32 addrspace(3)* %359
	%361 = and i32 %0, 31
	%362 = lshr i32 %0, 5
	%363 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %360, i32 1, i32 0)
	%364 = icmp uge i32 %361, 1
	%365 = select i1 %364, i32 %363, i32 0
	%366 = add i32 %360, %365
	%367 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %366, i32 2, i32 0)
	%368 = icmp uge i32 %361, 2
	%369 = select i1 %368, i32 %367, i32 0
	%370 = add i32 %366, %369
	%371 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %370, i32 4, i32 0)
	%372 = icmp uge i32 %361, 4
	%373 = select i1 %372, i32 %371, i32 0
	%374 = add i32 %370, %373
	%375 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %374, i32 8, i32 0)
	%376 = icmp uge i32 %361, 8
	%377 = select i1 %376, i32 %375, i32 0
	%378 = add i32 %374, %377
	%379 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %378, i32 16, i32 0)
	%380 = icmp uge i32 %361, 16
	%381 = select i1 %380, i32 %379, i32 0
	%382 = add i32 %378, %381
	%383 = icmp eq i32 %361, 31
	br i1 %383, label %390, label %392

384:
	%385 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist, i32 0, i32 %349
	%386 = call i32 @llvm.ctpop.i32(i32 %351)
	%387 = atomicrmw add i32 addrspace(3)* %385, i32 %386 monotonic
	br label %388

388:
	%389 = add i32 %339, 256
	br label %338

390:
	%391 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 %362
	store i32 %382, i32 addrspace(3)* %391
	br label %392

392:
	call void @llvm.nvvm.barrier0()
	%393 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 0
	%394 = load i32, i32 addrspace(3)* %393
	%395 = icmp sgt i32 %362, 0
	%396 = select i1 %395, i32 %394, i32 0
	%397 = add i32 0, %396
	%398 = add i32 0, %394
	%399 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 1
	%400 = load i32, i32 addrspace(3)* %399
	%401 = icmp sgt i32 %362, 1
	%402 = select i1 %401, i32 %400, i32 0
	%403 = add i32 %397, %402
	%404 = add i32 %398, %400
	%405 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 2
	%406 = load i32, i32 addrspace(3)* %405
	%407 = icmp sgt i32 %362, 2
	%408 = select i1 %407, i32 %406, i32 0
	%409 = add i32 %403, %408
	%410 = add i32 %404, %406
	%411 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 3
	%412 = load i32, i32 addrspace(3)* %411
	%413 = icmp sgt i32 %362, 3
	%414 = select i1 %413, i32 %412, i32 0
	%415 = add i32 %409, %414
	%416 = add i32 %410, %412
	%417 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 4
	%418 = load i32, i32 addrspace(3)* %417
	%419 = icmp sgt i32 %362, 4
	%420 = select i1 %419, i32 %418, i32 0
	%421 = add i32 %415, %420
	%422 = add i32 %416, %418
	%423 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 5
	%424 = load i32, i32 addrspace(3)* %423
	%425 = icmp sgt i32 %362, 5
	%426 = select i1 %425, i32 %424, i32 0
	%427 = add i32 %421, %426
	%428 = add i32 %422, %424
	%429 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 6
	%430 = load i32, i32 addrspace(3)* %429
	%431 = icmp sgt i32 %362, 6
	%432 = select i1 %431, i32 %430, i32 0
	%433 = add i32 %427, %432
	%434 = add i32 %428, %430
	%435 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 7
	%436 = load i32, i32 addrspace(3)* %435
	%437 = icmp sgt i32 %362, 7
	%438 = select i1 %437, i32 %436, i32 0
	%439 = add i32 %433, %438
	%440 = add i32 %434, %436
	%441 = add i32 %439, %382
	%442 = sub i32 %441, %360
	%443 = icmp slt i32 %442, %324
	%444 = add i32 %442, %360
	%445 = icmp sle i32 %324, %444
	%446 = and i1 %443, %445
	br i1 %446, label %447, label %450

447:
	%448 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 0
	store i32 %358, i32 addrspace(3)* %448
	%449 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 1
	store i32 %442, i32 addrspace(3)* %449
	br label %450

450:
	call void @llvm.nvvm.barrier0()
	%451 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 0
	%452 = load i32, i32 addrspace(3)* %451
	%453 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 1
	%454 = load i32, i32 addrspace(3)* %453
	%455 = sub i32 %324, %454
	%456 = shl i32 %452, 24
	%457 = or i32 0, %456
	%458 = or i32 0, u0xFF000000
	call void @llvm.nvvm.barrier0()
	%459 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %459
	call void @llvm.nvvm.barrier0()
	br label %460

460:
	%461 = phi i32 [ %0, %450 ], [ %511, %510 ]
	%462 = icmp slt i32 %461, %16
	br i1 %462, label %463, label %479

463:
	%464 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %461
	%465 = load i32, i32 addrspace(3)* %464
	%466 = icmp uge i32 %465, 2
	%467 = and i32 %465, %458
	%468 = icmp eq i32 %467, %457
	%469 = and i1 %466, %468
	%470 = lshr i32 %465, 16
	%471 = and i32 %470, 255
	%472 = select i1 %469, i32 %471, i32 256
	%473 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %472)
	%474 = shl i32 1, %3
	%475 = sub i32 %474, 1
	%476 = and i32 %473, %475
	%477 = icmp eq i32 %476, 0
	%478 = and i1 %469, %477
	br i1 %478, label %506, label %510

479:
	call void @llvm.nvvm.barrier0()
	%480 = sub i32 255, %0
	%481 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist, i32 0, i32 %480
	%482 = load i32, i32 addrspace(3)* %481
	%483 = and i32 %0, 31
	%484 = lshr i32 %0, 5
	%485 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %482, i32 1, i32 0)
	%486 = icmp uge i32 %483, 1
	%487 = select i1 %486, i32 %485, i32 0
	%488 = add i32 %482, %487
	%489 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %488, i32 2, i32 0)
	%490 = icmp uge i32 %483, 2
	%491 = select i1 %490, i32 %489, i32 0
	%492 = add i32 %488, %491
	%493 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %492, i32 4, i32 0)
	%494 = icmp uge i32 %483, 4
	%495 = select i1 %494, i32 %493, i32 0
	%496 = add i32 %492, %495
	%497 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %496, i32 8, i32 0)
	%498 = icmp uge i32 %483, 8
	%499 = select i1 %498, i32 %497, i32 0
	%500 = add i32 %496, %499
	%501 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %500, i32 16, i32 0)
	%502 = icmp uge i32 %483, 16
	%503 = select i1 %502, i32 %501, i32 0
	%504 = add i32 %500, %503
	%505 = icmp eq i32 %483, 31
	br i1 %505, label %512, label %514

506:
	%507 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist, i32 0, i32 %471
	%508 = call i32 @llvm.ctpop.i32(i32 %473)
	%509 = atomicrmw add i32 addrspace(3)* %507, i32 %508 monotonic
	br label %510

510:
	%511 = add i32 %461, 256
	br label %460

512:
	%513 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 %484
	store i32 %504, i32 addrspace(3)* %513
	br label %514

514:
	call void @llvm.nvvm.barrier0()
	%515 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 0
	%516 = load i32, i32 addrspace(3)* %515
	%517 = icmp sgt i32 %484, 0
	%518 = select i1 %517, i32 %516, i32 0
	%519 = add i32 0, %518
	%520 = add i32 0, %516
	%521 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 1
	%522 = load i32, i32 addrspace(3)* %521
	%523 = icmp sgt i32 %484, 1
	%524 = select i1 %523, i32 %522, i32 0
	%525 = add i32 %519, %524
	%526 = add i32 %520, %522
	%527 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 2
	%528 = load i32, i32 addrspace(3)* %527
	%529 = icmp sgt i32 %484, 2
	%530 = select i1 %529, i32 %528, i32 0
	%531 = add i32 %525, %530
	%532 = add i32 %526, %528
	%533 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 3
	%534 = load i32, i32 addrspace(3)* %533
	%535 = icmp sgt i32 %484, 3
	%536 = select i1 %535, i32 %534, i32 0
	%537 = add i32 %531, %536
	%538 = add i32 %532, %534
	%539 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 4
	%540 = load i32, i32 addrspace(3)* %539
	%541 = icmp sgt i32 %484, 4
	%542 = select i1 %541, i32 %540, i32 0
	%543 = add i32 %537, %542
	%544 = add i32 %538, %540
	%545 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 5
	%546 = load i32, i32 addrspace(3)* %545
	%547 = icmp sgt i32 %484, 5
	%548 = select i1 %547, i32 %546, i32 0
	%549 = add i32 %543, %548
	%550 = add i32 %544, %546
	%551 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 6
	%552 = load i32, i32 addrspace(3)* %551
	%553 = icmp sgt i32 %484, 6
	%554 = select i1 %553, i32 %552, i32 0
	%555 = add i32 %549, %554
	%556 = add i32 %550, %552
	%557 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 7
	%558 = load i32, i32 addrspace(3)* %557
	%559 = icmp sgt i32 %484, 7
	%560 = select i1 %559, i32 %558, i32 0
	%561 = add i32 %555, %560
	%562 = add i32 %556, %558
	%563 = add i32 %561, %504
	%564 = sub i32 %563, %482
	%565 = icmp slt i32 %564, %455
	%566 = add i32 %564, %482
	%567 = icmp sle i32 %455, %566
	%568 = and i1 %565, %567
	br i1 %568, label %569, label %572

569:
	%570 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 0
	store i32 %480, i32 addrspace(3)* %570
	%571 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 1
	store i32 %564, i32 addrspace(3)* %571
	br label %572

572:
	call void @llvm.nvvm.barrier0()
	%573 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 0
	%574 = load i32, i32 addrspace(3)* %573
	%575 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 1
	%576 = load i32, i32 addrspace(3)* %575
	%577 = sub i32 %455, %576
	%578 = shl i32 %574, 16
	%579 = or i32 %457, %578
	%580 = or i32 %458, u0xFF0000
	call void @llvm.nvvm.barrier0()
	%581 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %581
	call void @llvm.nvvm.barrier0()
	br label %582

582:
	%583 = phi i32 [ %0, %572 ], [ %633, %632 ]
	%584 = icmp slt i32 %583, %16
	br i1 %584, label %585, label %601

585:
	%586 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %583
	%587 = load i32, i32 addrspace(3)* %586
	%588 = icmp uge i32 %587, 2
	%589 = and i32 %587, %580
	%590 = icmp eq i32 %589, %579
	%591 = and i1 %588, %590
	%592 = lshr i32 %587, 8
	%593 = and i32 %592, 255
	%594 = select i1 %591, i32 %593, i32 256
	%595 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %594)
	%596 = shl i32 1, %3
	%597 = sub i32 %596, 1
	%598 = and i32 %595, %597
	%599 = icmp eq i32 %598, 0
	%600 = and i1 %591, %599
	br i1 %600, label %628, label %632

601:
	call void @llvm.nvvm.barrier0()
	%602 = sub i32 255, %0
	%603 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist, i32 0, i32 %602
	%604 = load i32, i32 addrspace(3)* %603
	%605 = and i32 %0, 31
	%606 = lshr i32 %0, 5
	%607 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %604, i32 1, i32 0)
	%608 = icmp uge i32 %605, 1
	%609 = select i1 %608, i32 %607, i32 0
	%610 = add i32 %604, %609
	%611 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %610, i32 2, i32 0)
	%612 = icmp uge i32 %605, 2
	%613 = select i1 %612, i32 %611, i32 0
	%614 = add i32 %610, %613
	%615 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %614, i32 4, i32 0)
	%616 = icmp uge i32 %605, 4
	%617 = select i1 %616, i32 %615, i32 0
	%618 = add i32 %614, %617
	%619 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %618, i32 8, i32 0)
	%620 = icmp uge i32 %605, 8
	%621 = select i1 %620, i32 %619, i32 0
	%622 = add i32 %618, %621
	%623 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %622, i32 16, i32 0)
	%624 = icmp uge i32 %605, 16
	%625 = select i1 %624, i32 %623, i32 0
	%626 = add i32 %622, %625
	%627 = icmp eq i32 %605, 31
	br i1 %627, label %634, label %636

628:
	%629 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist, i32 0, i32 %593
	%630 = call i32 @llvm.ctpop.i32(i32 %595)
	%631 = atomicrmw add i32 addrspace(3)* %629, i32 %630 monotonic
	br label %632

632:
	%633 = add i32 %583, 256
	br label %582

634:
	%635 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 %606
	store i32 %626, i32 addrspace(3)* %635
	br label %636

636:
	call void @llvm.nvvm.barrier0()
	%637 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 0
	%638 = load i32, i32 addrspace(3)* %637
	%639 = icmp sgt i32 %606, 0
	%640 = select i1 %639, i32 %638, i32 0
	%641 = add i32 0, %640
	%642 = add i32 0, %638
	%643 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 1
	%644 = load i32, i32 addrspace(3)* %643
	%645 = icmp sgt i32 %606, 1
	%646 = select i1 %645, i32 %644, i32 0
	%647 = add i32 %641, %646
	%648 = add i32 %642, %644
	%649 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 2
	%650 = load i32, i32 addrspace(3)* %649
	%651 = icmp sgt i32 %606, 2
	%652 = select i1 %651, i32 %650, i32 0
	%653 = add i32 %647, %652
	%654 = add i32 %648, %650
	%655 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 3
	%656 = load i32, i32 addrspace(3)* %655
	%657 = icmp sgt i32 %606, 3
	%658 = select i1 %657, i32 %656, i32 0
	%659 = add i32 %653, %658
	%660 = add i32 %654, %656
	%661 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 4
	%662 = load i32, i32 addrspace(3)* %661
	%663 = icmp sgt i32 %606, 4
	%664 = select i1 %663, i32 %662, i32 0
	%665 = add i32 %659, %664
	%666 = add i32 %660, %662
	%667 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 5
	%668 = load i32, i32 addrspace(3)* %667
	%669 = icmp sgt i32 %606, 5
	%670 = select i1 %669, i32 %668, i32 0
	%671 = add i32 %665, %670
	%672 = add i32 %666, %668
	%673 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 6
	%674 = load i32, i32 addrspace(3)* %673
	%675 = icmp sgt i32 %606, 6
	%676 = select i1 %675, i32 %674, i32 0
	%677 = add i32 %671, %676
	%678 = add i32 %672, %674
	%679 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 7
	%680 = load i32, i32 addrspace(3)* %679
	%681 = icmp sgt i32 %606, 7
	%682 = select i1 %681, i32 %680, i32 0
	%683 = add i32 %677, %682
	%684 = add i32 %678, %680
	%685 = add i32 %683, %626
	%686 = sub i32 %685, %604
	%687 = icmp slt i32 %686, %577
	%688 = add i32 %686, %604
	%689 = icmp sle i32 %577, %688
	%690 = and i1 %687, %689
	br i1 %690, label %691, label %694

691:
	%692 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 0
	store i32 %602, i32 addrspace(3)* %692
	%693 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 1
	store i32 %686, i32 addrspace(3)* %693
	br label %694

694:
	call void @llvm.nvvm.barrier0()
	%695 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 0
	%696 = load i32, i32 addrspace(3)* %695
	%697 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 1
	%698 = load i32, i32 addrspace(3)* %697
	%699 = sub i32 %577, %698
	%700 = shl i32 %696, 8
	%701 = or i32 %579, %700
	%702 = or i32 %580, u0xFF00
	call void @llvm.nvvm.barrier0()
	%703 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %703
	call void @llvm.nvvm.barrier0()
	br label %704

704:
	%705 = phi i32 [ %0, %694 ], [ %755, %754 ]
	%706 = icmp slt i32 %705, %16
	br i1 %706, label %707, label %723

707:
	%708 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %705
	%709 = load i32, i32 addrspace(3)* %708
	%710 = icmp uge i32 %709, 2
	%711 = and i32 %709, %702
	%712 = icmp eq i32 %711, %701
	%713 = and i1 %710, %712
	%714 = lshr i32 %709, 0
	%715 = and i32 %714, 255
	%716 = select i1 %713, i32 %715, i32 256
	%717 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %716)
	%718 = shl i32 1, %3
	%719 = sub i32 %718, 1
	%720 = and i32 %717, %719
	%721 = icmp eq i32 %720, 0
	%722 = and i1 %713, %721
	br i1 %722, label %750, label %754

723:
	call void @llvm.nvvm.barrier0()
	%724 = sub i32 255, %0
	%725 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist, i32 0, i32 %724
	%726 = load i32, i32 addrspace(3)* %725
	%727 = and i32 %0, 31
	%728 = lshr i32 %0, 5
	%729 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %726, i32 1, i32 0)
	%730 = icmp uge i32 %727, 1
	%731 = select i1 %730, i32 %729, i32 0
	%732 = add i32 %726, %731
	%733 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %732, i32 2, i32 0)
	%734 = icmp uge i32 %727, 2
	%735 = select i1 %734, i32 %733, i32 0
	%736 = add i32 %732, %735
	%737 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %736, i32 4, i32 0)
	%738 = icmp uge i32 %727, 4
	%739 = select i1 %738, i32 %737, i32 0
	%740 = add i32 %736, %739
	%741 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %740, i32 8, i32 0)
	%742 = icmp uge i32 %727, 8
	%743 = select i1 %742, i32 %741, i32 0
	%744 = add i32 %740, %743
	%745 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %744, i32 16, i32 0)
	%746 = icmp uge i32 %727, 16
	%747 = select i1 %746, i32 %745, i32 0
	%748 = add i32 %744, %747
	%749 = icmp eq i32 %727, 31
	br i1 %749, label %756, label %758

750:
	%751 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @pbs_select2_hist, i32 0, i32 %715
	%752 = call i32 @llvm.ctpop.i32(i32 %717)
	%753 = atomicrmw add i32 addrspace(3)* %751, i32 %752 monotonic
	br label %754

754:
	%755 = add i32 %705, 256
	br label %704

756:
	%757 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 %728
	store i32 %748, i32 addrspace(3)* %757
	br label %758

758:
	call void @llvm.nvvm.barrier0()
	%759 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 0
	%760 = load i32, i32 addrspace(3)* %759
	%761 = icmp sgt i32 %728, 0
	%762 = select i1 %761, i32 %760, i32 0
	%763 = add i32 0, %762
	%764 = add i32 0, %760
	%765 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 1
	%766 = load i32, i32 addrspace(3)* %765
	%767 = icmp sgt i32 %728, 1
	%768 = select i1 %767, i32 %766, i32 0
	%769 = add i32 %763, %768
	%770 = add i32 %764, %766
	%771 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 2
	%772 = load i32, i32 addrspace(3)* %771
	%773 = icmp sgt i32 %728, 2
	%774 = select i1 %773, i32 %772, i32 0
	%775 = add i32 %769, %774
	%776 = add i32 %770, %772
	%777 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 3
	%778 = load i32, i32 addrspace(3)* %777
	%779 = icmp sgt i32 %728, 3
	%780 = select i1 %779, i32 %778, i32 0
	%781 = add i32 %775, %780
	%782 = add i32 %776, %778
	%783 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 4
	%784 = load i32, i32 addrspace(3)* %783
	%785 = icmp sgt i32 %728, 4
	%786 = select i1 %785, i32 %784, i32 0
	%787 = add i32 %781, %786
	%788 = add i32 %782, %784
	%789 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 5
	%790 = load i32, i32 addrspace(3)* %789
	%791 = icmp sgt i32 %728, 5
	%792 = select i1 %791, i32 %790, i32 0
	%793 = add i32 %787, %792
	%794 = add i32 %788, %790
	%795 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 6
	%796 = load i32, i32 addrspace(3)* %795
	%797 = icmp sgt i32 %728, 6
	%798 = select i1 %797, i32 %796, i32 0
	%799 = add i32 %793, %798
	%800 = add i32 %794, %796
	%801 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 7
	%802 = load i32, i32 addrspace(3)* %801
	%803 = icmp sgt i32 %728, 7
	%804 = select i1 %803, i32 %802, i32 0
	%805 = add i32 %799, %804
	%806 = add i32 %800, %802
	%807 = add i32 %805, %748
	%808 = sub i32 %807, %726
	%809 = icmp slt i32 %808, %699
	%810 = add i32 %808, %726
	%811 = icmp sle i32 %699, %810
	%812 = and i1 %809, %811
	br i1 %812, label %813, label %816

813:
	%814 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 0
	store i32 %724, i32 addrspace(3)* %814
	%815 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 1
	store i32 %808, i32 addrspace(3)* %815
	br label %816

816:
	call void @llvm.nvvm.barrier0()
	%817 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 0
	%818 = load i32, i32 addrspace(3)* %817
	%819 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @pbs_select2_sel, i32 0, i32 1
	%820 = load i32, i32 addrspace(3)* %819
	%821 = sub i32 %699, %820
	%822 = shl i32 %818, 0
	%823 = or i32 %701, %822
	%824 = or i32 %702, 255
	br label %825

825:
	%826 = phi i32 [ 0, %816 ], [ %1001, %998 ]
	%827 = phi i32 [ 0, %816 ], [ %999, %998 ]
	%828 = phi i32 [ 0, %816 ], [ %1000, %998 ]
	%829 = icmp slt i32 %826, %16
	br i1 %829, label %830, label %859

830:
	%831 = add i32 %826, %0
	%832 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %831
	%833 = load i32, i32 addrspace(3)* %832
	%834 = icmp eq i32 %833, %823
	%835 = zext i1 %834 to i32
	%836 = and i32 %0, 31
	%837 = lshr i32 %0, 5
	%838 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %835, i32 1, i32 0)
	%839 = icmp uge i32 %836, 1
	%840 = select i1 %839, i32 %838, i32 0
	%841 = add i32 %835, %840
	%842 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %841, i32 2, i32 0)
	%843 = icmp uge i32 %836, 2
	%844 = select i1 %843, i32 %842, i32 0
	%845 = add i32 %841, %844
	%846 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %845, i32 4, i32 0)
	%847 = icmp uge i32 %836, 4
	%848 = select i1 %847, i32 %846, i32 0
	%849 = add i32 %845, %848
	%850 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %849, i32 8, i32 0)
	%851 = icmp uge i32 %836, 8
	%852 = select i1 %851, i32 %850, i32 0
	%853 = add i32 %849, %852
	%854 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %853, i32 16, i32 0)
	%855 = icmp uge i32 %836, 16
	%856 = select i1 %855, i32 %854, i32 0
	%857 = add i32 %853, %856
	%858 = icmp eq i32 %836, 31
	br i1 %858, label %860, label %862

859:
	call void @llvm.nvvm.barrier0()
	br label %topk_done

860:
	%861 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 %837
	store i32 %857, i32 addrspace(3)* %861
	br label %862

862:
	call void @llvm.nvvm.barrier0()
	%863 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 0
	%864 = load i32, i32 addrspace(3)* %863
	%865 = icmp sgt i32 %837, 0
	%866 = select i1 %865, i32 %864, i32 0
	%867 = add i32 0, %866
	%868 = add i32 0, %864
	%869 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 1
	%870 = load i32, i32 addrspace(3)* %869
	%871 = icmp sgt i32 %837, 1
	%872 = select i1 %871, i32 %870, i32 0
	%873 = add i32 %867, %872
	%874 = add i32 %868, %870
	%875 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 2
	%876 = load i32, i32 addrspace(3)* %875
	%877 = icmp sgt i32 %837, 2
	%878 = select i1 %877, i32 %876, i32 0
	%879 = add i32 %873, %878
	%880 = add i32 %874, %876
	%881 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 3
	%882 = load i32, i32 addrspace(3)* %881
	%883 = icmp sgt i32 %837, 3
	%884 = select i1 %883, i32 %882, i32 0
	%885 = add i32 %879, %884
	%886 = add i32 %880, %882
	%887 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 4
	%888 = load i32, i32 addrspace(3)* %887
	%889 = icmp sgt i32 %837, 4
	%890 = select i1 %889, i32 %888, i32 0
	%891 = add i32 %885, %890
	%892 = add i32 %886, %888
	%893 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 5
	%894 = load i32, i32 addrspace(3)* %893
	%895 = icmp sgt i32 %837, 5
	%896 = select i1 %895, i32 %894, i32 0
	%897 = add i32 %891, %896
	%898 = add i32 %892, %894
	%899 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 6
	%900 = load i32, i32 addrspace(3)* %899
	%901 = icmp sgt i32 %837, 6
	%902 = select i1 %901, i32 %900, i32 0
	%903 = add i32 %897, %902
	%904 = add i32 %898, %900
	%905 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scana, i32 0, i32 7
	%906 = load i32, i32 addrspace(3)* %905
	%907 = icmp sgt i32 %837, 7
	%908 = select i1 %907, i32 %906, i32 0
	%909 = add i32 %903, %908
	%910 = add i32 %904, %906
	%911 = add i32 %909, %857
	%912 = sub i32 %911, %835
	%913 = icmp ugt i32 %833, %823
	%914 = add i32 %827, %912
	%915 = icmp slt i32 %914, %821
	%916 = and i1 %834, %915
	%917 = or i1 %913, %916
	%918 = zext i1 %917 to i32
	%919 = and i32 %0, 31
	%920 = lshr i32 %0, 5
	%921 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %918, i32 1, i32 0)
	%922 = icmp uge i32 %919, 1
	%923 = select i1 %922, i32 %921, i32 0
	%924 = add i32 %918, %923
	%925 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %924, i32 2, i32 0)
	%926 = icmp uge i32 %919, 2
	%927 = select i1 %926, i32 %925, i32 0
	%928 = add i32 %924, %927
	%929 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %928, i32 4, i32 0)
	%930 = icmp uge i32 %919, 4
	%931 = select i1 %930, i32 %929, i32 0
	%932 = add i32 %928, %931
	%933 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %932, i32 8, i32 0)
	%934 = icmp uge i32 %919, 8
	%935 = select i1 %934, i32 %933, i32 0
	%936 = add i32 %932, %935
	%937 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %936, i32 16, i32 0)
	%938 = icmp uge i32 %919, 16
	%939 = select i1 %938, i32 %937, i32 0
	%940 = add i32 %936, %939
	%941 = icmp eq i32 %919, 31
	br i1 %941, label %942, label %944

942:
	%943 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 %920
	store i32 %940, i32 addrspace(3)* %943
	br label %944

944:
	call void @llvm.nvvm.barrier0()
	%945 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 0
	%946 = load i32, i32 addrspace(3)* %945
	%947 = icmp sgt i32 %920, 0
	%948 = select i1 %947, i32 %946, i32 0
	%949 = add i32 0, %948
	%950 = add i32 0, %946
	%951 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 1
	%952 = load i32, i32 addrspace(3)* %951
	%953 = icmp sgt i32 %920, 1
	%954 = select i1 %953, i32 %952, i32 0
	%955 = add i32 %949, %954
	%956 = add i32 %950, %952
	%957 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 2
	%958 = load i32, i32 addrspace(3)* %957
	%959 = icmp sgt i32 %920, 2
	%960 = select i1 %959, i32 %958, i32 0
	%961 = add i32 %955, %960
	%962 = add i32 %956, %958
	%963 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 3
	%964 = load i32, i32 addrspace(3)* %963
	%965 = icmp sgt i32 %920, 3
	%966 = select i1 %965, i32 %964, i32 0
	%967 = add i32 %961, %966
	%968 = add i32 %962, %964
	%969 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 4
	%970 = load i32, i32 addrspace(3)* %969
	%971 = icmp sgt i32 %920, 4
	%972 = select i1 %971, i32 %970, i32 0
	%973 = add i32 %967, %972
	%974 = add i32 %968, %970
	%975 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 5
	%976 = load i32, i32 addrspace(3)* %975
	%977 = icmp sgt i32 %920, 5
	%978 = select i1 %977, i32 %976, i32 0
	%979 = add i32 %973, %978
	%980 = add i32 %974, %976
	%981 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 6
	%982 = load i32, i32 addrspace(3)* %981
	%983 = icmp sgt i32 %920, 6
	%984 = select i1 %983, i32 %982, i32 0
	%985 = add i32 %979, %984
	%986 = add i32 %980, %982
	%987 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @pbs_select2_scanb, i32 0, i32 7
	%988 = load i32, i32 addrspace(3)* %987
	%989 = icmp sgt i32 %920, 7
	%990 = select i1 %989, i32 %988, i32 0
	%991 = add i32 %985, %990
	%992 = add i32 %986, %988
	%993 = add i32 %991, %940
	%994 = sub i32 %993, %918
	br i1 %917, label %995, label %998

995:
	%996 = add i32 %828, %994
	%997 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_c, i32 0, i32 %996
	store i32 %831, i32 addrspace(3)* %997
	br label %998

998:
	%999 = add i32 %827, %910
	%1000 = add i32 %828, %992
	%1001 = add i32 %826, 256
	br label %825

1002:
	%1003 = phi i32 [ %337, %topk_done ], [ %1007, %1005 ]
	%1004 = icmp slt i32 %1003, %336
	br i1 %1004, label %1005, label %1008

1005:
	%1006 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_c, i32 0, i32 %1003
	store i32 -1, i32 addrspace(3)* %1006
	%1007 = add i32 %1003, 256
	br label %1002

1008:
	call void @llvm.nvvm.barrier0()
	%1009 = add i32 %335, 1
	br label %1010

1010:
	%1011 = phi i32 [ 1, %1008 ], [ %1024, %1023 ]
	%1012 = icmp slt i32 %1011, %1009
	br i1 %1012, label %1013, label %1015

1013:
	%1014 = shl i32 1, %1011
	br label %1016

1015:
	br label %1062

1016:
	%1017 = phi i32 [ 0, %1013 ], [ %1032, %1031 ]
	%1018 = icmp slt i32 %1017, %1011
	br i1 %1018, label %1019, label %1023

1019:
	%1020 = sub i32 %1011, 1
	%1021 = sub i32 %1020, %1017
	%1022 = shl i32 1, %1021
	br label %1025

1023:
	%1024 = add i32 %1011, 1
	br label %1010

1025:
	%1026 = phi i32 [ %0, %1019 ], [ %1057, %1056 ]
	%1027 = icmp slt i32 %1026, %336
	br i1 %1027, label %1028, label %1031

1028:
	%1029 = xor i32 %1026, %1022
	%1030 = icmp sgt i32 %1029, %1026
	br i1 %1030, label %1033, label %1056

1031:
	call void @llvm.nvvm.barrier0()
	%1032 = add i32 %1017, 1
	br label %1016

1033:
	%1034 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_c, i32 0, i32 %1026
	%1035 = load i32, i32 addrspace(3)* %1034
	%1036 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_c, i32 0, i32 %1029
	%1037 = load i32, i32 addrspace(3)* %1036
	%1038 = and i32 %1026, %1014
	%1039 = icmp eq i32 %1038, 0
	%1040 = icmp sge i32 %1037, 0
	%1041 = select i1 %1040, i32 %1037, i32 0
	%1042 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %1041
	%1043 = load i32, i32 addrspace(3)* %1042
	%1044 = select i1 %1040, i32 %1043, i32 0
	%1045 = icmp sge i32 %1035, 0
	%1046 = select i1 %1045, i32 %1035, i32 0
	%1047 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %1046
	%1048 = load i32, i32 addrspace(3)* %1047
	%1049 = select i1 %1045, i32 %1048, i32 0
	%1050 = icmp ugt i32 %1044, %1049
	%1051 = icmp eq i32 %1044, %1049
	%1052 = icmp slt i32 %1037, %1035
	%1053 = and i1 %1051, %1052
	%1054 = or i1 %1050, %1053
	%1055 = icmp eq i1 %1054, %1039
	br i1 %1055, label %1058, label %1061

1056:
	%1057 = add i32 %1026, 256
	br label %1025

1058:
	%1059 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_c, i32 0, i32 %1026
	store i32 %1037, i32 addrspace(3)* %1059
	%1060 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_c, i32 0, i32 %1029
	store i32 %1035, i32 addrspace(3)* %1060
	br label %1061

1061:
	br label %1056

1062:
	%1063 = phi i32 [ %0, %1015 ], [ %1076, %1065 ]
	%1064 = icmp slt i32 %1063, %324
	br i1 %1064, label %1065, label %1077

1065:
	%1066 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_c, i32 0, i32 %1063
	%1067 = load i32, i32 addrspace(3)* %1066
	%1068 = add i32 %253, %1063
	%1069 = add i32 %13, %1068
	%1070 = sext i32 %1069 to i64
	%1071 = getelementptr i32, i32* %list, i64 %1070
	store i32 %1067, i32* %1071
	%1072 = add i32 %13, %NK
	%1073 = add i32 %1072, %1068
	%1074 = sext i32 %1073 to i64
	%1075 = getelementptr i32, i32* %list, i64 %1074
	store i32 0, i32* %1075
	%1076 = add i32 %1063, 256
	br label %1062

1077:
	call void @llvm.nvvm.barrier0()
	%1078 = icmp eq i32 %4, 0
	br i1 %1078, label %1079, label %1082

1079:
	%1080 = getelementptr [1 x double], [1 x double] addrspace(3)* @pbs_select2_mass, i32 0, i32 0
	%1081 = load double, double addrspace(3)* %1080
	br label %1093

1082:
	call void @llvm.nvvm.barrier0()
	%1083 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @pbs_select2_cnt, i32 0, i32 1
	%1084 = load i32, i32 addrspace(3)* %1083
	%1085 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @pbs_select2_cnt, i32 0, i32 2
	%1086 = load i32, i32 addrspace(3)* %1085
	%1087 = icmp ne i32 %1086, 0
	%1088 = icmp sge i32 %324, %254
	%1089 = or i1 %1087, %1088
	%1090 = mul i32 %324, 4
	%1091 = icmp slt i32 %1090, %254
	%1092 = select i1 %1091, i32 %1090, i32 %254
	br i1 %1089, label %mass_done, label %mass

1093:
	%1094 = phi i32 [ 0, %1079 ], [ %1435, %1113 ]
	%1095 = phi double [ %1081, %1079 ], [ %1432, %1113 ]
	%1096 = phi i32 [ 0, %1079 ], [ %1434, %1113 ]
	%1097 = icmp slt i32 %1094, %324
	br i1 %1097, label %1098, label %1101

1098:
	%1099 = add i32 %1094, %3
	%1100 = icmp slt i32 %1099, %324
	br i1 %1100, label %1103, label %1113

1101:
	%1102 = icmp eq i32 %3, 0
	br i1 %1102, label %1436, label %1441

1103:
	%1104 = add i32 %13, %253
	%1105 = add i32 %1104, %1099
	%1106 = sext i32 %1105 to i64
	%1107 = getelementptr i32, i32* %list, i64 %1106
	%1108 = load i32, i32* %1107
	%1109 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @pbs_select2_x, i32 0, i32 %1108
	%1110 = load i32, i32 addrspace(3)* %1109
	%1111 = sub i32 %1110, 2
	%1112 = bitcast i32 %1111 to float
	br label %1113

1113:
	%1114 = phi float [ 0.0, %1098 ], [ %1112, %1103 ]
	%1115 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 0, i32 31)
	%1116 = fcmp olt double %1095, 0x3FECCCCCCCCCCCCD
	%1117 = add i32 %1094, 0
	%1118 = icmp slt i32 %1117, %324
	%1119 = and i1 %1116, %1118
	%1120 = fpext float %1115 to double
	%1121 = fadd double %1095, %1120
	%1122 = select i1 %1119, double %1121, double %1095
	%1123 = add i32 %1096, 1
	%1124 = select i1 %1119, i32 %1123, i32 %1096
	%1125 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 1, i32 31)
	%1126 = fcmp olt double %1122, 0x3FECCCCCCCCCCCCD
	%1127 = add i32 %1094, 1
	%1128 = icmp slt i32 %1127, %324
	%1129 = and i1 %1126, %1128
	%1130 = fpext float %1125 to double
	%1131 = fadd double %1122, %1130
	%1132 = select i1 %1129, double %1131, double %1122
	%1133 = add i32 %1124, 1
	%1134 = select i1 %1129, i32 %1133, i32 %1124
	%1135 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 2, i32 31)
	%1136 = fcmp olt double %1132, 0x3FECCCCCCCCCCCCD
	%1137 = add i32 %1094, 2
	%1138 = icmp slt i32 %1137, %324
	%1139 = and i1 %1136, %1138
	%1140 = fpext float %1135 to double
	%1141 = fadd double %1132, %1140
	%1142 = select i1 %1139, double %1141, double %1132
	%1143 = add i32 %1134, 1
	%1144 = select i1 %1139, i32 %1143, i32 %1134
	%1145 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 3, i32 31)
	%1146 = fcmp olt double %1142, 0x3FECCCCCCCCCCCCD
	%1147 = add i32 %1094, 3
	%1148 = icmp slt i32 %1147, %324
	%1149 = and i1 %1146, %1148
	%1150 = fpext float %1145 to double
	%1151 = fadd double %1142, %1150
	%1152 = select i1 %1149, double %1151, double %1142
	%1153 = add i32 %1144, 1
	%1154 = select i1 %1149, i32 %1153, i32 %1144
	%1155 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 4, i32 31)
	%1156 = fcmp olt double %1152, 0x3FECCCCCCCCCCCCD
	%1157 = add i32 %1094, 4
	%1158 = icmp slt i32 %1157, %324
	%1159 = and i1 %1156, %1158
	%1160 = fpext float %1155 to double
	%1161 = fadd double %1152, %1160
	%1162 = select i1 %1159, double %1161, double %1152
	%1163 = add i32 %1154, 1
	%1164 = select i1 %1159, i32 %1163, i32 %1154
	%1165 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 5, i32 31)
	%1166 = fcmp olt double %1162, 0x3FECCCCCCCCCCCCD
	%1167 = add i32 %1094, 5
	%1168 = icmp slt i32 %1167, %324
	%1169 = and i1 %1166, %1168
	%1170 = fpext float %1165 to double
	%1171 = fadd double %1162, %1170
	%1172 = select i1 %1169, double %1171, double %1162
	%1173 = add i32 %1164, 1
	%1174 = select i1 %1169, i32 %1173, i32 %1164
	%1175 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 6, i32 31)
	%1176 = fcmp olt double %1172, 0x3FECCCCCCCCCCCCD
	%1177 = add i32 %1094, 6
	%1178 = icmp slt i32 %1177, %324
	%1179 = and i1 %1176, %1178
	%1180 = fpext float %1175 to double
	%1181 = fadd double %1172, %1180
	%1182 = select i1 %1179, double %1181, double %1172
	%1183 = add i32 %1174, 1
	%1184 = select i1 %1179, i32 %1183, i32 %1174
	%1185 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 7, i32 31)
	%1186 = fcmp olt double %1182, 0x3FECCCCCCCCCCCCD
	%1187 = add i32 %1094, 7
	%1188 = icmp slt i32 %1187, %324
	%1189 = and i1 %1186, %1188
	%1190 = fpext float %1185 to double
	%1191 = fadd double %1182, %1190
	%1192 = select i1 %1189, double %1191, double %1182
	%1193 = add i32 %1184, 1
	%1194 = select i1 %1189, i32 %1193, i32 %1184
	%1195 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 8, i32 31)
	%1196 = fcmp olt double %1192, 0x3FECCCCCCCCCCCCD
	%1197 = add i32 %1094, 8
	%1198 = icmp slt i32 %1197, %324
	%1199 = and i1 %1196, %1198
	%1200 = fpext float %1195 to double
	%1201 = fadd double %1192, %1200
	%1202 = select i1 %1199, double %1201, double %1192
	%1203 = add i32 %1194, 1
	%1204 = select i1 %1199, i32 %1203, i32 %1194
	%1205 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 9, i32 31)
	%1206 = fcmp olt double %1202, 0x3FECCCCCCCCCCCCD
	%1207 = add i32 %1094, 9
	%1208 = icmp slt i32 %1207, %324
	%1209 = and i1 %1206, %1208
	%1210 = fpext float %1205 to double
	%1211 = fadd double %1202, %1210
	%1212 = select i1 %1209, double %1211, double %1202
	%1213 = add i32 %1204, 1
	%1214 = select i1 %1209, i32 %1213, i32 %1204
	%1215 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 10, i32 31)
	%1216 = fcmp olt double %1212, 0x3FECCCCCCCCCCCCD
	%1217 = add i32 %1094, 10
	%1218 = icmp slt i32 %1217, %324
	%1219 = and i1 %1216, %1218
	%1220 = fpext float %1215 to double
	%1221 = fadd double %1212, %1220
	%1222 = select i1 %1219, double %1221, double %1212
	%1223 = add i32 %1214, 1
	%1224 = select i1 %1219, i32 %1223, i32 %1214
	%1225 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 11, i32 31)
	%1226 = fcmp olt double %1222, 0x3FECCCCCCCCCCCCD
	%1227 = add i32 %1094, 11
	%1228 = icmp slt i32 %1227, %324
	%1229 = and i1 %1226, %1228
	%1230 = fpext float %1225 to double
	%1231 = fadd double %1222, %1230
	%1232 = select i1 %1229, double %1231, double %1222
	%1233 = add i32 %1224, 1
	%1234 = select i1 %1229, i32 %1233, i32 %1224
	%1235 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 12, i32 31)
	%1236 = fcmp olt double %1232, 0x3FECCCCCCCCCCCCD
	%1237 = add i32 %1094, 12
	%1238 = icmp slt i32 %1237, %324
	%1239 = and i1 %1236, %1238
	%1240 = fpext float %1235 to double
	%1241 = fadd double %1232, %1240
	%1242 = select i1 %1239, double %1241, double %1232
	%1243 = add i32 %1234, 1
	%1244 = select i1 %1239, i32 %1243, i32 %1234
	%1245 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 13, i32 31)
	%1246 = fcmp olt double %1242, 0x3FECCCCCCCCCCCCD
	%1247 = add i32 %1094, 13
	%1248 = icmp slt i32 %1247, %324
	%1249 = and i1 %1246, %1248
	%1250 = fpext float %1245 to double
	%1251 = fadd double %1242, %1250
	%1252 = select i1 %1249, double %1251, double %1242
	%1253 = add i32 %1244, 1
	%1254 = select i1 %1249, i32 %1253, i32 %1244
	%1255 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 14, i32 31)
	%1256 = fcmp olt double %1252, 0x3FECCCCCCCCCCCCD
	%1257 = add i32 %1094, 14
	%1258 = icmp slt i32 %1257, %324
	%1259 = and i1 %1256, %1258
	%1260 = fpext float %1255 to double
	%1261 = fadd double %1252, %1260
	%1262 = select i1 %1259, double %1261, double %1252
	%1263 = add i32 %1254, 1
	%1264 = select i1 %1259, i32 %1263, i32 %1254
	%1265 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 15, i32 31)
	%1266 = fcmp olt double %1262, 0x3FECCCCCCCCCCCCD
	%1267 = add i32 %1094, 15
	%1268 = icmp slt i32 %1267, %324
	%1269 = and i1 %1266, %1268
	%1270 = fpext float %1265 to double
	%1271 = fadd double %1262, %1270
	%1272 = select i1 %1269, double %1271, double %1262
	%1273 = add i32 %1264, 1
	%1274 = select i1 %1269, i32 %1273, i32 %1264
	%1275 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 16, i32 31)
	%1276 = fcmp olt double %1272, 0x3FECCCCCCCCCCCCD
	%1277 = add i32 %1094, 16
	%1278 = icmp slt i32 %1277, %324
	%1279 = and i1 %1276, %1278
	%1280 = fpext float %1275 to double
	%1281 = fadd double %1272, %1280
	%1282 = select i1 %1279, double %1281, double %1272
	%1283 = add i32 %1274, 1
	%1284 = select i1 %1279, i32 %1283, i32 %1274
	%1285 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 17, i32 31)
	%1286 = fcmp olt double %1282, 0x3FECCCCCCCCCCCCD
	%1287 = add i32 %1094, 17
	%1288 = icmp slt i32 %1287, %324
	%1289 = and i1 %1286, %1288
	%1290 = fpext float %1285 to double
	%1291 = fadd double %1282, %1290
	%1292 = select i1 %1289, double %1291, double %1282
	%1293 = add i32 %1284, 1
	%1294 = select i1 %1289, i32 %1293, i32 %1284
	%1295 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 18, i32 31)
	%1296 = fcmp olt double %1292, 0x3FECCCCCCCCCCCCD
	%1297 = add i32 %1094, 18
	%1298 = icmp slt i32 %1297, %324
	%1299 = and i1 %1296, %1298
	%1300 = fpext float %1295 to double
	%1301 = fadd double %1292, %1300
	%1302 = select i1 %1299, double %1301, double %1292
	%1303 = add i32 %1294, 1
	%1304 = select i1 %1299, i32 %1303, i32 %1294
	%1305 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 19, i32 31)
	%1306 = fcmp olt double %1302, 0x3FECCCCCCCCCCCCD
	%1307 = add i32 %1094, 19
	%1308 = icmp slt i32 %1307, %324
	%1309 = and i1 %1306, %1308
	%1310 = fpext float %1305 to double
	%1311 = fadd double %1302, %1310
	%1312 = select i1 %1309, double %1311, double %1302
	%1313 = add i32 %1304, 1
	%1314 = select i1 %1309, i32 %1313, i32 %1304
	%1315 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 20, i32 31)
	%1316 = fcmp olt double %1312, 0x3FECCCCCCCCCCCCD
	%1317 = add i32 %1094, 20
	%1318 = icmp slt i32 %1317, %324
	%1319 = and i1 %1316, %1318
	%1320 = fpext float %1315 to double
	%1321 = fadd double %1312, %1320
	%1322 = select i1 %1319, double %1321, double %1312
	%1323 = add i32 %1314, 1
	%1324 = select i1 %1319, i32 %1323, i32 %1314
	%1325 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 21, i32 31)
	%1326 = fcmp olt double %1322, 0x3FECCCCCCCCCCCCD
	%1327 = add i32 %1094, 21
	%1328 = icmp slt i32 %1327, %324
	%1329 = and i1 %1326, %1328
	%1330 = fpext float %1325 to double
	%1331 = fadd double %1322, %1330
	%1332 = select i1 %1329, double %1331, double %1322
	%1333 = add i32 %1324, 1
	%1334 = select i1 %1329, i32 %1333, i32 %1324
	%1335 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 22, i32 31)
	%1336 = fcmp olt double %1332, 0x3FECCCCCCCCCCCCD
	%1337 = add i32 %1094, 22
	%1338 = icmp slt i32 %1337, %324
	%1339 = and i1 %1336, %1338
	%1340 = fpext float %1335 to double
	%1341 = fadd double %1332, %1340
	%1342 = select i1 %1339, double %1341, double %1332
	%1343 = add i32 %1334, 1
	%1344 = select i1 %1339, i32 %1343, i32 %1334
	%1345 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 23, i32 31)
	%1346 = fcmp olt double %1342, 0x3FECCCCCCCCCCCCD
	%1347 = add i32 %1094, 23
	%1348 = icmp slt i32 %1347, %324
	%1349 = and i1 %1346, %1348
	%1350 = fpext float %1345 to double
	%1351 = fadd double %1342, %1350
	%1352 = select i1 %1349, double %1351, double %1342
	%1353 = add i32 %1344, 1
	%1354 = select i1 %1349, i32 %1353, i32 %1344
	%1355 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 24, i32 31)
	%1356 = fcmp olt double %1352, 0x3FECCCCCCCCCCCCD
	%1357 = add i32 %1094, 24
	%1358 = icmp slt i32 %1357, %324
	%1359 = and i1 %1356, %1358
	%1360 = fpext float %1355 to double
	%1361 = fadd double %1352, %1360
	%1362 = select i1 %1359, double %1361, double %1352
	%1363 = add i32 %1354, 1
	%1364 = select i1 %1359, i32 %1363, i32 %1354
	%1365 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 25, i32 31)
	%1366 = fcmp olt double %1362, 0x3FECCCCCCCCCCCCD
	%1367 = add i32 %1094, 25
	%1368 = icmp slt i32 %1367, %324
	%1369 = and i1 %1366, %1368
	%1370 = fpext float %1365 to double
	%1371 = fadd double %1362, %1370
	%1372 = select i1 %1369, double %1371, double %1362
	%1373 = add i32 %1364, 1
	%1374 = select i1 %1369, i32 %1373, i32 %1364
	%1375 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 26, i32 31)
	%1376 = fcmp olt double %1372, 0x3FECCCCCCCCCCCCD
	%1377 = add i32 %1094, 26
	%1378 = icmp slt i32 %1377, %324
	%1379 = and i1 %1376, %1378
	%1380 = fpext float %1375 to double
	%1381 = fadd double %1372, %1380
	%1382 = select i1 %1379, double %1381, double %1372
	%1383 = add i32 %1374, 1
	%1384 = select i1 %1379, i32 %1383, i32 %1374
	%1385 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 27, i32 31)
	%1386 = fcmp olt double %1382, 0x3FECCCCCCCCCCCCD
	%1387 = add i32 %1094, 27
	%1388 = icmp slt i32 %1387, %324
	%1389 = and i1 %1386, %1388
	%1390 = fpext float %1385 to double
	%1391 = fadd double %1382, %1390
	%1392 = select i1 %1389, double %1391, double %1382
	%1393 = add i32 %1384, 1
	%1394 = select i1 %1389, i32 %1393, i32 %1384
	%1395 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 28, i32 31)
	%1396 = fcmp olt double %1392, 0x3FECCCCCCCCCCCCD
	%1397 = add i32 %1094, 28
	%1398 = icmp slt i32 %1397, %324
	%1399 = and i1 %1396, %1398
	%1400 = fpext float %1395 to double
	%1401 = fadd double %1392, %1400
	%1402 = select i1 %1399, double %1401, double %1392
	%1403 = add i32 %1394, 1
	%1404 = select i1 %1399, i32 %1403, i32 %1394
	%1405 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 29, i32 31)
	%1406 = fcmp olt double %1402, 0x3FECCCCCCCCCCCCD
	%1407 = add i32 %1094, 29
	%1408 = icmp slt i32 %1407, %324
	%1409 = and i1 %1406, %1408
	%1410 = fpext float %1405 to double
	%1411 = fadd double %1402, %1410
	%1412 = select i1 %1409, double %1411, double %1402
	%1413 = add i32 %1404, 1
	%1414 = select i1 %1409, i32 %1413, i32 %1404
	%1415 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 30, i32 31)
	%1416 = fcmp olt double %1412, 0x3FECCCCCCCCCCCCD
	%1417 = add i32 %1094, 30
	%1418 = icmp slt i32 %1417, %324
	%1419 = and i1 %1416, %1418
	%1420 = fpext float %1415 to double
	%1421 = fadd double %1412, %1420
	%1422 = select i1 %1419, double %1421, double %1412
	%1423 = add i32 %1414, 1
	%1424 = select i1 %1419, i32 %1423, i32 %1414
	%1425 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1114, i32 31, i32 31)
	%1426 = fcmp olt double %1422, 0x3FECCCCCCCCCCCCD
	%1427 = add i32 %1094, 31
	%1428 = icmp slt i32 %1427, %324
	%1429 = and i1 %1426, %1428
	%1430 = fpext float %1425 to double
	%1431 = fadd double %1422, %1430
	%1432 = select i1 %1429, double %1431, double %1422
	%1433 = add i32 %1424, 1
	%1434 = select i1 %1429, i32 %1433, i32 %1424
	%1435 = add i32 %1094, 32
	br label %1093

1436:
	%1437 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @pbs_select2_cnt, i32 0, i32 1
	store i32 %1096, i32 addrspace(3)* %1437
	%1438 = fcmp oge double %1095, 0x3FECCCCCCCCCCCCD
	%1439 = zext i1 %1438 to i32
	%1440 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @pbs_select2_cnt, i32 0, i32 2
	store i32 %1439, i32 addrspace(3)* %1440
	br label %1441

1441:
	br label %1082

1442:
	%1443 = phi i32 [ %329, %mass_done ], [ %1453, %1445 ]
	%1444 = icmp slt i32 %1443, %NK
	br i1 %1444, label %1445, label %1454

1445:
	%1446 = add i32 %13, %1443
	%1447 = sext i32 %1446 to i64
	%1448 = getelementptr i32, i32* %list, i64 %1447
	store i32 -1, i32* %1448
	%1449 = add i32 %13, %NK
	%1450 = add i32 %1449, %1443
	%1451 = sext i32 %1450 to i64
	%1452 = getelementptr i32, i32* %list, i64 %1451
	store i32 -1, i32* %1452
	%1453 = add i32 %1443, 256
	br label %1442

1454:
	ret void
}

declare float @llvm.nvvm.fmax.f(float %p0, float %p1)

declare float @llvm.nvvm.shfl.sync.bfly.f32(i32 %p0, float %p1, i32 %p2, i32 %p3)

declare float @llvm.nvvm.ex2.approx.ftz.f(float %p0)

declare i32 @llvm.nvvm.match.any.sync.i32(i32 %p0, i32 %p1)

declare i32 @llvm.ctpop.i32(i32 %p0)

declare i32 @llvm.nvvm.shfl.sync.up.i32(i32 %p0, i32 %p1, i32 %p2, i32 %p3)

declare i32 @llvm.ctlz.i32(i32 %p0, i1 %p1)

declare float @llvm.nvvm.shfl.sync.idx.f32(i32 %p0, float %p1, i32 %p2, i32 %p3)

define ptx_kernel void @pbs_pool_q1(i16* %x, float* %out, i32 %L, i32 %NT) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %1, 64
	%4 = add i32 %3, 64
	%5 = icmp slt i32 %4, %L
	%6 = add i32 %3, 64
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
	%29 = mul i32 %2, %NT
	%30 = add i32 %29, %1
	%31 = mul i32 %30, 64
	%32 = add i32 %31, %0
	%33 = sext i32 %32 to i64
	%34 = getelementptr float, float* %out, i64 %33
	store float %28, float* %34
	ret void
}

define ptx_kernel void @pbs_pool_k1(i16* %x, float* %out, i32 %L, i32 %NT, i32* %perm, i32 %group) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %1, 64
	%4 = add i32 %3, 64
	%5 = icmp slt i32 %4, %L
	%6 = select i1 %5, i32 %4, i32 %L
	%7 = sdiv i32 %2, %group
	%8 = mul i32 %7, %L
	%9 = mul i32 %8, 64
	%10 = add i32 %9, %0
	%11 = sext i32 %10 to i64
	%12 = getelementptr i16, i16* %x, i64 %11
	%13 = mul i32 %2, %L
	br label %14

14:
	%15 = phi i32 [ %3, %entry ], [ %29, %18 ]
	%16 = phi float [ 0.0, %entry ], [ %28, %18 ]
	%17 = icmp slt i32 %15, %6
	br i1 %17, label %18, label %30

18:
	%19 = add i32 %13, %15
	%20 = sext i32 %19 to i64
	%21 = getelementptr i32, i32* %perm, i64 %20
	%22 = load i32, i32* %21
	%23 = mul i32 %22, 64
	%24 = sext i32 %23 to i64
	%25 = getelementptr i16, i16* %12, i64 %24
	%26 = load i16, i16* %25
	%27 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %26)
	%28 = fadd float %16, %27
	%29 = add i32 %15, 1
	br label %14

30:
	%31 = sub i32 %6, %3
	%32 = sitofp i32 %31 to float
	%33 = fdiv float %16, %32
	%34 = mul i32 %2, %NT
	%35 = add i32 %34, %1
	%36 = mul i32 %35, 64
	%37 = add i32 %36, %0
	%38 = sext i32 %37 to i64
	%39 = getelementptr float, float* %out, i64 %38
	store float %33, float* %39
	ret void
}

define ptx_kernel void @pbs_scores1(float* %qm, float* %km, float* %e, i8* %cls, i32 %ch, i32 %NQ, i32 %NK, i32 %group) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.z()
	%4 = and i32 %0, 15
	%5 = lshr i32 %0, 4
	%6 = mul i32 %2, 64
	%7 = mul i32 %1, 64
	%8 = mul i32 %5, 4
	%9 = add i32 %6, %8
	%10 = mul i32 %4, 4
	%11 = add i32 %7, %10
	%12 = sdiv i32 %3, %group
	%13 = mul i32 %3, %ch
	%14 = mul i32 %13, %NQ
	%15 = add i32 %9, 0
	%16 = add i32 %11, 0
	%17 = icmp slt i32 %15, %NQ
	%18 = icmp slt i32 %16, %NK
	%19 = and i1 %17, %18
	%20 = add i32 %14, %15
	%21 = mul i32 %20, %NK
	%22 = add i32 %21, %16
	%23 = select i1 %19, i32 %22, i32 0
	%24 = sext i32 %23 to i64
	%25 = getelementptr i8, i8* %cls, i64 %24
	%26 = load i8, i8* %25
	%27 = icmp ne i8 %26, 0
	%28 = and i1 %19, %27
	%29 = or i1 false, %28
	%30 = add i32 %11, 1
	%31 = icmp slt i32 %15, %NQ
	%32 = icmp slt i32 %30, %NK
	%33 = and i1 %31, %32
	%34 = add i32 %14, %15
	%35 = mul i32 %34, %NK
	%36 = add i32 %35, %30
	%37 = select i1 %33, i32 %36, i32 0
	%38 = sext i32 %37 to i64
	%39 = getelementptr i8, i8* %cls, i64 %38
	%40 = load i8, i8* %39
	%41 = icmp ne i8 %40, 0
	%42 = and i1 %33, %41
	%43 = or i1 %29, %42
	%44 = add i32 %11, 2
	%45 = icmp slt i32 %15, %NQ
	%46 = icmp slt i32 %44, %NK
	%47 = and i1 %45, %46
	%48 = add i32 %14, %15
	%49 = mul i32 %48, %NK
	%50 = add i32 %49, %44
	%51 = select i1 %47, i32 %50, i32 0
	%52 = sext i32 %51 to i64
	%53 = getelementptr i8, i8* %cls, i64 %52
	%54 = load i8, i8* %53
	%55 = icmp ne i8 %54, 0
	%56 = and i1 %47, %55
	%57 = or i1 %43, %56
	%58 = add i32 %11, 3
	%59 = icmp slt i32 %15, %NQ
	%60 = icmp slt i32 %58, %NK
	%61 = and i1 %59, %60
	%62 = add i32 %14, %15
	%63 = mul i32 %62, %NK
	%64 = add i32 %63, %58
	%65 = select i1 %61, i32 %64, i32 0
	%66 = sext i32 %65 to i64
	%67 = getelementptr i8, i8* %cls, i64 %66
	%68 = load i8, i8* %67
	%69 = icmp ne i8 %68, 0
	%70 = and i1 %61, %69
	%71 = or i1 %57, %70
	%72 = add i32 %9, 1
	%73 = add i32 %11, 0
	%74 = icmp slt i32 %72, %NQ
	%75 = icmp slt i32 %73, %NK
	%76 = and i1 %74, %75
	%77 = add i32 %14, %72
	%78 = mul i32 %77, %NK
	%79 = add i32 %78, %73
	%80 = select i1 %76, i32 %79, i32 0
	%81 = sext i32 %80 to i64
	%82 = getelementptr i8, i8* %cls, i64 %81
	%83 = load i8, i8* %82
	%84 = icmp ne i8 %83, 0
	%85 = and i1 %76, %84
	%86 = or i1 %71, %85
	%87 = add i32 %11, 1
	%88 = icmp slt i32 %72, %NQ
	%89 = icmp slt i32 %87, %NK
	%90 = and i1 %88, %89
	%91 = add i32 %14, %72
	%92 = mul i32 %91, %NK
	%93 = add i32 %92, %87
	%94 = select i1 %90, i32 %93, i32 0
	%95 = sext i32 %94 to i64
	%96 = getelementptr i8, i8* %cls, i64 %95
	%97 = load i8, i8* %96
	%98 = icmp ne i8 %97, 0
	%99 = and i1 %90, %98
	%100 = or i1 %86, %99
	%101 = add i32 %11, 2
	%102 = icmp slt i32 %72, %NQ
	%103 = icmp slt i32 %101, %NK
	%104 = and i1 %102, %103
	%105 = add i32 %14, %72
	%106 = mul i32 %105, %NK
	%107 = add i32 %106, %101
	%108 = select i1 %104, i32 %107, i32 0
	%109 = sext i32 %108 to i64
	%110 = getelementptr i8, i8* %cls, i64 %109
	%111 = load i8, i8* %110
	%112 = icmp ne i8 %111, 0
	%113 = and i1 %104, %112
	%114 = or i1 %100, %113
	%115 = add i32 %11, 3
	%116 = icmp slt i32 %72, %NQ
	%117 = icmp slt i32 %115, %NK
	%118 = and i1 %116, %117
	%119 = add i32 %14, %72
	%120 = mul i32 %119, %NK
	%121 = add i32 %120, %115
	%122 = select i1 %118, i32 %121, i32 0
	%123 = sext i32 %122 to i64
	%124 = getelementptr i8, i8* %cls, i64 %123
	%125 = load i8, i8* %124
	%126 = icmp ne i8 %125, 0
	%127 = and i1 %118, %126
	%128 = or i1 %114, %127
	%129 = add i32 %9, 2
	%130 = add i32 %11, 0
	%131 = icmp slt i32 %129, %NQ
	%132 = icmp slt i32 %130, %NK
	%133 = and i1 %131, %132
	%134 = add i32 %14, %129
	%135 = mul i32 %134, %NK
	%136 = add i32 %135, %130
	%137 = select i1 %133, i32 %136, i32 0
	%138 = sext i32 %137 to i64
	%139 = getelementptr i8, i8* %cls, i64 %138
	%140 = load i8, i8* %139
	%141 = icmp ne i8 %140, 0
	%142 = and i1 %133, %141
	%143 = or i1 %128, %142
	%144 = add i32 %11, 1
	%145 = icmp slt i32 %129, %NQ
	%146 = icmp slt i32 %144, %NK
	%147 = and i1 %145, %146
	%148 = add i32 %14, %129
	%149 = mul i32 %148, %NK
	%150 = add i32 %149, %144
	%151 = select i1 %147, i32 %150, i32 0
	%152 = sext i32 %151 to i64
	%153 = getelementptr i8, i8* %cls, i64 %152
	%154 = load i8, i8* %153
	%155 = icmp ne i8 %154, 0
	%156 = and i1 %147, %155
	%157 = or i1 %143, %156
	%158 = add i32 %11, 2
	%159 = icmp slt i32 %129, %NQ
	%160 = icmp slt i32 %158, %NK
	%161 = and i1 %159, %160
	%162 = add i32 %14, %129
	%163 = mul i32 %162, %NK
	%164 = add i32 %163, %158
	%165 = select i1 %161, i32 %164, i32 0
	%166 = sext i32 %165 to i64
	%167 = getelementptr i8, i8* %cls, i64 %166
	%168 = load i8, i8* %167
	%169 = icmp ne i8 %168, 0
	%170 = and i1 %161, %169
	%171 = or i1 %157, %170
	%172 = add i32 %11, 3
	%173 = icmp slt i32 %129, %NQ
	%174 = icmp slt i32 %172, %NK
	%175 = and i1 %173, %174
	%176 = add i32 %14, %129
	%177 = mul i32 %176, %NK
	%178 = add i32 %177, %172
	%179 = select i1 %175, i32 %178, i32 0
	%180 = sext i32 %179 to i64
	%181 = getelementptr i8, i8* %cls, i64 %180
	%182 = load i8, i8* %181
	%183 = icmp ne i8 %182, 0
	%184 = and i1 %175, %183
	%185 = or i1 %171, %184
	%186 = add i32 %9, 3
	%187 = add i32 %11, 0
	%188 = icmp slt i32 %186, %NQ
	%189 = icmp slt i32 %187, %NK
	%190 = and i1 %188, %189
	%191 = add i32 %14, %186
	%192 = mul i32 %191, %NK
	%193 = add i32 %192, %187
	%194 = select i1 %190, i32 %193, i32 0
	%195 = sext i32 %194 to i64
	%196 = getelementptr i8, i8* %cls, i64 %195
	%197 = load i8, i8* %196
	%198 = icmp ne i8 %197, 0
	%199 = and i1 %190, %198
	%200 = or i1 %185, %199
	%201 = add i32 %11, 1
	%202 = icmp slt i32 %186, %NQ
	%203 = icmp slt i32 %201, %NK
	%204 = and i1 %202, %203
	%205 = add i32 %14, %186
	%206 = mul i32 %205, %NK
	%207 = add i32 %206, %201
	%208 = select i1 %204, i32 %207, i32 0
	%209 = sext i32 %208 to i64
	%210 = getelementptr i8, i8* %cls, i64 %209
	%211 = load i8, i8* %210
	%212 = icmp ne i8 %211, 0
	%213 = and i1 %204, %212
	%214 = or i1 %200, %213
	%215 = add i32 %11, 2
	%216 = icmp slt i32 %186, %NQ
	%217 = icmp slt i32 %215, %NK
	%218 = and i1 %216, %217
	%219 = add i32 %14, %186
	%220 = mul i32 %219, %NK
	%221 = add i32 %220, %215
	%222 = select i1 %218, i32 %221, i32 0
	%223 = sext i32 %222 to i64
	%224 = getelementptr i8, i8* %cls, i64 %223
	%225 = load i8, i8* %224
	%226 = icmp ne i8 %225, 0
	%227 = and i1 %218, %226
	%228 = or i1 %214, %227
	%229 = add i32 %11, 3
	%230 = icmp slt i32 %186, %NQ
	%231 = icmp slt i32 %229, %NK
	%232 = and i1 %230, %231
	%233 = add i32 %14, %186
	%234 = mul i32 %233, %NK
	%235 = add i32 %234, %229
	%236 = select i1 %232, i32 %235, i32 0
	%237 = sext i32 %236 to i64
	%238 = getelementptr i8, i8* %cls, i64 %237
	%239 = load i8, i8* %238
	%240 = icmp ne i8 %239, 0
	%241 = and i1 %232, %240
	%242 = or i1 %228, %241
	%243 = zext i1 %242 to i32
	%244 = call i32 @llvm.nvvm.barrier0.or(i32 %243)
	%245 = icmp ne i32 %244, 0
	br i1 %245, label %work, label %skip

work:
	br label %246

skip:
	ret void

246:
	%247 = phi i32 [ 0, %work ], [ %459, %458 ]
	%248 = phi float [ 0.0, %work ], [ %403, %458 ]
	%249 = phi float [ 0.0, %work ], [ %404, %458 ]
	%250 = phi float [ 0.0, %work ], [ %405, %458 ]
	%251 = phi float [ 0.0, %work ], [ %406, %458 ]
	%252 = phi float [ 0.0, %work ], [ %407, %458 ]
	%253 = phi float [ 0.0, %work ], [ %408, %458 ]
	%254 = phi float [ 0.0, %work ], [ %409, %458 ]
	%255 = phi float [ 0.0, %work ], [ %410, %458 ]
	%256 = phi float [ 0.0, %work ], [ %411, %458 ]
	%257 = phi float [ 0.0, %work ], [ %412, %458 ]
	%258 = phi float [ 0.0, %work ], [ %413, %458 ]
	%259 = phi float [ 0.0, %work ], [ %414, %458 ]
	%260 = phi float [ 0.0, %work ], [ %415, %458 ]
	%261 = phi float [ 0.0, %work ], [ %416, %458 ]
	%262 = phi float [ 0.0, %work ], [ %417, %458 ]
	%263 = phi float [ 0.0, %work ], [ %418, %458 ]
	%264 = icmp slt i32 %247, 64
	br i1 %264, label %265, label %394

265:
	%266 = add i32 %0, 0
	%267 = lshr i32 %266, 4
	%268 = and i32 %266, 15
	%269 = add i32 %268, %247
	%270 = add i32 %6, %267
	%271 = add i32 %7, %267
	%272 = icmp slt i32 %270, %NQ
	%273 = select i1 %272, i32 %270, i32 0
	%274 = mul i32 %3, %NQ
	%275 = add i32 %274, %273
	%276 = mul i32 %275, 64
	%277 = add i32 %276, %269
	%278 = sext i32 %277 to i64
	%279 = getelementptr float, float* %qm, i64 %278
	%280 = load float, float* %279
	%281 = select i1 %272, float %280, float 0.0
	%282 = mul i32 %268, 68
	%283 = add i32 %282, %267
	%284 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @pbs_scores1_a, i32 0, i32 %283
	store float %281, float addrspace(3)* %284
	%285 = icmp slt i32 %271, %NK
	%286 = select i1 %285, i32 %271, i32 0
	%287 = mul i32 %12, %NK
	%288 = add i32 %287, %286
	%289 = mul i32 %288, 64
	%290 = add i32 %289, %269
	%291 = sext i32 %290 to i64
	%292 = getelementptr float, float* %km, i64 %291
	%293 = load float, float* %292
	%294 = select i1 %285, float %293, float 0.0
	%295 = mul i32 %268, 68
	%296 = add i32 %295, %267
	%297 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @pbs_scores1_b, i32 0, i32 %296
	store float %294, float addrspace(3)* %297
	%298 = add i32 %0, 256
	%299 = lshr i32 %298, 4
	%300 = and i32 %298, 15
	%301 = add i32 %300, %247
	%302 = add i32 %6, %299
	%303 = add i32 %7, %299
	%304 = icmp slt i32 %302, %NQ
	%305 = select i1 %304, i32 %302, i32 0
	%306 = mul i32 %3, %NQ
	%307 = add i32 %306, %305
	%308 = mul i32 %307, 64
	%309 = add i32 %308, %301
	%310 = sext i32 %309 to i64
	%311 = getelementptr float, float* %qm, i64 %310
	%312 = load float, float* %311
	%313 = select i1 %304, float %312, float 0.0
	%314 = mul i32 %300, 68
	%315 = add i32 %314, %299
	%316 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @pbs_scores1_a, i32 0, i32 %315
	store float %313, float addrspace(3)* %316
	%317 = icmp slt i32 %303, %NK
	%318 = select i1 %317, i32 %303, i32 0
	%319 = mul i32 %12, %NK
	%320 = add i32 %319, %318
	%321 = mul i32 %320, 64
	%322 = add i32 %321, %301
	%323 = sext i32 %322 to i64
	%324 = getelementptr float, float* %km, i64 %323
	%325 = load float, float* %324
	%326 = select i1 %317, float %325, float 0.0
	%327 = mul i32 %300, 68
	%328 = add i32 %327, %299
	%329 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @pbs_scores1_b, i32 0, i32 %328
	store float %326, float addrspace(3)* %329
	%330 = add i32 %0, 512
	%331 = lshr i32 %330, 4
	%332 = and i32 %330, 15
	%333 = add i32 %332, %247
	%334 = add i32 %6, %331
	%335 = add i32 %7, %331
	%336 = icmp slt i32 %334, %NQ
	%337 = select i1 %336, i32 %334, i32 0
	%338 = mul i32 %3, %NQ
	%339 = add i32 %338, %337
	%340 = mul i32 %339, 64
	%341 = add i32 %340, %333
	%342 = sext i32 %341 to i64
	%343 = getelementptr float, float* %qm, i64 %342
	%344 = load float, float* %343
	%345 = select i1 %336, float %344, float 0.0
	%346 = mul i32 %332, 68
	%347 = add i32 %346, %331
	%348 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @pbs_scores1_a, i32 0, i32 %347
	store float %345, float addrspace(3)* %348
	%349 = icmp slt i32 %335, %NK
	%350 = select i1 %349, i32 %335, i32 0
	%351 = mul i32 %12, %NK
	%352 = add i32 %351, %350
	%353 = mul i32 %352, 64
	%354 = add i32 %353, %333
	%355 = sext i32 %354 to i64
	%356 = getelementptr float, float* %km, i64 %355
	%357 = load float, float* %356
	%358 = select i1 %349, float %357, float 0.0
	%359 = mul i32 %332, 68
	%360 = add i32 %359, %331
	%361 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @pbs_scores1_b, i32 0, i32 %360
	store float %358, float addrspace(3)* %361
	%362 = add i32 %0, 768
	%363 = lshr i32 %362, 4
	%364 = and i32 %362, 15
	%365 = add i32 %364, %247
	%366 = add i32 %6, %363
	%367 = add i32 %7, %363
	%368 = icmp slt i32 %366, %NQ
	%369 = select i1 %368, i32 %366, i32 0
	%370 = mul i32 %3, %NQ
	%371 = add i32 %370, %369
	%372 = mul i32 %371, 64
	%373 = add i32 %372, %365
	%374 = sext i32 %373 to i64
	%375 = getelementptr float, float* %qm, i64 %374
	%376 = load float, float* %375
	%377 = select i1 %368, float %376, float 0.0
	%378 = mul i32 %364, 68
	%379 = add i32 %378, %363
	%380 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @pbs_scores1_a, i32 0, i32 %379
	store float %377, float addrspace(3)* %380
	%381 = icmp slt i32 %367, %NK
	%382 = select i1 %381, i32 %367, i32 0
	%383 = mul i32 %12, %NK
	%384 = add i32 %383, %382
	%385 = mul i32 %384, 64
	%386 = add i32 %385, %365
	%387 = sext i32 %386 to i64
	%388 = getelementptr float, float* %km, i64 %387
	%389 = load float, float* %388
	%390 = select i1 %381, float %389, float 0.0
	%391 = mul i32 %364, 68
	%392 = add i32 %391, %363
	%393 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @pbs_scores1_b, i32 0, i32 %392
	store float %390, float addrspace(3)* %393
	call void @llvm.nvvm.barrier0()
	br label %401

394:
	%395 = add i32 %9, 0
	%396 = add i32 %11, 0
	%397 = icmp slt i32 %395, %NQ
	%398 = icmp slt i32 %396, %NK
	%399 = and i1 %397, %398
	%400 = fmul float %248, 0x3FC7154760000000
	br i1 %399, label %460, label %467

401:
	%402 = phi i32 [ 0, %265 ], [ %457, %420 ]
	%403 = phi float [ %248, %265 ], [ %441, %420 ]
	%404 = phi float [ %249, %265 ], [ %442, %420 ]
	%405 = phi float [ %250, %265 ], [ %443, %420 ]
	%406 = phi float [ %251, %265 ], [ %444, %420 ]
	%407 = phi float [ %252, %265 ], [ %445, %420 ]
	%408 = phi float [ %253, %265 ], [ %446, %420 ]
	%409 = phi float [ %254, %265 ], [ %447, %420 ]
	%410 = phi float [ %255, %265 ], [ %448, %420 ]
	%411 = phi float [ %256, %265 ], [ %449, %420 ]
	%412 = phi float [ %257, %265 ], [ %450, %420 ]
	%413 = phi float [ %258, %265 ], [ %451, %420 ]
	%414 = phi float [ %259, %265 ], [ %452, %420 ]
	%415 = phi float [ %260, %265 ], [ %453, %420 ]
	%416 = phi float [ %261, %265 ], [ %454, %420 ]
	%417 = phi float [ %262, %265 ], [ %455, %420 ]
	%418 = phi float [ %263, %265 ], [ %456, %420 ]
	%419 = icmp slt i32 %402, 16
	br i1 %419, label %420, label %458

420:
	%421 = mul i32 %5, 4
	%422 = mul i32 %402, 68
	%423 = add i32 %422, %421
	%424 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @pbs_scores1_a, i32 0, i32 %423
	%425 = bitcast float addrspace(3)* %424 to <4 x float> addrspace(3)*
	%426 = load <4 x float>, <4 x float> addrspace(3)* %425, align 16
	%427 = extractelement <4 x float> %426, i32 0
	%428 = extractelement <4 x float> %426, i32 1
	%429 = extractelement <4 x float> %426, i32 2
	%430 = extractelement <4 x float> %426, i32 3
	%431 = mul i32 %4, 4
	%432 = mul i32 %402, 68
	%433 = add i32 %432, %431
	%434 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @pbs_scores1_b, i32 0, i32 %433
	%435 = bitcast float addrspace(3)* %434 to <4 x float> addrspace(3)*
	%436 = load <4 x float>, <4 x float> addrspace(3)* %435, align 16
	%437 = extractelement <4 x float> %436, i32 0
	%438 = extractelement <4 x float> %436, i32 1
	%439 = extractelement <4 x float> %436, i32 2
	%440 = extractelement <4 x float> %436, i32 3
	%441 = call float @llvm.fma.f32(float %427, float %437, float %403)
	%442 = call float @llvm.fma.f32(float %427, float %438, float %404)
	%443 = call float @llvm.fma.f32(float %427, float %439, float %405)
	%444 = call float @llvm.fma.f32(float %427, float %440, float %406)
	%445 = call float @llvm.fma.f32(float %428, float %437, float %407)
	%446 = call float @llvm.fma.f32(float %428, float %438, float %408)
	%447 = call float @llvm.fma.f32(float %428, float %439, float %409)
	%448 = call float @llvm.fma.f32(float %428, float %440, float %410)
	%449 = call float @llvm.fma.f32(float %429, float %437, float %411)
	%450 = call float @llvm.fma.f32(float %429, float %438, float %412)
	%451 = call float @llvm.fma.f32(float %429, float %439, float %413)
	%452 = call float @llvm.fma.f32(float %429, float %440, float %414)
	%453 = call float @llvm.fma.f32(float %430, float %437, float %415)
	%454 = call float @llvm.fma.f32(float %430, float %438, float %416)
	%455 = call float @llvm.fma.f32(float %430, float %439, float %417)
	%456 = call float @llvm.fma.f32(float %430, float %440, float %418)
	%457 = add i32 %402, 1
	br label %401

458:
	call void @llvm.nvvm.barrier0()
	%459 = add i32 %247, 16
	br label %246

460:
	%461 = mul i32 %3, %NQ
	%462 = add i32 %461, %395
	%463 = mul i32 %462, %NK
	%464 = add i32 %463, %396
	%465 = sext i32 %464 to i64
	%466 = getelementptr float, float* %e, i64 %465
	store float %400, float* %466
	br label %467

467:
	%468 = add i32 %11, 1
	%469 = icmp slt i32 %395, %NQ
	%470 = icmp slt i32 %468, %NK
	%471 = and i1 %469, %470
	%472 = fmul float %249, 0x3FC7154760000000
	br i1 %471, label %473, label %480

473:
	%474 = mul i32 %3, %NQ
	%475 = add i32 %474, %395
	%476 = mul i32 %475, %NK
	%477 = add i32 %476, %468
	%478 = sext i32 %477 to i64
	%479 = getelementptr float, float* %e, i64 %478
	store float %472, float* %479
	br label %480

480:
	%481 = add i32 %11, 2
	%482 = icmp slt i32 %395, %NQ
	%483 = icmp slt i32 %481, %NK
	%484 = and i1 %482, %483
	%485 = fmul float %250, 0x3FC7154760000000
	br i1 %484, label %486, label %493

486:
	%487 = mul i32 %3, %NQ
	%488 = add i32 %487, %395
	%489 = mul i32 %488, %NK
	%490 = add i32 %489, %481
	%491 = sext i32 %490 to i64
	%492 = getelementptr float, float* %e, i64 %491
	store float %485, float* %492
	br label %493

493:
	%494 = add i32 %11, 3
	%495 = icmp slt i32 %395, %NQ
	%496 = icmp slt i32 %494, %NK
	%497 = and i1 %495, %496
	%498 = fmul float %251, 0x3FC7154760000000
	br i1 %497, label %499, label %506

499:
	%500 = mul i32 %3, %NQ
	%501 = add i32 %500, %395
	%502 = mul i32 %501, %NK
	%503 = add i32 %502, %494
	%504 = sext i32 %503 to i64
	%505 = getelementptr float, float* %e, i64 %504
	store float %498, float* %505
	br label %506

506:
	%507 = add i32 %9, 1
	%508 = add i32 %11, 0
	%509 = icmp slt i32 %507, %NQ
	%510 = icmp slt i32 %508, %NK
	%511 = and i1 %509, %510
	%512 = fmul float %252, 0x3FC7154760000000
	br i1 %511, label %513, label %520

513:
	%514 = mul i32 %3, %NQ
	%515 = add i32 %514, %507
	%516 = mul i32 %515, %NK
	%517 = add i32 %516, %508
	%518 = sext i32 %517 to i64
	%519 = getelementptr float, float* %e, i64 %518
	store float %512, float* %519
	br label %520

520:
	%521 = add i32 %11, 1
	%522 = icmp slt i32 %507, %NQ
	%523 = icmp slt i32 %521, %NK
	%524 = and i1 %522, %523
	%525 = fmul float %253, 0x3FC7154760000000
	br i1 %524, label %526, label %533

526:
	%527 = mul i32 %3, %NQ
	%528 = add i32 %527, %507
	%529 = mul i32 %528, %NK
	%530 = add i32 %529, %521
	%531 = sext i32 %530 to i64
	%532 = getelementptr float, float* %e, i64 %531
	store float %525, float* %532
	br label %533

533:
	%534 = add i32 %11, 2
	%535 = icmp slt i32 %507, %NQ
	%536 = icmp slt i32 %534, %NK
	%537 = and i1 %535, %536
	%538 = fmul float %254, 0x3FC7154760000000
	br i1 %537, label %539, label %546

539:
	%540 = mul i32 %3, %NQ
	%541 = add i32 %540, %507
	%542 = mul i32 %541, %NK
	%543 = add i32 %542, %534
	%544 = sext i32 %543 to i64
	%545 = getelementptr float, float* %e, i64 %544
	store float %538, float* %545
	br label %546

546:
	%547 = add i32 %11, 3
	%548 = icmp slt i32 %507, %NQ
	%549 = icmp slt i32 %547, %NK
	%550 = and i1 %548, %549
	%551 = fmul float %255, 0x3FC7154760000000
	br i1 %550, label %552, label %559

552:
	%553 = mul i32 %3, %NQ
	%554 = add i32 %553, %507
	%555 = mul i32 %554, %NK
	%556 = add i32 %555, %547
	%557 = sext i32 %556 to i64
	%558 = getelementptr float, float* %e, i64 %557
	store float %551, float* %558
	br label %559

559:
	%560 = add i32 %9, 2
	%561 = add i32 %11, 0
	%562 = icmp slt i32 %560, %NQ
	%563 = icmp slt i32 %561, %NK
	%564 = and i1 %562, %563
	%565 = fmul float %256, 0x3FC7154760000000
	br i1 %564, label %566, label %573

566:
	%567 = mul i32 %3, %NQ
	%568 = add i32 %567, %560
	%569 = mul i32 %568, %NK
	%570 = add i32 %569, %561
	%571 = sext i32 %570 to i64
	%572 = getelementptr float, float* %e, i64 %571
	store float %565, float* %572
	br label %573

573:
	%574 = add i32 %11, 1
	%575 = icmp slt i32 %560, %NQ
	%576 = icmp slt i32 %574, %NK
	%577 = and i1 %575, %576
	%578 = fmul float %257, 0x3FC7154760000000
	br i1 %577, label %579, label %586

579:
	%580 = mul i32 %3, %NQ
	%581 = add i32 %580, %560
	%582 = mul i32 %581, %NK
	%583 = add i32 %582, %574
	%584 = sext i32 %583 to i64
	%585 = getelementptr float, float* %e, i64 %584
	store float %578, float* %585
	br label %586

586:
	%587 = add i32 %11, 2
	%588 = icmp slt i32 %560, %NQ
	%589 = icmp slt i32 %587, %NK
	%590 = and i1 %588, %589
	%591 = fmul float %258, 0x3FC7154760000000
	br i1 %590, label %592, label %599

592:
	%593 = mul i32 %3, %NQ
	%594 = add i32 %593, %560
	%595 = mul i32 %594, %NK
	%596 = add i32 %595, %587
	%597 = sext i32 %596 to i64
	%598 = getelementptr float, float* %e, i64 %597
	store float %591, float* %598
	br label %599

599:
	%600 = add i32 %11, 3
	%601 = icmp slt i32 %560, %NQ
	%602 = icmp slt i32 %600, %NK
	%603 = and i1 %601, %602
	%604 = fmul float %259, 0x3FC7154760000000
	br i1 %603, label %605, label %612

605:
	%606 = mul i32 %3, %NQ
	%607 = add i32 %606, %560
	%608 = mul i32 %607, %NK
	%609 = add i32 %608, %600
	%610 = sext i32 %609 to i64
	%611 = getelementptr float, float* %e, i64 %610
	store float %604, float* %611
	br label %612

612:
	%613 = add i32 %9, 3
	%614 = add i32 %11, 0
	%615 = icmp slt i32 %613, %NQ
	%616 = icmp slt i32 %614, %NK
	%617 = and i1 %615, %616
	%618 = fmul float %260, 0x3FC7154760000000
	br i1 %617, label %619, label %626

619:
	%620 = mul i32 %3, %NQ
	%621 = add i32 %620, %613
	%622 = mul i32 %621, %NK
	%623 = add i32 %622, %614
	%624 = sext i32 %623 to i64
	%625 = getelementptr float, float* %e, i64 %624
	store float %618, float* %625
	br label %626

626:
	%627 = add i32 %11, 1
	%628 = icmp slt i32 %613, %NQ
	%629 = icmp slt i32 %627, %NK
	%630 = and i1 %628, %629
	%631 = fmul float %261, 0x3FC7154760000000
	br i1 %630, label %632, label %639

632:
	%633 = mul i32 %3, %NQ
	%634 = add i32 %633, %613
	%635 = mul i32 %634, %NK
	%636 = add i32 %635, %627
	%637 = sext i32 %636 to i64
	%638 = getelementptr float, float* %e, i64 %637
	store float %631, float* %638
	br label %639

639:
	%640 = add i32 %11, 2
	%641 = icmp slt i32 %613, %NQ
	%642 = icmp slt i32 %640, %NK
	%643 = and i1 %641, %642
	%644 = fmul float %262, 0x3FC7154760000000
	br i1 %643, label %645, label %652

645:
	%646 = mul i32 %3, %NQ
	%647 = add i32 %646, %613
	%648 = mul i32 %647, %NK
	%649 = add i32 %648, %640
	%650 = sext i32 %649 to i64
	%651 = getelementptr float, float* %e, i64 %650
	store float %644, float* %651
	br label %652

652:
	%653 = add i32 %11, 3
	%654 = icmp slt i32 %613, %NQ
	%655 = icmp slt i32 %653, %NK
	%656 = and i1 %654, %655
	%657 = fmul float %263, 0x3FC7154760000000
	br i1 %656, label %658, label %665

658:
	%659 = mul i32 %3, %NQ
	%660 = add i32 %659, %613
	%661 = mul i32 %660, %NK
	%662 = add i32 %661, %653
	%663 = sext i32 %662 to i64
	%664 = getelementptr float, float* %e, i64 %663
	store float %657, float* %664
	br label %665

665:
	ret void
}

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.z()

declare i32 @llvm.nvvm.barrier0.or(i32 %p0)

define ptx_kernel void @pbs_attn3(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch, i32* %perm, i32 %NS, i32 %segment) {
entry:
	%0 = ptrtoint [24576 x i8] addrspace(3)* @pbs_attn3_smem to i32
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
	%14 = sub i32 %NQ, 1
	%15 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%16 = sub i32 %14, %15
	%17 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%18 = sdiv i32 %17, %group
	%19 = mul i32 %16, 64
	%20 = mul i32 %17, %M
	%21 = mul i32 %20, 64
	%22 = sext i32 %21 to i64
	%23 = getelementptr i16, i16* %q, i64 %22
	%24 = mul i32 %18, %N
	%25 = mul i32 %24, 64
	%26 = sext i32 %25 to i64
	%27 = getelementptr i16, i16* %k, i64 %26
	%28 = mul i32 %18, %N
	%29 = mul i32 %28, 64
	%30 = sext i32 %29 to i64
	%31 = getelementptr i16, i16* %v, i64 %30
	%32 = udiv i32 %17, %lh
	%33 = mul i32 %32, %NQ
	%34 = add i32 %33, %16
	%35 = mul i32 %34, 2
	%36 = mul i32 %35, %NK
	%37 = mul i32 %17, %ch
	%38 = mul i32 %37, %NQ
	%39 = add i32 %38, %16
	%40 = mul i32 %39, %NK
	%41 = sdiv i32 %19, %segment
	%42 = mul i32 %17, %NS
	%43 = add i32 %42, %41
	%44 = mul i32 %43, %N
	%45 = sext i32 %44 to i64
	%46 = getelementptr i32, i32* %perm, i64 %45
	%47 = add i32 %36, 0
	%48 = sext i32 %47 to i64
	%49 = getelementptr i32, i32* %list, i64 %48
	%50 = load i32, i32* %49
	%51 = icmp sgt i32 %NK, 0
	%52 = icmp sge i32 %50, 0
	%53 = and i1 %51, %52
	%54 = lshr i32 %9, 3
	%55 = and i32 %9, 7
	%56 = lshr i32 %55, 3
	%57 = mul i32 %56, u0x2000
	%58 = and i32 %55, 7
	%59 = and i32 %54, 7
	%60 = xor i32 %58, %59
	%61 = mul i32 %54, 128
	%62 = shl i32 %60, 4
	%63 = add i32 %61, %62
	%64 = add i32 %57, %63
	%65 = add i32 %2, %64
	%66 = add i32 %19, %54
	%67 = mul i32 %66, 64
	%68 = mul i32 %55, 8
	%69 = add i32 %67, %68
	%70 = sext i32 %69 to i64
	%71 = getelementptr i16, i16* %23, i64 %70
	%72 = add i32 %66, 0
	%73 = icmp slt i32 %72, %M
	%74 = getelementptr i16, i16* %71, i64 0
	%75 = select i1 %73, i16* %74, i16* %23
	%76 = add i32 %65, 0
	%77 = select i1 %73, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %76, i16* %75, i32 %77)
	%78 = add i32 %66, 16
	%79 = icmp slt i32 %78, %M
	%80 = getelementptr i16, i16* %71, i64 1024
	%81 = select i1 %79, i16* %80, i16* %23
	%82 = add i32 %65, 2048
	%83 = select i1 %79, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %82, i16* %81, i32 %83)
	%84 = add i32 %66, 32
	%85 = icmp slt i32 %84, %M
	%86 = getelementptr i16, i16* %71, i64 2048
	%87 = select i1 %85, i16* %86, i16* %23
	%88 = add i32 %65, u0x1000
	%89 = select i1 %85, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %88, i16* %87, i32 %89)
	%90 = add i32 %66, 48
	%91 = icmp slt i32 %90, %M
	%92 = getelementptr i16, i16* %71, i64 3072
	%93 = select i1 %91, i16* %92, i16* %23
	%94 = add i32 %65, 6144
	%95 = select i1 %91, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %94, i16* %93, i32 %95)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %53, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%96 = and i32 %11, 7
	%97 = lshr i32 %11, 3
	%98 = and i32 %97, 1
	%99 = shl i32 %98, 3
	%100 = add i32 %96, %99
	%101 = lshr i32 %11, 4
	%102 = mul i32 %10, 16
	%103 = add i32 %100, 0
	%104 = add i32 %102, %103
	%105 = mul i32 %104, 128
	%106 = add i32 %2, %105
	%107 = and i32 %11, 7
	%108 = xor i32 %101, %107
	%109 = shl i32 %108, 4
	%110 = add i32 %106, %109
	%111 = mul i32 %50, 64
	%112 = lshr i32 %9, 3
	%113 = and i32 %9, 7
	%114 = lshr i32 %113, 3
	%115 = mul i32 %114, u0x2000
	%116 = and i32 %113, 7
	%117 = and i32 %112, 7
	%118 = xor i32 %116, %117
	%119 = mul i32 %112, 128
	%120 = shl i32 %118, 4
	%121 = add i32 %119, %120
	%122 = add i32 %115, %121
	%123 = add i32 %0, %122
	%124 = add i32 %111, %112
	%125 = add i32 %124, 0
	%126 = icmp slt i32 %125, %N
	%127 = select i1 %126, i32 %125, i32 0
	%128 = sext i32 %127 to i64
	%129 = getelementptr i32, i32* %46, i64 %128
	%130 = load i32, i32* %129
	%131 = mul i32 %130, 64
	%132 = mul i32 %113, 8
	%133 = add i32 %131, %132
	%134 = sext i32 %133 to i64
	%135 = getelementptr i16, i16* %27, i64 %134
	%136 = add i32 %123, 0
	%137 = select i1 %126, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %136, i16* %135, i32 %137)
	%138 = add i32 %124, 16
	%139 = icmp slt i32 %138, %N
	%140 = select i1 %139, i32 %138, i32 0
	%141 = sext i32 %140 to i64
	%142 = getelementptr i32, i32* %46, i64 %141
	%143 = load i32, i32* %142
	%144 = mul i32 %143, 64
	%145 = mul i32 %113, 8
	%146 = add i32 %144, %145
	%147 = sext i32 %146 to i64
	%148 = getelementptr i16, i16* %27, i64 %147
	%149 = add i32 %123, 2048
	%150 = select i1 %139, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %149, i16* %148, i32 %150)
	%151 = add i32 %124, 32
	%152 = icmp slt i32 %151, %N
	%153 = select i1 %152, i32 %151, i32 0
	%154 = sext i32 %153 to i64
	%155 = getelementptr i32, i32* %46, i64 %154
	%156 = load i32, i32* %155
	%157 = mul i32 %156, 64
	%158 = mul i32 %113, 8
	%159 = add i32 %157, %158
	%160 = sext i32 %159 to i64
	%161 = getelementptr i16, i16* %27, i64 %160
	%162 = add i32 %123, u0x1000
	%163 = select i1 %152, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %162, i16* %161, i32 %163)
	%164 = add i32 %124, 48
	%165 = icmp slt i32 %164, %N
	%166 = select i1 %165, i32 %164, i32 0
	%167 = sext i32 %166 to i64
	%168 = getelementptr i32, i32* %46, i64 %167
	%169 = load i32, i32* %168
	%170 = mul i32 %169, 64
	%171 = mul i32 %113, 8
	%172 = add i32 %170, %171
	%173 = sext i32 %172 to i64
	%174 = getelementptr i16, i16* %27, i64 %173
	%175 = add i32 %123, 6144
	%176 = select i1 %165, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %175, i16* %174, i32 %176)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%177 = phi i32 [ 0, %prologue ], [ %1289, %pv ]
	%178 = phi i32 [ %50, %prologue ], [ %1296, %pv ]
	%179 = phi float [ 0.0, %prologue ], [ %1535, %pv ]
	%180 = phi float [ 0.0, %prologue ], [ %1536, %pv ]
	%181 = phi float [ 0.0, %prologue ], [ %1537, %pv ]
	%182 = phi float [ 0.0, %prologue ], [ %1538, %pv ]
	%183 = phi float [ 0.0, %prologue ], [ %1539, %pv ]
	%184 = phi float [ 0.0, %prologue ], [ %1540, %pv ]
	%185 = phi float [ 0.0, %prologue ], [ %1541, %pv ]
	%186 = phi float [ 0.0, %prologue ], [ %1542, %pv ]
	%187 = phi float [ 0.0, %prologue ], [ %1543, %pv ]
	%188 = phi float [ 0.0, %prologue ], [ %1544, %pv ]
	%189 = phi float [ 0.0, %prologue ], [ %1545, %pv ]
	%190 = phi float [ 0.0, %prologue ], [ %1546, %pv ]
	%191 = phi float [ 0.0, %prologue ], [ %1547, %pv ]
	%192 = phi float [ 0.0, %prologue ], [ %1548, %pv ]
	%193 = phi float [ 0.0, %prologue ], [ %1549, %pv ]
	%194 = phi float [ 0.0, %prologue ], [ %1550, %pv ]
	%195 = phi float [ 0.0, %prologue ], [ %1551, %pv ]
	%196 = phi float [ 0.0, %prologue ], [ %1552, %pv ]
	%197 = phi float [ 0.0, %prologue ], [ %1553, %pv ]
	%198 = phi float [ 0.0, %prologue ], [ %1554, %pv ]
	%199 = phi float [ 0.0, %prologue ], [ %1555, %pv ]
	%200 = phi float [ 0.0, %prologue ], [ %1556, %pv ]
	%201 = phi float [ 0.0, %prologue ], [ %1557, %pv ]
	%202 = phi float [ 0.0, %prologue ], [ %1558, %pv ]
	%203 = phi float [ 0.0, %prologue ], [ %1559, %pv ]
	%204 = phi float [ 0.0, %prologue ], [ %1560, %pv ]
	%205 = phi float [ 0.0, %prologue ], [ %1561, %pv ]
	%206 = phi float [ 0.0, %prologue ], [ %1562, %pv ]
	%207 = phi float [ 0.0, %prologue ], [ %1563, %pv ]
	%208 = phi float [ 0.0, %prologue ], [ %1564, %pv ]
	%209 = phi float [ 0.0, %prologue ], [ %1565, %pv ]
	%210 = phi float [ 0.0, %prologue ], [ %1566, %pv ]
	%211 = phi float [ 0xFFF0000000000000, %prologue ], [ %1185, %pv ]
	%212 = phi float [ 0.0, %prologue ], [ %1236, %pv ]
	%213 = phi float [ 0xFFF0000000000000, %prologue ], [ %1237, %pv ]
	%214 = phi float [ 0.0, %prologue ], [ %1288, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	%215 = mul i32 %178, 64
	%216 = lshr i32 %9, 3
	%217 = and i32 %9, 7
	%218 = lshr i32 %217, 3
	%219 = mul i32 %218, u0x2000
	%220 = and i32 %217, 7
	%221 = and i32 %216, 7
	%222 = xor i32 %220, %221
	%223 = mul i32 %216, 128
	%224 = shl i32 %222, 4
	%225 = add i32 %223, %224
	%226 = add i32 %219, %225
	%227 = add i32 %1, %226
	%228 = add i32 %215, %216
	%229 = add i32 %228, 0
	%230 = icmp slt i32 %229, %N
	%231 = select i1 %230, i32 %229, i32 0
	%232 = sext i32 %231 to i64
	%233 = getelementptr i32, i32* %46, i64 %232
	%234 = load i32, i32* %233
	%235 = mul i32 %234, 64
	%236 = mul i32 %217, 8
	%237 = add i32 %235, %236
	%238 = sext i32 %237 to i64
	%239 = getelementptr i16, i16* %31, i64 %238
	%240 = add i32 %227, 0
	%241 = select i1 %230, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %240, i16* %239, i32 %241)
	%242 = add i32 %228, 16
	%243 = icmp slt i32 %242, %N
	%244 = select i1 %243, i32 %242, i32 0
	%245 = sext i32 %244 to i64
	%246 = getelementptr i32, i32* %46, i64 %245
	%247 = load i32, i32* %246
	%248 = mul i32 %247, 64
	%249 = mul i32 %217, 8
	%250 = add i32 %248, %249
	%251 = sext i32 %250 to i64
	%252 = getelementptr i16, i16* %31, i64 %251
	%253 = add i32 %227, 2048
	%254 = select i1 %243, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %253, i16* %252, i32 %254)
	%255 = add i32 %228, 32
	%256 = icmp slt i32 %255, %N
	%257 = select i1 %256, i32 %255, i32 0
	%258 = sext i32 %257 to i64
	%259 = getelementptr i32, i32* %46, i64 %258
	%260 = load i32, i32* %259
	%261 = mul i32 %260, 64
	%262 = mul i32 %217, 8
	%263 = add i32 %261, %262
	%264 = sext i32 %263 to i64
	%265 = getelementptr i16, i16* %31, i64 %264
	%266 = add i32 %227, u0x1000
	%267 = select i1 %256, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %266, i16* %265, i32 %267)
	%268 = add i32 %228, 48
	%269 = icmp slt i32 %268, %N
	%270 = select i1 %269, i32 %268, i32 0
	%271 = sext i32 %270 to i64
	%272 = getelementptr i32, i32* %46, i64 %271
	%273 = load i32, i32* %272
	%274 = mul i32 %273, 64
	%275 = mul i32 %217, 8
	%276 = add i32 %274, %275
	%277 = sext i32 %276 to i64
	%278 = getelementptr i16, i16* %31, i64 %277
	%279 = add i32 %227, 6144
	%280 = select i1 %269, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %279, i16* %278, i32 %280)
	call void asm sideeffect "cp.async.commit_group;", ""()
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%281 = add i32 %4, 0
	%282 = zext i32 %281 to i64
	%283 = or i64 %282, u0x4000004000010000
	%284 = add i32 %6, 0
	%285 = zext i32 %284 to i64
	%286 = or i64 %285, u0x4000004000010000
	%287 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, i64 %283, i64 %286, i32 1)
	%288 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 0
	%289 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 1
	%290 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 2
	%291 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 3
	%292 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 4
	%293 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 5
	%294 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 6
	%295 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 7
	%296 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 8
	%297 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 9
	%298 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 10
	%299 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 11
	%300 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 12
	%301 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 13
	%302 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 14
	%303 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 15
	%304 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 16
	%305 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 17
	%306 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 18
	%307 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 19
	%308 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 20
	%309 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 21
	%310 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 22
	%311 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 23
	%312 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 24
	%313 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 25
	%314 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 26
	%315 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 27
	%316 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 28
	%317 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 29
	%318 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 30
	%319 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %287, 31
	%320 = add i32 %4, 2
	%321 = zext i32 %320 to i64
	%322 = or i64 %321, u0x4000004000010000
	%323 = add i32 %6, 2
	%324 = zext i32 %323 to i64
	%325 = or i64 %324, u0x4000004000010000
	%326 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %288, float %289, float %290, float %291, float %292, float %293, float %294, float %295, float %296, float %297, float %298, float %299, float %300, float %301, float %302, float %303, float %304, float %305, float %306, float %307, float %308, float %309, float %310, float %311, float %312, float %313, float %314, float %315, float %316, float %317, float %318, float %319, i64 %322, i64 %325, i32 1)
	%327 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 0
	%328 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 1
	%329 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 2
	%330 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 3
	%331 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 4
	%332 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 5
	%333 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 6
	%334 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 7
	%335 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 8
	%336 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 9
	%337 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 10
	%338 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 11
	%339 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 12
	%340 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 13
	%341 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 14
	%342 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 15
	%343 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 16
	%344 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 17
	%345 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 18
	%346 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 19
	%347 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 20
	%348 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 21
	%349 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 22
	%350 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 23
	%351 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 24
	%352 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 25
	%353 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 26
	%354 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 27
	%355 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 28
	%356 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 29
	%357 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 30
	%358 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %326, 31
	%359 = add i32 %4, 4
	%360 = zext i32 %359 to i64
	%361 = or i64 %360, u0x4000004000010000
	%362 = add i32 %6, 4
	%363 = zext i32 %362 to i64
	%364 = or i64 %363, u0x4000004000010000
	%365 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %327, float %328, float %329, float %330, float %331, float %332, float %333, float %334, float %335, float %336, float %337, float %338, float %339, float %340, float %341, float %342, float %343, float %344, float %345, float %346, float %347, float %348, float %349, float %350, float %351, float %352, float %353, float %354, float %355, float %356, float %357, float %358, i64 %361, i64 %364, i32 1)
	%366 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 0
	%367 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 1
	%368 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 2
	%369 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 3
	%370 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 4
	%371 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 5
	%372 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 6
	%373 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 7
	%374 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 8
	%375 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 9
	%376 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 10
	%377 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 11
	%378 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 12
	%379 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 13
	%380 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 14
	%381 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 15
	%382 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 16
	%383 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 17
	%384 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 18
	%385 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 19
	%386 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 20
	%387 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 21
	%388 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 22
	%389 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 23
	%390 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 24
	%391 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 25
	%392 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 26
	%393 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 27
	%394 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 28
	%395 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 29
	%396 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 30
	%397 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %365, 31
	%398 = add i32 %4, 6
	%399 = zext i32 %398 to i64
	%400 = or i64 %399, u0x4000004000010000
	%401 = add i32 %6, 6
	%402 = zext i32 %401 to i64
	%403 = or i64 %402, u0x4000004000010000
	%404 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %366, float %367, float %368, float %369, float %370, float %371, float %372, float %373, float %374, float %375, float %376, float %377, float %378, float %379, float %380, float %381, float %382, float %383, float %384, float %385, float %386, float %387, float %388, float %389, float %390, float %391, float %392, float %393, float %394, float %395, float %396, float %397, i64 %400, i64 %403, i32 1)
	%405 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 0
	%406 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 1
	%407 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 2
	%408 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 3
	%409 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 4
	%410 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 5
	%411 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 6
	%412 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 7
	%413 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 8
	%414 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 9
	%415 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 10
	%416 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 11
	%417 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 12
	%418 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 13
	%419 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 14
	%420 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 15
	%421 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 16
	%422 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 17
	%423 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 18
	%424 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 19
	%425 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 20
	%426 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 21
	%427 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 22
	%428 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 23
	%429 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 24
	%430 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 25
	%431 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 26
	%432 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 27
	%433 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 28
	%434 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 29
	%435 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 30
	%436 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %404, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%437 = call float asm sideeffect "", "=f,0"(float %405)
	%438 = call float asm sideeffect "", "=f,0"(float %406)
	%439 = call float asm sideeffect "", "=f,0"(float %407)
	%440 = call float asm sideeffect "", "=f,0"(float %408)
	%441 = call float asm sideeffect "", "=f,0"(float %409)
	%442 = call float asm sideeffect "", "=f,0"(float %410)
	%443 = call float asm sideeffect "", "=f,0"(float %411)
	%444 = call float asm sideeffect "", "=f,0"(float %412)
	%445 = call float asm sideeffect "", "=f,0"(float %413)
	%446 = call float asm sideeffect "", "=f,0"(float %414)
	%447 = call float asm sideeffect "", "=f,0"(float %415)
	%448 = call float asm sideeffect "", "=f,0"(float %416)
	%449 = call float asm sideeffect "", "=f,0"(float %417)
	%450 = call float asm sideeffect "", "=f,0"(float %418)
	%451 = call float asm sideeffect "", "=f,0"(float %419)
	%452 = call float asm sideeffect "", "=f,0"(float %420)
	%453 = call float asm sideeffect "", "=f,0"(float %421)
	%454 = call float asm sideeffect "", "=f,0"(float %422)
	%455 = call float asm sideeffect "", "=f,0"(float %423)
	%456 = call float asm sideeffect "", "=f,0"(float %424)
	%457 = call float asm sideeffect "", "=f,0"(float %425)
	%458 = call float asm sideeffect "", "=f,0"(float %426)
	%459 = call float asm sideeffect "", "=f,0"(float %427)
	%460 = call float asm sideeffect "", "=f,0"(float %428)
	%461 = call float asm sideeffect "", "=f,0"(float %429)
	%462 = call float asm sideeffect "", "=f,0"(float %430)
	%463 = call float asm sideeffect "", "=f,0"(float %431)
	%464 = call float asm sideeffect "", "=f,0"(float %432)
	%465 = call float asm sideeffect "", "=f,0"(float %433)
	%466 = call float asm sideeffect "", "=f,0"(float %434)
	%467 = call float asm sideeffect "", "=f,0"(float %435)
	%468 = call float asm sideeffect "", "=f,0"(float %436)
	%469 = mul i32 %10, 16
	%470 = add i32 %19, %469
	%471 = add i32 %12, 0
	%472 = add i32 %470, %471
	%473 = mul i32 %10, 16
	%474 = add i32 %19, %473
	%475 = add i32 %12, 8
	%476 = add i32 %474, %475
	%477 = sitofp i32 %17 to float
	%478 = add i32 %40, %178
	%479 = sext i32 %478 to i64
	%480 = getelementptr i8, i8* %cls, i64 %479
	%481 = load i8, i8* %480
	%482 = icmp ne i8 %481, 2
	br i1 %482, label %partial, label %softmax

epilogue:
	%483 = phi float [ 0.0, %entry ], [ %1236, %pv ]
	%484 = phi float [ 0.0, %entry ], [ %1288, %pv ]
	%485 = phi i32 [ 0, %entry ], [ %1289, %pv ]
	%486 = phi float [ 0.0, %entry ], [ %1535, %pv ]
	%487 = phi float [ 0.0, %entry ], [ %1536, %pv ]
	%488 = phi float [ 0.0, %entry ], [ %1537, %pv ]
	%489 = phi float [ 0.0, %entry ], [ %1538, %pv ]
	%490 = phi float [ 0.0, %entry ], [ %1539, %pv ]
	%491 = phi float [ 0.0, %entry ], [ %1540, %pv ]
	%492 = phi float [ 0.0, %entry ], [ %1541, %pv ]
	%493 = phi float [ 0.0, %entry ], [ %1542, %pv ]
	%494 = phi float [ 0.0, %entry ], [ %1543, %pv ]
	%495 = phi float [ 0.0, %entry ], [ %1544, %pv ]
	%496 = phi float [ 0.0, %entry ], [ %1545, %pv ]
	%497 = phi float [ 0.0, %entry ], [ %1546, %pv ]
	%498 = phi float [ 0.0, %entry ], [ %1547, %pv ]
	%499 = phi float [ 0.0, %entry ], [ %1548, %pv ]
	%500 = phi float [ 0.0, %entry ], [ %1549, %pv ]
	%501 = phi float [ 0.0, %entry ], [ %1550, %pv ]
	%502 = phi float [ 0.0, %entry ], [ %1551, %pv ]
	%503 = phi float [ 0.0, %entry ], [ %1552, %pv ]
	%504 = phi float [ 0.0, %entry ], [ %1553, %pv ]
	%505 = phi float [ 0.0, %entry ], [ %1554, %pv ]
	%506 = phi float [ 0.0, %entry ], [ %1555, %pv ]
	%507 = phi float [ 0.0, %entry ], [ %1556, %pv ]
	%508 = phi float [ 0.0, %entry ], [ %1557, %pv ]
	%509 = phi float [ 0.0, %entry ], [ %1558, %pv ]
	%510 = phi float [ 0.0, %entry ], [ %1559, %pv ]
	%511 = phi float [ 0.0, %entry ], [ %1560, %pv ]
	%512 = phi float [ 0.0, %entry ], [ %1561, %pv ]
	%513 = phi float [ 0.0, %entry ], [ %1562, %pv ]
	%514 = phi float [ 0.0, %entry ], [ %1563, %pv ]
	%515 = phi float [ 0.0, %entry ], [ %1564, %pv ]
	%516 = phi float [ 0.0, %entry ], [ %1565, %pv ]
	%517 = phi float [ 0.0, %entry ], [ %1566, %pv ]
	%518 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %483, i32 1, i32 31)
	%519 = fadd float %483, %518
	%520 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %519, i32 2, i32 31)
	%521 = fadd float %519, %520
	%522 = fcmp ogt float %521, 0.0
	%523 = fdiv float 1.0, %521
	%524 = select i1 %522, float %523, float 0.0
	%525 = mul i32 %10, 16
	%526 = add i32 %19, %525
	%527 = add i32 %12, 0
	%528 = add i32 %526, %527
	%529 = fmul float %486, %524
	%530 = fmul float %487, %524
	%531 = fmul float %490, %524
	%532 = fmul float %491, %524
	%533 = fmul float %494, %524
	%534 = fmul float %495, %524
	%535 = fmul float %498, %524
	%536 = fmul float %499, %524
	%537 = fmul float %502, %524
	%538 = fmul float %503, %524
	%539 = fmul float %506, %524
	%540 = fmul float %507, %524
	%541 = fmul float %510, %524
	%542 = fmul float %511, %524
	%543 = fmul float %514, %524
	%544 = fmul float %515, %524
	%545 = icmp slt i32 %528, %M
	br i1 %545, label %store0, label %stored0

partial:
	%546 = shl i32 %13, 1
	%547 = add i32 0, %546
	%548 = add i32 %215, %547
	%549 = icmp slt i32 %548, %N
	%550 = select i1 %549, i32 %548, i32 0
	%551 = sitofp i32 %472 to float
	%552 = sext i32 %550 to i64
	%553 = getelementptr i32, i32* %46, i64 %552
	%554 = load i32, i32* %553
	%555 = sitofp i32 %554 to float
	%556 = fcmp ole float %555, %551
	%557 = uitofp i1 %556 to float
	%558 = fcmp une float %557, 0.0
	%559 = and i1 %549, %558
	%560 = select i1 %559, float %437, float 0xFFF0000000000000
	%561 = shl i32 %13, 1
	%562 = add i32 1, %561
	%563 = add i32 %215, %562
	%564 = icmp slt i32 %563, %N
	%565 = select i1 %564, i32 %563, i32 0
	%566 = sitofp i32 %472 to float
	%567 = sext i32 %565 to i64
	%568 = getelementptr i32, i32* %46, i64 %567
	%569 = load i32, i32* %568
	%570 = sitofp i32 %569 to float
	%571 = fcmp ole float %570, %566
	%572 = uitofp i1 %571 to float
	%573 = fcmp une float %572, 0.0
	%574 = and i1 %564, %573
	%575 = select i1 %574, float %438, float 0xFFF0000000000000
	%576 = shl i32 %13, 1
	%577 = add i32 0, %576
	%578 = add i32 %215, %577
	%579 = icmp slt i32 %578, %N
	%580 = select i1 %579, i32 %578, i32 0
	%581 = sitofp i32 %476 to float
	%582 = sext i32 %580 to i64
	%583 = getelementptr i32, i32* %46, i64 %582
	%584 = load i32, i32* %583
	%585 = sitofp i32 %584 to float
	%586 = fcmp ole float %585, %581
	%587 = uitofp i1 %586 to float
	%588 = fcmp une float %587, 0.0
	%589 = and i1 %579, %588
	%590 = select i1 %589, float %439, float 0xFFF0000000000000
	%591 = shl i32 %13, 1
	%592 = add i32 1, %591
	%593 = add i32 %215, %592
	%594 = icmp slt i32 %593, %N
	%595 = select i1 %594, i32 %593, i32 0
	%596 = sitofp i32 %476 to float
	%597 = sext i32 %595 to i64
	%598 = getelementptr i32, i32* %46, i64 %597
	%599 = load i32, i32* %598
	%600 = sitofp i32 %599 to float
	%601 = fcmp ole float %600, %596
	%602 = uitofp i1 %601 to float
	%603 = fcmp une float %602, 0.0
	%604 = and i1 %594, %603
	%605 = select i1 %604, float %440, float 0xFFF0000000000000
	%606 = shl i32 %13, 1
	%607 = add i32 8, %606
	%608 = add i32 %215, %607
	%609 = icmp slt i32 %608, %N
	%610 = select i1 %609, i32 %608, i32 0
	%611 = sitofp i32 %472 to float
	%612 = sext i32 %610 to i64
	%613 = getelementptr i32, i32* %46, i64 %612
	%614 = load i32, i32* %613
	%615 = sitofp i32 %614 to float
	%616 = fcmp ole float %615, %611
	%617 = uitofp i1 %616 to float
	%618 = fcmp une float %617, 0.0
	%619 = and i1 %609, %618
	%620 = select i1 %619, float %441, float 0xFFF0000000000000
	%621 = shl i32 %13, 1
	%622 = add i32 9, %621
	%623 = add i32 %215, %622
	%624 = icmp slt i32 %623, %N
	%625 = select i1 %624, i32 %623, i32 0
	%626 = sitofp i32 %472 to float
	%627 = sext i32 %625 to i64
	%628 = getelementptr i32, i32* %46, i64 %627
	%629 = load i32, i32* %628
	%630 = sitofp i32 %629 to float
	%631 = fcmp ole float %630, %626
	%632 = uitofp i1 %631 to float
	%633 = fcmp une float %632, 0.0
	%634 = and i1 %624, %633
	%635 = select i1 %634, float %442, float 0xFFF0000000000000
	%636 = shl i32 %13, 1
	%637 = add i32 8, %636
	%638 = add i32 %215, %637
	%639 = icmp slt i32 %638, %N
	%640 = select i1 %639, i32 %638, i32 0
	%641 = sitofp i32 %476 to float
	%642 = sext i32 %640 to i64
	%643 = getelementptr i32, i32* %46, i64 %642
	%644 = load i32, i32* %643
	%645 = sitofp i32 %644 to float
	%646 = fcmp ole float %645, %641
	%647 = uitofp i1 %646 to float
	%648 = fcmp une float %647, 0.0
	%649 = and i1 %639, %648
	%650 = select i1 %649, float %443, float 0xFFF0000000000000
	%651 = shl i32 %13, 1
	%652 = add i32 9, %651
	%653 = add i32 %215, %652
	%654 = icmp slt i32 %653, %N
	%655 = select i1 %654, i32 %653, i32 0
	%656 = sitofp i32 %476 to float
	%657 = sext i32 %655 to i64
	%658 = getelementptr i32, i32* %46, i64 %657
	%659 = load i32, i32* %658
	%660 = sitofp i32 %659 to float
	%661 = fcmp ole float %660, %656
	%662 = uitofp i1 %661 to float
	%663 = fcmp une float %662, 0.0
	%664 = and i1 %654, %663
	%665 = select i1 %664, float %444, float 0xFFF0000000000000
	%666 = shl i32 %13, 1
	%667 = add i32 16, %666
	%668 = add i32 %215, %667
	%669 = icmp slt i32 %668, %N
	%670 = select i1 %669, i32 %668, i32 0
	%671 = sitofp i32 %472 to float
	%672 = sext i32 %670 to i64
	%673 = getelementptr i32, i32* %46, i64 %672
	%674 = load i32, i32* %673
	%675 = sitofp i32 %674 to float
	%676 = fcmp ole float %675, %671
	%677 = uitofp i1 %676 to float
	%678 = fcmp une float %677, 0.0
	%679 = and i1 %669, %678
	%680 = select i1 %679, float %445, float 0xFFF0000000000000
	%681 = shl i32 %13, 1
	%682 = add i32 17, %681
	%683 = add i32 %215, %682
	%684 = icmp slt i32 %683, %N
	%685 = select i1 %684, i32 %683, i32 0
	%686 = sitofp i32 %472 to float
	%687 = sext i32 %685 to i64
	%688 = getelementptr i32, i32* %46, i64 %687
	%689 = load i32, i32* %688
	%690 = sitofp i32 %689 to float
	%691 = fcmp ole float %690, %686
	%692 = uitofp i1 %691 to float
	%693 = fcmp une float %692, 0.0
	%694 = and i1 %684, %693
	%695 = select i1 %694, float %446, float 0xFFF0000000000000
	%696 = shl i32 %13, 1
	%697 = add i32 16, %696
	%698 = add i32 %215, %697
	%699 = icmp slt i32 %698, %N
	%700 = select i1 %699, i32 %698, i32 0
	%701 = sitofp i32 %476 to float
	%702 = sext i32 %700 to i64
	%703 = getelementptr i32, i32* %46, i64 %702
	%704 = load i32, i32* %703
	%705 = sitofp i32 %704 to float
	%706 = fcmp ole float %705, %701
	%707 = uitofp i1 %706 to float
	%708 = fcmp une float %707, 0.0
	%709 = and i1 %699, %708
	%710 = select i1 %709, float %447, float 0xFFF0000000000000
	%711 = shl i32 %13, 1
	%712 = add i32 17, %711
	%713 = add i32 %215, %712
	%714 = icmp slt i32 %713, %N
	%715 = select i1 %714, i32 %713, i32 0
	%716 = sitofp i32 %476 to float
	%717 = sext i32 %715 to i64
	%718 = getelementptr i32, i32* %46, i64 %717
	%719 = load i32, i32* %718
	%720 = sitofp i32 %719 to float
	%721 = fcmp ole float %720, %716
	%722 = uitofp i1 %721 to float
	%723 = fcmp une float %722, 0.0
	%724 = and i1 %714, %723
	%725 = select i1 %724, float %448, float 0xFFF0000000000000
	%726 = shl i32 %13, 1
	%727 = add i32 24, %726
	%728 = add i32 %215, %727
	%729 = icmp slt i32 %728, %N
	%730 = select i1 %729, i32 %728, i32 0
	%731 = sitofp i32 %472 to float
	%732 = sext i32 %730 to i64
	%733 = getelementptr i32, i32* %46, i64 %732
	%734 = load i32, i32* %733
	%735 = sitofp i32 %734 to float
	%736 = fcmp ole float %735, %731
	%737 = uitofp i1 %736 to float
	%738 = fcmp une float %737, 0.0
	%739 = and i1 %729, %738
	%740 = select i1 %739, float %449, float 0xFFF0000000000000
	%741 = shl i32 %13, 1
	%742 = add i32 25, %741
	%743 = add i32 %215, %742
	%744 = icmp slt i32 %743, %N
	%745 = select i1 %744, i32 %743, i32 0
	%746 = sitofp i32 %472 to float
	%747 = sext i32 %745 to i64
	%748 = getelementptr i32, i32* %46, i64 %747
	%749 = load i32, i32* %748
	%750 = sitofp i32 %749 to float
	%751 = fcmp ole float %750, %746
	%752 = uitofp i1 %751 to float
	%753 = fcmp une float %752, 0.0
	%754 = and i1 %744, %753
	%755 = select i1 %754, float %450, float 0xFFF0000000000000
	%756 = shl i32 %13, 1
	%757 = add i32 24, %756
	%758 = add i32 %215, %757
	%759 = icmp slt i32 %758, %N
	%760 = select i1 %759, i32 %758, i32 0
	%761 = sitofp i32 %476 to float
	%762 = sext i32 %760 to i64
	%763 = getelementptr i32, i32* %46, i64 %762
	%764 = load i32, i32* %763
	%765 = sitofp i32 %764 to float
	%766 = fcmp ole float %765, %761
	%767 = uitofp i1 %766 to float
	%768 = fcmp une float %767, 0.0
	%769 = and i1 %759, %768
	%770 = select i1 %769, float %451, float 0xFFF0000000000000
	%771 = shl i32 %13, 1
	%772 = add i32 25, %771
	%773 = add i32 %215, %772
	%774 = icmp slt i32 %773, %N
	%775 = select i1 %774, i32 %773, i32 0
	%776 = sitofp i32 %476 to float
	%777 = sext i32 %775 to i64
	%778 = getelementptr i32, i32* %46, i64 %777
	%779 = load i32, i32* %778
	%780 = sitofp i32 %779 to float
	%781 = fcmp ole float %780, %776
	%782 = uitofp i1 %781 to float
	%783 = fcmp une float %782, 0.0
	%784 = and i1 %774, %783
	%785 = select i1 %784, float %452, float 0xFFF0000000000000
	%786 = shl i32 %13, 1
	%787 = add i32 32, %786
	%788 = add i32 %215, %787
	%789 = icmp slt i32 %788, %N
	%790 = select i1 %789, i32 %788, i32 0
	%791 = sitofp i32 %472 to float
	%792 = sext i32 %790 to i64
	%793 = getelementptr i32, i32* %46, i64 %792
	%794 = load i32, i32* %793
	%795 = sitofp i32 %794 to float
	%796 = fcmp ole float %795, %791
	%797 = uitofp i1 %796 to float
	%798 = fcmp une float %797, 0.0
	%799 = and i1 %789, %798
	%800 = select i1 %799, float %453, float 0xFFF0000000000000
	%801 = shl i32 %13, 1
	%802 = add i32 33, %801
	%803 = add i32 %215, %802
	%804 = icmp slt i32 %803, %N
	%805 = select i1 %804, i32 %803, i32 0
	%806 = sitofp i32 %472 to float
	%807 = sext i32 %805 to i64
	%808 = getelementptr i32, i32* %46, i64 %807
	%809 = load i32, i32* %808
	%810 = sitofp i32 %809 to float
	%811 = fcmp ole float %810, %806
	%812 = uitofp i1 %811 to float
	%813 = fcmp une float %812, 0.0
	%814 = and i1 %804, %813
	%815 = select i1 %814, float %454, float 0xFFF0000000000000
	%816 = shl i32 %13, 1
	%817 = add i32 32, %816
	%818 = add i32 %215, %817
	%819 = icmp slt i32 %818, %N
	%820 = select i1 %819, i32 %818, i32 0
	%821 = sitofp i32 %476 to float
	%822 = sext i32 %820 to i64
	%823 = getelementptr i32, i32* %46, i64 %822
	%824 = load i32, i32* %823
	%825 = sitofp i32 %824 to float
	%826 = fcmp ole float %825, %821
	%827 = uitofp i1 %826 to float
	%828 = fcmp une float %827, 0.0
	%829 = and i1 %819, %828
	%830 = select i1 %829, float %455, float 0xFFF0000000000000
	%831 = shl i32 %13, 1
	%832 = add i32 33, %831
	%833 = add i32 %215, %832
	%834 = icmp slt i32 %833, %N
	%835 = select i1 %834, i32 %833, i32 0
	%836 = sitofp i32 %476 to float
	%837 = sext i32 %835 to i64
	%838 = getelementptr i32, i32* %46, i64 %837
	%839 = load i32, i32* %838
	%840 = sitofp i32 %839 to float
	%841 = fcmp ole float %840, %836
	%842 = uitofp i1 %841 to float
	%843 = fcmp une float %842, 0.0
	%844 = and i1 %834, %843
	%845 = select i1 %844, float %456, float 0xFFF0000000000000
	%846 = shl i32 %13, 1
	%847 = add i32 40, %846
	%848 = add i32 %215, %847
	%849 = icmp slt i32 %848, %N
	%850 = select i1 %849, i32 %848, i32 0
	%851 = sitofp i32 %472 to float
	%852 = sext i32 %850 to i64
	%853 = getelementptr i32, i32* %46, i64 %852
	%854 = load i32, i32* %853
	%855 = sitofp i32 %854 to float
	%856 = fcmp ole float %855, %851
	%857 = uitofp i1 %856 to float
	%858 = fcmp une float %857, 0.0
	%859 = and i1 %849, %858
	%860 = select i1 %859, float %457, float 0xFFF0000000000000
	%861 = shl i32 %13, 1
	%862 = add i32 41, %861
	%863 = add i32 %215, %862
	%864 = icmp slt i32 %863, %N
	%865 = select i1 %864, i32 %863, i32 0
	%866 = sitofp i32 %472 to float
	%867 = sext i32 %865 to i64
	%868 = getelementptr i32, i32* %46, i64 %867
	%869 = load i32, i32* %868
	%870 = sitofp i32 %869 to float
	%871 = fcmp ole float %870, %866
	%872 = uitofp i1 %871 to float
	%873 = fcmp une float %872, 0.0
	%874 = and i1 %864, %873
	%875 = select i1 %874, float %458, float 0xFFF0000000000000
	%876 = shl i32 %13, 1
	%877 = add i32 40, %876
	%878 = add i32 %215, %877
	%879 = icmp slt i32 %878, %N
	%880 = select i1 %879, i32 %878, i32 0
	%881 = sitofp i32 %476 to float
	%882 = sext i32 %880 to i64
	%883 = getelementptr i32, i32* %46, i64 %882
	%884 = load i32, i32* %883
	%885 = sitofp i32 %884 to float
	%886 = fcmp ole float %885, %881
	%887 = uitofp i1 %886 to float
	%888 = fcmp une float %887, 0.0
	%889 = and i1 %879, %888
	%890 = select i1 %889, float %459, float 0xFFF0000000000000
	%891 = shl i32 %13, 1
	%892 = add i32 41, %891
	%893 = add i32 %215, %892
	%894 = icmp slt i32 %893, %N
	%895 = select i1 %894, i32 %893, i32 0
	%896 = sitofp i32 %476 to float
	%897 = sext i32 %895 to i64
	%898 = getelementptr i32, i32* %46, i64 %897
	%899 = load i32, i32* %898
	%900 = sitofp i32 %899 to float
	%901 = fcmp ole float %900, %896
	%902 = uitofp i1 %901 to float
	%903 = fcmp une float %902, 0.0
	%904 = and i1 %894, %903
	%905 = select i1 %904, float %460, float 0xFFF0000000000000
	%906 = shl i32 %13, 1
	%907 = add i32 48, %906
	%908 = add i32 %215, %907
	%909 = icmp slt i32 %908, %N
	%910 = select i1 %909, i32 %908, i32 0
	%911 = sitofp i32 %472 to float
	%912 = sext i32 %910 to i64
	%913 = getelementptr i32, i32* %46, i64 %912
	%914 = load i32, i32* %913
	%915 = sitofp i32 %914 to float
	%916 = fcmp ole float %915, %911
	%917 = uitofp i1 %916 to float
	%918 = fcmp une float %917, 0.0
	%919 = and i1 %909, %918
	%920 = select i1 %919, float %461, float 0xFFF0000000000000
	%921 = shl i32 %13, 1
	%922 = add i32 49, %921
	%923 = add i32 %215, %922
	%924 = icmp slt i32 %923, %N
	%925 = select i1 %924, i32 %923, i32 0
	%926 = sitofp i32 %472 to float
	%927 = sext i32 %925 to i64
	%928 = getelementptr i32, i32* %46, i64 %927
	%929 = load i32, i32* %928
	%930 = sitofp i32 %929 to float
	%931 = fcmp ole float %930, %926
	%932 = uitofp i1 %931 to float
	%933 = fcmp une float %932, 0.0
	%934 = and i1 %924, %933
	%935 = select i1 %934, float %462, float 0xFFF0000000000000
	%936 = shl i32 %13, 1
	%937 = add i32 48, %936
	%938 = add i32 %215, %937
	%939 = icmp slt i32 %938, %N
	%940 = select i1 %939, i32 %938, i32 0
	%941 = sitofp i32 %476 to float
	%942 = sext i32 %940 to i64
	%943 = getelementptr i32, i32* %46, i64 %942
	%944 = load i32, i32* %943
	%945 = sitofp i32 %944 to float
	%946 = fcmp ole float %945, %941
	%947 = uitofp i1 %946 to float
	%948 = fcmp une float %947, 0.0
	%949 = and i1 %939, %948
	%950 = select i1 %949, float %463, float 0xFFF0000000000000
	%951 = shl i32 %13, 1
	%952 = add i32 49, %951
	%953 = add i32 %215, %952
	%954 = icmp slt i32 %953, %N
	%955 = select i1 %954, i32 %953, i32 0
	%956 = sitofp i32 %476 to float
	%957 = sext i32 %955 to i64
	%958 = getelementptr i32, i32* %46, i64 %957
	%959 = load i32, i32* %958
	%960 = sitofp i32 %959 to float
	%961 = fcmp ole float %960, %956
	%962 = uitofp i1 %961 to float
	%963 = fcmp une float %962, 0.0
	%964 = and i1 %954, %963
	%965 = select i1 %964, float %464, float 0xFFF0000000000000
	%966 = shl i32 %13, 1
	%967 = add i32 56, %966
	%968 = add i32 %215, %967
	%969 = icmp slt i32 %968, %N
	%970 = select i1 %969, i32 %968, i32 0
	%971 = sitofp i32 %472 to float
	%972 = sext i32 %970 to i64
	%973 = getelementptr i32, i32* %46, i64 %972
	%974 = load i32, i32* %973
	%975 = sitofp i32 %974 to float
	%976 = fcmp ole float %975, %971
	%977 = uitofp i1 %976 to float
	%978 = fcmp une float %977, 0.0
	%979 = and i1 %969, %978
	%980 = select i1 %979, float %465, float 0xFFF0000000000000
	%981 = shl i32 %13, 1
	%982 = add i32 57, %981
	%983 = add i32 %215, %982
	%984 = icmp slt i32 %983, %N
	%985 = select i1 %984, i32 %983, i32 0
	%986 = sitofp i32 %472 to float
	%987 = sext i32 %985 to i64
	%988 = getelementptr i32, i32* %46, i64 %987
	%989 = load i32, i32* %988
	%990 = sitofp i32 %989 to float
	%991 = fcmp ole float %990, %986
	%992 = uitofp i1 %991 to float
	%993 = fcmp une float %992, 0.0
	%994 = and i1 %984, %993
	%995 = select i1 %994, float %466, float 0xFFF0000000000000
	%996 = shl i32 %13, 1
	%997 = add i32 56, %996
	%998 = add i32 %215, %997
	%999 = icmp slt i32 %998, %N
	%1000 = select i1 %999, i32 %998, i32 0
	%1001 = sitofp i32 %476 to float
	%1002 = sext i32 %1000 to i64
	%1003 = getelementptr i32, i32* %46, i64 %1002
	%1004 = load i32, i32* %1003
	%1005 = sitofp i32 %1004 to float
	%1006 = fcmp ole float %1005, %1001
	%1007 = uitofp i1 %1006 to float
	%1008 = fcmp une float %1007, 0.0
	%1009 = and i1 %999, %1008
	%1010 = select i1 %1009, float %467, float 0xFFF0000000000000
	%1011 = shl i32 %13, 1
	%1012 = add i32 57, %1011
	%1013 = add i32 %215, %1012
	%1014 = icmp slt i32 %1013, %N
	%1015 = select i1 %1014, i32 %1013, i32 0
	%1016 = sitofp i32 %476 to float
	%1017 = sext i32 %1015 to i64
	%1018 = getelementptr i32, i32* %46, i64 %1017
	%1019 = load i32, i32* %1018
	%1020 = sitofp i32 %1019 to float
	%1021 = fcmp ole float %1020, %1016
	%1022 = uitofp i1 %1021 to float
	%1023 = fcmp une float %1022, 0.0
	%1024 = and i1 %1014, %1023
	%1025 = select i1 %1024, float %468, float 0xFFF0000000000000
	br label %softmax

softmax:
	%1026 = phi float [ %437, %loop ], [ %560, %partial ]
	%1027 = phi float [ %438, %loop ], [ %575, %partial ]
	%1028 = phi float [ %439, %loop ], [ %590, %partial ]
	%1029 = phi float [ %440, %loop ], [ %605, %partial ]
	%1030 = phi float [ %441, %loop ], [ %620, %partial ]
	%1031 = phi float [ %442, %loop ], [ %635, %partial ]
	%1032 = phi float [ %443, %loop ], [ %650, %partial ]
	%1033 = phi float [ %444, %loop ], [ %665, %partial ]
	%1034 = phi float [ %445, %loop ], [ %680, %partial ]
	%1035 = phi float [ %446, %loop ], [ %695, %partial ]
	%1036 = phi float [ %447, %loop ], [ %710, %partial ]
	%1037 = phi float [ %448, %loop ], [ %725, %partial ]
	%1038 = phi float [ %449, %loop ], [ %740, %partial ]
	%1039 = phi float [ %450, %loop ], [ %755, %partial ]
	%1040 = phi float [ %451, %loop ], [ %770, %partial ]
	%1041 = phi float [ %452, %loop ], [ %785, %partial ]
	%1042 = phi float [ %453, %loop ], [ %800, %partial ]
	%1043 = phi float [ %454, %loop ], [ %815, %partial ]
	%1044 = phi float [ %455, %loop ], [ %830, %partial ]
	%1045 = phi float [ %456, %loop ], [ %845, %partial ]
	%1046 = phi float [ %457, %loop ], [ %860, %partial ]
	%1047 = phi float [ %458, %loop ], [ %875, %partial ]
	%1048 = phi float [ %459, %loop ], [ %890, %partial ]
	%1049 = phi float [ %460, %loop ], [ %905, %partial ]
	%1050 = phi float [ %461, %loop ], [ %920, %partial ]
	%1051 = phi float [ %462, %loop ], [ %935, %partial ]
	%1052 = phi float [ %463, %loop ], [ %950, %partial ]
	%1053 = phi float [ %464, %loop ], [ %965, %partial ]
	%1054 = phi float [ %465, %loop ], [ %980, %partial ]
	%1055 = phi float [ %466, %loop ], [ %995, %partial ]
	%1056 = phi float [ %467, %loop ], [ %1010, %partial ]
	%1057 = phi float [ %468, %loop ], [ %1025, %partial ]
	%1058 = call float @llvm.nvvm.fmax.f(float %1026, float %1027)
	%1059 = call float @llvm.nvvm.fmax.f(float %1030, float %1031)
	%1060 = call float @llvm.nvvm.fmax.f(float %1034, float %1035)
	%1061 = call float @llvm.nvvm.fmax.f(float %1038, float %1039)
	%1062 = call float @llvm.nvvm.fmax.f(float %1042, float %1043)
	%1063 = call float @llvm.nvvm.fmax.f(float %1046, float %1047)
	%1064 = call float @llvm.nvvm.fmax.f(float %1050, float %1051)
	%1065 = call float @llvm.nvvm.fmax.f(float %1054, float %1055)
	%1066 = call float @llvm.nvvm.fmax.f(float %1058, float %1059)
	%1067 = call float @llvm.nvvm.fmax.f(float %1060, float %1061)
	%1068 = call float @llvm.nvvm.fmax.f(float %1062, float %1063)
	%1069 = call float @llvm.nvvm.fmax.f(float %1064, float %1065)
	%1070 = call float @llvm.nvvm.fmax.f(float %1066, float %1067)
	%1071 = call float @llvm.nvvm.fmax.f(float %1068, float %1069)
	%1072 = call float @llvm.nvvm.fmax.f(float %1070, float %1071)
	%1073 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1072, i32 1, i32 31)
	%1074 = call float @llvm.nvvm.fmax.f(float %1072, float %1073)
	%1075 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1074, i32 2, i32 31)
	%1076 = call float @llvm.nvvm.fmax.f(float %1074, float %1075)
	%1077 = fmul float %1076, 0x3FC7154760000000
	%1078 = call float @llvm.nvvm.fmax.f(float %211, float %1077)
	%1079 = fadd float %211, 8.0
	%1080 = fcmp ogt float %1078, %1079
	%1081 = or i1 false, %1080
	%1082 = call float @llvm.nvvm.fmax.f(float %1028, float %1029)
	%1083 = call float @llvm.nvvm.fmax.f(float %1032, float %1033)
	%1084 = call float @llvm.nvvm.fmax.f(float %1036, float %1037)
	%1085 = call float @llvm.nvvm.fmax.f(float %1040, float %1041)
	%1086 = call float @llvm.nvvm.fmax.f(float %1044, float %1045)
	%1087 = call float @llvm.nvvm.fmax.f(float %1048, float %1049)
	%1088 = call float @llvm.nvvm.fmax.f(float %1052, float %1053)
	%1089 = call float @llvm.nvvm.fmax.f(float %1056, float %1057)
	%1090 = call float @llvm.nvvm.fmax.f(float %1082, float %1083)
	%1091 = call float @llvm.nvvm.fmax.f(float %1084, float %1085)
	%1092 = call float @llvm.nvvm.fmax.f(float %1086, float %1087)
	%1093 = call float @llvm.nvvm.fmax.f(float %1088, float %1089)
	%1094 = call float @llvm.nvvm.fmax.f(float %1090, float %1091)
	%1095 = call float @llvm.nvvm.fmax.f(float %1092, float %1093)
	%1096 = call float @llvm.nvvm.fmax.f(float %1094, float %1095)
	%1097 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1096, i32 1, i32 31)
	%1098 = call float @llvm.nvvm.fmax.f(float %1096, float %1097)
	%1099 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1098, i32 2, i32 31)
	%1100 = call float @llvm.nvvm.fmax.f(float %1098, float %1099)
	%1101 = fmul float %1100, 0x3FC7154760000000
	%1102 = call float @llvm.nvvm.fmax.f(float %213, float %1101)
	%1103 = fadd float %213, 8.0
	%1104 = fcmp ogt float %1102, %1103
	%1105 = or i1 %1081, %1104
	%1106 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1105)
	br i1 %1106, label %1107, label %1150

1107:
	%1108 = fcmp oeq float %1078, 0xFFF0000000000000
	%1109 = select i1 %1108, float 0.0, float %1078
	%1110 = fsub float %211, %1109
	%1111 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1110)
	%1112 = fcmp oeq float %1102, 0xFFF0000000000000
	%1113 = select i1 %1112, float 0.0, float %1102
	%1114 = fsub float %213, %1113
	%1115 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1114)
	%1116 = fmul float %179, %1111
	%1117 = fmul float %180, %1111
	%1118 = fmul float %181, %1115
	%1119 = fmul float %182, %1115
	%1120 = fmul float %183, %1111
	%1121 = fmul float %184, %1111
	%1122 = fmul float %185, %1115
	%1123 = fmul float %186, %1115
	%1124 = fmul float %187, %1111
	%1125 = fmul float %188, %1111
	%1126 = fmul float %189, %1115
	%1127 = fmul float %190, %1115
	%1128 = fmul float %191, %1111
	%1129 = fmul float %192, %1111
	%1130 = fmul float %193, %1115
	%1131 = fmul float %194, %1115
	%1132 = fmul float %195, %1111
	%1133 = fmul float %196, %1111
	%1134 = fmul float %197, %1115
	%1135 = fmul float %198, %1115
	%1136 = fmul float %199, %1111
	%1137 = fmul float %200, %1111
	%1138 = fmul float %201, %1115
	%1139 = fmul float %202, %1115
	%1140 = fmul float %203, %1111
	%1141 = fmul float %204, %1111
	%1142 = fmul float %205, %1115
	%1143 = fmul float %206, %1115
	%1144 = fmul float %207, %1111
	%1145 = fmul float %208, %1111
	%1146 = fmul float %209, %1115
	%1147 = fmul float %210, %1115
	%1148 = fmul float %212, %1111
	%1149 = fmul float %214, %1115
	br label %1150

1150:
	%1151 = phi float [ %179, %softmax ], [ %1116, %1107 ]
	%1152 = phi float [ %180, %softmax ], [ %1117, %1107 ]
	%1153 = phi float [ %181, %softmax ], [ %1118, %1107 ]
	%1154 = phi float [ %182, %softmax ], [ %1119, %1107 ]
	%1155 = phi float [ %183, %softmax ], [ %1120, %1107 ]
	%1156 = phi float [ %184, %softmax ], [ %1121, %1107 ]
	%1157 = phi float [ %185, %softmax ], [ %1122, %1107 ]
	%1158 = phi float [ %186, %softmax ], [ %1123, %1107 ]
	%1159 = phi float [ %187, %softmax ], [ %1124, %1107 ]
	%1160 = phi float [ %188, %softmax ], [ %1125, %1107 ]
	%1161 = phi float [ %189, %softmax ], [ %1126, %1107 ]
	%1162 = phi float [ %190, %softmax ], [ %1127, %1107 ]
	%1163 = phi float [ %191, %softmax ], [ %1128, %1107 ]
	%1164 = phi float [ %192, %softmax ], [ %1129, %1107 ]
	%1165 = phi float [ %193, %softmax ], [ %1130, %1107 ]
	%1166 = phi float [ %194, %softmax ], [ %1131, %1107 ]
	%1167 = phi float [ %195, %softmax ], [ %1132, %1107 ]
	%1168 = phi float [ %196, %softmax ], [ %1133, %1107 ]
	%1169 = phi float [ %197, %softmax ], [ %1134, %1107 ]
	%1170 = phi float [ %198, %softmax ], [ %1135, %1107 ]
	%1171 = phi float [ %199, %softmax ], [ %1136, %1107 ]
	%1172 = phi float [ %200, %softmax ], [ %1137, %1107 ]
	%1173 = phi float [ %201, %softmax ], [ %1138, %1107 ]
	%1174 = phi float [ %202, %softmax ], [ %1139, %1107 ]
	%1175 = phi float [ %203, %softmax ], [ %1140, %1107 ]
	%1176 = phi float [ %204, %softmax ], [ %1141, %1107 ]
	%1177 = phi float [ %205, %softmax ], [ %1142, %1107 ]
	%1178 = phi float [ %206, %softmax ], [ %1143, %1107 ]
	%1179 = phi float [ %207, %softmax ], [ %1144, %1107 ]
	%1180 = phi float [ %208, %softmax ], [ %1145, %1107 ]
	%1181 = phi float [ %209, %softmax ], [ %1146, %1107 ]
	%1182 = phi float [ %210, %softmax ], [ %1147, %1107 ]
	%1183 = phi float [ %212, %softmax ], [ %1148, %1107 ]
	%1184 = phi float [ %214, %softmax ], [ %1149, %1107 ]
	%1185 = select i1 %1106, float %1078, float %211
	%1186 = fcmp oeq float %1185, 0xFFF0000000000000
	%1187 = select i1 %1186, float 0.0, float %1185
	%1188 = fneg float %1187
	%1189 = call float @llvm.fma.f32(float %1026, float 0x3FC7154760000000, float %1188)
	%1190 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1189)
	%1191 = call float @llvm.fma.f32(float %1027, float 0x3FC7154760000000, float %1188)
	%1192 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1191)
	%1193 = call float @llvm.fma.f32(float %1030, float 0x3FC7154760000000, float %1188)
	%1194 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1193)
	%1195 = call float @llvm.fma.f32(float %1031, float 0x3FC7154760000000, float %1188)
	%1196 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1195)
	%1197 = call float @llvm.fma.f32(float %1034, float 0x3FC7154760000000, float %1188)
	%1198 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1197)
	%1199 = call float @llvm.fma.f32(float %1035, float 0x3FC7154760000000, float %1188)
	%1200 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1199)
	%1201 = call float @llvm.fma.f32(float %1038, float 0x3FC7154760000000, float %1188)
	%1202 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1201)
	%1203 = call float @llvm.fma.f32(float %1039, float 0x3FC7154760000000, float %1188)
	%1204 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1203)
	%1205 = call float @llvm.fma.f32(float %1042, float 0x3FC7154760000000, float %1188)
	%1206 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1205)
	%1207 = call float @llvm.fma.f32(float %1043, float 0x3FC7154760000000, float %1188)
	%1208 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1207)
	%1209 = call float @llvm.fma.f32(float %1046, float 0x3FC7154760000000, float %1188)
	%1210 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1209)
	%1211 = call float @llvm.fma.f32(float %1047, float 0x3FC7154760000000, float %1188)
	%1212 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1211)
	%1213 = call float @llvm.fma.f32(float %1050, float 0x3FC7154760000000, float %1188)
	%1214 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1213)
	%1215 = call float @llvm.fma.f32(float %1051, float 0x3FC7154760000000, float %1188)
	%1216 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1215)
	%1217 = call float @llvm.fma.f32(float %1054, float 0x3FC7154760000000, float %1188)
	%1218 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1217)
	%1219 = call float @llvm.fma.f32(float %1055, float 0x3FC7154760000000, float %1188)
	%1220 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1219)
	%1221 = fadd float %1190, %1192
	%1222 = fadd float %1194, %1196
	%1223 = fadd float %1198, %1200
	%1224 = fadd float %1202, %1204
	%1225 = fadd float %1206, %1208
	%1226 = fadd float %1210, %1212
	%1227 = fadd float %1214, %1216
	%1228 = fadd float %1218, %1220
	%1229 = fadd float %1221, %1222
	%1230 = fadd float %1223, %1224
	%1231 = fadd float %1225, %1226
	%1232 = fadd float %1227, %1228
	%1233 = fadd float %1229, %1230
	%1234 = fadd float %1231, %1232
	%1235 = fadd float %1233, %1234
	%1236 = fadd float %1183, %1235
	%1237 = select i1 %1106, float %1102, float %213
	%1238 = fcmp oeq float %1237, 0xFFF0000000000000
	%1239 = select i1 %1238, float 0.0, float %1237
	%1240 = fneg float %1239
	%1241 = call float @llvm.fma.f32(float %1028, float 0x3FC7154760000000, float %1240)
	%1242 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1241)
	%1243 = call float @llvm.fma.f32(float %1029, float 0x3FC7154760000000, float %1240)
	%1244 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1243)
	%1245 = call float @llvm.fma.f32(float %1032, float 0x3FC7154760000000, float %1240)
	%1246 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1245)
	%1247 = call float @llvm.fma.f32(float %1033, float 0x3FC7154760000000, float %1240)
	%1248 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1247)
	%1249 = call float @llvm.fma.f32(float %1036, float 0x3FC7154760000000, float %1240)
	%1250 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1249)
	%1251 = call float @llvm.fma.f32(float %1037, float 0x3FC7154760000000, float %1240)
	%1252 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1251)
	%1253 = call float @llvm.fma.f32(float %1040, float 0x3FC7154760000000, float %1240)
	%1254 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1253)
	%1255 = call float @llvm.fma.f32(float %1041, float 0x3FC7154760000000, float %1240)
	%1256 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1255)
	%1257 = call float @llvm.fma.f32(float %1044, float 0x3FC7154760000000, float %1240)
	%1258 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1257)
	%1259 = call float @llvm.fma.f32(float %1045, float 0x3FC7154760000000, float %1240)
	%1260 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1259)
	%1261 = call float @llvm.fma.f32(float %1048, float 0x3FC7154760000000, float %1240)
	%1262 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1261)
	%1263 = call float @llvm.fma.f32(float %1049, float 0x3FC7154760000000, float %1240)
	%1264 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1263)
	%1265 = call float @llvm.fma.f32(float %1052, float 0x3FC7154760000000, float %1240)
	%1266 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1265)
	%1267 = call float @llvm.fma.f32(float %1053, float 0x3FC7154760000000, float %1240)
	%1268 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1267)
	%1269 = call float @llvm.fma.f32(float %1056, float 0x3FC7154760000000, float %1240)
	%1270 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1269)
	%1271 = call float @llvm.fma.f32(float %1057, float 0x3FC7154760000000, float %1240)
	%1272 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1271)
	%1273 = fadd float %1242, %1244
	%1274 = fadd float %1246, %1248
	%1275 = fadd float %1250, %1252
	%1276 = fadd float %1254, %1256
	%1277 = fadd float %1258, %1260
	%1278 = fadd float %1262, %1264
	%1279 = fadd float %1266, %1268
	%1280 = fadd float %1270, %1272
	%1281 = fadd float %1273, %1274
	%1282 = fadd float %1275, %1276
	%1283 = fadd float %1277, %1278
	%1284 = fadd float %1279, %1280
	%1285 = fadd float %1281, %1282
	%1286 = fadd float %1283, %1284
	%1287 = fadd float %1285, %1286
	%1288 = fadd float %1184, %1287
	%1289 = add i32 %177, 1
	%1290 = icmp slt i32 %1289, %NK
	%1291 = select i1 %1290, i32 %1289, i32 0
	%1292 = add i32 %36, %1291
	%1293 = sext i32 %1292 to i64
	%1294 = getelementptr i32, i32* %list, i64 %1293
	%1295 = load i32, i32* %1294
	%1296 = select i1 %1290, i32 %1295, i32 -1
	%1297 = icmp sge i32 %1296, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %1297, label %prefetch, label %pv

prefetch:
	%1298 = mul i32 %1296, 64
	%1299 = lshr i32 %9, 3
	%1300 = and i32 %9, 7
	%1301 = lshr i32 %1300, 3
	%1302 = mul i32 %1301, u0x2000
	%1303 = and i32 %1300, 7
	%1304 = and i32 %1299, 7
	%1305 = xor i32 %1303, %1304
	%1306 = mul i32 %1299, 128
	%1307 = shl i32 %1305, 4
	%1308 = add i32 %1306, %1307
	%1309 = add i32 %1302, %1308
	%1310 = add i32 %0, %1309
	%1311 = add i32 %1298, %1299
	%1312 = add i32 %1311, 0
	%1313 = icmp slt i32 %1312, %N
	%1314 = select i1 %1313, i32 %1312, i32 0
	%1315 = sext i32 %1314 to i64
	%1316 = getelementptr i32, i32* %46, i64 %1315
	%1317 = load i32, i32* %1316
	%1318 = mul i32 %1317, 64
	%1319 = mul i32 %1300, 8
	%1320 = add i32 %1318, %1319
	%1321 = sext i32 %1320 to i64
	%1322 = getelementptr i16, i16* %27, i64 %1321
	%1323 = add i32 %1310, 0
	%1324 = select i1 %1313, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1323, i16* %1322, i32 %1324)
	%1325 = add i32 %1311, 16
	%1326 = icmp slt i32 %1325, %N
	%1327 = select i1 %1326, i32 %1325, i32 0
	%1328 = sext i32 %1327 to i64
	%1329 = getelementptr i32, i32* %46, i64 %1328
	%1330 = load i32, i32* %1329
	%1331 = mul i32 %1330, 64
	%1332 = mul i32 %1300, 8
	%1333 = add i32 %1331, %1332
	%1334 = sext i32 %1333 to i64
	%1335 = getelementptr i16, i16* %27, i64 %1334
	%1336 = add i32 %1310, 2048
	%1337 = select i1 %1326, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1336, i16* %1335, i32 %1337)
	%1338 = add i32 %1311, 32
	%1339 = icmp slt i32 %1338, %N
	%1340 = select i1 %1339, i32 %1338, i32 0
	%1341 = sext i32 %1340 to i64
	%1342 = getelementptr i32, i32* %46, i64 %1341
	%1343 = load i32, i32* %1342
	%1344 = mul i32 %1343, 64
	%1345 = mul i32 %1300, 8
	%1346 = add i32 %1344, %1345
	%1347 = sext i32 %1346 to i64
	%1348 = getelementptr i16, i16* %27, i64 %1347
	%1349 = add i32 %1310, u0x1000
	%1350 = select i1 %1339, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1349, i16* %1348, i32 %1350)
	%1351 = add i32 %1311, 48
	%1352 = icmp slt i32 %1351, %N
	%1353 = select i1 %1352, i32 %1351, i32 0
	%1354 = sext i32 %1353 to i64
	%1355 = getelementptr i32, i32* %46, i64 %1354
	%1356 = load i32, i32* %1355
	%1357 = mul i32 %1356, 64
	%1358 = mul i32 %1300, 8
	%1359 = add i32 %1357, %1358
	%1360 = sext i32 %1359 to i64
	%1361 = getelementptr i16, i16* %27, i64 %1360
	%1362 = add i32 %1310, 6144
	%1363 = select i1 %1352, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1362, i16* %1361, i32 %1363)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1364 = and i32 %11, 7
	%1365 = lshr i32 %11, 3
	%1366 = and i32 %1365, 1
	%1367 = shl i32 %1366, 3
	%1368 = add i32 %1364, %1367
	%1369 = mul i32 %1368, 128
	%1370 = add i32 %1, %1369
	%1371 = and i32 %11, 7
	%1372 = xor i32 %101, %1371
	%1373 = shl i32 %1372, 4
	%1374 = add i32 %1370, %1373
	%1375 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1192, float %1190)
	%1376 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1244, float %1242)
	%1377 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1196, float %1194)
	%1378 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1248, float %1246)
	%1379 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1200, float %1198)
	%1380 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1252, float %1250)
	%1381 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1204, float %1202)
	%1382 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1256, float %1254)
	%1383 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1208, float %1206)
	%1384 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1260, float %1258)
	%1385 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1212, float %1210)
	%1386 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1264, float %1262)
	%1387 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1216, float %1214)
	%1388 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1268, float %1266)
	%1389 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1220, float %1218)
	%1390 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1272, float %1270)
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%1391 = add i32 %8, 0
	%1392 = zext i32 %1391 to i64
	%1393 = or i64 %1392, u0x4000004002000000
	%1394 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1151, float %1152, float %1153, float %1154, float %1155, float %1156, float %1157, float %1158, float %1159, float %1160, float %1161, float %1162, float %1163, float %1164, float %1165, float %1166, float %1167, float %1168, float %1169, float %1170, float %1171, float %1172, float %1173, float %1174, float %1175, float %1176, float %1177, float %1178, float %1179, float %1180, float %1181, float %1182, i32 %1375, i32 %1376, i32 %1377, i32 %1378, i64 %1393, i32 1)
	%1395 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 0
	%1396 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 1
	%1397 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 2
	%1398 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 3
	%1399 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 4
	%1400 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 5
	%1401 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 6
	%1402 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 7
	%1403 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 8
	%1404 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 9
	%1405 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 10
	%1406 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 11
	%1407 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 12
	%1408 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 13
	%1409 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 14
	%1410 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 15
	%1411 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 16
	%1412 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 17
	%1413 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 18
	%1414 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 19
	%1415 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 20
	%1416 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 21
	%1417 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 22
	%1418 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 23
	%1419 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 24
	%1420 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 25
	%1421 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 26
	%1422 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 27
	%1423 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 28
	%1424 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 29
	%1425 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 30
	%1426 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1394, 31
	%1427 = add i32 %8, 128
	%1428 = zext i32 %1427 to i64
	%1429 = or i64 %1428, u0x4000004002000000
	%1430 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1395, float %1396, float %1397, float %1398, float %1399, float %1400, float %1401, float %1402, float %1403, float %1404, float %1405, float %1406, float %1407, float %1408, float %1409, float %1410, float %1411, float %1412, float %1413, float %1414, float %1415, float %1416, float %1417, float %1418, float %1419, float %1420, float %1421, float %1422, float %1423, float %1424, float %1425, float %1426, i32 %1379, i32 %1380, i32 %1381, i32 %1382, i64 %1429, i32 1)
	%1431 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 0
	%1432 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 1
	%1433 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 2
	%1434 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 3
	%1435 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 4
	%1436 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 5
	%1437 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 6
	%1438 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 7
	%1439 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 8
	%1440 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 9
	%1441 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 10
	%1442 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 11
	%1443 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 12
	%1444 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 13
	%1445 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 14
	%1446 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 15
	%1447 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 16
	%1448 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 17
	%1449 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 18
	%1450 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 19
	%1451 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 20
	%1452 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 21
	%1453 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 22
	%1454 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 23
	%1455 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 24
	%1456 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 25
	%1457 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 26
	%1458 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 27
	%1459 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 28
	%1460 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 29
	%1461 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 30
	%1462 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1430, 31
	%1463 = add i32 %8, 256
	%1464 = zext i32 %1463 to i64
	%1465 = or i64 %1464, u0x4000004002000000
	%1466 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1431, float %1432, float %1433, float %1434, float %1435, float %1436, float %1437, float %1438, float %1439, float %1440, float %1441, float %1442, float %1443, float %1444, float %1445, float %1446, float %1447, float %1448, float %1449, float %1450, float %1451, float %1452, float %1453, float %1454, float %1455, float %1456, float %1457, float %1458, float %1459, float %1460, float %1461, float %1462, i32 %1383, i32 %1384, i32 %1385, i32 %1386, i64 %1465, i32 1)
	%1467 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 0
	%1468 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 1
	%1469 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 2
	%1470 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 3
	%1471 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 4
	%1472 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 5
	%1473 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 6
	%1474 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 7
	%1475 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 8
	%1476 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 9
	%1477 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 10
	%1478 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 11
	%1479 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 12
	%1480 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 13
	%1481 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 14
	%1482 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 15
	%1483 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 16
	%1484 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 17
	%1485 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 18
	%1486 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 19
	%1487 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 20
	%1488 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 21
	%1489 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 22
	%1490 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 23
	%1491 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 24
	%1492 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 25
	%1493 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 26
	%1494 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 27
	%1495 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 28
	%1496 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 29
	%1497 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 30
	%1498 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1466, 31
	%1499 = add i32 %8, 384
	%1500 = zext i32 %1499 to i64
	%1501 = or i64 %1500, u0x4000004002000000
	%1502 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1467, float %1468, float %1469, float %1470, float %1471, float %1472, float %1473, float %1474, float %1475, float %1476, float %1477, float %1478, float %1479, float %1480, float %1481, float %1482, float %1483, float %1484, float %1485, float %1486, float %1487, float %1488, float %1489, float %1490, float %1491, float %1492, float %1493, float %1494, float %1495, float %1496, float %1497, float %1498, i32 %1387, i32 %1388, i32 %1389, i32 %1390, i64 %1501, i32 1)
	%1503 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1502, 0
	%1504 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1502, 1
	%1505 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1502, 2
	%1506 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1502, 3
	%1507 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1502, 4
	%1508 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1502, 5
	%1509 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1502, 6
	%1510 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1502, 7
	%1511 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1502, 8
	%1512 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1502, 9
	%1513 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1502, 10
	%1514 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1502, 11
	%1515 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1502, 12
	%1516 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1502, 13
	%1517 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1502, 14
	%1518 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1502, 15
	%1519 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1502, 16
	%1520 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1502, 17
	%1521 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1502, 18
	%1522 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1502, 19
	%1523 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1502, 20
	%1524 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1502, 21
	%1525 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1502, 22
	%1526 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1502, 23
	%1527 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1502, 24
	%1528 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1502, 25
	%1529 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1502, 26
	%1530 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1502, 27
	%1531 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1502, 28
	%1532 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1502, 29
	%1533 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1502, 30
	%1534 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1502, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%1535 = call float asm sideeffect "", "=f,0"(float %1503)
	%1536 = call float asm sideeffect "", "=f,0"(float %1504)
	%1537 = call float asm sideeffect "", "=f,0"(float %1505)
	%1538 = call float asm sideeffect "", "=f,0"(float %1506)
	%1539 = call float asm sideeffect "", "=f,0"(float %1507)
	%1540 = call float asm sideeffect "", "=f,0"(float %1508)
	%1541 = call float asm sideeffect "", "=f,0"(float %1509)
	%1542 = call float asm sideeffect "", "=f,0"(float %1510)
	%1543 = call float asm sideeffect "", "=f,0"(float %1511)
	%1544 = call float asm sideeffect "", "=f,0"(float %1512)
	%1545 = call float asm sideeffect "", "=f,0"(float %1513)
	%1546 = call float asm sideeffect "", "=f,0"(float %1514)
	%1547 = call float asm sideeffect "", "=f,0"(float %1515)
	%1548 = call float asm sideeffect "", "=f,0"(float %1516)
	%1549 = call float asm sideeffect "", "=f,0"(float %1517)
	%1550 = call float asm sideeffect "", "=f,0"(float %1518)
	%1551 = call float asm sideeffect "", "=f,0"(float %1519)
	%1552 = call float asm sideeffect "", "=f,0"(float %1520)
	%1553 = call float asm sideeffect "", "=f,0"(float %1521)
	%1554 = call float asm sideeffect "", "=f,0"(float %1522)
	%1555 = call float asm sideeffect "", "=f,0"(float %1523)
	%1556 = call float asm sideeffect "", "=f,0"(float %1524)
	%1557 = call float asm sideeffect "", "=f,0"(float %1525)
	%1558 = call float asm sideeffect "", "=f,0"(float %1526)
	%1559 = call float asm sideeffect "", "=f,0"(float %1527)
	%1560 = call float asm sideeffect "", "=f,0"(float %1528)
	%1561 = call float asm sideeffect "", "=f,0"(float %1529)
	%1562 = call float asm sideeffect "", "=f,0"(float %1530)
	%1563 = call float asm sideeffect "", "=f,0"(float %1531)
	%1564 = call float asm sideeffect "", "=f,0"(float %1532)
	%1565 = call float asm sideeffect "", "=f,0"(float %1533)
	%1566 = call float asm sideeffect "", "=f,0"(float %1534)
	br i1 %1297, label %loop, label %epilogue

store0:
	%1567 = mul i32 %17, %M
	%1568 = add i32 %1567, %528
	%1569 = mul i32 %1568, 64
	%1570 = shl i32 %13, 1
	%1571 = add i32 0, %1570
	%1572 = add i32 %1569, %1571
	%1573 = sext i32 %1572 to i64
	%1574 = getelementptr i16, i16* %out, i64 %1573
	%1575 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %530, float %529)
	%1576 = bitcast i16* %1574 to i32*
	store i32 %1575, i32* %1576
	%1577 = shl i32 %13, 1
	%1578 = add i32 8, %1577
	%1579 = add i32 %1569, %1578
	%1580 = sext i32 %1579 to i64
	%1581 = getelementptr i16, i16* %out, i64 %1580
	%1582 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %532, float %531)
	%1583 = bitcast i16* %1581 to i32*
	store i32 %1582, i32* %1583
	%1584 = shl i32 %13, 1
	%1585 = add i32 16, %1584
	%1586 = add i32 %1569, %1585
	%1587 = sext i32 %1586 to i64
	%1588 = getelementptr i16, i16* %out, i64 %1587
	%1589 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %534, float %533)
	%1590 = bitcast i16* %1588 to i32*
	store i32 %1589, i32* %1590
	%1591 = shl i32 %13, 1
	%1592 = add i32 24, %1591
	%1593 = add i32 %1569, %1592
	%1594 = sext i32 %1593 to i64
	%1595 = getelementptr i16, i16* %out, i64 %1594
	%1596 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %536, float %535)
	%1597 = bitcast i16* %1595 to i32*
	store i32 %1596, i32* %1597
	%1598 = shl i32 %13, 1
	%1599 = add i32 32, %1598
	%1600 = add i32 %1569, %1599
	%1601 = sext i32 %1600 to i64
	%1602 = getelementptr i16, i16* %out, i64 %1601
	%1603 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %538, float %537)
	%1604 = bitcast i16* %1602 to i32*
	store i32 %1603, i32* %1604
	%1605 = shl i32 %13, 1
	%1606 = add i32 40, %1605
	%1607 = add i32 %1569, %1606
	%1608 = sext i32 %1607 to i64
	%1609 = getelementptr i16, i16* %out, i64 %1608
	%1610 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %540, float %539)
	%1611 = bitcast i16* %1609 to i32*
	store i32 %1610, i32* %1611
	%1612 = shl i32 %13, 1
	%1613 = add i32 48, %1612
	%1614 = add i32 %1569, %1613
	%1615 = sext i32 %1614 to i64
	%1616 = getelementptr i16, i16* %out, i64 %1615
	%1617 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %542, float %541)
	%1618 = bitcast i16* %1616 to i32*
	store i32 %1617, i32* %1618
	%1619 = shl i32 %13, 1
	%1620 = add i32 56, %1619
	%1621 = add i32 %1569, %1620
	%1622 = sext i32 %1621 to i64
	%1623 = getelementptr i16, i16* %out, i64 %1622
	%1624 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %544, float %543)
	%1625 = bitcast i16* %1623 to i32*
	store i32 %1624, i32* %1625
	br label %stored0

stored0:
	%1626 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %484, i32 1, i32 31)
	%1627 = fadd float %484, %1626
	%1628 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1627, i32 2, i32 31)
	%1629 = fadd float %1627, %1628
	%1630 = fcmp ogt float %1629, 0.0
	%1631 = fdiv float 1.0, %1629
	%1632 = select i1 %1630, float %1631, float 0.0
	%1633 = mul i32 %10, 16
	%1634 = add i32 %19, %1633
	%1635 = add i32 %12, 8
	%1636 = add i32 %1634, %1635
	%1637 = fmul float %488, %1632
	%1638 = fmul float %489, %1632
	%1639 = fmul float %492, %1632
	%1640 = fmul float %493, %1632
	%1641 = fmul float %496, %1632
	%1642 = fmul float %497, %1632
	%1643 = fmul float %500, %1632
	%1644 = fmul float %501, %1632
	%1645 = fmul float %504, %1632
	%1646 = fmul float %505, %1632
	%1647 = fmul float %508, %1632
	%1648 = fmul float %509, %1632
	%1649 = fmul float %512, %1632
	%1650 = fmul float %513, %1632
	%1651 = fmul float %516, %1632
	%1652 = fmul float %517, %1632
	%1653 = icmp slt i32 %1636, %M
	br i1 %1653, label %store1, label %stored1

store1:
	%1654 = mul i32 %17, %M
	%1655 = add i32 %1654, %1636
	%1656 = mul i32 %1655, 64
	%1657 = shl i32 %13, 1
	%1658 = add i32 0, %1657
	%1659 = add i32 %1656, %1658
	%1660 = sext i32 %1659 to i64
	%1661 = getelementptr i16, i16* %out, i64 %1660
	%1662 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1638, float %1637)
	%1663 = bitcast i16* %1661 to i32*
	store i32 %1662, i32* %1663
	%1664 = shl i32 %13, 1
	%1665 = add i32 8, %1664
	%1666 = add i32 %1656, %1665
	%1667 = sext i32 %1666 to i64
	%1668 = getelementptr i16, i16* %out, i64 %1667
	%1669 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1640, float %1639)
	%1670 = bitcast i16* %1668 to i32*
	store i32 %1669, i32* %1670
	%1671 = shl i32 %13, 1
	%1672 = add i32 16, %1671
	%1673 = add i32 %1656, %1672
	%1674 = sext i32 %1673 to i64
	%1675 = getelementptr i16, i16* %out, i64 %1674
	%1676 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1642, float %1641)
	%1677 = bitcast i16* %1675 to i32*
	store i32 %1676, i32* %1677
	%1678 = shl i32 %13, 1
	%1679 = add i32 24, %1678
	%1680 = add i32 %1656, %1679
	%1681 = sext i32 %1680 to i64
	%1682 = getelementptr i16, i16* %out, i64 %1681
	%1683 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1644, float %1643)
	%1684 = bitcast i16* %1682 to i32*
	store i32 %1683, i32* %1684
	%1685 = shl i32 %13, 1
	%1686 = add i32 32, %1685
	%1687 = add i32 %1656, %1686
	%1688 = sext i32 %1687 to i64
	%1689 = getelementptr i16, i16* %out, i64 %1688
	%1690 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1646, float %1645)
	%1691 = bitcast i16* %1689 to i32*
	store i32 %1690, i32* %1691
	%1692 = shl i32 %13, 1
	%1693 = add i32 40, %1692
	%1694 = add i32 %1656, %1693
	%1695 = sext i32 %1694 to i64
	%1696 = getelementptr i16, i16* %out, i64 %1695
	%1697 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1648, float %1647)
	%1698 = bitcast i16* %1696 to i32*
	store i32 %1697, i32* %1698
	%1699 = shl i32 %13, 1
	%1700 = add i32 48, %1699
	%1701 = add i32 %1656, %1700
	%1702 = sext i32 %1701 to i64
	%1703 = getelementptr i16, i16* %out, i64 %1702
	%1704 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1650, float %1649)
	%1705 = bitcast i16* %1703 to i32*
	store i32 %1704, i32* %1705
	%1706 = shl i32 %13, 1
	%1707 = add i32 56, %1706
	%1708 = add i32 %1656, %1707
	%1709 = sext i32 %1708 to i64
	%1710 = getelementptr i16, i16* %out, i64 %1709
	%1711 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1652, float %1651)
	%1712 = bitcast i16* %1710 to i32*
	store i32 %1711, i32* %1712
	br label %stored1

stored1:
	ret void
}

declare i1 @llvm.nvvm.vote.any.sync(i32 %p0, i1 %p1)

!nvvm.annotations = !{!0, !1, !2, !3, !4, !5, !6, !7}
!0 = !{void (i16*, i16*, i32*, i32, i32, i32)* @pbs_permute0, !"maxntidx", i32 256}
!1 = !{void (i32*, i8*, i32, i32, i32, i32)* @pbs_permclass0, !"maxntidx", i32 256}
!2 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32)* @pbs_select2, !"maxntidx", i32 256}
!3 = !{void (i16*, float*, i32, i32)* @pbs_pool_q1, !"maxntidx", i32 64}
!4 = !{void (i16*, float*, i32, i32, i32*, i32)* @pbs_pool_k1, !"maxntidx", i32 64}
!5 = !{void (float*, float*, float*, i8*, i32, i32, i32, i32)* @pbs_scores1, !"maxntidx", i32 256}
!6 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32*, i32, i32)* @pbs_attn3, !"maxntidx", i32 128}
!7 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32*, i32, i32)* @pbs_attn3, !"minctasm", i32 3}
